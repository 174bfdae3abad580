"""The pipeline, sources of sentences: a speaker that names no body speaks for the one
named before ("Die Polizei zog Bilanz. ... sagte ein Sprecher"), a sentence that opens
by pointing back gives its source to the one before ("... Das teilte die Polizei mit."),
and a sentence that carries the source of the one before (:func:`carries_over`:
"Demnach ...", "..., he said.", Konjunktiv I); in a sentence whose clauses name two
sources, each figure's own one (:func:`own_source`: "Laut Polizei zogen 6.000 Menschen
durch die Stadt, die Veranstalter zählten 9.000").

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract import actors as actors_mod
from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.matches import TimeMatch
from factcheck.extract.pipeline.state import _pack_regex, _State
from factcheck.lang import get_language
from factcheck.models import Attribution, Claim, Modality, Source, SourceKind, TimeKind, TimeRef
from factcheck.models.time import covers_calendar_period

_WORD = re.compile(r"[^\W\d_][\w-]*")
"""A word: a letter, then letters, digits, underscores and hyphens (also read by
:mod:`~factcheck.extract.pipeline.sentence`)."""


def _bare_speaker(st: _State, own: Attribution | None, s: int) -> Attribution | None:
    """``own``, with a speaker that names no organisation ("sagte ein Sprecher", "nach
    eigenen Angaben"; the pack's ``attribution.BARE_SPEAKERS``) read as the one
    organisation named before it in its own sentence ("Die Polizei war nach eigenen
    Angaben mit 1600 Beamten im Einsatz"), else as the one the sentence before names ("Die
    Polizei zog am Sonntag Bilanz."); as it was when neither names exactly one."""
    if own is None or not own.chain:
        return own
    att = get_language(st.lang).attribution
    last = own.chain[-1]
    if " ".join(last.name.casefold().split()) not in att.BARE_SPEAKERS:
        return own
    text = st.article.text
    # words of the other links are theirs: "Laut Polizei sagte ein Sprecher" stays as it is
    taken = [(x.span.start, x.span.end) for x in own.chain[:-1] if x.span is not None]
    before = last.span.start if last.span is not None else s
    for a, b in ((s, before), (st.previous_start, s)):
        if a is None:
            continue
        found = [
            m
            for m in _WORD.finditer(text, a, b)
            if (
                m.group().casefold().endswith(att.ORG_WORDS)
                or m.group().casefold() in att.ORG_WHOLE_WORDS  # "Die Bahn", "die Stadt"
            )
            and not any(x < m.end() and m.start() < y for x, y in taken)
        ]
        if not found:
            continue
        if len({m.group().casefold() for m in found}) != 1:
            return own
        org = actors_mod.classify_source(text, found[0].start(), found[0].end(), st.lang)
        if org is None:
            return own
        return own.model_copy(update={"chain": (*own.chain[:-1], org)})
    return own


def _source_back(st: _State, s: int, e: int) -> None:
    """Keep the source a sentence gives back to the one before it (the pack's
    ``attribution.BACKWARD_SOURCE`` at its start: "Der Schaden liegt bei zwei Millionen
    Euro. *Das teilte die Polizei mit.*", "*That's according to* the fire department"):
    the figures before it that name no source of their own are that source's."""
    pattern = _pack_regex(st.lang, "attribution", "BACKWARD_SOURCE")
    if pattern is None or st.previous_start is None:
        return
    text = st.article.text
    if pattern.match(text, s, e) is None:
        return
    found = actors_mod.find_attribution(text, s, e, st.lang)
    if found is not None and found.chain:
        st.backward[st.previous_start] = found


def sourced_back(claims: list[Claim], backward: dict[int, Attribution]) -> list[Claim]:
    """``claims`` with the sources given back (:func:`_source_back`) set on the claims of
    the sentence they are given to that name none (reported, where they were asserted)."""
    if not backward:
        return claims
    out = []
    for c in claims:
        given = backward.get(c.sentence.start) if c.sentence is not None else None
        if given is not None and (c.attribution is None or not c.attribution.chain):
            update: dict[str, object] = {"attribution": given}
            if c.modality is Modality.ASSERTED:
                update["modality"] = Modality.REPORTED
            c = c.model_copy(update=update)
        out.append(c)
    return out


def carries_over(text: str, start: int, end: int, lang: str) -> bool:
    """True when the sentence inherits the previous sentence's attribution."""
    pack = get_language(lang)
    # the opening words as one tuple for str.startswith (no slice, no generator)
    if text.startswith(pack.text.DEMONSTRATIVE_CARRY, start, min(end, start + 40)):
        return True
    ending = _pack_regex(lang, "text", "CARRY_ENDINGS")
    if ending is not None and ending.search(text, start, end) is not None:
        return True  # "..., he said."
    subjunctive = _subjunctive(lang)
    return subjunctive is not None and subjunctive.search(text[start:end]) is not None


@cache
def _subjunctive(lang: str) -> re.Pattern[str] | None:
    r"""A run of word characters (``\w+``) that is one of the pack's ``SUBJUNCTIVE`` forms
    (searched in the sentence alone, instead of a set of its words); None when the pack
    has none."""
    forms = [f for f in get_language(lang).attribution.SUBJUNCTIVE if re.fullmatch(r"\w+", f)]
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)") if alts else None


_DATELINE_END = re.compile(r"\s*[-\u2013\u2014]\s")
"""A dash right after a time that closes a dateline ("SHENZHEN, Oct 28 - ...")."""


def of_the_figures(
    text: str, times: list[TimeMatch], attribution: Attribution | None
) -> list[TimeMatch]:
    """The times of a sentence that may date its figures: of several, not the day right
    after its speech verb ("Hanwei Auto said *on Tuesday* it delivered 412,300 vehicles in
    the third quarter"), which dates the report (a period there dates the figure:
    "reported *third-quarter* revenue of $14.2 billion on Thursday"), nor a dateline's
    ("SHENZHEN, *Oct 28* - ...") when a month, quarter or year is named too."""
    if len(times) < 2:
        return times
    said = attribution.span if attribution is not None else None
    period = any(
        t.time.start is not None
        and t.time.end is not None
        and covers_calendar_period(t.time.start, t.time.end)
        for t in times
    )
    kept = [
        t
        for t in times
        if not (said is not None and 0 <= t.start - said.end <= 2 and not _period(t.time))
        and not (
            period
            and _DATELINE_END.match(text, t.end)
            and "," in text[max(0, t.start - 3) : t.start]
        )
    ]
    return kept or times


def _period(time: TimeRef) -> bool:
    """True for a time of more than one known day (a month, a quarter, a year)."""
    return time.start is not None and time.end is not None and time.start != time.end


PERIOD_BEFORE = 30
"""Characters between a period named before a figure and the figure, at most."""


def period_before(text: str, times: list[TimeMatch], start: int) -> TimeRef | None:
    """A period (:func:`_period`) named in the same stretch right before the figure at
    ``start``, with no clause break or other number between them: it dates the figure,
    whatever else the sentence names ("Norvance *on Thursday* forecast *fourth-quarter*
    revenue of $14.8 billion")."""
    for t in times:
        between = text[t.end : start]
        if (
            0 <= start - t.end <= PERIOD_BEFORE
            and _period(t.time)
            and not any(c in ",;:()" or c.isdigit() for c in between)
        ):
            return t.time
    return None


def sentence_time_of(
    times: list[TimeMatch], as_of: list[TimeMatch] | None = None
) -> TimeRef | None:
    """The time that dates a sentence's figures: of its times (those of ``as_of`` among
    them first, when there are), the first since a time, then the first period, the first
    time until, the first point."""
    if as_of:
        times = [t for t in times if t in as_of] or times
    for kind in (TimeKind.SINCE, TimeKind.PERIOD, TimeKind.UNTIL, TimeKind.POINT):
        for t in times:
            if t.time.kind is kind:
                return t.time
    return None


def not_joined(
    text: str,
    idx: SentenceIndex,
    times: list[TimeMatch],
    clause: tuple[int, int],
    attribution: Attribution | None,
    lang: str,
) -> list[TimeMatch]:
    """``times`` without those past a later clause that opens with a word of the packs'
    ``syntax.CLAUSE_JOINERS`` after the figure's ``clause`` (``times`` itself when none
    is): a statement of its own, whose time is not the figure's ("Nineteen workers were
    hospitalized, *and* Dale Hensley, 58, died *early on Tuesday*", "estimated the damage
    at £15 million, ..., *and* warned that the marina could stay closed *until next
    spring*"), or one after a semicolon ("38 Verletzte; mehrere, die *am Samstag* nach
    Hause gegangen waren, ..."); but the day right after the sentence's speech verb, which
    the whole sentence was said on, stays ("..., and six have been admitted to hospital,
    the agency *said on Wednesday*")."""
    said = attribution.span if attribution is not None else None
    stop = max((t.start for t in times if t.start >= clause[1]), default=None)
    if stop is None:
        return times
    joiners = get_language(lang).syntax.CLAUSE_JOINERS
    pos = clause[1]
    for _ in range(JOINED_CLAUSES):  # the first joined clause after the figure's
        if pos >= stop:
            break
        a, b = idx.clause(pos + 1)
        words = text[a:b].split(maxsplit=1)
        if (words and words[0].casefold() in joiners) or ";" in text[pos:a]:
            return [
                t
                for t in times
                if t.start < a or (said is not None and 0 <= t.start - said.end <= 2)
            ]
        pos = max(b, pos + 1)
    return times


JOINED_CLAUSES = 4
"""Clauses after a figure's read for the joined one (:func:`not_joined`)."""


_MEDIA = frozenset({SourceKind.OUTLET, SourceKind.AGENCY})
"""Sources that carry a statement (outlets, agencies), not its speakers."""


def own_source(
    attribution: Attribution | None, idx: SentenceIndex, pos: int, figures: list[int]
) -> Attribution | None:
    """The attribution of the figure at ``pos``: in a sentence whose clauses name two
    sources ("Laut Polizei zogen 6.000 Menschen durch die Stadt, die Veranstalter
    zählten 9.000"), the one named in the figure's clause, else the nearest one named
    before it; media that carry the sentence stay in the chain."""
    if attribution is None:
        return attribution
    named = [x for x in attribution.chain if x.span is not None and x.kind not in _MEDIA]
    if len(named) == 1 and _speaks_later(named[0], idx, pos):
        # "Tens of thousands marched, with organisers claiming 300,000": the organisers
        # speak for the figure after them, not for the one before their clause
        media = tuple(x for x in attribution.chain if x.kind in _MEDIA)
        if not media:
            return None
        return attribution.model_copy(update={"chain": media, "span": media[0].span})
    if len(attribution.chain) < 2:
        return attribution
    # a cited source is an inner link of the chain, wherever it stands ("Citing hospital
    # officials, the agency said ...")
    cited = [x for x in named if _cited(x, idx)]
    named = [x for x in named if x not in cited]
    clauses = {idx.clause(x.span.start) for x in named if x.span is not None}
    if len(clauses) < 2 and not _figure_between(named, figures):
        # one clause names a chain ("Reuters, citing the ministry"), unless a figure
        # stands between its speakers ("police counted 81,000 and unions 700,000")
        return attribution
    a, b = idx.clause(pos)

    def distance(x: Source) -> tuple[int, int]:
        assert x.span is not None
        inside = 0 if a <= x.span.start < b else 1
        before = x.span.start <= pos
        return (inside, pos - x.span.start if before else 10_000 + x.span.start - pos)

    own = min(named, key=distance)
    media = tuple(x for x in attribution.chain if x.kind in _MEDIA)
    chain = (*media, own, *cited)
    return attribution.model_copy(update={"chain": chain, "span": own.span})


def _cited(x: Source, idx: SentenceIndex) -> bool:
    """True when one of the pack's ``attribution.CITING_MARKERS`` stands right before the
    source ``x`` ("*citing* hospital officials")."""
    if x.span is None:
        return False
    before = idx.text[max(idx.start, x.span.start - 16) : x.span.start].split()
    markers = get_language(idx.lang).attribution.CITING_MARKERS
    return bool(before) and before[-1].casefold() in markers


def _figure_between(named: list[Source], figures: list[int]) -> bool:
    """True when one of the sentence's ``figures`` (their starts) stands between the first
    and the last of the ``named`` sources: each speaks for its own figure."""
    spans = sorted((x.span.start, x.span.end) for x in named if x.span is not None)
    if len(spans) < 2:
        return False
    return any(spans[0][1] <= f < spans[-1][0] for f in figures)


def _speaks_later(x: Source, idx: SentenceIndex, pos: int) -> bool:
    """True when the source ``x`` opens a clause of its own after the figure at ``pos``
    (after one of the pack's ``syntax.CLAUSE_OPENERS``) and a figure follows it in its
    sentence ("..., *while* police put the number at 35,000", "*with* organisers
    claiming 300,000"): a speaker tagged on ("30 were arrested, police said") opens
    none."""
    if x.span is None or x.span.start <= pos or idx.clause(x.span.start) == idx.clause(pos):
        return False
    syntax = get_language(idx.lang).syntax
    words = idx.text[max(idx.start, x.span.start - 24) : x.span.start].split()
    while words and words[-1].casefold() in syntax.ARTICLES:
        words.pop()
    if not words or words[-1].casefold() not in syntax.CLAUSE_OPENERS:
        return False
    return any(map(str.isdigit, idx.text[x.span.end : idx.end]))
