"""Figures: a written amount -> value, hedge interval, unit or currency; and the role words.

Hand-written on top of numbers.py because quantulum3 misreads money with scale words and loses
counted nouns (STACK.md). The rules, all recorded in docs/slots.md:
- hedges widen the value into an interval ("about" ±10 %, "nearly" [90 %, 100 %], "more than"
  (v, ∞), "up to" [0, v]);
- a scale word implies the precision written ("3 million" is 2.5–3.5 million, "3.2 million"
  3.15–3.25 million); plain integers are exact counts;
- "hundreds", "dozens", "thousands" are intervals of their own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.slots.numbers import PART_OF_A_SCALE_RE, SCALES, parse_number, vague_range

INF = float("inf")

HEDGES: dict[str, tuple[float, float]] = {
    # multiplier on the value for (low, high); math.inf = unbounded
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "circa": (0.9, 1.1),
    "approx.": (0.9, 1.1), "close to": (0.9, 1.0), "nearly": (0.9, 1.0), "almost": (0.9, 1.0),
    "just under": (0.9, 1.0), "just over": (1.0, 1.1), "just shy of": (0.9, 1.0),
    "more than": (1.0, INF), "over": (1.0, INF), "above": (1.0, INF), "upwards of": (1.0, INF),
    "in excess of": (1.0, INF), "at least": (1.0, INF), "no fewer than": (1.0, INF),
    "no less than": (1.0, INF), "up to": (0.0, 1.0), "as many as": (0.0, 1.0),
    "at most": (0.0, 1.0), "no more than": (0.0, 1.0), "fewer than": (0.0, 1.0),
    "less than": (0.0, 1.0), "under": (0.0, 1.0), "below": (0.0, 1.0), "as few as": (1.0, INF),
}  # fmt: skip
# Strict bounds: "more than 6,000" excludes 6,000 itself.
STRICT_LOW = {"more than", "over", "above", "upwards of", "in excess of"}
STRICT_HIGH = {"fewer than", "less than", "under", "below"}
# the hedges as a regex alternation, longest first ("no more than" before "more than")
HEDGE_WORDS = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
HEDGE_RE = re.compile(r"(?:^|\s)(" + HEDGE_WORDS + r")\s*$", re.IGNORECASE)
_LEAD_HEDGE = re.compile(r"^(" + HEDGE_WORDS + r")\s+", re.IGNORECASE)

# Units -> (canonical unit, factor to it). Converting lets "2 km" meet "2,000 metres".
UNITS: dict[str, tuple[str, float]] = {
    "mm": ("m", 0.001), "millimetre": ("m", 0.001), "millimeter": ("m", 0.001),
    "cm": ("m", 0.01), "centimetre": ("m", 0.01), "centimeter": ("m", 0.01),
    "m": ("m", 1.0), "metre": ("m", 1.0), "meter": ("m", 1.0), "km": ("m", 1000.0),
    "kilometre": ("m", 1000.0), "kilometer": ("m", 1000.0), "mile": ("m", 1609.344),
    "mi": ("m", 1609.344), "foot": ("m", 0.3048), "feet": ("m", 0.3048), "ft": ("m", 0.3048),
    "inch": ("m", 0.0254), "yard": ("m", 0.9144), "kg": ("kg", 1.0), "kilogram": ("kg", 1.0),
    "gram": ("kg", 0.001), "g": ("kg", 0.001), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0),
    "metric ton": ("kg", 1000.0), "lb": ("kg", 0.4536), "pound": ("kg", 0.4536),
    "litre": ("l", 1.0), "liter": ("l", 1.0), "gallon": ("l", 3.785), "barrel": ("barrel", 1.0),
    "hectare": ("m2", 10_000.0), "acre": ("m2", 4046.86), "square kilometre": ("m2", 1e6),
    "square kilometer": ("m2", 1e6), "square mile": ("m2", 2.59e6), "sq km": ("m2", 1e6),
    "km2": ("m2", 1e6), "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0),
    "degree": ("degree", 1.0), "mw": ("W", 1e6), "megawatt": ("W", 1e6), "gw": ("W", 1e9),
    "gigawatt": ("W", 1e9), "kw": ("W", 1e3), "kwh": ("Wh", 1e3), "twh": ("Wh", 1e12),
    "calibre": ("m", 0.001), "caliber": ("m", 0.001),
}  # fmt: skip
_UNIT_RE = re.compile(
    r"(?<![a-z])("
    + "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
    + r")(?:e?s)?\b",
    re.IGNORECASE,
)

# Temperatures: the scale named after the number. Fahrenheit converts with an offset, so it is
# read apart from UNITS (factors only); both scales are kept in °C.
TEMPERATURE_RE = re.compile(
    r"[°º]\s*([fc])\b|(?:\bdeg(?:ree)?s?\.?\s+)?\b(fahrenheit|celsius|centigrade)\b",
    re.IGNORECASE,
)


def temperature_scale(text: str) -> tuple[float, float] | None:
    """(offset, factor) that take a temperature as written to °C, or None: no scale named."""
    m = TEMPERATURE_RE.search(text)
    if m is None:
        return None
    letter = (m.group(1) or m.group(2))[0].lower()
    return (-32.0, 5 / 9) if letter == "f" else (0.0, 1.0)


CURRENCY_SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
    "₽": "RUB",
    "₹": "INR",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
}
CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP",
    "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rouble": "RUB", "ruble": "RUB", "won": "KRW", "rupee": "INR", "franc": "CHF",
    "peso": "MXN", "real": "BRL", "reais": "BRL", "lira": "TRY", "hryvnia": "UAH",
    "rs": "INR", "inr": "INR", "naira": "NGN", "shilling": "KES",
}  # fmt: skip
_CUR_WORD_RE = re.compile(
    r"\b(" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)
PERCENT_RE = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age points?)?\b|\bpct\b", re.IGNORECASE)
_RANGE_RE = re.compile(r"^(?:between\s+)?(.+?)\s*(?:-|–|to|and|or)\s*(.+)$", re.IGNORECASE)
# "two-dozen", "three-hundred": one number written with a hyphen, not a range
_HYPHENATED_SCALE = re.compile(r"^\w+-(?:dozen|hundred|thousand|million|billion)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # quantity | money | percent
    value: float
    low: float
    high: float
    unit: str | None
    hedge: str | None


def hedge_interval(value: float, hedge: str | None) -> tuple[float, float]:
    if not hedge:
        return value, value
    h = hedge.lower()
    lo_m, hi_m = HEDGES.get(h, (1.0, 1.0))
    low = value * lo_m
    high = value * hi_m if not math.isinf(hi_m) else INF
    if h in STRICT_LOW:
        low = math.nextafter(value, INF)
    if h in STRICT_HIGH:
        high = math.nextafter(value, -INF)
    return low, high


def _precision(num_text: str, value: float) -> tuple[float, float]:
    """Implied precision of a scale-word number: '3.2 million' -> 3.15..3.25 million; 'half
    a million' as '0.5 million'."""
    if PART_OF_A_SCALE_RE.search(num_text):
        return value * 0.9, value * 1.1
    m = re.search(r"(\d+(?:\.(\d+))?)\s*-?\s*(" + "|".join(SCALES) + r")\b", num_text.lower())
    if not m or m.group(3) == "hundred":
        return value, value
    decimals = len(m.group(2) or "")
    step = (10**-decimals) * SCALES[m.group(3)]
    return value - step / 2, value + step / 2


