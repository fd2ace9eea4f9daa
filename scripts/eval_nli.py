#!/usr/bin/env python
"""Evaluate an NLI model: accuracy, per-class F1 and ECE on public NLI sets under --eval-dir.

Sets: SNLI test, MNLI dev-matched, ANLI r1-r3 dev, Breaking-NLI, NumGLUE type 7 (EQUATE) and
TRACIE test. Some are 2-way; they are scored honestly by restricting the prediction to the labels
the item allows and renormalising the probabilities over them:
- TRACIE: positive = entailment, negative = contradiction; prediction = argmax(P(e), P(c)).
- NumGLUE type 7: 3-way items use all labels; "Entailment or neutral?" items {e, n};
  "Entailment or contradiction?" items {e, c}.
ECE (15 equal-width bins of the top renormalised probability) is given after the model's
temperature (calibration.json) and, for reference, before it (the raw softmax, recovered from the
calibrated probabilities as softmax(T * log p)).

    python scripts/eval_nli.py --model factcheck-nli-minilm --limit 2000 --threads 2

`--limit N` takes a seeded random sample of N items per set. Writes JSON and a Markdown table
(default runs/nli-eval/eval.json and eval.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
LABELS = ("entailment", "neutral", "contradiction")
ALL = frozenset(LABELS)

Item = tuple[str, str, str, frozenset[str]]  # premise, hypothesis, gold, allowed labels


def _jsonl(path: Path, p: str, h: str, lab: str) -> list[Item]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get(lab) in LABELS:
                out.append((d[p], d[h], d[lab], ALL))
    return out


def load_mnli_m(ev: Path) -> list[Item]:
    out = []
    with (ev / "nli/mnli/dev_matched_gold_from_hans_repo.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["gold_label"] in LABELS:
                out.append((row["premise"], row["hypothesis"], row["gold_label"], ALL))
    return out


def load_numglue(ev: Path) -> list[Item]:
    out = []
    with (ev / "pairs/numglue_type7_subset/type7_normalized.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            fam = d.get("format_family", "")
            allowed = (
                frozenset({"entailment", "neutral"})
                if fam.startswith("2way_ent_neu")
                else frozenset({"entailment", "contradiction"})
                if fam.startswith("2way_ent_con")
                else ALL
            )
            if d["label"] in allowed:
                out.append((d["text_a"], d["text_b"], d["label"], allowed))
    return out


def load_tracie(ev: Path) -> list[Item]:
    out = []
    allowed = frozenset({"entailment", "contradiction"})
    with (ev / "pairs/tracie/data/iid/tracie_test.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text, answer = line.rstrip("\n").split("\t")
            event, story = text.split(" story: ", 1)
            gold = "entailment" if answer.strip() == "answer: positive" else "contradiction"
            out.append((story.strip(), event.removeprefix("event: ").strip(), gold, allowed))
    return out


SETS = {
    "snli_test": lambda ev: _jsonl(
        ev / "nli/snli/snli_test.jsonl", "sentence1", "sentence2", "gold_label"
    ),
    "mnli_dev_matched": load_mnli_m,
    "anli_r1_dev": lambda ev: _jsonl(
        ev / "nli/anli/r1_dev.jsonl", "premise", "hypothesis", "label"
    ),
    "anli_r2_dev": lambda ev: _jsonl(
        ev / "nli/anli/r2_dev.jsonl", "premise", "hypothesis", "label"
    ),
    "anli_r3_dev": lambda ev: _jsonl(
        ev / "nli/anli/r3_dev.jsonl", "premise", "hypothesis", "label"
    ),
    "breaking_nli": lambda ev: _jsonl(
        ev / "nli/breaking_nli/data/dataset.jsonl", "sentence1", "sentence2", "gold_label"
    ),
    "numglue_type7": load_numglue,
    "tracie_test": load_tracie,
}


def restrict(probs: dict[str, float], allowed: frozenset[str]) -> dict[str, float]:
    z = sum(probs[k] for k in allowed) or 1e-12
    return {k: probs[k] / z for k in LABELS if k in allowed}


def uncalibrate(probs: dict[str, float], t: float) -> dict[str, float]:
    """The raw softmax from temperature-scaled probabilities: softmax(T * log p)."""
    logs = {k: t * math.log(max(v, 1e-12)) for k, v in probs.items()}
    m = max(logs.values())
    ex = {k: math.exp(v - m) for k, v in logs.items()}
    z = sum(ex.values())
    return {k: v / z for k, v in ex.items()}


def ece(confs: list[float], correct: list[bool], bins: int = 15) -> float:
    total, n = 0.0, len(confs)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confs) if lo < c <= hi or (b == 0 and c == 0)]
        if idx:
            acc = sum(correct[i] for i in idx) / len(idx)
            conf = sum(confs[i] for i in idx) / len(idx)
            total += len(idx) / n * abs(acc - conf)
    return total


def metrics(items: list[Item], probs: list[dict[str, float]], t: float) -> dict:
    preds, confs, raw_confs, correct, raw_correct = [], [], [], [], []
    for (_, _, gold, allowed), p in zip(items, probs, strict=True):
        r = restrict(p, allowed)
        pred = max(r, key=r.get)
        preds.append(pred)
        confs.append(r[pred])
        correct.append(pred == gold)
        rr = restrict(uncalibrate(p, t), allowed)
        rp = max(rr, key=rr.get)
        raw_confs.append(rr[rp])
        raw_correct.append(rp == gold)
    f1 = {}
    for lab in LABELS:
        tp = sum(1 for (_, _, g, _), pr in zip(items, preds, strict=True) if g == lab and pr == lab)
        fp = sum(1 for (_, _, g, _), pr in zip(items, preds, strict=True) if g != lab and pr == lab)
        fn = sum(1 for (_, _, g, _), pr in zip(items, preds, strict=True) if g == lab and pr != lab)
        if tp + fn == 0:
            continue  # class absent from this set's gold labels
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn)
        f1[lab] = round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4)
    gold_counts = {lab: sum(1 for it in items if it[2] == lab) for lab in LABELS}
    return {
        "n": len(items),
        "accuracy": round(sum(correct) / len(items), 4),
        "f1": f1,
        "macro_f1": round(sum(f1.values()) / len(f1), 4) if f1 else 0.0,
        "ece": round(ece(confs, correct), 4),
        "ece_uncalibrated": round(ece(raw_confs, raw_correct), 4),
        "gold_counts": gold_counts,
    }


def to_markdown(res: dict) -> str:
    lines = [
        (
            f"Model `{res['model']}` (temperature {res['temperature']}); "
            f"limit {res['limit'] or 'none'} per set (seed {res['seed']})."
        ),
        "",
        "| set | n | accuracy | F1 e / n / c | macro-F1 | ECE | ECE (T=1) |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    for name, m in res["sets"].items():
        f1 = " / ".join(f"{m['f1'][k] * 100:.1f}" if k in m["f1"] else "–" for k in LABELS)
        lines.append(
            f"| {name} | {m['n']} | {m['accuracy'] * 100:.1f} | {f1} | {m['macro_f1'] * 100:.1f} "
            f"| {m['ece']:.3f} | {m['ece_uncalibrated']:.3f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="factcheck-nli-minilm")
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument(
        "--sets", default=",".join(SETS), help="comma-separated subset of: " + ", ".join(SETS)
    )
    ap.add_argument(
        "--limit", type=int, default=0, help="seeded random sample of N items per set (0 = all)"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--max-length", type=int, default=256)
    ap.add_argument("--out-json", type=Path, default=REPO / "runs" / "nli-eval" / "eval.json")
    ap.add_argument("--out-md", type=Path, default=None, help="default: --out-json with .md")
    args = ap.parse_args(argv)
    if not args.eval_dir.exists():
        print(f"error: {args.eval_dir} not found; pass --eval-dir", file=sys.stderr)
        return 1
    from factcheck.nli import load_nli

    model = load_nli(
        args.model, device=args.device, threads=args.threads, max_length=args.max_length
    )
    t = float(getattr(model, "temperature", 1.0))
    res: dict = {
        "model": args.model,
        "temperature": t,
        "limit": args.limit,
        "seed": args.seed,
        "max_length": args.max_length,
        "sets": {},
    }
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        if name not in SETS:
            print(f"error: unknown set {name!r}; known: {', '.join(SETS)}", file=sys.stderr)
            return 1
        try:
            items = SETS[name](args.eval_dir)
        except FileNotFoundError as exc:
            print(f"warning: {name} skipped ({exc})", file=sys.stderr)
            continue
        if args.limit and len(items) > args.limit:
            items = random.Random(f"{args.seed}:{name}").sample(items, args.limit)
        t0 = time.perf_counter()
        scores = model.predict([(p, h) for p, h, _, _ in items], batch_size=args.batch_size)
        secs = time.perf_counter() - t0
        probs = [{k: getattr(s, k) for k in LABELS} for s in scores]
        m = metrics(items, probs, t)
        m["seconds"] = round(secs, 1)
        res["sets"][name] = m
        print(
            f"{name:<18} n={m['n']:>5} acc={m['accuracy'] * 100:5.1f} macroF1={m['macro_f1'] * 100:5.1f} "
            f"ECE={m['ece']:.3f} (T=1: {m['ece_uncalibrated']:.3f}) {m['n'] / secs:.0f} pairs/s",
            flush=True,
        )
    args.out_json.parent.mkdir(parents=True, exist_ok=True)
    args.out_json.write_text(json.dumps(res, indent=2) + "\n")
    md = args.out_md or args.out_json.with_suffix(".md")
    md.write_text(to_markdown(res))
    print(to_markdown(res))
    print(f"wrote {args.out_json} and {md}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
