"""Resolve a temporal expression ("late Tuesday", "June 18-19", "3:15 a.m. ET", "the next day")
to a wall-clock interval with a granularity and a zone.

Why a hand-written resolver rather than dateparser alone (STACK.md gotchas, checked here):
dateparser resolves bare weekdays to the past whatever the verb says ("will visit on Tuesday"),
returns None for "late Tuesday" and "the next day", gives a month-only date the base's day of
the month (a point, not a month), and has no notion of "local time" or of parts of the day. News
needs all of these, and an interval rather than a point, so the grammar below handles the forms
news uses; dateparser (cached) is the fallback for absolute dates the grammar does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from factcheck.slots.numbers import parse_number

# "nearest": the verb says nothing about the day ("all Wednesday classes were cancelled"), so
# the nearer of last and next such weekday.
Tense = Literal["past", "future", "nearest"] | None

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Parts of the day as minute windows after midnight; a window may run past 1440 (into the next
# day). Wide on purpose: "evening" in one outlet and "night" in another should overlap, and
# "Sunday morning" in one and "just after 2 a.m." in another (news calls the small hours morning).
PARTS = {
    "early morning": (0, 540), "morning": (0, 720), "late morning": (540, 720),
    "midday": (660, 840), "noon": (690, 750), "afternoon": (720, 1080),
    "early afternoon": (720, 900), "late afternoon": (900, 1140), "evening": (1020, 1410),
    "early evening": (1020, 1200), "late evening": (1200, 1440), "night": (1080, 1800),
    "late night": (1260, 1800), "early night": (1080, 1380), "overnight": (1200, 1860),
    "dawn": (240, 450), "daybreak": (240, 450), "dusk": (1020, 1260), "midnight": (1410, 1470),
    "early": (0, 540), "late": (1080, 1440), "tonight": (1020, 1800), "lunchtime": (690, 840),
}  # fmt: skip

# Zone abbreviations news uses, mapped to IANA zones so daylight saving comes out right.
ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris",
    "CEST": "Europe/Paris", "MSK": "Europe/Moscow", "KST": "Asia/Seoul", "JST": "Asia/Tokyo",
    "HKT": "Asia/Hong_Kong", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
}  # fmt: skip

_ZONE_ABBR = re.compile(r"\b(" + "|".join(ZONES) + r")\b(?:\s*([+-]\d{1,2})(?::?(\d{2}))?)?")
_ZONE_OFFSET = re.compile(r"(?<![\d:])([+-])(\d{2}):?(\d{2})\b")
_LOCAL = re.compile(r"\blocal(?:\s+time)?\b|\(local\)", re.IGNORECASE)
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b)", re.IGNORECASE
)
_CLOCK24 = re.compile(r"\b([01]?\d|2[0-3])[:h]([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m))")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b")
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
# "June 18-19, 2024" / "June 18" / "Jun. 18, 2024" / "September 13 2023"
_MDY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+{_ORD}(?:\s*(?:-|–|to|and)\s*{_ORD})?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
# "18 June 2024" / "18-19 June" / "the 18th of June"
_DMY = re.compile(
    rf"\b{_ORD}(?:\s*(?:-|–|to|and)\s*{_ORD})?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
_MY = re.compile(
    rf"\b(?:(early|mid|late)[\s-]+)?({_MONTH_RE})\.?(?:,?\s+(?:of\s+)?(\d{{4}}))?\b", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d/-])(1[89]\d\d|20\d\d)(?![\d/-])")
# "from 2003 to 2007", "2003-2007": the whole span, not its first year
_YEAR_RANGE = re.compile(
    r"(?<![\d/])(1[89]\d\d|20\d\d)\s*(?:-|–|—|to|through|until)\s*(1[89]\d\d|20\d\d)(?![\d/-])"
)
_DECADE = re.compile(
    r"\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1[89]\d0|20\d0|'\d0)s\b", re.IGNORECASE
)
_WEEKDAY_RE = re.compile(
    r"\b(?:(last|next|this|past|coming)\s+)?("
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\b\.?",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a few|several)"
    r"\s+(day|week|month|year|decade)s?\s+(ago|earlier|before|later|after|from now)\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"\b(last|next|this|past|coming|previous|following|earlier this|later this|early this|"
    r"late this|end of this|end of last|end of the)\s+(week|weekend|month|year|summer|winter|spring|"
    r"autumn|fall|quarter)\b",
    re.IGNORECASE,
)
_COMING = re.compile(
    r"\b(?:in\s+)?(?:the\s+)?(coming|next|past|last|recent|previous)\s+"
    r"(few\s+|several\s+|two\s+|three\s+)?(days|weeks|months|years)\b",
    re.IGNORECASE,
)
_DAYWORD = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night|"
    r"the (?:next|following|previous|same) (?:day|morning|afternoon|evening|night)|"
    r"the day (?:before|after)|that (?:day|morning|afternoon|evening|night)|"
    r"the night before|the day before yesterday|the day after tomorrow)\b",
    re.IGNORECASE,
)
_PART = re.compile(
    r"\b(early morning|late morning|early afternoon|late afternoon|early evening|late evening|"
    r"late night|morning|midday|noon|afternoon|evening|night|overnight|dawn|daybreak|dusk|"
    r"midnight|lunchtime|early hours)\b",
    re.IGNORECASE,
)
_DAY_MOD = re.compile(r"\b(early|late)\s+(?:on\s+)?(?=[a-z])", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(about|around|approximately|roughly|shortly before|shortly after|just before|just after|"
    r"before|after|until|by|since|circa|ca\.)\s*$",
    re.IGNORECASE,
)
# Durations: "24 years", "more than two decades", "three days" (without "ago").
_DURATION = re.compile(
    r"^(?:(more than|over|nearly|almost|about|around|some|at least|less than|under|"
    r"fewer than|roughly|approximately|just over|just under|the (?:past|last|previous))\s+)?"
    r"([\w.,\s-]+?)\s+(second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?$",
    re.IGNORECASE,
)
UNIT_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
    "centurie": 36525.0,
}


@dataclass(frozen=True, slots=True)
class TimeValue:
    start: datetime | None  # wall clock in `zone`
    end: datetime | None
    granularity: str
    zone: str | None = None
    zone_explicit: bool = False
    resolved: bool = True
    part_of_day: str | None = None
    weekday: int | None = None
    tod: tuple[int, int] | None = None
    hedge: str | None = None
    note: str = ""
    day: date | None = None  # the anchor day, for "the next day" in later sentences


@dataclass(frozen=True, slots=True)
class Context:
    published: datetime | None
    tense: Tense = None
    previous: date | None = None  # the last day-level date met earlier in the article
    # The IANA zone of a place the sentence names ("in Gaza" -> Asia/Gaza), if it has one.
    place_zone: str | None = None


def zone_label(offset: timedelta | None) -> str | None:
    if offset is None:
        return None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h:02d}:{m:02d}"


def zone_offset(label: str | None) -> timedelta | None:
    m = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", label or "")
    if not m:
        return None
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return delta if m.group(1) == "+" else -delta


def _find_zone(text: str, on: date | None) -> tuple[str | None, bool, str]:
    """(zone label, explicit?, text with the zone removed)."""
    if _LOCAL.search(text):
        return "local", True, _LOCAL.sub(" ", text)
    m = _ZONE_ABBR.search(text)
    if m:
        abbr = m.group(1)
        if m.group(2):
            hours = int(m.group(2))
            mins = int(m.group(3) or 0)
            off = timedelta(hours=abs(hours), minutes=mins) * (1 if hours >= 0 else -1)
            label = zone_label(off)
        else:
            probe = datetime.combine(on or date(2024, 1, 15), datetime.min.time()).replace(hour=12)
            tz = ZoneInfo(ZONES[abbr])
            # "EDT"/"EST" name the offset; "ET" means whichever is in force on that date.
            if abbr.endswith("DT") or abbr in ("BST", "CEST"):
                north_summer = probe.replace(month=7, day=15)
                off = tz.utcoffset(
                    north_summer if abbr != "AEDT" else probe.replace(month=1, day=15)
                )
            elif abbr.endswith("ST") and abbr not in ("AEST",):
                off = tz.utcoffset(probe.replace(month=1, day=15))
            else:
                off = tz.utcoffset(probe)
            label = zone_label(off) if abbr not in ("GMT", "UTC") else "UTC+00:00"
        return label, True, text[: m.start()] + " " + text[m.end() :]
    m2 = _ZONE_OFFSET.search(text)
    if m2 and not _ISO.search(text[max(0, m2.start() - 8) : m2.end()]):
        off = timedelta(hours=int(m2.group(2)), minutes=int(m2.group(3)))
        off = off if m2.group(1) == "+" else -off
        return zone_label(off), True, text[: m2.start()] + " " + text[m2.end() :]
    return None, False, text


def _day_interval(d: date) -> tuple[datetime, datetime]:
    s = datetime(d.year, d.month, d.day)
    return s, s + timedelta(days=1)


def _month_interval(y: int, m: int) -> tuple[datetime, datetime]:
    s = datetime(y, m, 1)
    e = datetime(y + (m == 12), m % 12 + 1, 1)
    return s, e


def _pick_year(month: int, day: int | None, pub: date, tense: Tense) -> int:
    """Year for a date written without one, chosen by the verb's tense (default: the nearest)."""
    best = pub.year
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append((y, date(y, month, day or 1)))
        except ValueError:
            continue
    if not cands:
        return best
    if day is None:  # a month: compare month starts
        cur = date(pub.year, pub.month, 1)
        if tense == "past":
            ok = [y for y, d in cands if d <= cur]
            return max(ok) if ok else best
        if tense == "future":
            ok = [y for y, d in cands if d >= cur]
            return min(ok) if ok else best
        return min(cands, key=lambda c: abs((c[1] - cur).days))[0]
    if tense == "past":
        ok = [y for y, d in cands if d <= pub + timedelta(days=1)]
        return max(ok) if ok else best
    if tense == "future":
        ok = [y for y, d in cands if d >= pub - timedelta(days=1)]
        return min(ok) if ok else best
    return min(cands, key=lambda c: abs((c[1] - pub).days))[0]


