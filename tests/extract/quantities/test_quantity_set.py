"""The quantity test set scores at or above the issue's marks in each language, and the
scorer counts the way its docs say (one-to-one matching per sentence)."""

from __future__ import annotations

import pytest

from factcheck.models import Quantity
from factcheck.models.hedge import Qualifier
from factcheck.models.quantity import UnitKind
from tests.extract.quantities.scorer import (
    HERE,
    Item,
    load,
    match_count,
    parse_gold,
    score,
    score_file,
    unit_match,
    value_match,
)

VALUE_F1 = 93.0
VALUE_UNIT_F1 = 87.0


@pytest.mark.parametrize("lang", ["en", "de"])
def test_set_scores_at_the_marks(lang: str) -> None:
    s = score_file(lang)
    assert s.value.f1 >= VALUE_F1, f"{lang} value F1 {s.value.f1:.1f}"
    assert s.value_unit.f1 >= VALUE_UNIT_F1, f"{lang} value+unit F1 {s.value_unit.f1:.1f}"


def test_set_sizes() -> None:
    assert len(load(HERE / "en.yaml")) >= 300
    assert len(load(HERE / "de.yaml")) >= 200


def test_gold_notation() -> None:
    g = parse_gold("2000..2500 people approx")
    assert (g.low, g.high, g.unit, g.qualifier) == (2000, 2500, "people", Qualifier.APPROX)
    v = parse_gold("~several*1e6 oil_barrel")
    assert v.vague == (Qualifier.SEVERAL, 1e6)
    with pytest.raises(ValueError, match="lower end first"):
        parse_gold("5..3 -")


def test_matching_is_one_to_one() -> None:
    gold = [parse_gold("5 percent"), parse_gold("5 percent")]
    pred = [Quantity.hedged(5, unit="percent", unit_kind=UnitKind.PERCENT)]
    assert len(match_count(gold, pred, value_match)) == 1


def test_widened_range_matches_its_stated_ends() -> None:
    g = parse_gold("2000..2500 people approx")
    q = Quantity.hedged(None, Qualifier.RANGE, low=1800, high=2750)
    assert value_match(g, q)
    assert not value_match(g, Quantity.hedged(None, Qualifier.RANGE, low=1500, high=2750))


def test_compound_head_and_per_units_match() -> None:
    q = Quantity.hedged(3, unit="Schiff", unit_kind=UnitKind.COUNT)
    assert unit_match(parse_gold("3 Containerschiff"), q)
    q = Quantity.hedged(3, unit="kilometer_per_hour", unit_kind=UnitKind.PHYSICAL)
    assert unit_match(parse_gold("3 kilometer/hour"), q)
    assert not unit_match(parse_gold("3 kilometer"), q)


def test_a_wrong_prediction_costs_precision() -> None:
    s = score([Item("The ship is 400 metres long.", (parse_gold("300 meter"),))], "en")
    assert s.value.tp == 0 and s.value.gold == 1 and s.value.pred == 1
