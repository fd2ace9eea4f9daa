"""The claim conflicts factcheck raises on GVA clusters that hold a labelled claim flag.

Claim conflicts are the NLI model's contradictions with no slot in conflict. This lists every
claim conflict the current code raises on the clusters of `docs/labels/gva_untouched_*.jsonl`
that hold a labelled claim flag, with the label where the same finding was judged (real /
false_alarm / unclear, or none when the finding is new), and counts them. Run it before and
after a change to the claim rule (docs/decisions.md D8):

    .venv/bin/python scripts/claim_flags.py --out runs/claim_flags.jsonl
    # the 90 clusters the twenty-third session chose its claim rule on
    .venv/bin/python scripts/claim_flags.py --exclude gva_untouched_devpool4_s23.jsonl

About 15 minutes on 2 cores (90 clusters). The --out file holds the two statements' text: keep
it out of the repository (runs/ is ignored).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import eval_clusters as ec

LABELS = ROOT / "docs" / "labels"


def labelled_claims(pattern: str, exclude: Sequence[str] = ()) -> tuple[dict[str, str], set[str]]:
    """Label by finding id, and the clusters that hold a labelled claim flag."""
    labels: dict[str, str] = {}
    clusters: set[str] = set()
    for path in sorted(LABELS.glob(pattern)):
        if path.name in exclude:
            continue
        for r in ec.read_jsonl(path):
            if r.get("label"):
                labels.setdefault(r["finding_id"], r["label"])
                if r["conflict_type"] == "claim":
                    clusters.add(r["cluster_id"])
    return labels, clusters


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--labels", default="gva_untouched_*.jsonl", help="glob under docs/labels")
    ap.add_argument("--exclude", action="append", default=[], help="a label file to leave out")
    ap.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE"
    )
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None, help="one line per claim flag (with text)")
    args = ap.parse_args(argv)
    path = args.eval_dir / "clusters" / "gva_longtail" / "gva_incident_clusters.jsonl"
    if not path.exists():
        print(f"claim_flags: {path} not found (use --eval-dir)", file=sys.stderr)
        return 1
    labels, cluster_ids = labelled_claims(args.labels, args.exclude)
    rows = [r for r in ec.read_jsonl(path) if r["cluster_id"] in cluster_ids]
    runner = ec.load_runner(ec.make_config(args.overrides, threads=args.threads))
    tmp = Path(tempfile.mkdtemp())
    counts: Counter[str] = Counter()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for n, row in enumerate(rows, 1):
        cid = row["cluster_id"]
        articles = ec.load_articles(ec.gva_records(row), tmp, "gva").get(cid, [])
        if len(articles) < 2:
            continue
        report = runner.run(articles, cid)
        for f in report.conflicts:
            if f.conflict_type != "claim":
                continue
            label = labels.get(f.id, "unlabelled")
            counts[label] += 1
            if out:
                a, b = report.statement(f.statement_a), report.statement(f.statement_b)
                rec = {"finding_id": f.id, "cluster_id": cid, "label": label, "a": a.text,
                       "b": b.text, "reasons": list(f.reasons)}  # fmt: skip
                out.write(json.dumps(rec) + "\n")
        print(f"  {n}/{len(rows)} {cid}", file=sys.stderr)
    if out:
        out.close()
    print(json.dumps({"git": ec.git_commit(), "clusters": len(rows), "claim_flags": sum(counts.values()),
                      "by_label": dict(counts)}, indent=1))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
