"""How a figure stands, by the cue words of its clause: a total over the story's parts or
one part, an earlier figure, an early count, a peak, a current level, an increment, the
level a change reached, and the days a crowd's total spans.

Each test reads one word list of the packs' ``figures`` (``TOTAL_CUES``, ``PART_CUES``,
``EARLIER_FIGURE_CUES``, ``INTERIM_CUES``, ``PEAK_CUES``, ``CURRENT_CUES``, ``SPAN_CUES``,
``AS_OF_CUES``, ...), of its ``nouns`` (``INCREMENT_WORDS``, ``EXPANSION_CUES``, ...) or
the number grammar's words of
comparison, compiled once per language and searched only in the window it is given (a
number's stretch of its clause, or a few words around it). :mod:`factcheck.extract.roles`
says what a count counts; this module says how its figure stands to the others.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.clauses import days_and_months, pack_regex
from factcheck.extract.literals import Prefiltered, pack_prefiltered
from factcheck.lang import get_language
from factcheck.lang.concepts import ALL_SCOPE, EACH_SCOPE, PART_SCOPE, SUBSET_SCOPE
from factcheck.lang.spec_figures import Figures
from factcheck.models import Direction


@cache
def _interim_pattern(lang: str) -> Prefiltered:
    return cue_pattern(lang, "INTERIM_CUES")


def _words(lang: str, name: str) -> tuple[str, ...]:
    """The word list ``name`` of the pack's ``figures``, or of its ``nouns`` for a name
    the figures contract does not hold."""
    pack = get_language(lang)
    words: tuple[str, ...] = getattr(pack.figures if name in _FIGURE_NAMES else pack.nouns, name)
    return words


_FIGURE_NAMES = frozenset(Figures.__annotations__)
"""The names of the packs' ``figures`` module (the rest are read from ``nouns``)."""


@cache
def cue_pattern(lang: str, name: str) -> Prefiltered:
    """One pattern for a word list of the pack's ``figures`` or ``nouns`` (``word*`` a
    prefix), skipping a window without the strings it requires."""
    from factcheck.extract.wordlists import word_pattern

    return Prefiltered(word_pattern(_words(lang, name)))


