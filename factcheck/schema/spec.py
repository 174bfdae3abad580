"""A schema's spec: the data a class statement or a schema file declares (:class:`SchemaSpec`),
validated and normalised by one function (:func:`parse_spec`). Part of
:mod:`factcheck.schema.base`, which re-exports these names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
)

from factcheck.errors import UnknownNameError
from factcheck.models import Entity, Place, Quantity, TimeRef
from factcheck.schema.checks import CLAIM, SlotType, get_check
from factcheck.schema.fields import SOURCES, Source

Temporal = Literal["cumulative", "fixed"]

DECLARATIONS = frozenset(
    {
        "name",
        "description",
        "lexicon",
        "identity",
        "compared",
        "temporal",
        "tolerance",
        "checks",
        "builtin",
        "register",
    }
)
"""Keywords a schema class statement may carry."""

NAME_PATTERN = r"^[a-z][a-z0-9_]*$"
"""Schema and slot names: lower-case letters, digits and underscores."""

LANG_PATTERN = r"^[a-z]{2}$"
"""Lexicon keys: ISO 639-1 language codes (de, en)."""

SLOT_CLASSES: dict[type, SlotType] = {
    Quantity: "quantity",
    TimeRef: "time",
    Place: "place",
    Entity: "entity",
    str: "text",
}
"""The Python type of each slot type."""

_SLOT_NAMESPACE: dict[str, Any] = {
    **{t.__name__: t for t in SLOT_CLASSES},
    "Optional": Optional,
    "Union": Union,
    "None": None,
}

Name = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
LangCode = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
Trigger = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Lexicon = dict[LangCode, tuple[Trigger, ...]]


def _one_or_many(value: Any) -> Any:
    return (value,) if isinstance(value, str) else value


_COMPARED_JSON = {
    "anyOf": [
        {"type": "string", "pattern": NAME_PATTERN},
        {
            "type": "array",
            "items": {"type": "string", "pattern": NAME_PATTERN},
            "minItems": 1,
        },
    ],
    "description": (
        "The slot whose value is compared, or a list of slots (a claim fills one of them: "
        "deaths, injured, missing)."
    ),
}


class SlotSpec(BaseModel):
    """One slot of a schema, as a file writes it (a class writes it as a field)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: SlotType = Field(description="quantity, time, place, entity, or text (a plain string).")
    description: str = Field("", description="What the slot holds, for readers.")
    required: bool = Field(
        False,
        description=(
            "True when a claim without this slot is not a claim of the schema (compared "
            "slots are always filled and never marked required)."
        ),
    )
    source: Source | None = Field(
        None,
        description=(
            "Where the value comes from in the base claim; by default the slot's name and "
            "type decide (origin -> measure.origin, period -> time...)."
        ),
    )
    lexicon: Lexicon = Field(
        default_factory=dict,
        description=(
            "Per language, words next to a value that put it in this slot, when a schema "
            "compares several slots (deaths: [killed, died])."
        ),
    )
    checks: dict[str, Any] = Field(
        default_factory=dict,
        description="Named checks (registered by name) and their arguments: {ge: 0}.",
    )


class SchemaSpec(BaseModel):
    """A claim schema as data: what a YAML file holds and what a class statement says."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Name = Field(description="The registered name; also the kind of the claims.")
    description: str = Field("", description="One line for `factcheck schema list`.")
    lexicon: Lexicon = Field(
        default_factory=dict,
        description=(
            "Per language, trigger words or patterns that announce a claim of this schema "
            "in its sentence: a word (geliefert), a prefix (liefer*), a suffix (*container), "
            "a phrase (ums Leben) or a regular expression (re:...)."
        ),
    )
    slots: dict[Name, SlotSpec] = Field(min_length=1, description="The claim's fields, by name.")
    compared: Annotated[
        tuple[Name, ...], BeforeValidator(_one_or_many), WithJsonSchema(_COMPARED_JSON)
    ] = Field(min_length=1)
    identity: tuple[Name, ...] = Field(
        (),
        description="Slots that must not differ for two claims to speak of the same thing.",
    )
    temporal: Temporal = Field(
        "fixed",
        description=(
            "cumulative: a running total that may grow between dated reports; fixed: one "
            "true value."
        ),
    )
    tolerance: float = Field(
        0.0,
        ge=0.0,
        le=1.0,
        description="Relative difference tolerated beyond the hedges (0.05 = 5 %).",
    )
    checks: dict[str, Any] = Field(
        default_factory=dict,
        description="Named claim checks and their arguments: {distinct: [origin, destination]}.",
    )


@dataclass(frozen=True, slots=True)
class SpecProblem:
    """One thing wrong with a schema definition, at a location in its data
    (``("slots", "count", "checks", "ge")``)."""

    loc: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        """The location as a dotted path (``slots.count.checks.ge``)."""
        return ".".join(str(x) for x in self.loc)


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """A check that a claim's slots did not pass."""

    slot: str | None
    """The slot checked, or None for a check of the whole claim."""
    check: str
    """The check's registered name, the method's name, or ``type`` for a wrong type."""
    reason: str = ""

    def __str__(self) -> str:
        where = f"slot {self.slot!r}" if self.slot else "claim"
        return f"{where}: {self.check} failed" + (f" ({self.reason})" if self.reason else "")


