"""The open document: the timeline being shown, the selection and the search session (with the
index worker process), handed to views through one QObject and a few coarse signals; and how a
file is opened off the GUI thread."""
