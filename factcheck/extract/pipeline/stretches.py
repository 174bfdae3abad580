"""Readings of the stretch of a sentence around one figure: its segment, the noun a
"number of" before it names, the source that opens the sentence, early-count and
expansion cues of the sentence and its paragraph."""

from __future__ import annotations

import re

from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.figure_cues import is_interim, tells_of_expansion
from factcheck.extract.matches import QuantityMatch
from factcheck.extract.nouns import CountedNoun, find_counted_noun
from factcheck.extract.pipeline.state import _prefiltered
from factcheck.models import Attribution


def segment(idx: SentenceIndex, quantities: list[QuantityMatch], i: int) -> tuple[int, int]:
    """The stretch of the sentence that belongs to the ``i``-th number: its clause, cut
    at the neighbouring numbers."""
    qm = quantities[i]
    a, b = idx.clause(qm.start)
    lo = quantities[i - 1].end if i else idx.start
    hi = quantities[i + 1].start if i + 1 < len(quantities) else idx.end
    return max(a, lo), min(b, hi)


def expanded(text: str, s: int, e: int, lang: str) -> bool:
    """True when the paragraph up to the end of the sentence ``s:e`` tells of a place
    made bigger (the packs' ``nouns.EXPANSION_CUES``)."""

    para = text.rfind("\n\n", max(0, s - 2000), s)
    start = para + 2 if para >= 0 else max(0, s - 2000)
    return tells_of_expansion(text, start, e, lang)


NUMBER_OF_BEFORE = 120
"""How many characters before a bare number :func:`number_of_noun` reads (past a noun
group and what it is linked to: "The number of confirmed cryptosporidium cases linked to
Ashcombe's water supply has risen to 47")."""


def number_of_noun(text: str, a: int, start: int, lang: str) -> CountedNoun | None:
    """The noun after the last "die Zahl der", "the number of" (the packs'
    ``nouns.NUMBER_OF``) in the figure's stretch ``a:start`` before it, within
    :data:`NUMBER_OF_BEFORE` characters: what a bare number counts."""
    pat = _prefiltered(lang, "NUMBER_OF")
    if pat is None:
        return None
    last = None
    for m in pat.finditer(text, max(a, start - NUMBER_OF_BEFORE), start):
        last = m
    return None if last is None else find_counted_noun(text, last.end(), start, lang)


DIGIT = re.compile(r"\d")


def opening_interim(text: str, s: int, seg_start: int, lang: str) -> bool:
    """True when the sentence's opening, before its first figure, marks an early count."""

    digit = DIGIT.search(text, s, seg_start)
    return is_interim(text, s, digit.start() if digit else seg_start, lang)


def source_name_end(text: str, s: int, start: int, attribution: Attribution | None) -> int | None:
    """Where the name of the source that opens the sentence at ``s`` ends, when it stands
    before the figure at ``start`` ("*Survivors* told rescuers that 500 people ..."), else
    None (a source inside the sentence, "nach Polizeiangaben", or one carried over)."""
    if attribution is None or attribution.carried or not attribution.chain:
        return None
    said = attribution.span
    if said is None or text[s : said.start].strip() or said.end > start:
        return None
    name = attribution.chain[0].name
    at = text.find(name, said.start, said.end) if name else -1
    return None if at < 0 else at + len(name)
