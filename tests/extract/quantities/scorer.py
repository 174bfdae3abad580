"""Scoring quantity extraction against gold quantities: value F1 and value+unit F1.

A gold set is a list of sentences, each with the quantities a reader takes from it
(the notation is described in ``README.md`` next to this module). Every sentence is
extracted on its own with :func:`factcheck.extract_text`; its quantity claims are the
predictions, except ranks (``unit_kind == "ordinal"``: "the 10th", "first"), which
factcheck reports as positions, not amounts.

Gold and predicted quantities are matched one to one per sentence (a maximum
bipartite matching, so a prediction is used at most once). Two figures:

* **value F1**: a pair matches when the values agree - the nominal for a single number
  (relative tolerance 1e-5), both ends for a range or a change from A to B (a range
  hedged as a whole, "about 2000-2500", may also come widened by the hedge table's
  approximation half-width), and the admitted interval for a vague amount
  ("tens of thousands");
* **value+unit F1**: the value matches *and* the unit does: equal after lower-casing
  and writing ``X_per_Y`` as ``X/Y``; a counted noun also matches the head of a
  compound (gold ``Containerschiff``, predicted ``Schiff``), part by part for ``a/b``.

The qualifier and the direction are not part of either figure; :func:`score` counts
how often they agree on value-matched pairs, for reading.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.models import Quantity
from factcheck.models.hedge import Qualifier, approx_half_width, precision_of
from factcheck.models.quantity import Direction, UnitKind

HERE = Path(__file__).parent

REL_TOL = 1e-5

VAGUE: dict[str, tuple[Qualifier, float]] = {
    "few": (Qualifier.FEW, 1),
    "several": (Qualifier.SEVERAL, 1),
    "dozens": (Qualifier.DOZENS, 1),
    "hundreds": (Qualifier.HUNDREDS, 1),
    "thousands": (Qualifier.THOUSANDS, 1),
    "tens_of_thousands": (Qualifier.TENS_OF_THOUSANDS, 1),
    "hundreds_of_thousands": (Qualifier.HUNDREDS_OF_THOUSANDS, 1),
    "millions": (Qualifier.MILLIONS, 1),
    "tens_of_millions": (Qualifier.TENS_OF_THOUSANDS, 1e3),
    "hundreds_of_millions": (Qualifier.HUNDREDS_OF_THOUSANDS, 1e3),
    "billions": (Qualifier.MILLIONS, 1e3),
}
"""Vague magnitudes as the hedge table reads them: ``tens_of_millions`` admits what
``tens_of_thousands`` scaled by a thousand admits."""


@dataclass(frozen=True)
class Gold:
    """One gold quantity."""

    text: str
    nominal: float | None = None
    low: float | None = None
    high: float | None = None
    vague: tuple[Qualifier, float] | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    direction: Direction | None = None


@dataclass(frozen=True)
class Item:
    """One gold sentence."""

    sentence: str
    gold: tuple[Gold, ...]
    family: str = ""


def parse_gold(text: str) -> Gold:
    """``"2000..2500 people approx"`` -> a :class:`Gold` (see README.md)."""
    parts = text.split()
    if len(parts) < 2:
        raise ValueError(f"gold quantity {text!r}: give at least a value and a unit ('-')")
    value, unit, rest = parts[0], parts[1], parts[2:]
    direction: Direction | None = None
    qualifier: Qualifier | None = None
    for word in rest:
        if word in ("up", "down"):
            direction = Direction.INCREASE if word == "up" else Direction.DECREASE
        else:
            qualifier = Qualifier(word)
    u = None if unit == "-" else unit
    if value.startswith("~"):
        kind, _, scale = value[1:].partition("*")
        qual, base = VAGUE[kind]
        return Gold(
            text, vague=(qual, base * float(scale or 1)), unit=u, qualifier=qual,
            direction=direction,
        )  # fmt: skip
    if ".." in value:
        lo, hi = (float(v) for v in value.split(".."))
        if lo > hi:
            raise ValueError(f"gold quantity {text!r}: write the lower end first")
        return Gold(
            text, low=lo, high=hi, unit=u, qualifier=qualifier or Qualifier.RANGE,
            direction=direction,
        )  # fmt: skip
    return Gold(
        text, nominal=float(value), unit=u, qualifier=qualifier or Qualifier.EXACT,
        direction=direction,
    )  # fmt: skip


def load(path: Path) -> list[Item]:
    """The gold sentences of one YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Item(row["s"], tuple(parse_gold(g) for g in row["q"]), str(row.get("f", "")))
        for row in data
    ]


