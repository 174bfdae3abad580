"""Units: word -> pint unit name, and conversions through one lazily built registry.

The number engine never touches pint: the language packs map unit words to pint unit
*names* (``"Kilometer"`` -> ``"kilometer"``), and only when two quantities must be
compared is :func:`unit_registry` built, once per process. It is pint's default
registry, read through pint's definition cache (a folder of factcheck's cache folder
for each pint installation: :func:`pint_cache_folder`) so that a second process starts
in a fraction of the time, plus:

- currencies (EUR, USD, GBP, RUB, ...), each a base unit of its *own* dimension, so
  that 5 EUR never converts to USD (exchange rates change daily; factcheck does not
  guess them) and comparing euros with dollars is reported as incompatible;
- the hundredths of the dollar, euro and pound (``USD_cent``, ``EUR_cent``,
  ``GBP_penny``), so "84 cents" keeps its number and still converts to USD;
- ``percentage_point``, a dimension of its own (2 points are not 2 percent);
- ``degree_unscaled``, a temperature in degrees of a scale not written ("It was 90
  degrees"), a dimension of its own: compared with other bare degrees, never converted
  to or from Celsius or Fahrenheit;
- area and volume names the packs use (``square_kilometer``, ``cubic_meter``) and a
  correct ``decade`` (pint reads "decade" as a dimensionless factor otherwise).

Why pint: it knows thousands of units with their prefixes and offsets (°C/°F), its
names are stable strings we can store in claims, and it raises on incompatible
dimensions instead of returning nonsense.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.lang import get_language

if TYPE_CHECKING:
    import pint

__all__ = [
    "CURRENCIES",
    "KNOWN_UNITS",
    "OFFSET_DIMENSIONS",
    "UnitError",
    "convert",
    "pint_cache_folder",
    "same_dimension",
    "to_pint_unit",
    "unit_registry",
]

CURRENCIES: tuple[str, ...] = (
    "EUR", "USD", "GBP", "RUB", "CNY", "JPY", "KRW", "KPW", "UAH", "CHF", "PLN", "TRY",
    "INR", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "CZK", "HUF", "BYN", "KZT", "ILS",
    "IRR", "SAR", "AED", "BRL", "MXN", "ZAR", "HKD", "SGD", "TWD", "EGP", "NGN",
    "MYR", "PHP",
)  # fmt: skip
"""ISO 4217 codes defined in the registry, each its own dimension ``[currency_XXX]``."""

_EXTRA_DEFINITIONS = (
    "percentage_point = [percentage_point] = pp",
    "degree_unscaled = [temperature_unscaled]",
    "square_kilometer = kilometer ** 2 = sq_km",
    "square_meter = meter ** 2 = sq_m",
    "cubic_meter = meter ** 3 = cu_m",
    "cubic_kilometer = kilometer ** 3 = cu_km",
    "decade = 10 * year",
    "USD_cent = 0.01 * USD",
    "EUR_cent = 0.01 * EUR",
    "GBP_penny = 0.01 * GBP",
)


@dataclass(eq=False)
class UnitError(FactcheckError, ValueError):
    """A unit is unknown, or two units cannot be converted into each other."""

    unit: str
    detail: str
    hint: str

    def __str__(self) -> str:
        return f"unit {self.unit!r}: {self.detail}. {self.hint}"


def pint_cache_folder() -> Path:
    """Where pint keeps its parsed definitions for factcheck: ``pint-<key>`` in
    factcheck's cache folder (:func:`factcheck.extract.lemmas.cache_dir`), the key made
    of where pint is installed and its version.

    pint's own default (``cache_folder=":auto:"``, one folder for every installation)
    stores the absolute paths of the definition files it parsed; once the virtual
    environment that wrote it is removed or moved, a run from another one fails to read
    it ("No such file or directory: .../default_en.txt/constants_en.txt") and parses the
    definitions anew every time (about 0.8 s of CPU instead of 0.05 s)."""
    import hashlib

    import pint

    from factcheck.extract.lemmas import cache_dir

    where = f"{Path(pint.__file__).resolve().parent}|{pint.__version__}"
    return cache_dir() / f"pint-{hashlib.sha256(where.encode()).hexdigest()[:16]}"


@cache
def unit_registry() -> pint.UnitRegistry[Any]:
    """The process's one pint registry, with currencies and factcheck's extra units.

    Built on first call (about 0.05 s with a warm definition cache, :func:`pint_cache_folder`;
    about a second the very first time) and cached; call it only when converting, never
    while scanning text.
    """
    import pint

    from factcheck.extract.lemmas import mark_used, prune_cache

    try:
        folder = pint_cache_folder()
        if folder.is_dir():
            mark_used(folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            prune_cache(folder, "pint-*")  # the folders of pint installations gone
        ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=folder)
    except OSError:  # an unwritable or unreadable cache folder: parse the definitions
        ureg = pint.UnitRegistry()
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    for line in _EXTRA_DEFINITIONS:
        ureg.define(line)
    if ureg.Quantity(1, "decade").dimensionality != ureg.Quantity(1, "year").dimensionality:
        # With an empty definition cache pint has already worked out the dimensions of
        # its own (logarithmic) "decade" while writing the cache, and keeps them after
        # the redefinition above. Rebuilding the in-memory cache (about 0.1 s, first run
        # only) makes the registry see the definitions it holds.
        ureg._build_cache()
    return ureg


def to_pint_unit(word: str, lang: str) -> str | None:
    """The pint unit name (or currency code, or ``percent``) for a unit word.

    ``"Kilometer"``/``"km"`` -> ``"kilometer"``, ``"Tonnen"``/``"t"`` -> ``"tonne"``,
    ``"miles"`` -> ``"mile"``, ``"Euro"``/``"€"`` -> ``"EUR"``, ``"Prozent"`` ->
    ``"percent"``; None for a word the language pack does not know. A dictionary
    lookup in the pack's data: pint is not loaded.
    """
    return _unit_table(lang).get(" ".join(word.split())) or _unit_table(lang).get(
        " ".join(word.lower().split())
    )


@cache
def _unit_table(lang: str) -> dict[str, str]:
    units = get_language(lang).units
    table: dict[str, str] = {}
    for words in (units.UNIT_WORDS, units.CURRENCY_WORDS, units.PERCENT_WORDS):
        for key, name in words.items():
            table[" ".join(key.lower().split())] = name
    for symbols in (units.UNIT_SYMBOLS, units.CURRENCY_SYMBOLS):
        for key, name in symbols.items():
            table[" ".join(key.split())] = name
    return table


def _quantity(value: float, unit: str) -> Any:
    import pint

    ureg = unit_registry()
    try:
        return ureg.Quantity(value, unit)
    except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError) as exc:
        raise UnitError(
            unit,
            f"not a unit pint knows ({exc})",
            "Use a pint unit name such as 'kilometer', 'tonne', 'day', a currency code "
            "such as 'EUR', or map a word first with to_pint_unit()",
        ) from None


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (``convert(5, "mile",
    "kilometer")`` -> 8.04672). Raises :class:`UnitError` for unknown units and for
    units of different dimensions (``EUR`` -> ``USD``, ``kilometer`` -> ``tonne``)."""
    import pint

    q = _quantity(value, from_unit)
    _quantity(1, to_unit)
    try:
        return float(q.to(to_unit).magnitude)
    except pint.DimensionalityError:
        raise UnitError(
            from_unit,
            f"cannot be converted to {to_unit!r}: "
            f"{q.dimensionality} is not {_quantity(1, to_unit).dimensionality}",
            "Compare only quantities of the same dimension (check same_dimension() "
            "first); currencies are never converted into each other",
        ) from None


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """True when two units measure the same kind of thing (``mile`` and
    ``kilometer``; not ``EUR`` and ``USD``). Raises :class:`UnitError` for a unit
    pint does not know."""
    qa = _quantity(1, unit_a)
    qb = _quantity(1, unit_b)
    return bool(qa.dimensionality == qb.dimensionality)


