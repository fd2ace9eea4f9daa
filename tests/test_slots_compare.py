"""Comparison tests: pairs of statements from two outlets -> agree / conflict / zone_conflict /
unrelated, for dates, times, figures and names."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from factcheck.slots import Slot, compare_slots, extract_slots

MOSCOW = datetime(2024, 6, 19, 9, 0, tzinfo=timezone(timedelta(hours=3)))
SEOUL = datetime(2024, 6, 19, 15, 0, tzinfo=timezone(timedelta(hours=9)))
THU = datetime(2024, 6, 20, 8, 0)
MON = datetime(2024, 6, 17, 10, 0)


def _cmp(a: str, b: str, pa=THU, pb=None, kind=None):
    sa, sb = extract_slots(a, pa), extract_slots(b, pb or pa)
    out = compare_slots(sa, sb)
    return [c for c in out if kind is None or c.kind == kind]


def _statuses(a, b, pa=THU, pb=None, kind=None):
    return {c.status for c in _cmp(a, b, pa, pb, kind)}


# (a, b, published a, published b, comparison kind, expected status)
CASES = [
    # dates
    ("The leaders met on Tuesday.", "The leaders met on June 18.", THU, THU, "date", "agree"),
    ("The leaders met on Tuesday.", "The leaders met on Wednesday.", THU, THU, "date", "conflict"),
    ("The leaders met on Tuesday.", "The leaders met in June.", THU, THU, "date", "agree"),
    ("The leaders met on Tuesday.", "The leaders met on 18 June 2024.", THU, MON, "date", "agree"),
    (
        "The accord was signed in 2023.",
        "The accord was signed in 2024.",
        THU,
        THU,
        "date",
        "conflict",
    ),
    (
        "The visit took place on June 18-19.",
        "The visit took place on Wednesday.",
        THU,
        THU,
        "date",
        "agree",
    ),
    (
        "Putin arrived in Pyongyang late Tuesday.",
        "Putin arrived in Pyongyang on Wednesday morning (local time).",
        MOSCOW,
        MOSCOW,
        "date",
        "zone_conflict",
    ),
    (
        "Putin arrived late Tuesday.",
        "Putin arrived early Wednesday.",
        MOSCOW,
        SEOUL,
        "date",
        "zone_conflict",
    ),
    ("Putin arrived on Monday.", "Putin arrived on Thursday.", THU, THU, "date", "conflict"),
    ("The vote was held yesterday.", "The vote was held on Wednesday.", THU, THU, "date", "agree"),
    ("The plant closed last month.", "The plant closed in May.", THU, THU, "date", "agree"),
    ("The plant closed last month.", "The plant closed in March.", THU, THU, "date", "conflict"),
    # times
    (
        "Shots rang out at 3:15 a.m. Wednesday.",
        "Shots rang out around 3 a.m. Wednesday.",
        THU,
        THU,
        "time",
        "agree",
    ),
    (
        "Shots rang out at 3:15 a.m. Wednesday.",
        "Shots rang out at 5:40 a.m. Wednesday.",
        THU,
        THU,
        "time",
        "conflict",
    ),
    ("The blast came at 10:00 GMT.", "The blast came at 13:00 MSK.", THU, THU, "time", "agree"),
    ("The blast came at 10:00 GMT.", "The blast came at 10:00 MSK.", THU, THU, "time", "conflict"),
    (
        "The fire started Wednesday evening.",
        "The fire started Wednesday night.",
        THU,
        THU,
        "time",
        "agree",
    ),
    (
        "The fire started at about 2:30 p.m.",
        "The fire started at 2:45 p.m.",
        THU,
        THU,
        "time",
        "agree",
    ),
    # figures
    (
        "About 6,700 containers were shipped.",
        "Nearly 7,000 containers were shipped.",
        THU,
        THU,
        "number",
        "agree",
    ),
    (
        "About 6,700 containers were shipped.",
        "More than 6,000 containers were shipped.",
        THU,
        THU,
        "number",
        "agree",
    ),
    (
        "About 6,700 containers were shipped.",
        "Some 600 containers were shipped.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    (
        "About 6,700 containers were shipped.",
        "More than 10,000 containers were shipped.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    (
        "Four people were killed in the attack.",
        "Four people died in the attack.",
        THU,
        THU,
        "number",
        "agree",
    ),
    (
        "Four people were killed in the attack.",
        "Seven people were killed in the attack.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    (
        "The gunman killed 49 people.",
        "Fifty people were killed by the gunman.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    (
        "Four people were killed in the attack.",
        "Seven people were injured in the attack.",
        THU,
        THU,
        "number",
        "unrelated",
    ),
    (
        "100 people were working inside the plant.",
        "100 people were injured at the plant.",
        THU,
        THU,
        "number",
        "unrelated",
    ),
    (
        "The deal is worth $50 billion.",
        "The deal is worth $45 billion.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    (
        "The deal is worth $50 billion.",
        "The deal is worth about $50 billion.",
        THU,
        THU,
        "number",
        "agree",
    ),
    ("Exports rose 5% in May.", "Exports rose 5.0% in May.", THU, THU, "number", "agree"),
    ("Exports rose 5% in May.", "Exports rose 9% in May.", THU, THU, "number", "conflict"),
    (
        "Hundreds of people were evacuated.",
        "About 400 people were evacuated.",
        THU,
        THU,
        "number",
        "agree",
    ),
    (
        "Hundreds of people were evacuated.",
        "About 40 people were evacuated.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    # durations and anchors
    (
        "It was his first visit in 24 years.",
        "It was his first visit since July 2000.",
        THU,
        THU,
        "date",
        "agree",
    ),
    (
        "It was his first visit in 24 years.",
        "It was his first visit since 2011.",
        THU,
        THU,
        "date",
        "conflict",
    ),
    (
        "It was the first visit in 24 years.",
        "It was the first visit in more than two decades.",
        THU,
        THU,
        "number",
        "agree",
    ),
    (
        "It was the first visit in 24 years.",
        "It was the first visit in 11 years.",
        THU,
        THU,
        "number",
        "conflict",
    ),
    # names
    (
        "Kim Jong Un greeted the guests at the airport.",
        "Kim greeted the guests at the airport.",
        THU,
        THU,
        "entity",
        "agree",
    ),
    (
        "Putin arrived in Pyongyang on Tuesday.",
        "Putin arrived in North Korea on Tuesday.",
        THU,
        THU,
        "entity",
        "agree",
    ),
    (
        "Putin arrived in Pyongyang on Tuesday.",
        "Putin arrived in Hanoi on Tuesday.",
        THU,
        THU,
        "entity",
        "conflict",
    ),
    (
        "Sergei Lavrov signed the agreement.",
        "Sergei Shoigu signed the agreement.",
        THU,
        THU,
        "entity",
        "conflict",
    ),
]


@pytest.mark.parametrize(("a", "b", "pa", "pb", "kind", "status"), CASES)
def test_compare(a, b, pa, pb, kind, status):
    got = _cmp(a, b, pa, pb, kind)
    assert got, f"no {kind} comparison for {a!r} / {b!r}"
    assert status in {c.status for c in got}, [c.to_dict()["reason"] for c in got]
    # a conflict is never raised alongside an agreement of the same values
    if status == "agree":
        assert not {"conflict", "zone_conflict"} & {c.status for c in got}


def test_zone_conflict_reason_explains_zones():
    got = _cmp(
        "Putin arrived in Pyongyang late Tuesday.",
        "Putin arrived in Pyongyang on Wednesday morning (local time).",
        MOSCOW,
        MOSCOW,
        "date",
    )
    c = next(x for x in got if x.status == "zone_conflict")
    assert (
        "Tue 18 Jun 2024 (late" in c.reason and "Wed 19 Jun 2024 (morning, local time" in c.reason
    )
    assert "time zones differ" in c.reason


def test_b_greater_for_rising_toll():
    c = _cmp("Four people were killed.", "Seven people were killed.", kind="number")[0]
    assert c.status == "conflict" and c.b_greater is True
    c = _cmp("Seven people were killed.", "Four people were killed.", kind="number")[0]
    assert c.b_greater is False


def test_reporting_date_does_not_conflict_with_event_date():
    got = _cmp(
        "Two men were shot Saturday, police said.",
        "Two men were shot Saturday, police said Monday.",
        MON,
        MON,
        "date",
    )
    assert "conflict" not in {c.status for c in got}
    assert "agree" in {c.status for c in got}


def test_unresolved_weekdays_only_agree_on_the_same_name():
    got = _cmp("They met on Tuesday.", "They met on Tuesday.", None, None, "date")
    assert {c.status for c in got} == {"agree"}
    got = _cmp("They met on Tuesday.", "They met on Friday.", None, None, "date")
    assert {c.status for c in got} == {"unrelated"}


def test_different_units_or_nouns_are_not_compared():
    assert not _cmp("The road is 5 km long.", "The road cost $5 million.", kind="number")
    assert {
        c.status
        for c in _cmp("12 tanks were destroyed.", "12 trucks were destroyed.", kind="number")
    } <= {"unrelated"}


def test_to_dict_is_json():
    import json

    for c in _cmp(
        "About 6,700 containers arrived on Tuesday.", "Nearly 7,000 containers arrived on June 18."
    ):
        json.dumps(c.to_dict())


def test_slots_are_frozen():
    s = Slot(kind="quantity", text="3", start=0, end=1, value=3, low=3, high=3)
    with pytest.raises(AttributeError):
        s.value = 4  # type: ignore[misc]


def test_a_whole_day_apart_is_a_hard_conflict_even_across_zones():
    # Adjacent days in different zones may be one moment; a day in between never is.
    seoul_pub = datetime(2024, 6, 19, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    berlin_pub = datetime(2024, 6, 19, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    far = _statuses("Putin arrived in Pyongyang early on Wednesday, local time.",
                    "Putin arrived in Pyongyang on June 17.", seoul_pub, berlin_pub, "date")
    near = _statuses("Putin arrived in Pyongyang early on Wednesday, local time.",
                     "Putin arrived in Pyongyang on June 18.", seoul_pub, berlin_pub, "date")
    assert far == {"conflict"}
    assert near == {"zone_conflict"}


def test_shipping_verbs_count_the_same_thing():
    assert _statuses("North Korea has shipped about 6,700 containers of shells to Russia.",
                     "North Korea has sent roughly 600 containers of munitions to Russia.", kind="number") == {"conflict"}
    assert _statuses("North Korea has shipped about 6,700 containers of shells to Russia.",
                     "Nearly 7,000 containers of munitions have been sent to Russia.", kind="number") == {"agree"}


def test_different_person_in_the_same_office_is_an_entity_conflict():
    a = "Kremlin spokesman Dmitry Peskov said the talks would include a one-on-one meeting."
    b = "Kremlin spokesman Yuri Ushakov said the talks would include a one-on-one meeting."
    assert _statuses(a, b, kind="entity") == {"conflict"}
    assert _statuses(a, "Kremlin spokesman Peskov said the talks would be long.", kind="entity") == {"agree"}


def test_clock_times_hours_apart_across_midnight_are_a_time_conflict():
    sun = datetime(2024, 10, 27, 9, 0, tzinfo=timezone.utc)
    out = _cmp("The storm made landfall at about 3 a.m. on Sunday.",
               "The storm made landfall at around 11 p.m. on Saturday.", sun, sun)
    assert {(c.kind, c.status) for c in out if c.status != "unrelated"} >= {("time", "conflict")}


def test_same_measure_with_different_verbs_and_units_is_compared():
    assert _statuses("The storm dropped 180 mm of rain on the port.",
                     "Storm Elin dumped 120 mm of rain on the port.", kind="number") == {"conflict"}
    assert _statuses("The storm dropped 180 mm of rain on the port.",
                     "Nearly 18 centimetres of rain fell on the port.", kind="number") == {"agree"}


def test_places_of_the_event_compare_across_verbs():
    assert _statuses("Storm Elin made landfall near Port Calder early on Sunday.",
                     "Storm Elin came ashore near Westhaven early on Sunday.", kind="entity") == {"conflict"}


def test_date_of_a_toll_rising_is_not_the_event_date():
    mon = datetime(2024, 3, 6, 12, 0, tzinfo=timezone.utc)
    assert _statuses("A fire killed nine workers on Monday night.",
                     "The death toll from the fire rose to 12 on Wednesday.", mon, mon, "date") <= {"unrelated"}


def test_dates_of_different_events_are_not_compared():
    sat = datetime(2016, 3, 8, 12, 0, tzinfo=timezone.utc)
    assert _statuses("Two men were shot on Saturday night.",
                     "The suspect was arraigned on Monday.", sat, sat, "date") <= {"unrelated"}
    assert _statuses("Two men were shot on Friday.",
                     "Two men were killed on Sunday.", sat, sat, "date") == {"conflict"}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # ages compare only for the same person word
        ("A 38-year-old woman was killed.", "A 39-year-old woman died in the shooting.", "conflict"),
        ("Brooklyn boy, 15, dies from gunshot wound", "A 15-year-old boy died after being shot.", "agree"),
        ("Brooklyn boy, 15, dies from gunshot wound", "A 16-year-old boy died after being shot.", "conflict"),
        # whose age? a son's age says nothing about "children, 6 and 12-years-old"
        ("His 6-year-old son was shot.", "His two children, 6 and 12-years-old, were injured.", None),
        # an age is never a count
        ("Three people were killed.", "A 3-year-old girl was killed.", None),
    ],
)
def test_ages_compare_only_for_the_same_person(a, b, status):
    got = [c for c in compare_slots(extract_slots(a), extract_slots(b)) if c.kind == "number"]
    if status is None:
        assert not [c for c in got if c.status in ("conflict", "agree")], got
    else:
        assert [c.status for c in got] == [status], got


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("He enrolled at the college in 2010.", "He divorced his wife in 2011.", "unrelated"),
        ("He was shot on Saturday.", "He moved to the city in 2015.", "unrelated"),
        # the same verb: the same fact, so a different year is a conflict
        ("The agreement was signed in 2000.", "The treaty was signed in 2001.", "conflict"),
    ],
)
def test_coarse_dates_told_with_other_verbs_are_background(a, b, status):
    got = [c for c in compare_slots(extract_slots(a), extract_slots(b)) if c.kind == "date"]
    assert [c.status for c in got] == [status], got


def test_a_total_of_conjoined_counts_agrees_with_the_total():
    a = "Two civilians and one police officer were killed Friday during the shootout."
    # the groups (civilians, officer) may be part of the people: never a conflict of their own
    assert _statuses(a, "Three people were killed in the shootout.", kind="number") - {"unrelated"} == {"agree"}
    assert _statuses(a, "Four people were killed in the shootout.", kind="number") - {"unrelated"} == {"conflict"}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a group may be part of the people counted: three of the five may be men
        ("Five people were shot in the parking lot.", "Three men were shot in the parking lot.", {"unrelated"}),
        ("All four women were killed in the spree.", "Six people were killed in the spree.", {"unrelated"}),
        # ... but never more than all of them
        ("Seven men were shot in the parking lot.", "Five people were shot in the parking lot.", {"conflict"}),
        # two different groups are not compared
        ("Two women were killed.", "Three men were killed.", {"unrelated"}),
        # the same group, or people in general on both sides: compared as before
        ("Three officers were injured.", "Five officers were injured.", {"conflict"}),
        ("Five people were shot.", "Three victims were shot.", {"conflict"}),
    ],
)
def test_a_group_of_people_against_all_of_them(a, b, status):
    assert _statuses(a, b, kind="number") == status


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # family members share a surname: different full names are different people
        (
            "The children's father, 48-year-old Joseph Horn, was found dead.",
            "Their son, 5-year-old Thomas Horn, died from gunshot wounds.",
            set(),
        ),
        # the same full name is the same person
        (
            "Mourners left a service for 39-year-old Jose Luis Robles at the church.",
            "Mourners had gathered for the funeral of 38-year-old Jose Luis Robles.",
            {"conflict"},
        ),
    ],
)
def test_ages_of_named_people(a, b, status):
    assert _statuses(a, b, kind="number") == status


def test_a_part_of_the_victims_is_not_compared_with_the_total():
    a = "Three of the victims were shot in the leg."
    assert _statuses(a, "Five people were shot at the party.", kind="number") <= {"unrelated"}
    assert _statuses(a, "Two of the victims were shot in the leg.", kind="number") == {"conflict"}


def test_fatally_shot_is_a_killing_not_the_count_of_people_shot():
    a = "Two teenagers were fatally shot after the party."
    assert _statuses(a, "Six people were shot after the party.", kind="number") <= {"unrelated"}
    assert _statuses(a, "Three teenagers were killed after the party.", kind="number") == {"conflict"}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # days of two known, different events
        (
            "He entered a plea Friday in the shooting death.",
            "The boy was shot and killed on Sunday.",
            {"unrelated"},
        ),
        # a known event's verb and another verb: still compared, the parser often hangs the day
        # on a neighbouring verb ("a shooting that left four injured early Friday")
        (
            "Four people were injured early Friday morning.",
            "A shooting downtown left five injured Thursday morning.",
            {"conflict"},
        ),
        # two unclassed verbs may be one event in other words: still compared
        (
            "The appeals court ruled on Tuesday, September 10, that the ban was unlawful.",
            "The appeals court struck down the ban on September 12.",
            {"conflict"},
        ),
        # verbs that only say something happened meet any event
        ("The shooting happened Sunday night.", "Two men were shot Saturday night.", {"conflict"}),
        # the shooting in other words
        ("A gunman opened fire on Sunday.", "Two men were shot on Saturday.", {"conflict"}),
    ],
)
def test_dates_told_with_different_verbs(a, b, status):
    assert _statuses(a, b, kind="date") == status


@pytest.mark.parametrize(
    ("sentence", "day", "role"),
    [
        # nothing happened that day: the day is when the reporter looked
        ("No one answered the door at the apartment Tuesday.", "Tuesday", "report"),
        ("Nobody was in custody Thursday morning, police said.", "Thursday morning", "report"),
        ("No one was in custody as of Monday morning as detectives investigate.", "Monday morning", "report"),
        # ... but a harm that did not happen still dates the shooting
        ("No one was hurt in the shooting Saturday night.", "Saturday night", "shoot"),
        # the day of the killing named, not of the later step around it
        ("He was charged with the October 25th murder of a toddler.", "October 25th", "murder"),
    ],
)
def test_date_roles_of_what_did_not_happen_and_of_a_named_killing(sentence, day, role):
    roles = {s.text: s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")}
    assert roles[day] == role


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # the wounded often die days later: a death's day is not the shooting's
        ("The man was shot Saturday night.", "The man died Monday at the hospital.", {"unrelated"}),
        # killing and dying on the scene are still compared
        ("The man was killed Saturday.", "The man died Monday.", {"conflict"}),
    ],
)
def test_a_death_day_against_the_shooting_day(a, b, status):
    assert _statuses(a, b, kind="date") == status


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # who was charged vs who charged: the passive subject is the object
        (
            "Joshua Hale was charged with child endangerment.",
            "Detectives Will Brown and Frank Gale charged Joshua Hale with child endangerment.",
            set(),
        ),
        ("Sergei Lavrov was greeted by Kim.", "Sergei Shoigu was greeted by Kim.", {"conflict"}),
        # offices that several people hold at once
        (
            "Police spokesman Michael Joyce described the bar as packed.",
            "Police spokesman John Chalmers said the bar was packed.",
            set(),
        ),
        (
            "The order was signed by Westmoreland County Judge Rita Hall.",
            "The plea was accepted by Westmoreland County Judge Chris Fell.",
            set(),
        ),
        # a building inside a town is not a different place
        ("The vigil began at the All Souls Unitarian Church.", "The vigil began in Colorado Springs.", set()),
        ("The vigil began in Denver.", "The vigil began in Colorado Springs.", {"conflict"}),
    ],
)
def test_names_compare_only_in_one_role(a, b, status):
    assert _statuses(a, b, kind="entity") == status


def test_a_total_of_several_incidents_is_not_one_incidents_count():
    a = "Three people are dead after a man went on a shooting spree in Kensington."
    b = "Four people were killed in shootings across the city Saturday and Sunday."
    assert _statuses(a, b, kind="number") == {"unrelated"}
    assert [s.aggregate for s in extract_slots(b) if s.kind == "quantity"] == [True]
    # two totals of the same kind are compared as usual
    c = "Six people were killed in shootings across the city Saturday and Sunday."
    assert _statuses(b, c, kind="number") == {"conflict"}


@pytest.mark.parametrize(
    ("sentence", "published", "day", "start"),
    [
        # the day something was put on lies ahead, even told in the past tense
        ("A judge scheduled his plea for Thursday.", datetime(2016, 6, 21), "Thursday", "2016-06-23"),
        ("His next hearing was scheduled for Feb. 3.", datetime(2016, 1, 27), "Feb. 3", "2016-02-03"),
        # ... but not what was reported on a day
        ("The shooting was reported Friday.", datetime(2016, 6, 21), "Friday", "2016-06-17"),
    ],
)
def test_a_day_something_was_scheduled_for_is_ahead(sentence, published, day, start):
    got = {s.text: s.value_start for s in extract_slots(sentence, published) if s.kind == "date"}
    assert got[day].date().isoformat() == start


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a case has many hearings, and trials move: different days are different sittings
        ("His next hearing was scheduled for Feb. 3.", "A competency hearing is set for Feb. 19.", {"unrelated"}),
        ("The hearing was held Feb. 3.", "The hearing was held on Feb. 3.", {"agree"}),
        # an arraignment happens once
        ("He was arraigned Monday.", "He was arraigned Tuesday.", {"conflict"}),
    ],
)
def test_serial_court_dates(a, b, status):
    assert _statuses(a, b, pa=datetime(2016, 1, 27), kind="date") == status


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a state and a town in it, unknown without a gazetteer: not compared
        ("The shooting happened in Norfolk on Saturday.", "The shooting happened in Virginia on Saturday.", False),
        # a city whose country is known still conflicts with another country
        ("Putin arrived in Hanoi on Tuesday.", "Putin arrived in North Korea on Tuesday.", True),
        # two towns: a conflict
        ("The shooting happened in Norfolk on Saturday.", "The shooting happened in Richmond on Saturday.", True),
    ],
)
def test_places_of_different_levels(a, b, status):
    assert ("conflict" in _statuses(a, b, kind="entity")) is status


def test_the_place_of_an_event_noun():
    slots = extract_slots("A woman is dead after an apparent shooting in Norfolk Saturday afternoon.")
    assert [(s.text, s.role) for s in slots if s.kind == "entity"] == [("Norfolk", "location:shooting")]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # a nickname or a middle initial is the same person
        ("Police Chief Greg Mullen said the officer was hurt.", "Police Chief Gregory Mullen said the officer was hurt.", {"agree"}),
        ("Mayor Joe Riley said the city would mourn.", "Mayor Joseph P. Riley said the city would mourn.", {"agree"}),
        # a different first name is a different person
        ("Mayor John Riley said the city would mourn.", "Mayor Joseph Riley said the city would mourn.", {"conflict"}),
    ],
)
def test_nicknames_name_the_same_person(a, b, status):
    assert _statuses(a, b, kind="entity") == status


def _day(text: str, start: datetime, role: str, note: str = "year from tense") -> Slot:
    return Slot(
        "date", text, 0, len(text), start, start + timedelta(days=1), "day", role=role, note=note
    )


def test_a_day_that_agrees_once_its_year_is_taken_from_the_other_side_conflicts_with_nothing():
    # "By Nov. 4, proof of vaccination will be mandatory" / "must have one dose by Oct. 7 and be
    # fully vaccinated by Nov. 4", with the second Nov. 4's year guessed a year early: the two
    # Nov. 4s agree once the year is the other's, so neither is set against Oct. 7
    a = [_day("Nov. 4", datetime(2021, 11, 4), "require")]
    b = [
        _day("Oct. 7", datetime(2021, 10, 7), "require"),
        _day("Nov. 4", datetime(2020, 11, 4), "require"),
    ]
    statuses = {(c.status, c.b.text) for c in compare_slots(a, b)}
    assert ("agree", "Nov. 4") in statuses
    assert not any(s == "conflict" for s, _ in statuses)


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        # a passive with a bare "be" takes the tense of the verb it is joined to: ahead, so
        # this year's day, not last year's
        ("Customers will have to show one dose by Oct. 7 and be fully vaccinated by Nov. 4.",
         "Nov. 4", "2021-11-04"),
        ("He is expected to be arraigned on Oct. 1.", "Oct. 1", "2021-10-01"),
        # a modal's stays read as before: "could be heard" narrates the past
        ("Shots could be heard on Aug. 30.", "Aug. 30", "2021-08-30"),
        # and a narrative "would" lends no future to the passive joined to it
        ("The man would later return home and be arrested on Aug. 29.", "Aug. 29", "2021-08-29"),
    ],
)  # fmt: skip
def test_a_bare_passive_takes_the_tense_of_its_verb(sentence, text, day):
    slots = extract_slots(sentence, datetime(2021, 9, 15, 12))
    s = next(x for x in slots if x.kind == "date" and x.text == text)
    assert s.value_start.date().isoformat() == day


def test_troops_killed_are_a_part_of_all_the_dead():
    a = "A suicide-bomb attack killed 13 US troops and 72 Afghans."
    b = "At least 13 U.S. service members were among dozens killed in the blasts."
    assert "conflict" not in _statuses(a, b, kind="number")
    # a part larger than all still conflicts
    assert "conflict" in _statuses(
        "The attack killed 40 soldiers.", "Twelve people were killed in the attack.", kind="number"
    )


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # one outlet converted the other's unit and rounded it
        ("People should keep 2 meters apart.", "People should keep 6 feet apart.", "agree"),
        ("The car was moving at 60 mph.", "The car was moving at 100 km/h.", "agree"),
        ("The storm dumped 180 mm of rain.", "The storm dumped 7 inches of rain.", "agree"),
        # beyond rounding it is still a conflict
        ("He was arrested with 5 pounds of marijuana.", "He was arrested with 2 kilograms of marijuana.",
         "agree"),
        ("The man was shot from 10 feet away.", "The man was shot from 3 yards away.", "agree"),
        ("People should keep 6 feet apart.", "People should keep 1 meter apart.", "conflict"),
        # the same number in two units is a mix-up, not a conversion
        ("The body was found 100 yards from the house.", "The body was found 100 meters from it.",
         "conflict"),
        ("The storm dumped 180 mm of rain.", "The storm dumped 3 inches of rain.", "conflict"),
        # a two-digit round number rounds to its ten, as the wires write "50 km (30 miles)"
        ("The fire burned 50 km from the city.", "The fire burned 30 miles from the city.", "agree"),
        # temperatures: Fahrenheit is converted with its offset
        ("It was 95 degrees Fahrenheit in Phoenix.", "It was 35 degrees Celsius in Phoenix.",
         "agree"),
        ("It was 90°F in Phoenix.", "It was 32 degrees Celsius in Phoenix.", "agree"),
        ("It was 100 degrees Fahrenheit in Phoenix.", "It was 20 degrees Celsius in Phoenix.",
         "conflict"),
        ("It was 95 degrees Fahrenheit in Phoenix.", "It was 95 degrees Celsius in Phoenix.",
         "conflict"),
        # the unit's own word is no thing measured: measures of different verbs stay apart
        ("CDC advises students to stay 6 feet apart.", "Students can now sit 3 feet apart in class.",
         "unrelated"),
    ],
)  # fmt: skip
def test_converted_units_agree_within_rounding(a, b, status):
    assert _statuses(a, b, kind="number") == {status}


def test_a_written_year_taken_for_a_guessed_one_silences_no_conflict():
    # the guessed "May 3" agrees with another year's written "May 3, 2015" only by taking its
    # year: the May 3 / May 10 conflict of the story's own shooting stands
    a = "The man was shot on May 3 outside the bar."
    b = ("The man was shot on May 10 outside the bar. Another man was shot on May 3, 2015, "
         "outside the same bar.")  # fmt: skip
    assert "conflict" in _statuses(a, b, pa=datetime(2016, 5, 27, 12), kind="date")


def test_troops_and_soldiers_are_one_group():
    assert _statuses("The bomb killed three U.S. troops.", "The bomb killed five U.S. soldiers.",
                     kind="number") == {"conflict"}  # fmt: skip
    assert _statuses("The bomb killed three U.S. troops.", "The bomb killed three U.S. soldiers.",
                     kind="number") == {"agree"}  # fmt: skip


def test_a_number_naming_a_unit_is_no_count():
    a = "A state trooper from Troop 9 was killed in the crash."
    assert "conflict" not in _statuses(a, "One person was killed in the crash.", kind="number")
