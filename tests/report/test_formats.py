"""Renderers and what they write (factcheck.registry.formats): a renderer registered with
its suffix and CLI name is reached by ``Report.save`` and ``factcheck report --format``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.models import Report
from factcheck.registry import (
    cli_formats,
    formats,
    register_renderer,
    renderer_for_suffix,
    renderers,
)

ARTICLE = (
    "title: Kundgebung\nlanguage: de\npublished: 2024-05-04\n\n"
    "Die Polizei zählte am Samstag rund 2.000 Teilnehmer auf dem Marktplatz.\n"
)


def count_articles(report: Report) -> str:
    return f"{len(report.articles)} articles, {len(report.discrepancies)} findings\n"


@pytest.fixture
def tally() -> Iterator[None]:
    register_renderer("tally", suffixes=(".tally",), cli_name="tally-count")(count_articles)
    yield
    renderers.remove("tally")
    formats.remove("tally")


def test_the_built_in_formats_have_their_suffixes() -> None:
    assert renderer_for_suffix(".md") == "markdown"
    assert renderer_for_suffix(".HTML") == "html"
    assert renderer_for_suffix(".jsonld") == "claimreview"
    assert renderer_for_suffix(".unknown") == "json"
    assert {"text", "markdown", "html", "json", "claimreview"} <= set(cli_formats())


def test_a_registered_renderer_is_reached_by_save_and_the_cli(
    tally: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    assert cli_formats()["tally-count"] == "tally"
    assert main(["report", str(tmp_path), "--format", "tally-count", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("1 articles, 0 findings")
    from factcheck.api import check

    target = tmp_path / "out.tally"
    check([tmp_path / "a.md"]).save(target)
    assert target.read_text(encoding="utf-8").startswith("1 articles")


def test_a_renderer_registered_without_a_format_keeps_its_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    renderers.add("bare", count_articles)
    try:
        assert cli_formats()["bare"] == "bare"
        assert renderer_for_suffix(".bare") == "json"
    finally:
        renderers.remove("bare")
