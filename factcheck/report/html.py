"""The HTML report: one self-contained file, safe to open whatever the articles hold.

Layout: the summary, then the discrepancies gravest first (severity badge, explanation,
reasons, and for each claim its excerpt with the claim marked), a filter by severity, the
input errors, then every article with its metadata and claims.

Article text and metadata are treated as hostile:

- the page is rendered by jinja2 with autoescaping on; no article-derived value is ever
  marked safe, and the highlighted excerpt is built from separately escaped pieces;
- a URL becomes a link only when it is a plain ``http``/``https`` URL (no ``javascript:``,
  ``data:`` or control characters), with ``rel="noopener noreferrer"``; any other URL is
  shown as text;
- a ``Content-Security-Policy`` meta tag allows only the report's own inline script and
  stylesheet, by their SHA-256 hashes, and nothing from outside (``default-src 'none'``);
  an injected ``<script>`` or event handler that slipped through would not run.

The file loads nothing from the network: its CSS and its small script are inline.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from factcheck.models.article import Article
from factcheck.models.report import Report
from factcheck.report._view import (
    ClaimView,
    FigureView,
    ReportView,
    require,
    safe_href,
    severity_counts,
)
from factcheck.report.chart import Chart, chart_of

if TYPE_CHECKING:
    import jinja2

__all__ = ["content_security_policy", "safe_href", "to_html"]

_TEMPLATE = "report.html.j2"


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """The policy of the report page: only this script and this stylesheet, by hash."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {_sha256(script)}",
            f"style-src {_sha256(style)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


@functools.cache
def _asset(name: str) -> str:
    text = (resources.files("factcheck.report") / "templates" / name).read_text("utf-8")
    closing = {"js": "</script", "css": "</style"}[name.rsplit(".", 1)[-1]]
    if closing in text.lower():
        raise RuntimeError(f"templates/{name} must not contain {closing!r}")
    return text


@functools.cache
def _environment() -> jinja2.Environment:
    require("jinja2", "report")
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True, slots=True)
class _ArticleView:
    article: Article
    anchor: str
    href: str | None
    published: str
    claims: list[ClaimView]


@dataclass(frozen=True, slots=True)
class _FigureChart:
    view: FigureView
    chart: Chart
    anchor: str


def _charts(report: Report, view: ReportView) -> list[_FigureChart]:
    found = {d.id: d for d in report.discrepancies}
    out = []
    for fv in view.figures():
        colours = {r.point.claim: r.colour for r in fv.rows}
        labels = {
            r.point.claim: f"{r.claim.value or r.claim.quote}: “{r.claim.quote}” "
            f"({r.claim.article_id}, as of {r.as_of})"
            for r in fv.rows
        }
        chart = chart_of(fv.figure, found, colours, labels)
        out.append(_FigureChart(fv, chart, f"figure-{fv.number}"))
    return out


def to_html(report: Report, *, title: str = "factcheck report") -> str:
    """Render ``report`` as one self-contained HTML document."""
    from markupsafe import Markup

    env = _environment()
    view = ReportView(report)
    script = _asset("report.js")
    css = _asset("report.css")
    anchors = {a.id: f"article-{i}" for i, a in enumerate(report.articles, 1)}
    articles = [
        _ArticleView(
            article=a,
            anchor=anchors[a.id],
            href=safe_href(a.url),
            published=str(a.published),
            claims=view.claims_of(a.id),
        )
        for a in report.articles
    ]
    return env.get_template(_TEMPLATE).render(
        report=report,
        title=title,
        counts=severity_counts(report),
        discrepancies=view.discrepancies(),
        articles=articles,
        anchors=anchors,
        figures=_charts(report, view),
        csp=content_security_policy(script, css),
        script=Markup(script),
        css=Markup(css),
    )
