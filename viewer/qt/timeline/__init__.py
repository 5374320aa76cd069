"""The timeline canvas: the widget, its input (zoom, pan, keys), the layout it paints from, the
painters for items and marks, and the overview strip."""
