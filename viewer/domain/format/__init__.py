"""The timeline format: the pydantic models that define it (and its JSON Schema and messages),
their fast msgspec twins for loading, the rules that tie fields together, and the one pass that
checks a decoded timeline's ids, references and quotes."""
