"""Unit words to pint names, the lazy registry, conversions and dimensions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.extract.lemmas import KEEP_PER_KIND
from factcheck.extract.units import (
    CURRENCIES,
    KNOWN_UNITS,
    UnitError,
    convert,
    same_dimension,
    to_pint_unit,
    unit_registry,
)
from factcheck.lang import get_language


@pytest.mark.parametrize(
    ("word", "lang", "unit"),
    [
        ("Kilometer", "de", "kilometer"),
        ("km", "de", "kilometer"),
        # a water works' output
        ("megalitres", "en", "megaliter"),
        ("Megaliter", "de", "megaliter"),
        # a concentration
        ("ppm", "de", "ppm"),
        ("parts per million", "en", "ppm"),
        # a blood alcohol level
        ("Promille", "de", "permille"),
        ("‰", "de", "permille"),
        ("per mille", "en", "permille"),
        ("Tonnen", "de", "tonne"),
        ("t", "de", "tonne"),
        ("Hektar", "de", "hectare"),
        ("km²", "de", "square_kilometer"),
        ("Grad", "de", "degree_Celsius"),
        ("Stunden", "de", "hour"),
        ("Euro", "de", "EUR"),
        ("€", "de", "EUR"),
        ("US-Dollar", "de", "USD"),
        ("Rubel", "de", "RUB"),
        ("Prozent", "de", "percent"),
        ("miles", "en", "mile"),
        ("mi", "en", "mile"),
        ("acres", "en", "acre"),
        ("square  miles", "en", "square_mile"),
        ("tons", "en", "tonne"),
        ("pounds", "en", "pound"),
        ("pounds sterling", "en", "GBP"),
        ("barrels", "en", "oil_barrel"),
        ("dollars", "en", "USD"),
        ("per cent", "en", "percent"),
        ("MW", "en", "megawatt"),
        # a stay counted in nights is counted in days
        ("nights", "en", "day"),
        ("Nächte", "de", "day"),
    ],
)
def test_to_pint_unit(word: str, lang: str, unit: str) -> None:
    assert to_pint_unit(word, lang) == unit


@pytest.mark.parametrize(("word", "lang"), [("Container", "de"), ("soldiers", "en"), ("", "de")])
def test_unknown_words_have_no_unit(word: str, lang: str) -> None:
    assert to_pint_unit(word, lang) is None


def test_every_unit_name_in_the_language_data_is_known_to_the_registry() -> None:
    ureg = unit_registry()
    for lang in ("de", "en"):
        data = get_language(lang).units
        tables = (
            data.UNIT_WORDS,
            data.UNIT_SYMBOLS,
            data.CURRENCY_WORDS,
            data.CURRENCY_SYMBOLS,
            data.PERCENT_WORDS,
            data.ADJECTIVAL_UNITS,
        )
        for table in tables:
            for word, name in table.items():
                assert ureg.Quantity(1, name) is not None, (lang, word, name)


def test_registry_is_built_once() -> None:
    assert unit_registry() is unit_registry()


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (5, "mile", "kilometer", 8.04672),
        (1, "tonne", "kilogram", 1000),
        (3, "square_kilometer", "hectare", 300),
        (2, "decade", "year", 20),
        (1, "day", "hour", 24),
        (10, "degree_Celsius", "degree_Fahrenheit", 50),
        (1, "oil_barrel", "liter", 158.987294928),
        (12, "EUR", "EUR", 12),
    ],
)
def test_convert(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("source", "target"),
    [("EUR", "USD"), ("kilometer", "tonne"), ("percent", "percentage_point"), ("day", "EUR")],
)
def test_incompatible_units_are_refused_clearly(source: str, target: str) -> None:
    with pytest.raises(UnitError) as info:
        convert(1, source, target)
    assert source in str(info.value) and target in str(info.value)
    assert isinstance(info.value, FactcheckError) and isinstance(info.value, ValueError)


def test_unknown_unit_is_refused_clearly() -> None:
    with pytest.raises(UnitError, match="not a unit pint knows"):
        convert(1, "Kilometer-ish", "kilometer")
    with pytest.raises(UnitError, match="to_pint_unit"):
        same_dimension("kilometer", "Container")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("mile", "kilometer", True),
        ("tonne", "pound", True),
        ("acre", "square_kilometer", True),
        ("day", "year", True),
        ("EUR", "USD", False),
        ("EUR", "EUR", True),
        ("kilometer", "hour", False),
        ("percent", "percentage_point", False),
    ],
)
def test_same_dimension(a: str, b: str, same: bool) -> None:
    assert same_dimension(a, b) is same


def test_each_currency_is_its_own_dimension() -> None:
    dims = {str(unit_registry().Quantity(1, c).dimensionality) for c in CURRENCIES}
    assert len(dims) == len(CURRENCIES)


def test_known_units_table_matches_pint() -> None:
    import math

    from factcheck.extract.units import KNOWN_UNITS, unit_registry

    ureg = unit_registry()
    for unit, (dim, base, factor) in KNOWN_UNITS.items():
        q = ureg.Quantity(1.0, unit).to_base_units()
        assert dim == str(ureg.Unit(unit).dimensionality), unit
        assert base == str(q.units), unit
        assert math.isclose(factor, float(q.magnitude), rel_tol=1e-12), unit


def test_offset_dimensions_match_pint() -> None:
    from factcheck.extract.units import OFFSET_DIMENSIONS, dimension, unit_registry

    ureg = unit_registry()
    for unit, dim in OFFSET_DIMENSIONS.items():
        assert dim == str(ureg.Unit(unit).dimensionality), unit
        assert dimension(unit) == dim


def test_currencies_answer_without_pint() -> None:
    """Grouping money figures must not load pint's registry (a second of CPU)."""
    import subprocess
    import sys

    code = (
        "from factcheck.extract import units\n"
        "assert units.dimension('EUR') == '[currency_EUR]'\n"
        "assert units.dimension('degree_Celsius') == '[temperature]'\n"
        "assert units.to_base('USD_cent') == ('USD', 0.01)\n"
        "assert units.unit_registry.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_unit_the_packs_name_is_in_the_table_or_an_offset_unit() -> None:
    import importlib

    from factcheck.extract.units import KNOWN_UNITS, OFFSET_DIMENSIONS

    offset = set(OFFSET_DIMENSIONS)
    for lang in ("de", "en"):
        mod = importlib.import_module(f"factcheck.lang.{lang}.units")
        for table in (mod.UNIT_WORDS, mod.UNIT_SYMBOLS):
            for value in table.values():
                names = value if isinstance(value, tuple) else (value,)
                for name in names:
                    if isinstance(name, str) and name not in offset:
                        assert name in KNOWN_UNITS, (lang, name)


_TABLE_UNITS = sorted(KNOWN_UNITS)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_TABLE_UNITS), st.sampled_from(_TABLE_UNITS))
def test_a_rate_of_two_table_units_answers_as_pint_does(head: str, per: str) -> None:
    import math

    from factcheck.extract.units import dimension, to_base, unit_registry

    unit = f"{head}/{per}"
    ureg = unit_registry()
    q = ureg.Quantity(1.0, unit).to_base_units()
    assert dimension(unit) == str(ureg.Unit(unit).dimensionality)
    base, factor = to_base(unit)
    assert base == str(q.units)
    assert math.isclose(factor, float(q.magnitude), rel_tol=1e-12)


