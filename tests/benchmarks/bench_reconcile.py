"""Reconciliation time and peak memory for 10 k, 100 k and 1 M synthetic claims.

Run from the repository root, in the project's virtual environment::

    python tests/benchmarks/bench_reconcile.py                        # 10k, 100k, 1M
    python tests/benchmarks/bench_reconcile.py --sizes 10000,30000 --timeout 120
    python tests/benchmarks/bench_reconcile.py --profile 10000        # where the time goes
    python tests/benchmarks/bench_reconcile.py --json reconcile.json

What it measures
----------------
Each size runs in a fresh subprocess, so its peak resident set size (``ru_maxrss``) is
its own. The subprocess builds the claims (timed and reported separately, not part of the
figure), notes the RSS the claims occupy, runs ``reconcile`` once on 500 of them so
that one-off lazy loading (gazetteer, pint) is reported apart ("warm-up s"), then times
``factcheck.reconcile(claims, articles=articles)`` (wall and CPU seconds) and reports the
peak RSS of the whole process and the findings by kind. A size that has not finished
within ``--timeout`` seconds is stopped and the larger sizes are skipped; the trend of
the smaller sizes (seconds per claim, and the growth exponent between two sizes) is
printed instead. ``--profile N`` runs one size and profiles a second ``reconcile()`` over
the same claims (pyinstrument when installed, else cProfile).

The synthetic claims (deterministic, ``--seed``) mimic what the extractor yields on news
(the seeds give about 45 % event, 35 % quantity and 20 % date claims):

* 40 % quantity claims over ``--concepts`` measure concepts (3,000 by default) drawn with
  a Zipf law, so a few concepts are frequent (as "soldiers", "containers" are) and most
  are rare; 75 % counts, the rest physical quantities (km, t, days), money and
  percentages; half of them name an origin and/or destination country, most carry a time
  (a month, a day, "since" a month), and values scatter around one value per concept,
  origin and destination: 60 % the same figure, 25 % hedged ("about"), 15 % different;
* 40 % event claims (meeting, visit, arrival, departure, signing) with one or two of
  5,000 persons (Zipf, like heads of state in the news), and either a place and a time,
  or a date and a location, among 2,000 cities in 60 countries;
* 20 % date claims;
* attributions from 2,000 sources (persons with roles, ministries, agencies), modalities
  mostly asserted or reported, some planned, estimated, alleged, denied, hypothetical;
* ``--articles`` articles (500 by default: "several hundred"), dated over 2023-2024.

Pooled sub-objects (places, persons, sources, times, measures) are shared between claims,
as frozen models may be; every claim has its own id, span, quote and quantity.

Target: 1 M claims in <= 60 s and <= 4 GB peak on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import math
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

TARGET_SECONDS = 60.0
TARGET_MB = 4096.0
TARGET_SIZE = 1_000_000

_SYL = tuple(
    [
        "ka",
        "ri",
        "to",
        "ma",
        "se",
        "lo",
        "vi",
        "na",
        "de",
        "ru",
        "sa",
        "mi",
        "ko",
        "le",
        "ta",
        "po",
        "ni",
        "ba",
        "go",
        "ra",
        "tu",
        "el",
        "an",
        "or",
        "us",
        "ek",
        "ju",
        "sha",
        "ch",
        "ya",
        "zo",
        "ve",
        "fi",
        "lu",
        "ha",
        "di",
        "ne",
        "mo",
        "pe",
        "ki",
    ]
)
_COUNTRIES = tuple(
    [
        "RU",
        "UA",
        "KP",
        "KR",
        "CN",
        "JP",
        "US",
        "GB",
        "DE",
        "FR",
        "IT",
        "ES",
        "PL",
        "TR",
        "IR",
        "IQ",
        "SY",
        "IL",
        "EG",
        "SA",
        "AE",
        "IN",
        "PK",
        "AF",
        "BD",
        "ID",
        "PH",
        "VN",
        "TH",
        "MY",
        "AU",
        "NZ",
        "CA",
        "MX",
        "BR",
        "AR",
        "CL",
        "CO",
        "PE",
        "VE",
        "ZA",
        "NG",
        "KE",
        "ET",
        "SD",
        "SO",
        "DZ",
        "MA",
        "TN",
        "LY",
        "GR",
        "RO",
        "HU",
        "CZ",
        "AT",
        "CH",
        "NL",
        "BE",
        "SE",
        "NO",
        "FI",
        "DK",
        "BY",
        "GE",
        "AM",
        "AZ",
        "KZ",
    ]
)
_EVENTS = (("meeting", 30), ("visit", 25), ("arrival", 15), ("departure", 15), ("signing", 15))
_UNITS = (("kilometer", "distance"), ("tonne", "mass"), ("day", "duration"), ("meter", "length"))


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(parts)).capitalize()


def _zipf_weights(n: int, s: float = 1.07) -> list[float]:
    return [1.0 / (k**s) for k in range(1, n + 1)]


class Pools:
    """The shared objects the synthetic claims draw on."""

    def __init__(self, rng: random.Random, concepts: int, articles: int) -> None:
        from factcheck.models import (
            Article,
            Attribution,
            Entity,
            EntityKind,
            Place,
            PublishedDate,
            Source,
            TimeKind,
            TimeRef,
        )
        from factcheck.models.article import DatePrecision
        from factcheck.models.attribution import SourceKind
        from factcheck.models.values import PlaceKind

        self.rng = rng
        self.countries = [
            Place(name=c, key=f"country:{c}", kind=PlaceKind.COUNTRY, country=c) for c in _COUNTRIES
        ]
        self.cities: list[Place] = []
        seen: set[str] = set()
        while len(self.cities) < 2000:
            name = _name(rng, rng.choice((2, 3)))
            if name in seen:
                continue
            seen.add(name)
            cc = rng.choice(_COUNTRIES)
            self.cities.append(
                Place(
                    name=name,
                    key=f"city:{name.lower()}",
                    kind=PlaceKind.CITY,
                    country=cc,
                    within=(f"country:{cc}",),
                )
            )
        self.city_w = _zipf_weights(len(self.cities))
        self.persons: list[Entity] = []
        seen = set()
        while len(self.persons) < 5000:
            name = f"{_name(rng, 2)} {_name(rng, rng.choice((2, 3)))}"
            if name in seen:
                continue
            seen.add(name)
            self.persons.append(
                Entity(
                    name=name,
                    key=name.lower().replace(" ", ""),
                    kind=EntityKind.PERSON,
                    country=rng.choice(_COUNTRIES),
                )
            )
        self.person_w = _zipf_weights(len(self.persons))
        kinds = (
            (SourceKind.PERSON, "Minister"),
            (SourceKind.PERSON, "Sprecher"),
            (SourceKind.GOVERNMENT, None),
            (SourceKind.AGENCY, None),
            (SourceKind.ORGANISATION, None),
        )
        self.attributions = [Attribution()]
        for i in range(2000):
            kind, role = kinds[i % len(kinds)]
            cc = rng.choice(_COUNTRIES)
            if kind is SourceKind.PERSON:
                name = f"{_name(rng, 2)} {_name(rng, 3)}"
            elif kind is SourceKind.GOVERNMENT:
                name = f"{_name(rng, 3)}ministerium in {cc}"
            else:
                name = f"{_name(rng, 2)} {'News' if kind is SourceKind.AGENCY else 'Institut'}"
            src = Source(
                name=name,
                key=f"src{i}",
                kind=kind,
                role=role,
                country=cc,
            )
            self.attributions.append(Attribution(chain=(src,), phrase="sagte"))
        self.attr_w = [30.0, *_zipf_weights(2000)]
        self.concepts = sorted({_name(rng, 3) for _ in range(concepts * 2)})[:concepts]
        rng.shuffle(self.concepts)
        self.concept_w = _zipf_weights(len(self.concepts))
        # times: months, days and "since" months of 2023-2024
        self.months = []
        self.days = []
        self.since = []
        for y in (2023, 2024):
            for m in range(1, 13):
                first = dt.date(y, m, 1)
                last = (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)
                self.months.append(
                    TimeRef(
                        start=first,
                        end=last,
                        precision=DatePrecision.MONTH,
                        kind=TimeKind.PERIOD,
                        phrase=f"im {m}/{y}",
                    )
                )
                self.since.append(
                    TimeRef(
                        start=first,
                        precision=DatePrecision.MONTH,
                        kind=TimeKind.SINCE,
                        phrase=f"seit {m}/{y}",
                    )
                )
        d = dt.date(2023, 1, 1)
        while d.year < 2025:
            self.days.append(
                TimeRef(
                    start=d,
                    end=d,
                    precision=DatePrecision.DAY,
                    phrase=f"am {d.day}.{d.month}.",
                    weekday=d.weekday() if d.day % 3 == 0 else None,
                )
            )
            d += dt.timedelta(days=1)
        self.articles = []
        for i in range(articles):
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(730))
            self.articles.append(
                Article(
                    id=f"art{i:05d}",
                    path=f"<synthetic {i}>",
                    text="Synthetic article. " * 20,
                    language=rng.choice(("de", "en")),
                    published=PublishedDate(date=day, precision=DatePrecision.DAY),
                    source=f"Outlet {i % 40}",
                )
            )
        self.measures: dict[tuple[object, ...], Any] = {}
        self.base: dict[tuple[object, ...], float] = {}


def build_claims(
    n: int, seed: int, concepts: int, articles: int, part: int = 0, parts: int = 1
) -> tuple[list[Any], Pools]:
    """``n`` synthetic claims and the pools (with the articles) they were drawn from.

    With ``parts`` > 1: the claims of part ``part`` of a run cut into ``parts`` by
    article (tests/benchmarks/bench_scale.py builds each part on a worker): the same
    pools, the articles ``part::parts`` only, and a random stream of the part's own."""
    from factcheck.models import (
        Claim,
        Measure,
        Modality,
        Qualifier,
        Quantity,
        Span,
        UnitKind,
        claim_id,
    )

    rng = random.Random(seed)
    p = Pools(rng, concepts, articles)
    if parts > 1:
        p.articles = p.articles[part::parts]
        rng.seed(seed * 1_000_003 + part)
    modalities = [
        Modality.ASSERTED,
        Modality.REPORTED,
        Modality.PLANNED,
        Modality.ESTIMATED,
        Modality.ALLEGED,
        Modality.DENIED,
        Modality.HYPOTHETICAL,
    ]
    mod_w = [55, 20, 10, 6, 4, 3, 2]
    n_q, n_e = int(n * 0.4), int(n * 0.4)
    kinds = ["quantity"] * n_q + ["event"] * n_e + ["date"] * (n - n_q - n_e)
    rng.shuffle(kinds)
    # draw the Zipf choices in bulk (much faster than one by one)
    concept_ix = iter(rng.choices(range(len(p.concepts)), p.concept_w, k=n_q))
    city_ix = iter(rng.choices(range(len(p.cities)), p.city_w, k=n_e))
    person_ix = iter(rng.choices(range(len(p.persons)), p.person_w, k=2 * n_e))
    attr_ix = iter(rng.choices(range(len(p.attributions)), p.attr_w, k=n))
    mods = iter(rng.choices(modalities, mod_w, k=n))
    events = iter(rng.choices([e for e, _ in _EVENTS], [w for _, w in _EVENTS], k=n_e))
    claims: list[Any] = []
    offsets: Counter[str] = Counter()
    for kind in kinds:
        art = p.articles[rng.randrange(len(p.articles))]
        start = offsets[art.id]
        offsets[art.id] += rng.randint(20, 120)
        attribution = p.attributions[next(attr_ix)]
        modality = next(mods)
        sentence = Span(start=max(0, start - 40), end=start + 80)
        if kind == "quantity":
            ci = next(concept_ix)
            lemma = p.concepts[ci]
            r = rng.random()
            origin = rng.choice(_COUNTRIES[:12]) if r < 0.35 else None
            dest = rng.choice(_COUNTRIES[:12]) if 0.2 < r < 0.5 else None
            content = (p.concepts[(ci * 7) % len(p.concepts)],) if rng.random() < 0.2 else ()
            sort = ci % 20
            if sort < 15:
                unit, unit_kind, thing = lemma, UnitKind.COUNT, lemma
            elif sort < 17:
                unit, dim = _UNITS[ci % len(_UNITS)]
                unit_kind, thing = UnitKind.PHYSICAL, f"{dim}:{lemma}"
            elif sort < 19:
                unit, unit_kind, thing = ("EUR", "USD")[ci % 2], UnitKind.CURRENCY, f"cost:{lemma}"
            else:
                unit, unit_kind, thing = "percent", UnitKind.PERCENT, f"share:{lemma}"
            mkey = (lemma, thing, origin, dest, content, ci % 9 == 0)
            measure = p.measures.get(mkey)
            if measure is None:
                measure = Measure(
                    thing=thing,
                    concept=lemma.lower() if unit_kind is UnitKind.COUNT else None,
                    surface=lemma,
                    content=content,
                    origin=f"country:{origin}" if origin else None,
                    destination=f"country:{dest}" if dest else None,
                    cumulative=True if ci % 9 == 0 else None,
                )
                p.measures[mkey] = measure
            bkey = (lemma, origin, dest)
            base = p.base.get(bkey)
            if base is None:
                raw = 10 ** rng.uniform(0.5, 6.5) if unit_kind is not UnitKind.PERCENT else 50
                base = float(f"{raw:.2g}")
                p.base[bkey] = base
            v = rng.random()
            if v < 0.6:
                q = Quantity.hedged(base, unit=unit, unit_kind=unit_kind, precision=_prec(base))
            elif v < 0.85:
                val = float(f"{base * rng.uniform(0.95, 1.05):.2g}")
                q = Quantity.hedged(
                    val, Qualifier.APPROX, unit=unit, unit_kind=unit_kind, precision=_prec(val)
                )
            else:
                val = float(f"{base * rng.choice((0.5, 0.7, 1.5, 2.0)):.2g}")
                q = Quantity.hedged(val, unit=unit, unit_kind=unit_kind, precision=_prec(val))
            t = rng.random()
            when = (
                p.months[rng.randrange(24)]
                if t < 0.35
                else p.since[rng.randrange(24)]
                if t < 0.55
                else p.days[rng.randrange(len(p.days))]
                if t < 0.7
                else None
            )
            quote = f"{q.nominal:g} {lemma}"
            span = Span(start=start, end=start + len(quote))
            claims.append(
                Claim(
                    id=claim_id(art.id, kind, span),
                    article=art.id,
                    span=span,
                    quote=quote,
                    sentence=sentence,
                    kind="quantity",
                    measure=measure,
                    quantity=q,
                    time=when,
                    attribution=attribution,
                    modality=modality,
                    confidence=0.9 if rng.random() < 0.9 else 0.5,
                )
            )
        elif kind == "event":
            event = next(events)
            a1 = p.persons[next(person_ix)]
            a2 = p.persons[next(person_ix)]
            actors = (a1,) if rng.random() < 0.6 or a1 is a2 else (a1, a2)
            city = p.cities[next(city_ix)]
            day = p.days[rng.randrange(len(p.days))]
            span = Span(start=start, end=start + 12)
            common: dict[str, Any] = {
                "article": art.id,
                "span": span,
                "quote": day.phrase,
                "sentence": sentence,
                "kind": "event",
                "event": event,
                "actors": actors,
                "attribution": attribution,
                "modality": modality,
                "confidence": 0.7,
            }
            if rng.random() < 0.5:
                claims.append(
                    Claim(id=claim_id(art.id, kind, span, "place"), place=city, time=day, **common)
                )
            else:
                claims.append(
                    Claim(
                        id=claim_id(art.id, kind, span, "date"), date=day, location=city, **common
                    )
                )
        else:
            day = p.days[rng.randrange(len(p.days))]
            span = Span(start=start, end=start + 12)
            claims.append(
                Claim(
                    id=claim_id(art.id, "date", span),
                    article=art.id,
                    span=span,
                    quote=day.phrase,
                    sentence=sentence,
                    kind="date",
                    date=day,
                    attribution=attribution,
                    modality=modality,
                    confidence=0.8,
                )
            )
    return claims, p


