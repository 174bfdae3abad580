"""factcheck: read news articles, turn what they state into typed claims, reconcile the
claims across articles and report where the sources disagree.

>>> import factcheck
>>> report = factcheck.check(["seeds/"])          # doctest: +SKIP
>>> print(report.to_text())                        # doctest: +SKIP

``import factcheck`` loads the data models and the facades; the extraction engines and
heavy libraries (pint, dateparser, rich, jinja2...) load when first used.
"""

from __future__ import annotations

from factcheck._version import __version__

# The facades below are light (they import models only; engines load on first use).
# Importing them here also keeps ``factcheck.load``, ``factcheck.extract`` and
# ``factcheck.reconcile`` bound to the functions rather than to their subpackages.
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
    Qualifier,
    Quantity,
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
    "Qualifier",
    "Quantity",
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
