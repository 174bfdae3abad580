"""From an article to its claims: the engines' matches assembled into :class:`Claim`s.

Per sentence: numbers (with hedges and units), times, places, persons and the
attribution are found by the engines; each number becomes a quantity claim with what it
counts, where the counted things come from and go to, and when; each event word gives
event claims (the place and the date of a meeting, an arrival...); remaining time
expressions become date claims. Attribution carries into following sentences that open
with "Demnach" or are in reported speech.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Generic, Literal, Protocol, TypeVar

from factcheck.extract import actors as actors_mod
from factcheck.extract.clauses import SentenceIndex
from factcheck.extract.events import POINT_EVENTS, Trigger, find_triggers, nearest_trigger
from factcheck.extract.matches import NumberRole, PlaceMatch, QuantityMatch, TimeMatch
from factcheck.extract.nouns import CountedNoun, content_class, find_counted_noun
from factcheck.extract.roles import RoleCues
from factcheck.extract.sentences import split_sentences
from factcheck.lang import SUPPORTED, get_language
from factcheck.lang.concepts import CUMULATIVE_CONCEPTS as CUMULATIVE_ROLES
from factcheck.lang.concepts import OBJECT_ROLES
from factcheck.models import (
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Measure,
    Modality,
    Place,
    Span,
    TimeKind,
    TimeRef,
    UnitKind,
    claim_id,
)

if TYPE_CHECKING:
    from factcheck.extract.time import TimeScan
    from factcheck.schema import ClaimSchema

_WORDS = re.compile(r"[\w\-]+")


class _HasStart(Protocol):
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_HasStart)


@dataclass
class _Matches(Generic[M]):
    """One engine's matches over a whole article, sliced per sentence by offset."""

    items: list[M]
    starts: list[int]

    @classmethod
    def of(cls, items: list[M]) -> _Matches[M]:
        items = sorted(items, key=lambda m: m.start)
        return cls(items, [m.start for m in items])

    def within(self, s: int, e: int) -> list[M]:
        return self.items[bisect_left(self.starts, s) : bisect_left(self.starts, e)]


@dataclass
class _State:
    """What the pipeline remembers across the sentences of one article."""

    article: Article
    lang: str
    attribution: Attribution | None = None
    attribution_age: int = 0
    persons: list[str] = field(default_factory=list)
    index: actors_mod.PersonIndex | None = None
    quantities: _Matches[QuantityMatch] | None = None
    places: _Matches[PlaceMatch] | None = None
    mentions: _Matches[actors_mod.Person] | None = None
    triggers: _Matches[Trigger] | None = None
    time_scan: TimeScan | None = None
    time_starts: list[int] = field(default_factory=list)
    last_time: TimeRef | None = None
    last_event_time: TimeRef | None = None
    last_flow: _Flow | None = None
    claims: list[Claim] = field(default_factory=list)
    used: set[tuple[str, int, int]] = field(default_factory=set)
    sentence_attribution: Attribution | None = None
    index_of_sentence: SentenceIndex | None = None
    role_cues: RoleCues | None = None
    """The role cues of the sentence being read (made when it has numbers)."""
    """Clause breaks and modality cues of the sentence being read."""


def _sentence_index(st: _State) -> SentenceIndex:
    assert st.index_of_sentence is not None
    return st.index_of_sentence


def language_of(article: Article) -> str:
    """The language pack used for an article: its language, or German/English by guess."""
    lang = article.language.split("-")[0].lower()
    return lang if lang in SUPPORTED else ""


