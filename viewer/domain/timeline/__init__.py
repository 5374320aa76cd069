"""The timeline's geometry without Qt: the time scale and its axis breaks, ticks, the items that are
drawn and their lanes, the interval index for what is in view, row packing and level of detail."""
