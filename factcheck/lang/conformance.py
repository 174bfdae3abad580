"""Does a module satisfy a pack contract of :mod:`factcheck.lang.spec`? The check at run
time (mypy checks the packs in the package statically): every name present, with a value
of the declared type, containers checked element by element."""

from __future__ import annotations

import types
import typing
from typing import Any


def _fits(value: Any, hint: Any) -> bool:
    """Does ``value`` have the type ``hint`` (containers checked element by element)?"""
    if hint is Any or hint is object:
        return True
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if origin is None:
        if hint is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        return isinstance(hint, type) and isinstance(value, hint)
    if not isinstance(value, origin):
        return False
    if origin is dict:
        return all(_fits(k, args[0]) and _fits(v, args[1]) for k, v in value.items())
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(x, args[0]) for x in value)
        return len(args) == len(value) and all(
            _fits(x, a) for x, a in zip(value, args, strict=True)
        )
    if origin in (frozenset, set, list):
        return all(_fits(x, args[0]) for x in value)
    return True


def problems(module: object, contract: type) -> list[str]:
    """What ``module`` lacks or has of the wrong type for ``contract`` (one of the classes
    above); empty when it satisfies the contract."""
    out = []
    for name, hint in typing.get_type_hints(contract).items():
        if not hasattr(module, name):
            out.append(f"{name} is missing")
        elif not _fits(getattr(module, name), hint):
            value = getattr(module, name)
            out.append(f"{name} should be {hint}, not {type(value).__name__}")
    for name, member in vars(contract).items():
        function = isinstance(member, types.FunctionType) and not name.startswith("_")
        if function and not callable(getattr(module, name, None)):
            out.append(f"{name}() is missing")
    return out
