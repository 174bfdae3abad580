"""The persons an article names: full names found once per article, and every mention of
them mapped to the fullest name seen (:class:`PersonIndex`).

Part of what :mod:`factcheck.extract.actors` did; that module keeps the sources and
attribution chains and re-exports the names callers use from here.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from factcheck.extract.clauses import body_words
from factcheck.extract.nouns import is_known_word, lemma
from factcheck.lang import get_language
from factcheck.models import PlaceKind


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the text, with the role written next to the name."""

    start: int
    end: int
    name: str
    role: str | None = None


@cache
def _known_sources() -> tuple[dict[str, dict[str, Any]], re.Pattern[str]]:
    import yaml

    raw = resources.files("factcheck.lang").joinpath("sources.yaml").read_text("utf-8")
    entries = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml
    by_name: dict[str, dict[str, Any]] = {}
    for e in entries:
        for n in e["names"]:
            by_name[n] = e
    names = sorted(by_name, key=len, reverse=True)
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return by_name, pat


_RUN = re.compile(r"(?<![\w-])[\w-]+")
"""A run of word characters and hyphens, as the lookarounds of a name pattern bound it."""
_RUN_REST = re.compile(r"[\w-]*")
"""The rest of such a run."""
_NAME_TOKEN = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[a-zäöüßéèëïçA-Z]++(?:-[A-Za-zäöüß]+)*+(?![\w-])")
_NAME_SPLIT = re.compile(f"({_NAME_TOKEN.pattern})")
"""``_NAME_TOKEN`` as the one group of a pattern: ``split`` lists the gaps and tokens."""
_WORDS = re.compile(r"[^\W\d_][\w-]*")
_CAMEL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


@cache
def given_names() -> frozenset[str]:
    """Given names from ``factcheck/lang/given_names.txt``."""
    raw = resources.files("factcheck.lang").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=65536)
def role_head(base: str, lang: str) -> bool:
    """True when a lower-case word ends in a role noun of the pack's ``attribution.
    ROLE_WORDS`` ("sprecherin", "landrat") longer than any organisation noun it ends in
    (``ORG_WORDS``: "landrat" is a person though it ends in "rat", "bundesrat" is none)."""
    att = get_language(lang).attribution
    role = longest_ending(base, att.ROLE_WORDS)
    return role > 0 and role > longest_ending(base, att.ORG_WORDS)


def longest_ending(word: str, table: tuple[str, ...]) -> int:
    """The length of the longest word of ``table`` that ``word`` ends in, 0 for none (a
    word of the table with a space in it never ends a single word)."""
    if not word.endswith(table):
        return 0
    return max(len(w) for w in table if word.endswith(w))


def names_body(word: str, lang: str) -> bool:
    """True when a role word names its body in its first part ("*Polizei*sprecher",
    "*Feuerwehr*sprecherin"; the pack's ``attribution.ORG_WORDS``, a linking "s" or a
    hyphen between): the body it speaks for is said, a medium after it is spoken to."""
    att = get_language(lang).attribution
    low = word.strip(",.").casefold()
    role = longest_ending(low, att.ROLE_WORDS)
    first = low[: len(low) - role].rstrip("-")
    return bool(first) and (
        first.endswith(att.ORG_WORDS) or (first[:-1].endswith(att.ORG_WORDS) and first[-1:] == "s")
    )


def names_media(low_words: tuple[str, ...], lang: str) -> bool:
    """True when the lower-cased words of a source phrase name a medium (the pack's
    ``attribution.MEDIA_WORDS``): one of several words ("news agency", "state media"), or
    a word ending in one longer than any organisation word it ends in (``ORG_WORDS``):
    "Nachrichtenagentur" is a medium, "Bundesagentur" and the "Federal Emergency
    Management Agency" are not ("agency" is both; the longer or a tie names a body)."""
    att = get_language(lang).attribution
    phrase = " " + " ".join(low_words) + " "
    if any(" " in m and f" {m} " in phrase for m in att.MEDIA_WORDS):
        return True
    for lw in low_words:
        media = longest_ending(lw, att.MEDIA_WORDS)
        if media and media > longest_ending(lw.split("-")[-1], att.ORG_WORDS):
            return True
    return False


@cache
def _is_role(word: str, lang: str) -> bool:
    # the written form first: the lemma (a dictionary walk for an unknown word) only
    # when the form itself is no role word
    return role_head(word.casefold().split("-")[-1], lang) or role_head(
        lemma(word, lang).casefold().split("-")[-1], lang
    )


