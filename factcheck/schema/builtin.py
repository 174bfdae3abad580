"""The built-in claim schemas. They are :class:`ClaimSchema` subclasses like any user
schema, registered under their names in :data:`factcheck.registry.schemas`."""

from __future__ import annotations

from factcheck.models import Entity, Measure, Place, Quantity, TimeRef
from factcheck.registry import schemas
from factcheck.schema.base import ClaimSchema


class QuantityClaim(
    ClaimSchema,
    name="quantity",
    identity=("measure", "time", "actors"),
    compared="quantity",
    temporal="fixed",
    builtin=True,
):
    """A number with its unit or counted thing: "about 6,700 containers"."""

    quantity: Quantity
    measure: Measure | None = None


class DateClaim(
    ClaimSchema, name="date", identity=("event", "actors"), compared="date", builtin=True
):
    """A date or period something happens on: "bis zum 28. Juni"."""

    date: TimeRef


class EventClaim(
    ClaimSchema,
    name="event",
    identity=("event", "actors", "time"),
    compared="place",
    builtin=True,
):
    """A meeting, visit, arrival or departure with its participants, time and place."""

    event: str
    actors: tuple[Entity, ...] = ()
    time: TimeRef | None = None
    place: Place | None = None


class PlaceClaim(
    ClaimSchema, name="place", identity=("event", "actors"), compared="place", builtin=True
):
    """Where something happens."""

    place: Place


for _schema in (QuantityClaim, DateClaim, EventClaim, PlaceClaim):
    schemas.add(_schema.name, _schema)
