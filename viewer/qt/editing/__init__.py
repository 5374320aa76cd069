"""Building a timeline in the window: new timelines, adding reports, events made from a
selected passage, the event editor dock, saving and asking to save. Every change goes through
the document's undoable edits."""
