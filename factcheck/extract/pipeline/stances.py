"""Demands and offers: the figures of a negotiation, kept apart by who puts them forward.

"Die Gewerkschaft fordert eine Erhöhung von 11 Prozent" and "die Bahn bietet eine
Erhöhung von 5 Prozent" are two figures of one negotiation, not two reports of one
figure. A share, an amount of money or a duration whose clause names a demand or an
offer (the packs' ``nouns.STANCE_CUES``) gets that stance as its state
(``Measure.state``), and figures in two states are never compared with each other. Any
figure may be named a goal (``concepts.ANY_FIGURE_STANCES``: "das Ziel von 400.000
Wohnungen im Jahr", in its clause or in the sentence's first): a goal is no forecast and
no count of what was done.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.clauses import SentenceIndex, ascii_words, may_hold
from factcheck.extract.pipeline.state import _replace_claim, _State
from factcheck.lang import get_language
from factcheck.lang.concepts import ANY_FIGURE_STANCES, CAPACITY
from factcheck.models import Claim, UnitKind

_KINDS = frozenset({UnitKind.PERCENT, UnitKind.CURRENCY})


@cache
def _cues(lang: str) -> list[tuple[str, re.Pattern[str], tuple[str, ...] | None]]:
    """Each stance, its words' pattern, and their first words lower-cased for
    :func:`~factcheck.extract.clauses.may_hold` (None: no quick test)."""
    from factcheck.extract.wordlists import word_pattern

    table: dict[str, tuple[str, ...]] = get_language(lang).nouns.STANCE_CUES
    return [
        (stance, word_pattern(words), ascii_words([w.split()[0].rstrip("*") for w in words]))
        for stance, words in sorted(table.items())
        if words
    ]


@cache
def _not_stances(lang: str) -> re.Pattern[str] | None:
    """The pack's ``nouns.NOT_STANCES`` as one pattern, or None."""
    from factcheck.extract.wordlists import word_pattern

    words: tuple[str, ...] = get_language(lang).nouns.NOT_STANCES
    return word_pattern(words) if words else None


def _within(
    at: int, text: str, clause: tuple[int, int], not_stances: re.Pattern[str] | None
) -> bool:
    """True when the stance cue at ``at`` stands in a phrase of ``nouns.NOT_STANCES``
    ("the *offer price* of $34", "the initial public *offering*"): no stance."""
    if not_stances is None:
        return False
    return any(m.start() <= at < m.end() for m in not_stances.finditer(text, *clause))


def mark_stances(st: _State, idx: SentenceIndex, made: list[Claim | None]) -> None:
    """Give each share, amount or duration of the sentence whose clause names one stance
    that stance as its state, in ``st.claims``."""
    cues = _cues(st.lang)
    if not cues:
        return
    text = st.article.text
    named: dict[tuple[str, int, int], bool] = {}  # whether a clause names a stance

    not_stances = _not_stances(st.lang)

    def names(
        stance: str,
        pattern: re.Pattern[str],
        quick: tuple[str, ...] | None,
        clause: tuple[int, int],
    ) -> bool:
        key = (stance, *clause)
        if key not in named:
            named[key] = (quick is None or may_hold(text, *clause, quick)) and any(
                not _within(m.start(), text, clause, not_stances)
                for m in pattern.finditer(text, *clause)
            )
        return named[key]

    first = idx.clause(idx.start)
    for c in made:
        if c is None or c.quantity is None or c.measure is None or c.measure.state:
            continue
        q = c.quantity
        negotiated = q.unit_kind in _KINDS or c.measure.thing.startswith("duration")
        own = idx.clause(c.span.start)
        found = {
            stance
            for stance, p, quick in cues
            if (negotiated or stance in ANY_FIGURE_STANCES)
            and (
                names(stance, p, quick, own)
                # a goal set in the first clause ("zum Ziel gesetzt, 400.000 ... zu bauen")
                or (stance in ANY_FIGURE_STANCES and names(stance, p, quick, first))
            )
        }
        whole = own
        while not found and negotiated and (how := _continues(text, whole, st.lang)):
            # "Verdi fordert 8 Prozent, mindestens aber 350 Euro, bei einer Laufzeit von
            # zwölf Monaten": a verbless clause goes on with the stance before it; an aside
            # between dashes, with the stance named right before it ("Das Angebot der
            # Bahn – elf Prozent ... –")
            before = idx.clause(whole[0] - 1) if whole[0] > idx.start else whole
            if before[0] >= whole[0]:
                break  # the sentence's first clause: nothing before it goes on
            whole = clause = before
            if how == "dash":
                clause = (max(before[0], before[1] - DASH_REACH), before[1])
            found = {stance for stance, p, quick in cues if names(stance, p, quick, clause)}
        if len(found) != 1:
            continue  # none, or a clause that names both ("fordert 8 statt der angebotenen 5")
        update = {"measure": c.measure.model_copy(update={"state": found.pop()})}
        _replace_claim(st, c, c.model_copy(update=update))


DASH_REACH = 30
"""Characters before a dash read for the stance an aside between dashes goes on with."""


def _continues(text: str, clause: tuple[int, int], lang: str) -> str | None:
    """How the clause goes on with the one before it: "word" when it opens with one of
    the pack's ``nouns.STANCE_CONTINUATIONS`` ("*bei* einer Laufzeit von zwölf Monaten",
    "*plus* $3,000 a year"), "dash" when a dash sets it off, an aside on the noun right
    before it ("Das Angebot der Bahn *–* elf Prozent mehr Lohn ... *–*"); else None."""
    opening = text[clause[0] : clause[1]].lstrip(" ,;")
    before = text[max(0, clause[0] - 3) : clause[0]].strip()
    if (opening and opening[0] in "–—") or (before and before[-1] in "–—"):
        return "dash"
    head = opening.casefold()
    words = get_language(lang).nouns.STANCE_CONTINUATIONS
    return "word" if any(head.startswith(w + " ") for w in words) else None


def mark_capacities(st: _State, idx: SentenceIndex, made: list[Claim | None]) -> None:
    """Give each physical measure whose clause names a capacity (the packs'
    ``nouns.ROLE_CUES["capacity"]``: "Sie sind für 25.000 Kubikmeter *ausgelegt*", "the
    drains are *designed for* 30 millimetres an hour", "der Tank *fasst* 500 Liter") the
    state ``capacity`` in ``st.claims``: the most a thing takes, no measure of what
    happened ("rund 40.000 Kubikmeter Material gingen ab")."""
    cues = st.role_cues
    if cues is None or CAPACITY not in cues.roles:
        return
    at = [start for start, role in zip(cues.starts, cues.roles, strict=True) if role == CAPACITY]
    for c in made:
        if c is None or c.quantity is None or c.measure is None or c.measure.state:
            continue
        if c.quantity.unit_kind is not UnitKind.PHYSICAL:
            continue
        a, b = idx.clause(c.span.start)
        if any(a <= x < b for x in at):
            update = {"measure": c.measure.model_copy(update={"state": CAPACITY})}
            _replace_claim(st, c, c.model_copy(update=update))
