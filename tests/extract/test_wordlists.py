"""Word lists as regular expressions: a grouped alternation matches exactly what the
plain one does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import wordlists
from factcheck.extract.wordlists import GROUPED_FROM, NEVER, alternation, word_pattern

# letters with case pairs that Python's re.IGNORECASE treats specially (the long s, the
# Kelvin sign, dotted and dotless i, sharp s, Greek sigma forms and micro sign), plain
# letters, a digit and characters re.escape escapes
_LETTERS = "sSſkKKiIİıßẞσςΣµμΜaAbB1-.ä"
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=4)
_entry = st.one_of(
    _word,
    st.builds(lambda a, b: f"{a} {b}", _word, _word),  # a phrase
    st.builds(lambda a: a + "*", _word),  # a stem
)


def _plain(words: list[str]) -> str:
    """The alternation as it was before grouping: every entry, longest first."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        stem = w[:-1] if w.endswith("*") else w
        body = r"\s+".join(re.escape(p) for p in stem.split())
        alts.append(body + (r"[\w-]*" if w.endswith("*") else ""))
    return "|".join(alts) if alts else NEVER


@given(st.lists(_entry, min_size=GROUPED_FROM, max_size=30), st.data())
@settings(max_examples=300, deadline=None)
def test_grouped_alternation_matches_as_the_plain_one(
    words: list[str], data: st.DataObject
) -> None:
    # a text made of the entries (case changed at random), stray letters and separators
    pieces = st.one_of(
        st.sampled_from(words).map(lambda w: w.rstrip("*")),
        st.sampled_from(words).map(lambda w: w.rstrip("*").swapcase()),
        st.text(alphabet=_LETTERS + " x", max_size=3),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=8), label="text"))
    for flags in (0, re.IGNORECASE):
        for frame in (r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})", r"(?:{})\s+x"):
            grouped = re.compile(frame.format(alternation(words)), flags)
            plain = re.compile(frame.format(_plain(words)), flags)
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]
            for pos in range(len(text)):
                g, p = grouped.match(text, pos), plain.match(text, pos)
                assert (g and g.span()) == (p and p.span())


def test_long_lists_are_grouped_short_ones_not() -> None:
    words = ["April", "am", "bis", "by", "Bahn", "kurz nach", "nach", "Teilnehm*"]
    grouped = alternation(words)
    assert grouped.startswith("(?=[k])(?:kurz\\s+nach)|")
    assert "(?=[Bb])(?:Bahn|bis|by)" in grouped  # one group for both cases, longest first
    assert alternation(words[:3]) == "April|bis|am"
    assert alternation([]) == NEVER


def test_letters_one_matches_ignoring_case_share_a_group() -> None:
    groups = wordlists._case_groups(frozenset("sSſkKKab"))
    assert groups["s"] == groups["S"] == groups["ſ"]
    assert groups["k"] == groups["K"] == groups["K"]
    assert len({groups["a"], groups["b"], groups["s"], groups["k"]}) == 4


def test_word_pattern_finds_whole_words_only() -> None:
    pattern = word_pattern(["kurz nach", "nach", "vor", "bis", "seit", "ab", "um", "gegen"])
    found = [m.group() for m in pattern.finditer("Kurz  nach acht, nachts, gegen-Kurs, Seit")]
    assert found == ["Kurz  nach", "Seit"]


@given(st.lists(_word, min_size=GROUPED_FROM, max_size=20), st.data())
@settings(max_examples=150, deadline=None)
def test_grouped_keeps_any_given_order(words: list[str], data: st.DataObject) -> None:
    """Entries in an order of the caller's (not longest first) keep it within a group."""
    alts = [(w[0], re.escape(w)) for w in data.draw(st.permutations(words), label="order")]
    text = " ".join(data.draw(st.lists(st.sampled_from(words), max_size=6), label="text"))
    for flags in (0, re.IGNORECASE):
        ours = re.compile(f"(?:{wordlists.grouped(alts)})", flags)
        plain = re.compile("(?:" + "|".join(regex for _, regex in alts) + ")", flags)
        for pos in range(len(text)):
            g, p = ours.match(text, pos), plain.match(text, pos)
            assert (g and g.span()) == (p and p.span())


def test_grouped_stays_plain_without_a_first_character() -> None:
    alts = [(w[0], w) for w in ("ab", "ac", "ad", "ba", "bb", "bc", "ca", "cb")]
    assert wordlists.grouped(alts).startswith("(?=[a])(?:ab|ac|ad)|")
    assert wordlists.grouped([*alts, ("", r"\d+")]) == "|".join([*(w for _, w in alts), r"\d+"])
    assert wordlists.grouped([]) == NEVER


def test_entry_gives_first_character_and_regex() -> None:
    assert wordlists.entry("Teilnehm*") == ("T", r"Teilnehm[\w-]*")
    assert wordlists.entry("kurz  nach") == ("k", r"kurz\s+nach")
    assert wordlists.entry("") == ("", "")
    # a later word's leading "*": any word ending in it ("ersten *Angaben")
    assert wordlists.entry("ersten *Angaben") == ("e", r"ersten\s+[\w-]*Angaben")
