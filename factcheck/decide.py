"""Turn one aligned pair's NLI scores and slot comparisons into a Finding.

Order of evidence, and why:
1. Slot conflicts (a date, time, figure or name that cannot both be true) decide first: the
   NLI model is weakest exactly there, and the slot engine compares normalized values.
   They count only for pairs similar enough to be about the same fact.
2. Otherwise a contradiction probability above the threshold is a claim conflict when one
   side denies what the other says (factcheck/denial.py) or the model contradicts both ways
   (the weaker direction at least `contradiction_min_both`) — unless a value written
   differently agrees on both sides (the model reacting to the wording of a figure), a pure
   elaboration or an abbreviation (docs/decisions.md, D8).
3. Entailment in either direction, or agreeing slots, make an agreement.
4. Everything else is `unrelated` (same topic, different facts).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from factcheck.config import DecideConfig
from factcheck.denial import denied_in_other
from factcheck.schema import (
    CandidatePair,
    ConflictType,
    Finding,
    NliScores,
    Statement,
    normalize_for_id,
)
from factcheck.slots.numbers import parse_number

# Which slot conflict names the finding when several disagree: the most specific first.
_TYPE_PRIORITY: tuple[ConflictType, ...] = ("date", "time", "number", "entity")


class SlotComparisonLike(Protocol):
    kind: str
    status: str
    reason: str
    b_greater: bool | None
    one_event: bool

    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class PairEvidence:
    pair: CandidatePair
    a: Statement
    b: Statement
    nli_ab: NliScores | None
    nli_ba: NliScores | None
    comparisons: Sequence[SlotComparisonLike]
    # Publication order: True when b's article was published after a's.
    b_is_later: bool | None = None


def decide_pair(ev: PairEvidence, config: DecideConfig) -> Finding:
    # Slot evidence counts only between statements about the same fact: two sentences that
    # merely share a date ("since August") neither agree nor conflict through it.
    # A mutual best match is strong evidence of one fact told twice, so it needs less similarity.
    threshold = config.slot_min_similarity - (config.mutual_slot_bonus if ev.pair.mutual else 0.0)
    same_fact = ev.pair.similarity >= threshold
    comparisons = list(ev.comparisons)
    if ev.pair.linked_by:  # linked by an office, not by content: only that office is compared
        same_fact = True
        comparisons = [
            c for c in comparisons if c.kind == "entity" and _role(c) == ev.pair.linked_by
        ]
    conflicts = (
        [
            c
            for c in comparisons
            if c.status in ("conflict", "zone_conflict")
            and (c.one_event or ev.pair.similarity >= config.other_verb_date_min_similarity)
        ]
        if same_fact
        else []
    )
    agreements = [c for c in comparisons if c.status == "agree"] if same_fact else []
    if normalize_for_id(ev.a.text) == normalize_for_id(ev.b.text):
        # Word-for-word copies (wire copy, a shared quote) say the same thing, even when a
        # relative date in them resolves against two different publication days.
        conflicts = []
    contra = max((s.contradiction for s in (ev.nli_ab, ev.nli_ba) if s), default=0.0)
    entail = max((s.entailment for s in (ev.nli_ab, ev.nli_ba) if s), default=0.0)
    if contra:
        diff = _word_diff(ev.a.text, ev.b.text)
        if _only_additions(diff) or _only_abbreviated(diff):
            # One statement is the other plus words that negate nothing ("It didn't feel real"
            # / "It didn't feel real at all"), or with a word abbreviated: not a contradiction.
            contra = 0.0
    reasons: list[str] = []
    denial: str | None = None  # set below when a one-way contradiction stands as a denial
    kind: str
    conflict_type: ConflictType | None = None
    possible_update = False

    if conflicts:
        conflicts.sort(
            key=lambda c: _TYPE_PRIORITY.index(c.kind) if c.kind in _TYPE_PRIORITY else 9
        )
        kind, conflict_type = "conflict", conflicts[0].kind  # type: ignore[assignment]
        reasons.extend(f"{c.kind}: {c.reason}" for c in conflicts)
        zone_only = all(c.status == "zone_conflict" for c in conflicts)
        # Slot evidence is strong; NLI contradiction and similarity raise it further.
        confidence = 0.55 + 0.25 * ev.pair.similarity + 0.2 * contra
        if zone_only:
            confidence -= 0.15
            reasons.append("the two may describe the same moment in different time zones")
        possible_update = _is_update(conflicts, ev.b_is_later)
        if possible_update:
            reasons.append(
                "the later article gives a higher figure: possibly an update, not an error"
            )
    elif (
        contra >= config.contradiction_threshold
        and not _explains_away(agreements)
        and (_both_ways(ev) >= config.contradiction_min_both or (denial := _denial(ev)) is not None)
    ):
        kind, conflict_type = "conflict", "claim"
        confidence = contra
        reasons.append(_nli_reason("contradiction", ev))
        if denial:
            reasons.append(denial)
    elif entail >= config.entailment_threshold or _value_agreements(agreements):
        kind = "agree"
        confidence = max(entail, 0.6 if agreements else 0.0)
        if entail >= config.entailment_threshold:
            reasons.append(_nli_reason("entailment", ev))
        reasons.extend(f"{c.kind}: {c.reason}" for c in agreements)
    else:
        kind = "unrelated"
        confidence = max((s.neutral for s in (ev.nli_ab, ev.nli_ba) if s), default=0.0)
    if ev.a.speaker or ev.b.speaker:
        reasons.append(_attribution(ev.a, ev.b))
    if conflicts:  # point at the values in dispute, not at every reworded word
        diff_a = tuple(sorted({(c.a.start, c.a.end) for c in conflicts}))  # type: ignore[attr-defined]
        diff_b = tuple(sorted({(c.b.start, c.b.end) for c in conflicts}))  # type: ignore[attr-defined]
    else:
        diff_a, diff_b = differing_spans(ev.a.text, ev.b.text)
    return Finding(
        id=Finding.make_id(ev.a.id, ev.b.id),
        kind=kind,  # type: ignore[arg-type]
        conflict_type=conflict_type,
        confidence=round(min(1.0, max(0.0, confidence)), 4),
        statement_a=ev.a.id,
        statement_b=ev.b.id,
        similarity=ev.pair.similarity,
        nli_ab=ev.nli_ab,
        nli_ba=ev.nli_ba,
        reasons=tuple(reasons),
        slot_comparisons=tuple(c.to_dict() for c in comparisons if c.status != "unrelated"),
        diff_a=diff_a,
        diff_b=diff_b,
        possible_update=possible_update,
    )


_NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor n't cannot without deny denied denies false".split()  # noqa: SIM905
)


# Words that deny a harm in one word: "were unharmed" says what "were not injured" says, and
# "non-life-threatening injuries" what "none of the injuries are life-threatening" says. Counted
# as negations, two such paraphrases both negate, so the small model's one-way "contradiction"
# between them no longer stands as a denial.
_DENIED_HARM = re.compile(r"un(?:harmed|hurt|injured|scathed)|non(?:-?(?:life|fatal|critical)\S*)?")


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or word.endswith(("n't", "n’t")) or bool(_DENIED_HARM.fullmatch(word))


def _negates(text: str) -> bool:
    return any(_is_negation(m.group(0).casefold()) for m in _WORD.finditer(text))


def _denial(ev: PairEvidence) -> str | None:
    """One side denies what the other says: exactly one side negates, and the denied verb (or
    two of the denied clause's arguments) is in the other statement ("has not supplied Russia"
    / "North Korea has sent munitions to Russia"). The small model often reads such a denial
    as neutral in one direction, so a one-way contradiction stands on it; a denial of something
    else ("No arrests have been made" / "a call was placed") is no claim conflict, whatever the
    model says (docs/decisions.md D8). Returns the reason for the reviewer, or None."""
    a_denies = _negates(ev.a.text)
    if a_denies == _negates(ev.b.text):
        return None
    negated, other = (ev.a, ev.b) if a_denies else (ev.b, ev.a)
    words = denied_in_other(negated.text, other.text)  # parses with spaCy: few pairs get here
    if not words:
        return None
    text = other.text.casefold()

    def at(word: str) -> int:  # where the word stands in the other statement (lemmas: last)
        m = re.search(rf"\b{re.escape(word)}\b", text)
        return m.start() if m else len(text)

    ordered = sorted(words, key=lambda w: (at(w), w))
    side = "A" if a_denies else "B"
    return f"{side} denies what {'B' if a_denies else 'A'} says ({', '.join(ordered)})"


def _both_ways(ev: PairEvidence) -> float:
    """The contradiction probability of the weaker direction (the one direction judged counts
    for both when the other was not run)."""
    scores = [s.contradiction for s in (ev.nli_ab, ev.nli_ba) if s]
    return min(scores) if scores else 0.0


@dataclass(frozen=True, slots=True)
class _WordDiff:
    """Two statements' casefolded words and the non-equal opcodes between them."""

    a: list[str]
    b: list[str]
    changes: list[tuple[str, int, int, int, int]]


