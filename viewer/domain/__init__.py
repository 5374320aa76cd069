"""The domain layer: models, parsing, anchoring, loading and exports. It never imports Qt."""
