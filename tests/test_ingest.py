"""Reading clusters: directories, the text header, JSON Lines, HTML, ids, sources and dates."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from factcheck.ingest import InputProblem, load_inputs
from factcheck.schema import content_hash, normalize_for_id

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "putin-pyongyang"
BODY = (
    "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday, local time, for talks "
    "with North Korean leader Kim Jong Un. It is his first visit to North Korea in 24 years, and the two "
    "leaders are expected to sign a new agreement on cooperation.\n"
)
BODY2 = (
    "Putin and Kim signed a pact committing each country to help the other if it comes under attack. "
    "The agreement was announced after talks that lasted most of the day in the North Korean capital.\n"
)


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_example_cluster_loads_with_header_and_html_metadata() -> None:
    loaded = load_inputs([EXAMPLE])
    assert loaded.problems == []
    arts = loaded.clusters["putin-pyongyang"]
    assert sorted(a.source for a in arts) == [
        "Eastern Wire", "Harbor Gazette", "Lakeside Tribune", "Northfield Courier", "Pacific Ledger",
    ]  # fmt: skip
    by = {a.source: a for a in arts}
    hg = by["Harbor Gazette"]
    assert hg.published == datetime(2024, 6, 19, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    assert hg.title == "Putin lands in Pyongyang for first visit in 24 years"
    assert hg.url == "https://harbor-gazette.example/world/putin-pyongyang"
    assert not hg.text.startswith("Title:")  # the header is metadata, not article text
    assert hg.id == content_hash("Harbor Gazette", normalize_for_id(hg.text))
    ew = by["Eastern Wire"]  # HTML: site name, title and published time from the page metadata
    assert ew.published == datetime(2024, 6, 18, 23, 50, tzinfo=timezone(timedelta(hours=3)))
    assert ew.title == "Putin arrives in North Korea for talks with Kim"
    assert "EW_TRACKING_SCRIPT" not in ew.text and "STYLE_TEXT" not in ew.text
    assert "Sunan airport" in ew.text
    # EXPECTED.md and expected.json sit in the directory but are not articles
    assert all(not a.path.endswith(("EXPECTED.md", "expected.json")) for a in arts)


def test_jsonl_with_several_clusters_ids_and_default_source(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "x1", "cluster_id": "visit", "source": "Harbor Gazette", "text": BODY,
             "published": "2024-06-19T09:30:00+09:00"},
            {"id": "x2", "cluster_id": "visit", "source": "Eastern Wire", "text": BODY2,
             "published": "2024-06-19T00:30:00Z"},
            {"cluster_id": "pact", "text": BODY2, "published": "2024-06-19"},
            {"cluster_id": "pact", "source": "Lakeside Tribune", "text": BODY, "published": "2024-06-19T18:00:00"},
        ],
    )  # fmt: skip
    loaded = load_inputs([f])
    assert set(loaded.clusters) == {"visit", "pact"}
    visit = loaded.clusters["visit"]
    assert [a.id for a in visit] == ["x1", "x2"]
    assert visit[1].published is not None and visit[1].published.utcoffset() == timedelta(0)
    assert visit[0].path == f"{f}:1"
    pact = loaded.clusters["pact"]
    assert pact[0].source == "batch:3"  # no source, no id: file name and line
    assert pact[0].id == content_hash("batch:3", normalize_for_id(BODY2))
    assert pact[0].published == datetime(2024, 6, 19)
    assert pact[1].published is not None and pact[1].published.tzinfo is None
    assert loaded.problems == []


def test_jsonl_html_field_is_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Eastern Wire'><script>var SECRET=1;</script>"
        "</head><body><nav><a href='/'>Home</a></nav><article>"
        + "".join(f"<p>{s}</p>" for s in BODY.split(". "))
        + "</article></body></html>"
    )
    f = write_jsonl(tmp_path / "c.jsonl", [{"html": html, "published": "2024-06-19T09:00:00+09:00"},
                                           {"text": BODY2, "source": "Harbor Gazette"}])  # fmt: skip
    loaded = load_inputs([f])
    a = loaded.clusters["c"][0]
    assert a.source == "Eastern Wire"
    assert "SECRET" not in a.text and "Kim Jong Un" in a.text


def test_plain_text_without_header_uses_file_name_title_line_and_dateline(tmp_path: Path) -> None:
    d = tmp_path / "visit"
    d.mkdir()
    (d / "harbor.txt").write_text(
        f"Putin lands in Pyongyang\nPublished 19 June 2024, 09:30\n\n{BODY}"
    )
    (d / "wire.md").write_text(f"# Putin and Kim sign pact\n\n{BODY2}")
    loaded = load_inputs([d])
    harbor, wire = loaded.clusters["visit"]
    assert harbor.source == "harbor" and harbor.title == "Putin lands in Pyongyang"
    assert harbor.published == datetime(2024, 6, 19, 9, 30)
    assert wire.title == "Putin and Kim sign pact"
    assert wire.published is None and any("no publication date" in w for w in wire.warnings)
    assert [str(p) for p in loaded.problems] == [
        f'{d / "wire.md"}: no publication date found; relative dates ("on Tuesday") cannot be resolved'
    ]
    assert loaded.problems[0].severity == "warning"


def test_loose_files_form_a_cluster_named_after_their_directory(tmp_path: Path) -> None:
    d = tmp_path / "story"
    d.mkdir()
    a, b = d / "a.txt", d / "b.txt"
    a.write_text(f"Published: 2024-06-19T09:30:00+09:00\n\n{BODY}")
    b.write_text(f"Published: 2024-06-19T10:30:00+09:00\n\n{BODY2}")
    loaded = load_inputs([a, b])
    assert [x.source for x in loaded.clusters["story"]] == ["a", "b"]


def test_input_problem_str_names_file_line_and_what_to_do() -> None:
    p = InputProblem("c.jsonl", 7, "not valid JSON", "fix the line")
    assert str(p) == "c.jsonl:7: not valid JSON — fix the line"
    assert str(InputProblem("a.txt", None, "empty file")) == "a.txt: empty file"
