"""JSON Lines: one article per line; a bad line is an error with its number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import load

GOOD_DE = {
    "id": "pnp-1",
    "text": "Die Donau ist am Montag auf mehr als zehn Meter gestiegen.",
    "date": "2024-06-03",
    "source": "Passauer Neue Presse",
    "url": "https://example.org/1",
    "title": "Hochwasser",
    "extra": {"ignored": True},
}
GOOD_EN = {"text": "The Danube rose above ten metres on Monday, the city said.", "language": "en"}


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_become_articles(tmp_path: Path) -> None:
    path = write(tmp_path, [json.dumps(GOOD_DE), "", "   ", json.dumps(GOOD_EN)])
    result = load(path)
    assert result.errors == []
    first, second = result.articles
    assert first.id == "pnp-1"
    assert first.path == str(path)
    assert first.text == GOOD_DE["text"]
    assert str(first.published) == "2024-06-03"
    assert (first.source, first.url, first.title) == (
        "Passauer Neue Presse",
        "https://example.org/1",
        "Hochwasser",
    )
    assert first.language == "de"
    assert first.language_detected
    assert second.id == "feed:4"
    assert (second.language, second.language_detected) == ("en", False)


def test_bad_lines_are_errors_and_good_lines_still_load(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD_DE),
        '{"text": "unterminated',
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Ein Text.", "date": "bald"}),
        json.dumps({"text": "Ein Text.", "id": ["x"]}),
        json.dumps(GOOD_EN),
    ]
    result = load(write(tmp_path, lines))
    assert [a.id for a in result] == ["pnp-1", "feed:9"]
    assert [(e.line, e.code) for e in result.errors] == [
        (2, "jsonl"),
        (3, "jsonl"),
        (4, "jsonl"),
        (5, "jsonl"),
        (6, "empty"),
        (7, "metadata"),
        (8, "jsonl"),
    ]
    assert all(e.path.endswith("feed.jsonl") for e in result.errors)
    assert "'text'" in result.errors[2].message


def test_record_text_with_a_date_line(tmp_path: Path) -> None:
    record = {"id": "s", "text": " date 2024-06 Die Donau steigt weiter an."}
    [article] = load(write(tmp_path, [json.dumps(record)]))
    assert str(article.published) == "2024-06"
    assert article.body_start == len(" date 2024-06 ")


def test_record_date_wins_over_text_date_and_default(tmp_path: Path) -> None:
    record = {"text": " date 2024-06 Die Donau steigt.", "published": "2023-09"}
    undated = {"text": "Die Donau steigt weiter an."}
    a, b = load(write(tmp_path, [json.dumps(record), json.dumps(undated)]), published="2020")
    assert str(a.published) == "2023-09"
    assert str(b.published) == "2020"


def test_duplicate_record_ids_are_made_unique(tmp_path: Path) -> None:
    rec = json.dumps({"id": "x", "text": "The Danube rose on Monday."})
    assert [a.id for a in load(write(tmp_path, [rec, rec, rec]))] == ["x", "x~2", "x~3"]


def test_a_file_of_blank_lines_is_empty(tmp_path: Path) -> None:
    with pytest.raises(InputReadError) as info:
        load(write(tmp_path, ["", "  ", ""]))
    assert info.value.code is ErrorCode.EMPTY
