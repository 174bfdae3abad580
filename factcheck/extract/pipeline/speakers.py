"""The pipeline, speakers: one person quoted is no count ("said *one employee*").

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import get_language
from factcheck.models import Claim, UnitKind

SPEAKER_REACH = 24
"""Characters before or after a count of one searched for the speech verb that makes it
the one who speaks."""


@cache
def _speech(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A speech verb of the pack's ``attribution.SPEECH_VERBS`` right before a count (a
    short word between at most: "*said* one employee") and right after its noun ("one
    witness *said*")."""
    verbs = get_language(lang).attribution.SPEECH_VERBS
    if not verbs:
        return None
    alts = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])(?:{alts})\s+(?:[^\W\d_]{{1,5}}\s+)?$", re.IGNORECASE)
    after = re.compile(rf"\s*,?\s*(?:{alts})(?![\w-])", re.IGNORECASE)
    return before, after


def speakers_uncounted(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, without the counts of one person who speaks (a speech verb of the
    pack's ``attribution.SPEECH_VERBS`` right before or right after it: "said *one
    employee*", "*one witness* said"): a source quoted, no count of the story ("all six
    employees" are never set against one)."""
    patterns = _speech(lang)
    if patterns is None:
        return claims
    before, after = patterns
    out = []
    for c in claims:
        q = c.quantity
        if (
            q is not None
            and q.unit_kind is UnitKind.COUNT
            and q.nominal == 1
            and q.interval.low == q.interval.high
            and (
                before.search(text, max(0, c.span.start - SPEAKER_REACH), c.span.start)
                or after.match(text, c.span.end)
            )
        ):
            continue
        out.append(c)
    return out
