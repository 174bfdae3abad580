"""Time expressions: find dates, periods and relative times in text and resolve them.

:func:`find_times` scans a window of text with compiled regular expressions built from
the language pack's ``time`` module (``factcheck/lang/<code>/time.py``) and returns
:class:`~factcheck.extract.matches.TimeMatch` objects with absolute offsets, sorted and
non-overlapping (the longest match wins).

Semantics of the :class:`~factcheck.models.TimeRef` it returns
---------------------------------------------------------------
``start``..``end`` bound the days the expression may mean:

- ``POINT``: where the point may lie ("am 9. Juni" -> that day; "im Juli" -> the month;
  "am Mittwoch" in an article dated only to June 2024 -> from the first to the last
  Wednesday it can mean).
- ``SINCE``: the bounds of the *starting* point ("seit September", published 2024-06
  -> 2023-09-01..2023-09-30).
- ``UNTIL``: the bounds of the *end* point ("bis zum 28. Juni" -> 2024-06-28).
- ``PERIOD``: the period itself ("vom 3. bis 5. Mai 2024" -> 2024-05-03..2024-05-05).

``precision`` says how precisely the expression itself names its time (a weekday is
``DAY`` even when its bounds span weeks; "vor 24 Jahren" is ``YEAR``).

Resolution against the publication date (``published``), whose precision is honoured:

- A date in the publication's own period counts as both "not after" and "not before"
  it: with a publication dated 2024-06, "am 9. Juni" in a past-tense sentence is
  2024-06-09 (June 2024 is not after June 2024). More generally a day-month or month
  without a year gets the year that puts it nearest the publication in the given
  ``direction`` ("past": not after; "future": not before; "either": the nearer, but
  news tells mostly of the past, so the coming occurrence only when it is less than half
  as far away as the last one), comparing at the coarser of the publication's precision and the
  expression's (day for "9. Juni", month for "im März").
- "letzten September" / "last September" is the most recent September *strictly before*
  the publication's month (2024-06 -> 2023-09; 2023-10 -> 2023-09; 2023-09 -> 2022-09);
  "kommenden März" / "next March" the first one strictly after.
- Weekdays: past -> the most recent such day on or before the publication day (news
  agencies name the weekday even for the day of publication), future -> the next one on
  or after it, either -> both; "letzten/last Friday" is strictly before (1-7 days),
  "kommenden/next Friday" strictly after. With a publication known only to the month,
  every publication day of that month is possible, so the bounds run from the first to
  the last Wednesday in ``[first - 6 days, last]`` (past), ``[first, last + 6 days]``
  (future) or both (either).
- Counts: "vor 24 Jahren" / "24 years ago" shift the publication's bounds (2024-06 ->
  2000-06-01..2000-06-30, ``years_ago=24``); "seit 24 Jahren" is the same start point
  as a ``SINCE``; "letztes Jahr" / "last year" is the whole calendar year before.
- Without a publication date relative expressions stay visibly unresolved:
  ``start=end=None`` and ``resolved_against="unresolved"``, with weekday, part of day and
  ``years_ago`` kept. They are never resolved against today. Expressions that name their
  year are ``resolved_against="absolute"``.

Parts of a period overlap on purpose, since writers place them loosely: "Anfang/Mitte/
Ende Juni" are days 1-15, 8-23 and 16-end; of a year January-June, April-September and
July-December; "Winter 2023" runs from December 2022 to February 2024.

Expressions relative to a time mentioned before ("zwei Tage zuvor", "two days later",
"am Tag darauf", "the same day") shift ``anchor``'s bounds; without an anchor (or with an
unresolved one) they are unresolved. Their ``resolved_against`` reads
``anchor 2023-09-15`` (or ``anchor 2023-09-01..2023-09-29``).

Why dateparser only on found spans: asked to search running text, dateparser returns
function words ("die", "am", "in") as dates and is far too slow for news at scale. Common
forms are parsed here with compiled regexes and dictionary lookups; dateparser (imported
lazily) only reads a span that already looks like "day + unknown month word + year",
with the article's language given.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from factcheck.extract.matches import TimeMatch
from factcheck.extract.time.build import (
    _build,
)
from factcheck.extract.time.grammar import (
    _LEFT,
    _TENSES,
    _Context,
    _Grammar,
)
from factcheck.extract.time.grammar import (
    Tense as Tense,
)
from factcheck.extract.time.grammar import (
    _grammar as _grammar,
)
from factcheck.extract.time.grammar import (
    _Patterns as _Patterns,
)
from factcheck.extract.time.resolve import (
    _context,
)
from factcheck.models import PublishedDate, TimeRef

__all__ = ["Tense", "TimeScan", "find_times", "scan_times", "times_in"]


# ------------------------------------------------------------------------- public


def find_times(
    text: str,
    lang: str,
    published: PublishedDate,
    *,
    start: int = 0,
    end: int | None = None,
    direction: Literal["past", "future", "either"] = "either",
    anchor: TimeRef | None = None,
) -> list[TimeMatch]:
    """Time expressions in ``text[start:end]``, resolved against ``published``.

    Returns matches with absolute offsets into ``text``, sorted and non-overlapping (the
    longest expression wins). ``direction`` is the tense of the sentence, used for bare
    weekdays and months ("am Mittwoch", "im März"); ``anchor`` is the last resolved time
    mentioned before, for "zwei Tage zuvor" and "the next day". See the module docstring
    for the resolution rules.
    """
    _check_direction(direction)
    scan = scan_times(text, lang, start=start, end=end)
    return _resolve_found(scan, scan.candidates, published, direction, anchor)


def _check_direction(direction: str) -> None:
    if direction not in _TENSES:
        raise ValueError(
            f"direction {direction!r} is not one of {', '.join(_TENSES)}; "
            "pass the tense of the sentence"
        )


@dataclass(frozen=True, slots=True)
class TimeScan:
    """The pattern work of :func:`find_times` over one window of a text, before any date
    is resolved: every candidate expression (start, end, pattern family, match) and the
    offsets of the trigger tokens. Resolving depends on the publication date, the tense
    and the anchor; the scan does not, so one scan of an article serves every sentence
    (:func:`times_in`)."""

    text: str
    lang: str
    start: int
    end: int
    candidates: list[tuple[int, int, str, re.Match[str]]]
    triggers: list[int]


def scan_times(text: str, lang: str, *, start: int = 0, end: int | None = None) -> TimeScan:
    """Candidate time expressions in ``text[start:end]`` (see :class:`TimeScan`)."""
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(
            f"window [{start}, {end}) does not fit a text of {len(text)} characters; "
            "pass 0 <= start <= end <= len(text)"
        )
    g = _grammar(lang)
    found: list[tuple[int, int, str, re.Match[str]]] = []
    triggers: list[int] = []
    done = start  # start tokens before this offset have been tried
    starts, families, patterns = g.starts, g.families, g.patterns
    gate = patterns["free_gate"]
    for t in g.trigger.finditer(text, start, stop):
        ts = t.start()
        triggers.append(ts)
        for st in starts.finditer(text, max(done, ts - _LEFT), stop):
            pos = st.start()
            if pos > ts:
                break
            if pos > 0 and text[pos - 1].isalnum():
                continue  # inside a word or a number
            tok = st.group()
            digit = tok[0].isdigit()
            if digit:
                fams, key = g.digit_families, tok[0]  # digits: told apart by the first
            else:
                fams, key = families.get(tok.lower(), ()), tok
            first_end = pos  # where the core match here ends, for the period gate
            core_found = False
            for form in fams:
                if form == "period_free" and (
                    # a period's first end is a core form or a bare day (a digit)
                    not (core_found or digit) or not gate.match(text, first_end, stop)
                ):
                    continue  # no "bis" / "to" / dash after the first end: no period
                if form == "fallback" and first_end > pos:
                    continue  # the tables read a date here: no need to ask dateparser
                if form == "core":
                    # only the forms that can begin with the token here
                    core = g.core.for_token(key)
                    m = None if core is None else core.match(text, pos, stop)
                else:
                    m = patterns[form].match(text, pos, stop)
                if form == "core" and m is not None:
                    first_end, core_found = m.end(), True
                if m is None or m.end() == pos:
                    continue
                if _count_context(g, text, form, m):
                    continue  # "1500 bis 2000 Soldaten": numbers, not years
                found.append((pos, m.end(), form, m))
        done = max(done, ts + 1)
    return TimeScan(text, lang, start, stop, found, triggers)


def times_in(
    scan: TimeScan,
    published: PublishedDate,
    *,
    start: int,
    end: int,
    direction: Literal["past", "future", "either"] = "either",
    anchor: TimeRef | None = None,
) -> list[TimeMatch]:
    """``find_times(scan.text, scan.lang, published, start=start, end=end, ...)`` for a
    window inside the scanned one (a sentence of a scanned article), from the scan's
    candidates instead of a new pass over the window.

    The candidates kept are those a scan of the window alone would have tried: starting
    in the window, within reach (``_LEFT``) of a trigger token in the window. Where a
    scan of the window alone could differ (a candidate within two characters of the
    window's end or followed by nothing but white space up to it, or a window ending
    inside a word, where "end of text" lookaheads such as the pause after "zuvor" or the
    lower-case word after a year that opens a sentence would read differently), the
    window is scanned anew, from the first such candidate on: the candidates before it
    are the ones a scan of the window alone finds there (a scan tries a position for the
    triggers after it, and the triggers after that candidate lie in both windows).
    """
    _check_direction(direction)
    text = scan.text
    if (start, end) == (scan.start, scan.end):
        return _resolve_found(scan, scan.candidates, published, direction, anchor)
    if not scan.start <= start <= end <= scan.end:
        raise ValueError(
            f"window [{start}, {end}) is not inside the scanned [{scan.start}, {scan.end})"
        )
    if end > start and (text[end - 1].isalnum() or text[end - 1] == "_"):
        return find_times(
            text, scan.lang, published, start=start, end=end, direction=direction, anchor=anchor
        )
    cands = scan.candidates
    lo = bisect.bisect_left(cands, start, key=lambda c: c[0])
    hi = bisect.bisect_left(cands, end, key=lambda c: c[0])
    inside = cands[lo:hi]
    cut = next((c[0] for c in inside if c[1] + 2 > end or not text[c[1] : end].strip()), end)
    trig = scan.triggers
    kept = []
    for c in inside:
        if c[0] >= cut:
            break
        i = bisect.bisect_left(trig, c[0])  # first trigger at or after the candidate
        if i < len(trig) and trig[i] < end and trig[i] - _LEFT <= c[0]:
            kept.append(c)
    if cut < end:
        kept.extend(scan_times(text, scan.lang, start=cut, end=end).candidates)
    return _resolve_found(scan, kept, published, direction, anchor)


def _resolve_found(
    scan: TimeScan,
    cands: list[tuple[int, int, str, re.Match[str]]],
    published: PublishedDate,
    direction: str,
    anchor: TimeRef | None,
) -> list[TimeMatch]:
    g = _grammar(scan.lang)
    text = scan.text
    ctx = _context(published, anchor)
    built = _built(g.lang, ctx, direction)
    found: list[tuple[int, int, int, TimeRef]] = []
    for pos, m_end, form, m in cands:
        key = (form, m.group())
        if key in built:
            ref = built[key]
        else:
            try:
                ref = _build(g, form, m, ctx, direction)
            except (ValueError, OverflowError, KeyError):
                ref = None  # an impossible date ("31. Februar 2024") or out of range
            if form != "duration":  # "in 24 years" depends on the words before it
                built[key] = ref
        if (
            ref is not None
            and not (ref.weekday is not None and _excluded(g, text, pos, m_end))
            and not (g.name_before and _in_name(g, text, pos))
        ):
            found.append((pos, m_end, _PRIORITY[form], ref))
    return _select(found)


_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s+\Z")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][^\W\d_-]*)")
_BARE_YEAR = re.compile(r"\d{4}")


def _count_context(g: _Grammar, text: str, form: str, m: re.Match[str]) -> bool:
    """True when bare years here are more likely counts of things.

    "20 bis 2000": a number right before "bis 2000". "zwischen 1000 und 2000 Soldaten":
    in a language that capitalises nouns, a capitalised word (not a month or weekday)
    right after a period of two bare years.
    """
    if form == "prep" and m.group("c3") is not None:
        word = " ".join(m.group("p3").lower().split())
        prep = g.data.PREPOSITIONS.get(word)
        if word in g.data.YEAR_ONLY_BEFORE_PAUSE:
            # "for 2026." and "Für 2026 erwarten": a year; "for 2000 dollars": a count
            after = _WORD_AFTER.match(text, m.end())
            return after is not None and not (
                g.data.NOUNS_CAPITALISED and after.group(1)[0].islower()
            )
        if prep is not None and prep[0] == "point":
            return False  # "fined $85,000 in 2021": a point in time joins no two numbers
        return _NUMBER_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
    if form == "period" and g.data.NOUNS_CAPITALISED:
        if not (_BARE_YEAR.fullmatch(m.group("pa")) and _BARE_YEAR.fullmatch(m.group("pb"))):
            return False
        after = _WORD_AFTER.match(text, m.end())
        if after is None:
            return False
        word = after.group(1)
        return (
            word[0].isupper()
            and word.lower() not in g.months
            and word.lower() not in (g.data.WEEKDAYS)
        )
    return False


def _in_name(g: _Grammar, text: str, s: int) -> bool:
    """True when the words right before a date at ``s`` make it part of a name ("Straße
    des 17. Juni")."""
    before = " ".join(text[max(0, s - 24) : s].lower().split())
    return before.endswith(g.name_before)


def _excluded(g: _Grammar, text: str, s: int, e: int) -> bool:
    """True when a weekday in ``text[s:e]`` is part of a name ("Good Friday")."""
    lo = max(0, s - 24)
    window = text[lo : e + 24].lower()
    for name in g.exclusions:
        i = window.find(name)
        while i >= 0:
            if lo + i < e and s < lo + i + len(name):
                return True
            i = window.find(name, i + 1)
    return False


_BUILT: dict[tuple[str, _Context, str], dict[tuple[str, str], TimeRef | None]] = {}


def _built(lang: str, ctx: _Context, direction: str) -> dict[tuple[str, str], TimeRef | None]:
    """Results by (pattern family, phrase) for one language, publication, anchor and
    tense: news repeats "am Mittwoch" and "seit 24 Jahren" many times."""
    key = (lang, ctx, direction)
    bucket = _BUILT.pop(key, None)  # re-inserted last: least recently used first
    if bucket is None or len(bucket) > 4096:
        if len(_BUILT) >= _BUILT_CONTEXTS or (
            len(_BUILT) % 64 == 0 and sum(map(len, _BUILT.values())) > _BUILT_ENTRIES
        ):
            # drop the least recently used contexts: an eighth of them
            for old in list(_BUILT)[: max(1, len(_BUILT) // 8)]:
                del _BUILT[old]
        bucket = {}
    _BUILT[key] = bucket
    return bucket


_BUILT_CONTEXTS = 1024
"""Contexts kept (an article's date with each anchor and tense its sentences use). Each
sentence anchored on a new time opens a context; clearing them all at 64, as before,
also dropped the article's and the publication date's own contexts every few articles."""
_BUILT_ENTRIES = 200_000
"""Resolved phrases kept over all contexts, about as many as 64 full contexts held."""


_PRIORITY = {
    f: i
    for i, f in enumerate(("prep", "period", "period_free", "duration", "core", "year", "fallback"))
}


def _select(found: list[tuple[int, int, int, TimeRef]]) -> list[TimeMatch]:
    """Longest first, then the earlier pattern family; drop what overlaps a kept match."""
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    starts: list[int] = []
    kept: list[tuple[int, int, TimeRef]] = []
    for s, e, _prio, ref in found:
        i = bisect.bisect_left(starts, e)
        if i and kept[i - 1][1] > s:
            continue  # overlaps the kept match that starts last before our end
        starts.insert(i, s)
        kept.insert(i, (s, e, ref))
    return [TimeMatch(s, e, ref) for s, e, ref in kept]
