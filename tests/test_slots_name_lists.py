"""Lists of named people with their ages (thirty-first session): "Marcus Hill, 22," is a
person's name whatever the NER took it for (the small model tags some names as places or
buildings), so a list of names with ages adds up to a total that other outlets' counts can
meet. Sentences are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import extract_slots

MON = datetime(2016, 5, 2, 12, 0)


def _totals(text: str) -> list[tuple[float, str | None]]:
    return sorted(
        (s.value, s.role)
        for s in extract_slots(text, MON)
        if s.kind == "quantity" and (s.note or "").startswith("total of")
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Hill" and "Bolden" are not PERSON to the small NER; their ages say they are people
        (
            "David Lee, 19, Marcus Hill, 22, and Tina Ray, 20, were killed in the shooting.",
            [(3, "killed")],
        ),
        (
            "The gunman opened fire, killing Jacinta Walker, 18, and Aveion Bolden, 20.",
            [(2, "killed")],
        ),
        (
            "The shooting killed Andre Cole, 31, Lisa Cole, 29, and Jamal Cole, 7.",
            [(3, "killed")],
        ),
        ("John Smith, 25, Mary Jones, 30, and Bill Poe, 40, were wounded.", [(3, "injured")]),
    ],
)
def test_named_people_with_ages_add_up(text, expected):
    assert _totals(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the same people named again: no more than the count
        ("Two people, a man and a woman, were killed.", []),
        ("Two men, Jose Perez and Luis Ortiz, were wounded.", []),
        # a street number or a unit is no age
        ("Police closed Route 9, 40 miles north of the city.", []),
    ],
)
def test_no_total_where_the_names_are_the_counted(text, expected):
    assert _totals(text) == expected


def test_an_age_makes_no_place_a_person():
    # "Chicago, 60614": a number beside a name is an age only up to a person's years
    slots = extract_slots("Two men were shot in Chicago, 60614, on Sunday.", MON)
    assert not any((s.note or "").startswith("total of") for s in slots)


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the second charge on "charged" as its conjunct: a harm word, yet
        # the two charged are the suspects
        "Norris Greene Jr., 32, and Derek Stamford, 23, were charged with second-degree murder "
        "and attempted second-degree murder.",
        "Tom Lake was arrested and charged with murder.",
    ],
)
def test_the_charged_are_not_the_harmed(text):
    slots = extract_slots(text, MON)
    assert not any(s.kind == "quantity" and s.role in ("killed", "injured") for s in slots)
