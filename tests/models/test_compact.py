"""Shared fields-sets: the claims stay equal, dump the same JSON, and a copy with an
update does not change the set the others share."""

from __future__ import annotations

import pickle

from factcheck import extract_text
from factcheck.models import Span
from factcheck.models._compact import share_fields_sets

_TEXT = (
    "Laut Polizei kamen am Montag rund 5000 Menschen zur Kundgebung in Berlin. "
    "Die Veranstalter sprachen von 12.000 Teilnehmern, sagte Sprecherin Anna Beispiel."
)


def test_claims_share_their_fields_sets_and_stay_the_same() -> None:
    claims = extract_text(_TEXT, language="de", published="2024-06-10")
    assert len(claims) >= 3
    # fresh, unshared copies of the same claims
    fresh = [pickle.loads(pickle.dumps(c)) for c in claims]
    for c in fresh:
        object.__setattr__(c, "__pydantic_fields_set__", set(c.__pydantic_fields_set__))
    share_fields_sets(fresh)
    assert fresh == claims
    assert [c.model_dump_json() for c in fresh] == [c.model_dump_json() for c in claims]
    assert [c.model_fields_set for c in fresh] == [c.model_fields_set for c in claims]
    sets = {id(c.__pydantic_fields_set__) for c in fresh if c.kind == "quantity"}
    assert len(sets) == 1  # the quantity claims were all given the same fields


def test_a_copy_with_an_update_leaves_the_shared_set_alone() -> None:
    a, b = Span(start=0, end=1), Span(start=2, end=3)
    share_fields_sets([a, b])
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    before = set(a.model_fields_set)
    c = a.model_copy(update={"end": 5})
    assert c.end == 5
    assert a.model_fields_set == before == b.model_fields_set


def test_the_walk_looks_into_every_field_that_can_hold_a_model() -> None:
    from factcheck.models import Claim
    from factcheck.models._compact import _walked_fields

    walked = set(_walked_fields(Claim))
    # models, tuples of models and the slots dict are walked; plain values are not
    assert {"span", "sentence", "measure", "quantity", "attribution", "actors", "slots"} <= walked
    assert not walked & {"id", "article", "quote", "kind", "modality", "confidence"}


def test_nested_models_share_too_and_a_shared_model_is_walked_once() -> None:
    claims = extract_text(_TEXT, language="de", published="2024-06-10")
    fresh = [pickle.loads(pickle.dumps(c)) for c in claims]
    share_fields_sets(fresh)
    spans = [c.span for c in fresh]
    assert len({id(s.__pydantic_fields_set__) for s in spans}) == 1
    # a model holding a shared set was walked with what it holds: passed over at once
    # (the models are frozen, so what it holds is what was walked)
    again = pickle.loads(pickle.dumps(fresh[0]))
    object.__setattr__(again, "__pydantic_fields_set__", fresh[0].__pydantic_fields_set__)
    share_fields_sets([again])
    assert again.span.__pydantic_fields_set__ is not spans[0].__pydantic_fields_set__
    assert again == fresh[0]
