"""The report: articles, claims, findings and every input that could not be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from factcheck.models._base import Frozen
from factcheck.models.article import Article
from factcheck.models.claim import Claim
from factcheck.models.finding import Discrepancy, Severity

if TYPE_CHECKING:
    import pandas


class InputProblem(Frozen):
    """An input that could not be read, and what to do about it."""

    path: str
    """The input, as given (for one bad line of a JSON Lines file, the file; see ``line``)."""
    code: str
    """Why, as a stable code (see :class:`factcheck.errors.ErrorCode`)."""
    message: str
    """A human sentence: what was wrong and what to do."""
    line: int | None = None
    """Line number inside the file, when the problem is one record of it."""


class Settings(Frozen):
    """The options a report was made with, so it can be reproduced."""

    language: str | None = None
    """Language forced for every article, or None to use metadata and detection."""
    default_published: str | None = None
    """Publication date assumed for undated articles, or None."""
    min_severity: Severity = Severity.INFO
    """Findings below this severity were left out."""
    schemas: tuple[str, ...] = ()
    """Names of the claim schemas in use beyond the built-in ones."""


class Summary(Frozen):
    """Counts at a glance."""

    articles: int
    """Articles read."""
    errors: int
    """Inputs that could not be read."""
    claims: int
    """Claims extracted."""
    discrepancies: int
    """Findings reported."""
    by_severity: dict[str, int]
    """Findings per severity, every severity present (zero when none)."""
    figures: int = 0
    """Figures stated by two or more claims (see :attr:`Report.figures`)."""


class FigureClaim(Frozen):
    """One claim on a figure's timeline: when it is as of, and its value in the
    figure's unit."""

    claim: str
    """The claim's id."""
    article: str
    """The id of the article it was read from."""
    as_of_start: dt.date | None = None
    """First day the figure may describe (its own time, else the article's date);
    None when undated."""
    as_of_end: dt.date | None = None
    """Last day the figure may describe; None when undated."""
    nominal: float | None = None
    """The number as stated, in the figure's unit; None for a vague amount."""
    low: float | None = None
    """Lowest value the wording admits (its hedge), in the figure's unit; None when
    unbounded."""
    high: float | None = None
    """Highest value the wording admits, in the figure's unit; None when unbounded."""


class Figure(Frozen):
    """One figure told by several claims (a toll, a cost, a crowd): the claims of one
    measure, in as-of time order, with the findings among them."""

    id: str
    """Stable id, from the ids of its claims."""
    measure: str
    """The measure's key as the reconciliation blocks claims (``quantity|count|death``):
    the same thing, counted or measured in one dimension."""
    label: str
    """What is counted or measured, in words (``deaths``, ``EUR``, ``kilometer``)."""
    unit: str | None = None
    """The unit the values are in: for measures the pint unit the articles use most, for
    money its currency code; None for counts."""
    claims: tuple[FigureClaim, ...] = ()
    """The claims, dated ones by as-of time (then article and position), undated last."""
    discrepancies: tuple[str, ...] = ()
    """Ids of the findings between claims of this figure, in report order."""


class Report(Frozen):
    """A consistency report over a set of articles."""

    factcheck_version: str
    """Version of the library that made the report."""
    settings: Settings = Settings()
    """The options the report was made with."""
    articles: tuple[Article, ...] = ()
    """Every article read, by id (the report does not depend on the input order)."""
    claims: tuple[Claim, ...] = ()
    """Every claim extracted, by article then position."""
    discrepancies: tuple[Discrepancy, ...] = ()
    """Findings, gravest first."""
    errors: tuple[InputProblem, ...] = ()
    """Every input that could not be read; nothing is dropped silently."""
    figures: tuple[Figure, ...] = ()
    """Figures stated by two or more claims of one measure, each a timeline."""
    warnings: tuple[InputProblem, ...] = ()
    """Articles that were read with a change worth knowing (characters that cannot be
    encoded were replaced); each is also in ``articles``."""
    summary: Summary = Field(
        default_factory=lambda: Summary(
            articles=0, errors=0, claims=0, discrepancies=0, by_severity={}
        )
    )
    """Counts at a glance."""

    @classmethod
    def build(
        cls,
        *,
        articles: tuple[Article, ...] | list[Article],
        claims: tuple[Claim, ...] | list[Claim],
        discrepancies: tuple[Discrepancy, ...] | list[Discrepancy],
        errors: tuple[InputProblem, ...] | list[InputProblem] = (),
        settings: Settings | None = None,
        figures: tuple[Figure, ...] | list[Figure] = (),
        warnings: tuple[InputProblem, ...] | list[InputProblem] = (),
    ) -> Report:
        """Assemble a report and fill in its summary."""
        from factcheck._version import __version__

        by_sev = {s.value: 0 for s in Severity}
        for d in discrepancies:
            by_sev[d.severity.value] += 1
        return cls(
            factcheck_version=__version__,
            settings=settings or Settings(),
            articles=tuple(articles),
            claims=tuple(claims),
            discrepancies=tuple(discrepancies),
            errors=tuple(errors),
            figures=tuple(figures),
            warnings=tuple(warnings),
            summary=Summary(
                articles=len(articles),
                errors=len(errors),
                claims=len(claims),
                discrepancies=len(discrepancies),
                by_severity=by_sev,
                figures=len(figures),
            ),
        )

    # -- lookups ---------------------------------------------------------------------
    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (KeyError if absent)."""
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if absent)."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    # -- renderers -------------------------------------------------------------------
    def render(self, fmt: str, **options: Any) -> str:
        """Render with a registered renderer by name (``text``, ``markdown``, ``html``,
        ``json``, ``claimreview``)."""
        from factcheck.registry import renderers

        return renderers.get(fmt)(self, **options)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON, valid against ``schemas/report.schema.json``."""
        return self.model_dump_json(indent=indent)

    def to_text(self, **options: Any) -> str:
        """A plain-text report for the terminal."""
        return self.render("text", **options)

    def to_markdown(self, **options: Any) -> str:
        """A Markdown report for pasting into documents and trackers."""
        return self.render("markdown", **options)

    def to_html(self, **options: Any) -> str:
        """One self-contained HTML file (options: ``title``)."""
        return self.render("html", **options)

    def to_claimreview(self, **options: Any) -> str:
        """schema.org ClaimReview JSON-LD, one review per discrepancy (options:
        ``publisher``, ``publisher_url``, ``date_published``)."""
        return self.render("claimreview", **options)

    def to_dataframe(self) -> pandas.DataFrame:
        """One row per claim side of each discrepancy (needs the ``dataframe`` extra)."""
        from factcheck.registry import tables

        frame: pandas.DataFrame = tables.get("dataframe")(self)
        return frame

    def save(self, path: str | Path, fmt: str | None = None) -> None:
        """Write the report to a file; the format follows the suffix unless given."""
        p = Path(path)
        from factcheck.registry import renderer_for_suffix

        fmt = fmt or renderer_for_suffix(p.suffix, default="json")
        p.write_text(self.render(fmt), encoding="utf-8")
