"""The time engine: offsets, overlap, resolution rules, and properties on any text.

German and English example sentences for every form are in tests/lang/de/test_time.py
and tests/lang/en/test_time.py; this file tests what holds for every language.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import UnknownNameError
from factcheck.extract.time import Tense, find_times
from factcheck.models import DatePrecision, PublishedDate, TimeKind, TimeRef
from factcheck.models.time import ABSOLUTE, UNRESOLVED
from tests.strategies import dates, published_dates

D = dt.date
JUNE_2024 = PublishedDate(date=D(2024, 6, 1), precision=DatePrecision.MONTH)
WED_19_JUNE = PublishedDate(date=D(2024, 6, 19), precision=DatePrecision.DAY)
YEAR_2024 = PublishedDate(date=D(2024, 1, 1), precision=DatePrecision.YEAR)
UNKNOWN = PublishedDate()


def only(
    text: str, lang: str = "de", published: PublishedDate = JUNE_2024, **kw: object
) -> TimeRef:
    matches = find_times(text, lang, published, **kw)  # type: ignore[arg-type]
    assert len(matches) == 1, [m.time.phrase for m in matches]
    return matches[0].time


# ------------------------------------------------------------------ API contract


def test_offsets_are_absolute_within_the_window() -> None:
    text = "Am 9. Juni kam er. Seit September liefert er. Im März nicht."
    start = text.index("Seit")
    end = text.index(" Im")
    matches = find_times(text, "de", JUNE_2024, start=start, end=end)
    assert [text[m.start : m.end] for m in matches] == ["Seit September"]
    assert matches[0].time.phrase == "Seit September"


def test_matches_are_sorted_and_the_longest_wins() -> None:
    text = "Vom 3. bis 5. Mai 2024 tagte man, am 9. Juni nicht."
    matches = find_times(text, "de", JUNE_2024)
    assert [m.time.phrase for m in matches] == ["Vom 3. bis 5. Mai 2024", "am 9. Juni"]
    assert matches[0].start < matches[1].start


def test_unknown_language_names_the_known_ones() -> None:
    with pytest.raises(UnknownNameError, match="de, en"):
        find_times("am 9. Juni", "fr", JUNE_2024)


def test_bad_direction_is_refused_with_a_hint() -> None:
    with pytest.raises(ValueError, match="tense of the sentence"):
        find_times("am 9. Juni", "de", JUNE_2024, direction="past tense")  # type: ignore[arg-type]


def test_window_outside_text_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        find_times("am 9. Juni", "de", JUNE_2024, start=3, end=99)


def test_empty_text_has_no_times() -> None:
    assert find_times("", "en", JUNE_2024) == []


def test_dateparser_stays_out_of_the_common_path() -> None:
    code = (
        "import sys, datetime as dt\n"
        "from factcheck.extract.time import find_times\n"
        "from factcheck.models import PublishedDate, DatePrecision\n"
        "p = PublishedDate(date=dt.date(2024, 6, 1), precision=DatePrecision.MONTH)\n"
        "find_times('Am 9. Juni 2024, seit September, vor 24 Jahren, am Mittwoch.', 'de', p)\n"
        "find_times('On June 9, 2024, since September, 24 years ago, on Wednesday.', 'en', p)\n"
        "print('dateparser' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_dateparser_reads_odd_month_spellings_in_found_spans() -> None:
    ref = only("Die Frist endete am 3. Mrz 2024 um Mitternacht.")
    assert (ref.start, ref.end, ref.resolved_against) == (D(2024, 3, 3), D(2024, 3, 3), ABSOLUTE)


# ------------------------------------------------------------ resolution rules


def test_weekday_with_a_month_precision_publication_is_a_range() -> None:
    past = only("Am Mittwoch traf er ein.", direction="past")
    assert (past.start, past.end, past.weekday) == (D(2024, 5, 29), D(2024, 6, 26), 2)
    future = only("Am Mittwoch reist er weiter.", direction="future")
    assert (future.start, future.end) == (D(2024, 6, 5), D(2024, 7, 3))
    either = only("Am Mittwoch ist Sitzung.", direction="either")
    assert (either.start, either.end) == (D(2024, 5, 29), D(2024, 7, 3))
    assert past.precision is DatePrecision.DAY
    assert past.resolved_against == "2024-06"


def test_weekday_with_a_day_precision_publication() -> None:
    # 2024-06-19 is a Wednesday: the weekday named on its own day means that day.
    assert only("Am Mittwoch", published=WED_19_JUNE, direction="past").start == D(2024, 6, 19)
    tue = PublishedDate(date=D(2024, 6, 18), precision=DatePrecision.DAY)
    past = only("Am Mittwoch", published=tue, direction="past")
    future = only("Am Mittwoch", published=tue, direction="future")
    either = only("Am Mittwoch", published=tue, direction="either")
    assert past.start == past.end == D(2024, 6, 12)
    assert future.start == future.end == D(2024, 6, 19)
    assert (either.start, either.end) == (D(2024, 6, 12), D(2024, 6, 19))


def test_a_period_of_weekdays_ends_after_it_starts() -> None:
    """Each end alone is the weekday nearest the publication in the tense's direction;
    a period's end still comes after its start (2024-06-19 is a Wednesday)."""
    past = only("von Mittwoch bis Donnerstag", published=WED_19_JUNE, direction="past")
    assert (past.start, past.end) == (D(2024, 6, 12), D(2024, 6, 13))
    future = only("from Tuesday to Wednesday", "en", published=WED_19_JUNE, direction="future")
    assert (future.start, future.end) == (D(2024, 6, 25), D(2024, 6, 26))
    # in order already: unchanged
    plain = only("von Montag bis Mittwoch", published=WED_19_JUNE, direction="past")
    assert (plain.start, plain.end) == (D(2024, 6, 17), D(2024, 6, 19))


