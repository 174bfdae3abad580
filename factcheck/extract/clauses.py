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

Cue words that are plain words (letters and digits, the usual case) are found without
a pattern per family: the sentence's words are listed once (one scan) and each is looked
up in a table of lower-case cue words (:class:`WordCues`), so the cost does not grow with
the number of cue words and families. A family with a cue of several words ("an
estimated") is scanned with its own pattern.

The answers are the same as a direct search over the clause's offsets
(:func:`factcheck.extract.events.clause_of` and ``pattern.search(text, a, b)``): cue
matches are whole words that hold no clause break, so a match of the sentence scan lies
inside one clause; a family whose cue words hold a break character is searched directly.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

from factcheck.extract.events import _CLAUSE_BREAK as CLAUSE_BREAK
from factcheck.extract.events import clause_breaks, clause_of
from factcheck.lang import get_language

_BREAK_CHARS = frozenset(",;:–—()")


_WORD = re.compile(r"(?<![\w-])[\w-]+")
r"""A whole word, hyphenated compounds as one ("x-soll"): a cue pattern
``(?<![\w-])(?:cue|...)(?![\w-])`` matches a plain cue word exactly where such a word
equals it, ignoring case."""
_PLAIN = re.compile(r"\w+")


_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")
"""The characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter or
digit ("İ", "ı", "ſ", the Kelvin sign): computed over every code point with
``re.fullmatch("[a-z0-9_]", c, re.IGNORECASE)``; the same four are the only ones whose
``str.lower()`` holds an ASCII character."""


_NO_CUT = re.compile("[\u0130\u0131\u017f\u212a\u03a3]")
"""One of :data:`_CASE_TWINS`, or the Greek capital sigma, whose lower case depends on
the letters around it ("ς" at the end of a word, "σ" elsewhere): a stretch that holds
one is not cut into windows by :func:`lowered`."""

_CHUNK = 8192
"""Characters :func:`lowered` lower-cases at once (from a little before the window)."""

_LOWERED: list[tuple[str, int, int, str | None]] = [("", 0, 0, None)]
"""The stretch of a text lower-cased last by :func:`lowered`: the text, the stretch's
start and end, and its lower case (None when it cannot serve)."""


def lowered(text: str, start: int, end: int) -> str | None:
    """``text[start:end].lower()`` when lower-casing keeps the window's length and the
    window holds none of :data:`_CASE_TWINS`, else None (then case-blind matching and
    ``str.lower`` can disagree: see :func:`may_hold`).

    The sentences of an article ask about many windows, overlapping and mostly in text
    order: a stretch of some thousand characters from a little before the window is
    lower-cased and checked once, and the following windows inside it are cut from it,
    instead of a lower-casing and a check per window. ``str.lower`` maps each character
    on its own but the Greek capital sigma, so a cut equals the window lower-cased alone
    when the stretch keeps its length and holds no sigma (:data:`_NO_CUT`); any other
    stretch answers window by window."""
    if start < 0 or end < 0:
        return _lowered_alone(text[start:end])  # offsets counted from the end
    n = len(text)
    end = min(end, n)
    if start >= end:
        return ""
    c = _LOWERED[0]
    if c[0] is not text or start < c[1] or end > c[2]:
        a = max(0, start - 256)
        b = min(n, max(end, start + _CHUNK))
        chunk = text[a:b]
        low = chunk.lower()
        # no letter grows, no case twin, no sigma: every window inside can be cut from it
        ok = len(low) == len(chunk) and _NO_CUT.search(chunk) is None
        c = _LOWERED[0] = (text, a, b, low if ok else None)
    if c[3] is None:
        return _lowered_alone(text[start:end])
    return c[3][start - c[1] : end - c[1]]


def _lowered_alone(window: str) -> str | None:
    """:func:`lowered` of a window on its own."""
    low = window.lower()
    if len(low) != len(window) or not _CASE_TWINS.isdisjoint(window):
        return None
    return low


def may_hold(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """False only when no string of ``words`` (printable ASCII, lower case: see
    :func:`ascii_words` and :func:`factcheck.extract.literals.required`) occurs in
    ``text[start:end]`` as ``re.IGNORECASE`` matches it, anywhere, also inside a word.
    A cheap test before a pattern that needs one of the strings is run over the window:
    substring tests of the lower-cased window (:func:`lowered`) instead of the pattern
    tried at every position. True (run the pattern) when lower-casing changes the
    window's length or it holds one of :data:`_CASE_TWINS`."""
    c = _LOWERED[0]
    if c[0] is text and c[1] <= start and 0 <= end <= c[2] and c[3] is not None:
        # the window lies in the stretch lowered last (the usual case): cut here, as
        # :func:`lowered` does, without a call
        low: str | None = c[3][start - c[1] : end - c[1]]
    else:
        low = lowered(text, start, end)
    if low is None:
        return True
    return any(map(low.__contains__, words))  # no generator frame per word


_SAFE_START = re.compile(r"[a-z0-9\u00e4\u00f6\u00fc\u00df][a-z0-9\u00e4\u00f6\u00fc\u00df_-]*")
"""A lower-cased first word that :func:`cue_matches` can look up: ASCII letters and
digits, "ä", "ö", "ü", "ß", underscores and hyphens, a letter or digit first. For these
characters ``re.IGNORECASE`` matches exactly the characters whose ``str.lower()`` is the
character, apart from :data:`_CASE_TWINS` (checked over every code point in the tests)."""


_SAFE_PREFIX = re.compile(r"[a-z0-9\u00e4\u00f6\u00fc\u00df_-]*")


def cue_starts(firsts: Iterable[tuple[str, bool]]) -> CueStarts | None:
    r"""The first words of a cue pattern's alternatives for :func:`cue_matches`: each as
    ``(word, stem)``, ``stem`` when the alternative continues the word (``[\w-]*``)
    instead of ending it or going on after white space. A word that goes on with a
    character outside words ("met," or "met."), stands for the whole word before it.
    None when a word is not :data:`_SAFE_START` (then the pattern runs over the whole
    window)."""
    exact: set[str] = set()
    stems: dict[int, set[str]] = {}
    for word, stem in firsts:
        w = word.lower()
        cut = _SAFE_PREFIX.match(w)
        assert cut is not None
        if cut.end() < len(w):
            c = w[cut.end()]
            if c.isalnum() or c == "_":
                return None  # a letter it cannot look up
            w, stem = w[: cut.end()], False  # the word ends there
        if not _SAFE_START.fullmatch(w):
            return None
        if stem:
            # looked up by their first few letters (a word that begins so is tried): few
            # lookups per word however many stems there are
            k = min(len(w), _STEM_KEY)
            stems.setdefault(k, set()).add(w[:k])
        else:
            exact.add(w)
    return frozenset(exact), tuple((k, frozenset(v)) for k, v in sorted(stems.items()))


_STEM_KEY = 3
"""Letters of a stem :func:`cue_matches` looks a word's beginning up by."""


CueStarts = tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]


def cue_matches(
    pattern: re.Pattern[str], text: str, start: int, end: int, starts: CueStarts | None
) -> Iterator[re.Match[str]]:
    r"""What ``pattern.finditer(text, start, end)`` finds, for a case-blind pattern
    ``(?<![\w-])(?:alt|...)...`` whose alternatives begin with the words of ``starts``
    (:func:`cue_starts`). A match can only start where a whole word (``_WORD``) that is
    one of those words, or begins with the first letters of one of the stems, starts: the
    window's words are listed once (:func:`words_of`), the ones that can begin a match are
    looked up in the lower-cased window, and the pattern is tried there alone
    (``pattern.match``) instead of at every position. Falls back to ``finditer`` when
    ``starts`` is None or the window holds a character whose lower case differs from
    what ``re.IGNORECASE`` matches."""
    low = lowered(text, start, end) if starts is not None else None
    if starts is None or low is None:
        yield from pattern.finditer(text, start, end)
        return
    exact, stems = starts
    words = words_of(text, start, end)
    found = set(exact.intersection(words))
    for k, of in stems:
        hit = of.intersection({w[:k] for w in words})
        if hit:
            found.update(w for w in words if w[:k] in hit)
    if not found:
        return  # no word can begin a match
    at = sorted(i for w in found for i in _whole(text, low, w, start, end))
    last = start
    for i in at:
        pos = start + i
        if pos < last:
            continue  # inside the match before (a cue of several words)
        m = pattern.match(text, pos, end)
        if m is not None:
            yield m
            last = m.end()


def matches_at(
    pattern: re.Pattern[str], text: str, positions: Iterable[int], end: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, p0, end)`` finds, for a pattern that can only match
    starting at one of ``positions`` (ascending, from ``p0``) and never matches the empty
    string: the pattern is tried there alone (``pattern.match``) instead of at every
    position. For the patterns that begin at a clause's start (``^`` or a lookbehind of a
    clause break, see :func:`after_breaks`)."""
    last = -1
    for p in positions:
        if p < last:
            continue  # inside the match before
        m = pattern.match(text, p, end)
        if m is not None:
            yield m
            last = m.end()


_BREAK_SPACE: dict[str, re.Pattern[str]] = {}


def after_breaks(text: str, start: int, end: int, breaks: str) -> Iterator[int]:
    r"""The offsets in ``start..end`` right after one of the characters ``breaks`` and a
    white space character (``\s``): where a lookbehind ``(?<=[breaks]\s)`` holds. The
    two characters may lie before ``start``, as a lookbehind sees them."""
    pat = _BREAK_SPACE.get(breaks)
    if pat is None:
        pat = _BREAK_SPACE[breaks] = re.compile("[" + re.escape(breaks) + r"]\s")
    for m in pat.finditer(text, max(0, start - 2), end):
        if m.end() >= start:
            yield m.end()


def word_starts(words: Iterable[str]) -> CueStarts | None:
    r"""The first words of a pattern ``(?<![\w-])(?:w1|w2|...)(?![\w-])`` of the escaped
    ``words`` (no stems), for :func:`cue_matches`; None when one is empty."""
    firsts = []
    for w in words:
        parts = w.split()
        if not parts or not w[0].strip():
            return None
        firsts.append((parts[0], False))
    return cue_starts(firsts)


def ascii_words(words: tuple[str, ...] | list[str]) -> tuple[str, ...] | None:
    """``words`` lower-cased for :func:`may_hold`, or None when one of them is not made
    of ASCII letters, digits and underscores only (no prefilter then)."""
    if not words or not all(w.isascii() and _PLAIN.fullmatch(w) for w in words):
        return None
    return tuple(w.lower() for w in words)


_LAST_WORDS: list[tuple[str, int, int, frozenset[str]]] = [("", -1, -1, frozenset())]
"""The window listed last by :func:`words_of` and its words (one entry, replaced as a
whole)."""


def words_of(text: str, start: int, end: int) -> frozenset[str]:
    """The lower-cased whole words of ``text[start:end]`` (``_WORD``). The attribution
    cues and the modality cues of a sentence both ask, one after the other: the last
    window's listing is kept for the second."""
    last = _LAST_WORDS[0]
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    words = frozenset(map(str.lower, _WORD.findall(text, start, end)))
    _LAST_WORDS[0] = (text, start, end, words)
    return words


