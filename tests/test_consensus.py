from factcheck.consensus import build_groups
from factcheck.schema import Article, Finding, Statement


def _world(n_outlets):
    arts = {f"art{i}": Article(id=f"art{i}", source=f"Outlet {i}", title="", text="", published=None) for i in range(n_outlets)}
    stmts = {f"s{i}": Statement(id=f"s{i}", article_id=f"art{i}", index=0, start=0, end=3, text=f"s{i}") for i in range(n_outlets)}
    return arts, stmts


def _f(a, b, kind):
    return Finding(id=Finding.make_id(a, b), kind=kind, conflict_type="number" if kind == "conflict" else None,
                   confidence=0.9, statement_a=a, statement_b=b, similarity=0.9, nli_ab=None, nli_ba=None)


def test_outlier_is_the_outlet_that_conflicts_with_an_agreeing_majority():
    arts, stmts = _world(4)
    findings = [_f("s0", "s1", "agree"), _f("s1", "s2", "agree"), _f("s0", "s3", "conflict"),
                _f("s1", "s3", "conflict"), _f("s2", "s3", "conflict")]
    groups, membership = build_groups(findings, stmts, arts)
    (g,) = groups
    assert g.outliers == ("Outlet 3",)
    assert g.stances == {"Outlet 0": "agree", "Outlet 1": "agree", "Outlet 2": "agree", "Outlet 3": "conflict"}
    assert set(membership) == {f.id for f in findings}


def test_two_outlets_in_conflict_have_no_outlier():
    arts, stmts = _world(3)
    groups, _ = build_groups([_f("s0", "s1", "conflict")], stmts, arts)
    (g,) = groups
    assert g.outliers == ()
    assert g.stances == {"Outlet 0": "conflict", "Outlet 1": "conflict", "Outlet 2": "silent"}


def test_unrelated_pairs_form_no_group():
    arts, stmts = _world(2)
    groups, membership = build_groups([_f("s0", "s1", "unrelated")], stmts, arts)
    assert groups == [] and membership == {}


def test_each_dispute_in_a_group_names_its_own_outlier():
    arts, stmts = _world(4)
    number = [_f("s0", "s2", "conflict"), _f("s1", "s2", "conflict"), _f("s0", "s1", "agree")]
    claim = [Finding(id=Finding.make_id(f"s3", x), kind="conflict", conflict_type="claim", confidence=0.9,
                     statement_a="s3", statement_b=x, similarity=0.8, nli_ab=None, nli_ba=None) for x in ("s0", "s1", "s2")]
    groups, _ = build_groups(number + claim, stmts, arts)
    (g,) = groups
    assert set(g.outliers) == {"Outlet 2", "Outlet 3"}
