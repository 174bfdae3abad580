"""Places, finding them in text: candidates scanned, accepted and resolved.

Part of :mod:`factcheck.extract.places`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.extract.matches import PlaceMatch
from factcheck.extract.places.build import (
    _AMBIGUOUS,
    _ATTRIBUTIVE,
    _CAPWORD,
    _CURATED,
    _FOLLOWING,
    _GIVEN,
    _HYPHENS,
    _NEXT_CAP,
    _NEXTWORD,
    _NOT_PLACE,
    _STOP,
    _Entry,
    _Gazetteer,
    _gazetteer,
    _norm,
)
from factcheck.extract.places.lookup import _lang, _lookup_norm, _memo_for, _named

# ---------------------------------------------------------------------------------------
# Finding places in text


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    """End of the matched words, including a genitive ending."""
    key: str
    written: str
    entry: _Entry


def _check_range(text: str, start: int, end: int | None) -> int:
    n = len(text)
    stop = n if end is None else end
    if not (0 <= start <= n) or not (start <= stop <= n):
        raise ValueError(
            f"window start={start}, end={end} is outside the text of length {n}; "
            "pass offsets with 0 <= start <= end <= len(text)"
        )
    return stop


def find_places(
    text: str, lang: str, *, start: int = 0, end: int | None = None
) -> list[PlaceMatch]:
    """Place names in ``text[start:end]``, with absolute offsets, sorted by start.

    Longest names win and matches do not overlap. ``PlaceMatch.preposition`` is the
    preposition before the name (lower-cased), also across an article, adjectives and a
    place noun ("im russischen Chabarowsk", "in der Hauptstadt Pjöngjang"); a second
    name joined by "und"/"and" shares it. ``metonym`` is True when a capital or seat of
    power stands for its state: no locative preposition before it, not a dateline, not
    after a noun about the physical city ("die Straßen Pjöngjangs").

    Country adjectives ("russischen") and compound prefixes ("US-Regierung",
    "Nordkorea-Reise", "Kreml-Chef") are not places here: see
    :func:`country_of_adjective`.
    """
    (lg,) = _lang(lang)
    stop = _check_range(text, start, end)
    g = _gazetteer()
    cands = _context_chosen(g, lg, _scan(g, text, lg, start, stop))
    return _resolve(g, text, lg, cands)


CONTEXT_PLACES = 2
"""How many other places of a country a text must name, and none of the country of a
name's first reading, for the name to be read as the place of that country ("Georgia"
beside North Carolina and Florida is the US state)."""


def _context_chosen(g: _Gazetteer, lg: str, cands: list[_Cand]) -> list[_Cand]:
    """The candidates, each name of two countries or regions (``_Gazetteer.alternates``)
    read as the one whose country the text's other places lie in: its other reading when
    :data:`CONTEXT_PLACES` other places lie in that one's country and none in its own."""
    alternates = g.alternates.get(lg)
    if not alternates or not cands:
        return cands
    two = [
        (i, names.get(_norm(c.written)))
        for i, c in enumerate(cands)
        if (names := alternates.get(c.key)) is not None
    ]
    if not any(alt for _, alt in two):
        return cands
    places = g.places
    countries: dict[str | None, int] = {}
    for c in cands:
        p = places.get(c.key)
        if p is not None:
            countries[p.country] = countries.get(p.country, 0) + 1
    for i, alt in two:
        first, other = places.get(cands[i].key), places.get(alt or "")
        if first is None or other is None or other.country == first.country:
            continue
        own = countries.get(first.country, 0) - 1  # the name itself counts for its own
        if own == 0 and countries.get(other.country, 0) >= CONTEXT_PLACES:
            c = cands[i]
            cands[i] = _Cand(c.start, c.end, other.key, c.written, c.entry)
    return cands


