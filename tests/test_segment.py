"""Segmentation with the real spaCy pipeline: offsets, filters, speakers, and the planted facts
of every bundled cluster surviving (and boilerplate not)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.clean import body_spans
from factcheck.config import SegmentConfig
from factcheck.ingest import load_inputs
from factcheck.schema import Article, Statement
from factcheck.segment import segment_articles

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = [
    ROOT / "examples" / "putin-pyongyang",
    *sorted((ROOT / "tests" / "data" / "clusters").iterdir()),
]


def article(text: str, source: str = "Harbor Gazette") -> Article:
    return Article(
        id="a1", source=source, title="t", text=text, published=None, body_spans=body_spans(text)
    )


def texts(text: str, config: SegmentConfig | None = None) -> list[str]:
    return [s.text for s in segment_articles([article(text)], config or SegmentConfig())]


@pytest.fixture(scope="module")
def segmented() -> dict[str, tuple[list[Article], list[Statement]]]:
    out = {}
    for d in CLUSTERS:
        loaded = load_inputs([d])
        ((_, arts),) = loaded.clusters.items()
        out[d.name] = (arts, segment_articles(arts, SegmentConfig()))
    return out


def test_offsets_index_the_article_text_exactly(segmented) -> None:
    for arts, stmts in segmented.values():
        by_id = {a.id: a for a in arts}
        assert stmts
        for s in stmts:
            a = by_id[s.article_id]
            assert a.text[s.start : s.end] == s.text
            assert any(bs <= s.start and s.end <= be for bs, be in a.body_spans)
            assert s.id == Statement.make_id(a.source, s.text)
        for a in arts:
            idx = [s.index for s in stmts if s.article_id == a.id]
            assert idx == list(range(len(idx)))


@pytest.mark.parametrize("cluster", [d.name for d in CLUSTERS])
def test_planted_facts_survive_and_boilerplate_does_not(segmented, cluster: str) -> None:
    arts, stmts = segmented[cluster]
    source = {a.id: a.source for a in arts}
    d = next(d for d in CLUSTERS if d.name == cluster)
    expected = json.loads((d / "expected.json").read_text())
    items = expected["conflicts"] + expected["agreements"] + expected["updates"]
    assert items
    for item in items:
        for side in ("a", "b"):
            hits = [s for s in stmts if item[side] in s.text]
            assert len(hits) == 1, (item[side], [h.text for h in hits])
            assert source[hits[0].article_id] == item[f"{side}_source"]
    for junk in expected["boilerplate"]:
        assert not [s.text for s in stmts if junk.casefold() in s.text.casefold()], junk


def test_wrapped_sentence_is_one_statement_with_its_newline() -> None:
    text = (
        "Putin arrived in Pyongyang early on Wednesday, local time,\nfor talks with Kim Jong Un.\n"
    )
    assert texts(text) == [text.strip()]


@pytest.mark.parametrize(
    ("text", "config"),
    [
        ("Putin arrived.", SegmentConfig()),  # fragment: under min_words
        ("Will the new pact change the balance of power in Asia?", SegmentConfig()),
        ("PUTIN AND KIM SIGN A MUTUAL DEFENCE PACT IN PYONGYANG.", SegmentConfig()),
        ("A historic day for the two countries and their leaders.", SegmentConfig()),  # no verb
        (
            "Putin and Kim signed a pact committing each country to help the other.",
            SegmentConfig(max_words=8),
        ),
    ],
)
def test_non_claims_are_dropped(text: str, config: SegmentConfig) -> None:
    assert texts(text + "\n", config) == []


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's contact or credit line, sharing a paragraph with prose
        "Reach him at 724-555-0100 or jdoe@example.com.",
        "She can be reached at 412-555-0199 or asmith@example.com.",
        "Associated Press writer Jane Doe in Phoenix contributed to this report.",
        "Megan Lee and Tom Ford contributed.",
        "Anyone with information is asked to email tips@example.org, police said.",
        # a byline and a social-media line (two outlets' writers read as a contradiction)
        "Follow him on Twitter @jdoe_news.",
        "Jane Doe is a Tribune-Review staff writer.",
        "Tom Ford is a staff writer for the Daily Herald.",
    ],
)
def test_credit_and_contact_lines_are_dropped(text: str) -> None:
    assert texts(f"Police said the man was shot twice on Main Street. {text}\n") == [
        "Police said the man was shot twice on Main Street."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the fire contributed to the deaths of two residents.",
        "Officials said the heat contributed.",
        "The family can be reached by the church through its pastor, the mayor said.",
        "John Smith is a former reporter who was shot on Tuesday.",
        "Police said they follow him on Twitter.",
    ],
)
def test_prose_that_looks_like_a_credit_line_is_kept(text: str) -> None:
    assert texts(text + "\n") == [text]


def test_questions_kept_when_configured() -> None:
    q = "Will the new pact change the balance of power in Asia?"
    assert texts(q, SegmentConfig(drop_questions=False)) == [q]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("North Korea has not supplied Russia with any weapons, the Kremlin said.", "the Kremlin"),
        (
            "Kremlin spokesman Dmitry Peskov said that the talks would last two days.",
            "Kremlin spokesman Dmitry Peskov",
        ),
        (
            "According to South Korean intelligence, 6,700 containers were shipped.",
            "South Korean intelligence",
        ),
        ("Officials who asked not to be named said the pact covers mutual defence.", "Officials"),
        ("He said the visit was historic and would be repeated.", None),
        ("Kim greeted Putin at the airport with an honour guard.", None),
    ],
)
def test_speaker(sentence: str, speaker: str | None) -> None:
    (stmt,) = segment_articles([article(sentence)], SegmentConfig())
    assert stmt.text == sentence
    assert stmt.speaker == speaker


def test_progress_bar_does_not_change_the_result(capsys) -> None:
    text = "Kim greeted Putin at the airport with an honour guard. The two leaders then held talks."
    a = [article(text)]
    assert segment_articles(a, SegmentConfig(), progress=True) == segment_articles(
        a, SegmentConfig()
    )
    assert "segment" in capsys.readouterr().err
