"""scripts/eval_figures.py end to end on a few quantity pairs written here, in the NumGLUE
task-7 layout (the real data stays in ../shared/eval), with the shipped models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import eval_figures as ef

pytestmark = pytest.mark.integration

PAIRS = [
    ("The freighter carried about 6,700 containers to the port.",
     "The freighter carried nearly 7,000 containers to the port.", "entailment"),
    ("The freighter carried about 6,700 containers to the port.",
     "The freighter carried 600 containers to the port.", "contradiction"),
    ("More than 40 people were injured in the crash.",
     "Fewer than 10 people were injured in the crash.", "contradiction"),
    ("The council approved the budget on Monday.",
     "The council approved the budget on Monday evening.", "entailment"),
]


def _eval_dir(tmp_path: Path) -> Path:
    path = tmp_path / ef.DATA
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8") as f:
        for i, (a, b, label) in enumerate(PAIRS):
            row = {"id": f"t{i}", "text_a": a, "text_b": b, "label": label,
                   "format_family": "3way (written for this test)"}
            f.write(json.dumps(row) + "\n")
    return tmp_path


def test_figures_of_a_few_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    assert ef.main(["--eval-dir", str(_eval_dir(tmp_path)), "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    items = {it["id"]: it for it in result["items"]}
    # the slot engine reads the hedged figures: 6,700 ~ 7,000 agree, 6,700 vs 600 conflict
    assert items["t0"]["number_agree"] and not items["t0"]["number_conflict"]
    assert items["t1"]["number_conflict"] and items["t1"]["product"] == "contradiction"
    assert items["t2"]["number_conflict"]
    assert items["t0"]["product"] != "contradiction"
    assert sum(1 for it in result["items"]) == len(PAIRS)
    assert PAIRS[0][0] not in out.read_text()  # figures and ids only, never the data's text
    assert "== all ==" in capsys.readouterr().out


def test_missing_data_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ef.main(["--eval-dir", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip()
    assert "not found" in err and "\n" not in err


def test_flag_figures_counts_and_rates() -> None:
    items = [
        {"gold": "contradiction", "flag": True},
        {"gold": "contradiction", "flag": False},
        {"gold": "neutral", "flag": True},
        {"gold": "entailment", "flag": False},
        {"gold": "contradiction", "flag": True},
    ]
    f = ef.flag_figures(items, lambda it: it["flag"])
    assert (f["tp"], f["fp"], f["fn"]) == (2, 1, 1)
    assert f["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert f["recall"] == pytest.approx(2 / 3, abs=1e-3)


def test_errors_inside_the_repository_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inside = Path(ef.ROOT) / "bench" / "figures_errors.jsonl"
    assert ef.main(["--eval-dir", str(_eval_dir(tmp_path)), "--errors", str(inside)]) == 1
    assert "runs/" in capsys.readouterr().err
    assert not inside.exists()
