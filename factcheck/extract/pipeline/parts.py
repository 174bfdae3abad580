"""The pipeline, a party's part of a body: "Labour took 412 *of the* 650 seats", "Die CDU
erhielt 41 *von* 120 Sitzen".

Part of :mod:`factcheck.extract.pipeline`. A bare number right before the whole it is
taken from has no noun of its own: the whole's noun says what it counts. When the whole
counts the seats (or votes) a body has (``concepts.CAPACITY``, see ``nouns.
PARTITIVE_WHOLE_BEFORE``), the part counts seats held, by the name before it (see
:func:`~factcheck.extract.pipeline.scope.held_scope`), and is compared with the same
party's seats elsewhere ("Labour won 411 seats").
"""

from __future__ import annotations

from factcheck.extract.matches import PlaceMatch, QuantityMatch
from factcheck.extract.nouns import concept_of
from factcheck.extract.pipeline.scope import held_scope
from factcheck.extract.pipeline.state import _replace_claim, _sentence_index, _State
from factcheck.lang.concepts import CAPACITY, HELD_CONCEPTS
from factcheck.models import Claim, Measure, Span, UnitKind

PART_GAP = 12
"""How many characters may stand between a part and its whole (" of the ", " der ")."""

HELD_CONFIDENCE = 0.9
"""The confidence of a part whose whole names what it counts, as of a count with a noun."""


def mark_held_parts(
    st: _State,
    made: list[Claim | None],
    quantities: list[QuantityMatch],
    source_spans: list[Span],
    places: list[PlaceMatch],
) -> None:
    """Give each bare number right before the seats or votes a body has (see the module
    documentation) the concept of what they count, held by the name before it, in
    ``st.claims``; a part whose holder is not named is left bare (never compared)."""
    text, lang = st.article.text, st.lang
    for i in range(len(made) - 1):
        part, whole = made[i], made[i + 1]
        if part is None or whole is None or part.measure is not None or part.quantity is None:
            continue
        if whole.measure is None or whole.measure.key != CAPACITY or part.quantity.unit:
            continue
        between = text[quantities[i].end : quantities[i + 1].start]
        if len(between) > PART_GAP or any(ch.isdigit() or ch in ",;:" for ch in between):
            continue
        held = concept_of(whole.measure.thing, lang)
        if held not in HELD_CONCEPTS:
            continue
        idx = _sentence_index(st)
        scope = held_scope(st, idx, quantities[i], quantities, i, (), source_spans, places)
        if not scope:
            continue  # "the party won 52 of 151 seats": whose, is not said
        measure = Measure(thing=held, concept=held, surface=whole.measure.surface, scope=scope)
        q = part.quantity.model_copy(update={"unit": held, "unit_kind": UnitKind.COUNT})
        new = part.model_copy(
            update={"measure": measure, "quantity": q, "confidence": HELD_CONFIDENCE}
        )
        _replace_claim(st, part, new)
        made[i] = new
