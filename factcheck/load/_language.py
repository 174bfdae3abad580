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


def readable_language(
    code: str, *, path: str, line: int | None = None, origin: str = "metadata"
) -> str:
    """``code`` when factcheck has a language pack for it; otherwise raise
    :class:`InputReadError` (code ``language``) naming the input, where the language came
    from (``origin``: ``metadata``, ``detected``, ``argument``) and what to do."""
    from factcheck.lang import is_supported, languages

    if is_supported(code):
        return code
    known = ", ".join(languages())
    if origin == "argument":
        detail = f"the language {code!r} is not one factcheck reads (it reads {known})"
    elif code == UNDETERMINED and origin == "detected":
        detail = (
            "its language could not be determined (too little text, or a mix of "
            f"languages), and factcheck reads only {known}"
        )
    elif code == UNDETERMINED:
        detail = f"its language is given as unknown ('und'), and factcheck reads only {known}"
    else:
        how = "was detected as" if origin == "detected" else "is"
        detail = f"its language {how} {code!r}, which factcheck cannot read (it reads {known})"
    return _raise_language(detail, path, line, origin)


def _raise_language(detail: str, path: str, line: int | None, origin: str) -> str:
    if origin == "argument":
        from factcheck.lang import languages

        give = " or ".join(f"--language {code}" for code in languages())
        hint = f"Give {give}, or leave it out to use each article's own"
    else:
        hint = (
            "If the article is in German or English, say so: 'language: de' in its front "
            'matter, a "language" field in JSON Lines, or --language for all inputs'
        )
    raise InputReadError(path=path, code=ErrorCode.LANGUAGE, detail=detail, hint=hint, line=line)


def normalize_language(value: object, *, path: str, line: int | None = None) -> str:
    """``"de-DE"`` -> ``"de"``, ``"EN"`` -> ``"en"``; anything else that is not a language
    code raises :class:`InputReadError` (code ``metadata``)."""
    if isinstance(value, str) and (m := _CODE.fullmatch(value.strip())):
        return m[1].lower()
    raise InputReadError(
        path=path,
        code=ErrorCode.METADATA,
        detail=f"the language {_short(value)} is not a language code",
        hint='Give an ISO 639-1 code such as "de" or "en"',
        line=line,
    )


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:35]}...{text[-1]}"


@cache
def _function_words(langs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The most frequent function words of each language factcheck reads (its pack's
    ``syntax.FUNCTION_WORDS``)."""
    from factcheck.lang import get_language

    return {lang: frozenset(get_language(lang).syntax.FUNCTION_WORDS) for lang in langs}


def _function_words_now() -> dict[str, frozenset[str]]:
    from factcheck.lang import languages

    return _function_words(languages())


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
    counts = {lang: sum(w in fw for w in words) for lang, fw in _function_words_now().items()}
    best = max(counts, key=lambda lang: counts[lang])
    other = max((n for lang, n in counts.items() if lang != best), default=0)
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
    return _short_guess(sample) or UNDETERMINED


def _short_guess(sample: str) -> str | None:
    """For a short text the model is unsure about ("The river rose on Monday."): German
    or English when at least a quarter of its words, and two or more, are that
    language's function words and none is the other's."""
    words = [w.lower() for w in _WORD.findall(sample[:2000])]
    counts = {lang: sum(w in fw for w in words) for lang, fw in _function_words_now().items()}
    hits = [lang for lang, n in counts.items() if n]
    if len(hits) != 1:
        return None
    n = counts[hits[0]]
    return hits[0] if n >= 2 and n >= 0.25 * len(words) else None


@cache
def _identifier() -> Any:
    """A private py3langid model with probabilities normalised, so that the confidence
    means something; the library's global model is left untouched."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
