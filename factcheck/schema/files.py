"""Claim schemas as YAML files: load, check, write, and the file format's JSON Schema.

A schema file holds the same :class:`~factcheck.schema.base.SchemaSpec` a class
statement declares; both are validated by :func:`~factcheck.schema.base.parse_spec`, and
a file becomes a class through the class machinery (:func:`build_schema`). Files are read
with PyYAML's safe loader (no tags, no code), within limits checked before anything is
walked (:data:`SCHEMA_LIMITS`: size, nesting, values, aliases), and checks are named,
never written out, so a schema file cannot run anything nor exhaust memory. Every error
names the file, the line and the field.

The file format is published as a JSON Schema (``schemas/claim-schema.schema.json``,
:func:`file_format_schema`) for editors and other tools.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck._yaml import Limits
from factcheck.errors import SchemaDefinitionError, kind_of
from factcheck.schema.base import (
    ClaimSchema,
    SchemaSpec,
    SlotSpec,
    SpecProblem,
    build_schema,
    parse_spec,
    register_schema,
)

if TYPE_CHECKING:
    import yaml

EXAMPLES = Path(__file__).resolve().parent / "builtin"
"""The folder of the example schemas shipped with factcheck."""

GUIDE = """\
# A factcheck claim schema. This file describes one kind of claim a fact-checker follows
# (`factcheck schema check FILE` validates it; docs/schemas.md is the full reference).
#
#   name: weapons_delivery       # the registered name; lower case, digits, _
#   description: one line        # shown by `factcheck schema list`
#   lexicon:                     # per language, words that announce such a claim in
#     de: [liefer*, geschickt]   #   its sentence: a word, a prefix (liefer*), a suffix
#     en: [delivered, "re:ship(ped|ping)"]  # (*container), a phrase, or re:REGEX;
#                                #   quote words that start with * or contain ": "
#   slots:                       # the claim's fields, by name
#     count:
#       type: quantity           # quantity | time | place | entity | text
#       description: how many
#       checks: {concept: [container, shell], ge: 1}   # registered checks by name
#     origin:
#       type: place
#       source: measure.origin   # where the value comes from (default: by name/type)
#       required: true           # a claim without it is not such a claim
#   compared: count              # the slot compared across articles (or a list)
#   identity: [origin, destination]  # slots that must agree for "the same thing"
#   temporal: cumulative         # cumulative (a running total) | fixed (one true value)
#   tolerance: 0.05              # relative difference tolerated beyond the hedges
#   checks: {distinct: [origin, destination]}          # checks of the whole claim
#
# A claim of the article becomes a claim of this schema when a lexicon word of the
# article's language stands in its sentence, its value passes a compared slot's checks,
# and every filled slot passes its checks; otherwise it stays a plain claim.
"""
"""The comment block every example file opens with: the file format in brief."""


# -- reading ------------------------------------------------------------------------------
Lines = dict[tuple[str | int, ...], int]


SCHEMA_LIMITS = Limits(max_chars=1_000_000, max_depth=32, max_nodes=100_000, max_aliases=1_000)
"""A schema file is read only within these bounds (size before parsing; nesting, values
and aliases before anything is walked): see :mod:`factcheck._yaml`."""


def read_yaml(text: str, source: str) -> tuple[Any, Lines]:
    """Parse YAML safely and within :data:`SCHEMA_LIMITS`; the data and the 1-based line
    of every mapping key and list item, by path (``("slots", "count", "type") -> 12``).
    Raises :class:`SchemaDefinitionError` for broken YAML, duplicate keys, values that
    cannot be read (a date that does not exist, a 5,000-digit number) and YAML beyond
    the limits (nested aliases, deep nesting, size)."""
    import yaml

    from factcheck import _yaml as limited_yaml

    lines: Lines = {}
    loader = None
    try:
        node, loader = limited_yaml.compose(text, SCHEMA_LIMITS)
        if node is None:
            raise SchemaDefinitionError(source, "the file is empty; write a schema mapping", line=1)
        data = _construct(loader, node, (), lines, source)
    except limited_yaml.YamlLimitError as exc:
        mark = exc.problem_mark
        raise SchemaDefinitionError(
            source,
            f"{exc.problem}; {exc.hint[:1].lower()}{exc.hint[1:]}" if exc.hint else exc.problem,
            line=mark.line + 1 if mark is not None else None,
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        hint = ""
        if "alias" in problem or "anchor" in problem:
            hint = '; quote words that start with * or & ("*container")'
        elif "mapping values are not allowed" in problem:
            hint = '; quote values that contain ": "'
        raise SchemaDefinitionError(
            source,
            f"not valid YAML: {problem}{hint}",
            line=mark.line + 1 if mark is not None else None,
        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML marks its errors
        raise SchemaDefinitionError(source, f"not valid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


def _construct(
    loader: Any,
    node: yaml.Node,
    path: tuple[str | int, ...],
    lines: Lines,
    source: str,
) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        raise SchemaDefinitionError(
            source,
            f"the tag {node.tag!r} is not allowed; a schema file holds plain data",
            field=_dotted(path),
            line=node.start_mark.line + 1,
        )
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str | int | float | bool) or key is None:
                raise SchemaDefinitionError(
                    source, f"a key must be a word, not {key!r}", field=_dotted(path), line=line
                )
            key = str(key) if not isinstance(key, str) else key
            if key in out:
                raise SchemaDefinitionError(
                    source,
                    f"the key {key!r} appears twice (first on line {lines[(*path, key)]})",
                    field=_dotted((*path, key)),
                    line=line,
                )
            lines[(*path, key)] = line
            out[key] = _construct(loader, value_node, (*path, key), lines, source)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            items.append(_construct(loader, item, (*path, i), lines, source))
        return items
    return loader.construct_object(node, deep=True)


_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _dotted(loc: tuple[str | int, ...]) -> str | None:
    return ".".join(str(x) for x in loc) or None


def _line_of(loc: tuple[str | int, ...], lines: Lines) -> int:
    for n in range(len(loc), 0, -1):
        line = lines.get(loc[:n])
        if line is not None:
            return line
    return 1


def check_schema_text(
    text: str, source: str = "<string>"
) -> tuple[SchemaSpec | None, list[SchemaDefinitionError]]:
    """Validate a schema file's text: the spec, or None and every error found (each with
    the file, line and field)."""
    try:
        data, lines = read_yaml(text, source)
    except SchemaDefinitionError as exc:
        return None, [exc]
    if not isinstance(data, Mapping):
        return None, [
            SchemaDefinitionError(
                source,
                f"a schema file holds a mapping (name:, slots:, compared: ...), "
                f"not {kind_of(data)}",
                line=1,
            )
        ]
    spec, problems = parse_spec(data)
    errors = [_error(source, p, lines) for p in problems]
    return spec, errors


def _error(source: str, problem: SpecProblem, lines: Lines) -> SchemaDefinitionError:
    return SchemaDefinitionError(
        source, problem.message, field=problem.field or None, line=_line_of(problem.loc, lines)
    )


def check_schema_file(
    path: str | os.PathLike[str],
) -> tuple[SchemaSpec | None, list[SchemaDefinitionError]]:
    """Like :func:`check_schema_text` for a file (a missing or unreadable file is one
    error)."""
    source = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read(SCHEMA_LIMITS.max_chars + 1)  # the size limit, before reading all
    except FileNotFoundError:
        return None, [
            SchemaDefinitionError(
                source, "no such file; give the path of a .yaml schema or a registered name"
            )
        ]
    except IsADirectoryError:
        return None, [SchemaDefinitionError(source, "this is a folder; give a .yaml schema file")]
    except UnicodeDecodeError as exc:
        return None, [
            SchemaDefinitionError(
                source, f"the file is not UTF-8 text (byte at offset {exc.start}); save it as UTF-8"
            )
        ]
    except OSError as exc:
        return None, [
            SchemaDefinitionError(source, f"cannot read the file ({exc.strerror or exc})")
        ]
    return check_schema_text(text, source)


def load_schema_text(
    text: str, *, source: str = "<string>", register: bool = True
) -> type[ClaimSchema]:
    """The schema class a YAML text defines; registered under its name unless
    ``register=False``. Raises the first :class:`SchemaDefinitionError` found."""
    spec, errors = check_schema_text(text, source)
    if errors or spec is None:
        raise errors[0]
    cls = build_schema(spec, defined_in=source)
    return register_schema(cls) if register else cls


def load_schema_file(path: str | os.PathLike[str], *, register: bool = True) -> type[ClaimSchema]:
    """The schema class a YAML file defines, registered under its name unless
    ``register=False`` (loading the same definition twice returns the registered class;
    another schema under the name raises DuplicateNameError)."""
    spec, errors = check_schema_file(path)
    if errors or spec is None:
        raise errors[0]
    cls = build_schema(spec, defined_in=os.fspath(path))
    return register_schema(cls) if register else cls


# -- writing ------------------------------------------------------------------------------
def spec_data(spec: SchemaSpec) -> dict[str, Any]:
    """The spec as the plain data a file holds (defaults left out)."""
    data: dict[str, Any] = spec.model_dump(mode="json", exclude_defaults=True)
    data["compared"] = spec.compared[0] if len(spec.compared) == 1 else list(spec.compared)
    data["slots"] = {
        name: slot.model_dump(mode="json", exclude_defaults=True) | {"type": slot.type}
        for name, slot in spec.slots.items()
    }
    order = list(SchemaSpec.model_fields)
    slot_order = list(SlotSpec.model_fields)
    data["slots"] = {n: {k: s[k] for k in slot_order if k in s} for n, s in data["slots"].items()}
    return {k: data[k] for k in order if k in data}


def dump_schema(schema: type[ClaimSchema] | SchemaSpec, *, guide: bool = False) -> str:
    """A schema as YAML text that :func:`load_schema_text` reads back into the same spec.
    Checks written as methods cannot be written to a file; they are named in a comment."""
    import yaml

    spec = schema if isinstance(schema, SchemaSpec) else schema.spec
    if spec is None:
        raise ValueError(f"{schema!r} is a built-in claim kind with no file form")
    text = yaml.safe_dump(
        spec_data(spec), sort_keys=False, allow_unicode=True, default_flow_style=None, width=88
    )
    head = GUIDE + "\n" if guide else ""
    if not isinstance(schema, SchemaSpec) and schema.method_checks:
        names = ", ".join(m[0] for m in schema.method_checks)
        head += f"# not in this file: checks written as methods ({names})\n"
    return head + text


# -- the file format's JSON Schema --------------------------------------------------------
def file_format_schema() -> dict[str, Any]:
    """JSON Schema of a claim-schema file, with the built-in checks and their arguments.

    Checks registered by users are allowed by name (``additionalProperties``) and checked
    when the file is loaded.
    """
    from factcheck.schema._uris import BASE_URI
    from factcheck.schema.checks import CLAIM, builtin_checks

    schema = SchemaSpec.model_json_schema(mode="validation")
    builtin = builtin_checks()
    slot_checks = {c.name: c.argument_schema() for c in builtin if CLAIM not in c.applies_to}
    claim_checks = {c.name: c.argument_schema() for c in builtin if CLAIM in c.applies_to}
    slot_props = schema["$defs"]["SlotSpec"]["properties"]
    slot_props["checks"] = {
        "type": "object",
        "description": slot_props["checks"]["description"],
        "properties": slot_checks,
        "additionalProperties": True,
    }
    schema["properties"]["checks"] = {
        "type": "object",
        "description": schema["properties"]["checks"]["description"],
        "properties": claim_checks,
        "additionalProperties": True,
    }
    _close_patterns(schema)
    out: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_URI}claim-schema.schema.json",
        "title": "A factcheck claim schema (YAML file).",
    }
    out.update({k: v for k, v in schema.items() if k != "title"})
    return out


def _close_patterns(node: Any) -> None:
    """Objects keyed by pattern (lexicons by language code) take no other keys."""
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_patterns(value)
    elif isinstance(node, list):
        for value in node:
            _close_patterns(value)


# -- the shipped examples -----------------------------------------------------------------
def example_files() -> list[Path]:
    """The example schema files shipped with factcheck, sorted by name."""
    return sorted(EXAMPLES.glob("*.yaml"))


def export_examples(folder: str | os.PathLike[str]) -> list[Path]:
    """Copy the example schema files into ``folder``; returns the paths written."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    out = []
    for src in example_files():
        dst = root / src.name
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


__all__ = [
    "EXAMPLES",
    "GUIDE",
    "SCHEMA_LIMITS",
    "check_schema_file",
    "check_schema_text",
    "dump_schema",
    "example_files",
    "export_examples",
    "file_format_schema",
    "load_schema_file",
    "load_schema_text",
    "read_yaml",
    "spec_data",
]