def holds_word(
    text: str, start: int, end: int, words: frozenset[str], endings: tuple[str, ...] = ()
) -> bool | None:
    r"""Whether ``text[start:end]`` holds one of ``words`` as a whole word, or a word of
    ``\w`` characters that ends in one of ``endings`` after at least one more: what
    ``re.search(r"(?<![\w-])(?:w1|w2|...|\w+(?:e1|e2|...))(?![\w-])", re.IGNORECASE)``
    tells over the window, for non-empty lower-case ``words`` and ``endings`` of ``\w``
    characters (letters, digits, underscores: the caller checks). The window's words are
    listed once (:func:`words_of`, shared with the cue scans of the same window) instead
    of the pattern tried at every position. None (run the pattern) when the window holds
    a character whose lower case differs from what case-blind matching sees (see
    :func:`lowered`).

    A match of such a pattern is a whole ``[\w-]+`` word of the listing: the look-behind
    and the look-ahead refuse a ``\w`` or a hyphen on either side."""
    if lowered(text, start, end) is None:
        return None
    listed = words_of(text, start, end)
    if not words.isdisjoint(listed):
        return True
    return any(
        "-" not in w and any(len(w) > len(x) and w.endswith(x) for x in endings)
        for w in listed
        if w.endswith(endings)
    )