def _scan(g: _Gazetteer, text: str, lg: str, start: int, stop: int) -> list[_Cand]:
    first = g.first[lg]
    first_get = first.get
    tails = g.tails[lg]
    endings = g.words[lg].genitive_endings
    out: list[_Cand] = []
    resume = start
    if _TOKENS[0] is not g:
        _TOKENS[0], _TOKENS[1], _TOKENS[2] = g, {}, {}
    known: dict[str, tuple[str, bool, str, int | None]] | None = _TOKENS[1].get(lg)
    if known is None:
        known = _TOKENS[1][lg] = {}
    boring: set[str] | None = _TOKENS[2].get(lg)
    if boring is None:
        boring = _TOKENS[2][lg] = set()
    memo = _memo_for(g, lg)
    memo_get = memo.get
    for m in _CAPWORD.finditer(text, start, stop):
        tok = m.group()
        if tok in boring:
            maxlen = None  # no name starts or ends with it: one set lookup
        else:
            info = known.get(tok)
            if info is None:
                if len(known) >= _TOKENS_MAX:
                    known.clear()
                info = known[tok] = _token_info(tok, tails, first_get, endings)
                if info[3] is None and not info[1]:
                    if len(boring) >= _TOKENS_MAX:
                        boring.clear()
                    boring.add(tok)
            folded, in_tails, low, maxlen = info
            if in_tails:
                cand = _tail(g, text, lg, m.start(), m.end(), folded, start)
                if cand is not None and cand.start >= resume:
                    out.append(cand)
                    resume = cand.end
                    continue
        if maxlen is None:
            e = m.end()
            if e < stop and text[e] in _HYPHENS:
                cand = _truncated(g, text, lg, m.start(), e, tok, stop)
                if cand is not None:
                    out.append(cand)
            continue
        s = m.start()
        if s < resume:
            continue
        toks = [low]
        ends = [m.end()]
        raws = [tok]
        pos = ends[0]
        while len(toks) < maxlen:
            nm = _NEXTWORD.match(text, pos, stop)
            if nm is None:
                break
            if nm.group(1)[0] == "." and len(raws[-1]) > 3:
                break
            raw = nm.group(2)
            toks.append(raw.casefold().replace("’", "'"))
            raws.append(raw)
            pos = nm.end()
            ends.append(pos)
        for n in range(len(toks), 0, -1):
            norm = " ".join(toks[:n]) if n > 1 else low
            hit = memo_get(norm, _MISS)
            if hit is _MISS:
                hit = _lookup_norm(g, norm, lg)
            if hit is None:
                continue
            entry, base = hit
            e = ends[n - 1]
            cut = len(norm) - len(base)
            if entry.exact is not None:
                written_raw = " ".join(raws[:n])
                if cut:
                    written_raw = written_raw[:-cut]
                if written_raw != entry.exact:
                    continue
                # U.S., D.C.: a final dot after a one-letter word belongs to the name
                if e < stop and text[e] == "." and len(raws[n - 1]) == 1:
                    e += 1
            if entry.flags & _NOT_PLACE or not entry.key:
                resume = e
                break
            cand = _Cand(s, e, entry.key, text[s : ends[n - 1] - cut], entry)
            if _accept(g, text, lg, cand, raws[:n], stop):
                out.append(cand)
                resume = e
            break
        else:
            e = ends[0]
            if e < stop and text[e] in _HYPHENS:
                cand = _truncated(g, text, lg, s, e, tok, stop)
                if cand is not None:
                    out.append(cand)
    return out


_TOKENS: list[Any] = [None, {}, {}]
"""The gazetteer the scan's word answers are kept for; per language a dictionary
from a capitalised word to :func:`_token_info` of it; and per language the set of the
capitalised words no name starts with and no name ends with (the scan only looks for a
hyphen after them)."""
_MISS: Any = object()
"""Not (yet) among the kept answers of :func:`_lookup_norm`."""
_TOKENS_MAX = 200_000


def _token_info(
    tok: str,
    tails: dict[str, Any],
    first_get: Callable[[str], int | None],
    endings: tuple[str, ...],
) -> tuple[str, bool, str, int | None]:
    """What the scan needs to know of a capitalised word, the same wherever it stands:
    its case-folded form, whether it ends a name that starts with a lower-case word,
    the form looked up (apostrophes made straight) and how many words a name starting
    with it can have (1 for a genitive of a one-word name; None: no name starts with it)."""
    folded = low = tok.casefold()
    maxlen = first_get(low)
    if maxlen is None:
        if "’" in low:
            low = low.replace("’", "'")
            maxlen = first_get(low)
        if maxlen is None and low[-1] in "s'":
            for ending in endings:
                if (
                    low.endswith(ending)
                    and len(low) > len(ending) + 2
                    and first_get(low[: -len(ending)]) is not None
                ):
                    maxlen = 1
                    break
    return folded, folded in tails, low, maxlen


