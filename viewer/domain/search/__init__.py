"""Search over events and source passages: the query language and its filters, German-aware
folding, the SQLite FTS index (built in a worker process and cached), and the direct scan that
answers while the index is being built."""
