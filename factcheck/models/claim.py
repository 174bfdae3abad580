"""Claims: what an article states, typed, attributed and anchored in its text."""

from __future__ import annotations

import hashlib
from typing import Annotated

from pydantic import Field

from factcheck.models._base import Frozen
from factcheck.models.article import Span
from factcheck.models.attribution import Attribution, Modality
from factcheck.models.quantity import Quantity
from factcheck.models.time import TimeRef
from factcheck.models.values import Entity, Place

SlotValue = Annotated[Quantity | TimeRef | Place | Entity, Field(discriminator="type")]
"""A typed value: a quantity, a time, a place or an entity."""


def is_place_key(key: str) -> bool:
    """True for a scope entry that names a place or a side's area ("city:arequipa",
    "area:north", "held:ua"), not a marker ("scope:all", "except:city:arequipa"), not the
    kind of people holding a share ("kind:woman") and not a name ("ridgeway")."""
    return ":" in key and not key.startswith(("scope:", "except:", "kind:"))


class Measure(Frozen):
    """What a quantity counts or measures, with what narrows it down.

    "10.000 Frachtcontainer mit Artilleriemunition von Nordkorea nach Russland" is
    ``thing="Container", surface="Frachtcontainer", modifiers=("Fracht",),
    content=("Artilleriemunition",), origin="country:KP", destination="country:RU"``.
    """

    thing: str
    """The counted noun's lemma or the measured dimension (``Container``, ``distance``)."""
    concept: str | None = None
    """A language-neutral concept key when the lexicon knows one (``container``)."""
    surface: str = ""
    """The noun as written."""
    modifiers: tuple[str, ...] = ()
    """Compound parts and adjectives that narrow the thing (``Schiff``, ``ballistisch``)."""
    content: tuple[str, ...] = ()
    """What the things carry or consist of ("mit Munition" -> ``Munition``); an entry
    ``<facet>:<value>`` tells two things apart along one facet (``of:tanker``: what a
    driver drove), whatever else they share."""
    origin: str | None = None
    """Key of the place or actor the things come from."""
    destination: str | None = None
    """Key of the place or actor the things go to."""
    cumulative: bool | None = None
    """True for running totals that may grow between reports (shipped since X, deaths);
    False for fixed quantities (a crowd at one event, a length); None when unknown."""
    state: str | None = None
    """What happened to the counted things, when the clause says it ("destroyed",
    "damaged"): two counts of buildings in two states are two things."""
    interim: bool = False
    """The figure is an early or partial count ("bereits 3000 Fahrzeuge", "so far"): a
    higher figure of the same thing is the count that followed, not a contradiction."""
    inferred: bool = False
    """The number has no noun of its own: what it counts is read from its role or from a
    neighbouring figure ("16 kamen ums Leben", "die Veranstalter 80.000")."""
    scope: tuple[str, ...] = ()
    """What narrows the figure to a part of the story: keys of the places it is given for
    ("in Bayern" -> ``region:DE-BY``) and names of what it is about ("the Ridgeway fire" ->
    ``ridgeway``). Two figures whose scopes share nothing count different things."""

    @property
    def key(self) -> str:
        """Blocking key: the concept or the lemma, lower-cased."""
        return (self.concept or self.thing).casefold()


class Claim(Frozen):
    """One statement of an article, typed and anchored.

    Exactly one of ``quantity``, ``date``, ``place``, ``entity`` is the claim's value
    (see :attr:`value`); ``time`` and ``location`` say when and where the claim applies.
    """

    id: str
    """Stable id: the same input always gives the same id (see :func:`claim_id`)."""
    article: str
    """Id of the article the claim was read from."""
    span: Span
    """The claim's core text (the value expression) in the article's text."""
    quote: str = ""
    """``article.text[span]``, kept for readers of the report."""
    sentence: Span | None = None
    """The sentence the claim stands in."""
    kind: str = "quantity"
    """The claim's schema by name (``quantity``, ``date``, ``event``, ``place``, or a
    user schema such as ``weapons_delivery``)."""
    event: str | None = None
    """For event claims: the event type (``meeting``, ``visit``, ``arrival``,
    ``departure``, ``signing``)."""
    measure: Measure | None = None
    """What is counted or measured, for quantity claims."""
    actors: tuple[Entity, ...] = ()
    """Who the claim is about (participants of a meeting, the deliverer...)."""
    quantity: Quantity | None = None
    """The value, when it is a quantity."""
    date: TimeRef | None = None
    """The value, when it is a date or period."""
    place: Place | None = None
    """The value, when it is a place."""
    entity: Entity | None = None
    """The value, when it is a named entity."""
    time: TimeRef | None = None
    """When the claim applies ("seit September" for a running total)."""
    location: Place | None = None
    """Where the claim applies."""
    attribution: Attribution = Attribution()
    """Who says so."""
    modality: Modality = Modality.ASSERTED
    """How the text holds the claim to be true."""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the extractor is of this reading, from 0 to 1."""
    slots: dict[str, SlotValue | str] = Field(default_factory=dict)
    """Named fields of the claim's schema (``origin``, ``destination``, ``cargo``...)."""

    @property
    def value(self) -> Quantity | TimeRef | Place | Entity | None:
        """The claim's value, whichever of the four it is."""
        return self.quantity or self.date or self.place or self.entity


def claim_id(article: str, kind: str, span: Span, discriminator: str = "") -> str:
    """A stable claim id from what identifies a claim in its article.

    The id depends only on the article id, the schema, the span and an optional
    discriminator (for two claims of one span), never on run order or memory addresses.
    """
    raw = f"{article}\x1f{kind}\x1f{span.start}:{span.end}\x1f{discriminator}"
    return "c" + hashlib.blake2s(raw.encode("utf-8"), digest_size=6).hexdigest()
