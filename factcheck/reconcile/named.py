"""The ages of one named person across the blocks of kinds.

An age is blocked by the kind of person it is of (``age:captain``, ``age:man``; see
:func:`factcheck.reconcile.quantities.measure_key`), or, of no kind, with every age of no
kind (``age``), where the person's name keeps two people apart. One person named in two
articles may be given a kind in one and none in the other ("the boat's skipper, Tom Hale,
54" and "Tom Hale, 45"; "der 71-Jährige" after "von Walter Kessler eröffnet" and
"Seniorchef Walter Kessler (72)"): the two ages sit in two blocks and would never meet.
This check takes every named age and compares the ages of one name that lie in more than
one block, as one block; the findings two ages of one block give are the same there and
here, and are kept once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from factcheck.models import Article, Claim, Discrepancy
from factcheck.reconcile.quantities import STATED_MODALITIES, measure_key


def is_named_age(c: Claim) -> bool:
    """True for an age an article states of a named person, which a block compares."""
    m = c.measure
    return (
        bool(c.actors)  # the cheaper tests first: the engine asks every figure
        and m is not None
        and m.thing == "age"
        and c.quantity is not None
        and c.modality in STATED_MODALITIES
        and measure_key(c) is not None
    )


def named_age_findings(
    claims: Iterable[Claim], arts: Mapping[str, Article]
) -> Iterator[Discrepancy]:
    """Findings among the ages of each named person whose ages lie in several blocks, in
    a stable order (by name)."""
    from factcheck.reconcile.engine import block_findings

    by_name: dict[str, dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        by_name[c.actors[0].key][c.id] = c
    for name in sorted(by_name):
        group = [by_name[name][i] for i in sorted(by_name[name])]
        if len({c.article for c in group}) < 2 or len({measure_key(c) for c in group}) < 2:
            continue  # one article, or one block that compares them already
        yield from block_findings(group, arts)


__all__ = ["is_named_age", "named_age_findings"]
