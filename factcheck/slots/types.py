"""The two nouns of the slot engine: a normalized value found in a sentence, and a comparison.

A slot's value is always an *interval* — a time interval for dates and times, a numeric
interval for figures — because news values are hedged and coarse ("late Tuesday", "about
6,700"). Comparison then reduces to interval overlap, which is easy to explain to a reviewer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, get_args

SlotKind = Literal["date", "time", "quantity", "money", "percent", "duration", "entity"]
SLOT_KINDS: tuple[str, ...] = get_args(SlotKind)

ComparisonKind = Literal["date", "time", "number", "entity"]
ComparisonStatus = Literal["agree", "conflict", "zone_conflict", "unrelated"]
COMPARISON_STATUSES: tuple[str, ...] = get_args(ComparisonStatus)

# day < part_of_day < clock: the finer, the later in this tuple.
Granularity = Literal[
    "decade", "year", "season", "month", "week", "range", "day", "part_of_day", "minute"
]


def _num(x: float | None) -> float | str | None:
    if x is None:
        return None
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return int(x) if float(x).is_integer() else round(x, 6)


@dataclass(frozen=True, slots=True)
class Slot:
    kind: SlotKind
    text: str
    start: int  # sentence[start:end] == text
    end: int
    # Dates and times: a half-open wall-clock interval [value_start, value_end) in `zone`.
    value_start: datetime | None = None
    value_end: datetime | None = None
    granularity: str | None = None
    # "UTC+09:00" (explicit or from the publication datetime), "local" ("local time": the place
    # of the event, unknown here), or None (no zone known: the writer's wall clock).
    zone: str | None = None
    zone_explicit: bool = False  # the sentence itself named the zone
    # "local time" in a sentence naming a place with one IANA zone ("in Pyongyang"): that zone.
    local_zone: str | None = None
    resolved: bool = True  # False: a relative date with nothing to anchor it to
    # True: the day lies after the publication day (a plan, a deadline); False: wholly before
    # it (done); None: the publication day itself, a period around it, or no publication date.
    ahead: bool | None = None
    part_of_day: str | None = None  # "late", "morning", "overnight", "3:15 a.m." ...
    weekday: int | None = None  # 0 = Monday, kept so unresolved weekdays still compare
    # Time of day window in minutes after midnight (end may pass 1440), when the text gives one.
    tod_start: int | None = None
    tod_end: int | None = None
    # Figures (quantity, money, percent, duration): closed interval [low, high], value as written.
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None  # "about", "more than", "at least", "up to", ...
    unit: str | None = None  # "mm", "km", "tonne", "USD", "%", "year" ...
    noun: str | None = None  # counted noun lemma: "container", "person"
    modifies: str | None = None  # "152 mm artillery shells": the noun the measure describes
    # What the value is *of*: normalized governing word ("killed", "injured", "visit", ...).
    role: str | None = None
    # Entities: label (PERSON, GPE, ...) and a normalized name.
    label: str | None = None
    name: str | None = None
    note: str | None = None  # how it was resolved (e.g. "weekday, past tense")
    # "A man was killed": one person named without a number. It is what the article says of
    # that person, often one of several victims, so it is never compared across outlets.
    implicit: bool = False
    # A count that totals several incidents or a period ("four killed in shootings across the
    # city this weekend"): never set against one incident's count.
    aggregate: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "span": [self.start, self.end],
        }
        if self.kind in ("date", "time"):
            d.update(
                start=self.value_start.isoformat() if self.value_start else None,
                end=self.value_end.isoformat() if self.value_end else None,
                granularity=self.granularity,
                zone=self.zone,
                resolved=self.resolved,
            )
            if self.local_zone:
                d["local_zone"] = self.local_zone
            if self.part_of_day:
                d["part_of_day"] = self.part_of_day
            if self.weekday is not None:
                d["weekday"] = self.weekday
            if self.ahead is not None:
                d["ahead"] = self.ahead
            if self.tod_start is not None:
                d["time_of_day"] = [self.tod_start, self.tod_end]
        elif self.kind == "entity":
            d.update(label=self.label, name=self.name)
        else:
            d.update(value=_num(self.value), low=_num(self.low), high=_num(self.high))
            if self.unit:
                d["unit"] = self.unit
            if self.noun:
                d["noun"] = self.noun
            if self.modifies:
                d["modifies"] = self.modifies
            if self.kind == "duration" and self.value_start is not None:
                d["implied_start"] = self.value_start.isoformat()
                d["implied_end"] = self.value_end.isoformat() if self.value_end else None
        if self.hedge:
            d["hedge"] = self.hedge
        if self.role:
            d["role"] = self.role
        if self.note:
            d["note"] = self.note
        if self.implicit:
            d["implicit"] = True
        if self.aggregate:
            d["aggregate"] = True
        return d


@dataclass(frozen=True, slots=True)
class SlotComparison:
    kind: ComparisonKind  # the conflict type it would raise
    status: ComparisonStatus  # zone_conflict: disjoint unless the two zones differ
    a: Slot
    b: Slot
    reason: str
    b_greater: bool | None = None  # numbers: b's value is higher (a "death toll rises" update?)
    # Dates: False when the two verbs are not known to tell one event ("responded Monday" /
    # "a call was placed Sunday"); the decision then asks for more similar statements.
    one_event: bool = True

    def to_dict(self) -> dict[str, Any]:
        d = {
            "kind": self.kind,
            "status": self.status,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "reason": self.reason,
            "b_greater": self.b_greater,
        }
        if not self.one_event:
            d["one_event"] = False
        return d
