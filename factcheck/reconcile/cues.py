"""Words that mark a figure as a correction of an earlier one ("nach oben korrigiert",
"revised", "the official count"), per language.

The language packs (``factcheck/lang/<code>/attribution.py``) may define
``REVISION_WORDS``; when they do, those words are used. The lists below are the fallback
until the packs carry them. Each entry is matched case-insensitively at the start of a
word; an entry ending in ``*`` also matches longer words ("korrigier*" matches
"korrigiert", "korrigierte").
"""

from __future__ import annotations

import re
from functools import cache

REVISION_WORDS: dict[str, tuple[str, ...]] = {
    "de": (
        "korrigier*",
        "revidier*",
        "berichtig*",
        "amtlich*",
        "offiziell*",
        "endgültig*",
        "Endergebnis*",
    ),
    "en": (
        "corrected",
        "correction",
        "correcting",
        "revised",
        "revising",
        "revision",
        "official",
        "officially",
        "final count",
        "final tally",
        "final figure",
        "final toll",
    ),
}
"""Fallback revision cues by language code."""


def _words(lang: str) -> tuple[str, ...]:
    try:
        from factcheck.lang import get_language

        pack = get_language(lang)
        words = getattr(pack.attribution, "REVISION_WORDS", None)
    except Exception:  # an unknown language has no pack: use the fallback lists
        words = None
    if words:
        return tuple(str(w) for w in words)
    if lang in REVISION_WORDS:
        return REVISION_WORDS[lang]
    return tuple(w for ws in REVISION_WORDS.values() for w in ws)


@cache
def revision_pattern(lang: str) -> re.Pattern[str]:
    """The compiled revision cues of ``lang`` (all languages for an unknown code)."""
    alts = []
    for w in sorted(_words(lang), key=len, reverse=True):
        if w.endswith("*"):
            alts.append(re.escape(w[:-1]) + r"\w*")
        else:
            alts.append(re.escape(w))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


def has_revision_cue(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` presents a figure as a correction."""
    return revision_pattern(lang).search(text, start, end) is not None


__all__ = ["REVISION_WORDS", "has_revision_cue", "revision_pattern"]
