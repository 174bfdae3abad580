"""Comparators by claim kind (factcheck.registry.comparators): the engine hands each
registered kind's claims, grouped, to its comparator."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from factcheck.load import read_article
from factcheck.models import Article, Claim, Discrepancy, DiscrepancyKind
from factcheck.reconcile.comparators import Comparator, register_comparator
from factcheck.registry import comparators
from factcheck.report import report_from


def test_clock_times_are_compared_by_a_registered_comparator() -> None:
    assert "clock" in comparators
    report = report_from(
        [
            read_article(text, id=f"r{i}", language="en", published="2024-03-09")
            for i, text in enumerate(
                ["The old pier gave way shortly after 1:30 a.m.", "The pier came down at 4 a.m."]
            )
        ]
    )
    assert [d.kind for d in report.discrepancies] == [DiscrepancyKind.TIME_CONFLICT]


def test_a_new_kind_brings_its_comparator() -> None:
    seen: list[tuple[str, list[str]]] = []

    def by_day(c: Claim) -> str:
        t = c.date or c.time
        return str(t.start) if t is not None else ""

    def findings(claims: list[Claim], arts: Mapping[str, Article]) -> Iterator[Discrepancy]:
        seen.append((by_day(claims[0]), sorted(c.article for c in claims)))
        assert set(arts) == {"a", "b"}
        return iter(())

    builtin = dict(comparators.items())["date"]  # the days of moments (reconcile.moments)
    register_comparator("date", Comparator(group=by_day, findings=findings), replace=True)
    try:
        report_from(
            [
                read_article("The fair opened on 3 May 2024.", id="a", language="en"),
                read_article("Die Messe begann am 3. Mai 2024.", id="b", language="de"),
            ]
        )
    finally:
        register_comparator("date", builtin, replace=True)
    assert seen == [("2024-05-03", ["a", "b"])]
