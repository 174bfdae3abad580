"""The terminal report."""

from __future__ import annotations

import re

import pytest

from factcheck.models import Report
from factcheck.report.text import to_text

ANSI = re.compile(r"\x1b\[")


def test_without_colour_there_are_no_ansi_escapes(report: Report) -> None:
    out = report.to_text()
    assert not ANSI.search(out)
    assert not ANSI.search(report.render("text", color=False))
    assert not ANSI.search(report.render("text", color=None))


def test_with_colour_there_are_ansi_escapes(report: Report) -> None:
    out = report.render("text", color=True)
    assert ANSI.search(out)
    assert ANSI.sub("", out)  # still has text once the escapes are gone


def test_environment_does_not_switch_colour_on_or_off(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    assert not ANSI.search(report.to_text())
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR")
    assert ANSI.search(report.render("text", color=True))


def test_summary_then_findings_gravest_first_then_errors(report: Report) -> None:
    out = report.to_text()
    assert "Articles 2 · Claims 5 · Figures 1 · Input errors 1\n" in out
    assert "Discrepancies 3: critical 0 · major 1 · minor 1 · info 1\n" in out
    major = out.index("MAJOR")
    minor = out.index("MINOR")
    info = out.index("INFO")
    errors = out.index("Input errors (1)")
    figure = out.index("Figure 1: Container · 3 claims from 2 articles")
    assert out.index("Articles 2") < major < minor < info < figure < errors
    assert "articles/003_broken.txt" in out[errors:]


def test_finding_shows_explanation_claims_sources_dates_and_modality(report: Report) -> None:
    out = report.to_text(width=160)
    major = out[out.index("MAJOR") : out.index("MINOR")]
    assert "Hafenamt (001_nordhafen) says about 6,700 containers" in major
    assert "[[etwa 6.700 Container]]" in major  # the quote marked in its context
    assert "Nach Angaben des Hafenamts" in major  # ...with its sentence around it
    assert "Hafenamt via Nordhafener Zeitung" in major  # Attribution.describe()
    assert "port authority (spokesperson) via Harbour Weekly" in major
    assert "2024-06-30" in major and "2024-06 " in major
    assert "reported" in major
    assert "different_sources" in major


def test_claims_stand_side_by_side(report: Report) -> None:
    out = report.to_text(width=120)
    header = next(
        line for line in out.splitlines() if "001_nordhafen" in line and "002_port" in line
    )
    assert header.index("001_nordhafen") < header.index("002_port")


def test_width_is_respected(report: Report) -> None:
    for width in (60, 100, 140):
        lines = report.to_text(width=width).splitlines()
        assert max(len(line) for line in lines) <= width
        assert all(line == line.rstrip() for line in lines)


def test_too_narrow_width_is_refused(report: Report) -> None:
    with pytest.raises(ValueError, match="width"):
        to_text(report, width=10)


def test_article_text_is_not_read_as_rich_markup(hostile_report: Report) -> None:
    out = hostile_report.to_text(width=200)
    assert "Hafen|amt <svg onload=alert(5)> [red]" in out
    assert not ANSI.search(hostile_report.render("text", width=200))
    coloured = hostile_report.render("text", color=True, width=200)
    assert "[red]" in ANSI.sub("", coloured)


def test_empty_report_says_so(empty_report: Report) -> None:
    out = empty_report.to_text()
    assert "No discrepancies found." in out
    assert "Input errors 0" in out
    assert "Input errors (" not in out
