"""A party's part of a body: the bare number before the seats a body has (``parts``)."""

from __future__ import annotations

import pytest

from factcheck import extract_text


def _measures(text: str, language: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {
        c.quote: (c.measure.key, c.measure.scope) if c.measure else (None, ())
        for c in extract_text(text, language=language, published="2024-07-05")
        if c.quantity is not None
    }


@pytest.mark.parametrize(
    ("text", "language", "part", "holder"),
    [
        ("Labour took 412 of the 650 seats.", "en", "412", "labour"),
        ("The Conservatives won 121 of 650 seats.", "en", "121", "conservatives"),
        ("Die CDU erhielt 41 der 120 Sitze.", "de", "41", "cdu"),
        ("Die CDU erhielt 41 von 120 Sitzen.", "de", "41", "cdu"),
    ],
)
def test_a_part_of_the_seats_a_body_has_is_the_seats_its_holder_won(
    text: str, language: str, part: str, holder: str
) -> None:
    measures = _measures(text, language)
    assert measures[part] == ("seat", (holder,))
    # the whole is what the body has
    (whole,) = [q for q in measures if q != part]
    assert measures[whole][0] == "capacity"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The party won 52 of 151 seats.", "52"),  # whose, is not said
        ("Labour won 412 seats and 33.7 percent of 650 votes cast.", "33.7 percent"),
    ],
)
def test_a_part_with_no_holder_or_no_whole_right_after_it_stays_bare(text: str, part: str) -> None:
    key, scope = _measures(text, "en")[part]
    assert key != "seat" or scope == ()
