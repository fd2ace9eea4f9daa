"""check_cluster: articles -> statements -> aligned pairs -> judged findings -> Report.

Each stage is a plain function in its own module; this file only wires them, times them,
and keeps the expensive NLI model to the few pairs the aligner proposes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from factcheck.align import align_statements, office_links
from factcheck.attribution import claim_text
from factcheck.config import Config
from factcheck.consensus import build_groups
from factcheck.decide import PairEvidence, decide_pair
from factcheck.embed import Embedder, load_embedder
from factcheck.schema import (
    Article,
    CandidatePair,
    Finding,
    NliScores,
    Report,
    RunStats,
    Statement,
    normalize_for_id,
)

log = logging.getLogger("factcheck")


class NliJudge(Protocol):
    name: str

    def predict_both(
        self, pairs: Sequence[tuple[str, str]], *, batch_size: int = 32, progress: bool = False
    ) -> list[tuple[NliScores, NliScores]]: ...


class _Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def load_default_models(config: Config) -> tuple[Embedder, NliJudge]:
    from factcheck.nli import load_nli

    m = config.models
    embedder = load_embedder(m.embedder, m.device, m.threads)
    nli = load_nli(m.nli, device=m.device, threads=m.threads, max_length=config.nli.max_length)
    return embedder, nli


def _unique_statements(statements: Sequence[Statement]) -> list[Statement]:
    """A sentence repeated inside one outlet's article(s) is one statement."""
    seen: set[str] = set()
    out = []
    for s in statements:
        if s.id not in seen:
            seen.add(s.id)
            out.append(s)
    return out


