"""Words that mark a figure as a correction of an earlier one ("nach oben korrigiert",
"revised", "the official count"), per language.

The words are the language packs' (``factcheck/lang/<code>/attribution.py``,
``REVISION_WORDS``); for a language without a pack, every pack's words are used. Each entry
is matched case-insensitively at the start of a word; an entry ending in ``*`` also matches
longer words ("korrigier*" matches "korrigiert", "korrigierte").
"""

from __future__ import annotations

import re
from functools import cache


def _words(lang: str) -> tuple[str, ...]:
    from factcheck.lang import get_language, is_supported, languages

    base = lang.lower().split("-")[0].split("_")[0]
    codes = (base,) if is_supported(base) else languages()
    return tuple(str(w) for code in codes for w in get_language(code).attribution.REVISION_WORDS)


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


__all__ = ["has_revision_cue", "revision_pattern"]
