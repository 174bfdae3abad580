"""German time words, and German sentences through the time engine."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.time import find_times
from factcheck.lang import get_language
from factcheck.models import DatePrecision, PartOfDay, PublishedDate, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED

D = dt.date
DAY, MONTH, YEAR, DECADE = (
    DatePrecision.DAY,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.DECADE,
)
POINT, SINCE, UNTIL, PERIOD = TimeKind.POINT, TimeKind.SINCE, TimeKind.UNTIL, TimeKind.PERIOD
JUNE_2024 = PublishedDate(date=D(2024, 6, 1), precision=DatePrecision.MONTH)
WED_19_JUNE = PublishedDate(date=D(2024, 6, 19), precision=DatePrecision.DAY)
UNKNOWN = PublishedDate()
data = get_language("de").time


def times(text: str, published: PublishedDate = JUNE_2024, **kw: object) -> list[TimeRef]:
    return [m.time for m in find_times(text, "de", published, **kw)]  # type: ignore[arg-type]


def only(text: str, published: PublishedDate = JUNE_2024, **kw: object) -> TimeRef:
    found = times(text, published, **kw)
    assert len(found) == 1, [t.phrase for t in found]
    return found[0]


# ------------------------------------------------------------------------ data


def test_month_and_weekday_tables_are_complete() -> None:
    assert set(data.MONTHS.values()) == set(range(1, 13))
    assert set(data.MONTH_ABBREVIATIONS.values()) <= set(range(1, 13))
    assert set(data.WEEKDAYS.values()) == set(range(7))


def test_keys_are_lower_case() -> None:
    for table in (data.MONTHS, data.WEEKDAYS, data.UNITS, data.RELATIVE_DAYS, data.PREPOSITIONS):
        assert all(k == k.lower() for k in table)


def test_same_names_as_english() -> None:
    en = get_language("en").time
    names = {n for n in vars(data) if n.isupper()}
    assert names == {n for n in vars(en) if n.isupper()}


# -------------------------------------------------------------- absolute forms

ABSOLUTE_CASES = [
    (
        "Der Vertrag wurde am 28. Juni 2024 unterzeichnet.",
        "am 28. Juni 2024",
        D(2024, 6, 28),
        D(2024, 6, 28),
        DAY,
    ),
    ("Die Frist lief am 19.06.2024 ab.", "am 19.06.2024", D(2024, 6, 19), D(2024, 6, 19), DAY),
    ("Stand: 01.02.24, vorläufig.", "01.02.24", D(2024, 2, 1), D(2024, 2, 1), DAY),
    ("Veröffentlicht 2024-06-28 um acht.", "2024-06-28", D(2024, 6, 28), D(2024, 6, 28), DAY),
    (
        "Der Gipfel fand im September 2023 statt.",
        "im September 2023",
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "September 2023 war er in Wladiwostok.",
        "September 2023",
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    ("Das Werk wurde im Jahr 2000 gebaut.", "im Jahr 2000", D(2000, 1, 1), D(2000, 12, 31), YEAR),
    ("Der Bericht (2020) ist alt.", "2020", D(2020, 1, 1), D(2020, 12, 31), YEAR),
    ("Er kam. 2023 besuchte Kim Russland.", "2023", D(2023, 1, 1), D(2023, 12, 31), YEAR),
    ("Das Amt hatte 2016 gewarnt, es werde teurer.", "2016", D(2016, 1, 1), D(2016, 12, 31), YEAR),
    # a count in words after it: the year is none
    ("Dort waren 2019 elf Menschen verletzt worden.", "2019", D(2019, 1, 1), D(2019, 12, 31), YEAR),
    # a preposition after it that joins no period
    (
        "Das Bad war 2019 für 4,6 Millionen Euro saniert worden.",
        "2019",
        D(2019, 1, 1),
        D(2019, 12, 31),
        YEAR,
    ),
    (
        "Das Bad war zuletzt 2019 saniert worden.",
        "zuletzt 2019",
        D(2019, 1, 1),
        D(2019, 12, 31),
        YEAR,
    ),
    ("Nur 64 Prozent kamen 2023 pünktlich an.", "2023", D(2023, 1, 1), D(2023, 12, 31), YEAR),
    ("Ende 2023 sank die Zahl.", "Ende 2023", D(2023, 7, 1), D(2023, 12, 31), YEAR),
    ("Anfang Juni 2024 begann es.", "Anfang Juni 2024", D(2024, 6, 1), D(2024, 6, 15), MONTH),
    ("Mitte Juni 2024 endete es.", "Mitte Juni 2024", D(2024, 6, 8), D(2024, 6, 23), MONTH),
    (
        "In den 1990er Jahren lag das Werk still.",
        "In den 1990er Jahren",
        D(1990, 1, 1),
        D(1999, 12, 31),
        DECADE,
    ),
    (
        "Ende der 1980er-Jahre zerfiel es.",
        "Ende der 1980er-Jahre",
        D(1985, 1, 1),
        D(1989, 12, 31),
        DECADE,
    ),
    (
        "Am Mittwoch, den 19. Juni 2024 landete er.",
        "Am Mittwoch, den 19. Juni 2024",
        D(2024, 6, 19),
        D(2024, 6, 19),
        DAY,
    ),
    (
        "Bis zum 9. Sept. 2024 wird geprüft.",
        "Bis zum 9. Sept. 2024",
        D(2024, 9, 9),
        D(2024, 9, 9),
        DAY,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "start", "end", "precision"), ABSOLUTE_CASES)
def test_absolute_dates_need_no_publication_date(
    text: str, phrase: str, start: dt.date, end: dt.date, precision: DatePrecision
) -> None:
    ref = only(text, UNKNOWN)
    assert (ref.phrase, ref.start, ref.end, ref.precision) == (phrase, start, end, precision)
    assert ref.resolved_against == ABSOLUTE


def test_weekday_before_a_date_is_kept() -> None:
    assert only("Am Mittwoch, den 19. Juni 2024 landete er.", UNKNOWN).weekday == 2


@pytest.mark.parametrize(
    "text",
    [
        "2000 Soldaten wurden verlegt.",
        "Er verlegte 2000 Soldaten.",
        "Es kostete 2.000 Euro.",
        "Zwischen 20 und 30 Grenzsoldaten kamen.",
        "Bis zu 4,8 Millionen Granaten wurden geliefert.",
        "Der Morgen war kalt.",
        "Kim war im Kosmodrom.",
        "Von 1500 bis 2000 Soldaten wurden verlegt.",
        "Es kamen 1500 bis 2000 Soldaten.",
        "Zwischen 1000 und 2000 Menschen demonstrierten.",
        "Kapitel 2.1. beschreibt das Verfahren.",
        # after an auxiliary: a noun phrase or a round count follows
        "Der Verein hatte 2016 neue Mitglieder.",
        "Der Verein hatte 2016 Mitglieder.",
        "Die Polizei hatte 2000 gezählt.",
        "In Berlin kamen 2016 Menschen zusammen.",
        "Es waren 1500 bis 2000 gekommen.",
    ],
)
def test_numbers_and_words_that_are_not_times(text: str) -> None:
    assert times(text) == []


# -------------------------------------------------- relative to publication

RELATIVE_CASES = [
    (
        "Ein Zwischenfall soll sich am 9. Juni ereignet haben.",
        "am 9. Juni",
        POINT,
        D(2024, 6, 9),
        D(2024, 6, 9),
        DAY,
    ),
    (
        "Das Manöver läuft bis zum 28. Juni.",
        "bis zum 28. Juni",
        UNTIL,
        D(2024, 6, 28),
        D(2024, 6, 28),
        DAY,
    ),
    (
        "Seit September liefert das Land Container.",
        "Seit September",
        SINCE,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "Kim war im letzten September in Russland.",
        "im letzten September",
        POINT,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "Im vergangenen September traf man sich.",
        "Im vergangenen September",
        POINT,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    ("Im März stimmte Russland dagegen.", "Im März", POINT, D(2024, 3, 1), D(2024, 3, 31), MONTH),
    (
        "Im vergangenen Monat stieg der Preis.",
        "Im vergangenen Monat",
        POINT,
        D(2024, 5, 1),
        D(2024, 5, 31),
        MONTH,
    ),
    (
        "Im vergangenen Jahr stieg der Preis.",
        "Im vergangenen Jahr",
        POINT,
        D(2023, 1, 1),
        D(2023, 12, 31),
        YEAR,
    ),
    ("Letztes Jahr stieg der Preis.", "Letztes Jahr", POINT, D(2023, 1, 1), D(2023, 12, 31), YEAR),
    ("In diesem Jahr sinkt er.", "In diesem Jahr", POINT, D(2024, 1, 1), D(2024, 12, 31), YEAR),
    (
        "Im September letzten Jahres kam er.",
        "Im September letzten Jahres",
        POINT,
        D(2023, 9, 1),
        D(2023, 9, 30),
        MONTH,
    ),
    (
        "Ende vergangenen Jahres sank er.",
        "Ende vergangenen Jahres",
        POINT,
        D(2023, 7, 1),
        D(2023, 12, 31),
        YEAR,
    ),
    (
        "Vor 24 Jahren war er zuletzt dort.",
        "Vor 24 Jahren",
        POINT,
        D(2000, 6, 1),
        D(2000, 6, 30),
        YEAR,
    ),
    (
        "Es ist der erste Besuch seit 24 Jahren.",
        "seit 24 Jahren",
        SINCE,
        D(2000, 6, 1),
        D(2000, 6, 30),
        YEAR,
    ),
    (
        "Vor einem Jahr war das anders.",
        "Vor einem Jahr",
        POINT,
        D(2023, 6, 1),
        D(2023, 6, 30),
        YEAR,
    ),
    (
        "In den vergangenen zwei Jahren wuchs es.",
        "In den vergangenen zwei Jahren",
        PERIOD,
        D(2022, 6, 1),
        D(2024, 6, 30),
        YEAR,
    ),
    (
        "Seit dem Jahr 2000 war er nicht dort.",
        "Seit dem Jahr 2000",
        SINCE,
        D(2000, 1, 1),
        D(2000, 12, 31),
        YEAR,
    ),
    ("Er ist seit 2002 im Amt.", "seit 2002", SINCE, D(2002, 1, 1), D(2002, 12, 31), YEAR),
    ("Anfang Juni begann die Übung.", "Anfang Juni", POINT, D(2024, 6, 1), D(2024, 6, 15), MONTH),
    (
        "Bis Ende Juni soll es dauern.",
        "Bis Ende Juni",
        UNTIL,
        D(2024, 6, 16),
        D(2024, 6, 30),
        MONTH,
    ),
    (
        "Vom 3. bis 5. Mai tagte der Rat.",
        "Vom 3. bis 5. Mai",
        PERIOD,
        D(2024, 5, 3),
        D(2024, 5, 5),
        DAY,
    ),
    (
        "Zwischen dem 3. und 5. Mai tagte er.",
        "Zwischen dem 3. und 5. Mai",
        PERIOD,
        D(2024, 5, 3),
        D(2024, 5, 5),
        DAY,
    ),
    (
        "Vom 20. Dezember bis 5. Januar 2024 ruhte es.",
        "Vom 20. Dezember bis 5. Januar 2024",
        PERIOD,
        D(2023, 12, 20),
        D(2024, 1, 5),
        DAY,
    ),
    (
        "Die Messe läuft 19.-21. Juni 2024.",
        "19.-21. Juni 2024",
        PERIOD,
        D(2024, 6, 19),
        D(2024, 6, 21),
        DAY,
    ),
    (
        "Von 2000 bis 2004 regierte er.",
        "Von 2000 bis 2004",
        PERIOD,
        D(2000, 1, 1),
        D(2004, 12, 31),
        YEAR,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "kind", "start", "end", "precision"), RELATIVE_CASES)
def test_relative_to_a_month_precision_publication(
    text: str, phrase: str, kind: TimeKind, start: dt.date, end: dt.date, precision: DatePrecision
) -> None:
    ref = only(text, direction="past")
    assert (ref.phrase, ref.kind, ref.start, ref.end, ref.precision) == (
        phrase,
        kind,
        start,
        end,
        precision,
    )


def test_years_ago_is_kept() -> None:
    assert only("seit 24 Jahren").years_ago == 24
    assert only("vor zwei Jahren").years_ago == 2
    assert only("vor fünfzehn Jahren").years_ago == 15  # a teen in words
    assert only("seit 24 Jahren", UNKNOWN).years_ago == 24


@pytest.mark.parametrize(
    ("text", "weekday", "part"),
    [
        ("Am Mittwoch kam es zu Spannungen.", 2, None),
        ("Er traf Mittwochabend in Pjöngjang ein.", 2, PartOfDay.EVENING),
        ("Er ist am Dienstagabend eingetroffen.", 1, PartOfDay.EVENING),
        ("Am Freitagmorgen begann es.", 4, PartOfDay.MORNING),
        ("Am Samstagnachmittag endete es.", 5, PartOfDay.AFTERNOON),
        ("In der Nacht zum Sonntag brannte es.", 6, PartOfDay.NIGHT),
        ("Am Montag Abend sprach er.", 0, PartOfDay.EVENING),
        ("Am vergangenen Donnerstag sprach er.", 3, None),
    ],
)
def test_weekdays_and_parts_of_day(text: str, weekday: int, part: PartOfDay | None) -> None:
    ref = only(text, direction="past")
    assert (ref.weekday, ref.part_of_day, ref.precision) == (weekday, part, DAY)
    assert ref.start is not None and ref.start.weekday() == weekday
    assert ref.resolved_against == "2024-06"
    unresolved = only(text, UNKNOWN)
    assert (unresolved.weekday, unresolved.part_of_day) == (weekday, part)
    assert unresolved.resolved_against == UNRESOLVED


def test_habitual_weekday_is_not_a_time() -> None:
    assert times("Er kommt mittwochs und Mittwochs.") == []


@pytest.mark.parametrize(
    ("text", "start", "part"),
    [
        ("Heute beginnt der Besuch.", D(2024, 6, 19), None),
        ("Gestern kam er an.", D(2024, 6, 18), None),
        ("Gestern Abend kam er an.", D(2024, 6, 18), PartOfDay.EVENING),
        ("Vorgestern kam er an.", D(2024, 6, 17), None),
        ("Er reist morgen weiter.", D(2024, 6, 20), None),
        ("Er reist morgen früh weiter.", D(2024, 6, 20), PartOfDay.MORNING),
        ("Er reist übermorgen weiter.", D(2024, 6, 21), None),
    ],
)
def test_relative_days_with_a_day_precision_publication(
    text: str, start: dt.date, part: PartOfDay | None
) -> None:
    ref = only(text, WED_19_JUNE)
    assert (ref.start, ref.end, ref.part_of_day) == (start, start, part)
    assert ref.resolved_against == "2024-06-19"


def test_relative_day_with_a_month_precision_publication_spans_the_month() -> None:
    ref = only("Gestern kam er an.")
    assert (ref.start, ref.end, ref.precision) == (D(2024, 5, 31), D(2024, 6, 29), DAY)


def test_in_two_weeks_is_after_publication() -> None:
    ref = only("In zwei Wochen wird gewählt.", WED_19_JUNE, direction="future")
    assert ref.start == ref.end == D(2024, 7, 3)


def test_week_words() -> None:
    ref = only("In der vergangenen Woche stieg er.", WED_19_JUNE)
    assert (ref.start, ref.end) == (D(2024, 6, 10), D(2024, 6, 16))


# ------------------------------------------------------- relative to an anchor

ANCHOR = TimeRef(start=D(2023, 9, 15), end=D(2023, 9, 15), precision=DAY, resolved_against=ABSOLUTE)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zwei Tage zuvor hatte er Kim getroffen.", D(2023, 9, 13)),
        ("Zwei Tage später reiste er ab.", D(2023, 9, 17)),
        ("Drei Wochen danach kam die Antwort.", D(2023, 10, 6)),
        ("Am Tag darauf reiste er ab.", D(2023, 9, 16)),
        ("Tags darauf reiste er ab.", D(2023, 9, 16)),
        ("Tags zuvor war er angekommen.", D(2023, 9, 14)),
        ("Am Vortag war er angekommen.", D(2023, 9, 14)),
        ("Am selben Tag sprach Peskow.", D(2023, 9, 15)),
    ],
)
def test_anchor_relative(text: str, day: dt.date) -> None:
    ref = only(text, anchor=ANCHOR)
    assert ref.start == ref.end == day
    assert ref.resolved_against == "anchor 2023-09-15"
    assert only(text).resolved_against == UNRESOLVED


def test_year_after_the_anchor_is_the_whole_year() -> None:
    ref = only("Im Jahr darauf kam er wieder.", anchor=ANCHOR)
    assert (ref.start, ref.end, ref.precision) == (D(2024, 1, 1), D(2024, 12, 31), YEAR)


# --------------------------------------------------------------- a news text


def test_a_whole_paragraph() -> None:
    text = (
        "Der Präsident traf am Dienstagabend ein. Am Mittwoch begannen die Gespräche, "
        "die bis zum 28. Juni dauern sollen. Es ist sein erster Besuch seit 24 Jahren; "
        "zuletzt war er im Sommer 2000 hier, 2000 Soldaten standen Spalier."
    )
    found = times(text, direction="past")
    assert [t.phrase for t in found] == [
        "am Dienstagabend",
        "Am Mittwoch",
        "bis zum 28. Juni",
        "seit 24 Jahren",
        "im Sommer 2000",
    ]


def test_plural_units_are_not_last_year() -> None:
    assert times("In den letzten Jahren und in den kommenden Wochen wuchs es.") == []


def test_seasons_with_a_relation_word() -> None:
    assert only("Im vergangenen Winter starben dort 14 Menschen.").phrase == "Im vergangenen Winter"
    summer = only("Im kommenden Sommer soll die Brücke fertig sein.")
    assert (summer.start, summer.end) == (D(2025, 6, 1), D(2025, 8, 31))
    autumn = only("In diesem Herbst gab es 86 Fälle.")
    assert (autumn.start, autumn.end) == (D(2024, 9, 1), D(2024, 11, 30))


def test_half_years() -> None:
    first = only("Im ersten Halbjahr 2023 sank der Absatz.", UNKNOWN)
    assert (first.start, first.end) == (D(2023, 1, 1), D(2023, 6, 30))
    second = only("In der zweiten Jahreshälfte soll er steigen.")
    assert (second.start, second.end) == (D(2024, 7, 1), D(2024, 12, 31))


def test_weekday_in_a_name_is_not_a_time() -> None:
    assert [
        t.phrase for t in times("Am Schwarzen Freitag fielen die Kurse, am Freitag nicht.")
    ] == ["am Freitag"]


def test_periods_of_years_and_numeric_days() -> None:
    assert only("Zwischen 2000 und 2004 regierte er.", UNKNOWN).phrase == "Zwischen 2000 und 2004"
    years = only("In den Jahren 2020 bis 2022 wuchs der Markt.", UNKNOWN)
    assert (years.start, years.end, years.kind) == (D(2020, 1, 1), D(2022, 12, 31), PERIOD)
    days = only("Vom 3.6. bis 5.6. tagte der Rat.")
    assert (days.start, days.end) == (D(2024, 6, 3), D(2024, 6, 5))
    assert only("Kürzlich, am 3.6., gab es Streit.").start == D(2024, 6, 3)
    assert only("Nach dem 7. Oktober 2023 änderte sich alles.").phrase == "7. Oktober 2023"