def _begun_in(pub: datetime | None, where: str | None, wd: int) -> bool:
    """Whether weekday `wd` is the day after the publication day and had already begun, at the
    publication instant, in the zone the sentence gives: a written zone ("UTC+03:00"; "local"
    tells nothing) or a place's IANA zone. A story published on a US evening about a shooting
    "early Saturday" on Elm Street names no such zone, and keeps last Saturday."""
    if pub is None or pub.tzinfo is None or pub.utcoffset() is None or not where:
        return False
    tomorrow = pub.date() + timedelta(days=1)
    if tomorrow.weekday() != wd:
        return False
    if "/" in where:
        try:
            tz: tzinfo = ZoneInfo(where)
        except (ZoneInfoNotFoundError, ValueError):
            return False
    else:
        offset = zone_offset(where)
        if offset is None:
            return False
        tz = timezone(offset)
    return pub.astimezone(tz).date() == tomorrow


def _weekday_date(wd: int, pub: date, mod: str | None, tense: Tense) -> date:
    """'Tuesday' in an article published `pub`: the verb's tense decides the direction."""
    back = (pub.weekday() - wd) % 7  # days since the last such weekday (0 = today)
    fwd = (wd - pub.weekday()) % 7
    mod = (mod or "").lower()
    if mod in ("last", "past"):
        return pub - timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return pub + timedelta(days=fwd or 7)
    if tense == "future" or (tense == "nearest" and fwd < back):
        return pub + timedelta(days=fwd)
    return pub - timedelta(days=back)


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _season(name: str, year: int) -> tuple[datetime, datetime]:
    # Northern-hemisphere meteorological seasons; winter runs December..February.
    starts = {
        "spring": (year, 3),
        "summer": (year, 6),
        "autumn": (year, 9),
        "fall": (year, 9),
        "winter": (year, 12),
    }
    y, m = starts[name]
    s = datetime(y, m, 1)
    em = m + 3
    e = datetime(y + (em > 12), (em - 1) % 12 + 1, 1)
    return s, e


