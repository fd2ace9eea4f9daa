#!/usr/bin/env python
"""Lexical-substitution NLI pairs from SNLI train premises (second NLI training run).

The first model read one-word swaps of common nouns/adjectives as entailment (Breaking-NLI F1
neutral 1.5). This writes seeded pairs where the hypothesis is the premise with one word edited:
- contradiction: a word swapped for another of the same mutually exclusive category
  ("a red shirt" -> "a blue shirt", "two dogs" -> "three dogs", "big" -> "small");
- entailment: a noun replaced by its hypernym ("a guitar" -> "an instrument"), or a colour /
  size adjective dropped ("a red shirt" -> "a shirt");
- neutral: a modifier added that the premise does not imply ("a man" -> "a tall man"), or a
  hypernym narrowed to one of its members ("an animal" -> "a dog").
The word lists below are hand-written general English (not taken from any evaluation set).
Premises come only from SNLI train rows after the first --skip rows (the first run's sample
region), so no evaluation set is touched.

    python scripts/make_swap_pairs.py --out runs/swap_pairs.jsonl --n 8000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# fmt: off  (word tables read best packed)
# Mutually exclusive words: for one entity in one scene, two members cannot both hold.
# Nouns carry a hypernym (entailment target); adjective/number sets carry None.
CATEGORIES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "colour": (
        None,
        (
            "red",
            "blue",
            "green",
            "yellow",
            "black",
            "white",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "grey",
        ),
    ),
    "number": (
        None,
        (
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
        ),
    ),
    "day": (None, ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
    "month": (
        None,
        (
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
    ),
    "nationality": (
        None,
        (
            "american",
            "french",
            "german",
            "chinese",
            "japanese",
            "indian",
            "mexican",
            "italian",
            "spanish",
            "russian",
            "african",
            "asian",
            "british",
            "irish",
            "korean",
            "brazilian",
        ),
    ),
    "country": (
        "country",
        (
            "france",
            "germany",
            "china",
            "japan",
            "india",
            "mexico",
            "italy",
            "spain",
            "russia",
            "brazil",
            "canada",
            "england",
            "africa",
        ),
    ),
    "adult": ("person", ("man", "woman")),
    "child": ("child", ("boy", "girl")),
    "family": ("person", ("mother", "father", "sister", "brother", "grandmother", "grandfather")),
    "animal": (
        "animal",
        (
            "dog",
            "cat",
            "horse",
            "cow",
            "sheep",
            "goat",
            "pig",
            "bird",
            "duck",
            "chicken",
            "rabbit",
            "bear",
            "elephant",
            "camel",
            "monkey",
            "lion",
            "tiger",
            "deer",
            "fish",
            "snake",
        ),
    ),
    "vehicle": (
        "vehicle",
        (
            "car",
            "truck",
            "bus",
            "motorcycle",
            "bicycle",
            "bike",
            "van",
            "tractor",
            "train",
            "boat",
            "taxi",
            "scooter",
        ),
    ),
    "room": (
        "room",
        (
            "kitchen",
            "bedroom",
            "bathroom",
            "garage",
            "office",
            "classroom",
            "basement",
            "hallway",
            "restaurant",
            "library",
            "church",
            "store",
            "hospital",
            "school",
        ),
    ),
    "instrument": (
        "instrument",
        (
            "guitar",
            "piano",
            "violin",
            "drum",
            "trumpet",
            "flute",
            "saxophone",
            "cello",
            "harmonica",
            "banjo",
            "accordion",
            "clarinet",
            "harp",
            "tuba",
        ),
    ),
    "sport": (
        None,
        (
            "soccer",
            "football",
            "basketball",
            "baseball",
            "tennis",
            "hockey",
            "volleyball",
            "golf",
            "rugby",
            "cricket",
            "softball",
            "lacrosse",
        ),
    ),
    "ball": ("ball", ("football", "basketball", "baseball", "volleyball", "softball")),
    "fruit": (
        "fruit",
        (
            "apple",
            "banana",
            "orange",
            "grape",
            "lemon",
            "pear",
            "peach",
            "watermelon",
            "strawberry",
            "cherry",
            "pineapple",
            "mango",
        ),
    ),
    "vegetable": (
        "vegetable",
        (
            "carrot",
            "potato",
            "tomato",
            "onion",
            "cabbage",
            "lettuce",
            "pepper",
            "cucumber",
            "corn",
            "broccoli",
        ),
    ),
    "drink": ("drink", ("coffee", "tea", "beer", "wine", "milk", "juice", "soda", "lemonade")),
    "clothing": (
        "clothing",
        (
            "shirt",
            "jacket",
            "dress",
            "skirt",
            "sweater",
            "coat",
            "hoodie",
            "vest",
            "suit",
            "uniform",
            "costume",
            "tank top",
            "t-shirt",
        ),
    ),
    "headwear": ("hat", ("cap", "helmet", "beanie", "cowboy hat", "bandanna", "hood")),
    "footwear": ("shoes", ("boots", "sandals", "sneakers", "slippers", "heels")),
    "profession": (
        "worker",
        (
            "doctor",
            "nurse",
            "teacher",
            "firefighter",
            "police officer",
            "chef",
            "farmer",
            "soldier",
            "pilot",
            "mechanic",
            "waiter",
            "construction worker",
            "carpenter",
            "painter",
            "lawyer",
        ),
    ),
    "weather": (None, ("sunny", "rainy", "snowy", "cloudy", "foggy", "windy", "stormy")),
    "season": ("season", ("spring", "summer", "autumn", "fall", "winter")),
    "material": (
        None,
        ("wooden", "metal", "plastic", "glass", "stone", "paper", "leather", "concrete", "brick"),
    ),
    "meal": ("meal", ("breakfast", "lunch", "dinner")),
    "furniture": (
        "furniture",
        ("chair", "table", "couch", "bed", "desk", "bench", "sofa", "stool", "shelf"),
    ),
    "body_water": ("water", ("river", "lake", "ocean", "pool", "pond", "sea", "stream")),
    "landform": (None, ("mountain", "beach", "desert", "forest", "field", "hill", "valley")),
    "time_of_day": (None, ("morning", "afternoon", "evening", "night")),
    "tool": ("tool", ("hammer", "saw", "shovel", "rake", "drill", "wrench", "axe", "broom")),
}

# Antonym pairs of adjectives/adverbs: either side contradicts the other.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("big", "small"),
    ("large", "small"),
    ("tall", "short"),
    ("old", "young"),
    ("old", "new"),
    ("empty", "full"),
    ("open", "closed"),
    ("wet", "dry"),
    ("inside", "outside"),
    ("indoors", "outdoors"),
    ("hot", "cold"),
    ("fast", "slow"),
    ("happy", "sad"),
    ("clean", "dirty"),
    ("loud", "quiet"),
    ("long", "short"),
    ("thin", "fat"),
    ("under", "over"),
    ("asleep", "awake"),
    ("sitting", "standing"),
    ("day", "night"),
    ("early", "late"),
    ("crowded", "empty"),
    ("rich", "poor"),
    ("male", "female"),
    ("upstairs", "downstairs"),
    ("smiling", "frowning"),
    ("laughing", "crying"),
)

# Modifiers that add information a premise rarely implies (neutral when inserted).
NEUTRAL_MODS: dict[str, tuple[str, ...]] = {
    "person": (
        "tall",
        "famous",
        "tired",
        "rich",
        "married",
        "professional",
        "angry",
        "retired",
        "sick",
        "lonely",
        "hungry",
        "nervous",
        "wealthy",
        "popular",
    ),
    "animal": ("hungry", "sick", "lost", "pregnant", "trained", "stray", "tired"),
    "thing": ("expensive", "new", "broken", "cheap", "borrowed", "stolen", "rented", "favorite"),
}
PERSON_NOUNS = (
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "child",
    "lady",
    "guy",
    "kid",
    "worker",
    "player",
    "mother",
    "father",
    "teenager",
    "student",
)

# Nouns whose hypernym we also know without a category (entailment).
EXTRA_HYPERNYMS = {
    "lady": "woman",
    "guy": "man",
    "kid": "child",
    "puppy": "dog",
    "kitten": "cat",
    "teenager": "person",
    "student": "person",
}

# Collocations where swapping one word does not change one property ("hot dog", "fire truck").
STOP_BIGRAMS = {
    "hot dog",
    "hot dogs",
    "fire truck",
    "black and",
    "white and",
    "new york",
    "big apple",
    "light post",
    "left hand",
    "right hand",
    "left side",
    "right side",
    "fall down",
    "falls down",
    "up and",
    "and down",
    "dress shirt",
    "light blue",
    "dark blue",
    "light green",
    "dark green",
    "light brown",
    "dark brown",
    "dark haired",
    "long sleeve",
    "long sleeved",
    "short sleeve",
    "short sleeved",
    "corn field",
    "water bottle",
    "water fountain",
    "water gun",
    "bike helmet",
    "police car",
    "school bus",
    "stone wall",
}

# fmt: on

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+|[^\sA-Za-z\d]")


@dataclass(frozen=True)
class Pair:
    premise: str
    hypothesis: str
    label: str
    kind: str


def plural(word: str) -> str:
    irregular = {
        "man": "men",
        "woman": "women",
        "child": "children",
        "person": "people",
        "sheep": "sheep",
        "fish": "fish",
        "deer": "deer",
        "police officer": "police officers",
        "shelf": "shelves",
        "knife": "knives",
    }
    if word in irregular:
        return irregular[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _lexicon() -> tuple[dict[str, list[tuple[str, bool]]], dict[str, str]]:
    """surface form -> [(category, is_plural)], and (category, surface) lookups for nouns."""
    lex: dict[str, list[tuple[str, bool]]] = {}
    for cat, (hyper, words) in CATEGORIES.items():
        for w in words:
            lex.setdefault(w, []).append((cat, False))
            if hyper is not None:
                lex.setdefault(plural(w), []).append((cat, True))
    ant: dict[str, str] = {}
    for a, b in ANTONYMS:
        ant.setdefault(a, b)
        ant.setdefault(b, a)
    return lex, ant


LEXICON, ANTONYM_OF = _lexicon()


def _match_case(new: str, old: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _fix_article(tokens: list[str], i: int) -> None:
    """'a apple' -> 'an apple' after an edit at token i."""
    if i > 0 and tokens[i - 1].lower() in ("a", "an") and i < len(tokens):
        art = "an" if tokens[i][:1].lower() in "aeiou" else "a"
        tokens[i - 1] = _match_case(art, tokens[i - 1])


def detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([.,!?;:')])", r"\1", s)
    s = re.sub(r"([(]) ", r"\1", s)
    return s.replace(" 's", "'s").replace(" n't", "n't")


def _spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, lowercased surface) of lexicon entries, longest (two-word) matches first."""
    low = [t.lower() for t in tokens]
    out = []
    for i in range(len(low)):
        two = " ".join(low[i : i + 2])
        if i + 1 < len(low) and two in LEXICON:
            out.append((i, i + 2, two))
        if low[i] in LEXICON or low[i] in ANTONYM_OF:
            out.append((i, i + 1, low[i]))
    return out


