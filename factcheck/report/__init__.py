"""The report as data first (:func:`check`), and its renderers by name
(``factcheck.registry.renderers``: text, markdown, html, json, claimreview)."""

from factcheck.report.build import check, report_from

__all__ = ["check", "report_from"]
