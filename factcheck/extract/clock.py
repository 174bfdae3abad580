"""Clock times of events: "gave way shortly after 1:30 a.m.", "kenterte gegen 2.50 Uhr".

A clock time becomes a claim only when its clause says which moment it gives (the
packs' ``events.CLOCK_EVENTS``: a collapse, a start, the loss of contact, a derailment);
a time with no such word ("the briefing at 3 p.m.") is left alone. Its hedge is an
interval of minutes after midnight whose width follows the precision of the time as
written: "around 2 a.m." is 1:50-2:10, "around 10:15 p.m." 10:10-10:20, "shortly after
1:30 a.m." 1:30-1:45, "um 7 Uhr" exactly 7:00 (see docs/reconciliation.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from factcheck.extract.clauses import INSERTION_WORDS, is_apposition
from factcheck.extract.figure_cues import cue_pattern
from factcheck.extract.literals import Prefiltered
from factcheck.extract.wordlists import alternation, word_pattern
from factcheck.lang import get_language
from factcheck.lang.concepts import ACCIDENT_MOMENTS

APPROX_WIDTH = {60: 10, 30: 7, 15: 5, 5: 3, 1: 2}
"""Minutes either side of an "about" time, by the precision of the time as written (a
full hour, a half hour, a quarter, five minutes, one minute)."""
AFTER_WIDTH = {60: 20, 30: 15, 15: 10, 5: 5, 1: 5}
"""Minutes a "shortly after" or "shortly before" time reaches past the time written."""


@dataclass(frozen=True, slots=True)
class ClockMatch:
    """A clock time in the text, with its hedge, as minutes after midnight."""

    start: int
    end: int
    low: int
    high: int
    zone: str | None
    hedge: str


@cache
def _pattern(lang: str) -> Prefiltered:
    # skips a sentence without the strings a clock time needs ("uhr", "a.m.")
    return Prefiltered(re.compile(get_language(lang).events.CLOCK_PATTERN, re.IGNORECASE))


@cache
def _word_pattern(lang: str) -> Prefiltered | None:
    # the pack's words for a clock time ("midnight"), whole words
    words: dict[str, int] = get_language(lang).events.CLOCK_WORDS
    if not words:
        return None
    found = Prefiltered(re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.I))
    found.need = _cover(words) or found.need  # "uhr" for all of "sechs Uhr", "halb acht Uhr"
    return found


def _cover(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """Few words of ASCII letters, at least one of which every phrase holds (the words
    most phrases share first): what a window needs before the phrases are sought in it;
    None when some phrase holds no such word."""
    left = [set(p.casefold().split()) for p in phrases]
    chosen: list[str] = []
    while left:
        counts = Counter(w for ws in left for w in ws if w.isascii() and w.isalpha())
        if not counts:
            return None
        word = max(sorted(counts), key=counts.__getitem__)
        chosen.append(word)
        left = [ws for ws in left if word not in ws]
    return tuple(chosen)


@cache
def _hedge_pattern(lang: str) -> re.Pattern[str]:
    hedges: dict[str, tuple[str, ...]] = get_language(lang).events.CLOCK_HEDGES
    alts = alternation(w for ws in hedges.values() for w in ws)
    return re.compile(rf"(?<![\w-])({alts})\s+$", re.IGNORECASE)


@cache
def _hedge_of(lang: str) -> dict[str, str]:
    hedges: dict[str, tuple[str, ...]] = get_language(lang).events.CLOCK_HEDGES
    return {w.casefold(): kind for kind, ws in hedges.items() for w in ws}


@cache
def _zone_pattern(lang: str) -> re.Pattern[str]:
    zones: dict[str, str] = get_language(lang).events.CLOCK_ZONES
    alts = alternation(zones)
    return re.compile(rf"\s*(?:\(\s*)?({alts})(?![\w-])", re.IGNORECASE)


SPLIT = " … "
"""How a pack writes a verb whose particle closes its clause ("brach … aus": "Das Feuer
brach gegen 1.50 Uhr im Keller *aus*")."""


@cache
def _event_pattern(
    lang: str,
) -> tuple[re.Pattern[str], dict[str, str], dict[str, list[tuple[str, str]]]]:
    """The pattern of the pack's ``events.CLOCK_EVENTS`` words, the moment of each word,
    and for the verb of each split entry (:data:`SPLIT`) its particles and moments."""
    events: dict[str, tuple[str, ...]] = get_language(lang).events.CLOCK_EVENTS
    of: dict[str, str] = {}
    split: dict[str, list[tuple[str, str]]] = {}
    written: set[str] = set()  # as written, lower-cased: casefold makes "ß" "ss"
    for kind, words in events.items():
        for w in words:
            verb, _, particle = w.casefold().partition(SPLIT)
            written.add(w.lower().partition(SPLIT)[0])
            if particle:
                split.setdefault(verb, []).append((particle, kind))
            else:
                of[w.casefold()] = kind
    pattern = word_pattern(sorted({*of, *split, *written}))
    heads = get_language(lang).events.COMPOUND_MOMENTS
    if heads:
        # a closed compound ending in a moment word ("Gas*explosion*", "Brücken*einsturz*")
        ends = rf"(?<![\w-])[^\W\d_]+(?:{alternation(heads)})(?![\w-])"
        pattern = re.compile(f"{pattern.pattern}|{ends}", re.IGNORECASE)
    return pattern, of, split


def moment_of(word: str, of: dict[str, str], lang: str) -> str | None:
    """The moment of a matched word (folded), or of the moment word a closed compound
    ends in (the pack's ``events.COMPOUND_MOMENTS``: "gasexplosion" is an explosion)."""
    kind = of.get(word)
    if kind is None and " " not in word:
        head = next(
            (h for h in _compound_heads(lang) if word.endswith(h) and len(word) > len(h)), None
        )
        kind = None if head is None else of.get(head)
    return kind


@cache
def _compound_heads(lang: str) -> tuple[str, ...]:
    return tuple(h.casefold() for h in get_language(lang).events.COMPOUND_MOMENTS)


def _particle_kind(
    text: str, end: int, b: int, split: dict[str, list[tuple[str, str]]], verb: str
) -> str | None:
    """The moment of a split verb (:data:`SPLIT`) whose particle is the last word of its
    clause (ending at ``b``), read from the verb's end at ``end``; None when another word
    ends the clause."""
    words = text[end:b].split()
    last = words[-1].rstrip(".!?\"“”'").casefold() if words else ""
    return next((kind for particle, kind in split.get(verb, ()) if particle == last), None)


def _before_appositions(
    text: str, a: int, clause: Callable[[int], tuple[int, int]], lang: str
) -> int:
    """The start of the clause starting at ``a``, read back past appositions right before
    it: "The blaze *started* in a flat of Kestrel House, *a 24-storey council block*,
    shortly after 11:40 p.m." (``clauses.is_apposition``, of at most
    ``clauses.INSERTION_WORDS`` words) only interrupts the clause. One with a moment word
    of its own is a clause of its own (German "der Feuerwehrmann, *der* in der Nacht
    *kenterte*, ...": an article that is a relative pronoun)."""
    pattern = _event_pattern(lang)[0]
    for _ in range(2):
        before = text[:a].rstrip()
        if not before.endswith(",") or len(before) < 2:
            break
        c = clause(len(before) - 2)
        if (
            c[0] >= a
            or len(text[c[0] : c[1]].split()) > INSERTION_WORDS + 1
            or not is_apposition(text, c, (a, a), lang)
            or pattern.search(text, c[0], c[1]) is not None
        ):
            break
        a = clause(max(0, c[0] - 2))[0]
    return a


def _past_asides(text: str, b: int, clause: Callable[[int], tuple[int, int]]) -> int:
    """The end of the clause ending at ``b``, read on past asides in parentheses: the
    particle of "legten die Lokführer der Weser-Ems-Bahn *(WEB)* die Arbeit *nieder*"
    closes the clause the aside only interrupts."""
    for _ in range(3):
        if text[b : b + 1] != "(":
            break
        close = text.find(")", b, b + 80)
        if close < 0 or close + 1 >= len(text):
            break
        b = clause(close + 1)[1]
    return b


def _precision(minute: int) -> int:
    for step in (60, 30, 15, 5):
        if minute % step == 0:
            return step
    return 1


def find_clocks(text: str, start: int, end: int, lang: str) -> list[ClockMatch]:
    """The clock times in ``text[start:end]``, with their hedges and zones."""
    ev = get_language(lang).events
    if not ev.CLOCK_PATTERN:
        return []
    pm: tuple[str, ...] = ev.CLOCK_PM
    words: dict[str, int] = ev.CLOCK_WORDS
    found: list[tuple[int, int, int]] = []  # start, end, minutes after midnight
    for m in _pattern(lang).finditer(text, start, end):
        groups = m.groupdict()
        hour_text = groups.get("h") or groups.get("h24")
        if hour_text is None:
            continue
        hour = int(hour_text)
        minute = int(groups.get("m") or groups.get("m24") or 0)
        marker = (groups.get("ampm") or "").casefold()
        if marker:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if marker.startswith(pm) else 0)
        if hour > 24 or (hour == 24 and minute):
            continue
        found.append((m.start(), m.end(), (hour % 24) * 60 + minute))
    word_pattern = _word_pattern(lang)
    if word_pattern is not None:
        found += [
            (m.start(), m.end(), words[" ".join(m.group().casefold().split())])
            for m in word_pattern.finditer(text, start, end)
        ]
        found.sort()
    return [_clock_match(text, start, end, lang, *f) for f in found]


