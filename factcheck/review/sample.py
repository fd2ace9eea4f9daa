"""A small hand-written Report (a made-up port strike told by four outlets) for trying the
review page without running the models, and for the store and review tests.

    >>> from factcheck.review.sample import sample_report
    >>> report = sample_report()
    >>> len(report.conflicts) > 0
    True

`sample_report(grown=True)` is the same cluster re-checked with a fifth article: every
original finding keeps its id (ids are content hashes of the two statement ids) and new
findings appear. One article carries `<script>alert(1)</script>` so pages can be checked
for escaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from factcheck.schema import (
    Article,
    ClaimGroup,
    Finding,
    NliScores,
    Report,
    RunStats,
    Statement,
    content_hash,
)

_T0 = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)

# (source, title, hours after _T0, sentences)
_ARTICLES: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    (
        "Harbor Herald",
        "Dockworkers walk out at Port Calder",
        0,
        (
            "Dockworkers at Port Calder began a 48-hour strike on Tuesday, March 3.",
            "About 6,700 containers are stranded on the quays, the port authority said.",
            "The walkout started at 6 a.m. local time.",
            "Union leader Maria Okafor said talks with the operator had collapsed.",
        ),
    ),
    (
        "Coastal Wire",
        "Port Calder strike strands thousands of containers",
        2,
        (
            "Dockworkers at Port Calder began a 48-hour strike on Wednesday, March 4.",
            "About 9,000 containers are stranded on the quays, the port authority said.",
            "The walkout started at 11:00 GMT.",
            "Union leader Maria Okafor said talks with the operator had collapsed.",
        ),
    ),
    (
        "Daily Example",
        "Strike at Port Calder <script>alert(1)</script>",
        3,
        (
            "Port Calder dockworkers started a strike lasting 48 hours on Tuesday.",
            "Union leader Mark Okafor said talks with the operator had collapsed.",
            "Talks between the union and the operator are continuing <script>alert(1)</script>.",
        ),
    ),
    (
        "Metro Times",
        "Calder dockers strike",
        5,
        (
            "About 6,700 containers are stranded on the quays, port officials said.",
            "The operator said the talks had not collapsed and would resume Friday.",
        ),
    ),
)

_GROWN_ARTICLE = (
    "Evening Post",
    "Strike enters second day at Port Calder",
    30,
    (
        "Dockworkers at Port Calder began a 48-hour strike on Tuesday, March 3.",
        "Nearly 12,000 containers are now stranded on the quays, the port authority said.",
    ),
)


@dataclass(frozen=True, slots=True)
class _Pair:
    a: tuple[int, int]  # (article index, sentence index)
    b: tuple[int, int]
    kind: str
    conflict_type: str | None
    confidence: float
    reasons: tuple[str, ...]
    slots: tuple[dict[str, Any], ...] = ()
    possible_update: bool = False


_PAIRS: tuple[_Pair, ...] = (
    _Pair(
        (0, 0),
        (1, 0),
        "conflict",
        "date",
        0.97,
        ("date: 2026-03-03 vs 2026-03-04 for the same event",),
        (
            {
                "kind": "date",
                "status": "conflict",
                "a": "2026-03-03",
                "b": "2026-03-04",
                "reason": "different days",
            },
        ),
    ),
    _Pair(
        (0, 1),
        (1, 1),
        "conflict",
        "number",
        0.93,
        ("number: 6,700 vs 9,000 containers (34% apart)",),
        (
            {
                "kind": "quantity",
                "status": "conflict",
                "a": {"value": 6700, "unit": "container"},
                "b": {"value": 9000, "unit": "container"},
                "reason": "34% apart",
            },
        ),
    ),
    _Pair(
        (0, 2),
        (1, 2),
        "conflict",
        "time",
        0.55,
        ("time: 06:00 vs 11:00", "the two may describe the same moment in different time zones"),
        (
            {
                "kind": "time",
                "status": "conflict",
                "a": "06:00 (local)",
                "b": "11:00 UTC",
                "reason": "5 hours apart",
            },
        ),
    ),
    _Pair(
        (0, 3),
        (2, 1),
        "conflict",
        "entity",
        0.81,
        ("entity: Maria Okafor vs Mark Okafor (same role: union leader)",),
        (
            {
                "kind": "entity",
                "status": "conflict",
                "a": "Maria Okafor",
                "b": "Mark Okafor",
                "reason": "different first names",
            },
        ),
    ),
    _Pair(
        (0, 3),
        (3, 1),
        "conflict",
        "claim",
        0.88,
        ("NLI: contradiction 0.88 (a→b), 0.84 (b→a)", "attributed: the union vs the operator"),
    ),
    _Pair((2, 2), (3, 1), "conflict", "claim", 0.62, ("NLI: contradiction 0.62 (a→b)",)),
    _Pair((0, 1), (3, 0), "agree", None, 0.95, ("NLI: entailment 0.95",)),
    _Pair((0, 0), (2, 0), "agree", None, 0.91, ("NLI: entailment 0.91",)),
)

_GROWN_PAIRS: tuple[_Pair, ...] = (
    _Pair(
        (0, 1),
        (4, 1),
        "conflict",
        "number",
        0.9,
        (
            "number: 6,700 vs 12,000 containers",
            "the later article gives a higher figure: possibly an update, not an error",
        ),
        possible_update=True,
    ),
    _Pair((1, 0), (4, 0), "conflict", "date", 0.96, ("date: 2026-03-04 vs 2026-03-03",)),
)


def _article(
    i: int, spec: tuple[str, str, int, tuple[str, ...]], cluster: str
) -> tuple[Article, list[Statement]]:
    source, title, hours, sentences = spec
    text = f"{title}\n\n" + "\n\n".join(sentences) + "\n"
    article = Article(
        id=content_hash("article", source, title),
        source=source,
        title=title,
        text=text,
        published=_T0 + timedelta(hours=hours),
        url=f"https://example.org/{i}",
        path=f"sample/{i}.txt",
        cluster_id=cluster,
    )
    statements = []
    for j, sentence in enumerate(sentences):
        start = text.index(sentence)
        statements.append(
            Statement(
                Statement.make_id(source, sentence),
                article.id,
                j,
                start,
                start + len(sentence),
                sentence,
            )
        )
    return article, statements


def _diff(a: str, b: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Word offsets that differ (a tiny stand-in for the pipeline's differing_spans)."""
    import difflib

    def words(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for w in text.split():
            pos = text.index(w, pos)
            out.append((pos, pos + len(w)))
            pos += len(w)
        return out

    wa, wb = words(a), words(b)
    sm = difflib.SequenceMatcher(a=[a[s:e] for s, e in wa], b=[b[s:e] for s, e in wb])
    da, db = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            if i2 > i1:
                da.append((wa[i1][0], wa[i2 - 1][1]))
            if j2 > j1:
                db.append((wb[j1][0], wb[j2 - 1][1]))
    return tuple(da), tuple(db)


def _finding(p: _Pair, stmts: list[list[Statement]]) -> Finding:
    sa, sb = stmts[p.a[0]][p.a[1]], stmts[p.b[0]][p.b[1]]
    da, db = _diff(sa.text, sb.text)
    contra = p.confidence if p.conflict_type == "claim" else 0.1
    entail = p.confidence if p.kind == "agree" else 0.05
    nli = NliScores(entail, max(0.0, 1 - entail - contra), contra)
    return Finding(
        id=Finding.make_id(sa.id, sb.id),
        kind=p.kind,
        conflict_type=p.conflict_type,  # type: ignore[arg-type]
        confidence=p.confidence,
        statement_a=sa.id,
        statement_b=sb.id,
        similarity=0.8,
        nli_ab=nli,
        nli_ba=nli,
        reasons=p.reasons,
        slot_comparisons=p.slots,
        diff_a=da,
        diff_b=db,
        possible_update=p.possible_update,
    )


def sample_report(grown: bool = False, cluster_id: str = "port-calder-strike") -> Report:
    """The sample cluster as a Report; `grown=True` adds a fifth article and two findings."""
    specs = _ARTICLES + ((_GROWN_ARTICLE,) if grown else ())
    pairs = _PAIRS + (_GROWN_PAIRS if grown else ())
    built = [_article(i, spec, cluster_id) for i, spec in enumerate(specs)]
    articles = tuple(a for a, _ in built)
    stmts = [s for _, s in built]
    findings = tuple(_finding(p, stmts) for p in pairs)
    statements = tuple(s for group in stmts for s in group)
    slots: dict[str, tuple[dict[str, Any], ...]] = {}
    for f in findings:  # normalized slot values per statement, as the slot engine reports them
        for sid, side in ((f.statement_a, "a"), (f.statement_b, "b")):
            for c in f.slot_comparisons:
                slots[sid] = (*slots.get(sid, ()), {"kind": c["kind"], "value": c[side]})
    conflicts = sum(f.kind == "conflict" for f in findings)
    stats = RunStats(
        articles=len(articles),
        articles_skipped=0,
        statements=len(statements),
        all_pairs=len(statements) ** 2,
        pairs_judged=len(findings),
        conflicts=conflicts,
        agreements=len(findings) - conflicts,
        seconds_per_stage={"sample": 0.0},
        models={"embedder": "sample", "nli": "sample"},
    )
    group = ClaimGroup(
        id=content_hash("group", "containers"),
        statement_ids=(stmts[0][1].id, stmts[1][1].id, stmts[3][0].id),
        stances={"Harbor Herald": "agree", "Metro Times": "agree", "Coastal Wire": "conflict"},
        outliers=("Coastal Wire",),
        summary="containers stranded",
    )
    return Report(
        cluster_id=cluster_id,
        articles=articles,
        statements=statements,
        slots=slots,
        findings=findings,
        groups=(group,),
        stats=stats,
        config_digest="sample",
        created=(_T0 + timedelta(hours=40 if grown else 10)).isoformat(),
    )
