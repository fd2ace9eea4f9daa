"""Planted conflicts: change one fact in one sentence in one controlled way, and say where.

The evaluation (scripts/eval_clusters.py, scripts/bench.py) plants one edit in one article of
a real cluster and checks whether the pipeline flags a conflict on the edited statement. This
module is the pure part: find the places in a sentence where an edit of a given type can be
made, make it, and keep the offsets. No models, no data files, so it is unit-tested on
invented sentences (tests/test_planting.py).

Edit types map onto factcheck's conflict types:
  date   - the incident's weekday moves three days ("Saturday" -> "Tuesday"), or a month-day
           date moves five days ("July 17" -> "July 22")
  number - a casualty count changes ("two people were killed" -> "four people were killed")
  entity - a place or a person's name is swapped for one from another cluster
  claim  - a key claim is negated ("was arrested" -> "was not arrested")

Hand-written regular expressions rather than spaCy: the edits must be exact, reproducible and
reversible at the character level, and the patterns are few.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

PlantType = Literal["date", "number", "entity", "claim"]
PLANT_TYPES: tuple[PlantType, ...] = ("date", "number", "entity", "claim")


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement inside a piece of text: text[start:end] == old becomes new."""

    type: PlantType
    start: int
    end: int
    old: str
    new: str
    # The words whose presence in another article makes the edit a cross-article conflict
    # (the old value, or the negated verb): see `is_corroborated`.
    anchor: str
    detail: str = ""  # "weekday", "month-day", "count", "place", "name", "negation"

    def shifted(self, offset: int) -> Edit:
        return Edit(self.type, self.start + offset, self.end + offset, self.old, self.new,
                    self.anchor, self.detail)  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def apply_edit(text: str, edit: Edit) -> str:
    """The text with the edit made; refuses an edit whose old text is not where it says."""
    if text[edit.start : edit.end] != edit.old:
        raise ValueError(
            f"text[{edit.start}:{edit.end}] is {text[edit.start : edit.end]!r}, not {edit.old!r}"
        )
    return text[: edit.start] + edit.new + text[edit.end :]


def new_span(edit: Edit) -> tuple[int, int]:
    """Where the new text sits in the edited text."""
    return edit.start, edit.start + len(edit.new)


# ---------------------------------------------------------------------------- dates

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
               "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}  # fmt: skip
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_DAY_RE = re.compile(
    r"\b(?P<month>" + "|".join(MONTHS) + r"|(?:" + "|".join(_MONTH_ABBR) + r")\.?)"
    r"\s+(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?\b(?!\s*(?:%|percent))"
)
WEEKDAY_SHIFT = 3  # far enough that no "late Friday / early Saturday" reading reconciles them
DAY_SHIFT = 5


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date_edits(text: str) -> list[Edit]:
    edits = []
    for m in _WEEKDAY_RE.finditer(text):
        new = WEEKDAYS[(WEEKDAYS.index(m.group(1)) + WEEKDAY_SHIFT) % 7]
        edits.append(Edit("date", m.start(), m.end(), m.group(1), new, m.group(1), "weekday"))
    for m in _MONTH_DAY_RE.finditer(text):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        # Stay inside days every month has, so the new date is always valid.
        new_day = day + DAY_SHIFT if day + DAY_SHIFT <= 28 else day - DAY_SHIFT
        suffix = _ordinal(new_day) if m.group("suffix") else ""
        start, end = m.start("day"), m.end("suffix") if m.group("suffix") else m.end("day")
        old = text[start:end]
        edits.append(Edit("date", start, end, old, f"{new_day}{suffix}", m.group(0), "month-day"))
    return edits


# ---------------------------------------------------------------------------- casualty counts

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_CASUALTY = (
    r"(?:people|persons?|men|women|man|woman|teens?|teenagers?|children|kids|boys?|girls?|"
    r"officers?|victims?|others|adults?|students?|individuals|suspects?|killed|dead|died|"
    r"injured|wounded|shot|hurt|hospitalized|fatalities|deaths|casualties)"
)
# A count, then up to three words (no sentence punctuation), then a casualty word. Not an age
# ("25-year-old"), not "one of", not part of a larger number or a time.
_COUNT_RE = re.compile(
    r"(?<![\w$.,:-])(?P<num>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\b(?![-,.:]\d|-year|\s+of\b|\s*%)"
    r"(?P<gap>(?:\s+[A-Za-z'’-]+){0,3}?)\s+" + _CASUALTY + r"\b",
    re.IGNORECASE,
)
COUNT_SHIFT = 2


