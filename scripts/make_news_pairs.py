#!/usr/bin/env python
"""Generate news-domain NLI training pairs from real news sentences (GVA + ECB+ clusters).

Why: SNLI/MNLI hardly contain the conflicts factcheck must catch between outlets (a changed
date, weekday, count, name or a negated verb). We make them from real sentences:

- contradiction: swap a weekday / month / year / clock time, a number ("two people were
  killed" -> "five"), a named entity (spaCy NER; replaced by another entity of the same label
  from the corpus), a colour, or negate the main verb ("was arrested" -> "was not arrested");
  sometimes after dropping a modifier so "near-identical" is not a shortcut for the label.
- entailment: the sentence with a modifier / prepositional phrase / clause dropped.
- neutral: the shortened sentence as premise and the full one as hypothesis (added detail is
  not entailed), or another sentence of the same story.

Seeded; writes JSON Lines {premise, hypothesis, label, kind, cluster} to runs/ (never into the
repository: the news text is research-only).

    python scripts/make_news_pairs.py --eval-dir ../shared/eval --out runs/news_pairs.jsonl --n 8000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUM_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
]
# Colours matter in incident reports (suspect vehicle, clothing): a changed colour is a conflict.
COLORS = [
    "red",
    "blue",
    "green",
    "black",
    "white",
    "silver",
    "gray",
    "grey",
    "yellow",
    "brown",
    "orange",
    "purple",
    "tan",
    "maroon",
    "gold",
]
SWAP_LABELS = ("PERSON", "GPE", "ORG", "NORP", "FAC", "LOC")
DROP_DEPS = {"advcl", "prep", "amod", "appos", "relcl", "advmod", "npadvmod", "acl"}

WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
CLOCK_RE = re.compile(r"\b(\d{1,2})(:\d\d)?\s*([ap]\.?m\.?)", re.IGNORECASE)
DIGITS_RE = re.compile(r"\b\d[\d,]*(\.\d+)?\b")
NUMWORD_RE = re.compile(r"\b(" + "|".join(NUM_WORDS) + r")\b", re.IGNORECASE)
COLOR_RE = re.compile(r"\b(" + "|".join(COLORS) + r")\b")


def read_stories(
    eval_dir: Path, rng: random.Random, max_articles: int
) -> list[tuple[str, list[str]]]:
    """(cluster id, [article texts]) for GVA and ECB+ clusters."""
    stories: list[tuple[str, list[str]]] = []
    for rel in (
        "clusters/gva_longtail/gva_incident_clusters.jsonl",
        "clusters/ecbplus/ecbplus_clusters.jsonl",
    ):
        path = eval_dir / rel
        if not path.exists():
            print(f"warning: {path} missing, skipped", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                texts = [a.get("text") or "" for a in d.get("articles", [])]
                texts = [t[:6000] for t in texts if len(t) > 200]  # lead of long pages is enough
                if texts:
                    stories.append((d["cluster_id"], texts))
    rng.shuffle(stories)
    out, n = [], 0
    for cid, texts in stories:
        out.append((cid, texts))
        n += len(texts)
        if n >= max_articles:
            break
    return out


def good_sentence(text: str) -> bool:
    words = text.split()
    return (
        8 <= len(words) <= 45
        and text[0].isupper()
        and text.rstrip()[-1:] in '."'
        and "http" not in text
        and "@" not in text
        and "|" not in text
        and "\n" not in text
    )


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def swap_regex(
    text: str, rx: re.Pattern[str], choices: list[str], rng: random.Random
) -> str | None:
    ms = list(rx.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    old = m.group(1)
    alts = [c for c in choices if c.lower() != old.lower()]
    new = rng.choice(alts)
    if old[:1].isupper():
        new = new[:1].upper() + new[1:]
    return replace(text, m.start(1), m.end(1), new)


def swap_year(text: str, rng: random.Random) -> str | None:
    ms = list(YEAR_RE.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    y = int(m.group(1))
    return replace(text, m.start(1), m.end(1), str(y + rng.choice([-3, -2, -1, 1, 2, 3])))


def swap_clock(text: str, rng: random.Random) -> str | None:
    ms = list(CLOCK_RE.finditer(text))
    if not ms:
        return None
    m = rng.choice(ms)
    h = int(m.group(1))
    new_h = rng.choice([x for x in range(1, 13) if x != h])
    return replace(text, m.start(1), m.end(1), str(new_h))


def swap_number(text: str, rng: random.Random) -> str | None:
    cands = [("d", m) for m in DIGITS_RE.finditer(text) if not YEAR_RE.fullmatch(m.group(0))]
    cands += [("w", m) for m in NUMWORD_RE.finditer(text)]
    if not cands:
        return None
    kind, m = rng.choice(cands)
    old = m.group(0)
    if kind == "w":
        new = rng.choice([w for w in NUM_WORDS if w != old.lower()])
        if old[0].isupper():
            new = new.capitalize()
    else:
        try:
            v = float(old.replace(",", ""))
        except ValueError:
            return None
        if v == 0:
            nv = rng.randint(1, 9)
        else:
            nv = v * rng.choice([0.5, 2, 3, 1.5, 0.25, 10]) + rng.choice([0, 1, -1])
        if nv == v or nv < 0:
            nv = v + rng.randint(1, 5)
        new = f"{round(nv):,}" if "," in old else str(round(nv)) if "." not in old else f"{nv:.1f}"
        if new == old:
            return None
    return replace(text, m.start(), m.end(), new)


def swap_entity(sent, pool: dict[str, list[str]], rng: random.Random) -> str | None:
    ents = [e for e in sent.ents if e.label_ in SWAP_LABELS and len(e.text) > 2]
    if not ents:
        return None
    e = rng.choice(ents)
    cands = pool.get(e.label_, [])
    for _ in range(10):
        new = rng.choice(cands) if cands else None
        if new and new.lower() != e.text.lower() and new.lower() not in sent.text.lower():
            s = e.start_char - sent.start_char
            return replace(sent.text, s, s + len(e.text), new)
    return None


def negate(sent) -> str | None:
    """Negate the root verb: insert "not" after its first auxiliary, or use "did not" + lemma."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or any(t.dep_ == "neg" for t in root.children):
        return None
    text, off = sent.text, sent.start_char
    auxes = [t for t in root.children if t.dep_ in ("aux", "auxpass") and t.i < root.i]
    if auxes:
        a = auxes[0]
        s = a.idx - off + len(a.text)
        return text[:s] + " not" + text[s:]
    if root.lemma_ == "be" and root.tag_ in ("VBD", "VBZ", "VBP"):
        s = root.idx - off + len(root.text)
        return text[:s] + " not" + text[s:]
    if root.tag_ in ("VBD", "VBZ", "VBP"):
        aux = {"VBD": "did", "VBZ": "does", "VBP": "do"}[root.tag_]
        s = root.idx - off
        return text[:s] + f"{aux} not {root.lemma_}" + text[s + len(root.text) :]
    return None


