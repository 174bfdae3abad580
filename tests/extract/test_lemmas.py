"""The on-disk lemma index answers exactly as simplemma does, and falls back to
simplemma's own dictionaries when the cache cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from factcheck.extract import lemmas

WORDS = {
    "de": ["Grenzsoldaten", "Containern", "Häuser", "Putin", "Präsidenten", "bei", "Kim"],
    "en": ["containers", "shells", "soldiers", "Putin", "joined", "people"],
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_same_answers_as_simplemma(lang: str) -> None:
    for w in WORDS[lang]:
        assert lemmas.lemmatize(w, lang) == simplemma.lemmatize(w, lang=lang)
        assert lemmas.is_known(w, lang) == simplemma.is_known(w, lang)


def test_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv(lemmas.CACHE_ENV, str(blocked))
    mapping = lemmas._open("en")
    assert not isinstance(mapping, lemmas._SqliteDictionary)
    assert mapping.get("houses") == simplemma.lemmatize("houses", lang="en")


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(lemmas.CACHE_ENV, "/somewhere/else")
    assert lemmas.cache_dir() == Path("/somewhere/else")
    monkeypatch.delenv(lemmas.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert lemmas.cache_dir() == Path("/xdg/factcheck")
