"""The geometry of a figure's chart: value (with its hedge as an interval bar) against
as-of time, one mark per claim, coloured by source, conflicting pairs joined, undated
claims in a band of their own.

Everything here is numbers and plain strings; the HTML template draws them as inline
SVG (presentation attributes and classes only: the report's Content-Security-Policy
allows no inline ``style``). No chart library: a chart of a few dozen marks is a few
lines of arithmetic, and the report stays one self-contained file with no script from
outside.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.humanize import amount, is_currency, number, unit_label
from factcheck.models.finding import Discrepancy
from factcheck.models.report import Figure, FigureClaim

__all__ = ["PALETTE_SIZE", "Chart", "Link", "Mark", "Tick", "chart_of"]

WIDTH = 860
HEIGHT = 300
LEFT, RIGHT, TOP, BOTTOM = 84, 16, 32, 46
UNDATED_BAND = 110
"""Width of the band at the right where undated claims stand."""
PALETTE_SIZE = 8
"""Sources get the colours ``src-0`` ... ``src-7`` (report.css), in turn."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One claim on the chart."""

    claim: str
    x: float
    y: float
    y_low: float
    y_high: float
    open_low: bool
    """The interval has no lower bound: the bar runs to the bottom edge."""
    open_high: bool
    """The interval has no upper bound: the bar runs to the top edge."""
    x_start: float
    x_end: float
    """The as-of range (an article dated to the month spans the month)."""
    colour: int
    """Index of the source's colour."""
    dated: bool
    label: str
    """The value in words, for the mark's title."""


