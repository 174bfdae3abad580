"""Named checks that claim-schema slots refer to (``ge=0``, ``concept="container"``...).

A check has a name, the slot types it applies to, the type of its argument, and a
function ``fn(value, argument, context) -> bool``. Checks are registered by name in
:data:`factcheck.registry.checks`; a schema, written as a class or as a YAML file,
names them and gives their argument::

    count: Quantity = Slot(concept="container", ge=1)      # in Python

    count:                                                 # in YAML
      type: quantity
      checks: {concept: container, ge: 1}

Slot checks see one slot's value; claim checks (``applies_to=("claim",)``) see the
whole schema instance and are listed under the schema's own ``checks``. Register your
own with :func:`register_check`; a duplicate name is refused, and an unknown name's
error lists the known ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from factcheck.models import Entity, Place, Quantity, TimeRef, UnitKind
from factcheck.registry import checks

if TYPE_CHECKING:
    from factcheck.models import Article, Claim

SlotType = Literal["quantity", "time", "place", "entity", "text"]
"""The types a slot may have (``text`` is a plain string)."""

SLOT_TYPES: tuple[SlotType, ...] = ("quantity", "time", "place", "entity", "text")
CLAIM = "claim"
"""``applies_to`` of a check that sees the whole claim rather than one slot."""


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a check may look at besides the value: the base claim and article it is read
    from (both None when a schema is instantiated directly), and the slot's name."""

    claim: Claim | None = None
    article: Article | None = None
    slot: str | None = None


CheckFunction = Callable[[Any, Any, CheckContext], bool]


@dataclass(frozen=True)
class Check:
    """A registered check. ``argument`` is the type of the argument a schema gives it
    (validated with pydantic when the schema is defined); ``prepare`` turns the validated
    argument into what ``fn`` receives (a compiled pattern...) and may raise ValueError
    with a message for the schema's author."""

    name: str
    applies_to: frozenset[str]
    argument: Any
    fn: CheckFunction
    description: str
    example: str = ""
    prepare: Callable[[Any], Any] | None = None
    builtin: bool = False
    names_slots: bool = False
    """True when the argument is a list of the schema's slot names (checked on definition)."""
    _adapter: Any = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"<Check {self.name} on {', '.join(sorted(self.applies_to))}>"

    def adapter(self) -> Any:
        """The pydantic TypeAdapter of the argument type (built once)."""
        if self._adapter is None:
            from pydantic import TypeAdapter

            object.__setattr__(self, "_adapter", TypeAdapter(self.argument))
        return self._adapter

    def normalise(self, argument: Any) -> Any:
        """The argument validated and in its JSON form (tuples become lists), so that a
        schema written in Python and the same schema read from YAML compare equal.
        Raises pydantic's ValidationError or ValueError."""
        adapter = self.adapter()
        value = adapter.validate_python(argument)
        if self.prepare is not None:
            self.prepare(value)
        return adapter.dump_python(value, mode="json")

    def prepared(self, argument: Any) -> Any:
        """The argument as ``fn`` receives it."""
        value = self.adapter().validate_python(argument)
        return self.prepare(value) if self.prepare is not None else value

    def argument_schema(self) -> dict[str, Any]:
        """JSON Schema of the argument, with the check's description."""
        schema: dict[str, Any] = dict(self.adapter().json_schema())
        schema.pop("title", None)
        schema["description"] = self.description
        return schema


