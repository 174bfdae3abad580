"""Proper names that narrow what a figure is about (``factcheck.extract.scope_names``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.scope_names import named_scope


def _names(text: str, lang: str = "en") -> tuple[str, ...]:
    return named_scope(text, 0, len(text), 0, [], lang)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name after a scope preposition narrows the figure
        ("Crews said 2,140 homes burned in the Ridgeway fire.", ("ridgeway",)),
        # the sentence's subject, right after its opening article
        ("The Ridgeway fire destroyed 2,140 structures.", ("ridgeway",)),
        # a day, a nationality and a body's name narrow nothing
        ("Crews said 2,140 homes burned in Monday's fire.", ()),
        ("Fans cheered in what the American singer called a record.", ()),
        ("The 14 complaints were filed with the Office for Civil Rights.", ()),
        # nor does a body's name opening the sentence
        ("The Port Alder Transit Authority has closed 14 escalators.", ()),
    ],
)
def test_names_that_narrow_a_figure(text: str, names: tuple[str, ...]) -> None:
    assert _names(text) == names


def test_a_language_that_capitalises_nouns_reads_no_names() -> None:
    """German capitalises every noun: a capital says nothing of a name."""
    assert _names("Beim Brand in der Ridgeway-Halle wurden 14 Menschen verletzt.", "de") == ()


def test_the_skipped_spans_are_left_out() -> None:
    text = "Crews said 2,140 homes burned in the Ridgeway fire."
    at = text.index("Ridgeway")
    assert named_scope(text, 0, len(text), 0, [(at, at + 8)], "en") == ()


@given(
    st.lists(st.sampled_from([*list("AaZzb-_ '’.\n7"), "Ab", "x-Test"]), max_size=30).map("".join),
    st.data(),
)
@settings(max_examples=300, deadline=None)
def test_name_pattern_matches_as_its_lookbehind_first_form(text: str, data: st.DataObject) -> None:
    # scope_names._NAME is written capital first: the same matches as the lookbehind first
    import re

    from factcheck.extract import scope_names

    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    old = re.compile(r"(?<![\w-])[A-Z][\w'’-]*[a-z][\w'’-]*")
    assert [m.span() for m in scope_names._NAME.finditer(text, s, e)] == [
        m.span() for m in old.finditer(text, s, e)
    ]
