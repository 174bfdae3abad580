"""The whole job, from paths to a :class:`~factcheck.models.Report`: load -> extract ->
apply schemas -> reconcile -> report.

This is the one module that runs every layer; the layers below it (``load``, ``extract``,
``schema``, ``reconcile``, ``report``) do not import each other's whole-job functions.
``factcheck.check`` and ``factcheck.report.check`` are this module's :func:`check`.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from factcheck.errors import kind_of
from factcheck.models import Report, Settings, Severity

if TYPE_CHECKING:
    from factcheck.models import Article, Claim, InputProblem
    from factcheck.schema import ClaimSchema

PathLike = str | os.PathLike[str]

ProgressCallback = Callable[[int, int, str], None]
"""``callback(done, total, article_id)`` after each article is read."""


def check(
    paths: PathLike | Iterable[PathLike],
    *,
    language: str | None = None,
    published: str | None = None,
    min_severity: Severity | str = Severity.INFO,
    schemas: Sequence[type[ClaimSchema] | PathLike] = (),
    progress: ProgressCallback | None = None,
    cache: PathLike | None = None,
    client: Any = None,
) -> Report:
    """Load the articles at ``paths``, extract their claims, reconcile them, and return
    the report.

    ``paths`` are files, folders, glob patterns or ``http``/``https`` addresses (fetched
    with a timeout, a size limit and factcheck's user agent; ``cache``, a folder, keeps
    the fetched pages for later runs). Inputs that cannot be read are listed under
    ``report.errors``; nothing is dropped silently. ``language`` forces the language
    of every article; ``published`` is a default date ("2024-06") for undated articles;
    ``schemas`` are extra claim schemas (classes, or paths of YAML schema files).
    With a Dask ``client`` (``distributed.Client``; the ``dask`` extra), the articles
    are read, extracted and reconciled on its cluster, with the same report (see
    docs/scale-out.md).
    """
    from factcheck.load import load_many

    if client is not None:
        from factcheck.distributed import check as on_cluster

        return on_cluster(
            paths,
            client=client,
            language=language,
            published=published,
            min_severity=min_severity,
            schemas=schemas,
            progress=progress,
            cache=cache,
        )

    floor = _severity(min_severity)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    elif not isinstance(paths, Iterable):
        raise TypeError(
            "check() needs the articles to read: a file, a folder, a glob pattern or a "
            f"list of them (such as check(['articles/'])), not {kind_of(paths)}"
        )
    loaded = load_many(list(paths), language=language, published=published, cache=cache)
    return _assemble(
        loaded.articles,
        errors=loaded.errors,
        warnings=loaded.warnings,
        schemas=schemas,
        language=language,
        published=published,
        min_severity=floor,
        progress=progress,
    )


def _severity(value: Severity | str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        known = ", ".join(s.value for s in Severity)
        raise ValueError(
            f"min_severity {value!r} is not a severity; choose one of {known}"
        ) from None


def report_from(
    articles: Sequence[Article],
    *,
    schemas: Sequence[type[ClaimSchema] | PathLike] = (),
) -> Report:
    """A report over articles already in memory (e.g. built with ``read_article``)."""
    return _assemble(articles, schemas=schemas)


def _assemble(
    articles: Sequence[Article],
    *,
    errors: Sequence[InputProblem] = (),
    warnings: Sequence[InputProblem] = (),
    schemas: Sequence[type[ClaimSchema] | PathLike] = (),
    language: str | None = None,
    published: str | None = None,
    min_severity: Severity = Severity.INFO,
    progress: ProgressCallback | None = None,
) -> Report:
    """Extract, reconcile and build the report; the one path behind :func:`check` and
    :func:`report_from`. The report does not depend on the order of the inputs."""
    from factcheck.extract import extract
    from factcheck.reconcile import reconcile
    from factcheck.report.build import extraction_failed, finish
    from factcheck.schema import resolve_schemas

    user_schemas = resolve_schemas(schemas)
    ordered = sorted(articles, key=lambda a: a.id)
    claims: list[Claim] = []
    failed: list[InputProblem] = []
    kept: list[Article] = []
    with _claims_kept_out_of_collections():
        for i, article in enumerate(ordered, 1):
            try:
                claims.extend(extract(article, schemas=user_schemas))
                kept.append(article)
            except Exception as exc:  # one article's failure must not cost the others
                failed.append(extraction_failed(article, exc))
            if progress is not None:
                progress(i, len(ordered), article.id)
            if i % _FREEZE_EVERY == 0:
                _freeze()
    ordered = kept
    errors = [*errors, *failed]
    found = [d for d in reconcile(claims, articles=ordered) if d.severity >= min_severity]
    settings = Settings(
        language=language,
        default_published=published,
        min_severity=min_severity,
        schemas=tuple(s.schema_name() for s in user_schemas),
    )
    return finish(ordered, claims, found, errors, settings, warnings)


_FREEZE_EVERY = 16
"""Articles read between two freezes of the claims kept so far."""
_freezing = False


@contextmanager
def _claims_kept_out_of_collections() -> Iterator[None]:
    """While the articles are read, the claims kept so far are moved out of the garbage
    collector's reach every few articles (``gc.freeze``), so that its full collections
    do not walk them again and again: their number grows with the report, and so did
    the cost of each collection (about a tenth of a 1 MB report's extraction time).
    Claims hold no reference cycles; reference counting still frees what is dropped.
    Everything is handed back to the collector at the end (``gc.unfreeze``). Left alone
    when the process has frozen objects of its own (a server that forks)."""
    global _freezing
    own = gc.get_freeze_count() == 0 and not _freezing
    _freezing = own
    try:
        yield
    finally:
        if own:
            _freezing = False
            gc.unfreeze()


def _freeze() -> None:
    if _freezing:
        gc.collect(1)  # the young cycles of the articles just read, if any
        gc.freeze()


__all__ = ["PathLike", "ProgressCallback", "check", "report_from"]