def _period(which: str, unit: str, pub: date, tense: Tense) -> tuple[datetime, datetime, str]:
    which = which.lower()
    unit = unit.lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        which, 0
    )
    if unit == "week":
        ws = _week_start(pub) + timedelta(weeks=shift)
        return (
            datetime.combine(ws, datetime.min.time()),
            datetime.combine(ws + timedelta(days=7), datetime.min.time()),
            "week",
        )
    if unit == "weekend":
        # The weekend nearest in the tense's direction: "this weekend" read on a Monday is past.
        sat = _week_start(pub) + timedelta(days=5)
        if shift < 0 or (shift == 0 and tense == "past" and pub < sat):
            sat -= timedelta(days=7)
        elif shift > 0 and pub >= sat:
            sat += timedelta(days=7)
        s = datetime.combine(sat, datetime.min.time())
        return s, s + timedelta(days=2), "range"
    if unit == "month":
        y, m = pub.year, pub.month + shift
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        s, e = _month_interval(y, m)
    elif unit == "quarter":
        q = (pub.month - 1) // 3 + shift
        y = pub.year + q // 4
        q %= 4
        s = datetime(y, 3 * q + 1, 1)
        e = datetime(y + (q == 3), (3 * q + 3) % 12 + 1, 1)
        return *_clip(which, s, e, pub), "range"
    elif unit == "year":
        s, e = datetime(pub.year + shift, 1, 1), datetime(pub.year + shift + 1, 1, 1)
        s, e = _clip(which, s, e, pub)
        return s, e, "year" if which in ("last", "next", "this", "past", "previous") else "range"
    else:  # seasons
        year = pub.year
        s, e = _season(unit, year)
        p = datetime.combine(pub, datetime.min.time())
        if shift < 0 or (shift == 0 and tense == "past" and s > p):
            while s >= p or (shift < 0 and e > p):
                year -= 1
                s, e = _season(unit, year)
        elif shift > 0:
            while s <= p:
                year += 1
                s, e = _season(unit, year)
        return s, e, "season"
    s, e = _clip(which, s, e, pub)
    return s, e, "month" if which in ("last", "next", "this", "past", "previous") else "range"


def _clip(which: str, s: datetime, e: datetime, pub: date) -> tuple[datetime, datetime]:
    p = datetime.combine(pub, datetime.min.time())
    if which in ("earlier this", "early this"):
        return s, min(e, p + timedelta(days=1))
    if which in ("later this", "late this", "end of this"):
        return max(s, p), e
    return s, e


def _clock(text: str) -> tuple[int, str, str] | None:
    """(minutes after midnight, matched text, rest) for "3:15 a.m.", "15:00", "noon"."""
    m = _CLOCK.search(text)
    if m:
        h = int(m.group(1)) % 12
        mins = int(m.group(2) or 0)
        if m.group(3).lower().startswith("p"):
            h += 12
        if h > 23 or mins > 59:
            return None
        return h * 60 + mins, m.group(0), text[: m.start()] + " " + text[m.end() :]
    m = _CLOCK24.search(text)
    if m and not _ISO.search(text):
        h = int(m.group(1))
        # "12:30 Sunday morning", "8:15 Friday night": US news writes a 12-hour clock without
        # a.m./p.m. when the part of the day says it; read it with that part of the day.
        if h <= 12 and _MORNING_CUE.search(text):
            h %= 12
        elif h < 12 and (_AFTERNOON_CUE.search(text) or (h >= 5 and _EVENING_CUE.search(text))):
            h += 12
        elif h < 5 and re.search(r"\bnight\b", text, re.IGNORECASE):
            h += 24  # "1:30 Saturday night" is the small hours after Saturday
        return (
            h * 60 + int(m.group(2)),
            m.group(0),
            text[: m.start()] + " " + text[m.end() :],
        )
    return None


