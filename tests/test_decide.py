from dataclasses import dataclass

import pytest

from factcheck.config import DecideConfig
from factcheck.decide import PairEvidence, decide_pair, differing_spans
from factcheck.schema import CandidatePair, NliScores, Statement


@dataclass(frozen=True)
class FakeSlot:
    text: str
    role: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class FakeComparison:
    kind: str
    status: str
    reason: str = "x vs y"
    b_greater: bool | None = None
    a: FakeSlot = FakeSlot("about 6,700")
    b: FakeSlot = FakeSlot("nearly 7,000")
    one_event: bool = True

    def to_dict(self):
        return {"kind": self.kind, "status": self.status, "reason": self.reason}


def _s(sid, text, speaker=None):
    return Statement(id=sid, article_id="art-" + sid, index=0, start=0, end=len(text), text=text, speaker=speaker)


A = _s("a", "Putin arrived in Pyongyang late on Tuesday.")
B = _s("b", "Putin arrived in Pyongyang on Wednesday morning.")
NEUTRAL = NliScores(0.1, 0.8, 0.1)
CONTRA = NliScores(0.02, 0.03, 0.95)  # a confident contradiction
ENTAIL = NliScores(0.9, 0.08, 0.02)


def _ev(nli_ab=NEUTRAL, nli_ba=NEUTRAL, comparisons=(), sim=0.9, later=None):
    return PairEvidence(
        pair=CandidatePair("a", "b", sim, True), a=A, b=B, nli_ab=nli_ab, nli_ba=nli_ba,
        comparisons=comparisons, b_is_later=later,
    )


def test_slot_conflict_wins_over_neutral_nli():
    f = decide_pair(_ev(comparisons=[FakeComparison("date", "conflict", "Tue 18 Jun vs Wed 19 Jun")]), DecideConfig())
    assert (f.kind, f.conflict_type) == ("conflict", "date")
    assert "date: Tue 18 Jun vs Wed 19 Jun" in f.reasons


def test_most_specific_slot_type_names_the_conflict():
    cmp = [FakeComparison("entity", "conflict"), FakeComparison("number", "conflict"), FakeComparison("date", "conflict")]
    assert decide_pair(_ev(comparisons=cmp), DecideConfig()).conflict_type == "date"


def test_slot_conflict_ignored_for_dissimilar_pairs():
    f = decide_pair(_ev(comparisons=[FakeComparison("number", "conflict")], sim=0.4), DecideConfig())
    assert f.kind == "unrelated"


def test_zone_conflict_is_a_lower_confidence_conflict_with_explanation():
    hard = decide_pair(_ev(comparisons=[FakeComparison("time", "conflict")]), DecideConfig())
    zone = decide_pair(_ev(comparisons=[FakeComparison("time", "zone_conflict")]), DecideConfig())
    assert zone.kind == "conflict" and zone.confidence < hard.confidence
    assert any("time zones" in r for r in zone.reasons)


def test_nli_contradiction_is_a_claim_conflict():
    f = decide_pair(_ev(nli_ab=CONTRA, nli_ba=CONTRA), DecideConfig())
    assert (f.kind, f.conflict_type) == ("conflict", "claim")
    assert f.confidence == pytest.approx(0.95)


def test_nli_contradiction_overruled_by_an_agreeing_value_written_differently():
    f = decide_pair(_ev(nli_ab=CONTRA, comparisons=[FakeComparison("number", "agree")]), DecideConfig())
    assert f.kind == "agree"


def test_nli_contradiction_stands_when_agreeing_values_are_written_the_same():
    same = FakeComparison("date", "agree", a=FakeSlot("on Monday"), b=FakeSlot("on Monday"))
    f = decide_pair(_ev(nli_ab=CONTRA, nli_ba=CONTRA, comparisons=[same]), DecideConfig())
    assert (f.kind, f.conflict_type) == ("conflict", "claim")


def test_a_shared_name_is_no_agreement():
    name = FakeComparison("entity", "agree", a=FakeSlot("North Korea"), b=FakeSlot("North Korea"))
    both = _ev(nli_ab=CONTRA, nli_ba=CONTRA, comparisons=[name])
    assert decide_pair(both, DecideConfig()).conflict_type == "claim"
    assert decide_pair(_ev(comparisons=[name]), DecideConfig()).kind == "unrelated"


def test_entailment_either_direction_is_agreement():
    assert decide_pair(_ev(nli_ba=ENTAIL), DecideConfig()).kind == "agree"
    assert decide_pair(_ev(), DecideConfig()).kind == "unrelated"


