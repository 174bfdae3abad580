"""Input parts of a distributed run: the same articles and problems as load_many."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.distributed import _inputs
from factcheck.load import load_many
from factcheck.load._files import _arguments, _unique_ids
from factcheck.models import Article

ROOT = Path(__file__).resolve().parents[2]


def _read_all(
    paths: list[str], chunk_bytes: int
) -> tuple[list[Article], list[object], list[object]]:
    """Read the parts in this process (what the workers do), ids made unique."""
    language, default = _arguments(None, None)
    units: list[_inputs.Unit] = []
    for u in _inputs.plan(paths):
        if _inputs.is_splittable(u, chunk_bytes):
            ranges = _inputs.byte_ranges(u.path, chunk_bytes)
            counts = [_inputs.count_range(u.path, a, b) for a, b in ranges]
            units.extend(_inputs.split_ranges(u, ranges, counts))
        else:
            units.append(u)
    loaded = [_inputs.read_unit(u, language, default) for u in units]
    renames = _inputs.unique_renames([[(a.id, a.path) for a in p.articles] for p in loaded])
    articles = [
        a.model_copy(update={"id": r[k]}) if k in r else a
        for p, r in zip(loaded, renames, strict=True)
        for k, a in enumerate(p.articles)
    ]
    return (
        articles,
        [e for p in loaded for e in p.problems],
        [w for p in loaded for w in p.warnings],
    )


def _jsonl(tmp_path: Path, name: str = "wire.jsonl") -> Path:
    """The seeds as JSON Lines records, with repeated ids, blank and broken lines, a line
    that is not UTF-8 and one with a lone surrogate (a warning)."""
    lines = []
    for i, f in enumerate(sorted((ROOT / "seeds").glob("*.txt"))):
        text = f.read_text(encoding="utf-8")
        lines.append(json.dumps({"text": text, "id": f"s{i % 3}"}).encode())
        lines.append(b"")
        lines.append(json.dumps({"text": text}).encode())
    lines.insert(3, b"{not json")
    lines.insert(5, b'{"text": "Ein \xff Text."}')
    lines.insert(7, json.dumps({"text": "Am 3. Mai kamen 120 Menschen \ud800 an."}).encode())
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_parts_read_as_load_many(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    wire = _jsonl(tmp_path)
    other = _jsonl(tmp_path / "x")  # the same stem in another folder: ids told apart
    paths = [
        str(ROOT / "seeds"),
        str(wire),
        str(other),
        str(tmp_path / "missing.txt"),
        f"{tmp_path}/*.nope",
    ]
    local = load_many(paths)
    assert local.errors and local.warnings
    for chunk in (300, 2000, 10**9):
        articles, problems, warnings = _read_all(paths, chunk)
        assert [a.model_dump() for a in articles] == [a.model_dump() for a in local.articles]
        assert problems == local.errors
        assert warnings == local.warnings


def test_byte_ranges_end_after_a_line_feed(tmp_path: Path) -> None:
    path = _jsonl(tmp_path)
    data = path.read_bytes()
    ranges = _inputs.byte_ranges(str(path), 500)
    assert len(ranges) > 2
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    for (_a, b), (c, _d) in itertools.pairwise(ranges):
        assert b == c and data[b - 1 : b] == b"\n"


def test_range_that_looks_binary_reads_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "Ein Text."}\n' * 50 + b"\x00\x01\x02" * 300 + b"\n" * 10)
    unit = _inputs.Unit("path", str(path))
    ranges = _inputs.byte_ranges(str(path), 200)
    counts = [_inputs.count_range(str(path), a, b) for a, b in ranges]
    assert _inputs.split_ranges(unit, ranges, counts) == [unit]


_REF = st.tuples(st.sampled_from(["a", "b", "a~2", "c"]), st.sampled_from(["p.txt", "x/p.md"]))


@given(st.lists(st.lists(_REF, max_size=4), max_size=5))
def test_unique_renames_as_the_loader(parts: list[list[tuple[str, str]]]) -> None:
    arts = [Article(id=i, path=p, text="x", language="de") for part in parts for i, p in part]
    expected = [a.id for a in _unique_ids(arts)]
    renames = _inputs.unique_renames(parts)
    got = [
        r.get(k, i)
        for part, r in zip(parts, renames, strict=True)
        for k, (i, _p) in enumerate(part)
    ]
    assert got == expected
