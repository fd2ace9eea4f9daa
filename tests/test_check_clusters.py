"""End to end with the real models on hand-written clusters with planted conflicts.

Each cluster folder has an expected.json: planted conflicts (type, a substring of each side's
statement, the normalized values the report must show), planted agreements that must not be
flagged, possible updates, and boilerplate strings that must never reach a finding.
"""

import json
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.integration

CLUSTERS = sorted(
    [ROOT / "examples" / "putin-pyongyang"]
    + [p for p in (ROOT / "tests" / "data" / "clusters").glob("*") if (p / "expected.json").exists()]
)


@pytest.fixture(scope="module")
def run_cluster():
    from factcheck.config import load_config
    from factcheck.ingest import load_inputs
    from factcheck.pipeline import check_cluster

    config = load_config()
    cache = {}

    def run(path: Path):
        if path not in cache:
            loaded = load_inputs([path])
            ((cid, articles),) = loaded.clusters.items()
            cache[path] = check_cluster(articles, config, cluster_id=cid)
        return cache[path]

    return run


def _involving(report, a_sub: str, b_sub: str):
    texts = {s.id: s.text for s in report.statements}
    out = []
    for f in report.findings:
        ta, tb = texts[f.statement_a], texts[f.statement_b]
        if (a_sub in ta and b_sub in tb) or (a_sub in tb and b_sub in ta):
            out.append(f)
    return out


def _expected(path: Path) -> dict:
    return json.loads((path / "expected.json").read_text())


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda p: p.name)
def test_planted_conflicts_are_flagged_with_type_and_values(cluster, run_cluster):
    report = run_cluster(cluster)
    for planted in _expected(cluster)["conflicts"]:
        found = [f for f in _involving(report, planted["a"], planted["b"]) if f.kind == "conflict"]
        assert found, f"planted {planted['type']} conflict not flagged: {planted['a']!r} vs {planted['b']!r}"
        assert any(f.conflict_type == planted["type"] for f in found), (planted, [f.conflict_type for f in found])
        shown = json.dumps([f.to_dict() for f in found], ensure_ascii=False).casefold()
        for value in planted.get("values", []):
            assert value.casefold() in shown, f"value {value!r} missing from {planted['type']} finding"


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda p: p.name)
def test_planted_agreements_are_not_flagged(cluster, run_cluster):
    report = run_cluster(cluster)
    for planted in _expected(cluster).get("agreements", []):
        wrong = [f for f in _involving(report, planted["a"], planted["b"]) if f.kind == "conflict"]
        assert not wrong, f"agreement flagged as conflict: {planted['a']!r} vs {planted['b']!r}: {wrong[0].reasons}"


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda p: p.name)
def test_updates_are_marked(cluster, run_cluster):
    report = run_cluster(cluster)
    for planted in _expected(cluster).get("updates", []):
        found = _involving(report, planted["a"], planted["b"])
        assert any(f.possible_update for f in found), f"update not marked: {planted}"


@pytest.mark.parametrize("cluster", CLUSTERS, ids=lambda p: p.name)
def test_boilerplate_never_reaches_a_finding(cluster, run_cluster):
    report = run_cluster(cluster)
    texts = {s.id: s.text for s in report.statements}
    in_findings = " ".join(texts[x] for f in report.findings for x in (f.statement_a, f.statement_b))
    for junk in _expected(cluster).get("boilerplate", []):
        assert junk not in in_findings


def test_readme_example_quotes_a_real_run(run_cluster):
    """The README's example report must stay true: every finding id it quotes is a conflict of
    that type in a real run, and its summary line matches."""
    import re

    readme = (ROOT / "README.md").read_text()
    report = run_cluster(ROOT / "examples" / "putin-pyongyang")
    kinds = {f.id: f for f in report.findings}
    quoted = re.findall(r"### \d+\. (\w+) conflict[^\n]*\n(?:.*\n)*?- finding id `([0-9a-f]{16})`", readme)
    assert quoted, "README shows no example findings"
    for ctype, fid in quoted:
        assert fid in kinds and kinds[fid].kind == "conflict", fid
        assert kinds[fid].conflict_type == ctype.lower(), (fid, ctype)
    st = report.stats
    assert f"{st.articles} articles → {st.statements} statements → {st.pairs_judged} pairs judged" in readme
    assert f"**{st.conflicts} conflicts**" in readme
