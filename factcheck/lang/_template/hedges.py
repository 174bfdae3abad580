"""TEMPLATE for a new language: hedges.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

    English: words that hedge a number, vague amounts, ranges and changes.

    The same names as ``factcheck/lang/de/hedges.py``, with English data; see that module
    for what each table means. ``some`` before a number is approx (``some 40 ships``);
    ``just under`` is almost, ``just over``/``a good`` just_over; ``over`` and ``under``
    right before a number are more_than and less_than. ``from X to Y`` is read as a range
    (English has no separate word for a change's end point, unlike German ``auf``).
"""

from __future__ import annotations

from factcheck.models.hedge import Qualifier

# English: {'exactly': 'exact', 'precisely': 'exact', 'about': 'approx', ...}
HEDGES: dict[str, Qualifier] = {}

# English: {'several': ('several', 1), 'a few': ('few', 1), 'a handful of': ('few', 1), ...}
VAGUE_AMOUNTS: dict[str, tuple[Qualifier, float]] = {}

# English: 'to', 'or', '-', '–', ...
RANGE_CONNECTORS: tuple[str, ...] = ()

# English: {'between': 'and', 'from': 'to'}
RANGE_FRAMES: dict[str, str] = {}

# English: {'from': 'to'}
CHANGE_FRAMES: dict[str, str] = {}

# English: 'by'
CHANGE_MARKERS: tuple[str, ...] = ()

# English: 'added', 'adds', 'boosted', 'climb', ...
INCREASE_WORDS: frozenset[str] = frozenset()

# English: 'contracted', 'cut', 'cuts', 'decline', ...
DECREASE_WORDS: frozenset[str] = frozenset()
