"""Extraction end to end: claims from German and English sentences written for these
tests, with their values, hedges, counted things, flows, times, attribution and modality."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract, extract_text
from factcheck.load import read_article
from factcheck.models import Claim, Modality, Qualifier, TimeKind


def one(claims: list[Claim], quote_part: str) -> Claim:
    found = [c for c in claims if quote_part in c.quote]
    assert found, f"no claim quoting {quote_part!r} in {[c.quote for c in claims]}"
    return found[0]


DE = (
    "Nach Angaben der Regierung in Kiew hat Russland seit Januar rund 3.500 Drohnen aus "
    "dem Iran erhalten. Demnach seien mindestens 120 Raketen über die Grenze gebracht worden. "
    "Die Polizei sprach von etwa 8.000 Demonstranten in Leipzig, die Veranstalter von mehr "
    "als 20.000 Teilnehmern. Der Minister will am Donnerstag nach Paris reisen."
)
EN = (
    "According to Ukraine's air force, Russia launched about 1,200 drones at Ukrainian cities "
    "since January. Police said around 15,000 people joined the march in London on Saturday, "
    "while organisers claimed more than 40,000 marchers. The company will cut up to 2,000 jobs, "
    "chief executive Jane Miller told Reuters."
)


def test_german_count_with_hedge_flow_time_and_attribution() -> None:
    claims = extract_text(DE, language="de", published="2024-03-15")
    c = one(claims, "3.500 Drohnen")
    assert c.quantity is not None and c.quantity.qualifier is Qualifier.APPROX
    assert c.quantity.nominal == 3500 and c.quantity.unit == "Drohne"
    assert c.measure is not None and c.measure.concept == "drone"
    assert c.measure.origin == "country:IR" and c.measure.destination == "country:RU"
    assert c.time is not None and c.time.kind is TimeKind.SINCE
    assert c.time.start is not None and (c.time.start.year, c.time.start.month) == (2024, 1)
    assert c.modality is Modality.REPORTED
    assert c.attribution.primary is not None and "Regierung" in c.attribution.primary.name
    assert c.attribution.primary.country == "UA"


def test_german_attribution_carries_over_with_demnach() -> None:
    claims = extract_text(DE, language="de", published="2024-03-15")
    c = one(claims, "120 Raketen")
    assert c.quantity is not None and c.quantity.qualifier is Qualifier.AT_LEAST
    assert c.attribution.carried
    assert c.attribution.primary is not None and "Regierung" in c.attribution.primary.name


def test_german_plan_is_planned() -> None:
    claims = extract_text(DE, language="de", published="2024-03-15")
    trip = [c for c in claims if c.kind == "event" and c.event == "visit"]
    assert trip and all(c.modality is Modality.PLANNED for c in trip)


def test_english_counts_and_sources() -> None:
    claims = extract_text(EN, language="en", published="2024-06-19")
    drones = one(claims, "1,200 drones")
    assert drones.quantity is not None and drones.quantity.qualifier is Qualifier.APPROX
    assert drones.measure is not None and drones.measure.concept == "drone"
    people = one(claims, "15,000 people")
    assert people.measure is not None and people.measure.concept == "attendance"  # a rally
    assert people.attribution.primary is not None and people.attribution.primary.name == "Police"
    jobs = one(claims, "2,000 jobs")
    assert jobs.quantity is not None and jobs.quantity.qualifier is Qualifier.UP_TO
    chain = [s.name for s in jobs.attribution.chain]
    assert chain[0] == "Reuters" and "Jane Miller" in chain[-1]


def test_english_verb_ends_the_noun_group() -> None:
    claims = extract_text("Around 12,000 people joined the protest.", language="en")
    assert one(claims, "12,000").quote == "Around 12,000 people"


def test_spans_index_the_article_text_header_included() -> None:
    text = " date 2024-06 Am Mittwoch kamen rund 500 Menschen zusammen.\n"
    article = read_article(text, id="a")
    claims = extract(article)
    assert claims
    for c in claims:
        assert article.text[c.span.start : c.span.end] == c.quote
        assert c.span.start >= article.body_start


def test_ids_are_stable_and_unique() -> None:
    a = extract_text(DE, language="de", published="2024-03-15")
    b = extract_text(DE, language="de", published="2024-03-15")
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)


def test_no_publication_date_leaves_weekdays_unresolved() -> None:
    claims = extract_text("Der Minister traf am Dienstag in Rom ein.", language="de")
    dated = [c for c in claims if c.date is not None]
    assert dated and all(c.date is not None and not c.date.resolved for c in dated)
    assert all(c.date is not None and c.date.resolved_against == "unresolved" for c in dated)


def test_unsupported_language_gives_no_claims() -> None:
    from factcheck.errors import UnknownNameError
    from factcheck.models import Article

    article = Article(id="fr", path="fr.txt", text="Il y avait 300 personnes.", language="fr")
    assert extract(article) == []
    # asked for by name, a language without a pack is an error, never a silent []
    with pytest.raises(UnknownNameError):
        extract_text("Il y avait 300 personnes.", language="fr")


@pytest.mark.parametrize("lang", ["de", "en"])
@settings(max_examples=60)
@given(
    text=st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Z"))
        | st.sampled_from(list("0123456789.,-–% äöüßÄÖÜ€$\n")),
        max_size=400,
    )
)
def test_never_raises_and_spans_are_valid(lang: str, text: str) -> None:
    claims = extract_text(text, language=lang, published="2024-06")
    for c in claims:
        assert 0 <= c.span.start <= c.span.end <= len(text)
        assert text[c.span.start : c.span.end] == c.quote
    assert [c.id for c in claims] == [
        c.id for c in extract_text(text, language=lang, published="2024-06")
    ]


def test_windows_of_an_over_long_sentence_keep_its_attribution() -> None:
    from factcheck.extract.sentences import MAX_SENTENCE

    text = "Laut Polizei kamen " + ", ".join(f"{100 + i} Menschen" for i in range(300)) + "."
    assert len(text) > 3 * MAX_SENTENCE
    claims = [c for c in extract_text(text, language="de") if c.kind == "quantity"]
    assert len(claims) == 300
    assert {c.attribution.chain[0].name for c in claims} == {"Polizei"}
    assert max(c.sentence.end - c.sentence.start for c in claims) <= MAX_SENTENCE


def test_a_possessive_day_names_the_event_not_the_figures_time() -> None:
    import datetime as dt

    from factcheck import extract_text

    text = "The death toll from Sunday's earthquake rose to 52 on Monday, officials said."
    claims = extract_text(text, language="en", published="2025-02-04")
    (toll,) = [c for c in claims if c.quantity is not None]
    assert toll.time is not None and toll.time.start == dt.date(2025, 2, 3)  # Monday
