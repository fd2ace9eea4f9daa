"""Unit tests of scripts/make_swap_pairs.py (pure logic, no data files)."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "make_swap_pairs", Path(__file__).resolve().parents[1] / "scripts" / "make_swap_pairs.py"
)
msp = importlib.util.module_from_spec(_spec)
sys.modules["make_swap_pairs"] = msp  # dataclasses look the module up
_spec.loader.exec_module(msp)


def toks(s: str) -> list[str]:
    return msp.WORD.findall(s)


def test_contradiction_swaps_within_one_category():
    pairs = msp.contradictions(toks("A man in a red shirt plays the guitar."), random.Random(0))
    kinds = {p.kind for p in pairs}
    assert {"swap:adult", "swap:colour", "swap:instrument"} <= kinds
    for p in pairs:
        assert p.label == "contradiction"
        changed = [a for a, b in zip(toks(p.premise), toks(p.hypothesis)) if a != b]
        assert len(changed) == 1
    adult = next(p for p in pairs if p.kind == "swap:adult")
    assert adult.hypothesis == "A woman in a red shirt plays the guitar."


def test_swap_never_reuses_a_word_already_in_the_sentence():
    # "a man and a woman" -> "a woman and a woman" would not contradict the premise
    pairs = msp.contradictions(toks("A man and a woman walk."), random.Random(0))
    assert not [p for p in pairs if p.kind == "swap:adult"]


def test_antonym_and_article_fix():
    pairs = msp.contradictions(toks("An old dog sleeps."), random.Random(1))
    ant = [p.hypothesis for p in pairs if p.kind == "swap:antonym"]
    assert ant and ant[0] in ("A young dog sleeps.", "A new dog sleeps.")


def test_entailment_hypernym_plural_and_dropped_colour():
    pairs = msp.entailments(toks("Two dogs chase a red ball."))
    hyps = {p.hypothesis for p in pairs}
    assert "Two animals chase a red ball." in hyps
    assert "Two dogs chase a ball." in hyps
    assert all(p.label == "entailment" for p in pairs)


def test_colour_in_a_coordination_is_not_dropped():
    pairs = msp.entailments(toks("A red and black dog runs."))
    assert not [p for p in pairs if p.kind == "drop:colour"]


def test_stop_bigram_blocks_collocations():
    pairs = msp.contradictions(toks("A man eats a hot dog."), random.Random(0))
    assert all("dog" in p.hypothesis for p in pairs)
    assert not [p for p in pairs if p.kind == "swap:antonym"]


def test_neutral_adds_a_modifier():
    pairs = msp.neutrals(toks("A woman rides a horse."), random.Random(0))
    assert pairs and all(p.label == "neutral" for p in pairs)
    for p in pairs:
        assert len(toks(p.hypothesis)) == len(toks(p.premise)) + 1


@pytest.mark.parametrize(
    ("word", "pl"), [("man", "men"), ("bus", "buses"), ("cherry", "cherries"), ("toy", "toys")]
)
def test_plural(word, pl):
    assert msp.plural(word) == pl


def test_make_pairs_is_seeded_and_balanced():
    prem = [
        "A man in a red shirt plays the guitar.",
        "Two dogs run on the beach.",
        "A girl eats an apple in the kitchen.",
        "A woman rides a brown horse.",
        "An old man sits on a wooden bench.",
    ] * 4
    a = msp.make_pairs(prem, 12, random.Random(3))
    b = msp.make_pairs(prem, 12, random.Random(3))
    assert a == b
    labels = [p.label for p in a]
    assert labels.count("contradiction") == 6
    assert labels.count("entailment") == 3 and labels.count("neutral") == 3
