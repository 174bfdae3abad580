"""How the sources of two claims relate."""

from __future__ import annotations

import pytest

from factcheck.models import Attribution, SourceKind
from factcheck.reconcile.sources import Relation, portfolio, primary, relation
from tests.reconcile._build import quantity, said, source

SHIN = source(
    "südkoreanische Verteidigungsminister Shin Wonsik",
    "shinvonsik",
    kind=SourceKind.PERSON,
    country="KR",
    role="Verteidigungsminister",
)
MINISTRY_DE = source(
    "südkoreanischen Verteidigungsministerium",
    "KR:verteidigungsministerium",
    kind=SourceKind.GOVERNMENT,
    country="KR",
)
BLOOMBERG = source("Bloomberg News", "bloomberg", kind=SourceKind.OUTLET, country="US")
US_FINDINGS = source("US-Erkenntnissen", "?:erkenntnis", kind=SourceKind.DOCUMENT)


def _rel(a: Attribution, b: Attribution, same_article: bool = False) -> Relation:
    ca = quantity("a", 1, "ship", attribution=a)
    cb = quantity("a" if same_article else "b", 2, "ship", attribution=b)
    return relation(ca, cb)


def test_the_primary_source_skips_relaying_media() -> None:
    assert primary(said(BLOOMBERG, SHIN)) == SHIN
    assert primary(said(BLOOMBERG)) == BLOOMBERG
    assert primary(Attribution()) is None


def test_a_minister_and_their_ministry_are_one_institution() -> None:
    assert _rel(said(BLOOMBERG, SHIN), said(MINISTRY_DE)) is Relation.SAME_INSTITUTION


def test_english_minister_and_ministry() -> None:
    minister = source("Shin Won-sik", kind=SourceKind.PERSON, country="KR", role="defence minister")
    ministry = source(
        "South Korea's defence ministry", "KR:ministry", kind=SourceKind.GOVERNMENT, country="KR"
    )
    foreign = source(
        "South Korea's foreign ministry", "KR:foreign", kind=SourceKind.GOVERNMENT, country="KR"
    )
    assert _rel(said(minister), said(ministry)) is Relation.SAME_INSTITUTION
    assert _rel(said(foreign), said(ministry)) is Relation.UNKNOWN


def test_sources_of_two_countries_are_independent() -> None:
    kr = source("Yonhap", "yonhap", kind=SourceKind.AGENCY, country="KR")
    assert _rel(said(MINISTRY_DE), said(source("Pentagon", "US:pentagon", country="US"))) is (
        Relation.INDEPENDENT
    )
    assert _rel(said(kr), said(BLOOMBERG)) is Relation.INDEPENDENT


def test_the_same_key_is_the_same_source() -> None:
    assert _rel(said(SHIN), said(SHIN)) is Relation.SAME_SOURCE


def test_a_generic_key_of_unknown_country_needs_the_same_name() -> None:
    a = source("health ministry", "?:ministry", kind=SourceKind.GOVERNMENT)
    b = source("South Korea's defence ministry", "?:ministry", kind=SourceKind.GOVERNMENT)
    assert _rel(said(a), said(b)) is Relation.UNKNOWN
    assert _rel(said(a), said(a)) is Relation.SAME_SOURCE


def test_the_article_itself_is_one_source_within_the_article() -> None:
    assert _rel(Attribution(), Attribution(), same_article=True) is Relation.SAME_SOURCE
    assert _rel(Attribution(), Attribution()) is Relation.UNKNOWN
    assert _rel(Attribution(), said(US_FINDINGS)) is Relation.UNKNOWN


def test_relation_is_symmetric() -> None:
    attrs = [said(SHIN), said(MINISTRY_DE), said(BLOOMBERG), said(US_FINDINGS), Attribution()]
    for a in attrs:
        for b in attrs:
            assert _rel(a, b) is _rel(b, a)


@pytest.mark.parametrize(
    ("role", "name", "kind", "expected"),
    [
        ("Verteidigungsminister", "Shin", SourceKind.PERSON, "verteidi"),
        (None, "Verteidigungsministerium in Seoul", SourceKind.GOVERNMENT, "verteidi"),
        (None, "russischen Außenministerium", SourceKind.GOVERNMENT, "aussenmi"),
        ("Außenminister", "Lawrow", SourceKind.PERSON, "aussenmi"),
        (None, "South Korean defence ministry", SourceKind.GOVERNMENT, "defencem"),
        ("Sprecher", "Kreml-Sprecher Peskow", SourceKind.PERSON, None),
        (None, "ministry", SourceKind.GOVERNMENT, None),
        (None, "Shin Wonsik", SourceKind.PERSON, None),
    ],
)
def test_portfolio(role: str | None, name: str, kind: SourceKind, expected: str | None) -> None:
    assert portfolio(role, name, kind) == expected
