"""Property tests: extraction and comparison never raise on arbitrary text, and spans are exact."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.slots import compare_slots, extract_article_slots
from factcheck.slots.dates import Context, resolve
from factcheck.slots.quantities import parse_figure

WORDS = [
    "Tuesday", "late", "early", "morning", "night", "overnight", "3:15", "a.m.", "p.m.", "ET",
    "GMT", "+09:00", "local", "time", "June", "18-19", "2024-06-18", "6/18", "last", "next",
    "September", "ago", "two", "days", "about", "nearly", "more", "than", "6,700", "$50",
    "billion", "12", "million", "euros", "%", "people", "killed", "injured", "were", "was",
    "will", "visit", "the", "day", "Kim", "Putin", "Pyongyang", "in", "on", "since", "2000",
    "first", "24", "years", "hundreds", "of", "mm", "shells", "tonnes", "(", ")", ",", ".",
    "—", "0", "99999999999999999999", "-1", "1e308", "May", "may", "the next day", "tonight",
]  # fmt: skip
news_like = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25).map(" ".join)
anything = st.text(max_size=200)
published = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2098, 12, 31)),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2098, 12, 31)).map(
        lambda d: d.replace(tzinfo=timezone(timedelta(hours=9)))
    ),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.one_of(news_like, anything), min_size=1, max_size=4), published)
def test_extraction_never_raises_and_spans_are_exact(sentences, pub):
    out = extract_article_slots(sentences, pub)
    assert len(out) == len(sentences)
    for sent, slots in zip(sentences, out, strict=True):
        for s in slots:
            assert sent[s.start : s.end] == s.text
            json.dumps(s.to_dict())
            if pub is None and s.kind in ("date", "time") and not s.resolved:
                assert s.value_start is None


@SETTINGS
@given(news_like, news_like, published, published)
def test_comparison_never_raises(a, b, pa, pb):
    sa = extract_article_slots([a], pa)[0]
    sb = extract_article_slots([b], pb)[0]
    for c in compare_slots(sa, sb):
        assert c.status in ("agree", "conflict", "zone_conflict", "unrelated")
        assert c.kind in ("date", "time", "number", "entity")
        json.dumps(c.to_dict())


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_like, anything), published, st.sampled_from(["past", "future", None]))
# offsets past the calendar's years (found by hypothesis)
@example("99999999999999999999 years ago", datetime(2000, 1, 1), "past")
@example("5000 years ago", datetime(2000, 1, 1), "past")
@example("99999999999999999999 days ago", datetime(2000, 1, 1), "past")
@example("9999 years from now", datetime(2000, 1, 1), "future")
def test_resolver_and_figure_parser_never_raise(text, pub, tense):
    v = resolve(text, Context(published=pub, tense=tense))
    if v is not None and v.start is not None and v.end is not None:
        assert v.start < v.end
    f = parse_figure(text)
    if f is not None:
        assert f.low <= f.high