_MORNING_CUE = re.compile(r"\b(morning|early hours|overnight)\b", re.IGNORECASE)
_AFTERNOON_CUE = re.compile(r"\bafternoon\b", re.IGNORECASE)
_EVENING_CUE = re.compile(r"\b(evening|night|tonight)\b", re.IGNORECASE)
# "between 1:30 and 2 p.m.": the first time takes the second's a.m./p.m. when it has none.
_CLOCK_RANGE = re.compile(
    r"\bbetween\s+(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b)?\s*"
    r"(?:and|-)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|am\b|pm\b)",
    re.IGNORECASE,
)


def _clock_range(text: str) -> tuple[int, int, str, str] | None:
    """(start minutes, end minutes, matched text, rest) for "between 1:30 and 2 p.m."."""
    m = _CLOCK_RANGE.search(text)
    if not m:
        return None
    h1, m1, ap1, h2, m2, ap2 = m.groups()

    def minutes(h: str, mm: str | None, ap: str) -> int:
        return (int(h) % 12 + (12 if ap.lower().startswith("p") else 0)) * 60 + int(mm or 0)

    start, end = minutes(h1, m1, ap1 or ap2), minutes(h2, m2, ap2)
    if int(h1) > 12 or int(h2) > 12 or int(m1 or 0) > 59 or int(m2 or 0) > 59:
        return None
    if end <= start:
        end += 1440  # "between 11 p.m. and 1 a.m."
    return start, end, m.group(0), text[: m.start()] + " " + text[m.end() :]


def _clean(text: str) -> str:
    t = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return " ".join(t.split())


@lru_cache(maxsize=8192)
def _dateparser_fallback(text: str, base_day: date, prefer: str) -> date | None:
    """Absolute dates the grammar does not know; cached: dateparser costs ~1 ms a call."""
    import dateparser

    try:
        got = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "RELATIVE_BASE": datetime.combine(base_day, datetime.min.time()),
                "PREFER_DATES_FROM": prefer,
                "REQUIRE_PARTS": ["day", "month"],
                "STRICT_PARSING": True,
            },
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; a miss is fine
        return None
    return got.date() if got else None


def parse_duration(text: str) -> tuple[float, float, float, str, str | None] | None:
    """'more than two decades' -> (value, low, high, unit, hedge) in the written unit."""
    t = _clean(text).lower()
    t = re.sub(r"^(?:for|in|of|over the|after|within)\s+", "", t)
    m = _DURATION.match(t)
    if not m:
        return None
    hedge, num, unit = m.group(1), m.group(2).strip(), m.group(3)
    unit = {"centurie": "century", "centur": "century"}.get(unit, unit)
    if num in ("a", "an", "the"):
        value: float | None = 1.0
    elif num in ("a few", "few"):
        value = 3.0
    elif num in ("several",):
        value = 4.0
    elif num in ("many",):
        value = 5.0
    else:
        value = parse_number(num)
    if value is None:
        return None
    from factcheck.slots.quantities import hedge_interval

    low, high = hedge_interval(value, hedge)
    if num in ("a few", "few", "several", "many"):
        low, high = (
            (2.0, 5.0) if "few" in num else (3.0, 9.0) if num == "several" else (3.0, float("inf"))
        )
        hedge = hedge or num
    return value, low, high, unit, hedge


# Window (minutes) around a moment -- a clock time, midnight, noon -- for each hedge.
_POINT_HEDGES = {
    "about": (-30, 30),
    "around": (-30, 30),
    "approximately": (-30, 30),
    "roughly": (-30, 30),
    "circa": (-30, 30),
    "shortly before": (-30, 0),
    "just before": (-30, 0),
    "shortly after": (0, 30),
    "just after": (0, 30),
    "before": (-360, 0),
    "by": (-360, 0),
    "until": (-360, 0),
    "after": (0, 360),
}


def _offset_fits(base: date, n: int, unit: str) -> bool:
    """Whether base moved by n units stays within the years datetime holds (1..9999)."""
    years = {"day": 1 / 365, "week": 7 / 365, "month": 1 / 12, "decade": 10}.get(unit, 1)
    return 1 < base.year + n * years < 9999


# Holidays with the same day every year, wherever the news is from. Not "Independence Day" or
# "Election Day": their day depends on the country.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
    "fourth of july": (7, 4),
}  # fmt: skip
_HOLIDAY_NAMES = "|".join(
    sorted((re.escape(h).replace("'", "['’]") for h in HOLIDAYS), key=len, reverse=True)
)
_PART_OF_HOLIDAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
HOLIDAY_RE = re.compile(
    rf"\b({_HOLIDAY_NAMES}){_PART_OF_HOLIDAY}(?:,?\s+(\d{{4}}))?(?![\w'’])", re.IGNORECASE
)


