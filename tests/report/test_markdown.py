"""The Markdown report; its structure is checked by parsing it with markdown-it-py."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.models import Report
from factcheck.report.markdown import escape


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_types(tokens: list[Any]) -> set[str]:
    types: set[str] = set()
    for tok in tokens:
        types.add(tok.type)
        if tok.children:
            types |= {child.type for child in tok.children}
    return types


MARKUP_TOKENS = {
    "link_open",
    "image",
    "html_inline",
    "html_block",
    "em_open",
    "strong_open",
    "s_open",
    "code_inline",
    "heading_open",
    "bullet_list_open",
    "ordered_list_open",
    "blockquote_open",
    "table_open",
    "hr",
    "fence",
    "code_block",
}


# NUL is replaced by U+FFFD by every CommonMark parser; there is nothing to escape there.
ARTICLE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00"),
    max_size=60,
)
MARKUP_HEAVY = st.text(alphabet="\\`*_[]()<>|#~&$!-+=.:1 \nab", max_size=40)


@given(st.one_of(ARTICLE_TEXT, MARKUP_HEAVY))
def test_escaped_text_is_literal(text: str) -> None:
    """Whatever an article holds, escape() gives text that Markdown shows verbatim."""
    escaped = escape(text)
    assert "\n" not in escaped
    tokens = _parser().parse(escaped)
    assert not (_inline_types(tokens) & MARKUP_TOKENS), escaped
    rendered = "".join(_plain(tok) for tok in tokens if tok.type == "inline")
    assert rendered == " ".join(text.split())


def test_escape_examples() -> None:
    assert escape("a | b") == "a \\| b"
    assert escape("<script>") == "\\<script\\>"
    assert escape("1. Mai") == "1\\. Mai"
    assert escape("- minus") == "\\- minus"
    assert escape("Version 0.1.0") == "Version 0.1.0"
    assert escape("line\nbreak\t tab") == "line break tab"


def _plain(inline: Any) -> str:
    """What a reader sees of an inline token: its text, escapes resolved."""
    return "".join(child.content for child in inline.children or [])


def _tables(md: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts."""
    tables: list[list[list[str]]] = []
    row: list[str] = []
    tokens = _parser().parse(md)
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            tables.append([])
        elif tok.type == "tr_open":
            row = []
        elif tok.type in ("th_open", "td_open"):
            row.append(_plain(tokens[i + 1]))
        elif tok.type == "tr_close":
            tables[-1].append(row)
    return tables


def test_report_structure(report: Report) -> None:
    md = report.to_markdown()
    assert md.startswith("# factcheck report\n")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[1:3] == ["## Discrepancies", "### 1. MAJOR: value conflict (" + _id(md) + ")"]
    assert "## Input errors (1)" in headings
    # summary, three findings, one figure, errors
    tables = _tables(md)
    assert len(tables) == 6
    summary = {r[0].removeprefix("· "): r[1] for r in tables[0][1:]}
    assert list(summary)[4:8] == ["critical", "major", "minor", "info"]
    assert summary["Articles"] == "2" and summary["Discrepancies"] == "3"
    assert summary["Figures"] == "1"
    assert headings.index("## Figures (1)") < headings.index("## Input errors (1)")
    figure = tables[4]
    assert figure[0] == ["As of", "Value", "Source", "Article", "Quote"]
    assert [row[0] for row in figure[1:]] == ["2024-06-01..2024-06-30", "2024-06-30", "2024-06-30"]
    assert [row[4] for row in figure[1:]] == [
        "etwa 6.700 Container",
        "More than 10,000 containers",
        "12,000 containers",
    ]
    # numbers as the article's language writes them
    assert [row[1] for row in figure[1:]] == [
        "about 6.700 Container",
        "more than 10,000 Container",
        "12,000 Container",
    ]
    assert summary["major"] == "1" and summary["Input errors"] == "1"
    assert tables[1][0] == ["Quote", "Value", "Source", "Article", "Published", "Modality"]
    assert tables[1][1][0] == "etwa 6.700 Container"
    assert tables[1][1][2] == "Hafenamt via Nordhafener Zeitung"


def _id(md: str) -> str:
    line = next(line for line in md.splitlines() if line.startswith("### 1."))
    return line.rsplit("(", 1)[1].rstrip(")")


def test_reasons_are_bullets_and_quote_is_bold_in_context(report: Report) -> None:
    md = report.to_markdown()
    assert (
        "- The figures come from different sources: Hafenamt, port authority. "
        "(`different_sources`)" in md
    )
    assert "wurden seit März **etwa 6.700 Container** verladen." in md


def test_pipes_and_markup_in_article_data_are_escaped(hostile_report: Report) -> None:
    md = hostile_report.to_markdown()
    assert "Hafen\\|amt" in md
    assert "Hafen|amt" not in md
    tables = _tables(md)
    # Every row of a claim table keeps exactly six cells despite the pipes in the data.
    for table in tables[1:4]:
        assert all(len(row) == 6 for row in table)
    assert tables[1][1][2] == "Hafen|amt <svg onload=alert(5)> [red] via Nordhafener Zeitung"
    assert tables[-1][1][2] == "<b onmouseover=alert(6)>bad</b> | file"
    # No raw HTML, link or image reaches the Markdown document.
    types = _inline_types(_parser().parse(md))
    assert not types & {"html_inline", "html_block", "image", "link_open"}
