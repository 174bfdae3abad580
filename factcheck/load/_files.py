"""Files, folders and glob patterns: find the inputs, read each by its type, collect
what could not be read."""

from __future__ import annotations

import datetime as dt
import glob
import os
import stat
from collections.abc import Iterable, Iterator

from factcheck.errors import ErrorCode, InputReadError, MissingInputError
from factcheck.load._dates import _parse as parse_date
from factcheck.load._html import read_html
from factcheck.load._jsonl import read_jsonl
from factcheck.load._language import normalize_language
from factcheck.load._result import LoadResult, problem
from factcheck.load._text import _build, decode
from factcheck.load._url import is_url, read_url
from factcheck.models import Article, InputProblem, PublishedDate

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""File types factcheck reads (compared without regard to case)."""

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
    articles, problems = _load_path(os.fspath(path), forced, default, strict=True)
    return LoadResult(articles=_unique_ids(articles), errors=problems)


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
    Articles keep the order of ``paths``; when two share an id, the later one gets
    ``~2`` (``~3``...) appended.

    An ``http``/``https`` address is fetched (see :mod:`factcheck.load._url`); ``cache``
    is a folder that keeps fetched pages for later runs.
    """
    forced, default = _arguments(language, published)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for item in paths:
        given = os.fspath(item)
        if is_url(given):
            try:
                articles.append(
                    read_url(given, language=forced, default_published=default, cache=cache)
                )
            except InputReadError as exc:
                problems.append(problem(exc))
            continue
        if _GLOB_CHARS.intersection(given) and not os.path.lexists(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                problems.append(
                    InputProblem(
                        path=given,
                        code=ErrorCode.MISSING.value,
                        message="no file or folder matches this pattern. Check the pattern, "
                        "or quote it so that the shell does not expand it first",
                    )
                )
        else:
            matches = [given]
        for match in matches:
            found, failed = _load_path(match, forced, default, strict=False)
            articles.extend(found)
            problems.extend(failed)
    return LoadResult(articles=_unique_ids(articles), errors=problems)


def _arguments(language: str | None, published: DateArg) -> tuple[str | None, PublishedDate]:
    forced = (
        normalize_language(language, path="<language argument>") if language is not None else None
    )
    return forced, parse_date(published, path="<published argument>", line=None)


def _load_path(
    given: str, language: str | None, default: PublishedDate, *, strict: bool
) -> tuple[list[Article], list[InputProblem]]:
    """Read one path. With ``strict``, a path that cannot be read at all raises;
    otherwise every problem is returned."""
    try:
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        if strict:
            raise MissingInputError(given) from None
        return [], [problem(MissingInputError(given))]
    except OSError as exc:
        return _fail(_os_error(given, exc), strict)
    if stat.S_ISDIR(mode):
        try:
            return _load_folder(given, language, default)
        except InputReadError as exc:
            return _fail(exc, strict)
    try:
        if not stat.S_ISREG(mode):
            raise _not_a_file(given)
        return _load_file(given, language, default)
    except InputReadError as exc:
        return _fail(exc, strict)


def _fail(exc: InputReadError, strict: bool) -> tuple[list[Article], list[InputProblem]]:
    if strict:
        raise exc
    return [], [problem(exc)]


def _load_folder(
    folder: str, language: str | None, default: PublishedDate
) -> tuple[list[Article], list[InputProblem]]:
    articles: list[Article] = []
    problems: list[InputProblem] = []
    seen_any = False
    for shown, entry_problem in _walk(folder, folder, set()):
        seen_any = True
        if entry_problem is not None:
            problems.append(entry_problem)
            continue
        try:
            found, failed = _load_file(shown, language, default)
        except InputReadError as exc:
            problems.append(problem(exc))
            continue
        articles.extend(found)
        problems.extend(failed)
    if not seen_any:
        problems.append(
            InputProblem(
                path=folder,
                code=ErrorCode.EMPTY.value,
                message=f"the folder holds no articles. Put {_SUPPORTED_LIST} files in it, "
                "or give another folder",
            )
        )
    return articles, problems


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
        except OSError as exc:
            yield shown, problem(_os_error(shown, exc))
            continue
        if is_dir:
            yield from _walk(entry.path, shown, visited)
        elif not is_file:
            yield shown, problem(_not_a_file(shown))
        elif not entry.name.lower().endswith(SUPPORTED_SUFFIXES):
            yield shown, problem(_unsupported(shown))
        else:
            yield shown, None


def _load_file(
    path: str, language: str | None, default: PublishedDate
) -> tuple[list[Article], list[InputProblem]]:
    """Read one regular file by its suffix; raise when it cannot be read at all."""
    name = os.path.basename(path)
    stem, suffix = os.path.splitext(name)
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _unsupported(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise _os_error(path, exc) from None
    if suffix in HTML_SUFFIXES:
        return [
            read_html(data, id=stem, path=path, language=language, default_published=default)
        ], []
    text = decode(data, path=path)
    if suffix in JSONL_SUFFIXES:
        return read_jsonl(text, stem=stem, path=path, language=language, default_published=default)
    return [_build(text, id=stem, path=path, language=language, default_published=default)], []


def _unique_ids(articles: list[Article]) -> list[Article]:
    """The articles in the same order, later duplicates renamed ``id~2``, ``id~3``..."""
    taken = {a.id for a in articles}
    seen: set[str] = set()
    out: list[Article] = []
    for article in articles:
        if article.id in seen:
            n = 2
            while f"{article.id}{_DUPLICATE_MARK}{n}" in taken:
                n += 1
            new_id = f"{article.id}{_DUPLICATE_MARK}{n}"
            taken.add(new_id)
            article = article.model_copy(update={"id": new_id})
        seen.add(article.id)
        out.append(article)
    return out


def _unsupported(path: str) -> InputReadError:
    return InputReadError(
        path=path,
        code=ErrorCode.UNSUPPORTED,
        detail="factcheck does not read this type of file",
        hint=f"Give {_SUPPORTED_LIST} files (plain text that is an article can simply be "
        "renamed to .txt)",
    )


def _not_a_file(path: str) -> InputReadError:
    return InputReadError(
        path=path,
        code=ErrorCode.NOT_A_FILE,
        detail="this is neither a regular file nor a folder (a device, a pipe or a socket)",
        hint="Give a file or a folder of articles",
    )


def _os_error(path: str, exc: OSError) -> InputReadError:
    reason = exc.strerror or exc.__class__.__name__
    if isinstance(exc, PermissionError):
        hint = "Check the file's permissions (you need read access), or run as its owner"
    else:
        hint = "Check that the file is accessible and try again"
    return InputReadError(
        path=path,
        code=ErrorCode.UNREADABLE,
        detail=f"the operating system refused to read it ({reason})",
        hint=hint,
    )
