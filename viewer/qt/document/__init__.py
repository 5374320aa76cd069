"""The open document: the timeline being shown, the selection and the search session, handed to
views through one QObject and a few coarse signals; and how a file is opened off the GUI thread."""
