"""Measure conflict detection on real news clusters nobody on the team wrote.

Measurements, each over data in ../shared/eval (never copied into the repo):

1. GVA planted conflicts: real multi-outlet clusters about one shooting incident; in one
   article one fact is changed in one controlled way (scripts/planting.py: date, number,
   entity, claim). Recall = a conflict finding involves the edited statement; also whether
   its conflict type matches, and "new" recall (the pair was not already a conflict before
   the edit).
2. GVA untouched clusters: conflicts per cluster; a seeded sample is written for hand
   labelling (docs/labels/gva_untouched_sample.jsonl: ids and offsets only, never text), and
   the labels give precision.
3. ECB+ sibling events: clusters mixing articles of two look-alike events; how often
   statements about different events are aligned, agreed or conflicted.
4. FNC-1 stance sanity: headline (one-sentence article) vs body; conflict rate for
   `disagree` vs `agree` / `discuss` bodies.
5. NeuS/AllSides untouched events (`--only neus`): the left, center and right outlets' title
   and lead of one national story, checked as a cluster; conflicts per event and, with
   `--label-sample`, a sample to label (ids and offsets only) for precision on a second source.
6. ClaimDiff untouched stories (`--only claimdiff`): the sentences two outlets wrote on one
   contentious national or world story (2016-2021), checked as a cluster, the same way.

Clusters are split dev/test by a seeded hash of the cluster id; tune on dev, report test.

    .venv/bin/python scripts/eval_clusters.py --limit 20 --seed 13
    .venv/bin/python scripts/eval_clusters.py --limit 60 --split test --out bench/eval_test.json
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from planting import PLANT_TYPES, Edit, Site, apply_edit, candidate_sites, new_span, overlaps

from factcheck.clean import body_spans
from factcheck.config import Config, load_config
from factcheck.schema import Article, NliScores, Report

LABELS_PATH = ROOT / "docs" / "labels" / "gva_untouched_sample.jsonl"

# ---------------------------------------------------------------------------- models


class CachingJudge:
    """Wraps an NLI judge: a pair judged once is not judged again in this process.

    The planted and untouched runs of a cluster share almost every pair, and a sweep reruns
    the same pairs under other settings; the cache makes those cost only the new pairs. It
    also counts what the model really judged. (Timing benchmarks use the bare judge.)
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache: dict[tuple[str, str], tuple[NliScores, NliScores]] = {}
        self.model_pairs = 0

    def predict_both(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[tuple[NliScores, NliScores]]:
        todo = [p for p in dict.fromkeys(pairs) if p not in self.cache]
        if todo:
            self.model_pairs += len(todo)
            for p, s in zip(
                todo, self.inner.predict_both(todo, batch_size=batch_size), strict=True
            ):
                self.cache[p] = s
        return [self.cache[p] for p in pairs]


class CachingEmbedder:
    def __init__(self, inner: Any) -> None:
        import numpy as np

        self._np = np
        self.inner = inner
        self.name = inner.name
        self.cache: dict[str, Any] = {}

    def encode(self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False) -> Any:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            for t, v in zip(todo, self.inner.encode(todo, batch_size=batch_size), strict=True):
                self.cache[t] = v
        if not texts:
            return self._np.zeros((0, 1), dtype=self._np.float32)
        return self._np.stack([self.cache[t] for t in texts])


def memoize_pure_stages() -> None:
    """Cache segmentation and slot extraction in this process (used by sweeps only).

    A sweep reruns the same articles under many align/decide settings; both stages depend
    only on the articles (and the segment config), so their results are reused. The pipeline
    imports them at call time, which is what lets this wrap the module attributes.
    """
    from factcheck import segment, slots

    seg_cache: dict[Any, Any] = {}
    slot_cache: dict[Any, Any] = {}
    segment_articles, extract = segment.segment_articles, slots.extract_article_slots

    def cached_segment(articles: Sequence[Article], config: Any, *, progress: bool = False) -> Any:
        key = (tuple(articles), config)
        if key not in seg_cache:
            seg_cache[key] = segment_articles(articles, config, progress=progress)
        return seg_cache[key]

    def cached_slots(texts: Sequence[str], published: Any, *a: Any, **kw: Any) -> Any:
        key = (tuple(texts), published, a, tuple(sorted(kw.items())))
        if key not in slot_cache:
            slot_cache[key] = list(extract(texts, published, *a, **kw))
        return slot_cache[key]

    segment.segment_articles = cached_segment  # type: ignore[assignment]
    slots.extract_article_slots = cached_slots  # type: ignore[assignment]


def git_commit() -> str:
    """The commit the run measured (with "+dirty" when the work tree had changes)."""
    import subprocess

    def git(*a: str) -> str:
        return subprocess.run(
            ["git", *a], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    return git("rev-parse", "--short", "HEAD") + (
        "+dirty" if git("status", "--porcelain", "--untracked-files=no") else ""
    )


def make_config(
    overrides: Sequence[str], threads: int | None = None, device: str | None = None
) -> Config:
    extra = list(overrides)
    if threads is not None:
        extra.append(f"models.threads={threads}")
    if device is not None:
        extra.append(f"models.device={device}")
    return load_config(None, extra)


ALL_PAIRS_OVERRIDES = (
    "align.min_similarity=-1",
    "align.mutual_bonus=0",
    "align.top_k=100000",
    "decide.slot_min_similarity=-1",
)


def all_pairs_config(config: Config) -> Config:
    return load_config(None, [*_as_overrides(config), *ALL_PAIRS_OVERRIDES])


def _as_overrides(config: Config) -> list[str]:
    return [f"{sec}.{k}={v}" for sec, table in config.to_dict().items() for k, v in table.items()]


# ---------------------------------------------------------------------------- data


def split_of(cluster_id: str, seed: int) -> str:
    """dev or test, stable for a cluster id and seed (not for a --limit)."""
    h = hashlib.sha256(f"{seed}:{cluster_id}".encode()).digest()
    return "dev" if h[0] % 2 == 0 else "test"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_articles(
    records: Iterable[dict[str, Any]], tmp: Path, name: str
) -> dict[str, list[Article]]:
    """Articles through factcheck's own ingest (JSONL), as a user's run would read them."""
    from factcheck.ingest import load_inputs

    path = tmp / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    return load_inputs([path]).clusters


def gva_records(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "cluster_id": row["cluster_id"],
            "id": a["doc_id"],
            "source": a.get("outlet_domain") or a["doc_id"],
            "title": a.get("title"),
            "url": a.get("url"),
            "published": a.get("dct"),
            "text": a.get("text") or "",
        }
        for a in row["articles"]
        if (a.get("text") or "").strip()
    ]


TRAINING_CLUSTERS = ROOT / "factcheck" / "models" / "nli-minilm" / "training_clusters.txt"


def gva_rows(
    eval_dir: Path,
    seed: int,
    split: str,
    limit: int | None,
    exclude: frozenset[str] = frozenset(),
    skip: int = 0,
) -> list[dict[str, Any]]:
    path = eval_dir / "clusters" / "gva_longtail" / "gva_incident_clusters.jsonl"
    if not path.exists():
        sys.exit(f"{path}: not found; pass --eval-dir pointing at shared/eval")
    rows = [
        r for r in read_jsonl(path) if len(gva_records(r)) >= 2 and r["cluster_id"] not in exclude
    ]
    rows = [r for r in rows if split == "both" or split_of(r["cluster_id"], seed) == split]
    random.Random(seed).shuffle(rows)
    rows = rows[skip:]  # --skip: clusters after those an earlier sample (or tuning) looked at
    return rows[:limit] if limit else rows


NEUS_PATH = Path("clusters") / "neus_allsides" / "headline_11_2021-10-19_crawled_all.jsonl"


def neus_records(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One AllSides event as a cluster: each side's outlet excerpt (title and first lines).

    The excerpts carry no publication date of their own; the event's AllSides date stands
    for it (outlets publish the same day or the day before, so a relative day may resolve
    one day apart: the labels' `date_resolution` cause)."""
    cid = f"neus-{row['id']}"
    out = []
    for side, item in sorted((row.get("news") or {}).items()):
        body = item.get("newBody") or []
        text = "\n".join(body) if isinstance(body, list) else str(body)
        if not text.strip():
            continue
        out.append(
            {
                "cluster_id": cid,
                "id": f"{cid}-{side}",
                "source": item.get("newsSource") or side,
                "title": item.get("newsTitle"),
                "url": item.get("newsLink"),
                "published": row.get("date"),
                "text": text,
            }
        )
    return out


CLAIMDIFF_PATH = Path("pairs") / "claimdiff" / "annotation_result_unfiltered.json"


def claimdiff_stories(path: Path) -> list[dict[str, Any]]:
    """ClaimDiff's stories (Ko et al.: two outlets' sentences on one contentious story) in the
    GVA shape: each outlet's article holds the sentences the annotators took from it, each
    once, in the order the file first gives them (the study kept no more, nor their order)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["data"] if isinstance(data, dict) else data
    stories: dict[str, dict[str, Any]] = {}
    for row in rows:
        story = stories.setdefault(row["topic"], {"date": row.get("date"), "articles": {}})
        for title, claim in (
            (row["article_a"], row["claim_a"]),
            (row["article_b"], row["claim_b"]),
        ):
            sents = story["articles"].setdefault(title, [])
            if claim not in sents:
                sents.append(claim)
    return [
        {
            "cluster_id": f"claimdiff-{i}",
            "date": story["date"],
            "articles": [
                {"doc_id": f"claimdiff-{i}-{j}", "title": title, "text": "\n".join(sents)}
                for j, (title, sents) in enumerate(story["articles"].items())
            ],
        }
        for i, story in enumerate(stories.values())
    ]


def claimdiff_records(story: dict[str, Any]) -> list[dict[str, Any]]:
    """One ClaimDiff story as a cluster; the story's date stands for each article's (both
    outlets wrote within days of it)."""
    return [
        {
            "cluster_id": story["cluster_id"],
            "id": a["doc_id"],
            "source": a["doc_id"],
            "title": a["title"],
            "published": story["date"],
            "text": a["text"],
        }
        for a in story["articles"]
    ]


def event_clusters(
    source: str, eval_dir: Path, seed: int, split: str, limit: int | None, skip: int = 0
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The untouched stories of a source without gold (neus, claimdiff) as (cluster id,
    records), the split's share in seeded order."""
    if source == "neus":
        path = eval_dir / NEUS_PATH
        if not path.exists():
            sys.exit(f"{path}: not found; pass --eval-dir pointing at shared/eval")
        events = [(f"neus-{r['id']}", neus_records(r)) for r in read_jsonl(path)]
    else:
        path = eval_dir / CLAIMDIFF_PATH
        if not path.exists():
            sys.exit(f"{path}: not found; pass --eval-dir pointing at shared/eval")
        events = [(st["cluster_id"], claimdiff_records(st)) for st in claimdiff_stories(path)]
    events = [(c, recs) for c, recs in events if len(recs) >= 2]
    events = [(c, recs) for c, recs in events if split == "both" or split_of(c, seed) == split]
    random.Random(seed).shuffle(events)
    events = events[skip:]
    return events[:limit] if limit else events


def eval_events(
    source: str,
    events: Sequence[tuple[str, list[dict[str, Any]]]],
    runner: Runner,
    tmp: Path,
    log: Any = print,
) -> dict[str, Any]:
    """Untouched stories of a source without gold: what the checker flags, per story, and
    every conflict's sides."""
    untouched: list[dict[str, Any]] = []
    conflicts_out: list[dict[str, Any]] = []
    started = time.perf_counter()
    for n, (cid, records) in enumerate(events, 1):
        articles = load_articles(records, tmp, source).get(cid, [])
        if len(articles) < 2:
            continue
        rep = runner.run(articles, cid)
        untouched.append(untouched_row(cid, len(articles), rep))
        conflicts_out.extend(conflict_records(cid, rep))
        if log and (n % 25 == 0 or n == len(events)):
            log(f"  {source} {n}/{len(events)}: {len(conflicts_out)} conflicts so far "
                f"({time.perf_counter() - started:.0f}s)")  # fmt: skip
    return {"untouched": untouched, "untouched_conflicts": conflicts_out}


# ---------------------------------------------------------------------------- planting


@dataclass(frozen=True, slots=True)
class Plant:
    cluster_id: str
    type: str
    article_id: str
    edit: Edit  # offsets in the original article text
    statement_span: tuple[int, int]  # the original statement that holds the edit


def entity_swaps(
    row: dict[str, Any], donor: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """Place: the incident's city -> the donor incident's city; names: surname -> donor surname."""
    swaps: dict[str, str] = {}
    detail: dict[str, str] = {}
    gold, other = row["gold_incident"], donor["gold_incident"]
    city, new_city = (
        (gold.get("city_or_county") or "").strip(),
        (other.get("city_or_county") or "").strip(),
    )
    if city and new_city and city != new_city and "(" not in city:
        swaps[city], detail[city] = new_city, "place"
    donor_names = [_surname(p.get("Name", "")) for p in other.get("participants") or []]
    donor_names = [n for n in donor_names if n]
    for i, p in enumerate(gold.get("participants") or []):
        name = _surname(p.get("Name", ""))
        if name and donor_names and name not in swaps:
            new = donor_names[i % len(donor_names)]
            if new != name:
                swaps[name], detail[name] = new, "name"
    return swaps, detail


def _surname(name: str) -> str | None:
    parts = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    if len(parts) < 2:  # a lone "Officer" or first name is not a usable surname
        return None
    last = parts[-1].strip(".")
    if last.lower() in ("jr", "sr", "ii", "iii") and len(parts) > 2:
        last = parts[-2]
    return last if len(last) >= 3 and last.isalpha() else None


def choose_plant(
    report: Report, kind: str, rng: random.Random, swaps: dict[str, str], detail: dict[str, str]
) -> Plant | None:
    statements = [(s.article_id, s.start, s.end, s.text) for s in report.statements]
    sites: list[Site] = candidate_sites(statements, kind, swaps=swaps, swap_detail=detail)  # type: ignore[arg-type]
    if not sites:
        return None
    site = rng.choice(sites)
    return Plant(
        report.cluster_id,
        kind,
        site.article_id,
        site.edit,
        (site.statement_start, site.statement_end),
    )


def planted_articles(articles: Sequence[Article], plant: Plant) -> list[Article]:
    out = []
    for a in articles:
        if a.id == plant.article_id:
            text = apply_edit(a.text, plant.edit)
            a = replace(a, text=text, body_spans=body_spans(text))
        out.append(a)
    return out


def score_plant(plant: Plant, before: Report, after: Report) -> dict[str, Any]:
    """Was the edited statement in a conflict finding, of the planted type, and newly so?"""
    span = new_span(plant.edit)
    edited = [
        s
        for s in after.statements
        if s.article_id == plant.article_id and overlaps((s.start, s.end), span)
    ]
    edited_ids = {s.id for s in edited}
    hits = [
        f for f in after.conflicts if f.statement_a in edited_ids or f.statement_b in edited_ids
    ]
    # The same statement before the edit, and the partners it already conflicted with.
    orig = [
        s
        for s in before.statements
        if s.article_id == plant.article_id and overlaps((s.start, s.end), plant.statement_span)
    ]
    orig_ids = {s.id for s in orig}
    already = set()
    for f in before.conflicts:
        if f.statement_a in orig_ids:
            already.add(f.statement_b)
        if f.statement_b in orig_ids:
            already.add(f.statement_a)
    new_hits = [
        f for f in hits if ({f.statement_a, f.statement_b} - edited_ids).isdisjoint(already)
    ]
    # The counterpart: a partner in another article that states the old value (the anchor).
    # An all-pairs run pairs the edited statement with everything, so some conflict on it can be
    # found by chance; a conflict with a statement holding the old value is the planted one.
    anchor = re.compile(r"(?<![\w-])" + re.escape(plant.edit.anchor) + r"(?![\w-])", re.IGNORECASE)
    by_id = {s.id: s for s in after.statements}
    counterpart_hits = [
        f
        for f in hits
        for other in ({f.statement_a, f.statement_b} - edited_ids)
        if by_id[other].article_id != plant.article_id and anchor.search(by_id[other].text)
    ]
    judged = [
        f for f in after.findings if f.statement_a in edited_ids or f.statement_b in edited_ids
    ]
    return {
        "cluster_id": plant.cluster_id,
        "type": plant.type,
        "detail": plant.edit.detail,
        "article_id": plant.article_id,
        "span": [plant.edit.start, plant.edit.end],
        "old": plant.edit.old,
        "new": plant.edit.new,
        "segmented": bool(edited),
        "pairs_with_edited": len(judged),
        "recalled": bool(hits),
        "recalled_new": bool(new_hits),
        "recalled_counterpart": bool(counterpart_hits),
        "type_match": any(f.conflict_type == plant.type for f in hits),
        "found_types": sorted({f.conflict_type or "" for f in hits}),
    }


# ---------------------------------------------------------------------------- runs


@dataclass
class Runner:
    config: Config
    embedder: Any
    judge: Any

    def run(
        self, articles: Sequence[Article], cluster_id: str, config: Config | None = None
    ) -> Report:
        from factcheck.pipeline import check_cluster

        return check_cluster(
            articles,
            config or self.config,
            cluster_id=cluster_id,
            embedder=self.embedder,
            nli=self.judge,
        )


def load_runner(config: Config, *, cache: bool = True) -> Runner:
    from factcheck.pipeline import load_default_models

    embedder, nli = load_default_models(config)
    if cache:
        return Runner(config, CachingEmbedder(embedder), CachingJudge(nli))
    return Runner(config, embedder, nli)


def finding_sides(report: Report, f: Any) -> dict[str, Any]:
    a, b = report.statement(f.statement_a), report.statement(f.statement_b)
    return {
        "a": {"article_id": a.article_id, "start": a.start, "end": a.end},
        "b": {"article_id": b.article_id, "start": b.start, "end": b.end},
    }


def untouched_row(cid: str, articles: int, rep: Report) -> dict[str, Any]:
    """One untouched cluster's counts (for untouched_table)."""
    return {
        "cluster_id": cid,
        "articles": articles,
        "statements": rep.stats.statements,
        "all_pairs": rep.stats.all_pairs,
        "pairs_judged": rep.stats.pairs_judged,
        "conflicts": rep.stats.conflicts,
        "agreements": rep.stats.agreements,
        "conflict_types": dict(Counter(f.conflict_type for f in rep.conflicts)),
    }


def conflict_records(cid: str, rep: Report) -> list[dict[str, Any]]:
    """Every conflict of a report by id and offsets (no text), as the label files hold them."""
    return [
        {
            "finding_id": f.id,
            "cluster_id": cid,
            "conflict_type": f.conflict_type,
            "confidence": f.confidence,
            **finding_sides(rep, f),
        }
        for f in rep.conflicts
    ]


def eval_gva(
    rows: Sequence[dict[str, Any]],
    runner: Runner,
    seed: int,
    tmp: Path,
    *,
    types: Sequence[str] = PLANT_TYPES,
    configs: dict[str, Config] | None = None,
    log: Any = print,
) -> dict[str, Any]:
    """Untouched and planted runs of every cluster, under each named config (default: one)."""
    configs = configs or {"default": runner.config}
    plants_out: dict[str, list[dict[str, Any]]] = {name: [] for name in configs}
    untouched: dict[str, list[dict[str, Any]]] = {name: [] for name in configs}
    conflicts_out: list[dict[str, Any]] = []
    no_site: Counter[str] = Counter()
    started = time.perf_counter()
    for n, row in enumerate(rows, 1):
        cid = row["cluster_id"]
        clusters = load_articles(gva_records(row), tmp, "gva")
        articles = clusters.get(cid, [])
        if len(articles) < 2:
            continue
        donor = rows[(n + len(rows) // 2) % len(rows)] if len(rows) > 1 else row
        swaps, detail = entity_swaps(row, donor)
        rng = random.Random(f"{seed}:{cid}")
        befores = {name: runner.run(articles, cid, cfg) for name, cfg in configs.items()}
        first = next(iter(configs))
        for name, rep in befores.items():
            untouched[name].append(untouched_row(cid, len(articles), rep))
        conflicts_out.extend(conflict_records(cid, befores[first]))
        for kind in types:
            plant = choose_plant(befores[first], kind, rng, swaps, detail)
            if plant is None:
                no_site[kind] += 1
                continue
            modified = planted_articles(articles, plant)
            for name, cfg in configs.items():
                after = runner.run(modified, cid, cfg)
                plants_out[name].append(score_plant(plant, befores[name], after))
        if log:
            log(f"  gva {n}/{len(rows)} {cid}: {len(articles)} articles, "
                f"{befores[first].stats.conflicts} conflicts untouched ({time.perf_counter() - started:.0f}s)")  # fmt: skip
    return {
        "plants": plants_out,
        "untouched": untouched,
        "untouched_conflicts": conflicts_out,
        "no_site": dict(no_site),
    }


def recall_table(plants: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in plants:
        by[p["type"]].append(p)
        by["all"].append(p)
    out = {}
    for t in [*PLANT_TYPES, "all"]:
        ps = by.get(t, [])
        n = len(ps)
        seg = [p for p in ps if p["segmented"]]
        out[t] = {
            "planted": n,
            "segmented": len(seg),
            # The edited statement reached the judge at all (paired with some statement).
            "judged": _rate(sum(p["pairs_with_edited"] > 0 for p in ps), n),
            "recall": _rate(sum(p["recalled"] for p in ps), n),
            "recall_new": _rate(sum(p["recalled_new"] for p in ps), n),
            "recall_counterpart": _rate(sum(p["recalled_counterpart"] for p in ps), n),
            "type_match": _rate(sum(p["type_match"] for p in ps), n),
            "recall_of_segmented": _rate(sum(p["recalled"] for p in seg), len(seg)),
        }
    return out


def untouched_table(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    conflicts = sum(r["conflicts"] for r in rows)
    types: Counter[str] = Counter()
    for r in rows:
        types.update({str(k): v for k, v in r["conflict_types"].items()})
    return {
        "clusters": n,
        "articles": sum(r["articles"] for r in rows),
        "statements": sum(r["statements"] for r in rows),
        "all_pairs": sum(r["all_pairs"] for r in rows),
        "pairs_judged": sum(r["pairs_judged"] for r in rows),
        "conflicts": conflicts,
        "conflicts_per_cluster": round(conflicts / n, 3) if n else None,
        "clusters_with_conflict": sum(1 for r in rows if r["conflicts"]),
        "conflict_types": dict(types),
    }


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


# ---------------------------------------------------------------------------- labels


def write_label_sample(conflicts: Sequence[dict[str, Any]], seed: int, k: int, path: Path) -> int:
    """A seeded sample of untouched-cluster conflicts to label by hand (keeps existing labels)."""
    existing = {r["finding_id"]: r for r in read_jsonl(path)} if path.exists() else {}

    # Seeded order by hash: a larger pool of clusters keeps most of a smaller pool's sample.
    def order(c: dict[str, Any]) -> str:
        return hashlib.sha256(f"{seed}:{c['finding_id']}".encode()).hexdigest()

    sample = sorted(conflicts, key=order)[:k]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for c in sample:
            old = existing.get(c["finding_id"], {})
            rec = {**c, "label": old.get("label"), "note": old.get("note", "")}
            f.write(json.dumps(rec) + "\n")
    return len(sample)


def _write_labels(args: argparse.Namespace, conflicts: Sequence[dict[str, Any]]) -> bool:
    """--label-sample: write the seeded sample to --labels; False when none was asked for."""
    if not args.label_sample:
        return False
    seed = args.seed if args.label_seed is None else args.label_seed
    k = write_label_sample(conflicts, seed, args.label_sample, args.labels)
    print(f"wrote {k} conflicts to label to {args.labels}")
    return True


def precision_from_labels(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"labelled": 0}
    rows = [r for r in read_jsonl(path) if r.get("label")]
    counts = Counter(r["label"] for r in rows)
    decided = counts["real"] + counts["false_alarm"]
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_type[str(r.get("conflict_type"))][r["label"]] += 1
    return {
        "labelled": len(rows),
        "counts": dict(counts),
        "precision": _rate(counts["real"], decided),
        "by_type": {t: dict(c) for t, c in by_type.items()},
    }


def _repo_path(path: Path) -> str:
    """The path relative to the repository when it lies inside it (for the JSON record)."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def show_label_sample(path: Path, eval_dir: Path) -> None:
    """Print each sampled pair's two sentences for the person labelling (never written to the repo)."""
    recs = read_jsonl(path)
    texts: dict[str, dict[str, Any]] = {}
    if any(r["cluster_id"].startswith("gva-") for r in recs):
        for r in read_jsonl(eval_dir / "clusters" / "gva_longtail" / "gva_incident_clusters.jsonl"):
            texts.update({a["doc_id"]: a for a in r["articles"]})
    event_records: list[dict[str, Any]] = []
    if any(r["cluster_id"].startswith("neus-") for r in recs):
        event_records += [a for r in read_jsonl(eval_dir / NEUS_PATH) for a in neus_records(r)]
    if any(r["cluster_id"].startswith("claimdiff-") for r in recs):
        stories = claimdiff_stories(eval_dir / CLAIMDIFF_PATH)
        event_records += [a for st in stories for a in claimdiff_records(st)]
    for a in event_records:
        texts[a["id"]] = {"dct": a["published"], "outlet_domain": a["source"], "text": a["text"]}
    for n, rec in enumerate(recs, 1):
        print(
            f"--- {n} {rec['finding_id']} {rec['cluster_id']} type={rec['conflict_type']} label={rec.get('label')}"
        )
        for side in ("a", "b"):
            s = rec[side]
            art = texts[s["article_id"]]
            print(
                f"  {side.upper()} [{art.get('dct')}, {art.get('outlet_domain')}]: {art['text'][s['start'] : s['end']]}"
            )


# ---------------------------------------------------------------------------- ECB+


def eval_ecb(eval_dir: Path, runner: Runner, seed: int, tmp: Path, per_event: int, limit: int | None,
             log: Any = print) -> dict[str, Any]:  # fmt: skip
    path = eval_dir / "clusters" / "ecbplus" / "ecbplus_clusters.jsonl"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    by_id = {r["cluster_id"]: r for r in read_jsonl(path)}
    topics = sorted(
        {
            tuple(sorted((cid, r["sibling_cluster_id"])))
            for cid, r in by_id.items()
            if r["sibling_cluster_id"] in by_id
        }
    )
    random.Random(seed).shuffle(topics)
    topics = topics[:limit] if limit else topics
    rows = []
    for n, (e1, e2) in enumerate(topics, 1):
        rng = random.Random(f"{seed}:{e1}")
        records, event_of = [], {}
        for event in (e1, e2):
            arts = [a for a in by_id[event]["articles"] if (a.get("text") or "").strip()]
            for a in rng.sample(arts, min(per_event, len(arts))):
                aid = f"{event}/{a['doc_id']}"
                event_of[aid] = event
                records.append(
                    {
                        "cluster_id": f"mix-{e1}",
                        "id": aid,
                        "source": aid,
                        "text": a["text"],
                        "url": a.get("url"),
                    }
                )
        articles = load_articles(records, tmp, "ecb").get(f"mix-{e1}", [])
        if len(articles) < 2:
            continue
        rep = runner.run(articles, f"mix-{e1}")
        stmt_event = {s.id: event_of[s.article_id] for s in rep.statements}
        art_counts = Counter(event_of[s.article_id] for s in rep.statements)
        # Cross-article pairs that straddle the two events, out of all cross-article pairs.
        sizes = Counter(s.article_id for s in rep.statements)
        cross_event_pairs = sum(
            sizes[a] * sizes[b]
            for a in sizes
            for b in sizes
            if a < b and event_of[a] != event_of[b]
        )
        kinds: Counter[str] = Counter()
        for f in rep.findings:
            straddles = stmt_event[f.statement_a] != stmt_event[f.statement_b]
            kinds[f"{f.kind}_{'cross' if straddles else 'same'}"] += 1
        rows.append({"cluster_id": f"mix-{e1}", "events": [e1, e2], "articles": len(articles),
                     "statements": dict(art_counts), "all_pairs": rep.stats.all_pairs,
                     "cross_event_all_pairs": cross_event_pairs, "pairs_judged": rep.stats.pairs_judged,
                     "findings": dict(kinds)})  # fmt: skip
        if log:
            log(f"  ecb+ {n}/{len(topics)} {e1}+{e2}: {dict(kinds)}")
    return {"clusters": rows, "summary": ecb_summary(rows)}


def ecb_summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    tot: Counter[str] = Counter()
    for r in rows:
        tot.update(r["findings"])
    judged = sum(r["pairs_judged"] for r in rows)
    cross_judged = sum(v for k, v in tot.items() if k.endswith("_cross"))
    out: dict[str, Any] = {
        "clusters": len(rows),
        "all_pairs": sum(r["all_pairs"] for r in rows),
        "cross_event_share_of_all_pairs": _rate(
            sum(r["cross_event_all_pairs"] for r in rows), sum(r["all_pairs"] for r in rows)
        ),
        "pairs_judged": judged,
        "cross_event_share_of_judged": _rate(cross_judged, judged),
        "findings": dict(tot),
    }
    for kind in ("conflict", "agree"):
        c, s = tot[f"{kind}_cross"], tot[f"{kind}_same"]
        out[f"{kind}_cross_event_share"] = _rate(c, c + s)
        out[f"{kind}_cross_event_per_cluster"] = round(c / len(rows), 3) if rows else None
    return out


# ---------------------------------------------------------------------------- FNC-1


def eval_fnc(
    eval_dir: Path, runner: Runner, seed: int, tmp: Path, per_label: int, log: Any = print
) -> dict[str, Any]:
    folder = eval_dir / "pairs" / "fnc1"
    stances, bodies_path = (
        folder / "competition_test_stances.csv",
        folder / "competition_test_bodies.csv",
    )
    if not stances.exists() or not bodies_path.exists():
        return {"skipped": f"{folder} not found"}
    with bodies_path.open(encoding="utf-8") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with stances.open(encoding="utf-8") as f:
        pairs = list(csv.DictReader(f))
    rng = random.Random(seed)
    rows = []
    for label in ("agree", "disagree", "discuss"):
        pool = [p for p in pairs if p["Stance"] == label]
        for i, p in enumerate(rng.sample(pool, min(per_label, len(pool)))):
            headline = p["Headline"].strip()
            # A headline rarely ends with a full stop; the segmenter keeps only sentence-like
            # lines, so the headline is closed with one to make it a one-sentence article.
            if headline and headline[-1] not in ".!?\"'”’":
                headline += "."
            cid = f"fnc-{label}-{i}"
            records = [
                {"cluster_id": cid, "id": "headline", "source": "headline", "text": headline},
                {"cluster_id": cid, "id": "body", "source": "body", "text": bodies[p["Body ID"]]},
            ]
            articles = load_articles(records, tmp, "fnc").get(cid, [])
            ids = {a.id for a in articles}
            if ids != {"headline", "body"}:
                rows.append({"label": label, "usable": False})
                continue
            rep = runner.run(articles, cid)
            head = {s.id for s in rep.statements if s.article_id == "headline"}
            hits = [f for f in rep.findings if f.statement_a in head or f.statement_b in head]
            rows.append({
                "label": label, "usable": bool(head),
                "conflict": any(f.kind == "conflict" for f in hits),
                "agree": any(f.kind == "agree" for f in hits),
                "conflict_types": sorted({f.conflict_type or "" for f in hits if f.kind == "conflict"}),
            })  # fmt: skip
        if log:
            log(f"  fnc1 {label}: {sum(1 for r in rows if r['label'] == label)} pairs")
    summary = {}
    for label in ("agree", "disagree", "discuss"):
        rs = [r for r in rows if r["label"] == label and r["usable"]]
        summary[label] = {
            "pairs": len(rs),
            "conflict_rate": _rate(sum(r["conflict"] for r in rs), len(rs)),
            "agree_rate": _rate(sum(r["agree"] for r in rs), len(rs)),
            "unusable": sum(1 for r in rows if r["label"] == label and not r["usable"]),
        }
    return {"summary": summary}


# ---------------------------------------------------------------------------- output


def print_tables(result: dict[str, Any]) -> None:
    rec = result.get("gva_planted", {}).get("recall", {})
    if rec:
        print("\nPlanted conflicts (GVA, split={})".format(result["split"]))
        print(
            f"{'type':8} {'planted':>7} {'segm.':>6} {'judged':>7} {'recall':>7} {'new':>6} {'counterp.':>9} {'type ok':>8}"
        )
        for t, r in rec.items():
            print(
                f"{t:8} {r['planted']:7} {r['segmented']:6} {_pct(r['judged']):>7} {_pct(r['recall']):>7} {_pct(r['recall_new']):>6} {_pct(r['recall_counterpart']):>9} {_pct(r['type_match']):>8}"
            )
    for source, title, unit, units in (
        ("gva", "GVA clusters", "cluster", "clusters"),
        ("neus", "NeuS events", "event", "events"),
        ("claimdiff", "ClaimDiff stories", "story", "stories"),
    ):
        u = result.get(f"{source}_untouched")
        if u:
            print(f"\nUntouched {title}: {u['clusters']} {units}, {u['conflicts']} conflicts "
                  f"({u['conflicts_per_cluster']} per {unit}; {u['clusters_with_conflict']} {units} with any), "
                  f"pairs judged {u['pairs_judged']} of {u['all_pairs']}; types {u['conflict_types']}")  # fmt: skip
        p = result.get(f"{source}_untouched_precision")
        if p and p.get("labelled"):
            print(f"Hand-labelled sample: {p['labelled']} labelled, {p['counts']}, "
                  f"precision {_pct(p['precision'])}")  # fmt: skip
    e = result.get("ecbplus", {}).get("summary")
    if e:
        print(f"\nECB+ mixed sibling clusters: {e['clusters']}; cross-event share of all pairs "
              f"{_pct(e['cross_event_share_of_all_pairs'])}, of judged pairs {_pct(e['cross_event_share_of_judged'])}; "
              f"conflicts cross-event {_pct(e['conflict_cross_event_share'])} ({e['conflict_cross_event_per_cluster']}/cluster), "
              f"agreements cross-event {_pct(e['agree_cross_event_share'])} ({e['agree_cross_event_per_cluster']}/cluster)")  # fmt: skip
    f = result.get("fnc1", {}).get("summary")
    if f:
        print("\nFNC-1 headline vs body")
        for label, r in f.items():
            print(
                f"  {label:9} pairs {r['pairs']:4}  conflict {_pct(r['conflict_rate']):>6}  agree {_pct(r['agree_rate']):>6}"
            )


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=None, help="GVA clusters (and ECB+ topics) to use")
    ap.add_argument(
        "--skip",
        type=int,
        default=0,
        help="leave out the first N GVA clusters of the seeded order (a pool no earlier "
        "--limit run has seen)",
    )
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--split", choices=("dev", "test", "both"), default="test")
    ap.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE"
    )
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--device", default=None)
    ap.add_argument(
        "--only",
        action="append",
        choices=("gva", "ecb", "fnc", "neus", "claimdiff"),
        default=None,
        help="measurements to run (default gva, ecb and fnc; neus and claimdiff only when named)",
    )
    ap.add_argument(
        "--ecb-per-event", type=int, default=3, help="articles drawn from each sibling event"
    )
    ap.add_argument(
        "--fnc-per-label",
        type=int,
        default=None,
        help="FNC-1 pairs per stance (default 60, or 2 x --limit)",
    )
    ap.add_argument(
        "--label-sample",
        type=int,
        default=0,
        help="write a seeded sample of N untouched conflicts to label",
    )
    ap.add_argument("--labels", type=Path, default=LABELS_PATH)
    ap.add_argument(
        "--label-seed",
        type=int,
        default=None,
        help="seed of the label sample's order (default --seed); a new one draws a fresh sample",
    )
    ap.add_argument(
        "--exclude-training-clusters",
        action="store_true",
        help="leave out the GVA clusters whose sentences trained the shipped NLI model "
        "(factcheck/models/nli-minilm/training_clusters.txt)",
    )
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--plants",
        default=",".join(PLANT_TYPES),
        help="plant types to run, comma-separated, or 'none' for untouched clusters only",
    )
    ap.add_argument(
        "--show-labels", action="store_true", help="print the sampled pairs to label, then exit"
    )
    args = ap.parse_args(argv)
    if args.show_labels:
        show_label_sample(args.labels, args.eval_dir)
        precision = precision_from_labels(args.labels)
        print(json.dumps(precision))
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(
                json.dumps({"labels": _repo_path(args.labels), **precision}, indent=1) + "\n"
            )
        return 0

    only = set(args.only or ("gva", "ecb", "fnc"))
    config = make_config(args.overrides, args.threads, args.device)
    started = time.perf_counter()
    runner = load_runner(config)
    result: dict[str, Any] = {
        "command": " ".join(
            ["scripts/eval_clusters.py", *(argv if argv is not None else sys.argv[1:])]
        ),
        "seed": args.seed,
        "split": args.split,
        "limit": args.limit,
        "skip": args.skip,
        "config_overrides": args.overrides,
        "config_digest": config.digest(),
        "models": {"embedder": config.models.embedder, "nli": config.models.nli},
        "git": git_commit(),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        if "gva" in only:
            exclude = frozenset()
            if args.exclude_training_clusters:
                exclude = frozenset(TRAINING_CLUSTERS.read_text(encoding="utf-8").split())
            rows = gva_rows(args.eval_dir, args.seed, args.split, args.limit, exclude, args.skip)
            result["excluded_training_clusters"] = len(exclude)
            types = [] if args.plants == "none" else [t.strip() for t in args.plants.split(",")]
            gva = eval_gva(rows, runner, args.seed, tmp, types=types)
            result["gva_planted"] = {"recall": recall_table(gva["plants"]["default"]), "no_site": gva["no_site"],
                                     "plants": gva["plants"]["default"]}  # fmt: skip
            result["gva_untouched"] = untouched_table(gva["untouched"]["default"])
            result["gva_untouched_clusters"] = gva["untouched"]["default"]
            _write_labels(args, gva["untouched_conflicts"])
            result["gva_untouched_precision"] = precision_from_labels(args.labels)
        for source in ("neus", "claimdiff"):
            if source not in only:
                continue
            events = event_clusters(
                source, args.eval_dir, args.seed, args.split, args.limit, args.skip
            )
            found = eval_events(source, events, runner, tmp)
            result[f"{source}_untouched"] = untouched_table(found["untouched"])
            result[f"{source}_untouched_clusters"] = found["untouched"]
            result[f"{source}_untouched_conflicts"] = found["untouched_conflicts"]
            if _write_labels(args, found["untouched_conflicts"]):
                result[f"{source}_untouched_precision"] = precision_from_labels(args.labels)
        if "ecb" in only:
            result["ecbplus"] = eval_ecb(
                args.eval_dir, runner, args.seed, tmp, args.ecb_per_event, args.limit
            )
        if "fnc" in only:
            per_label = args.fnc_per_label or (2 * args.limit if args.limit else 60)
            result["fnc1"] = eval_fnc(args.eval_dir, runner, args.seed, tmp, per_label)
    result["nli_pairs_run"] = getattr(runner.judge, "model_pairs", None)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print_tables(result)
    out = args.out or ROOT / "bench" / f"eval_{args.split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {out} ({result['seconds']} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
