#!/usr/bin/env python3
"""Write factcheck/lang/_template/ from the English pack: the same names, empty values of
the same type, each with the English note and a short example of its English data.

    python tests/lang/make_template.py
    ruff check --fix factcheck/lang/_template && ruff format factcheck/lang/_template
"""

from __future__ import annotations

import ast
import enum
import importlib
import textwrap
from pathlib import Path
from typing import Any

from factcheck.lang import MODULES

ROOT = Path(__file__).resolve().parents[2] / "factcheck" / "lang"

HEADER = '''"""TEMPLATE for a new language: {name}.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay: a test checks
that all packs have the same names. Each name carries the English pack's note and an
example of its English values; a function says what the English one does and returns
"nothing applies" until it is written.

What the English module says of itself:

{doc}
"""
'''


def show(x: Any) -> str:
    """A short readable form of a value (enum members by their value)."""
    if isinstance(x, enum.Enum):
        return repr(x.value)
    if isinstance(x, tuple):
        return "(" + ", ".join(show(y) for y in x) + ")"
    return repr(x)


def empty(v: Any) -> str:
    """An empty value of the same type."""
    for kind, text in ((dict, "{}"), (frozenset, "frozenset()"), (tuple, "()"), (list, "[]")):
        if isinstance(v, kind):
            return text
    if isinstance(v, str):
        return '""'
    return repr(v) if isinstance(v, bool | int | float) else "None"


def annotation(v: Any) -> str:
    """A type annotation for a value whose English assignment has none."""

    def inner(xs: Any) -> str:
        kinds = {type(x).__name__ for x in xs}
        return kinds.pop() if len(kinds) == 1 else "object"

    if isinstance(v, dict):
        return f"dict[{inner(v) if v else 'str'}, {inner(v.values()) if v else 'object'}]"
    if isinstance(v, frozenset):
        return f"frozenset[{inner(v) if v else 'str'}]"
    if isinstance(v, tuple):
        return f"tuple[{inner(v) if v else 'str'}, ...]"
    return type(v).__name__


def example(v: Any) -> str:
    """The first few entries of a table."""
    if isinstance(v, dict):
        items = ", ".join(f"{show(k)}: {show(x)}" for k, x in list(v.items())[:3])
        return "{" + items + (", ..." if len(v) > 3 else "") + "}"
    if isinstance(v, tuple | list | frozenset):
        items_ = sorted(v, key=str)[:4] if isinstance(v, frozenset) else list(v)[:4]
        return ", ".join(show(x) for x in items_) + (", ..." if len(v) > 4 else "")
    return show(v)[:120]


def note_after(body: list[ast.stmt], i: int) -> str:
    """The attribute docstring that follows statement ``i``, if any."""
    nxt = body[i + 1] if i + 1 < len(body) else None
    if isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
        value = nxt.value.value
        return value.strip() if isinstance(value, str) else ""
    return ""


def render(name: str) -> str:
    """The template module for one English data module."""
    tree = ast.parse((ROOT / "en" / f"{name}.py").read_text(encoding="utf-8"))
    mod = importlib.import_module(f"factcheck.lang.en.{name}")
    doc = "\n".join(
        "    " + line if line else "" for line in (ast.get_docstring(tree) or "").splitlines()
    )
    imports = [
        ast.unparse(n)
        for n in tree.body
        if isinstance(n, ast.Import | ast.ImportFrom)
        and not (isinstance(n, ast.ImportFrom) and n.module == "__future__")
    ]
    out = [
        HEADER.format(name=name, doc=doc.rstrip()),
        "from __future__ import annotations\n",
        *imports,
        "",
    ]
    for i, node in enumerate(tree.body):
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            out.extend(["", "", render_function(node)])
            continue
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target, ann = node.targets[0].id, None
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, ann = node.target.id, ast.unparse(node.annotation)
        else:
            continue
        if not target.isupper() or target.startswith("_"):
            continue
        value = getattr(mod, target)
        out.append("")
        out.extend(
            textwrap.wrap(
                "English: " + example(value), 96, initial_indent="# ", subsequent_indent="#   "
            )
        )
        out.append(f"{target}: {ann or annotation(value)} = {empty(value)}")
        note = note_after(tree.body, i)
        if note:
            out.append('"""' + "\n".join(textwrap.wrap(note.replace('"""', "'''"), 88)) + '"""')
    return "\n".join(out) + "\n"


def render_function(node: ast.FunctionDef) -> str:
    """A hook function with the English one's signature and note, doing nothing yet."""
    returns = ast.unparse(node.returns) if node.returns else "None"
    body = "return []" if returns.startswith("list") else "return None"
    doc = " ".join((ast.get_docstring(node) or "").replace('"""', "'''").split())
    note = "\n".join(textwrap.wrap("English: " + doc, 84))
    args = ast.unparse(node.args)
    indented = textwrap.indent(f'"""{note}"""\n{body}', "    ")
    return f"def {node.name}({args}) -> {returns}:\n{indented}"


def main() -> None:
    folder = ROOT / "_template"
    folder.mkdir(exist_ok=True)
    (folder / "__init__.py").write_text(
        '"""A commented template for a new language pack (see docs/adding-a-language.md)."""\n',
        encoding="utf-8",
    )
    for name in MODULES:
        (folder / f"{name}.py").write_text(render(name), encoding="utf-8")
    print(f"wrote {folder}; now run: ruff check --fix {folder} && ruff format {folder}")


if __name__ == "__main__":
    main()
