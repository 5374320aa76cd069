"""How the interface looks, writes and reads keys: light and dark palettes, kind colours, counts and
titles in the interface's language, and the keyboard conventions widgets share."""
