"""Building a timeline from one's own reports: reading a report (text, Markdown, HTML, PDF)
into exact text with its metadata, anchoring a quote from a selection, the recognizers that
prefill an event from a passage, and edits as functions from one immutable snapshot of a
timeline to the next (undo keeps the old snapshot)."""
