"""Quantities: a number with its unit and the interval its wording admits."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Literal

from pydantic import model_validator

from factcheck.models._base import Frozen
from factcheck.models.hedge import Interval, Qualifier, interval_for


class UnitKind(StrEnum):
    """What sort of thing :attr:`Quantity.unit` names."""

    COUNT = "count"
    """A count of things: ``unit`` is the counted noun's lemma (``Container``)."""
    PHYSICAL = "physical"
    """A pint unit (``kilometer``, ``tonne``, ``day``)."""
    CURRENCY = "currency"
    """A currency code (``EUR``, ``USD``), a pint unit of its own dimension."""
    PERCENT = "percent"
    """A percentage or fraction (``percent``)."""
    ORDINAL = "ordinal"
    """A rank ("the seventh meeting"): the value is the position."""
    NONE = "none"
    """A bare number whose unit or counted thing is not known."""


class Direction(StrEnum):
    """For changes ("stieg um 10 Prozent"): which way the value moved."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Quantity(Frozen):
    """A number as stated, with its unit and the interval its hedge admits.

    ``nominal`` is the number as stated after scale words ("4,8 Millionen" -> 4800000);
    ``low``/``high`` is the interval the wording admits (see
    :mod:`factcheck.models.hedge`), ``None`` where unbounded.
    """

    type: Literal["quantity"] = "quantity"
    """Discriminator: this value is a quantity."""
    nominal: float | None
    """The number as stated, after scale words; None for vague amounts ("Dutzende")."""
    low: float | None
    """Lowest value the wording admits; None when unbounded."""
    high: float | None
    """Highest value the wording admits; None when unbounded."""
    low_open: bool = False
    """True when ``low`` itself is excluded ("mehr als 10": (10, inf))."""
    high_open: bool = False
    """True when ``high`` itself is excluded ("knapp 2": [1.5, 2))."""
    qualifier: Qualifier = Qualifier.EXACT
    """The hedge of the wording."""
    unit: str | None = None
    """A pint unit (``kilometer``), a currency (``EUR``), or, for counts, the counted
    noun's normalised lemma (``Container``); None when not known."""
    unit_kind: UnitKind = UnitKind.NONE
    """What ``unit`` names."""
    precision: float | None = None
    """The precision the written number implies: 4.300 -> 100, 10.000 -> 1000."""
    scale: float = 1.0
    """The scale word's factor ("Millionen" -> 1e6); 1 when there is none."""
    direction: Direction | None = None
    """For changes: increase or decrease; None for levels."""
    change: bool = False
    """True when the number is a change ("um 5 Prozent") rather than a level."""

    @model_validator(mode="after")
    def _consistent(self) -> Quantity:
        lo, hi, n = self.low, self.high, self.nominal
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"low {lo} > high {hi}")
        if n is not None:
            if lo is not None and n < lo:
                raise ValueError(f"nominal {n} below low {lo}")
            if hi is not None and n > hi:
                raise ValueError(f"nominal {n} above high {hi}")
        return self

    @classmethod
    def hedged(
        cls,
        nominal: float | None,
        qualifier: Qualifier = Qualifier.EXACT,
        *,
        unit: str | None = None,
        unit_kind: UnitKind = UnitKind.NONE,
        precision: float | None = None,
        low: float | None = None,
        high: float | None = None,
        scale: float = 1.0,
        direction: Direction | None = None,
        change: bool = False,
    ) -> Quantity:
        """Build a quantity whose interval follows the hedge table."""
        iv = interval_for(qualifier, nominal, precision=precision, low=low, high=high, scale=scale)
        return cls(
            nominal=nominal,
            low=iv.low,
            high=iv.high,
            low_open=iv.low_open,
            high_open=iv.high_open,
            qualifier=qualifier,
            unit=unit,
            unit_kind=unit_kind,
            precision=precision,
            scale=scale,
            direction=direction,
            change=change,
        )

    @property
    def interval(self) -> Interval:
        """The admitted values as an :class:`Interval`."""
        return Interval(self.low, self.high, self.low_open, self.high_open)

    def describe(self) -> str:
        """A short human form: ``about 4,300 Container``, ``20-30 Soldat``."""
        unit = f" {self.unit}" if self.unit else ""
        if self.qualifier is Qualifier.RANGE:
            return f"{_fmt(self.low)}-{_fmt(self.high)}{unit}"
        if self.nominal is None:
            words = self.qualifier.value.replace("_", " ")
            if self.scale != 1:
                words += f" x {_fmt(self.scale)}"
            return f"{words}{unit}"
        prefix = _PREFIX.get(self.qualifier, "")
        return f"{prefix}{_fmt(self.nominal)}{unit}"


_PREFIX: dict[Qualifier, str] = {
    Qualifier.APPROX: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.JUST_OVER: "just over ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.UP_TO: "up to ",
    Qualifier.LESS_THAN: "less than ",
}


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    text = f"{x:,.6g}"
    if "e" in text:  # never scientific notation: six significant digits written out
        decimals = max(0, 5 - math.floor(math.log10(abs(x))))
        text = f"{x:,.{decimals}f}".rstrip("0").rstrip(".")
    return text


__all__ = ["Direction", "Quantity", "UnitKind"]
