"""Compare the slots of two aligned statements, like with like only.

Dates and times compare as intervals: overlap agrees; disjoint conflicts, unless the two may be
in different time zones and lie within a day of each other ("late Tuesday" in Moscow vs
"Wednesday morning, local time" in Pyongyang): that is a `zone_conflict`, for review.
Figures compare as hedge intervals, but only for the same counted noun or unit and the same
role ("killed" never meets "injured"). Names compare only in the same role (subject of the same
verb, or location of the same verb). When one statement has several values of a kind, a value
that agrees with any value on the other side raises no conflict (outlets add dates and figures).
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from factcheck.slots.dates import UNIT_DAYS, describe, to_utc, zone_offset
from factcheck.slots.entities import entity_class, names_match, place_levels_differ
from factcheck.slots.quantities import (
    PERCENT_RE,
    ROLE_CLASSES,
    noun_key,
    written_rounding,
    written_unit_factor,
)
from factcheck.slots.types import Slot, SlotComparison
from factcheck.slots.zones import offset_label, zone_offset_on

TEMPORAL = ("date", "time")
# Verbs of a figure changing: their dates are when a toll or count moved, not when it happened.
CHANGE_VERBS = frozenset(
    ["rise", "climb", "increase", "grow", "jump", "raise", "revise", "update", "surge", "soar"]
)
FIGURES = ("quantity", "money", "percent", "duration")
# Zones can move a moment onto the neighbouring calendar day, not across a whole day: with
# day-granularity dates a gap of 24 h means a day in between ("June 17" vs "Wednesday 19"), which
# no time-zone reading explains for places people report from, so that is a hard conflict.
MAX_ZONE_GAP = timedelta(hours=24)


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4g}"


def _fig_desc(s: Slot) -> str:
    what = " ".join(
        p
        for p in (s.unit if s.unit not in (None, "%") else None, s.noun or s.modifies, s.role)
        if p
    )
    rng = "" if s.low == s.high else f" [{_fmt(s.low or 0)}–{_fmt(s.high or 0)}]"
    return f"{s.text.strip()}{rng}" + (f" ({what})" if what else "")


def _time_desc(s: Slot) -> str:
    if s.value_start is None:
        if s.tod_start is not None:
            return s.text.strip() + (" (local time)" if s.zone == "local" else "")
        return f"{s.text.strip()} (unresolved)"
    return describe(s.value_start, s.value_end, s.granularity, s.part_of_day, s.zone)


# Events a story's dates belong to. Dates are compared across these classes never, within a
# class or with a verb outside the table always ("arrived" / "landed" still meet).
_LEGAL_EVENTS: dict[str, str] = {
    **dict.fromkeys(["plead", "pleaded", "plea"], "plea"),
    **dict.fromkeys(["sentence", "sentenced"], "sentenced"),
    **dict.fromkeys(["arraign", "arraigned", "arraignment"], "arraignment"),
    **dict.fromkeys(["appear", "hearing", "session"], "court appearance"),
    **dict.fromkeys(["trial"], "trial"),
    **dict.fromkeys(["sentencing"], "sentenced"),
    **dict.fromkeys(["convict", "convicted", "acquit", "acquitted", "find"], "verdict"),
    **dict.fromkeys(
        ["bury", "funeral", "mourn", "vigil", "memorial", "service", "wake", "visitation"],
        "funeral",
    ),
    **dict.fromkeys(["release", "released", "bail"], "released"),
    # later steps of police and courts, each on its own day ("arrested Tuesday" / "charges were
    # dismissed Tuesday" a fortnight later; "charges were filed Tuesday" / "struck July 17")
    **dict.fromkeys(["file", "filed"], "charged"),
    **dict.fromkeys(["dismiss", "dismissed", "drop"], "dismissed"),
    **dict.fromkeys(["book", "booked", "apprehend", "capture", "surrender", "nab"], "arrested"),
    **dict.fromkeys(["question", "questioned", "interview", "interrogate"], "questioned"),
    # care of the wounded: "underwent surgery Tuesday morning" / "pronounced dead Wednesday"
    **dict.fromkeys(
        ["undergo", "surgery", "operate", "treat", "airlift", "transport"], "treatment"
    ),
}


# Events a case goes through many times: their days agree when equal, never conflict.
_SERIAL_EVENTS = frozenset(["court appearance", "trial"])


def _event_class(role: str | None) -> str | None:
    if not role:
        return None
    cls = ROLE_CLASSES.get(role) or _LEGAL_EVENTS.get(role) or _EVENT_CLASSES.get(role)
    if cls is None and role in ROLE_CLASSES.values():
        cls = role
    # Killing, wounding and shooting are one incident when dates are compared.
    return "incident" if cls in ("killed", "injured", "shot") else cls


# Verbs of dying (not of killing): the day a victim died, which may come days after the shooting.
_DEATH_VERBS = frozenset(["die", "died", "dies", "succumb", "succumbed", "perish", "pronounce"])


def _death_after_attack(death: Slot, attack: Slot) -> bool:
    """ "died at 1:45 a.m. Friday" / "killed Thursday night", "shot early Sunday" / "died Monday
    night": the wounded often die hours or days later, so a death's day never conflicts with
    the attack's -- unless it lies wholly before it, which no reading explains."""
    if death.role not in _DEATH_VERBS or attack.role in _DEATH_VERBS:
        return False
    if _event_class(attack.role) != "incident":
        return False
    if not (death.resolved and attack.resolved):
        return True
    d0, d1, a0, a1 = death.value_start, death.value_end, attack.value_start, attack.value_end
    if d0 is None or d1 is None or a0 is None or a1 is None:
        return True
    if d1 <= a0:
        return False  # died before the attack: a conflict
    if ROLE_CLASSES.get(attack.role or "") == "killed":
        # "killed Thursday night" / "died at 1:45 a.m. Friday" is one night; "killed Saturday" /
        # "died Monday" says the victim died on the scene in one and days later in the other
        return d0 < a1 + timedelta(days=1)
    return True


