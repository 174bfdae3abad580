"""Lemmas and known words, from simplemma, served from an on-disk index.

simplemma decodes a language's whole dictionary on first use (German: about 2.5 s, a
million entries). factcheck instead copies each dictionary once into an SQLite file in
its cache folder and looks words up there, so a new process starts answering at once;
the results are simplemma's own. The cache folder is ``$FACTCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``; when it cannot be written,
simplemma's in-memory dictionaries are used as they are.

The folder's entries are keyed by the versions and data that made them, so an upgrade
or an edited language pack writes new ones. :func:`prune_cache` keeps it from growing
without bound: when an entry is written, the entries of its kind beyond the
:data:`KEEP_PER_KIND` most recently used (:func:`mark_used`) are removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

CACHE_ENV = "FACTCHECK_CACHE_DIR"

KEEP_PER_KIND = 3
"""Entries of one kind kept in the cache folder (the gazetteer, the GeoNames cities,
pint's definitions, a language's dictionary), the most recently used: enough for a few
installed versions used side by side without one rebuilding the other's entry."""


def cache_dir() -> Path:
    """Where factcheck keeps files it can rebuild (lemma indexes, the gazetteer)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "factcheck"


def mark_used(path: Path) -> None:
    """Record that the cache entry ``path`` (a file or a folder) served this run: its
    modification time becomes now, which :func:`prune_cache` ranks entries by. Nothing
    happens when the folder cannot be written."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune_cache(current: Path, pattern: str, keep: int = KEEP_PER_KIND) -> list[Path]:
    """Remove the entries of ``current``'s folder that match the glob ``pattern`` (one
    kind of entry: ``"gazetteer-*.pickle"``), but for the ``keep`` most recently used,
    ``current`` (the entry just written) always among them. Files and folders alike;
    temporary files of a write under way (``*.tmp``) are left alone. Returns what was
    removed; an entry that cannot be removed (another process removed it first, a
    read-only folder) is skipped."""
    try:
        entries = [p for p in current.parent.glob(pattern) if p != current and p.suffix != ".tmp"]
        stamped = []
        for p in entries:
            with contextlib.suppress(OSError):
                stamped.append((p.stat().st_mtime, p.name, p))
    except OSError:
        return []
    stamped.sort(reverse=True)
    removed = []
    for _, _, p in stamped[max(0, keep - 1) :]:
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
        except OSError:
            continue
        removed.append(p)
    return removed


class _SqliteDictionary(Mapping[str, str]):
    """A read-only word -> lemma mapping backed by an SQLite file."""

    def __init__(self, path: Path) -> None:
        # immutable: the file is never written once built (a rebuild replaces it), so
        # SQLite takes no lock and re-reads no header per query (3-4 x faster lookups)
        self._db = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )

    def __getitem__(self, key: str) -> str:
        row = self._db.execute("SELECT v FROM lemma WHERE k = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return str(row[0])

    def get(self, key: str, default: Any = None) -> Any:
        """The lemma of ``key``, or ``default``: one query, no KeyError raised and caught
        for a word the dictionary lacks (most words simplemma is asked about)."""
        row = self._db.execute("SELECT v FROM lemma WHERE k = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return self._db.execute("SELECT 1 FROM lemma WHERE k = ?", (key,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return (str(k) for (k,) in self._db.execute("SELECT k FROM lemma"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM lemma").fetchone()[0])


def _build(lang: str, path: Path) -> None:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    words = DefaultDictionaryFactory().get_dictionary(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE lemma (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")
        db.executemany("INSERT OR REPLACE INTO lemma VALUES (?, ?)", words.items())
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


class _Factory:
    """simplemma's DictionaryFactory protocol, answering from the SQLite indexes."""

    def __init__(self) -> None:
        self._dicts: dict[str, Mapping[str, str]] = {}

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang not in self._dicts:
            self._dicts[lang] = _open(lang)
        return self._dicts[lang]


def _open(lang: str) -> Mapping[str, str]:
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    if lang not in SUPPORTED_LANGUAGES:  # a language pack simplemma has no dictionary for
        return {}
    version = getattr(simplemma, "__version__", "0")
    path = cache_dir() / f"simplemma-{version}-{lang}.sqlite3"
    try:
        if path.exists():
            mark_used(path)
        else:
            _build(lang, path)
            prune_cache(path, f"simplemma-*-{lang}.sqlite3")
        return _SqliteDictionary(path)
    except (OSError, sqlite3.Error):
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
        )

        return DefaultDictionaryFactory().get_dictionary(lang)


@cache
def _tools() -> tuple[Any, Any]:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy
    from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy

    factory = _Factory()
    lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
    return lemmatizer, DictionaryLookupStrategy(dictionary_factory=factory)


@lru_cache(maxsize=65536)
def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word``."""
    lemmatizer, _ = _tools()
    return str(lemmatizer.lemmatize(word, lang))


@lru_cache(maxsize=65536)
def is_known(word: str, lang: str) -> bool:
    """True when simplemma's dictionary knows ``word`` (as simplemma.is_known)."""
    from simplemma.utils import normalize_token

    _, lookup = _tools()
    return lookup.get_lemma(normalize_token(word), lang) is not None