KNOWN_UNITS: dict[str, tuple[str, str, float]] = {
    "acre": ("[length] ** 2", "meter ** 2", 4046.8726098742513),
    "centimeter": ("[length]", "meter", 0.01),
    "century": ("[time]", "second", 3155760000.0),
    "cubic_kilometer": ("[length] ** 3", "meter ** 3", 1e9),
    "cubic_meter": ("[length] ** 3", "meter ** 3", 1.0),
    "day": ("[time]", "second", 86400.0),
    "decade": ("[time]", "second", 315576000.0),
    "foot": ("[length]", "meter", 0.30479999999999996),
    "gallon": ("[length] ** 3", "meter ** 3", 0.0037854117839999993),
    "gigawatt": (
        "[mass] * [length] ** 2 / [time] ** 3",
        "kilogram * meter ** 2 / second ** 3",
        1000000000.0,
    ),
    "gigawatt_hour": (
        "[mass] * [length] ** 2 / [time] ** 2",
        "kilogram * meter ** 2 / second ** 2",
        3600000000000.0,
    ),
    "gram": ("[mass]", "kilogram", 0.001),
    "hectare": ("[length] ** 2", "meter ** 2", 10000.0),
    "hour": ("[time]", "second", 3600.0),
    "inch": ("[length]", "meter", 0.0254),
    "kilogram": ("[mass]", "kilogram", 1.0),
    "kilometer": ("[length]", "meter", 1000.0),
    "kilometer_per_hour": ("[length] / [time]", "meter / second", 0.2777777777777778),
    "kilowatt": (
        "[mass] * [length] ** 2 / [time] ** 3",
        "kilogram * meter ** 2 / second ** 3",
        1000.0,
    ),
    "kilowatt_hour": (
        "[mass] * [length] ** 2 / [time] ** 2",
        "kilogram * meter ** 2 / second ** 2",
        3600000.0,
    ),
    "knot": ("[length] / [time]", "meter / second", 0.5144444444444445),
    "liter": ("[length] ** 3", "meter ** 3", 0.0010000000000000002),
    "long_ton": ("[mass]", "kilogram", 1016.0469088000001),
    "megawatt": (
        "[mass] * [length] ** 2 / [time] ** 3",
        "kilogram * meter ** 2 / second ** 3",
        1000000.0,
    ),
    "megawatt_hour": (
        "[mass] * [length] ** 2 / [time] ** 2",
        "kilogram * meter ** 2 / second ** 2",
        3600000000.0,
    ),
    "meter": ("[length]", "meter", 1.0),
    "mile": ("[length]", "meter", 1609.344),
    "mile_per_hour": ("[length] / [time]", "meter / second", 0.44704),
    "millimeter": ("[length]", "meter", 0.001),
    "minute": ("[time]", "second", 60.0),
    "month": ("[time]", "second", 2629800.0),
    "nautical_mile": ("[length]", "meter", 1852.0),
    "oil_barrel": ("[length] ** 3", "meter ** 3", 0.15898729492799996),
    "pound": ("[mass]", "kilogram", 0.4535923700000001),
    "second": ("[time]", "second", 1.0),
    "short_ton": ("[mass]", "kilogram", 907.1847400000001),
    "square_foot": ("[length] ** 2", "meter ** 2", 0.09290303999999999),
    "square_kilometer": ("[length] ** 2", "meter ** 2", 1000000.0),
    "square_meter": ("[length] ** 2", "meter ** 2", 1.0),
    "square_mile": ("[length] ** 2", "meter ** 2", 2589988.110336),
    "terawatt_hour": (
        "[mass] * [length] ** 2 / [time] ** 2",
        "kilogram * meter ** 2 / second ** 2",
        3600000000000000.0,
    ),
    "tonne": ("[mass]", "kilogram", 1000.0),
    "week": ("[time]", "second", 604800.0),
    "yard": ("[length]", "meter", 0.9144),
    "year": ("[time]", "second", 31557600.0),
    "ampere_hour": ("[current] * [time]", "ampere * second", 3600.0),
    "carat": ("[mass]", "kilogram", 0.0002),
    "centiliter": ("[length] ** 3", "meter ** 3", 1.0000000000000003e-05),
    "deciliter": ("[length] ** 3", "meter ** 3", 0.00010000000000000002),
    "gigabit/second": ("1 / [time]", "bit / second", 1000000000.0),
    "gigabyte": ("dimensionless", "bit", 8000000000.0),
    "gigabyte/second": ("1 / [time]", "bit / second", 8000000000.0),
    "gigahertz": ("1 / [time]", "1 / second", 1000000000.0),
    "hertz": ("1 / [time]", "1 / second", 1.0),
    "horsepower": (
        "[length] ** 2 * [mass] / [time] ** 3",
        "kilogram * meter ** 2 / second ** 3",
        745.6998715822701,
    ),
    "kilobit": ("dimensionless", "bit", 1000.0),
    "kilobit/second": ("1 / [time]", "bit / second", 1000.0),
    "kilobyte": ("dimensionless", "bit", 8000.0),
    "kilohertz": ("1 / [time]", "1 / second", 1000.0),
    "kilometer/hour": ("[length] / [time]", "meter / second", 0.2777777777777778),
    "kilometer/second": ("[length] / [time]", "meter / second", 1000.0),
    "kilovolt": (
        "[mass] * [length] ** 2 / [time] ** 3 / [current]",
        "kilogram * meter ** 2 / ampere / second ** 3",
        1000.0,
    ),
    "megabit": ("dimensionless", "bit", 1000000.0),
    "megabit/second": ("1 / [time]", "bit / second", 1000000.0),
    "megabyte": ("dimensionless", "bit", 8000000.0),
    "megabyte/second": ("1 / [time]", "bit / second", 8000000.0),
    "megahertz": ("1 / [time]", "1 / second", 1000000.0),
    "megapixel": ("[printing_unit]", "pixel", 1000000.0),
    "meter/second": ("[length] / [time]", "meter / second", 1.0),
    "microgram": ("[mass]", "kilogram", 1e-09),
    "micrometer": ("[length]", "meter", 1e-06),
    "milliampere_hour": ("[current] * [time]", "ampere * second", 3.6),
    "milligram": ("[mass]", "kilogram", 1e-06),
    "milliliter": ("[length] ** 3", "meter ** 3", 1.0000000000000002e-06),
    "megaliter": ("[length] ** 3", "meter ** 3", 1000.0),
    "nanometer": ("[length]", "meter", 1e-09),
    "ounce": ("[mass]", "kilogram", 0.028349523125000005),
    "petabyte": ("dimensionless", "bit", 8000000000000000.0),
    "terabyte": ("dimensionless", "bit", 8000000000000.0),
    "volt": (
        "[mass] * [length] ** 2 / [time] ** 3 / [current]",
        "kilogram * meter ** 2 / ampere / second ** 3",
        1.0,
    ),
    "watt": ("[mass] * [length] ** 2 / [time] ** 3", "kilogram * meter ** 2 / second ** 3", 1.0),
    "percent": ("dimensionless", "dimensionless", 0.01),
    "ppm": ("dimensionless", "dimensionless", 1e-6),
    "permille": ("dimensionless", "dimensionless", 1e-3),
    "percentage_point": ("[percentage_point]", "percentage_point", 1.0),
    "degree_unscaled": ("[temperature_unscaled]", "degree_unscaled", 1.0),
    "kelvin": ("[temperature]", "kelvin", 1.0),
    **{code: (f"[currency_{code}]", code, 1.0) for code in CURRENCIES},
    "USD_cent": ("[currency_USD]", "USD", 0.01),
    "EUR_cent": ("[currency_EUR]", "EUR", 0.01),
    "GBP_penny": ("[currency_GBP]", "GBP", 0.01),
}
"""The units the language packs name, the currencies and the registry's extra units:
dimension, base unit and factor into it, as pint gives them (a test recomputes every row
with the registry). Answering from this table keeps pint out of a run that only needs to
group and compare these units (loading pint's registry costs about a second of CPU);
offset units (temperatures: :data:`OFFSET_DIMENSIONS`) convert through pint, and any
other unit goes to pint."""

