"""Plain sentences for findings: both values with their hedges, sources and articles."""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.models import Article, Claim, Interval, Qualifier

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


def fmt_number(x: float | None) -> str:
    """``6700.0`` -> ``6,700``; ``4800000`` -> ``4.8 million``."""
    if x is None:
        return "?"
    ax = abs(x)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if ax >= size and (ax / size) * 10 == int((ax / size) * 10):
            v = x / size
            return f"{v:g} {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}"


def value_phrase(claim: Claim) -> str:
    """The claim's value in words: ``about 6,700 Container``, ``20 to 30 Grenzsoldaten``."""
    q = claim.quantity
    if q is None:
        if claim.place is not None:
            return claim.place.name
        if claim.date is not None:
            return claim.date.describe()
        return claim.quote
    thing = ""
    if claim.measure is not None:
        thing = " " + (claim.measure.surface or claim.measure.thing)
    elif q.unit:
        thing = f" {q.unit}"
    if q.qualifier is Qualifier.RANGE:
        return f"{fmt_number(q.low)} to {fmt_number(q.high)}{thing}"
    if q.nominal is None:
        return f"{claim.quote}"
    return f"{_HEDGE_WORDS.get(q.qualifier, '')}{fmt_number(q.nominal)}{thing}"


def interval_phrase(iv: Interval) -> str:
    """``6,030-7,370``, ``10,000 or more``, ``up to 4.8 million``."""
    if iv.low is not None and iv.high is not None:
        if iv.low == iv.high:
            return fmt_number(iv.low)
        return f"{fmt_number(iv.low)}-{fmt_number(iv.high)}"
    if iv.low is not None:
        return f"{fmt_number(iv.low)} or more"
    if iv.high is not None:
        return f"up to {fmt_number(iv.high)}"
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


def who(claim: Claim) -> str:
    """Who says so: the attribution chain, or "the article itself"."""
    if not claim.attribution.chain:
        return "the article itself"
    return "according to " + claim.attribution.describe()
