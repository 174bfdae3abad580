"""The command line: exit codes, formats, errors listed, nothing dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

A = """---
date: 2024-05-02
source: Morgenpost
---
Nach Angaben der Polizei nahmen rund 8.000 Menschen an der Demonstration in Leipzig teil.
"""
B = """---
date: 2024-05-02
source: Abendblatt
---
Die Polizei zählte bei der Demonstration in Leipzig mindestens 30.000 Menschen.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(A, encoding="utf-8")
    (tmp_path / "b.md").write_text(B, encoding="utf-8")
    return tmp_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_report_json_on_a_folder(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["report", str(folder), "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert [a["id"] for a in report["articles"]] == ["a", "b"]
    assert report["discrepancies"], "8,000 vs at least 30,000 people must be flagged"


def test_fail_on_exits_one_when_reached(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["report", str(folder), "--format", "json", "--fail-on", "minor"], capsys)
    assert code == 1


def test_min_severity_filters(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["report", str(folder), "--format", "json", "--min-severity", "critical"], capsys
    )
    assert code == 0
    assert all(d["severity"] == "critical" for d in json.loads(out)["discrepancies"])


def test_missing_path_is_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["report", str(tmp_path / "nope")], capsys)
    assert code == 2
    assert "nope" in err


def test_bad_file_among_good_ones_is_listed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "c.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, err = run(["report", str(folder), "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert len(report["articles"]) == 2
    assert [Path(e["path"]).name for e in report["errors"]] == ["c.txt"]
    assert "c.txt" in err


def test_bad_usage_is_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 2
    assert main(["report", "x", "--format", "pdf"]) == 2
    assert main([]) == 2


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json", "claimreview"])
def test_every_format_renders_the_seeds(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"report.{fmt}"
    code, _, _ = run(["report", str(SEEDS), "--format", fmt, "--output", str(target)], capsys)
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "6.700" in text or "6,700" in text


def test_text_report_names_both_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["report", str(SEEDS), "--color", "never"], capsys)
    assert code == 0
    assert "6,700" in out and "10,000" in out
    assert "Verteidigungsministerium" in out and "Shin Wonsik" in out
    assert "\x1b[" not in out


def test_extract_jsonl(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(folder), "--format", "jsonl"], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert {c["article"] for c in lines} == {"a", "b"}


def test_schema_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema", "list"], capsys)
    assert code == 0 and "quantity" in out
    code, out, _ = run(["schema", "show", "quantity"], capsys)
    assert code == 0 and json.loads(out)["name"] == "quantity"
    code, _, err = run(["schema", "show", "no_such_schema"], capsys)
    assert code == 2 and "quantity" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["version"], capsys)
    assert code == 0 and out.startswith("factcheck ")


