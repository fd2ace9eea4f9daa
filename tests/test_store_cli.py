"""`factcheck findings`, `decide`, `decisions export` and `review` argument handling."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import store
from factcheck.cli import cli
from factcheck.review.sample import sample_report

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "factcheck.db"
    store.save_run(path, sample_report())
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_findings_formats(db: Path) -> None:
    table = run("findings", "--db", str(db))
    assert table.exit_code == 0
    conflicts = sample_report().conflicts
    assert all(f.id in table.output for f in conflicts)
    data = json.loads(run("findings", "--db", str(db), "--format", "json").output)
    assert len(data) == len(conflicts) and data[0]["status"] == "open"
    rows = list(csv.DictReader(io.StringIO(run("findings", "--db", str(db), "--format", "csv").output)))
    assert [r["id"] for r in rows] == [d["id"] for d in data]
    numbers = json.loads(run("findings", "--db", str(db), "--kind", "number", "--format", "json").output)
    assert {d["conflict_type"] for d in numbers} == {"number"}


def test_decide_with_prefix_then_status_filter(db: Path) -> None:
    fid = store.list_findings(db)[0].id
    res = run("decide", "--db", str(db), fid[:6], "dismissed", "--note", "time-zone difference, both right",
              "--reviewer", "ana")
    assert res.exit_code == 0 and res.output.startswith(f"{fid} dismissed")
    dismissed = json.loads(run("findings", "--db", str(db), "--status", "dismissed", "--format", "json").output)
    assert [d["id"] for d in dismissed] == [fid]
    assert dismissed[0]["decision"]["note"] == "time-zone difference, both right"


def test_decide_errors(db: Path) -> None:
    res = CliRunner().invoke(cli, ["decide", "--db", str(db), "zzzz", "confirmed"])
    assert res.exit_code == 1
    assert res.output == "Error: unknown finding id 'zzzz'; list ids with `factcheck findings --db FILE`\n"
    res = CliRunner().invoke(cli, ["decide", "--db", str(db), "abcd", "maybe"])
    assert res.exit_code == 2  # click's usage error lists the verdicts


def test_missing_db_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    for args in (["findings"], ["decide", "abc", "confirmed"], ["decisions", "export"], ["review", "--no-open"]):
        res = CliRunner().invoke(cli, [*args, "--db", str(missing)])
        assert res.exit_code == 1, args
        assert res.output == (f"Error: {missing}: no such database; run "
                              f"`factcheck check ... --db {missing}` first to create it\n")
    assert not missing.exists()


def test_export_json_csv_and_no_overwrite(db: Path, tmp_path: Path) -> None:
    fid = store.list_findings(db)[0].id
    store.decide(db, fid, "unsure")
    store.decide(db, fid, "confirmed", note="checked")
    data = json.loads(run("decisions", "export", "--db", str(db)).output)
    assert [d["verdict"] for d in data] == ["unsure", "confirmed"]
    out = tmp_path / "decisions.csv"
    assert run("decisions", "export", "--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["verdict"] for r in rows] == ["unsure", "confirmed"] and rows[1]["note"] == "checked"
    before = out.read_text(encoding="utf-8")
    res = CliRunner().invoke(cli, ["decisions", "export", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 1
    assert res.output == f"Error: {out}: already exists; pass --force to overwrite it\n"
    assert out.read_text(encoding="utf-8") == before
    assert run("decisions", "export", "--db", str(db), "-o", str(out), "--force").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))[1]["verdict"] == "confirmed"


def test_review_port_in_use(db: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = CliRunner().invoke(cli, ["review", "--db", str(db), "--port", str(port), "--no-open"])
    assert res.exit_code == 1
    assert res.output.startswith(f"Error: port {port} on 127.0.0.1 is in use; pass another --port")


def test_real_subprocess_decide(db: Path) -> None:
    fid = store.list_findings(db)[0].id
    exe = Path(sys.executable).with_name("factcheck")
    proc = subprocess.run([str(exe), "decide", "--db", str(db), fid, "confirmed"],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert store.get_finding(db, fid).status == "confirmed"
