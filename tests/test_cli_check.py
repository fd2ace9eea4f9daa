"""`factcheck check` through click's runner (errors, exit codes) and once as a real subprocess."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from factcheck.cli import cli

EXAMPLE = ROOT / "examples" / "putin-pyongyang"


def _run(*args):
    return CliRunner().invoke(cli, list(args))


def test_help_is_fast_and_lists_commands():
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck.cli", "--help"],
                         capture_output=True, text=True, check=True)
    assert "check" in out.stdout
    assert "torch" not in out.stderr and "transformers" not in out.stderr  # heavy imports stay lazy


def test_missing_path_is_a_one_line_error(tmp_path):
    r = _run("check", str(tmp_path / "nope"))
    assert r.exit_code == 1
    assert r.output.count("\n") == 1 and "nope" in r.output


def test_existing_output_is_never_overwritten_silently(tmp_path):
    out = tmp_path / "report.md"
    out.write_text("my notes")
    r = _run("check", str(EXAMPLE), "-o", str(out))
    assert r.exit_code == 1 and "--force" in r.output
    assert out.read_text() == "my notes"


def test_one_article_cluster_exits_1_with_reason(tmp_path):
    d = tmp_path / "lonely"
    d.mkdir()
    (d / "a.txt").write_text("Title: One\nSource: Only Outlet\nPublished: 2024-06-18T10:00:00+00:00\n\n"
                             "The mayor opened the new bridge on Monday after three years of work.\n")
    r = _run("check", str(d))
    assert r.exit_code == 1
    assert "nothing to check" in r.output
    assert "Traceback" not in r.output


def test_bad_set_override_is_usage_like_error():
    r = _run("check", str(EXAMPLE), "--set", "align.nope=1")
    assert r.exit_code == 1 and "unknown key align.nope" in r.output


@pytest.mark.integration
def test_check_example_as_subprocess_json_and_fail_on_conflict(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(EXAMPLE), "--format", "json", "-o", str(out),
         "--fail-on-conflict", "--db", str(tmp_path / "fc.db")],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert proc.returncode == 3, proc.stderr
    doc = json.loads(out.read_text())
    (report,) = doc["reports"]
    assert report["stats"]["conflicts"] >= 1
    assert "articles →" in proc.stderr and "conflicts" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "fc.db").exists()
