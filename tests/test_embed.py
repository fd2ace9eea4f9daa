"""The shipped all-MiniLM-L6-v2 through our loader (real model, offline)."""

import hashlib
from pathlib import Path

import numpy as np
import pytest

from factcheck.embed import load_embedder, resolve_embedder
from factcheck.errors import ModelError

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("sentence-transformers/all-MiniLM-L6-v2")


def test_shipped_names_resolve_to_the_package_copy():
    path = Path(resolve_embedder("all-MiniLM-L6-v2"))
    weights = path / "model.safetensors"
    assert weights.exists()
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    assert digest.startswith("53aa5117") and digest.endswith("d9db")
    assert resolve_embedder("/some/other/model") == "/some/other/model"


def test_paraphrases_are_closer_than_other_facts(embedder):
    v = embedder.encode([
        "Putin arrived in Pyongyang late on Tuesday.",
        "The Russian president landed in Pyongyang on Wednesday morning.",
        "Rainfall in the valley reached 120 millimetres overnight.",
    ])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > 0.5 > v[0] @ v[2]


def test_missing_model_is_a_one_line_model_error(tmp_path):
    with pytest.raises(ModelError) as err:
        load_embedder(str(tmp_path / "no-such-model"))
    assert "models.embedder" in err.value.message and "\n" not in err.value.message
