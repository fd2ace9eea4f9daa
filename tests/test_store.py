"""The SQLite store on real database files: migrations, re-runs, crashes, concurrent reviewers."""

from __future__ import annotations

import dataclasses
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from factcheck import store
from factcheck.errors import FactcheckError
from factcheck.review.sample import sample_report
from factcheck.schema import VERDICTS
from factcheck.store_migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "factcheck.db"
    store.save_run(path, sample_report())
    return path


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_schema_version_wal_and_verdict_check(db: Path) -> None:
    conn = store.open_store(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The CHECK constraint comes from schema.VERDICTS: every verdict passes, nothing else does.
    for verdict in VERDICTS:
        conn.execute("INSERT INTO decisions (finding_id, verdict, decided_at) VALUES ('x', ?, 'now')",
                     (verdict,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO decisions (finding_id, verdict, decided_at) VALUES ('x', 'maybe', 'now')")
    conn.close()


def test_reopening_does_not_migrate_again(db: Path) -> None:
    store.open_store(db).close()
    assert _count(db, "SELECT COUNT(*) FROM runs") == 1


def test_round_trip_most_severe_first(db: Path) -> None:
    report = sample_report()
    records = store.list_findings(db, kind="conflict")
    assert {r.id for r in records} == {f.id for f in report.conflicts}
    confidences = [r.finding.confidence for r in records]
    assert confidences == sorted(confidences, reverse=True)
    first = records[0]
    original = next(f for f in report.findings if f.id == first.id)
    assert first.finding == original  # the stored JSON rebuilds the same Finding
    assert first.a == report.statement(original.statement_a)
    assert first.status == "open" and first.decision is None


def test_decision_survives_rerun_with_grown_cluster(db: Path) -> None:
    target = store.list_findings(db, kind="number")[0]
    store.decide(db, target.id, "dismissed", note="time-zone difference, both right",
                 reviewer="ana")
    run2 = store.save_run(db, sample_report(grown=True))

    latest = {r.id: r for r in store.list_findings(db, kind="conflict")}
    assert all(r.run_id == run2 for r in latest.values())
    assert latest[target.id].status == "dismissed"
    assert latest[target.id].decision.note == "time-zone difference, both right"
    grown_only = set(latest) - {f.id for f in sample_report().findings}
    assert len(grown_only) == 2 and all(latest[i].status == "open" for i in grown_only)
    # The older run still answers when asked for by id.
    assert len(store.list_findings(db, run_id=1, kind="conflict")) == len(sample_report().conflicts)


def test_vanished_finding_keeps_its_history(db: Path) -> None:
    gone = store.list_findings(db, kind="entity")[0]
    store.decide(db, gone.id, "unsure")
    store.decide(db, gone.id, "confirmed", note="checked the union's site")
    report = sample_report()
    store.save_run(db, dataclasses.replace(
        report, findings=tuple(f for f in report.findings if f.id != gone.id)))
    assert gone.id not in {r.id for r in store.list_findings(db)}
    history = store.decision_history(db, gone.id)
    assert [d.verdict for d in history] == ["unsure", "confirmed"]
    exported = [row for row in store.export_decisions(db) if row["finding_id"] == gone.id]
    assert [row["verdict"] for row in exported] == ["unsure", "confirmed"]
    assert exported[-1]["conflict_type"] == "entity"  # context from the last run that had it


def test_filters(db: Path) -> None:
    records = store.list_findings(db, kind="conflict")
    store.decide(db, records[0].id, "confirmed")
    assert [r.id for r in store.list_findings(db, status="confirmed")] == [records[0].id]
    assert records[0].id not in {r.id for r in store.list_findings(db, status="open")}
    assert {r.finding.conflict_type for r in store.list_findings(db, kind="claim")} == {"claim"}
    metro = store.list_findings(db, outlet="metro TIMES")
    assert metro and all("Metro Times" in (r.article_a.source, r.article_b.source) for r in metro)
    assert {r.finding.kind for r in store.list_findings(db, kind="agree")} == {"agree"}
    with pytest.raises(FactcheckError, match="unknown status 'closed'"):
        store.list_findings(db, status="closed")


def test_decide_errors_are_one_line(db: Path) -> None:
    fid = store.list_findings(db)[0].id
    with pytest.raises(FactcheckError, match=r"unknown verdict 'yes'; use one of: confirmed"):
        store.decide(db, fid, "yes")
    with pytest.raises(FactcheckError, match=r"unknown finding id 'ffffzz'"):
        store.decide(db, "ffffzz", "confirmed")
    assert store.decide(db, fid[:6], "confirmed").finding_id == fid  # unique prefix


def test_ambiguous_prefix(tmp_path: Path) -> None:
    report = sample_report()
    findings = tuple(dataclasses.replace(f, id=f"abc{i:013d}") for i, f in enumerate(report.findings))
    path = tmp_path / "a.db"
    store.save_run(path, dataclasses.replace(report, findings=findings))
    with pytest.raises(FactcheckError, match=r"prefix 'abc' is ambiguous"):
        store.decide(path, "abc", "confirmed")


def test_missing_database_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError) as err:
        store.list_findings(tmp_path / "nope.db")
    assert "run `factcheck check ... --db" in err.value.message
    assert not (tmp_path / "nope.db").exists()


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(FactcheckError, match="not a factcheck database"):
        store.list_findings(bad)


def test_run_summary_confirmed_share(db: Path) -> None:
    numbers = store.list_findings(db, kind="claim")
    assert len(numbers) == 2
    store.decide(db, numbers[0].id, "confirmed")
    store.decide(db, numbers[1].id, "dismissed")
    date = store.list_findings(db, kind="date")[0]
    store.decide(db, date.id, "unsure")
    summary = store.run_summary(db)
    claim = next(t for t in summary.by_type if t.conflict_type == "claim")
    assert (claim.total, claim.reviewed, claim.confirmed_share) == (2, 2, 0.5)
    assert summary.total.reviewed == 3
    assert summary.total.confirmed_share == 0.5  # unsure is reviewed but not a judgement
    assert next(t for t in summary.by_type if t.conflict_type == "date").confirmed_share is None


_KILL_CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from factcheck import store
    from factcheck.review.sample import sample_report
    db, marker = sys.argv[1], Path(sys.argv[2])
    conn = store.open_store(db)
    def trace(sql):
        # Killed inside save_run's transaction, after runs/articles/statements rows were written.
        if sql.lstrip().startswith("INSERT OR IGNORE INTO findings"):
            marker.write_text("killed inside the transaction")
            os.kill(os.getpid(), signal.SIGKILL)
    conn.set_trace_callback(trace)
    store.save_run(conn, sample_report(grown=True))
    print("not killed")
""")


def test_killed_mid_save_leaves_no_half_run(db: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    proc = subprocess.run([sys.executable, "-c", _KILL_CHILD, str(db), str(marker)],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert marker.exists()
    assert _count(db, "SELECT COUNT(*) FROM runs") == 1
    for table in ("articles", "statements", "findings"):
        assert _count(db, f"SELECT COUNT(*) FROM {table} WHERE run_id != 1") == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.save_run(db, sample_report(grown=True)) == 2  # the store still works


_DECIDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from factcheck import store
    db, go, who, n = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    ids = [r.id for r in store.list_findings(db)]
    while not go.exists():
        time.sleep(0.005)
    for i in range(n):
        store.decide(db, ids[i % len(ids)], ("confirmed", "dismissed", "unsure")[i % 3],
                     note=f"{who} {i}", reviewer=who)
""")


def test_two_reviewer_processes_lose_no_writes(db: Path, tmp_path: Path) -> None:
    go, n = tmp_path / "go", 150
    procs = [subprocess.Popen([sys.executable, "-c", _DECIDER, str(db), str(go), who, str(n)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("ana", "ben")]
    go.touch()
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "locked" not in err
    for who in ("ana", "ben"):
        notes = {row[0] for row in sqlite3.connect(db).execute(
            "SELECT note FROM decisions WHERE reviewer = ?", (who,))}
        assert notes == {f"{who} {i}" for i in range(n)}


def test_reviewer_threads_lose_no_writes(db: Path) -> None:
    ids = [r.id for r in store.list_findings(db)]
    errors: list[BaseException] = []

    def work(who: str) -> None:
        try:
            conn = store.open_store(db)  # one connection per thread, as in the web server
            for i in range(60):
                store.decide(conn, ids[i % len(ids)], "confirmed", note=f"{who} {i}", reviewer=who)
        except BaseException as exc:  # noqa: BLE001 - surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"t{k}",)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _count(db, "SELECT COUNT(*) FROM decisions") == 240
