"""What a check across blocks is (:class:`CrossCheck`); the registry of them is
:data:`factcheck.reconcile.crosschecks.CROSS_CHECKS`, which the engine is handed (it does
not import the checks, some of which compare with the engine's own block comparison)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.models import Article, Claim, Discrepancy


@dataclass(frozen=True, slots=True)
class CrossCheck:
    """One check across blocks."""

    name: str
    """Its name: the distributed run's routing key is ``cross|<name>``, the kind of the
    copies it routes ``cross:<name>``."""
    takes: Callable[[Claim], bool]
    """True for a claim the check compares."""
    findings: Callable[[Iterable[Claim], Mapping[str, Article]], Iterator[Discrepancy]]
    """The findings among the claims it takes, given the articles by id (the local and the
    distributed run keep one finding per id, as for every other check)."""
    figures: bool = True
    """True when it takes figures only (claims with a quantity): the local engine asks it
    of those alone, and a check of other claims (clock times) of the others."""

    @property
    def key(self) -> str:
        return f"cross|{self.name}"

    @property
    def kind(self) -> str:
        return f"cross:{self.name}"


__all__ = ["CrossCheck"]