def extract(article: Article, *, schemas: Sequence[type[ClaimSchema]] = ()) -> list[Claim]:
    """The claims an article states, in text order. Deterministic: the same article always
    gives the same claims with the same ids."""
    lang = language_of(article)
    if not lang:
        return []
    from factcheck.extract.numbers import find_quantities
    from factcheck.extract.places import find_places
    from factcheck.extract.time import scan_times, times_in

    st = _State(article, lang)
    text, body = article.text, article.body_start
    # every engine runs once over the article; sentences take their slice by offset
    st.index = actors_mod.PersonIndex(text, body, lang)
    st.quantities = _Matches.of(find_quantities(text, lang, start=body))
    st.places = _Matches.of(find_places(text, lang, start=body))
    st.mentions = _Matches.of(st.index.mentions(body, len(text)))
    st.triggers = _Matches.of(find_triggers(text, body, len(text), lang))
    # the time engine's pattern work once per article; sentences re-resolve its candidates
    st.time_scan = scan_times(text, lang, start=body)
    st.time_starts = sorted(
        t.start for t in times_in(st.time_scan, article.published, start=body, end=len(text))
    )
    for sent in split_sentences(text, lang, body):
        _sentence(st, sent.start, sent.end, sent.continued)
    claims = sorted(st.claims, key=lambda c: (c.span.start, c.span.end, c.kind, c.id))
    if schemas:
        from factcheck.schema.apply import apply_schemas

        claims = apply_schemas(claims, article, schemas)
    return claims


# -- one sentence -----------------------------------------------------------------------
def _sentence(st: _State, s: int, e: int, continued: bool = False) -> None:
    from factcheck.extract.time import times_in

    assert st.quantities and st.places and st.mentions and st.triggers and st.index
    text, lang = st.article.text, st.lang
    attribution = actors_mod.find_attribution(text, s, e, lang)
    if attribution is None and continued:
        # a later window of an over-long sentence: the sentence's attribution holds
        attribution = st.sentence_attribution
    elif (
        attribution is None
        and st.attribution is not None
        and st.attribution_age < 3
        and (actors_mod.carries_over(text, s, e, lang))
    ):
        attribution = st.attribution.model_copy(update={"carried": True})
        st.attribution_age += 1
    elif attribution is not None:
        st.attribution = attribution
        st.attribution_age = 0
    else:
        st.attribution_age = 99
    st.sentence_attribution = attribution
    source_spans = [src.span for src in (attribution.chain if attribution else ()) if src.span]

    idx = st.index_of_sentence = SentenceIndex(text, s, e, lang)
    st.role_cues = None
    planned = idx.has_cue("planned")
    past = _past_pattern(lang).search(text, s, e) is not None
    direction: Literal["past", "future", "either"] = (
        "future" if planned and not past else "past" if past else "either"
    )
    times: list[TimeMatch] = []
    if bisect_left(st.time_starts, s) != bisect_left(st.time_starts, e):
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
    times = _since_event(st, s, e) + times
    quantities = st.quantities.within(s, e)
    places = [
        p
        for p in st.places.within(s, e)
        if not any(sp.start <= p.start < sp.end for sp in source_spans)
    ]
    persons = st.mentions.within(s, e)

    # times inside a quantity (durations: "seit 24 Jahren") belong to that quantity
    q_time: dict[int, TimeMatch] = {}
    free_times: list[TimeMatch] = []
    for t in times:
        host = next(
            (i for i, q in enumerate(quantities) if q.start < t.end and t.start < q.end), None
        )
        if host is not None and quantities[host].role is NumberRole.DURATION:
            q_time[host] = t
        elif host is not None:
            continue  # a number that is part of a date: the date wins
        else:
            free_times.append(t)
    quantities = [
        q
        for i, q in enumerate(quantities)
        if i in q_time or not any(t.start < q.end and q.start < t.end for t in times)
    ]

    noun_spans = [(q.start, q.end) for q in quantities]
    flow = _flow(text, s, e, places, lang, noun_spans) if quantities else _Flow()
    if flow.origin or flow.destination:
        st.last_flow = flow
    elif quantities and attribution is not None and attribution.carried and st.last_flow:
        # "Demnach seien mindestens 120 Raketen geliefert worden": a continuation of the
        # previous statement keeps its origin and destination
        flow = st.last_flow
    sentence_time = _sentence_time(free_times)
    sibling: Measure | None = None
    if quantities:
        st.role_cues = RoleCues(text, s, e, lang)
    for i, qm in enumerate(quantities):
        own_time = q_time.get(i)
        # the stretch of the sentence that belongs to this number: up to its neighbours
        seg = _segment(idx, quantities, i)
        scope = _scope(st, places, source_spans, seg, s)
        made = _quantity_claim(
            st, qm, s, e, attribution, flow, own_time, sentence_time, seg, sibling, scope
        )
        if (
            made is not None
            and made.quantity is not None
            and made.measure is not None
            and made.quantity.unit_kind is UnitKind.COUNT
            and made.measure.concept
        ):
            sibling = made.measure

    triggers = st.triggers.within(s, e)
    event_times = _events(st, triggers, places, free_times, persons, s, e, attribution)
    for t in free_times:
        if (t.start, t.end) in event_times:
            continue
        _date_claim(st, t, s, e, attribution)
    for t in times:
        if t.time.resolved:
            st.last_time = t.time
    _remember_persons(st, persons)


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
def _past_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).attribution.PAST_TENSE, re.IGNORECASE)


