"""People the engine did not read before the twenty-ninth session: one person found, taken or
brought in "with a gunshot wound" (the parser hangs the "with" on the verb), "with what
appeared to be" a wound, a passive's subject the parser hangs on its "were" when a second
clause follows ("Two people were critically injured and three others were hurt"), and those who
"remain hospitalized" (some of the hurt). A figure "found with gunshot wounds" stays unread:
on the GVA dev readings such counts were often some of the wounded ("found two men with gunshot
wounds" of five). Sentences are our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from factcheck.slots import extract_slots

SUN = datetime(2016, 5, 1, 12, 0)


def _people(text: str) -> list[tuple[float, str | None]]:
    return [
        (s.value, s.role)
        for s in extract_slots(text, SUN)
        if s.kind == "quantity" and s.unit is None and s.noun != "dog"
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A man was found with a gunshot wound to the chest.", (1, "shot")),
        ("A 2-year-old boy was brought to the hospital with a gunshot wound.", (1, "shot")),
        ("A teenager showed up at a hospital on Saturday with a gunshot wound.", (1, "shot")),
        ("Police found a teenager with a gunshot wound to the leg.", (1, "shot")),
        ("A woman was found suffering from what appeared to be a gunshot wound.", (1, "shot")),
        ("A man was found with a fatal gunshot wound to the head.", (1, "killed")),
        # the "with" hung on the noun: the same reading as on the verb
        ("Officers found a man with what appeared to be a gunshot wound.", (1, "shot")),
        ("Deputies found a woman unresponsive with a single gunshot wound.", (1, "shot")),
    ],
)
def test_people_with_gunshot_wounds_were_hit(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the verb says it first: hospitalized people are hurt, the dead are dead
        ("Two men were hospitalized with gunshot wounds.", (2, "injured")),
        ("Two men with gunshot wounds died at the hospital.", (2, "killed")),
    ],
)
def test_the_verbs_own_harm_stands(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police found two men with guns.",
        "Police found the driver with a self-inflicted gunshot wound.",
        "Police found two dogs with gunshot wounds.",
        "Two men were found with stab wounds.",
        "Police found two men with no gunshot wounds.",
    ],
)
def test_no_gunshot_wound_no_one_hit(text):
    assert not any(role in ("shot", "killed", "injured") for _, role in _people(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Two people were critically injured and three others were hurt.", (2, "injured")),
        (
            "Two people were critically injured and three others suffered minor injuries.",
            (2, "injured"),
        ),
        ("Two people were killed and three others were wounded in the shooting.", (2, "killed")),
    ],
)
def test_a_passive_subject_hung_on_its_were(text, expected):
    assert expected in _people(text)


def test_a_copula_clause_keeps_its_own_predicate():
    # "are in serious condition" is its own clause's, not the first clause's harm
    got = _people("A mother is dead and three other people are in serious condition.")
    assert (3, "in hospital") in got


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Four others remained hospitalized late Thursday afternoon.", (4, "in hospital")),
        ("Two victims remain hospitalized while the others were released.", (2, "in hospital")),
        ("One patient remains hospitalized.", (1, "in hospital")),
    ],
)
def test_still_in_hospital_is_some_of_the_hurt(text, expected):
    # the ones still there, not the count of the hurt ("five were wounded")
    assert expected in _people(text)


def test_hospitalized_is_hurt():
    assert (14, "injured") in _people("Fourteen people were hospitalized.")
