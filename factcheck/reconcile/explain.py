"""Plain sentences for findings: both values with their hedges, sources and articles.

A finding's explanation is one sentence built from the same parts everywhere::

    Article 001 (undated) gives at least 10,000 Frachtcontainer, according to
    "polnische Innenminister Jan Nowak" via "Reuters", while article 003 (undated)
    gives about 4,300 Container, according to "polnischen Innenministerium": 10,000 or
    more and 3,870-4,730 cannot both hold (possible reasons: the 4,300 may be an older
    count of a growing total, or the figures may describe different dates).

Sources are quoted as the article wrote them (German sources keep their case endings);
the quotes keep the sentence readable around an inflected name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from factcheck.humanize import amount, is_currency, number
from factcheck.models import (
    Article,
    Claim,
    Direction,
    Discrepancy,
    DiscrepancyKind,
    Interval,
    Qualifier,
    Quantity,
    Reason,
    ReasonCode,
    Severity,
    UnitKind,
    discrepancy_id,
)

_HEDGE_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.JUST_OVER: "just over ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.UP_TO: "up to ",
    Qualifier.LESS_THAN: "less than ",
}

CANDIDATE_REASONS = frozenset(
    {
        ReasonCode.DIFFERENT_AS_OF_DATES,
        ReasonCode.GROWING_TOTAL,
        ReasonCode.DIFFERENT_SCOPE,
        ReasonCode.ROUNDING,
        ReasonCode.PLAN_VS_REPORT,
        ReasonCode.REVISION,
        ReasonCode.TRANSLATION_OR_TRANSCRIPTION,
        ReasonCode.UNCERTAIN_READING,
    }
)
"""Reasons that could explain a difference away; they are named in the sentence. The
others (same source, different sources, self-contradiction) say how grave it is and are
listed with the finding only."""


def fmt_number(x: float | None, lang: str | None = "en") -> str:
    """``4300.0`` -> ``4,300``; ``4800000`` -> ``4.8 million``; never scientific
    notation (see :func:`factcheck.humanize.number`; explanations are English)."""
    return number(x, lang)


def _currency(claim: Claim) -> str | None:
    """The currency code of an amount of money, or None."""
    q = claim.quantity
    if q is not None and q.unit_kind is UnitKind.CURRENCY and q.unit:
        return q.unit
    return None


def _fig(x: float | None, claim: Claim) -> str:
    """One number of the claim, with its currency when it is money (``$25 million``; a
    rate of money per unit, ``$3.20 per gallon``; cents, ``9.8 EUR cents per kilowatt
    hour``)."""
    cur = _currency(claim)
    return fmt_number(x) if cur is None else amount(x, cur)


def _counted(claim: Claim) -> bool:
    q = claim.quantity
    return q is not None and q.unit_kind in (UnitKind.COUNT, UnitKind.NONE)


_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "century": "centuries"}
"""Unit words whose plural is not the word and an "s"."""

_NO_PLURAL = frozenset({"percent", "hertz", "lux", "celsius", "fahrenheit", "kelvin"})
"""Unit words written the same for one and for many ("5 percent", "20 degrees Celsius":
the scale's name stays)."""


_UNIT_WORDS = {"degree_unscaled": "degree"}
"""Registry units named otherwise for a reader: a temperature of a scale not written is
"90 degrees", as the article wrote it."""


def unit_name(unit: str, count: float | None = 1) -> str:
    """A unit's name as a reader writes it for ``count`` of it: "mile per hour" for pint's
    ``mile_per_hour``, "square kilometer" for ``square_kilometer``; plural for any count
    but one ("6 hours", "2 kilometers", "40 miles per hour", "20 degrees Celsius", "3
    feet"; "5 percent" stays). Explanations are English, and pint's names are too."""
    words = _UNIT_WORDS.get(unit, unit).split("_")
    if count is None or count == 1 or not words:
        return " ".join(words)
    # "mile per hour": the unit counted is before "per"; "degree Celsius": the degree
    at = words.index("per") - 1 if "per" in words else len(words) - 1
    if words[at].casefold() in _NO_PLURAL and at > 0:
        at -= 1
    word = words[at]
    if word.casefold() in _NO_PLURAL or word.endswith("s") or not word.isalpha():
        return " ".join(words)
    words[at] = _IRREGULAR_PLURALS.get(word, word + "s")
    return " ".join(words)


def _count_of(q: Quantity) -> float | None:
    """How many of its unit a quantity gives, for the unit's plural: its nominal value,
    else the top of its range."""
    return q.nominal if q.nominal is not None else q.high


def _thing(claim: Claim) -> str:
    """What follows the number: the counted noun as written for counts, the unit for
    measures and money ("kilometer", "EUR", "percent")."""
    q = claim.quantity
    if _currency(claim) is not None:
        return ""  # the currency is written with the number
    if q is not None and not _counted(claim) and q.unit:
        return f" {unit_name(q.unit, _count_of(q))}"
    if claim.measure is not None and claim.measure.surface:
        return " " + claim.measure.surface
    if q is not None and q.unit:
        return f" {unit_name(q.unit)}"  # a count's concept, no unit: "15 seriously injured"
    if claim.measure is not None and ":" not in claim.measure.thing:
        return " " + claim.measure.thing
    return ""


def number_phrase(claim: Claim) -> str:
    """The number alone with its hedge, without the thing: ``about 4,300``."""
    q = claim.quantity
    if q is None:
        return claim.quote
    if q.qualifier is Qualifier.RANGE:
        return f"{_fig(q.low, claim)} to {_fig(q.high, claim)}"
    if q.nominal is None:
        return claim.quote
    return f"{_HEDGE_WORDS.get(q.qualifier, '')}{_fig(q.nominal, claim)}"


def figure_phrase(claim: Claim) -> str:
    """The figure without its hedge, for reasons: ``4,300``, ``0.5 kilometer``; a range
    or a vague amount in words."""
    q = claim.quantity
    if q is None or q.nominal is None:
        return value_phrase(claim)
    if _currency(claim) is not None:
        return _fig(q.nominal, claim)
    unit = f" {unit_name(q.unit, q.nominal)}" if q.unit and not _counted(claim) else ""
    return fmt_number(q.nominal) + unit


def value_phrase(claim: Claim) -> str:
    """The claim's value in words: ``about 4,300 Container``, ``20 to 30 Grenzsoldaten``,
    ``about 300 kilometer``; a vague amount is quoted as written ("Dutzende Raketen")."""
    q = claim.quantity
    if q is None:
        if claim.place is not None:
            return claim.place.name
        if claim.date is not None:
            return claim.date.describe()
        return claim.quote
    if q.nominal is None and q.qualifier is not Qualifier.RANGE:
        return f'"{claim.quote}"'
    if claim.measure is not None and claim.measure.thing == "age" and q.unit == "year":
        return f"an age of {number_phrase(claim)}"  # not "55 year"
    if q.change and q.direction is not None and claim.measure is not None:
        # a change keyed by its base (change:<subject>:<base>): "a rise of 18 percent on a
        # year earlier"
        word = "rise" if q.direction is Direction.INCREASE else "fall"
        base = CHANGE_BASES.get(claim.measure.key.rpartition(":")[2], "")
        return f"a {word} of {number_phrase(claim)}{_thing(claim)}{base}"
    return number_phrase(claim) + _thing(claim)


CHANGE_BASES = {
    "year": " on a year earlier",
    "quarter": " on the quarter before",
    "month": " on the month before",
}
"""How a change's base is written after its size (see
:mod:`factcheck.extract.pipeline.changes`)."""


def interval_phrase(iv: Interval, unit: str = "") -> str:
    """``6,030-7,370``, ``10,000 or more``, ``up to 4.8 million``, ``295-305 meter``;
    an amount of money with its currency (``$24.5 million-$25.5 million``)."""
    cur, _, per = unit.partition("/")
    money = bool(unit) and is_currency(cur.partition("_")[0])

    def n(x: float | None) -> str:
        return amount(x, cur) if money else fmt_number(x)  # "9.8 EUR cents" by humanize

    many = iv.high if iv.high is not None else iv.low
    u = f" {unit_name(unit, many)}" if unit and not money else ""
    if money and per:
        u = f" per {unit_name(per)}"  # "$3.10-$3.30 per gallon"
    if iv.low is not None and iv.high is not None:
        if n(iv.low) == n(iv.high):
            return n(iv.low) + u
        return f"{n(iv.low)}-{n(iv.high)}{u}"
    if iv.low is not None:
        return f"{n(iv.low)}{u} or more"
    if iv.high is not None:
        return f"up to {n(iv.high)}{u}"
    return "any value"


def where(claim: Claim, articles: Mapping[str, Article]) -> str:
    """``article 003 (undated)`` / ``article 000 (taz, 2024-06)``."""
    art = articles.get(claim.article)
    bits = []
    if art is not None:
        if art.source:
            bits.append(art.source)
        bits.append(str(art.published) if art.published.known else "undated")
    return f"article {claim.article}" + (f" ({', '.join(bits)})" if bits else "")


def quoted(name: str) -> str:
    """A name as written, in quotes: ``"polnischen Innenministerium"``."""
    return f'"{name.strip()}"'


def source_phrase(claim: Claim) -> str:
    """``according to "Boris Pistorius" (Verteidigungsminister) via "Bloomberg News"``, or
    ``with no source named`` when the article states it on its own authority."""
    chain = claim.attribution.chain
    if not chain:
        return "with no source named"
    parts = []
    for s in reversed(chain):
        role = f" ({s.role})" if s.role and s.role.casefold() not in s.name.casefold() else ""
        parts.append(quoted(s.name) + role)
    return "according to " + " via ".join(parts)


def who(claim: Claim) -> str:
    """Who says so: the attribution chain in words, or "the article itself"."""
    if not claim.attribution.chain:
        return "the article itself"
    return source_phrase(claim)


def join_or(items: Sequence[str]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def join_and(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def reasons_clause(reasons: Iterable[Reason]) -> str:
    """`` (possible reasons: a; or b)`` from the candidate reasons; empty when none."""
    texts: list[str] = []
    for r in reasons:
        if r.code in CANDIDATE_REASONS and r.text not in texts:
            texts.append(r.text)
    if not texts:
        return ""
    if len(texts) == 1:
        return f" (possible reason: {texts[0]})"
    return f" (possible reasons: {'; '.join(texts[:-1])}; or {texts[-1]})"


def echoes_sentence(n: int, what: str) -> str:
    """`` 2 more statements repeat one of the two figures.``: the sentence a finding
    ends with when ``n`` further claims repeat one of its values (``what``: "figures",
    "times")."""
    more = "statement repeats" if n == 1 else "statements repeat"
    return f" {n} more {more} one of the two {what}."


def cap(s: str) -> str:
    """The sentence with its first letter upper-cased."""
    return s[:1].upper() + s[1:]


def pair_finding(
    kind: DiscrepancyKind,
    a: Claim,
    b: Claim,
    severity: Severity,
    text: str,
    echoes: tuple[str, ...] = (),
) -> Discrepancy:
    """The finding of two claims of two articles, its id from the pair in a stable order
    (the checks across blocks, clock times and moments build theirs this way)."""
    ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
    return Discrepancy(
        id=discrepancy_id(kind.value, ids),
        kind=kind,
        severity=severity,
        claims=ids,
        explanation=text,
        within_article=False,
        echoes=echoes,
    )


__all__ = [
    "CANDIDATE_REASONS",
    "cap",
    "echoes_sentence",
    "figure_phrase",
    "fmt_number",
    "interval_phrase",
    "join_and",
    "join_or",
    "number_phrase",
    "pair_finding",
    "quoted",
    "reasons_clause",
    "source_phrase",
    "value_phrase",
    "where",
    "who",
]
