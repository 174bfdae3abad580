"""A LocalCluster of 2 worker processes (one thread each), as ``--scheduler local:2``
starts it: ``cluster_client()`` makes one, the ``client`` fixture shares one among a
module's tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


@contextmanager
def cluster_client(workers: int = 2) -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    from factcheck.distributed import local_cluster

    with local_cluster(workers) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with cluster_client() as c:
        yield c


@pytest.fixture
def new_client() -> Iterator[Any]:
    """A cluster of its own, for a test that kills one of its workers."""
    with cluster_client() as c:
        yield c
