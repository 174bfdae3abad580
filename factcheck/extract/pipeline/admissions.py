"""Admissions: the people taken into hospital are a running total, the patients in
hospital a current level.

"Eight were taken to hospital" on Saturday and "18 were taken to hospital" on Sunday tell
one total, which may grow; "acht ... waren in Kliniken gebracht worden" on Monday after
Sunday's 18 is a conflict, while "noch fünf werden stationär behandelt" gives the patients
left, a level that falls as they go home. A count of the hospitalised whose clause says
they were taken in (the packs' ``figures.ADMISSION_CUES``: "taken to", "gebracht", "ins
Krankenhaus") is cumulative (:attr:`~factcheck.models.Measure.cumulative`); the rest stay
a current level (``concepts.CURRENT_CONCEPTS``), compared only as of one time.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.figure_cues import cue_pattern, is_still
from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.extract.roles import HOSPITALISED
from factcheck.extract.wordlists import alternation
from factcheck.lang import get_language
from factcheck.models import Claim


def mark_admissions(st: _State, idx: SentenceIndex, made: list[Claim | None]) -> None:
    """Mark each count of the hospitalised whose clause says they were taken in (see the
    module documentation) cumulative in ``st.claims``, unless it gives those still there
    ("six were *still* in hospital")."""
    text, lang = st.article.text, st.lang
    cues = cue_pattern(lang, "ADMISSION_CUES")
    relatives = _relative_opening(lang)
    for c in made:
        if c is None or c.quantity is None or c.measure is None:
            continue
        m = c.measure
        if m.cumulative is not None or (m.concept or "").split(":")[0] != HOSPITALISED:
            continue
        a, b = idx.clause(c.span.start)
        rel = relatives.match(text, b)
        if rel is not None and rel.end() < len(text):
            # the relative clause that describes them ("Von den acht Menschen, *die ... in
            # Kliniken gebracht worden waren*, werden noch fünf behandelt")
            b = max(b, idx.clause(rel.end())[1])
        if cues.search(text, a, b) is None or is_still(text, a, b, lang):
            continue
        update = {"measure": m.model_copy(update={"cumulative": True})}
        _replace_claim(st, c, c.model_copy(update=update))


@cache
def _relative_opening(lang: str) -> re.Pattern[str]:
    """A comma and a relative pronoun (the pack's ``syntax.RELATIVE_PRONOUNS``): the opening
    of a relative clause."""
    pronouns = alternation(sorted(get_language(lang).syntax.RELATIVE_PRONOUNS))
    return re.compile(rf",\s+(?:{pronouns})(?![\w-])\s*", re.IGNORECASE)


__all__ = ["mark_admissions"]
