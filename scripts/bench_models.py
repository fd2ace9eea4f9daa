#!/usr/bin/env python
"""Throughput of the two model stages (embedding, NLI) on one device, and what it means in
articles per minute.

The pipeline's model work per article is its embeddings (one per statement) and its NLI
passes (both directions of each aligned pair); the CPU stages (segmenting, slot parsing with
spaCy) are measured by `bench.py speed` and are not run here. This script needs neither spaCy
nor the shipped embedder package, so it runs on a machine that has only torch and
transformers: the embedder is timed as an fp32 copy of the NLI model's own encoder (the same
MiniLM-L6 architecture as all-MiniLM-L6-v2: 6 layers, 384 wide, so the same cost; weights do
not change speed), on length-sorted batches, mean-pooled, as sentence-transformers runs it; the
NLI model runs as the pipeline loads it (fp16 on CUDA). Each batch size gets its own
articles/minute; the pipeline's default is 32 (`align.batch_size`, `nli.batch_size`).

    # here: draw real news sentences and pairs once (text stays under runs/, never committed)
    .venv/bin/python scripts/bench_models.py --prepare runs/bench_text.json
    # on a GPU machine (or here with --device cpu)
    python scripts/bench_models.py --text runs/bench_text.json --device cuda --out bench/models_h200.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))


def prepare(eval_dir: Path, out: Path, n_pairs: int, seed: int) -> None:
    from bench_nli import news_pairs

    pairs = news_pairs(eval_dir, n_pairs, seed)
    sentences = sorted({s for p in pairs for s in p})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"pairs": pairs, "sentences": sentences}), encoding="utf-8")
    print(f"wrote {out}: {len(pairs)} pairs, {len(sentences)} sentences")


def per_article(speed_json: Path) -> dict:
    """Statements and NLI passes per article, from the largest cluster `bench.py speed` ran."""
    sizes = json.loads(speed_json.read_text())["speed"]["sizes"]
    big = max(sizes, key=lambda s: s["articles"])
    cpu = next(r for r in big["runs"] if r["run"] == "warm")["seconds_per_stage"]
    return {
        "from": f"{speed_json.name}: {big['articles']}-article cluster ({big['cluster']})",
        "statements": big["statements"] / big["articles"],
        "nli_passes": 2 * big["pairs_judged"] / big["articles"],  # both directions
        "cpu_stage_seconds": (cpu["segment"] + cpu["slots"]) / big["articles"],
    }


def timed(fn, repeats: int) -> float:
    import torch

    best = float("inf")
    for _ in range(repeats):
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        fn()
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prepare", type=Path, help="write the text sample here and stop")
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--text", type=Path, default=REPO / "runs" / "bench_text.json")
    ap.add_argument("--pairs", type=int, default=4096)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default="factcheck-nli-minilm")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[32, 128, 512])
    ap.add_argument("--repeats", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument("--speed-json", type=Path, default=REPO / "bench" / "speed.json")
    ap.add_argument("--out", type=Path, default=REPO / "runs" / "models-bench.json")
    args = ap.parse_args(argv)
    if args.prepare:
        prepare(args.eval_dir, args.prepare, args.pairs, args.seed)
        return 0
    if not args.text.exists():
        print(f"{args.text}: not found; make it with --prepare", file=sys.stderr)
        return 1
    try:  # before any timing: a bad file must not cost a GPU run
        work = per_article(args.speed_json)
    except (OSError, ValueError, KeyError, StopIteration) as exc:
        print(
            f"{args.speed_json}: no per-article work ({exc!r}); run bench.py speed", file=sys.stderr
        )
        return 1
    import copy

    import torch

    from factcheck.nli import load_nli

    text = json.loads(args.text.read_text(encoding="utf-8"))
    pairs = [tuple(p) for p in text["pairs"]]
    # sentence-transformers sorts by length before batching
    sentences = sorted(text["sentences"], key=len, reverse=True)
    nli = load_nli(args.model, device=args.device, threads=args.threads)
    device = next(nli.model.parameters()).device
    # the MiniLM-L6 encoder in fp32, as sentence-transformers loads the embedder
    encoder = copy.deepcopy(nli.model.bert).float().eval()
    tok = nli.tokenizer

    def embed(batch_size: int) -> None:
        with torch.inference_mode():
            for s in range(0, len(sentences), batch_size):
                enc = tok(
                    sentences[s : s + batch_size],
                    padding=True,
                    truncation=True,
                    max_length=256,
                    return_tensors="pt",
                ).to(device)
                out = encoder(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(out.dtype)
                (out * mask).sum(1) / mask.sum(1)

    rows = []
    for bs in args.batch_sizes:
        nli.predict(pairs[:bs], batch_size=bs)  # warm-up
        embed(bs)
        t_nli = timed(lambda bs=bs: nli.predict(pairs, batch_size=bs), args.repeats)
        t_emb = timed(lambda bs=bs: embed(bs), args.repeats)
        nli_rate, emb_rate = len(pairs) / t_nli, len(sentences) / t_emb
        model_s = work["statements"] / emb_rate + work["nli_passes"] / nli_rate
        rows.append(
            {
                "batch_size": bs,
                "nli_pairs_per_s": round(nli_rate, 1),
                "embed_sentences_per_s": round(emb_rate, 1),
                "model_stage_articles_per_minute": round(60 / model_s, 1),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    best = max(rows, key=lambda r: r["model_stage_articles_per_minute"])
    on_cuda = device.type == "cuda"
    res = {
        "command": " ".join(["scripts/bench_models.py", *(argv or sys.argv[1:])]),
        "device": str(device),
        "device_name": torch.cuda.get_device_name(device) if on_cuda else platform.processor(),
        "nli_dtype": str(next(nli.model.parameters()).dtype),
        "embed_dtype": str(next(encoder.parameters()).dtype),
        "torch": torch.__version__,
        "cpu_count": os.cpu_count(),
        "pairs": len(pairs),
        "sentences": len(sentences),
        "rows": rows,
        "per_article": work,
        "best_batch_size": best["batch_size"],
        "model_stage_articles_per_minute": best["model_stage_articles_per_minute"],
        "cpu_stage_articles_per_minute_per_process": round(60 / work["cpu_stage_seconds"], 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in res.items() if k != "rows"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
