"""Every input is read in isolation: whatever is wrong with one file, one line or one
value costs that input only, as an entry of ``errors`` with its path, line and a human
message, and the others are still read (issue 10's repros, one test each)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import load, load_many
from factcheck.models import InputProblem

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GERMAN = "Nach Angaben der Polizei nahmen rund 8.000 Menschen an der Demonstration teil.\n"
ENGLISH = "The police said that about 8,000 people took part in the march in the city.\n"


def front(value: str) -> str:
    return f"---\ndate: {value}\n---\n{GERMAN}"


def only(errors: list[InputProblem], path: Path) -> InputProblem:
    [error] = [e for e in errors if e.path == str(path)]
    return error


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2024-02-30", "the date '2024-02-30' does not exist (day is out of range for month)"),
        ("2024-13-45", "the date '2024-13-45' does not exist (month must be in 1..12)"),
        ("0000-01-01", "the date '0000-01-01' does not exist (year 0 is out of range)"),
        ("!!timestamp 2024-99-99", "the date '2024-99-99' does not exist"),
        ("9" * 5000, "a number of 5,000 digits is too long"),
        ('"2024-02-30"', "the publication date '2024-02-30' does not exist"),
        ("31.02.2024", "the publication date '31.02.2024' does not exist"),
        ('"' + "1" * 5000 + '"', "is not understood"),
    ],
)
def test_a_bad_front_matter_value_costs_that_file_only(
    tmp_path: Path, value: str, words: str
) -> None:
    bad = tmp_path / "x.md"
    bad.write_text(front(value), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GERMAN, encoding="utf-8")
    result = load_many([bad, good])
    assert [a.id for a in result] == ["good"]
    error = only(result.errors, bad)
    assert (error.line, words in error.message) == (2, True), error.message
    assert len(error.message) < 400  # a 5,000-character value is not echoed whole
    with pytest.raises(InputReadError):
        load(bad)


def test_the_issue_repro_reports_the_seeds_and_lists_the_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "x.md"
    bad.write_text("---\ndate: 2024-02-30\n---\nRund 10.000 Container.\n", encoding="utf-8")
    report = factcheck.check([SEEDS, bad])
    assert len(report.articles) == len(list(SEEDS.glob("*.txt")))
    assert [(e.path, e.line, e.code) for e in report.errors] == [(str(bad), 2, "front_matter")]


def test_front_matter_billion_laughs_is_an_error_not_a_hang(tmp_path: Path) -> None:
    lines = ['l0: &l0 ["lol"]'] + [
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10)
    ]
    bad = tmp_path / "lol.md"
    bad.write_text("---\n" + "\n".join(lines) + "\n---\n" + GERMAN, encoding="utf-8")
    error = only(load_many([bad]).errors, bad)
    assert error.code == "front_matter" and "alias" in error.message


def write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def record(text: str, **fields: object) -> bytes:
    return json.dumps({"text": text, **fields}).encode()


def test_jsonl_one_bad_byte_costs_its_line_only(tmp_path: Path) -> None:
    lines = [record(f"{GERMAN.strip()} Meldung {n}.") for n in range(1, 13)]
    lines[9] = b'{"text": "Die Stra\xdfe in K\xf6ln wurde gesperrt."}'
    result = load(write_jsonl(tmp_path / "feed.jsonl", lines))
    assert len(result.articles) == 11
    assert "feed:10" not in [a.id for a in result]
    [error] = result.errors
    assert (error.code, error.line) == ("encoding", 10)
    assert "0xdf" in error.message


@pytest.mark.parametrize(
    ("line", "code", "words"),
    [
        (b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "jsonl", "a number of 5,000 digits"),
        (b"[" * 100_000 + b"]" * 100_000, "jsonl", "nests"),
        (record(ENGLISH, language="xx-invalid"), "language", "'xx'"),
        (record(ENGLISH, language="fr"), "language", "'fr', which factcheck cannot read"),
        (record("Kim Jong Un"), "language", "could not be determined"),
        (record(ENGLISH, date="2024-02-30"), "metadata", "does not exist"),
        (b"42", "jsonl", "is a number, not an object"),
        (record(ENGLISH, id=["x"]), "jsonl", "(an array) is not"),
    ],
)
def test_jsonl_bad_lines_are_reported_by_line(
    tmp_path: Path, line: bytes, code: str, words: str
) -> None:
    path = write_jsonl(tmp_path / "feed.jsonl", [record(ENGLISH), line, record(GERMAN)])
    result = load(path)
    assert [a.id for a in result] == ["feed:1", "feed:3"]
    [error] = result.errors
    assert (error.code, error.line, words in error.message) == (code, 2, True), error.message


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"text": "The police said \\ud800 that 8,000 people came.", "source": "A\\udfff"}\n'
        + json.dumps({"text": ENGLISH})
        + "\n",
        encoding="utf-8",
    )
    result = load(path)
    first = result.articles[0]
    assert "\ufffd" in first.text and first.source == "A\ufffd"
    assert len(first.text) == len("The police said \ud800 that 8,000 people came.")
    [warning] = result.warnings
    assert (warning.code, warning.line, warning.path) == ("replaced", 1, str(path))
    assert "2 characters" in warning.message
    report = factcheck.check([path])
    assert [w.code for w in report.warnings] == ["replaced"]
    for fmt in ("json", "text", "markdown", "html", "claimreview"):
        report.render(fmt).encode("utf-8")  # every renderer can write it


def test_a_dangling_symlink_says_so(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    direct = only(load_many([link]).errors, link)
    in_folder = only(load(tmp_path).errors, link)
    for error in (direct, in_folder):
        assert error.code == "missing"
        assert "symbolic link" in error.message and "nowhere.txt" in error.message
        assert "device" not in error.message
    assert [a.id for a in load(tmp_path)] == ["good"]


def test_ids_do_not_depend_on_the_order_of_the_inputs(tmp_path: Path) -> None:
    for sub, text in (("x", GERMAN), ("y", GERMAN.replace("8.000", "30.000"))):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(text, encoding="utf-8")
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        forward = factcheck.check(["x", "y"]).to_json()
        backward = factcheck.check(["y", "x"]).to_json()
        ids = [a.id for a in load_many(["y", "x"])]
    finally:
        os.chdir(old)
    assert forward == backward
    assert sorted(ids) == ["x/a", "y/a"]


def test_ids_keep_the_stem_when_nothing_collides(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.md").write_text(ENGLISH, encoding="utf-8")
    assert sorted(a.id for a in load_many([tmp_path / "x", tmp_path / "b.txt"])) == ["a", "b"]
    # a.md and x/a.txt share the stem: the shortest ends of their paths that differ
    assert sorted(a.id for a in load(tmp_path)) == ["a.md", "a.txt", "b"]


def test_same_stem_in_one_folder_keeps_the_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.md").write_text(ENGLISH, encoding="utf-8")
    assert [a.id for a in load(tmp_path)] == ["a.md", "a.txt"]


def test_jsonl_record_ids_colliding_across_files(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        write_jsonl(tmp_path / sub / "feed.jsonl", [record(ENGLISH), record(ENGLISH, id="r")])
    ids = [a.id for a in load_many([tmp_path / "y", tmp_path / "x"])]
    assert sorted(ids) == ["x/feed:1", "x/feed:r", "y/feed:1", "y/feed:r"]


def test_a_language_argument_factcheck_cannot_read_raises() -> None:
    for language in ("xx", "fr", "xx-invalid", "und"):
        with pytest.raises(InputReadError) as info:
            load_many([SEEDS], language=language)
        assert info.value.code is ErrorCode.LANGUAGE
        assert "it reads de, en" in str(info.value)


def test_an_undetermined_language_is_an_error_not_an_empty_article(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("12.000 / 4,8 -- Kim Jong Un\n", encoding="utf-8")
    report = factcheck.check([short, SEEDS])
    error = only(list(report.errors), short)
    assert error.code == "language" and "could not be determined" in error.message
    assert "short" not in [a.id for a in report.articles]


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.load import _files

    monkeypatch.setattr(_files, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ENGLISH, encoding="utf-8")
    result = load(tmp_path)
    assert [a.id for a in result] == ["small"]
    assert only(result.errors, big).code == "too_large"


def test_a_failure_inside_factcheck_costs_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.load import _files

    real = _files._build

    def flaky(text: str, **kwargs: object) -> object:
        if "boom" in text:
            raise ZeroDivisionError("boom")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_files, "_build", flaky)
    (tmp_path / "a.txt").write_text(ENGLISH + " boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    result = load(tmp_path)
    assert [a.id for a in result] == ["b"]
    [error] = result.errors
    assert error.code == "internal" and "ZeroDivisionError: boom" in error.message


def test_bad_path_arguments() -> None:
    with pytest.raises(TypeError, match="not nothing"):
        load_many(None)  # type: ignore[arg-type]
    result = load_many(["with\0nul.txt"])
    assert [e.code for e in result.errors] == ["missing"]
    assert "NUL" in result.errors[0].message
