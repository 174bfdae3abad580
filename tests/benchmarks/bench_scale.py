"""Scale-out on Dask: 2 workers against 1 on a few MB of news, and 1 M synthetic claims
reconciled on the cluster with the peak memory of every worker.

Run from the repository root, in the project's virtual environment with the ``dask``
extra (``pip install -e '.[dask]'``)::

    python tests/benchmarks/bench_scale.py                      # both parts
    python tests/benchmarks/bench_scale.py --part news --copies 8
    python tests/benchmarks/bench_scale.py --part claims --claims 1000000 --workers 2
    python tests/benchmarks/bench_scale.py --json scale.json
    python tests/benchmarks/bench_scale.py --part claims --claims 40000 --compare

What it measures
----------------
``news``: the seed articles and the development corpus (../shared/corpus, when present)
copied ``--copies`` times into a temporary folder under other names, so that each copy
is a separate article (a few MB of news). For 1 and then 2 worker processes (a
LocalCluster, one thread per worker, warmed up first: the extraction engine and its
tables loaded in every worker), the wall-clock time of ``factcheck.check(folder,
client=...)`` (read, extract, reconcile, gather the report), best of ``--repeat`` runs;
the ratio is the speed-up (target >= 1.6). On a machine shared with other jobs the
workers may not get a core each, so the CPU seconds of every worker and of the client
are measured too, and the speed-up a core per worker gives is printed beside the
wall-clock one (the busiest worker's CPU time plus the client's, 1 worker against 2).
The local run's CPU seconds per article and
input KB per article are printed too (for the capacity estimate in docs/scale-out.md),
and the reports are checked to be the same.

``claims``: ``--claims`` synthetic claims of tests/benchmarks/bench_reconcile.py (the
same generator and pools), built on the workers in ``--parts`` parts by article (as
extraction leaves them; each part with a random stream of its own), then reconciled on
the cluster by ``factcheck.distributed``'s block tasks, the parts let go once routed (as
``--format jsonl`` runs do; ``--keep-parts`` keeps them on the workers, as a report
run does until the client has gathered them). Prints the wall time, the CPU seconds of
every worker and of the client, and every worker's peak resident set size
(``ru_maxrss`` of the worker process; target: no worker above 2 GB). With ``--compare``
(for small ``--claims``), the same claims are built again in the client and reconciled
by the local engine, and the findings compared (ids, order, text).

The machine's load average is printed with the figures: on a shared machine, other
processes take CPU from the workers.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common

TARGET_SPEEDUP = 1.6
TARGET_WORKER_MB = 2048.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _cluster(workers: int) -> Any:
    """The cluster ``--scheduler local:N`` starts, with no memory limit (a worker's
    peak is measured, not capped)."""
    from factcheck.distributed import local_cluster

    return local_cluster(workers, memory_limit=0)


# -- news ---------------------------------------------------------------------------------
def _news(folder: Path, copies: int) -> tuple[int, int]:
    sources = sorted((_common.ROOT / "seeds").glob("*.txt"))
    corpus = _common.ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        sources += sorted(corpus.glob("*/*.txt"))
    size = 0
    for k in range(copies):
        for i, f in enumerate(sources):
            target = folder / f"c{k:02d}-{i:03d}-{f.name}"
            shutil.copy(f, target)
            size += target.stat().st_size
    return copies * len(sources), size


def news(args: argparse.Namespace) -> dict[str, Any]:
    from distributed import Client

    import factcheck
    from factcheck.distributed._tasks import warm_up

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n, size = _news(folder, args.copies)
        out.update(articles=n, input_mb=round(size / 2**20, 2))
        factcheck.check([folder / "c00-000-x.txt"])  # warm this process
        w0, c0 = time.perf_counter(), time.process_time()
        local = factcheck.check([folder])
        out["local_wall_s"] = time.perf_counter() - w0
        cpu = time.process_time() - c0
        out["local_cpu_s"] = cpu
        out["cpu_ms_per_article"] = 1000 * cpu / n
        out["kb_per_article"] = size / 1024 / n
        out["claims_per_article"] = len(local.claims) / n
        out["local_peak_rss_mb"] = _common.peak_rss_mb()
        expected = json.loads(local.to_json())
        for workers in (1, 2):
            with _cluster(workers) as cluster, Client(cluster) as client:
                client.run(warm_up)
                best = float("inf")
                load = _common.load_now()
                for _ in range(args.repeat):
                    before = client.run(_cpu_s)
                    t0, c0 = time.perf_counter(), time.process_time()
                    report = factcheck.check([folder], client=client)
                    wall = time.perf_counter() - t0
                    if wall < best:
                        best = wall
                        after = client.run(_cpu_s)
                        out[f"workers_{workers}_cpu_s"] = sorted(
                            round(after[w] - before[w], 2) for w in after
                        )
                        out[f"workers_{workers}_client_cpu_s"] = time.process_time() - c0
                out[f"workers_{workers}_s"] = best
                out[f"workers_{workers}_load"] = load
                out[f"workers_{workers}_same_report"] = json.loads(report.to_json()) == expected
                out[f"workers_{workers}_peak_mb"] = max(client.run(_peak_rss_mb).values())
        out["speedup"] = out["workers_1_s"] / out["workers_2_s"]
        # what the split of the work gives when every worker has a core of its own: the
        # busiest worker's CPU time plus the client's, 1 worker against 2
        one = max(out["workers_1_cpu_s"]) + out["workers_1_client_cpu_s"]
        two = max(out["workers_2_cpu_s"]) + out["workers_2_client_cpu_s"]
        out["cpu_speedup"] = one / two
    return out


# -- claims ---------------------------------------------------------------------------------
def _build_part(n: int, part: int, parts: int) -> Any:
    """One part of the synthetic claims, built on a worker (claims by article, as
    extraction leaves them)."""
    import bench_reconcile

    from factcheck.distributed._tasks import Part

    made, pools = bench_reconcile.build_claims(n, 1, 3000, 500, part, parts)
    return Part(list(pools.articles), made, [])


def claims(args: argparse.Namespace) -> dict[str, Any]:
    from distributed import Client

    from factcheck.distributed import _run, _tasks

    out: dict[str, Any] = {"claims": args.claims, "workers": args.workers, "parts": args.parts}
    here = str(Path(__file__).resolve().parent)
    with _cluster(args.workers) as cluster, Client(cluster) as client:
        client.run(sys.path.insert, 0, here)
        client.run(_tasks.warm_up)
        t0 = time.perf_counter()
        share = args.claims // args.parts
        futures = [
            client.submit(_build_part, share, p, args.parts, pure=False) for p in range(args.parts)
        ]
        summaries = client.gather([client.submit(_tasks.summarize, f) for f in futures])
        out["build_s"] = time.perf_counter() - t0
        out["built_peak_mb"] = sorted(round(v) for v in client.run(_peak_rss_mb).values())
        load = _common.load_now()
        before = client.run(_cpu_s)
        t0, c0 = time.perf_counter(), time.process_time()
        found = _run.reconcile_parts(
            client,
            _run.Extracted(futures, summaries),
            _run.Options(hot_block=args.hot_block),
            release=not args.keep_parts,
        ).findings
        out["reconcile_wall_s"] = time.perf_counter() - t0
        out["client_cpu_s"] = time.process_time() - c0
        after = client.run(_cpu_s)
        out["worker_cpu_s"] = sorted(round(after[w] - before[w], 1) for w in after)
        out["load_before"] = load
        out["load_after"] = _common.load_now()
        out["findings"] = len(found)
        out["worker_peak_mb"] = sorted(round(v) for v in client.run(_peak_rss_mb).values())
    out["client_peak_mb"] = round(_common.peak_rss_mb())
    if args.compare:
        # the same parts built again here (the generator is seeded), reconciled in this
        # process by the local engine: the same findings, ids and order?
        import factcheck

        sys.path.insert(0, here)
        built = [_build_part(share, p, args.parts) for p in range(args.parts)]
        local = factcheck.reconcile(
            [c for b in built for c in b.claims],
            articles=list({a.id: a for b in built for a in b.articles}.values()),
        )
        out["same_as_local"] = [d.id for d in found] == [d.id for d in local] and found == local
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("news", "claims", "both"), default="both")
    ap.add_argument("--copies", type=int, default=24, help="copies of seeds and corpus")
    ap.add_argument("--repeat", type=int, default=2, help="runs per cluster size (best kept)")
    ap.add_argument("--claims", type=int, default=1_000_000, help="synthetic claims")
    ap.add_argument("--workers", type=int, default=2, help="workers for the claims part")
    ap.add_argument("--parts", type=int, default=16, help="parts the claims are sent in")
    ap.add_argument(
        "--hot-block", type=int, default=50_000, help="claims of one key that make it hot"
    )
    ap.add_argument(
        "--compare",
        action="store_true",
        help="also reconcile the synthetic claims locally and compare (for small --claims)",
    )
    ap.add_argument(
        "--keep-parts",
        action="store_true",
        help="keep the parts on the workers while reconciling (as a report needs them)",
    )
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON ('-': stdout)")
    args = ap.parse_args(argv)
    info = _common.machine()
    _common.print_machine(info)
    result: dict[str, Any] = {"machine": info}
    if args.part in ("news", "both"):
        r = news(args)
        result["news"] = r
        print(
            f"\nnews: {r['articles']} articles, {r['input_mb']} MB; local run "
            f"{r['local_wall_s']:.1f} s wall, {r['cpu_ms_per_article']:.1f} ms CPU, "
            f"{r['kb_per_article']:.1f} KB and {r['claims_per_article']:.1f} claims per article, "
            f"peak {r['local_peak_rss_mb']:.0f} MB"
        )
        print(
            _common.table(
                [
                    "workers",
                    "wall s (best)",
                    "worker CPU s",
                    "client CPU s",
                    "load before",
                    "same report",
                    "worker peak MB",
                ],
                [
                    [
                        w,
                        f"{r[f'workers_{w}_s']:.2f}",
                        str(r[f"workers_{w}_cpu_s"]),
                        f"{r[f'workers_{w}_client_cpu_s']:.2f}",
                        r[f"workers_{w}_load"],
                        r[f"workers_{w}_same_report"],
                        round(r[f"workers_{w}_peak_mb"]),
                    ]
                    for w in (1, 2)
                ],
            )
        )
        print(
            f"speed-up 2 vs 1 workers, wall clock: {r['speedup']:.2f}x "
            + _common.verdict(r["speedup"], TARGET_SPEEDUP, higher_is_better=True)
        )
        print(
            f"speed-up by CPU time (busiest worker + client, as with a core per worker): "
            f"{r['cpu_speedup']:.2f}x "
            + _common.verdict(r["cpu_speedup"], TARGET_SPEEDUP, higher_is_better=True)
        )
    if args.part in ("claims", "both"):
        r = claims(args)
        result["claims"] = r
        worst = max(r["worker_peak_mb"])
        print(
            f"\nclaims: {r['claims']:,} synthetic claims in {r['parts']} parts on "
            f"{r['workers']} workers: built there in {r['build_s']:.0f} s (worker peaks then "
            f"{r['built_peak_mb']} MB), reconciled in {r['reconcile_wall_s']:.1f} s "
            f"(worker CPU {r['worker_cpu_s']} s, client CPU {r['client_cpu_s']:.1f} s; load "
            f"{r['load_before']} -> {r['load_after']}), {r['findings']:,} findings; worker "
            f"peaks {r['worker_peak_mb']} MB, client peak {r['client_peak_mb']} MB; no worker "
            "above 2 GB: " + _common.verdict(worst, TARGET_WORKER_MB, higher_is_better=False)
        )
        if "same_as_local" in r:
            print(f"same findings, ids and order as the local engine: {r['same_as_local']}")
    _common.write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
