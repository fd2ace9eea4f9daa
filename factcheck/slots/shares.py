"""Shares told as fractions or ratios, and multiples told as "N times".

"A third of voters", "one in five Americans", "24 of every 100 kids", "three out of four
doctors" are percentages: they must meet "33%" or "20 percent" in another outlet, and never be
read as counts ("five Americans", "100 kids"), which spaCy's NER makes of them. "2.4x more
deadly", "three times as many" are multiples, not counts of anything. No library parses these
phrasings (dateparser and the NER stop at the numbers), hence the patterns here.

A simple fraction, or a ratio of fewer than ten, is the writer's rounding: it is kept as the
percentage within ±10 % of itself ("one in four" meets 23 % and 27 %, not 20 %); "24 of every
100" is as exact as a percentage written with digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.slots.numbers import parse_number
from factcheck.slots.quantities import HEDGE_WORDS, hedge_interval

_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_BASE = (
    r"(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|a\s+thousand)"
)
# what may follow the base of a real ratio: not a period ("3 in 2 days") nor a unit
_NOT_A_SHARE_AFTER = re.compile(
    r"[\s-]*(?:%|percent|per\s?cent|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"
    r"|games?|matches?|innings|rounds?|attempts?|tries)\b",
    re.IGNORECASE,
)
# "killed 3 in 2 shootings" is a count; "one in five shootings is unsolved" a share
_EVENTS_AFTER = re.compile(
    r"\s+(?:shootings|incidents|attacks|cases|crashes|fires)\b", re.IGNORECASE
)
_VERB_BEFORE = re.compile(r"(?i)\b(?:\w+ed|shot|hurt|hit|won|lost|left|saw)\s+$")
# "three out of four victims died": members of a count of people, not a share of them
_HARM_AFTER = re.compile(
    r"(?i)\s+\w+(?:\s+\w+)?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:died|killed|dead|shot|wounded|injured|hurt)\b"
)
RATIO_RE = re.compile(
    rf"(?i)\b(?:(?P<hedge>{HEDGE_WORDS})\s+)?(?P<n>{_SMALL})[\s-]+"
    # "one in five", "1-in-5", "three out of four", "24 of every 100", "one in every 10": "two
    # of five people shot" without "every" is a member of a count, not a share
    rf"(?:in[\s-]+(?P<every>every\s+)?|out\s+of\s+(?P<every2>every\s+)?|of\s+(?P<every3>every)\s+)"
    rf"(?P<m>{_BASE})\b"
)
_FRACTIONS = {
    "half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fourth": 1 / 4, "fifth": 1 / 5,
    "sixth": 1 / 6, "eighth": 1 / 8, "tenth": 1 / 10,
}  # fmt: skip
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "seven": 7, "nine": 9}
_PERIOD_NOUNS = (
    r"years?|seasons?|games?|months?|weeks?|days?|decades?|century|centuries|hours?|minutes?"
    r"|times?|terms?|quarters?"
)
FRACTION_RE = re.compile(
    rf"(?i)\b(?:(?P<hedge>{HEDGE_WORDS})\s+)?"
    r"(?:(?:a\s+full\s+|(?P<num>a|one|two|three|four|seven|nine)[\s-]+)(?P<frac>thirds?|quarters?"
    r"|fourths?|fifths?|sixths?|eighths?|tenths?)|(?P<half>half))"
    # "a third of voters", "half of children", "half the victims"; not "a quarter of a mile"
    # (a measure), "half of 2019", "the first half of the year" (a part of a period), "half of
    # 1%", nor "half the size" (a multiple)
    rf"(?:\s+of\s+(?!a\b|an\b)(?!(?:(?:the|its|their|this|last|next)\s+)?(?:\d|(?:{_PERIOD_NOUNS})\b))"
    r"|\s+(?=(?:the|all|its|their|our|these|those|his|her)\s+(?!(?:size|price|cost|rate|number"
    rf"|amount|level|length|weight|height|speed|distance|value|{_PERIOD_NOUNS})\b)))"
)
_PARTS_OF_A_WHOLE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|last|final|latter|former|back|front|top|bottom|other"
    r"|the|in|and\s+a)\s+$"
)
_TIME_NOUNS = (
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|summer|winter|spring"
    r"|autumn|fall|season|decade)s?\b"
)
MULTIPLE_RE = re.compile(
    rf"(?i)\b(?:(?P<hedge>{HEDGE_WORDS})\s+)?(?P<n>\d+(?:\.\d+)?x|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten"
    r"|a\s+hundred|a\s+thousand|hundreds|thousands|(?:one|two|three)\s+and\s+a\s+half)\s+times"
    r"|twice)"
    # "three times as likely", "2x more deadly", "three times the national rate"; not "fired
    # twice more", "stabbed three times more before", "arrested twice the year before"
    r"(?=\s+(?:as\s+[a-z]+|(?:more|less)\s+(?!before\b|after\b|when\b|until\b|while\b"
    r"|during\b|in\b|on\b|at\b|and\b|to\b|that\b)[a-z]+|fewer|higher|lower|greater|larger"
    r"|bigger|smaller|faster|slower|deadlier"
    rf"|the\b(?!(?:\s+\w+)?\s+{_TIME_NOUNS})))"
)


@dataclass(frozen=True, slots=True)
class Share:
    start: int
    end: int
    kind: str  # percent | multiple
    value: float
    low: float
    high: float
    hedge: str | None


def _hedge_of(m: re.Match[str]) -> str | None:
    return m.group("hedge").lower() if m.group("hedge") else None


def _rounded(value: float, hedge: str | None) -> tuple[float, float]:
    if hedge:
        return hedge_interval(value, hedge)
    return value * 0.9, value * 1.1  # a simple fraction is a rounding


def ratio_shares(text: str) -> list[Share]:
    out: list[Share] = []
    for m in RATIO_RE.finditer(text):
        n, base = parse_number(m.group("n")), parse_number(m.group("m"))
        if n is None or base is None or not 1 < base <= 1_000_000 or n >= base:
            continue
        if _NOT_A_SHARE_AFTER.match(text, m.end()) or re.fullmatch(r"1[89]\d\d|20\d\d", m["m"]):
            continue  # "killed 3 in 2 days", "1 in 2020": no share
        every = m.group("every") or m.group("every2") or m.group("every3")
        before = text[: m.start()]
        if not every and _EVENTS_AFTER.match(text, m.end()) and _VERB_BEFORE.search(before):
            continue  # "killed 3 in 2 shootings"
        if not every and base <= 10 and _HARM_AFTER.match(text, m.end()):
            continue  # "three out of four victims died": three killed
        hedge = _hedge_of(m)
        value = 100 * n / base
        low, high = _rounded(value, hedge) if n < 10 else hedge_interval(value, hedge)
        out.append(Share(m.start(), m.end(), "percent", value, low, min(high, 100.0), hedge))
    return out


def fraction_shares(text: str) -> list[Share]:
    out: list[Share] = []
    for m in FRACTION_RE.finditer(text):
        start = m.start("hedge") if m.group("hedge") else m.start()
        if not m.group("hedge") and _PARTS_OF_A_WHOLE.search(text, 0, start):
            continue
        if not m.group("half") and not re.search(r"(?i)\sof\s", m.group(0) + " "):
            continue  # "a third suspect": an ordinal; "a third of them" is a share
        if m.group("half"):
            value = 0.5
        else:
            frac = m.group("frac").lower().rstrip("s")
            value = _NUMERATORS[(m.group("num") or "a").lower()] * _FRACTIONS[frac]
            if value >= 1:
                continue
        hedge = _hedge_of(m)
        end = m.end("half") if m.group("half") else m.end("frac")
        low, high = _rounded(100 * value, hedge)
        out.append(Share(start, end, "percent", 100 * value, low, min(high, 100.0), hedge))
    return out


def multiples(text: str) -> list[Share]:
    out: list[Share] = []
    for m in MULTIPLE_RE.finditer(text):
        words = m.group("n").lower()
        if words == "twice":
            value: float | None = 2.0
        elif words.endswith("x"):
            value = float(words[:-1])
        else:
            value = parse_number(words.rsplit(" ", 1)[0])
        if value is None:
            continue
        hedge = _hedge_of(m)
        low, high = hedge_interval(value, hedge)  # "more than 3 times the original investment"
        out.append(Share(m.start(), m.end(), "multiple", value, low, high, hedge))
    return out


def shares(text: str) -> list[Share]:
    """Every share and multiple in a sentence, the first of overlapping ones kept."""
    found = sorted(
        ratio_shares(text) + fraction_shares(text) + multiples(text), key=lambda s: s.start
    )
    kept: list[Share] = []
    for s in found:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept
