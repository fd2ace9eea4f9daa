"""SQLite store for runs, findings and reviewers' decisions (one file, stdlib sqlite3).

    >>> from factcheck.store import save_run, list_findings, decide
    >>> run_id = save_run("factcheck.db", report)                # doctest: +SKIP
    >>> open_ = list_findings("factcheck.db", status="open")     # doctest: +SKIP
    >>> decide("factcheck.db", open_[0].id, "dismissed", note="time-zone difference, both right")
    ...                                                          # doctest: +SKIP

Runs, articles, statements and findings are stored per run. Decisions are a history keyed by
the finding's content-hash id (not by run rows), so re-checking the same or a grown cluster
keeps every decision attached, and a finding that disappears keeps its history.

Every function taking `db` accepts a path or a connection from `open_store`. Concurrency:
WAL mode (readers never block the writer), a busy timeout, and writes that take the write
lock up front (BEGIN IMMEDIATE) so two reviewers never hit "database is locked".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.schema import (
    CONFLICT_TYPES,
    FINDING_KINDS,
    VERDICTS,
    Decision,
    Finding,
    NliScores,
    Report,
    Statement,
)
from factcheck.store_migrations import apply_migrations

__all__ = [
    "STATUSES",
    "ArticleRef",
    "FindingRecord",
    "RunInfo",
    "RunSummary",
    "decide",
    "decision_history",
    "export_decisions",
    "get_article",
    "get_finding",
    "list_findings",
    "list_outlets",
    "list_runs",
    "open_store",
    "resolve_finding_id",
    "run_summary",
    "save_run",
]

BUSY_TIMEOUT_MS = 10_000
DB = str | Path | sqlite3.Connection


# A finding's review status: "open" until someone decides, then its latest verdict.
STATUSES: tuple[str, ...] = ("open", *VERDICTS)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def loads(text: str | None) -> Any:
    return json.loads(text) if text else None


# --- records returned to the CLI and the review app ------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article without its text: what a finding needs to show where a statement is from."""

    id: str
    source: str
    title: str
    url: str | None
    published: str | None  # ISO 8601 as stored

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """A stored finding with both statements, their articles and its latest decision."""

    run_id: int
    cluster_id: str
    finding: Finding
    a: Statement
    b: Statement
    article_a: ArticleRef
    article_b: ArticleRef
    slots_a: tuple[dict[str, Any], ...]
    slots_b: tuple[dict[str, Any], ...]
    decision: Decision | None

    @property
    def id(self) -> str:
        return self.finding.id

    @property
    def status(self) -> str:
        return self.decision.verdict if self.decision else "open"

    def to_dict(self) -> dict[str, Any]:
        def side(
            s: Statement, art: ArticleRef, slots: tuple[dict[str, Any], ...]
        ) -> dict[str, Any]:
            return {**s.to_dict(), "slots": list(slots), "article": art.to_dict()}

        return {
            **self.finding.to_dict(),
            "run_id": self.run_id,
            "cluster_id": self.cluster_id,
            "status": self.status,
            "decision": self.decision.to_dict() if self.decision else None,
            "statement_a": side(self.a, self.article_a, self.slots_a),
            "statement_b": side(self.b, self.article_b, self.slots_b),
        }


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    cluster_id: str
    created: str
    saved_at: str
    config_digest: str
    models: dict[str, str]
    stats: dict[str, Any]
    articles: int
    conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cluster_id": self.cluster_id,
            "created": self.created,
            "saved_at": self.saved_at,
            "config_digest": self.config_digest,
            "models": self.models,
            "stats": self.stats,
            "articles": self.articles,
            "conflicts": self.conflicts,
        }


@dataclass(frozen=True, slots=True)
class TypeSummary:
    conflict_type: str  # a CONFLICT_TYPES value, or "all"
    total: int
    open: int
    confirmed: int
    dismissed: int
    unsure: int

    @property
    def reviewed(self) -> int:
        return self.total - self.open

    @property
    def confirmed_share(self) -> float | None:
        judged = self.confirmed + self.dismissed
        return self.confirmed / judged if judged else None

    @classmethod
    def from_counts(cls, conflict_type: str, c: dict[str, int]) -> TypeSummary:
        return cls(
            conflict_type,
            sum(c.values()),
            c.get("open", 0),
            c.get("confirmed", 0),
            c.get("dismissed", 0),
            c.get("unsure", 0),
        )

    def to_dict(self) -> dict[str, Any]:
        share = self.confirmed_share
        return {
            "conflict_type": self.conflict_type,
            "total": self.total,
            "reviewed": self.reviewed,
            "open": self.open,
            "confirmed": self.confirmed,
            "dismissed": self.dismissed,
            "unsure": self.unsure,
            "confirmed_share": round(share, 4) if share is not None else None,
        }


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: int
    cluster_id: str
    created: str
    by_type: tuple[TypeSummary, ...]
    total: TypeSummary

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "cluster_id": self.cluster_id,
            "created": self.created,
            "reviewed": self.total.reviewed,
            "conflicts": self.total.total,
            "total": self.total.to_dict(),
            "by_type": [t.to_dict() for t in self.by_type],
        }


def _nli(d: dict[str, Any] | None) -> NliScores | None:
    if not d:
        return None
    return NliScores(d["entailment"], d["neutral"], d["contradiction"])


def _spans(items: Iterable[Iterable[int]]) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in items)


def finding_from_dict(d: dict[str, Any]) -> Finding:
    """Rebuild a Finding from its `to_dict()` JSON (the store keeps findings as JSON)."""
    return Finding(
        id=d["id"],
        kind=d["kind"],
        conflict_type=d.get("conflict_type"),
        confidence=float(d["confidence"]),
        statement_a=d["statement_a"],
        statement_b=d["statement_b"],
        similarity=float(d.get("similarity", 0.0)),
        nli_ab=_nli(d.get("nli_ab")),
        nli_ba=_nli(d.get("nli_ba")),
        reasons=tuple(d.get("reasons", ())),
        slot_comparisons=tuple(d.get("slot_comparisons", ())),
        diff_a=_spans(d.get("diff_a", ())),
        diff_b=_spans(d.get("diff_b", ())),
        group_id=d.get("group_id"),
        possible_update=bool(d.get("possible_update", False)),
    )


def record_from_row(row: sqlite3.Row) -> FindingRecord:
    def statement(p: str) -> Statement:
        return Statement(
            row[f"{p}_id"],
            row[f"{p}_article"],
            row[f"{p}_idx"],
            row[f"{p}_start"],
            row[f"{p}_end"],
            row[f"{p}_text"],
            row[f"{p}_speaker"],
        )

    def article(p: str) -> ArticleRef:
        return ArticleRef(
            row[f"{p}_article"],
            row[f"{p}_source"],
            row[f"{p}_title"],
            row[f"{p}_url"],
            row[f"{p}_published"],
        )

    finding = finding_from_dict(loads(row["data"]))
    decision = None
    if row["verdict"] is not None:
        decision = Decision(
            finding.id, row["verdict"], row["note"], row["reviewer"], row["decided_at"]
        )
    return FindingRecord(
        run_id=int(row["run_id"]),
        cluster_id=row["cluster_id"],
        finding=finding,
        a=statement("a"),
        b=statement("b"),
        article_a=article("a"),
        article_b=article("b"),
        slots_a=tuple(loads(row["a_slots"]) or ()),
        slots_b=tuple(loads(row["b_slots"]) or ()),
        decision=decision,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_store(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and create or migrate) the store at `path`; autocommit, WAL, busy timeout.

    With create=False a missing file is a one-line FactcheckError telling the user to run
    `factcheck check ... --db FILE` first.
    """
    p = Path(path)
    if not create and not p.exists():
        raise FactcheckError(
            f"{p}: no such database; run `factcheck check ... --db {p}` first to create it"
        )
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction is exactly
        # what the code says. check_same_thread=False lets the web server's threadpool reuse it.
        conn = sqlite3.connect(
            p, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL; much faster
        apply_migrations(conn)
    except sqlite3.DatabaseError as exc:
        raise FactcheckError(
            f"{p}: not a factcheck database ({exc}); pass another --db FILE"
        ) from None
    return conn


@contextmanager
def _conn(db: DB, *, create: bool = False) -> Iterator[sqlite3.Connection]:
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    conn = open_store(db, create=create)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def _write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; the lock is taken up front so it never has to be upgraded."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- writing -------------------------------------------------------------------------------


def save_run(db: DB, report: Report) -> int:
    """Store a whole Report in ONE transaction and return the new run id.

    A process killed part-way leaves nothing visible: SQLite rolls the transaction back.
    Duplicate ids inside one report (the same sentence twice) are stored once.
    """
    with _conn(db, create=True) as conn, _write(conn):
        cur = conn.execute(
            "INSERT INTO runs (cluster_id, created, saved_at, config_digest, models, stats,"
            " groups_json, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report.cluster_id,
                report.created or _now(),
                _now(),
                report.config_digest,
                dumps(report.stats.models),
                dumps(report.stats.to_dict()),
                dumps([g.to_dict() for g in report.groups]),
                dumps(list(report.warnings)),
            ),
        )
        run_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT OR IGNORE INTO articles (run_id, id, source, title, url, published, path,"
            " cluster_id, text, body_spans, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    a.id,
                    a.source,
                    a.title,
                    a.url,
                    a.published.isoformat() if a.published else None,
                    a.path,
                    a.cluster_id,
                    a.text,
                    dumps([list(s) for s in a.body_spans]),
                    dumps(list(a.warnings)),
                )
                for a in report.articles
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO statements (run_id, id, article_id, idx, start_char,"
            " end_char, text, speaker, slots) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    s.id,
                    s.article_id,
                    s.index,
                    s.start,
                    s.end,
                    s.text,
                    s.speaker,
                    dumps(list(report.slots.get(s.id, ()))),
                )
                for s in report.statements
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO findings (run_id, id, kind, conflict_type, confidence,"
            " statement_a, statement_b, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    f.id,
                    f.kind,
                    f.conflict_type,
                    f.confidence,
                    f.statement_a,
                    f.statement_b,
                    dumps(f.to_dict()),
                )
                for f in report.findings
            ],
        )
    return run_id


def resolve_finding_id(db: DB, finding_id: str) -> str:
    """The full id for `finding_id` or a unique prefix of one; FactcheckError otherwise."""
    fid = finding_id.strip().lower()
    with _conn(db) as conn:
        if not fid:
            raise FactcheckError("finding id is empty; copy one from `factcheck findings`")
        if conn.execute("SELECT 1 FROM findings WHERE id = ? LIMIT 1", (fid,)).fetchone():
            return fid
        # Escape LIKE wildcards: ids are hex, but the prefix comes from the user.
        pattern = fid.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = conn.execute(
            "SELECT DISTINCT id FROM findings WHERE id LIKE ? ESCAPE '\\' LIMIT 6", (pattern,)
        ).fetchall()
    if not rows:
        raise FactcheckError(
            f"unknown finding id {finding_id!r}; list ids with `factcheck findings --db FILE`"
        )
    if len(rows) > 1:
        some = ", ".join(r["id"] for r in rows[:5])
        raise FactcheckError(
            f"finding id prefix {finding_id!r} is ambiguous ({some}, ...); type more characters"
        )
    return str(rows[0]["id"])


def decide(db: DB, finding_id: str, verdict: str, note: str = "", reviewer: str = "") -> Decision:
    """Record a reviewer's verdict on a finding (a new history row) and return it.

    `finding_id` may be a unique prefix. Unknown ids and verdicts raise a one-line
    FactcheckError.
    """
    if verdict not in VERDICTS:
        raise FactcheckError(f"unknown verdict {verdict!r}; use one of: {', '.join(VERDICTS)}")
    with _conn(db) as conn:
        fid = resolve_finding_id(conn, finding_id)
        decision = Decision(fid, verdict, note.strip(), reviewer.strip(), _now())  # type: ignore[arg-type]
        with _write(conn):
            conn.execute(
                "INSERT INTO decisions (finding_id, verdict, note, reviewer, decided_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    decision.finding_id,
                    decision.verdict,
                    decision.note,
                    decision.reviewer,
                    decision.decided_at,
                ),
            )
    return decision


# --- reading -------------------------------------------------------------------------------

# Latest decision per finding (the history's last row is the status).
_LATEST = """
    SELECT finding_id, verdict, note, reviewer, decided_at FROM (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY finding_id ORDER BY id DESC) AS rn
        FROM decisions) WHERE rn = 1
