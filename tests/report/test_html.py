"""The HTML report: structure, self-containment and escaping of hostile article data.

The document is parsed with the standard library's HTML parser, so the checks look at the
elements and attributes a browser would build, not at substrings.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

from factcheck.models import Report
from factcheck.report.html import content_security_policy, to_html


class _Doc(HTMLParser):
    """Elements, attributes and the text of <script>/<style>/<mark> elements."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.marks: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style", "mark"):
            self._in.append(tag)
            {"script": self.scripts, "style": self.styles, "mark": self.marks}[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in:
            target = {"script": self.scripts, "style": self.styles, "mark": self.marks}
            target[self._in[-1]][-1] += data

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _csp(doc: _Doc) -> str:
    metas = [m for m in doc.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    return metas[0]["content"] or ""


def test_discrepancies_first_then_errors_then_articles(report: Report) -> None:
    html = report.to_html()
    assert html.startswith("<!DOCTYPE html>")
    order = [html.index(f'id="{s}"') for s in ("discrepancies", "errors", "articles")]
    assert order == sorted(order)
    doc = _Doc(html)
    sections = [a for a in doc.all("section") if "finding" in (a.get("class") or "")]
    assert [s["data-severity"] for s in sections] == ["major", "minor", "info"]
    assert doc.marks[:2] == ["etwa 6.700 Container", "More than 10,000 containers"]


def test_claims_show_excerpt_source_and_date(report: Report) -> None:
    html = report.to_html()
    assert "Nach Angaben des Hafenamts wurden seit März <mark>etwa 6.700 Container</mark>" in html
    assert "Hafenamt via Nordhafener Zeitung" in html
    assert "2024-06-30" in html
    assert "The figures come from different sources" in html


def test_articles_show_metadata_and_claims(report: Report) -> None:
    doc = _Doc(report.to_html())
    links = [a for a in doc.all("a") if (a.get("href") or "").startswith("http")]
    assert links == [
        {"href": "https://example.org/nordhafen?a=1&b=2", "rel": "noopener noreferrer"}
    ]
    text = "".join(doc.text)
    for expected in ("Rekord in Nordhafen", "articles/001_nordhafen.txt", "Harbour Weekly", "de"):
        assert expected in text
    assert len(doc.all("details")) == 2


def test_self_contained_and_csp_allows_only_own_script_and_style(report: Report) -> None:
    doc = _Doc(report.to_html())
    assert len(doc.scripts) == 1 and len(doc.styles) == 1
    assert all("src" not in s for s in doc.all("script"))
    assert not doc.all("link") and not doc.all("img") and not doc.all("iframe")
    csp = _csp(doc)
    assert "default-src 'none'" in csp
    assert f"script-src {_hash(doc.scripts[0])}" in csp
    assert f"style-src {_hash(doc.styles[0])}" in csp
    assert "unsafe" not in csp and "http" not in csp
    assert not re.search(r"url\(|@import", doc.styles[0])


def test_content_security_policy_hashes_what_it_is_given() -> None:
    csp = content_security_policy("alert(1)", "p{}")
    assert _hash("alert(1)") in csp and _hash("p{}") in csp
    assert _hash("alert(2)") not in content_security_policy("alert(1)", "p{}")


def test_hostile_article_data_is_escaped(hostile_report: Report) -> None:
    html = hostile_report.to_html()
    doc = _Doc(html)
    # Exactly the report's own script and no element or handler from the data.
    assert len(doc.all("script")) == 1
    assert "__pwned" not in doc.scripts[0]
    assert not doc.all("img") and not doc.all("iframe")
    # the one svg is the report's own chart of the one figure
    assert [a.get("class") for a in doc.all("svg")] == ["chart"]
    assert all(not attrs for attrs in doc.all("b"))  # the template's own <b>, none from data
    for tag, attrs in doc.tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action", "formaction"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
    # The hostile strings are there, as text.
    text = "".join(doc.text)
    assert "<script>alert(1)</script>" in text  # the title
    assert "javascript:alert(1)" in text  # the URL, shown but not linked
    assert 'Zeitung "Nord" <img src=x onerror="window.__pwned=3">' in text
    assert "<script>window.__pwned = 1;" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<svg onload=alert(7)> *Con|tainer*" in text  # the figure's label, as text


def test_title_option_is_escaped(report: Report) -> None:
    html = report.render("html", title="<i>Port</i> & harbour")
    assert "<title>&lt;i&gt;Port&lt;/i&gt; &amp; harbour</title>" in html


def test_filter_lists_every_severity_and_starts_hidden(report: Report) -> None:
    doc = _Doc(report.to_html())
    boxes = [a["data-severity"] for a in doc.all("input") if a.get("type") == "checkbox"]
    assert boxes == ["critical", "major", "minor", "info"]
    bar = next(a for a in doc.all("div") if a.get("id") == "severity-filter")
    assert "hidden" in bar  # shown by the script; without script every finding stays visible


def test_empty_report(empty_report: Report) -> None:
    html = to_html(empty_report)
    assert "No discrepancies found." in html
    assert 'id="severity-filter"' not in html


@pytest.mark.parametrize("name", ["report.js", "report.css"])
def test_assets_cannot_close_their_element(name: str) -> None:
    from importlib import resources

    text = (resources.files("factcheck.report") / "templates" / name).read_text("utf-8")
    assert "</script" not in text.lower() and "</style" not in text.lower()


def test_one_chart_per_figure_with_a_mark_per_claim(report: Report) -> None:
    html = report.to_html()
    doc = _Doc(html)
    (figure,) = report.figures
    assert [a.get("data-figure") for a in doc.all("section") if a.get("data-figure")] == [figure.id]
    marks = [a for a in doc.all("g") if "mark" in (a.get("class") or "").split()]
    assert [m.get("data-claim") for m in marks] == [p.claim for p in figure.claims]
    assert all(m.get("tabindex") == "0" for m in marks)  # reachable by keyboard
    # the value conflict and the update are joined; the date conflict is not a figure's
    links = [a for a in doc.all("line") if "link" in (a.get("class") or "").split()]
    assert sorted(a.get("data-discrepancy") or "" for a in links) == sorted(figure.discrepancies)
    # a table row per claim, in as-of order, for readers without the chart
    rows = [a.get("data-claim") for a in doc.all("tr") if a.get("data-claim")]
    assert rows == [p.claim for p in figure.claims]
    # the chart draws with attributes and classes only: no inline style for the CSP
    assert not [a for _, a in doc.tags if "style" in a]
    assert html.index('id="figures"') < html.index('id="discrepancies"')


def test_no_figures_no_chart(empty_report: Report) -> None:
    html = empty_report.to_html()
    assert 'id="figures"' not in html and "<svg" not in html
