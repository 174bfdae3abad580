"""The display data shared by the renderers (factcheck/report/_view.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import (
    Article,
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Report,
    Severity,
    Span,
)
from factcheck.report._view import (
    CONTEXT_CHARS,
    ReportView,
    excerpt,
    one_line,
    require,
    safe_href,
)


def _article(text: str, body_start: int = 0) -> Article:
    return Article(id="a", path="a.txt", text=text, body_start=body_start)


def _claim(text: str, needle: str, sentence: Span | None = None) -> Claim:
    start = text.index(needle)
    span = Span(start=start, end=start + len(needle))
    return Claim(id="c1", article="a", span=span, quote=needle, sentence=sentence)


def test_excerpt_uses_the_sentence_when_known() -> None:
    text = "First sentence here. The crowd was about 5,000 people. Last one."
    claim = _claim(text, "about 5,000 people", sentence=Span(start=21, end=54))
    ex = excerpt(_article(text), claim)
    assert ex.plain("[", "]") == "The crowd was [about 5,000 people]."
    assert not ex.cut_before and not ex.cut_after


def test_excerpt_without_sentence_is_a_window_cut_at_spaces() -> None:
    words = " ".join(f"w{i}" for i in range(200))
    text = f"{words} the figure 42 tonnes {words}"
    ex = excerpt(_article(text), _claim(text, "42 tonnes"))
    assert ex.quote == "42 tonnes"
    assert ex.cut_before and ex.cut_after
    assert CONTEXT_CHARS - 5 <= len(ex.before) <= CONTEXT_CHARS
    assert CONTEXT_CHARS - 5 <= len(ex.after) <= CONTEXT_CHARS
    # cut at word boundaries: every context word is a whole word of the text
    assert all(w.startswith("w") and w[1:].isdigit() for w in ex.before.split()[:-2])
    assert ex.plain().startswith("… w")


def test_excerpt_stays_out_of_the_metadata_header() -> None:
    header = "date 2024-06 "
    text = header + "Some 12 ships came."
    ex = excerpt(_article(text, body_start=len(header)), _claim(text, "12 ships"))
    assert ex.before == "Some "
    assert "date" not in ex.plain()


def test_excerpt_of_a_span_outside_the_text_falls_back_to_the_quote() -> None:
    text = "Short."
    claim = Claim(id="c1", article="a", span=Span(start=50, end=60), quote="stale quote")
    ex = excerpt(_article(text), claim)
    assert ex.plain() == "stale quote"


def test_long_sentence_is_cut_to_a_window() -> None:
    text = "x " * 500 + "the 7 boats " + "y " * 500
    claim = _claim(text, "7 boats", sentence=Span(start=0, end=len(text)))
    ex = excerpt(_article(text), claim)
    assert len(ex.plain()) < 2 * CONTEXT_CHARS + 40


@given(st.text(max_size=300), st.data())
def test_excerpt_always_contains_the_quote(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    claim = Claim(id="c", article="a", span=Span(start=start, end=end), quote=text[start:end])
    ex = excerpt(_article(text), claim)
    assert ex.quote == one_line(text[start:end])
    assert "\n" not in ex.plain()
    parts = ex.parts()
    assert "".join(t for t, _ in parts) == ex.plain()
    assert [t for t, q in parts if q] == ([ex.quote] if ex.quote else [])


def test_missing_claim_and_article_are_shown_not_raised() -> None:
    text = "It was 3 km long."
    present = _claim(text, "3 km")
    orphan = Claim(id="c2", article="gone", span=Span(start=0, end=2), quote="It")
    d = Discrepancy(
        id="d1",
        kind=DiscrepancyKind.VALUE_CONFLICT,
        severity=Severity.MINOR,
        claims=("c1", "c2", "c9"),
        explanation="x",
    )
    report = Report.build(articles=[_article(text)], claims=[present, orphan], discrepancies=[d])
    views = ReportView(report).discrepancies()[0].claims
    assert [v.id for v in views] == ["c1", "c2", "c9"]
    assert views[1].article is None and views[1].published == "unknown"
    assert "c9 is not in the report" in views[2].quote
    for fmt in ("text", "markdown", "html", "claimreview"):
        assert "c9" in report.render(fmt)


def test_discrepancies_are_ordered_gravest_first_stably() -> None:
    def d(i: str, sev: Severity) -> Discrepancy:
        return Discrepancy(
            id=i, kind=DiscrepancyKind.INTERNAL, severity=sev, claims=(), explanation=i
        )

    found = [d("a", Severity.INFO), d("b", Severity.CRITICAL), d("c", Severity.INFO)]
    found.append(d("e", Severity.MAJOR))
    report = Report.build(articles=[], claims=[], discrepancies=found)
    order = [v.discrepancy.id for v in ReportView(report).discrepancies()]
    assert order == ["b", "e", "a", "c"]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("  https://example.org/  ", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("\x01javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/x", False),
        ("https://exa mple.org", False),
        ("/local/path.html", False),
        ("https:///nohost", False),
        ("http://[::1", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_href(url: str | None, ok: bool) -> None:
    assert (safe_href(url) is not None) is ok


def test_require_names_the_extra() -> None:
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[report\]'"):
        require("factcheck_no_such_module", "report")
