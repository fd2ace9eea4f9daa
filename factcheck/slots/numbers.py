"""Reading a written number: digits with separators, decimals, number words and scale words.

Hand-written because the libraries that exist do not fit: quantulum3 misreads "$50 billion"
and drops counted nouns (STACK.md), and word2number-style packages fail on "a dozen",
"hundreds" or "3.5 million". This grammar is small and covers what news prose uses.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "couple": 2,
    "both": 2, "pair": 2, "half": 0.5, "once": 1, "twice": 2, "thrice": 3,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mln": 1_000_000,
    "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
    # South Asian news: "Rs 5,500 crore", "1.5 lakh"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# Plural vague amounts: "hundreds" is at least two hundred and less than a thousand.
VAGUE = {
    "dozens": (24.0, 99.0), "scores": (40.0, 199.0), "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0), "tens of thousands": (20_000.0, 99_999.0),
    "hundreds of thousands": (200_000.0, 999_999.0), "millions": (2e6, 9.99e8),
    "billions": (2e9, 9.99e11), "several": (3.0, 9.0), "a few": (2.0, 5.0), "few": (2.0, 5.0),
    "a handful": (2.0, 6.0), "numerous": (3.0, float("inf")), "multiple": (2.0, float("inf")),
}  # fmt: skip

_PARTS = {
    "half": 0.5, "a half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
}  # fmt: skip
_PART_OF_A_SCALE = re.compile(
    r"("
    + "|".join(_PARTS)
    + r")\s+(?:(?:of\s+)?an?\s+)?(hundred|thousand|million|billion|trillion)"
)
# the same in running text (hyphens kept), for the spans the NER leaves out
PART_OF_A_SCALE_RE = re.compile(
    r"(?i)\b(?:(?:a\s+)?half|(?:a|one|three)[\s-]quarters?|(?:a|one|two)[\s-]thirds?)"
    r"(?:\s+(?:of\s+)?an?\s+|(?<=half)[\s-]+)(?:hundred|thousand|million|billion|trillion)\b"
)
_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+")


def parse_digits(tok: str) -> float | None:
    t = tok.strip()
    if not _DIGITS.match(t):
        return None
    return float(t.replace(",", ""))


def parse_number(text: str) -> float | None:
    """The value of a number phrase ("6,700", "3.5 million", "twenty-five", "a dozen"), or None."""
    s = text.lower().replace("-", " ").replace("\u2009", "").strip()
    if not s:
        return None
    if (m := re.fullmatch(r"(.*\S)\s+and\s+a\s+half", s)) and (whole := parse_number(m.group(1))):
        return whole + 0.5  # "three and a half"
    if m := _PART_OF_A_SCALE.fullmatch(s):
        return _PARTS[m.group(1)] * SCALES[m.group(2)]  # "half a million", "a quarter of a million"
    # "12m" / "3.5bn": glued scale suffixes.
    s = re.sub(r"(\d)(k|m|mln|bn|b|tn)\b", r"\1 \2", s)
    toks = _TOKEN.findall(s)
    toks = [t for t in toks if t not in ("and", "of")]
    if not toks:
        return None
    total = 0.0
    current: float | None = None
    seen = False
    for t in toks:
        d = parse_digits(t)
        if d is not None:
            if current is not None:
                return None  # two numbers in a row: not one number
            current, seen = d, True
        elif t in UNITS:
            v = float(UNITS[t])
            if t == "dozen":
                current = (current or 1.0) * 12
            elif t == "half" and current is None:
                current = 0.5
            elif current is not None and v < 10 and current >= 20 and current % 10 == 0:
                current += v  # "twenty five"
            elif current is None:
                current = v
            else:
                return None
            seen = True
        elif t in SCALES:
            if t in ("m", "b", "k") and current is None:
                return None
            scale = SCALES[t]
            base = current if current is not None else 1.0
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = None
            seen = True
        else:
            return None
    if not seen:
        return None
    return total + (current or 0.0)


def vague_range(text: str) -> tuple[float, float] | None:
    """Interval for plural vague amounts ("hundreds", "tens of thousands"), or None."""
    return VAGUE.get(" ".join(text.lower().split()))
