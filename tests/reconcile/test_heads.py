"""A compound and its head name one thing; two compounds of one head do not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.reconcile.heads import (
    MIN_PART,
    compound_of,
    contents_apart,
    facets_differ,
    heads_meet,
)


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


def test_two_values_of_one_facet_tell_two_things_apart() -> None:
    assert facets_differ(["male", "of:lok"], ["male", "of:lkw"])
    assert not facets_differ(["male", "of:lok"], ["male"])  # "der Fahrer" may be either
    assert not facets_differ(["of:lok", "of:zug"], ["of:zug"])


@given(st.sets(st.sampled_from(["a", "b", "of:x", "of:y", "by:z"])), st.sets(st.just("c")))
def test_content_without_a_shared_facet_never_differs(a: set[str], plain: set[str]) -> None:
    assert not facets_differ(a, plain)
    assert facets_differ(a, plain) == facets_differ(plain, a)


def test_facets_take_no_part_in_the_plain_words_test() -> None:
    """What befell one person and what another drove say nothing of each other; a gender
    or a fate both give does."""
    assert not contents_apart(frozenset({"fate:dead"}), frozenset({"of:other"}))
    assert contents_apart(frozenset({"male", "fate:dead"}), frozenset({"female"}))
    assert contents_apart(frozenset({"male", "fate:dead"}), frozenset({"male", "fate:injured"}))
    assert not contents_apart(frozenset({"turm"}), frozenset({"kirchturm"}))
    assert contents_apart(frozenset({"turm"}), frozenset({"glocke"}))
