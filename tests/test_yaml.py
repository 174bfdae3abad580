"""YAML read with limits (factcheck/_yaml.py): nothing is walked before it is bounded."""

from __future__ import annotations

import contextlib
import datetime as dt
import time

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck._yaml import MAX_DIGITS, Limits, YamlLimitError, safe_load

SMALL = Limits(max_chars=10_000, max_depth=10, max_nodes=500, max_aliases=20)
ROOMY = Limits(max_chars=10_000, max_depth=10, max_nodes=10_000, max_aliases=1_000)


def laughs(levels: int, width: int = 9) -> str:
    """The "billion laughs" document: each level lists the previous one ``width`` times."""
    lines = ['l0: &l0 ["lol"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def refused(text: str, limits: Limits = SMALL) -> YamlLimitError:
    with pytest.raises(YamlLimitError) as info:
        safe_load(text, limits)
    return info.value


def test_plain_yaml_reads_as_usual() -> None:
    text = "date: 2024-06-19\ntitle: Floods\ncount: 12\nshared: &s {a: 1}\nagain: *s\n"
    assert safe_load(text, SMALL) == {
        "date": dt.date(2024, 6, 19),
        "title": "Floods",
        "count": 12,
        "shared": {"a": 1},
        "again": {"a": 1},
    }
    assert safe_load("", SMALL) is None


def test_billion_laughs_is_refused_quickly_by_alias_count() -> None:
    error = refused(laughs(9))
    assert "aliases" in error.problem
    assert error.problem_mark is not None and error.problem_mark.line >= 1


def test_billion_laughs_is_refused_by_expanded_size_when_aliases_are_allowed() -> None:
    started = time.perf_counter()
    error = refused(laughs(9), ROOMY)  # 81 aliases for 9**9 (387 million) values
    assert "once its aliases (*name) are expanded" in error.problem
    # the bound is computed without expanding: a second or more would mean a walk
    assert time.perf_counter() - started < 5


def test_a_few_aliases_within_the_bounds_are_fine() -> None:
    data = safe_load(laughs(2, width=3), ROOMY)
    assert data["l2"] == [[["lol"]] * 3] * 3


def test_recursive_alias_is_refused() -> None:
    assert "contains it" in refused("a: &a [1, *a]\n", ROOMY).problem
    assert "contains it" in refused("a: &a {b: {c: *a}}\n", ROOMY).problem


@pytest.mark.parametrize(
    "text", ["[" * 50 + "]" * 50, "a:\n" + "".join(" " * i + "- \n" for i in range(30))]
)
def test_deep_nesting_is_refused(text: str) -> None:
    assert "nests deeper" in refused(text).problem


def test_size_is_checked_before_parsing() -> None:
    error = refused("x" * 10_001)
    assert "characters long" in error.problem and error.problem_mark is None


def test_too_many_values() -> None:
    assert "values" in refused("[" + ", ".join(["1"] * 600) + "]").problem


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("date: 2024-02-30", "'2024-02-30' does not exist (day is out of range"),
        ("date: 2024-13-45", "'2024-13-45' does not exist (month must be in 1..12"),
        ("date: 0000-01-01", "'0000-01-01' does not exist (year 0 is out of range"),
        ("date: !!timestamp 2024-99-99", "'2024-99-99' does not exist"),
        ("date: !!timestamp soon", "'soon' is not a date"),
        ("n: " + "9" * 5000, "a number of 5,000 digits is too long"),
        ("n: !!int abc", "cannot be read as int"),
        ("n: !!float abc", "cannot be read as float"),
        ("n: !!bool maybe", "cannot be read as bool"),
    ],
)
def test_values_that_cannot_be_read_name_their_line(text: str, words: str) -> None:
    error = refused("title: x\n" + text)
    assert words in error.problem
    assert error.problem_mark.line == 1  # 0-based: the second line
    assert error.hint


def test_the_longest_number_allowed_still_reads() -> None:
    assert safe_load("n: " + "7" * MAX_DIGITS, SMALL) == {"n": int("7" * MAX_DIGITS)}


def test_unsafe_tags_stay_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_load("x: !!python/object/apply:os.system [ls]", SMALL)


@settings(max_examples=150)
@given(st.text(max_size=300))
def test_any_text_gives_data_or_a_yaml_error(text: str) -> None:
    with contextlib.suppress(yaml.YAMLError, YamlLimitError):
        safe_load(text, SMALL)
