"""Claims kept compactly: one shared fields-set per model class and set of fields.

Every pydantic model carries ``__pydantic_fields_set__``, the set of the field names it
was given (for ``exclude_unset`` and ``model_copy``): a Python set of its own, 200 to 700
bytes, for every claim, span, quantity, measure and source. On news this is about
1.9 KB per claim, more than the models' own dictionaries (1.6 KB). The sets of one
class hold the same few combinations of names, so here each model gets the one shared
set of its class and names. The models are frozen, and pydantic copies the set before
changing it (``model_copy``), so a shared set is never changed in place;
:mod:`factcheck.distributed._codec` shares them the same way for claims moved between
processes.

The walk looks only into the fields whose type can hold a model (a claim's span,
quantity, measure, attribution...), worked out once per class from its annotations;
fields of plain values (strings, numbers, enums, dates, tuples of them) are skipped.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

_SHARED: dict[type[BaseModel], list[set[str]]] = {}
_WALK: dict[type[BaseModel], tuple[str, ...]] = {}
_SHARED_IDS: set[int] = set()
"""The ids of the shared sets of :data:`_SHARED` (kept for the life of the process, so
an id is never reused by another object)."""
_setattr = object.__setattr__
_PLAIN = (str, int, float, bool, type(None), bytes, dt.date, dt.datetime, dt.time, enum.Enum)


def _plain(annotation: Any) -> bool:
    """True when a field of this type holds plain values only, never a model: strings,
    numbers, enums, dates, literals, and unions and tuples of them. Anything else (a
    model, a dict, an unknown type) is walked."""
    origin = typing.get_origin(annotation)
    if origin is None:
        return isinstance(annotation, type) and issubclass(annotation, _PLAIN)
    if origin is typing.Literal:
        return True
    if origin is typing.Annotated:
        return _plain(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, tuple, frozenset):
        return all(a is Ellipsis or _plain(a) for a in typing.get_args(annotation))
    return False


def _walked_fields(kind: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model class that may hold models (see :func:`_plain`)."""
    names = tuple(name for name, info in kind.model_fields.items() if not _plain(info.annotation))
    _WALK[kind] = names
    return names


def share_fields_sets(models: Iterable[BaseModel]) -> None:
    """Give ``models`` and the models inside them (fields, tuples, dict values) the
    shared fields-set of their class and field names. Nothing else changes: the models
    are equal to what they were and dump the same JSON.

    A model that holds a shared set already was walked before, with the models inside
    it (they are frozen), and is passed over: models that several claims hold (a source,
    an attribution) are walked once."""
    stack: list[Any] = list(models)
    walk_of, shared_of, shared_ids = _WALK, _SHARED, _SHARED_IDS
    while stack:
        obj = stack.pop()
        kind = type(obj)
        if kind is tuple or kind is list:
            stack.extend(obj)
            continue
        if kind is dict:
            stack.extend(obj.values())
            continue
        if not isinstance(obj, BaseModel):
            continue
        own = obj.__pydantic_fields_set__
        if id(own) in shared_ids:
            continue  # shared before, and so were the models inside it
        shared_sets = shared_of.get(kind)
        if shared_sets is None:
            shared_sets = shared_of[kind] = []
        for shared in shared_sets:  # a class has a few combinations of fields
            if shared == own:
                _setattr(obj, "__pydantic_fields_set__", shared)
                break
        else:
            if len(shared_sets) < 64:  # many combinations: not worth sharing
                shared = set(own)
                shared_sets.append(shared)
                shared_ids.add(id(shared))
                _setattr(obj, "__pydantic_fields_set__", shared)
        walk = walk_of.get(kind)
        if walk is None:
            walk = _walked_fields(kind)
        values = obj.__dict__
        for name in walk:
            value = values.get(name)
            if value is not None:
                stack.append(value)
        if obj.__pydantic_extra__:
            stack.extend(obj.__pydantic_extra__.values())


__all__ = ["share_fields_sets"]
