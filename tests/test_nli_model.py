"""Integration tests of the shipped NLI model (factcheck/models/nli-minilm) and `factcheck nli`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.nli import SHIPPED_DIR, load_nli

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not (SHIPPED_DIR / "model.safetensors").exists(),
        reason=f"no shipped NLI weights in {SHIPPED_DIR} yet (train with scripts/train_nli.py)",
    ),
]

# Clear cases in the news domain; the labels are the obvious ones, not tuned to the model.
CASES = [
    (
        "Two people were killed in the shooting on Saturday night.",
        "Five people were killed in the shooting on Saturday night.",
        "contradiction",
    ),
    (
        "The shooting happened on Tuesday near the gas station.",
        "The shooting happened on Friday near the gas station.",
        "contradiction",
    ),
    (
        "The suspect was arrested at the scene by police officers.",
        "The suspect was not arrested at the scene by police officers.",
        "contradiction",
    ),
    (
        "Police arrested a 23-year-old man on Main Street late Tuesday after a brief chase.",
        "Police arrested a 23-year-old man on Main Street.",
        "entailment",
    ),
]


@pytest.fixture(scope="session")
def model():
    return load_nli("factcheck-nli-minilm", device="cpu", threads=2)


@pytest.mark.parametrize(("premise", "hypothesis", "gold"), CASES)
def test_clear_pairs(model, premise: str, hypothesis: str, gold: str) -> None:
    s = model.predict([(premise, hypothesis)])[0]
    assert s.label == gold, s
    assert abs(s.entailment + s.neutral + s.contradiction - 1) < 1e-4


def test_unrelated_is_not_entailment(model) -> None:
    s = model.predict(
        [
            (
                "The victim was taken to a hospital in stable condition.",
                "The city council approved a new budget for road repairs.",
            )
        ]
    )[0]
    assert s.label != "entailment"


def test_predict_both_matches_single_direction(model) -> None:
    pairs = [(p, h) for p, h, _ in CASES]
    both = model.predict_both(pairs, batch_size=3)
    ab = model.predict(pairs, batch_size=5)
    ba = model.predict([(h, p) for p, h in pairs], batch_size=2)
    for (x, y), a, b in zip(both, ab, ba, strict=True):
        assert (
            abs(x.contradiction - a.contradiction) < 1e-3
            and abs(y.entailment - b.entailment) < 1e-3
        )


def _jsonl(tmp_path: Path) -> Path:
    f = tmp_path / "pairs.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": i, "premise": p, "hypothesis": h}) + "\n"
            for i, (p, h, _) in enumerate(CASES)
        )
    )
    return f


def test_cli_runner(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["nli", str(_jsonl(tmp_path)), "--batch-size", "2"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == list(range(len(CASES)))
    assert [r["label"] for r in rows] == [g for _, _, g in CASES]
    assert set(rows[0]) == {"id", "entailment", "neutral", "contradiction", "label"}


def test_subprocess_stdin(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("factcheck")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "factcheck.cli"]
    out = subprocess.run(
        [*cmd, "nli", "-"],
        check=False,
        input=_jsonl(tmp_path).read_text(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == len(CASES)
    assert json.loads(out.stdout.splitlines()[0])["label"] == "contradiction"


def _copy_model(tmp_path: Path) -> Path:
    dst = tmp_path / "nli-copy"
    shutil.copytree(SHIPPED_DIR, dst, ignore=shutil.ignore_patterns("*.md"))
    return dst


def test_model_option_with_local_path(tmp_path: Path) -> None:
    path = _copy_model(tmp_path)
    res = CliRunner().invoke(cli, ["nli", str(_jsonl(tmp_path)), "--model", str(path)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[2])["label"] == "contradiction"


def test_bad_labels_one_line_error(tmp_path: Path) -> None:
    path = _copy_model(tmp_path)
    cfg = json.loads((path / "config.json").read_text())
    cfg["id2label"] = {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}
    cfg["label2id"] = {v: int(k) for k, v in cfg["id2label"].items()}
    (path / "config.json").write_text(json.dumps(cfg))
    res = CliRunner().invoke(cli, ["nli", str(_jsonl(tmp_path)), "--model", str(path)])
    assert res.exit_code == 1
    msg = res.output.strip()
    assert "\n" not in msg and "LABEL_0" in msg and str(path) in msg, msg
    assert "Traceback" not in msg


def test_missing_local_folder_one_line_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["nli", str(_jsonl(tmp_path)), "--model", str(tmp_path)])
    assert res.exit_code == 1
    assert "config.json" in res.output and "\n" not in res.output.strip()
