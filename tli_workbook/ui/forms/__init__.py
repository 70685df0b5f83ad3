"""The form engine: renders any definition's fields (forms/README.md)."""