OFFSET_DIMENSIONS: dict[str, str] = {
    "degree_Celsius": "[temperature]",
    "degree_Fahrenheit": "[temperature]",
}
"""The dimension of the offset units the packs name, which have no factor into a base
unit (a test checks them with the registry)."""


def _powers(units: str) -> list[tuple[str, int]]:
    """``"kilogram * meter ** 2 / second ** 3"`` -> ``[("kilogram", 1), ("meter", 2),
    ("second", -3)]``: a product of units (or dimensions) as pint writes it."""
    if units == "dimensionless":
        return []
    head, _, tail = units.partition(" / ")
    out: list[tuple[str, int]] = []
    for sign, part in ((1, head), (-1, tail)):
        for factor in part.replace(" / ", " * ").split(" * ") if part else ():
            name, _, power = factor.partition(" ** ")
            if name != "1":
                out.append((name, sign * int(power or 1)))
    return out


def _product(powers: list[tuple[str, int]]) -> str:
    """The inverse of :func:`_powers`: positive powers, then one ``/`` per negative one."""
    above = [n if p == 1 else f"{n} ** {p}" for n, p in powers if p > 0]
    below = [n if p == -1 else f"{n} ** {-p}" for n, p in powers if p < 0]
    if not above and not below:
        return "dimensionless"
    return " / ".join([" * ".join(above) or "1", *below])