@cache
def not_names(lang: str) -> frozenset[str]:
    """Capitalised words that make no name of a speaker: month and weekday names and
    their abbreviations ("VIENNA, *Sept.* 16"), and words that are no nouns ("*By*
    Ukrainian estimates": the pack's ``numbers.NAME_EXEMPT`` and function words)."""
    pack = get_language(lang)
    t = pack.time
    words = (*t.MONTHS, *t.MONTH_ABBREVIATIONS, *t.WEEKDAYS, *pack.numbers.NAME_EXEMPT)
    return frozenset(w.casefold() for w in (*words, *pack.syntax.FUNCTION_WORDS))


@lru_cache(maxsize=65536)
def firm_name(phrase: str, lang: str) -> str | None:
    """The name in a phrase that describes a firm before naming it: the capitalised words
    after a noun that ends in one of the pack's ``attribution.COMPANY_DESCRIPTORS``
    ("Semiconductor maker *Norvex*", "utility company *Evergy*", "*Carmaker* Volkswagen"
    at a sentence's start: *Volkswagen*). None when the phrase ends in no capitalised
    word, when the word before them describes no firm, and when they open with a role or
    a word that makes no name ("bank Governor Jane Doe": a person)."""
    descriptors = get_language(lang).attribution.COMPANY_DESCRIPTORS
    words = [w.strip(",.") for w in phrase.split()]
    k = len(words)  # where the closing run of capitalised words begins
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    at = max(k - 1, 0)  # the describing noun: before the run, or the run's first word
    name = words[at + 1 :]
    if not descriptors or k == len(words) or not name or (k == 0 and len(name) > 1):
        return None  # "Airline Pilots Association" is one name
    if not words[at].casefold().endswith(descriptors) or _is_role(words[at], lang):
        return None  # "Republican lawmaker John Smith": a person with a role
    if _is_role(name[0], lang) or name[0] in given_names():
        return None  # "bank Governor Jane Doe", "policymaker Jane Doe": persons
    if any(w.casefold() in not_names(lang) for w in name):
        return None
    return " ".join(name)


@cache
def _noun_like(word: str, lang: str) -> bool:
    """True for words that are common nouns, not names: compounds of two known words
    ("Raumfahrtanlage", "Einsatzfall") where the language writes compounds closed (the
    pack's ``morphology.CLOSED_COMPOUNDS``: in English, "Ashdown" and "Blackwood" are
    surnames), hyphenated compounds ending in a known noun ("Paria-Staaten"), camel-case
    joins, words with digits, all-capital abbreviations."""
    if any(ch.isdigit() for ch in word) or _CAMEL.search(word) or word.isupper():
        return True
    parts = word.split("-")
    if len(parts) > 1:
        last = parts[-1]
        return (
            parts[0] not in given_names()
            and last[:1].isupper()
            and is_known_word(last, lang)
            and len(last) > 3
        )
    if not get_language(lang).morphology.CLOSED_COMPOUNDS:
        return False
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        tail = tail[:1].upper() + tail[1:]
        if (
            len(tail) >= 4
            and is_known_word(tail, lang)
            and (
                is_known_word(head, lang) or (head.endswith("s") and is_known_word(head[:-1], lang))
            )
        ):
            return True
    return False


@lru_cache(maxsize=131072)
def name_candidate(w: str, lang: str, relaxed: bool = False) -> bool:
    """Could ``w`` be part of a person's name: not a source, a common word, a place, a
    country adjective or a role? ``relaxed`` (after a role word or a given name) admits
    surnames that are also words ("Blinken", "Kim"). Cached for the process: the answer
    depends on the word and the language only."""
    from factcheck.extract import places

    by_name, _ = _known_sources()
    # cheapest tests first (table lookups, then dictionary queries): the answer is the
    # same in any order
    place = places.lookup_place(w, lang)
    # after a given name a town's name is a surname ("Amira Hassan"), a country's or a
    # region's is not ("Maria Spain")
    town = relaxed and place is not None and place.kind is PlaceKind.CITY
    return not (
        w in by_name
        or (place is not None and not town)
        or (not town and places.country_of_adjective(w, lang) is not None)
        or (not relaxed and is_known_word(w.lower(), lang))
        or _noun_like(w, lang)
        or _is_role(w, lang)
    )


