"""Large regular expressions compiled once per machine, not once per process.

The grammars of the time and number engines are alternations of every month, weekday,
unit and preposition of a language, tens of kilobytes of pattern text. Python's ``re``
parses and compiles a pattern in pure Python (``re._parser``, ``re._compiler``): about
0.1 s per large pattern, more than a second for a grammar, paid again by every new
process. What ``re`` hands to its C engine at the end (``_sre.compile``) is a list of
integers, the group names and the flags; :func:`compile` keeps exactly that in the cache
folder (:func:`factcheck.extract.lemmas.cache_dir`), one small file per pattern keyed by
the pattern text, the flags, the Python version and the engine's ``MAGIC`` number, and a
later process builds the pattern from it directly (about a millisecond).

The C engine checks the code it is given and refuses invalid code with an error, so a
damaged file cannot crash the interpreter; any problem with a file (missing, damaged,
unwritable folder, another Python) falls back to :func:`re.compile`. The pattern
object is the one ``re.compile`` returns (same type, groups and behaviour).

>>> from factcheck.extract._recache import compile
>>> compile(r"(?P<day>\\d{1,2})\\. (?P<month>März|April)").match("9. März").group("month")
'März'
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

MIN_LENGTH = 2000
"""Patterns shorter than this compile fast enough; they go to ``re.compile`` directly."""

KEEP_PATTERNS = 256
"""Files kept in the cache's ``regex`` folder, the most recently used (a process of the
two bundled languages reads about fifteen): patterns of older versions are removed when
a new one is written (:func:`factcheck.extract.lemmas.prune_cache`)."""


def _engine() -> Any:
    """The pieces of ``re`` this module relies on, or None when they are not there."""
    import importlib

    try:
        sre = importlib.import_module("_sre")
        _compiler = importlib.import_module("re._compiler")
        _parser = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - another Python implementation or version
        return None
    if not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        return None  # pragma: no cover - a future re without these internals
    return sre, _compiler, _parser


def _path(pattern: str, flags: int, sre: Any) -> Path:
    from factcheck.extract.lemmas import cache_dir

    key = f"{sys.version}\x1f{sre.MAGIC}\x1f{flags}\x1f{pattern}".encode("utf-8", "surrogatepass")
    return cache_dir() / "regex" / f"{hashlib.blake2s(key, digest_size=12).hexdigest()}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the on-disk cache when the pattern is long."""
    if len(pattern) < MIN_LENGTH:
        return re.compile(pattern, flags)
    flags = int(flags)
    engine = _engine()
    if engine is None:  # pragma: no cover
        return re.compile(pattern, flags)
    sre, compiler, parser = engine
    from factcheck.extract.lemmas import mark_used, prune_cache

    try:
        path = _path(pattern, flags, sre)
    except (OSError, RuntimeError):  # pragma: no cover - no home folder
        return re.compile(pattern, flags)
    try:
        stored, *cached = marshal.loads(path.read_bytes())
        if stored == pattern:
            p: re.Pattern[str] = sre.compile(pattern, *cached)
            mark_used(path)
            return p
    except (OSError, EOFError, ValueError, TypeError, RuntimeError):
        pass  # not cached yet, or unreadable: compile and (re)write below
    try:
        parsed = parser.parse(pattern, flags)
        code = [int(x) for x in compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex)
        p = sre.compile(pattern, *args, tuple(indexgroup))
    except Exception:  # pragma: no cover - internals changed: the public way
        return re.compile(pattern, flags)
    if _write(path, marshal.dumps((pattern, *args, tuple(indexgroup)))):
        prune_cache(path, "*.marshal", KEEP_PATTERNS)
    return p


def _write(path: Path, blob: bytes) -> bool:
    """Store ``blob`` at ``path`` (written whole or not at all); False when the folder
    cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False  # a read-only cache folder: compile every time, as re does
    return True


__all__ = ["compile"]
