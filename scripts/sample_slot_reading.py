"""Draw GVA articles for a blind hand reading of their dates and counts (docs/labels/README.md).

Writes a text file for the readers (title, publication date with its weekday, the incident's
place and the names in its record, the article text) and a JSON list of the drawn ids. The
output holds article text: write it outside the repository (the default is runs/, ignored).

    .venv/bin/python scripts/sample_slot_reading.py --split test --n 50 --seed 710 \\
        --out runs/reading/test_random_710
    .venv/bin/python scripts/sample_slot_reading.py --split test --n 50 --seed 711 --with-count \\
        --out runs/reading/test_counts_711

Articles already in any docs/labels/gva_slot_reading_*.jsonl are never drawn again, so a new
seed gives a sample no rule was chosen on. --with-count draws (in the seeded order) only
articles where the slot engine finds a killed or injured count: accuracy on what it found,
unbiased; coverage must come from a random sample.

--source ecbplus (ECB+), neus (AllSides roundups), fnc1 (FNC-1 test bodies), fnc1train (FNC-1
train bodies) or claimdiff (ClaimDiff's outlets' sentences) draws those articles instead (counts only:
they carry no publication date of their own), from those with a word of death or harm
(CASUALTY_WORDS, chosen without the engine); it skips the ids in
docs/labels/{ecbplus,neus,fnc1,fnc1train,claimdiff}_count_reading*.jsonl:

    .venv/bin/python scripts/sample_slot_reading.py --source ecbplus --n 600 --seed 800 \\
        --out runs/reading_ecb/ecbplus_800
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_clusters import split_of
from eval_slots import SOURCES, candidate_counts, iter_clusters, split_sentences

# Which ECB+ articles may state a count: a word of death or harm. A plain regex, so the sample
# does not depend on what the engine finds (coverage is measured on it too).
CASUALTY_WORDS = re.compile(
    r"\b(kill\w*|dead|deaths?|died|dies|dying|wound\w*|injur\w*|hurt|hospitali[sz]ed|hospital|"
    r"shot|shooting|murder\w*|slain|casualt\w*|victims?|fatal\w*|toll|lives|bod(?:y|ies))\b",
    re.IGNORECASE,
)
LABEL_GLOBS = {
    "gva": "gva_slot_reading_*.jsonl",
    "ecbplus": "ecbplus_count_reading*.jsonl",
    "neus": "neus_count_reading*.jsonl",
    "fnc1": "fnc1_count_reading*.jsonl",
    "fnc1train": "fnc1train_count_reading*.jsonl",
    "claimdiff": "claimdiff_count_reading*.jsonl",
}


def labelled_ids(labels_dir: Path, source: str = "gva") -> set[str]:
    ids: set[str] = set()
    for path in sorted(labels_dir.glob(LABEL_GLOBS[source])):
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["doc"] for line in fh if line.strip())
    return ids


def has_count(art: dict, dct: date | None) -> bool:
    from factcheck.slots import extract_article_slots

    sents = split_sentences((art.get("title") or "") + "\n" + (art.get("text") or ""))
    published = datetime.combine(dct, datetime.min.time()) if dct else None
    slots = extract_article_slots(sents, published)
    return any(candidate_counts(sents, slots, role) for role in ("killed", "injured"))


def render(art: dict, dct: date | None, gold: dict) -> str:
    if dct is None:  # ECB+: no date, no incident record; the cluster groups one event's reports
        return (
            f"=== doc {art['doc_id']}\n"
            f"story cluster: {gold.get('cluster_id', '')}\n"
            + (f"title: {art['title']}\n" if art.get("title") else "")
            + f"\n{art.get('text') or ''}\n\n"
        )
    names = ", ".join(p.get("Name", "") for p in gold.get("participants", []) if p.get("Name"))
    place = ", ".join(x for x in (gold.get("city_or_county"), gold.get("state")) if x)
    return (
        f"=== doc {art['doc_id']}\n"
        f"published: {dct.isoformat()} ({dct.strftime('%A')})\n"
        f"incident place: {place}; names in the record: {names or '(none)'}\n"
        f"title: {art.get('title') or ''}\n\n{art.get('text') or ''}\n\n"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument(
        "--source",
        choices=tuple(SOURCES),
        default="gva",
        help="ecbplus (ECB+), neus (AllSides roundups), fnc1 (FNC-1 test bodies), fnc1train (FNC-1 "
        "train bodies) or claimdiff (ClaimDiff's outlets' sentences): articles with a word of death or harm "
        "(no split, counts only)",
    )
    ap.add_argument("--split", choices=("dev", "test"), default="test")
    ap.add_argument("--split-seed", type=int, default=13, help="as eval_clusters.py")
    ap.add_argument("--seed", type=int, required=True, help="draw seed (use a new one per sample)")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--with-count", action="store_true", help="only articles with a found count")
    ap.add_argument("--labels-dir", default=str(ROOT / "docs" / "labels"))
    ap.add_argument("--out", required=True, help="path prefix: writes PREFIX.txt and PREFIX.json")
    args = ap.parse_args(argv)

    undated = args.source != "gva"
    path = Path(args.eval_dir) / SOURCES[args.source]
    if not path.exists():
        print(f"{path}: not found; pass --eval-dir pointing at shared/eval", file=sys.stderr)
        return 1
    seen = labelled_ids(Path(args.labels_dir), args.source)
    pool: list[tuple[dict, date | None, dict]] = []
    for cluster in iter_clusters(path, args.source):
        if undated:
            pool.extend(
                (art, None, {"cluster_id": cluster["cluster_id"]})
                for art in cluster["articles"]
                if art["doc_id"] not in seen
                and CASUALTY_WORDS.search(
                    (art.get("title") or "") + "\n" + (art.get("text") or "")
                )
            )
            continue
        if split_of(cluster["cluster_id"], args.split_seed) != args.split:
            continue
        for art in cluster["articles"]:
            try:
                dct = date.fromisoformat(art["dct"][:10])
            except (KeyError, ValueError):
                continue
            if art["doc_id"] not in seen:
                pool.append((art, dct, cluster["gold_incident"]))
    random.Random(args.seed).shuffle(pool)
    drawn = []
    for art, dct, gold in pool:
        if len(drawn) >= args.n:
            break
        if args.with_count and not has_count(art, dct):
            continue
        drawn.append((art, dct, gold))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".txt").write_text(
        "".join(render(a, d, g) for a, d, g in drawn), encoding="utf-8"
    )
    out.with_suffix(".json").write_text(
        json.dumps([a["doc_id"] for a, _, _ in drawn], indent=1), encoding="utf-8"
    )
    print(f"{len(drawn)} articles (of {len(pool)} unlabelled) -> {out}.txt / .json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
