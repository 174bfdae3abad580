"""Every language pack has the same modules and the same public names: a diff between
de/ and en/ shows only the language."""

from __future__ import annotations

import importlib

import pytest

from factcheck.errors import UnknownNameError
from factcheck.lang import MODULES, SUPPORTED, get_language


def public(lang: str, module: str) -> set[str]:
    mod = importlib.import_module(f"factcheck.lang.{lang}.{module}")
    return {n for n in vars(mod) if n.isupper() and not n.startswith("_")}


@pytest.mark.parametrize("module", MODULES)
def test_same_names_in_every_language(module: str) -> None:
    names = {lang: public(lang, module) for lang in SUPPORTED}
    first = names[SUPPORTED[0]]
    for lang, got in names.items():
        assert got == first, f"{module}: {lang} differs by {sorted(got ^ first)}"


@pytest.mark.parametrize("module", MODULES)
def test_template_has_the_same_names(module: str) -> None:
    assert public("_template", module) == public("de", module)


def test_unknown_language_lists_the_supported_ones() -> None:
    with pytest.raises(UnknownNameError) as err:
        get_language("fr")
    assert "de" in str(err.value) and "en" in str(err.value)


def test_language_codes_are_normalised() -> None:
    assert get_language("de-AT") is get_language("de")