# the holiday itself, or a part of it ("early Christmas morning", "New Year's Eve night"); not
# "the day after Christmas", "the Fourth of July weekend"
_HOLIDAY_ALONE = re.compile(
    rf"(?:(?:on|early|late|the)\s+)*({_HOLIDAY_NAMES}){_PART_OF_HOLIDAY}(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)


# "April-August 2020", "between 1 March and 1 August 2020", "from 2010 to 2018": two dates
# each with a month or a year of its own (not "June 18-19", not "2020-10-05")
_DATE_RANGE = re.compile(
    r"^(?:between|from)\s+(.+?)\s+(?:and|to|through|until)\s+(.+)$"
    r"|^(.+?)\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b)\s*(.+)$",
    re.IGNORECASE,
)
MONTH_WORD = re.compile(rf"\b(?:{_MONTH_RE})\b", re.IGNORECASE)
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def absolute_part(text: str) -> bool:
    """A month named, or a year alone: "19, 2024" (June 18-19, 2024) is neither."""
    bare = re.sub(r"(?i)^(?:between|from)\s+", "", text.strip())
    return bool(MONTH_WORD.search(bare) or _FOUR_DIGIT_YEAR.fullmatch(bare))


def _date_range(text: str, ctx: Context) -> TimeValue | None:
    """The span from the first day of one date to the last day of the other. The first takes
    the second's year when it has none ("1 March and 1 August 2020")."""
    m = _DATE_RANGE.match(_clean(text))
    if m is None:
        return None
    left, right = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not (absolute_part(left) and absolute_part(right)):
        return None
    year = _FOUR_DIGIT_YEAR.search(right)
    if year and not _FOUR_DIGIT_YEAR.search(left):
        left = f"{left} {year.group(0)}"
    a, b = _resolve_one(left, ctx), _resolve_one(right, ctx)
    if a is None or b is None or not (a.resolved and b.resolved):
        return None
    if a.start is None or b.end is None or a.start >= b.end or a.tod or b.tod:
        return None
    gran = "year" if a.granularity == b.granularity == "year" else "range"
    return TimeValue(start=a.start, end=b.end, granularity=gran, zone=b.zone, note="range")


def resolve(text: str, ctx: Context) -> TimeValue | None:
    """Resolve one temporal expression; None when the text holds no date or time of day."""
    return _date_range(text, ctx) or _resolve_one(text, ctx)


@dataclass(slots=True)
class _Reading:
    """What one expression says, filled in part by part: its zone, a time of day, then the day,
    month or year it names (`_resolve_one`)."""

    zone: str | None
    explicit: bool
    part: str | None = None
    tod: tuple[int, int] | None = None
    day: date | None = None
    gran: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    note: str = ""
    weekday: int | None = None
    resolved: bool = True

    def absolute(self, got: tuple | None) -> bool:
        """Take an `_absolute` date; False when it is no date ("February 30")."""
        if got is None:
            return False
        self.day, self.start, self.end, self.gran, self.resolved, self.note = got
        return True

    def unanchored(self, gran: str, note: str) -> None:
        """A relative expression with nothing to count from (no publication date)."""
        self.resolved, self.gran, self.note = False, gran, note


_LEADING_HEDGE = re.compile(
    r"^(about|around|approximately|roughly|shortly before|shortly after|"
    r"just before|just after|before|after|until|by|since|circa)\b"
)


def _resolve_one(text: str, ctx: Context) -> TimeValue | None:
    t = _clean(text)
    pub = ctx.published
    zone, explicit, t = _find_zone(t, pub.date() if pub else None)
    if zone is None and pub is not None and pub.tzinfo is not None:
        zone = zone_label(pub.utcoffset())
    hm = _LEADING_HEDGE.match(t.lower())
    hedge = hm.group(1) if hm else None
    r = _Reading(zone=zone, explicit=explicit)
    t, clocked = _read_time_of_day(t, hedge, r)
    if not _read_day(text, t.lower(), ctx, r):
        return None
    return _time_value(r, clocked, hedge)


def _read_time_of_day(t: str, hedge: str | None, r: _Reading) -> tuple[str, bool]:
    """A clock time, a range of them or a part of the day, into `r`; returns the text without
    the clock time, and whether a clock time was written (the value's granularity is then the
    minute)."""
    low = t.lower()
    rng = _clock_range(t)
    ck = _clock(t)
    if rng:
        start_min, end_min, matched, t = rng
        r.part, r.tod = matched.strip(), (start_min, end_min)
        low = t.lower()
    elif ck:
        minutes, matched, t = ck
        r.part = matched.strip()
        # Unhedged: outlets round clock times; five minutes either way is the same moment.
        lo, hi = _POINT_HEDGES.get(hedge or "", (-5, 6))
        r.tod = (minutes + lo, minutes + hi)
        low = t.lower()
    elif pm := _PART.search(low):
        p = pm.group(1).lower()
        if p == "early hours":
            p = "early morning"
        # "late Saturday night" -> late night; "early Sunday morning" -> early morning.
        mod = re.search(r"\b(early|late)\b", low[: pm.start()])
        key = f"{mod.group(1)} {p}" if mod and f"{mod.group(1)} {p}" in PARTS else p
        r.tod, r.part = PARTS[key], key
        if p in ("midnight", "noon") and hedge in _POINT_HEDGES:
            # Midnight and noon are moments, so hedges work as on a clock time: "before
            # midnight" is the evening up to 24:00, "after midnight" the small hours.
            at = 720 if p == "noon" else 0 if hedge.endswith("after") else 1440
            lo, hi = _POINT_HEDGES[hedge]
            r.tod, r.part = (at + lo, at + hi), f"{hedge} {p}"
    else:
        dm = _DAY_MOD.match(low)
        if dm and (_WEEKDAY_RE.search(low) or _DAYWORD.search(low)):
            r.part = dm.group(1).lower()
            r.tod = PARTS[r.part]
    # "8:30 p.m. last night" is that evening's clock time; "1 a.m. last night" keeps the whole
    # night, which runs past midnight into the next day
    evening_clock = r.tod is not None and (rng or ck) and 720 <= r.tod[0] < 1440
    if re.search(r"\btonight\b", low) and not evening_clock:
        r.part, r.tod = "tonight", PARTS["tonight"]
    if re.search(r"\blast night\b|\bthe night before\b", low) and not evening_clock:
        r.part, r.tod = "night", PARTS["night"]
    return t, ck is not None


def _read_day(text: str, low: str, ctx: Context, r: _Reading) -> bool:
    """The day, month, year or span the expression names, into `r`, by the first form that
    matches; False when the text names none (or an impossible one)."""
    pub_day = ctx.published.date() if ctx.published else None
    if m := _ISO.search(low):
        try:
            r.day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        r.note = "ISO date"
    elif m := _MDY.search(low):
        mon, d1, d2, yr = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3), m.group(4)
        wm = _WEEKDAY_RE.search(low)
        named = WEEKDAYS[wm.group(2).lower()] if wm else None
        d2i, year = int(d2) if d2 else None, int(yr) if yr else None
        return r.absolute(_absolute(mon, d1, d2i, year, ctx, pub_day, named))
    elif m := _DMY.search(low):
        d1, d2, mon, yr = int(m.group(1)), m.group(2), MONTHS[m.group(3).lower()], m.group(4)
        d2i, year = int(d2) if d2 else None, int(yr) if yr else None
        return r.absolute(_absolute(mon, d1, d2i, year, ctx, pub_day))
    elif m := _HOLIDAY_ALONE.fullmatch(low.strip(" .,")):
        mon, d1 = HOLIDAYS[" ".join(m.group(1).replace("’", "'").split())]
        year = int(m.group(2)) if m.group(2) else None
        if not r.absolute(_absolute(mon, d1, None, year, ctx, pub_day)):
            return False
        r.note = "holiday, " + r.note
    elif m := _SLASH.search(_CLOCK.sub(" ", low)):  # "2/14 at 3 p.m.": the clock is not the date
        mon, d1, yr = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= mon <= 12 and 1 <= d1 <= 31):
            return False
        year = int(yr) + (2000 if yr and len(yr) == 2 else 0) if yr else None
        if not r.absolute(_absolute(mon, d1, None, year, ctx, pub_day)):
            return False
        r.note = "US month/day " + r.note
    elif m := _AGO.search(low):
        return _read_ago(m, ctx, pub_day, r)
    elif m := _DAYWORD.search(low):
        _read_dayword(m.group(1).lower(), ctx, pub_day, r)
    elif m := _WEEKDAY_RE.search(low):
        _read_weekday(m, ctx, pub_day, r)
    elif m := _PERIOD.search(low):
        if pub_day is None:
            r.unanchored("range", f"{m.group(0)}: no publication date")
        else:
            r.start, r.end, r.gran = _period(m.group(1), m.group(2), pub_day, ctx.tense)
            r.note = m.group(0)
    elif m := _COMING.search(low):
        _read_coming(m, pub_day, r)
    elif m := _DECADE.search(low):
        _read_decade(m, r)
    elif m := _MY.search(low):
        return _read_month(m, text, low, ctx, pub_day, r)
    elif (m := _YEAR_RANGE.search(low)) and int(m.group(1)) < int(m.group(2)):
        y0, y1 = int(m.group(1)), int(m.group(2))
        r.start, r.end, r.gran, r.note = datetime(y0, 1, 1), datetime(y1 + 1, 1, 1), "year", "years"
    elif m := _YEAR.search(low):
        y = int(m.group(1))
        r.start, r.end, r.gran, r.note = datetime(y, 1, 1), datetime(y + 1, 1, 1), "year", "year"
    elif r.tod is None:
        if not (any(ch.isalpha() for ch in low) and re.search(_MONTH_RE, low) and pub_day):
            return False
        got = _dateparser_fallback(low, pub_day, "past" if ctx.tense != "future" else "future")
        if got is None:
            return False
        r.day, r.note = got, "dateparser"
    return True


