"""A compound and its head name one thing; two compounds of one head do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.reconcile.heads import MIN_PART, compound_of, heads_meet


def test_a_compound_meets_its_head() -> None:
    assert heads_meet(frozenset({"turm"}), frozenset({"kirchturm"}))
    assert heads_meet(["wildfire"], ["fire"])


def test_two_compounds_of_one_head_do_not_meet() -> None:
    assert not heads_meet(["kirchturm"], ["wasserturm"])


def test_a_short_part_makes_no_compound() -> None:
    assert not compound_of("rad", "ad")
    assert not compound_of("female", "male")
    assert compound_of("regionalzug", "zug")


@given(
    st.text(alphabet="abcdefgh", min_size=MIN_PART, max_size=8),
    st.text("xyz", min_size=MIN_PART, max_size=4),
)
def test_a_prefix_keeps_the_head(head: str, prefix: str) -> None:
    assert heads_meet([prefix + head], [head])
    assert compound_of(head, prefix + head) == compound_of(prefix + head, head)