def _blocked(low: list[str], s: int, e: int) -> bool:
    prev = " ".join(low[max(0, s - 1) : e])
    nxt = " ".join(low[s : e + 1])
    return prev in STOP_BIGRAMS or nxt in STOP_BIGRAMS


def _replace(tokens: list[str], s: int, e: int, new: str) -> list[str]:
    out = (
        tokens[:s]
        + [_match_case(w, tokens[s]) if j == 0 else w for j, w in enumerate(new.split())]
        + tokens[e:]
    )
    _fix_article(out, s)
    return out


def contradictions(tokens: list[str], rng: random.Random) -> list[Pair]:
    low = [t.lower() for t in tokens]
    text = " " + " ".join(low) + " "
    out = []
    for s, e, surf in _spans(tokens):
        if _blocked(low, s, e):
            continue
        cands = []
        for cat, is_pl in LEXICON.get(surf, []):
            for w in CATEGORIES[cat][1]:
                form = plural(w) if is_pl else w
                if form != surf:
                    cands.append((form, cat))
        if surf in ANTONYM_OF:
            cands.append((ANTONYM_OF[surf], "antonym"))
        # the substitute must be new to the sentence, else "a man and a man" is not a contradiction
        cands = [(w, c) for w, c in cands if f" {w} " not in text]
        if not cands:
            continue
        new, cat = rng.choice(cands)
        out.append(
            Pair(detok(tokens), detok(_replace(tokens, s, e, new)), "contradiction", f"swap:{cat}")
        )
    return out


