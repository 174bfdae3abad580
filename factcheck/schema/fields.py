"""What a schema's slots are made of: :func:`Slot` for field declarations, the
:func:`slot_check` and :func:`claim_check` decorators for checks written as methods, and
the table of *sources* a slot is filled from.

::

    class Delivery(ClaimSchema, name="delivery", compared="count", ...):
        count: Quantity = Slot(concept="container", ge=1)
        origin: Place | None = Slot(None, source="measure.origin", within="region:asia")

        @slot_check("count")
        def not_absurd(cls, value: Quantity) -> bool:
            return (value.nominal or 0) < 1e7

        @claim_check
        def both_ends(self) -> bool:
            return self.origin is not None or self.destination is not None
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import Field
from pydantic_core import PydanticUndefined

Source = Literal[
    "value",
    "measure.thing",
    "measure.concept",
    "measure.surface",
    "measure.content",
    "measure.origin",
    "measure.destination",
    "time",
    "location",
    "attribution",
    "actors",
    "event",
    "modality",
    "trigger",
]
"""Where a slot's value comes from in the base claim (see :data:`SOURCES`)."""

SOURCES: dict[str, tuple[frozenset[str], str]] = {
    "value": (
        frozenset({"quantity", "time", "place", "entity"}),
        "the claim's value (the number, date, place or entity it states); compared slots only",
    ),
    "measure.thing": (frozenset({"text"}), "the counted noun's lemma (Container)"),
    "measure.concept": (
        frozenset({"text"}),
        "the counted thing's concept key (container), else its lemma",
    ),
    "measure.surface": (frozenset({"text"}), "the counted noun as written (Frachtcontainer)"),
    "measure.content": (
        frozenset({"text"}),
        "what the counted things carry, as content classes (military)",
    ),
    "measure.origin": (
        frozenset({"place", "entity", "text"}),
        "where the counted things come from (a place key such as country:KP)",
    ),
    "measure.destination": (
        frozenset({"place", "entity", "text"}),
        "where the counted things go to",
    ),
    "time": (frozenset({"time", "text"}), "when the claim applies (seit September)"),
    "location": (
        frozenset({"place", "text"}),
        "where the claim applies; else the first place named in its sentence",
    ),
    "attribution": (frozenset({"entity", "text"}), "who says so: the primary source"),
    "actors": (frozenset({"entity", "text"}), "who the claim is about (the first actor)"),
    "event": (
        frozenset({"text"}),
        "the event type of an event claim (meeting, visit), else the lexicon word",
    ),
    "modality": (
        frozenset({"text"}),
        "how the text holds the claim (asserted, reported, planned, estimated...)",
    ),
    "trigger": (frozenset({"text"}), "the lexicon word that announced the claim, as written"),
}
"""Each source: the slot types it can fill, and what it is."""

NAME_SOURCES: dict[str, str] = {
    **dict.fromkeys(("item", "items", "thing", "what", "weapon", "goods"), "measure.concept"),
    **dict.fromkeys(("cargo", "content", "contents", "load"), "measure.content"),
    **dict.fromkeys(("origin", "sender", "supplier", "exporter"), "measure.origin"),
    **dict.fromkeys(
        ("destination", "recipient", "receiver", "importer", "to"), "measure.destination"
    ),
    **dict.fromkeys(("period", "time", "when", "date", "as_of", "since"), "time"),
    **dict.fromkeys(("place", "location", "where", "site", "city", "country"), "location"),
    **dict.fromkeys(("source", "sources", "according_to", "reported_by"), "attribution"),
    **dict.fromkeys(("actor", "actors", "party", "parties", "participants"), "actors"),
    **dict.fromkeys(("stage", "status", "modality"), "modality"),
    "event": "event",
}
"""A slot with no ``source`` is filled by its name: ``origin`` from the measure's origin,
``period`` from the claim's time... (names not listed fall back to :data:`TYPE_SOURCES`)."""

TYPE_SOURCES: dict[str, str] = {
    "time": "time",
    "place": "location",
    "entity": "actors",
}
"""A slot with no ``source`` and a name not in :data:`NAME_SOURCES`: by its type. A text
slot with neither is left empty."""


