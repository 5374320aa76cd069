"""Files in and out: reading a timeline file and its source reports, atomic writes, and the
exports (JSON, CSV, Markdown). Every reader turns bad input into problems that name the file."""