def _droppable(low: list[str], s: int, e: int) -> bool:
    """An adjective followed by its noun, not part of 'red and black' or 'dark red'."""
    return (
        e < len(low)
        and low[e].isalpha()
        and low[e] not in ("and", "or")
        and low[e] not in LEXICON
        and (s == 0 or low[s - 1] not in ("and", "or", "light", "dark"))
    )


def entailments(tokens: list[str]) -> list[Pair]:
    low = [t.lower() for t in tokens]
    out = []
    for s, e, surf in _spans(tokens):
        if _blocked(low, s, e):
            continue
        for cat, is_pl in LEXICON.get(surf, []):
            hyper = CATEGORIES[cat][0]
            if hyper is None:
                # colour / material / number-free adjectives can be dropped: "a red shirt" -> "a shirt"
                if cat in ("colour", "material") and _droppable(low, s, e):
                    hyp = tokens[:s] + tokens[e:]
                    _fix_article(hyp, s)
                    out.append(Pair(detok(tokens), detok(hyp), "entailment", f"drop:{cat}"))
                continue
            new = plural(hyper) if is_pl else hyper
            out.append(
                Pair(
                    detok(tokens),
                    detok(_replace(tokens, s, e, new)),
                    "entailment",
                    f"hypernym:{cat}",
                )
            )
        if surf in EXTRA_HYPERNYMS:
            out.append(
                Pair(
                    detok(tokens),
                    detok(_replace(tokens, s, e, EXTRA_HYPERNYMS[surf])),
                    "entailment",
                    "hypernym:extra",
                )
            )
        sizes = ("big", "large", "small", "little", "young", "old", "tall")
        if surf in sizes and _droppable(low, s, e) and low[e] not in ANTONYM_OF:
            hyp = tokens[:s] + tokens[e:]
            _fix_article(hyp, s)
            out.append(Pair(detok(tokens), detok(hyp), "entailment", "drop:size"))
    return out


