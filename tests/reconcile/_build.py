"""Hand-built claims and articles for the reconciliation tests.

Every helper takes only what a test cares about and fills in the rest the way the
extractor would (a stable id from the article and span, a quote, a sentence span).
"""

from __future__ import annotations

import datetime as dt
import itertools

from factcheck.load import read_article
from factcheck.models import (
    Article,
    Attribution,
    Claim,
    DatePrecision,
    Entity,
    EntityKind,
    Measure,
    Modality,
    Place,
    PlaceKind,
    PublishedDate,
    Qualifier,
    Quantity,
    Source,
    SourceKind,
    Span,
    TimeKind,
    TimeRef,
    UnitKind,
    claim_id,
)

_offsets = itertools.count(0, 200)


def article(
    id: str, published: str | None = None, *, text: str = "", language: str = "en"
) -> Article:
    """An article with a publication date known to the day (``2024-05-04``), the month
    (``2024-05``) or not at all."""
    pub = PublishedDate()
    if published is not None:
        parts = [int(x) for x in published.split("-")]
        if len(parts) == 3:
            pub = PublishedDate(date=dt.date(*parts), precision=DatePrecision.DAY)
        else:
            pub = PublishedDate(date=dt.date(parts[0], parts[1], 1), precision=DatePrecision.MONTH)
    return Article(id=id, path=f"{id}.txt", text=text or "-", published=pub, language=language)


def source(
    name: str,
    key: str | None = None,
    *,
    kind: SourceKind = SourceKind.ORGANISATION,
    country: str | None = None,
    role: str | None = None,
) -> Source:
    return Source(name=name, key=key or name.casefold(), kind=kind, country=country, role=role)


def said(*chain: Source) -> Attribution:
    return Attribution(chain=tuple(chain), phrase="said")


def quantity(
    article_id: str,
    nominal: float | None,
    thing: str,
    *,
    qualifier: Qualifier = Qualifier.EXACT,
    precision: float | None = None,
    unit: str | None = None,
    unit_kind: UnitKind = UnitKind.COUNT,
    concept: str | None = None,
    surface: str | None = None,
    modifiers: tuple[str, ...] = (),
    content: tuple[str, ...] = (),
    origin: str | None = None,
    destination: str | None = None,
    cumulative: bool | None = None,
    scope: tuple[str, ...] = (),
    inferred: bool = False,
    time: TimeRef | None = None,
    attribution: Attribution | None = None,
    modality: Modality = Modality.ASSERTED,
    low: float | None = None,
    high: float | None = None,
    scale: float = 1.0,
    start: int | None = None,
    sentence: Span | None = None,
    kind: str = "quantity",
) -> Claim:
    """A quantity claim. Counts (the default) are blocked by ``concept`` (``thing``
    lower-cased when not given); physical quantities need a ``thing`` with a subject
    (``length:bridge``) and a pint ``unit``."""
    q = Quantity.hedged(
        nominal,
        qualifier,
        unit=unit or (thing if unit_kind is UnitKind.COUNT else None),
        unit_kind=unit_kind,
        precision=precision,
        low=low,
        high=high,
        scale=scale,
    )
    pos = next(_offsets) if start is None else start
    span = Span(start=pos, end=pos + 20)
    return Claim(
        id=claim_id(article_id, kind, span),
        article=article_id,
        span=span,
        quote=q.describe(),
        sentence=sentence or Span(start=pos, end=pos + 100),
        kind=kind,
        measure=Measure(
            thing=thing,
            concept=concept
            if concept is not None
            else (thing.casefold() if unit_kind is UnitKind.COUNT else None),
            surface=surface if surface is not None else thing,
            modifiers=modifiers,
            content=content,
            origin=origin,
            destination=destination,
            cumulative=cumulative,
            scope=scope,
            inferred=inferred,
        ),
        quantity=q,
        time=time,
        attribution=attribution or Attribution(),
        modality=modality,
        confidence=0.9,
    )


def day(iso: str, *, weekday: int | None = None, phrase: str = "") -> TimeRef:
    d = dt.date.fromisoformat(iso)
    return TimeRef(
        start=d,
        end=d,
        precision=DatePrecision.DAY,
        phrase=phrase or iso,
        weekday=weekday,
        resolved_against="2024-06",
    )


def month(year: int, m: int, *, kind: TimeKind = TimeKind.POINT) -> TimeRef:
    first = dt.date(year, m, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return TimeRef(
        start=first, end=last, precision=DatePrecision.MONTH, kind=kind, phrase=f"{year}-{m:02d}"
    )


def weekday(name: int, *, phrase: str = "") -> TimeRef:
    """A weekday of an undated article: unresolved."""
    return TimeRef(weekday=name, phrase=phrase or f"day {name}", resolved_against="unresolved")


def person(name: str, key: str | None = None) -> Entity:
    from factcheck.extract.names import name_key

    return Entity(name=name, key=key or name_key(name), kind=EntityKind.PERSON)


def place(name: str, key: str, kind: PlaceKind, *within: str, country: str = "RU") -> Place:
    return Place(name=name, key=key, kind=kind, country=country, within=tuple(within))


RUSSIA = place("Russia", "country:RU", PlaceKind.COUNTRY)
VLADIVOSTOK = place(
    "Vladivostok", "city:vladivostok", PlaceKind.CITY, "region:ru-primorsky", "country:RU"
)
VOSTOCHNY = place(
    "Vostochny cosmodrome", "site:vostochny", PlaceKind.SITE, "region:ru-amur", "country:RU"
)
KHABAROVSK = place(
    "Khabarovsk", "city:khabarovsk", PlaceKind.CITY, "region:ru-khabarovsk", "country:RU"
)
PYONGYANG = place("Pyongyang", "city:pyongyang", PlaceKind.CITY, "country:KP", country="KP")


def event(
    article_id: str,
    event_type: str,
    actors: tuple[Entity, ...],
    *,
    place: Place | None = None,
    time: TimeRef | None = None,
    date: TimeRef | None = None,
    location: Place | None = None,
    modality: Modality = Modality.ASSERTED,
    attribution: Attribution | None = None,
    start: int | None = None,
) -> Claim:
    """An event claim: its value is a ``place`` (with the ``time`` it happened) or a
    ``date`` (with the ``location``)."""
    pos = next(_offsets) if start is None else start
    span = Span(start=pos, end=pos + 12)
    value = "place" if place is not None else "date"
    return Claim(
        id=claim_id(article_id, "event", span, value),
        article=article_id,
        span=span,
        quote=(place.name if place is not None else (date.phrase if date else "")),
        sentence=Span(start=pos, end=pos + 100),
        kind="event",
        event=event_type,
        actors=actors,
        place=place,
        time=time,
        date=date,
        location=location,
        modality=modality,
        attribution=attribution or Attribution(),
        confidence=0.7,
        slots={"value": value},
    )


def from_text(text: str, *, id: str, language: str, published: str | None = None) -> Article:
    """An article read from text, as a user builds one (metadata line allowed)."""
    return read_article(text, id=id, language=language, published=published)


__all__ = [
    "KHABAROVSK",
    "PYONGYANG",
    "RUSSIA",
    "VLADIVOSTOK",
    "VOSTOCHNY",
    "article",
    "day",
    "event",
    "from_text",
    "month",
    "person",
    "place",
    "quantity",
    "said",
    "source",
    "weekday",
]
