"""Checks that compare claims across blocks: the rosters of ages
(:mod:`factcheck.reconcile.rosters`), the extents of things
(:mod:`factcheck.reconcile.extents`) and parts against wholes
(:mod:`factcheck.reconcile.parts`).

A block holds the figures of one measure key; these checks need figures of several keys
at once (every age of a paragraph, a width and a pair of dimensions). The local engine
hands each check the claims it takes; the distributed run (:mod:`factcheck.distributed`)
sends copies of them to one partition per check, where they take part in that check
only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.models import Article, Claim, Discrepancy
from factcheck.reconcile.extents import extent_findings, is_extent
from factcheck.reconcile.parts import part_findings, takes_part
from factcheck.reconcile.rosters import is_roster_age, roster_findings


@dataclass(frozen=True, slots=True)
class CrossCheck:
    """One check across blocks."""

    name: str
    """Its name: the distributed run's routing key is ``cross|<name>``, the kind of the
    copies it routes ``cross:<name>``."""
    takes: Callable[[Claim], bool]
    """True for a claim the check compares."""
    findings: Callable[[Iterable[Claim], Mapping[str, Article]], Iterator[Discrepancy]]
    """The findings among the claims it takes, given the articles by id (the local and the
    distributed run keep one finding per id, as for every other check)."""

    @property
    def key(self) -> str:
        return f"cross|{self.name}"

    @property
    def kind(self) -> str:
        return f"cross:{self.name}"


CROSS_CHECKS: tuple[CrossCheck, ...] = (
    CrossCheck("roster", is_roster_age, roster_findings),
    CrossCheck("extent", is_extent, extent_findings),
    CrossCheck("part", takes_part, part_findings),
)
"""Every check across blocks, in the order their findings are made."""

__all__ = ["CROSS_CHECKS", "CrossCheck"]
