from __future__ import annotations

import pytest

from factcheck.extract.source_places import without_role_place


@pytest.mark.parametrize(
    ("phrase", "lang", "kept"),
    [
        ("Polizei in Kliniken", "de", "Polizei"),
        ("Landkreises in Krankenhäuser", "de", "Landkreises"),
        ("Polizei in Köln", "de", "Polizei in Köln"),
        ("Coast Guard in Boston", "en", "Coast Guard in Boston"),
    ],
)
def test_a_place_that_is_a_role_cue_ends_the_source(phrase: str, lang: str, kept: str) -> None:
    text = f"nach Angaben der {phrase} gebracht"
    start = text.index(phrase)
    end = without_role_place(text, start, start + len(phrase), lang)
    assert text[start:end] == kept