@cache
def _since_event_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(get_language(lang).events.SINCE_EVENT, re.IGNORECASE)


def _sentence_time(times: list[TimeMatch]) -> TimeRef | None:
    for kind in (TimeKind.SINCE, TimeKind.PERIOD, TimeKind.UNTIL, TimeKind.POINT):
        for t in times:
            if t.time.kind is kind:
                return t.time
    return None


# -- modality ---------------------------------------------------------------------------
def _modality(idx: SentenceIndex, pos: int, attributed: bool) -> Modality:
    """The modality of what the sentence says at ``pos``: a cue in its clause, else a
    planning verb governing the sentence, else reported or asserted. Every question is a
    lookup in the sentence's cue index (one scan per cue family, not one per claim)."""
    a, b = idx.clause(pos)
    for modality in ("denied", "hypothetical", "alleged", "estimated"):
        if idx.has_cue(modality, a, b):
            return Modality(modality)
    if idx.has_cue("planned", a, b) or (
        idx.has_cue("planned") and not idx.has_cue("alleged") and _main_clause_planned(idx)
    ):
        return Modality.PLANNED
    return Modality.REPORTED if attributed else Modality.ASSERTED


def _main_clause_planned(idx: SentenceIndex) -> bool:
    # a planning verb in the first clause governs the sentence ("Hier wollen die beiden ...")
    return idx.has_cue("planned", *idx.clause(idx.start))


# -- quantities -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Flow:
    origin: str | None = None
    destination: str | None = None


@cache
def _verb_pattern(lang: str, kind: str) -> re.Pattern[str]:
    ev = get_language(lang).events
    stems = ev.DELIVERY_VERBS if kind == "deliver" else ev.RECEIVE_VERBS
    return re.compile(
        r"(?<![\w-])(?:\w*?)(?:" + "|".join(re.escape(x) for x in stems) + r")\w*",
        re.IGNORECASE,
    )


def _place_key(p: Place) -> str:
    return f"country:{p.country}" if p.country else p.key


def _flow(
    text: str,
    s: int,
    e: int,
    places: list[PlaceMatch],
    lang: str,
    skip: Sequence[tuple[int, int]] = (),
) -> _Flow:
    """Where the things a sentence counts come from and go to."""
    ev = get_language(lang).events
    origin = dest = None
    bare: list[PlaceMatch] = []
    dative: list[PlaceMatch] = []
    for p in places:
        prep = (p.preposition or "").casefold()
        if prep in ev.ORIGIN_PREPOSITIONS:
            origin = origin or _place_key(p.place)
        elif prep in ev.DESTINATION_PREPOSITIONS:
            dest = dest or _place_key(p.place)
        elif not prep:
            before = text[max(s, p.start - 5) : p.start].casefold()
            if lang == "de" and re.search(r"\b(der|dem|den)\s+$", before):
                dative.append(p)
            else:
                bare.append(p)

    def verb(kind: str) -> bool:
        # a verb outside the quantities and their nouns ("shipping containers" is no verb)
        for m in _verb_pattern(lang, kind).finditer(text, s, e):
            if not any(a <= m.start() < b + 40 and _in_noun(text, m, a) for a, b in skip):
                return True
        return False

    deliver = verb("deliver")
    receive = verb("receive")
    if not (deliver or receive):
        return _Flow(origin, dest) if (origin or dest) else _Flow()
    if deliver:
        if dest is None and dative:
            dest = _place_key(dative[0].place)
        if origin is None and bare:
            origin = _place_key(bare.pop(0).place)
        if dest is None and bare:
            dest = _place_key(bare.pop(0).place)
        if origin is None:
            origin = _compound_country(text, s, e, lang)
    elif receive:
        if dest is None and bare:
            dest = _place_key(bare.pop(0).place)
        if origin is None and bare:
            origin = _place_key(bare.pop(0).place)
    return _Flow(origin, dest)