def check_cluster(
    articles: Sequence[Article],
    config: Config,
    *,
    cluster_id: str = "default",
    embedder: Embedder | None = None,
    nli: NliJudge | None = None,
    progress: bool = False,
    skipped: int = 0,
    warnings: Sequence[str] = (),
    extra_seconds: dict[str, float] | None = None,
) -> Report:
    """Check one story cluster. Models default to the configured ones (loaded once per process)."""
    from factcheck.segment import segment_articles

    timer = _Timer()
    if extra_seconds:
        timer.seconds.update(extra_seconds)
    if embedder is None or nli is None:
        with timer.stage("models"):
            default_embedder, default_nli = load_default_models(config)
        embedder = embedder or default_embedder
        nli = nli or default_nli
    by_id = {a.id: a for a in articles}

    with timer.stage("segment"):
        statements = _unique_statements(
            segment_articles(articles, config.segment, progress=progress)
        )
    stmt_by_id = {s.id: s for s in statements}

    with timer.stage("slots"):
        slots_by_statement = _slots_of(articles, statements, progress)

    with timer.stage("embed"):
        vectors = embedder.encode(
            [s.text for s in statements], batch_size=config.align.batch_size, progress=progress
        )
    with timer.stage("align"):
        alignment = align_statements(statements, vectors, config.align)
        links = office_links(
            statements, slots_by_statement, vectors, {(p.a, p.b) for p in alignment.pairs}
        )

    pairs = alignment.pairs
    with timer.stage("nli"):
        scores = _judge(pairs, stmt_by_id, nli, config, progress)
    # Office links are judged on the names alone: the statements say different things.
    pairs = pairs + tuple(links)
    scores += [(None, None)] * len(links)

    with timer.stage("decide"):
        findings = _decide_pairs(pairs, scores, stmt_by_id, by_id, slots_by_statement, config)
        groups, membership = build_groups(findings, stmt_by_id, by_id)
        findings = [replace(f, group_id=membership.get(f.id)) for f in findings]
        findings.sort(key=_severity)

    conflicts = sum(1 for f in findings if f.kind == "conflict")
    agreements = sum(1 for f in findings if f.kind == "agree")
    stats = RunStats(
        articles=len(articles),
        articles_skipped=skipped,
        statements=len(statements),
        all_pairs=alignment.all_pairs,
        pairs_judged=len(alignment.pairs),
        conflicts=conflicts,
        agreements=agreements,
        seconds_per_stage=dict(timer.seconds),
        models={"embedder": embedder.name, "nli": nli.name},
    )
    log.info(
        "%s: %d articles → %d statements → %d pairs (of %d) → %d conflicts, %d agreements",
        cluster_id,
        len(articles),
        len(statements),
        len(alignment.pairs),
        alignment.all_pairs,
        conflicts,
        agreements,
    )
    return Report(
        cluster_id=cluster_id,
        articles=tuple(articles),
        statements=tuple(statements),
        slots={sid: tuple(s.to_dict() for s in found) for sid, found in slots_by_statement.items()},
        findings=tuple(findings),
        groups=tuple(groups),
        stats=stats,
        warnings=tuple(warnings),
        config_digest=config.digest(),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _slots_of(
    articles: Sequence[Article], statements: Sequence[Statement], progress: bool
) -> dict[str, Any]:
    """Each statement's slots, read article by article (relative dates resolve against the
    article's own publication time)."""
    from factcheck.slots import extract_article_slots

    slots_by_statement: dict[str, Any] = {}
    for article in _progress(articles, "slots", progress):
        own = [s for s in statements if s.article_id == article.id]
        for s, found in zip(own, extract_article_slots([s.text for s in own], article.published)):
            slots_by_statement[s.id] = found
    return slots_by_statement


def _decide_pairs(
    pairs: Sequence[CandidatePair],
    scores: Sequence[tuple[NliScores | None, NliScores | None]],
    stmt_by_id: dict[str, Statement],
    by_id: dict[str, Article],
    slots_by_statement: dict[str, Any],
    config: Config,
) -> list[Finding]:
    """A finding for each judged pair: its NLI scores both ways and its slots compared."""
    from factcheck.slots import compare_slots

    findings: list[Finding] = []
    for pair, (ab, ba) in zip(pairs, scores):
        a, b = stmt_by_id[pair.a], stmt_by_id[pair.b]
        evidence = PairEvidence(
            pair=pair,
            a=a,
            b=b,
            nli_ab=ab,
            nli_ba=ba,
            comparisons=compare_slots(
                slots_by_statement.get(a.id, ()), slots_by_statement.get(b.id, ())
            ),
            b_is_later=_is_later(by_id[a.article_id].published, by_id[b.article_id].published),
        )
        findings.append(decide_pair(evidence, config.decide))
    return findings


_SAME = NliScores(entailment=1.0, neutral=0.0, contradiction=0.0)


def _judge(
    pairs: Sequence[CandidatePair],
    stmt_by_id: dict[str, Statement],
    nli: NliJudge,
    config: Config,
    progress: bool,
) -> list[tuple[NliScores | None, NliScores | None]]:
    """NLI in both directions for each pair. Word-for-word copies (syndicated wire copy is
    common in news clusters) entail each other and are not sent to the model."""
    texts = [(_claim(stmt_by_id[p.a]), _claim(stmt_by_id[p.b])) for p in pairs]
    todo = [i for i, (a, b) in enumerate(texts) if normalize_for_id(a) != normalize_for_id(b)]
    judged = (
        nli.predict_both(
            [texts[i] for i in todo], batch_size=config.nli.batch_size, progress=progress
        )
        if todo
        else []
    )
    scores: list[tuple[NliScores | None, NliScores | None]] = [(_SAME, _SAME)] * len(texts)
    for i, pair_scores in zip(todo, judged):
        scores[i] = pair_scores
    return scores


def _claim(s: Statement) -> str:
    return claim_text(s.text, s.speaker)


def _progress(items: Sequence[Article], stage: str, enabled: bool) -> Sequence[Article]:
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=stage, unit="article", leave=False)  # type: ignore[return-value]


def _is_later(a: datetime | None, b: datetime | None) -> bool | None:
    if a is None or b is None:
        return None
    if (a.tzinfo is None) != (b.tzinfo is None):  # naive vs aware: compare wall clocks
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    if a == b:
        return None
    return b > a


_KIND_ORDER = {"conflict": 0, "agree": 1, "unrelated": 2}


def _severity(f: Finding) -> tuple[int, int, float, str]:
    """Conflicts first, real conflicts before possible updates, then by confidence."""
    return (_KIND_ORDER[f.kind], int(f.possible_update), -f.confidence, f.id)
