"""Inputs cut into parts that workers read on their own: one file each, or a byte range
of a large JSON Lines file.

The client only lists the inputs (globs, folders); the workers read them. Together the
parts give exactly the articles and problems :func:`factcheck.load.load_many` gives, in
the same order, so duplicate ids are renamed as there (:func:`unique_renames`).
"""

from __future__ import annotations

import codecs
import glob
import itertools
import os
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.models import Article, InputProblem, PublishedDate

CHUNK_BYTES = 8 * 1024 * 1024
"""A JSON Lines file larger than this is read as byte ranges of about this size."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One part of the input, read by one task.

    ``kind``: ``path`` (a path as given or matched: read as :func:`load_many` reads it),
    ``url`` (an ``http``/``https`` address, fetched by the worker),
    ``file`` (a file found in a folder), ``range`` (bytes ``start..end`` of a JSON Lines
    file, whose first line is line ``first_line``) or ``problem`` (found while listing).
    """

    kind: str
    path: str
    start: int = 0
    end: int = 0
    first_line: int = 1
    problem: InputProblem | None = None
    cache: str | None = None
    """For ``url``: the folder that keeps fetched pages."""


def plan(paths: list[str], cache: str | None = None) -> list[Unit]:
    """The parts of ``paths``, in the order :func:`factcheck.load.load_many` reads them.
    Large JSON Lines files are listed whole here; :func:`split_ranges` cuts them."""
    from factcheck.errors import ErrorCode
    from factcheck.load._files import _GLOB_CHARS, _walk
    from factcheck.load._url import is_url

    units: list[Unit] = []
    for given in paths:
        if is_url(given):
            units.append(Unit("url", given, cache=cache))
            continue
        if _GLOB_CHARS.intersection(given) and not os.path.lexists(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                units.append(
                    Unit(
                        "problem",
                        given,
                        problem=InputProblem(
                            path=given,
                            code=ErrorCode.MISSING.value,
                            message="no file or folder matches this pattern. Check the "
                            "pattern, or quote it so that the shell does not expand it first",
                        ),
                    )
                )
        else:
            matches = [given]
        for match in matches:
            if not os.path.isdir(match):
                units.append(Unit("path", match))
                continue
            found = [
                Unit("file", shown) if bad is None else Unit("problem", shown, problem=bad)
                for shown, bad in _walk(match, match, set())
            ]
            # an empty folder is read whole, so that its problem is the loader's own
            units.extend(found or [Unit("path", match)])
    return units


def byte_ranges(path: str, chunk_bytes: int) -> list[tuple[int, int]]:
    """``(start, end)`` byte ranges of about ``chunk_bytes`` covering the file, each
    ending just after a line feed (or at the end of the file)."""
    size = os.path.getsize(path)
    cuts = [0]
    with open(path, "rb") as fh:
        pos = chunk_bytes
        while pos < size:
            fh.seek(pos)
            fh.readline()
            nxt = fh.tell()
            if nxt >= size:
                break
            cuts.append(nxt)
            pos = nxt + chunk_bytes
    cuts.append(size)
    return list(itertools.pairwise(cuts))


def is_splittable(unit: Unit, chunk_bytes: int) -> bool:
    """A JSON Lines file larger than ``chunk_bytes`` (not UTF-16/32, which cannot be cut
    at line feeds)."""
    if unit.kind not in ("path", "file") or not unit.path.lower().endswith(".jsonl"):
        return False
    try:
        if not os.path.isfile(unit.path) or os.path.getsize(unit.path) <= chunk_bytes:
            return False
        with open(unit.path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    boms = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    return not head.startswith(boms)


@dataclass(frozen=True, slots=True)
class RangeCount:
    """What a byte range holds: its line count, whether it reads as UTF-8 text the way
    the whole file would, and whether any line is not blank."""

    lines: int
    ok: bool
    nonblank: bool


def count_range(path: str, start: int, end: int) -> RangeCount:
    """Count the lines of a byte range (worker side), as ``str.splitlines`` counts them."""
    from factcheck.errors import InputReadError
    from factcheck.load._text import _refuse_binary

    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    try:
        if start == 0:
            _refuse_binary(data, path)
        text = data.decode("utf-8")
    except (InputReadError, UnicodeDecodeError):
        return RangeCount(0, False, False)
    lines = text.splitlines()
    return RangeCount(len(lines), True, any(line.strip() for line in lines))


def split_ranges(unit: Unit, ranges: list[tuple[int, int]], counts: list[RangeCount]) -> list[Unit]:
    """The range parts of a JSON Lines file, or the whole file when a range cannot be
    read on its own (the file's problem is then reported as the loader reports it)."""
    if not all(c.ok for c in counts) or not any(c.nonblank for c in counts):
        return [unit]
    out: list[Unit] = []
    line = 1
    for (start, end), c in zip(ranges, counts, strict=True):
        out.append(Unit("range", unit.path, start, end, line))
        line += c.lines
    return out


@dataclass(slots=True)
class Loaded:
    """What one part gave: articles in input order and problems."""

    articles: list[Article]
    problems: list[InputProblem]


def read_unit(unit: Unit, language: str | None, default: PublishedDate) -> Loaded:
    """Read one part (worker side), exactly as :func:`factcheck.load.load_many` reads it."""
    from factcheck.errors import InputReadError
    from factcheck.load._files import _load_file, _load_path
    from factcheck.load._result import problem

    if unit.kind == "problem":
        assert unit.problem is not None
        return Loaded([], [unit.problem])
    if unit.kind == "url":
        from factcheck.load._url import read_url

        try:
            return Loaded(
                [
                    read_url(
                        unit.path, language=language, default_published=default, cache=unit.cache
                    )
                ],
                [],
            )
        except InputReadError as exc:
            return Loaded([], [problem(exc)])
    if unit.kind == "path":
        arts, probs = _load_path(unit.path, language, default, strict=False)
        return Loaded(arts, probs)
    if unit.kind == "file":
        try:
            arts, probs = _load_file(unit.path, language, default)
        except InputReadError as exc:
            return Loaded([], [problem(exc)])
        return Loaded(arts, probs)
    return _read_range(unit, language, default)


def _read_range(unit: Unit, language: str | None, default: PublishedDate) -> Loaded:
    """The records of a byte range of a JSON Lines file, numbered from its first line
    (the loop of :func:`factcheck.load._jsonl.read_jsonl`, from ``first_line``)."""
    from factcheck.errors import InputReadError
    from factcheck.load._jsonl import _record
    from factcheck.load._result import problem

    with open(unit.path, "rb") as fh:
        fh.seek(unit.start)
        text = fh.read(unit.end - unit.start).decode("utf-8")
    stem = Path(unit.path).stem
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for number, line in enumerate(text.splitlines(), start=unit.first_line):
        if not line.strip():
            continue
        try:
            articles.append(
                _record(
                    line,
                    number,
                    stem=stem,
                    path=unit.path,
                    language=language,
                    default_published=default,
                )
            )
        except InputReadError as exc:
            problems.append(problem(replace(exc, line=number)))
    return Loaded(articles, problems)


def group(units: list[Unit], part_bytes: int, at_least: int) -> list[list[Unit]]:
    """Units grouped, in order, into parts of about ``part_bytes`` input bytes (smaller
    when that makes fewer than ``at_least`` parts); a byte range is a part of its own."""
    sizes = [_size(u) for u in units]
    target = max(1, min(part_bytes, sum(sizes) // max(1, at_least)))
    out: list[list[Unit]] = []
    current: list[Unit] = []
    held = 0
    for u, n in zip(units, sizes, strict=True):
        if current and (held + n > target or u.kind == "range"):
            out.append(current)
            current, held = [], 0
        current.append(u)
        held += n
        if u.kind == "range":
            out.append(current)
            current, held = [], 0
    if current:
        out.append(current)
    return out


def _size(u: Unit) -> int:
    if u.kind == "range":
        return u.end - u.start
    try:
        return os.path.getsize(u.path) if u.kind in ("path", "file") else 0
    except OSError:
        return 0


def unique_renames(ids: list[list[str]]) -> list[dict[int, str]]:
    """For the article ids of each part (in input order), the new ids of later
    duplicates, by their index in the part: ``id~2``, ``id~3``... as
    :func:`factcheck.load.load_many` names them."""
    from factcheck.load._files import _DUPLICATE_MARK

    taken = {i for part in ids for i in part}
    seen: set[str] = set()
    out: list[dict[int, str]] = []
    for part in ids:
        renames: dict[int, str] = {}
        for k, old in enumerate(part):
            new = old
            if old in seen:
                n = 2
                while f"{old}{_DUPLICATE_MARK}{n}" in taken:
                    n += 1
                new = f"{old}{_DUPLICATE_MARK}{n}"
                taken.add(new)
                renames[k] = new
            seen.add(new)
        out.append(renames)
    return out


__all__ = [
    "CHUNK_BYTES",
    "Loaded",
    "RangeCount",
    "Unit",
    "byte_ranges",
    "count_range",
    "group",
    "is_splittable",
    "plan",
    "read_unit",
    "split_ranges",
    "unique_renames",
]