def _in_noun(text: str, m: re.Match[str], qstart: int) -> bool:
    """True when a verb-like match is part of the counted noun group after a number."""
    between = text[qstart : m.start()]
    return (
        ", " not in between
        and len(between.split()) <= 4
        and not m.group().endswith(("ed", "t", "en"))
    )


_COMPOUND_ACTOR = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w]*)-(?:Länder|Staaten|Regierung|Mitglieder)")


def _compound_country(text: str, s: int, e: int, lang: str) -> str | None:
    """ "Die EU-Länder ... liefern": the country or union named as a compound prefix."""
    from factcheck.extract.places import country_of

    for m in _COMPOUND_ACTOR.finditer(text, s, e):
        iso = country_of(m.group(1), lang)
        if iso:
            return f"country:{iso}"
    return None


def _quantity_claim(
    st: _State,
    qm: QuantityMatch,
    s: int,
    e: int,
    attribution: Attribution | None,
    flow: _Flow,
    own_time: TimeMatch | None,
    sentence_time: TimeRef | None,
    seg: tuple[int, int] | None = None,
    sibling: Measure | None = None,
    scope: tuple[str, ...] = (),
) -> Claim | None:
    text, lang = st.article.text, st.lang
    q = qm.quantity
    measure: Measure | None = None
    end = qm.end
    noun = None
    if qm.role in (
        NumberRole.AMOUNT,
        NumberRole.ORDINAL,
        NumberRole.MEASURE,
        NumberRole.MONEY,
        NumberRole.DURATION,
        NumberRole.AGE,
        NumberRole.PERCENT,
    ):
        noun = find_counted_noun(text, qm.end, e, lang)
    confidence = 0.9
    if qm.role is NumberRole.AMOUNT:
        from factcheck.extract.roles import counted_concept, role_at

        a, b = seg if seg is not None else (s, e)
        wider = _sentence_index(st).clause(qm.start)
        if st.role_cues is not None:
            role = st.role_cues.role_at(a, b, qm.start, qm.end, wider)
        else:
            role = role_at(text, a, b, qm.start, qm.end, lang, wider)
        state = role if role in OBJECT_ROLES else None
        if noun is not None and noun.start - qm.end > 40:
            noun = None  # a noun far after the number is not what it counts
        concept = counted_concept(noun.concept if noun else None, role, noun is not None)
        if (
            noun is None
            and concept is None
            and sibling is not None
            and sibling.concept
            and not sibling.concept.startswith("lemma:")
        ):
            # "die Polizei nannte 50.000 Demonstrierende, die Veranstalter 80.000": an
            # amount with no noun and no role counts what its sibling counts
            concept = sibling.concept
        if noun is None and concept is None:
            confidence = 0.5
            measure = None
        elif noun is None:
            assert concept is not None
            time = own_time.time if own_time else sentence_time
            measure = Measure(
                thing=concept,
                concept=concept,
                origin=flow.origin,
                destination=flow.destination,
                cumulative=_cumulative(concept, time, lang),
                scope=scope,
            )
            q = q.model_copy(update={"unit": concept, "unit_kind": UnitKind.COUNT})
        else:
            if concept is None and noun.concept is None:
                concept = "lemma:" + noun.head.casefold()  # outside the lexicon: by lemma
            elif concept is None:
                concept = noun.concept  # people with no role: kept, but not compared
            content = tuple(
                c for c in (content_class(_concept(x, lang), lang) for x in noun.content) if c
            )
            time = own_time.time if own_time else sentence_time
            cumulative = _cumulative(concept, time, lang)
            measure = Measure(
                thing=noun.head,
                concept=concept,
                surface=noun.surface,
                modifiers=noun.modifiers,
                content=content,
                origin=flow.origin,
                destination=flow.destination,
                cumulative=cumulative,
                scope=scope,
                state=state,
            )
            q = q.model_copy(update={"unit": noun.head, "unit_kind": UnitKind.COUNT})
            end = qm.end if noun.start - qm.end > 40 else noun.end
    else:
        thing = _thing_for(qm, noun)
        measure = Measure(
            thing=thing,
            concept=thing.casefold(),
            surface=noun.surface if noun else "",
            origin=flow.origin,
            destination=flow.destination,
            scope=scope,
        )
    span = Span(start=qm.start, end=end)
    time = own_time.time if own_time else sentence_time
    modality = _modality(_sentence_index(st), qm.start, attribution is not None)
    kind = "quantity"
    cid = claim_id(st.article.id, kind, span)
    if measure is not None and seg is not None:
        from factcheck.extract.roles import is_interim

        update: dict[str, object] = {}
        if is_interim(text, seg[0], seg[1], lang):
            update["interim"] = True
        if qm.role is not NumberRole.AMOUNT and measure.cumulative is None:
            cues = st.role_cues or RoleCues(text, seg[0], seg[1], lang)
            if cues.role_at(seg[0], seg[1], qm.start, qm.end) in CUMULATIVE_ROLES:
                update["cumulative"] = True  # "158 Tonnen toter Fische": a running total
        if update:
            measure = measure.model_copy(update=update)
    if (kind, span.start, span.end) in st.used:
        return None
    st.used.add((kind, span.start, span.end))
    claim = Claim(
        id=cid,
        article=st.article.id,
        span=span,
        quote=text[span.start : span.end],
        sentence=Span(start=s, end=e),
        kind=kind,
        measure=measure,
        quantity=q,
        time=time,
        attribution=attribution or Attribution(),
        modality=modality,
        confidence=confidence,
    )
    st.claims.append(claim)
    return claim


