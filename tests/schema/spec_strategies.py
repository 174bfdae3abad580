"""Hypothesis strategies for valid schema specs (shared by the schema tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from factcheck.schema.base import SchemaSpec, SlotSpec, finish_spec

NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
WORDS = st.from_regex(r"\*?[a-zäöüß][a-zäöüß]{1,8}\*?", fullmatch=True)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"),
    max_size=30,
)
LEXICON = st.dictionaries(
    st.sampled_from(["de", "en", "fr"]),
    st.lists(WORDS, min_size=1, max_size=4).map(tuple),
    max_size=2,
)

QUANTITY_CHECKS: dict[str, st.SearchStrategy[Any]] = {
    "concept": st.one_of(NAMES, st.lists(NAMES, min_size=1, max_size=3)),
    "ge": st.integers(-5, 100),
    "le": st.floats(0, 1e6, allow_nan=False, allow_infinity=False),
    "unit": st.sampled_from(["count", "currency", "percent", "EUR"]),
}
SLOT_CHECKS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "quantity": QUANTITY_CHECKS,
    "place": {
        "within": st.sampled_from(["country:RU", "region:europe", "city:berlin"]),
        "kind": st.sampled_from(["country", "city"]),
        "country": st.lists(st.sampled_from(["RU", "UA", "DE"]), min_size=1, max_size=2),
    },
    "entity": {"one_of": st.lists(NAMES, min_size=1, max_size=2)},
    "text": {"one_of": st.lists(NAMES, min_size=1, max_size=2), "pattern": st.just(r"^\w+")},
    "time": {
        "resolved": st.booleans(),
        "after": st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)).map(dt.date.isoformat),
    },
}


@st.composite
def slot_specs(draw: st.DrawFn, slot_type: str, compared: bool) -> SlotSpec:
    pool = SLOT_CHECKS[slot_type]
    names = draw(st.lists(st.sampled_from(sorted(pool)), unique=True, max_size=2))
    checks = {n: draw(pool[n]) for n in names}
    if compared and slot_type == "quantity" and "concept" not in checks:
        checks["concept"] = draw(NAMES)
    return SlotSpec(
        type=slot_type,
        description=draw(TEXT),
        required=draw(st.booleans()) and not compared,
        lexicon=draw(LEXICON) if compared else {},
        checks=checks,
    )


@st.composite
def specs(draw: st.DrawFn) -> SchemaSpec:
    """A valid, normalised spec: one to three compared quantity slots and a few others."""
    n_cmp = draw(st.integers(1, 3))
    others = draw(st.lists(st.sampled_from(["place", "entity", "text", "time"]), max_size=4))
    names = draw(
        st.lists(NAMES, min_size=n_cmp + len(others), max_size=n_cmp + len(others), unique=True)
    )
    reserved = {
        "name",
        "description",
        "lexicon",
        "identity",
        "compared",
        "temporal",
        "tolerance",
        "checks",
        "spec",
        "copy",
        "json",
        "dict",
        "schema",
        "validate",
        "construct",
        "fields",
        "builtin",
        "register",
    }
    names = [n if n not in reserved else n + "_" for n in names]
    slots: dict[str, SlotSpec] = {}
    for i, name in enumerate(names):
        if i < n_cmp:
            slots[name] = draw(slot_specs("quantity", True))
        else:
            slots[name] = draw(slot_specs(others[i - n_cmp], False))
    rest = names[n_cmp:]
    identity = draw(st.lists(st.sampled_from(rest), unique=True)) if rest else []
    claim_checks: dict[str, Any] = {}
    if len(rest) >= 2 and draw(st.booleans()):
        claim_checks["distinct"] = rest[:2]
    if draw(st.booleans()):
        claim_checks["modality"] = draw(
            st.lists(st.sampled_from(["asserted", "reported", "planned"]), min_size=1, unique=True)
        )
    raw = SchemaSpec(
        name=draw(NAMES),
        description=draw(TEXT),
        lexicon=draw(LEXICON),
        slots=slots,
        compared=tuple(names[:n_cmp]),
        identity=tuple(identity),
        temporal=draw(st.sampled_from(["cumulative", "fixed"])),
        tolerance=draw(st.floats(0, 1, allow_nan=False)),
        checks=claim_checks,
    )
    spec, problems = finish_spec(raw)
    assert spec is not None, problems
    return spec
