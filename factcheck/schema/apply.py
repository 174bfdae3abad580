"""Turn an article's claims into claims of user schemas.

:func:`apply_schemas` runs after extraction. A base claim becomes a claim of schema S
(precision first: every condition must hold) when

1. **its kind fits** S's compared slots: quantity claims for quantity slots; event, date
   and place claims for time and place slots; claims stating an entity for entity slots;
2. **S is announced**: a lexicon word of the article's language stands in the claim's
   sentence. A schema with no lexicon for that language is announced by its checks
   alone, and only when a compared slot declares a ``concept`` or ``unit`` check;
3. **the value fits a compared slot**: it passes that slot's checks (``concept``,
   ``unit``, ``ge``...). When it fits several (deaths, injured), the slot whose
   slot-lexicon word stands next to the value wins (after it, then before it, up to the
   neighbouring numbers); with no such word the claim is ambiguous and is left alone;
4. **every filled slot passes its checks**, required slots are filled, and the schema's
   claim checks and method checks pass.

Otherwise the claim stays as it was. Schemas are tried in the order given; the first
that takes a claim wins.

A schema claim keeps the base claim's span, quote, sentence, attribution, modality,
time, value and confidence; its ``kind`` is the schema's name, its id is
``claim_id(article, schema, span)``, and its ``slots`` hold the filled slots. Its
measure's concept becomes ``<schema>.<slot>`` (and a measure with no subject gets one),
so the reconciler compares the values of one slot, with the schema's identity slots
deciding which claims speak of the same thing; ``cumulative`` follows the schema's
``temporal``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.models import (
    Article,
    Claim,
    Entity,
    EntityKind,
    Measure,
    Place,
    PlaceKind,
    SourceKind,
    Span,
    UnitKind,
    claim_id,
)
from factcheck.schema.base import ClaimSchema, check_slot, register_schema
from factcheck.schema.fields import default_source


@dataclass(frozen=True, slots=True)
class _Window:
    """Where a value's neighbourhood lies: from the previous number to the next one,
    within the sentence."""

    before: tuple[int, int]
    after: tuple[int, int]


def apply_schemas(
    claims: list[Claim], article: Article, schemas: Sequence[type[ClaimSchema]]
) -> list[Claim]:
    """The article's claims, with those that match a schema turned into its claims (see
    the module for the rule). Schemas not yet registered are registered, since the
    reconciler looks their rules up by name."""
    users = [s for s in schemas if not s.builtin and s.spec is not None]
    if not users or not claims:
        return list(claims)
    for s in users:
        register_schema(s)
    from factcheck.lang import pack_code

    lang = pack_code(article.language)
    windows = _windows(claims, article)
    out = []
    for claim in claims:
        new = None
        for schema in users:
            new = to_schema_claim(schema, claim, article, lang=lang, window=windows.get(claim.id))
            if new is not None:
                break
        out.append(new or claim)
    return sorted(out, key=lambda c: (c.span.start, c.span.end, c.kind, c.id))


def to_schema_claim(
    schema: type[ClaimSchema],
    claim: Claim,
    article: Article,
    *,
    lang: str | None = None,
    window: _Window | None = None,
) -> Claim | None:
    """``claim`` as a claim of ``schema``, or None when it does not match."""
    spec = schema.spec
    if spec is None or claim.kind != _base_kind(claim):
        return None
    compared_type = spec.slots[spec.compared[0]].type
    value = _value_of(claim, compared_type)
    if value is None:
        return None
    if lang is None:
        from factcheck.lang import pack_code

        lang = pack_code(article.language)
    text = article.text
    sentence = claim.sentence or Span(start=0, end=len(text))
    trigger = _find(schema.lexicon.get(lang, ()), text, sentence.start, sentence.end)
    if trigger is None and (lang in schema.lexicon or not _gated(schema)):
        return None
    slot = _compared_slot(schema, value, claim, article, lang, window)
    if slot is None:
        return None
    values: dict[str, Any] = {slot: value}
    for name, s in spec.slots.items():
        if name in spec.compared:
            continue
        source = s.source or default_source(name, s.type, False)
        if source is None:
            continue
        got = _from_source(source, s.type, claim, article, lang, trigger)
        if got is not None:
            values[name] = got
    instance, _failures = schema.check_values(values, claim=claim, article=article)
    if instance is None:
        return None
    slots = {
        k: v
        for k in type(instance).model_fields
        if (v := getattr(instance, k)) is not None and v != ""
    }
    discriminator = claim.slots.get("value", "")
    return claim.model_copy(
        update={
            "id": claim_id(
                article.id,
                schema.name,
                claim.span,
                discriminator if isinstance(discriminator, str) else "",
            ),
            "kind": schema.name,
            "slots": slots,
            "measure": _measure(claim, schema, slot),
        }
    )


# -- matching -----------------------------------------------------------------------------
def _base_kind(claim: Claim) -> str:
    return claim.kind if claim.kind in ("quantity", "date", "event", "place") else ""


def _value_of(claim: Claim, slot_type: str) -> Any:
    if slot_type == "quantity":
        return claim.quantity if claim.kind == "quantity" else None
    if slot_type == "place":
        return claim.place if claim.kind in ("event", "place") else None
    if slot_type == "time":
        return claim.date if claim.kind in ("event", "date") else None
    if slot_type == "entity":
        return claim.entity
    return None


def _gated(schema: type[ClaimSchema]) -> bool:
    spec = schema.spec
    assert spec is not None
    return any({"concept", "unit"} & set(spec.slots[c].checks) for c in spec.compared)


def _compared_slot(
    schema: type[ClaimSchema],
    value: Any,
    claim: Claim,
    article: Article,
    lang: str,
    window: _Window | None,
) -> str | None:
    spec = schema.spec
    assert spec is not None
    fits = [
        s for s in spec.compared if not check_slot(schema, s, value, claim=claim, article=article)
    ]
    if len(fits) <= 1:
        return fits[0] if fits else None
    if window is None:
        return None
    text = article.text
    for a, b in (window.after, window.before):
        cued = [s for s in fits if _find(spec.slots[s].lexicon.get(lang, ()), text, a, b)]
        if cued:
            return cued[0] if len(cued) == 1 else _nearest(cued, spec, lang, text, a, b)
    return None


def _nearest(slots: list[str], spec: Any, lang: str, text: str, a: int, b: int) -> str:
    """Of several cued slots, the one whose word stands closest to the value."""

    def distance(slot: str) -> int:
        m = _pattern(tuple(spec.slots[slot].lexicon.get(lang, ()))).search(text, a, b)
        assert m is not None
        return min(abs(m.start() - a), abs(b - m.end()))

    return min(slots, key=distance)


def _windows(claims: list[Claim], article: Article) -> dict[str, _Window]:
    """Per quantity claim, the text between it and its neighbouring numbers."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.kind == "quantity" and c.sentence is not None:
            by_sentence.setdefault((c.sentence.start, c.sentence.end), []).append(c)
    out: dict[str, _Window] = {}
    for (s, e), group in by_sentence.items():
        group.sort(key=lambda c: c.span.start)
        for i, c in enumerate(group):
            prev_end = group[i - 1].span.end if i else s
            next_start = group[i + 1].span.start if i + 1 < len(group) else e
            out[c.id] = _Window((prev_end, c.span.start), (c.span.end, max(c.span.end, next_start)))
    return out


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a lexicon's words (see the file format: word, prefix*, *suffix,
    phrase, re:REGEX), case-insensitive."""
    alts = []
    for w in words:
        if w.startswith("re:"):
            alts.append(f"(?:{w[3:]})")
            continue
        lead, trail = w.startswith("*"), w.endswith("*")
        core = r"\s+".join(re.escape(p) for p in w.strip("*").split())
        alts.append(
            ("[\\w-]*" if lead else "(?<![\\w])") + core + ("[\\w-]*" if trail else "(?![\\w])")
        )
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(alts), re.IGNORECASE)


def _find(words: Sequence[str], text: str, start: int, end: int) -> str | None:
    """The first lexicon word found in ``text[start:end]``, as written."""
    if not words:
        return None
    m = _pattern(tuple(words)).search(text, start, end)
    return m.group() if m else None


# -- filling slots ------------------------------------------------------------------------
_ENTITY_KINDS = {
    SourceKind.PERSON: EntityKind.PERSON,
    SourceKind.ORGANISATION: EntityKind.ORGANISATION,
    SourceKind.GOVERNMENT: EntityKind.GOVERNMENT,
    SourceKind.OUTLET: EntityKind.OUTLET,
    SourceKind.AGENCY: EntityKind.AGENCY,
}


def _from_source(
    source: str,
    slot_type: str,
    claim: Claim,
    article: Article,
    lang: str,
    trigger: str | None,
) -> Any:
    m = claim.measure
    if source.startswith("measure."):
        if m is None:
            return None
        field = source.split(".", 1)[1]
        if field == "concept":
            return m.concept or m.thing
        if field == "content":
            return ", ".join(m.content) or None
        if field in ("thing", "surface"):
            return getattr(m, field) or None
        key = m.origin if field == "origin" else m.destination
        return None if key is None else _from_key(key, slot_type)
    if source == "time":
        t = claim.time
        if t is None:
            return None
        return t if slot_type == "time" else (t.phrase or t.describe())
    if source == "location":
        place = claim.location or (claim.place if claim.kind != "quantity" else None)
        if place is None:
            place = _sentence_place(claim, article, lang)
        if place is None:
            return None
        return place if slot_type == "place" else place.name
    if source == "attribution":
        src = claim.attribution.primary
        if src is None:
            return None
        if slot_type == "text":
            return src.name
        return Entity(
            name=src.name,
            key=src.key,
            kind=_ENTITY_KINDS.get(src.kind, EntityKind.OTHER),
            country=src.country,
        )
    if source == "actors":
        if not claim.actors:
            return None
        return claim.actors[0] if slot_type == "entity" else ", ".join(a.name for a in claim.actors)
    if source == "event":
        return claim.event or trigger
    if source == "modality":
        return claim.modality.value
    if source == "trigger":
        return trigger
    return None


def _from_key(key: str, slot_type: str) -> Any:
    if slot_type == "text":
        return key
    place = _place(key)
    if slot_type == "place":
        return place
    return Entity(
        name=place.name,
        key=place.key,
        kind=EntityKind.COUNTRY if place.kind is PlaceKind.COUNTRY else EntityKind.OTHER,
        country=place.country,
    )


def _place(key: str) -> Place:
    from factcheck.extract.places import place_by_key

    found = place_by_key(key)
    return found if found is not None else Place(name=key.split(":", 1)[-1], key=key)


def _sentence_place(claim: Claim, article: Article, lang: str) -> Place | None:
    """The first place named in the claim's sentence that is not where the counted
    things come from or go to."""
    if claim.sentence is None or not lang:
        return None
    from factcheck.extract.places import find_places

    m = claim.measure
    skip = {k for k in ((m.origin, m.destination) if m else ()) if k}
    for pm in find_places(article.text, lang, start=claim.sentence.start, end=claim.sentence.end):
        p = pm.place
        keys = {p.key, f"country:{p.country}" if p.country else p.key}
        if not keys & skip:
            return p
    return None


def _measure(claim: Claim, schema: type[ClaimSchema], slot: str) -> Measure | None:
    m, q = claim.measure, claim.quantity
    if m is None or q is None:
        return m
    key = f"{schema.name}.{slot}"
    thing = m.thing
    if q.unit_kind is not UnitKind.COUNT and ":" not in thing:
        thing = f"{thing}:{key}"
    return m.model_copy(
        update={
            "concept": key,
            "thing": thing,
            "surface": m.surface or m.thing,
            "cumulative": schema.temporal == "cumulative",
        }
    )


def value_slot(claim: Claim) -> str | None:
    """The slot of a schema claim that holds its value (None for a base claim)."""
    value = claim.value
    if value is None:
        return None
    return next((name for name, v in claim.slots.items() if v == value), None)


__all__ = ["apply_schemas", "to_schema_claim", "value_slot"]
