import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from factcheck.config import Config, load_config
from factcheck.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_default_toml_documents_every_key_with_the_code_defaults():
    documented = tomllib.loads((ROOT / "configs" / "default.toml").read_text())
    assert documented == Config().to_dict()


def test_every_key_in_default_toml_has_a_comment():
    lines = (ROOT / "configs" / "default.toml").read_text().splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            assert lines[i - 1].startswith("#"), f"undocumented key: {line}"


def test_loading_default_toml_gives_defaults():
    assert load_config(ROOT / "configs" / "default.toml") == Config()


@pytest.mark.parametrize(
    "override, section, key, value",
    [
        ("align.top_k=3", "align", "top_k", 3),
        ("align.min_similarity=0.42", "align", "min_similarity", 0.42),
        ("segment.drop_questions=false", "segment", "drop_questions", False),
        ("models.nli=/tmp/my-model", "models", "nli", "/tmp/my-model"),
    ],
)
def test_set_overrides_are_typed(override, section, key, value):
    cfg = load_config(None, [override])
    assert getattr(getattr(cfg, section), key) == value


@pytest.mark.parametrize(
    "override, message",
    [
        ("align.topk=3", "unknown key align.topk; known in [align]: batch_size, min_similarity"),
        ("nope.x=1", "unknown section [nope]"),
        ("align.top_k=three", "expected int"),
        ("segment.drop_questions=maybe", "expected true or false"),
        ("align.top_k", "expected section.key=value"),
    ],
)
def test_bad_overrides_are_one_line_errors(override, message):
    with pytest.raises(ConfigError) as err:
        load_config(None, [override])
    assert message in err.value.message
    assert "\n" not in err.value.message


def test_bad_config_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[align\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("[align]\nk = 1\n")
    with pytest.raises(ConfigError, match=r"unknown.toml: unknown key align.k"):
        load_config(unknown)
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "missing.toml")


def test_digest_changes_with_config():
    assert Config().digest() != load_config(None, ["align.top_k=5"]).digest()
    assert len({f.name for f in fields(Config)}) == 7
