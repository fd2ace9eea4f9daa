"""The nouns of factcheck: frozen dataclasses passed between the pipeline stages.

Everything that crosses a stage boundary is defined here once, so the pipeline, the
reports, the store and the review app agree on names. Data at the edges is JSON
(`to_dict`), inside it is these dataclasses.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

SCHEMA_VERSION = "1.0"

# Defined once; the store's CHECK constraint and the review templates read these tuples.
Verdict = Literal["confirmed", "dismissed", "unsure"]
VERDICTS: tuple[str, ...] = get_args(Verdict)

FindingKind = Literal["agree", "conflict", "unrelated"]
FINDING_KINDS: tuple[str, ...] = get_args(FindingKind)

ConflictType = Literal["date", "time", "number", "entity", "claim"]
CONFLICT_TYPES: tuple[str, ...] = get_args(ConflictType)

NliLabel = Literal["entailment", "neutral", "contradiction"]
NLI_LABELS: tuple[str, ...] = get_args(NliLabel)


def content_hash(*parts: str, length: int = 16) -> str:
    """A short, stable id from text parts (sha256, hex)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def normalize_for_id(text: str) -> str:
    """Whitespace and case folding so cosmetic re-extraction keeps ids stable."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str
    title: str
    text: str  # the article text after HTML extraction; statement spans index into it
    published: datetime | None  # timezone-aware when the input gave an offset
    url: str | None = None
    path: str = ""  # where it was read from ("file.jsonl:3", "dir/a.txt")
    cluster_id: str = "default"
    # Character ranges of `text` kept after boilerplate removal (start, end).
    body_spans: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "path": self.path,
            "cluster_id": self.cluster_id,
            "text": self.text,
            "body_spans": [list(s) for s in self.body_spans],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Statement:
    id: str  # content hash of (article source, normalized text): survives re-runs
    article_id: str
    index: int  # order within the article
    start: int  # article.text[start:end] == text
    end: int
    text: str
    speaker: str | None = None  # "the Kremlin" for "..., the Kremlin said"

    @staticmethod
    def make_id(source: str, text: str) -> str:
        return content_hash(source.casefold().strip(), normalize_for_id(text))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class NliScores:
    entailment: float
    neutral: float
    contradiction: float

    @property
    def label(self) -> NliLabel:
        best = max(NLI_LABELS, key=lambda k: getattr(self, k))
        return best  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entailment": round(self.entailment, 4),
            "neutral": round(self.neutral, 4),
            "contradiction": round(self.contradiction, 4),
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class CandidatePair:
    a: str  # statement id (a's article sorts before b's)
    b: str
    similarity: float
    mutual: bool  # each is the other's best match in the other article
    # Set when the pair was linked by a shared slot rather than by similarity: e.g.
    # "title:fire chief" when two outlets name different people for one office.
    linked_by: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # content hash of the two statement ids, order-free
    kind: FindingKind
    conflict_type: ConflictType | None
    confidence: float
    statement_a: str
    statement_b: str
    similarity: float
    nli_ab: NliScores | None
    nli_ba: NliScores | None
    reasons: tuple[str, ...] = ()
    # Slot comparisons as JSON dicts (kind, status, a, b, reason), see factcheck.slots.
    slot_comparisons: tuple[dict[str, Any], ...] = ()
    # Differing words to highlight: (start, end) offsets inside each statement's text.
    diff_a: tuple[tuple[int, int], ...] = ()
    diff_b: tuple[tuple[int, int], ...] = ()
    group_id: str | None = None
    possible_update: bool = False  # a later article revising a figure, not only a conflict

    @staticmethod
    def make_id(statement_a: str, statement_b: str) -> str:
        lo, hi = sorted((statement_a, statement_b))
        return content_hash("finding", lo, hi)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "conflict_type": self.conflict_type,
            "confidence": round(self.confidence, 4),
            "statement_a": self.statement_a,
            "statement_b": self.statement_b,
            "similarity": round(self.similarity, 4),
            "nli_ab": self.nli_ab.to_dict() if self.nli_ab else None,
            "nli_ba": self.nli_ba.to_dict() if self.nli_ba else None,
            "reasons": list(self.reasons),
            "slot_comparisons": list(self.slot_comparisons),
            "diff_a": [list(s) for s in self.diff_a],
            "diff_b": [list(s) for s in self.diff_b],
            "group_id": self.group_id,
            "possible_update": self.possible_update,
        }


Stance = Literal["agree", "conflict", "silent"]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """One fact told by several outlets: aligned statements and who agrees with whom."""

    id: str
    statement_ids: tuple[str, ...]
    stances: dict[str, Stance]  # outlet (article source) -> stance toward the majority
    outliers: tuple[str, ...] = ()  # outlets that disagree with the majority
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "statement_ids": list(self.statement_ids),
            "stances": dict(self.stances),
            "outliers": list(self.outliers),
            "summary": self.summary,
        }


@dataclass(frozen=True, slots=True)
class RunStats:
    articles: int
    articles_skipped: int
    statements: int
    all_pairs: int  # cross-article statement pairs an all-pairs judge would see
    pairs_judged: int
    conflicts: int
    agreements: int
    seconds_per_stage: dict[str, float] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["seconds_per_stage"] = {k: round(v, 3) for k, v in self.seconds_per_stage.items()}
        return d


@dataclass(frozen=True, slots=True)
class Report:
    cluster_id: str
    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    # statement id -> normalized slots (JSON dicts from factcheck.slots)
    slots: dict[str, tuple[dict[str, Any], ...]]
    findings: tuple[Finding, ...]
    groups: tuple[ClaimGroup, ...]
    stats: RunStats
    warnings: tuple[str, ...] = ()
    config_digest: str = ""
    created: str = ""  # ISO time the run finished

    def statement(self, statement_id: str) -> Statement:
        for s in self.statements:
            if s.id == statement_id:
                return s
        raise KeyError(statement_id)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == "conflict")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "cluster_id": self.cluster_id,
            "created": self.created,
            "config_digest": self.config_digest,
            "articles": [a.to_dict() for a in self.articles],
            "statements": [
                {**s.to_dict(), "slots": list(self.slots.get(s.id, ()))} for s in self.statements
            ],
            "findings": [f.to_dict() for f in self.findings],
            "groups": [g.to_dict() for g in self.groups],
            "stats": self.stats.to_dict(),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Decision:
    finding_id: str
    verdict: Verdict
    note: str = ""
    reviewer: str = ""
    decided_at: str = ""  # ISO 8601 UTC

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
