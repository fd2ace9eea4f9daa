"""Score the slot engine's dates and figures against a blind hand reading of AVeriTeC claims.

AVeriTeC's dev set (shared/eval/pairs/averitec/dev.json) holds 500 real-world claims, each with
the day it was made (`claim_date`). No rule of the engine was chosen on them, so a reading of
what each claim states (every date, resolved against that day, and every figure, with its value)
measures extraction and normalization on text from outside the news pipeline's own sources.

    # 1. draw the claims for the readers (text outside the repository: runs/ is ignored)
    .venv/bin/python scripts/eval_averitec_slots.py draw --split test --parts 2 \\
        --out runs/averitec/test
    # 2. readers follow docs/labels/reading_brief_averitec.md and write
    #    docs/labels/averitec_slot_reading_{dev,test}.jsonl
    # 3. score the engine against the reading
    .venv/bin/python scripts/eval_averitec_slots.py score --split test \\
        --json bench/eval_averitec_slots_test.json

The claims split in two by a hash of their id (eval_clusters.split_of, seed 13): rules may be
chosen on dev's misses; test is scored as it comes.

Scoring, per item the readers wrote (its words located in the claim):
- a date is right when an engine date slot overlaps its words and its first and last days
  (inclusive) equal the reading's;
- a figure is right when an engine figure slot (quantity, money, percent, duration) overlaps its
  words and its value equals the reading's (vague words such as "dozens" carry no value and
  are counted apart);
- engine slots that overlap no item of the reading are extra: a year read as a count, a number
  in a name ("COVID-19"). Implicit ones ("a child died": one person, no number written; never
  compared) are not counted.
- a measure's value is matched as kept (metres for "300 miles") or in the unit written; a share
  told in words ("one in five", kept as 20 %) as the decimal the readers write (0.2).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_clusters import git_commit, split_of

AVERITEC_PATH = Path("pairs") / "averitec" / "dev.json"
LABELS = ROOT / "docs" / "labels"
FIGURE_KINDS = ("quantity", "money", "percent", "duration")


@dataclass(frozen=True, slots=True)
class Claim:
    doc: str  # "avt-<index in dev.json>"
    text: str
    made: date  # claim_date


def load_claims(eval_dir: Path) -> list[Claim]:
    path = eval_dir / AVERITEC_PATH
    if not path.exists():
        raise SystemExit(f"{path}: not found; pass --eval-dir pointing at shared/eval")
    claims = []
    for i, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        day, month, year = (int(x) for x in row["claim_date"].split("-"))
        claims.append(Claim(f"avt-{i}", row["claim"].strip(), date(year, month, day)))
    return claims


def claims_of(split: str, eval_dir: Path, seed: int = 13) -> list[Claim]:
    return [c for c in load_claims(eval_dir) if split_of(c.doc, seed) == split]


def draw(args: argparse.Namespace) -> int:
    claims = claims_of(args.split, Path(args.eval_dir))
    size = math.ceil(len(claims) / args.parts)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    for part in range(args.parts):
        chunk = claims[part * size : (part + 1) * size]
        path = out.parent / f"{out.name}_part{part + 1}.txt"
        path.write_text(
            "".join(
                f"=== doc {c.doc}\nclaim made on: {c.made.isoformat()} ({c.made.strftime('%A')})\n"
                f"{c.text}\n\n"
                for c in chunk
            ),
            encoding="utf-8",
        )
        print(f"{len(chunk)} claims -> {path}")
    return 0


def _locate(words: str, text: str) -> tuple[int, int] | None:
    """Where the reader's words stand in the claim: a whole-word match first ("201" is not the
    start of "2018"), then any match, case-insensitive."""
    if not words:
        return None
    for pattern in (rf"(?<!\w){re.escape(words)}(?!\w)", re.escape(words)):
        m = re.search(pattern, text, re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _date_days(slot: Any) -> tuple[date, date] | None:
    if slot.value_start is None or slot.value_end is None:
        return None
    last = slot.value_end - timedelta(microseconds=1)
    return slot.value_start.date(), last.date()


def _same_value(slot: Any, gold: float) -> bool:
    """The slot's value, or that value back in the unit written ("300 miles" is kept in metres)."""
    from factcheck.slots.quantities import PERCENT_RE, written_unit_factor

    if slot.value is None:
        return False
    factor = written_unit_factor(slot.text) if slot.kind == "quantity" and slot.unit else None
    values = [slot.value] + ([slot.value / factor] if factor else [])
    if slot.kind == "percent" and slot.unit == "%" and not PERCENT_RE.search(slot.text):
        # "one in five" kept as 20 %: the brief has the readers write it as a decimal, 0.2,
        # rounded to four places ("a third": 0.3333)
        values.append(round(slot.value / 100, 4))
    return any(math.isclose(v, gold, rel_tol=1e-6, abs_tol=1e-9) for v in values)


