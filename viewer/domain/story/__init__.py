"""What a loaded timeline says as a story, computed once per load: the one date order, conflicts
between claims, threads, id maps, per-event columns, and the deal network. Everything that views,
the search, the exports and the command line derive from a timeline is read from here."""
