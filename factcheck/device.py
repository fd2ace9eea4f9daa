"""Torch device and thread choice shared by the embedder and the NLI model."""

from __future__ import annotations


def resolve_device(device: str = "auto") -> str:
    """`auto` picks cuda, then mps, then cpu; anything else is passed through to torch."""
    import torch

    if device != "auto":
        return device
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def set_threads(threads: int) -> None:
    """Two OpenMP threads collapse when another process takes a core: let the user lower it."""
    if threads > 0:
        import torch

        torch.set_num_threads(threads)


def quiet_transformers() -> None:
    """No per-load "Loading weights" bars or load reports: our own stage bars say what runs."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
