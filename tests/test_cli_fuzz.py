"""Fuzzing the command line in-process (hypothesis): random files, front matter, JSON
Lines, paths and options. Whatever the input, the exit status is 0, 1 or 2, standard
error holds no traceback, and every input file is in the report's ``articles`` or
``errors``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.load._files import display_path
from tests.fuzz_inputs import input_files, path_args

# modest in CI; FACTCHECK_FUZZ_EXAMPLES=1000 pytest tests/... for a longer hunt
FUZZ = settings(
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "25")),
    suppress_health_check=[HealthCheck.too_slow],
)


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def sane(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err, err
    assert '  File "' not in err, err


@FUZZ
@given(
    files=st.lists(input_files(), min_size=1, max_size=4, unique_by=lambda f: f[0]),
    fail_on=st.sampled_from([[], ["--fail-on", "info"], ["--fail-on", "critical"]]),
    extra=st.sampled_from(
        [[], ["--language", "en"], ["--language", "xx"], ["--published", "2024-02-30"]]
    ),
)
def test_report_json_accounts_for_every_file(
    files: list[tuple[str, bytes]], fail_on: list[str], extra: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, data in files:
            path = os.path.join(folder, name)
            Path(path).write_bytes(data)
            paths.append(path)
        code, out, err = run(["report", folder, "--format", "json", *fail_on, *extra])
    sane(code, err)
    if extra and extra[1] in ("xx", "2024-02-30"):
        assert code == 2 and not out  # bad usage: nothing was read
        return
    if code == 2:
        assert "no article could be read" in err
        return
    report = json.loads(out)
    seen = {a["path"] for a in report["articles"]} | {e["path"] for e in report["errors"]}
    for path in paths:
        assert display_path(path) in seen
    if code == 1:
        assert fail_on and report["discrepancies"]


@FUZZ
@given(
    files=st.lists(input_files(), min_size=1, max_size=3, unique_by=lambda f: f[0]),
    command=st.sampled_from(
        [
            ["report", "--format", "text"],
            ["report", "--format", "markdown"],
            ["report", "--format", "html"],
            ["report", "--format", "claimreview"],
            ["extract"],
            ["extract", "--format", "jsonl"],
        ]
    ),
)
def test_every_format_survives_any_files(
    files: list[tuple[str, bytes]], command: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files:
            Path(folder, name).write_bytes(data)
        code, out, err = run([command[0], folder, *command[1:]])
    sane(code, err)
    out.encode("utf-8")  # nothing unencodable reached the output


@FUZZ
@given(
    paths=st.lists(path_args(), min_size=1, max_size=3),
    output=st.sampled_from([[], ["-o", "missing/d/out.json"], ["-o", "."], ["-o", "ok.json"]]),
)
def test_any_path_and_output_arguments(paths: list[str], output: list[str]) -> None:
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            Path("a.txt").write_text(
                "The police said about 8,000 people took part in the march.", encoding="utf-8"
            )
            args = ["report", *paths, "--format", "json", *output]
            if any(p.startswith("-") for p in paths):
                args = ["report", "--format", "json", *output, "--", *paths]
            code, _, err = run(args)
        finally:
            os.chdir(old)
    sane(code, err)
    if output and output[1] != "ok.json":
        assert code == 2
