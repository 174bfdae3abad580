"""TEMPLATE for a new language: text.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: sentence boundaries and function words.

    ABBREVIATIONS: tokens ending in "." that do not end a sentence (compared case-sensitively,
    without the final dot). NO_SPLIT_BEFORE: see the German file.
"""

from __future__ import annotations

# English: 'Apr', 'Aug', 'Ave', 'Blvd', ...
ABBREVIATIONS: frozenset[str] = frozenset()

# English: 'According to the same', 'It added', 'He added', 'She added', ...
DEMONSTRATIVE_CARRY: tuple[str, ...] = ()
"""Sentence openings that carry the previous sentence's attribution forward."""

# English: 'he', 'her', 'him', 'she'
PRONOUNS_PERSON: frozenset[str] = frozenset()
"""Pronouns that may refer back to the last named person."""

# English: 'the two', 'both', 'the two leaders'
BOTH: tuple[str, ...] = ()
"""Phrases that refer to the two actors named last."""
