"""Unit tests of the training-mix holdout in scripts/train_nli.py (pure logic, no data files)."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "train_nli", Path(__file__).resolve().parents[1] / "scripts" / "train_nli.py"
)
tn = importlib.util.module_from_spec(_spec)
sys.modules["train_nli"] = tn
_spec.loader.exec_module(tn)


def _mix() -> dict[str, list[tuple[str, str, str]]]:
    return {
        "snli_train": [(f"s{i}", f"h{i}", "entailment") for i in range(50)],
        "mnli_mismatched_noisy": [(f"m{i}", f"h{i}", "neutral") for i in range(20)],
    }


def test_holdout_source_is_never_trained_on():
    hold, train = tn.split_holdout(_mix(), 5, "mnli_mismatched_noisy", [], random.Random(0))
    assert len(hold) == 5 and {r[3] for r in hold} == {"mnli_mismatched_noisy"}
    held = {r[0] for r in hold}
    assert not held & {r[0] for r in train}
    assert len(train) == 50 + 15


def test_upsample_repeats_a_source_after_the_holdout():
    hold, train = tn.split_holdout(
        _mix(), 5, "mnli_mismatched_noisy", ["mnli_mismatched_noisy=2"], random.Random(0)
    )
    mnli = [r for r in train if r[3] == "mnli_mismatched_noisy"]
    assert len(mnli) == 30 and len({r[0] for r in mnli}) == 15
    assert not {r[0] for r in hold} & {r[0] for r in mnli}


def test_default_holdout_is_a_slice_of_the_whole_mix_and_seeded():
    a = tn.split_holdout(_mix(), 7, None, [], random.Random(3))
    b = tn.split_holdout(_mix(), 7, None, [], random.Random(3))
    assert a == b and len(a[0]) == 7 and len(a[1]) == 63


@pytest.mark.parametrize(
    ("source", "upsample"), [("nope", []), (None, ["nope=2"]), (None, ["snli_train=x"])]
)
def test_bad_names_are_refused(source, upsample):
    with pytest.raises(SystemExit):
        tn.split_holdout(_mix(), 5, source, upsample, random.Random(0))
