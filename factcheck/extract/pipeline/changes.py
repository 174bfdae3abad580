"""The pipeline, changes: a percentage change ("die Renten steigen um 3,92 Prozent
gegenüber dem Vorjahr", "deliveries rose 18% from a year earlier") keyed by what changed
and the base it is measured against (``change:<subject>:<base>``), so that two articles'
changes of one thing over one base are compared. A change whose base or subject is not
said stays uncompared: "shares rose 4% in early trading" and "closed up 2.5%" may both be
right.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.matches import NumberRole
from factcheck.extract.pipeline.state import marked
from factcheck.extract.pipeline.subjects import OF_ROLES
from factcheck.extract.roles import subject_words, table_words
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    CHANGE_PREFIX,
    EARLIER_SCOPE,
    GENERIC_PERSONS,
    PER_DAY_SPAN,
    PER_HOUR_SPAN,
    RATE,
    RATE_SPANS,
    SPAN_SCOPE,
    SUBJECT_DIMENSIONS,
)
from factcheck.models import Claim, Measure, Quantity, TimeKind, TimeRef, UnitKind
from factcheck.models.time import covers_calendar_period

MONEY = "money:"
"""How the key of a sum of money with a subject begins ("money:profit")."""

LEVEL_REACH = 120
"""Characters around a change searched for the level it belongs to ("delivered 412,300
vehicles in the third quarter, up 18% from a year earlier")."""


def changes_keyed(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each percentage change with a base (the packs' ``nouns.CHANGE_BASES``:
    "gegenüber dem Vorjahr", "from a year earlier", "from the previous month") and a
    subject keyed ``change:<subject>:<base>``. The subject is the nearest word before the
    change in its sentence that names what a measure measures (``nouns.MEASURE_SUBJECTS``:
    "*Revenue* rose 16% from a year earlier", "die *Inflationsrate* stieg gegenüber dem
    Vormonat um 0,3 Prozent"), else the counted thing of the nearest level in its sentence
    ("delivered 412,300 *vehicles*, up 18% from a year earlier")."""
    if not any(_is_change(c) for c in claims):
        return claims
    out: list[Claim] = []
    clauses = _Clauses(text, lang)
    figures: dict[int, list[Claim]] = defaultdict(list)  # the figures of each sentence
    for c in claims:
        if c.quantity is not None and c.sentence is not None:
            figures[c.sentence.start].append(c)
    period: TimeRef | None = None  # the calendar period of the article's first such figure
    for c in claims:
        if (
            period is None
            and _calendar(c.time)
            and not (c.measure and EARLIER_SCOPE in c.measure.scope)
        ):
            period = c.time
        if not _is_change(c) or c.measure is None or c.sentence is None:
            out.append(c)
            continue
        s = c.sentence.start
        a, b = clauses.of(c)
        mine = figures[s]
        # only the stretch since the figure before it in its sentence is its own ("up 46%
        # from a year earlier, as passenger numbers rose 10%": the 10% has no base)
        own = max([s, *(o.span.end for o in mine if o.span.end <= c.span.start)])
        # its clause's base, else one in a clause with no figure right before it ("On a
        # monthly basis, consumer prices rose 0.3%")
        bases = table_words(text, a, b, lang, "CHANGE_BASES")
        if not bases and own == s < a:
            pa, pb = clauses.at(c, max(s, a - 2))
            if not any(ch.isdigit() for ch in text[pa:pb]):
                bases = table_words(text, pa, pb, lang, "CHANGE_BASES")[-1:]
        subject = _subject(c, own, mine, text, lang) if bases else None
        if not bases or subject is None:
            out.append(c)
            continue
        key = f"{CHANGE_PREFIX}:{subject}:{bases[0][2]}"
        # a change is told apart by its subject, base and period, never by a flow in its
        # sentence ("up 18% ..., helped by a push into Europe")
        update = {"thing": key, "concept": key, "origin": None, "destination": None}
        measure = c.measure.model_copy(update=update)
        told: dict[str, object] = {"measure": measure}
        if not _calendar(c.time) and period is not None:
            # "Der Nettogewinn lag bei 612 Millionen Euro, 3,2 Prozent weniger als im
            # Vorjahresquartal": of the period the article reports on, which its first
            # figures are given for ("im zweiten Quartal"; a day with it is the day it was
            # announced); not a period named later ("revised May's gain" in June's report)
            told["time"] = period
        out.append(c.model_copy(update=told))
    return out


def _calendar(t: TimeRef | None) -> bool:
    """True for a resolved time of a calendar period (a month, a quarter, a year)."""
    if t is None or not t.resolved or t.start is None or t.end is None:
        return False
    return t.kind is not TimeKind.SINCE and covers_calendar_period(t.start, t.end)


class _Clauses:
    """The clauses of the claims of one article, read with one sentence index per sentence
    (the claims come in text order)."""

    __slots__ = ("_index", "_lang", "_text")

    def __init__(self, text: str, lang: str) -> None:
        self._text, self._lang = text, lang
        self._index: SentenceIndex | None = None

    def at(self, c: Claim, pos: int) -> tuple[int, int]:
        """The clause around ``pos`` in the sentence of ``c`` (which has one)."""
        assert c.sentence is not None
        s, e = c.sentence.start, c.sentence.end
        if self._index is None or (self._index.start, self._index.end) != (s, e):
            self._index = SentenceIndex(self._text, s, e, self._lang)
        return self._index.clause(pos)

    def of(self, c: Claim) -> tuple[int, int]:
        """The clause of ``c``."""
        return self.at(c, c.span.start)


def _is_change(c: Claim) -> bool:
    q = c.quantity
    return q is not None and q.change and q.unit_kind is UnitKind.PERCENT


def _subject(c: Claim, s: int, claims: list[Claim], text: str, lang: str) -> str | None:
    """What changed: a subject word before the change in its sentence (starting at ``s``),
    else the counted thing of the nearest level of ``claims`` (its sentence's figures) near
    it (see :func:`changes_keyed`)."""
    # a physical measure's subject word is mostly its verb ("the river *rose* to 7 m")
    words = [
        w
        for w in subject_words(text, s, c.span.start, lang)
        if SUBJECT_DIMENSIONS.get(w[2]) in (None, RATE)
    ]
    if words:
        return words[-1][2]
    best: tuple[int, str] | None = None
    for o in claims:
        q, m = o.quantity, o.measure
        if o is c or q is None or q.change or m is None or o.sentence != c.sentence:
            continue
        if q.unit_kind is UnitKind.CURRENCY and m.key.startswith(MONEY):
            key = m.key[len(MONEY) :]  # "a profit of 360 million euros, up 46%": profit
        elif q.unit_kind is UnitKind.COUNT and m.concept and m.key not in GENERIC_PERSONS:
            key = m.key
        else:
            continue
        dist = max(c.span.start - o.span.end, o.span.start - c.span.end)
        if dist <= LEVEL_REACH and (best is None or dist < best[0]):
            best = (dist, key)
    return None if best is None else best[1]


def spans_marked(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each sum of money whose clause says how long a span it is given for
    (the pack's ``time.FIGURE_SPANS``: "Group revenue *for the quarter* fell to £1.42
    billion", "revenue *for the first nine months* came to £4.3bn") marked with
    ``scope:span-<span>``: two sums given for spans of two lengths are not compared. A
    share or a count right before a word of a rate per year is one ("about 15 cases *a
    year*", "4.5% *a year*")."""
    if not get_language(lang).time.FIGURE_SPANS:
        return claims
    out: list[Claim] = []
    clauses = _Clauses(text, lang)
    worded: dict[tuple[int, int], bool] = {}  # per sentence: does it hold a word of a span?
    for c in claims:
        q, m, sentence = c.quantity, c.measure, c.sentence
        # a share, or a count ("about 15 cases *a year*"), has a span only as a rate per year
        rate_only = q is not None and (
            q.unit_kind is UnitKind.PERCENT or (q.unit_kind is UnitKind.COUNT and not q.change)
        )
        if (
            q is None
            or m is None
            or sentence is None
            or not (rate_only or q.unit_kind is UnitKind.CURRENCY or _gathered(q, m))
        ):
            out.append(c)
            continue
        key = (sentence.start, sentence.end)
        if key not in worded:
            worded[key] = bool(table_words(text, *key, lang, "FIGURE_SPANS", "time"))
        if not worded[key]:
            out.append(c)  # no word of a span in its sentence
            continue
        a, b = clauses.of(c)
        found = [
            f
            for f in table_words(text, a, b, lang, "FIGURE_SPANS", "time")
            if f"{SPAN_SCOPE}{f[2]}" not in RATE_SPANS or _rate(c, f, text, rate_only, lang)
        ]
        if rate_only:  # a share or a count has a span of its own only as a rate
            found = [f for f in found if f"{SPAN_SCOPE}{f[2]}" in RATE_SPANS]
        if found:
            c = marked(c, f"{SPAN_SCOPE}{found[0][2]}")
        out.append(c)
    return out


_DURATION = OF_ROLES[NumberRole.DURATION]
"""The thing of a duration (``duration``, ``duration:strike``)."""


def _gathered(q: Quantity, m: Measure) -> bool:
    """True for a physical measure that is no duration: an amount that may be gathered
    over a span ("412 millimetres of rain in the 24 hours to 9am"; a duration's own words,
    "a three-month stay", name no span it is given for)."""
    return q.unit_kind is UnitKind.PHYSICAL and m.key.partition(":")[0] != _DURATION


def _rate(c: Claim, found: tuple[int, int, str], text: str, adjacent: bool, lang: str) -> bool:
    """True when a word of a rate (``time.FIGURE_SPANS["per_year"]``, ``["per_day"]`` or
    ``["per_hour"]``) makes the figure ``c`` one: not before a word that makes it a time
    ("a year *earlier*", "am Tag *darauf*", the pack's ``units.PER_BLOCKERS``), and, with
    ``adjacent`` (a share, a count; a rate per hour always: "*within an hour*" is a time,
    "40 miles *an hour*" a speed's unit) or for a rate per day (any figure: "*am Tag* des
    Unglücks" is no rate), right after the figure ("about 4.5% *a year*", "15 cases *a
    year*", not "rose 3.1 percent from a year earlier"), or, a rate per day, right before
    it ("*werktags* rund 48.000 Fahrzeuge", "*täglich* 300 Züge")."""
    start, end, kind = found
    adjacent = adjacent or f"{SPAN_SCOPE}{kind}" == PER_HOUR_SPAN
    after = text[end : end + 20].split()
    if after and after[0].strip(".,;:").casefold() in get_language(lang).units.PER_BLOCKERS:
        return False
    daily = f"{SPAN_SCOPE}{kind}" == PER_DAY_SPAN  # next to any figure ("am Tag des Unglücks")
    if not (adjacent or daily) or (start >= c.span.end and not text[c.span.end : start].strip()):
        return True
    return daily and end <= c.span.start and not text[end : c.span.start].strip()


__all__ = ["changes_keyed", "spans_marked"]