def _clock_match(
    text: str, start: int, end: int, lang: str, first: int, last: int, at: int
) -> ClockMatch:
    """The clock time ``at`` (minutes after midnight) written at ``text[first:last]``, with
    the hedge before it and the zone after it."""
    zones: dict[str, str] = get_language(lang).events.CLOCK_ZONES
    minute = at % 60
    hedge = "exact"
    h = _hedge_pattern(lang).search(text, max(start, first - 30), first)
    if h is not None:
        hedge = _hedge_of(lang).get(" ".join(h.group(1).casefold().split()), "exact")
        first = h.start(1)
    zone = None
    z = _zone_pattern(lang).match(text, last, min(end, last + 20))
    if z is not None:
        zone = zones.get(" ".join(z.group(1).casefold().split()))
        last = z.end(1)
    step = _precision(minute)
    low, high = at, at
    if hedge == "approx":
        low, high = at - APPROX_WIDTH[step], at + APPROX_WIDTH[step]
    elif hedge == "after":
        high = at + AFTER_WIDTH[step]
    elif hedge == "before":
        low = at - AFTER_WIDTH[step]
    elif hedge == "by":
        low = 0  # "under control by 9:30 p.m.": at 9:30 or at any time before
    return ClockMatch(first, last, low, high, zone, hedge)


