"""Scale-out on Dask: the same report over more articles than one machine reads in time.

``factcheck.check(paths, client=client)`` and ``factcheck report PATH... --scheduler
local:4`` (or ``tcp://host:8786``) read and extract the articles on the workers of a Dask
cluster, one input part per task (a file, or a byte range of a large JSON Lines file),
and reconcile the claims there, block by block with the local engine's blocking keys.
The report is the local one: same findings, ids, order and text. Needs the ``dask``
extra: ``pip install 'factcheck[dask]'``. See docs/scale-out.md.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from distributed import Client

    from factcheck.distributed._run import Extracted, Options
    from factcheck.models import (
        Article,
        Claim,
        Discrepancy,
        Figure,
        InputProblem,
        Report,
        Severity,
    )
    from factcheck.schema import ClaimSchema

PathLike = str | os.PathLike[str]
INSTALL = "pip install 'factcheck[dask]'"


class DaskMissingError(FactcheckError, ImportError):
    """A distributed run was asked for, but Dask is not installed."""

    def __str__(self) -> str:
        return (
            "running on a Dask cluster (--scheduler, client=) needs Dask and its "
            f"distributed scheduler, which are not installed. Install them with: {INSTALL}"
        )


class SchedulerError(FactcheckError, ValueError):
    """The ``--scheduler`` value is neither ``local:N`` nor a scheduler address."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value

    def __str__(self) -> str:
        return (
            f"--scheduler {self.value!r} is not understood. Give local:N to start N worker "
            "processes on this machine (local:2), or the address of a running Dask "
            "scheduler (tcp://host:8786)"
        )


