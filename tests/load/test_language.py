"""Language codes given by users are checked; missing ones are guessed, or left "und"."""

from __future__ import annotations

import pytest

from factcheck.errors import ErrorCode, InputReadError
from factcheck.load._language import detect_language, normalize_language


@pytest.mark.parametrize(
    ("given", "code"),
    [("de", "de"), ("EN", "en"), ("de-DE", "de"), ("en_GB", "en"), ("und", "und")],
)
def test_codes_are_normalised(given: str, code: str) -> None:
    assert normalize_language(given, path="x") == code


@pytest.mark.parametrize("given", ["German", "d", "", "12", None, 7])
def test_non_codes_raise(given: object) -> None:
    with pytest.raises(InputReadError) as info:
        normalize_language(given, path="notes.txt", line=3)
    assert info.value.code is ErrorCode.METADATA
    assert str(info.value).startswith("notes.txt:3: ")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Feuerwehr war am Dienstagabend mit mehr als 40 Kräften im Einsatz.", "de"),
        ("The fire brigade sent more than 40 firefighters on Tuesday evening.", "en"),
        ("Les pompiers sont intervenus mardi soir avec plus de quarante hommes.", "fr"),
    ],
)
def test_sentences_are_recognised(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12.000 / 4,8", "Kim Jong Un", "Hallo"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_clear_german_and_english_need_no_model() -> None:
    from factcheck.load._language import _fast_guess

    de = (
        "Die Regierung hat am Montag mitgeteilt, dass die neuen Regeln für alle Bürger "
        "gelten und von der Polizei kontrolliert werden, wie es in der Mitteilung heißt."
    )
    en = (
        "The government said on Monday that the new rules apply to all citizens and will "
        "be enforced by the police, according to a statement that was published by the ministry."
    )
    assert _fast_guess(de) == "de"
    assert _fast_guess(en) == "en"
    fr = "Le gouvernement a annoncé lundi que les nouvelles règles seront appliquées partout."
    assert _fast_guess(fr * 3) is None
