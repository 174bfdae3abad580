"""`factcheck schema list|show|check|export` and `factcheck report --schema`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.schema.files import example_files

GOOD = """\
name: cli_delivery
lexicon: {en: [delivered]}
slots:
  count: {type: quantity, checks: {concept: tank, ge: 1}}
  origin: {type: place}
  destination: {type: place}
compared: count
identity: [origin, destination]
temporal: fixed
"""


def test_list_shows_base_kinds_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "list"]) == 0
    lines = {line.split()[0]: line.split()[1] for line in capsys.readouterr().out.splitlines()}
    assert lines["quantity"] == "base" and lines["weapons_delivery"] == "example"
    assert {"crowd_size", "casualties", "costs"} <= set(lines)


def test_show_prints_the_declaration(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "show", "weapons_delivery"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["temporal"] == "cumulative" and shown["compared"] == "count"
    assert shown["slots"]["origin"]["source"] == "measure.origin"


def test_show_an_unknown_name_lists_the_known(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "show", "weapon_delivery"]) == 2
    assert "weapons_delivery" in capsys.readouterr().err


def test_check_good_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("ge: 1", "ge: 1, over: 2").replace("fixed", "fixd"), "utf-8")
    assert main(["schema", "check", str(good)]) == 0
    assert "ok (schema 'cli_delivery')" in capsys.readouterr().out
    assert main(["schema", "check", str(good), str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{bad}:9 (field 'temporal'): " in err[0]
    assert main(["schema", "check", *map(str, example_files())]) == 0


def test_export_writes_schemas_and_examples(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "export", str(tmp_path)]) == 0
    written = {Path(p).name for p in capsys.readouterr().out.split()}
    assert "claim-schema.schema.json" in written and "weapons_delivery.yaml" in written
    assert (tmp_path / "crowd_size.yaml").read_text(encoding="utf-8").startswith("# A factcheck")


ARTICLES = {
    "a.txt": " date 2024-03-10 Tanks\n\nGermany has delivered 40 tanks to Ukraine, the ministry "
    "said.\n",
    "b.txt": " date 2024-03-10 Tanks\n\nGermany has delivered 25 tanks to Ukraine, a spokesman "
    "said.\n",
}


@pytest.mark.parametrize("by", ["name", "file"])
def test_report_with_a_schema_by_name_or_file(
    by: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    schema = tmp_path / "cli_delivery.yaml"
    schema.write_text(GOOD, encoding="utf-8")
    if by == "name":
        from factcheck.schema.files import load_schema_file

        load_schema_file(schema)
    arg = "cli_delivery" if by == "name" else str(schema)
    assert main(["report", str(folder), "--format", "json", "--quiet", "--schema", arg]) == 0
    report = json.loads(capsys.readouterr().out)
    kinds = {c["kind"] for c in report["claims"]}
    assert "cli_delivery" in kinds
    [finding] = report["discrepancies"]
    cited = [c for c in report["claims"] if c["id"] in finding["claims"]]
    assert {c["kind"] for c in cited} == {"cli_delivery"}


def test_report_with_an_unknown_schema_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    assert main(["report", str(tmp_path), "--schema", "no_such_schema"]) == 2
    assert "unknown schema 'no_such_schema'" in capsys.readouterr().err