def register_check(
    name: str,
    *,
    applies_to: Iterable[str],
    argument: Any = bool,
    description: str = "",
    example: str = "",
    prepare: Callable[[Any], Any] | None = None,
    names_slots: bool = False,
    replace: bool = False,
) -> Callable[[CheckFunction], CheckFunction]:
    """Decorator: register ``fn(value, argument, context) -> bool`` as the check ``name``.

    ``applies_to`` lists slot types (``quantity``, ``time``, ``place``, ``entity``,
    ``text``) or ``claim`` for a check of the whole claim (``value`` is then the schema
    instance). A duplicate name raises :class:`~factcheck.errors.DuplicateNameError`.
    """
    targets = frozenset(applies_to)
    unknown = targets - {*SLOT_TYPES, CLAIM}
    if unknown or not targets:
        raise ValueError(
            f"check {name!r}: applies_to must name slot types {', '.join(SLOT_TYPES)} "
            f"or {CLAIM!r}; got {sorted(unknown) or 'nothing'}"
        )

    def deco(fn: CheckFunction) -> CheckFunction:
        doc = description or (fn.__doc__ or "").strip().split("\n")[0]
        checks.add(
            name,
            Check(name, targets, argument, fn, doc, example, prepare, _BUILTIN_PHASE, names_slots),
            replace=replace,
        )
        return fn

    return deco


def get_check(name: str) -> Check:
    """The check registered under ``name`` (UnknownNameError lists the known ones)."""
    found = checks.get(name)
    if not isinstance(found, Check):  # pragma: no cover - the registry holds checks only
        raise TypeError(f"registry entry {name!r} is not a Check")
    return found


def builtin_checks() -> list[Check]:
    """The checks shipped with factcheck, by name."""
    return [c for _, c in checks.items() if isinstance(c, Check) and c.builtin]


# -- helpers ------------------------------------------------------------------------------
Names = str | list[str]
"""One name or several."""


def _names(arg: str | Iterable[str]) -> frozenset[str]:
    items = [arg] if isinstance(arg, str) else list(arg)
    return frozenset(x.casefold().strip() for x in items)


def _number(q: Quantity, bound: Literal["low", "high"]) -> float | None:
    """The stated number, or the interval bound that stands in for it."""
    if q.nominal is not None:
        return q.nominal
    return q.low if bound == "low" else q.high


