"""Files, folders and glob patterns: find the inputs, read each by its type, collect
what could not be read."""

from __future__ import annotations

import datetime as dt
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from factcheck.errors import ErrorCode, InputReadError, MissingInputError, kind_of
from factcheck.load._dates import _parse as parse_date
from factcheck.load._html import read_html
from factcheck.load._jsonl import read_jsonl
from factcheck.load._language import normalize_language, readable_language
from factcheck.load._result import (
    LoadResult,
    internal_error,
    problem,
    surrogate_warning,
)
from factcheck.load._text import _build, decode, scrub
from factcheck.load._url import is_url, read_url
from factcheck.models import Article, InputProblem, PublishedDate

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""File types factcheck reads (compared without regard to case)."""

MAX_FILE_BYTES = 32 * 2**20
"""A text, Markdown or HTML file larger than this (32 MiB) is refused unread."""
MAX_JSONL_BYTES = 1024 * 2**20
"""A JSON Lines file larger than this (1 GiB) is refused unread."""

_GLOB_CHARS = frozenset("*?[")
_SUPPORTED_LIST = ", ".join(SUPPORTED_SUFFIXES)
_DUPLICATE_MARK = "~"

PathArg = str | os.PathLike[str]
DateArg = str | dt.date | PublishedDate | None


def load(path: PathArg, *, language: str | None = None, published: DateArg = None) -> LoadResult:
    """Read a file or a folder of articles.

    A file gives one article (several for ``.jsonl``); when it cannot be read at all,
    :class:`~factcheck.errors.InputReadError` is raised, naming the file, the problem
    and what to do. A missing path raises :class:`~factcheck.errors.MissingInputError`.

    A folder is read whole: every ``.txt``, ``.md``, ``.html``, ``.htm`` and ``.jsonl``
    file in it and in its subfolders, sorted by name, hidden files and folders left out.
    A bad file in a folder never raises: it becomes an entry of ``errors``, as does a
    file of any other type.

    ``language`` forces the language of every article (over the file's own metadata);
    ``published`` is the date assumed for articles that give none.
    """
    forced, default = _arguments(language, published)
    found = _load_path(_given(path), forced, default, strict=True)
    return LoadResult(
        articles=_unique_ids(found.articles), errors=found.errors, warnings=found.warnings
    )


def load_many(
    paths: Iterable[PathArg],
    *,
    language: str | None = None,
    published: DateArg = None,
    cache: PathArg | None = None,
) -> LoadResult:
    """Read several files, folders or glob patterns (``articles/*.txt``) into one result.

    Never raises for a bad input: missing paths, patterns that match nothing and files
    that cannot be read all become entries of ``errors``. (A bad ``language`` or
    ``published`` argument still raises, since no input could be read with it.)
    Articles keep the order of ``paths``; their ids do not depend on it (files with the
    same stem in different folders get ids from their paths, ``x/a`` and ``y/a``: see
    :func:`_unique_ids`). Articles read with a change worth knowing (lone surrogates
    replaced) are also noted in ``warnings``.

    An ``http``/``https`` address is fetched (see :mod:`factcheck.load._url`); ``cache``
    is a folder that keeps fetched pages for later runs.
    """
    forced, default = _arguments(language, published)
    if isinstance(paths, str | bytes | os.PathLike):
        paths = [paths]
    elif not isinstance(paths, Iterable):
        raise TypeError(
            f"paths must be a file, a folder, a glob pattern or a list of them, "
            f"not {kind_of(paths)}"
        )
    out = _Found()
    for item in paths:
        given = _given(item)
        if is_url(given):
            try:
                article, replaced = scrub(
                    read_url(given, language=forced, default_published=default, cache=cache)
                )
                out.articles.append(article)
                if replaced:
                    out.warnings.append(surrogate_warning(article.path, replaced))
            except InputReadError as exc:
                out.errors.append(problem(exc))
            except Exception as exc:  # a bug must cost this address only
                out.errors.append(problem(internal_error(given, exc)))
            continue
        if _GLOB_CHARS.intersection(given) and not os.path.lexists(given):
            try:
                matches = sorted(glob.glob(given, recursive=True))
            except (OSError, ValueError):  # a NUL character, an unreadable folder
                matches = []
            if not matches:
                out.errors.append(
                    InputProblem(
                        path=display_path(given),
                        code=ErrorCode.MISSING.value,
                        message="no file or folder matches this pattern. Check the pattern, "
                        "or quote it so that the shell does not expand it first",
                    )
                )
        else:
            matches = [given]
        for match in matches:
            out.extend(_load_path(match, forced, default, strict=False))
    return LoadResult(articles=_unique_ids(out.articles), errors=out.errors, warnings=out.warnings)


@dataclass
class _Found:
    """What reading some inputs gave."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputProblem] = field(default_factory=list)
    warnings: list[InputProblem] = field(default_factory=list)

    def extend(self, other: _Found) -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)


def _given(item: object) -> str:
    """A path argument as a string (paths given as bytes are decoded like the OS does)."""
    if isinstance(item, bytes):
        return os.fsdecode(item)
    if isinstance(item, str | os.PathLike):
        given = os.fspath(item)
        return given if isinstance(given, str) else os.fsdecode(given)
    raise TypeError(f"a path must be a string or a path object, not {kind_of(item)} ({item!r:.60})")


def display_path(path: str) -> str:
    """A path as it can be shown and written in any encoding: the bytes of a file name
    that are not UTF-8 (which Python keeps as lone surrogates) appear as ``\\xNN``, a
    NUL character as ``\\0``."""
    path = path.replace("\0", "\\0")
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _arguments(language: str | None, published: DateArg) -> tuple[str | None, PublishedDate]:
    forced = None
    if language is not None:
        forced = normalize_language(language, path="<language argument>")
        readable_language(forced, path="<language argument>", origin="argument")
    return forced, parse_date(published, path="<published argument>", line=None)


def _load_path(given: str, language: str | None, default: PublishedDate, *, strict: bool) -> _Found:
    """Read one path. With ``strict``, a path that cannot be read at all raises;
    otherwise every problem is returned."""
    shown = display_path(given)
    if not given:
        return _fail(
            InputReadError(
                path="''",
                code=ErrorCode.MISSING,
                detail="the path is empty",
                hint="Give a file, a folder or a glob pattern",
            ),
            strict,
        )
    try:
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        if os.path.islink(given):
            return _fail(_dangling(given), strict)
        if strict:
            raise MissingInputError(shown) from None
        return _Found(errors=[problem(MissingInputError(shown))])
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        return _fail(_os_error(given, exc), strict)
    try:
        if stat.S_ISDIR(mode):
            return _load_folder(given, language, default)
        if not stat.S_ISREG(mode):
            raise _not_a_file(given)
        return _load_file(given, language, default)
    except InputReadError as exc:
        return _fail(exc, strict)


def _fail(exc: InputReadError, strict: bool) -> _Found:
    if strict:
        raise exc
    return _Found(errors=[problem(exc)])


def _load_folder(folder: str, language: str | None, default: PublishedDate) -> _Found:
    out = _Found()
    seen_any = False
    for shown, entry_problem in _walk(folder, folder, set()):
        seen_any = True
        if entry_problem is not None:
            out.errors.append(entry_problem)
            continue
        try:
            out.extend(_load_file(shown, language, default))
        except InputReadError as exc:
            out.errors.append(problem(exc))
    if not seen_any:
        out.errors.append(
            InputProblem(
                path=display_path(folder),
                code=ErrorCode.EMPTY.value,
                message=f"the folder holds no articles. Put {_SUPPORTED_LIST} files in it, "
                "or give another folder",
            )
        )
    return out


def _walk(
    folder: str, shown_folder: str, visited: set[tuple[int, int]]
) -> Iterator[tuple[str, InputProblem | None]]:
    """Every non-hidden file under ``folder``, sorted by name at each level, as the path
    to show (and to open), with a problem when it is not a readable article file."""
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in visited:  # a symbolic link back up the tree
            return
        visited.add(key)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield shown_folder, problem(_os_error(shown_folder, exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        shown = os.path.join(shown_folder, entry.name)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
            dangling = not is_dir and not is_file and not os.path.exists(entry.path)
        except OSError as exc:
            yield shown, problem(_os_error(shown, exc))
            continue
        if is_dir:
            yield from _walk(entry.path, shown, visited)
        elif dangling and entry.is_symlink():
            yield shown, problem(_dangling(shown))
        elif not is_file:
            yield shown, problem(_not_a_file(shown))
        elif not entry.name.lower().endswith(SUPPORTED_SUFFIXES):
            yield shown, problem(_unsupported(shown))
        else:
            yield shown, None


def _load_file(path: str, language: str | None, default: PublishedDate) -> _Found:
    """Read one regular file by its suffix; raise when it cannot be read at all. Any
    other failure is this file's error, never the run's."""
    try:
        return _read_file(path, language, default)
    except InputReadError:
        raise
    except Exception as exc:
        raise internal_error(display_path(path), exc) from None


def _read_file(path: str, language: str | None, default: PublishedDate) -> _Found:
    shown = display_path(path)
    name = os.path.basename(path)
    stem, suffix = os.path.splitext(name)
    stem = display_path(stem)
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(shown)
    limit = MAX_JSONL_BYTES if suffix in JSONL_SUFFIXES else MAX_FILE_BYTES
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise _os_error(shown, exc) from None
    if len(data) > limit:
        raise InputReadError(
            path=shown,
            code=ErrorCode.TOO_LARGE,
            detail=f"the file is larger than {limit // 2**20} MiB, more than factcheck reads "
            "as one " + ("JSON Lines file" if suffix in JSONL_SUFFIXES else "article"),
            hint="Split it into several files",
        )
    if suffix in JSONL_SUFFIXES:
        articles, errors, warnings = read_jsonl(
            data, stem=stem, path=shown, language=language, default_published=default
        )
        return _Found(articles, errors, warnings)
    if suffix in HTML_SUFFIXES:
        article = read_html(data, id=stem, path=shown, language=language, default_published=default)
    else:
        text = decode(data, path=shown)
        article = _build(text, id=stem, path=shown, language=language, default_published=default)
    article, replaced = scrub(article)
    warnings = [surrogate_warning(shown, replaced)] if replaced else []
    return _Found([article], [], warnings)


def _unique_ids(articles: list[Article]) -> list[Article]:
    """The articles in the same order, with ids that are unique and do not depend on the
    order of the inputs.

    An id stays as it is (a file's stem, a record's id) unless another article from
    another file has it too: then the file part of each such id is replaced by the
    shortest end of its path that tells the files apart (``x/a.txt`` and ``y/a.txt``
    give ``x/a`` and ``y/a``; ``a.txt`` and ``x/a.md`` give ``a.txt`` and ``a.md``), and
    a record id from a JSON Lines file is prefixed with it (``x/feed:7``). What still
    collides (one path given twice, one record id twice in a file) gets ``~2``, ``~3``...
    in the order of the path, then of the file.
    """
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.id, []).append(i)
    new_ids = [a.id for a in articles]
    for old, members in groups.items():
        paths = sorted({articles[i].path for i in members})
        if len(paths) < 2:
            continue
        names = _distinct_names(paths)
        for i in members:
            article = articles[i]
            stem = os.path.splitext(os.path.basename(article.path))[0]
            name = names[article.path]
            if old == stem:
                new_ids[i] = name
            elif old.startswith(f"{stem}:"):
                new_ids[i] = f"{name}{old[len(stem) :]}"
            else:
                new_ids[i] = f"{name}:{old}"
    taken = set(new_ids)
    order = sorted(range(len(articles)), key=lambda i: (new_ids[i], articles[i].path, i))
    seen: set[str] = set()
    for i in order:
        base = new_ids[i]
        if base in seen:
            n = 2
            while f"{base}{_DUPLICATE_MARK}{n}" in taken:
                n += 1
            new_ids[i] = f"{base}{_DUPLICATE_MARK}{n}"
            taken.add(new_ids[i])
        seen.add(new_ids[i])
    return [
        a if a.id == new_id else a.model_copy(update={"id": new_id})
        for a, new_id in zip(articles, new_ids, strict=True)
    ]


def _distinct_names(paths: list[str]) -> dict[str, str]:
    """For each path, the shortest end of it (folders joined by ``/``; the suffix left
    out unless it is what tells the files apart) that no other path of the list ends
    with."""
    parts = {p: _parts(p) for p in paths}
    longest = max(len(v) for v in parts.values())
    for k in range(1, longest + 1):
        for keep_suffix in (False, True):
            names = {p: _tail(v, k, keep_suffix) for p, v in parts.items()}
            if len(set(names.values())) == len(names):
                return names
    return {p: _tail(v, len(v), True) for p, v in parts.items()}


def _parts(path: str) -> list[str]:
    """The path's folders and file name, relative to the current folder when it lies
    inside it."""
    norm = os.path.normpath(path)
    if os.path.isabs(norm):
        try:
            rel = os.path.relpath(norm)
        except ValueError:  # pragma: no cover - another drive on Windows
            rel = norm
        if not rel.startswith(os.pardir):
            norm = rel
    return [p for p in norm.replace(os.sep, "/").split("/") if p not in ("", ".")]


def _tail(parts: list[str], k: int, keep_suffix: bool) -> str:
    tail = parts[-k:]
    if not keep_suffix:
        tail = [*tail[:-1], os.path.splitext(tail[-1])[0]]
    return "/".join(tail)


def _unsupported(path: str) -> InputReadError:
    return InputReadError(
        path=display_path(path),
        code=ErrorCode.UNSUPPORTED,
        detail="factcheck does not read this type of file",
        hint=f"Give {_SUPPORTED_LIST} files (plain text that is an article can simply be "
        "renamed to .txt)",
    )


def _dangling(path: str) -> InputReadError:
    try:
        target = f" ({display_path(os.readlink(path))})"
    except OSError:  # pragma: no cover - it was a link a moment ago
        target = ""
    return InputReadError(
        path=display_path(path),
        code=ErrorCode.MISSING,
        detail=f"this is a symbolic link to a file or folder that does not exist{target}",
        hint="Fix or remove the link, or give the file it should point to",
    )


def _not_a_file(path: str) -> InputReadError:
    return InputReadError(
        path=display_path(path),
        code=ErrorCode.NOT_A_FILE,
        detail="this is neither a regular file nor a folder (a device, a pipe or a socket)",
        hint="Give a file or a folder of articles",
    )


def _os_error(path: str, exc: OSError | ValueError) -> InputReadError:
    if isinstance(exc, ValueError):  # os.stat refuses a path with a NUL character
        return InputReadError(
            path=display_path(path),
            code=ErrorCode.MISSING,
            detail="a path cannot contain a NUL character",
            hint="Give the path of a file or a folder of articles",
        )
    reason = exc.strerror or exc.__class__.__name__
    if isinstance(exc, PermissionError):
        hint = "Check the file's permissions (you need read access), or run as its owner"
    else:
        hint = "Check that the file is accessible and try again"
    return InputReadError(
        path=display_path(path),
        code=ErrorCode.UNREADABLE,
        detail=f"the operating system refused to read it ({reason})",
        hint=hint,
    )
