"""Reconciliation: which claims speak of the same thing, and which of them disagree.

``reconcile(claims, articles=...)`` returns the findings, gravest first. It is
deterministic and independent of the order of its input. See docs/reconciliation.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.models import Article, Claim, Discrepancy

__all__ = ["reconcile"]


def reconcile(
    claims: Iterable[Claim], *, articles: Sequence[Article] | None = None
) -> list[Discrepancy]:
    """Findings among ``claims``: value, date and place conflicts across articles, and
    contradictions within one article. ``articles`` supply publication dates and outlets
    (as-of dates, explanations); without them, dates are treated as unknown."""
    from factcheck.reconcile.crosschecks import CROSS_CHECKS
    from factcheck.reconcile.engine import run

    return run(list(claims), articles or (), CROSS_CHECKS)