@pytest.mark.parametrize("b_greater, later, update", [(True, True, True), (False, True, False), (True, None, False), (False, False, True)])
def test_higher_figure_in_later_article_is_possible_update(b_greater, later, update):
    cmp = [FakeComparison("number", "conflict", b_greater=b_greater)]
    f = decide_pair(_ev(comparisons=cmp, later=later), DecideConfig())
    assert f.kind == "conflict" and f.possible_update is update


def test_finding_id_is_order_free_content_hash():
    f1 = decide_pair(_ev(), DecideConfig())
    assert f1.id == decide_pair(_ev(), DecideConfig()).id
    from factcheck.schema import Finding

    assert Finding.make_id("a", "b") == Finding.make_id("b", "a") == f1.id


def test_differing_spans_mark_changed_words():
    da, db = differing_spans(A.text, B.text)
    assert [A.text[s:e] for s, e in da] == ["late", "Tuesday"]
    assert [B.text[s:e] for s, e in db] == ["Wednesday morning"]
    same_a, same_b = differing_spans("6,700 containers.", "6,700 containers.")
    assert same_a == same_b == ()


def test_shared_date_between_different_facts_is_not_agreement():
    f = decide_pair(_ev(comparisons=[FakeComparison("date", "agree")], sim=0.45), DecideConfig())
    assert f.kind == "unrelated"


def test_slot_conflict_highlights_the_disputed_values():
    cmp = FakeComparison("date", "conflict", a=FakeSlot("late on Tuesday", start=27, end=42),
                         b=FakeSlot("on Wednesday morning", start=26, end=46))
    f = decide_pair(_ev(comparisons=[cmp]), DecideConfig())
    assert A.text[27:42] == "late on Tuesday" and f.diff_a == ((27, 42),)
    assert f.diff_b == ((26, 46),)


def _ev_texts(ta, tb, **kw):
    a = _s("a", ta)
    b = _s("b", tb)
    ev = _ev(**kw)
    return PairEvidence(pair=ev.pair, a=a, b=b, nli_ab=ev.nli_ab, nli_ba=ev.nli_ba,
                        comparisons=ev.comparisons, b_is_later=ev.b_is_later)


def test_word_for_word_copies_never_conflict():
    ev = _ev_texts("The funeral is on Monday.", "The funeral is on Monday.",
                   comparisons=[FakeComparison("date", "conflict")])
    assert decide_pair(ev, DecideConfig()).kind != "conflict"


def test_pure_elaboration_is_no_claim_conflict_but_an_added_negation_is():
    elaborated = _ev_texts("It didn't feel real.", "It didn't feel real at all.", nli_ab=CONTRA)
    assert decide_pair(elaborated, DecideConfig()).kind != "conflict"
    negated = _ev_texts("The suspect was arrested.", "The suspect was not arrested.", nli_ab=CONTRA)
    assert decide_pair(negated, DecideConfig()).conflict_type == "claim"


def test_one_way_contradiction_needs_the_other_direction():
    one_way = _ev(nli_ab=CONTRA, nli_ba=NliScores(0.3, 0.6, 0.1))
    assert decide_pair(one_way, DecideConfig(contradiction_min_both=0.0)).kind == "conflict"
    assert decide_pair(one_way, DecideConfig()).kind != "conflict"  # default 0.9
    strict = DecideConfig(contradiction_min_both=0.5)
    assert decide_pair(one_way, strict).kind != "conflict"
    both = _ev(nli_ab=CONTRA, nli_ba=NliScores(0.1, 0.3, 0.6))
    assert decide_pair(both, strict).conflict_type == "claim"
    # the default asks for a confident contradiction both ways when neither side denies
    assert decide_pair(both, DecideConfig()).kind != "conflict"
    assert decide_pair(_ev(nli_ab=CONTRA, nli_ba=CONTRA), DecideConfig()).conflict_type == "claim"


