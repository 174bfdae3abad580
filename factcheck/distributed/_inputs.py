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
from typing import cast

from factcheck.models import Article, InputProblem, PublishedDate

CHUNK_BYTES = 8 * 1024 * 1024
"""A JSON Lines file larger than this is read as byte ranges of about this size."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One part of the input, read by one task.

    ``kind``: ``path`` (a path as given or matched: read as :func:`load_many` reads it),
    ``many`` (an address or a pattern that matches nothing: read by
    :func:`load_many` itself on the worker),
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
    """For an address: the folder that keeps fetched pages."""


def plan(paths: list[str], cache: str | None = None) -> list[Unit]:
    """The parts of ``paths``, in the order :func:`factcheck.load.load_many` reads them.
    Large JSON Lines files are listed whole here; :func:`split_ranges` cuts them."""
    from factcheck.load._files import _GLOB_CHARS, _walk
    from factcheck.load._url import is_url

    units: list[Unit] = []
    for given in paths:
        if is_url(given):
            units.append(Unit("many", given, cache=cache))
            continue
        if _GLOB_CHARS.intersection(given) and not os.path.lexists(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:  # the loader's own problem, made on the worker
                units.append(Unit("many", given))
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
    """A JSON Lines file larger than ``chunk_bytes`` (not UTF-16/32, which is decoded
    whole)."""
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
    """What a byte range holds: its line feeds, whether it reads on its own as it reads
    within the whole file, and whether any line is not blank."""

    lines: int
    ok: bool
    nonblank: bool


def count_range(path: str, start: int, end: int) -> RangeCount:
    """Count the lines of a byte range (worker side). A range reads on its own unless
    the file looks binary (its head, as the loader sniffs it), or a later range starts
    with a byte-order mark or would look binary itself."""
    from factcheck.errors import InputReadError
    from factcheck.load._text import _SNIFF_BYTES, _refuse_binary

    with open(path, "rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        fh.seek(start)
        data = fh.read(end - start)
    try:
        _refuse_binary(head, path)
        if start > 0:
            _refuse_binary(data, path)
    except InputReadError:
        return RangeCount(0, False, False)
    if start > 0 and data.startswith(codecs.BOM_UTF8):
        return RangeCount(0, False, False)
    text = data.decode("utf-8", "replace")
    return RangeCount(data.count(b"\n"), True, any(ln.strip() for ln in text.split("\n")))


def split_ranges(unit: Unit, ranges: list[tuple[int, int]], counts: list[RangeCount]) -> list[Unit]:
    """The range parts of a JSON Lines file, or the whole file when a range cannot be
    read on its own or no line holds anything (the loader then reports the file)."""
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
    """What one part gave: articles in input order, problems and warnings."""

    articles: list[Article]
    problems: list[InputProblem]
    warnings: list[InputProblem]


def read_unit(unit: Unit, language: str | None, default: PublishedDate) -> Loaded:
    """Read one part (worker side), exactly as :func:`factcheck.load.load_many` reads it."""
    from factcheck.errors import InputReadError
    from factcheck.load import load_many
    from factcheck.load._files import _load_file, _load_path
    from factcheck.load._result import problem

    if unit.kind == "problem":
        assert unit.problem is not None
        return Loaded([], [unit.problem], [])
    if unit.kind == "many":
        got = load_many([unit.path], language=language, published=default, cache=unit.cache)
        return Loaded(got.articles, got.errors, got.warnings)
    if unit.kind == "path":
        found = _load_path(unit.path, language, default, strict=False)
        return Loaded(found.articles, found.errors, found.warnings)
    if unit.kind == "file":
        try:
            found = _load_file(unit.path, language, default)
        except InputReadError as exc:
            return Loaded([], [problem(exc)], [])
        return Loaded(found.articles, found.errors, found.warnings)
    return _read_range(unit, language, default)


def _read_range(unit: Unit, language: str | None, default: PublishedDate) -> Loaded:
    """The records of a byte range of a JSON Lines file, numbered from its first line:
    the loop of :func:`factcheck.load._jsonl.read_jsonl` over the range's lines."""
    from factcheck.errors import InputReadError
    from factcheck.load._files import display_path
    from factcheck.load._jsonl import _lines, _record
    from factcheck.load._result import internal_error, problem, surrogate_warning
    from factcheck.load._text import scrub

    with open(unit.path, "rb") as fh:
        fh.seek(unit.start)
        data = fh.read(unit.end - unit.start)
    path = display_path(unit.path)
    stem = display_path(os.path.splitext(os.path.basename(unit.path))[0])
    offset = unit.first_line - 1
    out = Loaded([], [], [])
    fixed = 0

    def renumber() -> None:  # the problems _lines added, numbered within the range
        nonlocal fixed
        for k in range(fixed, len(out.problems)):
            p = out.problems[k]
            out.problems[k] = p.model_copy(update={"line": (p.line or 0) + offset})
        fixed = len(out.problems)

    for local, line in _lines(data, path, out.problems):
        renumber()
        number = local + offset
        if not line.strip():
            continue
        try:
            article = _record(
                line, number, stem=stem, path=path, language=language, default_published=default
            )
        except InputReadError as exc:
            out.problems.append(problem(replace(exc, line=number)))
            fixed += 1
            continue
        except Exception as exc:  # a bug must cost one line, not the file
            out.problems.append(problem(internal_error(path, exc, line=number)))
            fixed += 1
            continue
        article, replaced = scrub(article)
        if replaced:
            out.warnings.append(surrogate_warning(path, replaced, line=number))
        out.articles.append(article)
    renumber()
    return out


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


class _Ref:
    """An article's id and path: what :func:`factcheck.load._files._unique_ids` looks at."""

    __slots__ = ("id", "path")

    def __init__(self, id: str, path: str) -> None:
        self.id = id
        self.path = path

    def model_copy(self, *, update: dict[str, str]) -> _Ref:
        return _Ref(update["id"], self.path)


def unique_renames(parts: list[list[tuple[str, str]]]) -> list[dict[int, str]]:
    """For the ``(id, path)`` of each part's articles (parts in input order), the new
    ids :func:`factcheck.load.load_many` gives them, by index in the part (only those
    that change)."""
    from factcheck.load._files import _unique_ids

    refs = [_Ref(i, p) for part in parts for i, p in part]
    renamed = cast(list[_Ref], _unique_ids(cast(list[Article], refs)))
    out: list[dict[int, str]] = []
    k = 0
    for part in parts:
        changes: dict[int, str] = {}
        for j, (old, _path) in enumerate(part):
            if renamed[k].id != old:
                changes[j] = renamed[k].id
            k += 1
        out.append(changes)
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
