"""Language codes: check the ones users give, guess the rest with py3langid."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from factcheck.errors import ErrorCode, InputReadError

UNDETERMINED = "und"
"""ISO 639 code for "could not be determined"."""

_CODE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")
_SAMPLE_CHARS = 4_000
"""Detection reads at most this much of the text: plenty for a language, cheap to score."""
_SURE = 0.5
"""A guess at least this probable is taken as it is."""
_MARGIN = 2.0
"""A less probable guess is taken only if it beats the runner-up by this factor."""
_MIN_LETTERS = 12
"""Fewer letters than this (a name, a single word) give no useful guess."""
_NO_LANGUAGE = frozenset({"zxx"})
"""Labels the model uses for text without linguistic content."""


def normalize_language(value: object, *, path: str, line: int | None = None) -> str:
    """``"de-DE"`` -> ``"de"``, ``"EN"`` -> ``"en"``; anything else that is not a language
    code raises :class:`InputReadError` (code ``metadata``)."""
    if isinstance(value, str) and (m := _CODE.fullmatch(value.strip())):
        return m[1].lower()
    raise InputReadError(
        path=path,
        code=ErrorCode.METADATA,
        detail=f"the language {value!r} is not a language code",
        hint='Give an ISO 639-1 code such as "de" or "en" (or "und" for unknown)',
        line=line,
    )


_FUNCTION_WORDS = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "sich",
            "auf",
            "für",
            "wird",
            "wurde",
            "auch",
            "nach",
            "bei",
            "aus",
            "wie",
            "hat",
            "haben",
            "sind",
            "war",
            "zum",
            "zur",
            "im",
            "über",
            "noch",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "not",
            "with",
            "of",
            "to",
            "in",
            "a",
            "an",
            "for",
            "was",
            "were",
            "has",
            "have",
            "had",
            "are",
            "on",
            "by",
            "from",
            "that",
            "this",
            "which",
            "it",
            "its",
            "as",
            "at",
            "be",
            "been",
            "will",
            "would",
        ]
    ),
}
"""The most frequent function words of the languages factcheck reads."""
_WORD = re.compile(r"[^\W\d_]+")
_FAST_SHARE = 0.12
"""Share of the words that must be one language's function words (and three times the
other's) for the fast path to decide: news text in German or English has 25-40 %."""


def _fast_guess(sample: str) -> str | None:
    """German or English by their function words, when the text is clearly one of them;
    None leaves the decision to the statistical model."""
    words = [w.lower() for w in _WORD.findall(sample[:2000])]
    if len(words) < 20:
        return None
    counts = {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    other = min(counts.values())
    if counts[best] >= _FAST_SHARE * len(words) and counts[best] >= 3 * max(other, 1):
        return best
    return None


def detect_language(text: str) -> str:
    """The ISO 639 code of the language ``text`` is written in, or ``"und"`` when the
    text is too short or too mixed for a useful guess.

    Clear German or English is recognised by its function words, without loading a
    model; everything else goes to py3langid, which knows some 97 languages."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample[:1000]) < _MIN_LETTERS:
        return UNDETERMINED
    fast = _fast_guess(sample)
    if fast is not None:
        return fast
    ranked = _identifier().rank(sample)
    (best, p_best), (_, p_next) = ranked[0], ranked[1]
    if best in _NO_LANGUAGE:
        return UNDETERMINED
    if p_best >= _SURE or p_best >= _MARGIN * p_next:
        return str(best)
    return UNDETERMINED


@cache
def _identifier() -> Any:
    """A private py3langid model with probabilities normalised, so that the confidence
    means something; the library's global model is left untouched."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
