"""The pipeline, modality: whether a clause reports, plans or denies what it states.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from typing import cast

from factcheck.extract.clauses import SentenceIndex
from factcheck.models import Modality


# -- modality ---------------------------------------------------------------------------
def _modality(idx: SentenceIndex, pos: int, attributed: bool) -> Modality:
    """The modality of what the sentence says at ``pos``: a cue in its clause, else a
    planning verb governing the sentence, else reported or asserted. Every question is a
    lookup in the sentence's cue index (one scan per cue family, not one per claim)."""
    a, b = idx.clause(pos)
    memo = idx.memo
    key = ("modality", a, b)
    if key in memo:
        cued = cast(
            "Modality | None", memo[key]
        )  # the clause's cue, worked out for an earlier claim in it
    else:
        cued = memo[key] = _cued(idx, a, b)
    if cued is not None:
        return cued
    return Modality.REPORTED if attributed else Modality.ASSERTED


def _cued(idx: SentenceIndex, a: int, b: int) -> Modality | None:
    """The modality a cue gives the clause ``a..b``, or None when no cue does."""
    for modality in ("denied", "hypothetical", "alleged", "estimated"):
        if idx.has_cue(modality, a, b):
            return Modality(modality)
    if idx.has_cue("planned", a, b) or (
        idx.has_cue("planned") and not idx.has_cue("alleged") and _main_clause_planned(idx)
    ):
        return Modality.PLANNED
    return None


def _main_clause_planned(idx: SentenceIndex) -> bool:
    # a planning verb in the first clause governs the sentence ("Hier wollen die beiden ...")
    return idx.has_cue("planned", *idx.clause(idx.start))