class WordCues:
    r"""Cue words of several families found in one scan of a text.

    ``families`` maps a family name to its cue words; matching is whole-word and ignores
    case, as ``(?<![\w-])(?i:w1|w2|...)(?![\w-])`` does. Families whose cue words are all
    plain words are answered from one listing of the text's words and a dictionary
    lookup per word; any other family (a cue of two words, or with punctuation) gets its
    pattern, longest cue first, searched on its own, unless one of its plain words stands
    in the text (then :meth:`present` knows without the pattern).
    """

    __slots__ = ("_keys", "_single", "_table", "patterns", "plain", "starts")

    def __init__(self, families: dict[str, tuple[str, ...] | list[str] | set[str]]) -> None:
        table: dict[str, list[str]] = {}
        self.patterns: dict[str, re.Pattern[str]] = {}
        self.starts: dict[str, CueStarts | None] = {}
        self._single: dict[str, frozenset[str]] = {}
        plain: list[str] = []
        for name, words in families.items():
            if not words:
                continue
            if all(_PLAIN.fullmatch(w) for w in words):
                plain.append(name)
                for w in words:
                    fams = table.setdefault(w.lower(), [])
                    if name not in fams:
                        fams.append(name)
            else:
                alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                self.patterns[name] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)
                self.starts[name] = word_starts(words)
                self._single[name] = frozenset(w.lower() for w in words if _PLAIN.fullmatch(w))
        self.plain = tuple(plain)
        self._table = {w: tuple(f) for w, f in table.items()}
        self._keys = frozenset(self._table)

    def _hits(self, text: str, start: int, end: int) -> frozenset[str]:
        """The (lower-case) cue words that stand in ``text[start:end]`` as whole words:
        one listing of the words and a set intersection, no Python loop per word."""
        return self._keys.intersection(words_of(text, start, end))

    def scan(self, text: str, start: int, end: int) -> dict[str, tuple[list[int], list[int]]]:
        """Start and end offsets of every plain family's cue words in
        ``text[start:end]`` (a family without any is absent)."""
        hits = self._hits(text, start, end)
        if not hits:
            return {}
        low = text[start:end].lower()
        spans: dict[str, list[tuple[int, int]]] = {}
        if len(low) != end - start:  # a letter whose lower case is longer ("İ")
            for m in _WORD.finditer(text, start, end):
                w = m.group().lower()
                if w in hits:
                    for f in self._table[w]:
                        spans.setdefault(f, []).append(m.span())
        else:
            for w in hits:
                at = [(start + i, start + i + len(w)) for i in _whole(text, low, w, start, end)]
                for f in self._table[w]:
                    spans.setdefault(f, []).extend(at)
        found: dict[str, tuple[list[int], list[int]]] = {}
        for f, pairs in spans.items():
            pairs.sort()
            found[f] = ([a for a, _ in pairs], [b for _, b in pairs])
        return found

    def present(self, text: str, start: int, end: int) -> set[str]:
        """The families with a cue word in ``text[start:end]``."""
        out: set[str] = set()
        for w in self._hits(text, start, end):
            out.update(self._table[w])
        for name, pat in self.patterns.items():
            single = self._single[name]
            if single and not single.isdisjoint(words_of(text, start, end)):
                out.add(name)  # "said" stands there: no need to try "put the toll"
            # tried where one of its first words stands, not at every position
            elif next(cue_matches(pat, text, start, end, self.starts[name]), None) is not None:
                out.add(name)
        return out