@dataclass(frozen=True, slots=True)
class Link:
    """A finding between two marks: a line joining them."""

    x1: float
    y1: float
    x2: float
    y2: float
    severity: str
    discrepancy: str


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis tick: its position and its label."""

    at: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """Everything the template needs to draw one figure."""

    width: int
    height: int
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    undated_left: float | None
    """Left edge of the undated band, or None when every claim is dated."""
    marks: tuple[Mark, ...]
    links: tuple[Link, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]
    y_title: str
    log: bool
    """The value axis is logarithmic (the values span orders of magnitude)."""


def _nice_step(span: float, count: int = 4) -> float:
    raw = span / max(count, 1)
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    mag = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


LOG_FROM = 30.0
"""A log scale when the largest value is this many times the smallest (all positive)."""
OPEN_STUB = 22.0
"""Length in pixels of the bar drawn past an open bound ("more than 12,000")."""


def _y_scale(
    values: list[float], top: float, bottom: float, unit: str | None
) -> tuple[Callable[[float], float], list[Tick], bool]:
    """The value axis: the position of a value, the ticks, and whether it is a log scale."""
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if lo > 0 and hi / lo >= LOG_FROM:
        a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        if a == b:
            b += 1

        def y_log(v: float) -> float:
            lv = math.log10(v) if v > 0 else a
            lv = min(max(lv, a), b)
            return bottom - (lv - a) / (b - a) * (bottom - top)

        ticks = [Tick(y_log(10.0**k), _value_text(10.0**k, unit)) for k in range(a, b + 1)]
        return y_log, ticks, True
    if lo >= 0 and lo <= 0.5 * hi:
        lo = 0.0
    if hi == lo:
        hi, lo = hi + (abs(hi) or 1) * 0.5, lo - (abs(lo) or 1) * 0.5
    step = _nice_step(hi - lo)
    lo = math.floor(lo / step) * step
    hi = math.ceil(hi / step) * step
    span = hi - lo

    def y_lin(v: float) -> float:
        return bottom - (min(max(v, lo), hi) - lo) / span * (bottom - top)

    ticks = []
    n = 0
    while lo + n * step <= hi + step / 1000 and n < 50:
        v = lo + n * step
        ticks.append(Tick(y_lin(v), _value_text(v, unit)))
        n += 1
    return y_lin, ticks, False


def _value_text(x: float, unit: str | None) -> str:
    if unit and is_currency(unit):
        return amount(x, unit)
    return number(x)


def chart_of(
    figure: Figure,
    discrepancies: dict[str, Discrepancy],
    colour_of: dict[str, int],
    labels: dict[str, str],
) -> Chart:
    """The chart of ``figure``: ``discrepancies`` by id (to join conflicting pairs),
    ``colour_of`` each claim's source colour, ``labels`` each claim's value in words."""
    points = figure.claims
    dated = [p for p in points if p.as_of_start is not None]
    undated = [p for p in points if p.as_of_start is None]
    plot_left, plot_top = float(LEFT), float(TOP)
    plot_bottom = float(HEIGHT - BOTTOM)
    right_edge = float(WIDTH - RIGHT)
    undated_left = right_edge - UNDATED_BAND if undated else None
    plot_right = (undated_left - 14) if undated_left is not None else right_edge
    if not dated:
        plot_right = plot_left  # only the undated band

    # y: the values, hedges included; a log scale when they span orders of magnitude
    values: list[float] = []
    for p in points:
        for v in (p.low, p.high, p.nominal):
            if v is not None and math.isfinite(v):
                values.append(v)
    y_at, y_ticks, log = _y_scale(values, plot_top, plot_bottom, figure.unit)

    # x: as-of days of the dated claims
    x_ticks: list[Tick] = []
    t0 = t1 = 0
    if dated:
        t0 = min(p.as_of_start.toordinal() for p in dated if p.as_of_start)
        t1 = max((p.as_of_end or p.as_of_start).toordinal() for p in dated if p.as_of_start)
        if t0 == t1:
            t0, t1 = t0 - 1, t1 + 1
        pad = (t1 - t0) * 0.06
        t0f, t1f = t0 - pad, t1 + pad
    else:
        t0f, t1f = 0.0, 1.0

    def x_at(t: float) -> float:
        return plot_left + (t - t0f) / (t1f - t0f) * (plot_right - plot_left)

    if dated:
        days = sorted(
            {p.as_of_start.toordinal() for p in dated if p.as_of_start}
            | {(p.as_of_end or p.as_of_start).toordinal() for p in dated if p.as_of_start}
        )
        shown: list[int] = []
        min_gap = (t1f - t0f) * 70 / max(plot_right - plot_left, 1)
        for day in days:
            if not shown or day - shown[-1] >= min_gap:
                shown.append(day)
        x_ticks = [Tick(x_at(t), dt.date.fromordinal(t).isoformat()) for t in shown]

    marks: list[Mark] = []
    for i, p in enumerate(undated):
        assert undated_left is not None
        x = undated_left + UNDATED_BAND * (i + 1) / (len(undated) + 1)
        marks.append(_mark(p, x, x, x, y_at, plot_top, plot_bottom, colour_of, labels, False))
    for p in dated:
        assert p.as_of_start is not None
        s = p.as_of_start.toordinal()
        e = (p.as_of_end or p.as_of_start).toordinal()
        xs, xe = x_at(s), x_at(e)
        marks.append(
            _mark(p, (xs + xe) / 2, xs, xe, y_at, plot_top, plot_bottom, colour_of, labels, True)
        )
    marks = _spread(marks)
    where = {m.claim: m for m in marks}
    links: list[Link] = []
    for did in figure.discrepancies:
        d = discrepancies.get(did)
        if d is None or len(d.claims) != 2:
            continue
        a, b = where.get(d.claims[0]), where.get(d.claims[1])
        if a is None or b is None:
            continue
        links.append(Link(a.x, a.y, b.x, b.y, d.severity.value, d.id))
    order = {p.claim: i for i, p in enumerate(points)}
    marks.sort(key=lambda m: order[m.claim])
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        plot_left=plot_left,
        plot_right=plot_right,
        plot_top=plot_top,
        plot_bottom=plot_bottom,
        undated_left=undated_left,
        marks=tuple(marks),
        links=tuple(links),
        y_ticks=tuple(y_ticks),
        x_ticks=tuple(x_ticks),
        y_title=figure.label if not figure.unit else f"{figure.label} ({unit_label(figure.unit)})",
        log=log,
    )


def _mark(
    p: FigureClaim,
    x: float,
    xs: float,
    xe: float,
    y_at: Callable[[float], float],
    top: float,
    bottom: float,
    colour_of: dict[str, int],
    labels: dict[str, str],
    dated: bool,
) -> Mark:
    low, high = p.low, p.high
    centre = p.nominal
    if centre is None:
        finite = [v for v in (low, high) if v is not None]
        centre = sum(finite) / len(finite) if finite else 0.0
    y = y_at(centre)
    y_low = min(y + OPEN_STUB, bottom) if low is None else y_at(low)
    y_high = max(y - OPEN_STUB, top) if high is None else y_at(high)
    return Mark(
        claim=p.claim,
        x=round(x, 1),
        y=round(y, 1),
        y_low=round(max(min(y_low, bottom), top), 1),
        y_high=round(max(min(y_high, bottom), top), 1),
        open_low=low is None,
        open_high=high is None,
        x_start=round(xs, 1),
        x_end=round(xe, 1),
        colour=colour_of.get(p.claim, 0) % PALETTE_SIZE,
        dated=dated,
        label=labels.get(p.claim, ""),
    )


def _spread(marks: list[Mark], gap: float = 9.0) -> list[Mark]:
    """Marks at one spot side by side: claims of one day stand a few pixels apart, so
    that each can be pointed at."""
    out: list[Mark] = []
    by_x: dict[float, list[Mark]] = {}
    for m in marks:
        by_x.setdefault(m.x, []).append(m)
    for x, group in by_x.items():
        k = len(group)
        for i, m in enumerate(sorted(group, key=lambda m: (m.y, m.claim))):
            dx = (i - (k - 1) / 2) * gap
            if dx:
                m = Mark(
                    m.claim,
                    round(x + dx, 1),
                    m.y,
                    m.y_low,
                    m.y_high,
                    m.open_low,
                    m.open_high,
                    m.x_start,
                    m.x_end,
                    m.colour,
                    m.dated,
                    m.label,
                )
            out.append(m)
    return out