def refers_to_figure(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` names a figure without saying of what ("put *the
    figure* at 45,000", "bezifferten *die Zahl* auf 9.000"; the packs' ``figures.FIGURE_WORDS``):
    it is the figure named before."""
    return cue_pattern(lang, "FIGURE_WORDS").search(text, start, end) is not None


def is_total(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) makes the figure a
    total over the story's parts (the packs' ``figures.TOTAL_CUES``: "together", "in both
    countries", "insgesamt")."""
    return cue_pattern(lang, "TOTAL_CUES").search(text, start, end) is not None


@cache
def _earlier_pattern(lang: str, change: bool = True) -> Prefiltered | None:
    pack = get_language(lang)
    words: tuple[str, ...] = pack.figures.EARLIER_FIGURE_CUES
    if not words:
        return None
    alts = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)
    # a change told new level first: "rose *to 52 from* 38" (the packs' hedges.CHANGE_FRAMES)
    for opener, to in get_language(lang).hedges.CHANGE_FRAMES.items() if change else ():
        level = r"\S*\d\S*(?:\s+[^\W\d]\S*){0,3}?"
        alts += rf"|{re.escape(to)}\s+{level}\s+{re.escape(opener)}"
    arts = "|".join(re.escape(a) for a in pack.nouns.ARTICLES)
    return Prefiltered(
        re.compile(rf"(?<![\w-])(?:{alts})\s+(?:(?:{arts})\s+)?(?:\w+\s+){{0,2}}$", re.IGNORECASE)
    )


def is_earlier_figure(
    text: str, start: int, lang: str, *, dated: bool = False, change: bool = True
) -> bool:
    """True when the words right before the number at ``start`` set it out as an earlier
    figure of the same thing (the packs' ``figures.EARLIER_FIGURE_CUES``: "up from",
    "nach zuvor"; with ``change``, also the level a change came from, told after the new
    one: "rose to 52 *from* 38", by the packs' ``hedges.CHANGE_FRAMES``). With ``dated``
    (the sentence names a time), a cue that points back to that time
    (``figures.THEN_CUES``: "damals") makes no earlier figure; without, such a cue makes
    any later number of its clause an earlier figure (:func:`_then_before`)."""
    pat = _earlier_pattern(lang, change)
    m = None if pat is None else pat.search(text, max(0, start - 60), start)
    if m is not None and _adverb_of_perfect(text, m.start(), lang):
        m = None  # "Das Schiff *hatte zuvor* 2.800 Tonnen entladen": when it was unloaded
    if m is None:
        # "Die Mehrheit lehnte das *damals* mit Verweis auf Kosten von 180.000 Euro ab":
        # a cue pointing back in time governs its clause up to the number
        return not dated and _then_before(text, start, lang)
    if dated:
        then = get_language(lang).figures.THEN_CUES
        cue = " ".join(m.group().split()).casefold()
        return not any(cue.startswith(w.casefold()) for w in then)
    return True


def _adverb_of_perfect(text: str, at: int, lang: str) -> bool:
    """True when the cue of an earlier figure at ``at`` is one word right after a perfect
    auxiliary (the pack's ``attribution.PERFECT_AUXILIARIES``: "hatte *zuvor*", "had
    *previously*"): an adverb of the clause's verb, no figure set out as an earlier one."""
    first = text[at : at + 24].split()[:1]
    cues = _folded(lang, "EARLIER_FIGURE_CUES")
    if not first or first[0].casefold() not in cues:
        return False
    before = text[max(0, at - 12) : at].split()
    auxiliaries = get_language(lang).attribution.PERFECT_AUXILIARIES
    return bool(before) and before[-1].casefold() in auxiliaries


THEN_REACH = 80
"""Characters before a number searched for a word of the packs' ``figures.THEN_CUES``."""


def _then_before(text: str, start: int, lang: str) -> bool:
    """True when a word of the pack's ``figures.THEN_CUES`` ("damals", "at the time")
    stands before the number at ``start`` in its clause, within :data:`THEN_REACH`
    characters and with no punctuation between ("Nineteen people were hiking *at the
    time*, ... and 13 survivors were pulled" is another clause)."""
    lo = max(0, start - THEN_REACH)
    ends = [m.end() for m in cue_pattern(lang, "THEN_CUES").finditer(text, lo, start)]
    return bool(ends) and not re.search(r"[.,!?;:]\s", text[ends[-1] : start])


def tells_of_another_event(text: str, s: int, lang: str) -> bool:
    """True when the sentence from ``s`` opens by setting its figures beside another event
    (the packs' ``figures.OTHER_EVENT_OPENERS``: "By comparison, ...", "Zum Vergleich:
    ..."): they are that event's."""
    pat = pack_regex(lang, "figures", "OTHER_EVENT_OPENERS", re.IGNORECASE)
    return pat is not None and pat.match(text, s, min(len(text), s + 80)) is not None


def tells_of_expansion(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` tells of a place made bigger (the packs'
    ``nouns.EXPANSION_CUES``)."""
    return cue_pattern(lang, "EXPANSION_CUES").search(text, start, end) is not None


def is_span_total(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) makes a crowd's
    figure a total over a span of days (the packs' ``figures.SPAN_CUES``, also as the last
    part of a hyphenated compound: "am ersten Festival-Wochenende")."""
    return _span_pattern(lang).search(text, start, end) is not None


@cache
def _span_pattern(lang: str) -> re.Pattern[str]:
    from factcheck.extract.wordlists import alternation

    words: tuple[str, ...] = get_language(lang).figures.SPAN_CUES
    return re.compile(rf"(?<![\w-])(?:\w+-)?(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


@cache
def _as_of_pattern(lang: str) -> re.Pattern[str]:
    from factcheck.extract.wordlists import alternation

    words: tuple[str, ...] = get_language(lang).figures.AS_OF_CUES
    # a clock time may stand between ("as of 9 p.m. on Tuesday"): up to three words
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?:\s+\S+){{0,3}}\s*$", re.IGNORECASE)


def is_as_of(text: str, start: int, lang: str) -> bool:
    """True when the words right before the time at ``start`` make it the time the
    sentence's figures are counted at (the packs' ``figures.AS_OF_CUES``: "as of", "Stand")."""
    return _as_of_pattern(lang).search(text, max(0, start - 40), start) is not None


def is_compared_to(text: str, start: int, lang: str) -> bool:
    """True when the time at ``start`` is what a figure is compared with: right after a
    hedge of more or less written as words (the packs' ``hedges.HEDGES``: "500,000 fewer
    *than* last year", "rund 100 mehr *als im* Vorjahr"), and a word at most between; or
    inside the base a change is measured against (the packs' ``nouns.CHANGE_BASES``: "up 18%
    *from a year earlier*", "a 12% rise *on the same period last year*"). Such a time is
    not the time of the sentence's figures."""
    pattern = _compared_pattern(lang)
    if pattern is not None and pattern.search(text, max(0, start - 30), start) is not None:
        return True
    from factcheck.extract.roles import table_words

    return any(
        a <= start < b
        for a, b, _ in table_words(text, max(0, start - 40), start + 40, lang, "CHANGE_BASES")
    )


@cache
def _compared_pattern(lang: str) -> re.Pattern[str] | None:
    from factcheck.extract.numbers.grammar import _grammar
    from factcheck.extract.wordlists import alternation

    words = list(_grammar(lang).comparison_of)  # the number grammar's own comparisons
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)


