"""End-to-end cases of our own (invented events, written for these tests): several short
articles each, the pairs a fact-checker would raise and those they would not. Every "no
finding" first checks that the claims it compares were extracted."""

from __future__ import annotations

import datetime as dt

from factcheck.models import Article, Claim, DatePrecision, PublishedDate
from factcheck.reconcile.quantities import measure_key
from factcheck.report import report_from


def _article(aid: str, text: str, lang: str, day: str) -> Article:
    published = PublishedDate(date=dt.date.fromisoformat(day), precision=DatePrecision.DAY)
    return Article(id=aid, path=f"{aid}.txt", text=text, language=lang, published=published)


def _claim(claims: list[Claim], article: str, quote: str) -> Claim:
    hits = [c for c in claims if c.article == article and quote in c.quote]
    assert hits, f"{quote!r} not extracted from {article}"
    return hits[0]


def _pairs(report) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {frozenset(d.claims) for d in report.discrepancies}


def test_a_flood_in_german() -> None:
    arts = [
        _article(
            "a", "Beim Hochwasser in Talheim sind nach Angaben der Polizei zwei Menschen "
            "gestorben. Rund 400 Bewohner wurden in Sicherheit gebracht. Bereits am Morgen "
            "waren 150 Einsatzkräfte vor Ort.", "de", "2025-03-10",
        ),
        _article(
            "b", "In Talheim kamen beim Hochwasser drei Menschen ums Leben, teilte die "
            "Stadt mit. Etwa 400 Menschen wurden evakuiert. Am Abend waren 320 "
            "Einsatzkräfte im Einsatz.", "de", "2025-03-10",
        ),
        _article(
            "c", "Die Stadt Talheim hatte mit 1000 Einsatzkräften gerechnet.", "de",
            "2025-03-10",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    dead_a, dead_b = _claim(report.claims, "a", "zwei"), _claim(report.claims, "b", "drei")
    assert dead_a.measure and dead_a.measure.concept == "dead"
    assert dead_b.measure and dead_b.measure.concept == "dead"
    early, late = _claim(report.claims, "a", "150"), _claim(report.claims, "b", "320")
    plan = _claim(report.claims, "c", "1000")
    evac_a, evac_b = _claim(report.claims, "a", "400"), _claim(report.claims, "b", "400")
    pairs = _pairs(report)
    assert frozenset({dead_a.id, dead_b.id}) in pairs  # two against three dead, same day
    assert frozenset({early.id, late.id}) not in pairs  # a morning count, then the evening
    assert frozenset({plan.id, late.id}) not in pairs  # expected, then deployed
    assert frozenset({evac_a.id, evac_b.id}) not in pairs  # the same figure
    assert len(report.discrepancies) == 1


def test_a_rally_in_english() -> None:
    arts = [
        _article(
            "police", "Police said about 4,000 people joined the rally in Eastport on "
            "Saturday. Organisers had registered 2,500 participants.", "en", "2025-04-12",
        ),
        _article(
            "organisers", "Organisers said more than 12,000 people took part in the rally "
            "in Eastport. Some 200 officers were on duty.", "en", "2025-04-12",
        ),
        _article(
            "town", "The town of Eastport has about 60,000 people.", "en", "2025-04-12",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    police = _claim(report.claims, "police", "4,000")
    orgs = _claim(report.claims, "organisers", "12,000")
    registered = _claim(report.claims, "police", "2,500")
    town = _claim(report.claims, "town", "60,000")
    officers = _claim(report.claims, "organisers", "200")
    pairs = _pairs(report)
    assert frozenset({police.id, orgs.id}) in pairs  # a source disagreement
    assert frozenset({registered.id, orgs.id}) not in pairs  # registered is a plan
    assert not any(town.id in p for p in pairs)  # residents with no role
    assert not any(officers.id in p for p in pairs)  # staff are not the crowd


def test_a_pier_collapse_in_english() -> None:
    """Clock times of one moment, an echoed disagreement, a total against its parts, an
    age after a name and a sequence ordinal, in one invented story."""
    arts = [
        _article(
            "a", "The old Harlow pier gave way shortly after 1:30 a.m. on Sunday. "
            "Police said 12 people were injured. Together the two storms damaged more "
            "than 900 homes. Among the injured is Dana Wells, 71, a retired teacher.",
            "en", "2025-11-02",
        ),
        _article(
            "b", "The Harlow pier came down around 2 a.m. on Sunday, officials said. "
            "About 12 people were injured, according to the police. In the northern "
            "district alone, 310 homes were damaged.", "en", "2025-11-02",
        ),
        _article(
            "c", "Rescue teams searched the water for a second day. The county said 25 "
            "people were injured when the Harlow pier collapsed.", "en", "2025-11-02",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    claims = report.claims
    early, late = _claim(claims, "a", "1:30 a.m."), _claim(claims, "b", "2 a.m.")
    assert early.kind == late.kind == "clock" and early.event == late.event == "collapse"
    hurt_a, hurt_b = _claim(claims, "a", "12 people"), _claim(claims, "b", "12 people")
    hurt_c = _claim(claims, "c", "25 people")
    total, part = _claim(claims, "a", "900"), _claim(claims, "b", "310")
    age, day = _claim(claims, "a", "71"), _claim(claims, "c", "second")
    assert age.measure is not None and age.measure.thing == "age"  # an age of no kind
    assert measure_key(age) is None and day.measure is None
    found = {frozenset(d.claims): d for d in report.discrepancies}
    assert frozenset({early.id, late.id}) in found  # 1:30-1:45 against 1:50-2:10
    injured = [d for d in report.discrepancies if hurt_c.id in d.claims]
    (echoed,) = injured  # 12 in two reports against 25: one finding
    assert {*echoed.claims, *echoed.echoes} == {hurt_a.id, hurt_b.id, hurt_c.id}
    assert frozenset({total.id, part.id}) not in found  # a total and one district
    assert len(report.discrepancies) == 2


def test_a_warehouse_fire_in_german() -> None:
    arts = [
        _article(
            "a", "Der Brand in der Lagerhalle in Oberau ist gegen 17 Uhr ausgebrochen. "
            "Insgesamt waren 240 Feuerwehrleute im Einsatz. Das 4-geschossige "
            "Nachbarhaus wurde geräumt.", "de", "2025-04-14",
        ),
        _article(
            "b", "Das Feuer in Oberau war um 18.30 Uhr ausgebrochen. Aus dem Landkreis kamen "
            "allein 60 Feuerwehrleute. Das 5-geschossige Nachbarhaus wurde geräumt.",
            "de", "2025-04-15",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    claims = report.claims
    start_a, start_b = _claim(claims, "a", "17 Uhr"), _claim(claims, "b", "18.30 Uhr")
    assert start_a.event == start_b.event == "outbreak"  # a fire breaking out
    floors_a = _claim(claims, "a", "4-geschossige")
    floors_b = _claim(claims, "b", "5-geschossige")
    total, part = _claim(claims, "a", "240"), _claim(claims, "b", "60")
    pairs = _pairs(report)
    assert frozenset({start_a.id, start_b.id}) in pairs  # 16:50-17:10 against 18:30
    assert frozenset({floors_a.id, floors_b.id}) in pairs  # one house, told a day apart
    assert frozenset({total.id, part.id}) not in pairs  # all crews against one district's
    assert len(report.discrepancies) == 2


def test_a_quake_in_two_countries_in_english() -> None:
    """Totals over both countries, one country's figure, an area one side holds, a figure
    given as of now, a superseded one, and a real disagreement on one country's toll."""
    arts = [
        _article(
            "a", "Officials in Peru now count 2,410 dead from the March 3 earthquake. "
            "Across the border, Ecuador has confirmed 890 deaths, which puts the toll in "
            "both countries above 3,300, up from 1,950 reported last Thursday.",
            "en", "2025-03-14",
        ),
        _article(
            "b", "More than 3,300 people are now known to have died in the earthquake that "
            "struck Peru and Ecuador on March 3. In the government-held south of Ecuador, "
            "rescuers counted 420 dead. Ecuador's health ministry put the national toll "
            "at 1,310.",
            "en", "2025-03-14",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    claims = report.claims
    norland, sud_a = _claim(claims, "a", "2,410"), _claim(claims, "a", "890")
    both_a, old = _claim(claims, "a", "3,300"), _claim(claims, "a", "1,950")
    both_b, held = _claim(claims, "b", "3,300"), _claim(claims, "b", "420")
    sud_b = _claim(claims, "b", "1,310")
    # as of the article, not of the quake's day
    assert norland.time is not None and str(norland.time.start) == "2025-03-14"
    pairs = _pairs(report)
    assert frozenset({sud_a.id, sud_b.id}) in pairs  # 890 vs 1,310 for Ecuador, same day
    for other in (norland, sud_a, sud_b, held, old):
        assert frozenset({both_b.id, other.id}) not in pairs  # a total and its parts
    assert frozenset({held.id, sud_b.id}) not in pairs  # an area vs the whole country
    assert frozenset({old.id, both_b.id}) not in pairs  # the article's own history
    assert frozenset({both_a.id, both_b.id}) not in pairs  # the same figure
    assert len(report.discrepancies) == 1


def test_fan_zone_crowds_and_capacity_in_german() -> None:
    """Crowds of two days are two occasions; a capacity is set against a capacity; a crowd
    over a weekend is a running total."""
    arts = [
        _article(
            "a", "Vor dem Rathaus sollen etwa 40.000 Menschen Platz finden, heißt es bei "
            "den Veranstaltern.", "de", "2026-06-05",
        ),
        _article(
            "b", "Am Freitagabend feierten Tausende den Auftakt. Die Veranstalter zählten "
            "rund 35.000 Menschen in der Fanzone. Die Zone ist für maximal 20.000 Menschen "
            "ausgelegt.", "de", "2026-06-13",
        ),
        _article(
            "c", "Am Samstag kamen 45.000 Besucherinnen und Besucher in die Fanzone. Rund "
            "120.000 Menschen besuchten am ersten Wochenende die Fanzone.", "de",
            "2026-06-15",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    claims = report.claims
    cap_a, cap_b = _claim(claims, "a", "40.000"), _claim(claims, "b", "20.000")
    friday, saturday = _claim(claims, "b", "35.000"), _claim(claims, "c", "45.000")
    weekend = _claim(claims, "c", "120.000")
    assert cap_a.measure and cap_a.measure.concept == "capacity"
    pairs = _pairs(report)
    assert frozenset({cap_a.id, cap_b.id}) in pairs  # 40,000 vs at most 20,000
    assert frozenset({friday.id, saturday.id}) not in pairs  # two evenings
    assert frozenset({friday.id, weekend.id}) not in pairs  # a day and the weekend
    assert frozenset({cap_b.id, friday.id}) not in pairs  # a capacity is no crowd
    assert len(report.discrepancies) == 1


def test_a_protest_with_police_and_organisers_in_german() -> None:
    arts = [
        _article(
            "a", "In Marburg haben am Samstag nach Polizeiangaben rund 3.500 Menschen gegen "
            "die geplante Schließung der Kinderklinik demonstriert. Die Veranstalter "
            "sprachen von 8.000 Teilnehmern. Angemeldet waren 2.000. Der Zug startete "
            "gegen 11 Uhr am Bahnhof.", "de", "2025-05-10",
        ),
        _article(
            "b", "Laut Polizei demonstrierten etwa 5.000 Menschen in der Marburger Innenstadt, die "
            "Organisatoren zählten 8.000. Der Demonstrationszug setzte sich um 11.45 Uhr in "
            "Bewegung. Es gab zwei Festnahmen.", "de", "2025-05-11",
        ),
        _article(
            "c", "Bei der Demonstration vom Samstag wurden zwei Demonstranten festgenommen.",
            "de", "2025-05-12",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    police_a, police_b = _claim(report.claims, "a", "3.500"), _claim(report.claims, "b", "5.000")
    org_a, org_b = _claim(report.claims, "a", "8.000"), _claim(report.claims, "b", "8.000")
    registered = _claim(report.claims, "a", "2.000")
    arrests_b, arrests_c = _claim(report.claims, "b", "zwei"), _claim(report.claims, "c", "zwei")
    # a report, though its sentence names a planned closure
    assert police_a.modality.value != "planned" and registered.modality.value == "planned"
    # each clause keeps its own source
    assert [s.name for s in police_b.attribution.chain] == ["Polizei"]
    assert [s.name for s in org_b.attribution.chain] == ["Organisatoren"]
    pairs = _pairs(report)
    assert frozenset({police_a.id, police_b.id}) in pairs  # the police: 3,500 against 5,000
    assert frozenset({org_a.id, org_b.id}) not in pairs  # the organisers agree
    assert frozenset({arrests_b.id, arrests_c.id}) not in pairs  # two arrests, twice
    # the start of the march: about 11 against 11:45
    assert any(d.kind.value == "time_conflict" for d in report.discrepancies)


def test_a_storm_in_english() -> None:
    arts = [
        _article(
            "a", "A storm swept through Brackley County on Saturday, killing at least five "
            "people, officials said. The storm made landfall shortly before 10 p.m. on Friday. "
            "The county's emergency manager estimated damage at more than $90 million. "
            "Winds reached 80 mph.", "en", "2025-09-14",
        ),
        _article(
            "b", "The death toll from the storm in Brackley County has risen to seven, "
            "officials said on Monday. The storm came ashore around 8 p.m. Friday. Damage "
            "is now estimated at $120 million. Winds peaked at 100 mph.", "en", "2025-09-16",
        ),
    ]  # fmt: skip
    report = report_from(arts)
    toll_a, toll_b = _claim(report.claims, "a", "five"), _claim(report.claims, "b", "seven")
    dmg_a, dmg_b = _claim(report.claims, "a", "$90"), _claim(report.claims, "b", "$120")
    wind_a, wind_b = _claim(report.claims, "a", "80 mph"), _claim(report.claims, "b", "100 mph")
    pairs = _pairs(report)
    assert frozenset({toll_a.id, toll_b.id}) not in pairs  # the toll grew
    assert frozenset({dmg_a.id, dmg_b.id}) not in pairs  # the damage estimate grew
    assert frozenset({wind_a.id, wind_b.id}) in pairs  # one storm's top wind, twice
    landfall = [d for d in report.discrepancies if d.kind.value == "time_conflict"]
    assert landfall and "landfall" in landfall[0].explanation