# -- parsing and validating a spec ----------------------------------------------------------
def parse_spec(data: Mapping[str, Any]) -> tuple[SchemaSpec | None, list[SpecProblem]]:
    """Validate raw schema data (from a file or a class statement): the spec, normalised,
    or None and every problem found."""
    try:
        spec = SchemaSpec.model_validate(dict(data))
    except ValidationError as exc:
        return None, [_problem_of(err) for err in exc.errors()]
    return finish_spec(spec)


def _problem_of(err: Any) -> SpecProblem:
    loc = tuple(err["loc"])
    kind = err["type"]
    if loc and loc[-1] == "[key]":
        return SpecProblem(loc[:-1], f"the key {loc[-2]!r}: {err['msg']}")
    if kind == "extra_forbidden":
        allowed = ", ".join(_model_at(loc[:-1]).model_fields)
        return SpecProblem(loc, f"unknown key {loc[-1]!r}; the keys allowed here are: {allowed}")
    if kind == "missing":
        return SpecProblem(loc, f"the required key {loc[-1]!r} is missing")
    got = err.get("input")
    shown = "" if isinstance(got, dict | list) else f" (got {got!r})"
    return SpecProblem(loc, f"wrong value: {err['msg']}{shown}")


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel]:
    if len(loc) == 2 and loc[0] == "slots":
        return SlotSpec
    return SchemaSpec


def finish_spec(spec: SchemaSpec) -> tuple[SchemaSpec | None, list[SpecProblem]]:
    """The checks pydantic cannot make on its own (slot references, check names and
    arguments, sources), and normalisation: check arguments in their JSON form, compared
    slots not marked required."""
    problems: list[SpecProblem] = []
    slots = spec.slots
    compared = spec.compared

    def cmp_loc(i: int) -> tuple[str | int, ...]:
        return ("compared",) if len(compared) == 1 else ("compared", i)

    for i, c in enumerate(compared):
        if c not in slots:
            problems.append(
                SpecProblem(
                    cmp_loc(i),
                    f"the compared slot {c!r} is not declared under slots "
                    f"(declared: {', '.join(slots)})",
                )
            )
    types = {slots[c].type for c in compared if c in slots}
    if len(types) > 1:
        problems.append(
            SpecProblem(("compared",), f"compared slots must share one type, not {sorted(types)}")
        )
    if "text" in types:
        problems.append(
            SpecProblem(
                ("compared",),
                "a text slot cannot be compared; compare a quantity, time, place or entity",
            )
        )
    for i, n in enumerate(spec.identity):
        if n not in slots:
            problems.append(
                SpecProblem(
                    ("identity", i),
                    f"the identity slot {n!r} is not declared under slots "
                    f"(declared: {', '.join(slots)})",
                )
            )
        elif n in compared:
            problems.append(
                SpecProblem(
                    ("identity", i),
                    f"{n!r} is compared; an identity slot says which claims speak of the same "
                    "thing, so it cannot be the value that is compared",
                )
            )
    _lexicon_problems(spec.lexicon, ("lexicon",), problems)

    known = all(c in slots for c in compared)
    new_slots: dict[str, SlotSpec] = {}
    for name, slot in slots.items():
        new_slots[name] = _finish_slot(name, slot, name in compared, known, problems)
    new_checks = _finish_checks(spec.checks, ("checks",), CLAIM, problems, slots)

    if not spec.lexicon and types <= {"quantity"}:
        gated = any({"concept", "unit"} & set(slots[c].checks) for c in compared if c in slots)
        if not gated:
            problems.append(
                SpecProblem(
                    ("lexicon",),
                    "with no lexicon and no concept or unit check on a compared slot the "
                    "schema would take every number; give trigger words or say what is counted",
                )
            )
    if problems:
        return None, problems
    return spec.model_copy(update={"slots": new_slots, "checks": new_checks}), []


