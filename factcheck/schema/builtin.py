"""The built-in claim schemas, registered under their names in
:data:`factcheck.registry.schemas` when the registry is first used.

Four base kinds (``quantity``, ``date``, ``event``, ``place``) are what the extractor
produces. The example schemas in ``factcheck/schema/builtin/*.yaml``
(``weapons_delivery``, ``crowd_size``, ``casualties``, ``costs``) are registered too, but
applied only when asked for (``--schema weapons_delivery``)."""

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
    """A number with its unit or counted thing: "about 3,500 drones"."""

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


def _register_examples() -> None:
    from factcheck.schema.files import example_files, load_schema_file

    for path in example_files():
        example = load_schema_file(path, register=False)
        schemas.add(example.name, example)


_register_examples()