def _read_ago(m: re.Match[str], ctx: Context, pub_day: date | None, r: _Reading) -> bool:
    """'two days ago', 'three weeks earlier', 'a year later': from the publication day (ago,
    from now) or from the article's previous date (earlier, later)."""
    n = parse_number(m.group(1)) if m.group(1) not in ("a few", "several") else 3
    unit, direction = m.group(2).lower(), m.group(3).lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    base = pub_day if direction in ("ago", "from now") else ctx.previous
    if n is None:
        return False
    if base is None:
        r.unanchored(unit, f"{m.group(0)}: no anchor date")
        return True
    if not _offset_fits(base, sign * int(n), unit):
        return False  # "5000 years ago": before any date the calendar holds
    days = {"day": 1, "week": 7}.get(unit)
    if days:
        r.day = base + timedelta(days=sign * int(n) * days)
        if unit == "week":
            r.start = datetime.combine(r.day - timedelta(days=3), datetime.min.time())
            r.end = r.start + timedelta(days=7)
            r.gran, r.day = "week", None
    elif unit == "month":
        mm = base.month + sign * int(n)
        y, mo = base.year + (mm - 1) // 12, (mm - 1) % 12 + 1
        r.start, r.end = _month_interval(y, mo)
        r.gran = "month"
    else:
        y = base.year + sign * int(n) * (10 if unit == "decade" else 1)
        r.start, r.end, r.gran = datetime(y, 1, 1), datetime(y + 1, 1, 1), "year"
    r.note = m.group(0)
    return True


