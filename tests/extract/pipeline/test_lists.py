"""Lists of parts: one count named for several subjects in a row, its verb left out."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.lang.concepts import BREAKDOWN_SCOPE


def _breakdown(text: str, language: str) -> list[bool]:
    return [
        c.measure is not None and BREAKDOWN_SCOPE in c.measure.scope
        for c in extract_text(text, language=language, published="2024-06-05")
        if c.quantity is not None
    ]


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        # a gapped list: each figure is one subject's, none is the whole
        ("Health care added 68,000 jobs, government 43,000 and leisure and hospitality "
         "42,000.", "en", [True, True, True]),
        ("Der Handel strich 12.000 Stellen, die Industrie 8.000.", "de", [True, True]),
        # two sources, two days, two states: no list of parts
        ("Die Polizei zählte 8.500 Teilnehmer, der Bauernverband 30.000.", "de",
         [False, False]),
        ("Am Samstag kamen 4.000 Menschen, am Sonntag 6.000.", "de", [False, False]),
        ("The fire destroyed 6,837 structures and damaged 1,017 more.", "en", [False, False]),
        # figures after a colon that add up to the count before it are its parts
        ("Der Betreiber zählte 137 Fahrgäste: 84 saßen in der Regionalbahn, 53 im "
         "Regionalexpress.", "de", [False, True, True]),
        ("Der Betreiber zählte 137 Fahrgäste: 84 saßen in der Regionalbahn, 40 im "
         "Regionalexpress.", "de", [False, False, False]),
        # a total and its parts named with their own words are told apart elsewhere
        ("US employers added 272,000 jobs in May.", "en", [False]),
    ],
)  # fmt: skip
def test_the_figures_of_a_gapped_list_are_parts(
    text: str, language: str, parts: list[bool]
) -> None:
    assert _breakdown(text, language) == parts


def _keys(text: str, language: str) -> list[tuple[str, bool | None]]:
    return [
        (c.measure.key, c.measure.cumulative)
        for c in extract_text(text, language=language, published="2025-11-18")
        if c.quantity is not None and c.measure is not None
    ]


@pytest.mark.parametrize(
    ("text", "language", "keys"),
    [
        (
            "Insgesamt haben sich 47 Menschen angesteckt, 33 Patienten und 14 Beschäftigte.",
            "de",
            ["case", "case:patient", "case:employee"],
        ),
        (
            "Mindestens 31 Menschen sind erkrankt, darunter 23 Patienten.",
            "de",
            ["case", "case:patient"],
        ),
        (
            "The outbreak has grown to 31 confirmed cases, 24 children and seven adults.",
            "en",
            ["case", "case:child", "case:adult"],
        ),
        ("At least 31 people fell ill, including 23 patients.", "en", ["case", "case:patient"]),
    ],
)
def test_people_of_each_kind_after_a_running_total_are_its_parts(
    text: str, language: str, keys: list[str]
) -> None:
    """ "47 angesteckt, 33 Patienten und 14 Beschäftigte": each kind is that total's part,
    a running total too (a later report's 29 patients is it grown)."""
    assert _keys(text, language) == [(k, True) for k in keys]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # more than the total: no breakdown of it
        ("Bislang sind 31 Menschen erkrankt, 40 Patienten wurden untersucht.", "de"),
        # with no part word, only a breakdown that adds up to the total
        ("The outbreak has grown to 31 confirmed cases, 12 patients so far.", "en"),
    ],
)
def test_people_after_a_total_that_do_not_add_up_are_no_parts(text: str, language: str) -> None:
    assert not any(k.startswith("case:") for k, _ in _keys(text, language))


