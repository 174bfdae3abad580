"""The Markdown report, for pasting into documents, wikis and issue trackers.

A heading, the summary as a table, each discrepancy as a section (explanation, a table of
its claims, each claim in its context, the candidate reasons as bullets), each figure as a
compact table of its claims in as-of order, then the inputs that could not be read.

Every string that comes from an article (quotes, context, sources, titles, ids, even the
explanation, which quotes sources) goes through :func:`escape`: whitespace is collapsed to
one line, and the characters that Markdown (CommonMark and GitHub's tables) would read as
markup are backslash-escaped, so an article cannot add links, images, HTML, emphasis or
table columns to the report.
"""

from __future__ import annotations

import re

from factcheck.humanize import share, unit_label
from factcheck.models.report import Report
from factcheck.report._view import (
    ClaimView,
    DiscrepancyView,
    FigureView,
    ReportView,
    error_where,
    one_line,
    severity_counts,
)

__all__ = ["escape", "to_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&$])")
_LINE_START = re.compile(r"^(?:[-+=]|\d{1,9}(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    """``text`` as one line of literal Markdown: whitespace collapsed, markup characters
    (``\\ ` * _ [ ] < > | # ~ & $``, and list markers at the start)
    backslash-escaped. Safe inside a table cell."""
    flat = _SPECIAL.sub(r"\\\1", one_line(text))
    m = _LINE_START.match(flat)
    if m:
        # "- " or "+ " would start a list, "1. " an ordered one: escape the marker.
        n = len(m.group(0)) if m.group(0).isdigit() else 0
        flat = flat[:n] + "\\" + flat[n:]
    return flat


def _cell(text: str) -> str:
    return escape(text) or "—"


def to_markdown(report: Report) -> str:
    """Render ``report`` as a Markdown document."""
    view = ReportView(report)
    out: list[str] = [
        "# factcheck report",
        "",
        f"*factcheck {escape(report.factcheck_version)}*",
        "",
    ]
    out += _summary(report)
    discrepancies = view.discrepancies()
    out += ["## Discrepancies", ""]
    if not discrepancies:
        out += ["No discrepancies found.", ""]
    for d in discrepancies:
        out += _discrepancy(d)
    figures = view.figures()
    if figures:
        out += [f"## Figures ({len(figures)})", ""]
        for f in figures:
            out += _figure(f)
    if report.errors:
        out += [f"## Input errors ({len(report.errors)})", ""]
        out += ["| Input | Code | Message |", "| --- | --- | --- |"]
        for e in report.errors:
            out.append(
                f"| {_cell(error_where(e.path, e.line))} | {_cell(e.code)} | {_cell(e.message)} |"
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(report: Report) -> list[str]:
    s = report.summary
    rows = [
        "| | count |",
        "| --- | ---: |",
        f"| Articles | {s.articles} |",
        f"| Claims | {s.claims} |",
        f"| Discrepancies | {s.discrepancies} |",
        f"| Figures | {s.figures} |",
    ]
    rows += [f"| · {sev.value} | {n} |" for sev, n in severity_counts(report)]
    rows += [f"| Input errors | {s.errors} |", ""]
    return rows


def _discrepancy(d: DiscrepancyView) -> list[str]:
    disc = d.discrepancy
    kind = disc.kind.value.replace("_", " ")
    where = " within one article" if disc.within_article else ""
    out = [
        f"### {d.number}. {disc.severity.value.upper()}: {kind}{where} ({escape(disc.id)})",
        "",
        escape(disc.explanation),
        "",
    ]
    if disc.gap is not None:
        out += [f"Gap: {share(disc.gap)} of the larger value.", ""]
    out += [
        "| Quote | Value | Source | Article | Published | Modality |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    out += [_claim_row(c) for c in d.claims]
    out += ["", "In context:", ""]
    for c in d.claims:
        out.append(f"- {escape(c.article_id or '?')}: {_in_context(c)}")
    out.append("")
    if disc.reasons:
        out += ["Possible reasons:", ""]
        out += [f"- {escape(r.text)} (`{r.code.value}`)" for r in disc.reasons]
        out.append("")
    return out


def _figure(f: FigureView) -> list[str]:
    fig = f.figure
    unit = f" ({escape(unit_label(fig.unit))})" if fig.unit else ""
    out = [
        f"### Figure {f.number}: {escape(fig.label)}{unit}",
        "",
        f"{len(fig.claims)} claims from {f.articles} articles, in as-of order (undated last)."
        + (
            " Findings among them: " + ", ".join(f"#{n}" for n in f.findings) + "."
            if f.findings
            else ""
        ),
        "",
        "| As of | Value | Source | Article | Quote |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in f.rows:
        cells = [r.as_of, r.claim.value, r.source, r.claim.article_id, r.claim.quote]
        out.append("| " + " | ".join(_cell(x) for x in cells) + " |")
    out.append("")
    return out


def _in_context(c: ClaimView) -> str:
    """The excerpt with the quote in bold; :func:`escape` strips each piece, so the spaces
    between the pieces are put back outside the emphasis."""
    out: list[str] = []
    for text, quote in c.excerpt.parts():
        core = escape(text)
        if quote:
            out.append(f"**{core}**")
        else:
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() and core else ""
            out.append(lead + core + trail)
    return "".join(out)


def _claim_row(c: ClaimView) -> str:
    value = c.value + (f" ({c.applies})" if c.applies else "")
    article = c.article_id + (f": {c.title}" if c.title else "")
    cells = [c.quote, value, c.source, article, c.published, c.modality]
    return "| " + " | ".join(_cell(x) for x in cells) + " |"