# a day word's offset from the publication day
_DAYWORD_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "last night": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _read_dayword(w: str, ctx: Context, pub_day: date | None, r: _Reading) -> None:
    """'yesterday', 'this morning' (from the publication day); 'the next day', 'that
    evening' (from the article's previous date)."""
    if w in _DAYWORD_OFFSETS:
        if pub_day is None:
            r.unanchored("day", f"{w}: no publication date")
        else:
            r.day = pub_day + timedelta(days=_DAYWORD_OFFSETS[w])
            r.note = f"{w}, relative to publication"
        if w.startswith("this ") and not r.part:
            r.part = w[5:]
            r.tod = PARTS[r.part]
        return
    shift = (
        1
        if re.search(r"next|following|after", w)
        else -1
        if re.search(r"previous|before", w)
        else 0
    )
    if ctx.previous is None:
        r.unanchored("day", f"{w}: no earlier date in the article")
    else:
        r.day = ctx.previous + timedelta(days=shift)
        r.note = f"{w}, relative to the previous date"
    pm2 = re.search(r"(morning|afternoon|evening|night)$", w)
    if pm2 and not r.part:
        r.part = pm2.group(1)
        r.tod = PARTS[r.part]


def _read_weekday(m: re.Match[str], ctx: Context, pub_day: date | None, r: _Reading) -> None:
    """A weekday, resolved by the verb's tense against the publication day."""
    r.weekday = WEEKDAYS[m.group(2).lower()]
    if pub_day is None:
        r.unanchored("day", "weekday: no publication date")
        return
    r.day = _weekday_date(r.weekday, pub_day, m.group(1), ctx.tense)
    r.note = f"weekday, {m.group(1) or ctx.tense or 'past (default)'}"
    written = r.zone if r.explicit and r.zone != "local" else None  # "local time": the place's
    if (
        m.group(1) is None
        and ctx.tense != "future"
        and _begun_in(ctx.published, written or ctx.place_zone, r.weekday)
    ):
        # "Israeli forces attacked Gaza early Friday" in a story published Thursday
        # 20:00 UTC-07:00: Friday had begun in Gaza, it is not six days ago. Without a
        # written zone the day is the place's local time.
        r.day = pub_day + timedelta(days=1)
        r.note = "weekday, past: the day after publication, already begun where it happened"
        if not r.explicit:
            r.zone = "local"


# how far "the coming days / weeks / months / years" reach, in days
_COMING_SPAN = {"days": 10, "weeks": 45, "months": 200, "years": 1100}


def _read_coming(m: re.Match[str], pub_day: date | None, r: _Reading) -> None:
    """'in the coming weeks', 'in recent months': a range from or up to the publication day."""
    which, unit = m.group(1).lower(), m.group(3).lower()
    span = _COMING_SPAN[unit]
    if pub_day is None:
        r.unanchored("range", f"{m.group(0)}: no publication date")
        return
    p = datetime.combine(pub_day, datetime.min.time())
    if which in ("coming", "next"):
        r.start, r.end = p, p + timedelta(days=span)
    else:
        r.start, r.end = p - timedelta(days=span), p + timedelta(days=1)
    r.gran, r.note = "range", m.group(0)


def _read_decade(m: re.Match[str], r: _Reading) -> None:
    """'the 1990s', 'the late '80s'."""
    raw = m.group(2)
    y0 = int(raw) if not raw.startswith("'") else (1900 + int(raw[1:]))
    if raw.startswith("'") and y0 < 1930:
        y0 += 100
    lo_y, hi_y = y0, y0 + 10
    if m.group(1):
        lo_y, hi_y = {
            "early": (y0, y0 + 4),
            "mid": (y0 + 3, y0 + 7),
            "late": (y0 + 6, y0 + 10),
        }[m.group(1).lower()]
    r.start, r.end, r.gran, r.note = datetime(lo_y, 1, 1), datetime(hi_y, 1, 1), "decade", "decade"


def _read_month(
    m: re.Match[str], text: str, low: str, ctx: Context, pub_day: date | None, r: _Reading
) -> bool:
    """A month with or without its year ('June 2024', 'last September', 'in early May'); the
    year from the tense where none is written. False for the verb "may"."""
    mod, mon, yr = m.group(1), MONTHS[m.group(2).lower()], m.group(3)
    if (
        m.group(2).lower() == "may"
        and not yr
        and "May" not in text
        and not re.search(r"\b(in|of|early|mid|late|last|next|this)\s+may\b", low)
    ):
        return False  # the verb "may"
    which = re.search(r"\b(last|next|this)\s+" + m.group(2).lower(), low)
    if yr:
        year = int(yr)
    elif pub_day is None:
        r.unanchored("month", "month without year: no publication date")
        return True
    elif which:
        w = which.group(1)
        year = pub_day.year
        if w == "last":
            year -= 1 if mon >= pub_day.month else 0
        elif w == "next":
            year += 1 if mon <= pub_day.month else 0
    else:
        year = _pick_year(mon, None, pub_day, ctx.tense)
    r.start, r.end = _month_interval(year, mon)
    if mod:
        lo_d, hi_d = {"early": (1, 11), "mid": (10, 21), "late": (20, 32)}[mod.lower()]
        r.start = r.start.replace(day=lo_d)
        r.end = min(r.end, r.start.replace(day=1) + timedelta(days=hi_d - 1))
    r.gran = "month"
    r.note = "month" + ("" if yr else ", year from tense")
    return True


