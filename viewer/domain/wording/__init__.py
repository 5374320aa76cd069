"""Reading and writing the words of reports: vague dates ("im Oktober", "seit 2019") and
amounts as written, their resolution, and how dates, amounts, kinds and statuses are described
in German and English."""
