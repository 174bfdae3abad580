"""Checks that compare claims across blocks: the rosters of ages
(:mod:`factcheck.reconcile.rosters`), the ages of one named person
(:mod:`factcheck.reconcile.named`), the extents of things
(:mod:`factcheck.reconcile.extents`), parts against wholes
(:mod:`factcheck.reconcile.parts`) and the moments of a fire out of order
(:mod:`factcheck.reconcile.sequence`).

A block holds the figures of one measure key; these checks need figures of several keys
at once (every age of a paragraph, a width and a pair of dimensions).
:func:`factcheck.reconcile.reconcile` hands this registry to the local engine, which hands
each check the claims it takes (the engine imports no check: the named ages compare with
its own block comparison); the distributed run (:mod:`factcheck.distributed`)
sends copies of them to one partition per check, where they take part in that check
only.
"""

from __future__ import annotations

from factcheck.reconcile.checks import CrossCheck
from factcheck.reconcile.extents import extent_findings, is_extent
from factcheck.reconcile.named import is_named_age, named_age_findings
from factcheck.reconcile.parts import part_findings, takes_part
from factcheck.reconcile.rosters import is_roster_age, roster_findings
from factcheck.reconcile.sequence import in_sequence, sequence_findings

CROSS_CHECKS: tuple[CrossCheck, ...] = (
    CrossCheck("roster", is_roster_age, roster_findings),
    CrossCheck("named", is_named_age, named_age_findings),
    CrossCheck("extent", is_extent, extent_findings),
    CrossCheck("part", takes_part, part_findings),
    CrossCheck("sequence", in_sequence, sequence_findings, figures=False),
)
"""Every check across blocks, in the order their findings are made."""

__all__ = ["CROSS_CHECKS", "CrossCheck"]
