"""Every schema test runs with the schema and check registries restored afterwards, so
tests may register schemas and checks under the same names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck.schema import restore_registries


@pytest.fixture(autouse=True)
def _registries() -> Iterator[None]:
    with restore_registries():
        yield
