"""Long patterns compiled from the on-disk cache behave exactly as ``re.compile``'s."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import _recache

_WORDS = ["Januar", "Februar", "März", "April", "Montag", "Dienstag", "bis", "seit"]
_LONG = (
    r"(?P<d>\d{1,2})\.\s+(?P<m>"
    + "|".join(f"{w}{i}" for i in range(300) for w in _WORDS[:4])
    + r"|März)(?:\s+(?P<y>\d{4}))?|(?i:"
    + "|".join(_WORDS[4:])
    + r")(?!\w)"
)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_long_pattern_is_stored_and_read_back(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(_LONG) >= _recache.MIN_LENGTH
    ref = re.compile(_LONG)
    first = _recache.compile(_LONG)
    files = list((cache / "regex").iterdir())
    assert len(files) == 1

    def no_parsing(*_a: object, **_k: object) -> None:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(re._parser, "parse", no_parsing)  # type: ignore[attr-defined]
    second = _recache.compile(_LONG)
    for p in (first, second):
        assert isinstance(p, re.Pattern)
        assert (p.pattern, p.flags, p.groups, p.groupindex) == (
            ref.pattern,
            ref.flags,
            ref.groups,
            ref.groupindex,
        )


@given(st.lists(st.sampled_from([*_WORDS, "9. ", "12. ", "2024", " ", "x"]), max_size=12))
@settings(max_examples=100, deadline=None)
def test_matches_as_re_compile(parts: list[str]) -> None:
    text = "".join(parts)
    ours, ref = _recache.compile(_LONG, re.IGNORECASE), re.compile(_LONG, re.IGNORECASE)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in ref.finditer(text)]
    assert [m.groupdict() for m in ours.finditer(text)] == [
        m.groupdict() for m in ref.finditer(text)
    ]


def test_damaged_file_is_rebuilt(cache: Path) -> None:
    _recache.compile(_LONG)
    (path,) = (cache / "regex").iterdir()
    path.write_bytes(b"\x00garbage")
    assert _recache.compile(_LONG).match("9. März 2024") is not None
    assert path.read_bytes() != b"\x00garbage"


def test_unwritable_cache_folder_still_compiles(cache: Path) -> None:
    (cache / "regex").write_text("a file where the folder should be")
    assert _recache.compile(_LONG).match("9. März") is not None


def test_short_patterns_go_to_re() -> None:
    assert _recache.compile(r"\d+") is re.compile(r"\d+")


def test_doctest() -> None:
    assert doctest.testmod(_recache).failed == 0


def test_patterns_of_older_versions_are_pruned(cache: Path) -> None:
    """Writing a new pattern file removes the least recently used files beyond
    KEEP_PATTERNS; a file read back counts as used."""
    folder = cache / "regex"
    folder.mkdir()
    _recache.compile(_LONG)  # written now
    (mine,) = folder.iterdir()
    os.utime(mine, (50.0, 50.0))
    _recache.compile(_LONG)  # read back: used now
    stale = []
    for n in range(_recache.KEEP_PATTERNS + 5):
        p = folder / f"{n:04d}.marshal"
        p.write_bytes(b"x")
        os.utime(p, (100.0 + n, 100.0 + n))
        stale.append(p)
    _recache.compile(_LONG + "|neu")  # a new pattern: written, the folder pruned
    left = set(folder.iterdir())
    assert len(left) == _recache.KEEP_PATTERNS
    assert mine in left
    assert not any(p in left for p in stale[:7])  # the oldest went first
