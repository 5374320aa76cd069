"""The domain layer: the format, files, wording, the story a timeline tells, its geometry and
search. Plain Python; it never imports Qt (an import-linter contract checks this)."""