_CANDIDATES: dict[tuple[str, bool], dict[str, bool]] = {}
_CANDIDATES_MAX = 200_000


def _candidates(lang: str, relaxed: bool) -> dict[str, bool]:
    """The table of :func:`name_candidate`'s answers for a language and mode (emptied
    when it grows past ``_CANDIDATES_MAX`` words)."""
    table = _CANDIDATES.setdefault((lang, relaxed), {})
    if len(table) > _CANDIDATES_MAX:
        table.clear()
    return table


def _is_word_char(ch: str) -> bool:
    """What ``[\\w-]`` matches (``\\w``: the characters ``str.isalnum`` accepts and "_")."""
    return ch.isalnum() or ch in "_-"


def _word_in_gap(gap: str) -> tuple[str, bool, int]:
    """:func:`previous_word` at the end of ``gap``, the text between two name tokens (or
    before the first): the word, whether a comma stood between, and where the word starts
    in ``gap``; the start is -1 when ``gap`` holds only spaces and a comma, so that the
    word is the token before (name tokens are whole runs of ``[\\w-]``)."""
    word, comma, at = previous_word(gap, len(gap))
    return word, comma, (-1 if not word and not at else at)


_GapWord = tuple[str, bool, int, bool]
""":func:`_word_in_gap`'s answer and whether the word is a role word (:func:`_is_role`)."""
_GAP_WORDS_LEN = 24
"""Gaps up to this length keep their :data:`_GapWord` for the process (" und ",
" der ", ", " recur in every article)."""
_GAP_WORDS_MAX = 50_000
_GAP_WORDS: dict[str, dict[str, _GapWord]] = {}


def _gap_word(gap: str, lang: str) -> _GapWord:
    """:func:`_word_in_gap` and whether its word is a role word ("Präsident ")."""
    word, comma, at = _word_in_gap(gap)
    return word, comma, at, bool(word) and _is_role(word, lang)


def _gap_words(lang: str) -> dict[str, _GapWord]:
    """The table of :func:`_gap_word`'s answers for short gaps in a language (emptied
    by its user when it grows past ``_GAP_WORDS_MAX``)."""
    return _GAP_WORDS.setdefault(lang, {})


def _offset(parts: list[str], k: int, start: int) -> int:
    """Where the gap before token ``k`` starts in the text: ``parts`` is the split of
    ``text[start:]`` by ``_NAME_SPLIT`` (gaps and tokens in turn)."""
    return start + sum(map(len, parts[: 2 * k]))


