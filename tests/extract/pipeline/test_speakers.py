"""One person quoted is no count (``pipeline.speakers``)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


@pytest.mark.parametrize(
    ("text", "language", "quote", "counted"),
    [
        ('"He kept saying nobody would get hurt," said one employee, who asked not to be '
         "named.", "en", "one employee", False),
        ('"It was chaos," one witness said.', "en", "one witness", False),
        # a count of one is still a count, and so is any other count beside a speech verb
        ("One employee was injured, police said.", "en", "One employee", True),
        ("Police said six employees were held.", "en", "six employees", True),
    ],
)  # fmt: skip
def test_one_person_quoted_is_no_count(text: str, language: str, quote: str, counted: bool) -> None:
    quotes = [c.quote for c in extract_text(text, language=language) if c.quantity]
    assert (quote in quotes) is counted
