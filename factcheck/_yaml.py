"""YAML read with limits: every YAML text factcheck reads from a user (front matter,
claim-schema files) goes through :func:`compose` and :func:`construct` here.

PyYAML's safe loader runs no code, but on its own it bounds nothing: a few hundred bytes
of nested aliases ("billion laughs") stand for billions of nodes once walked, deep
nesting exhausts the stack, a 5,000-digit number exceeds Python's int conversion limit,
and ``2024-02-30`` is read as a timestamp and fails with a bare ``ValueError``. So:

1. the text's size is checked before it is parsed;
2. the parser's event stream (iterative, never expands anything) is checked for depth,
   node count and alias count;
3. the node graph is composed (aliases stay shared references) and its size *as if
   every alias were expanded*, and its depth, are computed without expanding it, with
   recursive aliases refused;
4. only then is anything constructed or walked, by a loader whose scalar constructors
   refuse over-long numbers and impossible dates, and turn any other failure of a
   tagged value into a :class:`YamlLimitError` with its line.

Every refusal is a :class:`YamlLimitError` with a human ``problem``, its line in
``problem_mark`` (0-based, like PyYAML's) and a ``hint``; broken YAML still raises
``yaml.YAMLError``. PyYAML is imported on first use, not with this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_DIGITS = 1_000
"""A YAML integer with more digits than this is refused (Python's own limit is 4,300)."""


@dataclass(frozen=True)
class Limits:
    """How much YAML one read may hold."""

    max_chars: int
    """Characters of text, checked before parsing."""
    max_depth: int = 32
    """Nesting of mappings and lists, after alias expansion."""
    max_nodes: int = 10_000
    """Nodes (scalars, mappings, lists), counted as if every alias were expanded."""
    max_aliases: int = 100
    """Alias uses (``*name``) in the text."""


class YamlLimitError(Exception):
    """The YAML is valid but beyond a limit, or a value cannot be read (a date that does
    not exist, a number too long). ``problem`` says which, ``problem_mark`` where (its
    0-based ``line``; None for the size of the whole text), ``hint`` what to do."""

    def __init__(self, problem: str, mark: Any, hint: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark
        self.hint = hint


def compose(text: str, limits: Limits) -> tuple[yaml.Node | None, Any]:
    """The root node of a one-document YAML text and the loader that composed it (to
    construct values with; call ``loader.dispose()`` when done), after every check.
    Raises ``yaml.YAMLError``, or :class:`YamlLimitError` for a limit."""
    if len(text) > limits.max_chars:
        raise YamlLimitError(
            f"the YAML is {len(text):,} characters long; at most {limits.max_chars:,} are read",
            None,
            "Shorten it",
        )
    _check_events(text, limits)
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_graph(node, limits)
    except BaseException:
        loader.dispose()
        raise
    return node, loader


def construct(loader: Any, node: yaml.Node) -> Any:
    """The Python value of a node composed by :func:`compose`."""
    return loader.construct_document(node)


def safe_load(text: str, limits: Limits) -> Any:
    """``yaml.safe_load`` with :func:`compose`'s limits and checked scalars."""
    node, loader = compose(text, limits)
    try:
        return None if node is None else construct(loader, node)
    finally:
        loader.dispose()


def _check_events(text: str, limits: Limits) -> None:
    import yaml

    depth = nodes = aliases = 0
    for event in yaml.parse(text, Loader=_loader_class()):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            nodes += 1
            if depth > limits.max_depth:
                raise YamlLimitError(
                    f"the YAML nests deeper than {limits.max_depth} levels",
                    event.start_mark,
                    "Flatten the structure",
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.max_aliases:
                raise YamlLimitError(
                    f"the YAML uses more than {limits.max_aliases} aliases (*name)",
                    event.start_mark,
                    "Write the values out instead of repeating them by alias",
                )
        if nodes > limits.max_nodes:
            raise YamlLimitError(
                f"the YAML holds more than {limits.max_nodes:,} values",
                event.start_mark,
                "Shorten it",
            )


def _check_graph(root: yaml.Node, limits: Limits) -> None:
    """Size and depth of the tree the node graph stands for, computed once per node
    (aliases are shared nodes), iteratively; a node that contains itself is refused."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            if size[key] > limits.max_nodes:
                raise YamlLimitError(
                    f"the YAML stands for more than {limits.max_nodes:,} values once its "
                    "aliases (*name) are expanded",
                    node.start_mark,
                    "Write the values out instead of nesting aliases",
                )
            if depth[key] > limits.max_depth:
                raise YamlLimitError(
                    f"the YAML nests deeper than {limits.max_depth} levels once its "
                    "aliases (*name) are expanded",
                    node.start_mark,
                    "Flatten the structure",
                )
            continue
        if key in size:
            continue
        if key in on_path:
            raise YamlLimitError(
                "an alias (*name) refers to a value that contains it",
                node.start_mark,
                "Remove the recursive alias",
            )
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in size)
        for c in children:
            if id(c) in on_path:
                raise YamlLimitError(
                    "an alias (*name) refers to a value that contains it",
                    c.start_mark,
                    "Remove the recursive alias",
                )


def _children(node: yaml.Node) -> list[yaml.Node]:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


_DATE_HINT = "Write the date as YYYY-MM-DD with a real month and day (for example 2024-06-19)"


class _Checked:
    """Constructor methods mixed into PyYAML's safe loader."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        import yaml

        try:
            return super().construct_object(node, deep)  # type: ignore[misc]
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
            # a tagged value that is not of its tag (``!!int abc``, ``!!bool maybe``)
            tag = str(node.tag).rsplit(":", 1)[-1]
            raise YamlLimitError(
                f"the value {_short(node.value)} cannot be read as {tag} ({_reason(exc)})",
                node.start_mark,
                "Remove the tag or correct the value",
            ) from None

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        from yaml.constructor import SafeConstructor

        digits = len(str(node.value))
        if digits > MAX_DIGITS:
            raise YamlLimitError(
                f"a number of {digits:,} digits is too long (at most {MAX_DIGITS:,} are read)",
                node.start_mark,
                "Shorten the number, or quote it if it is text",
            )
        return SafeConstructor.construct_yaml_int(self, node)  # type: ignore[arg-type]

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        from yaml.constructor import SafeConstructor

        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)  # type: ignore[arg-type]
        except AttributeError:  # not in the timestamp's form at all (``!!timestamp x``)
            raise YamlLimitError(
                f"the value {_short(node.value)} is not a date", node.start_mark, _DATE_HINT
            ) from None
        except (ValueError, TypeError, OverflowError) as exc:
            raise YamlLimitError(
                f"the date {_short(node.value)} does not exist ({_reason(exc)})",
                node.start_mark,
                _DATE_HINT,
            ) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).split("\n")[0]
    if isinstance(exc, KeyError | AttributeError) or not text:
        return "it is not one of the values the tag allows"
    return text[:120]


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-1]}"


@cache
def _loader_class() -> type[Any]:
    """The safe loader with the checked constructors: over libyaml's parser when PyYAML
    was built with it (several times faster), else pure Python."""
    import yaml

    base: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    cls: type[Any] = type("CheckedSafeLoader", (_Checked, base), {})
    cls.yaml_constructors = dict(base.yaml_constructors)
    cls.add_constructor("tag:yaml.org,2002:int", _Checked.construct_yaml_int)
    cls.add_constructor("tag:yaml.org,2002:timestamp", _Checked.construct_yaml_timestamp)
    return cls


__all__ = ["MAX_DIGITS", "Limits", "YamlLimitError", "compose", "construct", "safe_load"]
