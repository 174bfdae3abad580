"""What a pattern's matches can begin with: which alternatives of a large alternation a
position can start, told from the word there before any of them is tried.

The time grammar's core pattern is an alternation of some twenty forms ("9. Juni", "last
Friday", "two days later"...). Python's regex engine tries them one by one at every
position it is asked to match, and most of them fail only after a few alternations of
their own, tried letter by letter under ``re.IGNORECASE``. Where the scan tries the
pattern it knows the token that stands there (a digit or a word of the grammar), and most
forms cannot begin with it: "the" begins no date written in digits, "March" no "last
Friday". :func:`heads` reads off a pattern's own syntax tree (``re._parser``, the parser
the ``re`` module compiles with, as :mod:`factcheck.extract.literals` does) the
characters its matches begin with; :func:`may_begin` tells whether a match can begin
where a token stands. The answer errs only towards yes: an alternative it rules out
cannot match there, so an alternation of the others finds the same match (the
alternatives keep their order).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

DEPTH = 6
"""Characters of a match's beginning read off the pattern (enough to tell the words of a
grammar apart; a longer beginning is cut, which only errs towards yes)."""

_MAX_HEADS = 4096
"""More beginnings than this: the pattern is taken to begin with anything."""

Char = tuple[str, int]
"""One character of a beginning: the source of a one-character pattern and its flags."""
Head = tuple[tuple[Char, ...], bool]
"""Characters a match begins with, and whether the beginning is cut there (what follows
is unknown) rather than open (the rest of the sequence follows)."""

_ANY: Char = ("(?s:.)", 0)


def heads(source: str, flags: int = 0) -> frozenset[tuple[Char, ...]] | None:
    """The beginnings of the matches of ``source``: every match (at any position of any
    text) begins with the characters of one of them, each character matched by the
    one-character pattern given for it (a beginning may be shorter than the match, never
    longer). None when the pattern cannot be read (then it may begin with anything)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        found = _sequence(list(parsed), parsed.state.flags)
    except _TooMany:
        return None
    except Exception:  # a private module: no answer rather than a wrong one
        return None
    return frozenset(chars for chars, _ in found)


class _TooMany(Exception):
    pass


def _sequence(items: list[Any], flags: int) -> set[Head]:
    out: set[Head] = {((), False)}
    for op, av in items:
        if all(cut for _, cut in out):
            break
        step = _item(op, av, flags)
        nxt: set[Head] = set()
        for chars, cut in out:
            if cut:
                nxt.add((chars, cut))
                continue
            for more, more_cut in step:
                joined = chars + more
                nxt.add((joined[:DEPTH], more_cut or len(joined) >= DEPTH))
        if len(nxt) > _MAX_HEADS:
            raise _TooMany
        out = nxt
    return out


def _item(op: Any, av: Any, flags: int) -> set[Head]:
    from re import _constants as c  # type: ignore[attr-defined]

    if op in (c.LITERAL, c.NOT_LITERAL):
        char = re.escape(chr(av))
        one = char if op is c.LITERAL else f"[^{char}]"
        return {(((one, flags),), False)}
    if op is c.IN:
        cls = _class(av)
        return {(((cls, flags) if cls is not None else _ANY,), False)}
    if op is c.ANY:
        return {((_ANY,), False)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {((), False)}  # takes no character (what it asks of the text is ignored)
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub), (flags | add) & ~remove)
    if op is c.BRANCH:
        out: set[Head] = set()
        for sub in av[1]:
            out |= _sequence(list(sub), flags)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return {((), False)}
        once = _sequence(list(sub), flags)
        if high != 1:
            once = {(chars, True) for chars, _ in once}  # what the next round takes: cut
        return once | {((), False)} if low == 0 else once
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av), flags)
    return {((), True)}  # anything else (a back reference...): may begin with anything


def _class(items: Any) -> str | None:
    """The source of a character class of parsed items, None when it holds an item this
    does not read."""
    from re import _constants as c  # type: ignore[attr-defined]

    categories = {
        c.CATEGORY_DIGIT: r"\d",
        c.CATEGORY_NOT_DIGIT: r"\D",
        c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S",
        c.CATEGORY_WORD: r"\w",
        c.CATEGORY_NOT_WORD: r"\W",
    }
    parts: list[str] = []
    for op, av in items:
        if op is c.NEGATE:
            parts.insert(0, "^")
        elif op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in categories:
            parts.append(categories[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


@lru_cache(maxsize=4096)
def _char_pattern(char: Char) -> re.Pattern[str]:
    return re.compile(char[0], char[1])


def may_begin(found: frozenset[tuple[Char, ...]] | None, token: str) -> bool:
    """False only when no match of a pattern whose beginnings are ``found`` (see
    :func:`heads`) can start where the text begins with ``token``."""
    if found is None:
        return True
    for chars in found:
        n = min(len(chars), len(token))
        if all(_char_pattern(chars[i]).fullmatch(token[i]) for i in range(n)):
            return True
    return False


__all__ = ["DEPTH", "heads", "may_begin"]
