"""Schema files are read within limits, and every problem is a SchemaDefinitionError
naming the file and the line, never a traceback or a memory blow-up."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import SchemaDefinitionError
from factcheck.schema.files import check_schema_file, check_schema_text, load_schema_text

HEAD = "name: limits_{n}\nlexicon: {{en: [delivered]}}\n"


def laughs() -> str:
    """435 bytes or so that stand for 9**9 values, under a key no schema reads."""
    lines = ["extra:", '  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 9):
        lines.append(f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]")
    return HEAD.format(n=1) + "\n".join(lines) + "\n"


def errors_of(text: str) -> list[SchemaDefinitionError]:
    spec, errors = check_schema_text(text, "s.yaml")
    assert spec is None or errors
    return errors


def test_billion_laughs_is_refused_in_no_time(tmp_path: Path) -> None:
    started = time.perf_counter()
    [error] = errors_of(laughs())
    assert time.perf_counter() - started < 5  # refused by counting, not by walking
    assert "aliases (*name) are expanded" in error.message
    assert str(error).startswith("s.yaml:")


@pytest.mark.parametrize(
    ("checks", "words"),
    [
        ("{ge: " + "9" * 5000 + "}", "a number of 5,000 digits is too long"),
        ("{after: 2024-02-30}", "the date '2024-02-30' does not exist"),
        ("{after: !!timestamp 2024-99-99}", "the date '2024-99-99' does not exist"),
    ],
)
def test_values_that_cannot_be_read_name_file_and_line(checks: str, words: str) -> None:
    text = (
        HEAD.format(n=2) + "slots:\n  when:\n    type: time\n"
        f"    checks: {checks}\ncompared: when\n"
    )
    [error] = errors_of(text)
    assert (error.source, error.line) == ("s.yaml", 6)
    assert words in error.message
    with pytest.raises(SchemaDefinitionError):
        load_schema_text(text, source="s.yaml", register=False)


def test_recursive_and_deep_yaml() -> None:
    [error] = errors_of(HEAD.format(n=3) + "extra: &a [1, *a]\n")
    assert "contains it" in error.message
    [error] = errors_of(HEAD.format(n=4) + "extra: " + "[" * 40 + "]" * 40 + "\n")
    assert "nests deeper" in error.message


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(HEAD.format(n=5) + "# " + "x" * 1_100_000 + "\n", encoding="utf-8")
    _, [error] = check_schema_file(big)
    assert "characters long" in error.message and error.source == str(big)


def test_schema_check_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lol.yaml"
    path.write_text(laughs(), encoding="utf-8")
    assert main(["schema", "check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:") and "Traceback" not in err
    assert main(["report", str(tmp_path), "--schema", str(path)]) == 2
    assert "aliases" in capsys.readouterr().err