_COARSE = frozenset({"year", "decade", "month", "season"})
# Verbs that say only that something happened ("the shooting happened Sunday", "it was
# Tuesday"): they date whatever event the sentence is about, so they meet any verb.
ANY_EVENT_VERBS = frozenset(
    ["be", "happen", "occur", "take", "unfold", "start", "begin", "erupt", "break", "come", "leave"]
)
_EVENT_CLASSES: dict[str, str] = {
    # Travel: "arrived late Tuesday" / "landed Wednesday morning" / "will visit on Tuesday".
    **dict.fromkeys(["arrive", "land", "reach", "visit", "fly", "travel", "touch"], "arrival"),
    **dict.fromkeys(["depart"], "departure"),
    # The shooting itself in other words ("opened fire", "fired shots").
    **dict.fromkeys(
        ["fire", "open", "gun", "stab", "attack", "ambush", "strike", "struck", "hit", "graze"],
        "incident",
    ),
    **dict.fromkeys(["meet", "talk", "hold", "summit"], "meeting"),
    # a death told as its pronouncement: the victim's death, compared as the incident's (a
    # death's day after the attack's is set apart first, by `_death_after_attack`)
    **dict.fromkeys(["pronounce"], "incident"),
}


_DAY_GRANULARITIES = frozenset(["day", "part_of_day", "hour", "minute"])


def _year_guessed(s: Slot) -> bool:
    return "year from tense" in (s.note or "")


def _year_of_the_other(x: Slot, y: Slot) -> tuple[Slot, Slot] | None:
    """x and y with the guessed year of one set to the other's, when both name the same month
    and day (or one names only the month) and at least one year was not written; else None."""
    if not (_year_guessed(x) or _year_guessed(y)):
        return None
    grans = (x.granularity, y.granularity)
    if any(g not in _DAY_GRANULARITIES and g != "month" for g in grans):
        return None
    guessed, other = (x, y) if _year_guessed(x) else (y, x)
    g0, g1, o0 = guessed.value_start, guessed.value_end, other.value_start
    if g0 is None or g1 is None or o0 is None:
        return None
    # the same written day, or a month and a day in it ("in August" / "on Aug. 3")
    same_day = g0.day == o0.day or "month" in grans
    if g0.month != o0.month or not same_day or g0.year == o0.year:
        return None
    try:
        shift = g0.replace(year=o0.year) - g0
    except ValueError:  # 29 February
        return None
    moved = dataclasses.replace(
        guessed,
        value_start=g0 + shift,
        value_end=g1 + shift,
        weekday=None,
        note=(guessed.note or "") + "; year taken from the other statement",
    )
    return (moved, other) if guessed is x else (other, moved)


# Dates that measure a figure rather than date a fact (`date_roles.since_role`, `_BASELINE`).
_BENCHMARKS = {
    "record": "the benchmark of a record ('the highest since 2005')",
    "baseline": "the base of a change ('4,901 more than in 2019')",
}


def _told_as(s: Slot) -> str | None:
    """ "ahead" for a day after the publication day or a weekday the verb's tense put after the
    telling ("will vote Wednesday", "next Wednesday"), "done" for one wholly before it or put
    before it ("blocked ... Monday"), else None (the publication day with no tense cue)."""
    note = s.note or ""
    how = note[len("weekday, ") :] if note.startswith("weekday, ") else None
    if s.ahead is True or how in ("future", "next"):
        return "ahead"
    if s.ahead is False or how in ("past", "last"):
        return "done"
    return None


def _one_event(a: str | None, b: str | None) -> bool:
    """Whether two dates' verbs tell one event: the same verb, one class of event ("shot" /
    "killed", "arraigned" / "arraignment"), or a verb that only says something happened ("it
    happened Saturday") beside a known event. Not a verb no table knows beside another."""
    if a and a == b:
        return True
    if not a or not b:
        return False
    ca, cb = _event_class(a), _event_class(b)
    any_a, any_b = a in ANY_EVENT_VERBS, b in ANY_EVENT_VERBS
    if (ca is None and not any_a) or (cb is None and not any_b):
        return False
    return (ca is not None and ca == cb) or any_a or any_b


