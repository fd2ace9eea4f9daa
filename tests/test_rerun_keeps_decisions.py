"""End to end with the real models and a real SQLite file: a reviewer's verdicts survive a
re-check of the cluster after it grows by one article."""

import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT
from factcheck.cli import cli
from factcheck.store import list_findings, list_runs

pytestmark = pytest.mark.integration

NEW_ARTICLE = """Title: Putin ends North Korea visit
Source: Coastal Courier
Published: 2024-06-20T12:00:00+00:00

Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.
Kremlin spokesman Dmitry Peskov said the talks would include a one-on-one meeting between the two leaders.
Putin and Kim signed a pact that commits each country to help the other if it is attacked.
"""


def test_verdicts_survive_a_grown_cluster(tmp_path):
    cluster = tmp_path / "putin-pyongyang"
    shutil.copytree(ROOT / "examples" / "putin-pyongyang", cluster)
    db = tmp_path / "fc.db"
    runner = CliRunner()

    first = runner.invoke(cli, ["check", str(cluster), "--db", str(db), "-q", "-f", "json"])
    assert first.exit_code == 0, first.output
    conflicts = list_findings(db, kind="conflict")
    assert len(conflicts) >= 3
    confirmed, dismissed = conflicts[0].id, conflicts[1].id
    assert runner.invoke(cli, ["decide", "--db", str(db), confirmed, "confirmed", "--note", "checked the wires"]).exit_code == 0
    assert runner.invoke(cli, ["decide", "--db", str(db), dismissed[:8], "dismissed", "--reviewer", "ed"]).exit_code == 0

    (cluster / "coastal-courier.txt").write_text(NEW_ARTICLE)
    second = runner.invoke(cli, ["check", str(cluster), "--db", str(db), "-q", "-f", "json"])
    assert second.exit_code == 0, second.output
    assert len(list_runs(db)) == 2

    latest = {r.id: r for r in list_findings(db)}
    assert latest[confirmed].status == "confirmed" and latest[confirmed].decision.note == "checked the wires"
    assert latest[dismissed].status == "dismissed" and latest[dismissed].decision.reviewer == "ed"
    # The new article brings new findings, open for review.
    sources = {r.article_a.source for r in latest.values()} | {r.article_b.source for r in latest.values()}
    assert "Coastal Courier" in sources
    assert any(r.status == "open" for r in latest.values())
