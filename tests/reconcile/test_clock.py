"""Clock times of one moment set against each other across articles."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report
from factcheck.report import report_from


def _report(texts: list[str], language: str = "en") -> Report:
    arts = [
        read_article(t, id=f"r{i}", language=language, published="2024-03-09")
        for i, t in enumerate(texts)
    ]
    return report_from(arts)


def _clock_findings(report: Report) -> list[str]:
    return [d.id for d in report.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]


def _clock_claims(report: Report) -> int:
    return sum(1 for c in report.claims if c.kind == "clock")


def test_two_times_for_one_collapse_conflict() -> None:
    r = _report(
        ["The old pier gave way shortly after 1:30 a.m.", "The pier came down around 2 a.m."]
    )
    assert _clock_claims(r) == 2
    assert len(_clock_findings(r)) == 1


def test_times_whose_hedges_touch_agree() -> None:
    r = _report(["The pier collapsed around 2 a.m.", "The pier collapsed at 2:05 a.m."])
    assert _clock_claims(r) == 2
    assert _clock_findings(r) == []


def test_two_moments_are_not_compared() -> None:
    r = _report(["The pier collapsed at 2 a.m.", "The rescue began at 4 a.m."])
    assert _clock_claims(r) == 2
    assert _clock_findings(r) == []


def test_an_impact_and_a_collision_are_one_moment() -> None:
    r = _report(
        [
            "The water taxi struck the side of the launch at 7:50 p.m.",
            "The authority said the collision occurred at 8:50 p.m.",
        ]
    )
    assert _clock_claims(r) == 2
    assert len(_clock_findings(r)) == 1


def test_a_local_time_and_a_utc_time_are_not_compared() -> None:
    """4:17 local and 01:17 GMT can be one moment: the place's zone decides."""
    r = _report(["The quake struck at 4:17 a.m. local time.", "The quake struck at 01:17 GMT."])
    assert _clock_claims(r) == 2
    assert _clock_findings(r) == []


def test_times_on_two_named_days_are_two_moments() -> None:
    r = _report(
        ["The mine collapsed at 2 a.m. on Monday.", "A shaft collapsed at 5 a.m. on Tuesday."]
    )
    assert _clock_claims(r) == 2
    assert _clock_findings(r) == []


def test_an_article_with_two_starts_tells_of_two_things() -> None:
    r = _report(
        [
            "The first fire broke out at 10:30 a.m., and a second fire began at 6:15 p.m.",
            "The fire began at 3 p.m.",
        ]
    )
    assert _clock_claims(r) == 3
    assert _clock_findings(r) == []


def test_an_article_with_two_starts_is_set_against_the_nearest_one_only() -> None:
    r = _report(
        [
            "The first fire broke out at 10:30 a.m., and a second fire began at 6:15 p.m.",
            "The fire began at 6:45 p.m.",
        ]
    )
    assert _clock_claims(r) == 3
    (d,) = [d for d in r.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]
    assert "18:15" in d.explanation and "18:45" in d.explanation
    assert "10:30" not in d.explanation


def test_german_start_times_conflict() -> None:
    r = _report(
        ["Der Konvoi startete um 7 Uhr.", "Um 7.30 Uhr setzte sich der Konvoi in Bewegung."],
        language="de",
    )
    assert _clock_claims(r) == 2
    (d,) = [d for d in r.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]
    assert "07:00" in d.explanation and "07:30" in d.explanation


def test_two_times_of_a_landfall_conflict() -> None:
    r = _report(["The storm made landfall around 4 a.m.", "The storm came ashore at 6:30 a.m."])
    assert _clock_claims(r) == 2
    (d,) = [d for d in r.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]
    assert "landfall" in d.explanation


def test_two_times_of_a_crash_conflict_de() -> None:
    r = _report(
        [
            "Der Unfall ereignete sich gegen 5.30 Uhr.",
            "Das Unglück geschah um 6.15 Uhr, der Bus verunglückte in einer Kurve.",
        ],
        language="de",
    )
    assert _clock_claims(r) == 2
    assert [d for d in r.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]


def test_two_clock_times_in_two_named_zones_are_no_finding() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    report = report_from(
        [
            read_article(
                "The problems began at 4:10 a.m. Eastern time, the airline said.",
                id="a",
                language="en",
                published="2025-06-19",
            ),
            read_article(
                "The outage began at 9:10 a.m. London time on Thursday.",
                id="b",
                language="en",
                published="2025-06-19",
            ),
        ]
    )
    assert [c.date.zone for c in report.claims if c.kind == "clock" and c.date] == [
        "US-Eastern",
        "UK",
    ]
    assert report.discrepancies == ()


def test_an_alarm_going_off_is_the_alarm_moment() -> None:
    r = _report(["The alarm went off at 3:47 a.m.", "The alarm sounded at 4:47 a.m."])
    assert _clock_claims(r) == 2
    assert len(_clock_findings(r)) == 1
    de = _report(
        [
            "Um 3.47 Uhr löste die Alarmanlage aus.",
            "Die Täter hatten um 4.47 Uhr die Alarmanlage ausgelöst.",
        ],
        language="de",
    )
    assert _clock_claims(de) == 2
    assert len(_clock_findings(de)) == 1


def test_the_echoed_time_finding_cites_the_statements_that_name_their_sources() -> None:
    """Two outlets repeat 3:47 (one naming the police), one gives 4:47: one finding, set
    between the named statement and the 4:47, the other 3:47 its echo."""
    r = _report(
        [
            "The alarm went off at 3:47 a.m.",
            "Police said the alarm went off at 3:47 a.m.",
            "The alarm went off at 4:47 a.m.",
        ]
    )
    (d,) = [x for x in r.discrepancies if x.kind is DiscrepancyKind.TIME_CONFLICT]
    named = {c.id for c in r.claims if c.kind == "clock" and c.article == "r1"}
    plain = {c.id for c in r.claims if c.kind == "clock" and c.article == "r0"}
    assert named <= set(d.claims) and set(d.echoes) == plain


def test_times_that_agree_against_one_other_time_are_one_finding() -> None:
    """ "um 17.50 Uhr" and "kurz vor 18 Uhr" agree; against "gegen 16.50 Uhr" they are one
    disagreement, set out with the most precise of the two times and the other its echo."""
    r = _report(
        [
            "Der Blitz schlug um 17.50 Uhr ein.",
            "Der Blitz schlug kurz vor 18 Uhr ein.",
            "Der Blitz war gegen 16.50 Uhr eingeschlagen.",
        ],
        language="de",
    )
    assert _clock_claims(r) == 3
    (finding,) = [d for d in r.discrepancies if d.kind is DiscrepancyKind.TIME_CONFLICT]
    quotes = {c.quote for c in r.claims if c.id in finding.claims}
    assert quotes == {"um 17.50 Uhr", "gegen 16.50 Uhr"}
    assert len(finding.echoes) == 1
