"""The report as data and its renderers by name (``factcheck.registry.renderers``: text,
markdown, html, json, claimreview). :func:`check` and :func:`report_from`, the whole job,
live in :mod:`factcheck.api` and are re-exported here for existing callers."""

from factcheck.api import check, report_from

__all__ = ["check", "report_from"]
