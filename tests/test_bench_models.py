"""scripts/bench_models.py: runs on CPU with the shipped NLI model and a tiny text sample written
here (our own sentences), and turns its rates into articles per minute from a speed JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import bench_models as bm


def _speed_json(path: Path) -> Path:
    stages = {"segment": 2.0, "slots": 2.0, "embed": 1.0, "nli": 5.0}
    path.write_text(
        json.dumps(
            {
                "speed": {
                    "sizes": [
                        {
                            "articles": 10,
                            "cluster": "toy",
                            "statements": 300,
                            "pairs_judged": 400,
                            "runs": [{"run": "warm", "seconds_per_stage": stages}],
                        }
                    ]
                }
            }
        )
    )
    return path


def test_work_per_article_counts_both_nli_directions(tmp_path):
    work = bm.per_article(_speed_json(tmp_path / "speed.json"))
    assert work["statements"] == 30
    assert work["nli_passes"] == 80  # 40 pairs per article, each judged both ways
    assert work["cpu_stage_seconds"] == pytest.approx(0.4)


@pytest.mark.integration
def test_measures_the_shipped_nli_model_on_cpu(tmp_path, capsys):
    pairs = [
        ["The shooting happened Tuesday night.", "Police said the shooting was on Wednesday."],
        ["Two men were wounded.", "Three people were hurt in the attack."],
    ] * 4
    text = tmp_path / "text.json"
    text.write_text(
        json.dumps({"pairs": pairs, "sentences": sorted({s for p in pairs for s in p})})
    )
    out = tmp_path / "out.json"
    rc = bm.main(
        ["--text", str(text), "--device", "cpu", "--threads", "1", "--batch-sizes", "4",
         "--repeats", "1", "--speed-json", str(_speed_json(tmp_path / "speed.json")),
         "--out", str(out)]
    )  # fmt: skip
    assert rc == 0
    res = json.loads(out.read_text())
    row = res["rows"][0]
    assert row["nli_pairs_per_s"] > 0 and row["embed_sentences_per_s"] > 0
    assert row["model_stage_articles_per_minute"] == pytest.approx(
        60 / (30 / row["embed_sentences_per_s"] + 80 / row["nli_pairs_per_s"]), rel=0.01
    )
    assert res["model_stage_articles_per_minute"] == row["model_stage_articles_per_minute"]
    assert res["embed_dtype"] == "torch.float32"


def test_missing_text_is_a_clear_error(tmp_path, capsys):
    assert bm.main(["--text", str(tmp_path / "none.json")]) == 1
    assert "make it with --prepare" in capsys.readouterr().err


def test_a_speed_json_without_work_fails_before_any_timing(tmp_path, capsys):
    text = tmp_path / "text.json"
    text.write_text(json.dumps({"pairs": [["a", "b"]], "sentences": ["a", "b"]}))
    bad = tmp_path / "speed.json"
    bad.write_text(json.dumps({"speed": {"sizes": []}}))
    assert bm.main(["--text", str(text), "--speed-json", str(bad)]) == 1
    assert "run bench.py speed" in capsys.readouterr().err