def _new_count(old: str) -> str:
    if old.isdigit():
        return str(int(old) + COUNT_SHIFT)
    n = NUMBER_WORDS.index(old.lower())
    new = (
        NUMBER_WORDS[n + COUNT_SHIFT]
        if n + COUNT_SHIFT < len(NUMBER_WORDS)
        else str(n + COUNT_SHIFT)
    )
    return new.capitalize() if old[0].isupper() else new


def number_edits(text: str) -> list[Edit]:
    edits = []
    for m in _COUNT_RE.finditer(text):
        old = m.group("num")
        if old.lower() == "one" and m.group("gap").strip().lower().startswith(("of", "another")):
            continue
        edits.append(
            Edit("number", m.start("num"), m.end("num"), old, _new_count(old), old, "count")
        )
    return edits


# ---------------------------------------------------------------------------- places and names


def entity_edits(
    text: str, swaps: Mapping[str, str], detail: Mapping[str, str] | None = None
) -> list[Edit]:
    """Every whole-word occurrence of a key of `swaps` (case-sensitive), replaced by its value."""
    edits = []
    for old, new in swaps.items():
        if not old or old == new:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])", text):
            kind = (detail or {}).get(old, "entity")
            edits.append(Edit("entity", m.start(), m.end(), old, new, old, kind))
    return edits


# ---------------------------------------------------------------------------- negation

_NEGATABLE = (
    r"killed|shot|arrested|charged|injured|wounded|hospitalized|taken into custody|"
    r"identified|booked|detained|released|found|pronounced dead|transported|struck|hit|armed"
)
_AUX_RE = re.compile(
    r"\b(?P<aux>was|were|is|are|has been|have been|had been)\s+(?P<verb>" + _NEGATABLE + r")\b",
    re.IGNORECASE,
)
_DIED_RE = re.compile(r"\b(?P<verb>died)\b")


def claim_edits(text: str) -> list[Edit]:
    """Negate a passive claim ("was arrested" -> "was not arrested") or "died" -> "did not die"."""
    edits = []
    for m in _AUX_RE.finditer(text):
        aux = m.group("aux")
        words = aux.split()
        negated = (
            f"{words[0]} not {' '.join(words[1:])}".strip() if len(words) > 1 else f"{aux} not"
        )
        old = m.group(0)
        new = f"{negated} {m.group('verb')}"
        edits.append(
            Edit("claim", m.start(), m.end(), old, new, m.group("verb").lower(), "negation")
        )
    for m in _DIED_RE.finditer(text):
        edits.append(Edit("claim", m.start(), m.end(), "died", "did not die", "died", "negation"))
    return edits


def find_edits(text: str, kind: PlantType, swaps: Mapping[str, str] | None = None,
               swap_detail: Mapping[str, str] | None = None) -> list[Edit]:  # fmt: skip
    if kind == "date":
        return date_edits(text)
    if kind == "number":
        return number_edits(text)
    if kind == "entity":
        return entity_edits(text, swaps or {}, swap_detail)
    if kind == "claim":
        return claim_edits(text)
    raise ValueError(f"unknown plant type {kind!r}; known: {', '.join(PLANT_TYPES)}")


# ---------------------------------------------------------------------------- choosing a site


def is_corroborated(edit: Edit, other_texts: Iterable[str]) -> bool:
    """Another article states the old value too, so the edit makes two outlets disagree.

    A planted change nobody else reported cannot be a cross-article conflict; counting it would
    measure the data, not the checker.
    """
    pattern = re.compile(r"(?<![\w-])" + re.escape(edit.anchor) + r"(?![\w-])", re.IGNORECASE)
    return any(pattern.search(t) for t in other_texts)


@dataclass(frozen=True, slots=True)
class Site:
    """A candidate place for a plant: an edit inside one statement of one article."""

    article_id: str
    statement_start: int  # the statement's span in the article text
    statement_end: int
    edit: Edit  # offsets in the article text


def candidate_sites(
    statements: Sequence[tuple[str, int, int, str]],
    kind: PlantType,
    *,
    swaps: Mapping[str, str] | None = None,
    swap_detail: Mapping[str, str] | None = None,
) -> list[Site]:
    """Corroborated edit sites among (article_id, start, end, text) statements of one cluster."""
    sites = []
    for article_id, start, end, text in statements:
        others = [t for a, _, _, t in statements if a != article_id]
        for edit in find_edits(text, kind, swaps, swap_detail):
            if is_corroborated(edit, others):
                sites.append(Site(article_id, start, end, edit.shifted(start)))
    return sites


def choose_site(sites: Sequence[Site], rng: random.Random) -> Site | None:
    return rng.choice(list(sites)) if sites else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