def test_one_way_contradiction_stands_for_a_claim_and_its_denial():
    strict = DecideConfig(contradiction_min_both=0.5)
    a = _s("a", "North Korea has supplied Russia with artillery shells.")
    b = _s("b", "North Korea has not supplied Russia with any weapons.")
    ev = PairEvidence(
        pair=CandidatePair("a", "b", 0.8, True), a=a, b=b, nli_ab=CONTRA,
        nli_ba=NliScores(0.3, 0.6, 0.1), comparisons=(), b_is_later=None,
    )
    assert decide_pair(ev, strict).conflict_type == "claim"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the same sentence with a word abbreviated: no claim conflict, whatever NLI says
        (
            "HESTON, Kansas - Officers responded to the plant Thursday afternoon.",
            "HESTON, Kan. - Officers responded to the plant Thursday afternoon.",
            False,
        ),
        # a different name, a different number word or a negation is a real change
        ("Officers responded to the plant in Hesston.", "Officers responded to the plant in Newton.", True),
        ("Six men were shot at the plant.", "Sixty men were shot at the plant.", True),
        ("The suspect was arrested at the plant.", "The suspect was never arrested at the plant.", True),
    ],
)
def test_an_abbreviated_copy_is_no_claim_conflict(a, b, conflict):
    ev = _ev_texts(a, b, nli_ab=CONTRA, nli_ba=CONTRA)
    assert (decide_pair(ev, DecideConfig()).kind == "conflict") is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a harm denied in one word on one side and with "not" / "none" on the other: both deny
        ("Police said none of the injuries are life-threatening.",
         "All of the victims have non life-threatening injuries, police said.", False),
        ("Her injuries are not life-threatening, police said.",
         "The girl was taken to the hospital with non-life-threatening injuries.", False),
        ("Three other children were in the home but were not injured.",
         "Three other children were also in the home but were unharmed.", False),
        # a harm told against its denial still stands on a one-way contradiction
        ("Three other children in the home were injured.",
         "Three other children were also in the home but were unharmed.", True),
    ],
)
def test_a_harm_denied_in_one_word_is_a_negation(a, b, conflict):
    one_way = NliScores(0.3, 0.6, 0.1)
    ev = _ev_texts(a, b, nli_ab=CONTRA, nli_ba=one_way)
    assert (decide_pair(ev, DecideConfig()).kind == "conflict") is conflict


def test_a_date_conflict_of_verbs_not_known_to_tell_one_event_needs_closer_statements():
    weak = FakeComparison("date", "conflict", "Mon 2 Jan vs Tue 3 Jan", one_event=False)
    strong = FakeComparison("date", "conflict", "Mon 2 Jan vs Tue 3 Jan")
    config = DecideConfig()  # other_verb_date_min_similarity 0.65
    assert decide_pair(_ev(comparisons=[weak], sim=0.62), config).kind != "conflict"
    assert decide_pair(_ev(comparisons=[weak], sim=0.7), config).conflict_type == "date"
    assert decide_pair(_ev(comparisons=[strong], sim=0.62), config).conflict_type == "date"
    off = DecideConfig(other_verb_date_min_similarity=0.0)
    assert decide_pair(_ev(comparisons=[weak], sim=0.62), off).conflict_type == "date"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the denial is of what the other side says (verb, or its object)
        ("North Korea has supplied Russia with artillery shells.",
         "North Korea has not supplied Russia with any weapons.", True),
        ("North Korea has sent roughly 600 containers of munitions to Russia.",
         "North Korea has not supplied Russia with any weapons.", True),
        ("John Smith died at the scene, police said.", "John Smith did not die at the scene.", True),
        # a denial of something the other side does not say
        ("Police responded to a call at the bar on Main Street.", "No arrests have been made.", False),
        ("Her cousin said the shooting was an accident.", "She doesn't know if that person survived.", False),
    ],
)
def test_a_one_way_contradiction_needs_a_denial_of_what_the_other_says(a, b, conflict):
    one_way = NliScores(0.3, 0.6, 0.1)
    ev = _ev_texts(a, b, nli_ab=CONTRA, nli_ba=one_way)
    assert (decide_pair(ev, DecideConfig()).kind == "conflict") is conflict


def test_a_denial_says_what_it_denies():
    a = "North Korea has supplied Russia with artillery shells."
    b = "North Korea has not supplied Russia with any weapons."
    f = decide_pair(_ev_texts(a, b, nli_ab=CONTRA, nli_ba=NliScores(0.3, 0.6, 0.1)), DecideConfig())
    assert f.conflict_type == "claim"
    assert "B denies what A says (supply)" in f.reasons
    # a contradiction both ways needs no denial, and gives none
    both = decide_pair(_ev_texts(a, b, nli_ab=CONTRA, nli_ba=CONTRA), DecideConfig())
    assert both.conflict_type == "claim" and not any("denies" in r for r in both.reasons)

