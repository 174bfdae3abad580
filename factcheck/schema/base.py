"""``ClaimSchema``: the base of every claim type, built-in or written by users.

A schema is a pydantic model whose fields are the claim's *slots* (a count, a cargo, an
origin...), plus class-level declarations that tell the extractor and the reconciler how
to treat the claim:

- ``name``: the registered name (the claim's ``kind``);
- ``description``: one line for ``factcheck schema list`` (default: the docstring);
- ``lexicon``: per language, the trigger words that announce such a claim;
- ``identity``: the slots that make two claims speak of "the same thing";
- ``compared``: the slot (or slots) whose values are compared;
- ``temporal``: ``"cumulative"`` (a running total that may grow between dated reports)
  or ``"fixed"`` (one true value);
- ``tolerance``: relative difference tolerated beyond the hedges (0.05 = 5 %);
- ``checks``: named claim checks (``{"distinct": ["origin", "destination"]}``);
- ``register``: ``True`` to register the schema by name when the class is created.

Declare them as keyword arguments of the class statement::

    class CrowdSize(ClaimSchema, name="crowd_size", compared="count", temporal="fixed",
                    lexicon={"en": ["rally", "protest*"]}):
        count: Quantity = Slot(concept=["person", "protester"], ge=1)
        place: Place | None = None

A class statement and a YAML file (:mod:`factcheck.schema.files`) both produce a
:class:`SchemaSpec`, validated by one function (:func:`parse_spec`); a file's spec is
turned into a class by :func:`build_schema`, which goes through the class statement's
machinery again, so the two ways cannot drift apart.
"""

from __future__ import annotations

import inspect
import re
import weakref
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, ForwardRef, Self, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    create_model,
    model_validator,
)
from pydantic_core import PydanticUndefined

from factcheck.errors import SchemaDefinitionError
from factcheck.schema.checks import CheckContext, SlotType, get_check
from factcheck.schema.fields import Slot, check_marks, slot_options
from factcheck.schema.spec import (
    _RESERVED,
    _SLOT_NAMESPACE,
    SLOT_CLASSES,
)
from factcheck.schema.spec import (
    DECLARATIONS as DECLARATIONS,
)
from factcheck.schema.spec import (
    CheckFailure as CheckFailure,
)
from factcheck.schema.spec import (
    SchemaSpec as SchemaSpec,
)
from factcheck.schema.spec import (
    SlotSpec as SlotSpec,
)
from factcheck.schema.spec import (
    SpecProblem as SpecProblem,
)
from factcheck.schema.spec import (
    Temporal as Temporal,
)
from factcheck.schema.spec import (
    finish_spec as finish_spec,
)
from factcheck.schema.spec import (
    parse_spec as parse_spec,
)
from factcheck.schema.spec import (
    reserved_names as reserved_names,
)

__all__ = [
    "DECLARATIONS",
    "CheckFailure",
    "ClaimSchema",
    "SchemaSpec",
    "SlotSpec",
    "SpecProblem",
    "Temporal",
    "build_schema",
    "check_slot",
    "finish_spec",
    "parse_spec",
    "register_schema",
    "reserved_names",
    "same_definition",
    "unregister_schema",
]


# -- the base class -----------------------------------------------------------------------
_REGISTER_ON_CREATE: set[str] = set()
_PREPARED: weakref.WeakKeyDictionary[type, list[tuple[str | None, str, Any, Any]]] = (
    weakref.WeakKeyDictionary()
)

MethodCheck = tuple[str, str, tuple[str, ...], Callable[..., Any]]


