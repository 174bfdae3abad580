"""The day of a report: a day a sentence names that is when something was reported
("in ihrer *Bilanz* am Samstag", "*said* on Saturday", "nach *Angaben* der Polizei *vom*
Sonntag", "wie ein Polizeisprecher am Sonntag *sagte*"), not when what its paragraph
counts happened. Reads the packs' ``figures.REPORT_DAY_CUES``,
``figures.REPORT_DAY_AFTER_CUES`` and ``figures.REPORT_DAY_FRAMES``.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.figure_cues import cue_pattern
from factcheck.extract.literals import Prefiltered
from factcheck.lang import get_language

REPORT_DAY_BEFORE = 24
"""Characters before a day searched for a word that makes it the day of a report."""


def is_report_day(text: str, start: int, lang: str, since: int | None = None) -> bool:
    """True when the day named at ``start`` is when something was reported ("in ihrer
    *Bilanz* am Samstag", "*said* on Saturday"; the packs' ``figures.REPORT_DAY_CUES``), not
    when what the paragraph counts happened. With ``since``, the cue is looked for from
    there (a sentence's start) to ``start`` instead of just before it."""
    lo = max(0, start - REPORT_DAY_BEFORE) if since is None else since
    if cue_pattern(lang, "REPORT_DAY_CUES").search(text, lo, start) is not None:
        return True
    if since is None and _said_after(text, start, lang):
        return True
    frames = _report_frames(lang)
    if frames is None:
        return False
    # the link word may open the time's own phrase ("according to police *on Sunday*")
    lead = _LEAD_WORD.match(text, start, start + REPORT_FRAME_BEFORE)
    end = lead.end() if lead is not None and lead.group(1).lower() in _links(lang) else start
    return frames.search(text, max(0, start - REPORT_FRAME_BEFORE), end) is not None


REPORT_DAY_AFTER = 32
"""Characters after a day's start searched for a verb of saying that closes its clause
(the packs' ``figures.REPORT_DAY_AFTER_CUES``)."""

_CLAUSE_END = re.compile(r"[,.;:!?]")


def _said_after(text: str, start: int, lang: str) -> bool:
    """True when a verb of ``figures.REPORT_DAY_AFTER_CUES`` ends the clause of the day at
    ``start`` within :data:`REPORT_DAY_AFTER` characters ("am Sonntag *sagte*.")."""
    cues = get_language(lang).figures.REPORT_DAY_AFTER_CUES
    if not cues:
        return False
    window = text[start : start + REPORT_DAY_AFTER]
    stop = _CLAUSE_END.search(window)
    if stop is None:
        return False
    words = window[: stop.start()].split()
    return len(words) >= 2 and words[-1] in cues


_LEAD_WORD = re.compile(r"(\w+)\s+")


@cache
def _links(lang: str) -> frozenset[str]:
    return frozenset(link.lower() for _opener, link in get_language(lang).figures.REPORT_DAY_FRAMES)


REPORT_FRAME_BEFORE = 64
"""Characters before a day searched for a source frame (the packs'
``figures.REPORT_DAY_FRAMES``) that makes it the day of a report."""

REPORT_FRAME_WORDS = 4
"""Words of the source, at most, between a frame's opener and its link word."""


@cache
def _report_frames(lang: str) -> Prefiltered | None:
    frames = get_language(lang).figures.REPORT_DAY_FRAMES
    if not frames:
        return None
    alts = "|".join(
        rf"{re.escape(opener)}(?:\s+[^\s.,;:!?]+){{0,{REPORT_FRAME_WORDS}}}?\s+{re.escape(link)}"
        for opener, link in frames
    )
    return Prefiltered(re.compile(rf"(?<![\w-])(?:{alts})\s+$", re.IGNORECASE))


__all__ = ["is_report_day"]
