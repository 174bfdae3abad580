"""What loading returns: the articles read and the inputs that could not be."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from factcheck.errors import InputReadError, MissingInputError
from factcheck.models import Article, InputProblem


@dataclass(frozen=True)
class LoadResult:
    """The articles read, in input order, and one :class:`InputProblem` for every input
    (a file, a folder entry, a JSON Lines line) that could not be read.

    Iterating over it yields the articles; ``len()`` counts them.
    """

    articles: list[Article] = field(default_factory=list)
    """Every article read, in input order."""
    errors: list[InputProblem] = field(default_factory=list)
    """Every input that could not be read, with its path, a code and what to do."""

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
