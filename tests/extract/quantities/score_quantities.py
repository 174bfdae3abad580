"""Print value F1 and value+unit F1 of the quantity test set, per language.

Run from the repository root, in the project's virtual environment::

    python tests/extract/quantities/score_quantities.py            # en and de
    python tests/extract/quantities/score_quantities.py en --errors
    python tests/extract/quantities/score_quantities.py --holdout  # the hold-out sentences

``--errors`` lists every sentence with a missed, spurious or wrongly united quantity;
``--families`` adds the figures per family of sentences. The matching rules are in
``tests/extract/quantities/scorer.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.extract.quantities.scorer import Counts, Scores, score_file


def _row(name: str, v: Counts, vu: Counts) -> str:
    return (
        f"{name:<10} gold {v.gold:4d} pred {v.pred:4d} | value P {v.precision:5.1f} "
        f"R {v.recall:5.1f} F1 {v.f1:5.1f} | value+unit P {vu.precision:5.1f} "
        f"R {vu.recall:5.1f} F1 {vu.f1:5.1f}"
    )


def report(lang: str, s: Scores, errors: bool, families: bool) -> None:
    print(_row(lang, s.value, s.value_unit))
    if s.matched:
        print(
            f"{'':<10} on value-matched pairs: qualifier agrees "
            f"{100 * s.qualifier_agree / s.matched:.1f}%, direction agrees "
            f"{100 * s.direction_agree / s.matched:.1f}%"
        )
    if families:
        for fam, (v, vu) in sorted(s.families.items()):
            print("  " + _row(fam, v, vu))
    if errors:
        for m in s.mistakes:
            print(f"  - {m.sentence}")
            for g in m.missed:
                print(f"      missed   {g}")
            for p in m.spurious:
                print(f"      spurious {p}")
            for w in m.wrong_unit:
                print(f"      unit     {w}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("langs", nargs="*", default=["en", "de"])
    ap.add_argument("--errors", action="store_true", help="list the sentences with errors")
    ap.add_argument("--families", action="store_true", help="figures per family")
    ap.add_argument(
        "--holdout", action="store_true", help="score the hold-out sentences (<lang>_holdout.yaml)"
    )
    args = ap.parse_args(argv)
    for lang in args.langs:
        part = "holdout" if args.holdout else ""
        report(lang, score_file(lang, part), args.errors, args.families)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