def test_a_weekday_written_with_the_date_picks_its_year() -> None:
    """ "Mittwoch, 26. Juni" told in the past on 19 June 2024: 26 June was a Wednesday in
    2024 only, so the tense's pick (2023) gives way; a weekday that fits no year near the
    publication leaves the tense's pick (the check of written weekdays flags it)."""
    past = only("am Mittwoch, 26. Juni", published=WED_19_JUNE, direction="past")
    assert past.start == D(2024, 6, 26)
    ahead = only("on Friday, 14 June", "en", published=WED_19_JUNE, direction="future")
    assert ahead.start == D(2024, 6, 14)
    wrong = only("am Donnerstag, 26. Juni", published=WED_19_JUNE, direction="past")
    assert wrong.start == D(2023, 6, 26)


def test_last_and_next_weekday_are_strict() -> None:
    assert only("letzten Mittwoch", published=WED_19_JUNE).start == D(2024, 6, 12)
    assert only("kommenden Mittwoch", published=WED_19_JUNE).start == D(2024, 6, 26)


def test_day_month_in_the_publication_month_counts_as_past_and_future() -> None:
    for direction in ("past", "future", "either"):
        ref = only("am 9. Juni", direction=direction)
        assert ref.start == ref.end == D(2024, 6, 9)


def test_day_month_direction_with_a_day_precision_publication() -> None:
    assert only("am 9. Juni", published=WED_19_JUNE, direction="past").start == D(2024, 6, 9)
    assert only("am 9. Juni", published=WED_19_JUNE, direction="future").start == D(2025, 6, 9)
    assert only("am 23. Juni", published=WED_19_JUNE, direction="either").start == D(2024, 6, 23)
    # nearest to the publication: December 2023 is 6 months away, December 2024 is 6 too;
    # ties go to the past.
    assert only("am 19. Dezember", published=WED_19_JUNE).start == D(2023, 12, 19)


def test_without_a_tense_the_coming_date_must_be_much_nearer_than_the_last() -> None:
    dec_28 = PublishedDate(date=D(2023, 12, 28), precision=DatePrecision.DAY)
    # June 12 is 198 days back and 167 ahead: news tells mostly of the past
    assert only("am 12. Juni", published=dec_28, direction="either").start == D(2023, 6, 12)
    # January 12 is 15 days ahead: the coming one
    assert only("am 12. Januar", published=dec_28, direction="either").start == D(2024, 1, 12)
    # April: 8 months back, 4 ahead; not half as far, so the last one
    assert only("im April", published=dec_28, direction="either").start == D(2023, 4, 1)


def test_month_without_year_follows_the_direction() -> None:
    assert only("im März", direction="past").start == D(2024, 3, 1)
    assert only("im März", direction="future").start == D(2025, 3, 1)
    assert only("im Juli", direction="past").start == D(2023, 7, 1)
    assert only("im Juli", direction="either").start == D(2024, 7, 1)


def test_last_named_month_is_strictly_before_the_publication_month() -> None:
    def last_september(pub: PublishedDate) -> dt.date | None:
        return only("im letzten September", published=pub).start

    assert last_september(JUNE_2024) == D(2023, 9, 1)
    assert last_september(PublishedDate(date=D(2023, 10, 1), precision=DatePrecision.MONTH)) == D(
        2023, 9, 1
    )
    assert last_september(PublishedDate(date=D(2023, 9, 1), precision=DatePrecision.MONTH)) == D(
        2022, 9, 1
    )


def test_a_season_named_with_a_relation_word_is_placed_against_the_publication() -> None:
    march = PublishedDate(date=D(2025, 3, 11), precision=DatePrecision.DAY)
    february = PublishedDate(date=D(2025, 2, 8), precision=DatePrecision.DAY)

    def span(text: str, pub: PublishedDate) -> tuple[dt.date | None, dt.date | None]:
        ref = only(text, published=pub)
        return ref.start, ref.end

    # "last" is the latest one that has ended; a winter runs into the next year
    assert span("im vergangenen Winter", march) == (D(2024, 12, 1), D(2025, 2, 28))
    assert span("im vergangenen Winter", february) == (D(2023, 12, 1), D(2024, 2, 29))
    # "this" is the one holding the publication, else the nearer one
    assert span("in diesem Winter", february) == (D(2024, 12, 1), D(2025, 2, 28))
    assert span("in diesem Sommer", march) == (D(2025, 6, 1), D(2025, 8, 31))
    # "next" is the first one that begins after the publication
    assert span("im nächsten Frühjahr", march) == (D(2026, 3, 1), D(2026, 5, 31))


@given(pub=dates, lang=st.sampled_from(["de", "en"]), rel=st.sampled_from(["last", "next"]))
def test_last_season_ends_before_and_next_begins_after_the_publication(
    pub: dt.date, lang: str, rel: str
) -> None:
    words = {
        ("de", "last"): "im vergangenen Winter",
        ("de", "next"): "im kommenden Winter",
        ("en", "last"): "last winter",
        ("en", "next"): "next winter",
    }
    ref = only(words[lang, rel], lang, PublishedDate(date=pub, precision=DatePrecision.DAY))
    assert ref.start is not None and ref.end is not None
    assert ref.end < pub if rel == "last" else ref.start > pub
    # a whole season: three months, the winter over the turn of the year
    assert (ref.start.month, ref.end.month) == (12, 2)
    assert ref.end.year == ref.start.year + 1


