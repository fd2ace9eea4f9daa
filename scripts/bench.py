"""Speed, scale, memory, and what the aligner is worth.

    .venv/bin/python scripts/bench.py speed --sizes 5 20 50 --threads 2
    .venv/bin/python scripts/bench.py pairs --limit 20 --split test --threads 2
    .venv/bin/python scripts/bench.py sweep --limit 20 --threads 2        # dev split only

speed  Each cluster size runs in its own subprocess (so its peak resident memory is its own):
       ingest ("load"), model loading, one cold and one warm `check_cluster`, and rendering
       md + html + json ("report"). Clusters are real GVA text: the 5-article cluster is one
       real incident; 20 and 50 articles are more than any incident has, so those concatenate
       the articles of several incidents of one GVA category (a synthetic cluster; said so in
       the output).
pairs  Planted conflicts (scripts/planting.py) in real GVA clusters, judged twice with the
       same models: the aligned pipeline (defaults) and an all-pairs run (every cross-article
       pair goes to the NLI model and the slot comparison). Reports the pairs each judged and
       the planted-conflict recall of each: the ratio is the aligner's worth.
sweep  The same on the dev split under a small grid of align/decide settings, to show how far a
       default is from its best. Never run it on the split you report.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_clusters as ev
from eval_clusters import git_commit

MIN_WORDS = 50  # stubs and paywall pages (403 GVA articles are shorter) are not articles


# ---------------------------------------------------------------------------- clusters by size


def bench_records(eval_dir: Path, size: int) -> tuple[list[dict[str, Any]], str]:
    """`size` real GVA articles as one cluster, and how it was made."""
    path = eval_dir / "clusters" / "gva_longtail" / "gva_incident_clusters.jsonl"
    if not path.exists():
        sys.exit(f"{path}: not found; pass --eval-dir pointing at shared/eval")
    rows = ev.read_jsonl(path)  # sorted by number of outlets, most first
    good = [[r for r in ev.gva_records(row) if len(r["text"].split()) >= MIN_WORDS] for row in rows]
    for row, recs in zip(rows, good, strict=True):
        if len(recs) >= size:
            picked = recs[:size]
            for r in picked:
                r["cluster_id"] = f"bench-{size}"
            return picked, f"real: the first {size} articles of incident {row['cluster_id']}"
    # No incident is this big: concatenate incidents of one category, largest first.
    category = "mass_shootings"
    picked, used = [], []
    for row, recs in zip(rows, good, strict=True):
        if category in row.get("gva_categories", []) and len(recs) >= 2:
            picked.extend(recs[: size - len(picked)])
            used.append(row["cluster_id"])
            if len(picked) >= size:
                break
    for r in picked:
        r["cluster_id"] = f"bench-{size}"
    return picked, f"synthetic: {size} articles of {len(used)} '{category}' incidents concatenated"


def run_size(eval_dir: Path, size: int, overrides: list[str]) -> dict[str, Any]:
    """One cluster size, in this process: the child side of `speed`."""
    from factcheck.pipeline import check_cluster, load_default_models
    from factcheck.report import render

    config = ev.load_config(None, overrides)
    records, how = bench_records(eval_dir, size)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        articles = ev.load_articles(records, Path(tmp), "bench")[f"bench-{size}"]
        load_s = time.perf_counter() - t
    t = time.perf_counter()
    embedder, nli = load_default_models(config)
    models_s = time.perf_counter() - t
    runs = []
    for label in ("cold", "warm"):  # cold: first use of the models (lazy inits, caches)
        t = time.perf_counter()
        report = check_cluster(
            articles,
            config,
            cluster_id=f"bench-{size}",
            embedder=embedder,
            nli=nli,
            extra_seconds={"load": load_s},
        )
        pipeline_s = time.perf_counter() - t
        t = time.perf_counter()
        for fmt in ("md", "html", "json"):
            render([report], fmt, config.report)
        report_s = time.perf_counter() - t
        stages = {**report.stats.seconds_per_stage, "report": report_s}
        total = load_s + pipeline_s + report_s
        runs.append(
            {
                "run": label,
                "seconds_end_to_end": round(total, 2),
                "articles_per_minute": round(60 * len(articles) / total, 1),
                "seconds_per_stage": {k: round(v, 3) for k, v in stages.items()},
            }
        )
    s = report.stats
    return {
        "size": size,
        "articles": len(articles),
        "cluster": how,
        "statements": s.statements,
        "all_pairs": s.all_pairs,
        "pairs_judged": s.pairs_judged,
        "pair_reduction": round(s.all_pairs / s.pairs_judged, 1) if s.pairs_judged else None,
        "conflicts": s.conflicts,
        "agreements": s.agreements,
        "seconds_model_load": round(models_s, 2),
        "runs": runs,
        # Linux reports kilobytes.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def speed(
    args: argparse.Namespace, overrides: list[str], partial: Path | None = None
) -> dict[str, Any]:
    results = []
    for size in args.sizes:
        cmd = [
            sys.executable,
            __file__,
            "_child",
            "--size",
            str(size),
            "--eval-dir",
            str(args.eval_dir),
        ]
        for o in overrides:
            cmd += ["--set", o]
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        if args.threads:
            env["OMP_NUM_THREADS"] = str(args.threads)
        print(f"size {size}: running in a subprocess ...", flush=True)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            sys.exit(f"size {size} failed:\n{done.stderr[-3000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(r)
        if partial is not None:  # a slow big size must not lose the small ones
            partial.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(json.dumps({"sizes": results}, indent=1) + "\n", encoding="utf-8")
        warm = r["runs"][1]
        print(
            f"  {r['articles']} articles ({r['cluster']}): {r['statements']} statements, "
            f"pairs {r['pairs_judged']} of {r['all_pairs']} (x{r['pair_reduction']} fewer); "
            f"warm {warm['seconds_end_to_end']} s = {warm['articles_per_minute']} articles/min; "
            f"models {r['seconds_model_load']} s; peak RSS {r['peak_rss_mb']} MB",
            flush=True,
        )
        print(
            "  stages (warm): "
            + ", ".join(f"{k} {v:.2f}s" for k, v in warm["seconds_per_stage"].items())
        )
    return {"sizes": results}


# ---------------------------------------------------------------------------- aligned vs all pairs


def pairs_vs_recall(
    args: argparse.Namespace, overrides: list[str], configs: dict[str, ev.Config], split: str
) -> dict[str, Any]:
    base = ev.make_config(overrides)
    runner = ev.load_runner(base)
    rows = ev.gva_rows(args.eval_dir, args.seed, split, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        gva = ev.eval_gva(rows, runner, args.seed, Path(tmp), configs=configs)
    table = {}
    for name in configs:
        u = ev.untouched_table(gva["untouched"][name])
        rec = ev.recall_table(gva["plants"][name])
        table[name] = {
            "pairs_judged": u["pairs_judged"],
            "all_pairs": u["all_pairs"],
            "untouched_conflicts_per_cluster": u["conflicts_per_cluster"],
            "edited_judged": rec["all"]["judged"],
            "recall": rec["all"]["recall"],
            "recall_new": rec["all"]["recall_new"],
            "recall_counterpart": rec["all"]["recall_counterpart"],
            "type_match": rec["all"]["type_match"],
            "recall_by_type": {t: r["recall"] for t, r in rec.items() if t != "all"},
            "planted": rec["all"]["planted"],
        }
    ref = table.get("all_pairs")
    for row in table.values():
        if ref and row["pairs_judged"]:
            row["pair_reduction_vs_all_pairs"] = round(ref["pairs_judged"] / row["pairs_judged"], 1)
        for key in ("recall", "recall_new", "recall_counterpart"):
            if ref and ref[key]:
                row[f"{key}_vs_all_pairs"] = round((row[key] or 0) / ref[key], 3)
    return {
        "split": split,
        "clusters": len(gva["untouched"][next(iter(configs))]),
        "no_site": gva["no_site"],
        "nli_pairs_run": runner.judge.model_pairs,
        "table": table,
        "plants": {name: gva["plants"][name] for name in configs},
    }


def print_pairs_table(result: dict[str, Any]) -> None:
    print(f"\nsplit {result['split']}, {result['clusters']} clusters")
    print(
        f"{'config':62} {'pairs':>6} {'x fewer':>7} {'judged':>7} {'recall':>7} {'new':>6} "
        f"{'counterp.':>9} {'type ok':>7} {'cp/all-pairs':>12} {'untouched/cl':>12}"
    )
    for name, r in result["table"].items():
        print(
            f"{name:62} {r['pairs_judged']:6} {r.get('pair_reduction_vs_all_pairs', '-')!s:>7} "
            f"{ev._pct(r['edited_judged']):>7} {ev._pct(r['recall']):>7} {ev._pct(r['recall_new']):>6} "
            f"{ev._pct(r['recall_counterpart']):>9} {ev._pct(r['type_match']):>7} "
            f"{r.get('recall_counterpart_vs_all_pairs', '-')!s:>12} {r['untouched_conflicts_per_cluster']!s:>12}"
        )


SWEEP = {
    "align.min_similarity": ("0.3", "0.4", "0.5", "0.6"),
    "align.top_k": ("1", "2", "4"),
    "decide.slot_min_similarity": ("0.4", "0.5", "0.6"),
    "decide.contradiction_threshold": ("0.5", "0.7", "0.9"),
}


# A few settings changed together, after the one-at-a-time sweep pointed at them.
SWEEP_COMBOS = (
    ("align.min_similarity=0.4", "decide.slot_min_similarity=0.4"),
    ("align.min_similarity=0.4", "decide.slot_min_similarity=0.5"),
    ("align.min_similarity=0.3", "decide.slot_min_similarity=0.4"),
)


def sweep_configs(overrides: list[str]) -> dict[str, ev.Config]:
    """All-pairs first (it fills the NLI cache), the defaults, then one key changed at a time."""
    base = ev.make_config(overrides)
    configs = {"all_pairs": ev.all_pairs_config(base), "defaults": base}
    for key, values in SWEEP.items():
        for v in values:
            configs[f"{key}={v}"] = ev.load_config(None, [*overrides, f"{key}={v}"])
    for combo in SWEEP_COMBOS:
        configs[" ".join(combo)] = ev.load_config(None, [*overrides, *combo])
    return configs


# ---------------------------------------------------------------------------- main


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import torch

    return {
        "cpu": cpu,
        "cores_visible": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "cuda": torch.cuda.is_available(),
        "load_average": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("speed", "pairs", "sweep", "_child"))
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 50])
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=20, help="GVA clusters for pairs/sweep")
    ap.add_argument("--split", choices=("dev", "test"), default="test")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--device", default=None)
    ap.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE"
    )
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)

    overrides = list(args.overrides)
    if args.threads is not None:
        overrides.append(f"models.threads={args.threads}")
    if args.device is not None:
        overrides.append(f"models.device={args.device}")
    if args.what == "_child":
        print(json.dumps(run_size(args.eval_dir, args.size, overrides)))
        return 0

    started = time.perf_counter()
    result: dict[str, Any] = {
        "command": " ".join(["scripts/bench.py", *(argv if argv is not None else sys.argv[1:])]),
        "git": git_commit(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "machine": machine(),
        "config_overrides": overrides,
    }
    if args.what == "speed":
        result["speed"] = speed(
            args,
            overrides,
            (args.out or ROOT / "bench" / "speed.json").with_suffix(".partial.json"),
        )
    elif args.what == "pairs":
        base = ev.make_config(overrides)
        configs = {"all_pairs": ev.all_pairs_config(base), "aligned (defaults)": base}
        result["pairs"] = pairs_vs_recall(args, overrides, configs, args.split)
        print_pairs_table(result["pairs"])
    else:
        ev.memoize_pure_stages()
        result["sweep"] = pairs_vs_recall(args, overrides, sweep_configs(overrides), "dev")
        print_pairs_table(result["sweep"])
    result["seconds"] = round(time.perf_counter() - started, 1)
    out = args.out or ROOT / "bench" / f"{args.what}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