def drop_modifier(sent, rng: random.Random) -> str | None:
    """Drop one optional subtree (modifier, prepositional phrase, adverbial clause)."""
    root = sent.root
    cands = []
    for t in sent:
        if t.dep_ not in DROP_DEPS or t.head.i == t.i:
            continue
        if t.dep_ == "prep" and t.head != root:
            continue
        sub = list(t.subtree)
        a, b = sub[0].i, sub[-1].i
        if b - a + 1 >= len(sent) * 0.7 or a == sent.start:
            continue
        # Dropping a negation-scoped or numeric modifier can flip the meaning; keep it simple.
        if any(x.dep_ == "neg" or x.lower_ in ("no", "not", "never", "only") for x in sub):
            continue
        cands.append((a, b))
    if not cands:
        return None
    a, b = rng.choice(cands)
    doc = sent.doc
    start, end = doc[a].idx, doc[b].idx + len(doc[b].text)
    off = sent.start_char
    text = sent.text[: start - off].rstrip(" ,") + sent.text[end - off :]
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r",\s*,", ",", text).strip()
    if len(text.split()) < 5 or text == sent.text:
        return None
    return text[0].upper() + text[1:]


def make_contradiction(sent, pool, rng: random.Random, base: str | None) -> tuple[str, str] | None:
    text = base or sent.text
    ops = [
        "weekday",
        "month",
        "year",
        "clock",
        "number",
        "number",
        "entity",
        "entity",
        "negate",
        "color",
    ]
    rng.shuffle(ops)
    for op in ops:
        if op == "weekday":
            out = swap_regex(text, WEEKDAY_RE, WEEKDAYS, rng)
        elif op == "month":
            out = swap_regex(text, MONTH_RE, MONTHS, rng)
        elif op == "year":
            out = swap_year(text, rng)
        elif op == "clock":
            out = swap_clock(text, rng)
        elif op == "number":
            out = swap_number(text, rng)
        elif op == "color":
            out = swap_regex(text, COLOR_RE, COLORS, rng)
        elif op == "entity":
            out = swap_entity(sent, pool, rng) if base is None else None
        else:
            out = negate(sent) if base is None else None
        if out and out != text:
            return out, op
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "runs" / "news_pairs.jsonl")
    ap.add_argument("--n", type=int, default=8000, help="pairs to write (about)")
    ap.add_argument("--max-articles", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    from factcheck.nlp import load_spacy

    nlp = load_spacy()
    stories = read_stories(args.eval_dir, rng, args.max_articles)
    print(f"{len(stories)} stories, {sum(len(t) for _, t in stories)} articles", file=sys.stderr)
    sents_by_story: dict[str, list] = defaultdict(list)
    pool: dict[str, set[str]] = defaultdict(set)
    flat = [(cid, t) for cid, texts in stories for t in texts]
    for (cid, _), doc in zip(flat, nlp.pipe((t for _, t in flat), batch_size=16), strict=True):
        for s in doc.sents:
            for e in s.ents:
                if e.label_ in SWAP_LABELS and 2 < len(e.text) < 40 and "\n" not in e.text:
                    pool[e.label_].add(e.text)
            if good_sentence(s.text):
                sents_by_story[cid].append(s)
    pool_l = {k: sorted(v) for k, v in pool.items()}
    total = sum(len(v) for v in sents_by_story.values())
    print(f"{total} usable sentences", file=sys.stderr)

    pairs: list[dict] = []
    story_ids = sorted(sents_by_story)
    items = [(cid, s) for cid in story_ids for s in sents_by_story[cid]]
    rng.shuffle(items)
    for cid, sent in items:
        if len(pairs) >= args.n:
            break
        r = rng.random()
        text = sent.text
        if r < 0.45:  # contradiction (sometimes on a shortened sentence)
            base = drop_modifier(sent, rng) if rng.random() < 0.3 else None
            got = make_contradiction(sent, pool_l, rng, base)
            if got:
                hyp, op = got
                prem = text
                if base is None and rng.random() < 0.5:  # contradiction is symmetric
                    prem, hyp = hyp, prem
                pairs.append(
                    {
                        "premise": prem,
                        "hypothesis": hyp,
                        "label": "contradiction",
                        "kind": op,
                        "cluster": cid,
                    }
                )
        elif r < 0.75:  # entailment / reverse neutral from a dropped modifier
            short = drop_modifier(sent, rng)
            if short:
                pairs.append(
                    {
                        "premise": text,
                        "hypothesis": short,
                        "label": "entailment",
                        "kind": "drop",
                        "cluster": cid,
                    }
                )
                if rng.random() < 0.5:
                    pairs.append(
                        {
                            "premise": short,
                            "hypothesis": text,
                            "label": "neutral",
                            "kind": "added",
                            "cluster": cid,
                        }
                    )
        else:  # neutral: another sentence of the same story
            others = [s for s in sents_by_story[cid] if s.text != text]
            if others:
                o = rng.choice(others)
                pairs.append(
                    {
                        "premise": text,
                        "hypothesis": o.text,
                        "label": "neutral",
                        "kind": "same_story",
                        "cluster": cid,
                    }
                )

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for p in pairs:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    counts: dict[str, int] = defaultdict(int)
    for p in pairs:
        counts[p["label"] + ":" + p["kind"]] += 1
    print(
        f"wrote {len(pairs)} pairs to {args.out}: {dict(sorted(counts.items()))}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