def test_rates_of_table_units_answer_without_pint() -> None:
    """ "Liter pro Hektar", "EUR a year": a rate of two known units keeps pint unloaded."""
    import subprocess
    import sys

    code = (
        "from factcheck.extract import units\n"
        "assert units.dimension('liter/hectare') == '[length]'\n"
        "assert units.dimension('EUR/year') == '[currency_EUR] / [time]'\n"
        "assert units.to_base('milligram/liter')[0] == 'kilogram / meter ** 3'\n"
        "assert units.dimension('percent/year') == '1 / [time]'\n"
        "assert units.unit_registry.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pint_keeps_its_definitions_in_a_folder_of_this_installation(tmp_path: Path) -> None:
    """A definition cache written by another installation of pint (a removed virtual
    environment) is never read: each installation has a folder of its own."""
    import os
    import subprocess
    import sys

    code = (
        "import pint\n"
        "from pathlib import Path\n"
        "from factcheck.extract import units\n"
        "folder = units.pint_cache_folder()\n"
        "assert folder.parent == Path(__import__('os').environ['FACTCHECK_CACHE_DIR'])\n"
        "assert folder.name.startswith('pint-')\n"
        "units.unit_registry()\n"
        "print(folder)\n"
    )
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    gone = []  # the folders of four pint installations used long ago
    for n in range(4):
        (tmp_path / f"pint-gone{n}").mkdir()
        os.utime(tmp_path / f"pint-gone{n}", (100.0 + n, 100.0 + n))
        gone.append(tmp_path / f"pint-gone{n}")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    folder = tmp_path / out.stdout.strip().rsplit("/", 1)[-1]
    assert any(folder.glob("*.pickle")), "pint wrote its parsed definitions there"
    # the new folder made room: the most recently used of the others stay
    kept = [p.name for p in gone if p.exists()]
    assert kept == [p.name for p in gone[-(KEEP_PER_KIND - 1) :]]
    # a second process reads them back and builds the same registry
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)


def test_an_unwritable_cache_folder_still_gives_a_registry(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code = (
        "from factcheck.extract import units\n"
        "assert round(units.convert(5, 'mile', 'kilometer'), 3) == 8.047\n"
    )
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(blocker / "sub")}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The reservoir holds roughly 18 cubic kilometres of water."),
        ("en", "The reservoir holds 18 km³ of water."),
        ("de", "Der Stausee fasst rund 18 Kubikkilometer Wasser."),
    ],
)
def test_cubic_kilometres_are_a_volume(lang: str, text: str) -> None:
    from factcheck.extract import extract_text

    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.quantity is not None
    assert claim.quantity.unit == "cubic_kilometer"
    assert convert(claim.quantity.nominal or 0, "cubic_kilometer", "cubic_meter") == 18e9


@pytest.mark.parametrize(
    ("text", "lang", "quote", "unit"),
    [
        ("The ship was on a 10-night cruise.", "en", "10-night", "day"),
        ("Die Kreuzfahrt dauerte zehn Nächte.", "de", "zehn Nächte", "day"),
        # the night as a time of day is no rate: "minus 12 Grad in der Nacht"
        ("Es wurden minus 12 Grad in der Nacht gemessen.", "de", "minus 12 Grad",
         "degree_Celsius"),
    ],
)  # fmt: skip
def test_nights_are_days_of_a_stay(text: str, lang: str, quote: str, unit: str) -> None:
    from factcheck.extract import extract_text

    (found,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert found.quote == quote and found.quantity is not None
    assert found.quantity.unit == unit