def _quotient(a: str, b: str, *, ordered: bool) -> str:
    """``a / b`` for two products as pint writes them: the names of ``a`` first, then
    the new ones of ``b``, or, ``ordered``, by name (pint's order for base units)."""
    powers: dict[str, int] = {}
    for name, p in _powers(a):
        powers[name] = powers.get(name, 0) + p
    for name, p in _powers(b):
        powers[name] = powers.get(name, 0) - p
    items = [(n, p) for n, p in powers.items() if p]
    return _product(sorted(items) if ordered else items)


@lru_cache(maxsize=1024)
def _rate(unit: str) -> tuple[str, str, float] | None:
    """The :data:`KNOWN_UNITS` row of a unit per unit, both of the table ("liter/hectare",
    "EUR/year"): dimension, base unit and factor as pint gives them (the factor to the
    last digit or two; a test checks every pair), without loading pint."""
    head, sep, per = unit.rpartition("/")
    a, b = KNOWN_UNITS.get(head), KNOWN_UNITS.get(per)
    if not sep or a is None or b is None:
        return None
    return (
        _quotient(a[0], b[0], ordered=False),
        _quotient(a[1], b[1], ordered=True),
        a[2] / b[2],
    )


def _per_thing(unit: str) -> tuple[str, str] | None:
    """``"liter/person"`` -> ``("liter", "person")`` when the part after the slash is a
    counted thing rather than a unit pint knows ("120 litres per person")."""
    head, sep, per = unit.rpartition("/")
    if not sep or not head or not per or per in KNOWN_UNITS:
        return None
    import pint

    try:
        unit_registry().Unit(per)
    except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError):
        return head, per
    return None