"""

_RECORD_SELECT = f"""
    SELECT f.run_id, r.cluster_id, f.data,
           sa.id AS a_id, sa.article_id AS a_article, sa.idx AS a_idx, sa.start_char AS a_start,
           sa.end_char AS a_end, sa.text AS a_text, sa.speaker AS a_speaker, sa.slots AS a_slots,
           sb.id AS b_id, sb.article_id AS b_article, sb.idx AS b_idx, sb.start_char AS b_start,
           sb.end_char AS b_end, sb.text AS b_text, sb.speaker AS b_speaker, sb.slots AS b_slots,
           aa.source AS a_source, aa.title AS a_title, aa.url AS a_url, aa.published AS a_published,
           ab.source AS b_source, ab.title AS b_title, ab.url AS b_url, ab.published AS b_published,
           d.verdict, d.note, d.reviewer, d.decided_at
    FROM findings f
    JOIN runs r ON r.id = f.run_id
    JOIN statements sa ON sa.run_id = f.run_id AND sa.id = f.statement_a
    JOIN statements sb ON sb.run_id = f.run_id AND sb.id = f.statement_b
    JOIN articles aa ON aa.run_id = f.run_id AND aa.id = sa.article_id
    JOIN articles ab ON ab.run_id = f.run_id AND ab.id = sb.article_id
    LEFT JOIN ({_LATEST}) d ON d.finding_id = f.id
