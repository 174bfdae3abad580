"""The pipeline, figures as of now: a clause that gives its figure as of the time of
writing ("2,000 soldiers are *now* deployed", "inzwischen") counts it as of the article's
publication, and a count with no day of its own takes the day its paragraph named last; a
count is a running total, or not (:func:`cumulative`).

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import datetime as dt

from factcheck.extract.clock import ClockMatch, clock_as_of, ticker_stamp
from factcheck.extract.figure_cues import cue_pattern, is_current
from factcheck.extract.matches import TimeMatch
from factcheck.extract.pipeline.modality import _is_past, _plain_past
from factcheck.extract.pipeline.state import _State
from factcheck.lang.concepts import (
    CUMULATIVE_CONCEPTS,
    CUT_OFF_CONCEPTS,
    ONCE_TOLD_STATES,
)
from factcheck.models import DatePrecision, TimeKind, TimeRef


def paragraph_day(st: _State, s: int, seg: tuple[int, int]) -> TimeRef | None:
    """The exact day named last before ``s`` in the same paragraph, or None, also when the
    figure's stretch ``seg`` gives it as of now (the packs' ``figures.CURRENT_CUES``: "More
    than 200 rescuers are *now* involved", a day after Tuesday's collapse)."""
    if st.last_day is None or is_current(st.article.text, seg[0], seg[1], st.lang):
        return None
    at, day = st.last_day
    return None if "\n\n" in st.article.text[at:s] else day


def note_other_event(st: _State, s: int, e: int, times: list[TimeMatch]) -> None:
    """Keeps :attr:`_State.other_event` for the sentence ``s:e`` with ``times``: set when
    its first clause names an event like the story's (the packs'
    ``figures.SIMILAR_EVENT_WORDS``: "ein *ähnlicher* Angriff", "a *similar* fire") and
    the sentence gives a time at least :data:`PAST_DAYS` days before the article's
    publication; ended by a recent time, as by the end of the paragraph."""
    bounds = st.article.published.bounds()
    if bounds is None or not times:
        return
    cut = bounds[0] - dt.timedelta(days=PAST_DAYS)
    ends = [t.time.end for t in times if t.time.end is not None]
    if st.other_event is not None and any(end >= cut for end in ends):
        st.other_event = None  # "Am Montag ...": the story's own time again
    if not any(end < cut for end in ends):
        return
    a, b = st.index_of_sentence.clause(s) if st.index_of_sentence is not None else (s, e)
    if cue_pattern(st.lang, "SIMILAR_EVENT_WORDS").search(st.article.text, a, b) is not None:
        st.other_event = s


def in_other_event(st: _State, s: int) -> bool:
    """True when the sentence at ``s`` stands in the paragraph of another event told
    before (:func:`note_other_event`): its figures are that event's."""
    at = st.other_event
    return at is not None and at <= s and "\n\n" not in st.article.text[at:s]


PAST_DAYS = 90
"""How many days before the publication a time must end to date another event."""


def paragraph_place(st: _State, s: int) -> tuple[str, ...]:
    """The places of the last figure given for a place in an earlier sentence of the same
    paragraph as ``s`` ("In Düsseldorf strichen die Airlines 470 Flüge. Der Flughafen
    sprach von 57.000 Passagieren": Düsseldorf's), or none."""
    if st.last_place is None:
        return ()
    at, keys = st.last_place
    return () if at >= s or "\n\n" in st.article.text[at:s] else keys


def now(st: _State, seg: tuple[int, int]) -> TimeRef | None:
    """The article's publication as a time, when the clause gives its figure as of the
    time of writing (the packs' ``figures.CURRENT_CUES``: "now", "inzwischen"), else None."""
    bounds = st.article.published.bounds()
    if bounds is None or not is_current(st.article.text, seg[0], seg[1], st.lang):
        return None
    return TimeRef(
        start=bounds[0],
        end=bounds[1],
        precision=st.article.published.precision,
        phrase=str(st.article.published),
        resolved_against=str(st.article.published),
    )