def is_current(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) gives the figure
    as of the time of writing (the packs' ``figures.CURRENT_CUES``: "now", "inzwischen")."""
    return _of_the_figure(cue_pattern(lang, "CURRENT_CUES"), text, start, end, lang)


def _of_the_figure(pat: Prefiltered, text: str, start: int, end: int, lang: str) -> bool:
    """True when a cue of ``pat`` in ``text[start:end]`` is said of the figure, not of a
    superlative right after it (the packs' ``figures.SUPERLATIVE_AFTER``: "bei dem
    *bislang schwersten* Übergriff wurden 27 Schafe getötet" is no count so far)."""
    superlative = pack_regex(lang, "figures", "SUPERLATIVE_AFTER")
    for m in pat.finditer(text, start, end):
        if superlative is None or superlative.match(text, m.end()) is None:
            return True
    return False


def is_occurrence(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) gives the figure of
    one more occurrence of a repeated event (the packs' ``figures.OCCURRENCE_CUES``:
    "*Diesmal* wurden acht Schafe getötet", "*this time*"): no total of the story."""
    return cue_pattern(lang, "OCCURRENCE_CUES").search(text, start, end) is not None


def is_still(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) gives people as
    still in a state (the packs' ``figures.STILL_CUES``: "remained", "liegen noch")."""
    return cue_pattern(lang, "STILL_CUES").search(text, start, end) is not None


def is_running(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a count's stretch of its clause) tells the count has
    grown to what it is by the time of writing (the packs' ``figures.RUNNING_CUES``: "so
    far", "inzwischen"), or what follows the stretch gives it as more than an earlier
    report said (``figures.RAISED_AFTER``: "26 cars derailed, *three more than the railroad
    first reported*")."""
    if _of_the_figure(cue_pattern(lang, "RUNNING_CUES"), text, start, end, lang):
        return True
    raised = pack_prefiltered(lang, "figures", "RAISED_AFTER", re.IGNORECASE)
    return (
        raised is not None
        and raised.may_match(text, end, end + RAISED_REACH)
        and raised.pattern.match(text, end, end + RAISED_REACH) is not None
    )


RAISED_REACH = 120
"""Characters after a count's stretch read for ``figures.RAISED_AFTER``."""


def part_cue_at(text: str, start: int, end: int, lang: str) -> int | None:
    """Where the first word in ``text[start:end]`` that opens a part of what was counted
    stands (the packs' ``figures.PART_CUES``: "darunter", "including"), or None."""
    m = cue_pattern(lang, "PART_CUES").search(text, start, end)
    return None if m is None else m.start()


@cache
def _folded(lang: str, name: str) -> frozenset[str]:
    """The words of the pack's ``figures.<name>`` (or ``nouns.<name>``), folded."""
    return frozenset(w.casefold() for w in _words(lang, name))


def pack_words(lang: str, name: str) -> frozenset[str]:
    """The pack's word list ``name`` (of ``figures``, else of ``nouns``), folded, built
    once."""
    return _folded(lang, name)


def is_part(text: str, start: int, end: int, lang: str, at: int | None = None) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) gives the figure
    for one part of the story (the packs' ``figures.PART_CUES``: "alone", "allein"); not a
    cue of one alone said of a day ("2,400 flights were cancelled *on Friday alone*",
    "*allein am Freitag*"): the day's figure is the story's whole for that day. With the
    figure's start ``at``, a cue that opens a list of parts (``figures.PART_INTRODUCERS``)
    counts after it only right after its noun ("15 *davon* schwer"), not past a comma or
    a few words ("killed 12 people, *including* a child": 12 is the whole; "30 Fahrgäste
    trugen Verletzungen *davon*")."""
    for m in cue_pattern(lang, "PART_CUES").finditer(text, start, end):
        word = m.group().casefold()
        if at is not None and m.start() > at and word in _folded(lang, "PART_INTRODUCERS"):
            between = text[at : m.start()]
            if "," in between or len(between.split()) > 3:
                continue  # after the whole it lists ("15 *davon*" right after is a part)
        if not (_folded(lang, "ALONE_CUES") & {word} and _of_a_day(text, m, lang)):
            return True
    return False


@cache
def _day_words(lang: str) -> frozenset[str]:
    """Weekdays and months (``clauses.days_and_months``) and the relative days ("heute")."""
    relative = get_language(lang).time.RELATIVE_DAYS
    return days_and_months(lang) | {w.casefold() for w in relative}


def _of_a_day(text: str, m: re.Match[str], lang: str) -> bool:
    """True when a day's word stands right before the cue ("on Friday *alone*"), or within
    two words after a cue that opens its clause ("*Allein* am Freitag"; but "in the United
    States *alone* on Friday" is a place's part)."""
    days = _day_words(lang)
    before = text[max(0, m.start() - 24) : m.start()].split()
    if before and before[-1].strip(",.;:").casefold() in days:
        return True
    opens = not before or before[-1][-1:] in ",.;:!?–—("
    after = text[m.end() : m.end() + 30].split()[:2]
    return opens and any(w.strip(",.;:").casefold() in days for w in after)


LEVEL_REACH = 40
"""Characters around a number searched for the change whose level it is."""


def reaches_level(text: str, start: int, end: int, lang: str) -> bool:
    """True when the number at ``start:end`` is the level a change reached: the connector
    of the packs' ``hedges.CHANGE_FRAMES`` right before it and a change word
    (``hedges.INCREASE_WORDS``, ``DECREASE_WORDS``) next to them ("the death toll *rose
    to* 14", "die Zahl der Toten *stieg auf* 14", "ist *auf* 14 *gestiegen*"), the size of
    the change between them or not ("*sank* um 17,8 Prozent *auf* 215.900"): what it
    counts is the change's subject, named as surely as by a noun of its own."""
    return level_reached_by(text, start, end, lang) is not None


def level_reached_by(text: str, start: int, end: int, lang: str) -> Direction | None:
    """The way the change went whose level the number at ``start:end`` is (see
    :func:`reaches_level`): ``Direction.INCREASE`` for "the toll *rose to* 34", "die Zahl
    der Verletzten *stieg auf* 34", ``DECREASE`` for a fall (a rise when the words say
    both), None when the number is no level a change reached."""
    hedges = get_language(lang).hedges
    before = text[max(0, start - LEVEL_REACH) : start].split()
    connectors, markers = _change_words(lang)
    if not before or before[-1].casefold() not in connectors:
        return None
    back = before[-5:-1]  # "*bringing* the death toll to five"
    if any(w.casefold() in markers for w in back):
        back = before[-7:-1]  # "sank *um 17,8 Prozent* auf 215.900": the size between
    near = [*back, *text[end : end + LEVEL_REACH].split()[:3]]
    words = {w.strip(".,;:!?").casefold() for w in near}
    if not words.isdisjoint(hedges.INCREASE_WORDS):
        return Direction.INCREASE
    if not words.isdisjoint(hedges.DECREASE_WORDS):
        return Direction.DECREASE
    return None


@cache
def _change_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The packs' connectors of a change's level (``hedges.CHANGE_FRAMES``: "to", "auf")
    and its change markers (``hedges.CHANGE_MARKERS``: "by", "um"), folded."""
    hedges = get_language(lang).hedges
    connectors = frozenset(c.casefold() for c in hedges.CHANGE_FRAMES.values())
    return connectors, frozenset(m.casefold() for m in hedges.CHANGE_MARKERS)


def is_peak(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) gives the highest
    level a count reached (the packs' ``figures.PEAK_CUES``: "at its peak", "zu
    Spitzenzeiten")."""
    return cue_pattern(lang, "PEAK_CUES").search(text, start, end) is not None


def is_increment(text: str, start: int, end: int, lang: str) -> bool:
    """True when a word of the pack's ``nouns.INCREMENT_WORDS`` stands right before or
    right after the number at ``start:end`` ("*weitere* 15.000", "800 *weitere*", "a
    *further* 300", "20 *more*"): settled once the article is read."""
    words = _folded(lang, "INCREMENT_WORDS")
    if not words:
        return False
    if word_before_in(text, start, lang, "INCREMENT_WORDS") is not None:
        return True
    after = text[end : end + 16]
    if after[:1].isspace():
        first = after.split(None, 1)[:1]
        return bool(first) and first[0].rstrip(".,;:!?").casefold() in words
    return False


def word_before_in(text: str, start: int, lang: str, name: str) -> str | None:
    """The word right before ``start``, past white space, folded, when the pack's word
    list ``name`` holds it ("*weitere* 15.000", "die *übrigen* drei", "the *youth*
    unemployment rate"), else None."""
    before = text[max(0, start - 16) : start]
    if not before[-1:].isspace():
        return None
    last = before.split()[-1:]
    word = last[0].casefold() if last else ""
    return word if word and word in _folded(lang, name) else None


def elapsed_end(text: str, end: int, b: int) -> int:
    """Where the words after a time elapsed end: the clause's end ``b``, or a comma before
    it past the words the time opens ("frei*,* teils ohne Heizung"; not the comma right
    after it: "After nearly two hours*,* the crew were ...")."""
    comma = text.find(",", end, b)
    if comma >= 0 and not text[end:comma].strip():
        comma = text.find(",", comma + 1, b)
    return b if comma < 0 else comma


def word_after_in(text: str, end: int, lang: str, name: str) -> bool:
    """True when the words right after ``end``, past white space, open with one of the
    pack's word list ``name`` ("600 feet *from* the chamber", "180 Meter *von* der
    Kammer")."""
    after = text[end : end + 32]
    if not after[:1].isspace():
        return False
    rest = after.lstrip().casefold()
    return any(
        rest.startswith(w) and not rest[len(w) : len(w) + 1].isalnum() for w in _folded(lang, name)
    )


def part_or_total(text: str, start: int, end: int, lang: str, at: int | None = None) -> str | None:
    """``concepts.PART_SCOPE`` when ``text[start:end]`` gives a figure (at ``at``) for one
    part of the story (:func:`is_part`), else ``ALL_SCOPE`` when it makes it a total over
    the parts (:func:`is_total`), else None."""
    if is_part(text, start, end, lang, at) or (at is not None and fraction_before(text, at, lang)):
        return PART_SCOPE
    if at is None:
        # (the opening of its sentence: a cue there of another number is that number's)
        cues = cue_pattern(lang, "TOTAL_CUES").finditer(text, start, end)
        return next((ALL_SCOPE for m in cues if not _number_next(text, m.end(), end, lang)), None)
    for m in cue_pattern(lang, "TOTAL_CUES").finditer(text, start, end):
        if m.start() > at and text[m.end() : m.end() + 3].lstrip()[:1].isdigit():
            continue  # "121 Anlagen mit *zusammen* 640 Megawatt": the next figure's
        if m.end() < at and _number_next(text, m.end(), at, lang):
            continue  # "fell across *all* four lanes and struck three vehicles": the lanes'
        return ALL_SCOPE
    return None


_NEXT_WORD = re.compile(r"[\s,;:]*(\S+)")


def _number_next(text: str, end: int, figure: int, lang: str) -> bool:
    """True when the word right after ``end`` is a number, in digits or a word of the
    pack's ``numbers.CARDINALS``, that starts before the figure at ``figure`` ("*all*
    four lanes ... three vehicles"; not the figure itself: "*All* 12 passengers", "In
    *all*, 40 people")."""
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 24))
    if nxt is None or nxt.start(1) >= figure:
        return False
    word = nxt.group(1).strip(",;:.").casefold()
    return word[:1].isdigit() or word in _cardinals(lang)


@cache
def _cardinals(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(lang).numbers.CARDINALS)


FRACTION_BEFORE = 48
"""Characters before a figure searched for a fraction it restates (:func:`fraction_before`)."""


@cache
def _fraction_pattern(lang: str) -> re.Pattern[str] | None:
    from factcheck.extract.wordlists import alternation

    pack = get_language(lang)
    fractions = tuple(pack.numbers.FRACTIONS)
    if not fractions:
        return None
    # a noun group with its article ("half *of the* penalty", "die Hälfte *der* Strafe"),
    # not a pronoun ("two thirds of it, 68 per cent": the share restated)
    return re.compile(
        rf"(?<![\w-])(?:{alternation(fractions)})\s+(?:[^\W\d_]+\s+)?"
        rf"(?:{alternation(tuple(pack.syntax.ARTICLES))})\s+(?:[^\W\d_]+\s+)?"
        r"(?P<noun>[^\W\d_]+),\s*$",
        re.IGNORECASE,
    )


def fraction_before(text: str, at: int, lang: str) -> bool:
    """True when the figure at ``at`` restates a fraction of a whole right before it, set
    off by a comma (the pack's ``numbers.FRACTIONS``: "*half of the penalty*, about $6.25
    million", "*die Hälfte der Strafe*, rund 6,25 Millionen Euro"): a part of that whole,
    not the whole; not a part of a time ("in the first half of the year, 300 people").
    """
    window = text[max(0, at - FRACTION_BEFORE) : at]
    if not window.rstrip().endswith(",") or not any(
        w in window.casefold() for w in get_language(lang).numbers.FRACTIONS
    ):
        return False  # (most figures: no comma and fraction right before them)
    pat = _fraction_pattern(lang)
    m = None if pat is None else pat.search(text, max(0, at - FRACTION_BEFORE), at)
    if m is None:
        return False
    noun, pack = m.group("noun").casefold(), get_language(lang)
    # (nor of a unit: "for half an hour, 200 people")
    return not (noun in pack.time.UNITS or noun in pack.units.UNIT_WORDS) and noun not in (
        days_and_months(lang)
    )


def names_segment(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]``, the words of a figure's stretch before it, name one
    sector, industry or division of a whole (the packs' ``nouns.SEGMENT_PATTERN``: "the
    health care *sector* added 68,000 jobs"): the figure is that part's."""
    pat = pack_prefiltered(lang, "nouns", "SEGMENT_PATTERN")
    return pat is not None and pat.search(text, start, end) is not None


def is_alone(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` says its figure's part is one of several (the packs'
    ``figures.ALONE_CUES``: "allein", "alone")."""
    return cue_pattern(lang, "ALONE_CUES").search(text, start, end) is not None


EACH_BEFORE = 24
"""How many characters before a figure :func:`is_each` and :func:`scope_before` read."""

_EACH_GAP = re.compile(r"\s+(?:(?P<word>[^\W\d_][\w-]*)\s+)?")
"""What may stand between a word of ``figures.EACH_CUES`` and its figure: a word at most."""


def scope_before(text: str, start: int, lang: str, sentence: int | None = None) -> str | None:
    """The scope the words right before the figure at ``start`` give it: each one's of
    several things (:func:`is_each`: ``concepts.EACH_SCOPE``; so are the figures of a
    sentence from ``sentence`` that opens with one of the packs' ``figures.EACH_OPENERS``,
    in its first clause: "*Each* train had six cars and was carrying roughly 450
    passengers", not "..., and said its crew of eight"), or those left
    out of what the clause says (the packs' ``figures.ALL_BUT_CUES``, "*All but* one have
    been released": ``concepts.SUBSET_SCOPE``); else None."""
    if is_each(text, start, lang) or (
        sentence is not None
        and _opens_with_each(text, sentence, start, lang)
        and not any(c in text[sentence:start] for c in ",;:")  # its first clause only
    ):
        return EACH_SCOPE
    lo = max(0, start - EACH_BEFORE)
    for m in cue_pattern(lang, "ALL_BUT_CUES").finditer(text, lo, start):
        if not text[m.end() : start].strip():
            return SUBSET_SCOPE
    return None


def _opens_with_each(text: str, sentence: int, start: int, lang: str) -> bool:
    """True when the sentence from ``sentence`` opens with a word of the packs'
    ``figures.EACH_OPENERS`` and a word after it, before ``start`` (read without a regex:
    it is asked once per figure)."""
    words = text[sentence : min(start, sentence + 40)].split(None, 2)
    return (
        len(words) >= 2
        and words[0].strip("\"“„'(").casefold() in _each_openers(lang)
        and words[1][:1].isalpha()
    )


@cache
def _each_openers(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(lang).figures.EACH_OPENERS)


def is_each(text: str, start: int, lang: str) -> bool:
    """True when a word of the packs' ``figures.EACH_CUES`` stands right before the figure
    at ``start``, or a verb between them (``nouns.VERB_WORDS``, ``nouns.VERB_LIKE_SUFFIXES``):
    "*each* killing two people", "*each* held 40", "*jeweils* zwei Tote"; not "each of 12
    miners", "each year 20 people"."""
    nouns = get_language(lang).nouns
    for m in cue_pattern(lang, "EACH_CUES").finditer(text, max(0, start - EACH_BEFORE), start):
        gap = _EACH_GAP.fullmatch(text, m.end(), start)
        if gap is None:
            continue
        word = (gap.group("word") or "").casefold()
        if not word or word in nouns.VERB_WORDS or word.endswith(nouns.VERB_LIKE_SUFFIXES):
            return True
    return False


def is_average(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` makes its figure an average (the packs'
    ``figures.AVERAGE_CUES``: "im Schnitt", "on average"). Where nouns are written in lower
    case, a cue capitalised after a capitalised word is a word of a name ("the Dow Jones
    Industrial *Average* fell 1,034 points")."""
    lower_nouns = not get_language(lang).numbers.NOUNS_CAPITALISED
    for m in cue_pattern(lang, "AVERAGE_CUES").finditer(text, start, end):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if lower_nouns and text[m.start()].isupper() and before and before[-1][:1].isupper():
            continue
        return True
    return False


def in_projection(text: str, start: int, lang: str) -> bool:
    """True when the paragraph around ``start`` gives a projection or an exit poll (the
    packs' ``figures.PROJECTION_CUES``: "*Laut der Hochrechnung* von 18.45 Uhr kam die CDU auf
    30,5 Prozent"): its figures are an election night's estimate."""
    a = max(text.rfind("\n\n", 0, start) + 1, start - PROJECTION_REACH)
    b = text.find("\n\n", start)
    b = min(len(text) if b < 0 else b, start + PROJECTION_REACH)
    return cue_pattern(lang, "PROJECTION_CUES").search(text, a, b) is not None


PROJECTION_REACH = 600
"""Characters on each side of a figure read for a projection cue, within its paragraph
(a text with no paragraph breaks is not one paragraph)."""


def is_interim(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` (a number's stretch of its clause) marks an early or
    partial count (the packs' ``figures.INTERIM_CUES``)."""
    return _interim_pattern(lang).search(text, start, end) is not None


@cache
def _ranking_pattern(lang: str) -> re.Pattern[str] | None:
    words: tuple[str, ...] = get_language(lang).figures.RANKING_WORDS
    if not words:
        return None
    alts = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)
    return re.compile(rf"(?:^|[\s-])(?:{alts})(?![\w])", re.IGNORECASE)


def is_ranking(text: str, end: int, stop: int, lang: str) -> bool:
    """True when an ordinal ranks ("second-deadliest", "zweitgrößte"): a ranking word
    (the packs' ``figures.RANKING_WORDS``) within the next two words."""
    pat = _ranking_pattern(lang)
    if pat is None:
        return False
    window = text[end : min(stop, end + 30)]
    words = re.split(r"(?=\s)", window)[:3]
    return pat.search("".join(words)) is not None


def above_threshold(text: str, end: int, lang: str) -> bool:
    """True when a threshold follows the counted noun ending at ``end`` (the packs'
    ``nouns.THRESHOLD_AFTER``: "15 aftershocks *of magnitude 4.5 or greater*"): the figure
    counts only the things above it, a subset."""
    if not any(ch.isdigit() for ch in text[end : end + 40]):
        return False  # no threshold without a number (most nouns: no pattern call)
    pattern = pack_regex(lang, "nouns", "THRESHOLD_AFTER")
    return pattern is not None and pattern.match(text, end) is not None


def restates(text: str, end: int, start: int, lang: str) -> bool:
    """True when ``text[end:start]``, between two figures, joins the second to the first as
    the same told in other terms (the packs' ``nouns.RESTATING_JOINS``: "4,300 jobs*, or*
    about 9% of its workforce")."""
    between = text[end:start].strip().lstrip(",").strip().casefold()
    return between in _folded(lang, "RESTATING_JOINS")


def moved_by(text: str, start: int, head: str, lang: str) -> Direction | None:
    """The way a level moved when the count at ``start`` of the noun ``head`` is a move
    (the packs' ``nouns.MOVE_UNITS`` after a word of ``hedges.INCREASE_WORDS`` or
    ``DECREASE_WORDS``: "the Dow *fell* 1,214 *points*", "was *down* more than 1,500
    points"), else None."""
    pack = get_language(lang)
    if head.casefold() not in pack.nouns.MOVE_UNITS:
        return None
    before = [w.strip(",.;:").casefold() for w in text[max(0, start - 40) : start].split()]
    for word in reversed(before[-3:]):  # past a hedge: "dropped *about* 480 points"
        if word in pack.hedges.INCREASE_WORDS:
            return Direction.INCREASE
        if word in pack.hedges.DECREASE_WORDS:
            return Direction.DECREASE
    return None


def event_clause_start(text: str, start: int, at: int, lang: str) -> int | None:
    """Where the clause about an event that holds the time at ``at`` begins (the last of
    the packs' ``figures.EVENT_CLAUSE_OPENERS`` in ``text[start:at]`` with no comma or
    semicolon after it: "38 were killed *after* the typhoon swept the islands at the
    weekend"), or None: that time dates the event, not the figures before the opener."""
    last = None
    for m in cue_pattern(lang, "EVENT_CLAUSE_OPENERS").finditer(text, start, at):
        last = m
    if last is None or any(c in text[last.end() : at] for c in ",;"):
        return None
    return last.start()


LABEL_MAX = 60
"""Characters of a list line's label before its colon ("- GIZ Nord (Göttingen): 96")."""

_BULLETS = "-–—•*·▪"


def list_label_end(text: str, s: int, figure: int | None = None) -> int | None:
    """Where the label of the list or table line at ``s`` ends (its colon), when the line
    is a label and a figure ("- GIZ Erfurt: 118 Anfragen", "Rückbau: 178 Anlagen"): a
    bullet or a capital opens it, no digit or line break is in it, a number follows the
    colon, after one word at most (its hedge: "- Zwickau: rund 620 Stellen"); the figure
    read, when ``figure`` gives where it starts, may be a number word ("- Entgleist: neun
    Wagen"). None for any other line."""
    colon = text.find(":", s, s + LABEL_MAX)
    if colon < 0:
        return None
    label = text[s:colon]
    if (
        "\n" in label
        or any(map(str.isdigit, label))
        or not (label[:1] in _BULLETS or label[:1].isupper())
        or not (
            _figure_after(text[colon + 1 : colon + LABEL_FIGURE])
            or (
                figure is not None
                and colon < figure <= colon + LABEL_FIGURE
                and len(text[colon + 1 : figure].split()) <= 1
                and "\n" not in text[colon:figure]
            )
        )
    ):
        return None
    return colon


def _figure_after(after: str) -> bool:
    """True when ``after`` (what follows a label's colon) opens with a number, or with one
    word and a number on the label's line (a hedge: "rund 620")."""
    if after[:2].strip()[:1].isdigit():
        return True
    words = after.split("\n", 1)[0].split(None, 2)
    return len(words) > 1 and words[0].rstrip(".").isalpha() and words[1][:1].isdigit()


LABEL_FIGURE = 24
"""Characters after a label's colon searched for its figure."""


def names_its_count(text: str, s: int, e: int, lang: str) -> bool:
    """True when ``text[s:e]`` names what a count counts (the pack's ``nouns.NUMBER_OF``:
    "die Zahl *der Sterbefälle*")."""
    pat = pack_prefiltered(lang, "nouns", "NUMBER_OF", re.IGNORECASE)
    return pat is not None and pat.search(text, s, e) is not None


def moves_by(words: str, lang: str) -> bool:
    """True when ``words`` (a count's noun phrase) hold a noun a level moves by (the pack's
    ``nouns.MOVE_UNITS``: "the Dow closed 200 *points* higher"): no place shut. The words,
    not the noun's head: "points higher" is read as a rise (head "high"), which names what
    the figure measures."""
    low = words.casefold().split()
    return any(w.startswith(u) for w in low for u in get_language(lang).nouns.MOVE_UNITS)
