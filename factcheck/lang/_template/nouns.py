"""TEMPLATE for a new language: nouns.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: what counted nouns mean. See the German file for the meaning of each table.
"""

from __future__ import annotations

# English: {'container': 'container', 'ship': 'ship', 'vessel': 'ship', ...}
CONCEPTS: dict[str, str] = {}

# English:
FEMININE_SUFFIXES: tuple[str, ...] = ()
"""Unused in English: person nouns have no feminine ending to fold."""

# English: {}
UMLAUTS: dict[str, str] = {}
"""Unused in English."""

# English: {'seriously_injured': ('seriously injured', 'critically injured', 'severely injured',
#   'serious injuries', 'critical condition', 'seriously hurt', 'seriously wounded', 'life-
#   threatening'), 'lightly_injured': ('slightly injured', 'minor injuries', 'lightly injured'),
#   'dead': ('dead', 'died', 'die', 'dies', 'killed', 'killing', 'death*', 'fatalit*', 'toll',
#   'lost their lives', 'perished', 'bodies', 'drowned', 'lives'), ...}
ROLE_CUES: dict[str, tuple[str, ...]] = {}
"""Words in a number's clause that say what happened to the people it counts. See the
German file."""

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

# English: 'in', 'at', 'near', 'inside', ...
SCOPE_PREPOSITIONS: tuple[str, ...] = ()
"""Prepositions before a place that give a figure its scope ("12 Tote *in* Bayern"):
figures for two different places count different things."""

# English: 'by', 'for', 'of the', 'the'
SCOPE_NAME_INTROS: tuple[str, ...] = ()
"""Besides the scope prepositions, words before a proper name that make it the figure's
subject ("destroyed *by the* Ridgeway fire"); a name elsewhere in the clause (a speaker,
an agency) does not narrow the figure."""

# English: 'a', 'an', 'at', 'by', ...
SCOPE_NAME_STOPS: frozenset[str] = frozenset()
"""Capitalised words that are never names (a sentence's second word after a quote)."""

# English: 'the', 'a', 'an'
ARTICLES: tuple[str, ...] = ()
"""Articles that may stand between a scope preposition and a name."""

# English: 'already', 'so far', 'initially', 'at first', ...
INTERIM_CUES: tuple[str, ...] = ()
"""Words in a number's clause that mark an early or partial count. See the German file."""