class PersonIndex:
    """The persons an article names, found in two passes.

    Pass one collects full names: capitalised words after a role word ("Präsident
    Wladimir Putin", "Verteidigungsminister Boris Pistorius"), after a given name ("John
    Kirby"), or runs of capitalised words of which one is unknown to the lemmatizer and is
    neither a place nor a source ("Boris Pistorius", "Kim Jong-un", "Putin"). Pass two finds
    every mention of a name's family-name tokens ("Kim", "Putins") and maps it to the
    fullest name seen.
    """

    def __init__(self, text: str, start: int, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._genitive_s = bool(get_language(lang).morphology.NAME_GENITIVE_S)
        self.full: list[str] = []
        self._token: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._start = start
        self._named: dict[str, bool] = {}  # _names_word's answers, asked for genitives
        self._scan(start)

    def _candidate(self, w: str, relaxed: bool = False) -> bool:
        """Could ``w`` be part of a name? See :func:`name_candidate`."""
        return name_candidate(w, self.lang, relaxed)

    def _genitive(self, w: str) -> str:
        """ "Putins" -> "Putin" when the text also names "Putin" without the ending."""
        if self._genitive_s and w.endswith("s") and len(w) > 3:
            stem = w[:-1]
            named = self._named.get(stem)
            if named is None:
                named = self._named[stem] = _names_word(self.text, self._start, stem)
            if named:
                return stem
        return w

    def _scan(self, start: int) -> None:
        text, lang = self.text, self.lang
        syntax = get_language(lang).syntax
        articles, joiners = syntax.ARTICLES, syntax.NAME_JOINERS
        locatives = frozenset(get_language(lang).events.LOCATIVE_PREPOSITIONS)
        bodies = body_words(lang)
        given = given_names()
        by_name, _ = _known_sources()
        tokens = self._token
        genitive_s = self._genitive_s
        # one split of the article: the name tokens and the gaps between them, gaps[k]
        # before toks[k] (no match objects; the word before a token is read from its gap)
        parts = _NAME_SPLIT.split(text[start:])
        if start and len(parts) > 1 and not parts[0] and _is_word_char(text[start - 1]):
            # the first token's lookbehind sees the character before ``start``
            parts[0:3] = [parts[1] + parts[2]]
        toks, gaps = parts[1::2], parts[0::2]
        # name_candidate's answers, one table per language and mode, kept for the process
        # (they depend on the word alone; a table is a plain dictionary: most words recur)
        loose = _candidates(lang, True)
        strict = _candidates(lang, False)
        before = _gap_words(lang)

        def candidate(w: str, relaxed: bool) -> bool:
            known = loose if relaxed else strict
            found = known.get(w)
            if found is None:
                found = known[w] = name_candidate(w, lang, relaxed)
            return found

        n_toks = len(toks)
        ends: list[int] = []  # where each gap starts, counted once when first asked

        def token_end(k: int) -> int:
            """Where token ``k - 1`` ends: the gap before token ``k`` starts."""
            if not ends:
                ends.extend(itertools.accumulate(map(len, parts), initial=start))
            return ends[2 * k]

        i = 0
        while i < n_toks:
            w0 = toks[i]
            ok = loose.get(w0)
            if ok is None:
                ok = loose[w0] = name_candidate(w0, lang, True)
            # a common noun matters only as a role word before a name
            if (
                not ok
                and w0 not in given
                and (
                    i + 1 == n_toks
                    or gaps[i + 1] not in (" ", "\u00a0")
                    or not candidate(toks[i + 1], True)
                )
            ):
                i += 1
                continue
            if w0 in given:
                relaxed = True
                prev, comma = "", False  # not asked: the name is relaxed
            else:
                # the word before the token (skipping spaces and one comma): read from
                # its gap (-1: the token before, the gap holding spaces and a comma only)
                if i:
                    gap = gaps[i]
                    found_before = before.get(gap)
                    if found_before is None:
                        found_before = _gap_word(gap, lang)
                        if len(gap) <= _GAP_WORDS_LEN:
                            if len(before) > _GAP_WORDS_MAX:
                                before.clear()
                            before[gap] = found_before
                    prev, comma, at, anchored = found_before
                    if at < 0:
                        prev = toks[i - 1]
                        anchored = _is_role(prev, lang)
                else:
                    prev, comma, at = previous_word(text, start + len(gaps[0]))
                    anchored = bool(prev) and _is_role(prev, lang)
                if prev in joiners:
                    # "Wladimir Putin und Kim Jong Un": the word before the joiner, read
                    # from the gap before it when the joiner stands in the gap
                    if i and at >= 0:
                        prev2, _, at2 = _word_in_gap(gaps[i][:at])
                        if at2 < 0:
                            prev2 = toks[i - 1]
                    else:
                        pos = _offset(parts, i - 1, start) + len(gaps[i - 1]) if i else at
                        prev2, _, _ = previous_word(text, pos)
                    anchored = anchored or prev2 in tokens
                elif comma and prev in tokens:
                    anchored = True  # "Wladimir Putin, Kim Jong Un"
                relaxed = anchored
            words = [w0]
            j = i + 1
            known = loose if relaxed else strict
            while j < n_toks and gaps[j] in (" ", "\u00a0") and len(words) < 4:
                w = toks[j]
                ok = known.get(w)
                if ok is None:
                    ok = known[w] = name_candidate(w, lang, relaxed)
                if not ok:
                    break
                words.append(w)
                j += 1
            if len(words) == 1:
                i += 1
                if (
                    not relaxed
                    and not (genitive_s and len(w0) > 3 and w0.endswith("s"))
                    and not candidate(w0, False)
                ):
                    continue  # one word, kept as written: a name when it is no known word
                if w0 in by_name:
                    continue
                if not relaxed and (
                    prev.casefold() in locatives or _before_body(text, token_end(i), bodies)
                ):
                    # "in Shasta", "at Manton": one bare word after "in" is a place;
                    # "Shasta County supervisors", "Shasta and Tehama counties" a body's
                    continue
            else:
                i = j
                if " ".join(words) in by_name:
                    continue
            # drop leading role words, places and sources ("Kreml-Berater", "Russlands")
            while len(words) > 1 and not candidate(words[0], True) and (words[0] not in given):
                words = words[1:]
                relaxed = True
            if not relaxed:
                # trim known nouns at either end ("Marke Aurus", "Kims Regime")
                while len(words) > 1 and is_known_word(words[0], lang) and words[0] not in given:
                    words = words[1:]
                body = False
                while len(words) > 1 and is_known_word(words[-1], lang):
                    body = body or words[-1].casefold() in bodies
                    words = words[:-1]
                if body:
                    continue  # "Shasta County", "Elk Bend College": a body's or place's name
            last = words[-1]
            if genitive_s and len(last) > 3 and last.endswith("s"):
                last = self._genitive(last)
                words[-1] = last
            if (" ".join(words) if len(words) > 1 else last) in by_name:
                continue
            last_ok = candidate(last, relaxed)
            if (words[0] in given and len(words) > 1 and last_ok) or (
                last_ok
                and (relaxed or any(not is_known_word(x, lang) for x in words))
                and (relaxed or comma or prev.casefold() not in articles)
            ):
                self._add(words)

    def _add(self, words: list[str]) -> None:
        given = given_names()
        full = " ".join(words)
        for existing in self.full:
            if full in existing:
                full = existing
                break
        else:
            self.full = [f for f in self.full if f not in full] + [full]
        for k, w in enumerate(words):
            # a name of given names alone ("Amira Hassan") is found by its last one
            if w not in given or len(words) == 1 or (k == len(words) - 1 and set(words) <= given):
                self._token[w] = full
        for w, f in list(self._token.items()):
            if f != full and f in full:
                self._token[w] = full
        self._pattern = None

    def canonical(self, name: str) -> str:
        """The fullest form of a mentioned name."""
        return self._token.get(name, name)

    def mentions(self, start: int, end: int) -> list[Person]:
        """Persons mentioned in ``text[start:end]``, with canonical full names."""
        if not self._token:
            return []
        text, lang = self.text, self.lang
        out: list[Person] = []
        for m_start, m_end, token in self._found(start, end):
            full = self._token[token]
            if out and out[-1].name == full and text[out[-1].end : m_start].strip() == "":
                prev = out.pop()
                out.append(Person(prev.start, m_end, full, prev.role))
                continue
            word, _, _ = previous_word(text, m_start)
            out.append(Person(m_start, m_end, full, word if word and _titled(word, lang) else None))
        return out

    def _found(self, start: int, end: int) -> list[tuple[int, int, str]]:
        r"""Start, end and name token of each mention in ``text[start:end]``: what
        ``(?<![\w-])(token|...)(?:s|’|')?(?![\w-])`` finds, the tokens longest first.

        Name tokens are letters and hyphens (``_NAME_TOKEN``), so a mention is a whole
        run of word characters and hyphens that is a token, or a token and an "s"; then
        an apostrophe after it belongs to it when no word character follows. The runs are
        looked up in the token table instead of compiling an alternation of the
        article's names (half a millisecond per article); a token of any other
        character falls back to the pattern."""
        text, tokens = self.text, self._token
        if not all(_RUN.fullmatch(t) for t in tokens):
            return [
                (m.start(), m.end(), m.group(1))
                for m in self._compiled().finditer(text, start, end)
            ]
        out: list[tuple[int, int, str]] = []
        # a run that is a token, or a token and an "s", starts where a token stands: the
        # tokens are found by str.find, and only the runs that start there are read (the
        # runs ``_RUN.finditer`` gives: a start after no word character or hyphen)
        starts: dict[int, str] = {}  # where a token stands: one of the tokens there
        for t in tokens:
            i = text.find(t, start, end)
            while i >= 0:
                starts[i] = t
                i = text.find(t, i + 1, end)
        for a in sorted(starts):
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-"):
                continue
            # the run from ``a`` holds the token there: the token alone or with an "s"
            # when the run ends there (read by hand), else the run as _RUN_REST reads it
            run = starts[a]
            b = a + len(run)
            if b < end and (text[b].isalnum() or text[b] in "_-"):
                if text[b] == "s" and not (
                    b + 1 < end and (text[b + 1].isalnum() or text[b + 1] in "_-")
                ):
                    b += 1
                    run += "s"
                else:
                    rest = _RUN_REST.match(text, b, end)
                    b = rest.end() if rest is not None else b
                    run = text[a:b]
            if run in tokens:
                after = text[b : b + 2] if b + 1 < end else text[b:end]
                if after[:1] in ("’", "'") and not (
                    len(after) > 1 and (after[1].isalnum() or after[1] in "_-")
                ):
                    b += 1  # "Putins’ " (a genitive apostrophe)
                out.append((a, b, run))
            elif run.endswith("s") and run[:-1] in tokens:
                out.append((a, b, run[:-1]))  # "Putins"
        return out

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            alts = sorted(self._token, key=len, reverse=True)
            gen = "|".join(re.escape(g) for g in ("s", "’", "'"))
            self._pattern = re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + rf")(?:{gen})?(?![\w-])"
            )
        return self._pattern