def test_year_precision_publication_keeps_its_year_for_named_dates() -> None:
    ref = only("am 9. Juni", published=YEAR_2024, direction="past")
    assert ref.start == ref.end == D(2024, 6, 9)
    weekday = only("am Mittwoch", published=YEAR_2024, direction="past")
    assert (weekday.start, weekday.end) == (D(2023, 12, 27), D(2024, 12, 25))


def test_counts_back_shift_the_publication_bounds() -> None:
    ago = only("vor 24 Jahren")
    assert (ago.start, ago.end, ago.years_ago) == (D(2000, 6, 1), D(2000, 6, 30), 24)
    assert ago.kind is TimeKind.POINT and ago.precision is DatePrecision.YEAR
    since = only("seit 24 Jahren")
    assert (since.start, since.end, since.kind) == (D(2000, 6, 1), D(2000, 6, 30), TimeKind.SINCE)
    exact = only("vor 24 Jahren", published=WED_19_JUNE)
    assert exact.start == exact.end == D(2000, 6, 19)


def test_since_bounds_the_starting_point() -> None:
    ref = only("Seit September liefert das Land Munition.", direction="past")
    assert ref.kind is TimeKind.SINCE
    assert (ref.start, ref.end, ref.precision) == (
        D(2023, 9, 1),
        D(2023, 9, 30),
        DatePrecision.MONTH,
    )


def test_until_bounds_the_end_point() -> None:
    ref = only("Das Manöver dauert bis zum 28. Juni.", direction="future")
    assert ref.kind is TimeKind.UNTIL
    assert ref.start == ref.end == D(2024, 6, 28)


def test_without_publication_date_relative_times_stay_unresolved() -> None:
    text = "Am Mittwochabend, vor 24 Jahren, im März, gestern und am 9. Juni."
    matches = find_times(text, "de", UNKNOWN)
    assert len(matches) == 5
    for m in matches:
        assert m.time.resolved_against == UNRESOLVED
        assert m.time.start is None and m.time.end is None
    assert matches[0].time.weekday == 2
    assert matches[0].time.part_of_day is not None
    assert matches[1].time.years_ago == 24


def test_absolute_times_need_no_publication_date() -> None:
    ref = only("Das Treffen fand im September 2023 statt.", published=UNKNOWN)
    assert (ref.start, ref.end, ref.resolved_against) == (D(2023, 9, 1), D(2023, 9, 30), ABSOLUTE)


def test_anchor_relative_times_shift_the_anchor() -> None:
    friday = TimeRef(start=D(2023, 9, 15), end=D(2023, 9, 15), precision=DatePrecision.DAY)
    ref = only("Zwei Tage zuvor hatte er Kim getroffen.", anchor=friday)
    assert ref.start == ref.end == D(2023, 9, 13)
    assert ref.resolved_against == "anchor 2023-09-15"
    wide = TimeRef(start=D(2023, 9, 1), end=D(2023, 9, 29), precision=DatePrecision.DAY)
    ranged = only("Zwei Tage zuvor", anchor=wide)
    assert (ranged.start, ranged.end) == (D(2023, 8, 30), D(2023, 9, 27))
    assert ranged.resolved_against == "anchor 2023-09-01..2023-09-29"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bis zum Abend fielen 480 Züge aus.", "de"),
        ("By the evening, 480 trains were cancelled.", "en"),
    ],
)
def test_the_evening_is_the_evening_of_the_day_told_last(text: str, lang: str) -> None:
    monday = TimeRef(start=D(2025, 2, 3), end=D(2025, 2, 3), precision=DatePrecision.DAY)
    ref = only(text, lang, anchor=monday)
    assert (ref.start, ref.end, ref.kind) == (D(2025, 2, 3), D(2025, 2, 3), TimeKind.UNTIL)
    # a year told last names no day to count an evening from
    year = TimeRef(start=D(1997, 1, 1), end=D(1997, 12, 31), precision=DatePrecision.YEAR)
    assert only(text, lang, anchor=year).start is None


