"""The pipeline, modality: whether a clause reports, plans or denies what it states.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import cast

from factcheck.extract.clauses import SentenceIndex, holds_word
from factcheck.extract.figure_cues import restates
from factcheck.extract.pipeline.state import _pack_regex, _State
from factcheck.extract.wordlists import alternation
from factcheck.lang import get_language
from factcheck.models import Modality, UnitKind


# -- modality ---------------------------------------------------------------------------
def _modality(idx: SentenceIndex, pos: int, attributed: bool) -> Modality:
    """The modality of what the sentence says at ``pos``: a cue in its clause, else a
    planning verb governing the sentence, else reported or asserted. Every question is a
    lookup in the sentence's cue index (one scan per cue family, not one per claim)."""
    a, b = _said_clause(idx, pos)
    cued = _clause_cue(idx, a, b)
    if cued is Modality.HYPOTHETICAL and attributed:
        cued = _backshift(idx, a, b) or cued
    if cued is None and attributed:
        # "... said 500 more soldiers would be sent, bringing the total to 1,700": a future
        # told in the past in the first clause governs a clause with no cue of its own
        first = _said_clause(idx, idx.start)
        if (
            first != (a, b)
            # not past another predicate of the speaker's: "would not comment, *but
            # confirmed* the driver, 53, had been suspended"
            and not _joined_between(idx, first[1], pos)
            and _clause_cue(idx, *first) is Modality.HYPOTHETICAL
            and _backshift(idx, *first) is Modality.PLANNED
            and not _own_past(idx, a, b)
        ):
            return Modality.PLANNED
    if cued is not None:
        return cued
    return Modality.REPORTED if attributed else Modality.ASSERTED


