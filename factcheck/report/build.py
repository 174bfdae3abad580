"""A :class:`~factcheck.models.Report` assembled from its parts: articles, claims,
findings and problems (shared by the local run, :mod:`factcheck.api`, and the distributed
one, :mod:`factcheck.distributed`). This module runs no extraction or reconciliation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.models import Report, Settings

if TYPE_CHECKING:
    from factcheck.models import Article, Claim, Discrepancy, Figure, InputProblem


def finish(
    articles: list[Article],
    claims: list[Claim],
    found: list[Discrepancy],
    errors: Sequence[InputProblem],
    settings: Settings,
    warnings: Sequence[InputProblem] = (),
    *,
    figures: Sequence[Figure] | None = None,
) -> Report:
    """The report from articles by id, their claims, the findings, the problems and
    warnings (shared by the local run and the distributed one, :mod:`factcheck.distributed`).
    ``figures``: the figures of every block, made without findings
    (:func:`factcheck.report.figures.block_figures`), when already made elsewhere."""
    from factcheck.report.figures import figures_of, ordered, with_findings

    return Report.build(
        articles=articles,
        claims=claims,
        discrepancies=found,
        errors=sorted(errors, key=lambda e: (e.path, e.line or 0, e.code)),
        warnings=sorted(warnings, key=lambda e: (e.path, e.line or 0, e.code)),
        settings=settings,
        figures=(
            figures_of(claims, articles, found)
            if figures is None
            else ordered(with_findings(figures, found))
        ),
    )


def extraction_failed(article: Article, exc: Exception) -> InputProblem:
    """The problem reported for an article whose extraction raised ``exc``."""
    from factcheck.models import InputProblem

    return InputProblem(
        path=article.path,
        code="internal",
        message=f"factcheck failed while extracting the claims of article {article.id!r} "
        f"({type(exc).__name__}: {str(exc)[:200]}). This is a bug in factcheck; please "
        "report it with the file. The other articles were reported",
    )


__all__ = ["extraction_failed", "finish"]
