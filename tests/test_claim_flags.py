"""scripts/claim_flags.py: which clusters it reruns and which labels it reads (label files
written here; the GVA articles stay in ../shared/eval)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import claim_flags as cf


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_labelled_claims_reads_labels_and_claim_clusters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "gva_untouched_a.jsonl", [
        {"finding_id": "f1", "cluster_id": "c1", "conflict_type": "claim", "label": "false_alarm"},
        {"finding_id": "f2", "cluster_id": "c2", "conflict_type": "date", "label": "real"},
        {"finding_id": "f3", "cluster_id": "c3", "conflict_type": "claim", "label": None},
    ])  # fmt: skip
    _write(tmp_path / "gva_untouched_b.jsonl", [
        {"finding_id": "f4", "cluster_id": "c4", "conflict_type": "claim", "label": "real"},
    ])  # fmt: skip
    monkeypatch.setattr(cf, "LABELS", tmp_path)
    labels, clusters = cf.labelled_claims("gva_untouched_*.jsonl")
    assert labels == {"f1": "false_alarm", "f2": "real", "f4": "real"}
    assert clusters == {"c1", "c4"}  # only clusters with a labelled claim flag
    _, clusters = cf.labelled_claims("gva_untouched_*.jsonl", ["gva_untouched_b.jsonl"])
    assert clusters == {"c1"}


def test_missing_data_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cf.main(["--eval-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert "not found" in err and "\n" not in err
