"""Wounded people the engine did not read before the twenty-eighth session, chosen on the GVA
dev readings' misses: someone "shot at" a place or a time (hit, not fired at), people "suffering
from gunshot wounds", and the one more hurt set against the dead ("three killed and another
injured"). Sentences are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import extract_slots

SUN = datetime(2016, 5, 1, 12, 0)


def _people(text: str) -> list[tuple[float, str | None]]:
    return [
        (s.value, s.role)
        for s in extract_slots(text, SUN)
        if s.kind == "quantity" and s.role in ("killed", "injured", "shot")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A woman was shot at a doughnut shop early Saturday.", (1, "shot")),
        ("A man was shot at a gas station on Main Street, police said.", (1, "shot")),
        ("Six people were shot at an apartment building on the north side.", (6, "shot")),
        ("Four teenagers were shot at about 9:30 p.m. at a party.", (4, "shot")),
        ("A man was shot at close range outside the bar.", (1, "shot")),
        ("A teen died after he was accidentally shot at his home.", (1, "killed")),
    ],
)
def test_shot_at_a_place_or_a_time_is_hit(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two officers were shot at on Elm Avenue overnight.",
        "One man was shot at by a deputy during the traffic stop.",
        "A woman was shot at multiple times but was not hit.",
        "The officer said he was shot at while sitting in his cruiser.",
    ],
)
def test_shot_at_with_no_place_is_fired_at(text):
    assert not [p for p in _people(text) if p[1] in ("shot", "injured", "killed")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officers found three victims suffering from gunshot wounds.", (3, "shot")),
        ("Deputies found a woman suffering from a gunshot wound to the arm.", (1, "shot")),
        ("Police found a man suffering a fatal gunshot wound behind the store.", (1, "killed")),
        ("Two men suffering from gunshot wounds walked into the hospital.", (2, "shot")),
    ],
)
def test_suffering_from_a_gunshot_wound_is_hit(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police found two men suffering from stab wounds.",
        "Officers found a man suffering from a self-inflicted gunshot wound.",
    ],
)
def test_no_hit_from_another_wound(text):
    assert not [p for p in _people(text) if p[1] in ("shot", "injured", "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed and another critically injured in a shooting Monday.",
        "The gunfire left three men dead and another wounded.",
        "Police say the gunman killed one woman and wounded another.",
        "Investigators said the robbery killed two people and injured a third.",
        "Man killed, another hurt in drive-by on the west side",
        "A woman was killed and a second woman was wounded.",
        "Four people were found shot to death and a fifth person was injured.",
        "1 Firefighter Dead, Another Injured in Ambush",
        "The teen is accused of shooting two classmates to death and seriously wounding a third.",
    ],
)
def test_one_more_hurt_after_the_dead_is_one_injured(text):
    people = _people(text)
    assert (1, "injured") in people
    assert any(role == "killed" for _, role in people)


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed and another was arrested.",  # not hurt
        "Two people were killed and another injured in a crash on the highway.",  # a crash
        "A man was killed Sunday and another was shot and killed Monday.",  # died too
        "Two dogs were killed and another injured.",  # not people
        # another count of the wounded in the sentence: the one more is part of a sum
        "Two people were killed, another was injured and three others were shot.",
        # another incident
        "One man was killed and another injured in a separate shooting across town.",
        # alone, "another" is one more than a count told elsewhere
        "Another man was wounded in the leg.",
    ],
)
def test_no_one_more_hurt_where_it_is_not_the_wounded(text):
    assert not [
        s
        for s in extract_slots(text, SUN)
        if s.kind == "quantity" and s.note == "one more hurt after the dead"
    ]


@pytest.mark.parametrize(
    "text,aggregate",
    [
        ("Three other overnight incidents left five people wounded, police said.", True),
        ("She was one of two people killed and 19 wounded over a ten-hour stretch.", True),
        ("Four men were shot in a 12-hour span on the east side.", True),
        ("3 dead, 4 hurt during violent 24 hours in the city", True),
        ("The two latest victims died within a 24-hour period last month.", True),
        ("The suspect was arrested within 24 hours.", False),
        ("Three people were shot at a party on Elm Street.", False),
    ],
)
def test_counts_over_a_span_or_other_incidents_are_totals(text, aggregate):
    from factcheck.slots.scope import is_aggregate

    assert is_aggregate(text) is aggregate


# Faults a review found in the first version (sentences of the review's own).
@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed and another dozen injured.",  # an amount, not one more
        "One person was killed and another couple injured.",
        "One person was killed and another critically injured; a third victim was grazed.",
        "One man was killed and another was critically wounded and died Sunday at a hospital.",
        "One man was killed Saturday and another was wounded Monday in a shooting on the same street.",
        "A deputy was killed, and another dog was injured.",
        "One man was killed and another car was shot multiple times.",
        "Three people were killed and another was injured when the getaway car crashed.",
        "A man was killed and another was hurt in a scuffle with officers after the shooting.",
    ],
)
def test_no_one_more_hurt_in_the_review_cases(text):
    assert not [
        s
        for s in extract_slots(text, SUN)
        if s.kind == "quantity" and s.note == "one more hurt after the dead"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Two men were shot at and wounded outside a bar.", (2, "injured")),
        ("Two men were shot at and struck outside a bar.", (2, "shot")),
        ("Two officers were shot at the same time, police said.", (2, "shot")),
        ("Two women suffering from gunshot wounds died at the scene.", (2, "killed")),
        ("Two men suffering from gunshot wounds were pronounced dead at the scene.", (2, "killed")),
        ("Two men were shot at a party and a third man was shot at but not hit.", (2, "shot")),
    ],
)
def test_shot_at_and_suffering_keep_the_clause_verb(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot at a stoplight but was not hurt, police said.",
        "A man was shot at a red light Tuesday; the bullets missed him.",
        "Two deputies were shot at a traffic stop but neither was struck.",
        "Police said two men shot at officers during the chase.",
        "Two men shot at a car on Elm Street, police said.",
    ],
)
def test_shots_that_missed_hit_no_one(text):
    assert not [p for p in _people(text) if p[1] in ("shot", "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men were shot Sunday in what police said was the second shooting at the complex "
        "in a 24-hour period.",
        "Deputies searched for the gunman over a 12-hour period after he wounded two people.",
        "The wounded officer underwent surgery over a six-hour period Sunday.",
    ],
)
def test_one_incident_told_with_a_span_is_no_total(text):
    from factcheck.slots.scope import is_aggregate

    assert not is_aggregate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men who shot at a deputy on Route 12.",
        "Police are searching for three men who shot at a house on Elm Street.",
    ],
)
def test_people_who_shot_at_someone_did_it(text):
    assert not [p for p in _people(text) if p[1] in ("shot", "injured")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Teen shot at bus stop in North Nashville", (1, "shot")),
        ("Two people were found suffering from gunshot wounds near the park.", (2, "shot")),
        ("A man was found suffering from a gunshot wound behind the store.", (1, "shot")),
    ],
)
def test_headline_shot_at_a_place_and_found_suffering(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text,aggregate",
    [
        ("Eight people were wounded over a two-day stretch.", True),
        ("Six people were shot in a two-day span in the city.", True),
        ("The suspect was held over a two-day period.", False),
    ],
)
def test_tolls_over_days(text, aggregate):
    from factcheck.slots.scope import is_aggregate

    assert is_aggregate(text) is aggregate
