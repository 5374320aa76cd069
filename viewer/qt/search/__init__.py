"""Search in the window: the field and the results pane. The search session they show (the query,
its answers, the index worker) belongs to the document."""
