"""Bad input: one problem line naming the file (and line) and what to do; the bad article is
skipped, the rest are loaded, and nothing raises except a path that does not exist."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest import load_inputs

BODY = (
    "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday, local time, for talks "
    "with North Korean leader Kim Jong Un. It is his first visit to North Korea in 24 years, and the two "
    "leaders are expected to sign a new agreement on cooperation.\n"
)
BODY2 = (
    "Putin and Kim signed a pact committing each country to help the other if it comes under attack. "
    "The agreement was announced after talks that lasted most of the day in the North Korean capital.\n"
)
BODY3 = (
    "Crowds lined the streets of the capital as the motorcade passed on its way to the guest house. "
    "Officials said the two leaders would hold a second round of talks before a gala concert.\n"
)
HEADER = "Source: {source}\nPublished: 2024-06-19T09:30:00+09:00\n\n"


@pytest.fixture
def cluster(tmp_path: Path) -> Path:
    """A directory with two good articles; each test adds one bad file."""
    d = tmp_path / "visit"
    d.mkdir()
    (d / "a-good.txt").write_text(HEADER.format(source="Harbor Gazette") + BODY, encoding="utf-8")
    (d / "b-good.txt").write_text(HEADER.format(source="Eastern Wire") + BODY2, encoding="utf-8")
    return d


def only_problem(d: Path, name: str, severity: str = "error") -> str:
    loaded = load_inputs([d])
    sources = [a.source for a in loaded.clusters["visit"]]
    assert sources[:2] == ["Harbor Gazette", "Eastern Wire"]  # the good articles still load
    assert len(loaded.problems) == 1, [str(p) for p in loaded.problems]
    (p,) = loaded.problems
    assert p.severity == severity
    assert p.path == str(d / name)
    assert "\n" not in str(p)
    return str(p)


def test_missing_path_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        load_inputs([tmp_path / "nope"])


def test_empty_file(cluster: Path) -> None:
    (cluster / "c.txt").write_text("")
    assert "empty file — remove it or add the article text" in only_problem(cluster, "c.txt")


def test_whitespace_only_file(cluster: Path) -> None:
    (cluster / "c.txt").write_text("\n\n   \n")
    assert "empty file" in only_problem(cluster, "c.txt")


def test_binary_file(cluster: Path) -> None:
    (cluster / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary file" in only_problem(cluster, "c.txt")


def test_cp1252_text_is_decoded_with_a_warning(cluster: Path) -> None:
    text = HEADER.format(source="Lakeside Tribune") + BODY3.replace(
        "gala concert", "\u201chistoric\u201d gala concert \u2014 officials said"
    )
    (cluster / "c.txt").write_bytes(text.encode("cp1252"))
    msg = only_problem(cluster, "c.txt", severity="warning")
    assert "decoded as Windows-1252" in msg and "save the file as UTF-8" in msg
    arts = load_inputs([cluster]).clusters["visit"]
    assert "\u201chistoric\u201d" in arts[2].text


def test_undecodable_bytes_are_skipped(cluster: Path) -> None:
    # 0x81 is unassigned in Windows-1252 too
    (cluster / "c.txt").write_bytes(HEADER.format(source="X").encode() + b"Putin \x81\x81 arrived.")
    assert "convert the file to UTF-8" in only_problem(cluster, "c.txt")


def test_file_over_max_bytes_is_not_read(cluster: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = cluster / "c.txt"
    with big.open("wb") as f:  # sparse 100 MB file: cheap to create
        f.truncate(100_000_000)
    read = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != big, "the oversized file was read"
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    msg = only_problem(cluster, "c.txt")
    assert "100,000,000 bytes, over the 20,000,000-byte limit" in msg


def test_malformed_jsonl_line_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "visit.jsonl"
    when = "2024-06-19T09:30:00+09:00"
    good = [
        json.dumps({"source": "Harbor Gazette", "text": BODY, "published": when}),
        json.dumps({"source": "Eastern Wire", "text": BODY2, "published": when}),
    ]
    f.write_text(
        "\n".join(
            [good[0], '{"source": "X", "text": "unterminated', "[1, 2]", '{"source": "Y"}', good[1]]
        )
    )
    loaded = load_inputs([f])
    assert [a.source for a in loaded.clusters["visit"]] == ["Harbor Gazette", "Eastern Wire"]
    msgs = [str(p) for p in loaded.problems]
    assert msgs[0].startswith(f"{f}:2: not valid JSON (") and msgs[0].endswith(
        "fix the line: one JSON object per line"
    )
    assert msgs[1].startswith(f"{f}:3: expected a JSON object, got list")
    assert (
        msgs[2] == f'{f}:4: no "text" or "html" field — give each line a "text" or an "html" field'
    )
    assert len(msgs) == 3


def test_html_scripts_and_styles_never_reach_the_text(cluster: Path) -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Pacific Ledger'>"
        "<meta property='article:published_time' content='2024-06-17T16:00:00+00:00'>"
        "<script>var leak = 'SCRIPT_LEAK';</script><style>p::after{content:'STYLE_LEAK'}</style></head>"
        "<body><article>"
        + "".join(f"<p>{s}.</p>" for s in BODY3.strip().rstrip(".").split(". "))
        + "<script>document.write('INLINE_SCRIPT_LEAK')</script></article></body></html>"
    )
    (cluster / "c.html").write_text(html)
    loaded = load_inputs([cluster])
    assert loaded.problems == []
    (page,) = [a for a in loaded.clusters["visit"] if a.source == "Pacific Ledger"]
    assert "LEAK" not in page.text
    assert page.published == datetime(2024, 6, 17, 16, 0, tzinfo=UTC)


def test_html_without_article_text(cluster: Path) -> None:
    (cluster / "c.html").write_text(
        "<html><head><script>var x = 1;</script></head><body></body></html>"
    )
    assert "no article text found in the HTML" in only_problem(cluster, "c.html")


def test_future_published_date_warns_and_keeps_the_article(cluster: Path) -> None:
    future = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    (cluster / "c.txt").write_text(
        f"Source: Lakeside Tribune\nPublished: {future.isoformat()}\n\n{BODY3}"
    )
    assert "is in the future; check the date" in only_problem(cluster, "c.txt", severity="warning")
    art = load_inputs([cluster]).clusters["visit"][2]
    assert art.published == future and any("future" in w for w in art.warnings)


def test_tomorrow_is_not_in_the_future(cluster: Path) -> None:
    soon = datetime.now(UTC) + timedelta(hours=20)
    (cluster / "c.txt").write_text(
        f"Source: Lakeside Tribune\nPublished: {soon.isoformat()}\n\n{BODY3}"
    )
    assert [a.source for a in load_inputs([cluster]).clusters["visit"]][2] == "Lakeside Tribune"
    assert load_inputs([cluster]).problems == []


def test_missing_date_warns_and_is_never_guessed(cluster: Path) -> None:
    (cluster / "c.txt").write_text(
        f"Source: Lakeside Tribune\n\nOn Tuesday, June 18, officials spoke. {BODY3}"
    )
    assert "no publication date found" in only_problem(cluster, "c.txt", severity="warning")
    assert load_inputs([cluster]).clusters["visit"][2].published is None


def test_unparseable_date_warns(cluster: Path) -> None:
    (cluster / "c.txt").write_text(f"Source: Lakeside Tribune\nPublished: last Tuesday\n\n{BODY3}")
    msg = only_problem(cluster, "c.txt", severity="warning")
    assert "'last Tuesday' is not an ISO 8601 date" in msg


def test_non_english_text_is_skipped(cluster: Path) -> None:
    german = (
        "Der russische Präsident Wladimir Putin ist am frühen Mittwochmorgen in Pjöngjang eingetroffen. "
        "Es ist sein erster Besuch in Nordkorea seit 24 Jahren. Beide Staatschefs unterzeichneten ein "
        "Abkommen über gegenseitigen Beistand im Falle eines Angriffs auf eines der beiden Länder.\n"
    )
    (cluster / "c.txt").write_text(HEADER.format(source="Berliner Blatt") + german)
    msg = only_problem(cluster, "c.txt")
    assert "does not look like English" in msg and "translate it or leave it out" in msg


def test_one_article_cluster_is_a_problem(tmp_path: Path) -> None:
    d = tmp_path / "lonely"
    d.mkdir()
    (d / "a.txt").write_text(HEADER.format(source="Harbor Gazette") + BODY)
    loaded = load_inputs([d])
    assert len(loaded.clusters["lonely"]) == 1
    (p,) = loaded.problems
    assert str(p) == (
        f"{d / 'a.txt'}: cluster 'lonely' has only one article: nothing to compare"
        " — add at least one more article about the same story"
    )


def test_duplicate_text_keeps_the_first(cluster: Path) -> None:
    (cluster / "c-copy.txt").write_text(
        HEADER.format(source="Copy Desk") + "  " + BODY.replace(" ", "  ")
    )
    msg = only_problem(cluster, "c-copy.txt")
    assert f"duplicate of {cluster / 'a-good.txt'} (same text)" in msg


def test_duplicate_id_in_jsonl_keeps_the_first(tmp_path: Path) -> None:
    f = tmp_path / "visit.jsonl"
    when = "2024-06-19T09:30:00+09:00"
    rows = [{"id": "1", "source": "A", "text": BODY, "published": when},
            {"id": "2", "source": "B", "text": BODY2, "published": when},
            {"id": "1", "source": "C", "text": BODY3, "published": when}]  # fmt: skip
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    loaded = load_inputs([f])
    assert [a.source for a in loaded.clusters["visit"]] == ["A", "B"]
    (p,) = loaded.problems
    assert str(p).startswith(f"{f}:3: duplicate of {f}:1 (same id)")


def test_unsupported_file_given_directly(tmp_path: Path) -> None:
    f = tmp_path / "notes.docx"
    f.write_bytes(b"PK\x03\x04")
    loaded = load_inputs([f])
    assert loaded.clusters == {}
    assert "unsupported file type .docx — use .txt, .md, .html, .htm or .jsonl" in str(
        loaded.problems[0]
    )


def test_read_error_is_a_problem_not_a_traceback(
    cluster: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = cluster / "c.txt"
    bad.write_text(HEADER.format(source="Lakeside Tribune") + BODY3)
    read = Path.read_bytes

    def failing(self: Path) -> bytes:
        if self == bad:
            raise PermissionError(13, "Permission denied")
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    assert "cannot read the file (Permission denied) — check its permissions" in only_problem(
        cluster, "c.txt"
    )
