"""What the articles' texts tell of two figures besides their claims: whether the article
of one gives the other's figure too (see docs/reconciliation.md, "1. Which claims speak
of the same thing")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.models import Claim
from factcheck.reconcile.agreement import agree
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
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                return True
            at = text.find(quote, end)
    return False


_LAST_DIGIT = re.compile(r"\d(?!.*\d)")
_WORD_AFTER = re.compile(r"[^\W\d_]{3}")


def told_as_earlier(
    a: Comparable, b: Comparable, earlier: Mapping[str, Sequence[Comparable]]
) -> bool:
    """True when the article of one figure gives the other's as an earlier figure it has
    superseded (``concepts.EARLIER_SCOPE``: "Es waren 53 Fahrzeuge ... *Zunächst war von*
    rund 40 Fahrzeugen die Rede" against another article's "rund 40 Fahrzeuge"): that
    article has told the reader of both; ``earlier`` holds each article's earlier figures
    of the block."""
    for x, y in ((a, b), (b, a)):
        if x.claim.article == y.claim.article:
            continue
        if any(agree(e, x) for e in earlier.get(y.claim.article, ())):
            return True
    return False


__all__ = ["told_as_earlier", "told_by_both"]