TICKER_SEPARATOR = re.compile(r"[ \t]*(?:[:|+]|[-–—](?!\d))")
"""What follows a live ticker's stamp: a colon, a dash (not the dash of a range of times),
a bar, or the "+++" of German tickers."""
TICKER_REACH = 6
"""Characters of markup a ticker's line may open with before its stamp ("+++ ", "* ")."""


def ticker_stamp(text: str, line: int, end: int, lang: str) -> ClockMatch | None:
    """The clock time a live ticker's entry opens with ("7.30 Uhr: Erste Zahlen der
    Polizei ...", "4:15 p.m. - Police confirm ..."), when the line starting at ``line``
    opens with one, followed by :data:`TICKER_SEPARATOR`; else None."""
    stop = min(end, line + TICKER_REACH + 24)
    clocks = find_clocks(text, line, stop, lang)
    if not clocks:
        return None
    first = clocks[0]
    if not text[first.start].isdigit() or text[line : first.start].strip(" \t*+#•>") != "":
        return None
    if first.start - line > TICKER_REACH:
        return None
    return first if TICKER_SEPARATOR.match(text, first.end, stop) else None


def clock_as_of(text: str, s: int, e: int, lang: str) -> ClockMatch | None:
    """The first clock time in ``text[s:e]`` right after a word of the packs'
    ``figures.CLOCK_AS_OF_CUES`` ("*by* 9 a.m.", "*bis* 9 Uhr"): the time the sentence's
    counts are given as of; None when there is none."""
    clocks = find_clocks(text, s, e, lang)
    if not clocks:
        return None
    pat = _cue_before(lang, "CLOCK_AS_OF_CUES")
    previous_end: int | None = None
    for cm in clocks:
        cue = pat.search(text, max(s, cm.start - STATUS_BEFORE), cm.start)
        # (a hedge of a deadline is such a word: "*By* 9 a.m.")
        at = cm.start if cm.hedge == "by" else cue.start() if cue is not None else None
        if at is not None and (previous_end is None or not 0 <= at - previous_end <= RANGE_GAP):
            return cm  # (not the end of a span: "von 12.30 Uhr *bis* 18 Uhr")
        previous_end = cm.end
    return None


