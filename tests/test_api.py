"""The package's front door: friendly errors for the common slips, a short help()."""

from __future__ import annotations

import pydoc
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import UnknownNameError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_check_without_paths_says_what_it_needs() -> None:
    with pytest.raises(TypeError) as info:
        factcheck.check(None)  # type: ignore[arg-type]
    assert "check() needs the articles to read" in str(info.value)
    assert "NoneType" not in str(info.value)


def test_an_unknown_min_severity_lists_the_valid_values() -> None:
    with pytest.raises(ValueError) as info:
        factcheck.check([SEEDS], min_severity="huge")
    assert str(info.value) == (
        "min_severity 'huge' is not a severity; choose one of info, minor, major, critical"
    )


@pytest.mark.parametrize("language", [None, "", "fr", "xx-invalid"])
def test_extract_text_needs_a_language_it_reads(language: str | None) -> None:
    with pytest.raises(UnknownNameError) as info:
        factcheck.extract_text("Rund 10.000 Container.", language=language)  # type: ignore[arg-type]
    assert "known languages: de, en" in str(info.value)
    assert "Article" not in str(info.value)


def test_messages_say_a_number_not_a_int() -> None:
    from factcheck.errors import kind_of

    assert [kind_of(v) for v in (1, 1.5, "x", [1], {"a": 1}, None, True)] == [
        "a number",
        "a number",
        "text",
        "a list",
        "a mapping",
        "nothing (null)",
        "a yes/no value",
    ]


def test_help_is_of_reasonable_length() -> None:
    text = pydoc.render_doc(factcheck, renderer=pydoc.plaintext)
    assert len(text.splitlines()) < 300
    for name in ("check", "Report", "InputReadError", "LoadResult"):
        assert name in text
    # the classes stay importable from the package, as before
    from factcheck import Claim, LoadResult, Report  # noqa: F401


def test_a_huge_number_never_becomes_a_quantity_without_a_value() -> None:
    text = "Es wurden " + "9" * 10_000 + " Container und rund 500 Panzer geliefert."
    claims = factcheck.extract_text(text, language="de")
    quantities = [c.quantity for c in claims if c.quantity is not None]
    assert all(q.nominal is not None or q.low is not None for q in quantities)
    assert all(len(c.span) < 1000 for c in claims)  # no claim quotes the whole number
    assert [q.nominal for q in quantities if q.nominal is not None] == [500]


def test_a_failure_while_extracting_one_article_costs_that_article_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    extract_module = sys.modules["factcheck.extract"]
    real = extract_module.extract

    def flaky(article: factcheck.Article, **kwargs: object) -> list[factcheck.Claim]:
        if article.id == "bad":
            raise ZeroDivisionError("boom")
        return real(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "extract", flaky)
    text = "The police said about 8,000 people took part in the march on Monday."
    (tmp_path / "bad.txt").write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(text, encoding="utf-8")
    report = factcheck.check([tmp_path])
    assert [a.id for a in report.articles] == ["good"]
    [error] = report.errors
    assert error.code == "internal" and "ZeroDivisionError: boom" in error.message
    assert {c.article for c in report.claims} == {"good"}
