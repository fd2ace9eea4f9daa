"""Restatements the slot engine must not flag, and the conflicts it must keep: house numbers,
year spans, counts written as ranges or as "more", ages told of other people, a death after
the attack, days of a naming or of what was unknown, and names spelt another way. Each case is
a phrasing of local news written for this file."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import compare_slots, extract_slots
from factcheck.slots.entities import names_match, normalize_name
from factcheck.slots.extract import MORE_HEDGE
from factcheck.slots.scope import is_aggregate

SUN = datetime(2015, 9, 20, 9, 0)  # a Sunday
THU = datetime(2016, 12, 22, 9, 0)  # a Thursday


def _kinds(sentence: str, published: datetime = SUN) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in extract_slots(sentence, published) if s.kind != "entity"]


def _statuses(a: str, b: str, published: datetime = SUN, kind: str | None = None) -> set[str]:
    out = compare_slots(extract_slots(a, published), extract_slots(b, published))
    return {c.status for c in out if kind is None or c.kind == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses said the gunman fired into the crowd outside the club at 1910 S. Pine Ave.",
        "Hundreds had gathered at the playground at 1903 Desire St. for a party.",
        "Officers found the victims at a home at 639 N. Main Street (1990 West) on Friday.",
    ],
)
def test_a_house_number_is_no_year(sentence):
    assert not [t for k, t in _kinds(sentence) if k == "date" and t[:2] in ("19", "20")]


def test_a_year_after_in_is_still_a_year():
    assert ("date", "2007") in _kinds("In 2007, Allen was arrested on a robbery charge.")


@pytest.mark.parametrize("text", ["from 2003 to 2007", "2003-2007"])
def test_a_span_of_years_is_one_interval(text):
    (slot,) = [s for s in extract_slots(f"He worked at the jail {text}.", SUN) if s.kind == "date"]
    assert (slot.value_start.year, slot.value_end.year) == (2003, 2008)
    assert _statuses(
        f"He worked at the county jail {text}.", "He left the county jail in 2007.", kind="date"
    ) != {"conflict"}


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("More than two-dozen shots were fired in the parking lot.", 24, float("inf")),
        ("A neighbor heard 8 or 9 shots from her living room.", 8, 9),
        ("Two or three men were wounded in the gunfire.", 2, 3),
    ],
)
def test_a_hyphenated_dozen_and_alternatives_are_one_figure(sentence, low, high):
    figures = [s for s in extract_slots(sentence, SUN) if s.kind == "quantity"]
    assert [
        (round(f.low), f.high if f.high == float("inf") else round(f.high)) for f in figures
    ] == [(low, high)]


def test_nine_shots_agree_with_eight_or_nine():
    a = "A neighbor heard nine shots in all, she said."
    b = "She heard 8 or 9 shots from her living room."
    assert _statuses(a, b, kind="number") == {"agree"}


def test_a_block_address_is_no_count():
    sentence = (
        "Police responded to the 1400 block of Elm Street, about four blocks south of the park."
    )
    assert [s.value for s in extract_slots(sentence, SUN) if s.kind == "quantity"] == [4]


def test_more_people_are_a_part_of_the_toll():
    (more,) = [
        s
        for s in extract_slots("He shot his girlfriend, then killed three more people.", SUN)
        if s.kind == "quantity" and not s.implicit
    ]
    assert (more.low, more.high, more.hedge) == (3, float("inf"), MORE_HEDGE)
    whole = "Four people were killed by the gunman on Sunday night."
    assert _statuses(
        whole, "The gunman shot his girlfriend, then killed three more people.", kind="number"
    ) != {"conflict"}
    # more besides those told, yet more than the whole: still a conflict
    assert "conflict" in _statuses(
        "Two people were killed by the gunman.",
        "The gunman then killed three more people.",
        kind="number",
    )


def test_ages_told_of_other_people_are_not_a_conflict():
    a = "A 16-year-old boy is dead and his 18-year-old brother is in custody."
    b = "An 18-year-old man is being held after the fatal shooting of his 16-year-old brother."
    assert "conflict" not in _statuses(a, b, kind="number")


def test_a_different_age_of_the_same_girl_is_a_conflict():
    a = "A 46-year-old man killed a 47-year-old woman and a 12-year-old girl."
    b = "A 47-year-old woman and an 11-year-old girl were found in the yard."
    assert "conflict" in _statuses(a, b, kind="number")


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # died in the small hours after the night of the attack: one night
        (
            "Five officers were killed Thursday night.",
            "The fifth officer died at 1:45 a.m. Friday.",
            "unrelated",
        ),
        # wounded, died two days later
        ("The boy was shot Monday night.", "The boy was pronounced dead Wednesday.", "unrelated"),
        # died before the shooting: no reading explains it
        ("The man was shot Saturday night.", "The man died Thursday.", "conflict"),
    ],
)
def test_a_death_after_the_attack_is_not_its_date(a, b, status):
    assert _statuses(a, b, kind="date") | _statuses(a, b, kind="time") == {status}


def test_the_day_of_a_named_event_is_past():
    sentence = "Police say a boy is dead after what they are calling an accidental shooting on Wednesday afternoon."
    (day,) = [s for s in extract_slots(sentence, THU) if s.kind == "time"]
    assert day.value_start.date().isoformat() == "2016-12-21"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday police remained unclear about a motive for the shooting.",
        "Police were unsure Saturday whether the family was related to the boy.",
    ],
)
def test_a_day_when_something_was_unknown_is_a_report_date(sentence):
    (day,) = [s for s in extract_slots(sentence, SUN) if s.kind == "date"]
    assert day.role == "report"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("St. Mary's Hospital", "Saint Mary's Hospital"),
        ("Mt. Sinai Hospital", "Mount Sinai Hospital"),
        ("Sulky Ct.", "Sulky Court"),
    ],
)
def test_abbreviated_place_names_are_one_name(a, b):
    assert normalize_name(a, "FAC") == normalize_name(b, "FAC")


def test_only_a_last_word_is_a_street_suffix():
    assert (
        normalize_name("Dr. Martin Luther King Jr. Dr.", "FAC") == "dr martin luther king jr drive"
    )


@pytest.mark.parametrize(
    ("a", "b", "cls", "same"),
    [
        ("sir phillip drive", "sir philip drive", "place", True),
        ("jan thompson", "jan thomson", "person", True),
        ("mary smith", "mark smith", "person", False),  # a family: two people
        ("elm street", "oak street", "place", False),
    ],
)
def test_a_name_spelt_a_letter_apart(a, b, cls, same):
    assert bool(names_match(a, b, cls)) is same


@pytest.mark.parametrize(
    ("sentence", "aggregate"),
    [
        (("Within a span of four hours, five people were dead in a string of separate, "
          "apparently unrelated shootings in the city."), True),
        ("Over a period of three days, 12 people were shot across the county.", True),
        ("Three people were shot outside the club early Sunday.", False),
    ],
)  # fmt: skip
def test_a_string_of_shootings_or_a_span_of_hours_totals_several(sentence, aggregate):
    assert is_aggregate(sentence) is aggregate


def test_a_list_of_one_kind_of_people_totals_that_kind():
    a = "One transit officer and four city police officers were killed."
    assert _statuses(a, "The gunman killed five police officers.", kind="number") == {"agree"}
    assert "conflict" in _statuses(a, "The gunman killed six police officers.", kind="number")


@pytest.mark.parametrize(
    ("a", "pa", "b", "pb", "status"),
    [
        # a year guessed from a late stamp: the written day is the same
        ("Police were called to the shooting early on April 28, 2013.", datetime(2013, 4, 29),
         "Police were called to the shooting around 3 a.m. on April 28.", datetime(2017, 1, 28),
         "agree"),
        ("It was the deadliest day since the Sept. 11, 2001, attacks.", datetime(2016, 7, 8),
         "It was the deadliest day since the Sept. 11 attacks.", datetime(2016, 7, 8), "agree"),
        # another day of the same month stays a conflict
        ("The shooting happened on April 28.", datetime(2013, 4, 29),
         "The shooting happened on April 27.", datetime(2013, 4, 29), "conflict"),
    ],
)  # fmt: skip
def test_a_guessed_year_takes_the_written_one(a, pa, b, pb, status):
    out = compare_slots(extract_slots(a, pa), extract_slots(b, pb))
    assert {c.status for c in out if c.kind in ("date", "time")} == {status}


@pytest.mark.parametrize(
    ("a", "pa", "b", "pb"),
    [
        ("He was arrested Tuesday by a fugitive task force.", datetime(2016, 1, 12),
         "Court records show charges were dismissed Tuesday against him.", datetime(2016, 1, 26)),
        ("The homicide charge was filed against Thomas on Tuesday.", datetime(2016, 7, 27),
         "The girl was struck in the head July 17 when he fired at the porch.", datetime(2016, 8, 11)),
        ("The child was pronounced dead at the medical center today just after noon.",
         datetime(2016, 7, 13), "The child underwent emergency surgery on Tuesday morning.",
         datetime(2016, 7, 13)),
        ("Charges against Brown were pending late Saturday morning.", datetime(2013, 3, 23),
         "Prosecutors consented to his release on Friday.", datetime(2013, 3, 30)),
    ],
)  # fmt: skip
def test_later_steps_and_care_have_days_of_their_own(a, pa, b, pb):
    out = compare_slots(extract_slots(a, pa), extract_slots(b, pb))
    assert "conflict" not in {c.status for c in out if c.kind in ("date", "time")}


def test_the_same_later_step_on_two_days_is_a_conflict():
    a, b = "The man was arrested Tuesday.", "The man was arrested Wednesday."
    assert _statuses(a, b, THU, kind="date") == {"conflict"}


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("In total, six people were shot, including the one man killed.",
         "The conditions of the five others who were shot are not known yet.", False),
        ("In total, five people were shot, including the one man killed.",
         "The conditions of the five others who were shot are not known yet.", True),
        # others on both sides compare as usual
        ("Seven other officers were wounded.", "Nine other officers were injured Thursday.", True),
    ],
)  # fmt: skip
def test_the_others_shot_are_all_but_the_one_told_first(a, b, conflict):
    assert ("conflict" in _statuses(a, b, kind="number")) is conflict


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunman killed three officers and injured three more before he was shot.",
        "The gunfire injured another four teenagers.",
        "One person was killed and another two, including a baby, were hospitalized.",
    ],
)
def test_more_after_another_harm_or_its_own_verb_is_a_plain_count(sentence):
    assert not [s for s in extract_slots(sentence, SUN) if s.hedge == MORE_HEDGE]


def test_more_wounded_after_a_shooting_death_are_all_the_wounded():
    sentence = "Two people were shot and killed, and another two were wounded."
    assert not [s for s in extract_slots(sentence, SUN) if s.hedge == MORE_HEDGE]


def test_a_month_of_a_year_is_that_year():
    (day,) = [
        s
        for s in extract_slots(
            "The murders happened at a home in June of 2015.", datetime(2017, 1, 19)
        )
        if s.kind == "date"
    ]
    assert (day.value_start.year, day.value_start.month) == (2015, 6)


def test_a_month_with_a_guessed_year_takes_the_days_year():
    a = ("In August police arrested him in Atlanta.", datetime(2016, 10, 26))
    b = ("He fled and was arrested in Atlanta on Aug. 3.", datetime(2016, 7, 31))
    out = compare_slots(extract_slots(*a), extract_slots(*b))
    assert {c.status for c in out if c.kind == "date"} == {"agree"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hicks remained on life support late Thursday night after he was accidentally shot.",
        "She and another officer were both in stable condition Saturday at the medical center.",
        "David was in the county jail Saturday under a $500,000 bond.",
    ],
)
def test_how_things_stood_on_a_day_is_a_report_date(sentence):
    days = [s for s in extract_slots(sentence, SUN) if s.kind in ("date", "time")]
    assert days and all(s.role == "report" for s in days)


def test_being_taken_into_custody_is_an_event():
    (day,) = [
        s for s in extract_slots("He was taken into custody Saturday.", SUN) if s.kind == "date"
    ]
    assert day.role != "report"


def test_a_block_number_at_the_end_is_an_address():
    assert not [
        s
        for s in extract_slots("The man was shot Saturday in the 1400 block.", SUN)
        if s.kind == "quantity"
    ]


def test_the_small_hours_are_morning():
    a = "An arrest was made in the shooting downtown on Sunday morning that killed one."
    b = "Multiple shots were fired just after 2 a.m. Sunday in downtown Austin."
    assert "conflict" not in _statuses(a, b, kind="time") | _statuses(a, b, kind="date")


@pytest.mark.parametrize(
    ("a", "b", "one_event"),
    [
        ("Police responded to the call about 9 p.m. Monday.", "A call about the shooting was placed Sunday.", False),
        ("The man was shot Monday night.", "The man was killed Sunday night.", True),
        ("The leaders met on Tuesday.", "The leaders met on Wednesday.", True),
        ("The shooting happened Monday.", "The man was shot Sunday.", True),
    ],
)  # fmt: skip
def test_a_date_conflict_says_whether_its_verbs_tell_one_event(a, b, one_event):
    out = [
        c
        for c in compare_slots(extract_slots(a, SUN), extract_slots(b, SUN))
        if c.status == "conflict"
    ]
    assert out and all(c.one_event is one_event for c in out)
