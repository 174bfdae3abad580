"""The ``factcheck`` command: a thin layer over the public API.

    factcheck report PATH|URL... [--format text|markdown|html|json|claimreview] [--output FILE]
                             [--fail-on SEVERITY] [--min-severity SEVERITY]
                             [--language de|en] [--published YYYY-MM[-DD]] [--schema FILE]...
                             [--cache DIR]
                             [--scheduler local:N|tcp://HOST:PORT]
    factcheck extract PATH... [--format json|jsonl] [--scheduler local:N|tcp://HOST:PORT]
    factcheck schema list | show NAME | check FILE... | export [FOLDER]
    factcheck version

Exit status: 0 when the report was made, 1 when ``--fail-on`` was given and a finding
reached that severity, 2 on bad usage or when no input could be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from factcheck.models import InputProblem

from factcheck.models.finding import Severity

SEVERITIES = tuple(s.value for s in Severity)


class _Formats:
    """``--format`` choices: every registered renderer by its CLI name, and ``jsonl`` (the
    claims as a stream). Read from the registry when argparse asks, not at import."""

    def _names(self) -> list[str]:
        from factcheck.registry import cli_formats

        return [*cli_formats(), "jsonl"]

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


FORMATS = _Formats()

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    from factcheck._version import __version__

    p = argparse.ArgumentParser(
        prog="factcheck",
        description="Find where news articles disagree: claims, discrepancies, sources.",
    )
    p.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    r = sub.add_parser("report", help="consistency report over articles (the main job)")
    r.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders, glob patterns or http(s) addresses of article pages",
    )
    r.add_argument("--format", "-f", choices=FORMATS, default="text")
    r.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    r.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        metavar="SEVERITY",
        help="exit 1 when a finding reaches SEVERITY (info|minor|major|critical)",
    )
    r.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        default="info",
        metavar="SEVERITY",
        help="leave out findings below SEVERITY",
    )
    r.add_argument(
        "--language",
        metavar="CODE",
        type=_language,
        help="force the language of every article (de or en)",
    )
    r.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for undated articles (2024-06 or 2024-06-19)",
    )
    r.add_argument(
        "--schema",
        action="append",
        default=[],
        metavar="FILE_OR_NAME",
        help="extra claim schema (YAML file or registered name); repeatable",
    )
    r.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in text output (auto: only on a terminal)",
    )
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    r.add_argument(
        "--cache",
        metavar="DIR",
        help="keep fetched web pages in DIR and read them from there on later runs",
    )
    r.add_argument(
        "--publisher",
        default="factcheck",
        help="the reviewing organisation named in ClaimReview output",
    )

    _scheduler_option(r)

    e = sub.add_parser("extract", help="claims of articles, without reconciliation")
    e.add_argument("paths", nargs="+", metavar="PATH")
    e.add_argument("--format", "-f", choices=("json", "jsonl"), default="json")
    e.add_argument("--output", "-o", metavar="FILE")
    e.add_argument("--language", metavar="CODE", type=_language)
    e.add_argument("--published", metavar="DATE")
    e.add_argument("--schema", action="append", default=[], metavar="FILE_OR_NAME")
    e.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    _scheduler_option(e)

    s = sub.add_parser("schema", help="list, show and check claim schemas")
    ssub = s.add_subparsers(dest="schema_command", metavar="ACTION")
    ssub.add_parser("list", help="registered claim schemas")
    show = ssub.add_parser("show", help="one schema's declaration as JSON")
    show.add_argument("name")
    chk = ssub.add_parser("check", help="validate schema files")
    chk.add_argument("files", nargs="+", metavar="FILE")
    exp = ssub.add_parser("export", help="write the JSON Schemas of the report formats")
    exp.add_argument("folder", nargs="?", default="schemas")

    sub.add_parser("version", help="print the version")
    return p


def _language(value: str) -> str:
    """``--language``: a code factcheck reads (``de``, ``en``, ``de-AT``...)."""
    from factcheck.errors import InputReadError
    from factcheck.lang import is_supported, languages
    from factcheck.load._language import normalize_language

    try:
        code = normalize_language(value, path="--language")
    except InputReadError:
        code = ""
    if not is_supported(code):
        raise argparse.ArgumentTypeError(
            f"factcheck reads {' and '.join(languages())}, not {value!r}; "
            "leave --language out to use each article's own language"
        )
    return code


class _UsageError(Exception):
    """A problem with the command line itself (exit 2)."""


def _scheduler_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--scheduler",
        metavar="local:N|ADDRESS",
        help="run on a Dask cluster: local:N starts N worker processes here, tcp://HOST:PORT "
        "connects to a running scheduler (needs: pip install 'factcheck[dask]')",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # never fail on a character the terminal cannot show
            reconfigure(errors="backslashreplace")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return _run(args, parser)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover - interactive
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one clear line, the traceback only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(
            f"factcheck: internal error ({type(exc).__name__}: {str(exc)[:300]}). "
            "This is a bug in factcheck; please report it (FACTCHECK_DEBUG=1 shows "
            "the traceback)",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from factcheck.errors import FactcheckError

    try:
        if args.command == "report":
            return _report(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "schema":
            return _schema(args, parser)
        if args.command == "version":
            from factcheck._version import __version__

            print(f"factcheck {__version__}")
            return EXIT_OK
    except (FactcheckError, _UsageError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_USAGE


def _check_output(output: str | None) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    if not output:
        return
    folder = os.path.dirname(os.path.abspath(output))
    if os.path.isdir(output):
        raise _UsageError(f"--output {output}: this is a folder; give a file name in it")
    if not os.path.isdir(folder):
        raise _UsageError(
            f"--output {output}: the folder {folder} does not exist; create it first "
            "(mkdir -p) or give another path"
        )
    if not os.access(folder, os.W_OK):
        raise _UsageError(
            f"--output {output}: the folder {folder} is not writable; give another path"
        )


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8", errors="backslashreplace") as fh:
                fh.write(text)
        except OSError as exc:
            raise _UsageError(
                f"--output {output}: cannot write the file ({exc.strerror or exc}); "
                "give a path in a folder you can write to"
            ) from None
    else:
        out: TextIO = sys.stdout
        out.write(text)
        if not text.endswith("\n"):
            out.write("\n")


def _where(problem: InputProblem) -> str:
    return f"{problem.path}:{problem.line}" if problem.line is not None else problem.path


def _tell(errors: Sequence[InputProblem], warnings: Sequence[InputProblem]) -> None:
    for problem in errors:
        print(f"factcheck: {_where(problem)}: {problem.message}", file=sys.stderr)
    for problem in warnings:
        print(f"factcheck: warning: {_where(problem)}: {problem.message}", file=sys.stderr)


def _progress(quiet: bool) -> Callable[[int, int, str], None] | None:
    """A progress bar on stderr, only when stderr is a terminal and not ``--quiet``."""
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, article: str) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {article[:30]:30}"
        )
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _cluster(args: argparse.Namespace) -> AbstractContextManager[Any]:
    """A Dask client for ``--scheduler`` (None without it)."""
    if not args.scheduler:
        return nullcontext(None)
    from factcheck.distributed import connect

    return connect(args.scheduler, quiet=args.quiet)


def _report(args: argparse.Namespace) -> int:
    from factcheck.api import check
    from factcheck.models import Severity

    if args.format == "jsonl":
        return _report_jsonl(args)
    _check_output(args.output)
    with _cluster(args) as client:
        report = check(
            args.paths,
            language=args.language,
            published=args.published,
            min_severity=args.min_severity,
            schemas=args.schema,
            progress=_progress(args.quiet),
            cache=args.cache,
            client=client,
        )
    _tell(report.errors, report.warnings)
    if not report.articles:
        print("factcheck: no article could be read; nothing to report", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "text":
        color = {"always": True, "never": False}.get(args.color)
        if color is None:
            color = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns if args.output is None else 100
        text = report.render("text", color=color, width=max(width, 40))
    elif args.format == "claimreview":
        text = report.render("claimreview", publisher=args.publisher)
    else:
        from factcheck.registry import cli_formats

        text = report.render(cli_formats()[args.format])
    _write(text, args.output)
    if args.fail_on:
        floor = Severity(args.fail_on)
        if any(d.severity >= floor for d in report.discrepancies):
            return EXIT_FAIL_ON
    return EXIT_OK


def _report_jsonl(args: argparse.Namespace) -> int:
    """Claims and findings as JSON Lines: on stdout, in one ``.jsonl`` file, or in shards
    in a folder (``--output DIR``), written part by part under ``--scheduler``."""
    from factcheck.distributed import _output
    from factcheck.models import Severity

    folder = args.output if args.output and not args.output.endswith(".jsonl") else None
    if folder:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise _UsageError(
                f"--output {folder}: the folder cannot be made ({exc.strerror}); give another"
            ) from None
        _check_output(os.path.join(folder, "summary.json"))
    else:
        _check_output(args.output)
    with _cluster(args) as client:
        if client is not None:
            from factcheck.distributed import stream

            sink = None if folder or not args.output else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
            try:
                done = stream(
                    args.paths,
                    client=client,
                    out=sink or sys.stdout,
                    folder=folder,
                    language=args.language,
                    published=args.published,
                    min_severity=args.min_severity,
                    schemas=args.schema,
                    progress=_progress(args.quiet),
                    cache=args.cache,
                )
            finally:
                if sink is not None:
                    sink.close()
            articles, errors, found = done.articles, done.errors, done.findings
            warnings = done.warnings
        else:
            from factcheck.api import check

            report = check(
                args.paths,
                language=args.language,
                published=args.published,
                min_severity=args.min_severity,
                schemas=args.schema,
                progress=_progress(args.quiet),
                cache=args.cache,
            )
            articles, errors, found = (
                len(report.articles),
                list(report.errors),
                list(report.discrepancies),
            )
            warnings = list(report.warnings)
            if folder:
                os.makedirs(folder, exist_ok=True)
                _output.write_claims(folder, 0, report.claims)
                _output.write_findings(folder, found)
                _output.write_rest(folder, errors, articles, len(report.claims), found)
            else:
                lines = [
                    *(_output.claim_line(c) for c in report.claims),
                    *(_output.finding_line(d) for d in found),
                    *(_output.error_line(e) for e in errors),
                    _output.summary_line(articles, len(report.claims), found, len(errors)),
                ]
                _write("\n".join(lines), args.output)
    _tell(errors, warnings)
    if not articles:
        print("factcheck: no article could be read; nothing to report", file=sys.stderr)
        return EXIT_USAGE
    if args.fail_on:
        floor = Severity(args.fail_on)
        if any(d.severity >= floor for d in found):
            return EXIT_FAIL_ON
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    import json

    from factcheck.extract import extract
    from factcheck.load import LoadResult, load_many
    from factcheck.schema import resolve_schemas

    _check_output(args.output)
    with _cluster(args) as client:
        if client is not None:
            from factcheck.distributed import extract as on_cluster

            got = on_cluster(
                args.paths,
                client=client,
                language=args.language,
                published=args.published,
                schemas=args.schema,
                progress=_progress(args.quiet),
            )
            loaded = LoadResult(articles=got.articles, errors=got.errors, warnings=got.warnings)
        else:
            loaded = load_many(args.paths, language=args.language, published=args.published)
    _tell(loaded.errors, loaded.warnings)
    if not loaded.articles:
        print("factcheck: no article could be read", file=sys.stderr)
        return EXIT_USAGE
    if client is not None:
        claims = got.claims
    else:
        schemas = resolve_schemas(args.schema)
        claims = []
        for article in loaded.articles:
            try:
                claims.extend(extract(article, schemas=schemas))
            except Exception as exc:  # one article's failure must not cost the others
                print(
                    f"factcheck: {article.path}: factcheck failed while extracting the claims "
                    f"of article {article.id!r} ({type(exc).__name__}: {str(exc)[:200]}). "
                    "This is a bug in factcheck; please report it with the file",
                    file=sys.stderr,
                )
    if args.format == "jsonl":
        text = "\n".join(c.model_dump_json() for c in claims)
    else:
        text = json.dumps(
            {
                "claims": [c.model_dump(mode="json") for c in claims],
                "errors": [e.model_dump(mode="json") for e in loaded.errors],
                "warnings": [e.model_dump(mode="json") for e in loaded.warnings],
            },
            ensure_ascii=False,
            indent=2,
        )
    _write(text, args.output)
    return EXIT_OK


def _schema(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import json

    from factcheck.registry import schemas

    if args.schema_command == "list":
        for name, schema in schemas.items():
            doc = schema.describe()["description"]
            origin = "base" if schema.builtin else "example" if _is_example(schema) else "user"
            print(f"{name:20} {origin:8} {doc}")
        return EXIT_OK
    if args.schema_command == "show":
        print(json.dumps(schemas.get(args.name).describe(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.schema_command == "check":
        from factcheck.schema.files import check_schema_file

        status = EXIT_OK
        for f in args.files:
            spec, errors = check_schema_file(f)
            for err in errors:
                print(f"{err}", file=sys.stderr)
            if errors or spec is None:
                status = EXIT_FAIL_ON
            else:
                print(f"{f}: ok (schema {spec.name!r})")
        return status
    if args.schema_command == "export":
        from factcheck.schema.files import export_examples
        from factcheck.schema.jsonschemas import write_all

        for path in [*write_all(args.folder), *export_examples(args.folder)]:
            print(path)
        return EXIT_OK
    parser.parse_args(["schema", "--help"])
    return EXIT_USAGE


def _is_example(schema: type) -> bool:
    from pathlib import Path

    from factcheck.schema.files import EXAMPLES

    where = getattr(schema, "defined_in", "")
    return bool(where) and Path(where).resolve().parent == EXAMPLES


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
