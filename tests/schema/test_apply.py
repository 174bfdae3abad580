"""Schemas used end to end: claims become schema claims, and reconcile as declared."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract
from factcheck.models import (
    Article,
    Claim,
    DatePrecision,
    Entity,
    Place,
    PublishedDate,
    Quantity,
    Report,
    TimeRef,
    claim_id,
)
from factcheck.registry import schemas
from factcheck.report import check, report_from
from factcheck.schema import ClaimSchema, Slot, load_schema_text
from factcheck.schema.apply import apply_schemas, value_slot

ROOT = Path(__file__).resolve().parents[2]


def article(aid: str, text: str, lang: str, day: str) -> Article:
    return Article(
        id=aid,
        path=f"{aid}.txt",
        text=text,
        language=lang,
        published=PublishedDate(date=dt.date.fromisoformat(day), precision=DatePrecision.DAY),
    )


class TankDelivery(
    ClaimSchema,
    name="tank_delivery",
    lexicon={"de": ["liefer*", "geliefert"], "en": ["deliver*", "sent"]},
    compared="count",
    identity=("origin", "destination"),
    temporal="cumulative",
):
    """Tanks delivered from one country to another."""

    count: Quantity = Slot(concept="tank", ge=1)
    origin: Place | None = None
    destination: Place | None = None
    period: TimeRef | None = None
    source: Entity | None = None


GERMAN = [
    article(
        "de-ministry",
        "Nach Angaben des Verteidigungsministeriums hat Deutschland seit Januar 40 Panzer "
        "an die Ukraine geliefert. Weitere sollen folgen.",
        "de",
        "2024-03-10",
    ),
    article(
        "de-spokesman",
        "Laut einem Regierungssprecher hat Deutschland seit Januar lediglich 25 Panzer an "
        "die Ukraine geliefert.",
        "de",
        "2024-03-12",
    ),
    article(
        "de-france",
        "Frankreich hat seit Januar 60 Panzer an die Ukraine geliefert, teilte das "
        "Ministerium in Paris mit.",
        "de",
        "2024-03-11",
    ),
]

ENGLISH = [
    article(
        "en-ministry",
        "Germany has delivered 40 tanks to Ukraine since January, the defence ministry said.",
        "en",
        "2024-03-10",
    ),
    article(
        "en-spokesman",
        "Germany has delivered only 25 tanks to Ukraine since January, a government "
        "spokesman said.",
        "en",
        "2024-03-12",
    ),
    article(
        "en-britain",
        "Britain has sent 14 tanks to Ukraine since January, officials said.",
        "en",
        "2024-03-11",
    ),
]

TANK_YAML = """\
name: tank_delivery
description: Tanks delivered from one country to another.
lexicon:
  de: [liefer*, geliefert]
  en: [deliver*, sent]
slots:
  count: {type: quantity, checks: {concept: tank, ge: 1}}
  origin: {type: place}
  destination: {type: place}
  period: {type: time}
  source: {type: entity}
