"""How the interface looks and writes: light and dark palettes, kind colours, and counts and titles
in the interface's language."""