def _whole(text: str, low: str, word: str, start: int, end: int) -> list[int]:
    """Offsets in ``low`` (``text[start:end]`` lower-cased, same length) where ``word``
    stands as a whole word: no letter, digit, underscore or hyphen on either side (the
    character before ``start`` counts, as for a lookbehind; ``end`` ends the text)."""
    out: list[int] = []
    n = len(word)
    i = low.find(word)
    while i >= 0:
        a, b = start + i, start + i + n
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < end else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            out.append(i)
        i = low.find(word, i + 1)
    return out


@cache
def modality_cues(lang: str) -> WordCues:
    """The language pack's modality cue words (``attribution.MODALITY``)."""
    return WordCues(dict(get_language(lang).attribution.MODALITY))


@cache
def cue_pattern(lang: str, family: str) -> re.Pattern[str]:
    """One pattern for every cue word of a modality family (longest words first)."""
    words = get_language(lang).attribution.MODALITY.get(family, ())
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _cue_starts(lang: str, family: str) -> CueStarts | None:
    """The first words of :func:`cue_pattern`'s cues, for :func:`cue_matches`."""
    return word_starts(get_language(lang).attribution.MODALITY.get(family, ()))


@cache
def _scan_safe(lang: str, family: str) -> bool:
    """True when no cue word of the family holds a clause break (the usual case)."""
    words = get_language(lang).attribution.MODALITY.get(family, ())
    return not any((_BREAK_CHARS & set(w)) or " - " in w for w in words)