def neutrals(tokens: list[str], rng: random.Random) -> list[Pair]:
    low = [t.lower() for t in tokens]
    out = []
    animals = set(CATEGORIES["animal"][1])
    things = (
        set(CATEGORIES["vehicle"][1])
        | set(CATEGORIES["instrument"][1])
        | set(CATEGORIES["furniture"][1])
        | {"shirt", "jacket", "dress", "coat", "phone", "camera", "bag", "book", "hat"}
    )
    for i in range(1, len(low)):
        if low[i - 1] not in ("a", "an", "the"):
            continue
        w = low[i]
        group = (
            "person"
            if w in PERSON_NOUNS
            else "animal"
            if w in animals
            else "thing"
            if w in things
            else None
        )
        if group is None:
            continue
        mods = [m for m in NEUTRAL_MODS[group] if m not in low]
        mod = rng.choice(mods)
        hyp = tokens[:i] + [mod] + tokens[i:]
        _fix_article(hyp, i)
        out.append(Pair(detok(tokens), detok(hyp), "neutral", f"add:{group}"))
    # narrowing a hypernym: "an animal" -> "a dog" is not implied
    for s, e, surf in [(i, i + 1, w) for i, w in enumerate(low)]:
        for cat, (hyper, words) in CATEGORIES.items():
            if hyper and surf == hyper and cat not in ("adult", "family"):
                hyp = _replace(tokens, s, e, rng.choice(words))
                out.append(Pair(detok(tokens), detok(hyp), "neutral", f"narrow:{cat}"))
                break
    return out


def make_pairs(
    premises: list[str],
    n: int,
    rng: random.Random,
    share: tuple[float, float, float] = (0.5, 0.25, 0.25),
) -> list[Pair]:
    """At most one pair of each label per premise; label shares (contradiction, entailment, neutral)."""
    want = {"contradiction": int(n * share[0]), "entailment": int(n * share[1])}
    want["neutral"] = n - want["contradiction"] - want["entailment"]
    got: dict[str, list[Pair]] = {k: [] for k in want}
    for prem in premises:
        tokens = WORD.findall(prem)
        if len(tokens) < 4:
            continue
        for lab, fn in (
            ("contradiction", lambda t: contradictions(t, rng)),
            ("entailment", entailments),
            ("neutral", lambda t: neutrals(t, rng)),
        ):
            if len(got[lab]) >= want[lab]:
                continue
            cands = [p for p in fn(tokens) if p.hypothesis != p.premise]
            if cands:
                got[lab].append(rng.choice(cands))
        if all(len(got[k]) >= want[k] for k in want):
            break
    out = [p for ps in got.values() for p in ps]
    rng.shuffle(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "runs" / "swap_pairs.jsonl")
    ap.add_argument("--n", type=int, default=8000)
    ap.add_argument("--skip", type=int, default=24000, help="SNLI train rows to leave out first")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    path = args.eval_dir / "nli/snli/snli_train_100k.jsonl"
    if not path.exists():
        raise SystemExit(f"error: {path} not found; pass --eval-dir pointing at shared/eval")
    seen, premises = set(), []
    with path.open(encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k < args.skip:
                continue
            p = " ".join(json.loads(line)["sentence1"].split())
            if p not in seen:
                seen.add(p)
                premises.append(p)
    rng = random.Random(args.seed)
    rng.shuffle(premises)
    pairs = make_pairs(premises, args.n, rng)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for p in pairs:
            fh.write(
                json.dumps(
                    {
                        "premise": p.premise,
                        "hypothesis": p.hypothesis,
                        "label": p.label,
                        "kind": p.kind,
                    }
                )
                + "\n"
            )
    counts: dict[str, int] = {}
    for p in pairs:
        counts[p.label] = counts.get(p.label, 0) + 1
    print(f"{len(pairs)} pairs from {len(premises)} premises -> {args.out}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
