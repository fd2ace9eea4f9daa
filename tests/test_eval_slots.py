"""scripts/eval_slots.py: the sentence splitter, the incident choosers' exclusions and the
scoring against a hand reading (--labels), on a tiny cluster written here (real spaCy parse)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from factcheck.slots.scope import is_aggregate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import eval_slots as es


def test_splitter_keeps_abbreviations_with_their_sentence():
    sents = es.split_sentences(
        "He was shot on Nov. 15, when police arrived. Det. Jones said so. A man died."
    )
    assert sents == [
        "He was shot on Nov. 15, when police arrived.",
        "Det. Jones said so.",
        "A man died.",
    ]
    # a day after a clock time stays with it
    assert es.split_sentences("Police were called at 12:03 a.m. Friday. He died.") == [
        "Police were called at 12:03 a.m. Friday.",
        "He died.",
    ]


def _cluster(tmp_path: Path) -> Path:
    articles = [
        {
            "doc_id": "a",
            "dct": "2024-06-19",
            "title": "",
            "text": "Two people were killed and one person was injured in a shooting Tuesday night, police said.",
        },
        {
            "doc_id": "b",
            "dct": "2024-06-20",
            "title": "",
            "text": "A man was arrested Wednesday. Five people have been killed in the city this year.",
        },
    ]
    cluster = {
        "cluster_id": "gva-1",
        "gold_incident": {
            "date": "June 18, 2024",
            "num_killed": 2,
            "num_injured": 1,
            "participants": [],
        },
        "articles": articles,
    }
    data = tmp_path / "eval" / es.DATA
    data.parent.mkdir(parents=True)
    data.write_text(json.dumps(cluster) + "\n")
    return tmp_path / "eval"


def _run(eval_dir: Path, labels: Path, out: Path) -> int:
    return es.main(
        ["--eval-dir", str(eval_dir), "--split", "both", "--labels", str(labels), "--out", str(out)]
    )


def test_scores_against_the_hand_reading(tmp_path):
    eval_dir = _cluster(tmp_path)
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"doc": "a", "date": ["2024-06-18"], "killed": [2], "injured": [1], "note": ""},
        # the reader found no incident date or count in b: an arrest day and a year's
        # statistic must not be offered as the incident's
        {"doc": "b", "date": [], "killed": [], "injured": [], "note": ""},
    ]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.json"
    assert _run(eval_dir, labels, out) == 0
    res = json.loads(out.read_text())
    read = res["reading_results"]["article"]
    assert (read["date"]["n"], read["date"]["correct"]) == (1, 1)
    assert (read["date"]["unstated"], read["date"]["found_unstated"]) == (1, 0)
    assert (read["killed"]["correct"], read["killed"]["found_unstated"]) == (1, 0)
    assert read["injured"]["correct"] == 1
    assert res["gva_vs_reading"]["date"] == {"stated": 1, "gva_agrees": 1}


def test_bad_labels_line_is_named(tmp_path, capsys):
    eval_dir = _cluster(tmp_path)
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"doc": "a", "date": []}\nnot json\n')
    assert _run(eval_dir, labels, tmp_path / "o.json") == 1
    assert f"{labels}:2:" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["", "Nov.", "...", "Dr. . . X. 5."])
def test_splitter_never_raises(text):
    assert isinstance(es.split_sentences(text), list)


@pytest.mark.parametrize(
    "sentence",
    [
        "Six people were injured in two separate shootings in the city Wednesday night.",
        "Six people, including two teenage boys, were wounded in Chicago shootings Sunday.",
        "Nine people were killed and 46 wounded by gunfire during that June weekend.",
        "RELATED: Two people were injured in a crash on the interstate",
        "At least 43 people were wounded in shootings in the city this past weekend.",
        "The last two officers injured in the line of duty were honored.",
        # background: another incident months or years away, or an unrelated one
        "The shooting came eight months after two people were injured in a gang fight.",
        "Two people were injured in a fire at the house years ago.",
        "In an unrelated shooting, two people were injured on Elm Street.",
        # several incidents counted together
        "Toddler, 4 others injured in 3 overnight shooting incidents in Omaha",
        "Bloody Sunday: 8 injured in two Trenton shootings",
        "7 wounded in city shootings",
        # a span of hours or days: a roundup's total
        "Twelve people, including two children, were shot in Chicago in about ten hours.",
        "The teen was among 11 people shot, one fatally, from Tuesday afternoon to early Wednesday.",
        "At least 17 people were wounded between Friday evening and Monday morning.",
    ],
)
def test_counts_of_many_incidents_or_other_stories_are_not_candidates(sentence):
    from factcheck.slots import extract_article_slots

    sents = [sentence, "Three people were injured in the shooting."]
    slots = extract_article_slots(sents, None)
    injured = es.candidate_counts(sents, slots, "injured")
    assert [c.index for c in injured] == [1]


def test_a_count_beside_a_place_with_a_history_of_incidents_is_still_a_count():
    from factcheck.slots import extract_article_slots

    sents = ["Three people were shot outside the bar, which has seen 4 violent incidents."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c.slot.value for c in injured][:1] == [3]


def test_a_single_shooting_over_the_weekend_is_still_a_count():
    from factcheck.slots import extract_article_slots

    sents = ["Two people were killed in a shooting over the weekend, police said."]
    killed = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
    assert [c.slot.value for c in killed] == [2]


def test_a_stated_figure_ranks_before_one_person_named_without_a_number():
    from factcheck.slots import extract_article_slots

    sents = ["A man was shot and killed Saturday.", "Police said two people were killed."]
    killed = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
    assert [(c.slot.value, c.slot.implicit) for c in killed] == [(2, False), (1, True)]


def test_people_shot_are_the_injured_only_where_nobody_died():
    from factcheck.slots import extract_article_slots

    sents = ["Two girls were shot in the leg Saturday.", "They are expected to recover."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [(c.slot.value, c.slot.role) for c in injured] == [(2, "shot")]
    sents = ["Four people were shot Saturday.", "One of them died at the hospital."]
    assert es.candidate_counts(sents, extract_article_slots(sents, None), "injured") == []


def test_one_person_shot_is_the_injured_only_where_the_story_tells_of_no_one_else():
    from factcheck.slots import extract_article_slots

    def injured(sents):
        found = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
        return [(c.slot.value, c.slot.role, c.tier) for c in found]

    lone = ["A girl was shot in the leg Saturday.", "She is expected to recover."]
    assert injured(lone) == [(1, "injured", es.LONE_PERSON_TIER)]
    # a figure the article gives wins; one person beside it may be one of several
    assert injured([*lone, "Two people were wounded, police said."])[0][0] == 2
    # a word of anyone else, a second person in one sentence, or a death: no count
    assert injured([*lone, "Police said the victims knew each other."]) == []
    assert injured(["A boy was shot in the face and a man was shot in the leg Monday."]) == []
    assert injured([*lone, "Her brother was killed in the attack."]) == []
    # one told by a condition counts only as the last resort
    cond = "A man is in critical condition after a shooting Friday."
    assert injured([cond]) == [(1, "injured", es.LONE_PERSON_TIER)]
    assert [v for v, _, _ in injured(["Two people were shot Friday.", cond])] == [2]


def test_a_death_told_by_a_pronoun_is_one_killed_only_where_nothing_else_counts_the_dead():
    from factcheck.slots import extract_article_slots

    def killed(sents):
        found = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
        return [(c.slot.value, c.slot.note, c.tier) for c in found]

    story = ["Police were called to Elm Street on Sunday.", "He died at the hospital."]
    assert killed(story) == [(1, es.PRONOUN_DEATH_NOTE, es.LONE_PERSON_TIER)]
    assert [v for v, _, _ in killed([*story, "Two people were killed."])] == [2]
    assert killed(["Police were called to Elm Street.", "He was arrested Monday."]) == []
    # another cause, an animal, another time
    for other in [
        "He died of cancer last spring.",
        "Their dog was shot by a neighbor. He died at an animal hospital.",
        "His cousin was shot last summer; he died two days later.",
    ]:
        assert killed(["A park on Elm Street was named for him.", other]) == []


def test_others_shot_after_a_sentence_with_a_death_are_the_wounded_ranked_last():
    from factcheck.slots import extract_article_slots

    sents = ["A woman was shot and killed at the hall.", "Five other people had been shot, too."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [(c.slot.value, c.slot.role, c.tier) for c in injured] == [
        (5, "injured", es.OTHERS_SHOT_TIER)
    ]
    # the article's own injured count comes first
    sents[1:] = ["Five other people had been shot.", "Two people were wounded, police said."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c.slot.value for c in injured] == [2, 5]
    # before any death, or with some of the others dead, the others are not the wounded
    sents = ["Five other people had been shot, too.", "A woman was shot and killed at the hall."]
    assert es.candidate_counts(sents, extract_article_slots(sents, None), "injured") == []
    sents = ["A man was killed.", "Three others were shot, two of them fatally."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c.slot.value for c in injured] == [1]  # the engine's "shot less killed", not 3


@pytest.mark.parametrize(
    "later",
    [
        ["Three other people were shot.", "One of them later died at the hospital."],
        ["Last month, three other people were shot at the same corner."],
    ],
)
def test_no_others_shot_as_the_wounded_where_one_died_later_or_it_was_another_time(later):
    from factcheck.slots import extract_article_slots

    sents = ["A man was killed in a shooting Sunday.", *later]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c for c in injured if c.tier == es.OTHERS_SHOT_TIER] == []


def test_a_person_told_by_name_counts_killed_not_injured():
    from factcheck.slots import extract_article_slots

    sents = ["John Smith, 24, was killed.", "Jane Doe, 30, was wounded."]
    slots = extract_article_slots(sents, None)
    killed = es.candidate_counts(sents, slots, "killed")
    assert [(c.slot.text, c.slot.value, c.slot.implicit) for c in killed] == [("Smith", 1, True)]
    # a wounded person told by name is often one of several told one by one
    assert es.candidate_counts(sents, slots, "injured") == []


def test_a_clock_time_just_after_midnight_is_that_days():
    from datetime import date

    from factcheck.slots import extract_article_slots

    sents = ["Police were alerted to a shooting at 12:03 a.m. Friday."]
    dates = es.candidate_dates(
        sents, extract_article_slots(sents, datetime(2015, 9, 12)), date(2015, 9, 12)
    )
    assert [es.day_of(c) for c in dates] == [date(2015, 9, 11)]


def test_a_trials_date_is_never_the_incidents():
    from datetime import date

    from factcheck.slots import extract_article_slots

    sents = ["The trial began Wednesday morning.", "The funeral was held Saturday."]
    slots = extract_article_slots(sents, datetime(2016, 7, 6))
    assert es.candidate_dates(sents, slots, date(2016, 7, 6)) == []


def _first_days(sents, published):
    from factcheck.slots import extract_article_slots

    slots = extract_article_slots(sents, datetime.combine(published, datetime.min.time()))
    return [es.day_of(c) for c in es.candidate_dates(sents, slots, published)]


def test_a_death_after_the_shooting_ranks_after_the_shooting_day():
    from datetime import date

    # published Tuesday 1 Nov 2016: died Sunday 30 Oct, shot Saturday 29 Oct
    days = _first_days(
        [
            "A 57-year-old man died Sunday at a hospital.",
            "He had been celebrating a birthday Saturday night before the shooting.",
        ],
        date(2016, 11, 1),
    )
    assert days[:2] == [date(2016, 10, 29), date(2016, 10, 30)]
    # with no earlier day about the shooting, the death's day stays first
    days = _first_days(["A 57-year-old man died Sunday after a shooting."], date(2016, 11, 1))
    assert days == [date(2016, 10, 30)]


def test_injuries_suffered_date_the_shooting():
    from datetime import date

    days = _first_days(
        ["Tom Reed, 57, died Sunday from gunshot wounds he suffered Saturday night."],
        date(2016, 11, 1),
    )
    assert days[0] == date(2016, 10, 29)


def test_a_quoted_day_ranks_as_one_anywhere():
    from datetime import date

    # published Friday 8 Jan 2016: the neighbour's "today" is the day she spoke
    days = _first_days(
        [
            '"My son was shot today for nothing," his mother said.',
            "The shooting happened about 9 p.m. Wednesday on Elm Street.",
        ],
        date(2016, 1, 8),
    )
    assert days[0] == date(2016, 1, 6)


@pytest.mark.parametrize(
    "row",
    ['["a", "b"]', '{"doc": "a", "date": ["2024-13-40"]}', '{"doc": "a", "killed": ["two"]}'],
)
def test_malformed_label_rows_are_named_not_tracebacks(tmp_path, capsys, row):
    eval_dir = _cluster(tmp_path)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(row + "\n")
    assert _run(eval_dir, labels, tmp_path / "o.json") == 1
    assert f"{labels}:1:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("sentence", "word", "inside"),
    [
        ('"My son was shot today for nothing," his mother said.', "today", True),
        ("It is even kids getting shot today,” she said.", "today", True),
        # a straight quote closed here that opened in an earlier sentence
        ('He was a good kid," his aunt said of the teen, shot Saturday night.', "Saturday", False),
        ('A good kid," his aunt said of the teen, who was shot Saturday.', "good", True),
        # an inch mark is no quotation
        ('The 6" barrel rifle was used when a man was shot Saturday night.', "Saturday", False),
        ('Police said he was shot Saturday, "but we do not know why."', "Saturday", False),
    ],
)
def test_a_quotation_is_told_from_the_quote_marks(sentence, word, inside):
    assert es._in_quote(sentence, sentence.index(word)) is inside


def test_a_death_day_is_never_ranked_up():
    from datetime import date

    from factcheck.slots import extract_article_slots

    # published Tuesday 1 Nov 2016: the quoted Sunday stays a day anywhere (rank 3)
    sents = ["Police said the man was shot Saturday night.", '"He died Sunday," his mother said.']
    slots = extract_article_slots(sents, datetime(2016, 11, 1))
    cands = es.candidate_dates(sents, slots, date(2016, 11, 1))
    assert [(es.day_of(c), c.tier) for c in cands] == [
        (date(2016, 10, 29), 0),
        (date(2016, 10, 30), 3),
    ]


def test_a_count_told_with_its_severity_ranks_after_a_larger_count_of_people_shot():
    from factcheck.slots import extract_article_slots

    sents = ["Four men were shot on Elm Street Wednesday, leaving one critically wounded."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert injured[0].slot.value == 4
    # the severity of a part told after the total does not demote the total
    sents = ["Three people were wounded, one critically.", "Police said 2 people were injured."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert injured[0].slot.value == 3
    # "non-life-threatening" is no severity
    sents = ["Two men were wounded, non-life-threatening.", "One man was injured."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert injured[0].slot.value == 2
    # with no larger count the severe one is the figure the article gives
    sents = ["One man was critically wounded on Elm Street Wednesday."]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c.slot.value for c in injured] == [1]


def test_people_named_as_killed_one_by_one_are_counted_after_the_articles_own_figures():
    from factcheck.slots import extract_article_slots

    sents = [
        "Walesha Williams was pronounced dead at the scene.",
        "Police said Marcus Lusk was killed as he ran, and Williams was shot first.",
    ]
    killed = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
    named = [c for c in killed if c.slot.note and c.slot.note.startswith("people named")]
    assert [c.slot.value for c in named] == [2]
    assert killed[-1] is named[0]  # after the singles: it wins only on other outlets' votes


@pytest.mark.parametrize(
    "sentences, people",
    [
        # a first name told apart from the surname is the same person
        (["Joshua Guzman was killed Sunday.", "Joshua died at the scene, police said."], None),
        # two surnames joined by "and" elsewhere are still two people
        (
            [
                "Smith was killed Saturday.",
                "Jones was killed Sunday.",
                "Smith and Jones were friends.",
            ],
            2,
        ),
        # a surname that begins another is not the same person
        (["Marcus Johns was killed Friday.", "Tia Johnson died on Saturday."], 2),
    ],
)
def test_people_named_as_killed_are_told_apart_by_their_names(sentences, people):
    from factcheck.slots import extract_article_slots

    killed = es.candidate_counts(sentences, extract_article_slots(sentences, None), "killed")
    named = [c.slot.value for c in killed if c.slot.note and c.slot.note.startswith("people named")]
    assert named == ([people] if people else [])


def test_a_part_of_a_group_that_died_is_a_killed_count_after_the_totals():
    from factcheck.slots import extract_article_slots

    sents = ["Four men were shot outside the bar.", "Two of the men died at the hospital."]
    killed = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
    assert [(c.slot.value, c.tier) for c in killed] == [(2, 0.5)]
    sents += ["Police said three people were killed.", "A woman was killed in the crossfire."]
    killed = es.candidate_counts(sents, extract_article_slots(sents, None), "killed")
    assert [c.slot.value for c in killed] == [3, 2, 1]  # after the totals, before the singles


def test_a_count_other_outlets_only_mention_later_gets_half_a_vote():
    from factcheck.slots.types import Slot

    def count(n: int, tier: float = 0) -> es.Cand:
        return es.Cand(Slot("quantity", str(n), 0, 1, value=n, low=n, high=n), tier, 0)

    def same(a, b):
        return es.same_count(a.slot, b.slot)

    mine = [count(5), count(1, tier=1)]  # "Five are dead", then "the gunman was killed"
    # two outlets lead with five; three lead with their own total and name the one death later
    others = [[count(5)], [count(5)], [count(6), count(1, 1)], [count(4), count(1, 1)]]
    others.append([count(3), count(1, 1)])
    # five: 2 votes, one: 3 halves = 1.5; with full votes one (3) beats five (2)
    assert es.pick_with_votes(mine, others, same, runner_up_vote=0.5).slot.value == 5
    assert es.pick_with_votes(mine, others, same).slot.value == 1
    # two outlets lead with one; three give five only after their own first figure: one has 2,
    # five 1.5 (with full votes five has 3; halving every vote alike would still pick five)
    others = [[count(1)], [count(1)]] + [[count(6), count(5)] for _ in range(3)]
    assert es.pick_with_votes(mine, others, same, runner_up_vote=0.5).slot.value == 1
    assert es.pick_with_votes(mine, others, same).slot.value == 5
    # an outlet without candidates gives no vote; no candidates, no choice
    assert es.pick_with_votes(mine, [[]], same, runner_up_vote=0.5).slot.value == 5
    assert es.pick_with_votes([], others, same) is None


def test_hours_after_the_shooting_are_no_roundup():
    assert not is_aggregate("A second victim died in the hours after the shooting.")


def test_a_long_conflicts_running_toll_is_no_incidents_count():
    assert is_aggregate("Syria's civil war has killed more than 200,000 people.")
    assert is_aggregate("It ended a 5-year-old insurgency that has killed thousands of people.")
    assert is_aggregate("The war in Syria has killed 200,000.")
    assert not is_aggregate("The war veteran has killed two men.")
    assert not is_aggregate("The gunman has killed two people.")


def test_other_news_told_in_passing_is_another_story():
    assert is_aggregate(
        "In other recent news, the paper reported on a mall shooting which injured seven people."
    )
    assert is_aggregate("In other news, two men were wounded in a crash.")
    assert not is_aggregate("Police said the other victims were wounded in the news van.")


def test_a_person_without_a_number_beats_the_articles_figure_only_on_stronger_votes():
    from factcheck.slots.types import Slot

    def count(n: int, tier: float = 0, implicit: bool = False) -> es.Cand:
        slot = Slot("quantity", str(n), 0, 1, value=n, low=n, high=n, implicit=implicit)
        return es.Cand(slot, tier, 0)

    def same(a, b):
        return es.same_count(a.slot, b.slot)

    mine = [count(4), count(1, 1, implicit=True)]  # "4 dead", then "Fields was dead"
    # three outlets lead with their own figure and name one of the dead later
    others = [[count(4)], *([count(3), count(1, 1, implicit=True)] for _ in range(3))]
    # their persons give no half votes against this article's own figure: four stands
    assert es.pick_with_votes(mine, others, same, runner_up_vote=0.5).slot.value == 4
    # a figure of one later in their articles still votes
    others = [[count(4)], *([count(3), count(1, 1)] for _ in range(3))]
    assert es.pick_with_votes(mine, others, same, runner_up_vote=0.5).slot.value == 1


def test_a_publication_day_date_away_from_the_shooting_is_no_date_unless_another_outlet_gives_it():
    from factcheck.slots.types import Slot

    def day(d: int, tier: float) -> es.Cand:
        start = datetime(2016, 12, d)
        slot = Slot("date", "Friday", 0, 6, value_start=start, value_end=start, granularity="day")
        return es.Cand(slot, tier, 0)

    # "Court records did not list attorneys for the teenagers, who remained jailed Friday."
    jailed = day(2, es.WEAKEST_DATE_TIER)
    assert es.pick_date([jailed], []) is None
    assert es.pick_date([jailed], [[day(1, 0)]]) is None
    # another outlet dates the shooting that day: kept
    assert es.pick_date([jailed], [[day(2, 0)]]) is jailed
    # another outlet's aftermath line of the same day is no support
    assert es.pick_date([jailed], [[day(2, es.WEAKEST_DATE_TIER)]]) is None
    # any stronger kind of date is kept alone
    assert es.pick_date([day(2, 3)], []).tier == 3


def test_the_publication_day_in_a_sentence_that_never_mentions_the_shooting_ranks_last():
    from factcheck.slots import extract_article_slots

    sents = ["Court records did not list attorneys for the teenagers, who remained jailed Friday."]
    published = datetime(2016, 12, 2)  # a Friday
    dates = es.candidate_dates(sents, extract_article_slots(sents, published), published.date())
    assert [c.tier for c in dates] == [es.WEAKEST_DATE_TIER]


def test_a_count_killed_in_a_crash_is_no_shooting_count():
    from factcheck.slots import extract_article_slots

    sentences = [
        "Two weeks ago, students honored two classmates killed in a car crash.",
        "Three people were killed in a shooting Friday.",
    ]
    killed = es.candidate_counts(sentences, extract_article_slots(sentences, None), "killed")
    assert [c.slot.value for c in killed] == [3]


def test_a_part_that_died_inside_a_toll_is_no_candidate_of_its_own():
    from factcheck.slots import extract_article_slots

    sentences = ["Two of the men died at the scene and a third person died Friday at a hospital."]
    killed = es.candidate_counts(sentences, extract_article_slots(sentences, None), "killed")
    assert 2 not in [c.slot.value for c in killed] and 3 in [c.slot.value for c in killed]


def test_a_count_in_a_clause_before_a_crash_stays():
    from factcheck.slots import extract_article_slots

    sentences = ["A gunman killed two people and then died in a crash while fleeing police."]
    killed = es.candidate_counts(sentences, extract_article_slots(sentences, None), "killed")
    assert 2 in [c.slot.value for c in killed]


def test_a_booking_or_a_confession_dates_no_incident():
    from datetime import date

    published = date(2016, 4, 18)  # a Monday
    days = _first_days(
        [
            (
                "He confessed early Sunday morning to shooting his neighbor just before 2:30 "
                "p.m. Saturday, police said."
            ),
            "He was booked into the county jail late Sunday.",
        ],
        published,
    )
    assert days[0] == date(2016, 4, 16)
    assert date(2016, 4, 17) not in days


def _ecbplus(tmp_path: Path) -> Path:
    """A two-article ECB+-shaped cluster: no publication date, no gold incident."""
    cluster = {
        "cluster_id": "ecb+-99_ecb",
        "topic": "99",
        "articles": [
            {
                "doc_id": "99_1ecb.xml",
                "url": None,
                "text": "A bomb at a bank killed two police officers.\nFour people were injured.",
            },
            {
                "doc_id": "99_2ecb.xml",
                "url": None,
                "text": "The team won its third game in a row on Sunday.",
            },
        ],
    }
    data = tmp_path / "eval" / es.ECBPLUS_DATA
    data.parent.mkdir(parents=True)
    data.write_text(json.dumps(cluster) + "\n")
    return tmp_path / "eval"


def test_ecbplus_counts_are_scored_against_the_reading_and_no_date_is_read(tmp_path):
    eval_dir = _ecbplus(tmp_path)
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"doc": "99_1ecb.xml", "killed": [2], "injured": [4], "note": ""},
        {"doc": "99_2ecb.xml", "killed": [], "injured": [], "note": ""},
    ]
    labels.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.json"
    code = es.main(
        [
            "--eval-dir",
            str(eval_dir),
            "--data",
            "ecbplus",
            "--labels",
            str(labels),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    res = json.loads(out.read_text())
    assert (res["source"], res["split"], res["labelled_articles"]) == ("ecbplus", "all", 2)
    read = res["reading_results"]["cluster"]
    assert (read["killed"]["n"], read["killed"]["correct"]) == (1, 1)
    assert (read["injured"]["n"], read["injured"]["correct"]) == (1, 1)
    assert (read["killed"]["unstated"], read["killed"]["found_unstated"]) == (1, 0)
    # undated articles: the date measure reads nothing, neither stated nor unstated
    assert read["date"]["n"] == read["date"]["unstated"] == 0
    assert all(res["results"]["article"][k]["n"] == 0 for k in ("date", "killed"))


def test_ecbplus_draw_takes_articles_with_a_word_of_harm_and_skips_labelled_ones(tmp_path):
    import sample_slot_reading as ssr

    eval_dir = _ecbplus(tmp_path)
    labels_dir = tmp_path / "labels"
    labels_dir.mkdir()
    out = tmp_path / "draw"
    args = ["--eval-dir", str(eval_dir), "--source", "ecbplus", "--seed", "1", "--n", "10"]
    assert ssr.main([*args, "--labels-dir", str(labels_dir), "--out", str(out)]) == 0
    # the sports report has no word of death or harm
    assert json.loads(out.with_suffix(".json").read_text()) == ["99_1ecb.xml"]
    text = out.with_suffix(".txt").read_text()
    assert text.startswith("=== doc 99_1ecb.xml\nstory cluster: ecb+-99_ecb\n")
    (labels_dir / "ecbplus_count_reading.jsonl").write_text('{"doc": "99_1ecb.xml"}\n')
    assert ssr.main([*args, "--labels-dir", str(labels_dir), "--out", str(out)]) == 0
    assert json.loads(out.with_suffix(".json").read_text()) == []


def _killed_reading(tmp_path, eval_dir, data: str, labels: str) -> dict:
    """Score a source against a hand reading (JSONL text); the killed row, cross-outlet vote."""
    path = tmp_path / "labels.jsonl"
    path.write_text(labels)
    out = tmp_path / "out.json"
    args = ["--eval-dir", str(eval_dir), "--data", data, "--labels", str(path)]
    assert es.main([*args, "--out", str(out)]) == 0
    return json.loads(out.read_text())["reading_results"]["cluster"]["killed"]


def test_neus_roundups_read_as_clusters_of_their_outlets(tmp_path):
    row = {
        "id": 7,
        "issue": "x",
        "date": "2021-08-26T10:00:00-07:00",
        "news": {
            "left": {"newsTitle": "Blast kills 13", "newBody": ["Thirteen people were killed."]},
            "right": {"newsTitle": "Senate vote", "newBody": "The bill passed on Monday."},
        },
    }
    cluster = es.as_cluster(row, "neus")
    assert cluster["cluster_id"] == "neus-7"
    assert [a["doc_id"] for a in cluster["articles"]] == ["neus-7-left", "neus-7-right"]
    assert cluster["articles"][0]["text"] == "Thirteen people were killed."
    data = tmp_path / "eval" / es.NEUS_DATA
    data.parent.mkdir(parents=True)
    data.write_text(json.dumps(row) + "\n")
    read = _killed_reading(
        tmp_path,
        tmp_path / "eval",
        "neus",
        '{"doc": "neus-7-left", "killed": [13], "injured": []}\n'
        '{"doc": "neus-7-right", "killed": [], "injured": []}\n',
    )
    assert (read["n"], read["correct"], read["unstated"], read["found_unstated"]) == (1, 1, 1, 0)


def _fnc1(tmp_path):
    bodies = tmp_path / "eval" / es.FNC1_DATA
    bodies.parent.mkdir(parents=True)
    bodies.write_text(
        "Body ID,articleBody\n"
        '4,"Three people were killed in the blast, officials said."\n'
        '9,"The blast killed three people, police said."\n'
        '12,"The phone sold out on its first day."\n'
        '15,"A hoax: the cat did not die."\n'
    )
    # headlines A and B share body 9, so bodies 4, 9 and 15 tell one claim; body 12 is only
    # ever unrelated, a cluster of its own
    (bodies.parent / es.FNC1_STANCES).write_text(
        "Headline,Body ID,Stance\n"
        "Blast kills three,4,agree\n"
        "Blast kills three,9,discuss\n"
        "Blast toll disputed,9,disagree\n"
        "Blast toll disputed,15,discuss\n"
        "Blast kills three,12,unrelated\n"
    )
    return tmp_path / "eval"


def test_fnc1_bodies_of_one_claim_are_one_cluster_and_scored_against_the_reading(tmp_path):
    eval_dir = _fnc1(tmp_path)
    clusters = es.fnc1_clusters(eval_dir / es.FNC1_DATA)
    assert [(c["cluster_id"], [a["doc_id"] for a in c["articles"]]) for c in clusters] == [
        ("fnc1-c4", ["fnc1-4", "fnc1-9", "fnc1-15"]),
        ("fnc1-c12", ["fnc1-12"]),
    ]
    read = _killed_reading(
        tmp_path,
        eval_dir,
        "fnc1",
        '{"doc": "fnc1-4", "killed": [3], "injured": []}\n'
        '{"doc": "fnc1-12", "killed": [], "injured": []}\n',
    )
    assert (read["n"], read["correct"], read["unstated"], read["found_unstated"]) == (1, 1, 1, 0)


def test_fnc1_train_bodies_are_one_story_each_without_the_test_bodies(tmp_path):
    eval_dir = _fnc1(tmp_path)
    (eval_dir / es.FNC1_TRAIN_DATA).write_text(
        "Body ID,articleBody\n"
        '7,"Two men were wounded in the attack."\n'
        '3,"The phone sold out on its first day."\n'  # a test body's text: left out
        '20,"Four people died in the fire."\n'
    )
    clusters = list(es.iter_clusters(eval_dir / es.FNC1_TRAIN_DATA, "fnc1train"))
    assert [(c["cluster_id"], [a["doc_id"] for a in c["articles"]]) for c in clusters] == [
        ("fnc1train-c7", ["fnc1train-7"]),
        ("fnc1train-c20", ["fnc1train-20"]),
    ]


def test_a_reading_of_a_strict_bound_as_stated_is_right_but_not_against_gold():
    from factcheck.slots import extract_article_slots

    sentences = ["The war killed more than 200 people."]
    cand = es.candidate_counts(sentences, extract_article_slots(sentences, None), "killed")[0]
    assert not es.count_is(cand, [200])  # an outlet's 200 is no agreement with "more than 200"
    assert es.stated_count_is(cand, [200])  # the reader wrote the bound as stated
    assert es.stated_count_is(cand, [250]) and not es.stated_count_is(cand, [150])


def test_claimdiff_stories_read_as_clusters_of_their_two_outlets(tmp_path):
    from eval_clusters import claimdiff_records

    rows = [
        {"topic": "Blast", "date": "2019-01-16", "article_a": "A", "article_b": "B",
         "claim_a": "A bomb killed two soldiers and two civilians.", "claim_b": "The blast was in Manbij."},
        # the reversed pair repeats both sentences: each is kept once, in first-seen order
        {"topic": "Blast", "date": "2019-01-16", "article_a": "B", "article_b": "A",
         "claim_a": "The blast was in Manbij.", "claim_b": "A bomb killed two soldiers and two civilians."},
        {"topic": "Blast", "date": "2019-01-16", "article_a": "A", "article_b": "B",
         "claim_a": "Officials gave no names.", "claim_b": "The blast was in Manbij."},
        {"topic": "Vote", "date": "2020-02-05", "article_a": "C", "article_b": "D",
         "claim_a": "The Senate voted.", "claim_b": "The vote was 52-48."},
    ]  # fmt: skip
    data = tmp_path / "eval" / es.CLAIMDIFF_DATA
    data.parent.mkdir(parents=True)
    data.write_text(json.dumps({"data": rows}))
    stories = es.claimdiff_stories(data)
    assert [(s["cluster_id"], s["date"]) for s in stories] == [
        ("claimdiff-0", "2019-01-16"),
        ("claimdiff-1", "2020-02-05"),
    ]
    first = stories[0]["articles"]
    assert [(a["doc_id"], a["title"]) for a in first] == [
        ("claimdiff-0-0", "A"),
        ("claimdiff-0-1", "B"),
    ]
    assert (
        first[0]["text"]
        == "A bomb killed two soldiers and two civilians.\nOfficials gave no names."
    )
    # the checker's records carry the story's date as each article's publication date
    recs = claimdiff_records(stories[0])
    assert {r["published"] for r in recs} == {"2019-01-16"}
    assert [r["id"] for r in recs] == ["claimdiff-0-0", "claimdiff-0-1"]
    read = _killed_reading(
        tmp_path,
        tmp_path / "eval",
        "claimdiff",
        '{"doc": "claimdiff-0-0", "killed": [4], "injured": []}\n'
        '{"doc": "claimdiff-1-0", "killed": [], "injured": []}\n',
    )
    assert (read["n"], read["correct"], read["unstated"], read["found_unstated"]) == (1, 1, 1, 0)


@pytest.mark.parametrize(
    "words",
    [
        '"I thought I was going to die," one of them said.',
        "Homicide detectives were called to the scene, as they are to every shooting.",
        "The man was charged with attempted murder.",
        "He faces a charge of assault with a deadly weapon.",
        "Officers reviewed body camera footage.",
    ],
)
def test_words_of_death_that_tell_no_death_leave_the_shot_as_the_wounded(words):
    # thirty-first session: in a story where nobody died, "four people were shot" is the count
    # of the wounded; these words are no death, so they no longer keep it out
    from factcheck.slots import extract_article_slots

    sents = ["Four people were shot outside a bar early Sunday.", words]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert [c.slot.value for c in injured][:1] == [4]


@pytest.mark.parametrize(
    "words",
    [
        "One of them died at the hospital.",
        "The man was charged with murder.",
        "The medical examiner's office identified the victim.",
    ],
)
def test_a_death_told_still_keeps_the_shot_from_the_wounded(words):
    from factcheck.slots import extract_article_slots

    sents = ["Four people were shot outside a bar early Sunday.", words]
    injured = es.candidate_counts(sents, extract_article_slots(sents, None), "injured")
    assert 4 not in [c.slot.value for c in injured]


def test_tells_a_death_reads_the_narrators_words_only():
    assert es.tells_a_death("A 19-year-old man died at the scene.")
    assert not es.tells_a_death('"I thought I was going to die," she said.')
    assert not es.tells_a_death("He was charged with attempted murder.")
    assert es.tells_a_death("He was charged with murder and attempted murder.")
