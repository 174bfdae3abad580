"""Comparators: how the claims of one kind are compared across articles, registered by
claim kind in :data:`factcheck.registry.comparators`.

The engine (:func:`factcheck.reconcile.engine.run`) compares every figure (a claim with a
quantity) and every event itself; the claims of any kind with a registered comparator are
grouped by the comparator's ``group`` and each group is handed to its ``findings``. A new
claim kind brings its comparison this way, without an edit to the engine::

    from factcheck.reconcile.comparators import Comparator, register_comparator

    register_comparator("crowd_size", Comparator(group=..., findings=...))

The built-in ``clock`` kind (the clock times of events) and ``date`` kind (the days of a
story's moments, :mod:`factcheck.reconcile.moments`) are registered here. The
distributed run (:mod:`factcheck.distributed`) routes the built-in kinds itself; a
comparator registered by a user is run by the local engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from factcheck.models import Article, Claim, Discrepancy
from factcheck.reconcile.clock import clock_findings, clock_group
from factcheck.reconcile.moments import moment_findings, moment_group
from factcheck.registry import comparators


@dataclass(frozen=True, slots=True)
class Comparator:
    """The comparison of one claim kind."""

    group: Callable[[Claim], str]
    """The key of the claims compared with each other (the same moment, the same event)."""
    findings: Callable[[list[Claim], Mapping[str, Article]], Iterable[Discrepancy]]
    """The findings among one group's claims, given the articles by id."""


def register_comparator(kind: str, comparator: Comparator, *, replace: bool = False) -> None:
    """Compare the claims of ``kind`` with ``comparator`` (DuplicateNameError if taken)."""
    comparators.add(kind, comparator, replace=replace)


register_comparator("clock", Comparator(group=clock_group, findings=clock_findings))
register_comparator("date", Comparator(group=moment_group, findings=moment_findings))

__all__ = ["Comparator", "register_comparator"]