def _without_names(
    found: dict[str, tuple[list[int], list[int]]], text: str, lang: str
) -> dict[str, tuple[list[int], list[int]]]:
    """``found`` (cue words by family) without the cue words written with a capital that
    are the name of a month or weekday (the pack's ``time.MONTHS``, ``WEEKDAYS``): "in
    *May*" is no "may" of a possibility."""
    names = days_and_months(lang)
    out = {}
    for family, (starts, ends) in found.items():
        keep = [
            i
            for i, (x, y) in enumerate(zip(starts, ends, strict=True))
            if not (text[x].isupper() and text[x:y].casefold() in names)
        ]
        out[family] = (
            (starts, ends)
            if len(keep) == len(starts)
            else ([starts[i] for i in keep], [ends[i] for i in keep])
        )
    return out


@cache
def days_and_months(lang: str) -> frozenset[str]:
    """The pack's weekday and month names (``time.WEEKDAYS``, ``MONTHS``), lower-cased."""
    t = get_language(lang).time
    return frozenset(w.casefold() for w in (*t.WEEKDAYS, *t.MONTHS))


class SentenceIndex:
    """Clause breaks and modality cues of ``text[start:end]``, looked up by offset.

    Clause breaks are found when the index is made (one scan); each cue family is scanned
    on the first question about it. Every lookup after that is a bisection.
    """

    __slots__ = (
        "_break_ends",
        "_break_starts",
        "_cues",
        "_words_scanned",
        "end",
        "lang",
        "memo",
        "start",
        "text",
    )

    def __init__(self, text: str, start: int, end: int, lang: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lang = lang
        starts: list[int] = []
        ends: list[int] = []
        for x, y in clause_breaks(text, start, end):
            starts.append(x)
            ends.append(y)
        self._break_starts = starts
        self._break_ends = ends
        self._cues: dict[str, tuple[list[int], list[int]]] = {}
        self._words_scanned = False
        self.memo: dict[tuple[object, ...], object] = {}
        """Answers worked out from this index, kept for the sentence's other claims
        (keyed by the asker: ``("modality", a, b)``)."""

    # -- clauses ------------------------------------------------------------------------
    def clause(self, pos: int) -> tuple[int, int]:
        """The clause (between commas, semicolons, dashes) around ``pos``."""
        starts, ends = self._break_starts, self._break_ends
        i = bisect_right(starts, pos)  # breaks starting at or before pos: starts[:i]
        if i and ends[i - 1] > pos and starts[i - 1] < pos:
            # pos inside a break (" - "): answer as the direct search does
            return clause_of(self.text, self.start, self.end, pos)
        j = bisect_right(ends, pos)  # breaks ending at or before pos: ends[:j]
        a = ends[j - 1] if j else self.start
        k = bisect_left(starts, pos)  # first break starting at or after pos
        b = starts[k] if k < len(starts) else self.end
        return a, b

    # -- cues ---------------------------------------------------------------------------
    def _family(self, family: str) -> tuple[list[int], list[int]]:
        found = self._cues.get(family)
        if found is not None:
            return found
        cues = modality_cues(self.lang)
        if family not in cues.patterns:  # plain cue words (or none at all)
            if not self._words_scanned:
                # every plain family at once, from one listing of the sentence's words
                self._words_scanned = True
                found_all = cues.scan(self.text, self.start, self.end)
                self._cues.update(_without_names(found_all, self.text, self.lang))
            found = self._cues.get(family)
            if found is None:
                found = self._cues[family] = ([], [])
            return found
        starts: list[int] = []
        ends: list[int] = []
        pattern, first = cue_pattern(self.lang, family), _cue_starts(self.lang, family)
        for m in cue_matches(pattern, self.text, self.start, self.end, first):
            starts.append(m.start())
            ends.append(m.end())
        # a family with phrases ("can hold") keeps its words too: "in *May*" is no "may"
        found = _without_names({family: (starts, ends)}, self.text, self.lang)[family]
        self._cues[family] = found
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
            pattern, first = cue_pattern(self.lang, family), _cue_starts(self.lang, family)
            return next(cue_matches(pattern, self.text, a, b, first), None) is not None
        starts, ends = self._family(family)
        i = bisect_left(starts, a)
        # matches lie in one clause: the first one starting in a..b decides
        return i < len(starts) and starts[i] < b and ends[i] <= b


@cache
def pack_regex(lang: str, table: str, name: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern the pack's ``<table>.<name>`` states ("nouns", "attribution", "time"),
    compiled once; None when the pack leaves it empty."""
    pat: str = getattr(getattr(get_language(lang), table), name)
    return re.compile(pat, flags) if pat else None


def after_content_marker(text: str, s: int, start: int, lang: str) -> bool:
    """True when the word right before a number is one of the packs'
    ``nouns.CONTENT_MARKERS`` ("with", "mit"), or the second item of a list after one
    ("made up *of* three locomotives *and* 112 cars"): it counts what a thing carries or is
    made of ("the train derailed *with* 141 cars"), not the things a verb befell."""
    words = text[max(s, start - 16) : start].split()
    if not words:
        return False
    if words[-1].casefold() in _single_markers(lang):
        return True
    if words[-1].casefold() not in get_language(lang).syntax.COORDINATORS:
        return False
    # the second item of a list after a marker ("made up *of* three locomotives *and* 112
    # cars"): the item before the coordinator is a number and its noun
    words = text[max(s, start - 48) : start].split()
    return (
        len(words) >= 4
        and words[-4].casefold() in _single_markers(lang)
        and is_number_word(words[-3], lang)
    )


def is_number_word(word: str, lang: str) -> bool:
    """True for a number in digits or in the pack's words (``numbers.CARDINALS``: "five",
    "fünf"), whatever its case."""
    return word[:1].isdigit() or word.casefold() in get_language(lang).numbers.CARDINALS


@cache
def _single_markers(lang: str) -> frozenset[str]:
    markers = get_language(lang).nouns.CONTENT_MARKERS
    return frozenset(m.casefold() for m in markers if " " not in m)


@cache
def body_words(lang: str) -> frozenset[str]:
    """The one-word names of bodies (the pack's ``attribution.ORG_WORDS``: "county",
    "office", "college"), lower-cased: a capitalised name with one names the body or its
    place, no person and no thing a figure is about."""
    return frozenset(w for w in get_language(lang).attribution.ORG_WORDS if " " not in w)


def whole_word_starts(text: str, start: int, end: int, words: frozenset[str]) -> list[int] | None:
    r"""Where one of ``words`` stands in ``text[start:end]`` as a whole word, ignoring
    case, as ``(?<![\w-])(?i:w1|w2|...)(?![\w-])`` finds it: the sentence's listed words
    (:func:`words_of`) tell which, its lower case where; None
    when lower-casing cannot tell (:func:`lowered`)."""
    low = lowered(text, start, end)
    if low is None:
        return None
    hits = words.intersection(words_of(text, start, end))
    out: list[int] = []
    for w in hits:
        n = len(w)
        i = low.find(w)
        while i >= 0:
            a = start + i
            before = text[a - 1] if a > 0 else " "
            after = text[a + n] if a + n < end else " "
            if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
                out.append(a)
            i = low.find(w, i + 1)
    out.sort()
    return out


__all__ = [
    "CLAUSE_BREAK",
    "SentenceIndex",
    "WordCues",
    "after_breaks",
    "after_content_marker",
    "ascii_words",
    "cue_matches",
    "cue_pattern",
    "cue_starts",
    "holds_word",
    "is_number_word",
    "matches_at",
    "may_hold",
    "modality_cues",
    "pack_regex",
    "whole_word_starts",
]


@cache
def _speech_verbs(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in get_language(lang).attribution.SPEECH_VERBS)


def is_apposition(text: str, clause: tuple[int, int], at: tuple[int, int], lang: str) -> bool:
    """True when ``clause`` is an apposition around the time at ``at`` ("The Lantern
    Queen, *a ferry built in 1987*, was licensed ..."; "Die Fähre, *ein 1987 gebautes
    Schiff*, ..."): it follows a comma, opens with one of the pack's ``syntax.ARTICLES``,
    is closed by a comma, holds words besides the time (not the date itself: "am Montag,
    *dem 14. Mai*,") and no ``attribution.SPEECH_VERBS`` ("..., the agency said on
    Tuesday, ..." dates what it says). Its time describes the noun, not the figures after
    it."""
    start, end = clause
    first = _WORD.search(text, start, min(end, start + 40))
    if first is None or text[start : first.start()].strip(" ,"):
        return False
    if first.group().casefold() not in get_language(lang).syntax.ARTICLES:
        return False
    if not text[max(0, start - 3) : first.start()].rstrip().endswith(","):
        return False
    if not text[end : end + 2].lstrip().startswith(","):
        return False
    words = list(_WORD.finditer(text, first.end(), end))
    if all(at[0] <= m.start() < at[1] for m in words):
        return False  # the date itself
    verbs = _speech_verbs(lang)
    return not any(m.group().casefold() in verbs for m in words)


INSERTION_WORDS = 6
"""At most this many words in an insertion whose time describes the noun before it (see
:func:`is_insertion`)."""


def is_insertion(text: str, clause: tuple[int, int], sentence_start: int, lang: str) -> bool:
    """True when ``clause`` is a short insertion set between commas after a word of its
    sentence ("The bridge, *built in 1968*, carries about 24,000 vehicles a day"; "Die
    Halle, *2001 eröffnet*, bietet Platz für 3.000"): at most :data:`INSERTION_WORDS`
    words, none of the pack's ``attribution.SPEECH_VERBS`` ("..., police said on
    Tuesday, ..." dates what they say). The caller asks it of a time long past only: such
    a time tells when the noun came to be, not when the figures after it hold."""
    start, end = clause
    before = text[sentence_start:start].rstrip()
    if not before.endswith(",") or not before[:-1].strip():
        return False
    if not text[end : end + 2].lstrip().startswith(","):
        return False
    words = [m.group().casefold() for m in _WORD.finditer(text, start, end)]
    if not words or len(words) > INSERTION_WORDS:
        return False
    return not _speech_verbs(lang).intersection(words)


def past_apposition(idx: SentenceIndex, end: int, lang: str) -> int:
    """The end of the clause after an apposition that follows the clause ending at ``end``
    ("*Two other passengers*, a married couple, *were airlifted*": the apposition only
    interrupts the clause; :func:`is_apposition`), when the clause after it goes on with
    a lower-case word that is no article (a verb: "*were* airlifted"; not the next item of
    a list or a relative clause: "..., die Kreisklinik, *die* ..."), else ``end``."""
    text = idx.text
    if end >= idx.end or text[end : end + 1] != ",":
        return end
    peek = text[end + 1 : end + 24].split(maxsplit=1)  # no regex for most figures
    if not peek or peek[0].casefold() not in get_language(lang).syntax.ARTICLES:
        return end
    nxt = idx.clause(end + 1)
    if nxt[1] >= idx.end or not is_apposition(text, nxt, (end, end), lang):
        return end
    after = idx.clause(nxt[1] + 1)
    first = _WORD.search(text, after[0], after[1])
    if first is None or not first.group().islower():
        return end  # "..., die Kreisklinik sowie Milchviehbetriebe, *die* ...": a list
    if first.group() in get_language(lang).syntax.ARTICLES:
        return end
    return after[1]


RELATIVE_NOUN_WORDS = 4
"""Words at most between a figure and a relative clause after it for the clause to be
said of the figure's noun ("84.000 *Einsatzkräfte*, die seit Freitag ausgerückt sind",
"den Hunderten *Bauern aus Nordrhein-Westfalen*, die sich am Montag ... beteiligten")."""


def relative_dates(idx: SentenceIndex, text: str, start: int, end: int, at: int, lang: str) -> bool:
    """True when the relative clause holding the time at ``at`` may date the figure from
    ``start`` to ``end``: the figure stands in it, or the clause is said of the figure's
    noun, right after it: :data:`RELATIVE_NOUN_WORDS` words at most between them, none
    a determiner (the pack's ``attribution.DETERMINERS``), which would open another
    noun ("Walter Kessler (72) hatte *das* Unternehmen, das seit 1978 ansässig ist")."""
    a, b = idx.clause(at)
    if a <= start < b:
        return True
    between = text[end:a].split()
    dets = get_language(lang).attribution.DETERMINERS
    return (
        b > start
        and len(between) <= RELATIVE_NOUN_WORDS
        and not any(w.casefold() in dets for w in between)
    )