def _regex(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None


def _key_list(arg: str | list[str]) -> tuple[str, ...]:
    keys = (arg,) if isinstance(arg, str) else tuple(arg)
    for k in keys:
        if not re.fullmatch(r"[a-z]+:[\w.\-]+", k):
            raise ValueError(
                f"{k!r} is not a place key; write keys such as 'country:RU', "
                "'region:europe', 'city:berlin'"
            )
    return keys


# -- the built-in checks ------------------------------------------------------------------
_BUILTIN_PHASE = True
"""True while this module registers its own checks (they are marked built-in)."""


@register_check(
    "concept",
    applies_to=("quantity",),
    argument=Names,
    example="concept: [container, shell]",
    description=(
        "The counted thing is one of these: a concept key of the language packs "
        "(container, person, dead), or the counted noun's lemma or surface as written."
    ),
)
def _concept(value: Quantity, arg: Names, ctx: CheckContext) -> bool:
    wanted = _names(arg)
    m = ctx.claim.measure if ctx.claim is not None else None
    if m is not None:
        found = {m.thing.casefold(), m.surface.casefold()}
        if m.concept:
            found.add(m.concept.casefold())
        return bool(found & wanted)
    return value.unit is not None and value.unit.casefold() in wanted


_UNIT_WORDS = {"count", "currency", "percent"}


def _prepare_unit(arg: str) -> str:
    if arg in _UNIT_WORDS or re.fullmatch(r"[A-Z]{3}", arg):
        return arg
    from factcheck.extract.units import unit_registry

    try:
        unit_registry().Unit(arg)
    except Exception:  # pint raises several error types for a bad unit name
        raise ValueError(
            f"{arg!r} is not a unit: write a pint unit (kilometer, tonne), a currency "
            "code (EUR), or one of count, currency, percent"
        ) from None
    return arg


@register_check(
    "unit",
    applies_to=("quantity",),
    argument=str,
    prepare=_prepare_unit,
    example="unit: currency",
    description=(
        "The quantity's unit: 'count' (a count of things), 'currency' (any currency), "
        "'percent', a currency code (EUR), or a pint unit (kilometer): any unit of the "
        "same dimension passes (miles for kilometer)."
    ),
)
def _unit(value: Quantity, arg: str, ctx: CheckContext) -> bool:
    kind = value.unit_kind
    if arg == "count":
        return kind is UnitKind.COUNT
    if arg == "currency":
        return kind is UnitKind.CURRENCY
    if arg == "percent":
        return kind is UnitKind.PERCENT
    if re.fullmatch(r"[A-Z]{3}", arg):
        return kind is UnitKind.CURRENCY and (value.unit or "").upper() == arg
    if kind is not UnitKind.PHYSICAL or not value.unit:
        return False
    from factcheck.extract.units import UnitError, same_dimension

    try:
        return same_dimension(value.unit, arg)
    except UnitError:
        return False


def _bound_check(
    name: str,
    op: Callable[[float, float], bool],
    bound: Literal["low", "high"],
    words: str,
    example: str,
) -> None:
    def fn(value: Quantity, arg: float, ctx: CheckContext) -> bool:
        x = _number(value, bound)
        return x is not None and op(x, arg)

    register_check(
        name,
        applies_to=("quantity",),
        argument=int | float,
        example=f"{name}: {example}",
        description=(
            f"The stated number is {words} the argument (for a vague amount with no "
            f"number, its interval's {bound} bound is used)."
        ),
    )(fn)


_bound_check("ge", lambda x, a: x >= a, "low", "at least", "0")
_bound_check("gt", lambda x, a: x > a, "low", "more than", "0")
_bound_check("le", lambda x, a: x <= a, "high", "at most", "1000000")
_bound_check("lt", lambda x, a: x < a, "high", "less than", "100")


def _key_of(value: object) -> str | None:
    if isinstance(value, Place | Entity):
        return value.key.casefold()
    if isinstance(value, str):
        return value.casefold().strip() or None
    return None


def _text_of(value: object) -> set[str]:
    if isinstance(value, str):
        return {value.casefold().strip()}
    if isinstance(value, Place | Entity):
        return {value.key.casefold(), value.name.casefold()}
    return set()


@register_check(
    "one_of",
    applies_to=("text", "place", "entity"),
    argument=list[str],
    example="one_of: [planned, asserted, reported]",
    description=(
        "The value is one of these (case-insensitive): a text as written, or a place's or "
        "entity's key or name."
    ),
)
def _one_of(value: object, arg: list[str], ctx: CheckContext) -> bool:
    return bool(_text_of(value) & _names(arg))


@register_check(
    "within",
    applies_to=("place",),
    argument=Names,
    prepare=_key_list,
    example="within: [region:europe, country:UA]",
    description=(
        "The place is one of these places or lies inside one of them (by place key: "
        "country:RU, region:europe, city:berlin)."
    ),
)
def _within(value: Place, arg: tuple[str, ...], ctx: CheckContext) -> bool:
    from factcheck.extract.places import contains, place_by_key

    for key in arg:
        outer = place_by_key(key) or Place(name=key, key=key)
        if contains(outer, value):
            return True
    return False


@register_check(
    "kind",
    applies_to=("place", "entity"),
    argument=Names,
    example="kind: [country, region]",
    description=(
        "The place's kind (country, region, city, site, sea) or the entity's kind "
        "(person, organisation, government, country, outlet, agency) is one of these."
    ),
)
def _kind(value: Place | Entity, arg: Names, ctx: CheckContext) -> bool:
    return value.kind.value in _names(arg)


@register_check(
    "country",
    applies_to=("place", "entity"),
    argument=Names,
    example="country: [RU, BY]",
    description="The place lies in, or the entity belongs to, one of these countries (ISO codes).",
)
def _country(value: Place | Entity, arg: Names, ctx: CheckContext) -> bool:
    return value.country is not None and value.country.casefold() in _names(arg)


@register_check(
    "pattern",
    applies_to=("text",),
    argument=str,
    prepare=_regex,
    example="pattern: '^[A-Z]'",
    description="The text contains a match of this regular expression (Python syntax).",
)
def _pattern(value: str, arg: re.Pattern[str], ctx: CheckContext) -> bool:
    return arg.search(value) is not None


@register_check(
    "resolved",
    applies_to=("time",),
    argument=bool,
    example="resolved: true",
    description="With true, the time must have known dates (not an unresolved weekday).",
)
def _resolved(value: TimeRef, arg: bool, ctx: CheckContext) -> bool:
    return value.resolved or not arg


@register_check(
    "after",
    applies_to=("time",),
    argument=dt.date,
    example="after: 2022-02-24",
    description="The time may lie on or after this date (YYYY-MM-DD); unknown bounds pass.",
)
def _after(value: TimeRef, arg: dt.date, ctx: CheckContext) -> bool:
    last = value.end or (value.start if value.kind.value == "point" else None)
    return last is None or last >= arg


@register_check(
    "before",
    applies_to=("time",),
    argument=dt.date,
    example="before: 2025-01-01",
    description="The time may lie on or before this date (YYYY-MM-DD); unknown bounds pass.",
)
def _before(value: TimeRef, arg: dt.date, ctx: CheckContext) -> bool:
    first = value.start
    return first is None or first <= arg


# -- claim checks -------------------------------------------------------------------------
def _slot_names(arg: list[str]) -> list[str]:
    if len(arg) < 2:
        raise ValueError("name at least two slots")
    return arg


@register_check(
    "distinct",
    applies_to=(CLAIM,),
    argument=list[str],
    prepare=_slot_names,
    names_slots=True,
    example="distinct: [origin, destination]",
    description="These slots, where filled, hold different values (by key or text).",
)
def _distinct(value: Any, arg: list[str], ctx: CheckContext) -> bool:
    seen: set[str] = set()
    for name in arg:
        key = _key_of(getattr(value, name, None))
        if key is None:
            continue
        if key in seen:
            return False
        seen.add(key)
    return True


@register_check(
    "any_of",
    applies_to=(CLAIM,),
    argument=list[str],
    names_slots=True,
    example="any_of: [origin, destination]",
    description="At least one of these slots is filled.",
)
def _any_of(value: Any, arg: list[str], ctx: CheckContext) -> bool:
    return any(getattr(value, name, None) not in (None, "") for name in arg)


_MODALITIES = (
    "asserted",
    "reported",
    "planned",
    "alleged",
    "denied",
    "estimated",
    "hypothetical",
)


def _modality_list(arg: list[str]) -> list[str]:
    bad = [m for m in arg if m not in _MODALITIES]
    if bad:
        raise ValueError(f"unknown modality {bad[0]!r}; known: {', '.join(_MODALITIES)}")
    return arg


@register_check(
    "modality",
    applies_to=(CLAIM,),
    argument=list[str],
    prepare=_modality_list,
    example="modality: [asserted, reported, estimated]",
    description=(
        "The base claim's modality is one of these (asserted, reported, planned, alleged, "
        "denied, estimated, hypothetical); passes when there is no base claim."
    ),
)
def _modality(value: Any, arg: list[str], ctx: CheckContext) -> bool:
    return ctx.claim is None or ctx.claim.modality.value in arg


_BUILTIN_PHASE = False


def check_reference() -> list[dict[str, Any]]:
    """The built-in checks as rows (name, applies to, argument, example, description),
    for the reference in docs/schemas.md."""
    rows = []
    for c in builtin_checks():
        rows.append(
            {
                "name": c.name,
                "applies_to": sorted(c.applies_to),
                "argument": _type_words(c.argument_schema()),
                "example": c.example,
                "description": c.description,
            }
        )
    return rows


def _type_words(schema: Mapping[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(dict.fromkeys(_type_words(s) for s in schema["anyOf"]))
    t = schema.get("type")
    if schema.get("format") == "date":
        return "date"
    if t == "array":
        return f"list of {_type_words(schema.get('items', {}))}"
    words = {"string": "text", "number": "number", "integer": "number", "boolean": "true/false"}
    return words.get(str(t), str(t))


__all__ = [
    "CLAIM",
    "SLOT_TYPES",
    "Check",
    "CheckContext",
    "SlotType",
    "builtin_checks",
    "check_reference",
    "get_check",
    "register_check",
]