def find_persons(text: str, start: int, end: int, lang: str) -> list[Person]:
    """Person names in ``text[start:end]`` (a one-off index over that window)."""
    return PersonIndex(text[:end], start, lang).mentions(start, end)


def _names_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (a letter, then letters and hyphens) is one of the words
    ``_WORDS.findall(text, start)`` lists, without listing them: each listed word is what
    is left of a run of word characters and hyphens after its first letter, so ``word``
    is one when it stands somewhere after ``start`` with no word character or hyphen
    after it and no letter between it and the start of its run."""
    n = len(word)
    end = len(text)
    i = text.find(word, start)
    while i >= 0:
        after = i + n
        if after == end or not (text[after].isalnum() or text[after] in "_-"):
            j = i
            while j > start:
                ch = text[j - 1]
                if ch == "-" or ch == "_" or ch.isdecimal():
                    j -= 1  # no letter: the run's first letter may still be ``word``'s
                elif ch.isalnum():
                    break  # a letter (or other word character) of the run before it
                else:
                    j = start
            else:
                return True
        i = text.find(word, i + 1)
    return False


def previous_word(text: str, pos: int) -> tuple[str, bool, int]:
    """The word before ``pos`` (skipping spaces and one comma), whether a comma stood
    between, and where the word starts; ``("", False, pos)`` at the start. A direct scan:
    this runs for every name-like word of an article."""
    i = pos
    while i > 0 and text[i - 1] in " \u00a0\t":
        i -= 1
    comma = i > 0 and text[i - 1] == ","
    if comma:
        i -= 1
        while i > 0 and text[i - 1] in " \u00a0\t":
            i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-_"):
        j -= 1
    return text[j:i], comma, j


@lru_cache(maxsize=65536)
def _titled(word: str, lang: str) -> bool:
    """Whether ``word`` names a role before a name: its last hyphenated part, case
    folded, ends in one of the pack's ``attribution.ROLE_WORDS`` ("Präsident",
    "Kreml-Berater"). Cached: the answer depends on the word and the language only."""
    roles = get_language(lang).attribution.ROLE_WORDS
    return word.casefold().split("-")[-1].endswith(roles)


SURNAME_BEFORE = 5000
"""Characters before a one-word speaker searched for the full name it is the surname of."""


def surname_of(text: str, start: int, end: int) -> tuple[str, str] | None:
    """``(word, name key)`` when the one word ``text[start:end]`` is the surname of a
    person the article named before with a given name ("Chief executive Lena *Marsh* ...
    *Marsh* said", "Landrat Klaus *Fischer* ... sagte *Fischer*"), even when the word is
    also a common noun; else None."""
    from factcheck.extract.names import name_key

    word = text[start:end].strip()
    if not (word.isalpha() and word.istitle() and len(word) > 2):
        return None
    names = given_names()
    lo = max(0, start - SURNAME_BEFORE)
    at = text.rfind(word, lo, start)
    while at > lo:
        first = text[max(lo, at - 24) : at].rsplit(None, 1)
        after = text[at + len(word) : at + len(word) + 1]
        if first and text[at - 1] == " " and first[-1] in names and not after.isalnum():
            return word, name_key(f"{first[-1]} {word}")
        at = text.rfind(word, lo, at)
    return None


def _before_body(text: str, pos: int, bodies: frozenset[str]) -> bool:
    """True when the word at ``pos`` (right after a name), or the word after a joiner and
    a name after it, is a body's word, singular or plural ("Shasta *County*", "Shasta and
    Tehama *counties*")."""
    words = text[pos : pos + 40].split()[:3]
    for w in words[:1] + words[2:3]:
        low = w.strip(".,;:").casefold()
        single = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
        if low in bodies or single in bodies:
            return True
    return False
