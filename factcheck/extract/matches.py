"""What the rule engines find in text, before claims are assembled.

Each engine (numbers, time, places) scans a window of an article's text and returns
matches with *absolute* offsets into that text. The claim assembler
(:mod:`factcheck.extract.pipeline`) combines them with counted nouns, attribution and
modality into :class:`~factcheck.models.Claim` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factcheck.models import Place, Quantity, TimeRef


class NumberRole(StrEnum):
    """What a number expression is, as far as the number engine can tell."""

    AMOUNT = "amount"
    """A count or amount; the counted noun (if any) follows at ``QuantityMatch.end``."""
    MEASURE = "measure"
    """A number with a physical unit ("300 Kilometer", "60.000 Tonnen")."""
    MONEY = "money"
    """A number with a currency ("4,5 Milliarden Euro", "$3bn")."""
    PERCENT = "percent"
    """A percentage or fraction ("20 Prozent", "die Hälfte")."""
    DURATION = "duration"
    """A number with a time unit ("24 Jahren", "knapp zweitägigen")."""
    AGE = "age"
    """An age ("71-jährige", "71-year-old")."""
    ORDINAL = "ordinal"
    """A rank ("siebente", "7.", "seventh")."""


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A number expression with its hedge, scale word and unit.

    ``start``..``end`` covers the hedge word(s), the number, the scale word and the unit
    word ("rund 10.000", "bis zu 4,8 Millionen", "rund 300 Kilometer", "20 bis 30",
    "knapp zweitägigen", "71-jährige"), not the counted noun that may follow.
    """

    start: int
    end: int
    quantity: Quantity
    role: NumberRole
    number_start: int
    """Where the number itself (digits or number words) starts."""
    number_end: int
    """Where the number itself ends (before scale/unit words)."""
    adjectival: bool = False
    """True when the number is fused into an adjective ("zweitägigen", "71-jährige")."""


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time expression ("bis zum 28. Juni", "am Mittwoch", "seit 24 Jahren")."""

    start: int
    end: int
    time: TimeRef


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place name with its resolution ("im Kosmodrom Baikonur" -> a site in Russia).

    ``start``..``end`` covers the name only; ``preposition`` is the preposition before
    it, lower-cased ("in", "im", "nach", "aus", "von", "at"), if any.
    """

    start: int
    end: int
    place: Place
    preposition: str | None = None
    metonym: bool = False
    """True when a capital or seat of power stands for its state ("Moskau", "Kreml")."""
