"""The thing a bare size is of: the noun its sentence opens with."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.extract.pipeline.owners import opening_owner


def _content(text: str, language: str) -> tuple[str, ...]:
    (claim,) = [
        c
        for c in extract_text(text, language=language)
        if c.quantity is not None and c.measure is not None and "measure:" in c.measure.key
    ]
    assert claim.measure is not None
    return claim.measure.content


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        ("The four-span bridge, about 240 metres long, opened in 1971.", "en", ("bridge",)),
        ("The detour is about 18 kilometres long.", "en", ("detour",)),
        ("Die ausgeschilderte Umleitung ist rund 18 Kilometer lang.", "de", ("umleitung",)),
        ("Die Mure riss auf rund zwei Kilometer Länge alles mit.", "de", ("mure",)),
        # the same word as when the size is glued to the noun
        ("Die Halle ist 80 Meter lang.", "de", ("halle",)),
        ("Die 120 Meter lange Halle brannte.", "de", ("halle",)),
        # a sentence opening with a person, or with no article, names no thing
        ("Der Arbeiter hatte in rund 20 Metern Höhe gearbeitet.", "de", ()),
        ("Officials said it was about 240 metres long.", "en", ()),
    ],
)
def test_a_bare_size_is_of_the_noun_its_sentence_opens_with(
    text: str, language: str, content: tuple[str, ...]
) -> None:
    assert _content(text, language) == content


def test_only_sizes_have_an_opening_owner() -> None:
    text = "The river rose to 7 metres."
    assert opening_owner(text, 0, text.index("7"), "water_level", "en") == ""
    assert opening_owner(text, 0, text.index("7"), "height", "en") == ""  # no comma, no copula


def test_the_sizes_of_two_named_things_are_no_finding() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article("Der 2,4 Kilometer lange Tunnel bleibt gesperrt.", id="a", language="de"),
            read_article(
                "Die ausgeschilderte Umleitung ist rund 18 Kilometer lang.", id="b", language="de"
            ),
        ]
    )
    assert len([c for c in report.claims if c.quantity is not None]) == 2
    assert report.discrepancies == ()
