import numpy as np

from factcheck.align import align_statements, count_cross_article_pairs
from factcheck.config import AlignConfig
from factcheck.schema import Statement


def _stmt(article: str, i: int) -> Statement:
    text = f"{article} statement {i}"
    return Statement(id=f"{article}{i}", article_id=article, index=i, start=0, end=len(text), text=text)


def _unit(*rows):
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_counts_only_cross_article_pairs():
    stmts = [_stmt("a", 0), _stmt("a", 1), _stmt("b", 0), _stmt("c", 0), _stmt("c", 1)]
    # a×b 2, a×c 4, b×c 2
    assert count_cross_article_pairs(stmts) == 8


def test_pairs_same_fact_across_articles_and_never_within_one():
    stmts = [_stmt("a", 0), _stmt("a", 1), _stmt("b", 0), _stmt("b", 1)]
    emb = _unit([1, 0, 0], [1, 0.05, 0], [0.98, 0.02, 0.1], [0, 0, 1])
    out = align_statements(stmts, emb, AlignConfig(top_k=1, min_similarity=0.5))
    pairs = {(p.a, p.b) for p in out.pairs}
    assert ("a0", "b0") in pairs or ("a1", "b0") in pairs
    assert all(p.a.startswith("a") and p.b.startswith("b") for p in out.pairs)
    assert ("a0", "b1") not in pairs  # orthogonal: below threshold
    assert out.all_pairs == 4


def test_mutual_best_match_gets_the_bonus():
    stmts = [_stmt("a", 0), _stmt("b", 0)]
    sim = 0.47
    emb = _unit([1, 0], [sim, (1 - sim**2) ** 0.5])
    strict = AlignConfig(top_k=1, min_similarity=0.5, mutual_bonus=0.0)
    lenient = AlignConfig(top_k=1, min_similarity=0.5, mutual_bonus=0.05)
    assert align_statements(stmts, emb, strict).pairs == ()
    (pair,) = align_statements(stmts, emb, lenient).pairs
    assert pair.mutual and abs(pair.similarity - sim) < 1e-4


def test_top_k_limits_pairs_per_statement():
    stmts = [_stmt("a", 0)] + [_stmt("b", i) for i in range(5)]
    emb = _unit([1, 0], [1, 0.1], [1, 0.2], [1, 0.3], [1, 0.4], [1, 0.5])
    out = align_statements(stmts, emb, AlignConfig(top_k=2, min_similarity=0.5))
    from_a = [p for p in out.pairs]
    # a0's two nearest, plus each b statement's nearest in a (a0) — all pass the threshold.
    assert len(from_a) == 5
    out1 = align_statements(stmts, emb, AlignConfig(top_k=2, min_similarity=0.99))
    assert {p.b for p in out1.pairs} <= {"b0", "b1"}


def test_empty_input():
    out = align_statements([], np.zeros((0, 3), dtype=np.float32), AlignConfig())
    assert out.pairs == () and out.all_pairs == 0


def test_office_links_pair_different_holders_of_one_office():
    from types import SimpleNamespace

    from factcheck.align import office_links

    stmts = [_stmt("a", 0), _stmt("b", 0), _stmt("c", 0), _stmt("c", 1)]

    def person(name, role):
        return SimpleNamespace(kind="entity", name=name, role=role)

    slots = {
        "a0": [person("anna kessler", "title:fire chief")],
        "b0": [person("thomas greer", "title:fire chief")],
        "c0": [person("kessler", "title:fire chief")],  # a surname alone is the same person
        "c1": [person("tom lee", "title:president")],  # one-word titles are too vague to link
    }
    emb = _unit([1, 0], [0, 1], [1, 1], [1, 0.5])
    links = office_links(stmts, slots, emb, existing=set())
    assert {(p.a, p.b) for p in links} == {("a0", "b0"), ("b0", "c0")}
    assert all(p.linked_by == "title:fire chief" for p in links)
    assert office_links(stmts, slots, emb, existing={("a0", "b0")}) == [l for l in links if l.a != "a0"]
