"""Places and named entities as claim values."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from factcheck.models._base import Frozen


class PlaceKind(StrEnum):
    """What level of place."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    SITE = "site"
    """A building, base, cosmodrome, square: a place smaller than a city."""
    SEA = "sea"
    OTHER = "other"


class Place(Frozen):
    """A place named in the text, with its normalised key and what contains it."""

    type: Literal["place"] = "place"
    """Discriminator: this value is a place."""
    name: str
    """The name as written ("Chabarowsk")."""
    key: str
    """Normalised key, the same across languages and spellings (``city:vladivostok``)."""
    kind: PlaceKind = PlaceKind.OTHER
    """Country, region, city, site..."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country the place lies in, when known."""
    within: tuple[str, ...] = ()
    """Keys of the places that contain this one, nearest first (region, then country)."""

    def contains(self, other: Place) -> bool:
        """True when ``other`` is this place or lies inside it."""
        return other.key == self.key or self.key in other.within


class EntityKind(StrEnum):
    """What sort of named entity."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    COUNTRY = "country"
    OUTLET = "outlet"
    AGENCY = "agency"
    OTHER = "other"


class Entity(Frozen):
    """A named actor: a person, organisation, government or country."""

    type: Literal["entity"] = "entity"
    """Discriminator: this value is an entity."""
    name: str
    """The name as written ("Pistorius")."""
    key: str
    """Normalised key that survives transliteration and inflection (``belousov``)."""
    kind: EntityKind = EntityKind.OTHER
    """Person, organisation, government, country..."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code the entity belongs to, when known (a government, a ministry)."""
