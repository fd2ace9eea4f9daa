"""Title-case headlines (thirtieth session): the small spaCy model parses "Four Shot Overnight
in Wilmington" as a name, so the engine read no count from about two in five such lines that
tell of a harm. Their counts of the hurt and the dead are now read from the line re-cased as a
sentence; the line's other slots (dates, names, other figures) are read as before. Sentences
are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import extract_article_slots, extract_slots

MON = datetime(2016, 5, 2, 12, 0)


def _counts(text: str) -> list[tuple[float, str | None]]:
    return [
        (s.value, s.role)
        for s in extract_slots(text, MON)
        if s.kind == "quantity" and s.unit is None and s.role not in (None, "age")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Four Shot Overnight In Wilmington", [(4, "shot")]),
        ("Two Teens Shot Near Harbor High School", [(2, "shot")]),
        ("Teen Killed, Five Others Injured In Austin Shooting", [(1, "killed"), (5, "injured")]),
        ("Police: 2 Dead, 3 Hurt In Shooting At Party", [(2, "killed"), (3, "injured")]),
        ("Two Killed, Three Hurt In Shooting At Houston Party", [(2, "killed"), (3, "injured")]),
        ("Woman Dies After Being Shot In Eastside Home", [(1, "killed")]),
    ],
)
def test_title_case_headline_counts(text, expected):
    assert sorted(_counts(text)) == sorted(expected)


def test_a_harm_word_is_no_name():
    # the NER calls "Man Shot" a person: "Shot" is not one person by name
    slots = extract_slots("Man Shot, Killed In Northeast Philadelphia", MON)
    assert not any(s.kind == "quantity" and s.text == "Shot" for s in slots)
    assert any(s.kind == "quantity" and s.text == "Man" and s.value == 1 for s in slots)


def test_the_lines_other_slots_stay():
    slots = extract_slots("Man Shot Sunday In Bronx", MON)
    day = next(s for s in slots if s.kind == "date")
    assert day.text == "Sunday" and day.value_start == datetime(2016, 5, 1)
    assert (1, "shot") in _counts("Man Shot Sunday In Bronx")


def test_a_roundup_title_stays_a_roundup():
    slots = extract_slots("8 Dead, 27 Wounded In Weekend Shootings Across Chicago", MON)
    counts = [s for s in slots if s.kind == "quantity" and s.role in ("killed", "injured")]
    assert {(s.value, s.role) for s in counts} == {(8, "killed"), (27, "injured")}
    assert all(s.aggregate for s in counts)  # many shootings: not compared with one


def test_spans_are_the_lines_own_words():
    line = "Teen Killed, Five Others Injured In Austin Shooting"
    for s in extract_article_slots([line], MON)[0]:
        assert line[s.start : s.end] == s.text


def test_sentence_case_lines_are_read_as_before():
    # not title case: one parse, as always
    assert (3, "injured") in _counts("Three people were injured in a shooting Sunday night.")