def test_report_does_not_depend_on_input_order(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = str(folder / "a.md"), str(folder / "b.md")
    _, one, _ = run(["report", a, b, "--format", "json"], capsys)
    _, two, _ = run(["report", b, a, "--format", "json"], capsys)
    assert one == two


def test_report_on_web_addresses_served_locally(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``factcheck report http://127.0.0.1:PORT/page.html`` reports the page's claims;
    a page that cannot be fetched is listed among the errors; ``--cache`` keeps pages."""
    import functools
    import http.server
    import threading

    page = (
        '<html lang="de"><head><title>Demo in Leipzig</title></head><body><article>'
        "<p>Nach Angaben der Polizei nahmen rund 8.000 Menschen an der Demonstration in "
        "Leipzig teil. Die Veranstalter sprachen von deutlich mehr Teilnehmern, die aus "
        "dem ganzen Land angereist seien.</p></article></body></html>"
    )
    site = tmp_path / "site"
    site.mkdir()
    (site / "page.html").write_text(page, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    cache = tmp_path / "cache"
    try:
        code, out, err = run(
            [
                "report",
                f"{base}/page.html",
                f"{base}/gone.html",
                str(folder / "b.md"),
                "--format",
                "json",
                "--cache",
                str(cache),
            ],
            capsys,
        )
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert code == 0
    report = json.loads(out)
    (web,) = [a for a in report["articles"] if a["path"] == f"{base}/page.html"]
    quotes = [c["quote"] for c in report["claims"] if c["article"] == web["id"]]
    assert "rund 8.000 Menschen" in quotes
    assert [(e["path"], e["code"]) for e in report["errors"]] == [(f"{base}/gone.html", "fetch")]
    assert f"{base}/gone.html" in err and "404" in err
    assert any(d["kind"] == "value_conflict" for d in report["discrepancies"])
    # the server is gone: the page comes from the cache
    code, out, _ = run(
        ["report", f"{base}/page.html", "--format", "json", "--cache", str(cache)], capsys
    )
    assert code == 0 and json.loads(out)["summary"]["articles"] == 1


# -- bad input (issue 10): exit codes in {0, 1, 2}, one clear line per problem ---------------


def test_a_bad_front_matter_date_is_listed_and_the_rest_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "x.md"
    bad.write_text("---\ndate: 2024-02-30\n---\nRund 10.000 Container.\n", encoding="utf-8")
    code, out, err = run(["report", str(SEEDS), str(bad), "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert len(report["articles"]) == len(list(SEEDS.glob("*.txt")))
    assert [(e["path"], e["line"]) for e in report["errors"]] == [(str(bad), 2)]
    assert f"{bad}:2: in the front matter, the date '2024-02-30' does not exist" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("target", ["missing/d/out.html", "."])
def test_an_output_path_that_cannot_be_written_exits_two(
    folder: Path, target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = str(tmp_path / target)
    code, out, err = run(["report", str(folder), "-o", output], capsys)
    assert code == 2
    assert err.startswith(f"factcheck: --output {output}: ")
    assert "Traceback" not in err and not out


def test_an_unwritable_output_file_exits_two(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real_open = builtins.open

    def refusing(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "w" in mode and str(file).endswith("out.json"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refusing)
    code, _, err = run(["report", str(folder), "-o", str(folder / "out.json")], capsys)
    assert code == 2 and "cannot write the file (Permission denied)" in err


@pytest.mark.parametrize("language", ["xx", "fr", "xx-invalid", "12"])
def test_a_language_factcheck_cannot_read_is_bad_usage(
    folder: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("report", "extract"):
        code, out, err = run([command, str(folder), "--language", language], capsys)
        assert code == 2 and not out
        assert f"factcheck reads de and en, not {language!r}" in err


def test_an_article_in_another_language_is_an_error_naming_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "fr.md").write_text(
        "---\nlanguage: fr\n---\nLa police a compté 8 000 manifestants.\n", encoding="utf-8"
    )
    code, out, err = run(["report", str(folder), "--format", "json"], capsys)
    assert code == 0
    [error] = json.loads(out)["errors"]
    assert (error["code"], error["line"]) == ("language", 2)
    assert f"{folder / 'fr.md'}:2: its language is 'fr', which factcheck cannot read" in err
    code, out, err = run(["report", str(folder / "fr.md")], capsys)
    assert code == 2 and "no article could be read" in err


def test_lone_surrogates_in_jsonl_are_replaced_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "Die Polizei z\\u00e4hlte \\ud800 rund 8.000 Menschen in Leipzig."}\n',
        encoding="utf-8",
    )
    for fmt in ("json", "text", "markdown", "html", "claimreview"):
        code, out, err = run(["report", str(feed), "--format", fmt], capsys)
        assert code == 0, err
        assert f"factcheck: warning: {feed}:1: 1 character that is not valid Unicode" in err
        assert "\ud800" not in out
    code, out, _ = run(["extract", str(feed)], capsys)
    assert code == 0 and json.loads(out)["warnings"][0]["code"] == "replaced"


def test_a_bug_is_one_line_and_exit_two(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.api as build

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(build, "_assemble", broken)
    code, _, err = run(["report", str(folder)], capsys)
    assert code == 2
    assert err.startswith("factcheck: internal error (RuntimeError: something inside broke)")
    assert "Traceback" not in err
