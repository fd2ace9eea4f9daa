"""The store's SQL schema as a tiny ordered list of migrations (sqlite-utils style).

`PRAGMA user_version` records how many have been applied; `apply_migrations` runs the
missing ones in one transaction, so a store is never left half-migrated. Append new
migrations, never edit an applied one.

The CHECK constraints are generated from the tuples in `factcheck.schema` (defined once).
SQLite cannot alter a CHECK constraint: if VERDICTS ever changes, append a migration that
rebuilds the decisions table with the new list.
"""

from __future__ import annotations

import sqlite3

from factcheck.errors import FactcheckError
from factcheck.schema import FINDING_KINDS, VERDICTS


def _sql_list(values: tuple[str, ...]) -> str:
    # Values come from our own Literal tuples, never from users; quote defensively anyway.
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


MIGRATIONS: tuple[str, ...] = (
    # 1: runs and their content, per run; decisions keyed by the stable finding id.
    f"""
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        cluster_id TEXT NOT NULL,
        created TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        config_digest TEXT NOT NULL DEFAULT '',
        models TEXT NOT NULL DEFAULT '{{}}',
        stats TEXT NOT NULL DEFAULT '{{}}',
        groups_json TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX runs_cluster ON runs (cluster_id, id);

    CREATE TABLE articles (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        url TEXT,
        published TEXT,
        path TEXT NOT NULL DEFAULT '',
        cluster_id TEXT NOT NULL,
        text TEXT NOT NULL,
        body_spans TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (run_id, id)
    );

    CREATE TABLE statements (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        slots TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (run_id, id)
    );

    CREATE TABLE findings (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ({_sql_list(FINDING_KINDS)})),
        conflict_type TEXT,
        confidence REAL NOT NULL,
        statement_a TEXT NOT NULL,
        statement_b TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (run_id, id)
    );
    CREATE INDEX findings_id ON findings (id);

    -- A history: every decision is a row; the latest per finding is its status. No foreign
    -- key to findings on purpose: a finding that disappears from a re-run keeps its history.
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        finding_id TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ({_sql_list(VERDICTS)})),
        note TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL
    );
    CREATE INDEX decisions_finding ON decisions (finding_id, id);
    """,
)


def apply_migrations(conn: sqlite3.Connection) -> int:
    """Apply the missing migrations in one transaction; returns the schema version.

    `conn` must be in autocommit mode (isolation_level=None) so that BEGIN here is ours.
    """
    if conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
        return len(MIGRATIONS)  # the common case: no write lock for a reader
    conn.execute("BEGIN IMMEDIATE")  # take the write lock first: two openers cannot both migrate
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise FactcheckError(
                f"store schema version {version} is newer than this factcheck "
                f"(knows {len(MIGRATIONS)}): upgrade factcheck to open it"
            )
        for number in range(version, len(MIGRATIONS)):
            for statement in _split(MIGRATIONS[number]):
                conn.execute(statement)
        # PRAGMA takes no parameters; the value is our own integer.
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(MIGRATIONS)


def _split(script: str) -> list[str]:
    # executescript() would COMMIT our transaction first; run statement by statement instead.
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
