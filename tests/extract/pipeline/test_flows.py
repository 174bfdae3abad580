"""The pipeline's flows: the verbs of delivering and receiving are found as the word
pattern finds them, and give an origin and a destination."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.extract.pipeline.flows import _verb_words
from factcheck.lang import get_language

_PIECES = [
    *("liefer", "Geliefert", "x-liefer", "ship", "shipping", "_send", "2sent", " ", "-", "ä"),
    *("SENDEN", "a", "bought", "İ", "erhielt", ", ", "Suppl", "ed"),
]


def _word_pattern(lang: str, kind: str) -> re.Pattern[str]:
    ev = get_language(lang).events
    stems = ev.DELIVERY_VERBS if kind == "deliver" else ev.RECEIVE_VERBS
    alts = "|".join(re.escape(x) for x in stems)
    return re.compile(rf"(?<![\w-])(?:\w*?)(?:{alts})\w*", re.IGNORECASE)


@given(
    st.lists(st.sampled_from(_PIECES), max_size=20),
    st.sampled_from(["de", "en"]),
    st.sampled_from(["deliver", "receive"]),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_verb_words_as_the_word_pattern(
    parts: list[str], lang: str, kind: str, data: st.DataObject
) -> None:
    text = "".join(parts)
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    want = [(m.start(), m.group()) for m in _word_pattern(lang, kind).finditer(text, s, e)]
    assert _verb_words(text, s, e, lang, kind) == want


def test_a_delivery_has_an_origin_and_a_destination() -> None:
    text = "Germany delivered 120 tanks to Ukraine."
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity]
    assert claim.measure is not None
    assert (claim.measure.origin, claim.measure.destination) == ("country:DE", "country:UA")
