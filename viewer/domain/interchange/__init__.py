"""Timelines in and out of other tools' formats: the exports (JSON, CSV, Markdown fact sheet) read
the one derived state of an open timeline, so they list events in the order the viewer does."""
