"""A commented template for a new language pack (see docs/adding-a-language.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy checks every module of the pack against its contract
    from factcheck.lang import spec

    from . import (
        attribution,
        events,
        figures,
        hedges,
        morphology,
        nouns,
        numbers,
        syntax,
        text,
        time,
        units,
    )

    _numbers: spec.Numbers = numbers
    _hedges: spec.Hedges = hedges
    _units: spec.Units = units
    _time: spec.Time = time
    _attribution: spec.Attribution = attribution
    _events: spec.Events = events
    _nouns: spec.Nouns = nouns
    _figures: spec.Figures = figures
    _text: spec.Text = text
    _morphology: spec.Morphology = morphology
    _syntax: spec.Syntax = syntax
