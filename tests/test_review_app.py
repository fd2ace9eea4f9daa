"""The review app through Starlette's TestClient: JSON twins, filters, write protection,
escaping of untrusted article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from factcheck import store
from factcheck.errors import FactcheckError
from factcheck.review.app import create_app
from factcheck.review.markup import highlight, merge_spans, safe_url
from factcheck.review.sample import sample_report

TOKEN = "test-token"
HOST = "testserver"  # TestClient's Host header


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "factcheck.db"
    store.save_run(path, sample_report())
    return path


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, token=TOKEN, allowed_hosts=[HOST]))


def _post(client: TestClient, fid: str, verdict: str, **headers: str):
    return client.post(f"/findings/{fid}/decision", json={"verdict": verdict, "note": "n"},
                       headers={"X-Factcheck-Token": TOKEN, **headers})


@pytest.mark.parametrize("page", ["/findings", "/summary"])
def test_every_page_has_a_json_twin(client: TestClient, page: str) -> None:
    html = client.get(page)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    twin = client.get(page + ".json")
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"


def test_finding_and_article_twins(client: TestClient) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    detail = client.get(f"/findings/{fid}.json").json()
    assert detail["id"] == fid and detail["history"] == []
    assert client.get(f"/findings/{fid}").status_code == 200
    side = detail["statement_a"]
    art = client.get(f"/articles/{side['article']['id']}.json",
                     params={"statement": side["id"]}).json()
    assert art["text"][art["highlight"]["start"]:art["highlight"]["end"]] == side["text"]
    page = client.get(f"/articles/{side['article']['id']}", params={"statement": side["id"]})
    assert f'<mark id="hl">{side["text"]}</mark>' in page.text


def test_queue_is_conflicts_most_severe_first(client: TestClient) -> None:
    data = client.get("/findings.json").json()
    assert data["count"] == len(sample_report().conflicts)
    assert {f["kind"] for f in data["findings"]} == {"conflict"}
    conf = [f["confidence"] for f in data["findings"]]
    assert conf == sorted(conf, reverse=True)


def test_filters(client: TestClient) -> None:
    dates = client.get("/findings.json", params={"type": "date"}).json()["findings"]
    assert dates and {f["conflict_type"] for f in dates} == {"date"}
    metro = client.get("/findings.json", params={"outlet": "Metro Times"}).json()["findings"]
    assert metro and all("Metro Times" in (f["statement_a"]["article"]["source"],
                                           f["statement_b"]["article"]["source"]) for f in metro)
    fid = dates[0]["id"]
    assert _post(client, fid, "confirmed").status_code == 200
    confirmed = client.get("/findings.json", params={"status": "confirmed"}).json()["findings"]
    assert [f["id"] for f in confirmed] == [fid]
    open_ids = {f["id"] for f in client.get("/findings.json?status=open").json()["findings"]}
    assert fid not in open_ids
    assert client.get("/findings.json", params={"type": "weather"}).status_code == 400


def test_post_saves_and_page_shows_saved_state(client: TestClient, db: Path) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    res = _post(client, fid, "dismissed")
    assert res.status_code == 200 and res.json()["status"] == "dismissed"
    assert store.get_finding(db, fid).decision.note == "n"
    page = client.get("/findings").text
    assert f'data-id="{fid}" data-status="dismissed"' in page


@pytest.mark.parametrize(
    "headers,status",
    [
        ({"X-Factcheck-Token": ""}, 403),  # no token
        ({"X-Factcheck-Token": "guess"}, 403),
        ({"Origin": "https://evil.example"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
    ],
)
def test_cross_site_posts_rejected(client: TestClient, db: Path, headers: dict[str, str],
                                   status: int) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    res = _post(client, fid, "confirmed", **headers)
    assert res.status_code == status
    assert store.decision_history(db, fid) == []


def test_form_post_without_json_rejected(client: TestClient, db: Path) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    res = client.post(f"/findings/{fid}/decision", data={"verdict": "confirmed"},
                      headers={"X-Factcheck-Token": TOKEN})
    assert res.status_code == 415
    assert store.decision_history(db, fid) == []


def test_same_origin_post_accepted(client: TestClient) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    assert _post(client, fid, "unsure", Origin=f"http://{HOST}").status_code == 200


def test_bad_verdict_and_unknown_finding(client: TestClient) -> None:
    fid = client.get("/findings.json").json()["findings"][0]["id"]
    assert _post(client, fid, "maybe").status_code == 400
    res = _post(client, "ffffffffffff", "confirmed")
    assert res.status_code == 404 and "unknown finding id" in res.json()["error"]
    assert client.get("/findings/ffffffffffff").status_code == 404


def test_foreign_host_rejected(db: Path) -> None:
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the queue.
    client = TestClient(create_app(db, token=TOKEN), base_url="http://evil.example")
    assert client.get("/findings").status_code == 400


def test_token_is_in_page_and_csp_forbids_inline_script(client: TestClient) -> None:
    res = client.get("/findings")
    assert f'<meta name="factcheck-token" content="{TOKEN}">' in res.text
    csp = res.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert res.headers["x-frame-options"] == "DENY"


def test_script_in_article_is_escaped(client: TestClient) -> None:
    data = client.get("/findings.json", params={"outlet": "Daily Example"}).json()["findings"]
    side = next(s for f in data for s in (f["statement_a"], f["statement_b"])
                if "<script>" in s["text"])
    pages = [
        client.get("/findings").text,
        client.get(f"/findings/{next(f['id'] for f in data if side in (f['statement_a'], f['statement_b']))}").text,
        client.get(f"/articles/{side['article']['id']}", params={"statement": side["id"]}).text,
    ]
    for html in pages:
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        # Our own single script tag is the only one on the page.
        assert html.count("<script") == 1


def test_highlight_escapes_every_piece() -> None:
    text = "a <b> & <script>x</script> end"
    out = str(highlight(text, [(2, 5), (8, 26)]))
    assert out == "a <mark>&lt;b&gt;</mark> &amp; <mark>&lt;script&gt;x&lt;/script&gt;</mark> end"
    assert merge_spans([(5, 9), (0, 2), (1, 3), (8, 100), (4, 4)], 10) == [(0, 3), (5, 10)]
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a") == "https://example.org/a"


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="run `factcheck check"):
        create_app(tmp_path / "none.db")
