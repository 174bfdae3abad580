"""factcheck: read news articles, turn what they state into typed claims, reconcile the
claims across articles and report where the sources disagree.

>>> import factcheck
>>> report = factcheck.check(["seeds/"])          # doctest: +SKIP
>>> print(report.to_text())                        # doctest: +SKIP

The public API is imported lazily: ``import factcheck`` costs almost nothing, and the
extraction engines load when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from factcheck._version import __version__

if TYPE_CHECKING:
    from factcheck.errors import (
        FactcheckError,
        InputReadError,
        MissingInputError,
        SchemaDefinitionError,
        UnknownNameError,
    )
    from factcheck.extract import extract, extract_text
    from factcheck.load import LoadResult, load, load_many
    from factcheck.models import (
        Article,
        Attribution,
        Claim,
        Discrepancy,
        Entity,
        Measure,
        Modality,
        Place,
        Quantity,
        Qualifier,
        Report,
        Severity,
        Source,
        Span,
        TimeRef,
    )
    from factcheck.reconcile import reconcile
    from factcheck.report import check
    from factcheck.schema import ClaimSchema

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "ClaimSchema",
    "Discrepancy",
    "Entity",
    "FactcheckError",
    "InputReadError",
    "LoadResult",
    "Measure",
    "MissingInputError",
    "Modality",
    "Place",
    "Quantity",
    "Qualifier",
    "Report",
    "SchemaDefinitionError",
    "Severity",
    "Source",
    "Span",
    "TimeRef",
    "UnknownNameError",
    "__version__",
    "check",
    "extract",
    "extract_text",
    "load",
    "load_many",
    "reconcile",
]

_WHERE = {
    "FactcheckError": "factcheck.errors",
    "InputReadError": "factcheck.errors",
    "MissingInputError": "factcheck.errors",
    "SchemaDefinitionError": "factcheck.errors",
    "UnknownNameError": "factcheck.errors",
    "extract": "factcheck.extract",
    "extract_text": "factcheck.extract",
    "LoadResult": "factcheck.load",
    "load": "factcheck.load",
    "load_many": "factcheck.load",
    "reconcile": "factcheck.reconcile",
    "check": "factcheck.report",
    "ClaimSchema": "factcheck.schema",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None and name in __all__:
        module = "factcheck.models"
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