"""

# Most severe first: confidence, then conflict type in schema order (slot facts before claims).
_TYPE_RANK = (
    "CASE f.conflict_type "
    + " ".join(f"WHEN '{t}' THEN {i}" for i, t in enumerate(CONFLICT_TYPES))
    + f" ELSE {len(CONFLICT_TYPES)} END"
)


def _latest_runs_clause() -> str:
    return "f.run_id IN (SELECT MAX(id) FROM runs GROUP BY cluster_id)"


def list_findings(
    db: DB,
    status: str | None = None,
    run_id: int | None = None,
    kind: str | None = None,
    outlet: str | None = None,
) -> list[FindingRecord]:
    """Findings of the latest run per cluster (or of `run_id`), most severe first.

    status: open (no decision yet) | confirmed | dismissed | unsure.
    kind: a finding kind (conflict, agree, unrelated) or a conflict type (date, time, number,
    entity, claim); None lists every finding.
    outlet: an article source on either side (case-insensitive).
    """
    where: list[str] = []
    params: list[object] = []
    if run_id is None:
        where.append(_latest_runs_clause())
    else:
        where.append("f.run_id = ?")
        params.append(run_id)
    if status is not None:
        if status not in STATUSES:
            raise FactcheckError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
        if status == "open":
            where.append("d.verdict IS NULL")
        else:
            where.append("d.verdict = ?")
            params.append(status)
    if kind is not None:
        if kind in FINDING_KINDS:
            where.append("f.kind = ?")
        elif kind in CONFLICT_TYPES:
            where.append("f.kind = 'conflict' AND f.conflict_type = ?")
        else:
            known = ", ".join(FINDING_KINDS + CONFLICT_TYPES)
            raise FactcheckError(f"unknown finding kind or type {kind!r}; use one of: {known}")
        params.append(kind)
    if outlet:
        where.append("(aa.source = ? COLLATE NOCASE OR ab.source = ? COLLATE NOCASE)")
        params += [outlet, outlet]
    sql = (
        f"{_RECORD_SELECT} WHERE {' AND '.join(where)}"
        f" ORDER BY f.confidence DESC, {_TYPE_RANK}, f.id"
    )
    with _conn(db) as conn:
        return [record_from_row(row) for row in conn.execute(sql, params)]


def get_finding(db: DB, finding_id: str, run_id: int | None = None) -> FindingRecord:
    """One finding (id or unique prefix) from `run_id` or the latest run that has it."""
    with _conn(db) as conn:
        fid = resolve_finding_id(conn, finding_id)
        sql = f"{_RECORD_SELECT} WHERE f.id = ?"
        params: list[object] = [fid]
        if run_id is not None:
            sql += " AND f.run_id = ?"
            params.append(run_id)
        row = conn.execute(sql + " ORDER BY f.run_id DESC LIMIT 1", params).fetchone()
    if row is None:
        raise FactcheckError(f"finding {fid} is not in run {run_id}; drop the run filter")
    return record_from_row(row)


def decision_history(db: DB, finding_id: str) -> list[Decision]:
    """Every decision on a finding, oldest first."""
    with _conn(db) as conn:
        rows = conn.execute(
            "SELECT finding_id, verdict, note, reviewer, decided_at FROM decisions"
            " WHERE finding_id = ? ORDER BY id",
            (finding_id,),
        ).fetchall()
    return [
        Decision(r["finding_id"], r["verdict"], r["note"], r["reviewer"], r["decided_at"])
        for r in rows
    ]


def get_article(
    db: DB, article_id: str, run_id: int | None = None
) -> tuple[ArticleRef, str, int, list[dict[str, object]]]:
    """(article metadata, text, run id, statements as dicts) from `run_id` or the latest run."""
    with _conn(db) as conn:
        sql = "SELECT * FROM articles WHERE id = ?"
        params: list[object] = [article_id]
        if run_id is not None:
            sql += " AND run_id = ?"
            params.append(run_id)
        row = conn.execute(sql + " ORDER BY run_id DESC LIMIT 1", params).fetchone()
        if row is None:
            raise FactcheckError(f"unknown article id {article_id!r}")
        statements = [
            {
                "id": s["id"],
                "index": s["idx"],
                "start": s["start_char"],
                "end": s["end_char"],
                "text": s["text"],
                "speaker": s["speaker"],
                "slots": loads(s["slots"]),
            }
            for s in conn.execute(
                "SELECT * FROM statements WHERE run_id = ? AND article_id = ? ORDER BY idx",
                (row["run_id"], article_id),
            )
        ]
    ref = ArticleRef(row["id"], row["source"], row["title"], row["url"], row["published"])
    return ref, str(row["text"]), int(row["run_id"]), statements


def list_runs(db: DB) -> list[RunInfo]:
    """Every run, newest first."""
    with _conn(db) as conn:
        rows = conn.execute(
            "SELECT r.*, (SELECT COUNT(*) FROM articles a WHERE a.run_id = r.id) AS n_articles,"
            " (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.kind = 'conflict')"
            " AS n_conflicts FROM runs r ORDER BY r.id DESC"
        ).fetchall()
    return [
        RunInfo(
            r["id"],
            r["cluster_id"],
            r["created"],
            r["saved_at"],
            r["config_digest"],
            loads(r["models"]),
            loads(r["stats"]),
            r["n_articles"],
            r["n_conflicts"],
        )
        for r in rows
    ]


def list_outlets(db: DB, run_id: int | None = None) -> list[str]:
    """Article sources in `run_id` (or the latest run per cluster), sorted."""
    with _conn(db) as conn:
        if run_id is None:
            rows = conn.execute(
                "SELECT DISTINCT source FROM articles WHERE run_id IN"
                " (SELECT MAX(id) FROM runs GROUP BY cluster_id) ORDER BY source COLLATE NOCASE"
            )
        else:
            rows = conn.execute(
                "SELECT DISTINCT source FROM articles WHERE run_id = ?"
                " ORDER BY source COLLATE NOCASE",
                (run_id,),
            )
        return [r["source"] for r in rows]


def export_decisions(db: DB) -> list[dict[str, object]]:
    """The whole decision history, oldest first, with each finding's context from the latest
    run that has it (empty context when no stored run has the finding any more)."""
    sql = """
        SELECT d.id AS decision_id, d.finding_id, d.verdict, d.note, d.reviewer, d.decided_at,
               f.run_id, r.cluster_id, f.kind, f.conflict_type, f.confidence,
               aa.source AS outlet_a, sa.text AS statement_a,
               ab.source AS outlet_b, sb.text AS statement_b
        FROM decisions d
        LEFT JOIN findings f ON f.id = d.finding_id
             AND f.run_id = (SELECT MAX(run_id) FROM findings WHERE id = d.finding_id)
        LEFT JOIN runs r ON r.id = f.run_id
        LEFT JOIN statements sa ON sa.run_id = f.run_id AND sa.id = f.statement_a
        LEFT JOIN statements sb ON sb.run_id = f.run_id AND sb.id = f.statement_b
        LEFT JOIN articles aa ON aa.run_id = f.run_id AND aa.id = sa.article_id
        LEFT JOIN articles ab ON ab.run_id = f.run_id AND ab.id = sb.article_id
        ORDER BY d.id
    """
    with _conn(db) as conn:
        return [dict(row) for row in conn.execute(sql)]


def run_summary(db: DB, run_id: int | None = None) -> RunSummary:
    """How much of a run's conflicts were reviewed, and the confirmed share by conflict type.

    confirmed_share = confirmed / (confirmed + dismissed): the product's real precision as
    judged by editors ("unsure" counts as reviewed but not as a judgement). `run_id` None means
    the newest run.
    """
    with _conn(db) as conn:
        if run_id is None:
            row = conn.execute("SELECT MAX(id) AS id FROM runs").fetchone()
            if row is None or row["id"] is None:
                raise FactcheckError(
                    "the store has no runs yet; run `factcheck check ... --db FILE`"
                )
            run_id = int(row["id"])
        run = conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if run is None:
            raise FactcheckError(f"unknown run id {run_id}; see the runs on the summary page")
        rows = conn.execute(
            f"SELECT f.conflict_type, d.verdict FROM findings f LEFT JOIN ({_LATEST}) d"
            " ON d.finding_id = f.id WHERE f.run_id = ? AND f.kind = 'conflict'",
            (run_id,),
        ).fetchall()
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        ctype = r["conflict_type"] or "claim"
        c = counts.setdefault(ctype, {"open": 0, **{v: 0 for v in VERDICTS}})
        c[r["verdict"] or "open"] += 1
    order = [t for t in CONFLICT_TYPES if t in counts] + sorted(set(counts) - set(CONFLICT_TYPES))
    by_type = tuple(TypeSummary.from_counts(t, counts[t]) for t in order)
    return RunSummary(
        run_id,
        run["cluster_id"],
        run["created"],
        by_type,
        TypeSummary.from_counts("all", _sum_counts(counts.values())),
    )


def _sum_counts(items: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {"open": 0, **{v: 0 for v in VERDICTS}}
    for c in items:
        for k, v in c.items():
            total[k] += v
    return total