class ClaimSchema(BaseModel):
    """Base class of claim schemas. Subclass it with keyword declarations (see module)."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    name: ClassVar[str] = "claim"
    description: ClassVar[str] = ""
    lexicon: ClassVar[dict[str, tuple[str, ...]]] = {}
    identity: ClassVar[tuple[str, ...]] = ()
    compared: ClassVar[str] = ""
    compared_slots: ClassVar[tuple[str, ...]] = ()
    temporal: ClassVar[Temporal] = "fixed"
    tolerance: ClassVar[float] = 0.0
    checks: ClassVar[dict[str, Any]] = {}
    builtin: ClassVar[bool] = False
    spec: ClassVar[SchemaSpec | None] = None
    """The schema as data (None for the four built-in base kinds)."""
    defined_in: ClassVar[str] = ""
    """Where the schema was defined: a file path, or ``module.Class``."""
    method_checks: ClassVar[tuple[MethodCheck, ...]] = ()
    """Checks written as decorated methods: (name, "slot" or "claim", slots, function)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        declared = {k: kwargs.pop(k) for k in list(kwargs) if k in DECLARATIONS}
        super().__init_subclass__(**kwargs)
        if declared.pop("register", False):
            _REGISTER_ON_CREATE.add(f"{cls.__module__}.{cls.__qualname__}")
        for key, value in declared.items():
            setattr(cls, key, value)
        if "name" not in declared:
            cls.name = _snake(cls.__name__)
        if "builtin" not in declared:
            cls.builtin = False
        if "description" not in declared:
            cls.description = ""
        if "compared" not in declared and len(cls.compared_slots) > 1:
            cls.compared = list(cls.compared_slots)  # type: ignore[assignment]

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Class keywords were consumed by ``__init_subclass__``; here the class becomes a
        :class:`SchemaSpec`, validated like a file's."""
        if cls.builtin:
            cls.lexicon = {k: tuple(v) for k, v in dict(cls.lexicon).items()}
            cls.identity = tuple(cls.identity)
            cls.compared_slots = (cls.compared,)
            return
        if not cls.__pydantic_complete__:
            # string annotations that pydantic could not resolve from the module (a class
            # defined in exec'd code): the slot types are a closed set, resolve them here
            cls.model_rebuild(_types_namespace=_SLOT_NAMESPACE, raise_errors=False)
        spec = _spec_of_class(cls)
        cls.spec = spec
        cls.name = spec.name
        cls.description = spec.description
        cls.lexicon = dict(spec.lexicon)
        cls.identity = spec.identity
        cls.compared = spec.compared[0]
        cls.compared_slots = spec.compared
        cls.temporal = spec.temporal
        cls.tolerance = spec.tolerance
        cls.checks = dict(spec.checks)
        cls.defined_in = f"{cls.__module__}.{cls.__qualname__}"
        cls.method_checks = _method_checks(cls)
        key = f"{cls.__module__}.{cls.__qualname__}"
        if key in _REGISTER_ON_CREATE:
            _REGISTER_ON_CREATE.discard(key)
            register_schema(cls)

    @classmethod
    def schema_name(cls) -> str:
        """The registered name; also the ``kind`` of the claims it produces."""
        return cls.name

    @classmethod
    def describe(cls) -> dict[str, Any]:
        """A JSON-able description of the schema: its declarations and slots."""
        from factcheck.schema.fields import default_source

        out: dict[str, Any] = {
            "name": cls.name,
            "description": cls.description or (cls.__doc__ or "").strip().split("\n")[0],
            "lexicon": {k: list(v) for k, v in cls.lexicon.items()},
            "identity": list(cls.identity),
            "compared": cls.compared,
            "temporal": cls.temporal,
            "tolerance": cls.tolerance,
        }
        if cls.spec is None:
            out["slots"] = {
                n: {"type": _type_name(f.annotation), "description": f.description or ""}
                for n, f in cls.model_fields.items()
            }
            return out
        out["compared"] = cls.compared if len(cls.compared_slots) == 1 else list(cls.compared_slots)
        out["slots"] = {
            n: {
                "type": s.type,
                "description": s.description,
                "required": s.required,
                "source": s.source or default_source(n, s.type, n in cls.compared_slots),
                **({"lexicon": {k: list(v) for k, v in s.lexicon.items()}} if s.lexicon else {}),
                "checks": dict(s.checks),
            }
            for n, s in cls.spec.slots.items()
        }
        out["checks"] = dict(cls.checks)
        out["method_checks"] = [
            {"name": m[0], "kind": m[1], "slots": list(m[2])} for m in cls.method_checks
        ]
        out["defined_in"] = cls.defined_in
        return out

    @classmethod
    def check_values(
        cls,
        values: Mapping[str, Any],
        *,
        claim: Any = None,
        article: Any = None,
    ) -> tuple[Self | None, list[CheckFailure]]:
        """Validate slot values and run every check, collecting all failures: the schema
        instance (None when anything failed) and the failures."""
        failures: list[CheckFailure] = []
        context = {"claim": claim, "article": article, "failures": failures}
        try:
            instance = cls.model_validate(dict(values), context=context)
        except ValidationError as exc:
            for err in exc.errors():
                slot = str(err["loc"][0]) if err["loc"] else None
                failures.append(CheckFailure(slot, "type", err["msg"]))
            return None, failures
        return (None if failures else instance), failures

    @model_validator(mode="after")
    def _run_checks(self, info: ValidationInfo) -> Self:
        cls = type(self)
        if cls.spec is None:
            return self
        context = info.context if isinstance(info.context, dict) else {}
        failures = _failures(self, context.get("claim"), context.get("article"))
        sink = context.get("failures")
        if isinstance(sink, list):
            sink.extend(failures)
            return self
        if failures:
            raise ValueError("; ".join(str(f) for f in failures))
        return self


