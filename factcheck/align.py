"""Pair statements that tell the same fact in different articles.

Exact cosine similarity (one matrix product) is instant at cluster scale, so no approximate
index is used. Only cross-article pairs are considered: for each statement, its top-k
neighbours in every other article above `min_similarity`; a mutual best match (each is the
other's nearest in the other article) passes a threshold `mutual_bonus` lower, because
mutual best matches are the most reliable sign of the same fact told twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from factcheck.config import AlignConfig
from factcheck.schema import CandidatePair, Statement


@dataclass(frozen=True, slots=True)
class Alignment:
    pairs: tuple[CandidatePair, ...]  # sorted by similarity, highest first
    all_pairs: int  # cross-article pairs an all-pairs judge would see


def count_cross_article_pairs(statements: Sequence[Statement]) -> int:
    sizes: dict[str, int] = {}
    for s in statements:
        sizes[s.article_id] = sizes.get(s.article_id, 0) + 1
    total = sum(sizes.values())
    return (total * total - sum(n * n for n in sizes.values())) // 2


def _article_order(statements: Sequence[Statement]) -> dict[str, int]:
    order: dict[str, int] = {}
    for s in statements:
        order.setdefault(s.article_id, len(order))
    return order


def align_statements(
    statements: Sequence[Statement], embeddings: np.ndarray, config: AlignConfig
) -> Alignment:
    """Candidate pairs across articles, each unordered pair once (a from the earlier article)."""
    order = _article_order(statements)
    by_article: dict[str, list[int]] = {}
    for i, s in enumerate(statements):
        by_article.setdefault(s.article_id, []).append(i)
    sims = embeddings @ embeddings.T if len(statements) else np.zeros((0, 0))
    best: dict[tuple[int, int], CandidatePair] = {}
    articles = list(by_article)
    for x, art_a in enumerate(articles):
        rows = np.asarray(by_article[art_a])
        for art_b in articles[x + 1 :]:
            cols = np.asarray(by_article[art_b])
            block = sims[np.ix_(rows, cols)]
            for (i, j), mutual in _pairs_in_block(block, rows, cols, config).items():
                a, b = (
                    (i, j)
                    if order[statements[i].article_id] < order[statements[j].article_id]
                    else (j, i)
                )
                best[(a, b)] = CandidatePair(
                    a=statements[a].id,
                    b=statements[b].id,
                    similarity=float(sims[a, b]),
                    mutual=mutual,
                )
    pairs = sorted(best.values(), key=lambda p: (-p.similarity, p.a, p.b))
    return Alignment(pairs=tuple(pairs), all_pairs=count_cross_article_pairs(statements))


def _pairs_in_block(
    block: np.ndarray, rows: np.ndarray, cols: np.ndarray, config: AlignConfig
) -> dict[tuple[int, int], bool]:
    """Top-k per row and per column of one article-pair similarity block, thresholded.

    Returns (statement index in A, statement index in B) -> whether the match is mutual.
    """
    if block.size == 0:
        return {}
    k = max(1, config.top_k)
    row_best = block.argmax(axis=1)
    col_best = block.argmax(axis=0)
    candidates: set[tuple[int, int]] = set()
    # Each statement of article A against its k nearest in B, then the reverse.
    for r in range(block.shape[0]):
        candidates.update((r, int(c)) for c in np.argsort(-block[r])[:k])
    for c in range(block.shape[1]):
        candidates.update((int(r), c) for r in np.argsort(-block[:, c])[:k])
    keep: dict[tuple[int, int], bool] = {}
    for r, c in candidates:
        mutual = int(row_best[r]) == c and int(col_best[c]) == r
        threshold = config.min_similarity - (config.mutual_bonus if mutual else 0.0)
        if float(block[r, c]) >= threshold:
            keep[(int(rows[r]), int(cols[c]))] = mutual
    return keep


def office_links(
    statements: Sequence[Statement],
    slots: dict[str, Sequence[Any]],
    embeddings: np.ndarray,
    existing: set[tuple[str, str]],
) -> list[CandidatePair]:
    """Pairs of statements from different articles that name different people for one office.

    "Fire chief Anna Kessler said X" and "Fire chief Thomas Greer said Y" say different things,
    so similarity never pairs them, yet the story has one fire chief. Only full titles of two
    or more words link ("fire chief", "kremlin spokesman"): a bare "president" is too vague.
    One pair per (two articles, office, two names), the most similar statements.
    """
    holders: dict[str, list[tuple[int, str]]] = {}
    for i, s in enumerate(statements):
        for slot in slots.get(s.id, ()):
            role = getattr(slot, "role", None) or ""
            if slot.kind == "entity" and role.startswith("title:") and " " in role[6:]:
                holders.setdefault(role, []).append((i, slot.name or ""))
    order = _article_order(statements)
    best: dict[tuple[str, str, str, str, str], CandidatePair] = {}
    for role, found in holders.items():
        for x, (i, name_i) in enumerate(found):
            for j, name_j in found[x + 1 :]:
                si, sj = statements[i], statements[j]
                if si.article_id == sj.article_id or _same_person(name_i, name_j):
                    continue
                if order[si.article_id] > order[sj.article_id]:
                    si, sj, name_i, name_j, i, j = sj, si, name_j, name_i, j, i
                if (si.id, sj.id) in existing:
                    continue
                sim = float(embeddings[i] @ embeddings[j])
                key = (si.article_id, sj.article_id, role, name_i, name_j)
                if key not in best or sim > best[key].similarity:
                    best[key] = CandidatePair(
                        a=si.id, b=sj.id, similarity=sim, mutual=False, linked_by=role
                    )
    return sorted(best.values(), key=lambda p: (-p.similarity, p.a, p.b))


def _same_person(a: str, b: str) -> bool:
    """'peskov' and 'dmitry peskov' are one person: a surname alone matches the full name."""
    ta, tb = a.split(), b.split()
    return bool(ta and tb) and (a == b or ta[-1] == tb[-1])