def ticker_time(st: _State, s: int) -> TimeRef | None:
    """The article's day at the clock time of the live ticker's entry that ``s`` stands
    in ("4:15 p.m. - Police confirm one person has died": a reading at 4:15 p.m.), or
    None when its line opens with no ticker stamp
    (:func:`~factcheck.extract.clock.ticker_stamp`) or the article has no date."""
    text = st.article.text
    line = text.rfind("\n", 0, s) + 1
    key = ("ticker", line)
    if key not in st.memo:
        st.memo[key] = ticker_stamp(text, line, len(text), st.lang)
    return _on_the_article_s_day(st, st.memo[key])


def as_of_clock(st: _State, s: int, e: int) -> TimeRef | None:
    """The article's day at the clock time the sentence ``s:e`` gives its counts as of
    ("*By 9 a.m.* fire officers had confirmed three deaths": a reading at 9 a.m.; the
    packs' ``figures.CLOCK_AS_OF_CUES`` right before the clock time), or None. Asked only
    for a count with no time of its own or of its sentence (a day there is the reading's:
    "by 9 a.m. on Monday")."""
    key = ("as of clock", s)
    if key not in st.memo:
        text, lang = st.article.text, st.lang
        # a reading told in a past tense ("had confirmed"), not a deadline ("müssen ihre
        # Wohnungen bis 18 Uhr verlassen")
        past = _is_past(text, s, e, lang) or _plain_past(text, s, e, lang)
        st.memo[key] = clock_as_of(text, s, e, lang) if past else None
    return _on_the_article_s_day(st, st.memo[key])


def _on_the_article_s_day(st: _State, clock: object) -> TimeRef | None:
    """The article's day at the clock time ``clock`` (a :class:`ClockMatch`, or None),
    or None when there is none or the article has no date."""
    bounds = st.article.published.bounds()
    if clock is None or bounds is None:
        return None
    assert isinstance(clock, ClockMatch)
    return TimeRef(
        start=bounds[0],
        end=bounds[1],
        precision=st.article.published.precision,
        phrase=st.article.text[clock.start : clock.end],
        resolved_against=str(st.article.published),
        clock=(clock.high, clock.high) if clock.hedge == "by" else (clock.low, clock.high),
        zone=clock.zone,
    )


def before_the_article(st: _State, time: TimeRef) -> bool:
    """True when ``time`` is one day before the article's day (an event's day, no period
    and no "since")."""
    bounds = st.article.published.bounds()
    return (
        bounds is not None
        and time.kind is TimeKind.POINT
        and time.precision is DatePrecision.DAY
        and time.end is not None
        and time.end < bounds[0]
    )


STALE_DAYS = 3
"""Days before the article beyond which a date in a clause that gives its figure as of
now ("Peru *now* counts 6,900 dead from the March 3 earthquake") names the event."""


def as_of_writing(st: _State, time: TimeRef, seg: tuple[int, int]) -> TimeRef | None:
    """The sentence's time for a figure, or None when the figure is given as of the time
    of writing (the packs' ``figures.CURRENT_CUES``) and that time lies days before the
    article: then it is the event's date, and the count is as of the article."""

    bounds = st.article.published.bounds()
    if bounds is None or time.end is None or not time.resolved:
        return time
    if (bounds[0] - time.end).days <= STALE_DAYS:
        return time
    return None if is_current(st.article.text, seg[0], seg[1], st.lang) else time


def cumulative(
    concept: str | None, time: TimeRef | None, lang: str, state: str | None = None
) -> bool | None:
    """Whether a count of ``concept`` (in ``state``, as of ``time``) is a running total that
    only grows as it is told again (True) or a level of no such kind (None)."""
    if concept is not None and (
        concept in CUMULATIVE_CONCEPTS or concept.partition(":")[0] in CUMULATIVE_CONCEPTS
    ):
        return True  # "dead", and the harmed of a kind: "dead:employee", "released:hostage"
    if concept in CUT_OFF_CONCEPTS or state in ONCE_TOLD_STATES:
        return None  # an outage comes and goes; a period's output is told once
    if state is not None:
        return True  # what a disaster destroyed or damaged is counted as assessors go on
    if time is not None and time.kind in (TimeKind.SINCE, TimeKind.UNTIL):
        return True  # "seit Freitag", "87 aftershocks recorded by Monday": a running count
    return None