def dimension(unit: str) -> str:
    """The dimension of a unit ("kilometer" -> "[length]"), pint only when it is neither
    in :data:`KNOWN_UNITS` nor a rate of two of its units ("liter/hectare"). A unit per
    counted thing ("liter/person") has the dimension of
    its unit per that thing ("[length] ** 3/person")."""
    row = KNOWN_UNITS.get(unit)
    if row is not None:
        return row[0]
    offset = OFFSET_DIMENSIONS.get(unit)
    if offset is not None:
        return offset
    rate = _rate(unit)
    if rate is not None:
        return rate[0]
    split = _per_thing(unit)
    if split is not None:
        return f"{dimension(split[0])}/{split[1]}"
    return str(unit_registry().Unit(unit).dimensionality)


def to_base(unit: str) -> tuple[str, float]:
    """The base unit of ``unit``'s dimension and the factor into it (multiplicative units
    only; for temperatures use :func:`convert`)."""
    row = KNOWN_UNITS.get(unit) or _rate(unit)
    if row is not None:
        return row[1], row[2]
    split = _per_thing(unit)
    if split is not None:
        base, factor = to_base(split[0])
        return f"{base}/{split[1]}", factor
    q = unit_registry().Quantity(1.0, unit).to_base_units()
    return str(q.units), float(q.magnitude)
