"""The day of a report (``extract.report_days``)."""

from __future__ import annotations

import pytest

from factcheck.extract.report_days import is_report_day


@pytest.mark.parametrize(
    ("text", "day", "reported"),
    [
        # a verb of saying closing the clause after the day
        ("Er war ausgebrochen, wie ein Sprecher am Sonntag sagte.", "am Sonntag", True),
        ("Das teilte die Polizei am Montag mit.", "am Montag", True),
        # a day the clause goes on after is the event's
        ("Am Sonntag kamen 6.000 Besucher, sagte der Veranstalter.", "Am Sonntag", False),
    ],
)  # fmt: skip
def test_a_day_a_verb_of_saying_follows_is_a_report_day(
    text: str, day: str, reported: bool
) -> None:
    assert is_report_day(text, text.index(day), "de") is reported
