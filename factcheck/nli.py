"""The NLI judge: load any Hugging Face sequence-classification NLI model and score sentence pairs.

`load_nli("factcheck-nli-minilm")` is the cross-encoder shipped in `factcheck/models/nli-minilm`;
any hub name or local folder works too. Labels come from the model's `config.id2label`
(case-insensitive entailment / neutral / contradiction). Two-way models (entailment /
not_entailment) are supported: the non-entailment probability is reported as **neutral** and
contradiction is 0, because "not entailed" does not say "contradicted".

torch and transformers are imported inside the functions: importing this module is cheap.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from factcheck.device import quiet_transformers, resolve_device, set_threads
from factcheck.errors import ModelError
from factcheck.schema import NLI_LABELS, NliScores

SHIPPED_NAME = "factcheck-nli-minilm"
SHIPPED_DIR = Path(__file__).resolve().parent / "models" / "nli-minilm"
CONFIG_KEY = "models.nli"
CALIBRATION_FILE = "calibration.json"
# Below this many pairs a progress bar is noise.
PROGRESS_MIN_PAIRS = 256

# Spellings seen on the hub (roberta-large-mnli: ENTAILMENT; cross-encoder/nli-*: entailment;
# 2-way RTE-style heads: not_entailment / non-entailment).
_ALIASES: dict[str, str] = {
    "entailment": "entailment",
    "entails": "entailment",
    "entailed": "entailment",
    "entail": "entailment",
    "neutral": "neutral",
    "contradiction": "contradiction",
    "contradicts": "contradiction",
    "contradicted": "contradiction",
    "contradict": "contradiction",
    "not_entailment": "neutral",
    "non_entailment": "neutral",
    "not_entailed": "neutral",
    "no_entailment": "neutral",
}


def map_labels(id2label: dict[int, str] | dict[str, str], *, model: str = "?") -> dict[str, int]:
    """Canonical label -> output column of the model.

    3-way models give all three keys. 2-way models give "entailment" and "neutral" (the
    not-entailment column); the caller fills the missing "contradiction" with 0. Anything
    else raises ModelError naming the labels found.
    """
    found = {int(i): str(lab) for i, lab in id2label.items()}
    out: dict[str, int] = {}
    for idx, raw in sorted(found.items()):
        key = re.sub(r"[\s\-]+", "_", raw.strip().lower())
        canon = _ALIASES.get(key)
        if canon is None or canon in out:
            out = {}
            break
        out[canon] = idx
    if set(out) == set(NLI_LABELS) or (len(found) == 2 and set(out) == {"entailment", "neutral"}):
        return out
    labels = ", ".join(f"{i}={lab!r}" for i, lab in sorted(found.items()))
    raise ModelError(
        model,
        f"cannot map the model's labels ({labels}) to entailment/neutral/contradiction; "
        "set config.id2label to those names",
        key=CONFIG_KEY,
    )


def scores_from_probs(row: Sequence[float], mapping: dict[str, int]) -> NliScores:
    get = {lab: (float(row[mapping[lab]]) if lab in mapping else 0.0) for lab in NLI_LABELS}
    return NliScores(**get)


class NliModel(Protocol):
    name: str

    def predict(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[NliScores]: ...

    def predict_both(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[tuple[NliScores, NliScores]]: ...


def both_directions(
    predict: Callable[[Sequence[tuple[str, str]]], list[NliScores]],
    pairs: Sequence[tuple[str, str]],
) -> list[tuple[NliScores, NliScores]]:
    """(a->b, b->a) per pair from one call over 2n pairs, so both directions share the batches."""
    flat = [p for a, b in pairs for p in ((a, b), (b, a))]
    scores = predict(flat)
    return [(scores[2 * i], scores[2 * i + 1]) for i in range(len(pairs))]


def length_order(lengths: Sequence[int]) -> list[int]:
    """Indices sorted by length (longest first, stable): batches of similar length pad little."""
    return sorted(range(len(lengths)), key=lambda i: -lengths[i])


@dataclass
class TransformersNli:
    """An AutoModelForSequenceClassification NLI head; probabilities after temperature scaling."""

    name: str
    model: Any
    tokenizer: Any
    mapping: dict[str, int]
    device: str
    max_length: int = 256
    temperature: float = 1.0

    def predict(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[NliScores]:
        import torch

        if not pairs:
            return []
        batch_size = max(1, batch_size)
        # Token counts for sorting: whitespace words are a cheap, monotone-enough proxy.
        order = length_order([len(a.split()) + len(b.split()) for a, b in pairs])
        out: list[NliScores | None] = [None] * len(pairs)
        bar = None
        if progress and len(pairs) >= PROGRESS_MIN_PAIRS:
            from tqdm import tqdm

            bar = tqdm(total=len(pairs), desc="nli", unit="pair")
        try:
            with torch.inference_mode():
                for s in range(0, len(order), batch_size):
                    idx = order[s : s + batch_size]
                    feats = self.tokenizer(
                        [pairs[i][0] for i in idx],
                        [pairs[i][1] for i in idx],
                        padding=True,  # dynamic: to the longest pair of this batch
                        truncation=True,
                        max_length=self.max_length,
                        return_tensors="pt",
                    ).to(self.device)
                    logits = self.model(**feats).logits.float() / self.temperature
                    probs = logits.softmax(-1).cpu().tolist()
                    for i, row in zip(idx, probs, strict=True):
                        out[i] = scores_from_probs(row, self.mapping)
                    if bar is not None:
                        bar.update(len(idx))
        finally:
            if bar is not None:
                bar.close()
        return out  # type: ignore[return-value]

    def predict_both(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[tuple[NliScores, NliScores]]:
        return both_directions(
            lambda flat: self.predict(flat, batch_size=batch_size, progress=progress), pairs
        )


def resolve_path(name_or_path: str) -> str:
    """The shipped name -> its folder; an existing path -> itself; anything else: a hub id."""
    if name_or_path == SHIPPED_NAME:
        if not (SHIPPED_DIR / "config.json").exists():
            raise ModelError(
                name_or_path, f"the shipped model is missing from {SHIPPED_DIR}", key=CONFIG_KEY
            )
        return str(SHIPPED_DIR)
    p = Path(name_or_path).expanduser()
    if p.exists():
        if not (p / "config.json").exists():
            raise ModelError(
                name_or_path,
                f"{p} has no config.json: not a Hugging Face model folder",
                key=CONFIG_KEY,
            )
        return str(p)
    return name_or_path


def read_temperature(folder: str) -> float:
    path = Path(folder) / CALIBRATION_FILE
    if not path.exists():
        return 1.0
    try:
        t = float(json.loads(path.read_text(encoding="utf-8"))["temperature"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(folder, f"{path}: no valid 'temperature' ({exc})", key=CONFIG_KEY) from exc
    if not t > 0:
        raise ModelError(folder, f"{path}: temperature must be > 0, got {t}", key=CONFIG_KEY)
    return t


@lru_cache(maxsize=4)
def load_nli(
    name_or_path: str = SHIPPED_NAME,
    *,
    device: str = "auto",
    threads: int = 0,
    max_length: int = 256,
) -> NliModel:
    """Load an NLI cross-encoder once per process (cached on all arguments)."""
    import torch

    set_threads(threads)
    path = resolve_path(name_or_path)
    try:
        from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer

        quiet_transformers()  # no load reports or "Loading weights" bars on a CLI's stderr
        config = AutoConfig.from_pretrained(path)
    except OSError as exc:
        offline = os.environ.get("HF_HUB_OFFLINE") == "1"
        hint = (
            "not a local folder and not in the Hugging Face cache (HF_HUB_OFFLINE=1)"
            if offline
            else (
                f"could not load it from the Hugging Face hub or disk ({str(exc).splitlines()[0]})"
            )
        )
        raise ModelError(name_or_path, hint, key=CONFIG_KEY) from exc
    mapping = map_labels(config.id2label or {}, model=name_or_path)
    dev = resolve_device(device)
    try:
        tokenizer = AutoTokenizer.from_pretrained(path)
        # fp16 weights on disk, fp32 compute on CPU (CPU fp16 matmuls are slow).
        dtype = torch.float16 if dev.startswith("cuda") else torch.float32
        model = AutoModelForSequenceClassification.from_pretrained(path, dtype=dtype).to(dev).eval()
    except OSError as exc:
        raise ModelError(
            name_or_path,
            f"could not load weights/tokenizer ({str(exc).splitlines()[0]})",
            key=CONFIG_KEY,
        ) from exc
    return TransformersNli(
        name=name_or_path,
        model=model,
        tokenizer=tokenizer,
        mapping=mapping,
        device=dev,
        max_length=max_length,
        temperature=read_temperature(path) if Path(path).exists() else 1.0,
    )