def split_hedge(text: str) -> tuple[str | None, str]:
    m = _LEAD_HEDGE.match(text.strip())
    if not m:
        return None, text.strip()
    return m.group(1).lower(), text.strip()[m.end() :]


def parse_figure(text: str, label: str | None = None) -> Figure | None:
    """'about 6,700' / '$50 billion' / '12 million euros' / '5.2%' / '152 mm' -> Figure."""
    raw = " ".join(text.replace("\u2013", "-").split())
    hedge, body = split_hedge(raw)
    low_body = body.lower()
    kind = "quantity"
    unit: str | None = None
    factor = 1.0
    # currency
    for sym, code in sorted(CURRENCY_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if sym in low_body:
            kind, unit = "money", code
            low_body = low_body.replace(sym, " ")
            break
    if kind != "money":
        cm = _CUR_WORD_RE.search(low_body)
        if cm and (label == "MONEY" or cm.group(1).lower() not in ("pound", "real", "won")):
            kind, unit = "money", CURRENCY_WORDS[cm.group(1).lower()]
            low_body = low_body[: cm.start()] + " " + low_body[cm.end() :]
    if kind == "quantity" and PERCENT_RE.search(low_body):
        kind = "percent"
        unit = "pp" if "point" in low_body else "%"
        low_body = PERCENT_RE.sub(" ", low_body)
    offset = 0.0
    if kind == "quantity" and (scale := temperature_scale(low_body)):
        offset, factor = scale
        unit = "°C"
        low_body = TEMPERATURE_RE.sub(" ", low_body)
        low_body = re.sub(r"\bdeg(?:ree)?s?\b|[°º]", " ", low_body)
    elif kind == "quantity":
        um = _UNIT_RE.search(low_body)
        # "m" alone is a unit only right after a digit ("100 m"); otherwise it may be "million".
        if um and not (
            um.group(1).lower() in ("m", "g", "mi")
            and not re.search(r"\d\s*" + um.group(1) + r"\b", low_body)
        ):
            unit, factor = UNITS[um.group(1).lower()]
            low_body = low_body[: um.start()] + " " + low_body[um.end() :]
    vr = vague_range(low_body)
    if vr:
        return Figure(
            kind, vr[0], vr[0] * factor, vr[1] * factor, unit, hedge or " ".join(low_body.split())
        )
    low_body = re.sub(r"\b(?:us|u\.s\.|worth|some|of|the|roughly|about|only)\b", " ", low_body)
    low_body = re.sub(r"[^\w.,\s-]", " ", low_body).rstrip(" .,-")
    low_body = re.sub(r"^[\s,-]*\.?(?!\d)", "", low_body.lstrip(" ,-"))  # keep ".02"
    low_body = " ".join(low_body.split())
    if not low_body:
        return None
    vr = vague_range(low_body)
    if vr:
        lo, hi = vr
        return Figure(kind, lo, lo * factor, hi * factor, unit, hedge or low_body)
    rm = _RANGE_RE.match(low_body)
    if rm and not re.fullmatch(r"[\d,.]+", low_body) and not _HYPHENATED_SCALE.match(low_body):
        a, b = parse_number(rm.group(1)), parse_number(rm.group(2))
        if a is not None and b is not None:
            # "3 to 4 million": the scale word belongs to both ends.
            if b > a * 100 and a < 1000:
                scale = (
                    b / parse_number(rm.group(2).split()[0])
                    if parse_number(rm.group(2).split()[0])
                    else 1.0
                )
                a *= scale
            if a <= b:
                a, b = a + offset, b + offset  # "95-100 degrees Fahrenheit"
                return Figure(kind, a * factor, a * factor, b * factor, unit, hedge or "range")
    value = parse_number(low_body)
    if value is None:
        return None
    lo, hi = hedge_interval(value, hedge)
    if not hedge:
        lo, hi = _precision(low_body, value)
    if offset:  # "95 °F" -> 35 °C
        return Figure(
            kind, (value + offset) * factor, (lo + offset) * factor, (hi + offset) * factor,
            unit, hedge,
        )  # fmt: skip
    return Figure(kind, value * factor, lo * factor, hi * factor, unit, hedge)


# Role words: the verb or noun that says what a count is a count *of*. Synonyms share a class
# so that "4 killed" meets "four dead" but never "7 injured".
ROLE_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "killed", "dead", "die", "died", "death", "fatality", "fatal", "slay", "slain",
         "murder", "perish", "fatally", "life", "lives", "body", "homicide", "dies",
         # the killings of war and terror news ("has beheaded Steven Sotloff", "at least two
         # fighters have been publicly executed", "massacred 30 villagers")
         "behead", "decapitate", "execute", "assassinate", "massacre", "slaughter"], "killed"),
    **dict.fromkeys(
        ["injure", "injured", "wound", "wounded", "hurt", "injury", "hospitalize",
         "hospitalized", "casualty"], "injured"),
    **dict.fromkeys(["shoot", "shot", "gunshot"], "shot"),
    **dict.fromkeys(["arrest", "arrested", "detain", "detained", "custody"], "arrested"),
    **dict.fromkeys(["charge", "charged", "indict", "indicted"], "charged"),
    **dict.fromkeys(["evacuate", "evacuated", "evacuation"], "evacuated"),
    **dict.fromkeys(["miss", "missing"], "missing"),
    **dict.fromkeys(["rescue", "rescued"], "rescued"),
    **dict.fromkeys(["displace", "displaced"], "displaced"),
    **dict.fromkeys(["ship", "shipped", "send", "sent", "deliver", "delivered", "supply",
                     "supplied", "transfer", "transferred", "provide", "provided", "export",
                     "exported", "smuggle", "smuggled"], "shipped"),
}  # fmt: skip
PERSON_NOUNS = {
    "people", "person", "persons", "man", "men", "woman", "women", "child", "children", "kid",
    "teen", "teenager", "individual", "victim", "other", "adult", "boy", "girl", "resident",
    "civilian", "student", "passenger", "bystander", "youth", "juvenile", "suspect", "officer",
    "soldier", "worker", "member", "patron", "customer", "guest", "one",
    # the people local news counts by their office, kin or place in the scene
    "deputy", "trooper", "agent", "firefighter", "guard", "employee", "driver", "motorist",
    "pedestrian", "neighbor", "relative", "friend", "brother", "sister", "son", "daughter",
    "cousin", "sibling", "infant", "baby", "toddler", "partygoer", "attendee", "spectator",
    "shopper", "clerk", "hostage", "inmate", "teacher", "classmate", "male", "female", "minor",
    "passerby", "occupant", "bailiff", "marine", "sailor", "roommate", "coworker",
    # the people world news counts in a protest or at work ("a dozen doctors have been killed",
    # "two policemen were wounded")
    "protester", "demonstrator", "policeman", "policewoman", "serviceman", "villager", "pilgrim",
    "worshipper", "miner", "migrant", "refugee", "crewman", "journalist", "reporter",
    "photographer", "doctor", "nurse", "physician", "paramedic", "technician", "judge",
    "pastor", "priest", "tourist", "hiker", "climber", "cyclist", "motorcyclist", "jogger",
    # troops as soldiers ("killed two U.S. troops and two civilians" = 4); not "fighters" or
    # "militants": in war news those are most often the other side's dead (FNC-1 reading)
    "troop",
}  # fmt: skip


