"""The renderer registry: every built-in format is registered and renders a report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import UnknownNameError
from factcheck.models import Report
from factcheck.registry import renderers

FORMATS = ("json", "text", "markdown", "html", "claimreview")


def test_every_builtin_format_is_registered() -> None:
    assert set(FORMATS) <= set(renderers.names())


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_report_and_an_empty_one(
    fmt: str, report: Report, empty_report: Report
) -> None:
    full = report.render(fmt)
    empty = empty_report.render(fmt)
    assert isinstance(full, str) and full
    assert isinstance(empty, str) and empty
    assert full != empty
    # Claim quotes of the findings reach every format except the bare JSON-LD graph of
    # an empty report.
    assert "6.700" in full


@pytest.mark.parametrize("fmt", FORMATS)
def test_rendering_is_deterministic(fmt: str, report: Report) -> None:
    assert report.render(fmt) == report.render(fmt)


def test_report_shortcuts_use_the_registered_renderers(report: Report) -> None:
    assert report.to_text() == report.render("text")
    assert report.to_markdown() == report.render("markdown")
    assert report.to_html() == report.render("html")
    assert report.to_claimreview() == report.render("claimreview")
    assert report.to_json() == report.render("json")


def test_json_round_trips_through_the_model(report: Report) -> None:
    text = report.render("json")
    assert Report.model_validate_json(text) == report
    assert json.loads(text)["summary"]["discrepancies"] == 3


def test_json_indent_option(report: Report) -> None:
    compact = report.render("json", indent=None)
    assert "\n" not in compact
    assert Report.model_validate_json(compact) == report


def test_unknown_format_lists_the_known_ones(report: Report) -> None:
    with pytest.raises(UnknownNameError) as info:
        report.render("pdf")
    message = str(info.value)
    assert "pdf" in message
    for fmt in FORMATS:
        assert fmt in message


def test_unknown_option_is_refused(report: Report) -> None:
    with pytest.raises(TypeError):
        report.render("markdown", colour=True)


@pytest.mark.parametrize(
    ("suffix", "marker"),
    [(".md", "# factcheck report"), (".html", "<!DOCTYPE html>"), (".txt", "factcheck report")],
)
def test_save_picks_the_format_from_the_suffix(
    tmp_path: Path, report: Report, suffix: str, marker: str
) -> None:
    path = tmp_path / f"out{suffix}"
    report.save(path)
    assert path.read_text(encoding="utf-8").startswith(marker)


def test_registering_the_renderers_imports_no_heavy_library() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from factcheck.registry import renderers\n"
        "renderers.names()\n"
        "print(','.join(m for m in ('rich', 'jinja2', 'pandas') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
    ).stdout
    assert out.strip() == ""
