"""The terminal report, drawn with rich.

A summary first, then each discrepancy gravest first (its severity, kind, explanation
and reasons, and its claims side by side in a table with one column per claim), then
each figure as a compact table (its claims in as-of order), then the inputs that could
not be read.

Article text is passed to rich as :class:`rich.text.Text`, never as markup, so square
brackets in an article cannot restyle the report; without colour the output holds no
ANSI escape sequences at all, and the quote is marked ``[[like this]]`` in its context.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from factcheck.humanize import share, unit_label
from factcheck.models.finding import Severity
from factcheck.models.report import Report
from factcheck.report._view import (
    ClaimView,
    DiscrepancyView,
    FigureView,
    ReportView,
    error_where,
    one_line,
    require,
    severity_counts,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

__all__ = ["CLAIMS_PER_TABLE", "SEVERITY_STYLES", "to_text"]

SEVERITY_STYLES: dict[Severity, str] = {
    Severity.CRITICAL: "bold white on red",
    Severity.MAJOR: "bold red",
    Severity.MINOR: "bold yellow",
    Severity.INFO: "bold cyan",
}
"""rich styles of the severity labels."""

CLAIMS_PER_TABLE = 3
"""A finding with more claims is shown as several tables of this many columns."""


def to_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    """Render ``report`` for a terminal ``width`` columns wide; with ``color`` the result
    carries ANSI styles (16 standard colours), without it plain text only."""
    require("rich", "report")
    from rich.console import Console

    if width < 40:
        raise ValueError(f"width={width} is too narrow for the text report; give 40 or more")
    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        force_jupyter=False,
        force_interactive=False,
        soft_wrap=False,
    )
    view = ReportView(report)
    _summary(console, report)
    discrepancies = view.discrepancies()
    if discrepancies:
        for d in discrepancies:
            _discrepancy(console, d, color=color)
    else:
        console.print()
        console.print("No discrepancies found.")
    for f in view.figures():
        _figure(console, f)
    _errors(console, report)
    # rich pads wrapped lines with the space it broke at; drop trailing blanks.
    return "\n".join(line.rstrip(" ") for line in buf.getvalue().split("\n"))


def _text(value: str, style: str = "") -> Text:
    from rich.text import Text

    return Text(value, style=style)


def _summary(console: Console, report: Report) -> None:
    from rich.text import Text

    s = report.summary
    head = Text("factcheck report", style="bold")
    head.append(f"  (factcheck {report.factcheck_version})", style="dim")
    console.print(head)
    console.print(
        Text(f"Articles {s.articles} · Claims {s.claims} · Figures {s.figures} · ").append(
            f"Input errors {s.errors}", style="bold red" if s.errors else ""
        )
    )
    line = Text(f"Discrepancies {s.discrepancies}: ")
    for i, (sev, n) in enumerate(severity_counts(report)):
        if i:
            line.append(" · ")
        line.append(f"{sev.value} {n}", style=SEVERITY_STYLES[sev] if n else "dim")
    console.print(line)


def _discrepancy(console: Console, d: DiscrepancyView, *, color: bool) -> None:
    from rich.rule import Rule
    from rich.text import Text

    disc = d.discrepancy
    console.print()
    title = Text()
    title.append(f" {d.number}. ")
    title.append(f" {disc.severity.value.upper()} ", style=SEVERITY_STYLES[disc.severity])
    title.append(f" {disc.kind.value}", style="bold")
    if disc.within_article:
        title.append(" (within one article)")
    title.append(f"  {disc.id} ", style="dim")
    console.print(Rule(title, align="left", characters="─"))
    console.print(_text(one_line(disc.explanation)))
    if disc.gap is not None:
        console.print(_text(f"Gap: {share(disc.gap)} of the larger value", "dim"))
    if disc.reasons:
        console.print(_text("Possible reasons:", "bold"))
        for r in disc.reasons:
            item = Text("  • ")
            item.append(one_line(r.text))
            item.append(f" ({r.code.value})", style="dim")
            console.print(item)
    for i in range(0, len(d.claims), CLAIMS_PER_TABLE):
        console.print(_claims_table(d.claims[i : i + CLAIMS_PER_TABLE], color=color))


def _claims_table(claims: tuple[ClaimView, ...], *, color: bool) -> RenderableType:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SQUARE, show_header=True, header_style="bold", expand=True)
    table.add_column("", style="bold", no_wrap=True, width=10)
    for c in claims:
        table.add_column(_text(c.article_id or "?"), ratio=1, overflow="fold")

    def row(label: str, cells: list[RenderableType]) -> None:
        table.add_row(_text(label), *cells)

    claim_cells: list[RenderableType] = []
    for c in claims:
        t = Text(c.quote, style="bold")
        if c.value:
            t.append(f"\n= {c.value}", style="")
        if c.applies:
            t.append(f"\n{c.applies}", style="dim")
        claim_cells.append(t)
    row("Claim", claim_cells)
    context_cells: list[RenderableType] = []
    for c in claims:
        t = Text()
        for piece, is_quote in c.excerpt.parts():
            if is_quote:
                if color:
                    t.append(piece, style="bold reverse")
                else:
                    t.append(f"[[{piece}]]")
            else:
                t.append(piece)
        context_cells.append(t)
    row("Context", context_cells)
    row("Source", [_text(c.source) for c in claims])
    article_cells: list[RenderableType] = []
    for c in claims:
        t = Text(c.article_id)
        if c.title:
            t.append(f"\n{c.title}", style="italic")
        if c.outlet:
            t.append(f"\n{c.outlet}", style="dim")
        article_cells.append(t)
    row("Article", article_cells)
    row("Published", [_text(c.published) for c in claims])
    row("Modality", [_text(c.modality) for c in claims])
    row("Claim id", [_text(c.id, "dim") for c in claims])
    return table


def _figure(console: Console, f: FigureView) -> None:
    """A compact table of one figure: its claims in as-of order, undated last."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    fig = f.figure
    console.print()
    title = Text(f"Figure {f.number}: {fig.label}", style="bold")
    if fig.unit:
        title.append(f" ({unit_label(fig.unit)})")
    title.append(f" · {len(fig.claims)} claims from {f.articles} articles", style="dim")
    if f.findings:
        title.append(" · findings " + ", ".join(f"#{n}" for n in f.findings), style="dim")
    console.print(title)
    table = Table(box=box.SIMPLE_HEAD, show_header=True, header_style="bold", expand=True)
    table.add_column("As of", no_wrap=True)
    table.add_column("Value", ratio=2, overflow="fold")
    table.add_column("Article", ratio=2, overflow="fold")
    table.add_column("Quote", ratio=3, overflow="fold")
    for r in f.rows:
        article = Text(r.claim.article_id)
        if r.source != r.claim.article_id:
            article.append(f"\n{r.source}", style="dim")
        table.add_row(_text(r.as_of), _text(r.claim.value), article, _text(r.claim.quote))
    console.print(table)


def _errors(console: Console, report: Report) -> None:
    from rich.text import Text

    if not report.errors:
        return
    console.print()
    console.print(_text(f"Input errors ({len(report.errors)})", "bold red"))
    for e in report.errors:
        line = Text("  • ")
        line.append(one_line(error_where(e.path, e.line)), style="bold")
        line.append(f" [{e.code}] ", style="dim")
        line.append(one_line(e.message))
        console.print(line)
