"""The strings a pattern requires are read off its syntax, and a prefiltered pattern finds
exactly what the pattern finds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import clauses, clock, figure_cues
from factcheck.extract.literals import Prefiltered, required
from factcheck.extract.pipeline import scope


def test_required_strings_of_a_pattern() -> None:
    assert required(re.compile(r"(?<![\w:.])(\d{1,2})(?:[.:]\d\d)?\s*Uhr\b", re.I)) == ("uhr",)
    # alternatives: one string of each; the longest of a sequence's parts is taken
    pat = re.compile(r"(?<!\w)(\w+)-(?:held|run)\b|\bunder\s+(\w+)\s+control\b")
    assert required(pat) == ("control", "held", "run")
    # a look-ahead's text lies in the window too; a look-behind's need not
    assert required(re.compile(r"\d\d:\d\d(?=\s*(?:GMT|UTC)\b)")) == ("gmt", "utc")
    assert required(re.compile(r"(?<=under )\d+")) is None
    # optional parts require nothing; single characters are no test
    assert required(re.compile(r"\d+(?: Uhr)?")) is None
    assert required(re.compile(r"\d+:\d+")) is None
    # one alternative without a fixed string: nothing can be skipped
    assert required(re.compile(r"held|\d+")) is None
    # a non-ASCII letter cuts a word; its ASCII pieces remain
    assert required(re.compile("zählte", re.I)) == ("hlte",)


def test_prefiltered_skips_windows_without_the_strings() -> None:
    pat = Prefiltered(re.compile(r"(?<![\w:.])(\d{1,2})\s*Uhr\b", re.I))
    text = "Am Morgen kamen 300 Menschen, um 7 UHR begann es."
    assert pat.search(text, 0, 29) is None
    m = pat.search(text)
    assert m is not None and m.group(1) == "7"
    assert [x.group(1) for x in pat.finditer(text, 0, len(text))] == ["7"]


def test_printable_ascii_matches_case_blind_as_its_lower_case() -> None:
    # may_hold compares the lower-cased window where a pattern matches ignoring case: for
    # printable ASCII the two agree on every code point but the twins
    blind = re.compile("[ -~]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c in clauses._CASE_TWINS:
            continue
        low = c.lower()
        if blind.fullmatch(c):
            assert len(low) == 1 and " " <= low <= "~", hex(cp)
            assert re.fullmatch(re.escape(low), c, re.IGNORECASE), hex(cp)
        else:
            assert not (len(low) == 1 and " " <= low <= "~"), hex(cp)


def _patterns(lang: str) -> list[Prefiltered]:
    out = [clock._pattern(lang)]
    for name in ("HELD_BY_PATTERN", "COMPASS_AREA_PATTERN"):
        p = scope._prefiltered(lang, name)
        if p is not None:
            out.append(p)
    for name in ("INTERIM_CUES", "PART_CUES", "REPORT_DAY_CUES", "TOTAL_CUES", "CURRENT_CUES"):
        out.append(figure_cues.cue_pattern(lang, name))
    earlier = figure_cues._earlier_pattern(lang)
    if earlier is not None:
        out.append(earlier)
    return out


_OPENINGS = ("7 ", "x-", "in the ", "im ", "up from ", "nach zuvor ")
"""Words before the required strings that complete a match of some of the patterns."""


def _pieces(p: Prefiltered) -> list[str]:
    words = [v for w in p.need or () for v in (w, w.upper(), w.title())]
    extra = [" ", " ", ", ", ".", "-", "7", "12", ":30", "x", "the ", "der ", "İ", "ſ"]
    extra += ["up from 7 ", "nach zuvor 7 "]
    return sorted({*words, *(f"{o}{w} " for o in _OPENINGS for w in words), *extra})


def _same_matches(p: Prefiltered) -> None:
    """Random texts of the strings ``p`` requires (in any case, after words that complete
    a match) and of others: every window gives what the bare pattern gives."""

    @given(st.lists(st.sampled_from(_pieces(p)), max_size=16), st.data())
    @settings(max_examples=150, deadline=None)
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
        s = data.draw(st.integers(0, len(text)))
        e = data.draw(st.integers(s, len(text)))
        for a, b in ((0, len(text)), (s, e)):
            want = [(m.span(), m.groups()) for m in p.pattern.finditer(text, a, b)]
            assert [(m.span(), m.groups()) for m in p.finditer(text, a, b)] == want
            got = p.search(text, a, b)
            first = p.pattern.search(text, a, b)
            assert (got and got.span()) == (first and first.span())

    check()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_prefiltered_pack_patterns_find_what_the_patterns_find(lang: str) -> None:
    patterns = _patterns(lang)
    assert patterns[0].need  # the clock pattern is tested
    for p in patterns:
        _same_matches(p)


def _no_match_inside(p: Prefiltered) -> None:
    """A stretch ``may_match`` turns down holds no match in any window inside it."""

    @given(st.lists(st.sampled_from(_pieces(p)), max_size=16), st.data())
    @settings(max_examples=150, deadline=None)
    def check(parts: list[str], data: st.DataObject) -> None:
        text = "".join(parts)
        s = data.draw(st.integers(0, len(text)))
        e = data.draw(st.integers(s, len(text)))
        if p.may_match(text, s, e):
            return
        for a in range(s, e + 1):
            for b in range(a, e + 1):
                assert p.pattern.search(text, a, b) is None, (text, a, b)

    check()


def test_may_match_turns_down_a_stretch_without_the_strings() -> None:
    pat = Prefiltered(re.compile(r"(?<![\w:.])(\d{1,2})\s*Uhr\b", re.I))
    text = "Am Morgen kamen 300 Menschen, um 7 UHR begann es."
    assert not pat.may_match(text, 0, 29)
    assert pat.may_match(text, 0, len(text)) and pat.may_match(text)
    assert Prefiltered(re.compile(r"\d+")).may_match("no digits")  # nothing required


@pytest.mark.parametrize("lang", ["de", "en"])
def test_may_match_of_pack_patterns_misses_no_window(lang: str) -> None:
    for p in _patterns(lang):
        _no_match_inside(p)