def _segment(idx: SentenceIndex, quantities: list[QuantityMatch], i: int) -> tuple[int, int]:
    """The stretch of the sentence that belongs to the ``i``-th number: its clause, cut
    at the neighbouring numbers."""
    qm = quantities[i]
    a, b = idx.clause(qm.start)
    lo = quantities[i - 1].end if i else idx.start
    hi = quantities[i + 1].start if i + 1 < len(quantities) else idx.end
    return max(a, lo), min(b, hi)


def _scope(
    st: _State,
    places: list[PlaceMatch],
    source_spans: list[Span],
    seg: tuple[int, int],
    s: int,
) -> tuple[str, ...]:
    """Keys of the places a figure is given for and names of what it is about, read in
    its stretch of the sentence (see :attr:`Measure.scope`)."""
    from factcheck.extract.roles import named_scope

    nouns = get_language(st.lang).nouns
    a, b = seg
    keys: list[str] = []
    skip = [(sp.start, sp.end) for sp in source_spans]
    text = st.article.text
    first = bisect_left([p.start for p in places], a) if len(places) > 8 else 0
    for p in places[first:]:
        if p.start >= b:
            break
        if a <= p.start:
            skip.append((p.start, p.end))
            if _scoping(p, text, nouns.SCOPE_PREPOSITIONS):
                keys.append(p.place.key)
    if not keys:
        # the place the sentence opens with governs its figures ("In Syria, the
        # ministry counted 1,350 dead"): the nearest scoping place before the stretch
        for p in reversed(places[:first] if first else places):
            if (
                p.start < a
                and _scoping(p, text, nouns.SCOPE_PREPOSITIONS)
                and not any(sp.start <= p.start < sp.end for sp in source_spans)
            ):
                keys.append(p.place.key)
                break
    keys.extend(named_scope(text, a, b, s, skip, st.lang))
    return tuple(sorted(set(keys)))


