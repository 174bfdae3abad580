"""Sentence splitting that keeps "9. Juni", "Mio.", "z. B.", "Dr." inside sentences.

A rule-based splitter over one compiled pattern: a sentence ends at ``.``, ``!``, ``?``
(optionally followed by closing quotes or brackets) before whitespace and an upper-case
letter, a digit or an opening quote, and always at a blank line or a line break. The dot
does not end a sentence after a known abbreviation of the language, after a one- or
two-digit number (an ordinal or date: "am 9. Juni", "der 2. Weltkrieg"), or after a
single initial ("J. R. Smith").

A sentence longer than :data:`MAX_SENTENCE` characters (a results table on one line, a
list of dates, a live blog without full stops) is cut into windows of at most that length,
each ending at the last semicolon, else comma, else space in its second half: every rule
that looks at "the sentence" then works on a bounded window, so extraction stays linear
in the input however the text is punctuated. No sentence of the seeds or the development
corpus comes near the limit (the longest has about 400 characters).

Why not pysbd or syntok: pysbd took minutes on 1 MB and syntok splits after "28. Juni";
this splitter runs at tens of MB per second and its rules are in the language packs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang import get_language

_BOUNDARY = re.compile(
    r"""[.!?…\n](?:(?<=[.!?…])[.!?…]*["'“”„»«)\]]*(?P<end>)(?=\s+["'“„»«(\[]?[A-ZÄÖÜ0-9])"""
    r"""|(?<=\n)(?:\s*\n)?)""",
)
r"""A sentence end (``end``: the marks and closing quotes or brackets, up to the empty
group) before white space and what opens a sentence, or a line break (and a blank line):
``(?P<end>[.!?…]+["'“”„»«)\]]*)(?=\s+...)|(?P<nl>\n\s*\n|\n)``, written with the first
character as a class first, so that the engine skips in C to the next mark or line break
instead of trying both branches at every position."""
_WORD_BEFORE = re.compile(r"(\S+)$")
"""What :func:`_word_before` answers, as a pattern (used by the tests)."""


def _word_before(text: str, start: int, end: int) -> str | None:
    """``_WORD_BEFORE.search(text, start, end).group(1)``, or None when it finds nothing:
    the run of non-space characters that ends the window (before a final newline, where
    ``$`` also matches), found by a scan back instead of the pattern tried at every
    position of the window (each try running to the end of its run)."""
    e = end - 1 if end > start and text[end - 1] == "\n" else end
    i = e
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:e] if i < e else None


MAX_SENTENCE = 1000
"""The longest window read as one sentence; longer runs are cut at a clause break."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's offsets into the text it was split from."""

    start: int
    end: int
    continued: bool = False
    """True for the second and later windows of a sentence cut at :data:`MAX_SENTENCE`."""


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    try:
        return frozenset(get_language(lang).text.ABBREVIATIONS)
    except KeyError:
        return frozenset()


@cache
def _ordinal_dot(lang: str) -> bool:
    try:
        return bool(get_language(lang).text.ORDINAL_DOT)
    except KeyError:
        return True


def split_sentences(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences; offsets are absolute, whitespace trimmed."""
    stop = len(text) if end is None else end
    abbrev = _abbreviations(lang)
    ordinal = _ordinal_dot(lang)
    out: list[Sentence] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group("end") is not None:
            token = _word_before(text, max(cur, m.start() - 40), m.start())
            if text[m.start()] == "." and token is not None:
                word = token.lstrip("(\"'„“«»")
                if (
                    _keeps_dot(word, abbrev, ordinal)
                    and not _ends_here(text, word, m.end(), lang)
                    and not _unit_letter(text, word, m.start())
                ):
                    continue
            cut = m.end("end")
        else:
            cut = m.start()
        _add(text, cur, cut, out)
        cur = m.end()
    _add(text, cur, stop, out)
    return out


def _unit_letter(text: str, word: str, dot: int) -> bool:
    """True for one capital letter right after a number ("at or above 43 C."): a unit's
    symbol that may end a sentence, not a name's initial ("J. R. Smith")."""
    if len(word) != 1 or not word.isupper():
        return False
    before = dot - len(word) - 1  # the space before the letter
    return before > 0 and text[before] == " " and text[before - 1].isdigit()


_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def _ends_here(text: str, word: str, at: int, lang: str) -> bool:
    """True when an abbreviation that may end a sentence does (the pack's
    ``text.FINAL_ABBREVIATIONS``): the capitalised word after it is no weekday, month or
    time zone ("at 6:40 p.m. Officials said"; "at 6 p.m. Monday", "at 4:10 a.m. Eastern
    time" go on)."""
    finals, goes_on, zones = _finals(lang)
    if word.rstrip(".") not in finals:
        return False
    m = _NEXT_WORD.match(text, at)
    if m is None or m.group(1).casefold() in goes_on:
        return False
    # a zone of words goes on too ("at 4:10 a.m. Eastern time")
    after = " ".join(text[m.start(1) : m.start(1) + 24].casefold().split())
    return not any(after.startswith(z) for z in zones)


@cache
def _finals(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The pack's abbreviations that may end a sentence, the words after one that go on
    (months, weekdays, one-word zones: "EST"), and the zones of several words ("eastern
    time"; "local time" is written in lower case)."""
    try:
        pack = get_language(lang)
    except KeyError:
        return frozenset(), frozenset(), ()
    zones = pack.events.CLOCK_ZONES
    goes_on = {
        *(w.casefold() for w in pack.time.MONTHS),
        *(w.casefold() for w in pack.time.WEEKDAYS),
        *(z for z in zones if " " not in z),
    }
    phrases = tuple(z for z in zones if " " in z)
    return frozenset(pack.text.FINAL_ABBREVIATIONS), frozenset(goes_on), phrases


def _keeps_dot(word: str, abbrev: frozenset[str], ordinal: bool = True) -> bool:
    if word in abbrev or word.rstrip(".") in abbrev:
        return True
    if word[:1].isdigit():
        # "am 9. Juni" is an ordinal; "Angemeldet waren 3.000." ends a sentence (a number
        # with a separator is no dotted abbreviation)
        return ordinal and word.isdigit() and len(word) <= 2
    # initials ("J."), and dotted abbreviations ("z.B", "u.a")
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 6)


def _add(text: str, a: int, b: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    continued = False
    while b - a > MAX_SENTENCE:
        cut = _window_end(text, a, a + MAX_SENTENCE)
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        out.append(Sentence(a, end, continued))
        continued = True
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append(Sentence(a, b, continued))


def _window_end(text: str, a: int, limit: int) -> int:
    """Where a window ``a..limit`` of an over-long sentence ends: after its last
    semicolon, else its last comma, else before its last space in the second half; else
    at the limit."""
    half = a + (limit - a) // 2
    for sep in ("; ", ", "):
        i = text.rfind(sep, half, limit)
        if i >= 0:
            return i + 1
    i = text.rfind(" ", half, limit)
    return i if i > a else limit