def _tail(g: _Gazetteer, text: str, lg: str, s: int, e: int, low: str, start: int) -> _Cand | None:
    """A name that starts with a lower-case word ("koreanischen Halbinsel"), found by
    its capitalised last word."""
    for prefix, entry in g.tails[lg][low]:
        m = prefix.search(text, max(start, s - 60), s)
        if m is not None and m.end() == s:
            return _Cand(m.start(), e, entry.key, text[m.start() : e], entry)
    return None


def _truncated(
    g: _Gazetteer, text: str, lg: str, s: int, e: int, tok: str, stop: int
) -> _Cand | None:
    """ "Nord- und Südkorea": complete "Nord-" with the end of the next word."""
    m = g.trunc[lg].match(text, e, stop)
    if m is None:
        return None
    partner = m.group(1)
    for i in range(1, len(partner) - 2):
        name = tok + partner[i:]
        entry = g.index[lg].get(name.casefold())
        if entry is not None and entry.key and not entry.flags & (_NOT_PLACE | _STOP):
            return _Cand(s, e, entry.key, name, entry)
    return None


def _prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word right before ``pos`` separated by one space, and its start."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return None
    j = pos - 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    if i == j:
        return None
    return text[i:j], i


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \u00a0\t":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n\"„“”«»'()–—|"


def _accept(g: _Gazetteer, text: str, lg: str, c: _Cand, raws: list[str], stop: int) -> bool:
    entry = c.entry
    flags = entry.flags
    n = len(text)
    # Compound prefix (Nordkorea-Reise) or compound tail (Russland-Ukraine, Ost-Berlin)
    if c.end < n - 1 and text[c.end] in _HYPHENS and text[c.end + 1].isalnum():
        return False
    if c.start >= 2 and text[c.start - 1] in _HYPHENS and text[c.start - 2].isalnum():
        return False
    # All-capital short words are abbreviations of something else (ROM, UNO)
    first = raws[0]
    if entry.exact is None and first.isupper() and len(first) <= 3 and len(raws) == 1:
        return False
    w = g.words[lg]
    if flags & _CURATED == 0 and flags & _AMBIGUOUS:
        prev = _prev_word(text, c.start)
        # "in Trier", and "*In* Trier starben" at a sentence's start
        opening = prev is not None and _sentence_start(text, prev[1])
        if prev is None or (prev[0] not in w.bare and not (opening and prev[0].lower() in w.bare)):
            return False
    if flags & _ATTRIBUTIVE:
        nm = _FOLLOWING.match(text, c.end, min(n, c.end + 40))
        if nm is not None:
            nxt = nm.group(1)
            if nxt not in w.noun_followers and not nxt.endswith(w.participle_endings):
                return False
    kind = c.key.split(":", 1)[0]
    if kind == "sea" and not w.nouns_capitalised and _before_organisation(g, text, lg, c.end):
        return False  # "Pacific Grove", "Atlantic City": a longer name, not the sea
    genitive = c.end - c.start > len(" ".join(raws)) or raws[-1].endswith(("s", "'s", "’s"))
    if kind == "city" or flags & _GIVEN:
        prev = _prev_word(text, c.start)
        if prev is not None:
            word, pstart = prev
            if (
                word[:1].isupper()
                and word not in w.function_words
                and word not in w.place_nouns
                and not word.isupper()
                and (_lookup_norm(g, _norm(word), lg) is None)
            ):
                initial = _sentence_start(text, pstart)
                important = c.key in g.stands or flags & _CURATED
                if not (genitive and not flags & _GIVEN) and not (initial and important):
                    return False
    if (kind == "city" and not flags & _CURATED) or flags & _GIVEN:
        # "Wladimir Putin", "Victoria Beckham": a given name before a surname
        nm = _NEXT_CAP.match(text, c.end, min(n, c.end + 40))
        if nm is not None:
            nxt = nm.group(1)
            prev = _prev_word(text, c.start)
            after_prep = prev is not None and prev[0] in w.locative
            if (
                not after_prep
                and nxt not in w.function_words
                and nxt not in w.place_nouns
                and _lookup_norm(g, _norm(nxt), lg) is None
            ):
                return False
    return True


