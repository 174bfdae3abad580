"""Words that present a figure as a correction."""

from __future__ import annotations

import pytest

from factcheck.reconcile.cues import has_revision_cue


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Zahl wurde nach oben korrigiert.", "de", True),
        ("Die Behörden revidierten die Angaben.", "de", True),
        ("Nach amtlichen Angaben kamen 30 Menschen ums Leben.", "de", True),
        ("Die Polizei zählte 30 Teilnehmer.", "de", False),
        ("The ministry revised the toll to 30.", "en", True),
        ("The official count was 8,000.", "en", True),
        ("The final tally was 8,000.", "en", True),
        ("Officials said 8,000 people came.", "en", False),
        ("The figure was corrected.", "und", True),
    ],
)
def test_revision_cues(text: str, lang: str, expected: bool) -> None:
    assert has_revision_cue(text, 0, len(text), lang) is expected


def test_only_the_given_slice_is_read() -> None:
    text = "First sentence. The figure was revised."
    assert not has_revision_cue(text, 0, 15, "en")
    assert has_revision_cue(text, 16, len(text), "en")
