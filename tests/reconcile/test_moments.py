"""The days of a story's moments, as two articles date them."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.models import DiscrepancyKind, Report, Severity
from factcheck.report import report_from


def _report(a: str, b: str, lang: str, published: str = "2025-03-12") -> Report:
    return report_from(
        [
            read_article(a, id="a", language=lang, published=published),
            read_article(b, id="b", language=lang, published=published),
        ]
    )


def _moments(report: Report) -> list[str | None]:
    return [c.event for c in report.claims if c.kind == "date"]


def test_two_days_of_one_collapse_are_a_finding_en() -> None:
    report = _report(
        "The dam collapsed on Tuesday, officials said.",
        "The dam collapsed on Wednesday, officials said.",
        "en",
    )
    assert _moments(report) == ["collapse", "collapse"]
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT and d.severity is Severity.MINOR
    assert "2025-03-11" in d.explanation and "2025-03-12" in d.explanation
    assert "time zone" in d.explanation  # two neighbouring days


def test_days_far_apart_are_major_de() -> None:
    report = _report(
        "Die Brücke stürzte am 3. März ein.", "Die Brücke stürzte am 6. März ein.", "de"
    )
    assert _moments(report) == ["collapse", "collapse"]
    (d,) = report.discrepancies
    assert d.severity is Severity.MAJOR


def test_a_morning_against_an_evening_of_one_day_is_minor_en() -> None:
    report = _report(
        "The train derailed on Saturday morning.",
        "The train derailed on Saturday evening.",
        "en",
        published="2025-03-09",
    )
    assert _moments(report) == ["derailment", "derailment"]
    (d,) = report.discrepancies
    assert d.severity is Severity.MINOR


def test_days_that_may_meet_are_no_finding() -> None:
    """A late evening and the next day; a night and the evening before it; one day."""
    pairs = [
        ("The train derailed on Saturday evening.", "The train derailed on Sunday."),
        ("The boat capsized on Sunday night.", "The boat capsized on Sunday evening."),
        ("The bridge collapsed on Saturday.", "The bridge collapsed on Saturday afternoon."),
    ]
    for a, b in pairs:
        report = _report(a, b, "en", published="2025-03-10")
        assert all(_moments(report)), [c.quote for c in report.claims]
        assert report.discrepancies == ()


def test_an_article_with_two_days_of_one_moment_is_not_compared() -> None:
    """It tells of two derailments (an earlier one on the line)."""
    report = _report(
        "Der Zug entgleiste am 8. März. Schon am 2. März war dort ein Zug entgleist.",
        "Der Zug entgleiste am 9. März.",
        "de",
    )
    assert _moments(report).count("derailment") == 3
    assert report.discrepancies == ()


def test_began_says_not_what_began() -> None:
    report = _report("The search began on Tuesday.", "The trial began on Wednesday.", "en")
    assert report.discrepancies == ()


def test_moments_of_two_things_are_not_compared() -> None:
    """A mine and a shaft: two collapses; a moment whose subject is not read: no claim."""
    report = _report(
        "The mine collapsed on Monday.", "A shaft collapsed on Thursday.", "en", "2025-03-14"
    )
    assert _moments(report) == ["collapse", "collapse"]
    assert report.discrepancies == ()


def test_a_compound_names_the_same_thing_de() -> None:
    report = _report(
        "Am 3. März entgleiste ein Regionalzug bei Hausen.",
        "Der Zug entgleiste am 6. März bei Hausen.",
        "de",
    )
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects == [("regionalzug",), ("zug",)]
    (d,) = report.discrepancies
    assert d.severity is Severity.MAJOR


def test_the_subject_is_the_noun_after_a_determiner_or_the_head_before_the_verb() -> None:
    report = _report(
        "Der Bus war am Freitag gegen 15.30 Uhr von der B 12 abgekommen.",
        "Der Reisebus kam am Freitag von der Straße ab.",
        "de",
    )
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects[0] == ("bus",)  # not the road's letter
    english = _report("A passenger train derailed on Friday.", "The train derailed.", "en")
    (dated,) = [c for c in english.claims if c.kind == "date"]
    assert dated.measure is not None and dated.measure.content == ("train",)


def test_the_first_reports_of_one_thing_are_one_moment_de() -> None:
    """The first word and the report word may lie apart, the day between them."""
    report = _report(
        "Laut Forstamt gingen die ersten Meldungen über kranke Eichen am 3. März ein.",
        "Die ersten auffällig kahlen und bald darauf kranken Eichen hatten Waldbesitzer am "
        "6. März gemeldet.",
        "de",
    )
    assert _moments(report) == ["first_report", "first_report"]
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert len(subjects) == 2 and subjects[0] == subjects[1] == (subjects[0][0],)
    assert subjects[0][0].startswith("eiche")  # the oaks, not the reports
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT and d.severity is Severity.MAJOR


def test_the_first_reports_of_two_things_are_not_compared_en() -> None:
    report = _report(
        "The first reports of dead birds came in on March 3, the agency said.",
        "The first dead birds were reported on March 3.",
        "en",
    )
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects == [("bird",), ("bird",)]
    assert report.discrepancies == ()  # one day
    other = _report(
        "The first dead birds were reported on March 3.",
        "The first sick cattle were reported on March 6.",
        "en",
    )
    assert _moments(other) == ["first_report", "first_report"]
    assert other.discrepancies == ()  # birds and cattle


def test_a_first_time_or_a_date_of_another_moment_is_no_first_report() -> None:
    report = _report(
        "For the first time, officials reported flooding on Monday.",
        "They were the first deaths reported since the dam broke on Tuesday.",
        "en",
    )
    assert all(c.event != "first_report" for c in report.claims)


def test_the_year_a_thing_opened_is_a_moment_and_a_relative_clause_names_the_thing() -> None:
    report = _report(
        "The plant, which opened in 1987, employs about 240 people.",
        "The plant employs roughly 250 workers and opened in 1989.",
        "en",
    )
    assert _moments(report) == ["opening", "opening"]
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects == [("plant",), ("plant",)]
    (d,) = report.discrepancies
    assert d.severity is Severity.MAJOR and "1987" in d.explanation
    german = _report("Das Museum wurde 1998 eröffnet.", "Das Museum wurde 1998 eröffnet.", "de")
    assert _moments(german) == ["opening", "opening"] and german.discrepancies == ()
    built = _report("Die Halle war 1974 errichtet worden.", "Die Halle wurde 1984 errichtet.", "de")
    assert _moments(built) == ["opening", "opening"] and len(built.discrepancies) == 1
    # a participle set off before or after its noun: "Built in 1986, the bridge"
    built = _report(
        "The steel truss bridge, built in 1968, carries about 31,000 vehicles a day.",
        "Built in 1986, the 378-metre steel truss bridge was one of several hundred of its type.",
        "en",
    )
    assert _moments(built) == ["opening", "opening"] and len(built.discrepancies) == 1


def _three(a: str, b: str, c: str, lang: str) -> Report:
    return report_from(
        [
            read_article(text, id=i, language=lang, published="2026-07-11")
            for i, text in zip("abc", (a, b, c), strict=True)
        ]
    )


def test_a_moment_whose_subject_is_not_read_meets_the_one_thing_the_story_names_de() -> None:
    report = _three(
        "Der Turmhelm war am Mittwoch, 8. Juli, während der Sanierung eingestürzt.",
        "Beim Einsturz am 9. Juli war ein Gerüstbauer ums Leben gekommen.",
        "Die Feuerwehr war schnell vor Ort.",
        "de",
    )
    assert [c.measure.content for c in report.claims if c.measure and c.kind == "date"] == [
        ("turmhelm",),
        (),
    ]
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT


def test_a_moment_whose_subject_is_not_read_is_left_alone_beside_two_things_en() -> None:
    report = _three(
        "The mine collapsed on Tuesday.",
        "A shaft collapsed on Wednesday.",
        "Two men died in the collapse on Thursday.",
        "en",
    )
    assert _moments(report) == ["collapse", "collapse", "collapse"]
    assert report.discrepancies == ()


def test_a_moment_whose_subject_is_not_read_is_left_alone_years_away_de() -> None:
    report = _three(
        "Das Silo explodierte am Dienstag.",
        "Zuletzt waren 2017 bei einer Explosion drei Arbeiter verletzt worden.",
        "Die Feuerwehr war schnell vor Ort.",
        "de",
    )
    assert report.discrepancies == ()


def test_a_vessel_that_sank_is_dated_as_a_capsizing_en() -> None:
    report = _report(
        "The ferry sank on Friday, July 10, near the landing.",
        "The ferry capsized on Thursday, July 9, near the landing.",
        "en",
        published="2026-07-12",
    )
    assert _moments(report) == ["capsize", "capsize"]
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT


def test_two_days_several_reports_repeat_are_one_finding_en() -> None:
    """Two reports date the discovery to Oct. 29, a third to Oct. 19: one finding, between
    the first report of each day, the other its echo."""
    report = report_from(
        [
            read_article(text, id=name, language="en", published=day)
            for name, day, text in [
                ("a", "2026-09-15", "The company discovered the intrusion on Oct. 29, 2025."),
                ("b", "2026-09-16", "The company discovered the intrusion on Oct. 29, 2025."),
                ("c", "2026-09-16", "The company first detected the intrusion on Oct. 19, 2025."),
            ]
        ]
    )
    (d,) = report.discrepancies
    by_id = {c.id: c.article for c in report.claims}
    assert d.kind is DiscrepancyKind.TIME_CONFLICT
    assert sorted(by_id[x] for x in d.claims) == ["a", "c"]
    assert [by_id[x] for x in d.echoes] == ["b"]


def test_one_explosion_whose_subject_no_article_reads_is_one_finding_de() -> None:
    """No article reads what exploded: the story tells of one explosion, and days within a
    week are compared; the date written out is the finding, the weekday its echo; the
    family's plan does not make the explosion's day a plan."""
    report = report_from(
        [
            read_article(text, id=name, language="de", published=day)
            for name, day, text in [
                ("a", "2026-05-09", "Bei einer Gasexplosion am Samstagmorgen gab es Verletzte."),
                ("b", "2026-05-10", "Die Explosion hatte sich am Morgen des 9. Mai ereignet."),
                (
                    "d",
                    "2026-05-11",
                    "Nach der Gasexplosion vom 8. Mai will die Familie weitermachen.",
                ),
            ]
        ]
    )
    (d,) = report.discrepancies
    by_id = {c.id: c.article for c in report.claims}
    assert sorted(by_id[x] for x in d.claims) == ["b", "d"]
    assert [by_id[x] for x in d.echoes] == ["a"]


def test_an_accident_named_without_its_kind_is_dated_as_the_kind_its_article_names_de() -> None:
    """ "Bei dem Unfall am 2. Mai" dates the derailment its article names first."""
    report = _report(
        "Der Zug war am Sonntag, 3. Mai, entgleist.",
        "Die Museumsbahn entgleiste in einer Kurve. Bei dem Unfall am 2. Mai wurden 26 "
        "Menschen verletzt.",
        "de",
        published="2026-05-06",
    )
    assert _moments(report) == ["derailment", "derailment"]
    (d,) = report.discrepancies
    assert d.kind is DiscrepancyKind.TIME_CONFLICT


def test_a_participle_before_a_noun_is_no_moment_and_an_adjective_no_subject_de() -> None:
    """ "die beiden *entgleisten* Wagen" tells of wagons, not of the derailment's day; "der
    *erste* Zug" befell the train, not "erste"."""
    report = _report(
        "Die beiden entgleisten Wagen wurden am Dienstag geborgen.",
        "Am Sonntag entgleiste der erste Zug des Tages.",
        "de",
    )
    moments = {c.quote: c for c in report.claims if c.kind == "date"}
    assert moments["am Dienstag"].event is None
    sunday = moments["Am Sonntag"]
    assert sunday.event == "derailment"
    assert sunday.measure is not None and sunday.measure.content == ("zug",)


def test_a_size_glued_to_its_unit_and_a_verb_after_the_noun_leave_the_subject_en() -> None:
    """ "The 640-metre viaduct opened": the viaduct's opening; "Opened in 1968, the viaduct
    carries": the viaduct's, not a noun ending in the verb."""
    report = _report(
        "The 640-metre viaduct opened in 1972 and carries about 85,000 vehicles a day.",
        "Opened in 1968, the viaduct carries 58,000 vehicles a day.",
        "en",
        published="2026-05-13",
    )
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects == [("viaduct",), ("viaduct",)]


def test_an_english_participle_before_a_noun_is_an_adjective_of_the_subject() -> None:
    """ "The rented section of the stand collapsed": the section's collapse, not "rent"'s."""
    report = _report(
        "The rented section of the stand collapsed on Saturday.",
        "The section collapsed on Sunday.",
        "en",
        published="2026-08-17",
    )
    subjects = [c.measure.content for c in report.claims if c.kind == "date" and c.measure]
    assert subjects == [("section",), ("section",)]
    assert len(report.discrepancies) == 1