def score_claim(claim: Claim, reading: dict[str, Any], slots: list[Any]) -> dict[str, Any]:
    """Match one claim's engine slots (one sentence's list, or several flattened with offsets)."""
    out: dict[str, Any] = {"doc": claim.doc, "items": [], "extra": []}
    used: set[int] = set()
    for kind in ("dates", "figures"):
        for item in reading.get(kind, []):
            where = _locate(item.get("text", ""), claim.text)
            row = {"kind": kind[:-1], "text": item.get("text"), "verdict": "unlocated"}
            if where is None:
                out["items"].append(row)
                continue
            pool = [
                (i, s)
                for i, (s, span) in enumerate(slots)
                if _overlaps(span, where)
                and (s.kind in ("date", "time") if kind == "dates" else s.kind in FIGURE_KINDS)
            ]
            used.update(i for i, _ in pool)
            if kind == "dates":
                want = (date.fromisoformat(item["first"]), date.fromisoformat(item["last"]))
                got = [_date_days(s) for _, s in pool]
                right = want in got
                row.update(want=[d.isoformat() for d in want])
                row["got"] = [[d.isoformat() for d in g] if g else None for g in got]
            elif item.get("value") is None:
                row["vague"] = True
                right = bool(pool)
                row["got"] = [s.value for _, s in pool]
            else:
                right = any(_same_value(s, float(item["value"])) for _, s in pool)
                row.update(want=item["value"], got=[s.value for _, s in pool])
            row["verdict"] = "right" if right else ("wrong" if pool else "missed")
            out["items"].append(row)
    for i, (s, _span) in enumerate(slots):
        # "A child died": one person named without a number (Slot.implicit), never compared
        if s.implicit:
            continue
        if i not in used and (s.kind in ("date", "time") or s.kind in FIGURE_KINDS):
            out["extra"].append({"kind": s.kind, "text": s.text})
    return out


def engine_slots(claims: list[Claim]) -> dict[str, list[tuple[Any, tuple[int, int]]]]:
    """Each claim's date and figure slots with their spans in the claim's text."""
    from eval_slots import split_sentences

    from factcheck.slots import extract_article_slots

    found: dict[str, list[tuple[Any, tuple[int, int]]]] = {}
    for c in claims:
        sents = split_sentences(c.text)
        per_sentence = extract_article_slots(sents, datetime.combine(c.made, datetime.min.time()))
        rows: list[tuple[Any, tuple[int, int]]] = []
        cursor = 0
        for sent, slots in zip(sents, per_sentence, strict=True):
            base = c.text.find(sent, cursor)
            base = cursor if base < 0 else base
            cursor = base + len(sent)
            rows.extend((s, (base + s.start, base + s.end)) for s in slots)
        found[c.doc] = rows
    return found


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    tally: dict[str, Counter[str]] = {"date": Counter(), "figure": Counter()}
    vague: Counter[str] = Counter()
    for r in results:
        for item in r["items"]:
            (vague if item.get("vague") else tally[item["kind"]])[item["verdict"]] += 1
    extra = Counter(e["kind"] for r in results for e in r["extra"])
    summary: dict[str, Any] = {"claims": len(results)}
    for kind, t in tally.items():
        n = sum(t.values())
        summary[kind] = {
            "read": n,
            **dict(t),
            "right_share": round(t["right"] / n, 4) if n else None,
            "found_share": round((t["right"] + t["wrong"]) / n, 4) if n else None,
            "accuracy_where_found": round(t["right"] / (t["right"] + t["wrong"]), 4)
            if t["right"] + t["wrong"]
            else None,
        }
    summary["vague_figures"] = dict(vague)
    summary["extra_slots"] = dict(extra)
    return summary


def score(args: argparse.Namespace) -> int:
    label_path = Path(args.labels or LABELS / f"averitec_slot_reading_{args.split}.jsonl")
    if not label_path.exists():
        print(f"{label_path}: not found; write the reading first (see --help)", file=sys.stderr)
        return 1
    readings = {}
    for n, line in enumerate(label_path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{label_path}:{n}: not JSON ({e.msg}); fix the line", file=sys.stderr)
                return 1
            readings[row["doc"]] = row
    claims = [c for c in claims_of(args.split, Path(args.eval_dir)) if c.doc in readings]
    found = engine_slots(claims)
    results = [score_claim(c, readings[c.doc], found[c.doc]) for c in claims]
    summary = summarize(results)
    print(json.dumps(summary, indent=1))
    if args.show:
        for r in results:
            bad = [i for i in r["items"] if i["verdict"] != "right"]
            if bad or r["extra"]:
                print(r["doc"], json.dumps(bad), "extra:", json.dumps(r["extra"]))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(
            json.dumps(
                {"split": args.split, "labels": label_path.name, "git": git_commit(), **summary},
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write the claims of a split for the readers")
    d.add_argument("--split", choices=("dev", "test"), required=True)
    d.add_argument("--parts", type=int, default=1, help="one file per reader")
    d.add_argument("--out", required=True, help="path prefix: writes PREFIX_partN.txt")
    d.set_defaults(run=draw)
    s = sub.add_parser("score", help="score the engine against the reading")
    s.add_argument("--split", choices=("dev", "test"), required=True)
    s.add_argument(
        "--labels", help="reading JSONL (default docs/labels/averitec_slot_reading_SPLIT)"
    )
    s.add_argument("--show", action="store_true", help="print every claim with a miss or extra")
    s.add_argument("--json", help="also write the summary here")
    s.set_defaults(run=score)
    args = ap.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
