"""How far something fell, told as the height it fell from.

"Der Arbeiter stürzte aus rund zwölf Metern Höhe", "The worker fell from a height of about
10 metres": the height measures the fall, and is set against "stürzte rund 15 Meter in die
Tiefe" or "fell about 40 feet" of the same story. Only a height the packs'
``nouns.FALL_FROM`` word opens ("*aus*", "*from*"), in a clause with a word of a fall before
it, is one: "Aus 300 Metern Höhe filmte die Drohne den Brand" tells no fall.
"""

from __future__ import annotations

from functools import cache

from factcheck.extract.figure_cues import level_reached_by
from factcheck.extract.matches import QuantityMatch
from factcheck.extract.roles import subject_words
from factcheck.lang import get_language
from factcheck.lang.concepts import FALL

HEIGHT = "height"
"""The subject (``nouns.MEASURE_SUBJECTS``) of a height."""

FALL_FROM_REACH = 24
"""Characters before a height (or its word) searched for the words that open it."""
FALL_REACH = 80
"""Characters before a height searched for the word of a fall."""


@cache
def _words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(lang).nouns.FALL_FROM)


def fell_from(text: str, start: int, lang: str) -> bool:
    """True when a word or two of the pack's ``nouns.FALL_FROM`` stand right before
    ``start`` (a height's figure or its word: "stürzte *aus* rund zwölf Metern", "stürzte
    *aus einer* Höhe von", "fell *from a* height of")."""
    if not text[start - 1 : start].isspace():
        return False
    before = text[max(0, start - FALL_FROM_REACH) : start].casefold().split()
    words = _words(lang)
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)


def fall_height(text: str, a: int, qm: QuantityMatch, word: int, lang: str) -> bool:
    """True when the height ``qm``, whose word starts at ``word``, measures a fall: the
    pack's ``nouns.FALL_FROM`` word opens it (:func:`fell_from`) and a word of a fall
    (``nouns.MEASURE_SUBJECTS``) stands before it in its clause from ``a`` ("Der Arbeiter
    *stürzte aus* rund zwölf Metern Höhe"), not one of a level reached ("fell to")."""
    at = min(qm.start, word)
    if not fell_from(text, at, lang) or level_reached_by(text, qm.start, qm.end, lang):
        return False
    return any(
        found == FALL for _s, _e, found in subject_words(text, max(a, at - FALL_REACH), at, lang)
    )