def _unrelated_by_role(x: Slot, y: Slot) -> SlotComparison | None:
    """The dates of two different things (a report, a benchmark, a 'since', a death after
    the attack, different events, background facts, a change): unrelated; None when the
    roles let the two dates be compared."""
    if (x.role == "report") != (y.role == "report") or (x.role == y.role == "report"):
        return SlotComparison(
            "date", "unrelated", x, y, "one is the date of a report, not of the event"
        )
    if x.role in _BENCHMARKS or y.role in _BENCHMARKS:
        what = _BENCHMARKS[x.role if x.role in _BENCHMARKS else y.role]
        if x.role == y.role:
            # the same benchmark told twice ("the deadliest day since the Sept. 11, 2001,
            # attacks" / "since the Sept. 11 attacks") agrees; two different ones are most often
            # benchmarks of two measures, no conflict
            same = _compare_times(
                dataclasses.replace(x, role=None), dataclasses.replace(y, role=None)
            )
            if same is not None and same.status == "agree":
                return dataclasses.replace(same, a=x, b=y)
        return SlotComparison("date", "unrelated", x, y, f"{what}, not a date of the story")
    if (x.role == "since") != (y.role == "since"):
        return SlotComparison(
            "date", "unrelated", x, y, "a 'since' date is not the date of the event"
        )
    cx, cy = _event_class(x.role), _event_class(y.role)
    if _death_after_attack(x, y) or _death_after_attack(y, x):
        # "shot early Sunday" / "died Monday night": the wounded often die days later
        return SlotComparison(
            "date",
            "unrelated",
            x,
            y,
            f"the day of a death is not the day of the shooting ({x.role} / {y.role})",
        )
    if cx and cy and cx != cy:
        # "shot on Saturday" vs "arraigned on Tuesday": dates of two different events
        return SlotComparison(
            "date", "unrelated", x, y, f"dates of different events ({x.role} / {y.role})"
        )
    if (
        x.role
        and y.role
        and x.role != y.role
        and not (cx and cx == cy)
        and x.role not in ANY_EVENT_VERBS
        and y.role not in ANY_EVENT_VERBS
        and (x.granularity in _COARSE or y.granularity in _COARSE)
    ):
        # "enrolled in 2010" vs "divorced in 2011", "shot on Saturday" vs "moved here in 2015":
        # a year or a month told with another verb is a background fact, not the event's date.
        # (Days told with different verbs stay compared unless both verbs name known, different
        # events: the parser often hangs a day on a neighbouring verb -- "was shot and killed
        # while playing ... on Thursday", "a shooting that left four injured early Friday".)
        return SlotComparison(
            "date", "unrelated", x, y, f"background dates of different facts ({x.role} / {y.role})"
        )
    if (x.role in CHANGE_VERBS) != (y.role in CHANGE_VERBS):
        # "the death toll rose to 12 on Wednesday": the day a figure changed, not the event's
        return SlotComparison(
            "date",
            "unrelated",
            x,
            y,
            "one is the date of a change (a toll rising), not of the event",
        )
    return None