_RESERVED.update(n for n in dir(ClaimSchema) if not n.startswith("_"))


def _failures(instance: ClaimSchema, claim: Any, article: Any) -> list[CheckFailure]:
    cls = type(instance)
    out: list[CheckFailure] = []
    if cls.compared_slots and all(getattr(instance, s) is None for s in cls.compared_slots):
        out.append(CheckFailure(None, "compared", "no compared slot is filled"))
    for name in cls.model_fields:
        value = getattr(instance, name)
        if value is not None:
            out.extend(check_slot(cls, name, value, claim=claim, article=article))
    ctx = CheckContext(claim=claim, article=article)
    for slot, cname, chk, arg in _prepared(cls):
        if slot is None and not chk.fn(instance, arg, ctx):
            out.append(CheckFailure(None, cname, _arg_words(chk, arg)))
    for mname, kind, _slots, fn in cls.method_checks:
        if kind == "claim":
            out.extend(_call(fn, (instance,), None, mname))
    return out


def check_slot(
    cls: type[ClaimSchema], slot: str, value: Any, *, claim: Any = None, article: Any = None
) -> list[CheckFailure]:
    """The failures of one slot's checks (named and methods) for ``value``."""
    out: list[CheckFailure] = []
    ctx = CheckContext(claim=claim, article=article, slot=slot)
    for name, cname, chk, arg in _prepared(cls):
        if name == slot and not chk.fn(value, arg, ctx):
            out.append(CheckFailure(slot, cname, _arg_words(chk, arg)))
    for mname, kind, slots, fn in cls.method_checks:
        if kind == "slot" and slot in slots:
            out.extend(_call(fn, (cls, value), slot, mname))
    return out


def _call(
    fn: Callable[..., Any], args: tuple[Any, ...], slot: str | None, name: str
) -> list[CheckFailure]:
    try:
        ok = fn(*args)
    except (ValueError, AssertionError) as exc:
        return [CheckFailure(slot, name, str(exc))]
    return [CheckFailure(slot, name)] if ok is False else []


def _arg_words(chk: Any, arg: Any) -> str:
    shown = arg.pattern if isinstance(arg, re.Pattern) else arg
    return f"needs {chk.name} {shown!r}"


