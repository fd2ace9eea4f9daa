"""Boilerplate removal: table-driven over real-looking lines, plus offset properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.clean import body_spans, is_boilerplate_line


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in body_spans(text)]


PROSE = "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday, local time."


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Asia | Politics",
        "By Mira Okafor and Daniel Reyes | Harbor Gazette",
        "Written by Tomasz Brandt",
        "Leave a comment",
        "Leave a reply",
        "12 comments",
        "You must be logged in to post a comment.",
        "Share on Facebook | X | Email",
        "Share this article",
        "Subscribe to our daily newsletter",
        "See also: How sanctions shaped the North Korean economy",
        "Read more: Timeline of Russia's ties with North Korea.",
        "https://cdn.example.com/img/2024/06/putin-airport.jpg",
        "cdn.example.com/putin.png",
        "![Putin and Kim](https://cdn.example.com/a.png)",
        "[How other cities regulate scooters](https://example.com/x)",
        "Photo: Harbor Gazette / Staff photographer",
        "Photo credit: Pacific Ledger archive",
        "(AP Photo/Ahn Young-joon) Putin and Kim shake hands at the guest house.",
        "(Regional Post Photo/Lina Berg) Smoke rises over the factory.",
        "Tags: Russia, North Korea",
        "Copyright 2024 Eastern Wire. All rights reserved.",
        "Advertisement",
        "Caption Ferry delayed by fog A ferry waited two hours at the pier in Portsmouth.",
        "Image 7 of 40 Reporters line the street where the ferry docked on Sunday, Aug. 9.",
        "Photo 3/12 Smoke rises over the factory.",
    ],
)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    text = f"{PROSE}\n{line}\n{PROSE}\n"
    assert kept(text) == [PROSE, PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in Seoul fell 2% on the news.",
        "By Wednesday morning, the convoy had reached the square.",
        "Latest figures show 2,000 homes were evacuated.",
        "Homeland security officials said the border stayed open.",
        "The talks lasted two hours, the Kremlin said.",
        "Captions on the footage were added by the ministry.",
        "Image 7 of the report shows the convoy at the border.",
        "Image 2 of 3 in the court filing shows the defendant outside the bank.",
        "Photo 12 of 2023's top images shows the flood.",
        "Slide 4/5 of the presentation listed the layoffs.",
    ],
)
def test_prose_that_starts_like_boilerplate_is_kept(line: str) -> None:
    assert kept(line + "\n") == [line]
    assert not is_boilerplate_line(line)


def test_related_list_after_header_is_dropped_to_the_blank_line() -> None:
    text = (
        f"{PROSE}\n\nRelated\nKim Jong Un tours Russian space centre\nSeoul summons envoy.\n\n"
        "The pact was signed on Wednesday afternoon.\n"
    )
    assert kept(text) == [PROSE, "The pact was signed on Wednesday afternoon."]


def test_headline_lines_without_sentence_end_are_dropped() -> None:
    text = f"Putin lands in Pyongyang\n\n{PROSE}\nTrending\nHeatwave grips southern Europe\n"
    assert kept(text) == [PROSE]


def test_hard_wrapped_paragraph_is_one_span_with_exact_offsets() -> None:
    text = "Intro\n\nPutin arrived in Pyongyang early on Wednesday, local time,\nfor talks with Kim Jong Un.\n"
    spans = body_spans(text)
    assert len(spans) == 1
    s, e = spans[0]
    assert (
        text[s:e]
        == "Putin arrived in Pyongyang early on Wednesday, local time,\nfor talks with Kim Jong Un."
    )


def test_dangling_wrapped_line_without_sentence_end_is_dropped() -> None:
    assert kept("Seoul summons Russian ambassador over the\n") == []


def test_crlf_line_endings() -> None:
    text = f"Leave a comment\r\n{PROSE}\r\nShare this article\r\n"
    assert kept(text) == [PROSE]


_PIECES = [
    *"ab .?|:/\n\r\t()",
    "By ",
    "Photo",
    "http://x",
    "Leave a comment",
    "Related",
    "The end.",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_spans_are_ordered_disjoint_stripped_and_in_bounds(text: str) -> None:
    prev_end = 0
    for s, e in body_spans(text):
        assert prev_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev_end = e