def written_unit_factor(text: str) -> float | None:
    """The factor of a figure's unit as written ("6 feet": 0.3048, "2 meters": 1.0), or None:
    two figures in one unit written in different ones were converted by someone."""
    if scale := temperature_scale(text):
        return scale[1]  # a degree Fahrenheit is 5/9 of one Celsius
    um = _UNIT_RE.search(text.lower())
    return UNITS[um.group(1).lower()][1] if um else None


def written_rounding(text: str) -> tuple[float | None, float]:
    """The number as written and half a step of its last significant digit, in the written
    unit: "2 meters" (2, 0.5), "7.5 km" (7.5, 0.05), "250 hectares" (250, 5); a number in words
    ("six feet") is whole: (None, 0.5). Trailing zeros count as precise past the first two
    digits: "100 yards" (100, 5), not ±50 ("100 °F" is no rounding of 20 °C); "50 km" (50, 5)
    rounds "30 miles" as the wires write it."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m is None:
        return None, 0.5
    digits = m.group(0).replace(",", "")
    if "." in digits:
        return float(digits), 0.5 * 10 ** -len(digits.split(".")[1])
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return float(digits), 0.5 * 10 ** min(zeros, max(1, len(digits.lstrip("0")) - 2))


def role_class(lemma: str) -> str | None:
    return ROLE_CLASSES.get(lemma.lower())


def noun_key(noun: str | None, role: str | None) -> str | None:
    """Counted nouns that name people compare as one noun ('people' = 'victims' = 'men')."""
    if noun is None:
        return "person" if role in ("killed", "injured", "shot", "arrested", "missing") else None
    n = noun.lower()
    if n in PERSON_NOUNS:
        return "person"
    if n.endswith("s") and n[:-1] in PERSON_NOUNS:
        return "person"
    if n.endswith("men") and n[:-3] + "man" in PERSON_NOUNS:
        return "person"  # "policemen", "servicemen"
    return n