def _prepared(cls: type[ClaimSchema]) -> list[tuple[str | None, str, Any, Any]]:
    """(slot or None, check name, check, prepared argument) for the class, built once."""
    found = _PREPARED.get(cls)
    if found is not None:
        return found
    out: list[tuple[str | None, str, Any, Any]] = []
    assert cls.spec is not None
    for name, slot in cls.spec.slots.items():
        for cname, arg in slot.checks.items():
            chk = get_check(cname)
            out.append((name, cname, chk, chk.prepared(arg)))
    for cname, arg in cls.spec.checks.items():
        chk = get_check(cname)
        out.append((None, cname, chk, chk.prepared(arg)))
    _PREPARED[cls] = out
    return out


def _method_checks(cls: type[ClaimSchema]) -> tuple[MethodCheck, ...]:
    found: dict[str, MethodCheck] = {m[0]: m for m in cls.method_checks}
    for attr, kind, slots, fn in check_marks(vars(cls)):
        for s in slots:
            if s not in cls.model_fields:
                raise _class_error(
                    cls,
                    [
                        SpecProblem(
                            ("slots", s),
                            f"method {attr!r} checks slot {s!r}, which the schema does not "
                            f"declare (slots: {', '.join(cls.model_fields)})",
                        )
                    ],
                )
        found[attr] = (attr, kind, slots, fn)
    return tuple(found.values())


def _spec_of_class(cls: type[ClaimSchema]) -> SchemaSpec:
    problems: list[SpecProblem] = []
    slots: dict[str, Any] = {}
    for fname, f in cls.model_fields.items():
        slot_type = _slot_type(f.annotation)
        if isinstance(f.annotation, str | ForwardRef):
            ref = getattr(f.annotation, "__forward_arg__", f.annotation)
            problems.append(
                SpecProblem(
                    ("slots", fname),
                    f"the type {ref!r} could not be resolved; import Quantity, TimeRef, Place "
                    "and Entity from factcheck.models at the top of the module",
                )
            )
            continue
        if slot_type is None:
            problems.append(
                SpecProblem(
                    ("slots", fname),
                    f"type {_type_name(f.annotation)} is not a slot type; use Quantity, "
                    "TimeRef, Place, Entity or str (optionally | None)",
                )
            )
            continue
        opts = slot_options(f.metadata)
        entry: dict[str, Any] = {
            "type": slot_type,
            "description": f.description or "",
            "required": f.is_required(),
            "lexicon": dict(opts.lexicon),
            "checks": dict(opts.checks),
        }
        if opts.source is not None:
            entry["source"] = opts.source
        slots[fname] = entry
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    data: dict[str, Any] = {
        "name": cls.name,
        "description": cls.description or " ".join(doc.split()),
        "lexicon": cls.lexicon,
        "slots": slots,
        "identity": cls.identity,
        "temporal": cls.temporal,
        "tolerance": cls.tolerance,
        "checks": cls.checks,
    }
    if cls.compared:
        data["compared"] = cls.compared
    spec, more = parse_spec(data)
    if spec is None or problems:
        raise _class_error(cls, problems + more)
    return spec


def _slot_type(annotation: Any) -> SlotType | None:
    args = get_args(annotation) if get_origin(annotation) in (Union, _UnionType) else ()
    if args:
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return None
        annotation = inner[0]
    return SLOT_CLASSES.get(annotation) if isinstance(annotation, type) else None


_UnionType = type(int | str)


