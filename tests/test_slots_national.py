"""Rules from national and economic news (the twenty-fourth session, from the NeuS/AllSides dev
flags): benchmarks of figures, days said and days ahead, sums and rates of different things,
names the other outlet also gives. Sentences are our own, written in the outlets' style."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from factcheck.denial import denies_what_other_says
from factcheck.slots import compare_slots, extract_slots
from factcheck.slots.entities import names_match

PDT = timezone(timedelta(hours=-7))
FRI = datetime(2021, 7, 16, 14, 0, tzinfo=PDT)  # a Friday afternoon
THU_NIGHT = datetime(2021, 5, 13, 20, 0, tzinfo=PDT)  # Thursday 20:00, Friday in Asia
MON = datetime(2021, 6, 7, 6, 0, tzinfo=PDT)


def _kinds(a: str, b: str, published: datetime = FRI) -> set[tuple[str, str]]:
    out = compare_slots(extract_slots(a, published), extract_slots(b, published))
    return {(c.kind, c.status) for c in out if c.status != "unrelated"}


def _slot(text: str, kind: str, published: datetime = FRI):
    return next(s for s in extract_slots(text, published) if s.kind == kind)


# (a, b, published): no conflict of any kind between the two
NOT_CONFLICTS = [
    # benchmarks of a record or of a change are not dates of the story
    (
        "Arrests at the border this year are already higher than any full-year total since 2006.",
        "The monthly figure was the highest since April 2001, officials said.",
        FRI,
    ),
    (
        "Police counted 1,200 burglaries in 2020, which is 300 more than in 2019.",
        "In 2020 the city saw more burglaries than in any year since 1998.",
        FRI,
    ),
    # a day said is a report's day, whatever clause the parser hangs it on; the markup is ahead
    (
        "The governor said Sunday the state will push for a deal.",
        "The committee will begin marking up the bill on Wednesday, the governor said.",
        MON,
    ),
    # a day past and a day ahead, told with different verbs, are two moments
    (
        "Senators on Monday evening blocked the spending bill.",
        (
            "Senators sank the bill on Monday evening, raising the risk of a shutdown that "
            "would begin Friday morning."
        ),
        datetime(2021, 9, 27, 18, 0, tzinfo=PDT),
    ),
    # "over eight years" after a verb is the period, not "more than eight years"
    (
        "The program would cost $900 billion over eight years.",
        "The program would cost $600 billion over five years or $900 billion over eight years.",
        FRI,
    ),
    # sums of different things; the same exact sum on the other side agrees
    (
        "Ministers abandoned hopes of a $4 trillion spending plan.",
        "The minister announced a $2.5 trillion budget resolution.",
        FRI,
    ),
    (
        "Officials are asking for $3.2 billion to house refugees.",
        (
            "The government wants $11 billion for storm relief as well as $3.2 billion to pay "
            "for housing refugees."
        ),
        FRI,
    ),
    # a measuring window is the writer's choice
    (
        "Cases have risen in most states over the past two weeks.",
        "The country recorded 20,000 new cases a day over the last seven days.",
        FRI,
    ),
    # a yearly change and a monthly change of one index
    (
        "Consumer prices rose 5% in May on a year-over-year basis.",
        "In the month of May alone, consumer prices rose 0.6%.",
        FRI,
    ),
    # an office many have held: the other statement names the same holder too
    (
        "The envoy served under then-President Obama.",
        "The envoy of President Joe Biden served under former President Barack Obama.",
        FRI,
    ),
    # a chamber lies within its legislature
    (
        "The bill is expected to fail in Congress.",
        "The bill is stalled in the Senate.",
        FRI,
    ),
]


@pytest.mark.parametrize("a,b,published", NOT_CONFLICTS)
def test_not_a_conflict(a, b, published):
    kinds = _kinds(a, b, published)
    assert not {k for k in kinds if k[1] in ("conflict", "zone_conflict")}, kinds


# (a, b, published, expected (kind, status) among the comparisons): the rules keep these
STILL_COMPARED = [
    # the same record benchmark told differently still only "since" without a superlative
    (
        "The visit was his first since 2000.",
        "It was his first visit since 2001.",
        FRI,
        ("date", "conflict"),
    ),
    # a plan and its event, one verb: a reviewer must see the day differ
    (
        "The minister will arrive in Seoul on Tuesday.",
        "The minister arrived in Seoul on Wednesday.",
        datetime(2021, 7, 12, 9, 0, tzinfo=PDT),
        ("date", "conflict"),
    ),
    # yearly changes compared with yearly changes
    (
        "Prices rose 5.4% from a year earlier.",
        "Prices rose 4.1% from a year earlier.",
        FRI,
        ("number", "conflict"),
    ),
    # sums of the same thing
    (
        "Police offered a $10,000 reward for information.",
        "A $5,000 reward has been offered.",
        FRI,
        ("number", "conflict"),
    ),
    # guards from local crime news: swapped roles, superlatives elsewhere, events after
    # "from", evening stories, rewards, lengths of a fact, coincidental sums, "over N times"
    (
        "Police identified the victim as Marcus Lee; Tyrone Brown was arrested.",
        "Police identified the victim as Tyrone Brown; Marcus Lee was arrested.",
        FRI,
        ("entity", "conflict"),
    ),
    (
        "Marcus Lee was killed in the shooting on Elm Street.",
        "Tyrone Brown was killed in the shooting, and his friend Marcus Lee was injured.",
        FRI,
        ("entity", "conflict"),
    ),
    (
        "At least 12 people have been shot in the city since Friday evening.",
        "Twelve people have been shot in the city since Thursday evening.",
        FRI,
        ("date", "conflict"),
    ),
    (
        "It was the bloodiest weekend since 2016.",
        "It was the bloodiest weekend since 2012.",
        FRI,
        None,
    ),
    (
        "Two more victims from Saturday's shooting died.",
        "Two victims of Wednesday's shooting died.",
        datetime(2021, 6, 7, 10, 0, tzinfo=PDT),
        ("date", "conflict"),
    ),
    (
        "A man was shot and killed early Saturday on Elm Street.",
        "A man was shot and killed on June 5 on Elm Street.",
        datetime(2021, 6, 11, 21, 0, tzinfo=timezone(timedelta(hours=-4))),
        ("date", "agree"),
    ),
    (
        "A $10,000 reward is available for information.",
        "Crime Stoppers said the reward is $5,000.",
        FRI,
        ("number", "conflict"),
    ),
    (
        "The man was missing for the past three days.",
        "The man was missing for five days.",
        FRI,
        ("number", "conflict"),
    ),
    (
        "Bail was set at $100,000, and Crime Stoppers offered $5,000 for tips.",
        "Bail was set at $5,000.",
        FRI,
        ("number", "conflict"),
    ),
    (
        "Prices rose 5% in May from May 2020.",
        "Prices rose 4.2% on a year-over-year basis.",
        FRI,
        ("number", "conflict"),
    ),
    # a hedged sum is not the same sum
    (
        "Jim paid $30 for the tickets.",
        "Jim paid more than $30 for the tickets.",
        FRI,
        ("number", "conflict"),
    ),
    # "more than 10 years" keeps its hedge
    ("He was jailed for over 10 years.", "He was jailed for 15 years.", FRI, ("number", "agree")),
]


@pytest.mark.parametrize("a,b,published,expected", STILL_COMPARED)
def test_still_compared(a, b, published, expected):
    kinds = _kinds(a, b, published)
    if expected is None:  # a benchmark against a benchmark: not compared, never an agreement
        assert not kinds
    else:
        assert expected in kinds


def test_a_weekday_begun_ahead_is_the_next_day_in_local_time():
    # published Thursday 20:00 UTC-07:00: Friday has begun in Asia, not six days ago
    s = _slot("Troops entered Kabul early Friday.", "time", THU_NIGHT)
    assert s.value_start is not None and s.value_start.date().isoformat() == "2021-05-14"
    assert s.zone == "local" and s.local_zone == "Asia/Kabul" and s.ahead is None
    out = compare_slots(
        extract_slots("Troops entered Kabul on Thursday.", THU_NIGHT),
        extract_slots("Troops entered Kabul early Friday.", THU_NIGHT),
    )
    assert {c.status for c in out if c.kind in ("date", "time")} == {"zone_conflict"}


def test_a_weekday_begun_in_local_time_of_the_place_named():
    s = _slot("Troops entered Kabul early Friday morning local time.", "time", THU_NIGHT)
    assert s.value_start is not None and s.value_start.date().isoformat() == "2021-05-14"
    assert s.zone == "local" and s.local_zone == "Asia/Kabul"


@pytest.mark.parametrize(
    "text,published",
    [
        # Thursday 06:00 UTC-07:00 is 17:30 in Kabul: Friday has not begun there
        ("Troops entered Kabul early Friday.", datetime(2021, 5, 13, 6, 0, tzinfo=PDT)),
        # no place with a zone: an evening story's "early Saturday" is last Saturday
        ("A man was shot early Saturday on Elm Street.", datetime(2021, 6, 11, 21, 0, tzinfo=PDT)),
        # a written zone that has not reached Saturday
        (
            "The shooting happened at 2 a.m. ET Saturday.",
            datetime(2021, 6, 11, 21, 0, tzinfo=timezone(timedelta(hours=-4))),
        ),
    ],
)
def test_a_weekday_not_begun_where_it_happened_stays_past(text, published):
    s = _slot(text, "time", published)
    assert s.value_start is not None and s.value_start.date() < published.date()


@pytest.mark.parametrize(
    "text,published,ahead",
    [
        ("The vote will be held on Wednesday.", MON, True),
        ("The vote was held on Wednesday.", MON, False),
        ("The vote was held in 2019.", MON, False),
        ("The vote is this month.", MON, None),
    ],
)
def test_ahead_of_the_publication_day(text, published, ahead):
    assert _slot(text, "date", published).ahead is ahead


@pytest.mark.parametrize(
    "text,role",
    [
        ("The governor said Sunday the state will push for a deal.", "report"),
        ("Police said Sunday's shooting was gang-related.", "shoot"),
        # a passive "was reported" is no day said: the event's own time, as before this rule
        (
            (
                "Deputies were called to a home when the shooting was reported shortly before "
                "8:30 p.m. Sunday, according to an advisory."
            ),
            "call",
        ),
        ("Sales were the lowest since March 2020.", "record"),
        ("He has not visited since March 2020.", "since"),
        ("Sales rose 3% from the same period in 2020.", "baseline"),
        ("There were 200 more thefts than in 2019.", "baseline"),
        ("At least 12 people have been shot since Friday evening.", "since"),
        ("The most popular player has been missing since Tuesday.", "since"),
        ("It was the bloodiest weekend since 2016.", "record"),
        ("The jump marked the largest one-month rise since June 2008.", "record"),
        ("Two more victims from Saturday's shooting died.", "shoot"),
        ("Shootings rose 30% from January through May.", "rise"),
    ],
)
def test_date_roles(text, role):
    s = next(s for s in extract_slots(text, MON) if s.kind in ("date", "time"))
    assert s.role == role


@pytest.mark.parametrize(
    "text,period",
    [
        ("Prices rose 5% in May on a year-over-year basis.", "12-month change"),
        ("In the month of May alone, prices rose 0.6%.", "1-month change"),
        ("Prices rose 0.9% in June from May and 5.4% from a year earlier.", "1-month change"),
        ("About 40% of adults are vaccinated.", None),
        ("Prices rose 5% in May from May 2020.", "12-month change"),
        ("Prices rose 5.4 percent in June compared with one year ago.", "12-month change"),
        ("Prices rose 0.9 percent in the past month.", "1-month change"),
        ("Homicides rose 20% this year, the annual report said.", None),
        ("Shootings rose 30% from January through May compared with last year.", "12-month change"),
    ],
)
def test_change_period_of_a_percentage(text, period):
    assert _slot(text, "percent").modifies == period


def test_the_year_of_a_change_after_the_first_figure():
    slots = [
        s
        for s in extract_slots(
            "Prices rose 0.9% in June from May and 5.4% from a year earlier.", FRI
        )
        if s.kind == "percent"
    ]
    assert [s.modifies for s in slots] == ["1-month change", "12-month change"]


@pytest.mark.parametrize(
    "a,b,why",
    [
        ("us senate", "congress", "one is a chamber of the other"),
        ("house of representatives", "congress", "one is a chamber of the other"),
        ("fda", "us food and drug administration", "acronym"),
        ("usps", "united states postal service", "acronym"),
        ("house", "senate", None),
    ],
)
def test_chambers_and_national_acronyms(a, b, why):
    assert names_match(a, b, "org") == why


@pytest.mark.parametrize(
    "negated,other,denies",
    [
        # the denied act is said of someone else
        ("Tom Hale did not take questions.", "Ana Ruiz took questions from reporters.", False),
        # the same person, a longer name
        ("Kim did not meet Putin.", "Kim Jong Un met Putin on Wednesday.", True),
        # no named subject: unchanged
        ("The company has not supplied weapons.", "The company supplied weapons last year.", True),
        # the denied person is in the other clause, as its object
        ("Marcus Lee was not arrested.", "The FBI arrested Marcus Lee on Monday.", True),
        ("Tyrone Brown was not shot by police.", "Officer Dana Kim shot Tyrone Brown twice.", True),
    ],
)
def test_a_denial_of_what_someone_else_did(negated, other, denies):
    assert denies_what_other_says(negated, other) is denies


@pytest.mark.parametrize(
    "text,hedge",
    [
        ("He was shot over 10 times.", "over"),  # "over" before a count keeps its hedge
        ("He was jailed for over 10 years.", "over"),
        ("The plan would cost $900 billion over eight years.", None),  # the period
    ],
)
def test_over_is_a_hedge_except_for_a_period_after_a_verb(text, hedge):
    s = next(
        s
        for s in extract_slots(text, FRI)
        if s.kind in ("quantity", "duration") and s.value in (8, 10)
    )
    assert s.hedge == hedge
