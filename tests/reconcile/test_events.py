"""Events placed or dated differently: containment, two cities, plan against report."""

from __future__ import annotations

from factcheck.models import DiscrepancyKind, Modality, ReasonCode, Severity
from factcheck.reconcile import reconcile
from factcheck.reconcile.events import (
    actor_block_keys,
    candidate_pairs,
    dates_differ,
    names_of,
    shared_actor,
)
from tests.reconcile._build import (
    KHABAROVSK,
    PYONGYANG,
    RUSSIA,
    VLADIVOSTOK,
    VOSTOCHNY,
    article,
    day,
    event,
    month,
    person,
    weekday,
)

PUTIN = person("Vladimir Putin")
PUTIN_DE = person("Wladimir Putin")
KIM = person("Kim Jong Un")
KIM_DE = person("Kim Jong-un")
LUKASHENKO = person("Alexander Lukashenko")
SEPT = month(2023, 9)
ARTS = [article("en", "2023-09-15"), article("de", "2023-09-16", language="de")]


def test_a_place_named_at_two_levels_is_no_conflict() -> None:
    broad = event("en", "meeting", (PUTIN, KIM), place=RUSSIA, time=SEPT)
    narrow = event("de", "meeting", (PUTIN_DE, KIM_DE), place=VOSTOCHNY, time=SEPT)
    assert reconcile([broad, narrow], articles=ARTS) == []


def test_two_cities_for_one_meeting_conflict() -> None:
    a = event("en", "meeting", (PUTIN, KIM), place=VLADIVOSTOK, time=SEPT)
    b = event("de", "meeting", (PUTIN_DE, KIM_DE), place=KHABAROVSK, time=SEPT)
    (d,) = reconcile([a, b], articles=ARTS)
    assert d.kind is DiscrepancyKind.PLACE_CONFLICT
    assert d.severity is Severity.MAJOR
    assert set(d.claims) == {a.id, b.id}
    assert '"Vladivostok"' in d.explanation and '"Khabarovsk"' in d.explanation
    assert "neither place contains the other" in d.explanation
    # one name per person, whatever the transliteration
    assert d.explanation.count("Putin") == 1


def test_an_article_naming_both_places_explains_them() -> None:
    a1 = event("en", "meeting", (PUTIN, KIM), place=VLADIVOSTOK, time=SEPT)
    a2 = event("en", "meeting", (PUTIN, KIM), place=VOSTOCHNY, time=SEPT)
    b = event("de", "meeting", (PUTIN_DE, KIM_DE), place=VOSTOCHNY, time=SEPT)
    assert reconcile([a1, a2, b], articles=ARTS) == []


def test_different_meetings_are_not_compared() -> None:
    with_kim = event("en", "meeting", (PUTIN, KIM), place=VLADIVOSTOK, time=SEPT)
    with_luka = event("de", "meeting", (PUTIN_DE, LUKASHENKO), place=KHABAROVSK, time=SEPT)
    assert not shared_actor(with_kim, with_luka)
    assert reconcile([with_kim, with_luka], articles=ARTS) == []


def test_meetings_at_different_times_are_not_compared() -> None:
    a = event("en", "meeting", (PUTIN, KIM), place=VLADIVOSTOK, time=SEPT)
    b = event("de", "meeting", (PUTIN_DE, KIM_DE), place=KHABAROVSK, time=month(2024, 6))
    assert reconcile([a, b], articles=ARTS) == []


def test_a_visit_spans_places_and_is_never_a_place_conflict() -> None:
    a = event("en", "visit", (PUTIN, KIM), place=VLADIVOSTOK, time=SEPT)
    b = event("de", "visit", (PUTIN_DE, KIM_DE), place=KHABAROVSK, time=SEPT)
    assert reconcile([a, b], articles=ARTS) == []


def test_will_arrive_on_wednesday_against_arrived_on_tuesday() -> None:
    arts = [article("plan", "2024-06-17"), article("report", "2024-06-19", language="de")]
    plan = event(
        "plan",
        "arrival",
        (PUTIN,),
        date=day("2024-06-19", weekday=2, phrase="on Wednesday"),
        location=PYONGYANG,
        modality=Modality.PLANNED,
    )
    report = event(
        "report",
        "arrival",
        (PUTIN_DE,),
        date=day("2024-06-18", weekday=1, phrase="am Dienstag"),
        location=PYONGYANG,
    )
    (d,) = reconcile([plan, report], articles=arts)
    assert d.kind is DiscrepancyKind.PLAN_VS_REPORT
    assert d.severity is Severity.MINOR
    assert ReasonCode.PLAN_VS_REPORT in {r.code for r in d.reasons}
    assert "planned for Wednesday" in d.explanation
    assert "reports it on Tuesday" in d.explanation


def test_two_reports_of_different_days_are_a_date_conflict() -> None:
    arts = [article("a", "2024-06-19"), article("b", "2024-06-20")]
    a = event("a", "arrival", (PUTIN,), date=day("2024-06-18", weekday=1), location=PYONGYANG)
    b = event("b", "arrival", (PUTIN_DE,), date=day("2024-06-19", weekday=2), location=PYONGYANG)
    (d,) = reconcile([a, b], articles=arts)
    assert d.kind is DiscrepancyKind.DATE_CONFLICT


def test_arrivals_weeks_apart_are_two_arrivals() -> None:
    arts = [article("a", "2024-06-19"), article("b", "2024-07-20")]
    a = event("a", "arrival", (PUTIN,), date=day("2024-06-18"), location=PYONGYANG)
    b = event("b", "arrival", (PUTIN_DE,), date=day("2024-07-19"), location=PYONGYANG)
    assert reconcile([a, b], articles=arts) == []


def test_weekdays_of_an_undated_article_may_conflict() -> None:
    arts = [article("a", "2024-06"), article("b")]
    a = event("a", "arrival", (PUTIN,), date=weekday(2, phrase="Mittwochabend"), location=PYONGYANG)
    b = event("b", "arrival", (PUTIN_DE,), date=weekday(1, phrase="Dienstag"), location=PYONGYANG)
    (d,) = reconcile([a, b], articles=arts)
    assert ReasonCode.DIFFERENT_AS_OF_DATES in {r.code for r in d.reasons}


def test_dates_differ() -> None:
    assert dates_differ(weekday(1), weekday(2))
    assert not dates_differ(weekday(1), weekday(1))
    assert dates_differ(day("2024-06-18"), day("2024-06-19"))
    assert not dates_differ(day("2024-06-18"), day("2024-08-19"))


def test_blocking_keys_survive_transliteration() -> None:
    assert actor_block_keys("Wladimir Putin") & actor_block_keys("Vladimir Putin")
    assert actor_block_keys("Kim Jong-un") & actor_block_keys("Kim Dschong Un")
    assert names_of([event("x", "meeting", (PUTIN, KIM)), event("y", "meeting", (PUTIN_DE,))]) == (
        "Kim Jong Un and Vladimir Putin"
    )


def test_event_candidate_pairs_stay_near_linear() -> None:
    # many meetings of one person over a year: only meetings of overlapping days pair up
    import datetime as dt

    claims = []
    for i in range(365):
        d = (dt.date(2023, 1, 1) + dt.timedelta(days=i)).isoformat()
        claims.append(event(f"a{i}", "meeting", (PUTIN,), place=VLADIVOSTOK, time=day(d)))
    pairs = list(candidate_pairs(claims, lambda c: c.time))
    assert pairs == []
    pairs = list(candidate_pairs(claims, lambda c: c.time, slack_days=2))
    assert len(pairs) == 364 + 363
