"""Table-driven tests: temporal expressions in news phrasing, each with a publication datetime and
the interval it must resolve to. Weekday anchors: 17 June 2024 is a Monday."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from factcheck.slots import extract_article_slots, extract_slots
from factcheck.slots.dates import Context, resolve

MON = datetime(2024, 6, 17, 10, 0)  # Monday
WED = datetime(2024, 6, 19, 9, 0)  # Wednesday
THU = datetime(2024, 6, 20, 8, 0)  # Thursday
SUN = datetime(2024, 6, 23, 18, 0)  # Sunday
JAN = datetime(2024, 1, 10, 12, 0)  # Wednesday 10 January 2024
OCT = datetime(2023, 10, 5, 12, 0)  # Thursday 5 October 2023

# (published, sentence, piece of the slot text, expected start, expected end)
CASES: list[tuple[datetime, str, str, str, str]] = [
    # weekdays, tense decides the direction
    (
        MON,
        "Putin will visit Pyongyang on Tuesday, the Kremlin said.",
        "Tuesday",
        "2024-06-18",
        "2024-06-19",
    ),
    (THU, "The Russian leader arrived on Wednesday.", "Wednesday", "2024-06-19", "2024-06-20"),
    (
        THU,
        "The delegation left Monday after two days of talks.",
        "Monday",
        "2024-06-17",
        "2024-06-18",
    ),
    (MON, "The summit is scheduled to open on Friday.", "Friday", "2024-06-21", "2024-06-22"),
    (MON, "Talks are expected to resume on Thursday.", "Thursday", "2024-06-20", "2024-06-21"),
    (THU, "The two leaders met on Tuesday in the capital.", "Tuesday", "2024-06-18", "2024-06-19"),
    # a weekday naming a scheduled thing the verb acts on: the nearer such day
    (
        MON,
        "All Tuesday classes were cancelled after the threat.",
        "Tuesday",
        "2024-06-18",
        "2024-06-19",
    ),
    (THU, "Friday's game was postponed.", "Friday", "2024-06-21", "2024-06-22"),
    (THU, "Sunday's vigil drew hundreds.", "Sunday", "2024-06-16", "2024-06-17"),
    (MON, "Police arrested a man in Saturday's shooting.", "Saturday", "2024-06-15", "2024-06-16"),
    (
        MON,
        "Officials plan to announce the results on Wednesday.",
        "Wednesday",
        "2024-06-19",
        "2024-06-20",
    ),
    (
        MON,
        "A man was shot and killed Saturday in the parking lot.",
        "Saturday",
        "2024-06-15",
        "2024-06-16",
    ),
    (MON, "The suspect should face a judge on Friday.", "Friday", "2024-06-21", "2024-06-22"),
    # a day naming an event reported after the fact is past, whatever the verb's tense
    (
        WED,
        "Deputies are investigating a Saturday shooting that left a boy hurt.",
        "Saturday",
        "2024-06-15",
        "2024-06-16",
    ),
    (WED, "Police are investigating the June 16 shooting.", "June 16", "2024-06-16", "2024-06-17"),
    # an act told as a gerund after a preposition is past ("for shooting", "after killing")
    (
        JAN,
        "He was charged with murder for shooting a man April 20 outside a bar.",
        "April 20",
        "2023-04-20",
        "2023-04-21",
    ),
    # ... but a present-tense schedule still looks ahead
    (JAN, "His next court date is March 3.", "March 3", "2024-03-03", "2024-03-04"),
    (JAN, "He faces arraignment March 25.", "March 25", "2024-03-25", "2024-03-26"),
    # the day of a shooting under inquiry is past, though "are investigating" looks ahead
    (
        WED,
        "Police are investigating a shooting Tuesday that left one man dead.",
        "Tuesday",
        "2024-06-18",
        "2024-06-19",
    ),
    # two days in two phrases are not one ("Monday in the Nov. 22" had read as a Monday, Nov. 22)
    (JAN, "He was charged Monday in the Nov. 22 killing.", "Nov. 22", "2023-11-22", "2023-11-23"),
    (
        SUN,
        "The coroner said the suspect should be arraigned on Monday.",
        "Monday",
        "2024-06-24",
        "2024-06-25",
    ),
    (SUN, "He may be released Wednesday, police said.", "Wednesday", "2024-06-26", "2024-06-27"),
    # what is due is ahead; what was due is not
    (SUN, "He is due in court again Tuesday.", "Tuesday", "2024-06-25", "2024-06-26"),
    (WED, "He was due in court Tuesday but did not appear.", "Tuesday", "2024-06-18", "2024-06-19"),
    # "would" and "could" in the passive mostly narrate the past
    (
        WED,
        "Gunfire could be heard on Tuesday, neighbors said.",
        "Tuesday",
        "2024-06-18",
        "2024-06-19",
    ),
    (
        WED,
        "He was shot Saturday and would be pronounced dead Sunday.",
        "Sunday",
        "2024-06-16",
        "2024-06-17",
    ),
    (
        MON,
        "Police said the suspect could not be reached for comment Sunday.",
        "Sunday",
        "2024-06-16",
        "2024-06-17",
    ),
    (
        MON,
        "The suspect may have been shot Saturday by a neighbor.",
        "Saturday",
        "2024-06-15",
        "2024-06-16",
    ),
    (MON, "The victim died Sunday at a local hospital.", "Sunday", "2024-06-16", "2024-06-17"),
    (
        WED,
        "The fire broke out on Monday and burned for hours.",
        "Monday",
        "2024-06-17",
        "2024-06-18",
    ),
    (
        WED,
        "The ministers will meet again next Tuesday.",
        "next Tuesday",
        "2024-06-25",
        "2024-06-26",
    ),
    (
        WED,
        "He was last seen last Friday near the river.",
        "last Friday",
        "2024-06-14",
        "2024-06-15",
    ),
    (MON, "The storm hit the coast on Monday.", "Monday", "2024-06-17", "2024-06-18"),
    (SUN, "Voters went to the polls on Sunday.", "Sunday", "2024-06-23", "2024-06-24"),
    (SUN, "The results will be announced on Monday.", "Monday", "2024-06-24", "2024-06-25"),
    (THU, "The company said it had filed the papers on Tues.", "Tues", "2024-06-18", "2024-06-19"),
    # parts of the day
    (
        WED,
        "Putin arrived in Pyongyang late Tuesday.",
        "late Tuesday",
        "2024-06-18T18:00",
        "2024-06-19T00:00",
    ),
    (
        WED,
        "The plane landed on Wednesday morning.",
        "Wednesday morning",
        "2024-06-19T00:00",
        "2024-06-19T12:00",
    ),
    (
        THU,
        "Crowds gathered Wednesday evening outside the embassy.",
        "Wednesday evening",
        "2024-06-19T17:00",
        "2024-06-19T23:30",
    ),
    (
        MON,
        "Two men were shot late Saturday night, police said.",
        "late Saturday night",
        "2024-06-15T21:00",
        "2024-06-16T06:00",
    ),
    (
        MON,
        "The crash happened early Sunday on the highway.",
        "early Sunday",
        "2024-06-16T00:00",
        "2024-06-16T09:00",
    ),
    (
        MON,
        "Firefighters were called Sunday afternoon.",
        "Sunday afternoon",
        "2024-06-16T12:00",
        "2024-06-16T18:00",
    ),
    (
        THU,
        "The shooting happened shortly after 3:15 a.m. Wednesday.",
        "3:15 a.m. Wednesday",
        "2024-06-19T03:15",
        "2024-06-19T03:45",
    ),
    # a 12-hour clock written without a.m./p.m. takes the part of the day
    (
        THU,
        "The shooting happened around 12:30 Wednesday morning.",
        "12:30 Wednesday morning",
        "2024-06-19T00:00",
        "2024-06-19T01:00",
    ),
    (
        THU,
        "He was shot at 8:15 Wednesday night.",
        "8:15 Wednesday night",
        "2024-06-19T20:10",
        "2024-06-19T20:21",
    ),
    (
        THU,
        "Shots were heard at 1:30 Wednesday night.",
        "1:30 Wednesday night",
        "2024-06-20T01:25",
        "2024-06-20T01:36",
    ),
    # a range of clock times
    (
        THU,
        "The shooting happened between 1:30 and 2 p.m. Wednesday.",
        "between 1:30 and 2 p.m. Wednesday",
        "2024-06-19T13:30",
        "2024-06-19T14:00",
    ),
    (
        THU,
        "Shots were fired between 11 p.m. and 1 a.m. Wednesday.",
        "between 11 p.m. and 1 a.m. Wednesday",
        "2024-06-19T23:00",
        "2024-06-20T01:00",
    ),
    # midnight and noon are moments: hedges give windows as for clock times
    (
        THU,
        "Shots rang out shortly after midnight Wednesday.",
        "midnight Wednesday",
        "2024-06-19T00:00",
        "2024-06-19T00:30",
    ),
    (
        THU,
        "He was shot just before noon on Wednesday.",
        "noon on Wednesday",
        "2024-06-19T11:30",
        "2024-06-19T12:00",
    ),
    (
        THU,
        "Police were called at 3:15 a.m. on Wednesday.",
        "3:15 a.m.",
        "2024-06-19T03:10",
        "2024-06-19T03:21",
    ),
    (
        THU,
        "The blast was heard around 11 p.m. Tuesday.",
        "11 p.m.",
        "2024-06-18T22:30",
        "2024-06-18T23:30",
    ),
    (MON, "The protest began at noon on Saturday.", "noon", "2024-06-15T11:30", "2024-06-15T12:30"),
    (
        MON,
        "A fire broke out last night in the warehouse.",
        "last night",
        "2024-06-16T18:00",
        "2024-06-17T06:00",
    ),
    (
        MON,
        "The president will address the nation tonight.",
        "tonight",
        "2024-06-17T17:00",
        "2024-06-18T06:00",
    ),
    (
        MON,
        "Heavy rain fell overnight Saturday into Sunday.",
        "overnight",
        "2024-06-15T20:00",
        "2024-06-16T07:00",
    ),
    (
        WED,
        "The minister spoke this morning in parliament.",
        "this morning",
        "2024-06-19T00:00",
        "2024-06-19T12:00",
    ),
    # relative days, weeks, months, years
    (MON, "The bill was passed yesterday by the senate.", "yesterday", "2024-06-16", "2024-06-17"),
    (MON, "The court will rule tomorrow on the appeal.", "tomorrow", "2024-06-18", "2024-06-19"),
    (MON, "Protesters are gathering today outside the court.", "today", "2024-06-17", "2024-06-18"),
    (MON, "The ship sank two days ago off the coast.", "two days ago", "2024-06-15", "2024-06-16"),
    (
        MON,
        "The ceasefire collapsed three weeks ago.",
        "three weeks ago",
        "2024-05-24",
        "2024-05-31",
    ),
    (MON, "The deal was first reported a year ago.", "a year ago", "2023-01-01", "2024-01-01"),
    (WED, "The talks will continue next week in Geneva.", "next week", "2024-06-24", "2024-07-01"),
    (WED, "The agency released the figures last week.", "last week", "2024-06-10", "2024-06-17"),
    (
        WED,
        "The drill takes place this week near the border.",
        "this week",
        "2024-06-17",
        "2024-06-24",
    ),
    (WED, "The factory will close this month.", "this month", "2024-06-01", "2024-07-01"),
    (WED, "Prices rose sharply last month.", "last month", "2024-05-01", "2024-06-01"),
    (WED, "Elections are due next month.", "next month", "2024-07-01", "2024-08-01"),
    (WED, "The law was changed last year after protests.", "last year", "2023-01-01", "2024-01-01"),
    (WED, "The plant is to reopen next year.", "next year", "2025-01-01", "2026-01-01"),
    (
        WED,
        "The treaty was signed earlier this year.",
        "earlier this year",
        "2024-01-01",
        "2024-06-20",
    ),
    (
        WED,
        "More troops will arrive in the coming weeks.",
        "the coming weeks",
        "2024-06-19",
        "2024-08-03",
    ),
    (WED, "Inflation slowed this year.", "this year", "2024-01-01", "2025-01-01"),
    (
        MON,
        "The stadium will be finished later this year.",
        "later this year",
        "2024-06-17",
        "2025-01-01",
    ),
    (WED, "The festival was cancelled last weekend.", "last weekend", "2024-06-15", "2024-06-17"),
    # months without a year: tense picks the year
    (WED, "The two sides last met in September.", "September", "2023-09-01", "2023-10-01"),
    (WED, "The talks collapsed last September.", "last September", "2023-09-01", "2023-10-01"),
    (WED, "The vote will take place in September.", "September", "2024-09-01", "2024-10-01"),
    (JAN, "The factory closed in December.", "December", "2023-12-01", "2024-01-01"),
    (OCT, "The rules take effect next January.", "next January", "2024-01-01", "2024-02-01"),
    (WED, "The company reported losses in March 2023.", "March 2023", "2023-03-01", "2023-04-01"),
    (WED, "Construction began in early March.", "early March", "2024-03-01", "2024-03-11"),
    (WED, "The results are expected in mid-July.", "mid-July", "2024-07-10", "2024-07-21"),
    (WED, "Sales fell in late May, the report showed.", "late May", "2024-05-20", "2024-06-01"),
    # absolute dates
    (
        WED,
        "The accord was signed on 18 June 2024 in Pyongyang.",
        "18 June 2024",
        "2024-06-18",
        "2024-06-19",
    ),
    (
        WED,
        "The summit was held June 18-19 in the capital.",
        "June 18-19",
        "2024-06-18",
        "2024-06-20",
    ),
    (
        WED,
        "Kim met Putin on Jun. 18, according to state media.",
        "Jun. 18",
        "2024-06-18",
        "2024-06-19",
    ),
    (WED, "The meeting took place on 6/18 at the palace.", "6/18", "2024-06-18", "2024-06-19"),
    (WED, "Records dated 2024-06-18 show the transfer.", "2024-06-18", "2024-06-18", "2024-06-19"),
    (
        WED,
        "The two leaders met on September 13, 2023, at a space centre.",
        "September 13, 2023",
        "2023-09-13",
        "2023-09-14",
    ),
    (WED, "He first visited the country in 2000.", "2000", "2000-01-01", "2001-01-01"),
    (WED, "The policy dates from the 1990s.", "1990s", "1990-01-01", "2000-01-01"),
    (WED, "The town was founded in the early 1800s.", "1800s", "1800-01-01", "1804-01-01"),
    (
        WED,
        "The ship was launched on the 4th of July 2019.",
        "4th of July 2019",
        "2019-07-04",
        "2019-07-05",
    ),
    (
        WED,
        "A memorial was held on Tuesday, June 18.",
        "Tuesday, June 18",
        "2024-06-18",
        "2024-06-19",
    ),
    (WED, "The strike ran from 3-5 June.", "3-5 June", "2024-06-03", "2024-06-06"),
    (JAN, "The storm struck on Dec. 28, causing floods.", "Dec. 28", "2023-12-28", "2023-12-29"),
    (
        WED,
        "The election was held on 7/4/2023 across the state.",
        "7/4/2023",
        "2023-07-04",
        "2023-07-05",
    ),
    (WED, "The war broke out in February 2022.", "February 2022", "2022-02-01", "2022-03-01"),
    (
        WED,
        "Officials met on Sept. 9, 2023 to discuss the plan.",
        "Sept. 9, 2023",
        "2023-09-09",
        "2023-09-10",
    ),
    # seasons
    (WED, "The offensive began last summer.", "last summer", "2023-06-01", "2023-09-01"),
    (OCT, "The road will reopen next spring.", "next spring", "2024-03-01", "2024-06-01"),
]


@pytest.mark.parametrize(("published", "sentence", "piece", "start", "end"), CASES)
def test_date_resolves(published, sentence, piece, start, end):
    slots = [s for s in extract_slots(sentence, published) if s.kind in ("date", "time")]
    hit = [s for s in slots if piece.lower() in s.text.lower()]
    assert hit, f"no date slot containing {piece!r}: {[s.text for s in slots]}"
    s = hit[0]
    assert sentence[s.start : s.end] == s.text
    assert s.resolved
    assert s.value_start == datetime.fromisoformat(start), s.to_dict()
    assert s.value_end == datetime.fromisoformat(end), s.to_dict()


def test_case_count_is_table_scale():
    assert len(CASES) >= 75


def test_unresolved_without_publication_date():
    for sentence in (
        "The leaders met on Tuesday.",
        "The vote took place yesterday.",
        "Prices rose last month.",
        "They met on June 18.",
    ):
        slots = [s for s in extract_slots(sentence, None) if s.kind in ("date", "time")]
        assert slots, sentence
        assert not slots[0].resolved, sentence
        assert slots[0].value_start is None  # never guessed


def test_absolute_date_resolves_without_publication_date():
    s = next(x for x in extract_slots("They met on 18 June 2024.", None) if x.kind == "date")
    assert s.resolved and s.value_start == datetime(2024, 6, 18)


def test_next_day_flows_through_the_article():
    sents = [
        "The leaders met on Tuesday in Pyongyang.",
        "The next day, they signed a pact.",
        "Two days later the delegation left.",
    ]
    out = extract_article_slots(sents, THU)
    assert next(s for s in out[0] if s.kind == "date").value_start == datetime(2024, 6, 18)
    nxt = next(s for s in out[1] if s.kind == "date")
    assert nxt.value_start == datetime(2024, 6, 19)
    later = next(s for s in out[2] if s.kind == "date")
    assert later.value_start == datetime(2024, 6, 21)


def test_next_day_without_earlier_date_is_unresolved():
    s = next(x for x in extract_slots("The next day, the talks resumed.", THU) if x.kind == "date")
    assert not s.resolved


def test_reporting_date_is_marked():
    slots = extract_slots("Two people were killed Saturday, police said Monday.", MON)
    roles = {s.text: s.role for s in slots if s.kind == "date"}
    assert roles["Monday"] == "report"
    assert roles["Saturday"] != "report"


@pytest.mark.parametrize(
    ("sentence", "stamp", "event"),
    [
        (
            "8:27 AM THURSDAY: Det. Jones said the man was shot Wednesday.",
            "8:27 AM THURSDAY",
            "Wednesday",
        ),
        (
            "BREAKING (Thursday, 4:02 p.m.): the girl was shot Wednesday.",
            "Thursday, 4:02 p.m.",
            "Wednesday",
        ),
        ("2:31 May 9 arrests at Kansas City library event", "May 9", None),
        (
            "Safe for students. — Evansville Police (@EvansvillePD) June 19, 2024",
            "June 19, 2024",
            None,
        ),
        ("DATE: June 19, 2024 2:20 PM CST", "June 19, 2024 2:20 PM CST", None),
        # a line that is only a date and a time is the page's stamp
        ("June 19, 2024 2:44 PM", "June 19, 2024 2:44 PM", None),
        # ... but a bare day cut from its sentence is not
        ("Tuesday.", None, "Tuesday"),
        # what was not yet known on a day is the reporter's day, not the event's
        (
            "It was unclear Wednesday whether the girl shot Tuesday had died.",
            "Wednesday",
            "Tuesday",
        ),
        ("It was not known Wednesday what led to the shooting.", "Wednesday", None),
        # ... but a day inside the unknown clause is that clause's event
        ("It was not known whether the shooting on Tuesday was gang-related.", None, "Tuesday"),
        # a wire story's dateline is the day it was filed
        (
            "NEW HAVEN, Conn., June 19 (UPI) -- One person was killed in a shooting Tuesday.",
            "June 19",
            "Tuesday",
        ),
        ("WASHINGTON, June 19 -- A man was shot Tuesday.", "June 19", "Tuesday"),
        # ... not a sentence that opens with its date, or with a place in lower case
        ("On June 18, a man was shot.", None, "June 18"),
        ("In Chicago, June 18 -- a man was shot.", None, "June 18"),
    ],
)
def test_page_stamps_are_report_dates(sentence, stamp, event):
    roles = {s.text: s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")}
    if stamp:
        assert roles[stamp] == "report"
    if event:
        assert roles[event] != "report"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("He entered a plea Friday in the shooting death.", "plea"),
        ("Hundreds held a vigil Sunday night.", "vigil"),
        ("He and his wife had a court hearing Wednesday.", "hearing"),
        ("On Monday, several witnesses took the stand.", "stand"),
        # "took place" names no event of its own
        ("The shooting took place Monday night.", "take"),
    ],
)
def test_light_verbs_take_their_object_as_the_event(sentence, role):
    assert [s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")] == [role]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The trial began Wednesday morning.", "trial"),
        ("The funeral is set for Saturday.", "funeral"),
        ("Preliminary hearings wrapped up Tuesday.", "hearing"),
        ("A vigil was held Sunday night.", "vigil"),
        ("The shooting happened Sunday night.", "happen"),
    ],
)
def test_a_scheduled_event_as_subject_is_the_dates_event(sentence, role):
    assert [s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")] == [role]


def test_a_trials_day_does_not_meet_the_shootings_day():
    from factcheck.slots import compare_slots

    trial = extract_slots("The trial began Wednesday.", THU)
    shooting = extract_slots("The man was shot Tuesday.", THU)
    assert [c.status for c in compare_slots(trial, shooting)] == ["unrelated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The officer followed the car for 1/2 mile before it stopped.",
        "He drove 2 1/2 hours to the scene.",
    ],
)
def test_fractions_are_not_dates(sentence):
    assert not [s for s in extract_slots(sentence, THU) if s.kind in ("date", "time")]


def test_numeric_date_with_a_clock_time():
    s = next(
        x for x in extract_slots("The shooting happened on 6/18 at 3 p.m.", THU) if x.kind == "time"
    )
    assert s.value_start is not None and s.value_start.date() == datetime(2024, 6, 18).date()
    assert s.tod_start is not None and 14 * 60 < s.tod_start < 15 * 60 + 10


def test_a_clock_time_starting_a_sentence_is_not_a_stamp():
    slots = extract_slots("3:15 a.m. Tuesday: police arrived at the house.", THU)
    assert [s.role for s in slots if s.kind in ("date", "time")] != ["report"]


@pytest.mark.parametrize(
    ("sentence", "piece", "day", "role"),
    [
        (
            "The courthouse remained closed Wednesday, two days after a gunman killed two people.",
            "two days after",
            "2024-06-17",
            "kill",
        ),
        (
            "He was taken into custody late Tuesday night, five days after he shot two men.",
            "five days after",
            "2024-06-13",
            "shoot",
        ),
        (
            "The funeral will be held Friday, a week after the shooting.",
            "a week after",
            "2024-06-14",
            "shoot",
        ),
        ("Talks opened Monday, two days before the vote.", "two days before", "2024-06-19", "vote"),
        # the NER's one DATE "Nov. 26, 10 days" is a day and a span of time
        (
            "On Nov. 26, 10 days before the shooting, he bought a rifle.",
            "10 days before",
            "2023-12-06",
            "shoot",
        ),
    ],
)
def test_days_after_a_named_day_date_the_other_event(sentence, piece, day, role):
    slots = extract_slots(sentence, THU)
    got = next(s for s in slots if s.text == piece)
    assert got.kind == "date" and got.value_start == datetime.fromisoformat(day)
    assert got.role == role
    assert got.granularity == "day"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("3:15 a.m. ET", "UTC-04:00"),  # daylight saving in June
        ("3:15 a.m. EST", "UTC-05:00"),
        ("10:00 GMT", "UTC+00:00"),
        ("10:00 UTC", "UTC+00:00"),
        ("8 p.m. KST", "UTC+09:00"),
        ("09:00 +09:00", "UTC+09:00"),
        ("Wednesday morning (local time)", "local"),
        ("3 a.m. local time", "local"),
        ("noon MSK", "UTC+03:00"),
    ],
)
def test_zones(text, zone):
    v = resolve(text, Context(published=WED, tense="past"))
    assert v is not None and v.zone == zone and v.zone_explicit


def test_zone_from_publication_datetime():
    pub = datetime(2024, 6, 19, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    s = next(x for x in extract_slots("He arrived late Tuesday.", pub) if x.kind == "time")
    assert s.zone == "UTC+03:00" and not s.zone_explicit


def test_before_midnight_is_the_evening_and_meets_a_late_clock_time():
    from factcheck.slots import compare_pair

    a = next(
        x for x in extract_slots("The call came in before midnight.", None) if x.kind == "time"
    )
    b = next(x for x in extract_slots("The call came in at 11:24 p.m.", None) if x.kind == "time")
    assert (a.tod_start, a.tod_end) == (18 * 60, 24 * 60)
    c = compare_pair(a, b)
    assert c is None or c.status == "agree", c


def test_clock_time_without_day_keeps_time_of_day():
    s = next(
        x
        for x in extract_slots("Shots were fired at about 2:30 p.m., witnesses said.", None)
        if x.kind == "time"
    )
    assert s.value_start is None and (s.tod_start, s.tod_end) == (14 * 60, 15 * 60)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "implied_first_year"),
    [
        ("It was his first visit in 24 years.", 24, "year", 2000),
        ("It is the first such summit in two decades.", 2, "decade", 2004),
        ("The two countries have been allies for more than two decades.", 2, "decade", None),
        ("The first trip in 11 years drew crowds.", 11, "year", 2013),
    ],
)
def test_durations(sentence, value, unit, implied_first_year):
    d = next(x for x in extract_slots(sentence, WED) if x.kind == "duration")
    assert d.value == value and d.unit == unit
    if implied_first_year is not None:
        assert d.value_start is not None and d.value_start.year == implied_first_year
    else:
        assert 2 <= d.low < 2.001 and d.high == float("inf") and d.role == "for"


def test_age_is_not_a_date():
    slots = extract_slots("A 24-year-old man was arrested on Monday.", MON)
    age = [s for s in slots if s.role == "age"]
    assert age and age[0].value == 24 and age[0].kind == "quantity"
    assert not [s for s in slots if s.kind == "duration"]


def test_cli_prints_json_lines_and_rejects_bad_published():
    import json

    from click.testing import CliRunner

    from factcheck.commands.slots import slots

    runner = CliRunner()
    ok = runner.invoke(
        slots, ["--published", "2024-06-20T08:00+03:00", "They arrived on Wednesday."]
    )
    assert ok.exit_code == 0, ok.output
    rows = [json.loads(line) for line in ok.output.splitlines()]
    date_row = next(r for r in rows if r["kind"] == "date")
    assert date_row["start"] == "2024-06-19T00:00:00" and date_row["zone"] == "UTC+03:00"
    bad = runner.invoke(slots, ["--published", "yesterday-ish", "x"])
    assert bad.exit_code == 1
    assert "--published" in bad.output and "Traceback" not in bad.output
    assert len(bad.output.strip().splitlines()) == 1


def test_the_same_day_of_a_following_clause_is_not_the_previous_date():
    from factcheck.slots import extract_article_slots

    sents = [
        "The trial began Wednesday morning.",
        "The shooting came the same day the mayor was to speak.",
    ]
    same = [
        s
        for sl in extract_article_slots(sents, datetime(2016, 7, 6))
        for s in sl
        if s.text == "the same day"
    ]
    assert len(same) == 1 and not same[0].resolved
    # told after a date, on its own, it is that date's day
    sents = ["He was arrested Monday.", "He was charged the same day."]
    same = [
        s
        for sl in extract_article_slots(sents, datetime(2016, 7, 6))
        for s in sl
        if s.text == "the same day"
    ]
    assert same[0].value_start == datetime(2016, 7, 4)


def test_the_night_before_a_day_in_the_same_sentence():
    sentence = (
        "The boy died Sunday morning after being shot on Rosa Parks Boulevard at around 8:30 p.m."
        " the night before, according to police."
    )
    got = next(s for s in extract_slots(sentence, THU) if s.text.endswith("the night before"))
    assert got.value_start == datetime(2024, 6, 15, 20, 0)
    assert got.value_end == datetime(2024, 6, 15, 21, 0)
    assert got.role == "shoot"  # the preposition before the split time hangs from "shot"


@pytest.mark.parametrize(
    ("piece", "start", "end"),
    [
        # an evening clock time is that evening's
        ("8:30 p.m. last night", datetime(2024, 6, 19, 20, 25), datetime(2024, 6, 19, 20, 36)),
        ("9 p.m. tonight", datetime(2024, 6, 20, 20, 55), datetime(2024, 6, 20, 21, 6)),
        # a small-hours one keeps the whole night, which runs past midnight
        ("1 a.m. last night", datetime(2024, 6, 19, 18, 0), datetime(2024, 6, 20, 6, 0)),
    ],
)
def test_clock_time_with_last_night(piece, start, end):
    got = next(s for s in extract_slots(f"Shots rang out {piece}.", THU) if s.kind == "time")
    assert (got.value_start, got.value_end) == (start, end)


def test_the_day_of_a_while_clause_under_a_shooting_is_the_shootings():
    sentence = (
        "Friends held a vigil Thursday night for a boy who was shot and killed while he sat in a"
        " car Monday night."
    )
    roles = {s.text: s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")}
    assert roles == {"Thursday night": "vigil", "Monday night": "kill"}
    # not under a harm verb: the clause's own verb
    arrest = extract_slots("He was arrested Tuesday while he walked home.", THU)
    assert [s.role for s in arrest if s.kind == "date"] == ["arrest"]


@pytest.mark.parametrize(
    ("published", "sentence", "day"),
    [
        # a follow-up story retelling an old shooting: the weekday picks the year
        (datetime(2017, 1, 28), "It happened Sunday, Nov. 15, near the precinct.", "2015-11-15"),
        (datetime(2017, 1, 28), "He was shot Friday, June 13.", "2014-06-13"),
        # the nearest year already has that weekday
        (datetime(2017, 1, 28), "It happened Tuesday, Nov. 15.", "2016-11-15"),
        # no weekday: the nearest past year
        (datetime(2017, 1, 28), "It happened Nov. 15.", "2016-11-15"),
        # a day within a week of publication is this week's: the wrong weekday is a slip
        (datetime(2016, 11, 15), "The shooting happened Monday, Nov. 15.", "2016-11-15"),
    ],
)
def test_a_weekday_named_with_a_date_picks_its_year(published, sentence, day):
    got = next(s for s in extract_slots(sentence, published) if s.kind == "date")
    assert got.value_start == datetime.fromisoformat(day)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # a day in the possessive is its noun's event's day
        ("Tuesday's hearing focused on the brother.", "hearing"),
        ("Police said Sunday's shooting was gang-related.", "shoot"),
        ("Friday's killing shocked the town.", "kill"),
        # ... and so is a day the noun takes as a modifier, whatever verb governs the noun
        # (where the parser hangs the day on the noun: on "a shooting Tuesday night that
        # injured five" it hangs it on the verb)
        ("Police are investigating a shooting Tuesday that left one man dead.", "shoot"),
        ("Deputies are investigating a Tuesday shooting.", "shoot"),
        ("He said the man was not the target of the 3:30 a.m. Tuesday shooting.", "shoot"),
        ("The Tuesday night vigil drew hundreds.", "vigil"),
        # a day the parser hangs on an inquiry into the event is the event's
        ("Police are investigating a shooting Tuesday night that injured five.", "shoot"),
        ("The death of a man during a standoff Tuesday was being investigated.", "death"),
        # ... not on an arrest in it, nor the inquiry's own day
        ("Police arrested a man in the shooting Tuesday.", "arrest"),
        ("Police on Tuesday were investigating the shooting.", "investigate"),
        ("Police were still investigating the shooting Tuesday.", "investigate"),
        # a day after the noun is as often the verb's
        ("He pleaded guilty in the shooting Tuesday.", "plead"),
        ("A man was indicted in the slaying Tuesday.", "indict"),
        ("Police identified the victim of the shooting Tuesday.", "identify"),
        # ... but otherwise the noun's
        ("A man was arrested in a shooting late Tuesday night.", "shoot"),
    ],
)
def test_a_day_tied_to_an_event_noun_is_that_events_day(sentence, role):
    roles = [s.role for s in extract_slots(sentence, THU) if s.kind in ("date", "time")]
    assert roles == [role]
