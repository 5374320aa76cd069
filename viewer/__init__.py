"""Timeline viewer: reported events on a timeline, every fact anchored to its source passage."""

__version__ = "0.1.0"
