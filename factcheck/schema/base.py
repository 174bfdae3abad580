"""``ClaimSchema``: the base of every claim type, built-in or written by users.

A schema is a pydantic model whose fields are the claim's *slots* (a count, a cargo, an
origin...), plus class-level declarations that tell the extractor and the reconciler how
to treat the claim:

- ``name``: the registered name (the claim's ``kind``);
- ``lexicon``: per language, the trigger words that announce such a claim;
- ``identity``: the slots that make two claims speak of "the same thing";
- ``compared``: the slot whose values are compared;
- ``temporal``: ``"cumulative"`` (a running total that may grow between dated reports)
  or ``"fixed"`` (one true value);
- ``tolerance``: relative difference tolerated beyond the hedges (0.05 = 5 %).

Declare them as keyword arguments of the class statement::

    class CrowdSize(ClaimSchema, name="crowd_size", compared="count", temporal="fixed"):
        count: Quantity
        event: str | None = None
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

Temporal = Literal["cumulative", "fixed"]

DECLARATIONS = frozenset(
    {"name", "description", "lexicon", "identity", "compared", "temporal", "tolerance", "builtin"}
)
"""Keywords a schema class statement may carry."""


class ClaimSchema(BaseModel):
    """Base class of claim schemas. Subclass it with keyword declarations (see module)."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    name: ClassVar[str] = "claim"
    description: ClassVar[str] = ""
    lexicon: ClassVar[dict[str, tuple[str, ...]]] = {}
    identity: ClassVar[tuple[str, ...]] = ()
    compared: ClassVar[str] = "quantity"
    temporal: ClassVar[Temporal] = "fixed"
    tolerance: ClassVar[float] = 0.0
    builtin: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        declared = {k: kwargs.pop(k) for k in list(kwargs) if k in DECLARATIONS}
        super().__init_subclass__(**kwargs)
        for key, value in declared.items():
            if key == "lexicon":
                value = {lang: tuple(words) for lang, words in dict(value).items()}
            elif key == "identity":
                value = tuple(value)
            setattr(cls, key, value)
        if "name" not in declared:
            cls.name = _snake(cls.__name__)
        if "builtin" not in declared:
            cls.builtin = False

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Class keywords were consumed by ``__init_subclass__``."""

    @classmethod
    def schema_name(cls) -> str:
        """The registered name; also the ``kind`` of the claims it produces."""
        return cls.name

    @classmethod
    def describe(cls) -> dict[str, Any]:
        """A JSON-able description of the schema: its declarations and slots."""
        return {
            "name": cls.name,
            "description": cls.description or (cls.__doc__ or "").strip().split("\n")[0],
            "lexicon": {k: list(v) for k, v in cls.lexicon.items()},
            "identity": list(cls.identity),
            "compared": cls.compared,
            "temporal": cls.temporal,
            "tolerance": cls.tolerance,
            "slots": {
                n: {"type": _type_name(f.annotation), "description": f.description or ""}
                for n, f in cls.model_fields.items()
            },
        }


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")
