"""Claims' helpers: which scope entries name places."""

from __future__ import annotations


def test_place_keys_are_told_from_markers_and_names() -> None:
    from factcheck.lang.concepts import ALL_SCOPE, EXCEPT_PREFIX
    from factcheck.models import is_place_key

    assert is_place_key("city:arequipa") and is_place_key("held:ua")
    assert not is_place_key(ALL_SCOPE) and not is_place_key(EXCEPT_PREFIX + "city:arequipa")
    assert not is_place_key("ridgeway")
