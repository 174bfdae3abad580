"""Where the published JSON Schemas live: the ``$id`` base of every schema factcheck
writes (kept apart so that the schema-file format and the model schemas share it without
importing each other)."""

BASE_URI = "https://factcheck.invalid/schemas/"
