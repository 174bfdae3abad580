"""Proper names that narrow what a figure is about ("the *Ridgeway* fire", "the *Harbour*
Towers"), read in languages that do not capitalise common nouns; a body's name ("the
Office for Civil Rights"), a nationality, a day or a month is none."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.clauses import body_words, days_and_months
from factcheck.lang import get_language

# "(?<![\w-])[A-Z]...", written capital first so that the engine skips to capitals
_NAME = re.compile(r"[A-Z](?<![\w-].)(?:[\w'’-]*[a-z][\w'’-]*|&[A-Z]+)")


def named_scope(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    skip: list[tuple[int, int]],
    lang: str,
    previous: int | None = None,
) -> tuple[str, ...]:
    """Proper names in ``start:end`` that narrow what a figure is about ("the *Ridgeway*
    fire", "the *Harbour* Towers"), folded; only for languages that do not capitalise
    common nouns. Sentence-initial words, month and weekday names, and the spans in
    ``skip`` (sources, places read elsewhere) are left out. A sentence opening with a
    pronoun for the previous sentence's subject (the packs' ``nouns.ANAPHORIC_SUBJECTS``)
    takes that subject's name from the sentence starting at ``previous``."""
    if get_language(lang).numbers.NOUNS_CAPITALISED:
        return ()
    cal = days_and_months(lang)
    nouns = get_language(lang).nouns
    intro = _intro_pattern(lang)
    out: list[str] = []
    lead = _lead_pattern(lang).match(text, sentence_start, min(len(text), sentence_start + 60))
    if lead is None and previous is not None and _anaphoric(text, sentence_start, lang):
        lead = _lead_pattern(lang).match(text, previous, min(len(text), previous + 60))
    for m in _NAME.finditer(text, start, end):
        if m.start() == sentence_start or any(a <= m.start() < b for a, b in skip):
            continue
        w = m.group().casefold().removesuffix("'s").removesuffix("’s")
        if w in cal or w in nouns.SCOPE_NAME_STOPS:
            continue  # "in Monday's explosion": a day, no place
        if not intro.search(text, max(start, m.start() - 24), m.start()):
            continue  # a name counts only after a scope preposition ("in the Ridgeway fire")
        if _demonym(w, lang):
            continue  # "in what the American singer called": a nationality, no name
        if _in_body_name(text, m.start(), lang):
            continue  # "filed with the Office for Civil Rights": a body, no subject
        out.append(w)
    # the sentence's subject: a name right after its opening article ("The Ridgeway fire
    # destroyed 2,140 structures"), unless the figure's stretch names its own ("The Dow
    # shed 1,200 points, while *the S&P 500* fell 198 points")
    if not out and lead is not None and not any(a <= lead.start(1) < b for a, b in skip):
        w = lead.group(1).casefold()
        if (
            w not in cal
            and w not in nouns.SCOPE_NAME_STOPS
            and not _demonym(w, lang)
            and not _in_body_name(text, lead.start(1), lang)
        ):
            # not "The *Liberian-flagged* tanker": a nationality; not "The *Port Alder
            # Transit Authority* has taken 14 escalators out of service": a body
            out.append(w)
    if not out and start > sentence_start:
        # the name the sentence opens with governs its figures ("In Cedar Ridge and
        # Eastbrook alone, about 900 homes burned"): each word of it
        opening = _opening_pattern(lang).match(text, sentence_start, start)
        if opening is not None and not any(x <= opening.start(1) < y for x, y in skip):
            for w in opening.group(1).split():
                low = w.casefold()
                if low not in cal and low not in nouns.SCOPE_NAME_STOPS:
                    out.append(low)
    return tuple(out)


_NAME_RUN = re.compile(r"(?:[A-Z][\w'’&.-]*|of|for|and|on|&)(?:\s+|$)")
"""A word of a name written in capitals, or a small word joining two of them ("Office *for*
Civil Rights", "Department *of* Labor")."""


def _in_body_name(text: str, at: int, lang: str) -> bool:
    """True when the capitalised word at ``at`` stands in a name with a word of a body (the
    pack's ``attribution.ORG_WORDS``: "the *Office* for Civil Rights", "the Ridgeway Fire
    *Department*"): the name is the body's, no name of what a figure is about."""
    run: list[str] = []
    for w in reversed(text[max(0, at - 60) : at].split()):  # the name's words before it
        if not _NAME_RUN.fullmatch(w + " ") or w[-1:] in ".,;:":
            break
        run.append(w)
    pos = at
    for _ in range(8):  # and the word itself and those after it, up to a punctuation mark
        m = _NAME_RUN.match(text, pos)
        if m is None:
            break
        run.append(m.group().strip())
        if m.group().rstrip()[-1:] in ".,;:":
            break
        pos = m.end()
    words = body_words(lang)
    return any(w.casefold().strip(".,") in words for w in run if w[:1].isupper())


def _demonym(word: str, lang: str) -> bool:
    """True for a word the gazetteer knows as a country's adjective ("American"), also as
    the first part of a hyphenated word ("*Liberian*-flagged", "*German*-built")."""
    from factcheck.extract.places import nationality_of

    return nationality_of(word.partition("-")[0], lang) is not None


def _anaphoric(text: str, start: int, lang: str) -> bool:
    """True when the sentence at ``start`` opens with a pronoun for the previous
    sentence's subject."""
    for word in get_language(lang).nouns.ANAPHORIC_SUBJECTS:
        end = start + len(word)
        if text.startswith(word, start) and (end >= len(text) or not text[end].isalnum()):
            return True
    return False


@cache
def _lead_pattern(lang: str) -> re.Pattern[str]:
    arts = "|".join(re.escape(a.capitalize()) for a in get_language(lang).nouns.ARTICLES)
    return re.compile(rf"(?:{arts})\s+({_NAME.pattern})")


@cache
def _opening_pattern(lang: str) -> re.Pattern[str]:
    """A scope preposition opening the sentence and the run of names after it."""
    nouns = get_language(lang).nouns
    preps = "|".join(re.escape(p.capitalize()) for p in nouns.SCOPE_PREPOSITIONS)
    arts = "|".join(re.escape(a) for a in nouns.ARTICLES)
    name = _NAME.pattern
    return re.compile(rf"(?:{preps})\s+(?:(?:{arts})\s+)?({name}(?:\s+{name})*)")


@cache
def _intro_pattern(lang: str) -> re.Pattern[str]:
    nouns = get_language(lang).nouns
    preps = "|".join(re.escape(p) for p in (*nouns.SCOPE_PREPOSITIONS, *nouns.SCOPE_NAME_INTROS))
    arts = "|".join(re.escape(a) for a in nouns.ARTICLES)
    return re.compile(rf"(?<![\w-])(?:{preps})\s+(?:(?:{arts})\s+)?$", re.IGNORECASE)