_PREP_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")
"""A word, or a mark, before a name (:func:`_preposition` reads them back from the name)."""


def _last_tokens(text: str, lo: int, hi: int) -> list[str]:
    """``_PREP_TOKEN.findall(text, lo, hi)``, or (when there are more) its last seven
    tokens at least: :func:`_preposition` reads six tokens back from the name at most
    (four skipped words, a preposition, the word before it). No token runs over white
    space, so the last seven runs between white space hold them (``str.split`` and
    ``\\s`` know the same white space); a run of letters and digits is one token."""
    runs = text[lo:hi].rsplit(None, 7)
    if len(runs) == 8:
        del runs[0]  # the rest of the window, before the last seven runs
    out: list[str] = []
    for run in runs:
        if run.isalnum():
            out.append(run)
        else:
            out.extend(_PREP_TOKEN.findall(run))
    return out


def _preposition(
    g: _Gazetteer,
    text: str,
    lg: str,
    c: _Cand,
    prev_end: int | None,
    prev_preposition: Callable[[], str | None],
) -> tuple[str | None, bool]:
    """The preposition before a name, and whether a city noun stands right before it.
    ``prev_end`` is where the name before ends (None: no name before); its preposition,
    which a name listed after it shares, is asked of ``prev_preposition`` only then."""
    w = g.words[lg]
    lo = max(0, c.start - 100)
    lo = text.rfind("\n", lo, c.start) + 1 or lo  # not across a line break
    tokens = _last_tokens(text, lo, c.start)
    city_noun = False
    if tokens:
        last = tokens[-1].casefold()
        if (tokens[-1][:1].isupper() and last.endswith(w.city_nouns)) or (
            w.city_noun_words and last in w.city_nouns
        ):
            city_noun = True
    skipped = 0
    articles = 0
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.casefold()
        if low in w.locative or low in w.other:
            # "rund um", "north of": two-word prepositions
            if i > 0:
                two = f"{tokens[i - 1].casefold()} {low}"
                if two in w.locative or two in w.other:
                    return two, city_noun
            return low, city_noun
        if tok in w.conjunctions or tok == ",":
            if tok == "," and c.written != text[c.start : c.end]:
                return None, city_noun  # an apposition in the genitive, not a list
            if prev_end is not None and skipped == articles and prev_end >= lo:
                between = _PREP_TOKEN.findall(text, prev_end, c.start)
                if all(
                    b == "," or b in w.conjunctions or b.casefold() in w.articles for b in between
                ):
                    return prev_preposition(), city_noun
            return None, city_noun
        if skipped >= 4:
            break
        if low in w.articles:
            skipped += 1
            articles += 1
            continue
        if tok in w.place_nouns:
            skipped += 1
            continue
        if tok.islower() and low.endswith(w.modifier_endings):
            skipped += 1
            continue
        if w.adjective_before_place and g.adjectives[lg].get(low):
            skipped += 1
            continue
        # A genitive place before a site: "auf Pjöngjangs Kim-Il-Sung-Platz"
        if tok[:1].isupper() and skipped == 0:
            hit = _lookup_norm(g, low, lg)
            if hit is not None and hit[1] != low and hit[0].key:
                skipped += 1
                continue
        break
    return None, city_noun


def _before_organisation(g: _Gazetteer, text: str, lg: str, end: int) -> bool:
    """True when a capitalised word that is not a place or a function word follows."""
    nm = _NEXT_CAP.match(text, end, min(len(text), end + 40))
    if nm is None:
        return False
    nxt = nm.group(1)
    return nxt not in g.words[lg].function_words and _lookup_norm(g, _norm(nxt), lg) is None


