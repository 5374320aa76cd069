"""The panes beside the canvas: the event list and its item model, the details of an event, and the
source report with its quoted passages."""
