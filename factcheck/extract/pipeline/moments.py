"""The pipeline, the moments of a story a day gives: what each moment befell ("das Boot
kenterte *am Sonntag*": the boat), so that the days of two moments are compared only when
they befell the same thing.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.clock import moment_events
from factcheck.extract.lemmas import lemmatize
from factcheck.extract.matches import TimeMatch
from factcheck.extract.nouns import find_counted_noun
from factcheck.extract.pipeline.events import no_moment_day
from factcheck.extract.pipeline.sources import _WORD
from factcheck.extract.pipeline.state import _State
from factcheck.lang import get_language
from factcheck.lang.concepts import ACCIDENT_MOMENTS, DATED_MOMENTS, OBJECT_MOMENTS

_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\s+$")


def _moments(
    st: _State, idx: SentenceIndex, dates: list[TimeMatch]
) -> list[tuple[str, str] | None]:
    """The moment of the story each day gives and what it befell ("das Boot kenterte *am
    Sonntag*": ``("capsize", "boot")``), for the moments whose day is compared
    (``concepts.DATED_MOMENTS``); an empty subject where none is read ("beim Einsturz am
    9. Juli")."""
    if not dates:
        return []
    from factcheck.extract.clock import FIRST_REPORT as first_report

    text, lang = st.article.text, st.lang
    spans = [(t.start, t.end) for t in dates]
    out: list[tuple[str, str] | None] = []
    for found, t in zip(moment_events(text, spans, idx.clause, lang), dates, strict=True):
        if found is None or found[0] not in DATED_MOMENTS or no_moment_day(t, text, idx.start):
            out.append(None)
            continue
        kind, at, to = found
        date = (t.start, t.end)
        if kind == first_report:
            subject = _reported_subject(text, idx.clause(at), at, date, lang)
            out.append(None if subject is None else (kind, subject))
            continue
        nominal = _nominal(text, at, lang)
        # the date's clause before the moment's ("Der Turmhelm war am Mittwoch, 8. Juli,
        # während der Sanierung eingestürzt"): what befell it may stand there
        reach = min(idx.clause(t.start)[0], at)
        subject = _moment_subject(
            text, idx.clause(at), at, to, date, lang, reach, nominal, kind in OBJECT_MOMENTS
        )
        out.append((kind, subject or ""))
    return out


def _moment_subject(
    text: str,
    clause: tuple[int, int],
    at: int,
    to: int,
    date: tuple[int, int],
    lang: str,
    reach: int | None = None,
    nominal: bool = False,
    active: bool = False,
) -> str | None:
    """What a moment befell: the noun right after a determiner, the nearest such before
    its word ("*the dam* collapsed", "*Der Bus* war am Freitag von der B 12 abgekommen";
    one after a preposition only when no other stands there: "*Der Turmhelm* war während
    der Sanierung eingestürzt") else the first after it ("entgleiste *ein Regionalzug*"),
    lemmatised and lower-cased; None when no determiner stands before a noun there. The
    words read before the moment's clause go back to ``reach`` (the start of its date's
    clause). A ``nominal`` moment word ("beim Einsturz") befalls only the noun linked to
    it right after ("der Einsturz *des Turms*"). A moment that befalls its object
    (``active``, ``concepts.OBJECT_MOMENTS``) befalls the noun right after its word past a
    determiner ("the company discovered *the intrusion*")."""
    events = get_language(lang).events
    start = clause[0] if reach is None else min(reach, clause[0])
    words = [
        m for m in _WORD.finditer(text, start, clause[1]) if not date[0] <= m.start() < date[1]
    ]
    found = _after_determiners(text, words, lang, adjacent=True)
    heads = _past_adjectives(found, words, lang)
    nouns = [n for n in heads if n is not None]
    if nominal:
        linked = next((n for n in nouns if n.start() >= to), None)
        if linked is None:
            return None
        between = [w.group().casefold() for w in words if to <= w.start() < linked.start()]
        if not between or between[0] not in events.MOMENT_OF:
            return None
        return _lemma(linked.group(), lang)
    oblique = _moment_words(lang)[1]
    before = [n for n in nouns if n.end() <= at]
    # (the preposition before the determiner, past the adjective: "*auf* der eingleisigen
    # Strecke")
    direct = [
        n
        for d, n in zip(found, heads, strict=True)
        if n is not None and n.end() <= at and not _after_word(words, d, oblique)
    ]
    before = direct or before
    after = [n for n in nouns if n.start() >= to]
    if active and after and sum(to <= w.start() < after[0].start() for w in words) == 1:
        return _lemma(after[0].group(), lang)  # "discovered *the intrusion*"
    chosen = before[-1] if before else after[0] if after else None
    if chosen is not None and before:
        # "a passenger train derailed", "the Norvik dam collapsed": the head right
        # before the moment word
        nxt = next((w for w in words if w.start() >= chosen.end()), None)
        if (
            nxt is not None
            and nxt.end() <= at
            and not text[chosen.end() : nxt.start()].strip()
            and not text[nxt.end() : at].strip()
            and len(nxt.group()) > 2
            and nxt.group().casefold() not in get_language(lang).nouns.VERB_WORDS
        ):  # (not "the body *was* discovered")
            chosen = nxt
    if chosen is None:
        return _antecedent(text, clause[0], lang) or _set_off(text, clause, at, lang)
    return _lemma(chosen.group(), lang)


def _past_adjectives(
    nouns: list[re.Match[str]], words: list[re.Match[str]], lang: str
) -> list[re.Match[str] | None]:
    """The words after determiners (``nouns``) as their nouns, each in its place, in a
    language that capitalises nouns (the pack's ``numbers.NOUNS_CAPITALISED``): a
    lower-case word is an adjective, and its noun the first capitalised word at most two
    words on ("entgleiste der *erste* Zug": Zug); None for one with none there. Elsewhere
    a participle right before another word that is no function word is an adjective, its
    noun that word ("the *rented* section": section; the pack's ``syntax.
    PARTICIPLE_ENDINGS`` and ``syntax.FUNCTION_WORDS``)."""
    index = {w.start(): i for i, w in enumerate(words)}
    pack = get_language(lang)
    if not pack.numbers.NOUNS_CAPITALISED:
        endings, function = pack.syntax.PARTICIPLE_ENDINGS, pack.syntax.FUNCTION_WORDS
        out_en: list[re.Match[str] | None] = []
        for n in nouns:
            i = index[n.start()]
            nxt = words[i + 1] if i + 1 < len(words) else None
            if (
                endings
                and n.group().casefold().endswith(endings)
                and nxt is not None
                and nxt.start() == n.end() + 1
                and nxt.group().casefold() not in function
            ):
                n = nxt
            out_en.append(n)
        return out_en
    out: list[re.Match[str] | None] = []
    for n in nouns:
        if n.group()[0].isupper():
            out.append(n)
            continue
        i = index[n.start()]
        out.append(next((w for w in words[i + 1 : i + 3] if w.group()[0].isupper()), None))
    return out


SET_OFF_REACH = 60
"""Characters before or after a participle set off by a comma searched for its noun."""


def _set_off(text: str, clause: tuple[int, int], at: int, lang: str) -> str | None:
    """The noun a participle set off by a comma is said of, when its moment word at ``at``
    opens its clause: the noun group right before the comma ("*the steel truss bridge*,
    built in 1968,") or, for one that opens its sentence, right after it ("Built in 1986,
    *the bridge* ..."), each after a determiner (the pack's ``attribution.DETERMINERS``);
    its head, lemmatised and lower-cased."""
    if text[clause[0] : at].strip(" ,"):
        return None
    dets = get_language(lang).attribution.DETERMINERS
    base = max(0, clause[0] - SET_OFF_REACH)
    lead = text[base : clause[0]].rstrip()
    if lead.endswith(","):
        lead = lead[:-1]
        found = [m for m in _WORD.finditer(lead) if m.group().casefold() in dets]
        if found:
            start, stop = base + found[-1].end(), base + len(lead)
            noun = find_counted_noun(text, start, stop, lang)
            return noun.head.casefold() if noun is not None else None
        return None
    after = text[clause[1] : clause[1] + 2]
    first = _WORD.search(text, clause[1], min(len(text), clause[1] + SET_OFF_REACH))
    if "," not in after or first is None or first.group().casefold() not in dets:
        return None
    start = first.end()
    size = _SIZE.match(text, start)
    if size is not None:
        start = size.end()  # "the *378-metre* steel truss bridge"
    noun = find_counted_noun(text, start, min(len(text), start + SET_OFF_REACH), lang)
    return noun.head.casefold() if noun is not None else None


_SIZE = re.compile(r"\s+[\d.,]+-\S+")
"""A size glued to its unit right after a determiner ("the *378-metre* bridge")."""


def _nominal(text: str, at: int, lang: str) -> bool:
    """True when the moment word at ``at`` is a noun: an article or a preposition (the
    pack's ``events.MOMENT_ARTICLES``, ``events.MOMENT_OBLIQUE``) right before it
    ("*beim* Einsturz", "*the* collapse")."""
    lead = text[max(0, at - 24) : at]
    prev = _LAST_WORD.search(lead)
    if prev is None:
        return False
    articles, oblique = _moment_words(lang)
    word = prev.group(1).casefold()
    return word in articles or word in oblique


@cache
def _moment_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ``events.MOMENT_ARTICLES`` and ``events.MOMENT_OBLIQUE``, folded."""
    events = get_language(lang).events
    return (
        frozenset(w.casefold() for w in events.MOMENT_ARTICLES),
        frozenset(w.casefold() for w in events.MOMENT_OBLIQUE),
    )


def _after_word(words: list[re.Match[str]], noun: re.Match[str], among: frozenset[str]) -> bool:
    """True when the word two before ``noun`` (the one before its determiner) is of
    ``among``."""
    i = next(i for i, w in enumerate(words) if w.start() == noun.start())
    return i >= 2 and words[i - 2].group().casefold() in among


def _antecedent(text: str, start: int, lang: str) -> str | None:
    """The noun a relative clause at ``start`` speaks of ("*the plant*, which opened in
    1987"): the last noun after a determiner before its comma, within the sentence;
    None when the clause opens with no relative pronoun (the pack's
    ``syntax.RELATIVE_PRONOUNS``)."""
    if not _relative(text, start, lang):
        return None
    lead = text[max(0, start - 100) : start].rstrip()
    lead = lead[lead.rfind(". ") + 1 :]
    nouns = _after_determiners(lead, list(_WORD.finditer(lead)), lang, adjacent=False)
    return _lemma(nouns[-1].group(), lang) if nouns else None


def _after_determiners(
    text: str, words: list[re.Match[str]], lang: str, *, adjacent: bool
) -> list[re.Match[str]]:
    """The words of ``words`` (matches in ``text``, in order) that follow a determiner (the
    pack's ``attribution.DETERMINERS``), are none themselves and have over two letters;
    with ``adjacent``, only those with nothing but white space after the determiner, or a
    size glued to them ("the 640-*metre* viaduct")."""
    dets = get_language(lang).attribution.DETERMINERS
    return [
        b
        for a, b in pairwise(words)
        if a.group().casefold() in dets
        and b.group().casefold() not in dets
        and len(b.group()) > 2
        and not (
            adjacent
            and text[a.end() : b.start()].strip()
            # a size glued to its unit between them: "the *640-*metre viaduct"
            and not _GLUED_SIZE.fullmatch(text, a.end(), b.start())
        )
    ]


_GLUED_SIZE = re.compile(r"\s+[\d.,]+-")
"""A number glued by a hyphen to the word after it ("the *640-*metre viaduct")."""


def _reported_subject(
    text: str, clause: tuple[int, int], at: int, date: tuple[int, int], lang: str
) -> str | None:
    """What the first reports told of: the first noun after the first word that is not
    itself a word of reporting ("die ersten Meldungen über tote *Fische*", "die ersten
    trägen *Fische* hatten Angler gemeldet", "the first reports of dead *fish*"),
    lemmatised and lower-cased; None when there is none, or it is a time ("for the first
    time", the pack's ``events.NOT_REPORTED``)."""
    from factcheck.extract.clock import is_report_word
    from factcheck.extract.nouns import find_counted_noun

    pack = get_language(lang)
    first = _WORD.match(text, at)
    pos, stop = (first.end() if first else at), clause[1]
    capitalised = bool(pack.numbers.NOUNS_CAPITALISED)
    for _ in range(3):
        if capitalised:
            # German: the first capitalised word, past adjectives and adverbs
            words = (
                m for m in _WORD.finditer(text, pos, stop) if not date[0] <= m.start() < date[1]
            )
            found = next((m for m in words if m.group()[0].isupper()), None)
            if found is None:
                return None
            end, word = found.end(), found.group()
        else:
            nxt = _WORD.search(text, pos, stop)
            if (
                nxt is not None
                and not text[pos : nxt.start()].strip()
                and nxt.group().casefold() in pack.syntax.NOUN_GROUP_STOP
            ):
                pos = nxt.end()  # "the first reports *of* dead fish"
            noun = find_counted_noun(text, pos, stop, lang)
            if noun is None:
                return None
            end, word = noun.end, noun.head
        if not is_report_word(word, lang):
            lemma = _lemma(word, lang)
            return None if lemma in pack.events.NOT_REPORTED else lemma
        pos = end
    return None


def _lemma(word: str, lang: str) -> str:
    return lemmatize(word, lang).casefold()


def _relative(text: str, start: int, lang: str) -> bool:
    """True when the clause at ``start`` is a relative clause ("the plant, *which opened
    in 1987*"): it opens with one of the pack's ``syntax.RELATIVE_PRONOUNS`` after a comma."""
    first = _WORD.search(text, start, min(len(text), start + 40))
    return (
        first is not None
        and first.group().casefold() in get_language(lang).syntax.RELATIVE_PRONOUNS
        and not text[start : first.start()].strip(" ,")
        and text[max(0, start - 3) : first.start()].rstrip().endswith(",")
    )


def accident_day(st: _State, t: TimeMatch, moment: tuple[str, str] | None) -> TimeMatch:
    """The day ``t`` of an accident's moment (``concepts.ACCIDENT_MOMENTS``), read as a
    past day when a plan in its sentence set it after the article's publication: an
    accident is not planned ("Drei Tage nach der Gasexplosion vom 8. Mai *will* die
    Familie weitermachen", told on 11 May, is this 8 May, not next year's)."""
    day = st.article.published.date
    if (
        moment is None
        or moment[0] not in ACCIDENT_MOMENTS
        or day is None
        or t.time.start is None
        or t.time.start <= day
        or st.time_scan is None
    ):
        return t
    from factcheck.extract.time import times_in

    again = times_in(st.time_scan, st.article.published, start=t.start, end=t.end, direction="past")
    return next((u for u in again if (u.start, u.end) == (t.start, t.end)), t)
