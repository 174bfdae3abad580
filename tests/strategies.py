"""Shared hypothesis strategies for every model."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from factcheck.models import (
    Article,
    Attribution,
    Claim,
    DatePrecision,
    Discrepancy,
    DiscrepancyKind,
    Entity,
    EntityKind,
    InputProblem,
    Measure,
    Modality,
    Place,
    PlaceKind,
    PublishedDate,
    Qualifier,
    Quantity,
    Reason,
    ReasonCode,
    Report,
    Severity,
    Source,
    SourceKind,
    Span,
    TimeKind,
    TimeRef,
    UnitKind,
    claim_id,
    discrepancy_id,
)
from factcheck.models.hedge import VAGUE_RANGES

words = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=12
)
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0.001, max_value=1e12, allow_nan=False, allow_infinity=False)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
precisions = st.sampled_from([None, 1.0, 10.0, 100.0, 1000.0, 0.1])
spans = st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(
    lambda t: Span(start=t[0], end=t[0] + t[1])
)

NUMERIC = [q for q in Qualifier if q not in VAGUE_RANGES and q is not Qualifier.RANGE]


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    """Any hedged quantity the hedge table can produce."""
    q = draw(st.sampled_from(list(Qualifier)))
    unit = draw(st.sampled_from([None, "kilometer", "tonne", "Container", "percent"]))
    kind = UnitKind.NONE if unit is None else UnitKind.PHYSICAL
    if q is Qualifier.RANGE:
        a, b = draw(positive), draw(positive)
        return Quantity.hedged(None, q, low=a, high=b, unit=unit, unit_kind=kind)
    if q.is_vague:
        scale = draw(st.sampled_from([1.0, 1e3, 1e6]))
        return Quantity.hedged(None, q, scale=scale, unit=unit, unit_kind=kind)
    n = draw(positive if q in (Qualifier.UP_TO,) else finite)
    return Quantity.hedged(n, q, precision=draw(precisions), unit=unit, unit_kind=kind)


@st.composite
def time_refs(draw: st.DrawFn) -> TimeRef:
    a, b = sorted((draw(dates), draw(dates)))
    resolved = draw(st.booleans())
    return TimeRef(
        start=a if resolved else None,
        end=b if resolved else None,
        precision=draw(st.sampled_from(list(DatePrecision))),
        kind=draw(st.sampled_from(list(TimeKind))),
        phrase=draw(words),
        resolved_against="2024-06" if resolved else "unresolved",
        weekday=draw(st.none() | st.integers(0, 6)),
    )


places = st.builds(
    Place,
    name=words,
    key=words.map(lambda w: f"city:{w.lower()}"),
    kind=st.sampled_from(list(PlaceKind)),
    country=st.none() | st.sampled_from(["RU", "KP", "DE"]),
)
entities = st.builds(
    Entity, name=words, key=words.map(str.lower), kind=st.sampled_from(list(EntityKind))
)
sources = st.builds(
    Source,
    name=words,
    key=words.map(str.lower),
    kind=st.sampled_from(list(SourceKind)),
    role=st.none() | words,
)
attributions = st.builds(
    Attribution, chain=st.lists(sources, max_size=3).map(tuple), phrase=st.none() | words
)
measures = st.builds(
    Measure,
    thing=words,
    concept=st.none() | words,
    surface=words,
    modifiers=st.lists(words, max_size=2).map(tuple),
    origin=st.none() | st.just("country:KP"),
    destination=st.none() | st.just("country:RU"),
)


@st.composite
def claims(draw: st.DrawFn, article: str = "a1") -> Claim:
    span = draw(spans)
    kind = draw(st.sampled_from(["quantity", "date", "event", "place"]))
    value: dict[str, object] = {}
    if kind == "quantity":
        value = {"quantity": draw(quantities()), "measure": draw(st.none() | measures)}
    elif kind == "date":
        value = {"date": draw(time_refs())}
    else:
        value = {"place": draw(places), "event": "meeting", "actors": (draw(entities),)}
    return Claim(
        id=claim_id(article, kind, span),
        article=article,
        span=span,
        kind=kind,
        time=draw(st.none() | time_refs()),
        attribution=draw(attributions),
        modality=draw(st.sampled_from(list(Modality))),
        confidence=draw(st.floats(0, 1)),
        **value,
    )


published_dates = st.one_of(
    st.just(PublishedDate()),
    dates.map(lambda d: PublishedDate(date=d, precision=DatePrecision.DAY)),
    dates.map(lambda d: PublishedDate(date=d.replace(day=1), precision=DatePrecision.MONTH)),
    dates.map(
        lambda d: PublishedDate(date=d.replace(month=1, day=1), precision=DatePrecision.YEAR)
    ),
    dates.map(
        lambda d: PublishedDate(
            date=d.replace(year=d.year - d.year % 10, month=1, day=1),
            precision=DatePrecision.DECADE,
        )
    ),
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(max_size=300))
    return Article(
        id=draw(words),
        path=draw(words) + ".txt",
        text=text,
        body_start=draw(st.integers(0, len(text))),
        published=draw(published_dates),
        source=draw(st.none() | words),
        language=draw(st.sampled_from(["de", "en", "und"])),
    )


@st.composite
def discrepancies(draw: st.DrawFn) -> Discrepancy:
    ids = tuple(sorted(draw(st.lists(words, min_size=1, max_size=3, unique=True))))
    kind = draw(st.sampled_from(list(DiscrepancyKind)))
    return Discrepancy(
        id=discrepancy_id(kind.value, ids),
        kind=kind,
        severity=draw(st.sampled_from(list(Severity))),
        claims=ids,
        explanation=draw(words),
        reasons=tuple(
            draw(
                st.lists(
                    st.builds(Reason, code=st.sampled_from(list(ReasonCode)), text=words),
                    max_size=2,
                )
            )
        ),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    return Report.build(
        articles=draw(st.lists(articles(), max_size=2)),
        claims=draw(st.lists(claims(), max_size=3)),
        discrepancies=draw(st.lists(discrepancies(), max_size=2)),
        errors=draw(
            st.lists(st.builds(InputProblem, path=words, code=words, message=words), max_size=2)
        ),
    )