compared: count
identity: [origin, destination]
temporal: cumulative
"""


def of_kind(report: Report, kind: str) -> dict[str, Claim]:
    return {c.article: c for c in report.claims if c.kind == kind}


def flagged_pairs(report: Report) -> set[frozenset[str]]:
    by_id = {c.id: c for c in report.claims}
    return {frozenset(by_id[i].article for i in d.claims) for d in report.discrepancies}


@pytest.mark.parametrize("form", ["python", "yaml"])
@pytest.mark.parametrize("articles", [GERMAN, ENGLISH], ids=["de", "en"])
def test_a_delivery_schema_flags_one_shipment_not_two_routes(
    form: str, articles: list[Article]
) -> None:
    schema = TankDelivery if form == "python" else load_schema_text(TANK_YAML, register=False)
    report = report_from(articles, schemas=[schema])
    claims = of_kind(report, "tank_delivery")
    assert len(claims) == 3
    ministry, spokesman, other = (claims[a.id] for a in articles)
    for c in (ministry, spokesman):
        origin, destination = c.slots["origin"], c.slots["destination"]
        assert isinstance(origin, Place) and origin.key == "country:DE"
        assert isinstance(destination, Place) and destination.key == "country:UA"
        assert isinstance(c.slots["period"], TimeRef)
    other_origin = other.slots["origin"]
    assert isinstance(other_origin, Place) and other_origin.key in ("country:FR", "country:GB")
    # the two reports of the German deliveries disagree; the other route is not compared
    assert flagged_pairs(report) == {frozenset({articles[0].id, articles[1].id})}
    [finding] = report.discrepancies
    assert set(finding.claims) == {ministry.id, spokesman.id}
    assert "running total cannot fall" in finding.explanation


def test_cumulative_or_fixed_decides_whether_growth_is_a_conflict() -> None:
    earlier, later = GERMAN[1], GERMAN[0]  # 25 tanks, then 40 tanks two days later
    grown = [
        earlier.model_copy(update={"published": later.published}),
        later.model_copy(update={"published": earlier.published}),
    ]
    assert not report_from(grown, schemas=[TankDelivery]).discrepancies

    fixed_yaml = TANK_YAML.replace("tank_delivery", "tank_fixed").replace(
        "temporal: cumulative", "temporal: fixed"
    )
    fixed = load_schema_text(fixed_yaml, register=False)
    assert flagged_pairs(report_from(grown, schemas=[fixed])) == {frozenset({earlier.id, later.id})}


def test_schema_claims_keep_the_base_claim() -> None:
    art = GERMAN[0]
    base = [c for c in extract(art) if c.kind == "quantity" and "Panzer" in c.quote]
    [new] = [c for c in extract(art, schemas=[TankDelivery]) if c.kind == "tank_delivery"]
    [old] = base
    assert new.id == claim_id(art.id, "tank_delivery", old.span) != old.id
    for field in ("span", "quote", "sentence", "attribution", "modality", "time", "quantity"):
        assert getattr(new, field) == getattr(old, field)
    assert new.slots["count"] == old.quantity and value_slot(new) == "count"
    assert new.measure is not None and old.measure is not None
    assert new.measure.concept == "tank_delivery.count" and new.measure.cumulative is True
    assert new.measure.surface == old.measure.surface
    source = new.slots["source"]
    assert isinstance(source, Entity) and "Verteidigungsministerium" in source.name
    assert value_slot(old) is None


def test_schemas_are_opt_in() -> None:
    assert not [c for c in extract(GERMAN[0]) if c.kind not in ("quantity", "date", "event")]
    assert "weapons_delivery" in schemas  # registered, yet not applied above


def test_no_trigger_word_no_schema_claim() -> None:
    art = article(
        "de-stock", "Die ukrainische Armee verfügt nach eigenen Angaben über 40 Panzer.", "de",
        "2024-03-12",
    )  # fmt: skip
    assert not [c for c in extract(art, schemas=[TankDelivery]) if c.kind == "tank_delivery"]


def test_a_claim_failing_a_check_stays_a_base_claim() -> None:
    class ToRussia(
        ClaimSchema,
        name="tanks_to_russia",
        lexicon={"de": ["geliefert"]},
        compared="count",
    ):
        count: Quantity = Slot(concept="tank")
        destination: Place | None = Slot(None, within="country:RU")

    claims = extract(GERMAN[0], schemas=[ToRussia])
    assert not [c for c in claims if c.kind == "tanks_to_russia"]
    assert [c for c in claims if c.kind == "quantity" and "Panzer" in c.quote]


def test_a_schema_without_a_lexicon_for_the_language_matches_by_its_checks() -> None:
    class GermanWords(
        ClaimSchema, name="tanks_de_words", lexicon={"de": ["geliefert"]}, compared="count"
    ):
        count: Quantity = Slot(concept="tank")

    class NoGate(ClaimSchema, name="tanks_no_gate", lexicon={"de": ["geliefert"]}, compared="n"):
        n: Quantity = Slot(ge=1)

    english = ENGLISH[0]
    assert [c for c in extract(english, schemas=[GermanWords]) if c.kind == "tanks_de_words"]
    assert not [c for c in extract(english, schemas=[NoGate]) if c.kind == "tanks_no_gate"]


def test_the_first_matching_schema_wins() -> None:
    twin = load_schema_text(TANK_YAML.replace("tank_delivery", "tank_twin"), register=False)
    claims = extract(GERMAN[0], schemas=[twin, TankDelivery])
    kinds = {c.kind for c in claims}
    assert "tank_twin" in kinds and "tank_delivery" not in kinds


def test_apply_registers_the_schemas_it_uses() -> None:
    cls = load_schema_text(TANK_YAML.replace("tank_delivery", "tank_registered"), register=False)
    assert "tank_registered" not in schemas
    apply_schemas(extract(GERMAN[0]), GERMAN[0], [cls])
    assert schemas.get("tank_registered") is cls


# -- the example schemas --------------------------------------------------------------------
def test_crowd_size_police_versus_organisers() -> None:
    arts = [
        article(
            "police", "Laut Polizei nahmen am Samstag rund 20.000 Menschen an der Kundgebung "
            "in Leipzig teil.", "de", "2024-05-05",
        ),
        article(
            "organisers", "Die Veranstalter der Kundgebung in Leipzig sprachen am Samstag von "
            "60.000 Teilnehmern.", "de", "2024-05-05",
        ),
        article(
            "dresden", "In Dresden demonstrierten am Samstag nach Polizeiangaben 3.000 Menschen.",
            "de", "2024-05-05",
        ),
    ]  # fmt: skip
    report = report_from(arts, schemas=["crowd_size"])
    crowd = of_kind(report, "crowd_size")
    assert set(crowd) == {"police", "organisers", "dresden"}
    leipzig = crowd["police"].slots["place"]
    assert isinstance(leipzig, Place) and leipzig.key == "city:leipzig"
    assert crowd["police"].slots["event"] == "Kundgebung"
    assert flagged_pairs(report) == {frozenset({"police", "organisers"})}


def test_casualties_put_each_number_in_its_slot() -> None:
    arts = [
        article(
            "quake-de", "Bei dem Erdbeben in der Türkei sind nach Angaben der Behörden "
            "mindestens 120 Menschen ums Leben gekommen. Rund 300 Menschen wurden verletzt.",
            "de", "2024-05-05",
        ),
        article(
            "quake-en", "At least 45 people were killed in the earthquake in Turkey, officials "
            "said. About 300 people were injured and 12 people are missing.", "en", "2024-05-04",
        ),
    ]  # fmt: skip
    report = report_from(arts, schemas=["casualties"])
    slots = {(c.article, c.quote): value_slot(c) for c in report.claims if c.kind == "casualties"}
    assert slots == {
        ("quake-de", "mindestens 120 Menschen"): "deaths",
        ("quake-de", "Rund 300 Menschen"): "injured",
        ("quake-en", "At least 45 people"): "deaths",
        ("quake-en", "About 300 people"): "injured",
        ("quake-en", "12 people"): "missing",
    }
    assert not report.discrepancies  # at least 120 and at least 45 can both hold


def test_an_ambiguous_number_is_left_alone() -> None:
    art = article("toll", "Nach dem Unglück zählten die Behörden 80 Menschen.", "de", "2024-05-05")
    kinds = {c.kind for c in extract(art, schemas=[schemas.get("casualties")])}
    assert "casualties" not in kinds


def test_costs_compare_money_of_one_currency() -> None:
    arts = [
        article(
            "cost-de", "Der neue Flughafen in Berlin kostete am Ende 6,5 Milliarden Euro, teilte "
            "die Flughafengesellschaft mit.", "de", "2024-05-05",
        ),
        article(
            "cost-en", "Berlin's new airport cost 7.3 billion euros in the end, the operator said.",
            "en", "2024-05-06",
        ),
    ]  # fmt: skip
    report = report_from(arts, schemas=["costs"])
    costs = of_kind(report, "costs")
    assert set(costs) == {"cost-de", "cost-en"}
    amount = costs["cost-de"].slots["amount"]
    assert isinstance(amount, Quantity) and amount.unit == "EUR"
    assert flagged_pairs(report) == {frozenset({"cost-de", "cost-en"})}


def test_a_place_schema_takes_event_claims() -> None:
    class Summit(
        ClaimSchema, name="test_summit", lexicon={"en": ["met", "summit"]}, compared="venue"
    ):
        venue: Place = Slot(kind=["city", "site"])
        participants: Entity | None = Slot(None, source="actors")

    art = article(
        "summit", "Kim Jong Un and Vladimir Putin met in Vladivostok on Wednesday.", "en",
        "2023-09-14",
    )  # fmt: skip
    claims = [c for c in extract(art, schemas=[Summit]) if c.kind == "test_summit"]
    assert claims, "the event's place should become the summit's venue"
    venue = claims[0].slots["venue"]
    assert isinstance(venue, Place) and venue.key == "city:vladivostok"


# -- the seeds -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return check([ROOT / "seeds"], schemas=["weapons_delivery"])


def test_seed_containers_become_weapons_deliveries(seeds_report: Report) -> None:
    containers = [
        c
        for c in seeds_report.claims
        if c.kind == "weapons_delivery" and c.slots.get("item") == "container"
    ]
    assert len(containers) == 3
    for c in containers:
        origin, destination = c.slots["origin"], c.slots["destination"]
        assert isinstance(origin, Place) and origin.key == "country:KP"
        assert isinstance(destination, Place) and destination.key == "country:RU"
        assert "Korea" in origin.name and "Russia" in destination.name
    assert not [c for c in seeds_report.claims if c.kind == "quantity" and "ontainer" in c.quote]


def test_seed_container_findings_cite_the_schema_claims(seeds_report: Report) -> None:
    by_id = {c.id: c for c in seeds_report.claims}
    pairs = []
    for d in seeds_report.discrepancies:
        cited = [by_id[i] for i in d.claims]
        if any("6.700" in c.quote for c in cited):
            assert all(c.kind == "weapons_delivery" for c in cited)
            pairs.append({c.quote for c in cited})
    assert {"etwa 6.700 Container", "mindestens 10.000 Schiffscontainer"} in pairs
    assert {"etwa 6.700 Container", "rund 10.000 Container"} in pairs


# -- properties ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_claims() -> list[tuple[Article, list[Claim]]]:
    from factcheck.load import load_many

    return [(a, extract(a)) for a in load_many([ROOT / "seeds"]).articles]


@settings(max_examples=25)
@given(st.permutations(["weapons_delivery", "crowd_size", "casualties", "costs", "tank_delivery"]))
def test_applying_schemas_only_relabels_claims(
    seed_claims: list[tuple[Article, list[Claim]]], names: list[str]
) -> None:
    chosen = [TankDelivery if n == "tank_delivery" else schemas.get(n) for n in names]
    for art, base in seed_claims:
        out = apply_schemas(base, art, chosen)
        assert len(out) == len(base) and len({c.id for c in out}) == len(out)
        by_span = {(c.span.start, c.span.end, c.kind): c for c in base}
        for c in out:
            if c.kind in names:
                old = next(b for b in base if b.span == c.span and b.kind == "quantity")
                assert (c.quote, c.quantity, c.attribution) == (
                    old.quote,
                    old.quantity,
                    old.attribution,
                )
                assert value_slot(c) is not None
                assert Claim.model_validate_json(c.model_dump_json()) == c
            else:
                assert by_span[(c.span.start, c.span.end, c.kind)] == c
