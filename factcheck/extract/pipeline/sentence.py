"""The pipeline, one sentence: its quantities, events and dates assembled into claims.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cache
from typing import Literal

from factcheck.extract import actors as actors_mod
from factcheck.extract.clauses import SentenceIndex, is_apposition, is_insertion, relative_dates
from factcheck.extract.clock import clock_events, find_clocks
from factcheck.extract.figure_cues import (
    cue_pattern,
    event_clause_start,
    is_as_of,
    is_compared_to,
    is_earlier_figure,
    is_total,
    level_reached_by,
    part_cue_at,
    refers_to_figure,
)
from factcheck.extract.matches import NumberRole, PlaceMatch, QuantityMatch, TimeMatch
from factcheck.extract.pipeline.admissions import mark_admissions
from factcheck.extract.pipeline.ages import listed_ages, name_ages
from factcheck.extract.pipeline.current import note_other_event, paragraph_place
from factcheck.extract.pipeline.events import _date_claim, _events, _remember_persons
from factcheck.extract.pipeline.extents import join_extents
from factcheck.extract.pipeline.flows import _flow
from factcheck.extract.pipeline.lists import (
    mark_coordinated_kinds,
    mark_gapped_lists,
    mark_kinds_of_totals,
)
from factcheck.extract.pipeline.modality import (
    _is_past,
    _modality,
    _plain_past,
    _said_clause,
    plans,
)
from factcheck.extract.pipeline.moments import _moments, _relative, accident_day
from factcheck.extract.pipeline.origins import mark_origins
from factcheck.extract.pipeline.parts import mark_held_parts
from factcheck.extract.pipeline.quantities import _quantity_claim
from factcheck.extract.pipeline.scope import (
    _scope,
    apposed_holder,
    held_scope,
    in_source,
    in_source_place,
    places_first,
    sentence_city,
)
from factcheck.extract.pipeline.sources import (
    _bare_speaker,
    _source_back,
    carries_over,
    not_joined,
    of_the_figures,
    own_source,
    period_before,
    sentence_time_of,
)
from factcheck.extract.pipeline.stances import mark_capacities, mark_stances
from factcheck.extract.pipeline.state import (
    NO_ATTRIBUTION,
    _Flow,
    _pack_regex,
    _sentence_span,
    _State,
)
from factcheck.extract.pipeline.stretches import segment
from factcheck.extract.pipeline.tallies import mark_vote_tallies
from factcheck.extract.report_days import is_report_day
from factcheck.extract.roles import RoleCues
from factcheck.extract.time import times_in
from factcheck.lang import get_language
from factcheck.lang.concepts import HELD_CONCEPTS, POPULATION, VOTE_ROLES
from factcheck.models import (
    Attribution,
    Claim,
    DatePrecision,
    Direction,
    Measure,
    PlaceKind,
    SourceKind,
    Span,
    TimeKind,
    TimeRef,
    UnitKind,
    claim_id,
    is_place_key,
)


# -- one sentence -----------------------------------------------------------------------
def _sentence(st: _State, s: int, e: int, continued: bool = False) -> None:
    assert st.quantities and st.places and st.mentions and st.triggers and st.index
    text, lang = st.article.text, st.lang
    has_time = bisect_left(st.time_starts, s) != bisect_left(st.time_starts, e)
    if not continued:
        _source_back(st, s, e)
    if _quiet(st, s, e, has_time):
        # no claim can come of it: only what later sentences read of it is kept, and
        # its attribution is read when a later sentence needs it (:func:`_attribution`)
        st.unread.append((s, e, continued))
        st.index_of_sentence = None
        st.memo.clear()
        st.role_cues = None
        _remember_persons(st, st.mentions.within(s, e))
        st.previous_start = s
        return
    attribution = _attribution(st, s, e, continued)
    source_spans = [src.span for src in (attribution.chain if attribution else ()) if src.span]

    idx = st.index_of_sentence = SentenceIndex(text, s, e, lang)
    st.memo.clear()
    st.role_cues = None
    times: list[TimeMatch] = []
    if has_time:
        # the tense, asked only of sentences with a time in them
        planned = plans(idx)
        past = _is_past(text, s, e, lang, perfect=not planned) or (
            not planned and _plain_past(text, s, e, lang)
        )
        direction: Literal["past", "future", "either"] = (
            "future" if planned and not past else "past" if past else "either"
        )
        # read again with the sentence's tense, and the last time named as anchor
        assert st.time_scan is not None
        times = times_in(
            st.time_scan,
            st.article.published,
            start=s,
            end=e,
            direction=direction,
            anchor=st.last_time,
        )
        if planned and times:
            times = _clause_tenses(st, idx, times, direction)
    times = _since_event(st, s, e) + times
    note_other_event(st, s, e, times)
    quantities = st.quantities.within(s, e)
    # a place inside a source is the speaker's, not the figure's ("the Peruvian
    # ministry"), unless the place itself speaks ("Ecuador has confirmed 890 deaths");
    # but the city a local speaker is in is where its figures hold ("police in Boston
    # said 5,000 marched"), while a government's seat is not ("the ministry in Damascus");
    # so is the region a speaker is in
    local = [
        src.span
        for src in (attribution.chain if attribution else ())
        if src.span and src.kind is not SourceKind.GOVERNMENT
    ]
    places: list[PlaceMatch] = []
    scope_places: list[PlaceMatch] = []  # the places, and the cities of local speakers
    for p in st.places.within(s, e):
        if not in_source(p, source_spans):
            places.append(p)
            scope_places.append(p)
        elif p.place.kind is PlaceKind.CITY and in_source(p, local):
            scope_places.append(p)
        elif p.place.kind is PlaceKind.REGION and (
            p.preposition or in_source_place(p, source_spans, text, lang)
        ):
            # the region a speaker is in ("Die Behörden in Rheinland-Pfalz bestätigten
            # mehr als 50 Tote", "the interior ministry in North Rhine-Westphalia", "Alabama
            # officials"): a region's authorities speak for it; no region is a seat
            scope_places.append(p)
    persons = st.mentions.within(s, e)
    bodies = (
        [x.span for x in attribution.chain if x.kind in _BODIES and x.span] if attribution else []
    )
    speakers_places = [
        p for p in scope_places if in_source(p, bodies) and p.place.kind is PlaceKind.REGION
    ]

    # times inside a quantity (durations: "seit 24 Jahren") belong to that quantity; a day
    # counted back ("vor zwei Jahren", "two years ago") is a time, no duration
    q_time: dict[int, TimeMatch] = {}
    free_times: list[TimeMatch] = []
    for t in times:
        host = next(
            (i for i, q in enumerate(quantities) if q.start < t.end and t.start < q.end), None
        )
        if (
            host is not None
            and quantities[host].role is NumberRole.DURATION
            and not (
                # "in the three months *to September*": months named by their end, a date
                t.end > quantities[host].end + 3 and t.time.precision is DatePrecision.MONTH
            )
            and not _counted_back(t, st.article.published.date)
        ):
            q_time[host] = t
        else:
            free_times.append(t)  # a number that is part of a date: the date wins
    quantities = [
        q
        for i, q in enumerate(quantities)
        if i in q_time or not any(t.start < q.end and q.start < t.end for t in times)
    ]
    quantities = listed_ages(text, quantities, lang)

    noun_spans = [(q.start, q.end) for q in quantities]
    flow_places = places
    if quantities:
        # "2.400 Polizisten, darunter Kräfte aus Österreich": a part's places are no flow
        cut = part_cue_at(text, quantities[0].end, e, lang)
        if cut is not None:
            flow_places = [p for p in places if p.start < cut]
    flow = _flow(text, s, e, flow_places, lang, noun_spans) if quantities else _Flow()
    if flow.origin or flow.destination:
        st.last_flow = flow
    elif quantities and attribution is not None and attribution.carried and st.last_flow:
        # "Demnach seien mindestens 120 Raketen geliefert worden": a continuation of the
        # previous statement keeps its origin and destination
        flow = st.last_flow
    # a figure set out as the earlier one ("up from 4,130 reported last Tuesday") owns
    # the times in its stretch: they are not the sentence's
    owned: dict[int, TimeMatch] = {}
    for i, q in enumerate(quantities):
        # (not the level a change came from: "rose to 52 from 38 on Monday" is Monday's 52;
        # but a month right after it is its own: "slowed to 3.4% from 3.8% in September")
        earlier = is_earlier_figure(text, q.start, lang, change=False)
        if i not in q_time and (earlier or is_earlier_figure(text, q.start, lang)):
            a, b = segment(idx, quantities, i)
            own = [t for t in free_times if a <= t.start and t.end <= b]
            if not earlier:
                own = [t for t in own if t.time.precision is _MONTH and 0 <= t.start - q.end <= 4]
            if own:
                owned[i] = own[0]
    shared = [t for t in free_times if t not in owned.values()] if owned else free_times
    # "the death toll from Sunday's earthquake rose to 52 on Monday": Sunday names the event
    # (a year or a month so named dates the figures: "Last year's game drew 123.7 million")
    shared = [
        t
        for t in shared
        if t.time.precision in _PERIODS or not _event_day(text, t.start, t.end, lang)
    ]
    # "6.7 million visited, 500,000 fewer than last year": last year is compared with; "its
    # biggest fall since 1987": a record's frame
    shared = [t for t in shared if not is_compared_to(text, t.start, lang)]
    framing = shared  # ("the deadliest crash since 1992, when 167 died": 1992 still names)
    shared = [t for t in shared if not _record_frame(text, t, idx, lang)]
    as_of = [t for t in shared if is_as_of(text, t.start, lang)]
    sentence_time = sentence_time_of(as_of or of_the_figures(text, shared, attribution))
    sibling: Measure | None = None
    if quantities and st.last_counted is not None and refers_to_figure(text, s, e, lang):
        # "Organisers put the figure at 45,000": the figure named in the sentence before
        sibling = st.last_counted
    if quantities:
        st.role_cues = RoleCues(text, s, e, lang)
    prev_places: tuple[str, ...] = ()
    made_all: list[Claim | None] = []
    # "The plant, which opened in 1987, was fined $85,000 in 2021": a relative clause's
    # time dates only the figure of its noun ("84.000 Einsatzkräfte, die seit Freitag")
    # (nor that of an apposition: "the ferry, *a vessel built in 1987*, was licensed to";
    # nor a year long past in a short insertion: "the bridge, *built in 1968*, carries")
    relative = [
        t
        for t in shared
        if _relative(text, (c := idx.clause(t.start))[0], lang)
        or (
            (
                is_apposition(text, c, (t.start, t.end), lang)
                or (_before_this_year(st, t) and is_insertion(text, c, s, lang))
            )
            and not any(c[0] <= q.start < c[1] for q in quantities)
        )
    ]
    # "38 were killed after the typhoon swept the islands at the weekend": the event's time
    events = (
        {id(t): at for t in shared if (at := event_clause_start(text, s, t.start, lang))}
        if quantities
        else {}
    )
    moments = _moments_named(text, framing, lang) if quantities else []
    # "6,7 Millionen Besucher, im Vorjahr waren es 7,2 Millionen": a time in a later
    # clause that holds a figure of its own dates that clause's figures, not those before
    figure_clauses = [idx.clause(q.start) for q in quantities]
    opening: set[str] | None = None  # the places the sentence opens with, when asked
    timed = [(t, idx.clause(t.start)) for t in shared] if len(figure_clauses) > 1 else []
    for i, qm in enumerate(quantities):
        own_time = q_time.get(i) or owned.get(i)
        base = not_joined(text, idx, shared, figure_clauses[i], attribution, lang)  # ", and"
        figure_time = sentence_time if base is shared else sentence_time_of(base, as_of)
        later = [t for t, c in timed if c[0] >= figure_clauses[i][1] and c in figure_clauses]
        # and a time in the figure's own clause before one in an earlier clause ("Am Samstag
        # kamen 4.000, am Sonntag 6.000": Sunday's 6.000)
        own = [t for t, c in timed if c == figure_clauses[i]]
        if later or (own and len(own) < len(shared)):
            base = own or [t for t in base if t not in later]
            figure_time = sentence_time_of(base, as_of)
        if relative:
            usable = [
                t
                for t in base
                if t not in relative or relative_dates(idx, text, qm.start, qm.end, t.start, lang)
            ]
            figure_time = sentence_time_of(usable, as_of)
        off = [t for t in base if events and _off_event(text, s, e, qm, t, events.get(id(t)), lang)]
        if off:
            usable = [t for t in base if t not in off]
            figure_time = sentence_time_of(usable, as_of)
        for opens, named in moments:
            if qm.start >= opens and not any(c in text[opens : qm.start] for c in ",;"):
                figure_time = named  # "since 1992, when 167 people died": in 1992
        figure_time = period_before(text, base, qm.start) or figure_time
        # the stretch of the sentence that belongs to this number: up to its neighbours
        seg = segment(idx, quantities, i)
        after_figure = i > 0 and seg[0] == quantities[i - 1].end
        # a figure after a figure has the places after it ("six in Poland"), or, in a list
        # that names places first, each figure those before it ("in Österreich fünf")
        own_from = qm.start if after_figure else None
        scope_seg = seg
        if places_first(st, idx, scope_places, quantities):
            scope_seg, own_from = (seg[0], qm.end), None
        scope = _scope(
            st,
            scope_places,
            source_spans,
            scope_seg,
            s,
            own_from=own_from,
            lead=quantities[0].start,
            tail=_clause_tail(idx, quantities, i),
        )
        # the region of a body that speaks ("..., wie die Regionaldirektion Bayern mitteilte")
        if speakers_places and not _has_place(scope):
            scope = tuple(sorted({*scope, *(p.place.key for p in speakers_places)}))
        if i and prev_places and not _has_place(scope):
            between = text[quantities[i - 1].end : qm.start]
            last = " ".join(between.split()[-2:])  # ", and 31": joined right before it
            if _joined(last, lang) and ";" not in between:
                # "9 died in the rebel-held south, and 14 are missing": the places of
                # the figure it is joined to
                scope = tuple(sorted({*scope, *prev_places}))
        if (
            st.last_place is not None
            and qm.role is NumberRole.AMOUNT  # counts go on; a measure, an age do not
            and not scope_places
            and not _has_place(scope)
            and not is_total(text, s, seg[1], lang)  # "insgesamt", "landesweit"
        ):
            # "In Düsseldorf strichen die Airlines 470 Flüge. Der Flughafen sprach von
            # 57.000 Passagieren": a paragraph about one place goes on with its figures
            scope = tuple(sorted({*scope, *paragraph_place(st, s)}))
        prev_places = tuple(x for x in scope if is_place_key(x))
        if qm.role is NumberRole.PERCENT:
            # "Labour won 33.7 percent", "Reform UK 14.3 percent": each party's own share
            scope = held_scope(st, idx, qm, quantities, i, scope, source_spans, places)
        made = _quantity_claim(
            st,
            qm,
            s,
            e,
            own_source(attribution, idx, qm.start, [q.start for q in quantities]),
            flow,
            own_time,
            figure_time,
            seg,
            sibling,
            scope,
        )
        if (
            made is not None
            and made.measure is not None
            and (
                made.measure.concept in HELD_CONCEPTS
                or made.measure.concept in VOTE_ROLES
                or made.measure.concept == POPULATION
            )
            and qm.role is not NumberRole.PERCENT
        ):
            # "Labour won 412 seats", "die AfD erhält 40 Sitze": each party's own seats;
            # "Fenwick Cross, home to some 900 people": that village's population (not a
            # capitalised noun in its clause: "eine *Gemeinde* mit 3.000 Einwohnern")
            if made.measure.concept == POPULATION:
                held = apposed_holder(text, idx.clause(qm.start)[0], made.measure.scope, lang)
            else:
                held = held_scope(
                    st, idx, qm, quantities, i, made.measure.scope, source_spans, places
                )
            if held != made.measure.scope and st.claims and st.claims[-1] is made:
                measure = made.measure.model_copy(update={"scope": held})
                made = st.claims[-1] = made.model_copy(update={"measure": measure})
        if (
            made is not None
            and made.quantity is not None
            and made.measure is not None
            and made.quantity.unit_kind is UnitKind.COUNT
            and made.measure.concept
        ):
            sibling = made.measure
        if made is not None and qm.role is NumberRole.AMOUNT and prev_places:
            if opening is None:  # (its topic: the places before its first figure)
                first = quantities[0].start
                opening = {p.place.key for p in places if p.start < first}
                opening.update(sentence_city(st, s, first))  # "Der Hamburger Flughafen"
            if locals_ := _local_places(prev_places, opening):
                st.last_place = (qm.start, locals_)
        made_all.append(made)
    st.last_counted = sibling if quantities else st.last_counted
    join_extents(st, made_all)
    mark_gapped_lists(st, made_all, quantities)
    mark_kinds_of_totals(st, made_all)
    mark_coordinated_kinds(st, made_all)
    mark_vote_tallies(st, made_all, s, e)
    mark_held_parts(st, made_all, quantities, source_spans, places)
    mark_stances(st, idx, made_all)
    mark_capacities(st, idx, made_all)
    mark_admissions(st, idx, made_all)
    mark_origins(st, made_all)
    name_ages(st, made_all, persons, s)

    _clock_claims(st, idx, s, e, attribution, sentence_time, places, source_spans)

    triggers = st.triggers.within(s, e)
    event_times = _events(st, triggers, places, free_times, persons, s, e, attribution)
    dates = [t for t in free_times if (t.start, t.end) not in event_times]
    for t, moment in zip(dates, _moments(st, idx, dates), strict=True):
        scope = _scope(st, places, source_spans, idx.clause(t.start), s) if moment else ()
        _date_claim(st, accident_day(st, t, moment), s, e, attribution, moment, scope)
    for t in times:
        if t.time.resolved:
            st.last_time = t.time
            if (
                t.time.is_exact_day
                and not is_report_day(text, t.start, lang)
                and (quantities or not is_report_day(text, e, lang, since=s))
            ):
                # "in ihrer Bilanz am Samstag", "Am Freitag zog die Polizei Bilanz.": the
                # day of a report (in a sentence with no figure) is not the occasion's
                st.last_day = (t.start, t.time)
    _remember_persons(st, persons)
    st.previous_start = s


def _off_event(
    text: str, s: int, e: int, qm: QuantityMatch, t: TimeMatch, at: int | None, lang: str
) -> bool:
    """True when the time ``t`` dates an event in a clause opening at ``at``
    (``figure_cues.event_clause_start``) that does not hold the figure: the figure stands
    before the opener ("38 were killed *after* the typhoon swept the islands at the
    weekend"), or, the clause standing inside the sentence, the figure is a level a total
    reached after the comma that closes it ("A fifth person has died *after* the crush on
    Saturday, *bringing* the toll to five": as of the report, not of the crush)."""
    if at is None:
        return False
    if qm.end <= at:
        return True
    if not text[s:at].strip():
        return False  # the sentence opens with the event ("After the storm on Saturday, ...")
    event = text[at : t.start].split()[1:2]
    if not event or event[0][:1].isdigit():
        return False  # a time, no event ("shortly *after 6 a.m.* on Wednesday")
    breaks = (text.find(",", t.end, e), text.find(";", t.end, e))
    if not any(0 <= i < qm.start for i in breaks):
        return False
    return level_reached_by(text, qm.start, qm.end, lang) is Direction.INCREASE


def _counted_back(t: TimeMatch, published: dt.date | None) -> bool:
    """True for a day counted back from the article's ("vor zwei Jahren", "two years
    ago"): a time, not a duration; "the worst in 70 years" (read as a day ahead) is one."""
    day = t.time.start
    return (
        t.time.kind is TimeKind.POINT
        and day is not None
        and day == t.time.end
        and published is not None
        and day < published
    )


def _quiet(st: _State, s: int, e: int, has_time: bool) -> bool:
    """True for a sentence of which no claim can come: no number, time or clock time in
    it, no "since this meeting" after an event, and no event word or no place (an event
    gives claims of its places and times).

    Every kind of claim :func:`_sentence` makes needs one of these; a new kind that
    needs none must be added here, or the sentences giving it are skipped
    (``tests/extract/pipeline/test_sentence.py`` compares with the full reading)."""
    assert st.quantities and st.triggers and st.places
    return (
        not has_time
        and not st.quantities.within(s, e)
        and (not st.triggers.within(s, e) or not st.places.within(s, e))
        and not _since_event(st, s, e)
        and not find_clocks(st.article.text, s, e, st.lang)
    )


def _attribution(st: _State, s: int, e: int, continued: bool) -> Attribution | None:
    """The attribution of the sentence ``s..e``, stated in it or carried over from the
    sentences before, and the state for the sentences after it.

    The quiet sentences before it (``st.unread``) are read first only when the answer
    depends on them: when this sentence states no source and continues a sentence or
    carries the attribution over. Otherwise their attribution is never read (a sentence
    that states one, or that neither continues nor carries, sets the state alone), and
    finding it is skipped."""
    text, lang = st.article.text, st.lang
    own = _bare_speaker(st, actors_mod.find_attribution(text, s, e, lang), s)
    carry: bool | None = None
    if st.unread:
        if own is None and not continued:
            carry = carries_over(text, s, e, lang)
        if own is None and (continued or carry):
            for a, b, cont in st.unread:
                # a bare speaker there speaks for the body its sentence names, too
                found = _bare_speaker(st, actors_mod.find_attribution(text, a, b, lang), a)
                _attribution_step(st, found, a, b, cont)
        st.unread.clear()
    return _attribution_step(st, own, s, e, continued, carry)


def _attribution_step(
    st: _State,
    attribution: Attribution | None,
    s: int,
    e: int,
    continued: bool,
    carry: bool | None = None,
) -> Attribution | None:
    """The sentence's attribution given the one it states (``attribution``), with the
    state updated: a continued window keeps its sentence's, "Demnach ..." or reported
    speech carries the last one over (up to three sentences)."""
    if attribution is None and continued:
        # a later window of an over-long sentence: the sentence's attribution holds
        attribution = st.sentence_attribution
    elif (
        attribution is None
        and st.attribution is not None
        and st.attribution_age < 3
        and (carry if carry is not None else carries_over(st.article.text, s, e, st.lang))
    ):
        attribution = st.attribution.model_copy(update={"carried": True})
        st.attribution_age += 1
    elif attribution is not None:
        st.attribution = attribution
        st.attribution_age = 0
    else:
        st.attribution_age = 99
    st.sentence_attribution = attribution
    return attribution


RECORD_REACH = 60
"""How far before a running time a superlative governing it may stand."""


def _record_frame(text: str, t: TimeMatch, idx: SentenceIndex, lang: str) -> bool:
    """True for a running time ("since 1987") after a superlative in its clause (the
    packs' ``figures.RANKING_WORDS``: "its *biggest* fall since 1987", "das *schwerste*
    Unglück seit 1992"), or after the start of a series of records (the pack's
    ``time.RECORD_SERIES``: "since records began in 1884"): the frame of a record, not
    the time of the sentence's figures."""
    series = _pack_regex(lang, "time", "RECORD_SERIES")
    if series is not None and series.search(text, max(0, t.start - RECORD_REACH), t.start):
        return True  # "so viel wie nie seit Beginn der Aufzeichnungen im Jahr 1949"
    near = max(0, t.start - RECORD_REACH)
    if t.time.kind is not TimeKind.SINCE and not _since_word_in(text[near : t.start], lang):
        return False  # (a time inside a phrase of "since": "seit dem Orkan Kyrill im Januar 2007")
    lo = max(idx.clause(t.start)[0], near)
    if t.time.kind is not TimeKind.SINCE and not _since_before(text, lo, t.start, lang):
        return False
    return cue_pattern(lang, "RANKING_WORDS").search(text, lo, t.start) is not None


def _since_before(text: str, lo: int, start: int, lang: str) -> bool:
    """True when a word the pack's ``time.PREPOSITIONS`` gives the role "since" stands in
    ``text[lo:start]`` and only names and function words follow it: the time at ``start``
    closes its phrase ("seit dem Orkan Kyrill im Januar 2007"; not a clause with a verb of
    its own, "since the Sewol ferry sank in 2014, killing 304 people")."""
    since, function = _since_words(lang), get_language(lang).syntax.FUNCTION_WORDS
    words = text[lo:start].split()
    return any(
        w.casefold() in since
        and all(x[:1].isupper() or x.casefold() in function for x in words[i + 1 :])
        for i, w in enumerate(words)
    )


def _since_word_in(window: str, lang: str) -> bool:
    """True when a word of "since" may stand in ``window`` (most times have none)."""
    return any(w in window or w.capitalize() in window for w in _since_words(lang))


@cache
def _since_words(lang: str) -> frozenset[str]:
    table: dict[str, tuple[str, bool, bool]] = get_language(lang).time.PREPOSITIONS
    return frozenset(w for w, (role, _m, _y) in table.items() if role == "since")


def _event_day(text: str, start: int, end: int, lang: str) -> bool:
    """True when the time at ``start:end`` names an event ("*Sunday's* earthquake", "dem
    Lawinenunglück *vom Donnerstag*"; the pack's ``time.EVENT_DAY_AFTER`` and
    ``EVENT_DAY_BEFORE``), not the time of the sentence's figures."""
    after = _pack_regex(lang, "time", "EVENT_DAY_AFTER")
    if after is not None and after.match(text, end) is not None:
        return True
    before = _pack_regex(lang, "time", "EVENT_DAY_BEFORE")
    return before is not None and before.search(text, max(0, start - 40), start) is not None


_MONTH = DatePrecision.MONTH
_BODIES = frozenset({SourceKind.ORGANISATION, SourceKind.GOVERNMENT, SourceKind.UNKNOWN})

_PERIODS = frozenset({DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.DECADE})
"""Precisions of a time that names a period, not a day: such a time in the possessive
still dates the figures ("*last year's* game drew 123.7 million")."""


def _clause_tail(
    idx: SentenceIndex, quantities: list[QuantityMatch], i: int
) -> tuple[int, int] | None:
    """The rest of the ``i``-th number's clause after the clause's last number, when that
    is another number joined to it ("610 killed *and* 1,240 injured in ..."); else None."""
    _start, b = idx.clause(quantities[i].start)
    j = i
    while j + 1 < len(quantities) and quantities[j + 1].start < b:
        j += 1
    if j == i:
        return None
    between = idx.text[quantities[j - 1].end : quantities[j].start]
    if not _joined(between, idx.lang):
        return None
    return quantities[j].end, b


def _local_places(keys: tuple[str, ...], opening: set[str]) -> tuple[str, ...]:
    """The places of ``keys`` a paragraph may go on about (:func:`paragraph_place`): a
    city or site the sentence opens with (in ``opening``, named before its first figure),
    or an area the gazetteer does not know ("im Kreis Olpe"); not a country or a state,
    which a paragraph names as the frame of a statistic as often as its topic."""
    from factcheck.extract.places import place_by_key

    out = []
    for key in keys:
        if not key.startswith(("city:", "site:", "region:")):
            continue
        place = place_by_key(key)
        if place is None or (place.kind in (PlaceKind.CITY, PlaceKind.SITE) and key in opening):
            out.append(key)
    return tuple(out)


def _has_place(scope: tuple[str, ...]) -> bool:
    return any(is_place_key(x) for x in scope)


def _joined(between: str, lang: str) -> bool:
    """True when the words between two numbers join them as one list ("killed and")."""
    words = between.split()
    coordinators = get_language(lang).syntax.COORDINATORS
    return len(words) <= 6 and any(w.casefold() in coordinators for w in words)


def _clock_claims(
    st: _State,
    idx: SentenceIndex,
    s: int,
    e: int,
    attribution: Attribution | None,
    sentence_time: TimeRef | None,
    places: list[PlaceMatch],
    source_spans: list[Span],
) -> None:
    """The sentence's clock times of events ("gave way shortly after 1:30 a.m."), each
    with the moment it gives, the day the sentence names, and its scope."""
    text, lang = st.article.text, st.lang
    clocks = find_clocks(text, s, e, lang)
    for cm, event in zip(clocks, clock_events(text, clocks, idx.clause, lang), strict=True):
        a, b = idx.clause(cm.start)
        span = Span(start=cm.start, end=cm.end)
        if event is None or ("clock", span.start, span.end) in st.used:
            continue
        st.used.add(("clock", span.start, span.end))
        phrase = text[cm.start : cm.end]
        update = {"clock": (cm.low, cm.high), "zone": cm.zone, "phrase": phrase}
        day = sentence_time if sentence_time is not None and sentence_time.is_exact_day else None
        date = day.model_copy(update=update) if day else TimeRef(**update)
        scope = _scope(st, places, source_spans, (a, b), s)
        st.claims.append(
            Claim(
                id=claim_id(st.article.id, "clock", span),
                article=st.article.id,
                span=span,
                quote=phrase,
                sentence=_sentence_span(st, s, e),
                kind="clock",
                event=event,
                measure=Measure(thing=f"clock:{event}", concept=event, scope=scope),
                date=date,
                time=day,
                attribution=attribution or NO_ATTRIBUTION,
                modality=_modality(idx, cm.start, attribution is not None),
                confidence=0.8,
            )
        )


def _since_event(st: _State, s: int, e: int) -> list[TimeMatch]:
    """ "seit diesem Treffen": the time of the event named before, as a SINCE reference."""
    if st.last_event_time is None:
        return []
    pat = _since_event_pattern(st.lang)
    out = []
    for m in pat.finditer(st.article.text, s, e):
        ref = st.last_event_time
        out.append(
            TimeMatch(
                m.start(),
                m.end(),
                ref.model_copy(update={"kind": TimeKind.SINCE, "phrase": m.group()}),
            )
        )
    return out


@cache
def _since_event_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).events.SINCE_EVENT, re.IGNORECASE)


