"""factcheck: read news articles, turn what they state into typed claims, reconcile the
claims across articles and report where the sources disagree.

>>> import factcheck
>>> report = factcheck.check(["seeds/"])          # doctest: +SKIP
>>> print(report.to_text())                        # doctest: +SKIP

Functions: ``check`` (paths -> report), ``load`` / ``load_many`` (paths -> articles),
``extract`` / ``extract_text`` (article or text -> claims), ``reconcile`` (claims ->
discrepancies).

Classes, each documented on its own (``help(factcheck.Report)``):

- the report and its parts: ``Report``, ``Article``, ``Claim``, ``Quantity``,
  ``Measure``, ``TimeRef``, ``Place``, ``Entity``, ``Attribution``, ``Source``, ``Span``,
  ``Discrepancy``, ``Severity``, ``Qualifier``, ``Modality``;
- ``LoadResult`` (what loading returns), ``ClaimSchema`` (custom claim kinds);
- errors: ``FactcheckError`` and its subclasses ``InputReadError``,
  ``MissingInputError``, ``SchemaDefinitionError``, ``UnknownNameError``.

``import factcheck`` loads the data models and the facades; the extraction engines and
heavy libraries (pint, dateparser, rich, jinja2...) load when first used. The docs are in
docs/ (start at docs/index.md).
"""

from __future__ import annotations

from factcheck._version import __version__
from factcheck.api import check

# The facades below are light (they import models only; engines load on first use).
# Importing them here also keeps ``factcheck.load``, ``factcheck.extract`` and
# ``factcheck.reconcile`` bound to the functions rather than to their subpackages.
from factcheck.errors import FactcheckError as FactcheckError
from factcheck.errors import InputReadError as InputReadError
from factcheck.errors import MissingInputError as MissingInputError
from factcheck.errors import SchemaDefinitionError as SchemaDefinitionError
from factcheck.errors import UnknownNameError as UnknownNameError
from factcheck.extract import extract, extract_text
from factcheck.load import LoadResult as LoadResult
from factcheck.load import load, load_many
from factcheck.models import Article as Article
from factcheck.models import Attribution as Attribution
from factcheck.models import Claim as Claim
from factcheck.models import Discrepancy as Discrepancy
from factcheck.models import Entity as Entity
from factcheck.models import Measure as Measure
from factcheck.models import Modality as Modality
from factcheck.models import Place as Place
from factcheck.models import Qualifier as Qualifier
from factcheck.models import Quantity as Quantity
from factcheck.models import Report as Report
from factcheck.models import Severity as Severity
from factcheck.models import Source as Source
from factcheck.models import Span as Span
from factcheck.models import TimeRef as TimeRef
from factcheck.reconcile import reconcile
from factcheck.schema import ClaimSchema as ClaimSchema

__all__ = [
    "__version__",
    "check",
    "extract",
    "extract_text",
    "load",
    "load_many",
    "reconcile",
]
# The classes above are part of the API too (``from factcheck import Report``); they are
# left out of ``__all__`` so that ``help(factcheck)`` lists them by name in the docstring
# instead of printing every model's full documentation (several thousand lines).