def predict(sentence: str, lang: str) -> list[Quantity]:
    """The quantities factcheck extracts from one sentence (ranks left out)."""
    import factcheck

    return [
        c.quantity
        for c in factcheck.extract_text(sentence, language=lang)
        if c.kind == "quantity"
        and c.quantity is not None
        and c.quantity.unit_kind is not UnitKind.ORDINAL
    ]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)


def _widened(x: float, lower: bool) -> float:
    digits = repr(abs(x)).removesuffix(".0") if float(x).is_integer() else repr(abs(x))
    w = approx_half_width(x, precision_of(digits))
    return x - w if lower else x + w


def value_match(g: Gold, q: Quantity) -> bool:
    """True when a predicted quantity states the gold value (see module docs)."""
    if g.vague is not None:
        if q.nominal is not None:
            return False
        want = Quantity.hedged(None, g.vague[0], scale=g.vague[1])
        return _close(q.low, want.low) and _close(q.high, want.high)
    if g.low is not None and g.high is not None:
        if _close(q.low, g.low) and _close(q.high, g.high) and q.nominal is None:
            return True
        return (
            q.nominal is None
            and _close(q.low, _widened(g.low, True))
            and _close(q.high, _widened(g.high, False))
        )
    return _close(q.nominal, g.nominal)


def _norm_unit(u: str | None) -> str:
    return "" if u is None else u.replace("_per_", "/").replace(" ", "").casefold()


def _part_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and long_.endswith(short)


def unit_match(g: Gold, q: Quantity) -> bool:
    """True when a predicted quantity has the gold unit (see module docs)."""
    a, b = _norm_unit(g.unit), _norm_unit(q.unit)
    if a == b:
        return True
    pa, pb = a.split("/"), b.split("/")
    return len(pa) == len(pb) and all(_part_match(x, y) for x, y in zip(pa, pb, strict=True))


def match_count(
    gold: Sequence[Gold], pred: Sequence[Quantity], ok: Callable[[Gold, Quantity], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predictions under ``ok``."""
    edges = [[j for j, q in enumerate(pred) if ok(g, q)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Counts:
    """True positives, gold and predicted totals for one figure."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.pred if self.pred else 100.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.gold if self.gold else 100.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Mistake:
    sentence: str
    missed: list[str]
    spurious: list[str]
    wrong_unit: list[str]


@dataclass
class Scores:
    """The figures of one gold set."""

    value: Counts = field(default_factory=Counts)
    value_unit: Counts = field(default_factory=Counts)
    families: dict[str, tuple[Counts, Counts]] = field(default_factory=dict)
    qualifier_agree: int = 0
    direction_agree: int = 0
    matched: int = 0
    mistakes: list[Mistake] = field(default_factory=list)


def _show(q: Quantity) -> str:
    return f"{q.describe()} [{q.qualifier.value}, {q.unit_kind.value}]"


def score(items: Iterable[Item], lang: str) -> Scores:
    """Extract every sentence and count matches (see module docs)."""
    out = Scores()
    fam: dict[str, tuple[Counts, Counts]] = defaultdict(lambda: (Counts(), Counts()))
    for item in items:
        pred = predict(item.sentence, lang)
        gold = item.gold
        vm = match_count(gold, pred, value_match)
        vum = match_count(gold, pred, lambda g, q: value_match(g, q) and unit_match(g, q))
        fv, fvu = fam[item.family]
        for c, m in ((out.value, vm), (out.value_unit, vum), (fv, vm), (fvu, vum)):
            c.tp += len(m)
            c.gold += len(gold)
            c.pred += len(pred)
        for i, j in vm:
            out.matched += 1
            out.qualifier_agree += gold[i].qualifier is pred[j].qualifier
            out.direction_agree += gold[i].direction is pred[j].direction
        gi = {i for i, _ in vm}
        pj = {j for _, j in vm}
        gu = {i for i, _ in vum}
        if len(vm) < len(gold) or len(vm) < len(pred) or len(vum) < len(gold):
            out.mistakes.append(
                Mistake(
                    item.sentence,
                    [gold[i].text for i in range(len(gold)) if i not in gi],
                    [_show(pred[j]) for j in range(len(pred)) if j not in pj],
                    [f"{gold[i].text} <- {_show(pred[j])}" for i, j in vm if i not in gu],
                )
            )
    out.families = dict(fam)
    return out


def score_file(lang: str, part: str = "") -> Scores:
    """The scores of this folder's gold set for ``lang`` (``en.yaml``, ``de.yaml``);
    ``part="holdout"`` scores the hold-out sentences (``en_holdout.yaml``)."""
    name = f"{lang}_{part}.yaml" if part else f"{lang}.yaml"
    return score(load(HERE / name), lang)
