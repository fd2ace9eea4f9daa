"""scripts/eval_averitec_slots.py: scoring the engine's dates and figures against a reading, on
claims written here (real spaCy parse); and, where ../shared/eval is present, that every item of
the committed reading stands in its claim."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import eval_averitec_slots as ea

EVAL = ROOT.parent / "shared" / "eval"


def _score(text: str, made: date, reading: dict) -> dict:
    claim = ea.Claim("avt-x", text, made)
    return ea.score_claim(claim, reading, ea.engine_slots([claim])["avt-x"])


def test_a_date_and_a_figure_read_right():
    out = _score(
        "Last week 12 people died in the floods.",
        date(2020, 10, 10),
        {
            "dates": [{"text": "Last week", "first": "2020-09-28", "last": "2020-10-04"}],
            "figures": [{"text": "12", "value": 12, "kind": "count", "unit": "people"}],
        },
    )
    assert [i["verdict"] for i in out["items"]] == ["right", "right"] and out["extra"] == []


def test_a_wrong_value_a_miss_and_an_extra():
    out = _score(
        "Wearing masks stops covid 19, and 40 people agreed in March 2020.",
        date(2020, 10, 10),
        {
            "dates": [{"text": "March 2020", "first": "2020-03-01", "last": "2020-03-30"}],
            "figures": [{"text": "40", "value": 41, "kind": "count", "unit": "people"}],
        },
    )
    assert [i["verdict"] for i in out["items"]] == ["wrong", "wrong"]
    missed = _score("He said so.", date(2020, 10, 10), {"figures": [{"text": "He", "value": 1}]})
    assert missed["items"][0]["verdict"] == "missed"
    extra = _score("It was 300 miles long.", date(2020, 10, 10), {})
    assert extra["extra"] == [{"kind": "quantity", "text": "300 miles"}]


def test_a_measure_is_matched_in_the_unit_written():
    out = _score(
        "We have built 300 miles of wall.",
        date(2020, 10, 10),
        {"figures": [{"text": "300 miles", "value": 300, "kind": "measure", "unit": "mile"}]},
    )
    assert out["items"][0]["verdict"] == "right"


def test_one_person_named_without_a_number_is_no_extra():
    assert _score("A child died in Germany.", date(2020, 10, 10), {})["extra"] == []


def test_words_are_located_whole_first():
    text = "558 were killed in 2018, while 201 died"
    at = text.index("201 died")
    assert ea._locate("201", text) == (at, at + 3)
    assert ea._locate("nothing", "558 were killed") is None


@pytest.mark.skipif(not (EVAL / ea.AVERITEC_PATH).exists(), reason="needs ../shared/eval")
@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_item_of_the_reading_stands_in_its_claim(split):
    claims = {c.doc: c for c in ea.claims_of(split, EVAL)}
    path = ROOT / "docs" / "labels" / f"averitec_slot_reading_{split}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert {r["doc"] for r in rows} == set(claims)
    for r in rows:
        for item in r["dates"] + r["figures"]:
            assert ea._locate(item["text"], claims[r["doc"]].text), (r["doc"], item["text"])
