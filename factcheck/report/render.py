"""The built-in report renderers, registered by format name.

:data:`factcheck.registry.renderers` imports this module on its first lookup. Each
renderer is ``fn(report, **options) -> str``; the heavy libraries (rich, jinja2) are
imported inside the renderers, so importing this module costs little.

====================  ==========================================  ==========================
name                  output                                      options
====================  ==========================================  ==========================
``json``              the report as JSON (the machine contract)   ``indent``
``text``              a terminal report (rich)                    ``color``, ``width``
``markdown``          Markdown for documents and trackers         (none)
``html``              one self-contained, hardened HTML file      ``title``
``claimreview``       schema.org ClaimReview JSON-LD              ``publisher``,
                                                                  ``publisher_url``,
                                                                  ``date_published``,
                                                                  ``indent``
====================  ==========================================  ==========================
"""

from __future__ import annotations

from factcheck.models.report import Report
from factcheck.registry import register_renderer

__all__ = [
    "render_claimreview",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
]


@register_renderer("json", suffixes=(".json",))
def render_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON, valid against ``schemas/report.schema.json``."""
    return report.model_dump_json(indent=indent)


@register_renderer("text", suffixes=(".txt",))
def render_text(report: Report, *, color: bool | None = None, width: int = 100) -> str:
    """A terminal report; ``color=None`` (the default) means no colour, since the result
    is a string whose destination is unknown: a caller writing to a TTY passes ``True``."""
    from factcheck.report.text import to_text

    return to_text(report, color=bool(color), width=width)


@register_renderer("markdown", suffixes=(".md",))
def render_markdown(report: Report) -> str:
    """A Markdown report."""
    from factcheck.report.markdown import to_markdown

    return to_markdown(report)


@register_renderer("html", suffixes=(".html",))
def render_html(report: Report, *, title: str = "factcheck report") -> str:
    """One self-contained HTML file with a severity filter."""
    from factcheck.report.html import to_html

    return to_html(report, title=title)


@register_renderer("claimreview", suffixes=(".jsonld",))
def render_claimreview(
    report: Report,
    *,
    publisher: str = "factcheck",
    publisher_url: str | None = None,
    date_published: str | None = None,
    indent: int | None = 2,
) -> str:
    """schema.org ClaimReview JSON-LD, one review per discrepancy."""
    from factcheck.report.claimreview import to_claimreview

    return to_claimreview(
        report,
        publisher=publisher,
        publisher_url=publisher_url,
        date_published=date_published,
        indent=indent,
    )
