"""Findings: where claims disagree, how gravely, and why."""

from __future__ import annotations

import hashlib
from enum import StrEnum

from factcheck.models._base import Frozen


class Severity(StrEnum):
    """How grave a finding is: ``info < minor < major < critical``."""

    INFO = "info"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for info up to 3 for critical."""
        return _RANK[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANK = {Severity.INFO: 0, Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


class DiscrepancyKind(StrEnum):
    """What kind of disagreement."""

    VALUE_CONFLICT = "value_conflict"
    """Two figures for the same thing that cannot both hold."""
    REVISION = "revision"
    """A later figure corrects an earlier one of a fixed quantity."""
    UPDATE = "update"
    """A running total grew between dated reports: noted, not a conflict."""
    DATE_CONFLICT = "date_conflict"
    """Two dates or weekdays for the same event."""
    TIME_CONFLICT = "time_conflict"
    """Two clock times for the same moment of an event."""
    PLACE_CONFLICT = "place_conflict"
    """Two places for the same event, neither containing the other."""
    PLAN_VS_REPORT = "plan_vs_report"
    """What was planned differs from what was reported to have happened."""
    INTERNAL = "internal"
    """An article contradicts itself."""
    SUM_MISMATCH = "sum_mismatch"
    """Parts that do not add up to the stated total."""


class ReasonCode(StrEnum):
    """Candidate explanations of a finding."""

    DIFFERENT_AS_OF_DATES = "different_as_of_dates"
    GROWING_TOTAL = "growing_total"
    DIFFERENT_SCOPE = "different_scope"
    ROUNDING = "rounding"
    PLAN_VS_REPORT = "plan_vs_report"
    REVISION = "revision"
    DIFFERENT_SOURCES = "different_sources"
    SAME_PRIMARY_SOURCE = "same_primary_source"
    SELF_CONTRADICTION = "self_contradiction"
    TRANSLATION_OR_TRANSCRIPTION = "translation_or_transcription"
    UNCERTAIN_READING = "uncertain_reading"


class Reason(Frozen):
    """One candidate explanation, with a code for programs and a sentence for people."""

    code: ReasonCode
    """Machine-readable reason."""
    text: str
    """The reason in a plain sentence."""


class Discrepancy(Frozen):
    """A finding: claims that disagree, how gravely, and a plain explanation."""

    id: str
    """Stable id derived from the kind and the claim ids (see :func:`discrepancy_id`)."""
    kind: DiscrepancyKind
    """What kind of disagreement."""
    severity: Severity
    """How grave: info < minor < major < critical."""
    claims: tuple[str, ...]
    """Ids of the claims this finding sets against each other, sorted."""
    explanation: str
    """One plain sentence naming both values, their hedges, sources and articles."""
    reasons: tuple[Reason, ...] = ()
    """Candidate reasons for the difference."""
    within_article: bool = False
    """True when all claims come from one article."""
    gap: float | None = None
    """How far apart the values are, relative to the larger (0.33 = 33 %), when numeric."""
    echoes: tuple[str, ...] = ()
    """Ids of further claims, in other reports, that repeat one of the two figures
    (sorted): one disagreement echoed by several outlets is one finding, not one per pair
    of reports."""


def discrepancy_id(kind: str, claim_ids: tuple[str, ...] | list[str]) -> str:
    """A stable id from the kind and the (order-free) set of claim ids."""
    raw = kind + "\x1f" + "\x1f".join(sorted(claim_ids))
    return "d" + hashlib.blake2s(raw.encode("utf-8"), digest_size=6).hexdigest()