def _class_error(cls: type, problems: list[SpecProblem]) -> SchemaDefinitionError:
    first = problems[0]
    message = first.message
    if len(problems) > 1:
        rest = "; ".join(f"{_class_field(p.loc)}: {p.message}" for p in problems[1:])
        message += f" ({len(problems) - 1} more: {rest})"
    source = f"{cls.__module__}.{cls.__qualname__}"
    line = None
    try:
        path = inspect.getsourcefile(cls)
        lines, start = inspect.getsourcelines(cls)
    except (OSError, TypeError):
        pass
    else:
        if path:
            source = path
            message = f"schema class {cls.__qualname__}: {message}"
            line = start
            slot = first.loc[1] if len(first.loc) > 1 and first.loc[0] == "slots" else None
            if slot is not None:
                pat = re.compile(rf"^\s*{re.escape(str(slot))}\s*:")
                for i, text in enumerate(lines):
                    if pat.match(text):
                        line = start + i
                        break
    return SchemaDefinitionError(source, message, field=_class_field(first.loc), line=line)


def _class_field(loc: tuple[str | int, ...]) -> str:
    parts = [str(x) for x in loc]
    if parts and parts[0] == "slots":
        parts = [p for p in parts[1:] if p != "checks"]
    return ".".join(parts)


# -- building a class from a spec ---------------------------------------------------------
def build_schema(spec: SchemaSpec, *, defined_in: str = "") -> type[ClaimSchema]:
    """The :class:`ClaimSchema` subclass a spec describes (not registered)."""
    fields: dict[str, Any] = {}
    for name, slot in spec.slots.items():
        py: Any = next(t for t, n in SLOT_CLASSES.items() if n == slot.type)
        default: Any = PydanticUndefined if slot.required else None
        annotation = py if slot.required else py | None
        info = Slot(
            default,
            description=slot.description,
            source=slot.source,
            lexicon=slot.lexicon,
            **slot.checks,
        )
        fields[name] = (annotation, info)
    keywords = {
        "name": spec.name,
        "description": spec.description,
        "lexicon": spec.lexicon,
        "identity": spec.identity,
        "compared": spec.compared[0] if len(spec.compared) == 1 else list(spec.compared),
        "temporal": spec.temporal,
        "tolerance": spec.tolerance,
        "checks": spec.checks,
    }
    cls: type[ClaimSchema] = create_model(
        _camel(spec.name),
        __base__=ClaimSchema,
        __cls_kwargs__=keywords,
        __module__=__name__,
        **fields,
    )
    if defined_in:
        cls.defined_in = defined_in
    return cls


def _camel(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in name.split("_")) or "Schema"


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


# -- registration ---------------------------------------------------------------------------
def same_definition(a: type[ClaimSchema], b: type[ClaimSchema]) -> bool:
    """True when two schema classes are interchangeable: the same spec and no checks
    written as methods (whose code cannot be compared)."""
    return a.spec is not None and a.spec == b.spec and not a.method_checks and not b.method_checks


def register_schema(cls: type[ClaimSchema], *, replace: bool = False) -> type[ClaimSchema]:
    """Register a schema under its name; returns the class now registered under it.

    Registering the same class again, or a class with the same definition (same spec, no
    method checks), is a no-op that returns the registered class. Another schema under
    the name raises :class:`~factcheck.errors.DuplicateNameError` unless ``replace``.
    """
    from factcheck.registry import schemas

    if not (isinstance(cls, type) and issubclass(cls, ClaimSchema)) or cls.spec is None:
        raise TypeError(f"{cls!r} is not a user claim schema (a ClaimSchema subclass)")
    if cls.name in schemas and not replace:
        existing: type[ClaimSchema] = schemas.get(cls.name)
        if existing is cls or same_definition(existing, cls):
            return existing
        if existing.builtin:
            raise SchemaDefinitionError(
                cls.defined_in, f"{cls.name!r} is a built-in claim kind; choose another name"
            )
    schemas.add(cls.name, cls, replace=replace)
    return cls


def unregister_schema(name: str) -> None:
    """Remove a user schema from the registry (the built-in kinds cannot be removed)."""
    from factcheck.registry import schemas

    if name in schemas and schemas.get(name).builtin:
        raise ValueError(f"{name!r} is a built-in claim kind and cannot be unregistered")
    schemas.remove(name)
