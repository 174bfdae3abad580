"""The packs' word lists as regular expressions.

A list entry is a word or a phrase ("shortly after": any run of white space between its
words), or a stem ending in ``*`` that matches the word it begins ("Teilnehm*"). The
alternation tries the longest entries first, so "kurz nach" wins over "nach".

A long list is written grouped by the entries' first letters: ``(?=[Aa])(?:April|am)|
(?=[Bb])(?:bis|by)|...``. Python's regex engine tries the alternatives of a plain
alternation one by one at every position where it is asked to match, and under
``re.IGNORECASE`` it cannot skip an alternative by its first letter; the look-ahead of a
group lets it pass over every entry of the group at once. The matches are the same (see
:func:`alternation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

NEVER = "(?!)"
"""The alternation of an empty list: matches nothing."""

GROUPED_FROM = 8
"""Lists of at least this many entries are grouped by their first letters (fewer gain
nothing measurable)."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation (no group, no boundaries) of ``words``, longest first.

    From :data:`GROUPED_FROM` entries on, the entries are grouped by their first
    character: the groups stand in the order of their first entries, the entries of a
    group in the order of the plain alternation, and each group opens with a look-ahead
    for the first characters of its entries. Two characters that one of them matches
    ignoring case ("s" and "S", "k" and the Kelvin sign) fall into one group, so a
    character of the text can start entries of one group at most: wherever the plain
    alternation matches some entry, the grouped one tries the same entries in the same
    order (the others cannot match there), with or without ``re.IGNORECASE``, and so
    finds the same match."""
    return grouped([entry(w) for w in sorted(words, key=len, reverse=True)])


def entry(word: str) -> tuple[str, str]:
    r"""A list entry as :func:`grouped` takes it: the character its matches start with
    ("" for an empty entry) and its regex (words joined by ``\s+``, a stem's ``*`` as
    ``[\w-]*``): ``entry("Teilnehm*") == ("T", r"Teilnehm[\w-]*")``; a later word's
    leading ``*`` takes any word ending in it ("ersten \*Angaben": "ersten
    Polizeiangaben")."""
    stem = word[:-1] if word.endswith("*") else word
    parts = stem.split()
    body = r"\s+".join(
        r"[\w-]*" + re.escape(p[1:]) if i and p.startswith("*") else re.escape(p)
        for i, p in enumerate(parts)
    )
    return (parts[0][0] if parts else "", body + (r"[\w-]*" if word.endswith("*") else ""))


def grouped(alts: Sequence[tuple[str, str]]) -> str:
    r"""The alternation of the regexes of ``alts``, in their order, each given with the
    one literal character every match of it starts with (``("k", r"kurz\s+nach")``; ""
    when there is none): grouped by that character from :data:`GROUPED_FROM` entries on,
    plain otherwise or when an entry has no first character (see :func:`alternation`)."""
    if not alts:
        return NEVER
    if len(alts) < GROUPED_FROM or any(len(first) != 1 for first, _ in alts):
        return "|".join(regex for _, regex in alts)
    group_of = _case_groups(frozenset(first for first, _ in alts))
    groups: dict[str, tuple[set[str], list[str]]] = {}
    for first, regex in alts:
        firsts, entries = groups.setdefault(group_of[first], (set(), []))
        firsts.add(first)
        entries.append(regex)
    return "|".join(
        f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])(?:{'|'.join(entries)})"
        for firsts, entries in groups.values()
    )


@lru_cache(maxsize=256)
def _case_groups(chars: frozenset[str]) -> dict[str, str]:
    """For each of ``chars``, the representative of its group: characters are grouped
    when one matches the other ignoring case (``re.IGNORECASE``, Unicode), and with them
    every character either matches (a union of such pairs)."""
    parent = {c: c for c in chars}

    def root(c: str) -> str:
        while parent[c] != c:
            c = parent[c]
        return c

    ordered = sorted(chars)
    for i, a in enumerate(ordered):
        pattern = re.compile(re.escape(a), re.IGNORECASE)
        for b in ordered[i + 1 :]:
            if pattern.fullmatch(b) or re.fullmatch(re.escape(b), a, re.IGNORECASE):
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {c: root(c) for c in chars}


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """``words`` as whole words, case-insensitive (a word's letters or hyphens never
    continue before or after a match)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])", re.IGNORECASE)