RANGE_GAP = 3
"""Characters at most between a clock time and a cue of :func:`clock_as_of` after it that
make the cue the joint of a span ("von 12.30 Uhr bis 18 Uhr")."""


def clock_events(
    text: str, clocks: list[ClockMatch], clause: Callable[[int], tuple[int, int]], lang: str
) -> list[str | None]:
    """The moment each clock time gives: the nearest event word in its clause, when the
    time is also the nearest of the clause's times to that word ("lost contact at 9:45
    a.m. and alerted the Coast Guard at 5:40 p.m.": 5:40 p.m. is not the loss of
    contact); None for a time with no such word, and for the first reports of something
    (:data:`FIRST_REPORT`): two first reports are one moment only when they tell of one
    thing ("the first call" and "the first report of people trapped" are two), and clock
    times carry no subject to tell."""
    found = moment_events(text, [(cm.start, cm.end) for cm in clocks], clause, lang, True)
    events = [None if m is None or m[0] == FIRST_REPORT else m[0] for m in found]
    soon = _soon_after(lang)
    for i, cm in enumerate(clocks):
        if events[i] is not None or soon is None:
            continue
        # "Gegen 22.50 Uhr traf eine Böe die Bühne, Sekunden später stürzte das Dach ein"
        end = clause(cm.start)[1]
        nxt = clause(min(end + 1, len(text) - 1))
        opens = soon.match(text, nxt[0], nxt[1])
        if (
            nxt[0] > end
            and opens is not None
            and not any(nxt[0] <= c.start < nxt[1] for c in clocks)
        ):
            later = moment_events(text, [(opens.end(), opens.end())], clause, lang, True)[0]
            events[i] = None if later is None or later[0] == FIRST_REPORT else later[0]
    return events


@cache
def _soon_after(lang: str) -> re.Pattern[str] | None:
    pack = get_language(lang)
    words = pack.events.SOON_AFTER
    if not words:
        return None
    joiners = alternation(pack.syntax.CLAUSE_JOINERS)  # ", and seconds later"
    return re.compile(rf"[\s,;]*(?:(?:{joiners})\s+)?(?:{alternation(words)})(?![\w-])", re.I)


FIRST_REPORT = "first_report"
"""The moment of the first reports of something ("die ersten Meldungen über tote Fische
gingen am 26. Juli ein", "the first dead birds were reported on Monday"): a word of the
pack's ``events.FIRST_WORDS`` and, later in its clause, one of ``events.REPORT_WORDS``."""


@cache
def _first_report_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    ev = get_language(lang).events
    if not ev.FIRST_WORDS or not ev.REPORT_WORDS:
        return None
    return word_pattern(ev.FIRST_WORDS), word_pattern(ev.REPORT_WORDS)


def is_report_word(word: str, lang: str) -> bool:
    """True for a word of the pack's ``events.REPORT_WORDS`` ("Meldungen", "reported")."""
    patterns = _first_report_patterns(lang)
    return patterns is not None and patterns[1].fullmatch(word) is not None