def test_anchor_relative_without_anchor_is_unresolved_even_with_a_publication() -> None:
    ref = only("Zwei Tage zuvor hatte er Kim getroffen.", published=WED_19_JUNE)
    assert ref.resolved_against == UNRESOLVED and ref.start is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Im Vorjahr waren es 7,2 Millionen.", "de"),
        ("the previous year", "en"),
        # a season (of flu, of a league) runs over the turn of the year: the one before
        ("In der Vorsaison lag die Quote bei 38,2 Prozent.", "de"),
        ("Last season the rate stood at 38.2 percent.", "en"),
    ],
)
def test_a_year_relative_to_no_anchor_counts_from_the_publication(text: str, lang: str) -> None:
    """ "im Vorjahr" with no year named before it: the year before the publication's."""
    ref = only(text, lang, published=WED_19_JUNE)
    assert (ref.start, ref.end) == (D(2023, 1, 1), D(2023, 12, 31))
    # a named year before it is its anchor
    anchor = TimeRef(start=D(2020, 5, 1), end=D(2020, 5, 1), precision=DatePrecision.DAY)
    ref = only(text, lang, published=WED_19_JUNE, anchor=anchor)
    assert (ref.start, ref.end) == (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize(
    ("text", "start"),
    [("Ab 2027 gibt es nichts mehr.", D(2027, 1, 1)), ("Ab März gilt die Regel.", D(2025, 3, 1))],
)
def test_ab_names_the_start_of_what_follows(text: str, start: dt.date) -> None:
    """ "ab 2027", "ab März": from then on, read as the time it starts."""
    ref = only(text, "de", published=WED_19_JUNE, direction="future")
    assert ref.start == start


def test_unresolved_anchor_gives_an_unresolved_time() -> None:
    vague = TimeRef(resolved_against=UNRESOLVED, weekday=4)
    assert only("tags darauf", anchor=vague).resolved_against == UNRESOLVED


def test_decade_publication_is_handled() -> None:
    pub = PublishedDate(date=D(2020, 1, 1), precision=DatePrecision.DECADE)
    ref = only("im März", published=pub, direction="past")
    assert (ref.start, ref.end) == (D(2020, 3, 1), D(2029, 3, 31))


def test_out_of_range_parts_are_not_dates() -> None:
    (until,) = find_times("2024-13-45 und 12/31/1999 bis 5. Mai", "de", JUNE_2024)
    assert until.time.phrase == "bis 5. Mai"


def test_a_period_runs_into_the_next_month() -> None:
    ref = only("from 12/31/1999 to 3", "en")
    assert (ref.start, ref.end) == (D(1999, 12, 31), D(2000, 1, 3))
    may = only("vom 28. bis 3. Juni 2024")
    assert (may.start, may.end) == (D(2024, 5, 28), D(2024, 6, 3))


def test_calendar_edges_do_not_raise() -> None:
    tiny = PublishedDate(date=D(5, 1, 1), precision=DatePrecision.DECADE)
    march = only("im März", published=tiny)  # the decade 1-9: bounds exist, nothing raises
    assert march.start is None or march.end is None or march.start <= march.end
    last = PublishedDate(date=D(9999, 12, 31), precision=DatePrecision.DAY)
    assert find_times("im nächsten Jahr, morgen, in zwei Jahren", "de", last) == []


def test_impossible_days_are_not_read() -> None:
    # the day cannot be; the month and year that follow it still name a time
    (feb,) = find_times("am 31. Februar 2024", "de", JUNE_2024)
    assert feb.time.phrase == "Februar 2024" and feb.time.precision is DatePrecision.MONTH
    assert find_times("am 30.02.2024", "de", JUNE_2024) == []


# ------------------------------------------------------------------ properties

TOKENS = [
    "Wochenende",
    "weekend",
    "the",
    "KW",
    "Kalenderwoche",
    "week",
    "calendar week",
    "53",
    "fünften",
    "am",
    "Am",
    "im",
    "seit",
    "bis",
    "bis zum",
    "vom",
    "zwischen",
    "und",
    "vor",
    "in",
    "den",
    "9.",
    "28.",
    "3.",
    "2000",
    "2024",
    "19.06.2024",
    "2024-06-28",
    "9/6/2024",
    "24",
    "zwei",
    "Juni",
    "September",
    "März",
    "Mai",
    "Mittwoch",
    "Mittwochabend",
    "Dienstag",
    "Jahren",
    "Jahr",
    "Tage",
    "zuvor",
    "später",
    "darauf",
    "tags",
    "letzten",
    "vergangenen",
    "kommenden",
    "gestern",
    "heute",
    "morgen",
    "Anfang",
    "Ende",
    "Mitte",
    "1990er",
    "Soldaten",
    "on",
    "On",
    "since",
    "until",
    "from",
    "to",
    "between",
    "and",
    "last",
    "next",
    "ago",
    "June",
    "May",
    "Wednesday",
    "evening",
    "years",
    "days",
    "later",
    "earlier",
    "before",
    "the",
    "day",
    "9",
    "9th",
    "of",
    "early",
    "late",
    "mid-",
    "yesterday",
    "tonight",
    "s",
    ".",
    ",",
    "(",
    ")",
    "-",
    "–",
    "/",
    "\n",
    "  ",
    "ß",
    "Ü",
    "0",
    "31",
    "99",
    "12/31/1999",
    "2024-13-45",
    "31.12.2099",
    "Sommer",
    "Winter",
    "ersten",
    "Halbjahr",
]
texty = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
    st.text(alphabet="0123456789.,;:-/() \nabcJMSmäöüßÄÖÜ", max_size=80),
    st.text(max_size=60),
)
langs = st.sampled_from(["de", "en"])
directions = st.sampled_from(["past", "future", "either"])


def _check(text: str, matches: list, lo: int = 0, hi: int | None = None) -> None:  # type: ignore[type-arg]
    hi = len(text) if hi is None else hi
    last_end = lo
    for m in matches:
        assert lo <= m.start < m.end <= hi
        assert m.start >= last_end, "matches overlap or are unsorted"
        last_end = m.end
        assert text[m.start : m.end] == m.time.phrase
        t = m.time
        assert (t.start is None) == (t.end is None)
        if t.start is not None and t.end is not None:
            assert t.start <= t.end


@given(text=texty, lang=langs, pub=published_dates, direction=directions)
def test_never_raises_and_offsets_are_valid(
    text: str, lang: str, pub: PublishedDate, direction: str
) -> None:
    matches = find_times(text, lang, pub, direction=direction)  # type: ignore[arg-type]
    _check(text, matches)


