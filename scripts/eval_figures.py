"""Measure how factcheck judges pairs of quantity statements: NumGLUE task 7 (../shared/eval).

The data is 500 premise / hypothesis pairs of NumGLUE's quantitative NLI task (built from
EQUATE), labelled entailment / neutral / contradiction by others (pairs/numglue_type7_subset,
see its PROVENANCE.txt). Each text is taken as one statement, and each pair is judged three ways:

- nli: the shipped NLI model alone, the argmax label of premise -> hypothesis;
- slots: the slot engine alone: each text's slots (extract_article_slots, one text per call, a
  fixed publication datetime: the data has none) compared with compare_slots. A 'number'
  comparison in conflict reads as contradiction, else one that agrees as entailment, else
  neutral (an agreement here means only "the ranges overlap": "more than 5" vs "8" agrees);
- product: factcheck.decide.decide_pair on the PairEvidence factcheck.pipeline builds (NLI both
  ways on the claim text, the slot comparisons, the shipped embedder's cosine similarity, a
  mutual pair: with one statement a side each is the other's best match), default config;
  conflict -> contradiction, agree -> entailment, unrelated -> neutral.

Then the product's own question, "flag this pair as a conflict?", 2-way: gold contradiction vs
entailment or neutral, precision / recall / F1 with the counts, for the product (kind conflict),
the NLI model (argmax contradiction in either direction) and the slots (any number conflict).

Every figure is given overall and per format family: 3way (synthetic word-problem sentences
with a quantity or quantifier edited), 2way_ent_neu (real news sentences vs headline-style
hypotheses; no contradiction in gold) and 2way_ent_con (arithmetic word problems), for the dev
and test halves (a seeded hash of the id, as split_of in scripts/eval_clusters.py) and both
together: choose any rule on dev, report test.

    .venv/bin/python scripts/eval_figures.py --out bench/eval_figures.json \\
        --errors runs/s23/figures_dev_errors.jsonl

--errors writes the dev half's misses of the product's judgement with the slot comparisons'
reasons (data text: only to an ignored path such as runs/). The --out JSON holds figures and
per-item predictions by id, never the data's text. Torch runs on one thread by default.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_clusters import git_commit, make_config, split_of

from factcheck.attribution import claim_text
from factcheck.config import Config
from factcheck.decide import PairEvidence, decide_pair
from factcheck.pipeline import _SAME  # word-for-word copies entail without the model
from factcheck.schema import CandidatePair, NliScores, Statement, normalize_for_id
from factcheck.slots import SlotComparison, compare_slots, extract_article_slots

DATA = "pairs/numglue_type7_subset/type7_normalized.jsonl"
PUBLISHED = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)  # any fixed day: the data gives none
LABELS = ("entailment", "neutral", "contradiction")
KIND_LABEL = {"conflict": "contradiction", "agree": "entailment", "unrelated": "neutral"}
SYSTEMS = ("nli", "slots", "product")


def family(row: dict[str, Any]) -> str:
    """'3way', '2way_ent_neu' or '2way_ent_con' (the data's format_family, first word)."""
    return str(row.get("format_family", "?")).split()[0]


def read_pairs(path: Path, seed: int, limit: int | None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = rows[:limit] if limit else rows
    for r in rows:
        r["split"], r["family"] = split_of(r["id"], seed), family(r)
    return rows


def statement(text: str, side: str, speaker: str | None) -> Statement:
    return Statement(Statement.make_id(side, text), side, 0, 0, len(text), text, speaker)


def parse_statements(rows: Sequence[dict[str, Any]]) -> list[tuple[Statement, Statement]]:
    """Each text as the one statement of its own article, with the speaker the segmenter would
    find when the text is one sentence; counts on each row what the segmenter would do with it
    (split it into several sentences, or keep none of them: no full stop, a question ...)."""
    from factcheck.config import SegmentConfig
    from factcheck.nlp import load_spacy
    from factcheck.segment import keep_sentence, speaker

    nlp, seg = load_spacy(), SegmentConfig()
    texts = [r[k] for r in rows for k in ("text_a", "text_b")]
    out: list[Statement] = []
    for i, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        sents = list(doc.sents)
        row = rows[i // 2]
        row.setdefault("segmenter", []).append(
            "split" if len(sents) > 1 else "kept" if keep_sentence(sents[0], seg) else "dropped"
        )
        out.append(statement(texts[i], "ab"[i % 2], speaker(sents[0]) if len(sents) == 1 else None))
    return list(zip(out[::2], out[1::2], strict=True))


def judge(nli: Any, pairs: Sequence[tuple[str, str]], batch: int) -> list[tuple[NliScores, ...]]:
    """Both directions per pair, in one batched call; identical texts entail without the model."""
    todo = [i for i, (a, b) in enumerate(pairs) if normalize_for_id(a) != normalize_for_id(b)]
    scores: list[tuple[NliScores, ...]] = [(_SAME, _SAME)] * len(pairs)
    for i, s in zip(todo, nli.predict_both([pairs[i] for i in todo], batch_size=batch)):
        scores[i] = s
    return scores


def slot_reading(comparisons: Sequence[SlotComparison]) -> dict[str, bool]:
    numbers = [c for c in comparisons if c.kind == "number"]
    return {
        "number_conflict": any(c.status in ("conflict", "zone_conflict") for c in numbers),
        "number_agree": any(c.status == "agree" for c in numbers),
        "other_conflict": any(
            c.status in ("conflict", "zone_conflict") for c in comparisons if c.kind != "number"
        ),
    }


def run(rows: list[dict[str, Any]], config: Config) -> list[dict[str, Any]]:
    """Judge every pair three ways; one dict of predictions (no text) per row."""
    from factcheck.pipeline import load_default_models

    embedder, nli = load_default_models(config)
    stmts = parse_statements(rows)
    raw = judge(nli, [(r["text_a"], r["text_b"]) for r in rows], config.nli.batch_size)
    claims = [(claim_text(a.text, a.speaker), claim_text(b.text, b.speaker)) for a, b in stmts]
    changed = [i for i, (r, c) in enumerate(zip(rows, claims)) if c != (r["text_a"], r["text_b"])]
    changed_set = set(changed)
    product_nli = list(raw)
    for i, s in zip(changed, judge(nli, [claims[i] for i in changed], config.nli.batch_size)):
        product_nli[i] = s
    vectors = embedder.encode([s.text for pair in stmts for s in pair])
    aligned_at = config.align.min_similarity - config.align.mutual_bonus
    out = []
    for i, (r, (a, b)) in enumerate(zip(rows, stmts, strict=True)):
        # One call per text: a call is one article, and dates flow between its sentences.
        slots_a = extract_article_slots([a.text], PUBLISHED)[0]
        slots_b = extract_article_slots([b.text], PUBLISHED)[0]
        comps = compare_slots(slots_a, slots_b)
        sim = float(vectors[2 * i] @ vectors[2 * i + 1])
        ab, ba = product_nli[i]
        finding = decide_pair(
            PairEvidence(CandidatePair(a.id, b.id, sim, True), a, b, ab, ba, comps),
            config.decide,
        )
        sl = slot_reading(comps)
        out.append({
            "id": r["id"], "split": r["split"], "family": r["family"], "gold": r["label"],
            "nli": raw[i][0].label,
            "nli_flag": raw[i][0].label == "contradiction" or raw[i][1].label == "contradiction",
            "nli_ab": [round(getattr(raw[i][0], k), 4) for k in LABELS],
            "nli_ba": [round(getattr(raw[i][1], k), 4) for k in LABELS],
            "slots": "contradiction" if sl["number_conflict"]
            else "entailment" if sl["number_agree"] else "neutral",
            **sl,
            "slot_counts": [len(slots_a), len(slots_b)],
            "product": KIND_LABEL[finding.kind], "conflict_type": finding.conflict_type,
            "similarity": round(sim, 4), "aligned": sim >= aligned_at,
            "claim_text_changed": i in changed_set, "segmenter": r["segmenter"],
            "_reasons": [f"{c.kind} {c.status}: {c.reason}" for c in comps],
            "_finding_reasons": list(finding.reasons),
        })  # fmt: skip
    return out


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


def flag_figures(items: Sequence[dict[str, Any]], key: Any) -> dict[str, Any]:
    """Conflict vs not, against gold contradiction vs the rest."""
    c = Counter((it["gold"] == "contradiction", bool(key(it))) for it in items)
    tp, fp, fn, tn = c[True, True], c[False, True], c[True, False], c[False, False]
    p, r = _rate(tp, tp + fp), _rate(tp, tp + fn)
    f1 = round(2 * p * r / (p + r), 4) if p is not None and r is not None and p + r else None
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": p, "recall": r, "f1": f1}


def figures(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"n": len(items), "gold": dict(Counter(it["gold"] for it in items))}
    for s in SYSTEMS:
        right = sum(it[s] == it["gold"] for it in items)
        confusion = Counter(f"{it['gold']}->{it[s]}" for it in items)
        out[s] = {"correct": right, "accuracy": _rate(right, len(items)),
                  "confusion": dict(sorted(confusion.items()))}  # fmt: skip
    out["flag"] = {
        "product": flag_figures(items, lambda it: it["product"] == "contradiction"),
        "nli": flag_figures(items, lambda it: it["nli_flag"]),
        "slots": flag_figures(items, lambda it: it["number_conflict"]),
    }
    out["slot_reading"] = {
        k: sum(it[k] for it in items) for k in ("number_conflict", "number_agree", "other_conflict")
    }
    out["slot_reading"]["no_number_comparison"] = sum(
        not (it["number_conflict"] or it["number_agree"]) for it in items
    )
    out["product_conflict_types"] = dict(
        Counter(it["conflict_type"] for it in items if it["product"] == "contradiction")
    )
    out["below_align_threshold"] = sum(not it["aligned"] for it in items)
    out["texts_segmenter"] = dict(Counter(s for it in items for s in it["segmenter"]))
    return out


def tables(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    fams = sorted({it["family"] for it in items}, key=lambda f: (not f.startswith("3"), f))
    out: dict[str, Any] = {}
    for split in ("dev", "test", "all"):
        part = [it for it in items if split == "all" or it["split"] == split]
        out[split] = {"overall": figures(part)} | {
            f: figures([it for it in part if it["family"] == f]) for f in fams
        }
    return out


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def print_tables(result: dict[str, Any]) -> None:
    for split, groups in result["figures"].items():
        print(f"\n== {split} ==  3-way accuracy, correct/n (%)")
        print(f"{'group':14} {'n':>4} {'gold e/n/c':>12} " + " ".join(f"{s:>15}" for s in SYSTEMS))
        for g, f in groups.items():
            gold = "/".join(str(f["gold"].get(lab, 0)) for lab in LABELS)
            accs = " ".join(
                f"{f[s]['correct']}/{f['n']} ({_pct(f[s]['accuracy'])})".rjust(15) for s in SYSTEMS
            )
            print(f"{g:14} {f['n']:4} {gold:>12} {accs}")
        print(f"-- {split}: flag as conflict (gold contradiction vs rest): P / R / F1 % (tp fp fn)")
        for g, f in groups.items():
            cells = []
            for s in ("product", "nli", "slots"):
                x = f["flag"][s]
                cells.append(
                    f"{s} {_pct(x['precision'])}/{_pct(x['recall'])}/{_pct(x['f1'])} "
                    f"({x['tp']} {x['fp']} {x['fn']})"
                )
            print(f"{g:14} " + " | ".join(cells))
        o = groups["overall"]
        print(f"   product gold->predicted: {o['product']['confusion']}")
        print(f"   slot reading: {o['slot_reading']}; product conflict types "
              f"{o['product_conflict_types']}; below align threshold {o['below_align_threshold']}; "
              f"texts {o['texts_segmenter']}")  # fmt: skip


def _ignored(path: Path) -> bool:
    """Whether the path lies outside the repository or where git ignores it (runs/)."""
    try:
        rel = path.resolve().relative_to(ROOT)
    except ValueError:
        return True
    ask = ["git", "check-ignore", "-q", "--no-index", str(rel)]
    return subprocess.run(ask, cwd=ROOT, check=False).returncode == 0


def write_errors(path: Path, items: Sequence[dict[str, Any]], rows: Sequence[dict]) -> int:
    text = {r["id"]: (r["text_a"], r["text_b"]) for r in rows}
    misses = [it for it in items if it["split"] == "dev" and it["product"] != it["gold"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for it in misses:
            rec = {k: it[k] for k in ("id", "family", "gold", "product", "conflict_type", "nli",
                                      "nli_ab", "nli_ba", "similarity", "slot_counts")}  # fmt: skip
            rec |= {"text_a": text[it["id"]][0], "text_b": text[it["id"]][1],
                    "slot_reasons": it["_reasons"], "finding_reasons": it["_finding_reasons"]}  # fmt: skip
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(misses)


def as_json(result: dict[str, Any]) -> str:
    """Indented JSON with one line per item (500 items would otherwise be 10,000 lines)."""
    head = json.dumps({k: v for k, v in result.items() if k != "items"}, indent=1)
    lines = ",\n".join("  " + json.dumps(it) for it in result["items"])
    return f'{head[:-2]},\n "items": [\n{lines}\n ]\n}}\n'


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--seed", type=int, default=13, help="seed of the dev/test split")
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only (a smoke run)")
    ap.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    ap.add_argument("--device", default=None)
    ap.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE"
    )
    ap.add_argument("--out", type=Path, default=None, help="JSON of figures and predictions")
    ap.add_argument("--errors", type=Path, default=None, help="dev misses, with text (runs/)")
    args = ap.parse_args(argv)
    path = args.eval_dir / DATA
    if not path.exists():
        print(f"eval_figures: {path} not found (use --eval-dir)", file=sys.stderr)
        return 1
    if args.errors and not _ignored(args.errors):
        print(
            f"eval_figures: {args.errors} would put data text in the repository; use runs/",
            file=sys.stderr,
        )
        return 1
    started = time.perf_counter()
    config = make_config(args.overrides, args.threads, args.device)
    rows = read_pairs(path, args.seed, args.limit)
    items = run(rows, config)
    result: dict[str, Any] = {
        "command": " ".join(
            ["scripts/eval_figures.py", *(argv if argv is not None else sys.argv[1:])]
        ),
        "data": DATA,
        "seed": args.seed,
        "published": PUBLISHED.isoformat(),
        "config_overrides": args.overrides,
        "threads": args.threads,
        "config_digest": config.digest(),
        "models": {"embedder": config.models.embedder, "nli": config.models.nli},
        "git": git_commit(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "figures": tables(items),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["items"] = [{k: v for k, v in it.items() if not k.startswith("_")} for it in items]
    print_tables(result)
    if args.errors:
        n = write_errors(args.errors, items, rows)
        print(f"\nwrote {n} dev misses of the product to {args.errors}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(as_json(result), encoding="utf-8")
        print(f"wrote {args.out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