def _finish_slot(
    name: str, slot: SlotSpec, compared: bool, known: bool, problems: list[SpecProblem]
) -> SlotSpec:
    loc: tuple[str | int, ...] = ("slots", name)
    if name in reserved_names():
        problems.append(
            SpecProblem(loc, f"{name!r} is a schema attribute and cannot be a slot; rename it")
        )
    if slot.type == "quantity" and not compared and known:
        problems.append(
            SpecProblem(
                (*loc, "type"),
                "a claim carries one number, so a quantity slot must be compared; "
                "add it to compared",
            )
        )
    if slot.source is not None:
        fills, _ = SOURCES[slot.source]
        if slot.source == "value" and not compared:
            problems.append(
                SpecProblem((*loc, "source"), "only compared slots take the claim's value")
            )
        elif compared and slot.source != "value":
            problems.append(
                SpecProblem(
                    (*loc, "source"),
                    "a compared slot is filled with the claim's value; leave out source",
                )
            )
        elif slot.type not in fills:
            problems.append(
                SpecProblem(
                    (*loc, "source"),
                    f"source {slot.source!r} cannot fill a {slot.type} slot "
                    f"(it fills {', '.join(sorted(fills))} slots)",
                )
            )
    _lexicon_problems(slot.lexicon, (*loc, "lexicon"), problems)
    checks = _finish_checks(slot.checks, (*loc, "checks"), slot.type, problems, {})
    return slot.model_copy(update={"checks": checks, "required": slot.required and not compared})


def _finish_checks(
    given: Mapping[str, Any],
    loc: tuple[str | int, ...],
    target: str,
    problems: list[SpecProblem],
    slots: Mapping[str, SlotSpec],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for cname, arg in given.items():
        cloc = (*loc, cname)
        try:
            chk = get_check(cname)
        except UnknownNameError as exc:
            problems.append(
                SpecProblem(cloc, f"unknown check {cname!r}; known checks: {', '.join(exc.known)}")
            )
            continue
        if target not in chk.applies_to:
            if CLAIM in chk.applies_to:
                hint = "it checks the whole claim: list it under the schema's checks"
            elif target == CLAIM:
                hint = f"it checks {', '.join(sorted(chk.applies_to))} slots: list it under a slot"
            else:
                hint = f"it applies to {', '.join(sorted(chk.applies_to))} slots"
            what = "the claim" if target == CLAIM else f"a {target} slot"
            problems.append(SpecProblem(cloc, f"check {cname!r} does not apply to {what}; {hint}"))
            continue
        try:
            out[cname] = chk.normalise(arg)
        except ValidationError as exc:
            first = exc.errors()[0]
            problems.append(
                SpecProblem(
                    cloc,
                    f"wrong argument for check {cname!r}: {first['msg']} (got {arg!r}); "
                    f"for example {chk.example}",
                )
            )
            continue
        except ValueError as exc:
            problems.append(SpecProblem(cloc, f"wrong argument for check {cname!r}: {exc}"))
            continue
        if chk.names_slots:
            for i, s in enumerate(out[cname]):
                if s not in slots:
                    problems.append(
                        SpecProblem(
                            (*cloc, i),
                            f"check {cname!r} names {s!r}, which is not a slot "
                            f"(slots: {', '.join(slots)})",
                        )
                    )
    return out


def _lexicon_problems(
    lexicon: Mapping[str, Sequence[str]], loc: tuple[str | int, ...], problems: list[SpecProblem]
) -> None:
    for lang, words in lexicon.items():
        for i, w in enumerate(words):
            if w.startswith("re:"):
                try:
                    re.compile(w[3:])
                except re.error as exc:
                    problems.append(
                        SpecProblem((*loc, lang, i), f"{w!r} is not a regular expression ({exc})")
                    )
            elif w.strip("*") == "" or "**" in w:
                problems.append(
                    SpecProblem(
                        (*loc, lang, i),
                        f"{w!r} is not a trigger; write a word, liefer*, *container, or re:...",
                    )
                )


_RESERVED: set[str] = set(DECLARATIONS)
"""Filled with the attributes of :class:`~factcheck.schema.base.ClaimSchema` when that
module defines the class (this module cannot import it: the base imports the spec)."""


def reserved_names() -> set[str]:
    """Names a slot may not take: the attributes of :class:`ClaimSchema`."""
    return _RESERVED