def first_reports(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` (one clause) from a first word to the nearest
    report word after it ("die *ersten* trägen Fische hatten Angler am 28. Juli
    *gemeldet*"), see :data:`FIRST_REPORT`."""
    patterns = _first_report_patterns(lang)
    if patterns is None:
        return []
    firsts, reports = patterns
    out: list[tuple[int, int]] = []
    for f in firsts.finditer(text, start, end):
        r = reports.search(text, f.end(), end)
        if r is not None and (not out or out[-1][1] != r.end()):
            out.append((f.start(), r.end()))
    return out


def _broken(text: str, end: int, date: int, lang: str) -> bool:
    """True when a word of the pack's ``events.MOMENT_BREAKS`` stands between a first
    report ending at ``end`` and a date after it: "the first deaths reported since the dam
    was breached *on Tuesday*" dates the breach, not the reports."""
    breaks = _breaks_pattern(lang)
    return breaks is not None and date > end and breaks.search(text, end, date) is not None


@cache
def _breaks_pattern(lang: str) -> re.Pattern[str] | None:
    breaks: tuple[str, ...] = get_language(lang).events.MOMENT_BREAKS
    return word_pattern(breaks) if breaks else None


def moment_events(
    text: str,
    spans: list[tuple[int, int]],
    clause: Callable[[int], tuple[int, int]],
    lang: str,
    opening: bool = False,
) -> list[tuple[str, int, int] | None]:
    """The moment each time (a clock time, a day: ``spans``, in text order) gives, with
    the start and end of its word: the nearest event word of the packs'
    ``events.CLOCK_EVENTS`` (or the span of a first report, :data:`FIRST_REPORT`) in its
    clause, when the time is also the nearest of the clause's times to that word; None
    for a time with no such word, and for one right after a word that makes it the time
    of a count (the packs' ``figures.AS_OF_CUES``: "as of", "Stand"; see
    :func:`clock_events`). With ``opening`` (clock times), a time that opens its sentence
    before a comma reads the clause after it."""
    pattern, of, split = _event_pattern(lang)
    joiners = get_language(lang).syntax.COORDINATORS
    out: list[tuple[str, int, int] | None] = []
    status = _cue_before(lang, "AS_OF_CUES")
    for i, (start, end) in enumerate(spans):
        a, b = clause(start)
        if b < end < len(text) or (
            opening and b <= end + 1 < len(text) and len(text[a:start].split()) <= 1
        ):
            # a time with a comma of its own ("am Mittwoch, 8. Juli, während der Sanierung
            # eingestürzt"), or, with ``opening``, a clock time that opens its sentence ("At
            # 3:52 p.m., a transformer caught fire"; not a year, "In 2019, a tanker
            # overturned", of an event before the story's): its clause goes on after it
            b = max(b, clause(end + 1 if text[end : end + 1] == "," else end)[1])
        # read on past asides in brackets: "gegen 6.40 Uhr kurz hinter dem Bahnhof
        # Finnentrop *(Kreis Olpe)* aus den Gleisen sprang"
        b = _past_asides(text, b, clause)
        a = _before_appositions(text, a, clause, lang)
        best: tuple[int, int, int, str] | None = None
        if status.search(text, max(a, start - STATUS_BEFORE), start) is not None:
            out.append(None)  # "no injuries were reported *as of* 10 a.m.": a count's time
            continue
        for m in pattern.finditer(text, a, b):
            word = " ".join(m.group().casefold().split())
            kind, to = moment_of(word, of, lang), m.end()
            if kind is None:
                kind = _particle_kind(text, m.end(), b, split, word)
                if kind is not None:
                    # a split verb brackets what stands between it and its particle: "der
                    # Brand *wurde* erstmals gegen 2.40 Uhr *gemeldet*"
                    to = len(text[:b].rstrip())
            if kind is not None and _behind(text, (start, end), m, spans, b, lang):
                continue  # "trapped *since a roof collapse*": not the time's moment
            if kind is not None and _attributive(text, m.start(), m.end(), lang):
                continue  # "die beiden *entgleisten* Wagen": what befell them, no moment
            dist = _distance((start, end), m.start(), to)
            if m.start() >= end and not joiners.isdisjoint(text[end : m.start()].split()):
                # "lost contact at 10:50 a.m. *and* crashed": the verb after a joiner
                # opens another predicate, the time is the one's before it
                dist += JOINED_PENALTY
            if kind is not None and (best is None or dist < best[0]):
                best = (dist, m.start(), m.end(), kind)
        for fs, fe in first_reports(text, a, b, lang):
            dist = _distance((start, end), fs, fe)
            if (best is None or dist < best[0]) and not _broken(text, fe, start, lang):
                best = (dist, fs, fe, FIRST_REPORT)  # a named moment wins a tie
        if best is None:
            out.append(None)
            continue
        dist, at, to, kind = best
        rivals = [
            _distance(other, at, at + 1)
            for j, other in enumerate(spans)
            if j != i and a <= other[0] < b
        ]
        out.append((kind, at, to) if all(dist <= r for r in rivals) else None)
    return out


_WORDS_AROUND = re.compile(r"[^\W\d_][\w-]*")


def _attributive(text: str, start: int, end: int, lang: str) -> bool:
    """True when the moment word from ``start`` to ``end`` stands before a noun as its
    adjective, in a language that capitalises its nouns (the pack's ``numbers.
    NOUNS_CAPITALISED``): one lower-case word, a capitalised word right after it, and a
    determiner (``attribution.DETERMINERS``) right before it or before one more
    lower-case word ("*die* beiden *entgleisten* Wagen", "*das* gekenterte Boot"): the
    state of a thing, no moment of the story the time could give."""
    pack = get_language(lang)
    word = text[start:end]
    if not pack.numbers.NOUNS_CAPITALISED or not word.isalpha() or not word.islower():
        return False
    after = _WORDS_AROUND.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None or not after.group()[0].isupper():
        return False
    before = _WORDS_AROUND.findall(text, max(0, start - 40), start)[-2:]
    dets = pack.attribution.DETERMINERS
    if not before:
        return False
    if before[-1].casefold() in dets:
        return True
    return len(before) == 2 and before[-1].islower() and before[0].casefold() in dets


BACKGROUND_NEAR = 24
"""Characters after a moment word of a past event behind the sentence (the packs'
``events.MOMENT_BACKGROUND``) within which a time is still that moment's ("since a roof
collapse *on Tuesday*")."""


def _behind(
    text: str,
    time: tuple[int, int],
    word: re.Match[str],
    spans: list[tuple[int, int]],
    b: int,
    lang: str,
) -> bool:
    """True when the moment ``word`` is an event behind what the sentence tells, not the
    moment of the ``time``: right after one of the pack's ``events.MOMENT_BACKGROUND``
    ("six men have been trapped *since a roof collapse*", "trapped *by a roof collapse*
    ... were brought to the surface on Thursday evening") with the time not right after
    it; or after one of the pack's ``figures.EVENT_CLAUSE_OPENERS`` that stands after the
    time, in a clause (up to ``b``) with a time of its own ("trapped on Wednesday *after*
    part of the roof collapsed late Tuesday night": Tuesday night is the collapse's)."""
    background, openers = _background_patterns(lang)
    cue = (
        None
        if background is None
        else background.search(text, max(0, word.start() - BACKGROUND_BEFORE), word.start())
    )
    if cue is not None and not (cue.start() < time[1] and time[0] < cue.end()):
        # (a time inside the phrase is no past event's: "kurz *nach 16 Uhr* umgestürzt")
        return not (word.end() <= time[0] <= word.end() + BACKGROUND_NEAR)
    if openers is None or time[1] > word.start():
        return False
    opener = None
    for m in openers.finditer(text, time[1], word.start()):
        opener = m
    return opener is not None and any(opener.end() <= s < b and (s, e) != time for s, e in spans)


BACKGROUND_BEFORE = 40
"""Characters before a moment word searched for a word of the packs'
``events.MOMENT_BACKGROUND`` and the words between ("since *a roof* collapse")."""


@cache
def _background_patterns(lang: str) -> tuple[re.Pattern[str] | None, Prefiltered | None]:
    """The words of the pack's ``events.MOMENT_BACKGROUND`` and up to two words after them
    ending the window; and the pattern of ``figures.EVENT_CLAUSE_OPENERS`` that
    :func:`~factcheck.extract.figure_cues.event_clause_start` reads."""
    pack = get_language(lang)
    words: tuple[str, ...] = pack.events.MOMENT_BACKGROUND
    background = (
        re.compile(rf"(?<![\w-])(?:{alternation(words)})\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)
        if words
        else None
    )
    openers = (
        cue_pattern(lang, "EVENT_CLAUSE_OPENERS") if pack.figures.EVENT_CLAUSE_OPENERS else None
    )
    return background, openers


@cache
def _cue_before(lang: str, name: str) -> re.Pattern[str]:
    """The cues of the packs' ``figures.<name>`` right before a time: ``AS_OF_CUES`` ("as
    of", "Stand", "bis"), ``CLOCK_AS_OF_CUES`` ("by", "bis")."""
    cues: tuple[str, ...] = getattr(get_language(lang).figures, name)
    return re.compile(rf"(?<![\w-])(?:{alternation(cues)})\s*$", re.IGNORECASE)


STATUS_BEFORE = 16
"""How many characters before a time :func:`moment_events` reads for a cue of status."""


JOINED_PENALTY = 80
"""Characters added to the distance of an event word that follows a time across a
coordinator ("at 10:50 a.m. and crashed"): an event word before the time wins."""


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    return max(start - span[1], span[0] - end, 0)


def first_accident(text: str, lang: str) -> str | None:
    """The kind of accident (``concepts.ACCIDENT_MOMENTS``) the first word of the pack's
    ``events.CLOCK_EVENTS`` of one names in ``text`` ("Regionalzug *entgleist*": a
    derailment; the headline and the lead say what happened), or None."""
    pattern, of, _split = _event_pattern(lang)
    for m in pattern.finditer(text):
        kind = moment_of(" ".join(m.group().casefold().split()), of, lang)
        if kind in ACCIDENT_MOMENTS:
            return kind
    return None
