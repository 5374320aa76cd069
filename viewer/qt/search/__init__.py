"""Search in the window: the field, the results pane, and the service that asks the index worker
process or the direct scan off the GUI thread."""