def _prec(v: float) -> float:
    """The rounding step a figure written with two significant digits implies."""
    if v == 0:
        return 1.0
    return float(10 ** max(0, math.floor(math.log10(abs(v))) - 1))


def _rss_now_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


# -- subprocess mode --------------------------------------------------------------------
def worker(n: int, args: argparse.Namespace) -> dict[str, Any]:
    """Build ``n`` claims, then time reconcile over them; one fresh process per size."""
    t0 = time.perf_counter()
    import factcheck

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    claims, pools = build_claims(n, args.seed, args.concepts, args.articles)
    build_s = time.perf_counter() - t0
    gc.collect()
    rss_claims = _rss_now_mb()
    kinds = Counter(c.kind for c in claims)
    # one-off lazy loads (gazetteer, pint, name folding tables) on a small sample first
    t0 = time.perf_counter()
    factcheck.reconcile(claims[:500], articles=pools.articles)
    warmup_s = time.perf_counter() - t0
    load_before = _common.load_now()
    w0, c0 = time.perf_counter(), time.process_time()
    found = factcheck.reconcile(claims, articles=pools.articles)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    out: dict[str, Any] = {
        "claims": n,
        "claim_kinds": dict(kinds),
        "articles": len(pools.articles),
        "import_s": import_s,
        "build_s": build_s,
        "rss_after_build_mb": rss_claims,
        "warmup_s": warmup_s,
        "reconcile_wall_s": wall,
        "reconcile_cpu_s": cpu,
        "peak_rss_mb": _common.peak_rss_mb(),
        "findings": len(found),
        "findings_by_kind": dict(Counter(d.kind.value for d in found)),
        "load_before": load_before,
        "load_after": _common.load_now(),
    }
    if args.profile_run:
        del found
        gc.collect()
        out["profile"] = f"reconcile() over {n:,} claims (a second run): " + _common.profile_call(
            lambda: factcheck.reconcile(claims, articles=pools.articles)
        )
    return out


