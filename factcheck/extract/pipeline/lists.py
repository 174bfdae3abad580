"""The pipeline, lists of parts: "Health care added 68,000 jobs, government 43,000 and
leisure and hospitality 42,000".

Part of :mod:`factcheck.extract.pipeline`. A sentence that names one count for several
subjects in a row, the verb said once and left out after it (gapping), breaks a whole
into parts: each figure is one subject's, none is the whole. Its figures get
``concepts.BREAKDOWN_SCOPE``, so they are set only against figures given for a part too,
never against a total ("US employers added 272,000 jobs"). Figures told apart by their
sources ("Die Polizei zählte 8.500, der Bauernverband 30.000": two readings of one
crowd), their times ("4.000 am Samstag, 6.000 am Sonntag") or their places (a breakdown
of its own, see :func:`factcheck.extract.pipeline._places_told_apart`) are no such list.
"""

from __future__ import annotations

from factcheck.extract.matches import QuantityMatch
from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.lang import get_language
from factcheck.lang.concepts import BREAKDOWN_SCOPE
from factcheck.models import Claim, UnitKind, is_place_key

MAX_SUBJECT_WORDS = 4
"""How many words a left-out verb's subject between two figures may have ("leisure and
hospitality")."""


def mark_gapped_lists(
    st: _State, made: list[Claim | None], quantities: list[QuantityMatch]
) -> None:
    """Give the figures of each list of parts in the sentence (see the module
    documentation) ``BREAKDOWN_SCOPE``, in ``st.claims``."""
    if len(made) < 2:
        return
    parts: set[int] = set()
    for i in range(1, len(made)):
        a, b = made[i - 1], made[i]
        if a is None or b is None or not _one_count(a, b):
            continue
        if _gapped(
            st.article.text[max(a.span.end, quantities[i - 1].end) : quantities[i].start], st.lang
        ):
            parts.update((i - 1, i))
    for i in sorted(parts):
        c = made[i]
        assert c is not None and c.measure is not None
        scope = tuple(sorted({*c.measure.scope, BREAKDOWN_SCOPE}))
        new = c.model_copy(update={"measure": c.measure.model_copy(update={"scope": scope})})
        _replace_claim(st, c, new)
        made[i] = new


def _one_count(a: Claim, b: Claim) -> bool:
    """True when two figures count one thing, as of one time, from one source, for no
    place: what tells them apart can only be the subjects a list names."""
    ma, mb = a.measure, b.measure
    return (
        a.quantity is not None
        and b.quantity is not None
        and a.quantity.unit_kind is UnitKind.COUNT
        and b.quantity.unit_kind is UnitKind.COUNT
        and ma is not None
        and mb is not None
        and bool(ma.concept)
        and ma.key == mb.key
        and ma.state == mb.state  # "destroyed 6,837 and damaged 1,017": two states
        and a.time == b.time
        and a.attribution == b.attribution
        and not any(is_place_key(x) for x in (*ma.scope, *mb.scope))
    )


def _gapped(between: str, lang: str) -> bool:
    """True when the words between two figures are a comma or a coordinator and then
    only a short subject, no function word ("..., *government* 43,000 *and leisure and
    hospitality* 42,000"), no number."""
    syntax = get_language(lang).syntax
    words = between.replace(",", " , ").split()
    if not words or (words[0] != "," and words[0].casefold() not in syntax.COORDINATORS):
        return False
    subject = words[1:]
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS:
        return False
    if (
        subject[0].casefold() in syntax.COORDINATORS
        or subject[-1].casefold() in syntax.COORDINATORS
    ):
        return False
    for n, w in enumerate(subject):
        low = w.casefold()
        if low in syntax.COORDINATORS or (n == 0 and low in syntax.ARTICLES):
            continue  # "leisure and hospitality", "die Industrie"
        if not w.isalpha() or low in syntax.FUNCTION_WORDS or low in syntax.NOUN_GROUP_STOP:
            return False  # "am Sonntag", "in Hamburg", a number, a verb's auxiliary
    return True
