"""A vote's tally: two numbers, the votes for and those against."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.reconcile.quantities import MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Vorlage wurde mit 31 zu 14 Stimmen angenommen.", "de"),
        # "dafür" after the pair is the motion's, not the second number's
        ("Der Rat stimmte am Donnerstag mit 31 zu 14 Stimmen dafür.", "de"),
        ("The council approved the plan by 31 votes to 14.", "en"),
    ],
)
def test_a_tally_counts_the_votes_for_then_those_against(text: str, language: str) -> None:
    claims = [
        c for c in extract_text(text, language=language, published="2025-10-24") if c.quantity
    ]
    sides = [(c.quantity.nominal, c.measure.key) for c in claims if c.measure and c.quantity]
    assert sides == [(31.0, "voted_for"), (14.0, "voted_against")]
    # the bare number of the pair is compared like the other side
    assert all(c.confidence >= MIN_CONFIDENCE for c in claims)


def test_two_numbers_with_to_and_no_votes_are_no_tally() -> None:
    text = "The company cut 31 jobs to 14 in March."
    keys = [c.measure.key for c in extract_text(text, language="en") if c.measure]
    assert "voted_for" not in keys and "voted_against" not in keys


@settings(max_examples=60, deadline=None)
@given(
    yes=st.integers(min_value=0, max_value=9999),
    no=st.integers(min_value=0, max_value=9999),
    joiner=st.sampled_from([" zu ", "-", " bis ", " zu  "]),
)
def test_any_pair_of_numbers_before_votes_reads_without_error(
    yes: int, no: int, joiner: str
) -> None:
    """Whatever the two numbers and the word between them (a range too), the sentence is
    read, and a tally's sides are never both one figure."""
    text = f"Der Antrag wurde mit {yes}{joiner}{no} Stimmen angenommen."
    claims = extract_text(text, language="de", published="2025-10-24")
    keys = [c.measure.key for c in claims if c.measure is not None]
    assert keys.count("voted_for") <= 1 and keys.count("voted_against") <= 1