# -- the orchestrating process ----------------------------------------------------------
def _run_size(n: int, args: argparse.Namespace, profile: bool) -> dict[str, Any]:
    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        str(n),
        "--seed",
        str(args.seed),
        "--concepts",
        str(args.concepts),
        "--articles",
        str(args.articles),
    ]
    if profile:
        argv.append("--profile-run")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            argv, capture_output=True, text=True, check=False, timeout=args.timeout
        )
    except subprocess.TimeoutExpired:
        return {"claims": n, "timed_out": True, "timeout_s": args.timeout}
    if proc.returncode != 0:
        raise SystemExit(f"bench_reconcile: size {n} failed:\n{proc.stderr}")
    res: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    res["process_s"] = time.perf_counter() - t0
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="claim counts, comma-separated")
    ap.add_argument("--articles", type=int, default=500, help="number of articles")
    ap.add_argument("--concepts", type=int, default=3000, help="number of measure concepts")
    ap.add_argument("--seed", type=int, default=1, help="random seed of the synthetic claims")
    ap.add_argument("--timeout", type=float, default=300, help="seconds allowed per size")
    ap.add_argument("--force", action="store_true", help="run larger sizes after a timeout")
    ap.add_argument("--profile", type=int, metavar="N", help="profile reconcile of N claims only")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-': stdout)")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--profile-run", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        print(json.dumps(worker(args.worker, args)))
        return 0

    result: dict[str, Any] = {
        "machine": _common.machine(),
        "targets": {"claims": TARGET_SIZE, "seconds": TARGET_SECONDS, "peak_mb": TARGET_MB},
        "settings": {"articles": args.articles, "concepts": args.concepts, "seed": args.seed},
        "runs": [],
    }
    _common.print_machine(result["machine"])
    if args.profile:
        res = _run_size(args.profile, args, profile=True)
        result["runs"].append(res)
        if res.get("timed_out"):
            print(f"{args.profile:,} claims: not finished within {args.timeout:.0f} s")
        else:
            _print_runs([res])
            print("\n" + res["profile"])
        _common.write_json(args.json, result)
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    timed_out = False
    for n in sizes:
        if timed_out and not args.force:
            result["runs"].append({"claims": n, "skipped": True})
            print(f"{n:,} claims: skipped (a smaller size did not finish)", flush=True)
            continue
        print(f"{n:,} claims: running ...", flush=True)
        res = _run_size(n, args, profile=False)
        result["runs"].append(res)
        if res.get("timed_out"):
            timed_out = True
            print(f"{n:,} claims: not finished within {args.timeout:.0f} s, stopped", flush=True)
    print(
        f"\n{args.articles} articles, {args.concepts:,} measure concepts, seed {args.seed}; "
        "building the claims is not timed"
    )
    done = [r for r in result["runs"] if "reconcile_cpu_s" in r]
    _print_runs(done)
    result["trend"] = _trend(done)
    for line in result["trend"]["lines"]:
        print(line)
    big = next((r for r in done if r["claims"] >= TARGET_SIZE), None)
    if big is not None:
        print(
            f"target {TARGET_SIZE:,} claims in <= {TARGET_SECONDS:.0f} s: "
            f"{big['reconcile_wall_s']:.1f} s -> "
            f"{_common.verdict(big['reconcile_wall_s'], TARGET_SECONDS, higher_is_better=False)}"
            f"; <= {TARGET_MB:.0f} MB: {big['peak_rss_mb']:.0f} MB -> "
            f"{_common.verdict(big['peak_rss_mb'], TARGET_MB, higher_is_better=False)}"
        )
    else:
        est = result["trend"].get("estimate_1m_s")
        verdict = (
            f"; extrapolated from the two largest sizes: about {est:,.0f} s, which would be "
            + _common.verdict(est, TARGET_SECONDS, higher_is_better=False)
            if est
            else ""
        )
        print(f"target {TARGET_SIZE:,} claims in <= {TARGET_SECONDS:.0f} s: not measured{verdict}")
    _common.write_json(args.json, result)
    return 0


