"""Without the dask extra, --scheduler and client= say how to install it (exit 2)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.distributed import DaskMissingError, require

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def no_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import raises ImportError


@pytest.mark.usefixtures("no_dask")
@pytest.mark.parametrize("command", ["report", "extract"])
def test_scheduler_without_dask_says_how_to_install(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(SEEDS), "--scheduler", "local:2"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'factcheck[dask]'" in err
    assert "Traceback" not in err


@pytest.mark.usefixtures("no_dask")
def test_require_raises_an_import_error() -> None:
    with pytest.raises(ImportError, match=r"factcheck\[dask\]"):
        require()
    assert issubclass(DaskMissingError, ImportError)


@pytest.mark.parametrize("value", ["local:x", "local:0", "somewhere"])
def test_bad_scheduler_value(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--scheduler", value]) == 2
    assert "local:N" in capsys.readouterr().err
