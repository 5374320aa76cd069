"""The desktop viewer: everything that imports Qt. It reads the domain and never the reverse."""