def require() -> None:
    """Raise :class:`DaskMissingError` unless dask.distributed can be imported."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DaskMissingError() from None


@contextmanager
def local_cluster(workers: int, *, quiet_logs: bool = True, **options: Any) -> Iterator[Any]:
    """A Dask LocalCluster of ``workers`` worker processes of one thread each (the work
    is pure Python and holds the GIL), as ``--scheduler local:N`` starts it; ``options``
    go to ``LocalCluster`` (``memory_limit=0`` for benchmarks).

    Work stealing is off: a small task on an input part (its summary, its routing)
    would otherwise be moved to an idle worker along with the whole part. The extraction
    tasks are balanced without it (Dask hands them out as workers free up)."""
    require()
    import logging

    import dask
    from distributed import LocalCluster

    settings = {"distributed.scheduler.work-stealing": False}
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL if quiet_logs else logging.ERROR,
            **options,
        ) as cluster,
    ):
        yield cluster


@contextmanager
def connect(scheduler: str, *, quiet: bool = False) -> Iterator[Client]:
    """A client of the cluster named by ``scheduler``: ``local:N`` starts a LocalCluster
    of N worker processes (:func:`local_cluster`) for the duration; an address
    (``tcp://host:8786``, ``tls://...``) connects to a running scheduler. The dashboard
    address is printed on stderr unless ``quiet``."""
    require()
    from contextlib import ExitStack

    from distributed import Client

    from factcheck.distributed._run import note

    value = scheduler.strip()
    with ExitStack() as stack:
        if value.startswith("local:"):
            try:
                n = int(value.removeprefix("local:"))
            except ValueError:
                raise SchedulerError(scheduler) from None
            if n < 1:
                raise SchedulerError(scheduler)
            cluster = stack.enter_context(local_cluster(n, quiet_logs=False))
            client = stack.enter_context(Client(cluster))
            where = f"Dask LocalCluster of {n} workers"
        elif "://" in value:
            client = stack.enter_context(Client(value))
            where = f"Dask scheduler {value}"
        else:
            raise SchedulerError(scheduler)
        if not quiet:
            note(f"{where}; dashboard {client.dashboard_link}")
        yield client


def check(
    paths: PathLike | Iterable[PathLike],
    *,
    client: Client,
    language: str | None = None,
    published: str | None = None,
    min_severity: Severity | str = "info",
    schemas: Sequence[Any] = (),
    progress: Callable[[int, int, str], None] | None = None,
    cache: PathLike | None = None,
    **tuning: Any,
) -> Report:
    """The report of :func:`factcheck.check`, made on the Dask cluster of ``client``.

    ``tuning`` (for tests and large runs): ``chunk_bytes`` (JSON Lines byte ranges),
    ``hot_block`` (claims of one measure key above which its block is cut along the
    time sweep), ``partitions`` (quantity partitions).
    """
    from concurrent.futures import ThreadPoolExecutor

    from factcheck.distributed._run import gather_parts, reconcile_parts
    from factcheck.models import Settings
    from factcheck.models import Severity as Sev
    from factcheck.report.build import finish

    floor = Sev(min_severity)
    user_schemas, options, run = _start(
        client, paths, language, published, schemas, progress, cache, tuning
    )
    with ThreadPoolExecutor(1, thread_name_prefix="factcheck-gather") as pool:
        # the client reads the parts' claims while the workers reconcile them
        pending = pool.submit(gather_parts, client, run.parts)
        done = reconcile_parts(client, run, options, figures=True)
        got = pending.result()
    found = [d for d in done.findings if d.severity >= floor]
    settings = Settings(
        language=language,
        default_published=published,
        min_severity=floor,
        schemas=tuple(s.schema_name() for s in user_schemas),
    )
    figures = [*done.figures, *_hot_figures(done.hot, got.claims, got.articles)]
    return finish(
        got.articles, got.claims, found, got.problems, settings, got.warnings, figures=figures
    )


def _hot_figures(hot: list[str], claims: list[Claim], articles: list[Article]) -> list[Figure]:
    """The figures of the blocks cut along the sweep (a figure needs its whole block),
    made on the client from the claims it gathered for the report."""
    if not hot:
        return []
    from factcheck.reconcile.quantities import measure_key
    from factcheck.report.figures import block_figures

    keys = set(hot)
    groups: dict[str, dict[str, Claim]] = {k: {} for k in hot}
    for c in claims:
        if c.quantity is not None:
            k = measure_key(c)
            if k in keys:
                groups[k][c.id] = c
    arts = {a.id: a for a in articles}
    return [
        f for k in hot for f in block_figures(k, [groups[k][i] for i in sorted(groups[k])], arts)
    ]


@dataclass(frozen=True, slots=True)
class Extraction:
    """What ``factcheck extract`` gives: the articles and their claims in input order,
    and the inputs that could not be read."""

    articles: list[Article]
    claims: list[Claim]
    errors: list[InputProblem]
    warnings: list[InputProblem]


def extract(
    paths: PathLike | Iterable[PathLike],
    *,
    client: Client,
    language: str | None = None,
    published: str | None = None,
    schemas: Sequence[Any] = (),
    progress: Callable[[int, int, str], None] | None = None,
    **tuning: Any,
) -> Extraction:
    """The articles and claims of ``factcheck extract``, extracted on the cluster."""
    run = _start(client, paths, language, published, schemas, progress, None, tuning)[2]
    out = Extraction([], [], [], [])
    for part in client.gather(run.parts):
        out.articles.extend(part.articles)
        out.claims.extend(part.claims)
        out.errors.extend(part.problems)
        out.warnings.extend(part.warnings)
    return out


@dataclass(frozen=True, slots=True)
class Streamed:
    """What a streamed run wrote: counts, the findings and the unreadable inputs."""

    articles: int
    claims: int
    findings: list[Discrepancy]
    errors: list[InputProblem]
    warnings: list[InputProblem]


def stream(
    paths: PathLike | Iterable[PathLike],
    *,
    client: Client,
    out: TextIO | None = None,
    folder: PathLike | None = None,
    language: str | None = None,
    published: str | None = None,
    min_severity: Severity | str = "info",
    schemas: Sequence[Any] = (),
    progress: Callable[[int, int, str], None] | None = None,
    cache: PathLike | None = None,
    **tuning: Any,
) -> Streamed:
    """Claims and findings as JSON Lines (see :mod:`factcheck.distributed._output`),
    written to ``out`` part by part, or in shards into ``folder`` by the workers (a
    folder they can write to); only the findings are held by the client. Claims come
    in input order, part by part; findings in report order."""
    from concurrent.futures import ThreadPoolExecutor

    from factcheck.distributed import _output
    from factcheck.distributed._run import reconcile_parts
    from factcheck.models import Severity as Sev

    floor = Sev(min_severity)
    _schemas, options, run = _start(
        client, paths, language, published, schemas, progress, cache, tuning
    )
    # the claims are written (by the workers into the folder, or here to `out` as the
    # parts come) while the parts are routed; then the parts are let go
    order = lambda e: (e.path, e.line or 0, e.code)  # noqa: E731 - as in the report
    if folder is not None:
        target = os.fspath(folder)
        os.makedirs(target, exist_ok=True)
        writes = [
            client.submit(_output.write_part, p, target, i, pure=False)
            for i, p in enumerate(run.parts)
        ]
        done = reconcile_parts(client, run, options, release=True)
        written = client.gather(writes)
    else:
        assert out is not None, "give out= or folder="
        lines = [client.submit(_output.part_lines, p, pure=False) for p in run.parts]
        sink = out

        def pull() -> list[tuple[int, int, tuple[list[InputProblem], list[InputProblem]]]]:
            got = []
            while lines:
                n_art, text, problems = lines.pop(0).result()
                sink.write(text)
                got.append((n_art, text.count("\n"), problems))
            return got

        with ThreadPoolExecutor(1, thread_name_prefix="factcheck-lines") as pool:
            pending = pool.submit(pull)
            done = reconcile_parts(client, run, options, release=True)
            written = pending.result()
    found = [d for d in done.findings if d.severity >= floor]
    articles = claims = 0
    errors: list[InputProblem] = []
    warnings: list[InputProblem] = []
    for n_art, n_claims, (probs, warns) in written:
        articles += n_art
        claims += n_claims
        errors.extend(probs)
        warnings.extend(warns)
    errors.sort(key=order)
    warnings.sort(key=order)
    if folder is not None:
        _output.write_findings(target, found)
        _output.write_rest(target, errors, articles, claims, found)
        return Streamed(articles, claims, found, errors, warnings)
    for d in found:
        sink.write(_output.finding_line(d) + "\n")
    for e in errors:
        sink.write(_output.error_line(e) + "\n")
    sink.write(_output.summary_line(articles, claims, found, len(errors)) + "\n")
    return Streamed(articles, claims, found, errors, warnings)


def _start(
    client: Client,
    paths: PathLike | Iterable[PathLike],
    language: str | None,
    published: str | None,
    schemas: Sequence[Any],
    progress: Callable[[int, int, str], None] | None,
    cache: PathLike | None,
    tuning: dict[str, Any],
) -> tuple[list[type[ClaimSchema]], Options, Extracted]:
    """What every distributed run starts with: the user schemas resolved (on the
    client, so that a bad one fails early), the run's options, and the input parts
    extracted on the workers."""
    from factcheck.distributed._run import Options, extract_parts
    from factcheck.schema import resolve_schemas

    user_schemas = resolve_schemas(list(schemas))
    folder = None if cache is None else os.fspath(cache)
    options = Options(language, published, tuple(schemas), folder, **tuning)
    return user_schemas, options, extract_parts(client, _paths(paths), options, progress)


def _paths(paths: PathLike | Iterable[PathLike]) -> list[str]:
    if isinstance(paths, str | os.PathLike):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


__all__ = [
    "INSTALL",
    "DaskMissingError",
    "Extraction",
    "SchedulerError",
    "Streamed",
    "check",
    "connect",
    "extract",
    "local_cluster",
    "require",
    "stream",
]