def _word_diff(text_a: str, text_b: str) -> _WordDiff:
    ta = [m.group(0).casefold() for m in _WORD.finditer(text_a)]
    tb = [m.group(0).casefold() for m in _WORD.finditer(text_b)]
    ops = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False).get_opcodes()
    return _WordDiff(ta, tb, [op for op in ops if op[0] != "equal"])


def _only_additions(diff: _WordDiff) -> bool:
    """True when one statement's words are the other's in order plus inserted words, none of
    which negate (a pure elaboration)."""
    ta, tb, changes = diff.a, diff.b, diff.changes
    if not changes:
        return True
    inserted_b = all(op == "insert" for op, *_ in changes)
    inserted_a = all(op == "delete" for op, *_ in changes)
    if not (inserted_a or inserted_b):
        return False
    added = [w for op, i1, i2, j1, j2 in changes for w in (tb[j1:j2] if inserted_b else ta[i1:i2])]
    return not any(_is_negation(w) for w in added)


def _only_abbreviated(diff: _WordDiff) -> bool:
    """True when the two statements differ only in words one of which abbreviates or splits
    the other ("HESSTON, Kansas -" / "HESSTON, Kan. -", "Burnsworth" / "Burns-worth"): the same
    sentence, which the small NLI model can still call a contradiction."""
    ta, tb, changes = diff.a, diff.b, diff.changes
    if not changes:
        return False
    for op, i1, i2, j1, j2 in changes:
        if op != "replace":
            return False
        wa, wb = (re.sub(r"\W", "", "".join(t)) for t in (ta[i1:i2], tb[j1:j2]))
        short, long_ = sorted((wa, wb), key=len)
        if (
            len(short) < 3
            or not short.isalpha()
            or not long_.startswith(short)
            or parse_number(short) is not None  # "six" / "sixty"
            or parse_number(long_) is not None
            or any(_is_negation(w) for w in ta[i1:i2] + tb[j1:j2])
        ):
            return False
    return True


