"""TEMPLATE for a new language: hedges.

What it holds: words that hedge a number, vague amounts, ranges and changes.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Hedges, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

from factcheck.models.hedge import Qualifier

# Words right before a number (``rund 10.000``, ``bis zu 4,8 Millionen``). The longest phrase
# wins: ``knapp über 100`` is just_over, ``knapp 100`` almost, ``nicht mehr als 5`` at_most.
# Symbols (``~``, ``>``) may touch the number.
# English: {'exactly': 'exact', 'precisely': 'exact', 'ticked up to': 'exact', ...}
HEDGES: dict[str, Qualifier] = {}

# Hedges of HEDGES that before a span of time right after another figure name the span the
# figure is spread over, no bound (``19.1 percent over three years``, ``10 Milliarden Euro über
# fünf Jahre``): the duration is then exact.
# English: 'over'
SPAN_HEDGES: tuple[str, ...] = ()

# Hedge words of HEDGES (lower case) that right after one of the given words are the preposition
# that word governs, no hedge (``Die Bahn *verfügt über* 62 Kabinen``: it has 62, not more than
# 62).
# English: {}
GOVERNED_HEDGES: dict[str, tuple[str, ...]] = {}

# Words right after a number, or after its unit, that bound it (``50 oder mehr``, ``110 degrees
# or higher``, ``aged 65 or older``): the number is then at_least, at_most or approx. They bound
# an exact number only (``at least 50 or more`` keeps its hedge).
# English: {'or more': 'at_least', 'or higher': 'at_least', 'or above': 'at_least', ...}
TRAILING_HEDGES: dict[str, Qualifier] = {}

# Amounts without a number: word -> (qualifier, scale). ``mehrere`` and ``wenige`` take a scale
# word after them (``mehrere Millionen``); ``Dutzende``, ``Tausende`` stand alone; a scale other
# than 1 multiplies the range (``Milliarden`` alone: millions x 1000).
# English: {'several': ('several', 1), 'a few': ('few', 1), 'a handful of': ('few', 1), ...}
VAGUE_AMOUNTS: dict[str, tuple[Qualifier, float]] = {}

# Words or dashes between two numbers that make a range (``20 bis 30``, ``20-30``).
# English: 'to', 'or', '-', '–', ...
RANGE_CONNECTORS: tuple[str, ...] = ()

# An opening word and its connector: ``zwischen 20 und 30``, ``von 20 bis 30``.
# English: {'between': 'and', 'from': 'to'}
RANGE_FRAMES: dict[str, str] = {}

# Opening word and connector of a change: ``von 77 auf 789 Millionen Euro`` is one quantity
# spanning both levels, with the direction it went.
# English: {'from': 'to'}
CHANGE_FRAMES: dict[str, str] = {}

# A word right before a number (or its hedge) that marks it as the size of a change when a
# change word stands near: ``um 5 Prozent gestiegen``.
# English: 'by'
CHANGE_MARKERS: tuple[str, ...] = ()

# Change words (lower-case, whole words) looked for in a short window around a number with a
# change marker (and right before a number without one).
# English: 'added', 'adds', 'boosted', 'bringing', ...
INCREASE_WORDS: frozenset[str] = frozenset()

# Change words (lower-case, whole words) looked for in a short window around a number with a
# change marker (and right before a number without one).
# English: 'contracted', 'cut', 'cuts', 'decline', ...
DECREASE_WORDS: frozenset[str] = frozenset()

# The change words (of ``INCREASE_WORDS`` and ``DECREASE_WORDS``) that make a sum of money right
# after them the size of a change without a marker ("the price *rose* 6 cents to $2.94"): verbs
# of moving, not of getting or spending ("raised $612 million", "lost $2 billion" are levels).
# English: 'climbed', 'declined', 'down', 'dropped', ...
SUM_CHANGE_WORDS: frozenset[str] = frozenset()
