"""Fast tests of the NLI loader logic: label mapping and batching, with a fake scorer (no model)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from factcheck.errors import ModelError
from factcheck.nli import (
    TransformersNli,
    both_directions,
    length_order,
    map_labels,
    read_temperature,
    resolve_path,
    scores_from_probs,
)
from factcheck.schema import NliScores


def test_map_labels_three_way_any_order_and_case() -> None:
    assert map_labels({0: "entailment", 1: "neutral", 2: "contradiction"}) == {
        "entailment": 0,
        "neutral": 1,
        "contradiction": 2,
    }
    # roberta-large-mnli style: upper case, reordered, string keys (as in config.json)
    assert map_labels({"0": "CONTRADICTION", "1": "NEUTRAL", "2": "ENTAILMENT"}) == {
        "contradiction": 0,
        "neutral": 1,
        "entailment": 2,
    }


def test_map_labels_two_way_fills_neutral() -> None:
    m = map_labels({0: "entailment", 1: "not_entailment"})
    assert m == {"entailment": 0, "neutral": 1}
    s = scores_from_probs([0.3, 0.7], m)
    assert (s.entailment, s.neutral, s.contradiction) == (0.3, 0.7, 0.0)
    assert map_labels({0: "Non-Entailment", 1: "Entailment"}) == {"neutral": 0, "entailment": 1}


@pytest.mark.parametrize(
    "id2label",
    [
        {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"},
        {0: "entailment", 1: "entailment", 2: "contradiction"},  # duplicate
        {0: "neutral", 1: "contradiction"},  # 2-way without entailment
        {0: "positive", 1: "negative"},
        {},
    ],
)
def test_map_labels_bad_labels_name_them(id2label: dict[int, str]) -> None:
    with pytest.raises(ModelError) as err:
        map_labels(id2label, model="some/model")
    msg = err.value.format_message()
    assert "some/model" in msg and "\n" not in msg
    for lab in id2label.values():
        assert repr(lab) in msg


def test_length_order_longest_first_stable() -> None:
    assert length_order([3, 9, 3, 1, 9]) == [1, 4, 0, 2, 3]


def test_both_directions_order() -> None:
    calls: list[list[tuple[str, str]]] = []

    def predict(flat):
        calls.append(list(flat))
        return [NliScores(entailment=len(a), neutral=len(b), contradiction=0.0) for a, b in flat]

    pairs = [("a", "bb"), ("ccc", "dddd"), ("e", "")]
    out = both_directions(predict, pairs)
    assert len(calls) == 1 and len(calls[0]) == 6  # one pass: both directions share batches
    for (a, b), (ab, ba) in zip(pairs, out, strict=True):
        assert (ab.entailment, ab.neutral) == (len(a), len(b))
        assert (ba.entailment, ba.neutral) == (len(b), len(a))


# A fake tokenizer + model: lets TransformersNli's batching run without weights.
class _Feats(dict):
    def to(self, device: str) -> _Feats:
        return self


@dataclass
class FakeTok:
    batches: list[list[tuple[str, str]]] = field(default_factory=list)

    def __call__(self, a, b, **kw):
        torch = pytest.importorskip("torch")
        self.batches.append(list(zip(a, b, strict=True)))
        # feature = (len(premise), len(hypothesis)) so the fake model can echo the pair
        return _Feats(
            x=torch.tensor([[len(x), len(y)] for x, y in zip(a, b, strict=True)], dtype=torch.float)
        )


class FakeModel:
    def __call__(self, x):
        torch = pytest.importorskip("torch")

        class Out:
            pass

        o = Out()
        # logits with log-probs proportional to the lengths: monotone, checkable
        o.logits = torch.stack([x[:, 0], x[:, 1], torch.zeros(len(x))], dim=1)
        return o


@pytest.mark.parametrize("batch_size", [1, 2, 3, 32])
def test_transformers_nli_batches_keep_input_order(batch_size: int) -> None:
    pytest.importorskip("torch")
    tok = FakeTok()
    nli = TransformersNli(
        name="fake",
        model=FakeModel(),
        tokenizer=tok,
        mapping={"entailment": 0, "neutral": 1, "contradiction": 2},
        device="cpu",
    )
    pairs = [("a b c", "x"), ("a", "y y y y"), ("", ""), ("a b", "c d"), ("long " * 5, "z")]
    out = nli.predict(pairs, batch_size=batch_size)
    assert len(out) == len(pairs)
    assert sum(len(b) for b in tok.batches) == len(pairs)
    assert all(len(b) <= batch_size for b in tok.batches)
    assert len(tok.batches) == -(-len(pairs) // batch_size)
    for (a, b), s in zip(pairs, out, strict=True):
        # larger premise length -> more entailment mass than neutral, and vice versa
        assert (s.entailment > s.neutral) == (len(a) > len(b))
        assert abs(s.entailment + s.neutral + s.contradiction - 1) < 1e-5
    both = nli.predict_both(pairs, batch_size=batch_size)
    for (ab, ba), s in zip(both, out, strict=True):
        assert ab == s
        assert abs(ba.entailment - ab.neutral) < 1e-6 and abs(ba.neutral - ab.entailment) < 1e-6


def test_temperature_flattens() -> None:
    pytest.importorskip("torch")
    mapping = {"entailment": 0, "neutral": 1, "contradiction": 2}
    sharp = TransformersNli("f", FakeModel(), FakeTok(), mapping, "cpu").predict([("aaaa", "a")])[0]
    flat = TransformersNli("f", FakeModel(), FakeTok(), mapping, "cpu", temperature=3.0).predict(
        [("aaaa", "a")]
    )[0]
    assert flat.entailment < sharp.entailment and flat.label == sharp.label == "entailment"


def test_empty_input() -> None:
    nli = TransformersNli("f", FakeModel(), FakeTok(), {"entailment": 0, "neutral": 1}, "cpu")
    assert nli.predict([]) == [] and nli.predict_both([]) == []


def test_read_temperature(tmp_path) -> None:
    assert read_temperature(str(tmp_path)) == 1.0
    (tmp_path / "calibration.json").write_text(json.dumps({"temperature": 1.7}))
    assert read_temperature(str(tmp_path)) == 1.7
    (tmp_path / "calibration.json").write_text(json.dumps({"temperature": -1}))
    with pytest.raises(ModelError):
        read_temperature(str(tmp_path))


def test_resolve_path(tmp_path) -> None:
    assert resolve_path("org/some-model") == "org/some-model"  # a hub id passes through
    with pytest.raises(ModelError, match="no config.json"):
        resolve_path(str(tmp_path))


def test_import_is_cheap() -> None:
    code = "import sys, factcheck.nli; print('torch' in sys.modules, 'transformers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_missing_hub_model_offline_is_one_line_error(monkeypatch) -> None:
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from factcheck.nli import load_nli

    with pytest.raises(ModelError) as err:
        load_nli("no-such-org/no-such-nli-model-xyz")
    msg = err.value.format_message()
    assert "no-such-org/no-such-nli-model-xyz" in msg and "\n" not in msg
