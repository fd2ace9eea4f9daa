"""Measure the slot engine on real local news: GVA incident clusters (../shared/eval).

For each article: the incident date the article gives, resolved against the article's own
publication date (`dct`), vs the gold incident date; and the killed / injured counts it states
vs the gold counts. Accuracy is over the articles where the engine found a value; coverage is
the share of articles where it found one.

    .venv/bin/python scripts/eval_slots.py --limit 400
    .venv/bin/python scripts/eval_slots.py --eval-dir ../shared/eval --out runs/eval_slots.json

The incident date is the first resolved day-level date (not a reporting date such as "police
said Monday", not in the future of the article) in a sentence that talks about the shooting,
else the first such date anywhere. Follow-up stories (published more than 7 days after the
incident) mostly date other events (hearings, funerals), so the date figures are also given for
articles published within 7 days of the incident, where the article states the incident day.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.slots import Slot, extract_article_slots
from factcheck.slots.quantities import noun_key

DATA = "clusters/gva_longtail/gva_incident_clusters.jsonl"
INCIDENT = re.compile(
    r"\b(shot|shoot|shooting|shootings|gunfire|gunman|killed|wounded|died|dead|fired|slain|"
    r"homicide|murder|injured|gunshot|stabb?ed)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[str]:
    """A cheap splitter: good enough to find dates and counts, and no second parse."""
    return [s.strip() for s in _SPLIT.split(text) if s and s.strip()]


def parse_gold_date(s: str) -> date | None:
    for fmt in ("%B %d, %Y", "%Y-%m-%d", "%b %d, %Y"):
        try:
            return datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            continue
    return None


# Verbs whose date is the incident's date ("was shot Saturday night", "happened around 2 a.m.").
INCIDENT_VERBS = {
    "shoot",
    "kill",
    "die",
    "wound",
    "injure",
    "happen",
    "occur",
    "fire",
    "find",
    "respond",
    "call",
    "erupt",
    "open",
    "break",
    "gun",
    "stab",
    "murder",
    "hit",
}


def incident_date(sentences: list[str], slots: list[list[Slot]], dct: date) -> Slot | None:
    """The first date governed by a shooting verb; else the first in a sentence about the
    shooting; else the first date at all (only day-level, not a reporting date, not future)."""
    tiers: list[Slot | None] = [None, None, None]
    for sent, sl in zip(sentences, slots, strict=True):
        for s in sl:
            if s.kind not in ("date", "time") or not s.resolved or s.value_start is None:
                continue
            if s.granularity not in ("day", "part_of_day", "minute") or s.role in (
                "report",
                "since",
            ):
                continue
            if s.value_start.date() > dct + timedelta(days=1):
                continue
            tier = 0 if s.role in INCIDENT_VERBS else 1 if INCIDENT.search(sent) else 2
            if tiers[tier] is None:
                tiers[tier] = s
    return next((t for t in tiers if t is not None), None)


def first_count(slots: list[list[Slot]], role: str) -> Slot | None:
    for sl in slots:
        for s in sl:
            if s.kind == "quantity" and s.role == role and noun_key(s.noun, s.role) == "person":
                return s
    return None


def covers(slot: Slot, d: date) -> bool:
    assert slot.value_start is not None and slot.value_end is not None
    g0 = datetime.combine(d, datetime.min.time())
    return slot.value_start < g0 + timedelta(days=1) and g0 < slot.value_end


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--limit", type=int, default=0, help="articles to read (0 = all)")
    ap.add_argument("--out", default=str(ROOT / "runs" / "eval_slots.json"))
    ap.add_argument("--errors", type=int, default=15, help="wrong cases to print per measure")
    args = ap.parse_args(argv)
    path = Path(args.eval_dir) / DATA
    if not path.exists():
        print(f"{path}: not found; pass --eval-dir pointing at shared/eval", file=sys.stderr)
        return 1
    stats = {
        k: {"n": 0, "found": 0, "correct": 0} for k in ("date", "date_7d", "killed", "injured")
    }
    errors: dict[str, list[dict]] = {k: [] for k in stats}
    n_sent = 0
    t0 = time.perf_counter()
    done = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cluster = json.loads(line)
            gold = cluster["gold_incident"]
            gdate = parse_gold_date(gold.get("date", ""))
            for art in cluster["articles"]:
                if args.limit and done >= args.limit:
                    break
                done += 1
                try:
                    dct = date.fromisoformat(art["dct"][:10])
                except (KeyError, ValueError):
                    continue
                sents = split_sentences((art.get("title") or "") + "\n" + (art.get("text") or ""))
                n_sent += len(sents)
                slots = extract_article_slots(sents, datetime.combine(dct, datetime.min.time()))
                if gdate is not None:
                    pred = incident_date(sents, slots, dct)
                    keys = ["date"] + (["date_7d"] if 0 <= (dct - gdate).days <= 7 else [])
                    for k in keys:
                        stats[k]["n"] += 1
                        if pred is not None:
                            stats[k]["found"] += 1
                            ok = covers(pred, gdate)
                            stats[k]["correct"] += ok
                            if not ok and len(errors[k]) < args.errors:
                                errors[k].append(
                                    {
                                        "doc": art["doc_id"],
                                        "dct": str(dct),
                                        "gold": str(gdate),
                                        "text": pred.text,
                                        "pred": pred.to_dict().get("start"),
                                    }
                                )
                for role, gkey in (("killed", "num_killed"), ("injured", "num_injured")):
                    g = gold.get(gkey)
                    if g is None:
                        continue
                    # GVA counts the suspect among the killed/injured; articles often count the
                    # victims only ("three officers were killed" where GVA says 4 with the gunman).
                    status = "Killed" if role == "killed" else "Injured"
                    victims = sum(
                        1
                        for p in gold.get("participants", [])
                        if status in p.get("Status", "") and p.get("Type") == "Victim"
                    )
                    accept = {float(g), float(victims)} if victims else {float(g)}
                    stats[role]["n"] += 1
                    pred = first_count(slots, role)
                    if pred is not None:
                        stats[role]["found"] += 1
                        ok = any((pred.low or 0) <= v <= (pred.high or 0) for v in accept)
                        strict = (pred.low or 0) <= float(g) <= (pred.high or 0)
                        stats[role]["strict"] = stats[role].get("strict", 0) + strict
                        stats[role]["correct"] += ok
                        if not ok and len(errors[role]) < args.errors:
                            errors[role].append(
                                {
                                    "doc": art["doc_id"],
                                    "gold": g,
                                    "text": pred.text,
                                    "low": pred.low,
                                    "high": pred.high,
                                }
                            )
            if args.limit and done >= args.limit:
                break
    secs = time.perf_counter() - t0
    table = {}
    print(
        f"{'measure':<10} {'articles':>8} {'found':>6} {'coverage':>9} {'accuracy':>9} {'strict':>7}"
    )
    for k, s in stats.items():
        cov = s["found"] / s["n"] if s["n"] else 0.0
        acc = s["correct"] / s["found"] if s["found"] else 0.0
        strict = s.get("strict", s["correct"]) / s["found"] if s["found"] else 0.0
        table[k] = {
            **s,
            "coverage": round(cov, 4),
            "accuracy": round(acc, 4),
            "accuracy_strict_gold": round(strict, 4),
        }
        print(f"{k:<10} {s['n']:>8} {s['found']:>6} {cov:>9.1%} {acc:>9.1%} {strict:>7.1%}")
    print(
        "accuracy: killed/injured match the gold total or the victims-only count; strict: the total"
    )
    print(
        f"{done} articles, {n_sent} sentences in {secs:.1f} s ({n_sent / max(secs, 1e-9):.0f} sentences/s)"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "data": str(path),
                "articles": done,
                "sentences": n_sent,
                "seconds": round(secs, 1),
                "results": table,
                "errors": errors,
            },
            indent=2,
        )
    )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