@given(text=texty, lang=langs, pub=published_dates, data=st.data())
def test_window_keeps_matches_inside(
    text: str, lang: str, pub: PublishedDate, data: st.DataObject
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    matches = find_times(text, lang, pub, start=lo, end=hi)
    _check(text, matches, lo, hi)


@given(text=texty, lang=langs, pub=published_dates, direction=directions)
def test_deterministic(text: str, lang: str, pub: PublishedDate, direction: str) -> None:
    a = find_times(text, lang, pub, direction=direction)  # type: ignore[arg-type]
    b = find_times(text, lang, pub, direction=direction)  # type: ignore[arg-type]
    assert a == b


@given(text=texty, lang=langs, direction=directions)
def test_without_any_date_only_absolute_times_resolve(text: str, lang: str, direction: str) -> None:
    for m in find_times(text, lang, UNKNOWN, direction=direction):  # type: ignore[arg-type]
        assert m.time.resolved_against in (ABSOLUTE, UNRESOLVED)
        assert (m.time.resolved_against == UNRESOLVED) == (m.time.start is None)


@given(text=texty, lang=langs, day=dates, anchor_day=dates, direction=directions)
def test_with_publication_and_anchor_nothing_is_unresolved(
    text: str, lang: str, day: dt.date, anchor_day: dt.date, direction: str
) -> None:
    pub = PublishedDate(date=day, precision=DatePrecision.DAY)
    anchor = TimeRef(start=anchor_day, end=anchor_day, precision=DatePrecision.DAY)
    for m in find_times(text, lang, pub, direction=direction, anchor=anchor):  # type: ignore[arg-type]
        assert m.time.resolved_against != UNRESOLVED
        assert m.time.start is not None and m.time.end is not None


def test_pattern_families_compile_on_first_use() -> None:
    from factcheck.extract.time import _Patterns

    pats = _Patterns({"a": r"\d+", "b": r"[a-z]+"})
    assert pats.compiled() == []
    assert pats["a"].match("42") is not None
    assert pats.compiled() == ["a"]
    assert pats["a"] is pats["a"]


def _real_texts() -> list[tuple[str, str]]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = [("en", (root / "tests/benchmarks/data/en_news.txt").read_text(encoding="utf-8"))]
    out += [("de", p.read_text(encoding="utf-8")) for p in sorted((root / "seeds").iterdir())]
    return out


@pytest.mark.parametrize("direction", ["past", "future", "either"])
def test_times_in_a_sentence_equal_a_scan_of_the_sentence(direction: Tense) -> None:
    """One scan of the article, re-resolved per sentence, gives what a new scan of each
    sentence gives (the pipeline relies on it)."""
    from factcheck.extract.sentences import split_sentences
    from factcheck.extract.time import scan_times, times_in

    checked = 0
    for lang, text in _real_texts():
        pub = WED_19_JUNE
        scan = scan_times(text, lang)
        anchor = None
        for sent in split_sentences(text, lang):
            s, e = sent.start, sent.end
            ours = times_in(scan, pub, start=s, end=e, direction=direction, anchor=anchor)
            theirs = find_times(text, lang, pub, start=s, end=e, direction=direction, anchor=anchor)
            assert ours == theirs, text[s:e]
            checked += len(ours)
            anchor = next((t.time for t in reversed(ours) if t.time.resolved), anchor)
    assert checked > 50


_WINDOW_PARTS = {
    "de": ["am 3. März", "Montag", " bis ", "2024", ". ", "zwei Tage zuvor", " ", "\n", "x", "–"],
    # English dates end sentences more often ("... on March 3.")
    "en": ["on March 3", "Monday", " to ", "2024", ". ", "two days earlier", " between ",
           " and ", "10", " a.m.", "last week", " ", ",", "Dec.", "x"],
}  # fmt: skip


@pytest.mark.parametrize(("lang", "direction"), [("de", "past"), ("en", "either")])
@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_times_in_any_window_equal_a_scan_of_the_window(
    lang: str, direction: Tense, data: st.DataObject
) -> None:
    from factcheck.extract.time import scan_times, times_in

    text = "".join(data.draw(st.lists(st.sampled_from(_WINDOW_PARTS[lang]), max_size=25)))
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    pub = WED_19_JUNE
    scan = scan_times(text, lang)
    assert times_in(scan, pub, start=s, end=e, direction=direction) == find_times(
        text, lang, pub, start=s, end=e, direction=direction
    )


def test_resolved_phrase_cache_stays_bounded() -> None:
    """The cache of resolved phrases keeps at most ``_BUILT_CONTEXTS`` contexts and drops
    the least recently used first; a context in use survives many new ones."""
    import importlib

    engine = importlib.import_module("factcheck.extract.time")
    from factcheck.extract.time.resolve import _context

    saved = dict(engine._BUILT)
    engine._BUILT.clear()
    try:
        pub = PublishedDate(date=dt.date(2024, 6, 10), precision=DatePrecision.DAY)
        home = engine._built("de", _context(pub, None), "either")
        home[("core", "am Montag")] = None
        for i in range(3 * engine._BUILT_CONTEXTS):
            anchor = TimeRef(
                start=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                end=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                precision=DatePrecision.DAY,
                kind=TimeKind.POINT,
                phrase="x",
            )
            engine._built("de", _context(pub, anchor), "past")[("core", str(i))] = None
            if i % 100 == 0:  # the article's own context is asked again and again
                assert engine._built("de", _context(pub, None), "either") is home
            assert len(engine._BUILT) <= engine._BUILT_CONTEXTS
        assert engine._built("de", _context(pub, None), "either") is home
    finally:
        engine._BUILT.clear()
        engine._BUILT.update(saved)


def test_a_window_ending_in_white_space_after_a_year_is_read_as_scanned_alone() -> None:
    """ "2024 zwei Tage zuvor": in the whole text the year opening the sentence is followed
    by a lower-case word, in the window "2024 " by nothing; the window is scanned anew."""
    from factcheck.extract.time import scan_times, times_in

    text = "2024 zwei Tage zuvor"
    scan = scan_times(text, "de")
    for end in range(len(text) + 1):
        assert times_in(scan, WED_19_JUNE, start=0, end=end) == find_times(
            text, "de", WED_19_JUNE, start=0, end=end
        ), end


_LETTERS = "abkKsSſ \u212a\u0130i"


@st.composite
def _words_and_text(draw: st.DrawFn) -> tuple[list[str], str]:
    words = draw(st.lists(st.text(_LETTERS, min_size=1, max_size=4), min_size=8, max_size=14))
    # mostly a word of the list, its spaces written as other white space
    said = draw(st.sampled_from(words)).replace(" ", draw(st.sampled_from([" ", "\t", "  "])))
    noise = draw(st.text(alphabet=_LETTERS + "\t", max_size=4))
    return words, draw(st.sampled_from([said + noise, noise + said, noise]))


@settings(max_examples=400, deadline=None)
@given(_words_and_text())
def test_case_blind_word_lists_match_as_the_flat_alternation(case: tuple[list[str], str]) -> None:
    """The grammar's case-blind word lists, grouped by first letter, match what the flat
    alternation of the words (longest first) matches, wherever they are asked."""
    import re

    from factcheck.extract.time.grammar import _alt, _ci

    words, text = case
    grouped, flat = re.compile(_ci(words)), re.compile(f"(?i:{_alt(words)})")
    for pos in range(len(text) + 1):
        a, b = grouped.match(text, pos), flat.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (words, text, pos)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Zum Jahresende 2023 lebten dort mehr Menschen.", "de", D(2023, 7, 1), D(2023, 12, 31)),
        ("Bis Jahresende 2025 fallen Stellen weg.", "de", D(2025, 7, 1), D(2025, 12, 31)),
        ("Zur Jahresmitte 2022 war es anders.", "de", D(2022, 4, 1), D(2022, 9, 30)),
        ("At year-end 2023 there were fewer.", "en", D(2023, 7, 1), D(2023, 12, 31)),
        ("Zum Jahresende sinkt die Zahl.", "de", D(2024, 7, 1), D(2024, 12, 31)),
    ],
)
def test_a_part_of_the_year_takes_the_year_written_after_it(
    text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    """ "Jahresende 2023" is the end of 2023, not of the publication's year (which a part
    without a year still names)."""
    t = only(text, lang)
    assert (t.start, t.end) == (start, end)


def test_a_year_may_open_a_clause_after_a_comma() -> None:
    """ "..., 2023 waren es 446": a year of this century opening a clause; a round
    number there is a count ("2000 davon"), and so is an old one."""
    t = only("Es starben 441 Radfahrer, 2023 waren es 446.")
    assert (t.start, t.end) == (D(2023, 1, 1), D(2023, 12, 31))
    assert find_times("Es kamen 5000 Menschen, 2000 waren Kinder.", "de", JUNE_2024) == []
    assert find_times("Es kamen 5000 Menschen, 1870 waren Kinder.", "de", JUNE_2024) == []
    # and after a colon ("Zum Vergleich: 2023 waren ...")
    t = only("Zum Vergleich: 2023 waren im Land noch 13.760 Wohnungen genehmigt worden.")
    assert (t.start, t.end) == (D(2023, 1, 1), D(2023, 12, 31))
    assert find_times("Die Bilanz: 2000 Menschen kamen.", "de", JUNE_2024) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_year_that_labels_a_line_dates_the_line(lang: str) -> None:
    """ "- 2023: ..." in a list of past cases or a timeline: the line's year, in any
    language; a year before a colon inside a line is no label."""
    text = "Cases:\n\n- 2021: Tessaly Express\n2023: Kasumi Bay, 3,600 cars\n"
    got = [(t.time.start, t.time.end) for t in find_times(text, lang, JUNE_2024)]
    assert got == [(D(2021, 1, 1), D(2021, 12, 31)), (D(2023, 1, 1), D(2023, 12, 31))]
    assert find_times("Cases: Kasumi Bay with 2023: cars", lang, JUNE_2024) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # without a year: the latest that has begun by publication (June 2024)
        ("Im ersten Quartal sank die Zahl.", "de", D(2024, 1, 1), D(2024, 3, 31)),
        ("Im dritten Quartal stieg der Umsatz.", "de", D(2023, 7, 1), D(2023, 9, 30)),
        ("Sales rose in the second quarter.", "en", D(2024, 4, 1), D(2024, 6, 30)),
        ("Sales fell in the fourth quarter.", "en", D(2023, 10, 1), D(2023, 12, 31)),
        ("Revenue in Q1 was higher.", "en", D(2024, 1, 1), D(2024, 3, 31)),
        ("In den ersten neun Monaten kamen weniger.", "de", D(2024, 1, 1), D(2024, 9, 30)),
        ("Im ersten Halbjahr kamen weniger.", "de", D(2024, 1, 1), D(2024, 6, 30)),
        # with a year, or the current one named
        ("Im dritten Quartal 2022 stieg der Umsatz.", "de", D(2022, 7, 1), D(2022, 9, 30)),
        ("Revenue in the third quarter of 2022 rose.", "en", D(2022, 7, 1), D(2022, 9, 30)),
        ("Sales were up in Q3 2021.", "en", D(2021, 7, 1), D(2021, 9, 30)),
        ("In the first three months of the year, 40 died.", "en", D(2024, 1, 1),
         D(2024, 3, 31)),
        # as an adjective before the noun
        ("The firm posted third-quarter revenue of $3 billion.", "en", D(2023, 7, 1),
         D(2023, 9, 30)),
        ("It forecast fourth-quarter sales of $4 billion.", "en", D(2023, 10, 1),
         D(2023, 12, 31)),
        ("It posted a first-half loss of $1 billion.", "en", D(2024, 1, 1), D(2024, 6, 30)),
        ("H2 sales fell.", "en", D(2023, 7, 1), D(2023, 12, 31)),
    ],
)  # fmt: skip
def test_quarters_and_parts_of_a_year_are_periods(
    text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    """ "im dritten Quartal", "Q3 2021", "the first nine months": their months, in the
    year written or else in the latest year in which they have begun by publication."""
    t = only(text, lang)
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another year or another thing follows: no period of the publication's year
        ("Im dritten Quartal des Vorjahres waren es mehr.", "de"),
        ("In the first six months of the war, 300 people died.", "en"),
    ],
)
def test_a_part_of_a_year_of_something_else_is_no_period(text: str, lang: str) -> None:
    assert not [t for t in find_times(text, lang, JUNE_2024) if t.time.start is not None and
                (t.time.end - t.time.start).days > 40]  # fmt: skip


