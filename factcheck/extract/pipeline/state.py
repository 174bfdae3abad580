"""The pipeline's state: what it remembers across the sentences of one article, and the
language an article is read in. Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from factcheck.extract import actors as actors_mod
from factcheck.extract.clauses import SentenceIndex, pack_regex
from factcheck.extract.events import Trigger
from factcheck.extract.literals import Prefiltered, pack_prefiltered
from factcheck.extract.matches import QuantityMatch
from factcheck.extract.names import name_key
from factcheck.extract.roles import RoleCues
from factcheck.lang import pack_code
from factcheck.models import (
    Article,
    Attribution,
    Claim,
    Entity,
    EntityKind,
    Measure,
    Span,
    TimeRef,
)

if TYPE_CHECKING:
    from factcheck.extract.places.scan import Places
    from factcheck.extract.time import TimeScan


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
    places: Places | None = None
    mentions: _Matches[actors_mod.Person] | None = None
    triggers: _Matches[Trigger] | None = None
    time_scan: TimeScan | None = None
    time_starts: list[int] = field(default_factory=list)
    last_time: TimeRef | None = None
    last_day: tuple[int, TimeRef] | None = None
    """Where the last exact day was named and the day: an occasion's figure with no time of
    its own in the same paragraph is that day's."""
    last_place: tuple[int, tuple[str, ...]] | None = None
    """Where the last figure given for a place stands and its places: a figure with no
    place of its own in a later sentence of the same paragraph is given for them."""
    other_event: int | None = None
    """Where the sentence stands that told, in its first clause, of another event of the
    story's kind in a past time ("Vor drei Jahren traf ein *ähnlicher* Angriff ..."): the
    figures of its paragraph after it with no recent time of their own are that event's."""
    last_event_time: TimeRef | None = None
    last_flow: _Flow | None = None
    claims: list[Claim] = field(default_factory=list)
    used: set[tuple[str, int, int]] = field(default_factory=set)
    sentence_attribution: Attribution | None = None
    unread: list[tuple[int, int, bool]] = field(default_factory=list)
    """The quiet sentences (no claim can come of them) since the last sentence read in
    full, whose attribution is found only if a later sentence needs it: their start, end
    and whether each continues the sentence before."""
    index_of_sentence: SentenceIndex | None = None
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)
    """Answers about the sentence being read that its figures share (its opening's cues,
    the places after its last figure), asked once per sentence."""
    role_cues: RoleCues | None = None
    """The role cues of the sentence being read (made when it has numbers)."""
    """Clause breaks and modality cues of the sentence being read."""
    last_counted: Measure | None = None
    """The last count with a concept in the sentences read so far (a following sentence
    may refer back to it: "Organisers put the figure at 45,000")."""
    previous_start: int | None = None
    """Where the sentence before the one being read starts."""
    backward: dict[int, Attribution] = field(default_factory=dict)
    """Sources given back by a sentence to the one before it ("... Das teilte die Polizei
    mit."), by the start of the sentence they are given to."""
    sentence_span: Span | None = None
    """The span of the sentence being read, shared by its claims."""


NO_ATTRIBUTION = Attribution()
"""The attribution of a claim no source is named for: one shared (frozen) instance
instead of a new model per claim."""


def _sentence_span(st: _State, s: int, e: int) -> Span:
    """The sentence's span, made once and shared by the sentence's claims."""
    sp = st.sentence_span
    if sp is None or sp.start != s or sp.end != e:
        sp = st.sentence_span = Span(start=s, end=e)
    return sp


T = TypeVar("T")


def person_entity(name: str) -> Entity:
    """A person named in the text as a claim's actor, keyed by its folded name."""
    return Entity(name=name, key=name_key(name), kind=EntityKind.PERSON)


def marked(c: Claim, *marks: str) -> Claim:
    """``c`` with ``marks`` added to its measure's scope (kept sorted, each once)."""
    assert c.measure is not None
    scope = tuple(sorted({*c.measure.scope, *marks}))
    return c.model_copy(update={"measure": c.measure.model_copy(update={"scope": scope})})


def _replace_claim(st: _State, old: Claim, new: Claim) -> None:
    """Put ``new`` where ``old`` stands in ``st.claims``, searched from the end: the claims
    a sentence revises are the last ones made (the search stays short in long articles)."""
    for i in range(len(st.claims) - 1, -1, -1):
        if st.claims[i] is old:
            st.claims[i] = new
            return


def _memo(st: _State, key: tuple[object, ...], make: Callable[[], T]) -> T:
    """``make()``, asked once per sentence for ``key`` (see :attr:`_State.memo`)."""
    if key in st.memo:
        return cast(T, st.memo[key])
    value = make()
    st.memo[key] = value
    return value


def _sentence_index(st: _State) -> SentenceIndex:
    assert st.index_of_sentence is not None
    return st.index_of_sentence


def language_of(article: Article) -> str:
    """The language pack used for an article: its language, or German/English by guess."""
    return pack_code(article.language)


# -- quantities -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Flow:
    origin: str | None = None
    destination: str | None = None


def _nouns_regex(lang: str, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """The pattern the pack's ``nouns.<name>`` states (see :func:`_pack_regex`)."""
    return _pack_regex(lang, "nouns", name, flags)


def _prefiltered(lang: str, name: str) -> Prefiltered | None:
    """The pack's ``nouns.<name>`` pattern, skipping a window without the strings it
    requires (most lack "control", "held", a compass word, "of the")."""
    return pack_prefiltered(lang, "nouns", name, re.IGNORECASE)


_pack_regex = pack_regex
"""The pattern a pack's ``<table>.<name>`` states (:func:`factcheck.extract.clauses.pack_regex`)."""
