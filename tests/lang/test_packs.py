"""Every language pack has the same modules and the same public names: a diff between
de/ and en/ shows only the language."""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import factcheck.lang as lang_registry
from factcheck import extract_text
from factcheck.errors import UnknownNameError
from factcheck.lang import MODULES, SUPPORTED, get_language, languages, register_language, spec

TEMPLATE = Path(lang_registry.__file__).resolve().parent / "_template"


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


@pytest.mark.parametrize("lang", [*SUPPORTED, "_template"])
@pytest.mark.parametrize("module", MODULES)
def test_every_pack_meets_the_contract(lang: str, module: str) -> None:
    mod = importlib.import_module(f"factcheck.lang.{lang}.{module}")
    assert spec.problems(mod, spec.MODULE_SPECS[module]) == []


def test_the_contract_names_what_a_module_lacks() -> None:
    class Half:
        DECIMAL_MARK = ","
        GROUP_MARKS = 3  # not a str

    found = spec.problems(Half(), spec.Numbers)
    assert "GROUP_MARKS should be <class 'str'>, not int" in found
    assert "CARDINALS is missing" in found
    assert not any(p.startswith("DECIMAL_MARK") for p in found)


def test_the_languages_are_the_pack_folders() -> None:
    folders = sorted(
        p.name
        for p in TEMPLATE.parent.iterdir()
        if p.is_dir() and not p.name.startswith(("_", ".")) and (p / "__init__.py").exists()
    )
    assert list(SUPPORTED) == folders
    assert set(SUPPORTED) <= set(languages())


@pytest.fixture
def registry() -> Iterator[None]:
    """Leaves the languages registry as it found it."""
    packages = dict(lang_registry._PACKAGES)
    listed = list(lang_registry._LANGUAGES)
    yield
    lang_registry._PACKAGES.clear()
    lang_registry._PACKAGES.update(packages)
    lang_registry._LANGUAGES[:] = listed
    lang_registry._BY_CODE.clear()


def toy_pack(root: Path, name: str) -> None:
    """A third language as a user makes it: the template copied, a few values filled."""
    shutil.copytree(TEMPLATE, root / name)
    numbers = root / name / "numbers.py"
    text = numbers.read_text(encoding="utf-8")
    for line, filled in (
        ('DECIMAL_MARK: str = ""', 'DECIMAL_MARK: str = ","'),
        ('GROUP_MARKS: str = ""', 'GROUP_MARKS: str = "."'),
        ("NOUNS_CAPITALISED: bool = False", "NOUNS_CAPITALISED: bool = True"),
    ):
        assert line in text, f"the template no longer has {line!r}"
        text = text.replace(line, filled)
    numbers.write_text(text, encoding="utf-8")


def test_a_toy_pack_from_the_template_extracts_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: None
) -> None:
    toy_pack(tmp_path, "toy_pack_zz")
    monkeypatch.syspath_prepend(str(tmp_path))
    register_language("zz", "toy_pack_zz")
    assert "zz" in languages() and get_language("zz").numbers.DECIMAL_MARK == ","
    claims = extract_text(
        "Am Hafen zählten sie 1.500 Boote, später 42,5 Tonnen Fisch.",
        language="zz",
        published="2024-05-01",
    )
    values = sorted(c.quantity.nominal for c in claims if c.quantity is not None)
    assert values == [42.5, 1500.0]


def test_a_pack_that_misses_names_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: None
) -> None:
    toy_pack(tmp_path, "broken_pack_zz")
    (tmp_path / "broken_pack_zz" / "hedges.py").write_text("HEDGES = {}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ValueError, match=r"hedges\.VAGUE_AMOUNTS is missing"):
        register_language("zz", "broken_pack_zz")
    assert "zz" not in languages()


def test_a_removed_pack_is_not_answered_from_the_lookup_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: None
) -> None:
    from factcheck.errors import UnknownNameError
    from factcheck.lang import unregister_language

    toy_pack(tmp_path, "toy_pack_zz")
    monkeypatch.syspath_prepend(str(tmp_path))
    register_language("zz", "toy_pack_zz")
    assert get_language("zz") is get_language("zz-AT")  # asked twice, the second from the table
    unregister_language("zz")
    with pytest.raises(UnknownNameError):
        get_language("zz")
    with pytest.raises(UnknownNameError):
        get_language("zz-AT")
