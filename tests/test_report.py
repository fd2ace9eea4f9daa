import json

from factcheck.report import render
from report_fixtures import make_report


def test_json_is_versioned_and_complete():
    doc = json.loads(render([make_report()], "json"))
    assert doc["schema_version"] == "1.0"
    (r,) = doc["reports"]
    assert {"articles", "statements", "findings", "groups", "stats", "cluster_id"} <= set(r)
    f = r["findings"][0]
    assert f["kind"] == "conflict" and f["conflict_type"] == "date"
    assert f["nli_ab"]["label"] == "contradiction" and f["nli_ba"]["label"] == "contradiction"
    assert r["statements"][0]["slots"] == [{"kind": "date", "text": "late on Tuesday"}]
    assert r["stats"]["pairs_judged"] == 2 and r["stats"]["all_pairs"] == 4


def test_markdown_puts_conflicts_first_with_both_sides_and_highlight():
    md = render([make_report()], "md")
    assert md.index("## Conflicts (1)") < md.index("## Agreements (1)")
    assert "**late on Tuesday**" in md
    assert "*Eastern Wire*" in md and "*Harbor Gazette*" in md
    assert "date: Tue 18 Jun 2024 (late) vs Wed 19 Jun 2024 (morning, local time)" in md
    assert "| **Eastern Wire** | — | 1 / 1 |" in md


def test_html_is_self_contained_and_escapes_article_text():
    html = render([make_report()], "html")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;officials&lt;/b&gt;" in html
    assert "<mark>late on Tuesday</mark>" in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from the network
    assert html.index("Conflicts (1)") < html.index("Agreements (1)")
