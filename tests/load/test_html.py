"""HTML pages: main text with trafilatura, date with htmldate, a clear error otherwise."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load import load
from factcheck.models import DatePrecision, PublishedDate

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Floods in Passau | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Floods in Passau">
<meta property="og:url" content="https://news.example.org/2024/06/floods-passau">
{date}
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Floods in Passau</h1>
<p>The Danube rose above ten metres on Monday, the highest level in a decade. About 2,000
people had to leave their homes, the city said.</p>
<p>Emergency services brought more than 40 boats to the old town. The river is expected to
fall slowly from Wednesday, according to the flood warning service.</p>
</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body>
</html>
"""
DATE_META = '<meta property="article:published_time" content="2024-06-03T08:15:00+02:00">'


def write_page(tmp_path: Path, *, lang: str = "en-GB", date: str = DATE_META) -> Path:
    path = tmp_path / "passau.html"
    path.write_text(PAGE.format(lang=lang, date=date), encoding="utf-8")
    return path


def test_article_text_and_metadata(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = write_page(tmp_path)
    [article] = load(path)
    assert article.id == "passau"
    assert article.path == str(path)
    assert "About 2,000" in article.text
    assert "more than 40 boats" in article.text
    assert "Copyright" not in article.text
    assert "World news" not in article.text
    assert article.body_start == 0
    assert article.title == "Floods in Passau"
    assert article.source == "Example News"
    assert article.url == "https://news.example.org/2024/06/floods-passau"
    assert article.published == PublishedDate(date=dt.date(2024, 6, 3), precision=DatePrecision.DAY)
    assert (article.language, article.language_detected) == ("en", False)


def test_undated_page_takes_the_default_and_detects_language(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = write_page(tmp_path, lang="", date="")
    [article] = load(path, published="2024-06")
    assert str(article.published) == "2024-06"
    assert (article.language, article.language_detected) == ("en", True)


def test_page_without_article_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "index.htm"
    path.write_text("<html><head><title>Home</title></head><body></body></html>", "utf-8")
    with pytest.raises(InputReadError) as info:
        load(path)
    assert info.value.code is ErrorCode.HTML
    assert ".txt" in info.value.hint


def test_without_trafilatura_html_is_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now fails
    path = write_page(tmp_path)
    with pytest.raises(InputReadError) as info:
        load(path)
    assert info.value.code is ErrorCode.UNSUPPORTED
    assert 'pip install "factcheck[html]"' in info.value.hint
    result = load(tmp_path)
    assert [e.code for e in result.errors] == ["unsupported"]


def test_a_page_in_a_language_factcheck_cannot_read_is_an_error(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = write_page(tmp_path, lang="fr")
    with pytest.raises(InputReadError) as info:
        load(path)
    assert info.value.code is ErrorCode.LANGUAGE
    assert "'fr', which factcheck cannot read" in str(info.value)
    assert load(path, language="en").articles[0].language == "en"  # forced, it is read
