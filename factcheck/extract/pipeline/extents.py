"""Two numbers of one thing's dimensions: "der 64 mal 26 Meter große Bildschirm", "a pitch
of 105 by 68 metres".

The number before the pack's joiner (``numbers.DIMENSION_JOINERS``: "mal", "by", "x")
has no unit of its own; it takes the second's. Both become members of one extent
(``concepts.EXTENT``, the subject in ``Measure.content``): which of the two is the width
is not said, so they are compared only against single dimensions and other extents
(:mod:`factcheck.reconcile.extents`), never in a block of their own.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.lang import get_language
from factcheck.lang.concepts import EXTENT
from factcheck.models import Claim, Measure, UnitKind


@cache
def _joiner(lang: str) -> re.Pattern[str] | None:
    from factcheck.extract.wordlists import alternation

    words: tuple[str, ...] = get_language(lang).numbers.DIMENSION_JOINERS
    if not words:
        return None
    return re.compile(rf"\s*(?:{alternation(words)})\s*", re.IGNORECASE)


def join_extents(st: _State, made: list[Claim | None]) -> None:
    """Turn each unitless number joined to a following length ("64 mal 26 Meter") and
    that length into the two members of one extent, in ``st.claims``."""
    joiner = _joiner(st.lang)
    if joiner is None or len(made) < 2:
        return
    from factcheck.extract.units import dimension

    text = st.article.text
    for a, b in pairwise(made):
        if a is None or b is None or a.quantity is None or b.quantity is None:
            continue
        qa, qb = a.quantity, b.quantity
        if (
            qa.unit is not None
            or qa.change
            or qb.unit_kind is not UnitKind.PHYSICAL
            or not qb.unit
            or dimension(qb.unit) != "[length]"
            or joiner.fullmatch(text, a.span.end, b.span.start) is None
        ):
            continue
        thing = b.measure.thing if b.measure else ""
        subject = thing.split(":", 1)[1].casefold() if thing.startswith("measure:") else ""
        measure = Measure(thing=EXTENT, concept=EXTENT, content=(subject,) if subject else ())
        unit = {"unit": qb.unit, "unit_kind": qb.unit_kind}
        first = a.model_copy(
            # read as sure as the length it shares its unit with
            update={
                "quantity": qa.model_copy(update=unit),
                "measure": measure,
                "confidence": b.confidence,
            }
        )
        second = b.model_copy(update={"measure": measure})
        _replace_claim(st, a, first)
        _replace_claim(st, b, second)
