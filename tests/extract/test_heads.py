"""The beginnings of a pattern's matches are read off its syntax: a token that begins no
match rules the pattern out, and an alternation kept to the alternatives a token can begin
matches what the whole alternation matches there."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.heads import heads, may_begin
from factcheck.extract.time.grammar import _Alternatives, _grammar


def test_beginnings_of_a_pattern() -> None:
    found = heads(r"(?<![\d.])(?:\d{4})-\d\d")
    assert may_begin(found, "2024") and may_begin(found, "7")
    assert not may_begin(found, "the")
    # an optional part: the match may begin with it or with what follows
    found = heads(r"(?:(?:Monday|Friday),?\s+)?(?i:the)\s+\d")
    assert may_begin(found, "Monday") and may_begin(found, "The") and may_begin(found, "THE")
    assert not may_begin(found, "monday")  # the names are case-sensitive
    assert not may_begin(found, "March")
    # a token longer than what is read, or a beginning longer than the token: compared
    # where both have characters
    assert may_begin(heads("(?i:september)"), "Sept")
    assert may_begin(heads("Sep"), "September")
    assert not may_begin(heads("Sep"), "Oct")
    assert not may_begin(heads("sep"), "September")
    # classes, negated classes and categories
    assert may_begin(heads(r"[^\W\d]\w+"), "x") and not may_begin(heads(r"[^\W\d]\w+"), "7")
    assert may_begin(heads(r"[0-3]\d"), "2") and not may_begin(heads(r"[0-3]\d"), "4")


def test_unreadable_or_open_patterns_may_begin_with_anything() -> None:
    assert heads("(") is None and may_begin(None, "x")
    assert may_begin(heads(r"(a)\1"), "a")
    assert may_begin(heads(r"(?:x|)"), "y")  # may match nothing: any token
    assert may_begin(heads(r".+"), "y")


_ATOMS: dict[str, list[str]] = {
    # an atom of a pattern, and texts it matches (and some it does not)
    "a": ["a", "A"],
    "ab": ["ab", "b"],
    "the": ["the", "The"],
    "(?i:the)": ["THE", "tHe", "the"],
    "May": ["May", "MAY", "may"],
    r"\d": ["1", "x"],
    r"\d{1,2}": ["23", "4"],
    "[0-3]": ["1", "4"],
    r"\s+": [" ", "  "],
    ",?": [",", ""],
    "-": ["-"],
    r"[^\W\d_]": ["x", "\u0130", "7"],
    r"\w*": ["ab1", ""],
    "(?!x)": [""],
    r"(?<!\d)": [""],
    "(?=a)": ["", "a"],
    ".": ["\n", "."],
    "(?i:s)": ["\u017f", "S"],
    "(?i:k)": ["\u212a", "k"],
    "K": ["K", "\u212a"],
}


@st.composite
def _matched(draw: st.DrawFn) -> tuple[list[str], str]:
    """Alternatives of a pattern, and a text that mostly begins with a match of one."""
    alts: list[str] = []
    texts: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        atoms = draw(st.lists(st.sampled_from(sorted(_ATOMS)), min_size=1, max_size=4))
        rep = draw(st.sampled_from(["", "?", "+", "{2}"]))
        alts.append("(?:" + "".join(atoms) + ")" + rep)
        texts.append("".join(draw(st.sampled_from(_ATOMS[a])) for a in atoms))
    text = draw(st.sampled_from(texts)) + draw(st.sampled_from(["", " 5", "x", "abc"]))
    return alts, text


@settings(max_examples=600, deadline=None)
@given(_matched(), st.integers(min_value=1, max_value=8))
def test_a_match_begins_with_a_beginning(case: tuple[list[str], str], k: int) -> None:
    """Every prefix of a text a pattern matches at its start may begin a match."""
    alts, text = case
    for pattern in [*alts, "|".join(alts)]:
        if re.match(pattern, text) is not None:
            assert may_begin(heads(pattern), text[:k]), (pattern, text)


@settings(max_examples=400, deadline=None)
@given(_matched(), st.integers(1, 6))
def test_alternatives_for_a_token_match_as_the_whole(case: tuple[list[str], str], k: int) -> None:
    """Kept to the alternatives the text's first characters can begin, the alternation
    matches what the whole one matches."""
    alts, text = case
    token = text[:k]
    if not token:
        return
    pruned = _Alternatives(tuple(alts)).for_token(token)
    whole = re.match("(?:" + "|".join(alts) + ")", text)
    got = None if pruned is None else pruned.match(text)
    assert (got and got.group()) == (whole and whole.group()), (alts, text)


def test_time_core_alternatives_for_tokens() -> None:
    for lang in ("de", "en"):
        g = _grammar(lang)
        whole = g.patterns["core"]
        for token, text in [
            ("9", "9. Juni 2024"),
            ("2", "2 days later"),
            ("last", "last Friday"),
            ("Anfang", "Anfang März"),
            ("March", "March 3, 2024"),
            ("am", "am Mittwoch"),
        ]:
            pruned = g.core.for_token(token)
            got = None if pruned is None else pruned.match(text)
            want = whole.match(text)
            assert (got and got.group()) == (want and want.group()), (lang, text)
