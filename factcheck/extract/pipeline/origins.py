"""Where the people counted come from: "etwa 120 Reisende *aus Schleswig-Holstein*" counts
the travellers from one region, a part of all on board, not all of them.

A count of people whose noun a known place follows right after one of the pack's
``nouns.PEOPLE_FROM`` (German "aus", English "from") takes that place as its
scope (:attr:`~factcheck.models.Measure.scope`), as a place it is counted in does ("12 Tote
in Bayern"), and is a subset (``concepts.SUBSET_SCOPE``) of the people the story counts:
it is set against a count of people from that place, never against all of them. A place
followed by a destination (the pack's ``events.DESTINATION_PREPOSITIONS``: "52 passengers
from Boston *to* New York") is where they travel from, not where they belong.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.lang import get_language
from factcheck.lang.concepts import PERSON_CONCEPTS, SUBSET_SCOPE
from factcheck.models import Claim, UnitKind

ORIGIN_GAP = re.compile(r"\s+(\w+)\s+$")
"""A preposition alone between a count's noun and a place's name."""


def mark_origins(st: _State, made: list[Claim | None]) -> None:
    """Give each count of people whose noun a place of origin follows that place as its
    scope, in ``st.claims`` (see the module documentation)."""
    if st.places is None:
        return
    text = st.article.text
    origins, routes = _prepositions(st.lang)
    for c in made:
        m, q = (c.measure, c.quantity) if c is not None else (None, None)
        if c is None or m is None or q is None or q.unit_kind is not UnitKind.COUNT:
            continue
        if (m.concept or "").split(":")[-1] not in PERSON_CONCEPTS or m.inferred:
            continue
        end = c.span.end
        first = text[end : end + 24].split(maxsplit=1)[:1]
        if not first or first[0].casefold() not in origins:
            continue  # no preposition of origin right after the noun: no place is asked for
        for p in st.places.within(end, end + 24):
            gap = ORIGIN_GAP.fullmatch(text, end, p.start)
            after = text[p.end : p.end + 16].split()[:1]
            if after and after[0].casefold() in routes:
                break  # "52 passengers from Boston to New York": a route, all on board
            if gap is not None and gap.group(1).casefold() in origins:
                if p.place.key not in m.scope:
                    scope = tuple(sorted({*m.scope, p.place.key, SUBSET_SCOPE}))
                    measure = m.model_copy(update={"scope": scope})
                    _replace_claim(st, c, c.model_copy(update={"measure": measure}))
                break


@cache
def _prepositions(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ``nouns.PEOPLE_FROM`` and ``events.DESTINATION_PREPOSITIONS``, folded."""
    pack = get_language(lang)
    return (
        frozenset(p.casefold() for p in pack.nouns.PEOPLE_FROM),
        frozenset(p.casefold() for p in pack.events.DESTINATION_PREPOSITIONS),
    )


__all__ = ["mark_origins"]
