"""The pipeline, events: event claims with their actors, place and date, and date claims.

Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract import actors as actors_mod
from factcheck.extract.clock import first_accident
from factcheck.extract.events import POINT_EVENTS, Trigger, nearest_trigger
from factcheck.extract.matches import PlaceMatch, TimeMatch
from factcheck.extract.pipeline.modality import _modality
from factcheck.extract.pipeline.state import (
    _WORDS,
    NO_ATTRIBUTION,
    _sentence_index,
    _sentence_span,
    _State,
    person_entity,
)
from factcheck.lang import get_language
from factcheck.lang.concepts import ACCIDENT, ACCIDENT_MOMENTS, CRASH
from factcheck.models import (
    Attribution,
    Claim,
    Entity,
    Measure,
    Modality,
    Place,
    Span,
    TimeKind,
    TimeRef,
    claim_id,
)


# -- events -----------------------------------------------------------------------------
def _remember_persons(st: _State, persons: list[actors_mod.Person]) -> None:
    """Keep ``st.persons`` ordered by the last mention, most recent last."""
    for p in persons:
        if p.name in st.persons:
            st.persons.remove(p.name)
        st.persons.append(p.name)


@cache
def _adjective_place(lang: str) -> re.Pattern[str]:
    """A preposition of the pack's ``events.ADJECTIVE_PLACE_PREPOSITIONS``, one word and
    the end of the text: what stands before a place named after an adjective."""
    words = sorted(get_language(lang).events.ADJECTIVE_PLACE_PREPOSITIONS, key=len, reverse=True)
    alts = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"\b(?:{alts})\s+\w+\s+$")


@cache
def _both(lang: str) -> re.Pattern[str]:
    """The pack's ``text.BOTH`` phrases ("die beiden", "both") as one pattern, each a
    whole word: it finds one in a text when any phrase's own pattern
    ``(?<!\\w)phrase(?!\\w)`` does."""
    phrases = get_language(lang).text.BOTH
    alts = "|".join(re.escape(ph) for ph in phrases) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _actors_for(
    st: _State,
    persons: list[actors_mod.Person],
    a: int,
    b: int,
    whole_sentence: bool,
) -> tuple[Entity, ...]:
    """Participants of an event whose trigger stands in the clause ``a..b``.

    With one event type in the sentence, every person the sentence names takes part;
    otherwise the trigger's clause decides, and a pronoun ("er", "he") or "die beiden"
    ("both") points back to the persons named just before the clause.
    """
    text = st.article.text
    in_clause = [p.name for p in persons if a <= p.start < b]
    names = [p.name for p in persons] if whole_sentence else in_clause
    pack = get_language(st.lang).text
    clause = text[a:b].casefold()
    before = [p.name for p in persons if p.start < a]
    earlier = [n for n in st.persons if n not in before] + before
    if _both(st.lang).search(clause):
        for n in reversed(earlier):
            if len(names) >= 2:
                break
            if n not in names:
                names.append(n)
    elif not in_clause and earlier and not pack.PRONOUNS_PERSON.isdisjoint(_WORDS.findall(clause)):
        names = [earlier[-1]]
    seen: dict[str, Entity] = {}
    for n in names:
        ent = person_entity(n)
        seen.setdefault(ent.key, ent)
    return tuple(sorted(seen.values(), key=lambda x: x.key))


_AFTER_FIGURE = re.compile(r"(?<![\d:.])\d+\s+(?:\w{1,3}\s+)?$")  # no clock: "01:17 GMT"


def after_figure(text: str, s: int, start: int) -> bool:
    """True when a number stands right before the time at ``start`` (in the sentence from
    ``s``), at most a short word between ("the toll rose to 24 *on* Tuesday morning"): the
    day is the figure's, not an event's of the sentence."""
    return _AFTER_FIGURE.search(text, max(s, start - 16), start) is not None


def no_moment_day(t: TimeMatch, text: str, s: int) -> bool:
    """True when a date cannot be a moment's day: unresolved, or a figure's (see
    :func:`after_figure`: "the toll from a bus crash rose to 24 on Tuesday")."""
    return not t.time.resolved or after_figure(text, s, t.start)


def _says_that(text: str, end: int, trigger: int, lang: str) -> bool:
    """True when a complementizer (the pack's ``syntax.COMPLEMENTIZERS``: "that", "dass")
    opens what stands between a time ending at ``end`` and a trigger after it: the time is
    the saying's, not the event's."""
    first = text[end:trigger].lstrip(" ,").split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in get_language(lang).syntax.COMPLEMENTIZERS


def _events(
    st: _State,
    triggers: list[Trigger],
    places: list[PlaceMatch],
    times: list[TimeMatch],
    persons: list[actors_mod.Person],
    s: int,
    e: int,
    attribution: Attribution | None,
) -> set[tuple[int, int]]:
    """Event claims of one sentence; returns the spans of the times they used."""
    if not triggers:
        return set()
    idx = _sentence_index(st)
    text, lang = st.article.text, st.lang
    ev = get_language(lang).events
    by_trigger: dict[Trigger, tuple[list[PlaceMatch], list[TimeMatch]]] = {}
    for p in places:
        prep = (p.preposition or "").casefold()
        if (p.metonym and not prep) or prep in ev.ORIGIN_PREPOSITIONS:
            continue  # a capital standing for its state acts; it is not where things happen
        if prep not in ev.LOCATIVE_PREPOSITIONS and prep not in ev.DIRECTIONAL_PREPOSITIONS:
            # "im russischen Chabarowsk": an adjective between preposition and name
            before = text[max(s, p.start - 30) : p.start]
            if not _adjective_place(lang).search(before):
                continue
        t = nearest_trigger(triggers, text, s, e, p.start, idx.clause)
        if t is not None:
            by_trigger.setdefault(t, ([], []))[0].append(p)
    for tm in times:
        if tm.time.kind not in (TimeKind.POINT, TimeKind.PERIOD):
            continue
        if after_figure(text, s, tm.start):
            continue  # "the toll rose to 24 on Tuesday morning": the figure's day
        t = nearest_trigger(triggers, text, s, e, tm.start, idx.clause)
        if t is not None and t.start >= tm.end and _says_that(text, tm.end, t.start, lang):
            continue  # "told lawmakers *on Tuesday that* the collapse ...": the telling's day
        if t is not None:
            by_trigger.setdefault(t, ([], []))[1].append(tm)
    used: set[tuple[int, int]] = set()
    single_type = len({t.event for t in triggers}) == 1
    for trig, (pls, tms) in sorted(by_trigger.items(), key=lambda kv: kv[0].start):
        a, b = idx.clause(trig.start)
        actors = _actors_for(st, persons, a, b, single_type)
        event = trig.event
        when = tms[0].time if tms else None
        modality = _modality(idx, trig.start, attribution is not None)
        where = pls[0].place if pls else None
        for p in pls:
            span = Span(start=p.start, end=p.end)
            _add_event(
                st,
                "place",
                span,
                s,
                e,
                event,
                actors,
                attribution,
                modality,
                place=p.place,
                time=when,
                role="destination"
                if (p.preposition or "").casefold() in ev.DIRECTIONAL_PREPOSITIONS
                and event in ("departure", "visit")
                else None,
            )
        for tm in tms:
            span = Span(start=tm.start, end=tm.end)
            used.add((tm.start, tm.end))
            _add_event(
                st,
                "date",
                span,
                s,
                e,
                event,
                actors,
                attribution,
                modality,
                date=tm.time,
                location=where,
            )
        if when is not None and event in POINT_EVENTS | {"visit"}:
            st.last_event_time = when
    return used


def _add_event(
    st: _State,
    value: str,
    span: Span,
    s: int,
    e: int,
    event: str,
    actors: tuple[Entity, ...],
    attribution: Attribution | None,
    modality: Modality,
    *,
    place: Place | None = None,
    time: TimeRef | None = None,
    date: TimeRef | None = None,
    location: Place | None = None,
    role: str | None = None,
) -> None:
    kind = "event"
    if (kind, span.start, span.end) in st.used:
        return
    st.used.add((kind, span.start, span.end))
    slots: dict[str, str] = {"value": value}
    if role:
        slots["place_role"] = role
    st.claims.append(
        Claim(
            id=claim_id(st.article.id, kind, span, value),
            article=st.article.id,
            span=span,
            quote=st.article.text[span.start : span.end],
            sentence=_sentence_span(st, s, e),
            kind=kind,
            event=event,
            actors=actors,
            place=place,
            date=date,
            time=time,
            location=location,
            attribution=attribution or NO_ATTRIBUTION,
            modality=modality,
            confidence=0.7 if actors else 0.5,
            slots=dict(slots),
        )
    )


def _date_claim(
    st: _State,
    t: TimeMatch,
    s: int,
    e: int,
    attribution: Attribution | None,
    moment: tuple[str, str] | None = None,
    scope: tuple[str, ...] = (),
) -> None:
    """A date the sentence names; with ``moment``, the day of that moment of the story and
    what it befell ("Das Boot kenterte am Sonntag": ``("capsize", "boot")``), in
    ``scope``."""
    kind = "date"
    span = Span(start=t.start, end=t.end)
    if (kind, span.start, span.end) in st.used:
        return
    st.used.add((kind, span.start, span.end))
    modality = _modality(_sentence_index(st), t.start, attribution is not None)
    if modality is Modality.PLANNED and moment is not None and moment[0] in ACCIDENT_MOMENTS:
        # "Drei Tage nach der Gasexplosion vom 8. Mai will die Familie weitermachen": the
        # plan is the family's, the explosion happened
        modality = Modality.REPORTED if attribution is not None else Modality.ASSERTED
    st.claims.append(
        Claim(
            id=claim_id(st.article.id, kind, span),
            article=st.article.id,
            span=span,
            quote=st.article.text[span.start : span.end],
            sentence=_sentence_span(st, s, e),
            kind=kind,
            event=None if moment is None else moment[0],
            measure=None
            if moment is None
            else Measure(
                thing=f"date:{moment[0]}",
                concept=moment[0],
                scope=scope,
                content=(moment[1],) if moment[1] else (),
            ),
            date=t.time,
            attribution=attribution or NO_ATTRIBUTION,
            modality=modality,
            confidence=0.8 if t.time.resolved else 0.6,
        )
    )


def accidents_named(claims: list[Claim], text: str, lang: str) -> list[Claim]:
    """The claims, each moment of an accident named without its kind (``concepts.
    ACCIDENT``: "das *Unglück* ereignete sich gegen 7.40 Uhr") given the kind of accident
    its article names first ("Regionalzug *entgleist*": a derailment), else a crash's."""
    if not any(c.event == ACCIDENT for c in claims):
        return claims
    kind = first_accident(text, lang) or CRASH
    out = []
    for c in claims:
        if c.event == ACCIDENT:
            update: dict[str, object] = {"event": kind}
            if c.measure is not None and c.measure.concept == ACCIDENT:
                thing = c.measure.thing.removesuffix(ACCIDENT) + kind  # "clock:accident"
                update["measure"] = c.measure.model_copy(update={"thing": thing, "concept": kind})
            c = c.model_copy(update=update)
        out.append(c)
    return out
