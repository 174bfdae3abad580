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
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

_SHARED: dict[type[BaseModel], list[set[str]]] = {}
_setattr = object.__setattr__
_LEAF = frozenset({str, int, float, bool, type(None)})


def share_fields_sets(models: Iterable[BaseModel]) -> None:
    """Give ``models`` and the models inside them (fields, tuples, dict values) the
    shared fields-set of their class and field names. Nothing else changes: the models
    are equal to what they were and dump the same JSON."""
    seen: set[int] = set()
    stack: list[Any] = list(models)
    leaf = _LEAF
    while stack:
        obj = stack.pop()
        kind = type(obj)
        if kind in leaf:
            continue
        if isinstance(obj, BaseModel):
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            own = obj.__pydantic_fields_set__
            shared_sets = _SHARED.get(kind)
            if shared_sets is None:
                shared_sets = _SHARED[kind] = []
            for shared in shared_sets:  # a class has a few combinations of fields
                if shared is own or shared == own:
                    break
            else:
                if len(shared_sets) >= 64:  # many combinations: not worth sharing
                    stack.extend(obj.__dict__.values())
                    continue
                shared = set(own)
                shared_sets.append(shared)
            if own is not shared:
                _setattr(obj, "__pydantic_fields_set__", shared)
            stack.extend(obj.__dict__.values())
        elif kind is tuple or kind is list:
            stack.extend(obj)
        elif kind is dict:
            stack.extend(obj.values())


__all__ = ["share_fields_sets"]
