"""The place after a source's name: a place that is a role cue is no place of the
source ("nach Angaben der Polizei *in Kliniken* gebracht": where the hospitalised were taken,
while "die Polizei *in Köln*" speaks for Cologne; see docs/extraction.md, "Attribution")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.roles import role_cue_at
from factcheck.extract.wordlists import alternation
from factcheck.lang import get_language


@cache
def _place_preposition(lang: str) -> re.Pattern[str]:
    """A preposition of the pack's ``attribution.SOURCE_PLACE_PREPOSITIONS`` between two
    words of a source's phrase."""
    preps = alternation(get_language(lang).attribution.SOURCE_PLACE_PREPOSITIONS)
    return re.compile(rf"\s(?:{preps})\s")


def without_role_place(text: str, start: int, end: int, lang: str) -> int:
    """The end of the source's phrase ``text[start:end]`` before a place that is a role
    cue of the pack's ``nouns.ROLE_CUES`` ("nach Angaben der Polizei *in Kliniken*
    gebracht": the hospitalised, no place of the police, as "die Polizei in Köln" has)."""
    for m in _place_preposition(lang).finditer(text, start, end):
        if role_cue_at(text, m.start() + 1, end, lang) is not None:
            return m.start()
    return end


__all__ = ["without_role_place"]
