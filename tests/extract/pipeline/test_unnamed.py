"""The subject of a measure with no noun (``pipeline.unnamed``)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


def _key(text: str, quote: str, lang: str) -> str | None:
    (c,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    return c.measure.key if c.measure else None


@pytest.mark.parametrize(
    ("text", "quote", "lang", "key"),
    [
        # a sentence's only figure, a sum, is what the sentence before names with no figure
        ("Deutlich höher fällt der Schaden aus. Die Ermittler gehen inzwischen von "
         "mindestens acht Millionen Euro aus.", "mindestens acht Millionen Euro", "de",
         "money:damage"),
        ("The damage is far worse than first thought. Insurers now put it at $8 million.",
         "$8 million", "en", "money:damage"),
        # not when the sentence before has a figure of its own, or this one another figure
        ("Der Schaden liegt bei 2 Millionen Euro. Die Firma investiert 5 Millionen Euro.",
         "5 Millionen Euro", "de", "money"),
        ("The damage is far worse. Insurers paid $8 million to 40 families.", "$8 million",
         "en", "money"),
    ],
)  # fmt: skip
def test_a_sum_takes_the_subject_the_sentence_before_names(
    text: str, quote: str, lang: str, key: str
) -> None:
    assert _key(text, quote, lang) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # damages are what a court awards or a claimant seeks, no estimate of the harm
        ("He sued the maker for $2 million in damages.", "money:compensation"),
        ("The storm caused damages of about $40 million.", "money:damage"),
    ],
)
def test_damages_sought_are_compensation(text: str, key: str) -> None:
    (c,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert c.measure is not None and c.measure.key == key
