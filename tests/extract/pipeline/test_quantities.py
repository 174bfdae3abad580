"""The pipeline's quantity assembly: the flow verbs are found as the word pattern finds
them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.pipeline.quantities import _verb_words
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


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Deaths passed 5,000 after the 7.8-magnitude temblor hit the district.", "en", "7.8"),
        ("The 7.8 magnitude quake killed 5,000 people.", "en", "7.8"),
        ("Das Beben der Stärke 7,8 tötete 5000 Menschen.", "de", "7,8"),
        ("The density stood at 7.72 to 8.39 people per square metre.", "en", "7.72 to 8.39"),
    ],
)
def test_a_figure_with_decimals_and_no_scale_word_counts_nothing(
    text: str, lang: str, quote: str
) -> None:
    from factcheck.extract import extract_text

    claims = {c.quote: c for c in extract_text(text, language=lang, published="2024-03-05")}
    assert claims[quote].measure is None


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("About 1.5 million people fled the floods.", "en", "displaced"),
        ("Rund 2,3 Millionen Menschen flohen.", "de", "displaced"),
    ],
)
def test_a_scaled_figure_with_decimals_is_a_count(text: str, lang: str, concept: str) -> None:
    from factcheck.extract import extract_text

    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.concept == concept
