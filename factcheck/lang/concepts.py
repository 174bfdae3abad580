"""Facts about the language-neutral concepts that counted nouns map to (shared by every
language: the packs' ``nouns.CONCEPTS`` map words to these keys)."""

CUMULATIVE_CONCEPTS: frozenset[str] = frozenset(
    {
        "dead", "injured", "missing", "victim", "arrest", "case", "infection", "refugee",
        "border_crossing", "attack",
    }
)  # fmt: skip
"""Concepts whose counts are running totals that may grow between dated reports."""

CONTENT_CLASSES: dict[str, str] = {
    "ammunition": "military",
    "armament": "military",
    "weapon": "military",
    "shell": "military",
    "missile": "military",
    "drone": "military",
    "tank": "military",
}
"""Coarse classes of what things carry: containers "mit Munition" and "with armaments"
carry the same class of goods."""
