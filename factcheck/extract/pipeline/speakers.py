"""The pipeline, speakers: one person quoted is no count ("said *one employee*").

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import get_language
from factcheck.models import Claim, UnitKind

SPEAKER_REACH = 24
"""Characters before a figure searched for the speech verb that makes its person the one
who speaks (a count of one, "said one employee", or an age, "said a 23-year-old")."""


@cache
def _speech(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A speech verb of the pack's ``attribution.SPEECH_VERBS`` right before a figure (a
    short word between at most: "*said* one employee") and right after its noun ("one
    witness *said*")."""
    verbs = get_language(lang).attribution.SPEECH_VERBS
    if not verbs:
        return None
    alts = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])(?:{alts})\s+(?:[^\W\d_]{{1,5}}\s+)?$", re.IGNORECASE)
    after = re.compile(rf"\s*,?\s*(?:{alts})(?![\w-])", re.IGNORECASE)
    return before, after


def spoken_before(text: str, floor: int, at: int, lang: str) -> bool:
    """True when one of the pack's ``attribution.SPEECH_VERBS`` stands right before the
    figure at ``at`` (an article between at most, within :data:`SPEAKER_REACH` characters
    and not before ``floor``: "*sagte* eine 23-jährige Studentin", "*said* one employee"):
    its person is quoted."""
    patterns = _speech(lang)
    return (
        patterns is not None
        and patterns[0].search(text, max(floor, at - SPEAKER_REACH), at) is not None
    )


def speakers_uncounted(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, without the counts of one person who speaks (a speech verb of the
    pack's ``attribution.SPEECH_VERBS`` right before or right after it: "said *one
    employee*", "*one witness* said"): a source quoted, no count of the story ("all six
    employees" are never set against one)."""
    patterns = _speech(lang)
    if patterns is None:
        return claims
    after = patterns[1]
    out = []
    for c in claims:
        q = c.quantity
        if (
            q is not None
            and q.unit_kind is UnitKind.COUNT
            and q.nominal == 1
            and q.interval.low == q.interval.high
            and (spoken_before(text, 0, c.span.start, lang) or after.match(text, c.span.end))
        ):
            continue
        out.append(c)
    return out
