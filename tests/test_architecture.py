"""The architecture's rules, read from the source: language knowledge stays in the packs,
modules stay small enough to hold in one's head, and imports do not go round in circles.

The checks parse the package with :mod:`ast` (nothing is imported), so a violation is
reported with its file and line."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.lang import languages

PACKAGE = Path(__file__).resolve().parents[1] / "factcheck"
MAX_LINES = 800


def modules() -> Iterator[tuple[str, Path]]:
    """Every module of the package: (dotted name, path)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        yield ".".join(parts), path


def outside_packs() -> Iterator[tuple[str, Path]]:
    for name, path in modules():
        if not name.startswith("factcheck.lang"):
            yield name, path


# -- language codes -------------------------------------------------------------------


def _codes(node: ast.AST) -> list[str]:
    """The language codes a node states as string literals (alone or in a tuple/list/set)."""
    codes = set(languages())
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value in codes else []
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [c for elt in node.elts for c in _codes(elt)]
    return []


def language_code_uses(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Comparisons with a language code (``lang == "de"``, ``lang in ("de", "en")``),
    lookups by one (``table["de"]``) and tables keyed by them (``{"de": ...}``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                for code in _codes(side):
                    yield node.lineno, f"compares with {code!r}"
        elif isinstance(node, ast.Subscript):
            for code in _codes(node.slice):
                yield node.lineno, f"looks up {code!r}"
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    for code in _codes(key):
                        yield node.lineno, f"keys a table by {code!r}"


def test_no_language_code_comparison_outside_the_packs() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
        for _, path in outside_packs()
        for line, what in language_code_uses(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "language knowledge belongs in factcheck/lang/<code>/:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'if lang == "de":\n    pass',
        'x = lang != "en"',
        'ok = lang in ("de", "en")',
        'words = WORDS["de"]',
        'WORDS = {"en": ("a", "an")}',
    ],
)
def test_the_language_code_check_finds(source: str) -> None:
    assert list(language_code_uses(ast.parse(source)))


def test_the_language_code_check_leaves_other_strings() -> None:
    source = 'if kind == "event":\n    x = {"de_facto": 1}\ny = number(3, lang="de")'
    assert not list(language_code_uses(ast.parse(source)))


# -- module size ----------------------------------------------------------------------


def test_no_module_above_the_limit() -> None:
    sizes = {
        str(path.relative_to(PACKAGE.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for _, path in modules()
    }
    big = {p: n for p, n in sizes.items() if n > MAX_LINES}
    assert not big, f"split these along their sections (limit {MAX_LINES} lines): {big}"


# -- import cycles --------------------------------------------------------------------


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules ``name`` imports, at module level or inside functions (as
    import-linter counts them); ``from pkg import mod`` counts as importing ``pkg.mod``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for a in node.names:
                sub = f"{target}.{a.name}"
                if sub in known:
                    out.add(sub)
                elif target in known:
                    out.add(target)
    out.discard(name)
    return out


def import_graph() -> dict[str, set[str]]:
    mods = dict(modules())
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycle() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles (lazy imports count too):\n" + "\n".join(
        " <-> ".join(c) for c in found
    )


# -- layers (import-linter) -----------------------------------------------------------


def test_the_layer_contracts_hold(capsys: pytest.CaptureFixture[str]) -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): which layer may import which."""
    from importlinter.cli import lint_imports

    code = lint_imports(
        config_filename=str(PACKAGE.parent / "pyproject.toml"), no_cache=True, no_logo=True
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "BROKEN" not in out and "KEPT" in out
