"""Events: meetings, visits, arrivals, departures and signings, with who, when and where.

A trigger word from the language pack (``events.EVENT_TRIGGERS``) marks an event in a
sentence. Each place and time expression of the sentence is attached to the nearest
trigger in the same clause (or the sentence when the clause has none), so "bei der er noch
Mittwochabend in Pjöngjang eintreffen wollte, den Besuch ... im letzten September im
russischen Chabarowsk" gives an arrival (Wednesday evening, Pyongyang) and a visit (last
September, Vladivostok).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from factcheck.lang import get_language

EVENT_PRIORITY = ("arrival", "departure", "signing", "meeting", "visit")
"""When triggers of several types tie for a place, the earlier type wins."""

POINT_EVENTS = frozenset({"arrival", "departure", "signing", "meeting"})
"""Events that happen at one place at one time (a visit spans several places)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word in the text."""

    start: int
    end: int
    event: str


@dataclass(slots=True)
class EventMention:
    """What the sentence says of one event."""

    trigger: Trigger
    places: list[int] = field(default_factory=list)
    times: list[int] = field(default_factory=list)


@cache
def _trigger_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, tuple[str, ...]] = get_language(lang).events.EVENT_TRIGGERS
    by_stem: dict[str, str] = {}
    for event, stems in table.items():
        for stem in stems:
            by_stem.setdefault(stem.casefold().strip(), event)
    alts = sorted(by_stem, key=len, reverse=True)
    fast = _first_letter_pattern(alts) if alts and all(alts) else None
    if fast is not None:
        return re.compile(fast), by_stem
    pat = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(a) + r"[\w]*" for a in alts) + r")",
        re.IGNORECASE,
    )
    return pat, by_stem


def _first_letter_pattern(alts: list[str]) -> str | None:
    r"""A pattern of the same matches as ``(?i)(?<![\w-])(stem[\w]*|...)`` over the stems
    ``alts`` (in that order), written so that the engine skips in C to the next character
    a stem can start with: a class first (the ASCII characters that case-insensitive
    matching takes for a first letter, and every non-ASCII character; a case-insensitive
    class would not be skipped to), then the lookbehind over it and the character before
    it, then per first letter a lookbehind of that letter and the rest of its stems, in
    their order. None when two first letters match each other case-insensitively: then
    a character could start stems of both, and the first stem to match could differ."""
    firsts = sorted({a[0] for a in alts})
    for i, f in enumerate(firsts):
        if any(re.fullmatch(re.escape(g), f, re.IGNORECASE) for g in firsts[i + 1 :]):
            return None
    one = re.compile("[" + "".join(re.escape(f) for f in firsts) + "]", re.IGNORECASE)
    ascii_letters = "".join(re.escape(chr(c)) for c in range(128) if one.fullmatch(chr(c)))
    groups = []
    for f in firsts:
        rests = "|".join(re.escape(a[1:]) + r"[\w]*" for a in alts if a[0] == f)
        groups.append(rf"(?<=(?i:{re.escape(f)}))(?i:{rests})")
    return rf"([{ascii_letters}\x80-\U0010ffff](?<![\w-].)(?:{'|'.join(groups)}))"


@cache
def _stems_longest_first(lang: str) -> list[str]:
    """The trigger stems, longest first (the first one a word starts with names its
    event)."""
    return sorted(_trigger_pattern(lang)[1], key=len, reverse=True)


def find_triggers(text: str, start: int, end: int, lang: str) -> list[Trigger]:
    """Event trigger words in ``text[start:end]``."""
    pat, by_stem = _trigger_pattern(lang)
    stems = _stems_longest_first(lang)
    exceptions = get_language(lang).events.EVENT_TRIGGER_EXCEPTIONS
    out = []
    for m in pat.finditer(text, start, end):
        word = m.group(1).casefold()
        if word.startswith(exceptions):
            continue  # "Department", "visitors": a stem begins them, no event
        event = None
        for stem in stems:
            if word.startswith(stem):
                event = by_stem[stem]
                break
        if event is not None:
            out.append(Trigger(m.start(), m.end(), event))
    return out


_CLAUSE_BREAK = re.compile(r"[,:](?!\d)|[;–—()]|\s-\s")  # not "20,000", "10:15"
"""What separates clauses within a sentence: commas, semicolons, colons, dashes, brackets
(``clauses.CLAUSE_BREAK``; :func:`clause_breaks` keeps an acronym's brackets)."""

_ACRONYM_ASIDE = re.compile(r"\([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9}\)")
"""A short name in capitals in brackets ("der Weser-Ems-Bahn *(WEB)*"): no clause break,
the clause goes on after it ("legten ... (WEB) die Arbeit nieder")."""


def clause_breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Start and end of each break between clauses in ``text[start:end]``: commas,
    semicolons, colons, dashes, brackets, but not the brackets of an acronym."""
    aside = -1  # where the bracket closing an acronym stands
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() == aside:
            continue
        if text[m.start()] == "(" and (acr := _ACRONYM_ASIDE.match(text, m.start(), end)):
            aside = acr.end() - 1
            continue
        yield m.start(), m.end()


def clause_of(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause (between the breaks of :func:`clause_breaks`) around ``pos`` within a
    sentence."""
    a, b = start, end
    for x, y in clause_breaks(text, start, end):
        if y <= pos:
            a = y
        elif x >= pos:
            b = x
            break
    return a, b


def nearest_trigger(
    triggers: list[Trigger],
    text: str,
    s_start: int,
    s_end: int,
    pos: int,
    clause: Callable[[int], tuple[int, int]] | None = None,
) -> Trigger | None:
    """The trigger nearest to ``pos``, preferring one in the same clause. ``clause``
    (``SentenceIndex.clause``) answers the clause from the sentence's index of breaks
    instead of a search over the text."""
    if not triggers:
        return None
    a, b = clause(pos) if clause is not None else clause_of(text, s_start, s_end, pos)
    same = [t for t in triggers if a <= t.start < b]
    pool = same or triggers

    def dist(t: Trigger) -> tuple[int, int]:
        d = t.start - pos if t.start >= pos else pos - t.end
        return (d, EVENT_PRIORITY.index(t.event))

    return min(pool, key=dist)
