"""Every ```python block in README.md and docs/*.md runs, page by page, top to bottom in
one namespace per page (as a reader would paste them). Pages run with the repository as
the working directory, so examples may use ``seeds/``."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_run(page: Path, tmp_path: Path) -> None:
    blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
    if not blocks:
        pytest.skip("no python examples on this page")
    namespace: dict[str, object] = {"__name__": f"docs:{page.name}"}
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        for i, code in enumerate(blocks, 1):
            try:
                exec(compile(code, f"{page.name}[block {i}]", "exec"), namespace)
            except Exception as exc:  # pragma: no cover - the failure message is the point
                raise AssertionError(f"{page.name}, python block {i} failed: {exc!r}") from exc
    finally:
        os.chdir(old)


def test_pages_found() -> None:
    assert (ROOT / "README.md") in PAGES
    assert any(p.name == "concepts.md" for p in PAGES)
