"""Unit tests of the planting logic (scripts/planting.py) on invented sentences."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from planting import (
    Edit,
    apply_edit,
    candidate_sites,
    choose_site,
    claim_edits,
    date_edits,
    entity_edits,
    find_edits,
    is_corroborated,
    new_span,
    number_edits,
    overlaps,
)


def _only(edits: list[Edit]) -> Edit:
    assert len(edits) == 1, edits
    return edits[0]


def test_weekday_moves_three_days_and_offsets_hold() -> None:
    text = "The fire at the bakery started on Saturday night, the chief said."
    e = _only(date_edits(text))
    assert (e.old, e.new, e.detail) == ("Saturday", "Tuesday", "weekday")
    assert text[e.start : e.end] == "Saturday"
    edited = apply_edit(text, e)
    assert edited == "The fire at the bakery started on Tuesday night, the chief said."
    s, t = new_span(e)
    assert edited[s:t] == "Tuesday"


def test_month_day_moves_and_keeps_ordinal_suffix() -> None:
    e = _only(date_edits("The parade was held on March 3rd in the old town."))
    assert (e.old, e.new, e.anchor) == ("3rd", "8th", "March 3rd")
    late = _only(date_edits("Ballots are counted by Oct. 27, officials said."))
    assert (late.old, late.new) == ("27", "22")  # stays a valid day in every month


def test_month_followed_by_percent_is_not_a_date() -> None:
    assert date_edits("Sales in May 5 percent higher than a year ago were reported.") == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Two hikers were injured when the bridge gave way.", "Two", "Four"),
        ("The storm left 3 people dead across the county.", "3", "5"),
        ("Officials said seven passengers were hurt in the crash.", "seven", "nine"),
    ],
)
def test_casualty_counts_change(text: str, old: str, new: str) -> None:
    e = _only(number_edits(text))
    assert (e.old, e.new) == (old, new)
    assert apply_edit(text, e).count(new) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A 25-year-old man was hurt near the harbour.",  # an age, not a count
        "One of the climbers was injured on the ridge.",  # "one of" is not a count
        "The ferry left at 10:30 with passengers injured aboard.",  # a time
        "Prices rose 4 percent while two thirds of shops stayed open.",  # no casualty word
    ],
)
def test_things_that_are_not_casualty_counts(text: str) -> None:
    assert number_edits(text) == []


def test_entity_swap_whole_words_only() -> None:
    text = "Flooding hit Riverton on Monday; Rivertonians were evacuated from Riverton Heights."
    edits = entity_edits(text, {"Riverton": "Lakeside"}, {"Riverton": "place"})
    assert [(e.start, e.detail) for e in edits] == [(13, "place"), (66, "place")]
    assert apply_edit(text, edits[0]).startswith("Flooding hit Lakeside on Monday")


def test_negation_of_passive_claims_and_died() -> None:
    text = "The driver was arrested at the scene and a passenger has been charged."
    edits = claim_edits(text)
    assert [e.new for e in edits] == ["was not arrested", "has not been charged"]
    assert apply_edit(text, edits[1]).endswith("a passenger has not been charged.")
    died = _only(claim_edits("The cyclist died in hospital later that day."))
    assert apply_edit("The cyclist died in hospital later that day.", died) == (
        "The cyclist did not die in hospital later that day."
    )


def test_apply_edit_refuses_wrong_offsets() -> None:
    e = Edit("date", 0, 6, "Monday", "Friday", "Monday")
    with pytest.raises(ValueError, match="not 'Monday'"):
        apply_edit("Sunday came early.", e)


def test_find_edits_rejects_unknown_type() -> None:
    with pytest.raises(ValueError, match="unknown plant type"):
        find_edits("text", "colour")  # type: ignore[arg-type]


def test_corroboration_needs_the_old_value_in_another_article() -> None:
    e = _only(date_edits("The market closed on Friday after the blaze."))
    assert is_corroborated(e, ["Traders said the market shut friday."])
    assert not is_corroborated(e, ["Traders said the market shut Fridays."])  # another word
    assert not is_corroborated(e, ["Traders said the market shut on Thursday."])


def test_candidate_sites_are_in_article_offsets_and_cross_article_only() -> None:
    a1 = "Headline. Two swimmers were rescued on Sunday morning. The beach stayed closed until Sunday night."
    a2 = "Lifeguards pulled them out on Sunday."
    s1, s2 = (
        "Two swimmers were rescued on Sunday morning.",
        "The beach stayed closed until Sunday night.",
    )
    statements = [
        ("a1", a1.index(s1), a1.index(s1) + len(s1), s1),
        ("a1", a1.index(s2), a1.index(s2) + len(s2), s2),
        ("a2", 0, len(a2), a2),
    ]
    sites = candidate_sites(statements, "date")
    # Each Sunday is corroborated by the other article (a1's second Sunday is not merely
    # corroborated by a1's first one: a2 has it too).
    assert sorted((s.article_id, s.edit.start) for s in sites) == [
        ("a1", 39),
        ("a1", 85),
        ("a2", 30),
    ]
    full = {"a1": a1, "a2": a2}
    for s in sites:
        assert full[s.article_id][s.edit.start : s.edit.end] == "Sunday"
        assert s.statement_start <= s.edit.start < s.edit.end <= s.statement_end
    lone = [("a1", 0, 30, "Two swimmers were rescued."), ("a2", 0, 20, "It was calm.")]
    assert candidate_sites(lone, "number") == []
    same_article_only = [("a1", 0, 20, "It rained on Monday."), ("a1", 21, 40, "Monday was wet."),
                         ("a2", 0, 15, "It was sunny.")]  # fmt: skip
    assert candidate_sites(same_article_only, "date") == []


def test_choose_site_is_seeded() -> None:
    statements = [(f"a{i}", 0, 30, f"It happened on Monday, case {i}.") for i in range(6)]
    sites = candidate_sites(statements, "date")
    picks = {choose_site(sites, random.Random(7)) for _ in range(3)}
    assert len(picks) == 1
    assert choose_site([], random.Random(7)) is None


def test_overlaps() -> None:
    assert overlaps((0, 5), (4, 9))
    assert not overlaps((0, 5), (5, 9))
