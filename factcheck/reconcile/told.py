"""What the articles' texts tell of two figures besides their claims: whether the article
of one gives the other's figure too (see docs/reconciliation.md, "1. Which claims speak
of the same thing")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.models import Article, Claim
from factcheck.reconcile.agreement import agree, pragmatic_reading
from factcheck.reconcile.quantities import Comparable


def told_by_both(a: Claim, b: Claim, texts: Mapping[str, str]) -> bool:
    """True when the article of one figure gives the other's too, as written ("54
    Kabinen" in one report; "187 Menschen in 54 Kabinen" and "verfügt über 62 Kabinen" in
    the other): that article tells both things, and the two figures are two things, not
    a disagreement. Only a quote with words after its number counts (a bare "54" is found
    anywhere)."""
    for x, y in ((a, b), (b, a)):
        quote = x.quote.casefold()
        digit = _LAST_DIGIT.search(quote)
        if x.article == y.article or digit is None or not _WORD_AFTER.search(quote, digit.end()):
            continue
        text = texts.get(y.article, "")
        at = text.find(quote)
        while at >= 0:
            end = at + len(quote)
            # (not inside a longer number: "600 Quadratmeter" in "1.600 Quadratmeter")
            grouped = text[at - 1 : at] in ".,’'" and text[at - 2 : at - 1].isdigit()
            if (
                not text[at - 1 : at].isalnum()
                and not grouped
                and not text[end : end + 1].isalnum()
            ):
                return True
            at = text.find(quote, end)
    return False


def told_as_part(a: Claim, b: Claim, arts: Mapping[str, Article]) -> bool:
    """True when the article of the larger figure breaks it down after a colon and names
    the smaller figure among its parts ("Die Zahl der Verletzten gab die Polizei mit 24
    an: *21* Bewohner und Beschäftigte sowie drei Feuerwehrleute" against another
    article's "21 Menschen wurden verletzt"): that article tells both, the total and the
    part the other gives, and the two are no disagreement. The colon must follow the
    larger figure with no other number between."""
    for x, y in ((a, b), (b, a)):
        qx, qy, sy = x.quantity, y.quantity, y.sentence
        if x.article == y.article or qx is None or qy is None or sy is None:
            continue
        if qx.nominal is None or qy.nominal is None or not qx.nominal < qy.nominal:
            continue
        art = arts.get(y.article)
        if art is None:
            continue
        text = art.text
        colon = text.find(":", y.span.end, sy.end)
        if colon < 0 or _NUMBER.search(text, y.span.end, colon):
            continue
        for m in _NUMBER.finditer(text, colon, sy.end):
            digits = re.sub(r"\D", "", m.group())
            if digits and float(digits) == qx.nominal and _WORD_NEXT.match(text, m.end()):
                return True
    return False


_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")
"""A number in digits, with its group separators ("1.200", "21")."""
_WORD_NEXT = re.compile(r"\s+[^\W\d_]{3}")
"""A word right after a number: a count of something named, no date or time alone."""

_LAST_DIGIT = re.compile(r"\d(?!.*\d)")
_WORD_AFTER = re.compile(r"[^\W\d_]{3}")


def told_as_earlier(
    a: Comparable, b: Comparable, earlier: Mapping[str, Sequence[Comparable]]
) -> bool:
    """True when the article of one figure gives the other's as an earlier figure it has
    superseded (``concepts.EARLIER_SCOPE``: "Es waren 53 Fahrzeuge ... *Zunächst war von*
    rund 40 Fahrzeugen die Rede" against another article's "rund 40 Fahrzeuge"): that
    article has told the reader of both; ``earlier`` holds each article's earlier figures
    of the block. An earlier figure with an open hedge is read as a careful writer means
    it (:func:`~factcheck.reconcile.agreement.pragmatic_reading`): "zum Vergleich: unter
    300 Kilogramm" told is no report of another article's "rund 40 Kilogramm". A figure as
    of the same day as the one that superseded it is no history: it was given as current
    when it no longer was ("145 unaccounted for, down from 147 earlier in the day" and
    another article's "147 are still unaccounted for" that day)."""
    for x, y in ((a, b), (b, a)):
        if x.claim.article == y.claim.article:
            continue
        ix, iy = x.identity, y.identity
        if ix is not None and iy is not None and ix.asof is not None and ix.asof == iy.asof:
            continue
        if any(agree(pragmatic_reading(e), x) for e in earlier.get(y.claim.article, ())):
            return True
    return False


__all__ = ["told_as_earlier", "told_by_both"]