@pytest.mark.parametrize(
    ("text", "language", "untold"),
    [
        # a party's seats beside seats whose party is not told
        ("Die Verteilung: CDU 12 Sitze und FDP drei Sitze. Das Ergebnis (12 Sitze) gilt.",
         "de", {"12 Sitze": False, "drei Sitze": False, "(12 Sitze)": True}),
        ("Labour won 412 seats. The party that came second took 121 seats.", "en",
         {"412 seats": False, "121 seats": True}),
        # with no holder named anywhere, a seat count is compared as it is
        ("The new council has 40 seats. Turnout was 51 percent.", "en", {"40 seats": False}),
    ],
)  # fmt: skip
def test_seats_whose_holder_is_not_told_beside_a_holders_are_not_compared(
    text: str, language: str, untold: dict[str, bool]
) -> None:
    from factcheck.lang.concepts import HOLDER_UNTOLD
    from factcheck.reconcile.quantities import measure_key

    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    for quote, expected in untold.items():
        wanted = quote.strip("()")
        at = text.index(quote) + (1 if quote.startswith("(") else 0)
        (c,) = [c for c in claims if c.quote == wanted and c.span.start == at]
        assert c.measure is not None and (HOLDER_UNTOLD in c.measure.scope) is expected
        assert (measure_key(c) is None) is expected


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        # rows of a table: each row's figure is its label's
        ("The ferry carried 287 passengers.\n\nMain vessels:\n\nCarrow Star - built 1998 - "
         "600 passengers\nInchmorra Lass - built 2001 - 450 passengers\n", "en",
         [False, True, True]),
        ("Der Abbau verteilt sich so:\n- Lindhausen: rund 620 Stellen\n- Treberg: 480 Stellen\n"
         "- Gesamt: rund 1.450 Stellen\n", "de", [True, True, False]),
        # one row alone, sentences, or readings of days are no table
        ("Carrow Star - built 1998 - 600 passengers\n", "en", [False]),
        ("The ferry carried 287 passengers.\nIts sister ship carried 450 passengers.\n", "en",
         [False, False]),
        ("Freitag: 120 Evakuierte\nSamstag: 300 Evakuierte\n", "de", [False, False]),
    ],
)  # fmt: skip
def test_the_rows_of_a_table_are_parts(text: str, language: str, parts: list[bool]) -> None:
    assert _breakdown(text, language) == parts


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        ("Geprüft werden auch die beiden kleineren Säle mit 90 und 65 Plätzen.", "de",
         "65 Plätzen"),
        ("The two smaller halls, with 90 and 65 seats, were checked too.", "en", "65 seats"),
    ],
)  # fmt: skip
def test_one_noun_for_two_figures_makes_each_one_thing_s(
    text: str, language: str, quote: str
) -> None:
    """ "mit 90 und 65 Plätzen": two halls' seats, neither the seats of the hall another
    article sizes; a range ("zwischen 90 und 120") is one figure."""
    (claim,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert claim.measure is not None and "scope:breakdown" in claim.measure.scope
    (whole,) = [
        c
        for c in extract_text("Zwischen 90 und 120 Menschen kamen.", language="de")
        if c.quantity is not None
    ]
    assert whole.measure is not None and "scope:breakdown" not in whole.measure.scope


@pytest.mark.parametrize(
    ("text", "quote", "subset"),
    [
        # a count of no kind joined to one of a kind with its harm is another part
        ("The dead were the aircraft's three crew and three people on the ground.", "three people",
         True),
        ("Three crew members and two people were killed.", "two people", True),
        # two counts of kinds, or a count alone, are not marked
        ("Two workers and three passersby were injured.", "three passersby", False),
        ("Five people were killed.", "Five people", False),
    ],
)  # fmt: skip
def test_a_count_of_no_kind_beside_one_of_a_kind_is_a_part(
    text: str, quote: str, subset: bool
) -> None:
    from factcheck.lang.concepts import SUBSET_SCOPE

    (claim,) = [c for c in extract_text(text, language="en") if c.quote == quote]
    assert claim.measure is not None
    assert (SUBSET_SCOPE in claim.measure.scope) is subset
