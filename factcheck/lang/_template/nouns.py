"""TEMPLATE for a new language: nouns.

Copy this folder to factcheck/lang/<code>/, fill every value, and add the code to
SUPPORTED in factcheck/lang/__init__.py. Every name must stay: a test checks that all
packs have the same names. Each name carries the English pack's note and an example of
its English values.

What the English module says of itself:

    English: what counted nouns mean. See the German file for the meaning of each table.
"""

from __future__ import annotations

# English: {'container': 'container', 'ship': 'ship', 'vessel': 'ship', ...}
CONCEPTS: dict[str, str] = {}

# English: 'loads', 'pieces', 'round', 'rounds', ...
MEASURE_WORDS: frozenset[str] = frozenset()

# English: 'with', 'of', 'carrying', 'containing', ...
CONTENT_MARKERS: tuple[str, ...] = ()

# English:
LINKING_ELEMENTS: tuple[str, ...] = ()

# English: 'an', 'ian', 'ese', 'ic', ...
SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = ()

# English: 'ed', 'ing'
VERB_LIKE_SUFFIXES: tuple[str, ...] = ()
"""Endings that mark a word after a number as a verb, not a counted noun ("10 died")."""

# English: 'are', 'arrived', 'be', 'began', ...
VERB_WORDS: frozenset[str] = frozenset()
"""Words that end a noun group after a number ("12,000 people *joined*")."""