def _scoping(p: PlaceMatch, text: str, prepositions: tuple[str, ...]) -> bool:
    """A place that gives a figure its scope: after a locative preposition, or in the
    possessive ("Turkey's toll"); a capital standing for its government does not."""
    if p.metonym:
        return False
    return p.preposition in prepositions or text.startswith(("'s", "’s"), p.end)


def _concept(word: str, lang: str) -> str | None:
    from factcheck.extract.nouns import concept_of

    return concept_of(word, lang) or word.casefold()


def _thing_for(qm: QuantityMatch, noun: CountedNoun | None) -> str:
    role = qm.role
    if role is NumberRole.AGE:
        return "age"
    if role is NumberRole.ORDINAL:
        head = (noun.concept or noun.head) if noun else None
        return f"rank:{head}" if head else "rank"
    head = (noun.concept or noun.head) if noun else None
    base = {
        NumberRole.DURATION: "duration",
        NumberRole.PERCENT: "share",
        NumberRole.MONEY: "money",
        NumberRole.MEASURE: "measure",
    }.get(role, "amount")
    return f"{base}:{head}" if head else base


def _cumulative(concept: str | None, time: TimeRef | None, lang: str) -> bool | None:
    from factcheck.lang.concepts import CUMULATIVE_CONCEPTS

    if concept is not None and concept in CUMULATIVE_CONCEPTS:
        return True
    if time is not None and time.kind is TimeKind.SINCE:
        return True
    return None


# -- events -----------------------------------------------------------------------------
def _remember_persons(st: _State, persons: list[actors_mod.Person]) -> None:
    """Keep ``st.persons`` ordered by the last mention, most recent last."""
    for p in persons:
        if p.name in st.persons:
            st.persons.remove(p.name)
        st.persons.append(p.name)


def _entity(st: _State, name: str) -> Entity:
    from factcheck.extract.names import name_key

    return Entity(name=name, key=name_key(name), kind=EntityKind.PERSON)


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
    words = set(_WORDS.findall(clause))
    before = [p.name for p in persons if p.start < a]
    earlier = [n for n in st.persons if n not in before] + before
    if any(re.search(rf"(?<!\w){re.escape(ph)}(?!\w)", clause) for ph in pack.BOTH):
        for n in reversed(earlier):
            if len(names) >= 2:
                break
            if n not in names:
                names.append(n)
    elif not in_clause and words & pack.PRONOUNS_PERSON and earlier:
        names = [earlier[-1]]
    seen: dict[str, Entity] = {}
    for n in names:
        ent = _entity(st, n)
        seen.setdefault(ent.key, ent)
    return tuple(sorted(seen.values(), key=lambda x: x.key))


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
            if not re.search(r"\b(?:im|in|bei|at|in the)\s+\w+\s+$", before):
                continue
        t = nearest_trigger(triggers, text, s, e, p.start, idx.clause)
        if t is not None:
            by_trigger.setdefault(t, ([], []))[0].append(p)
    for tm in times:
        if tm.time.kind not in (TimeKind.POINT, TimeKind.PERIOD):
            continue
        t = nearest_trigger(triggers, text, s, e, tm.start, idx.clause)
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
            sentence=Span(start=s, end=e),
            kind=kind,
            event=event,
            actors=actors,
            place=place,
            date=date,
            time=time,
            location=location,
            attribution=attribution or Attribution(),
            modality=modality,
            confidence=0.7 if actors else 0.5,
            slots=dict(slots),
        )
    )


def _date_claim(st: _State, t: TimeMatch, s: int, e: int, attribution: Attribution | None) -> None:
    kind = "date"
    span = Span(start=t.start, end=t.end)
    if (kind, span.start, span.end) in st.used:
        return
    st.used.add((kind, span.start, span.end))
    st.claims.append(
        Claim(
            id=claim_id(st.article.id, kind, span),
            article=st.article.id,
            span=span,
            quote=st.article.text[span.start : span.end],
            sentence=Span(start=s, end=e),
            kind=kind,
            date=t.time,
            attribution=attribution or Attribution(),
            modality=_modality(_sentence_index(st), t.start, attribution is not None),
            confidence=0.8 if t.time.resolved else 0.6,
        )
    )


__all__ = ["extract", "language_of"]