def _moments_named(text: str, times: list[TimeMatch], lang: str) -> list[tuple[int, TimeRef]]:
    """The times followed by a clause about their moment (a comma and one of the pack's
    ``syntax.TIME_RELATIVES``: "seit 1992, *als* 167 Menschen starben", "the worst cluster
    was in 2009, *when* six people fell ill"), each with where that clause's words begin
    and the time as that moment (a span's start: "since 1992" is 1992): a figure after it
    with no comma between is of that moment, whatever time the sentence opens with
    ("Before this summer, ...")."""
    out = []
    relatives = get_language(lang).syntax.TIME_RELATIVES
    for t in times:
        m = _TIME_CLAUSE.match(text, t.end)
        if m is not None and m.group(1).casefold() in relatives:
            out.append((m.end(), t.time.model_copy(update={"kind": TimeKind.POINT})))
    return out


_TIME_CLAUSE = re.compile(r"\s*,\s*(\w+)")


def _clause_tenses(
    st: _State,
    idx: SentenceIndex,
    times: list[TimeMatch],
    direction: Literal["past", "future", "either"],
) -> list[TimeMatch]:
    """``times`` of a sentence with a plan cue, each read again with the tense of its own
    clause where that clause says it plainly and the sentence's ``direction`` did not: a
    clause with a past tense and no plan cue is past ("The ship, *which set sail on
    February 13*, is due back on Tuesday": the sailing was this February), a clause with a
    plan cue and no past tense points ahead ("The ship, which left port on Monday, *is
    expected to return on Tuesday*": next Tuesday)."""
    text, lang = st.article.text, st.lang
    out: list[TimeMatch] = []
    redone: dict[tuple[int, int], dict[tuple[int, int], TimeMatch]] = {}
    for t in times:
        # a clause, cut where a coordinator opens another predicate with a modal or a plan
        # cue ("departed on February 13 *and is due* to return on March 1")
        a, b = _said_clause(idx, t.start)
        if (a, b) not in redone:
            planned = idx.has_cue("planned", a, b)
            # a plan's participle ends like a past ("is expected to return"): a clause
            # with a plan cue is past only by its own past words (modality._own_past)
            past = _is_past(text, a, b, lang, endings=not planned, perfect=not planned) or (
                not planned and _plain_past(text, a, b, lang)
            )
            own: Literal["past", "future", "either"] | None = (
                "past" if past and not planned else "future" if planned and not past else None
            )
            if own is None and not planned and (a, b) != idx.clause(t.start):
                own = "either"  # a conjunct before a plan's own: none of its plan
            again: dict[tuple[int, int], TimeMatch] = {}
            if own is not None and own != direction:
                assert st.time_scan is not None
                for u in times_in(
                    st.time_scan, st.article.published, start=a, end=b, direction=own
                ):
                    again[u.start, u.end] = u
            redone[a, b] = again
        out.append(redone[a, b].get((t.start, t.end), t))
    return out


def _before_this_year(st: _State, t: TimeMatch) -> bool:
    """True when the time ``t`` ended before the year the article was published in ("built
    in 1968" in an article of 2025)."""
    bounds = st.article.published.bounds()
    end = t.time.end
    return bounds is not None and end is not None and end < dt.date(bounds[0].year, 1, 1)
