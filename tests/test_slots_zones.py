"""Place -> time zone (the IANA tables shipped by tzdata) and what it does to a 'local time' pair."""

from datetime import datetime

import pytest

from factcheck.slots import extract_slots
from factcheck.slots.compare import compare_pair
from factcheck.slots.zones import offset_label, zone_for_place, zone_offset_on


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Pyongyang", "Asia/Pyongyang"),
        ("North Korea", "Asia/Pyongyang"),
        ("Moscow", "Europe/Moscow"),
        ("New York", "America/New_York"),
        ("the UK", "Europe/London"),
        ("Japan", "Asia/Tokyo"),
        # regions the tables name no zone for, with the zone of their main city
        ("the Gaza Strip", "Asia/Gaza"),
        # New Orleans news calls its suburbs across the river "the West Bank"
        ("West Bank", None),
        ("Palestine", None),
        # several zones, or not a zone's city: no guess
        ("Russia", None),
        ("United States", None),
        ("Springfield", None),
        ("", None),
    ],
)
def test_zone_for_place(place, zone):
    assert zone_for_place(place) == zone


def test_offset_follows_daylight_saving():
    assert offset_label(zone_offset_on("America/New_York", datetime(2024, 7, 1, 12))) == "UTC-04:00"
    assert offset_label(zone_offset_on("America/New_York", datetime(2024, 1, 1, 12))) == "UTC-05:00"
    assert zone_offset_on("Not/A_Zone", datetime(2024, 1, 1)) is None


def _date(text: str, published: str):
    return next(
        s
        for s in extract_slots(text, datetime.fromisoformat(published))
        if s.kind in ("date", "time")
    )


def test_local_time_takes_the_named_place_zone():
    s = _date("Putin arrived in Pyongyang early on Wednesday, local time.", "2024-06-19T08:00:00+09:00")
    assert s.zone == "local" and s.local_zone == "Asia/Pyongyang"
    assert s.to_dict()["local_zone"] == "Asia/Pyongyang"
    # no place with one zone in the sentence: stays plain "local"
    s = _date("The plane landed on Wednesday, local time.", "2024-06-19T08:00:00+09:00")
    assert s.zone == "local" and s.local_zone is None


def test_local_zone_explains_but_still_flags_for_review():
    a = _date("Putin arrived in Pyongyang early on Wednesday, local time.", "2024-06-19T08:00:00+09:00")
    b = _date("Putin will arrive in North Korea late Tuesday.", "2024-06-18T20:00:00+03:00")
    c = compare_pair(a, b)
    assert c is not None and c.status == "zone_conflict"
    assert "local time in Pyongyang is UTC+09:00" in c.reason and "they overlap" in c.reason
    # two days apart: even Pyongyang time cannot reconcile them
    far = _date("Putin will arrive in North Korea on Sunday.", "2024-06-12T20:00:00+03:00")
    c = compare_pair(a, far)
    assert c is not None and c.status == "conflict"


@pytest.mark.parametrize(
    ("city", "country", "within"),
    [
        ("Nairobi", "Kenya", True),
        ("Chicago", "United States", True),
        ("London", "the UK", True),
        ("Pyongyang", "North Korea", True),
        ("Seoul", "North Korea", False),
        ("Nairobi", "Uganda", False),
        ("Springfield", "United States", False),  # not a city the tables name: no claim
    ],
)
def test_city_in_country_from_the_zone_tables(city, country, within):
    from factcheck.slots.entities import names_match
    from factcheck.slots.zones import city_in_country

    assert city_in_country(city, country) is within
    got = names_match(city.lower(), country.lower().removeprefix("the "), "place")
    assert (got == "one place lies within the other") is within
