"""Counts from the last GVA articles no session had read (the twenty-seventh session's dev
half): one person told with a gunshot wound of their own but no verb of shooting: hit, as "a
man was shot", or killed by a fatal wound. Sentences are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import extract_slots

SUN = datetime(2016, 5, 1, 12, 0)


def _people(text: str) -> list[tuple[str, float, str | None]]:
    return [
        (s.text, s.value, s.role)
        for s in extract_slots(text, SUN)
        if s.kind == "quantity" and s.role in ("killed", "injured", "shot")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers found a man with a gunshot wound in the alley.", ("man", 1, "shot")),
        ("A woman with a fatal gunshot wound was found on the porch.", ("woman", 1, "killed")),
        ("A man suffered a fatal gunshot wound on Elm Street.", ("man", 1, "killed")),
        # as before: alone, one person hit; in a list, the injured
        ("A 3-year-old boy suffered a gunshot wound to the leg.", ("boy", 1, "shot")),
    ],
)
def test_one_person_with_a_wound_of_their_own(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man with a gun robbed the store.",
        "A woman with a broken arm was taken to the hospital.",
        "A man suffered a heart attack at the scene.",
        "A man suffered a stab wound to the back.",
        "A woman suffered no gunshot wounds, police said.",
        "A child suffered minor injuries in the crash.",
        "A man with a knife wound was found in the alley.",
        "Officers found a man with an apparent self-inflicted gunshot wound.",
    ],
)
def test_no_harm_by_gunfire_no_count(text):
    assert _people(text) == []
