"""The on-disk lemma index answers exactly as simplemma does, and falls back to
simplemma's own dictionaries when the cache cannot be written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import simplemma
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import lemmas

WORDS = {
    "de": ["Grenzsoldaten", "Containern", "Häuser", "Putin", "Präsidenten", "bei", "Kim"],
    "en": ["containers", "shells", "soldiers", "Putin", "joined", "people"],
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_same_answers_as_simplemma(lang: str) -> None:
    for w in WORDS[lang]:
        assert lemmas.lemmatize(w, lang) == simplemma.lemmatize(w, lang=lang)
        assert lemmas.is_known(w, lang) == simplemma.is_known(w, lang)


def test_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv(lemmas.CACHE_ENV, str(blocked))
    mapping = lemmas._open("en")
    assert not isinstance(mapping, lemmas._SqliteDictionary)
    assert mapping.get("houses") == simplemma.lemmatize("houses", lang="en")


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lemmas.CACHE_ENV, "/somewhere/else")
    assert lemmas.cache_dir() == Path("/somewhere/else")
    monkeypatch.delenv(lemmas.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert lemmas.cache_dir() == Path("/xdg/factcheck")


# -- pruning the cache folder -------------------------------------------------------------


def _entry(folder: Path, name: str, mtime: float, *, is_dir: bool = False) -> Path:
    path = folder / name
    if is_dir:
        path.mkdir()
        (path / "inside.pickle").write_text("x")
    else:
        path.write_text("x")
    os.utime(path, (mtime, mtime))
    return path


@given(
    st.lists(st.integers(1_000_000, 2_000_000), unique=True, max_size=8),
    st.integers(1, 5),
)
@settings(max_examples=60, deadline=None)
def test_prune_keeps_the_most_recently_used(stamps: list[int], keep: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old = [_entry(folder, f"gazetteer-{n:02d}.pickle", t) for n, t in enumerate(stamps)]
        other = _entry(folder, "geonames-00.json", 1.0)  # another kind: never touched
        writing = _entry(folder, "gazetteer-99.1234.tmp", 1.0)  # a write under way
        current = _entry(folder, "gazetteer-new.pickle", 1.0)  # just written, oldest stamp
        removed = lemmas.prune_cache(current, "gazetteer-*.pickle", keep)
        expect_kept = set(sorted(old, key=lambda p: -stamps[old.index(p)])[: keep - 1])
        assert set(removed) == set(old) - expect_kept
        assert {p for p in old if p.exists()} == expect_kept
        assert current.exists() and other.exists() and writing.exists()


def test_prune_removes_folders_too(tmp_path: Path) -> None:
    stale = [_entry(tmp_path, f"pint-{n}", 100.0 + n, is_dir=True) for n in range(4)]
    current = tmp_path / "pint-now"
    current.mkdir()
    removed = lemmas.prune_cache(current, "pint-*", keep=2)
    assert removed == stale[:3][::-1]  # the oldest three; the newest one stays
    assert stale[3].is_dir() and current.is_dir()


def test_mark_used_keeps_an_entry_in_use(tmp_path: Path) -> None:
    used = _entry(tmp_path, "simplemma-1-en.sqlite3", 100.0)
    idle = _entry(tmp_path, "simplemma-2-en.sqlite3", 200.0)
    lemmas.mark_used(used)  # a run read it just now
    current = _entry(tmp_path, "simplemma-3-en.sqlite3", 300.0)
    assert lemmas.prune_cache(current, "simplemma-*-en.sqlite3", keep=2) == [idle]
    assert used.exists()


def test_prune_and_mark_used_never_raise(tmp_path: Path) -> None:
    gone = tmp_path / "missing" / "gazetteer-x.pickle"
    lemmas.mark_used(gone)
    assert lemmas.prune_cache(gone, "gazetteer-*.pickle") == []


def test_a_new_dictionary_prunes_old_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a language's dictionary for a new simplemma version removes the indexes
    of versions beyond the ones kept, and of that language only."""
    monkeypatch.setenv(lemmas.CACHE_ENV, str(tmp_path))
    old = [_entry(tmp_path, f"simplemma-0.{n}-en.sqlite3", 100.0 + n) for n in range(4)]
    german = _entry(tmp_path, "simplemma-0.0-de.sqlite3", 1.0)
    mapping = lemmas._open("en")
    assert isinstance(mapping, lemmas._SqliteDictionary)
    kept = lemmas.KEEP_PER_KIND - 1
    assert [p.exists() for p in old] == [False] * (4 - kept) + [True] * kept
    assert german.exists()
