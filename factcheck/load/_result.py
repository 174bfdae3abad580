"""What loading returns: the articles read and the inputs that could not be."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from factcheck.errors import ErrorCode, InputReadError, MissingInputError
from factcheck.models import Article, InputProblem


@dataclass(frozen=True)
class LoadResult:
    """The articles read, one :class:`InputProblem` for every input (a file, a folder
    entry, a JSON Lines line) that could not be read, and warnings about articles read.

    Iterating over it yields the articles; ``len()`` counts them.
    """

    articles: list[Article] = field(default_factory=list)
    """Every article read, in input order."""
    errors: list[InputProblem] = field(default_factory=list)
    """Every input that could not be read, with its path, a code and what to do."""
    warnings: list[InputProblem] = field(default_factory=list)
    """Articles read with a change worth knowing (characters that cannot be encoded
    were replaced): the article is in ``articles``, the note here."""

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)


def problem(exc: InputReadError | MissingInputError) -> InputProblem:
    """An error as an entry of :attr:`LoadResult.errors`: the path, the code, and a
    sentence saying what was wrong and what to do (without repeating the path)."""
    if isinstance(exc, MissingInputError):
        message = str(exc).removeprefix(f"{exc.path}: ")
        return InputProblem(path=exc.path, code="missing", message=message)
    return InputProblem(
        path=exc.path, code=exc.code.value, message=f"{exc.detail}. {exc.hint}", line=exc.line
    )


def internal_error(path: str, exc: BaseException, line: int | None = None) -> InputReadError:
    """An unexpected failure while reading one input, as that input's error: the rest
    of the inputs are still read."""
    return InputReadError(
        path=path,
        code=ErrorCode.INTERNAL,
        detail=f"factcheck failed while reading it ({type(exc).__name__}: {str(exc)[:200]})",
        hint="This is a bug in factcheck; please report it with the file. The other "
        "inputs were read",
        line=line,
    )


def surrogate_warning(path: str, count: int, line: int | None = None) -> InputProblem:
    """The warning for an article whose lone surrogates were replaced."""
    what, was = ("character that is", "was") if count == 1 else ("characters that are", "were")
    return InputProblem(
        path=path,
        code=ErrorCode.REPLACED.value,
        message=f"{count} {what} not valid Unicode (lone surrogates, such as the "
        f"JSON escape \\ud800) {was} replaced by U+FFFD. Fix the escapes at the source "
        "if the text matters there",
        line=line,
    )
