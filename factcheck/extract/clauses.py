"""Per-sentence indexes: clause boundaries and modality cues, each found in one scan.

The claim assembler asks, for every number, trigger and time of a sentence, which clause
it stands in and whether that clause (or the sentence) holds a cue word of some
modality ("soll", "geschätzt", "denied"...). Asking each question with a fresh regex
search over the clause makes a long sentence (a table on one line, a list of dates)
quadratic: n claims times a search over n characters. Here each sentence is scanned once
for its clause breaks and at most once per cue family (one combined pattern per family,
compiled from the language pack's ``attribution.MODALITY``); the questions are then
answered by bisecting the match offsets.

>>> from factcheck.extract.clauses import SentenceIndex
>>> text = "Die Polizei schätzt 300 Teilnehmer, die Veranstalter nannten 5000."
>>> idx = SentenceIndex(text, 0, len(text), "de")
>>> idx.clause(text.index("300"))
(0, 34)
>>> idx.has_cue("estimated", *idx.clause(text.index("300")))
True
>>> idx.has_cue("estimated", *idx.clause(text.index("5000")))
False

The answers are the same as a direct search over the clause's offsets
(:func:`factcheck.extract.events.clause_of` and ``pattern.search(text, a, b)``): cue
matches are whole words that hold no clause break, so a match of the sentence scan lies
inside one clause; a family whose cue words hold a break character is searched directly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from factcheck.lang import get_language

CLAUSE_BREAK = re.compile(r"[,:](?!\d)|[;–—()]|\s-\s")  # not "20,000", "10:15"
"""What separates clauses within a sentence: commas, semicolons, colons, dashes, brackets."""

_BREAK_CHARS = frozenset(",;:–—()")


@cache
def cue_pattern(lang: str, family: str) -> re.Pattern[str]:
    """One pattern for every cue word of a modality family (longest words first)."""
    words = get_language(lang).attribution.MODALITY.get(family, ())
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _scan_safe(lang: str, family: str) -> bool:
    """True when no cue word of the family holds a clause break (the usual case)."""
    words = get_language(lang).attribution.MODALITY.get(family, ())
    return not any((_BREAK_CHARS & set(w)) or " - " in w for w in words)


class SentenceIndex:
    """Clause breaks and modality cues of ``text[start:end]``, looked up by offset.

    Clause breaks are found when the index is made (one scan); each cue family is scanned
    on the first question about it. Every lookup after that is a bisection.
    """

    __slots__ = ("_break_ends", "_break_starts", "_cues", "end", "lang", "start", "text")

    def __init__(self, text: str, start: int, end: int, lang: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lang = lang
        starts: list[int] = []
        ends: list[int] = []
        for m in CLAUSE_BREAK.finditer(text, start, end):
            starts.append(m.start())
            ends.append(m.end())
        self._break_starts = starts
        self._break_ends = ends
        self._cues: dict[str, tuple[list[int], list[int]]] = {}

    # -- clauses ------------------------------------------------------------------------
    def clause(self, pos: int) -> tuple[int, int]:
        """The clause (between commas, semicolons, dashes) around ``pos``."""
        starts, ends = self._break_starts, self._break_ends
        i = bisect_right(starts, pos)  # breaks starting at or before pos: starts[:i]
        if i and ends[i - 1] > pos and starts[i - 1] < pos:
            # pos inside a break (" - "): answer as the direct search does
            from factcheck.extract.events import clause_of

            return clause_of(self.text, self.start, self.end, pos)
        j = bisect_right(ends, pos)  # breaks ending at or before pos: ends[:j]
        a = ends[j - 1] if j else self.start
        k = bisect_left(starts, pos)  # first break starting at or after pos
        b = starts[k] if k < len(starts) else self.end
        return a, b

    # -- cues ---------------------------------------------------------------------------
    def _family(self, family: str) -> tuple[list[int], list[int]]:
        found = self._cues.get(family)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in cue_pattern(self.lang, family).finditer(self.text, self.start, self.end):
                starts.append(m.start())
                ends.append(m.end())
            found = self._cues[family] = (starts, ends)
        return found

    def cues(self, family: str, a: int | None = None, b: int | None = None) -> list[int]:
        """Start offsets of the family's cue words that lie inside ``a..b``."""
        a = self.start if a is None else a
        b = self.end if b is None else b
        starts, ends = self._family(family)
        i = bisect_left(starts, a)
        out = []
        while i < len(starts) and starts[i] < b:
            if ends[i] <= b:
                out.append(starts[i])
            i += 1
        return out

    def has_cue(self, family: str, a: int | None = None, b: int | None = None) -> bool:
        """True when a cue word of the family stands inside ``a..b`` (default: the
        sentence)."""
        a = self.start if a is None else a
        b = self.end if b is None else b
        if not _scan_safe(self.lang, family) and (a, b) != (self.start, self.end):
            return cue_pattern(self.lang, family).search(self.text, a, b) is not None
        starts, ends = self._family(family)
        i = bisect_left(starts, a)
        # matches lie in one clause: the first one starting in a..b decides
        return i < len(starts) and starts[i] < b and ends[i] <= b


__all__ = ["CLAUSE_BREAK", "SentenceIndex", "cue_pattern"]
