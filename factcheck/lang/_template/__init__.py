"""A commented template for a new language pack (see docs/adding-a-language.md)."""
