"""The checks across blocks: one registry for the local engine and the distributed run."""

from __future__ import annotations

from factcheck.load import read_article
from factcheck.reconcile import reconcile
from factcheck.reconcile.crosschecks import CROSS_CHECKS
from factcheck.report import report_from


def test_names_keys_and_kinds_are_unique() -> None:
    names = [c.name for c in CROSS_CHECKS]
    assert len(set(names)) == len(names) == 5
    # the engine asks a check of figures alone, the fire's moments of clock times
    assert [c.name for c in CROSS_CHECKS if not c.figures] == ["sequence"]
    assert {c.key for c in CROSS_CHECKS} == {f"cross|{n}" for n in names}
    assert {c.kind for c in CROSS_CHECKS} == {f"cross:{n}" for n in names}


def test_the_engine_runs_every_check_on_the_claims_it_takes() -> None:
    """A width against a pair of dimensions, and a part larger than its whole: each
    finding comes from its check, made from the claims that check takes."""
    arts = [
        read_article(
            "Die Leinwand ist 48 Meter breit. Zwölf Polizisten wurden leicht verletzt.",
            id="a",
            language="de",
            published="2025-04-12",
        ),
        read_article(
            "Die 50 mal 12 Meter große Leinwand steht am Markt. Acht Beamte wurden verletzt.",
            id="b",
            language="de",
            published="2025-04-13",
        ),
    ]
    report = report_from(arts)
    by_check = {
        c.name: sorted(
            d.id
            for d in c.findings([x for x in report.claims if c.takes(x)], {a.id: a for a in arts})
        )
        for c in CROSS_CHECKS
    }
    assert len(by_check["extent"]) == 1 and len(by_check["part"]) == 1
    found = {d.id for d in reconcile(list(report.claims), articles=arts)}
    assert set(by_check["extent"]) | set(by_check["part"]) <= found