def _print_runs(runs: list[dict[str, Any]]) -> None:
    rows = []
    for r in runs:
        rows.append(
            [
                f"{r['claims']:,}",
                r["build_s"],
                r["rss_after_build_mb"],
                r.get("warmup_s"),
                r["reconcile_wall_s"],
                r["reconcile_cpu_s"],
                r["peak_rss_mb"],
                1e6 * r["reconcile_cpu_s"] / r["claims"],
                r["findings"],
                f"{r['load_before']} -> {r['load_after']}",
            ]
        )
    print(
        _common.table(
            [
                "claims",
                "build s",
                "RSS claims MB",
                "warm-up s",
                "reconcile s",
                "CPU s",
                "peak RSS MB",
                "CPU us/claim",
                "findings",
                "load average",
            ],
            rows,
        )
    )
    for r in runs:
        print(
            f"  {r['claims']:,} claims: findings {r['findings_by_kind']}, kinds {r['claim_kinds']}"
        )


def _trend(done: list[dict[str, Any]]) -> dict[str, Any]:
    """Growth exponent between consecutive sizes and a 1 M estimate from the last two."""
    out: dict[str, Any] = {"lines": []}
    for a, b in itertools.pairwise(done):
        k = math.log(b["reconcile_cpu_s"] / a["reconcile_cpu_s"]) / math.log(
            b["claims"] / a["claims"]
        )
        out["lines"].append(
            f"growth {a['claims']:,} -> {b['claims']:,}: time ~ n^{k:.2f} "
            f"(1.0 = linear, 2.0 = every pair compared)"
        )
        out[f"exponent_{a['claims']}_{b['claims']}"] = k
        if b["claims"] < TARGET_SIZE and done[-1]["claims"] < TARGET_SIZE:
            est = b["reconcile_cpu_s"] * (TARGET_SIZE / b["claims"]) ** k
            out["estimate_1m_s"] = est
    if "estimate_1m_s" in out:
        out["lines"].append(
            f"extrapolated to 1,000,000 claims: about {out['estimate_1m_s']:,.0f} s"
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
