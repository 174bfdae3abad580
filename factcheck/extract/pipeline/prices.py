"""The pipeline, prices: a sum of money per unit of a good ("9,8 Cent pro Kilowattstunde",
"eine Kilowattstunde Gas kostet 10,3 Cent", "$3.20 a gallon").

Part of :mod:`factcheck.extract.pipeline`. A price names its unit after the amount (a
rate, read by the number scanner) or before it, with an article that counts one ("*a
gallon* of regular costs $3.20"); either way it is the price of that unit, the subject
``price`` (``money:price``) whether the clause says it costs, is paid or stands at.
"""

from __future__ import annotations

from factcheck.extract.matches import NumberRole, QuantityMatch
from factcheck.extract.numbers import TIME_UNITS, unit_before
from factcheck.extract.pipeline.state import _sentence_index, _State
from factcheck.models import Quantity

PRICE_UNIT_BEFORE = 80
"""How far before a price the unit it is for may be named ("*Eine Kilowattstunde* Gas
kostet für Neukunden aktuell 10,3 Cent")."""

PRICE = "money:price"
"""The subject of a sum of money per unit of a good."""

_PRICED = frozenset({"money", "money:cost"})
"""The things a price is read as: money of no subject, or a cost."""


def priced(st: _State, qm: QuantityMatch, q: Quantity) -> Quantity:
    """``q`` as the price of the unit named before it in its clause, when it is a sum of
    money with no rate of its own ("eine Kilowattstunde Gas kostet 10,3 Cent": cents per
    kilowatt hour); else ``q``."""
    if qm.role is not NumberRole.MONEY or not q.unit or "/" in q.unit:
        return q
    a = _sentence_index(st).clause(qm.start)[0]
    text = st.article.text
    per = unit_before(text, max(a, qm.start - PRICE_UNIT_BEFORE), qm.start, st.lang)
    return q if per is None else q.model_copy(update={"unit": f"{q.unit}/{per}"})


def price_thing(thing: str, q: Quantity) -> str:
    """``money:price`` for money of no subject, or a cost, per unit of a good (not per unit
    of time: a wage or a rent; not per person or share: the lexicon reads no price there);
    else ``thing``."""
    from factcheck.extract.units import KNOWN_UNITS

    unit = q.unit or ""
    if thing not in _PRICED or "/" not in unit:
        return thing
    per = unit.rsplit("/", 1)[1]
    return PRICE if per in KNOWN_UNITS and per not in TIME_UNITS else thing