def _joined_between(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when a join of :func:`_said_joins` starts between ``a`` and ``b`` (the
    sentence's joins are found once and kept in its memo)."""
    joins = idx.memo.get(_JOINS)
    if joins is None:
        pattern = _said_joins(idx.lang)
        found = () if pattern is None else pattern.finditer(idx.text, idx.start, idx.end)
        joins = idx.memo[_JOINS] = tuple(m.start() for m in found)
    assert isinstance(joins, tuple)
    i = bisect_left(joins, a)
    return i < len(joins) and joins[i] < b


_JOINS = ("said_joins",)
"""The memo key of the sentence's joins (:func:`_joined_between`)."""


def _said_clause(idx: SentenceIndex, pos: int) -> tuple[int, int]:
    """The clause around ``pos`` (:meth:`SentenceIndex.clause`), cut where a coordinator
    and a complementizer open another clause of what is said (the pack's ``syntax.
    COORDINATORS`` and ``COMPLEMENTIZERS``: "he said the bridge carried 30,000 vehicles a
    day *and that* rebuilding it would take years"), a coordinator and a modal verb open
    another predicate ("has 62 cabins *and can* carry up to 2,400 an hour": ``syntax.
    COORDINATED_MODALS``; "put the damage at £14 million *and said* demolition could take
    six weeks") or a subordinator opens a clause of
    cause or condition (``syntax.SUBORDINATORS``: "recalling 1.2 million vehicles
    *because* the airbag may not deploy"): a cue there does not reach the figure before
    it, nor one before it the figure after."""
    a, b = idx.clause(pos)
    memo = idx.memo
    if memo.get(_NO_SAID_JOIN):
        return a, b
    key = ("said_clause", a, b)
    cuts = memo.get(key)
    if cuts is None:
        pattern = _said_joins(idx.lang)
        sentence = idx.text[idx.start : idx.end]
        # the plan cues are looked up in the sentence's cue index, scanned already
        if pattern is None or not (
            any(w in sentence for w in _join_words(idx.lang))
            or idx.has_cue("planned")
            or idx.has_cue("hypothetical")
        ):
            memo[_NO_SAID_JOIN] = True  # most sentences: no clause of them is cut
            return a, b
        cuts = memo[key] = tuple(m.start() for m in pattern.finditer(idx.text, a, b))
    assert isinstance(cuts, tuple)
    for cut in cuts:
        if cut <= pos:
            a = cut
        else:
            return a, cut
    return a, b


_NO_SAID_JOIN = ("said_clause", "none")
"""The memo key telling that a sentence holds no complementizer at all."""


@cache
def _join_words(lang: str) -> tuple[str, ...]:
    """The words of :func:`_said_joins` other than the plan cues: complementizers, modal
    verbs and subordinators, looked for in a sentence before its joins are searched."""
    syntax = get_language(lang).syntax
    return (*syntax.COMPLEMENTIZERS, *syntax.COORDINATED_MODALS, *syntax.SUBORDINATORS)


@cache
def _opening(lang: str) -> tuple[str, ...]:
    """What opens another predicate after a coordinator: a modal verb (``syntax.
    COORDINATED_MODALS``) or a plan cue (``attribution.MODALITY["planned"]``: "und
    *angekündigt*, ...", "and *plans* to")."""
    pack = get_language(lang)
    return (*pack.syntax.COORDINATED_MODALS, *pack.attribution.MODALITY.get("planned", ()))


@cache
def _said_joins(lang: str) -> re.Pattern[str] | None:
    """A coordinator followed by a complementizer ("and that", "und dass"), a modal verb
    ("and can", "und kann": ``syntax.COORDINATED_MODALS``), a plan cue ("und angekündigt,
    ...", "and plans to": :func:`_opening`) or a speech verb ("and said", ``attribution.
    SPEECH_VERBS``), a subordinator ("because", "weil"), or a
    comma, a clause opener and a speech verb (``syntax.CLAUSE_OPENERS``,
    ``attribution.SPEECH_VERBS``: ", but confirmed"); None when the pack has none."""
    syntax = get_language(lang).syntax
    alts = []
    # (and a speech verb: "put the damage at £14 million *and said* demolition could take
    # up to six weeks", another thing said)
    speech = get_language(lang).attribution.SPEECH_VERBS
    opening = (*syntax.COMPLEMENTIZERS, *_opening(lang), *speech)
    if opening and syntax.COORDINATORS:
        joins, said = alternation(syntax.COORDINATORS), alternation(opening)
        alts.append(rf"(?:{joins})\s+(?:{said})")
    if syntax.SUBORDINATORS:
        alts.append(alternation(syntax.SUBORDINATORS))
    if syntax.CLAUSE_OPENERS and speech:
        # "she would not comment, *but confirmed* the driver, 53, had been suspended": the
        # speaker's next predicate
        alts.append(rf",\s+(?:{alternation(syntax.CLAUSE_OPENERS)})\s+(?:{alternation(speech)})")
    if not alts:
        return None
    return re.compile(rf"\b(?:{'|'.join(alts)})\b", re.IGNORECASE)


def _clause_cue(idx: SentenceIndex, a: int, b: int) -> Modality | None:
    """The modality a cue gives the clause ``a..b`` (:func:`_cued`), worked out once per
    clause and sentence."""
    key = ("modality", a, b)
    memo = idx.memo
    if key not in memo:
        memo[key] = _cued(idx, a, b)
    return cast("Modality | None", memo[key])


def _backshift(idx: SentenceIndex, a: int, b: int) -> Modality | None:
    """The modality of a sourced clause ``a..b`` that is hypothetical only by the form of
    reported speech (the pack's ``attribution.MODALITY["backshift"]``), or None: every
    hypothetical cue of the sentence is one, and none has a perfect after it ("would *have*
    flooded": what did not happen). Planned for a future told in the past ("the company
    said 300 jobs *would* go", "80 Prozent der Züge *würden* ausfallen, sagte sie"),
    reported for a passive (the pack's ``attribution.PASSIVE``: "3 Kinder *würden
    vermisst*, sagte sie")."""
    if not idx.has_cue("backshift", a, b):
        return None
    shifted = idx.cues("backshift")
    if set(idx.cues("hypothetical")) - set(shifted):
        return None  # "if", "could": a condition of its own
    perfect = get_language(idx.lang).attribution.PERFECT_AUXILIARIES
    text = idx.text
    for pos in shifted:
        after = text[pos : min(idx.end, pos + 40)].split()[1:2]
        if after and after[0].casefold() in perfect:
            return None
    passive = _passive_spans(idx, a, b)
    if any(x <= pos < y for pos in idx.cues("backshift", a, b) for x, y in passive):
        return Modality.REPORTED
    return Modality.PLANNED


def _cued(idx: SentenceIndex, a: int, b: int) -> Modality | None:
    """The modality a cue gives the clause ``a..b``, or None when no cue does."""
    for modality in ("denied", "hypothetical", "alleged", "estimated"):
        if (
            idx.has_cue(modality, a, b)
            and (modality != "alleged" or _alleges(idx, a, b))
            and (modality != "denied" or _denies(idx, a, b))
        ):
            if modality == "hypothetical" and _guessed_past(idx, a, b):
                return Modality.ESTIMATED
            return Modality(modality)
    if _hearsay(idx, a, b):
        return Modality.ALLEGED
    if _guessed_state(idx, a, b):
        return Modality.ESTIMATED
    if _planned(idx, a, b) or (
        _planned(idx)
        and not idx.has_cue("alleged")
        and not _hearsay(idx)
        and _main_clause_planned(idx)
        and not _own_past(idx, a, b)
    ):
        return Modality.PLANNED
    return None


def _guessed_past(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when every hypothetical cue of the clause ``a..b`` opens a guess at what has
    already happened (the pack's ``attribution.EPISTEMIC_PAST``: "up to 9,500 barrels *may
    have leaked*"): an estimate of a past figure, no hypothesis."""
    pattern = _pack_regex(idx.lang, "attribution", "EPISTEMIC_PAST")
    if pattern is None:
        return False
    guesses = [(m.start(), m.end()) for m in pattern.finditer(idx.text, a, b)]
    return bool(guesses) and all(
        any(x <= pos < y for x, y in guesses) for pos in idx.cues("hypothetical", a, b)
    )


def _guessed_state(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when a plan cue of the clause ``a..b`` opens a guess at how things stand or what
    has happened (the pack's ``attribution.EPISTEMIC_STATE``: "der Schaden *dürfte bei* 18
    Millionen Euro *liegen*"): an estimate of a present figure, no plan."""
    if not idx.has_cue("planned", a, b):
        return False
    pattern = _pack_regex(idx.lang, "attribution", "EPISTEMIC_STATE")
    if pattern is None:
        return False
    guesses = [(m.start(), m.end()) for m in pattern.finditer(idx.text, a, b)]
    return any(x <= pos < y for pos in idx.cues("planned", a, b) for x, y in guesses)


def _alleges(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when an allegation cue in ``a..b`` alleges the clause: not one that only
    describes the noun after it (:func:`_attributive`: "Ermittler durchsuchten 45 Wohnungen
    einer *mutmaßlichen* Bande", "police searched the *alleged* gang's homes"), unless that
    noun phrase holds a number."""
    return any(not _attributive(idx, pos) for pos in idx.cues("alleged", a, b))


REFUSAL_REACH = 8
"""Words on each side of a denial cue, in its clause, searched for the noun of a proposal
it refuses ("rejected a contract *offer*", "das *Angebot* ... zurückgewiesen")."""


def _denies(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when a denial cue in ``a..b`` denies a claim: not one that refuses a proposal
    named within :data:`REFUSAL_REACH` words of it in its clause (the packs' ``attribution.
    REFUSED_PROPOSALS``: "members *rejected* a contract *offer*", "rejected Corwell's
    *offer* of a 21% raise", "hat das *Angebot* zurückgewiesen"): the offer's figures are
    what was offered."""
    proposals = tuple(w.casefold() for w in get_language(idx.lang).attribution.REFUSED_PROPOSALS)
    if not proposals:
        return True
    text = idx.text
    for pos in idx.cues("denied", a, b):
        ca, cb = idx.clause(pos)
        after = text[pos:cb].split()[1 : 1 + REFUSAL_REACH]
        before = text[ca:pos].split()[-REFUSAL_REACH:]
        if not any(w.casefold().strip(",.;:").startswith(proposals) for w in after + before):
            return True
    return False


def _hearsay(idx: SentenceIndex, a: int | None = None, b: int | None = None) -> bool:
    """True when ``a..b`` (the sentence without them) tells what others claim in a form
    that opens with a plan cue (the pack's ``attribution.HEARSAY``: "Der Mann soll 5.000
    Euro gestohlen haben"): its cue alleges, it plans nothing. Searched only where a plan
    cue stands."""
    if not idx.has_cue("planned", a, b):
        return False
    pattern = _pack_regex(idx.lang, "attribution", "HEARSAY")
    if pattern is None:
        return False
    lo = idx.start if a is None else a
    hi = idx.end if b is None else b
    return pattern.search(idx.text, lo, hi) is not None


def plans(idx: SentenceIndex) -> bool:
    """True when the sentence holds a plan cue that is not hearsay: its bare times point
    ahead."""
    return idx.has_cue("planned") and not _hearsay(idx)


def _own_past(idx: SentenceIndex, a: int, b: int) -> bool:
    """True when the clause ``a..b`` tells what happened in a past tense of its own (the
    pack's ``attribution.PAST_TENSE_WORDS`` and ``PAST_TENSE``, not its endings: a plan's
    participle, "expected", ends like a past): "Organisers had expected 1,000, *but 12,000
    came*", "Angemeldet waren 1.000, *gekommen sind 12.000*": the plan of the first clause
    does not govern it."""
    return _is_past(idx.text, a, b, idx.lang, endings=False)


# -- tense ------------------------------------------------------------------------------
@cache
def _plain_past_pattern(lang: str) -> re.Pattern[str] | None:
    words = get_language(lang).attribution.PLAIN_PAST_WORDS
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None


def _plain_past(text: str, a: int, b: int, lang: str) -> bool:
    """True when ``text[a:b]`` holds a past form written as the present (the pack's
    ``attribution.PLAIN_PAST_WORDS``: "hit"), past where no plan cue stands."""
    pattern = _plain_past_pattern(lang)
    return pattern is not None and pattern.search(text, a, b) is not None


@cache
def _past_pattern(lang: str, endings: bool = True, perfect: bool = True) -> re.Pattern[str]:
    """What makes a sentence past tense: one of the pack's ``attribution.PAST_TENSE_WORDS``
    or (with ``endings``) a word with one of its ``PAST_TENSE_ENDINGS`` (one alternation
    grouped by first letters: see :mod:`factcheck.extract.wordlists`), or its
    ``PAST_TENSE`` pattern."""
    att = get_language(lang).attribution
    words = alternation(att.PAST_TENSE_WORDS)
    if endings and att.PAST_TENSE_ENDINGS:
        words = rf"{words}|\w+(?:{alternation(att.PAST_TENSE_ENDINGS)})"
    body = rf"(?<![\w-])(?:{words})(?![\w-])"
    if att.PAST_TENSE and perfect:
        body = f"{body}|{att.PAST_TENSE}"
    return re.compile(body, re.IGNORECASE)


_PLAIN_WORD = re.compile(r"\w+")


@cache
def _past_words(lang: str) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None] | None:
    r"""The pack's ``PAST_TENSE_WORDS`` and ``PAST_TENSE_ENDINGS`` lower-cased for
    :func:`~factcheck.extract.clauses.holds_word`, with its ``PAST_TENSE`` pattern; None
    when a word or an ending is not plain (``\w`` characters only: a stem, two words) or
    there are no words (then :func:`_past_pattern` is searched)."""
    att = get_language(lang).attribution
    words, endings = tuple(att.PAST_TENSE_WORDS), tuple(att.PAST_TENSE_ENDINGS)
    if not words or not all(_PLAIN_WORD.fullmatch(w) for w in (*words, *endings)):
        return None
    rest = re.compile(att.PAST_TENSE, re.IGNORECASE) if att.PAST_TENSE else None
    return frozenset(w.lower() for w in words), tuple(x.lower() for x in endings), rest


def _is_past(
    text: str, s: int, e: int, lang: str, *, endings: bool = True, perfect: bool = True
) -> bool:
    """``_past_pattern(lang, endings, perfect).search(text, s, e) is not None``: the words
    from the window's listing of its words, the pack's pattern only when none stands
    there. Without ``perfect`` the pack's ``PAST_TENSE`` pattern (a Perfekt) does not
    count: a plan's state passive looks like one ("sind zwei Aufzüge angemeldet")."""
    tables = _past_words(lang)
    if tables is None:
        return _past_pattern(lang, endings, perfect).search(text, s, e) is not None
    words, ends, rest = tables
    found = holds_word(text, s, e, words, ends if endings else ())
    if found is None:
        return _past_pattern(lang, endings, perfect).search(text, s, e) is not None
    return found or (perfect and rest is not None and rest.search(text, s, e) is not None)


def _main_clause_planned(idx: SentenceIndex) -> bool:
    # a planning verb in the first clause governs the sentence ("Hier wollen die beiden
    # ..."), not one a coordinator opens after its figure ("put the damage at $850,000 and
    # plans to ...": :func:`_said_clause`)
    return _planned(idx, *_said_clause(idx, idx.start))


def _planned(idx: SentenceIndex, a: int | None = None, b: int | None = None) -> bool:
    """True when a plan cue in ``a..b`` plans the clause: not one that only describes the
    noun after it ("gegen die *geplante* Schließung demonstrierten 4.500", "against the
    *planned* closure"), unless that noun phrase holds a number ("die *geplanten* 77
    Millionen Euro", "the *expected* 10,000 visitors"), nor one set right after the noun a
    number counts (:func:`_after_counted`: "47 surgeries *scheduled* for Monday"), nor one
    of a comparison (:func:`_compared`: "faster than *forecast*")."""
    if not idx.has_cue("planned", a, b):
        return False
    passive = _passive_spans(idx, a, b)
    return any(
        not _attributive(idx, pos)
        and not _after_counted(idx, pos)
        and not _compared(idx, pos)
        and not any(x <= pos < y for x, y in passive)
        for pos in idx.cues("planned", a, b)
    )


def _passive_spans(idx: SentenceIndex, a: int | None, b: int | None) -> list[tuple[int, int]]:
    """The passive constructions in ``a..b`` (the pack's ``attribution.PASSIVE``: "wird
    seit Sonntag vermisst"), whose auxiliary plans nothing."""
    pattern = _pack_regex(idx.lang, "attribution", "PASSIVE")
    if pattern is None:
        return []
    lo = idx.start if a is None else a
    hi = idx.end if b is None else b
    return [(m.start(), m.end()) for m in pattern.finditer(idx.text, lo, hi)]


def _compared(idx: SentenceIndex, pos: int) -> bool:
    """True for a plan cue at ``pos`` right after a word of comparison (the pack's
    ``figures.COMPARED_PLAN_WORDS``): "moved in faster *than* forecast" plans nothing."""
    before = idx.text[max(idx.start, pos - 12) : pos].split()
    words = get_language(idx.lang).figures.COMPARED_PLAN_WORDS
    return bool(before) and before[-1].casefold() in words


def _after_counted(idx: SentenceIndex, pos: int) -> bool:
    """True for a plan cue at ``pos`` that is a participle (the pack's ``syntax.
    PARTICIPLE_ENDINGS``, in a language whose participles follow their noun, ``syntax.
    PARTICIPLE_AFTER_NOUN``) set right after the noun a number counts, one or two words
    after the number and none of them a function word (``syntax.FUNCTION_WORDS``): it
    says which things are counted ("A total of 47 elective surgeries *scheduled* for
    Monday have been postponed"), it plans nothing ("47 surgeries *are scheduled*" and
    "33 hostages *are to be* freed" do)."""
    syntax = get_language(idx.lang).syntax
    cue = idx.text[pos : pos + 24].split()[:1]
    if (
        not syntax.PARTICIPLE_AFTER_NOUN
        or not cue
        or not cue[0].endswith(syntax.PARTICIPLE_ENDINGS)
    ):
        return False
    words = idx.text[max(idx.start, pos - 40) : pos].split()[-3:]
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].isdigit()), None)
    if at is None or not 1 <= len(words) - at - 1 <= 2:
        return False
    return not any(w.casefold() in syntax.FUNCTION_WORDS for w in words[at + 1 :])


ATTRIBUTIVE_REACH = 24
"""Characters after an attributive plan cue searched for the number it describes."""


def _attributive(idx: SentenceIndex, pos: int) -> bool:
    """True for a plan or allegation cue at ``pos`` set after a determiner (the packs'
    ``attribution.DETERMINERS``), a number (an adjective of what it counts: "der 640
    *geplanten* Flüge") or a possessive (a ``morphology.GENITIVE_ENDINGS`` entry
    with an apostrophe: "Macron's plan") with no number in the words that follow it."""
    text = idx.text
    before = text[max(idx.start, pos - 12) : pos].split()
    pack = get_language(idx.lang)
    possessive = tuple(x for x in pack.morphology.GENITIVE_ENDINGS if "'" in x or "’" in x)
    if (
        not before
        or (
            before[-1].casefold() not in pack.attribution.DETERMINERS
            and not (possessive and before[-1].endswith(possessive))  # "Macron's plan to"
            # a count's adjective: "410 der *640 geplanten* Flüge gestrichen" are cancelled
            and not (before[-1][:1].isdigit() and before[-1][-1:].isdigit())
        )
    ):
        return False
    word_end = pos
    while word_end < idx.end and not text[word_end].isspace():
        word_end += 1
    # its noun phrase; a noun cue's reaches farther ("Das Ziel der Bundesregierung von
    # 400.000 Wohnungen") than an adjective's ("die geplante Schließung")
    noun = text[pos].isupper() and pack.numbers.NOUNS_CAPITALISED
    reach = text[word_end : min(idx.end, word_end + ATTRIBUTIVE_REACH * (2 if noun else 1))]
    after = re.split(r"[,;:.!?]\s", reach, maxsplit=1)[0].split()[: 4 if noun else 2]
    if after and after[0].casefold() in pack.attribution.PLAN_INFINITIVE:
        # "its plan *to* raise defence spending to 2% of GDP" plans the figure after it;
        # "1.28 million marched against Macron's plan to raise taxes" plans none
        rest = text[word_end : idx.clause(pos)[1]]
        if any(ch.isdigit() for ch in rest):
            return False
    return not any(w[:1].isdigit() for w in after)


def restated(st: _State, s: int, start: int, kind: UnitKind) -> Modality | None:
    """The modality of the figure before the one at ``start`` in the sentence from ``s``,
    when this one tells it in other terms (another kind of unit, joined by one of the
    pack's ``nouns.RESTATING_JOINS``: "would cut about 4,300 jobs*, or* about 9% of its
    workforce" plans the 9% too); else None."""
    before = st.claims[-1] if st.claims and st.claims[-1].span.start >= s else None
    if before is None or before.quantity is None or before.quantity.unit_kind is kind:
        return None
    return before.modality if restates(st.article.text, before.span.end, start, st.lang) else None