def default_source(name: str, slot_type: str, compared: bool) -> str | None:
    """The source a slot is filled from when it names none."""
    if compared:
        return "value"
    by_name = NAME_SOURCES.get(name)
    if by_name is not None and slot_type in SOURCES[by_name][0]:
        return by_name
    return TYPE_SOURCES.get(slot_type)


SLOT_OPTIONS = ("description", "source", "lexicon")
"""Keywords of :func:`Slot` that are not check names."""


@dataclass(frozen=True)
class SlotOptions:
    """What :func:`Slot` records besides pydantic's field information."""

    source: str | None = None
    lexicon: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    checks: Mapping[str, Any] = field(default_factory=dict)


def Slot(  # named like pydantic's Field, which it wraps
    default: Any = PydanticUndefined,
    *,
    description: str = "",
    source: str | None = None,
    lexicon: Mapping[str, Iterable[str]] | None = None,
    **checks: Any,
) -> Any:
    """Declare a slot of a claim schema, with named checks as keywords.

    ``count: Quantity = Slot(concept="container", ge=1)`` is a required quantity slot
    whose counted thing must be a container and whose number must be at least 1;
    ``origin: Place | None = Slot(None, within="region:europe")`` is optional.

    ``source`` says where the value comes from in the base claim (see
    :data:`SOURCES`; by default the slot's name and type decide); ``lexicon`` gives, per
    language, words next to a value that assign it to this slot when a schema compares
    several slots (``deaths``/``injured``). Every other keyword names a registered check
    (:data:`factcheck.registry.checks`) and gives its argument.
    """
    info = Field(default, description=description or None)
    words = {lang: tuple(ws) for lang, ws in (lexicon or {}).items()}
    info.metadata.append(SlotOptions(source, words, dict(checks)))
    return info


def slot_options(metadata: Iterable[Any]) -> SlotOptions:
    """The :class:`SlotOptions` in a field's metadata (empty options when there are none)."""
    for item in metadata:
        if isinstance(item, SlotOptions):
            return item
    return SlotOptions()


MARK = "__factcheck_check__"
"""Attribute that marks a method as a check: ``("slot", names)`` or ``("claim", ())``."""

F = TypeVar("F", bound=Callable[..., Any])


def _mark(fn: Any, kind: str, slots: tuple[str, ...]) -> Any:
    target = fn.__func__ if isinstance(fn, classmethod | staticmethod) else fn
    setattr(target, MARK, (kind, slots))
    return fn


def slot_check(*slots: str) -> Callable[[F], F]:
    """Decorator: a check of one or more slots, written as a method.

    The method is called as ``method(cls, value)`` for each named slot that is filled;
    it returns True when the value is fine, and False (or raises ValueError with a
    reason) when it is not.
    """
    if not slots or not all(isinstance(s, str) for s in slots):
        raise TypeError("slot_check needs the names of the slots it checks: @slot_check('count')")

    def deco(fn: F) -> F:
        result: F = _mark(fn, "slot", tuple(slots))
        return result

    return deco


def claim_check(fn: F) -> F:
    """Decorator: a check of the whole claim, written as a method ``method(self) -> bool``
    that sees every slot (return False or raise ValueError to refuse the claim)."""
    result: F = _mark(fn, "claim", ())
    return result


def check_marks(namespace: Mapping[str, Any]) -> list[tuple[str, str, tuple[str, ...], Any]]:
    """The marked methods of a class body: (method name, kind, slots, function)."""
    out = []
    for attr, obj in namespace.items():
        fn = obj.__func__ if isinstance(obj, classmethod | staticmethod) else obj
        mark = getattr(fn, MARK, None)
        if mark is not None and callable(fn):
            out.append((attr, mark[0], mark[1], fn))
    return out


__all__ = [
    "NAME_SOURCES",
    "SLOT_OPTIONS",
    "SOURCES",
    "TYPE_SOURCES",
    "Slot",
    "SlotOptions",
    "Source",
    "claim_check",
    "default_source",
    "slot_check",
]
