#!/usr/bin/env python
"""Measure NLI throughput (pairs/s) on real news sentence pairs, as the pipeline sees them.

Pairs are sentences of two different articles of the same GVA story (seeded sample from
--eval-dir); the machine's load is recorded next to the figure because shared cores skew it.

    python scripts/bench_nli.py --threads 2 --pairs 512
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
# A plain regex splitter is enough to get realistic sentence lengths for a benchmark.
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


def news_pairs(eval_dir: Path, n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    path = eval_dir / "clusters/gva_longtail/gva_incident_clusters.jsonl"
    stories = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            arts = [
                [s for s in SPLIT.split(a.get("text") or "") if 6 <= len(s.split()) <= 60]
                for a in d.get("articles", [])
            ]
            arts = [a for a in arts if a]
            if len(arts) >= 2:
                stories.append(arts)
    pairs = []
    while len(pairs) < n:
        a, b = rng.sample(rng.choice(stories), 2)
        pairs.append((rng.choice(a), rng.choice(b)))
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="factcheck-nli-minilm")
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--pairs", type=int, default=512)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--repeats", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=REPO / "runs" / "nli-bench.json")
    args = ap.parse_args(argv)
    from factcheck.nli import load_nli

    pairs = news_pairs(args.eval_dir, args.pairs, args.seed)
    model = load_nli(args.model, device="cpu", threads=args.threads, max_length=args.max_length)
    model.predict(pairs[: args.batch_size], batch_size=args.batch_size)  # warm-up
    times = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        model.predict(pairs, batch_size=args.batch_size)
        times.append(time.perf_counter() - t0)
    best, median = min(times), sorted(times)[len(times) // 2]
    res = {
        "model": args.model,
        "pairs": len(pairs),
        "threads": args.threads,
        "batch_size": args.batch_size,
        "max_length": args.max_length,
        "pairs_per_s_best": round(len(pairs) / best, 1),
        "pairs_per_s_median": round(len(pairs) / median, 1),
        "mean_words_per_pair": round(
            sum(len(a.split()) + len(b.split()) for a, b in pairs) / len(pairs), 1
        ),
        "loadavg_1min": os.getloadavg()[0],
        "cpu_count": os.cpu_count(),
        "machine": platform.processor() or platform.machine(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