def _is_dateline(text: str, c: _Cand) -> bool:
    word = text[c.start : c.end]
    if word.isupper() and len(word) >= 3 and c.entry.exact is None:
        return True
    nl = text.rfind("\n", max(0, c.start - 200), c.start)
    head = text[nl + 1 : c.start] if nl >= 0 else text[max(0, c.start - 200) : c.start]
    if head.strip(" \t\u00a0") or (nl < 0 and c.start > 200):
        return False
    rest = text[c.end : c.end + 3].lstrip(" \u00a0")
    return rest[:1] in ("/", "|", "–", "—", "-", "(", ",", ":")


def _resolve(g: _Gazetteer, text: str, lg: str, cands: list[_Cand]) -> list[PlaceMatch]:
    places = Places(g, text, lg, cands)
    return [places.match(i) for i in range(len(cands))]


class _Waiting(Exception):
    """A name's preposition is asked before that name is resolved."""


class Places:
    """The places of an article, resolved when asked for: :func:`find_places`' matches
    for the names whose start lies in a window (:meth:`within`), the same as it gives.

    The scan over the whole text runs at once (where a name ends decides where the next
    may begin); what each name's preposition and metonymy are is worked out only for
    the names asked for, and for a name before one that shares its preposition ("in
    Berlin und Hamburg")."""

    __slots__ = ("_cands", "_done", "_g", "_lg", "_order", "_starts", "_text")

    def __init__(self, g: _Gazetteer, text: str, lg: str, cands: list[_Cand]) -> None:
        self._g, self._text, self._lg, self._cands = g, text, lg, cands
        self._done: list[PlaceMatch | None] = [None] * len(cands)
        # in the order of their starts, as the pipeline's slices list them
        self._order = sorted(range(len(cands)), key=lambda i: cands[i].start)
        self._starts = [cands[i].start for i in self._order]

    def within(self, s: int, e: int) -> list[PlaceMatch]:
        """The places whose name starts in ``s..e``, by start."""
        lo, hi = bisect_left(self._starts, s), bisect_left(self._starts, e)
        return [self.match(i) for i in self._order[lo:hi]]

    def match(self, i: int) -> PlaceMatch:
        """The place of the ``i``-th name found."""
        done = self._done[i]
        if done is not None:
            return done
        # a name that shares the preposition of the one before waits for that one: the
        # names are resolved from a stack, not by recursion (a list can be long)
        stack = [i]
        while stack:
            k = stack[-1]
            try:
                self._done[k] = self._resolve_one(k)
            except _Waiting:
                stack.append(k - 1)
            else:
                stack.pop()
        out = self._done[i]
        assert out is not None
        return out

    def _preposition_of(self, i: int) -> str | None:
        done = self._done[i]
        if done is None:
            raise _Waiting
        return done.preposition

    def _resolve_one(self, i: int) -> PlaceMatch:
        g, text, lg, cands = self._g, self._text, self._lg, self._cands
        w = g.words[lg]
        c = cands[i]
        prep, city_noun = _preposition(
            g,
            text,
            lg,
            c,
            cands[i - 1].end if i > 0 else None,
            lambda: self._preposition_of(i - 1),
        )
        written = c.written
        metonym = False
        if c.key in g.stands and not _is_dateline(text, c):
            metonym = prep not in w.locative and not city_noun
            if metonym and w.organisation_after_place and _before_organisation(g, text, lg, c.end):
                metonym = False  # "Tokyo Electric", "London Stock Exchange"
            if metonym and i + 1 < len(cands):
                nxt = cands[i + 1]
                inner = g.places.get(nxt.key)
                gap = text[c.end : nxt.start]
                if inner is not None and c.key in inner.within and gap.strip() == "":
                    metonym = False
        place = _named(c.key, written)
        return PlaceMatch(c.start, c.end, place, prep, metonym)


def find_places_lazily(text: str, lang: str, *, start: int = 0, end: int | None = None) -> Places:
    """:func:`find_places`, each name resolved only when asked for (:class:`Places`)."""
    (lg,) = _lang(lang)
    stop = _check_range(text, start, end)
    g = _gazetteer()
    return Places(g, text, lg, _context_chosen(g, lg, _scan(g, text, lg, start, stop)))
