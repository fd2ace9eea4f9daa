"""Spans of a sentence that hold a value: merging spaCy's pieces of one date or time, the
start a duration implies, the place whose clock "local time" means, and small token helpers.

Hand-written around spaCy's entity spans, which split "Tuesday" from "late" and "3:15 a.m."
from "Wednesday"; each rule is recorded in docs/slots.md.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from factcheck.slots import dates as D
from factcheck.slots.date_roles import WEEKDAYISH
from factcheck.slots.zones import zone_for_place

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

TEMPORAL_LABELS = {"DATE", "TIME"}
FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG"}
_JOIN_GAP = re.compile(r"^[\s,]*(?:on|at|of|in|around|about)?[\s,(]*$", re.IGNORECASE)


def full_name(tok: Token) -> str:
    """'Joseph Horn' for the token 'Horn': its PROPN compounds and itself, lower case."""
    parts = [t for t in tok.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i]
    return " ".join(t.text.lower() for t in [*parts, tok])


def comma_between(doc: Doc, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(doc[k].text in (",", ";", ":") for k in range(lo + 1, hi))


_TIMEISH = re.compile(
    r"\d\s*(?:a\.?m|p\.?m)|\d:\d\d|\b(?:morning|afternoon|evening|night|overnight|noon|midnight|"
    r"local|GMT|UTC|ET|EST|EDT|PT|PDT|PST|CT|CDT|CST|KST|MSK)\b",
    re.IGNORECASE,
)


# "Nov. 26, 10 days before the shooting": the NER's one DATE is a day and a span of time.
_OFFSET_TAIL = re.compile(
    r",\s+(?=(?:about |nearly |more than |some |just )?(?:\d+|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|several|a few)\s+(?:days?|weeks?|months?|years?)\b)",
    re.IGNORECASE,
)


def split_offset(span: tuple[int, int, str], text: str) -> list[tuple[int, int, str]]:
    s, e, lab = span
    m = _OFFSET_TAIL.search(text, s, e)
    if m is None:
        return [span]
    return [(s, m.start(), lab), (m.end(), e, lab)]


def _joinable(left: str, right: str) -> bool:
    """Join a time to a day ("3:15 a.m." + "Wednesday") or a weekday to a date; never two dates."""
    # "Wednesday, two days after ...": a span of time is not part of the day it follows.
    if D.parse_duration(left) is not None or D.parse_duration(right) is not None:
        return False
    if _TIMEISH.search(left) or _TIMEISH.search(right):
        return True
    return bool(WEEKDAYISH.search(left)) != bool(WEEKDAYISH.search(right))


_OPENS_PHRASE = re.compile(r"(?:the|an?)\s", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s+(?:and|to|through|until)\s+|\s*[-–]\s*", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:between|from)\s", re.IGNORECASE)


def _range_of_dates(text: str, start: int, end: int, nxt: int) -> bool:
    """ "between 1 March and 1 August 2020": two dates the NER tagged apart are one range."""
    before = text[max(0, start - 8) : start]
    right = _RANGE_GAP.split(text[nxt:], maxsplit=1)[0]
    return bool(
        D.absolute_part(text[start:end])
        and D.absolute_part(right)
        and _RANGE_GAP.fullmatch(text[end:nxt])
        and (_RANGE_OPENER.match(text, start) or re.search(r"(?i)\b(?:between|from)\s+$", before))
    )


def merge_spans(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Union overlapping temporal spans and join neighbours ("3:15 a.m." + "Wednesday")."""
    spans = sorted(spans)
    out: list[list] = []
    for s, e, lab in spans:
        if (
            out
            and (
                s <= out[-1][1]
                or _range_of_dates(text, out[-1][0], out[-1][1], s)
                or (
                    _JOIN_GAP.match(text[out[-1][1] : s])
                    and _joinable(text[out[-1][0] : out[-1][1]], text[s:e])
                    # "charged Monday in the Nov. 22 killing": a determiner opens another phrase
                    and not _OPENS_PHRASE.match(text[s:e])
                )
            )
        ):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e, lab])
    for item in out:  # "(local time" -> "(local time)"
        piece = text[item[0] : item[1]]
        if piece.count("(") > piece.count(")") and text[item[1] : item[1] + 1] == ")":
            item[1] += 1
    return [(s, e, lab) for s, e, lab in out]


def extend_left(text: str, start: int, pattern: re.Pattern[str]) -> int:
    m = pattern.search(text[:start])
    return m.start(1) if m else start


def is_duration(text: str) -> bool:
    low = text.lower()
    if re.search(
        r"\b(ago|later|earlier|before|after|from now|old|next|last|this|coming|past)\b", low
    ) and not low.startswith(("the past", "the last", "the previous")):
        return False
    return D.parse_duration(text) is not None


def implied_start(
    value_low: float, value_high: float, unit: str, published: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """'first visit in 24 years' published in 2024 -> the previous one was in 2000."""
    if published is None:
        return None, None
    pub = published.replace(tzinfo=None)
    if unit in ("year", "decade", "century"):
        mult = {"year": 1, "decade": 10, "century": 100}[unit]
        hi_years = value_high * mult
        first_year = max(1, int(pub.year - hi_years)) if hi_years != float("inf") else 1
        last_year = int(pub.year - value_low * mult)
        return datetime(first_year, 1, 1), datetime(max(first_year, last_year) + 1, 1, 1)
    days = D.UNIT_DAYS.get(unit, 1.0)
    far = pub - timedelta(days=min(value_high * days, 365 * 200))
    near = pub - timedelta(days=value_low * days)
    return far.replace(hour=0, minute=0, second=0, microsecond=0), near + timedelta(days=1)


def local_zone(doc: Doc) -> str | None:
    """'local time' in a sentence that names a place with one time zone: that zone."""
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            zone = zone_for_place(ent.text)
            if zone is not None:
                return zone
    return None


def inside_entity(tok: Token, ent: Span) -> bool:
    """Whether a number token belongs to an entity. The NER runs a dateline into the count
    after it ("SAN ANTONIO - Four people are recovering" is one GPE): a number after the
    dash, counting a noun outside the entity, is no part of it."""
    if not ent.start <= tok.i < ent.end:
        return False
    if ent.label_ in FIGURE_LABELS or ent.label_ in TEMPORAL_LABELS:
        return True
    dateline_dash = tok.i > ent.start and tok.doc[tok.i - 1].text in ("-", "\u2013", "\u2014", "--")
    return not (
        dateline_dash and tok.dep_ == "nummod" and not ent.start <= tok.head.i < ent.end
    )  # not "an NBC 5 photographer", "a Boeing 737 pilot"
