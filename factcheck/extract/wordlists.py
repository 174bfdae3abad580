"""The packs' word lists as regular expressions.

A list entry is a word or a phrase ("shortly after": any run of white space between its
words), or a stem ending in ``*`` that matches the word it begins ("Teilnehm*"). The
alternation tries the longest entries first, so "kurz nach" wins over "nach".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = "(?!)"
"""The alternation of an empty list: matches nothing."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation (no group, no boundaries) of ``words``, longest first."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        stem = w[:-1] if w.endswith("*") else w
        body = r"\s+".join(re.escape(p) for p in stem.split())
        alts.append(body + (r"[\w-]*" if w.endswith("*") else ""))
    return "|".join(alts) if alts else NEVER


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """``words`` as whole words, case-insensitive (a word's letters or hyphens never
    continue before or after a match)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE)