def _value_agreements(agreements: Sequence[SlotComparisonLike]) -> list[SlotComparisonLike]:
    """Agreeing dates, times and figures. A shared name is no agreement: two statements about
    one subject ("North Korea has / has not supplied weapons") always share it."""
    return [c for c in agreements if c.kind in ("date", "time", "number")]


def _explains_away(agreements: Sequence[SlotComparisonLike]) -> bool:
    """An NLI contradiction is overruled when an agreeing value is written differently in the
    two statements ("about 6,700" / "nearly 7,000", "Tuesday" / "June 18"): the model reacts
    to the wording, the slot engine compared the values. When the agreeing values are written
    the same, the contradiction comes from elsewhere in the sentence and stands."""
    for c in _value_agreements(agreements):
        a, b = getattr(c, "a", None), getattr(c, "b", None)
        if a is not None and b is not None and a.text.casefold() != b.text.casefold():
            return True
    return False


def _role(c: SlotComparisonLike) -> str | None:
    return getattr(getattr(c, "a", None), "role", None)


def _is_update(conflicts: Sequence[SlotComparisonLike], b_is_later: bool | None) -> bool:
    """A number conflict where the later article's figure is the higher one."""
    if b_is_later is None:
        return False
    # Any figure that is higher in the later article counts: a revised story often carries
    # sub-counts too ("rose to 12 after three injured workers died").
    if any(c.kind != "number" for c in conflicts):
        return False
    return any(c.b_greater == b_is_later for c in conflicts if c.b_greater is not None)


def _nli_reason(label: str, ev: PairEvidence) -> str:
    ab = getattr(ev.nli_ab, label, 0.0) if ev.nli_ab else 0.0
    ba = getattr(ev.nli_ba, label, 0.0) if ev.nli_ba else 0.0
    return f"NLI {label}: A→B {ab:.2f}, B→A {ba:.2f}"


def _attribution(a: Statement, b: Statement) -> str:
    who_a = a.speaker or "the outlet"
    who_b = b.speaker or "the outlet"
    return f"attributed: A to {who_a}, B to {who_b}"


_WORD = re.compile(r"\w+(?:[.,:'’-]\w+)*|[^\w\s]")


def differing_spans(
    text_a: str, text_b: str
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Character spans of the words that differ between two statements (word-level diff)."""
    toks_a = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text_a)]
    toks_b = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text_b)]
    matcher = difflib.SequenceMatcher(
        a=[t[0] for t in toks_a], b=[t[0] for t in toks_b], autojunk=False
    )
    spans_a: list[tuple[int, int]] = []
    spans_b: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            spans_a.append((toks_a[i1][1], toks_a[i2 - 1][2]))
        if j2 > j1:
            spans_b.append((toks_b[j1][1], toks_b[j2 - 1][2]))
    return tuple(spans_a), tuple(spans_b)