def test_a_quarter_dates_the_figures_of_its_sentence() -> None:
    """The ordinal in "im dritten Quartal" is part of the date, which dates the figure (the
    ordinal is no claim of its own)."""
    from factcheck import extract_text

    claims = extract_text(
        "Im dritten Quartal lieferte der Konzern 412.300 Fahrzeuge aus.",
        language="de",
        published="2025-10-28",
    )
    (count,) = [c for c in claims if c.quantity is not None]
    assert count.quote == "412.300 Fahrzeuge"
    assert count.time is not None
    assert (count.time.start, count.time.end) == (D(2025, 7, 1), D(2025, 9, 30))


def test_a_business_year_names_its_year() -> None:
    """ "im Geschäftsjahr 2024" is 2024, as "im Jahr 2024" is."""
    t = only("Im Geschäftsjahr 2024 sank der Umsatz.")
    assert (t.start, t.end) == (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Sales rose in the three months to September.", "en", D(2023, 7, 1), D(2023, 9, 30)),
        ("Sales rose in the three months to March.", "en", D(2024, 1, 1), D(2024, 3, 31)),
        ("Sales rose in the six months through June 2022.", "en", D(2022, 1, 1),
         D(2022, 6, 30)),
        ("In den drei Monaten bis September 2024 kamen mehr.", "de", D(2024, 7, 1),
         D(2024, 9, 30)),
    ],
)  # fmt: skip
def test_months_named_by_their_last_month_are_a_period(
    text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    """ "the three months to September" are July to September, of the year written or the
    latest that has begun by publication (June 2024); months running into the year before
    ("the 12 months to March") are not read."""
    t = only(text, lang)
    assert (t.start, t.end) == (start, end)
    assert find_times("in the 12 months to March", "en", JUNE_2024) == []


def test_months_named_by_their_last_month_date_the_figures() -> None:
    """The count of months is part of the date, which dates the sentence's figures (not
    only the duration "three months")."""
    from factcheck import extract_text

    claims = extract_text(
        "Hanwei delivered 412,300 vehicles in the three months to September.",
        language="en",
        published="2025-10-29",
    )
    (count,) = [c for c in claims if c.quote == "412,300 vehicles"]
    assert count.time is not None
    assert (count.time.start, count.time.end) == (D(2025, 7, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("Für 2026 erwarten die Forscher ein Plus von 1,1 Prozent.", "de", 2026),
        ("The institute forecast growth of 1.1 percent for 2026.", "en", 2026),
        ("For 2026, the bank expects 1.5 percent growth.", "en", 2026),
        # an adverb of time before a year ("Bereits 2019 war in das Haus eingebrochen worden")
        ("Bereits 2019 war in das Haus eingebrochen worden.", "de", 2019),
        ("Schon 2019 hatten Täter zugeschlagen.", "de", 2019),
    ],
)
def test_a_year_after_for_before_a_pause_or_a_verb(text: str, lang: str, year: int) -> None:
    """ "für 2026", "for 2026": a forecast's year; "für 2000 Menschen", "for 2000 dollars"
    are counts (``time.YEAR_ONLY_BEFORE_PAUSE``)."""
    t = only(text, lang)
    assert (t.start, t.end) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das Land zahlt für 2000 Menschen die Unterkunft.", "de"),
        ("Für 2000 Euro gibt es das Ticket.", "de"),
        ("Tickets sold for 2000 dollars each.", "en"),
        ("The company paid for 2000 workers.", "en"),
        ("Es kamen bereits 2000 Menschen.", "de"),
    ],
)
def test_a_number_after_for_before_a_noun_is_a_count(text: str, lang: str) -> None:
    assert find_times(text, lang, JUNE_2024) == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        # the week nearest the publication (Thursday 5 February 2026) in the past tense
        ("In KW 5 wurden 4.100 Fälle gemeldet.", "de", D(2026, 1, 26), D(2026, 2, 1)),
        ("In der 5. Kalenderwoche wurden 4.100 Fälle gemeldet.", "de", D(2026, 1, 26),
         D(2026, 2, 1)),
        ("In der fünften Kalenderwoche wurden 4.100 Fälle gemeldet.", "de", D(2026, 1, 26),
         D(2026, 2, 1)),
        ("In KW 52 wurden 900 Fälle gemeldet.", "de", D(2025, 12, 22), D(2025, 12, 28)),
        # a 53rd week: the last year that had one (2020), years before the publication
        ("In KW 53 wurden 900 Fälle gemeldet.", "de", D(2020, 12, 28), D(2021, 1, 3)),
        # with its year
        ("KW 05/2026: 300 Fälle", "de", D(2026, 1, 26), D(2026, 2, 1)),
        ("In der 40. Kalenderwoche 2025 begann die Saison.", "de", D(2025, 9, 29),
         D(2025, 10, 5)),
        ("In epidemiological week 5, 4,100 cases were reported.", "en", D(2026, 1, 26),
         D(2026, 2, 1)),
        ("In the fifth calendar week of 2026, 4,100 cases were reported.", "en",
         D(2026, 1, 26), D(2026, 2, 1)),
        ("In the 1st calendar week of 2021, 9 cases were reported.", "en", D(2021, 1, 4),
         D(2021, 1, 10)),
    ],
)  # fmt: skip
def test_a_calendar_week_is_its_iso_week(
    text: str, lang: str, start: dt.date, end: dt.date
) -> None:
    """ "KW 5", "in der 5. Kalenderwoche", "epidemiological week 5": Monday to Sunday of
    that ISO 8601 week, of the year written or else the one nearest the publication in the
    sentence's tense."""
    pub = PublishedDate(date=D(2026, 2, 5), precision=DatePrecision.DAY)
    t = only(text, lang, pub, direction="past")
    assert (t.start, t.end, t.precision) == (start, end, DatePrecision.DAY)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Anlage leistet 500 kW 5 Stunden lang.", "de"),  # kilowatts, no week
        ("In KW 54 wurde nichts gemeldet.", "de"),  # no year has a 54th week
        ("The Week 5 game drew 12 million viewers.", "en"),  # a season's week, no calendar's
    ],
)
def test_no_calendar_week_without_a_week_of_the_year(text: str, lang: str) -> None:
    assert not find_times(text, lang, WED_19_JUNE)


