"""A small hand-built Report for renderer and store tests (no models involved)."""

from datetime import datetime, timedelta, timezone

from factcheck.schema import Article, ClaimGroup, Finding, NliScores, Report, RunStats, Statement

UTC = timezone.utc
MSK = timezone(timedelta(hours=3))


def make_report(extra_text: str = "") -> Report:
    a_text = "Putin arrived in Pyongyang late on Tuesday. The talks lasted two hours." + extra_text
    b_text = "Putin landed in Pyongyang on Wednesday morning, local time. <script>alert(1)</script> The talks took two hours."
    arts = (
        Article(id="A", source="Eastern Wire", title="Putin lands", text=a_text,
                published=datetime(2024, 6, 19, 1, 0, tzinfo=MSK)),
        Article(id="B", source="Harbor Gazette", title="Visit *begins*", text=b_text,
                published=datetime(2024, 6, 19, 9, 0, tzinfo=UTC)),
    )
    s = (
        Statement(id=Statement.make_id("Eastern Wire", a_text[:43]), article_id="A", index=0, start=0, end=43, text=a_text[:43]),
        Statement(id=Statement.make_id("Harbor Gazette", b_text[:59]), article_id="B", index=0, start=0, end=59, text=b_text[:59]),
        Statement(id=Statement.make_id("Eastern Wire", a_text[44:72]), article_id="A", index=1, start=44, end=72, text=a_text[44:72]),
        Statement(id=Statement.make_id("Harbor Gazette", "<script>alert(1)</script> The talks took two hours."),
                  article_id="B", index=1, start=60, end=len(b_text), text=b_text[60:], speaker="<b>officials</b>"),
    )
    conflict = Finding(
        id=Finding.make_id(s[0].id, s[1].id), kind="conflict", conflict_type="date", confidence=0.91,
        statement_a=s[0].id, statement_b=s[1].id, similarity=0.88,
        nli_ab=NliScores(0.1, 0.3, 0.6), nli_ba=NliScores(0.1, 0.4, 0.5),
        reasons=("date: Tue 18 Jun 2024 (late) vs Wed 19 Jun 2024 (morning, local time)",),
        diff_a=((27, 42),), diff_b=((28, 58),), group_id="g1",
    )
    agree = Finding(
        id=Finding.make_id(s[2].id, s[3].id), kind="agree", conflict_type=None, confidence=0.8,
        statement_a=s[2].id, statement_b=s[3].id, similarity=0.8,
        nli_ab=NliScores(0.8, 0.1, 0.1), nli_ba=NliScores(0.7, 0.2, 0.1),
        reasons=("NLI entailment: A→B 0.80, B→A 0.70",), group_id="g2",
    )
    return Report(
        cluster_id="putin-visit", articles=arts, statements=s, slots={s[0].id: ({"kind": "date", "text": "late on Tuesday"},)},
        findings=(conflict, agree),
        groups=(ClaimGroup(id="g1", statement_ids=(s[0].id, s[1].id), stances={"Eastern Wire": "conflict", "Harbor Gazette": "conflict"}),),
        stats=RunStats(articles=2, articles_skipped=0, statements=4, all_pairs=4, pairs_judged=2, conflicts=1, agreements=1,
                       seconds_per_stage={"segment": 0.1}, models={"embedder": "e", "nli": "n"}),
        config_digest="abc", created="2024-06-20T00:00:00+00:00",
    )
