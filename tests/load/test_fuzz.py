"""Fuzzing the loaders (hypothesis): whatever the bytes, front matter, YAML, JSON Lines
or paths, loading never raises and never loses an input: each one is an article or an
entry of ``errors``. Example counts stay modest so that this runs in CI every time."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.load import load_many
from factcheck.load._files import display_path
from factcheck.schema.files import check_schema_text
from tests.fuzz_inputs import input_files, jsonl_files, path_args, yaml_texts

# modest in CI; FACTCHECK_FUZZ_EXAMPLES=1000 pytest tests/... for a longer hunt
FUZZ = settings(
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow],
)


def accounted_for(paths: list[str], folder: str) -> None:
    """Every input file is in ``articles`` or in ``errors``, and nothing raises."""
    result = load_many([folder])
    seen = {a.path for a in result.articles} | {e.path for e in result.errors}
    for path in paths:
        assert display_path(path) in seen, (path, result.errors)
    for problem in [*result.errors, *result.warnings]:
        assert problem.message and problem.code
        problem.model_dump_json()  # every message can be written
    for article in result.articles:
        article.model_dump_json()
        article.text.encode("utf-8")  # no lone surrogates left


@FUZZ
@given(st.lists(input_files(), min_size=1, max_size=4, unique_by=lambda f: f[0]))
def test_any_files_are_articles_or_errors(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, data in files:
            path = os.path.join(folder, name)
            Path(path).write_bytes(data)
            paths.append(path)
        accounted_for(paths, folder)


@FUZZ
@given(jsonl_files())
def test_jsonl_every_line_is_an_article_or_an_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "feed.jsonl")
        Path(path).write_bytes(data)
        result = load_many([path])
        lines = data.split(b"\n")
        filled = [n for n, line in enumerate(lines, 1) if line.strip() and n <= len(lines)]
        line_errors = [e for e in result.errors if e.line is not None]
        if line_errors or result.articles:
            # one entry per non-blank line (blank is by bytes; a line of only
            # Unicode spaces is blank once decoded, so it may have no entry)
            assert len(result.articles) + len(line_errors) <= len(filled)
            assert {e.line for e in line_errors} <= set(filled)
        else:
            assert result.errors  # the file as a whole: empty, binary...


@FUZZ
@given(st.lists(path_args(), min_size=1, max_size=4))
def test_any_path_arguments_are_reported(paths: list[str]) -> None:
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            Path("a.txt").write_text(
                "The police said about 8,000 people took part in the march.", encoding="utf-8"
            )
            result = load_many(paths)
        finally:
            os.chdir(old)
    for problem in result.errors:
        problem.model_dump_json()
        problem.path.encode("utf-8")  # writable, whatever the argument held


@settings(max_examples=100)
@given(yaml_texts())
def test_schema_yaml_gives_a_spec_or_errors_never_an_exception(text: str) -> None:
    spec, errors = check_schema_text(text, "fuzz.yaml")
    assert spec is not None or errors
    for error in errors:
        assert str(error).startswith("fuzz.yaml")