def test_a_53rd_week_in_a_year_of_52_is_unresolved() -> None:
    """2025 has 52 ISO weeks: its "KW 53" names no days."""
    t = only("In KW 53/2025 gab es 12 Fälle.", "de", WED_19_JUNE)
    assert t.start is None and t.resolved_against == UNRESOLVED


THU_11_DEC = PublishedDate(date=D(2025, 12, 11), precision=DatePrecision.DAY)
"""A Thursday: the weekend before is 6-7 December, the one after 13-14 December."""


@pytest.mark.parametrize(
    ("text", "lang", "direction", "start", "end"),
    [
        ("Am Wochenende starben drei Menschen.", "de", "past", D(2025, 12, 6), D(2025, 12, 7)),
        ("Für das Wochenende erwartet der Wetterdienst Tauwetter.", "de", "future",
         D(2025, 12, 13), D(2025, 12, 14)),
        ("Am vergangenen Wochenende kamen 300 Menschen.", "de", "either", D(2025, 12, 6),
         D(2025, 12, 7)),
        ("Am kommenden Wochenende kommen 300 Menschen.", "de", "either", D(2025, 12, 13),
         D(2025, 12, 14)),
        # no tense, no word for which: either of the two
        ("Am Wochenende kommen 300 Menschen.", "de", "either", D(2025, 12, 6),
         D(2025, 12, 14)),
        ("Over the weekend, three people died.", "en", "past", D(2025, 12, 6), D(2025, 12, 7)),
        ("Last weekend three people died.", "en", "past", D(2025, 12, 6), D(2025, 12, 7)),
        ("This weekend temperatures will rise.", "en", "future", D(2025, 12, 13),
         D(2025, 12, 14)),
        ("Next weekend 300 people will come.", "en", "either", D(2025, 12, 13),
         D(2025, 12, 14)),
    ],
)  # fmt: skip
def test_a_weekend_is_its_saturday_and_sunday(
    text: str, lang: str, direction: Tense, start: dt.date, end: dt.date
) -> None:
    """ "am Wochenende", "over the weekend": Saturday and Sunday of the weekend its word
    says ("vergangenen", "next"), else of the one nearest the publication in the tense."""
    t = only(text, lang, THU_11_DEC, direction=direction)
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize(
    ("day", "how", "saturday"),
    [
        # Saturday 13 and Sunday 14 December 2025
        (D(2025, 12, 13), "past", D(2025, 12, 13)),
        (D(2025, 12, 14), "past", D(2025, 12, 13)),
        (D(2025, 12, 14), "future", D(2025, 12, 13)),
        (D(2025, 12, 15), "future", D(2025, 12, 20)),
        (D(2025, 12, 14), "last", D(2025, 12, 6)),
        (D(2025, 12, 15), "last", D(2025, 12, 13)),
        (D(2025, 12, 12), "next", D(2025, 12, 13)),
        (D(2025, 12, 13), "next", D(2025, 12, 20)),
    ],
)
def test_the_weekend_of_a_day_on_the_weekend(day: dt.date, how: str, saturday: dt.date) -> None:
    """On the weekend itself, its own is the past and the future one; "last" and "next"
    are the ones before and after it."""
    from factcheck.extract.time.resolve import _weekend_bounds

    assert _weekend_bounds(day, how) == (saturday, saturday + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am ersten Wochenende kamen 300.000 Besucher.", "de"),
        ("The first weekend drew 300,000 visitors.", "en"),
        ("Every weekend 300 people come.", "en"),
    ],
)
def test_a_weekend_of_something_else_is_no_time(text: str, lang: str) -> None:
    """ "am ersten Wochenende" (of a festival), "every weekend": not the publication's."""
    assert not find_times(text, lang, THU_11_DEC)
