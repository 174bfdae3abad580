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

What it holds: {title}.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.{cls}, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""
'''

INIT = '''"""A commented template for a new language pack (see docs/adding-a-language.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # mypy checks every module of the pack against its contract
    from factcheck.lang import spec

    from . import {modules}

{checks}
'''

SPECS = sorted(ROOT.glob("spec*.py"))
"""The contract: ``spec.py`` and the parts it re-exports (``spec_nouns.py``,
``spec_figures.py``)."""


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


def members(cls_name: str) -> list[ast.stmt]:
    """The body of the contract class ``cls_name`` in factcheck/lang/spec*.py."""
    for spec in SPECS:
        tree = ast.parse(spec.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == cls_name:
                return node.body
    raise KeyError(cls_name)


def comment(text: str) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), 96, initial_indent="# ", subsequent_indent="# ")


def render(name: str) -> str:
    """The template module for pack module ``name``, from its contract in spec.py."""
    cls = name.capitalize()
    body = members(cls)
    english = importlib.import_module(f"factcheck.lang.en.{name}")
    title = ""
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        title = str(body[0].value.value).split(": ", 1)[-1].rstrip(".")
    out: list[str] = [
        HEADER.format(name=name, title=title, cls=cls),
        "from __future__ import annotations\n",
    ]
    annotations = " ".join(ast.unparse(n.annotation) for n in body if isinstance(n, ast.AnnAssign))
    for typ, mod in (
        ("Qualifier", "factcheck.models.hedge"),
        ("PartOfDay", "factcheck.models.time"),
    ):
        if typ in annotations:
            out.append(f"from {mod} import {typ}")
    out.append("")
    for i, node in enumerate(body):
        if isinstance(node, ast.FunctionDef):
            out.extend(["", "", render_function(node)])
            continue
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        target = node.target.id
        value = getattr(english, target)
        out.append("")
        out.extend(comment(note_after(body, i)))
        out.extend(comment("English: " + example(value)))
        out.append(f"{target}: {ast.unparse(node.annotation)} = {empty(value)}")
    return "\n".join(out) + "\n"


def note_after(body: list[ast.stmt], i: int) -> str:
    """The attribute docstring that follows statement ``i``, if any."""
    nxt = body[i + 1] if i + 1 < len(body) else None
    if isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
        value = nxt.value.value
        return value.strip() if isinstance(value, str) else ""
    return ""


def render_function(node: ast.FunctionDef) -> str:
    """A hook function with the contract's signature and note, doing nothing yet."""
    returns = ast.unparse(node.returns) if node.returns else "None"
    result = "[]" if returns.startswith("list") else "None"
    doc = " ".join((ast.get_docstring(node) or "").replace('"""', "'''").split())
    note = "\n".join(textwrap.wrap(doc, 84))
    args = [a for a in node.args.args if a.arg != "self"]
    params = ", ".join(f"{a.arg}: {ast.unparse(a.annotation)}" for a in args if a.annotation)
    used = " ".join(f"{a.arg}" for a in args)
    code = (
        f'"""{note}"""\ndel {used}  # unused until written\nreturn {result}'
        if used
        else f'"""{note}"""\nreturn {result}'
    )
    return f"def {node.name}({params}) -> {returns}:\n" + textwrap.indent(code, "    ")


def main() -> None:
    folder = ROOT / "_template"
    folder.mkdir(exist_ok=True)
    checks = "\n".join(f"    _{m}: spec.{m.capitalize()} = {m}" for m in MODULES)
    (folder / "__init__.py").write_text(
        INIT.format(modules=", ".join(sorted(MODULES)), checks=checks), encoding="utf-8"
    )
    for name in MODULES:
        (folder / f"{name}.py").write_text(render(name), encoding="utf-8")
    print(f"wrote {folder}; now run: ruff check --fix {folder} && ruff format {folder}")


if __name__ == "__main__":
    main()
