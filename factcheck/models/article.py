"""Articles, their publication dates, and spans of text inside them."""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import model_serializer, model_validator
from pydantic.json_schema import JsonSchemaValue

from factcheck.models._base import Frozen


class DatePrecision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    UNKNOWN = "unknown"


def period_bounds(date: dt.date, precision: DatePrecision) -> tuple[dt.date, dt.date]:
    """First and last day of the day, month, year or decade that ``date`` names."""
    if precision is DatePrecision.DAY:
        return date, date
    if precision is DatePrecision.MONTH:
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    if precision is DatePrecision.YEAR:
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision is DatePrecision.DECADE:
        y = max(date.year - date.year % 10, dt.MINYEAR)
        return dt.date(y, 1, 1), dt.date(min(y + 9, dt.MAXYEAR), 12, 31)
    raise ValueError("an unknown precision has no bounds")


class PublishedDate(Frozen):
    """A publication date with the precision actually known.

    ``2024-06`` is stored as ``date=2024-06-01, precision=month``: the day is not known,
    and code that resolves "am Mittwoch" against it must treat the whole month as possible.
    """

    date: dt.date | None = None
    """The date; for month or year precision, the first day of that month or year."""
    precision: DatePrecision = DatePrecision.UNKNOWN
    """How much of ``date`` is known."""

    @property
    def known(self) -> bool:
        """True when some part of the date is known."""
        return self.date is not None and self.precision is not DatePrecision.UNKNOWN

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the publication may have happened on, or None."""
        if self.date is None or self.precision is DatePrecision.UNKNOWN:
            return None
        return period_bounds(self.date, self.precision)

    def __str__(self) -> str:
        if self.date is None or self.precision is DatePrecision.UNKNOWN:
            return "unknown"
        if self.precision is DatePrecision.YEAR:
            return f"{self.date.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


class Span(Frozen):
    """Character offsets into :attr:`Article.text`: ``text[start:end]`` is the quote.

    On the wire (JSON) a span is the two-element array ``[start, end]``.
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, data: Any) -> Any:
        if isinstance(data, list | tuple) and len(data) == 2:
            return {"start": data[0], "end": data[1]}
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end}]: need 0 <= start <= end")
        return self

    @model_serializer(mode="plain")
    def _as_pair(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> JsonSchemaValue:
        return {
            "type": "array",
            "title": "Span",
            "description": "[start, end]: character offsets into the article's text.",
            "prefixItems": [
                {"type": "integer", "minimum": 0},
                {"type": "integer", "minimum": 0},
            ],
            "minItems": 2,
            "maxItems": 2,
        }

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end


class Article(Frozen):
    """One input article, as read from a file or a JSON Lines record."""

    id: str
    """Stable id: the file name's stem, or the record's ``id`` in a JSON Lines file."""
    path: str
    """The input file, as given (for JSON Lines, the .jsonl file; the line is in ``id``)."""
    text: str
    """The decoded text of the file, header lines included; spans index this."""
    body_start: int = 0
    """Offset in ``text`` where the article body starts, after any metadata."""
    published: PublishedDate = PublishedDate()
    """Publication date with its precision."""
    source: str | None = None
    """The outlet that published the article, when known."""
    url: str | None = None
    """Where the article was published, when known."""
    title: str | None = None
    """Headline, when known."""
    language: str = "und"
    """ISO 639-1 code (``de``, ``en``); ``und`` when it could not be determined."""
    language_detected: bool = False
    """True when the language was guessed from the text rather than given."""

    @property
    def body(self) -> str:
        """The article text after the metadata."""
        return self.text[self.body_start :]

    def quote(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]
