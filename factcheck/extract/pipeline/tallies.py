"""The pipeline, a vote's tally: "mit 31 zu 14 Stimmen angenommen", "by 31 votes to 14".

Part of :mod:`factcheck.extract.pipeline`. A vote's result told as two numbers (the packs'
``figures.VOTE_TALLIES``) counts the votes for, then those against: each number is that
side's count (``concepts.VOTE_ROLES``), whatever else its clause says ("dafür" after the
pair is the motion's, not the second number's), so that two articles' tallies compare
side by side.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.literals import Prefiltered
from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.lang import get_language
from factcheck.lang.concepts import VOTED_AGAINST, VOTED_FOR
from factcheck.models import Claim, Measure, UnitKind

COUNT = UnitKind.COUNT

VOTE_THING = "vote"
"""The counted thing of a side's count that has no noun of its own ("mit *31* zu 14")."""


@cache
def _tallies(lang: str) -> tuple[Prefiltered, ...]:
    """The pack's tally patterns, each skipping a sentence without the words it needs."""
    return tuple(
        Prefiltered(re.compile(p, re.IGNORECASE)) for p in get_language(lang).figures.VOTE_TALLIES
    )


def mark_vote_tallies(st: _State, made: list[Claim | None], s: int, e: int) -> None:
    """Give the figures of each vote tally in ``text[s:e]`` the side they count, in
    ``st.claims`` (see the module documentation)."""
    figures = [c for c in made if c is not None and c.quantity is not None]
    if len(figures) < 2:
        return
    text = st.article.text
    for pattern in _tallies(st.lang):
        if not pattern.may_match(text, s, e):
            continue  # most sentences hold no "zu", no "votes to"
        for m in pattern.finditer(text, s, e):
            sides = [
                (next((c for c in figures if c.span.start <= m.start(g) < c.span.end), None), side)
                for g, side in (("yes", VOTED_FOR), ("no", VOTED_AGAINST))
            ]
            if sides[0][0] is sides[1][0]:
                continue  # both numbers read as one figure (a range): no tally to split
            counts = [c.quantity for c, _ in sides if c is not None and c.quantity is not None]
            counted = next((q for q in counts if q.unit_kind is COUNT), None)
            # a bare number of the pair is as sure as the side told with its noun
            sure = max((c.confidence for c, _ in sides if c is not None), default=0.0)
            for c, side in sides:
                if c is None or c.quantity is None:
                    continue
                measure = (
                    Measure(thing=VOTE_THING, concept=side, inferred=True)
                    if c.measure is None
                    else c.measure.model_copy(update={"concept": side, "state": None})
                )
                update: dict[str, object] = {"measure": measure}
                if c.quantity.unit_kind is not COUNT and counted is not None:
                    # "mit *31* zu 14 Stimmen": counted like the other side
                    update["quantity"] = c.quantity.model_copy(
                        update={"unit_kind": COUNT, "unit": counted.unit}
                    )
                    update["confidence"] = sure
                new = c.model_copy(update=update)
                _replace_claim(st, c, new)
                made[made.index(c)] = new
                figures[figures.index(c)] = new