def _time_value(r: _Reading, clocked: bool, hedge: str | None) -> TimeValue | None:
    """The interval a reading gives: the day's, narrowed to its time of day when it has one."""
    if r.day is not None:
        r.start, r.end = _day_interval(r.day)
        r.gran = r.gran or "day"
        if r.weekday is None:
            r.weekday = r.day.weekday()
    if r.tod is not None:
        if (
            r.start is not None
            and r.gran in ("day", None)
            and r.end is not None
            and (r.end - r.start) <= timedelta(days=1)
        ):
            base = r.start
            r.start = base + timedelta(minutes=r.tod[0])
            r.end = base + timedelta(minutes=r.tod[1])
            r.gran = "minute" if clocked else "part_of_day"
        elif r.start is None:
            # a clock time or part of day with no day: compared as times of day only
            r.gran = "minute" if clocked else "part_of_day"
    if r.gran is None:
        return None
    resolved = r.resolved
    return TimeValue(
        start=r.start if resolved else None,
        end=r.end if resolved else None,
        granularity=r.gran,
        zone=r.zone,
        zone_explicit=r.explicit,
        resolved=resolved,
        part_of_day=r.part,
        weekday=r.weekday,
        tod=r.tod,
        hedge=hedge,
        note=r.note,
        day=r.day,
    )


def _weekday_year(mon: int, d1: int, weekday: int, year: int, ctx: Context, pub: date) -> int:
    """'Sunday, Nov. 15' in a story published in January 2017: not 2016 (a Tuesday) but 2015,
    the latest year up to six back whose Nov. 15 is a Sunday (a follow-up story retelling an
    old shooting). Not after publication unless the verb is in the future tense."""
    for y in range(year, year - 7, -1):
        try:
            d = date(y, mon, d1)
        except ValueError:
            continue
        if d.weekday() == weekday and (ctx.tense == "future" or d <= pub + timedelta(days=1)):
            return y
    return year


def _within_a_week(year: int, mon: int, d1: int, pub: date) -> bool:
    """'Monday, Nov. 15' in a story published Tuesday, Nov. 15: a day this close to publication
    is this week's, and a weekday that does not fit it is the writer's slip, not a sign of an
    event six years back."""
    try:
        return abs((date(year, mon, d1) - pub).days) <= 7
    except ValueError:
        return False


def _absolute(
    mon: int,
    d1: int,
    d2: int | None,
    year: int | None,
    ctx: Context,
    pub_day: date | None,
    weekday: int | None = None,
) -> tuple[date | None, datetime, datetime, str, bool, str] | None:
    if year is None:
        if pub_day is None:
            # Month and day without a year and nothing to anchor: keep the day, mark unresolved.
            year, resolved, note = 2000, False, "no year, no publication date"
        else:
            year, resolved, note = _pick_year(mon, d1, pub_day, ctx.tense), True, "year from tense"
            if weekday is not None and d2 is None and not _within_a_week(year, mon, d1, pub_day):
                named = _weekday_year(mon, d1, weekday, year, ctx, pub_day)
                if named != year:
                    year, note = named, "year from the weekday named with it"
    else:
        resolved, note = True, "absolute"
    try:
        first = date(year, mon, d1)
        last = date(year, mon, d2) if d2 else first
    except ValueError:
        return None
    if last < first:
        return None
    s = datetime.combine(first, datetime.min.time())
    e = datetime.combine(last + timedelta(days=1), datetime.min.time())
    if not resolved:
        return None, s, e, "day", False, note
    return (first if d2 is None else None), s, e, "day" if d2 is None else "range", True, note


def describe(
    v_start: datetime | None,
    v_end: datetime | None,
    gran: str | None,
    part: str | None,
    zone: str | None,
) -> str:
    """Human words for an interval: 'Tue 18 Jun 2024 (late)'."""
    if v_start is None or v_end is None:
        return "unresolved"
    extra = [x for x in (part, "local time" if zone == "local" else zone) if x]
    tail = f" ({', '.join(extra)})" if extra else ""
    if gran in ("day", "part_of_day", "minute"):
        d = v_start.date()
        if (
            gran == "part_of_day"
            and part
            and v_start.hour >= 18
            and (v_end - v_start).days < 1
            or gran == "part_of_day"
            and v_start.hour < 24
        ):
            d = v_start.date()
        return f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]} {d.year}{tail}"
    if gran == "month" and v_start.day == 1 and (v_end - v_start).days >= 28:
        return f"{MONTH_NAMES[v_start.month - 1]} {v_start.year}{tail}"
    if gran == "year":
        return f"{v_start.year}{tail}"
    if gran == "decade":
        return (
            f"the {v_start.year}s{tail}"
            if (v_end.year - v_start.year) == 10
            else (f"{v_start.year}–{v_end.year - 1}{tail}")
        )
    last = v_end - timedelta(seconds=1)
    return f"{v_start.date().isoformat()} to {last.date().isoformat()}{tail}"


def to_utc(dt: datetime, zone: str | None) -> datetime | None:
    off = zone_offset(zone)
    if off is None:
        return None
    return (dt - off).replace(tzinfo=UTC)


__all__ = ["Context", "TimeValue", "describe", "parse_duration", "replace", "resolve", "to_utc"]
