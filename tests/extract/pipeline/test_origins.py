"""Where the people counted come from (``pipeline.origins``): a place of origin is a part's
scope."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text
from factcheck.lang.concepts import SUBSET_SCOPE
from factcheck.load import read_article
from factcheck.report import report_from


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("An Bord waren etwa 120 Reisende aus Schleswig-Holstein.", "de", "etwa 120 Reisende"),
        ("The bus carried 40 students from Bavaria.", "en", "40 students"),
    ],
)
def test_people_from_a_place_are_a_subset_of_that_place(text: str, lang: str, quote: str) -> None:
    (c,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert c.measure is not None
    assert SUBSET_SCOPE in c.measure.scope
    assert any(s.startswith("region:") for s in c.measure.scope)


def test_people_from_one_region_are_not_set_against_all_on_board() -> None:
    texts = (
        "Im Zug reisten rund 290 Fahrgäste.",
        "Im Zug reisten etwa 120 Reisende aus Schleswig-Holstein.",
    )
    a, b = (read_article(t, id=i, language="de") for i, t in zip("ab", texts, strict=True))
    assert report_from([a, b]).discrepancies == ()


def test_a_route_is_no_origin() -> None:
    """ "52 passengers from Boston to New York": all on board, travelling a route."""
    text = "The bus, carrying 52 passengers from Boston to New York, overturned."
    (c,) = [c for c in extract_text(text, language="en") if c.quote == "52 passengers"]
    assert c.measure is not None and SUBSET_SCOPE not in c.measure.scope
