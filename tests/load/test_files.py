"""Files, folders, glob patterns: what loads, what becomes an error, and in what order."""

from __future__ import annotations

import builtins
import os
from pathlib import Path
from typing import Any

import pytest

from factcheck.errors import ErrorCode, InputReadError, MissingInputError
from factcheck.load import LoadResult, load, load_many
from factcheck.models import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

GERMAN = "Die Donau ist am Montag auf mehr als zehn Meter gestiegen, teilte die Stadt mit.\n"
ENGLISH = "The Danube rose above ten metres on Monday, the city said in a statement.\n"


def make_folder(root: Path) -> Path:
    """A folder with good files, a bad one, an unsupported one and hidden ones."""
    folder = root / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "b.txt").write_text(" date 2024-06 " + GERMAN, encoding="utf-8")
    (folder / "a.md").write_text("---\ndate: 2024-06-19\n---\n" + ENGLISH, encoding="utf-8")
    (folder / "c.txt").write_bytes("Die Straße in Köln\n".encode("cp1252"))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "sub" / "d.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / ".git" / "e.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


# -- the seeds ---------------------------------------------------------------------------


def test_seeds() -> None:
    result = load(SEEDS)
    assert result.errors == []
    files = sorted(SEEDS.glob("*.txt"))
    assert [a.id for a in result] == [f.stem for f in files]
    dates = {a.id[:3]: str(a.published) for a in result}
    assert dates == {
        "000": "2024-06",
        "001": "unknown",
        "002": "2024-06",
        "003": "unknown",
        "004": "2023-09",
    }
    for article, file in zip(result, files, strict=True):
        assert article.text == file.read_bytes().decode("utf-8")
        assert article.path == os.path.join(str(SEEDS), file.name)
        assert article.language == "de"
        dated = article.id[:3] in {"000", "002", "004"}
        assert article.body_start == (len(" date 2024-06 ") if dated else 0)
        assert not article.body.startswith((" ", "date"))


def test_path_is_kept_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert load("articles/").articles[0].path == "articles/a.md"
    assert load("articles").articles[0].path == os.path.join("articles", "a.md")
    assert load(Path("articles") / "b.txt").articles[0].path == os.path.join("articles", "b.txt")
    assert load(folder / "b.txt").articles[0].path == str(folder / "b.txt")


# -- folders -----------------------------------------------------------------------------


def test_folder_with_bad_files_among_good_ones(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = load(folder)
    assert [a.id for a in result] == ["a", "b", "d"]
    assert [(Path(e.path).name, e.code) for e in result.errors] == [
        ("c.txt", "encoding"),
        ("notes.docx", "unsupported"),
    ]
    assert result.errors[0].line == 1
    assert "UTF-8" in result.errors[0].message


def test_folder_order_is_deterministic(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    names = ["10.txt", "2.txt", "B.txt", "a.txt", "ä.txt", "z.md"]
    for name in reversed(names):
        (folder / name).write_text(ENGLISH, encoding="utf-8")
    first = load(folder)
    assert [a.id for a in first] == sorted(Path(n).stem for n in names)
    for _ in range(3):
        assert load(folder) == first


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".DS_Store").write_bytes(b"\x00\x01")
    result = load(tmp_path / "empty")
    assert result.articles == []
    assert [e.code for e in result.errors] == ["empty"]


def test_folder_passes_language_and_default_date(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = load(folder, language="de", published="2020")
    assert {a.language for a in result} == {"de"}
    assert [str(a.published) for a in result] == ["2024-06-19", "2024-06", "2020"]


def test_fifo_in_a_folder_is_not_a_file(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    result = load(tmp_path)
    assert [a.id for a in result] == ["good"]
    assert [e.code for e in result.errors] == ["not_a_file"]
    with pytest.raises(InputReadError) as info:
        load(tmp_path / "pipe.txt")
    assert info.value.code is ErrorCode.NOT_A_FILE


# -- a single file that cannot be read raises ------------------------------------------


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError) as info:
        load(tmp_path / "nope.txt")
    assert str(tmp_path / "nope.txt") in str(info.value)
    assert isinstance(info.value, FileNotFoundError)


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("report.pdf", b"%PDF-1.7", ErrorCode.UNSUPPORTED),
        ("README", b"plain text", ErrorCode.UNSUPPORTED),
        ("scan.txt", b"%PDF-1.7\n\x00\x01", ErrorCode.BINARY),
        ("latin.txt", "Größe".encode("latin-1"), ErrorCode.ENCODING),
        ("empty.txt", b"", ErrorCode.EMPTY),
        ("only-date.txt", b" date 2024-06 \n", ErrorCode.EMPTY),
        ("broken.md", b"---\ntitle: [x\n---\nText here.", ErrorCode.FRONT_MATTER),
        ("bad-date.txt", b"---\ndate: someday\n---\nText here.", ErrorCode.METADATA),
    ],
)
def test_bad_file_raises_with_its_path(
    tmp_path: Path, name: str, data: bytes, code: ErrorCode
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputReadError) as info:
        load(path)
    assert info.value.code is code
    assert info.value.path == str(path)
    assert str(info.value).startswith(str(path))
    assert info.value.hint  # says what to do


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / "UPPER.TXT").write_text(ENGLISH, encoding="utf-8")
    assert [a.id for a in load(tmp_path / "UPPER.TXT")] == ["UPPER"]


