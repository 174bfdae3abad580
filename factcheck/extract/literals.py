"""What text a pattern cannot match without: a cheap exact test before a costly pattern.

Many of the packs' patterns rarely match (a clock time, "under Russian control", "up
from"), yet the regex engine tries them at every position of a window, since they begin
with a look-behind or a character class and so have no literal prefix to skip to. Most
of them cannot match without one of a few fixed strings ("uhr", "a.m.", "control"):
:func:`required` reads these off the pattern's own syntax tree (``re._parser``, the
parser the ``re`` module compiles with), and :class:`Prefiltered` skips a window
whose lower case holds none of them (:func:`factcheck.extract.clauses.may_hold`).
Nothing is listed by hand: the strings come from the pack's pattern, so the test and the
pattern cannot drift apart.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

from factcheck.extract.clauses import may_hold, pack_regex

_SAFE = frozenset(map(chr, range(0x20, 0x7F)))
"""Characters a required string may hold: printable ASCII. For these ``str.lower()`` of
the window gives what ``re.IGNORECASE`` matches, apart from the few characters
:func:`~factcheck.extract.clauses.may_hold` checks for."""

Strings = frozenset[str]


def _best(options: list[Strings]) -> Strings | None:
    """The most selective of several sets that are each required: longest shortest
    string, then fewest strings (short strings stand in most windows)."""
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))


def _of_sequence(items: Any) -> Strings | None:
    """One set of strings of which a match of the sequence ``items`` (a parsed
    subpattern) holds at least one, or None when none can be told."""
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[Strings] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av).lower()
            if len(ch) == 1 and ch in _SAFE:
                run.append(ch)
                continue
            close()
            continue
        close()
        got: Strings | None = None
        if op is c.SUBPATTERN:
            got = _of_sequence(av[-1])
        elif op is c.ATOMIC_GROUP:
            got = _of_sequence(av)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                got = _of_sequence(av[2])
        elif op is c.BRANCH:
            got = _of_branch(av[1])
        elif op is c.ASSERT and av[0] == 1:
            # a look-ahead: what it needs lies inside the window too (a search never
            # looks past its end position)
            got = _of_sequence(av[1])
        elif op is c.IN:
            got = _of_set(av)
        if got is not None:
            options.append(got)
    close()
    return _best(options)


def _of_branch(branches: Any) -> Strings | None:
    out: set[str] = set()
    for b in branches:
        got = _of_sequence(b)
        if got is None:
            return None
        out |= got
    return frozenset(out)


def _of_set(av: Any) -> Strings | None:
    from re import _constants as c  # type: ignore[attr-defined]

    chars = set()
    for op, v in av:
        if op is not c.LITERAL:
            return None
        ch = chr(v).lower()
        if len(ch) != 1 or ch not in _SAFE:
            return None
        chars.add(ch)
    return frozenset(chars) if chars else None


_REQUIRED: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings of printable ASCII of which every match of ``pattern`` (with
    what its look-aheads need) holds at least one, ignoring case; None when the pattern
    does not tell (then nothing can be skipped). Worked out once per pattern."""
    if pattern in _REQUIRED:
        return _REQUIRED[pattern]
    try:
        from re import _parser  # type: ignore[attr-defined]

        got = _of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a private module: no test rather than a wrong one
        got = None
    # a string shorter than two characters stands in nearly every window
    out = tuple(sorted(got)) if got and min(map(len, got)) >= 2 else None
    _REQUIRED[pattern] = out
    return out


class Prefiltered:
    """A compiled pattern whose ``search`` and ``finditer`` skip a window that lacks
    every string the pattern requires (:func:`required`): the same matches, found
    without trying the pattern at every position of most windows."""

    __slots__ = ("need", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.need = required(pattern)

    def _skip(self, text: str, pos: int, endpos: int) -> bool:
        need = self.need
        return need is not None and not may_hold(text, pos, endpos, need)

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no window inside ``text[pos:endpos]`` holds a match (the
        stretch lacks every required string): one test for the many windows of a
        sentence that are searched one by one."""
        return not self._skip(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        need = self.need  # :meth:`_skip` inline: searched thousands of times an article
        if need is not None and not may_hold(text, pos, endpos, need):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if self._skip(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


@cache
def pack_prefiltered(lang: str, table: str, name: str, flags: int = 0) -> Prefiltered | None:
    """The pack's ``<table>.<name>`` pattern (:func:`~factcheck.extract.clauses.pack_regex`)
    as a :class:`Prefiltered`, built once; None when the pack leaves it empty."""
    pattern = pack_regex(lang, table, name, flags)
    return Prefiltered(pattern) if pattern is not None else None


__all__ = ["Prefiltered", "pack_prefiltered", "required"]