def _compare_times_of_day(x: Slot, y: Slot, desc: str) -> SlotComparison | None:
    """A clock time or part of day without a day: compare times of day only."""
    if x.tod_start is None or y.tod_start is None:
        return None
    a0, a1, b0, b1 = (
        x.tod_start,
        x.tod_end or x.tod_start,
        y.tod_start,
        y.tod_end or y.tod_start,
    )
    ox, oy = zone_offset(x.zone), zone_offset(y.zone)
    converted = bool(x.zone_explicit and y.zone_explicit and ox is not None and oy is not None)
    if converted and ox is not None and oy is not None:  # both zones written: compare in UTC
        sx, sy = int(ox.total_seconds() // 60), int(oy.total_seconds() // 60)
        a0, a1, b0, b1 = a0 - sx, a1 - sx, b0 - sy, b1 - sy
    overlap = any(a0 < b1 + k and b0 + k < a1 for k in (-1440, 0, 1440))
    if overlap:
        return SlotComparison(
            "time",
            "agree",
            x,
            y,
            f"{desc}: times of day overlap" + (" (in UTC)" if converted else ""),
        )
    if converted:
        return SlotComparison(
            "time", "conflict", x, y, f"{desc}: different times of day (compared in UTC)"
        )
    return SlotComparison(
        "time",
        _zone_status(x, y, timedelta(minutes=1)),
        x,
        y,
        f"{desc}: different times of day" + _zone_note(x, y),
    )


def _compare_times(x: Slot, y: Slot) -> SlotComparison | None:
    unrelated = _unrelated_by_role(x, y)
    if unrelated is not None:
        return unrelated
    cx, cy = _event_class(x.role), _event_class(y.role)
    if not x.resolved or not y.resolved:
        if x.weekday is not None and x.weekday == y.weekday:
            return SlotComparison(
                "date",
                "agree",
                x,
                y,
                f"same weekday ({x.text.strip()} / {y.text.strip()}); no publication date to anchor",
            )
        return SlotComparison("date", "unrelated", x, y, "relative date without a publication date")
    desc = f"{_time_desc(x)} vs {_time_desc(y)}"
    if x.value_start is None or y.value_start is None:
        return _compare_times_of_day(x, y, desc)
    xs, xe, ys, ye = x.value_start, x.value_end, y.value_start, y.value_end
    assert xe is not None and ye is not None
    converted = False
    utc_overlap = False
    if x.tod_start is not None and y.tod_start is not None and x.zone != y.zone:
        ux, uxe, uy, uye = (
            to_utc(xs, x.zone),
            to_utc(xe, x.zone),
            to_utc(ys, y.zone),
            to_utc(ye, y.zone),
        )
        if None not in (ux, uxe, uy, uye):
            # Both zones written in the text: compare the moments. A zone known only from the
            # publication datetime says where the outlet is, not which clock the source used.
            if x.zone_explicit and y.zone_explicit:
                xs, xe, ys, ye = ux, uxe, uy, uye  # type: ignore[assignment]
                converted = True
            else:
                utc_overlap = ux < uye and uy < uxe  # type: ignore[operator]
    # Two clock times less than a day apart differ in the time, even across midnight
    # ("11 p.m. Saturday" vs "3 a.m. Sunday"); parts of days ("late Tuesday" vs "Wednesday
    # morning") and anything further apart differ in the day.
    clocks = x.granularity in ("minute", "hour") and y.granularity in ("minute", "hour")
    close = (
        xs.date() == ys.date()
        or (clocks and abs(xs - ys) < timedelta(days=1))
        or (xe - xs) > timedelta(days=1)
        or (ye - ys) > timedelta(days=1)
    )
    kind = "time" if x.tod_start is not None and y.tod_start is not None and close else "date"
    if not (xs < ye and ys < xe) and (moved := _year_of_the_other(x, y)) is not None:
        # "April 28" (its year guessed from the publication date) / "April 28, 2013": the same
        # written day; a late crawl stamp or a story told a year on must not make it a conflict
        return _compare_times(*moved)
    if xs < ye and ys < xe:
        what = "overlap" if (xe - xs) == (ye - ys) and xs == ys else "overlap (compatible)"
        return SlotComparison(kind, "agree", x, y, f"{desc}: {what}")
    if {_told_as(x), _told_as(y)} == {"ahead", "done"} and not (
        x.role == y.role or (cx and cx == cy)
    ):
        # "blocked the bill Monday evening" / "a shutdown that would kick in Friday morning":
        # a day told as ahead of the telling and one told as past, with different verbs, are
        # two moments of a story ("will arrive late Tuesday" / "arrived Wednesday" stay compared:
        # the plan and the event, which a reviewer must see disagree)
        return SlotComparison(
            "date", "unrelated", x, y, f"{desc}: one is a day ahead, the other a day past"
        )
    if cx == cy and cx in _SERIAL_EVENTS:
        # "in court Wednesday" / "next hearing Feb. 3": a case has many hearings, and a trial
        # date moves; two outlets' different days are most often two different sittings
        return SlotComparison(
            "date", "unrelated", x, y, f"{desc}: a case has many {cx} dates ({x.role} / {y.role})"
        )
    gap = ys - xe if ys >= xe else xs - ye
    status = "conflict" if converted else _zone_status(x, y, gap)
    note = (
        " (compared in UTC)" if converted else _zone_note(x, y) if status == "zone_conflict" else ""
    )
    # Different days told with verbs not known to tell one event ("police responded Monday" /
    # "a call was placed Sunday"): often two moments of a story; marked, so that the decision
    # asks for closer statements (decide.other_verb_date_min_similarity)
    one_event = kind != "date" or _one_event(x.role, y.role)
    if utc_overlap and status == "zone_conflict":
        note += "; read in each outlet's own zone they overlap"
    if status == "zone_conflict":
        note += _local_zone_note(x, y)
    return SlotComparison(kind, status, x, y, f"{desc}: disjoint{note}", one_event=one_event)


def _offset(s: Slot, at: datetime) -> timedelta | None:
    if s.zone == "local":
        return zone_offset_on(s.local_zone, at) if s.local_zone else None
    return zone_offset(s.zone)


def _local_zone_note(x: Slot, y: Slot) -> str:
    """When "local time" names a place with one zone, say what that zone makes of the pair.
    It stays a conflict for review: the other outlet's zone is often only its own location."""
    local = x if x.zone == "local" and x.local_zone else y if y.zone == "local" else None
    if local is None or not local.local_zone:
        return ""
    assert x.value_start and x.value_end and y.value_start and y.value_end
    ox, oy = _offset(x, x.value_start), _offset(y, y.value_start)
    if ox is None or oy is None:
        return ""
    place = local.local_zone.rsplit("/", 1)[-1].replace("_", " ")
    label = offset_label(ox if local is x else oy)
    xs, xe, ys, ye = x.value_start - ox, x.value_end - ox, y.value_start - oy, y.value_end - oy
    verdict = "they overlap" if xs < ye and ys < xe else "they still do not overlap"
    return f"; local time in {place} is {label}, and read that way {verdict}"


def _zone_status(x: Slot, y: Slot, gap: timedelta) -> str:
    zones_may_differ = x.zone != y.zone or x.zone == "local"
    return "zone_conflict" if zones_may_differ and gap < MAX_ZONE_GAP else "conflict"


def _zone_note(x: Slot, y: Slot) -> str:
    if x.zone == y.zone and x.zone != "local":
        return ""
    za = "local time" if x.zone == "local" else x.zone or "no zone given"
    zb = "local time" if y.zone == "local" else y.zone or "no zone given"
    return f" unless the time zones differ ({za} / {zb})"


def _figure_key(s: Slot) -> tuple:
    if s.kind == "quantity" and s.unit:
        return ("unit", s.unit, s.modifies)
    if s.kind == "duration":
        return ("duration", s.role)
    return (s.kind, s.unit, noun_key(s.noun, s.role), s.role)


def _scaled(s: Slot) -> tuple[float, float]:
    lo, hi = s.low or 0.0, s.high or 0.0
    if s.kind == "duration":
        f = UNIT_DAYS.get(s.unit or "day", 1.0)
        return lo * f, hi * f
    return lo, hi


def _is_age(s: Slot) -> bool:
    return s.kind == "quantity" and (s.role == "age" or s.unit == "age")


_PLURALS = {"children": "child", "men": "man", "women": "woman", "people": "person"}


def _person_word(noun: str | None) -> str | None:
    if not noun:
        return None
    n = noun.lower()
    if " " in n:
        return n  # a full name ("jose luis robles"), not a plural
    return _PLURALS.get(n) or (n[:-1] if n.endswith("s") and len(n) > 3 else n)


def _same_person(a: str, b: str) -> bool:
    """The same person word, or one name inside the other ("horn" / "joseph horn"), but not two
    different full names ("joseph horn" / "thomas horn": a family shares the surname)."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) == 1 and len(long_) > 1 and short[0] in (long_[-1], _person_word(long_[-1]))


def _compare_ages(x: Slot, y: Slot) -> SlotComparison | None:
    """Ages compare only with ages of the same person word ("6-year-old son" / "son, 7"):
    an age whose person is unknown, or of a different word ("son" / "children"), says nothing
    about the other -- a story names several people with their ages."""
    if not (_is_age(x) and _is_age(y)):
        return None  # an age is never a count
    px, py = _person_word(x.noun), _person_word(y.noun)
    if px is None or py is None or not _same_person(px, py):
        return None
    desc = f"{_fig_desc(x)} vs {_fig_desc(y)}"
    if (x.low or 0) <= (y.high or 0) and (y.low or 0) <= (x.high or 0):
        return SlotComparison("number", "agree", x, y, f"{desc}: same age")
    return SlotComparison("number", "conflict", x, y, f"{desc}: different ages of the {px}")


# Words that name a part of the people a shooting's victims are drawn from: by age or sex, or
# on one side of the gunfire ("three men" of "five people", "two officers" of "four shot").
# The people of a place ("workers", "passengers", "students") are most often all of them, so
# they are compared with the whole as before ("killed nine workers" / "the toll rose to 12").
_PART_GROUPS = frozenset(
    [
        "man", "woman", "boy", "girl", "child", "kid", "teen", "teenager", "adult", "male",
        "female", "juvenile", "minor", "youth", "infant", "baby", "toddler", "officer",
        "policeman", "deputy", "trooper", "civilian", "bystander", "suspect",
        # war news: "killed 13 U.S. troops and 72 Afghans" / "dozens killed"
        "troop", "soldier",
    ]
)  # fmt: skip


# Words of one group: "three troops" are three soldiers.
_SAME_GROUP = {"troop": "soldier"}


def _people_group(s: Slot) -> str | None:
    """The part of the people a count names ("men", "officers"), or None."""
    word = _person_word(s.noun)
    return _SAME_GROUP.get(word, word) if word in _PART_GROUPS else None


def _compare_groups(x: Slot, y: Slot) -> SlotComparison | None:
    """A part against the whole: in "three men were shot" vs "five people were shot" the men
    may be three of the five, so a part's count conflicts only when it is larger; two different
    parts ("two women" / "three men") are not compared. Neither a part, or the same part: None
    (compared as usual)."""
    if noun_key(x.noun, x.role) != "person" or noun_key(y.noun, y.role) != "person":
        return None
    ox, oy = _person_word(x.noun) == "other", _person_word(y.noun) == "other"
    if ROLE_CLASSES.get(x.role or "") == "shot" and ox != oy:
        # "the five others who were shot" / "six people were shot, including the one killed":
        # the people shot are the others and the one told before them
        part, whole = (x, y) if ox else (y, x)
        desc = f"{_fig_desc(x)} vs {_fig_desc(y)}"
        if (part.low or 0) + 1 > (whole.high or 0):
            return SlotComparison("number", "conflict", x, y, f"{desc}: more others than all")
        return SlotComparison(
            "number", "unrelated", x, y, f"{desc}: the others shot are all but those told first"
        )
    gx, gy = _people_group(x), _people_group(y)
    if gx == gy:
        return None
    desc = f"{_fig_desc(x)} vs {_fig_desc(y)}"
    if gx is not None and gy is not None:
        return SlotComparison("number", "unrelated", x, y, f"{desc}: different groups of people")
    part, whole, group = (x, y, gx) if gx is not None else (y, x, gy)
    if (part.low or 0) > (whole.high or 0):
        return SlotComparison(
            "number", "conflict", x, y, f"{desc}: a group ({group}) larger than all"
        )
    return SlotComparison(
        "number", "unrelated", x, y, f"{desc}: a group ({group}) may be part of all"
    )


def _compare_figures(x: Slot, y: Slot) -> SlotComparison | None:
    if x.kind != y.kind or x.implicit or y.implicit:
        return None  # "a man was killed" is often one of several: not a count to compare
    if _is_age(x) or _is_age(y):
        return _compare_ages(x, y)
    gate = _figures_of_other_scopes(x, y)
    if gate is not _GO_ON:
        return gate
    if x.kind == "quantity" and not x.unit and not y.unit:
        gate = _counts_apart(x, y)
    elif x.kind in ("money", "percent", "duration") or x.unit or y.unit:
        gate = _measures_apart(x, y)
    if gate is not _GO_ON:
        return gate
    return _compare_ranges(x, y)


class _Gate(enum.Enum):
    GO_ON = "go on"


# what a gate below returns where it lets the two figures be compared as ranges (None: they
# are not compared at all; a comparison: they are unrelated, or a group settles it)
_GO_ON = _Gate.GO_ON


def _figures_of_other_scopes(x: Slot, y: Slot) -> SlotComparison | None | _Gate:
    """A total of several incidents vs one incident's figure; the period a figure is measured
    over."""
    if x.aggregate != y.aggregate:
        return SlotComparison(
            "number",
            "unrelated",
            x,
            y,
            f"{_fig_desc(x)} vs {_fig_desc(y)}: one totals several incidents or a period",
        )
    if x.kind == "duration" and "window" in (x.role, y.role):
        # "cases have gone up over the past two weeks" / "an average of 19,455 a day over the
        # last seven days": the period a figure is measured over is the writer's choice
        return SlotComparison(
            "number",
            "unrelated",
            x,
            y,
            f"{_fig_desc(x)} vs {_fig_desc(y)}: a period a figure is measured over",
        )
    return _GO_ON


def _counts_apart(x: Slot, y: Slot) -> SlotComparison | None | _Gate:
    """Counts without a unit: only of the same counted noun in the same role."""
    kx, ky = _figure_key(x), _figure_key(y)
    if kx[2] is None and ky[2] is None:
        return None  # bare numbers: nothing says what they count
    if kx[2] != ky[2] or x.role != y.role:
        if kx[2] == ky[2] or (x.role and y.role):
            why = (
                f"different roles ({x.role or 'none'} / {y.role or 'none'})"
                if x.role != y.role
                else "different counted nouns"
            )
            return SlotComparison(
                "number", "unrelated", x, y, f"{_fig_desc(x)} vs {_fig_desc(y)}: {why}"
            )
        return None
    grouped = _compare_groups(x, y)
    if grouped is not None:
        return grouped
    return _GO_ON


def _measures_apart(x: Slot, y: Slot) -> SlotComparison | None | _Gate:
    """Money, shares, durations and measures: only of the same unit and the same thing."""
    if x.unit != y.unit and x.kind != "duration":
        return None
    if x.kind == "quantity" and x.modifies != y.modifies:
        return None
    if x.kind == "percent" and x.noun != y.noun:
        if x.noun and y.noun:
            # "40% of Democrats" / "three out of four Republicans"
            return SlotComparison(
                "number",
                "unrelated",
                x,
                y,
                f"{_fig_desc(x)} vs {_fig_desc(y)}: shares of different things "
                f"({x.noun} / {y.noun})",
            )
        if not (PERCENT_RE.search(x.text) and PERCENT_RE.search(y.text)):
            # "half of the victims were teenagers" / "homicides are up 30%": a share in
            # words meets only a percentage of the same thing
            return None
    if x.kind == "percent" and x.modifies and y.modifies and x.modifies != y.modifies:
        # "rose 5% on a year-over-year basis" / "in the month of May alone, rose 0.6%"
        return SlotComparison(
            "number",
            "unrelated",
            x,
            y,
            f"{_fig_desc(x)} vs {_fig_desc(y)}: changes over different periods "
            f"({x.modifies} / {y.modifies})",
        )
    if (
        x.kind == "money"
        and x.modifies
        and y.modifies
        and x.modifies != y.modifies
        and not (x.role and x.role == y.role)
    ):
        # "a $6 trillion spending plan" / "a $3.5 trillion budget resolution": sums that
        # name different things (a sum that names nothing may be of either: "the reward is
        # $5,000" / "a $10,000 reward" stay compared)
        return SlotComparison(
            "number",
            "unrelated",
            x,
            y,
            f"{_fig_desc(x)} vs {_fig_desc(y)}: sums of different things "
            f"({x.modifies} / {y.modifies})",
        )
    # "180 mm of rain" dropped, dumped or fell is the same measure: the measured stuff
    # ("rain") says what it is; the verb only matters when nothing is named.
    same_stuff = x.kind == "quantity" and x.modifies is not None and x.modifies == y.modifies
    if x.role and y.role and x.role != y.role and not same_stuff:
        return SlotComparison(
            "number", "unrelated", x, y, f"{_fig_desc(x)} vs {_fig_desc(y)}: different roles"
        )
    return _GO_ON


def _compare_ranges(x: Slot, y: Slot) -> SlotComparison:
    """Two figures of the same thing: they agree where their ranges overlap."""
    xl, xh = _scaled(x)
    yl, yh = _scaled(y)
    desc = f"{_fig_desc(x)} vs {_fig_desc(y)}"
    if _rounded_conversion(x, y, (xl, xh), (yl, yh)):
        return SlotComparison(
            "number",
            "agree",
            x,
            y,
            f"{desc}: one is the other converted and rounded",
            b_greater=_greater(x, y),
        )
    if xl <= yh and yl <= xh:
        return SlotComparison(
            "number", "agree", x, y, f"{desc}: ranges overlap", b_greater=_greater(x, y)
        )
    return SlotComparison("number", "conflict", x, y, f"{desc}: ranges disjoint", b_greater=yl > xh)


def _rounded_conversion(x: Slot, y: Slot, xs: tuple[float, float], ys: tuple[float, float]) -> bool:
    """Whether two figures in one unit, written in units of different size, are one converted
    and rounded to its own last digit ("6 feet" / "2 meters": 1.83 m rounds to 2; "5 pounds" /
    "2 kilograms"). The same number in two units ("100 yards" / "100 meters") is a mix-up, not
    a conversion. xs, ys: the figures' intervals in the common unit."""
    if not x.unit or x.unit != y.unit or x.kind != "quantity":
        return False
    fx, fy = written_unit_factor(x.text), written_unit_factor(y.text)
    if fx is None or fy is None or math.isclose(fx, fy):
        return False
    (nx, hx), (ny, hy) = written_rounding(x.text), written_rounding(y.text)
    if nx is not None and nx == ny:
        return False
    (xl, xh), (yl, yh) = xs, ys
    # either side may be the conversion: widen it by its own rounding (in the common unit)
    return (xl - hx * fx <= yh and yl <= xh + hx * fx) or (
        yl - hy * fy <= xh and xl <= yh + hy * fy
    )


def _greater(x: Slot, y: Slot) -> bool | None:
    if x.value is None or y.value is None or x.value == y.value:
        return None
    return y.value > x.value


def _compare_anchor(d: Slot, t: Slot, flip: bool) -> SlotComparison | None:
    """'first visit in 24 years' (implied 2000) vs 'since July 2000' / 'last visited in 2000'."""
    if (
        d.value_start is None
        or t.value_start is None
        or t.role != "since"
        or d.role not in ("since_last", "for")
    ):
        return None
    assert d.value_end is not None and t.value_end is not None
    implied = f"{d.text.strip()} before publication → {d.value_start.year}" + (
        f"–{d.value_end.year - 1}" if d.value_end.year - d.value_start.year > 1 else ""
    )
    desc = f"{implied} vs {_time_desc(t)}"
    ok = d.value_start < t.value_end and t.value_start < d.value_end
    a, b = (t, d) if flip else (d, t)
    return SlotComparison(
        "date",
        "agree" if ok else "conflict",
        a,
        b,
        desc + (": consistent" if ok else ": inconsistent"),
    )


def compare_pair(x: Slot, y: Slot) -> SlotComparison | None:
    """One comparison, or None when the two slots are not of comparable kinds."""
    if x.kind in TEMPORAL and y.kind in TEMPORAL:
        return _compare_times(x, y)
    if x.kind == "duration" and y.kind in TEMPORAL:
        return _compare_anchor(x, y, flip=False)
    if y.kind == "duration" and x.kind in TEMPORAL:
        return _compare_anchor(y, x, flip=True)
    if x.kind in FIGURES and y.kind in FIGURES:
        return _compare_figures(x, y)
    if x.kind == y.kind == "entity":
        cls = entity_class(x.label)
        if cls is None or cls != entity_class(y.label) or not _same_entity_role(x.role, y.role):
            return None
        if cls == "place" and _facility(x.name) != _facility(y.name):
            return None  # a building or a road lies inside a town: "at the church" / "in Denver"
        why = names_match(x.name or "", y.name or "", cls)
        if cls == "place" and not why and place_levels_differ(x.name or "", y.name or ""):
            return None  # "in Norfolk" / "in Virginia": the city may lie in the state
        if x.role and x.role.startswith("title:") and _office_of_many(x.role[len("title:") :]):
            return None  # a county has many judges, a police force many spokesmen
        if why:
            return SlotComparison(
                "entity", "agree", x, y, f"{x.text} vs {y.text}: {why} ({x.role})"
            )
        return SlotComparison(
            "entity",
            "conflict",
            x,
            y,
            f"{x.text} vs {y.text}: different {cls} as {x.role.replace(':', ' of ')}",
        )
    return None


# Head words of a named building, road or site ("All Souls Church", "Sports & Spirits bar").
_FACILITY_WORDS = re.compile(
    r"\b(?:church|chapel|cathedral|mosque|temple|synagogue|hospital|clinic|airport|school|"
    r"academy|university|college|campus|restaurant|bar|club|lounge|pub|cafe|center|centre|hall|"
    r"park|street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|highway|interstate|bridge|"
    r"station|mall|store|market|hotel|motel|inn|apartments?|complex|building|tower|plaza|"
    r"stadium|arena|field|courthouse|jail|prison|theat(?:er|re)|library|museum)\b",
    re.IGNORECASE,
)


def _facility(name: str | None) -> bool:
    return bool(name and _FACILITY_WORDS.search(name))


# Offices that several people hold at once: two names with one of these titles are two people,
# not two outlets disagreeing ("Judge Rita Hathaway" / "Judge Christopher Feliciani").
_OFFICES_OF_MANY = frozenset(
    [
        "judge", "justice", "detective", "officer", "deputy", "sergeant", "sgt.", "lieutenant",
        "lt.", "trooper", "agent", "attorney", "lawyer", "investigator", "reporter", "writer",
        "correspondent", "senator", "representative", "councilman", "councilwoman",
        "commissioner", "doctor", "dr.", "nurse", "professor", "pastor", "firefighter",
    ]
)  # fmt: skip
# A local force speaks through several officers; a government's spokesman is one person.
_LOCAL_FORCES = frozenset(["police", "sheriff", "sheriff's", "department", "fire", "county"])


def _office_of_many(title: str) -> bool:
    words = title.split()
    head = words[-1]
    return head in _OFFICES_OF_MANY or (
        head.startswith("spokes") and any(w in _LOCAL_FORCES for w in words)
    )


def _same_entity_role(a: str | None, b: str | None) -> bool:
    """Same role: subject of the same verb, the same office, or both the place of the event
    ("made landfall near X" / "came ashore near Y": the verbs differ, the place is one slot)."""
    if not a or not b:
        return False
    return a == b or (a.startswith("location:") and b.startswith("location:"))


def _age_values(slots: Sequence[Slot]) -> set[float]:
    return {s.value for s in slots if _is_age(s) and s.value is not None}


def _names_it(slots: Sequence[Slot], name: str | None, cls: str | None) -> bool:
    """Whether a statement names this person, place or organisation, in any role."""
    return bool(name) and any(
        s.kind == "entity"
        and entity_class(s.label) == cls
        and names_match(s.name or "", name or "", cls)
        for s in slots
    )


def _named_on_the_other_side(c: SlotComparison, a: Sequence[Slot], b: Sequence[Slot]) -> bool:
    """A conflict over who holds an office many have held: "then-President Obama" / "President Biden's climate czar ...
    under former President Barack Obama", "President Biden ... Russian President Putin" /
    "President Putin ..., Biden said": the other statement names the same person too, so it
    does not give the office to someone else. (Only for titles: two statements that name the
    same two people as subject and object of one verb the other way round are a swap a
    reviewer must see, "the victim, Lee; Brown was arrested" / "the victim, Brown; Lee was
    arrested".)"""
    if not (c.a.role or "").startswith("title:"):
        return False
    cls = entity_class(c.a.label)
    return _names_it(b, c.a.name, cls) or _names_it(a, c.b.name, cls)


# Sums from a million up are rarely the same by chance; $5,000 is both a reward and a bail.
_UNCOMMON_SUM = 1_000_000


def _same_sum(a: Sequence[Slot], b: Sequence[Slot]) -> set[int]:
    """Sums of money in `a` that `b` also gives, to the unit, in whatever role: "asking for $6.4
    billion to help resettle Afghans" / "$14 billion for disasters, as well as $6.4 billion to
    pay for the relocation of Afghans". The verb a sum hangs on says little of what it is for;
    the same exact sum is the same money, so the other side's other sums are other things."""
    return {
        id(x)
        for x in a
        if x.kind == "money"
        and x.value is not None
        and x.value >= _UNCOMMON_SUM
        and any(
            y.kind == "money"
            and y.unit == x.unit
            and (y.value, y.low, y.high) == (x.value, x.low, x.high)
            for y in b
        )  # the same sum as written: "$30" is not "more than $30"
    }


def compare_slots(a: Sequence[Slot], b: Sequence[Slot]) -> list[SlotComparison]:
    """Comparisons between two statements' slots; conflicts only where no value agrees."""
    # each comparison with the two slots it compared: a comparison may carry a copy of one
    # (a year taken from the other side), and agreement belongs to the slot as written
    table: list[tuple[Slot, Slot, SlotComparison]] = []
    for x in a:
        for y in b:
            try:
                c = compare_pair(x, y)
            except (OverflowError, ValueError):  # extreme values: not comparable
                c = None
            if c is not None:
                table.append((x, y, c))
    # an agreement reached by taking one side's written year for the other's guessed one
    # ("May 3" / "May 3, 2015") may be another year's day: it silences no conflict
    agreed = [
        (x, y)
        for x, y, c in table
        if c.status == "agree"
        and ((c.a is x and c.b is y) or (_year_guessed(x) and _year_guessed(y)))
    ]
    agreeing_a = {id(x) for x, _ in agreed} | _same_sum(a, b)
    agreeing_b = {id(y) for _, y in agreed} | _same_sum(b, a)
    ages_a, ages_b = _age_values(a), _age_values(b)
    out: list[SlotComparison] = []
    seen_unrelated: set[int] = set()
    for x, y, c in table:
        if c.status in ("conflict", "zone_conflict") and (
            id(x) in agreeing_a or id(y) in agreeing_b
        ):
            continue  # another value on the other side agrees with this one
        if c.kind == "entity" and c.status == "conflict" and _named_on_the_other_side(c, a, b):
            continue
        if c.status == "conflict" and _is_age(c.a) and (c.a.value in ages_b or c.b.value in ages_a):
            # "an 8-year-old boy shot his 11-year-old friend" / "an 11-year-old was shot by his
            # 8-year-old friend": the other side tells the same age of someone; the parse gave
            # the ages to other people ("16-year-old boy ... his 18-year-old brother")
            continue
        if c.status == "unrelated":
            if id(x) in agreeing_a or id(x) in seen_unrelated:
                continue
            seen_unrelated.add(id(x))
        out.append(c)
    return out


__all__ = ["compare_pair", "compare_slots", "datetime"]
