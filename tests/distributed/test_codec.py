"""Compact records: claims, articles and findings pickled as tuples of their fields
come back equal, with the same JSON and the same fields-set, in fewer bytes."""

from __future__ import annotations

import pickle
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.distributed import _codec
from factcheck.distributed._tasks import Found, Part, Shipment
from factcheck.models import Article, Claim, Discrepancy
from tests.strategies import articles, claims, discrepancies

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _report() -> factcheck.Report:
    return factcheck.check([SEEDS])


def test_round_trip_same_models_json_and_fields_set() -> None:
    report = _report()
    values = (list(report.articles), list(report.claims), list(report.discrepancies))
    back = _codec.loads(_codec.dumps(values))
    assert back == values
    for got, want in zip(
        [*back[0], *back[1], *back[2]], [*values[0], *values[1], *values[2]], strict=True
    ):
        assert type(got) is type(want)
        assert got.model_dump_json() == want.model_dump_json()
        assert got.model_fields_set == want.model_fields_set
    assert len(_codec.dumps(values[1])) < len(pickle.dumps(values[1], protocol=5)) / 1.5


def test_copies_of_rebuilt_models_are_their_own() -> None:
    """The fields-set a rebuilt model shares with others is copied, not changed, when
    one of them is copied with an update."""
    claims = _codec.loads(_codec.dumps(list(_report().claims)))
    a, b = next(
        (x, y)
        for i, x in enumerate(claims)
        for y in claims[i + 1 :]
        if x.model_fields_set == y.model_fields_set
    )
    assert a.model_fields_set is b.model_fields_set  # one set per class and mask
    before = set(b.model_fields_set)
    unset = next(n for n in Claim.model_fields if n not in before)
    changed = a.model_copy(update={unset: getattr(a, unset)})
    assert unset in changed.model_fields_set
    assert b.model_fields_set == before
    assert Claim.model_validate_json(changed.model_dump_json()) == changed


def test_parts_shipments_and_found_pickle_as_records() -> None:
    report = _report()
    part = Part(list(report.articles), list(report.claims), list(report.errors), [], [("a", "p")])
    ship = Shipment(list(report.claims[:5]), {a.id: a for a in report.articles[:2]})
    found = Found([("k", list(report.discrepancies[:2]))], list(report.discrepancies), [])
    for value in (part, ship, found):
        assert pickle.loads(pickle.dumps(value)) == value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(claims(), max_size=6), st.lists(articles(), max_size=3), discrepancies())
def test_any_models_come_back_equal_with_the_same_json(
    cs: list[Claim], arts: list[Article], d: Discrepancy
) -> None:
    values = (cs, arts, d)
    back = _codec.loads(_codec.dumps(values))
    assert back == values
    for got, want in zip([*back[0], *back[1], back[2]], [*cs, *arts, d], strict=True):
        assert got.model_dump_json() == want.model_dump_json()
        assert got.model_fields_set == want.model_fields_set