def test_permission_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    real_open = builtins.open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refuse)
    with pytest.raises(InputReadError) as info:
        load(path)
    assert info.value.code is ErrorCode.UNREADABLE
    assert "Permission denied" in str(info.value)
    assert "permission" in info.value.hint
    assert [e.code for e in load(tmp_path).errors] == ["unreadable"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputReadError) as info:
            load(path)
        assert info.value.code is ErrorCode.UNREADABLE
    finally:
        path.chmod(0o644)


def test_bad_arguments_raise(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(InputReadError) as info:
        load(tmp_path, published="next week")
    assert info.value.path == "<published argument>"
    with pytest.raises(InputReadError):
        load_many([tmp_path], language="English")


# -- load_many ---------------------------------------------------------------------------


def test_load_many_never_raises_for_bad_inputs(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = load_many([folder / "b.txt", tmp_path / "missing.txt", tmp_path / "empty.txt"])
    assert [a.id for a in result] == ["b"]
    assert [(Path(e.path).name, e.code) for e in result.errors] == [
        ("missing.txt", "missing"),
        ("empty.txt", "empty"),
    ]
    assert result.errors[0].message.startswith("no such file or folder")


def test_globs_are_expanded_in_order(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = load_many([str(folder / "*.txt"), str(folder / "**" / "d.txt")])
    assert [a.id for a in result] == ["b", "d"]
    assert [Path(e.path).name for e in result.errors] == ["c.txt"]
    nothing = load_many([str(folder / "*.html")])
    assert nothing.articles == []
    assert [(e.path, e.code) for e in nothing.errors] == [(str(folder / "*.html"), "missing")]


def test_a_file_named_like_a_glob_is_read_as_is(tmp_path: Path) -> None:
    path = tmp_path / "[draft].txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert [a.id for a in load_many([str(path)])] == ["[draft]"]


def test_duplicate_ids_across_inputs(tmp_path: Path) -> None:
    for sub in ("one", "two", "three"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "one" / "report~2.txt").write_text(ENGLISH, encoding="utf-8")
    result = load_many([tmp_path / "one", tmp_path / "two", tmp_path / "three"])
    assert [(a.id, Path(a.path).parent.name) for a in result] == [
        ("one/report", "one"),
        ("report~2", "one"),
        ("two/report", "two"),
        ("three/report", "three"),
    ]
    assert load_many([tmp_path / "one", tmp_path / "two", tmp_path / "three"]) == result
    backwards = load_many([tmp_path / "three", tmp_path / "two", tmp_path / "one"])
    assert sorted((a.id, a.path) for a in backwards) == sorted((a.id, a.path) for a in result)


def test_load_many_keeps_input_order(tmp_path: Path) -> None:
    for name in ("x", "y"):
        (tmp_path / f"{name}.txt").write_text(GERMAN, encoding="utf-8")
    result = load_many([tmp_path / "y.txt", tmp_path / "x.txt"])
    assert [a.id for a in result] == ["y", "x"]


def test_load_result_iterates_articles() -> None:
    article = Article(id="a", path="a.txt", text="x")
    result = LoadResult(articles=[article], errors=[])
    assert list(result) == [article]
    assert len(result) == 1
    assert len(LoadResult()) == 0


def test_factcheck_load_is_callable_after_the_package_is_imported(tmp_path: Path) -> None:
    import factcheck
    import factcheck.load

    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    result = factcheck.load(tmp_path)  # type: ignore[operator,unused-ignore]
    assert [a.id for a in result] == ["a"]
    assert factcheck.load_many([tmp_path]) == result
