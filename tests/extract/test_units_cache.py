"""The unit registry is right on a machine where pint has never written its cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
from factcheck.extract.units import convert
print(convert(2, "decade", "year"), convert(3, "year", "decade"))
"""


def test_decade_with_an_empty_pint_cache(tmp_path: Path) -> None:
    # The registry is cached per process, so a fresh one runs in a child process,
    # twice: the first run writes pint's cache, the second reads it.
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        assert [round(float(x), 9) for x in done.stdout.split()] == [20.0, 0.3]
    assert any(tmp_path.rglob("*")), "pint wrote no cache: the test did not test the cold start"
