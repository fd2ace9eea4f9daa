"""Find the slots of an article's sentences with spaCy, and normalize them in article order.

spaCy's NER is the span finder (DATE, TIME, CARDINAL, MONEY, PERCENT, QUANTITY, PERSON, GPE,
...) and its dependency parse gives each value its role: the verb's tense for weekdays, the
counted noun and the governing verb ("killed", "injured") for figures, the subject or location
of a verb for names. A few regexes add the temporal forms the small model misses.

The count rules live in modules of their own, each using only those before it: `syntax` (parse
helpers they share), `harm` (what a verb says happened to a person), `persons` (people told
without a number, and list members), `count_roles` (what a number counts and their outcome),
`tallies` (counts implied by other figures) and `totals` (the totals of lists of people).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from factcheck.slots import dates as D
from factcheck.slots.count_roles import count_context
from factcheck.slots.date_roles import HARM_ROLES, date_role, offset_date, since_role, weekday_tense
from factcheck.slots.entities import entity_class, normalize_name
from factcheck.slots.harm import in_a_condition
from factcheck.slots.name_roles import entity_role
from factcheck.slots.numbers import PART_OF_A_SCALE_RE, parse_number
from factcheck.slots.persons import (
    CONDITION_PERSON_NOTE,
    KIN_PERSON_NOTE,
    NAMED_PERSON_NOTE,
    ONE_OF_SEVERAL_NOUN,
    implicit_person,
    implicit_role,
    kin_single,
    named_person,
    nth_dead,
    one_of_the_rest,
    singles_among_the_shot,
)
from factcheck.slots.quantities import (
    HEDGE_RE,
    PERSON_NOUNS,
    ROLE_CLASSES,
    UNITS,
    Figure,
    noun_key,
    parse_figure,
)
from factcheck.slots.scope import is_aggregate
from factcheck.slots.shares import Share, shares
from factcheck.slots.spans import (
    FIGURE_LABELS,
    NAME_LABELS,
    TEMPORAL_LABELS,
    extend_left,
    full_name,
    implied_start,
    inside_entity,
    is_duration,
    local_zone,
    merge_spans,
    split_offset,
)
from factcheck.slots.syntax import is_headline, people_count, title_line, token_class
from factcheck.slots.tallies import (
    also_after_a_single,
    another_after_a_condition,
    injured_including_the_dead,
    multiple_victim_slots,
    one_more_hurt_after_the_dead,
    others_shot_after_the_dead,
    shot_less_killed,
    toll_with_a_next_death,
    wounded_by_condition,
)
from factcheck.slots.totals import (
    along_with_totals,
    coordinated_totals,
    headline_list_total,
    kin_list_totals,
)
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


# Temporal forms spaCy's small model misses or splits; joined with neighbouring entities below.
_EXTRA_TEMPORAL = re.compile(
    r"\b(?:(?:early|late|last|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b|\bovernight\b|\btonight\b|"
    r"\byesterday\b|\btoday\b|\btomorrow\b|\blast night\b|"
    r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{4}-\d{2}-\d{2}\b|"
    r"(?<![\d\s]\s)(?<!\d)\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b(?!\s*(?:mile|inch|cup|pound|hour|lb|kg|"
    r"percent|of\b))|"
    r"\b(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)\b|"
    r"\bthe day (?:before|after)\b|\bthe (?:night|morning|afternoon|evening) before\b|\b(?:GMT|UTC|ET|EST|EDT|PT|PDT|PST|CT|CDT|CST|KST|MSK)\b|"
    r"\blocal time\b|\(local\)",
    re.IGNORECASE,
)
# "after a 19th September 2020 anti-lockdown protest": a full date the NER may miss; not the
# end of "1-5 October 2020" or "12 and 13 October 2020"
_FULL_DATE = re.compile(
    r"(?<!\d[-–])(?<!\d\s[-–])(?<!\d\sand\s)(?<!\d\sto\s)(?<!\d\s&\s)"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December),?\s+\d{4}\b",
    re.IGNORECASE,
)
# Abbreviated weekdays only with their capital and full stop ("Tues."): "sat", "sun" are words.
_ABBR_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=\s|$)")
_LEFT_TEMPORAL = re.compile(
    r"(?:^|\s)(late|early|about|around|approximately|roughly|shortly before|shortly after|"
    r"just before|just after|since|until|mid|before|after)[\s-]+$",
    re.IGNORECASE,
)
# "as of 13th October 2020": the NER may leave the day out of the month's DATE
_DAY_BEFORE_MONTH = re.compile(r"(?:^|\s)(\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?)\s+$", re.IGNORECASE)
_DAY_LIST_BEFORE = re.compile(r"\d\s*(?:[-–&]|and|to|or)\s*$", re.IGNORECASE)
_MONTH_FIRST = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_MONTH_DAY_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$"
)
_YEAR_AFTER = re.compile(r",\s*(?:18|19|20)\d\d\b(?![\d,.]\d)")
_AGE = re.compile(r"^(\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)[\s-]*(?:year|yr)s?[\s-]*old$", re.IGNORECASE)


_UNIT_AFTER = re.compile(
    r"[ \u00a0]?(?:"
    + "|".join(sorted((re.escape(u) for u in UNITS if len(u) > 2), key=len, reverse=True))
    + r")(?:e?s)?\b",
    re.IGNORECASE,
)
_TEMPERATURE_AFTER = re.compile(
    r"\s*[°º]\s*[FC]\b|(?:\s+degrees?)?\s+(?:Fahrenheit|Celsius|centigrade)\b", re.IGNORECASE
)
_RUPEES_BEFORE = re.compile(r"(?<!\w)(?:Rs\.?|INR|₹)\s*$")
_SOUTH_ASIAN_SCALE = re.compile(r"\s+(?:lakh|crore)s?\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:(?:us|u\.s\.|hong kong|canadian|australian)\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|"
    r"yen|yuan|renminbi|r[ou]bles?|won|rupees?|naira|francs?|pesos?|percent|per\s?cent|"
    r"percentage points?|mm|cm|km/h|kph|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|tonnes?|"
    r"tons?|kg|kilograms?|pounds?|barrels?|hectares?|acres?|gallons?|litres?|liters?|mph)\b",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b\d+\s+\d/\d{1,2}\b|\b\d/\d{1,2}\s*(?:miles?|inch(?:es)?|cups?|pounds?|hours?|lbs?|kg|percent)\b",
    re.IGNORECASE,
)
# A house number is no year: "at 1910 S. Pine Ave.", "1903 Desire St." (`_STREET_AFTER`), "(1990
# West)" (a Utah grid address).
_GRID_ADDRESS = re.compile(r"\d{4}\s+(?:North|South|East|West)")
_GALLERY = re.compile(
    r"\b(?:image|photo|picture|slide|video|page)\s+(?:\d+\s+(?:of|/)\s+)?$", re.IGNORECASE
)


# A house number: digits (or a range "12-14") after a word of place, before a street's name
# and its suffix ("outside 12-14 Copeland St.", "at 427 Wilclay Dr"). The place word keeps
# "3 Main Street residents were shot" and a title's "3 Shot On Main Street" counts; "St."
# before a capitalised word is a saint ("East St. Louis").
_STREET_BEFORE = re.compile(
    r"\b(?:at|on|outside|near|of|to|in|from|behind|across from)\s+(?:\d+\s*-\s*)?$", re.IGNORECASE
)
_STREET_AFTER = re.compile(
    r"(?:\s*-\s*\d+)?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:St(?!\.?\s+[A-Z])|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Pl|"
    r"Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle)\b"
)
_AGE_GIVEN = re.compile(r"\bage\b[^.;,]{0,30}\b(?:as|was|is)\s*$", re.IGNORECASE)


_MEMBER_OF = re.compile(
    r"\s+of\s+(?:the\s+)?\w+\s+(?:people\s+|others\s+|victims\s+)?"
    r"(?:injured|wounded|killed|hurt|shot|dead)\b",
    re.IGNORECASE,
)


# The period a percentage change is measured over, told beside it: "rose 5% in May on a
# year-over-year basis" / "in the month of May alone, prices rose 0.6%" are two measures of one
# index, not two outlets' figures for one change.
_YEARLY = re.compile(
    r"\byear[- ](?:over|on)[- ]year\b|\bfrom a year (?:earlier|ago|before)\b|\b(?:12|twelve)[- ]months?\b|"
    r"\bannually\b|\bannuali[sz]ed\b|\b(?:on an|at an) annual\b|\bannual (?:rate|pace|basis|increase|rise|"
    r"gain|decline|inflation)\b|\bfrom the same (?:period|month|time|quarter) (?:in|of|last)\b|"
    r"\bfrom (?:a|one) year\b|\bover the (?:past|last) year\b|\bin the (?:past|last) (?:year|12 months)\b|"
    r"\bcompared (?:with|to) (?:last year|(?:a|one) year)\b|\b(?:a|one) year (?:ago|earlier|before)\b|"
    r"\bfrom (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+(?:of\s+)?(?:last year|\d{4})\b",
    re.IGNORECASE,
)
_MONTHLY = re.compile(
    r"\bmonth[- ](?:over|on|to)[- ]month\b|\bmonthly\b|\bfrom the (?:previous|prior) month\b|"
    r"\bin the month\b|\bmonth of \w+ alone\b|\b(?:in|over) the (?:past|last|previous) month\b|\bfrom (?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b(?!,?\s+(?:of\s+)?(?:last year|\d{4}))"
    r"(?!\s+(?:through|thru|to|until)\b)",
    re.IGNORECASE,
)


def _change_period(text: str, s: int, e: int) -> str | None:
    """ "12-month change" or "1-month change" when the words just around a percentage say
    which (up to the next figure on either side), else None."""
    before = re.split(r"\d[\d.,]*\s*(?:%|percent|per cent)", text[max(0, s - 60) : s])[-1]
    after = re.split(r"\d[\d.,]*\s*(?:%|percent|per cent)", text[e : e + 60])[0]
    for near in (after, before):  # the words after the figure first: "0.9% from May and 5.4% ..."
        yearly, monthly = _YEARLY.search(near), _MONTHLY.search(near)
        if bool(yearly) != bool(monthly):
            return "12-month change" if yearly else "1-month change"
        if yearly:
            return None
    return None


_WINDOW = re.compile(r"(?:the\s+)?(?:past|last|next|previous|coming|preceding)\s", re.IGNORECASE)

_SHARE_SKIP = frozenset(
    ["of", "the", "all", "its", "their", "our", "these", "those", "his", "her", "every"]
)


def share_noun(doc: Doc, end: int, told_in_words: bool) -> str | None:
    """What a percentage is a share of: 'adults' in "20% of adults", "one in five adults", "a
    third of US adults"; None when no such noun follows ("rose 20%")."""
    after = [t for t in doc if t.idx >= end]
    if not told_in_words and not (after and after[0].lower_ == "of"):
        return None  # "20% of adults" names it; "rose 20% last year" does not
    for t in after[:6]:
        if t.lower_ in _SHARE_SKIP or t.pos_ in ("ADJ", "NUM", "DET") or t.tag_ == "POS":
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS":
            continue  # "the state's counties": the owner is not what is shared
        if t.pos_ not in ("NOUN", "PROPN"):
            return None
        head = t
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "US adults", "excess deaths"
        return noun_key(head.lemma_.lower(), None)
    return None


def _sum_of(span: Span) -> str | None:
    """The noun a sum of money describes: "a $1.8 trillion proposal" -> proposal, "a $10,000
    reward" -> reward (the parser makes the amount a number of the noun)."""
    root = span.root
    head = root.head
    if root.dep_ in ("nummod", "compound", "amod") and head.pos_ == "NOUN" and head.i >= span.end:
        return head.lemma_.lower()
    return None


def _over_as_during(doc: Doc, start: int) -> int:
    """ "would cost $1.2 trillion over eight years": "over" is the period's preposition (the
    parser hangs it on the verb), not the hedge of "over 600,000" (a modifier of the number).
    How many characters to skip at `start` (0 when the figure does not begin so)."""
    m = re.compile(r"over\s+", re.IGNORECASE).match(doc.text, start)
    if m is None:
        return 0
    tok = doc.char_span(start, start + 4)
    during = tok is not None and tok.root.dep_ == "prep" and tok.root.head.pos_ in ("VERB", "AUX")
    return m.end() - start if during else 0  # not "in over two decades"


# The hedge of "three more people": more besides those told, so at least that many in all.
MORE_HEDGE = "at least (more)"
_BESIDES_AFTER = re.compile(r"\s+(?:more|additional)\b(?!\s+than)", re.IGNORECASE)
_BESIDES_BEFORE = re.compile(r"\b(?:another|an additional)\s+$", re.IGNORECASE)
_ALTERNATIVE_GAP = re.compile(r"\s+(?:or|to)\s+")
_ADDRESS_BLOCK = re.compile(r"[\s-]+block\b|[\s-]+blocks\s+(?:of|on|in)\b", re.IGNORECASE)


def _same_harm_before(span: Span, role: str) -> bool:
    """A word of the same harm (or of shooting) earlier in the sentence than the count's own
    verb ("shot his girlfriend, then killed three more"; not "killed three and injured three
    more")."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # ("two people were shot and killed, and another two wounded": the wounded are all of theirs)
    same = {role, "shot"} if role == "killed" else {role}
    return any(token_class(t) in same for t in span.doc[: span.start] if t.i != verb.i)


def _join_alternatives(
    figures: list[tuple[int, int, str]], text: str
) -> list[tuple[int, int, str]]:
    """ "8 or 9 shots", "two or three men": one figure, a range; the NER tags each number."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in figures:
        if (
            out
            and _ALTERNATIVE_GAP.fullmatch(text[out[-1][1] : s])
            and parse_number(text[out[-1][0] : out[-1][1]]) is not None
            and parse_number(text[s:e]) is not None
        ):
            out[-1] = (out[-1][0], e, out[-1][2])
        else:
            out.append((s, e, lab))
    return out


# what happened on a holiday named before it ("a Christmas Day shooting")
_HOLIDAY_EVENTS = {
    "shooting", "attack", "crash", "fire", "killing", "stabbing", "murder", "bombing", "storm",
    "massacre", "slaying", "homicide", "robbery", "blaze", "collision", "flood",
}  # fmt: skip
# "the 2020 elections", "the 2018 midterms": a year names these, it counts none of them
_YEAR_EVENT_NOUNS = {
    "election", "midterm", "midterms", "primary", "poll", "census", "olympics", "olympic",
    "games", "riot", "attack", "protest", "flood", "wildfire", "earthquake", "hurricane",
    "season", "campaign", "budget", "survey", "report", "final", "finals", "playoff",
}  # fmt: skip


_YEAR_DETERMINERS = {"the", "this", "that", "these", "those", "last", "next"}


def _years_of_events(doc: Doc, temporal: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    for tok in doc:
        if (
            re.fullmatch(r"(?:18|19|20)\d\d", tok.text)
            and tok.dep_ in ("nummod", "compound", "amod", "nmod")
            and tok.head.i > tok.i
            and tok.head.lemma_.lower() in _YEAR_EVENT_NOUNS
            # "the 2020 elections", "Nigeria's 2019 polls"; not "documented 1900 attacks"
            and tok.i > 0
            and (
                doc[tok.i - 1].lower_ in _YEAR_DETERMINERS
                or doc[tok.i - 1].tag_ in ("PRP$", "POS", "NNP", "NNPS")  # "Trump's/Trumps 2016"
            )
            and not any(s <= tok.idx < e for s, e, _ in temporal)
        ):
            out.append((tok.idx, tok.idx + 4, "DATE"))
    return out


def _count_off_the_end(
    doc: Doc, span: tuple[int, int, str], recount: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Last week 12 people died", "In 2019 12 people died": with no comma the NER runs the
    date on into the count; the number that counts the noun after the date is a figure."""
    s, e, lab = span
    tokens = doc.char_span(s, e, alignment_mode="expand")
    if tokens is None or len(tokens) < 2:
        return [span]
    last = tokens[-1]
    if not (
        last.like_num
        and last.dep_ == "nummod"
        and last.head.i >= tokens.end
        and last.head.tag_ in ("NNS", "NNPS")
        and tokens[-2].text not in (",", "-", "/")
        and not _MONTH_FIRST.fullmatch(tokens[-2].text.rstrip("."))  # "the September 11 attacks"
        and not re.fullmatch(r"(?:18|19|20)\d\d", last.text)  # "the first half of 2020 120 ..."
    ):
        return [span]
    recount.append((last.idx, last.idx + len(last.text), "CARDINAL"))
    return [(s, tokens[-2].idx + len(tokens[-2].text), lab)]


_SCALE_WORD = re.compile(
    r"\b(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b|\d(?:k|m|bn)\b", re.IGNORECASE
)
_ONLY_ONE_BEFORE = re.compile(r"\b(?:the|an?)\s+only\s+$", re.IGNORECASE)
_ONE_OF_THE_BEST = re.compile(
    r"\s+of\s+(?:the|its|his|her|their|our|my)\s+(?:most|best|worst|biggest|largest|greatest)\b",
    re.IGNORECASE,
)
# Words a number follows as part of a name or a label, not as an amount of anything.
_LABEL_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:the|this|that|its|his|her|their|our|each|every|first|second|third|fourth|"
    r"fifth|next|last|final|same|one|an?)\s+)?(covid|sars-cov|tier|level|phase|stage|category|"
    r"article|section|chapter|clause|amendment|proposition|prop\.|no\.|flight|route|highway|"
    r"interstate|precinct|ward|channel|platform|terminal|exit|gate|version)[\s-]?$",
    re.IGNORECASE,
)
_CODE_LETTER_AFTER = re.compile(r"[GD]\b")  # "5G", "4G", "3D"


def _in_a_name(text: str, s: int, e: int) -> bool:
    """ "in tier 3 areas", "entered Phase 3 trials", "5G"; not "at this stage 40 houses", "in
    the third phase 94 seats": a word before the label makes it a moment, and the number counts
    what follows (a capitalised label stays a name: "the Phase 3 trials")."""
    if _CODE_LETTER_AFTER.match(text, e):
        return True
    m = _LABEL_BEFORE.search(text, max(0, s - 30), s)
    if m is None:
        return False
    determined = m.group(0).strip().lower() != m.group(1).lower()
    return not determined or m.group(1)[0].isupper()


# a verb of change, then "from": "reduced from 25% to 19%", "rose sharply from 40 to 52"
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:ris|rose|fall|fell|increas|decreas|drop|climb|grow|grew|jump|declin|cut|reduc|went|"
    r"soar|plung|slipp?|surg|shr[iu]nk|doubl|tripl|swell|swoll|dipp?|sank|sink|slid|edg|spik|"
    r"lower|rais|chang|mov)\w*\s+(?:\w+\s+){0,2}from\s+$",
    re.IGNORECASE,
)
_CHANGE_TO = re.compile(r"\s+to\s+")


def _split_changes(figures: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """ "fell from 25% to 19%": a value before and a value after, not a range of one value. Not
    "from 10 to 15 people were injured" (no verb of change: a range), nor "grew from 3 to 5
    million", where the scale belongs to both ends (the range keeps it)."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in figures:
        m = _CHANGE_TO.search(text, s, e)
        if m and _CHANGE_FROM_BEFORE.search(text[max(0, s - 40) : s]):
            left = parse_figure(text[s : m.start()], lab)
            right = parse_figure(text[m.end() : e], lab)
            if (
                left is not None
                and right is not None
                and (left.kind, left.unit) == (right.kind, right.unit)
                and not (
                    _SCALE_WORD.search(text, m.end(), e)
                    and not _SCALE_WORD.search(text, s, m.start())
                )
            ):
                out.extend([(s, m.start(), lab), (m.end(), e, lab)])
                continue
        out.append((s, e, lab))
    return out


# a start told before a date ("From 8 October", "starting Oct. 1", "effective March 3")
_START_BEFORE = re.compile(
    r"(?i)\b(?:from|starting|beginning|effective|as\s+of)\s+(?:on\s+)?(?:the\s+)?$"
)


def sentence_slots(
    doc: Doc, published: datetime | None, previous: date | None
) -> tuple[list[Slot], date | None]:
    """All slots of one parsed sentence, and the last day-level date it mentions. Each reader
    claims the characters it reads (`taken`), so a later one skips them: dates first, then
    shares, figures, people told without a number, and names."""
    text = doc.text
    taken: list[tuple[int, int]] = []
    # read once: the NER takes shares and parts of a scale for dates and counts ("A quarter of
    # the guns", "one in five Americans", "half a million")
    sentence_shares = shares(text)
    scale_parts = [(m.start(), m.end()) for m in PART_OF_A_SCALE_RE.finditer(text)]
    # spans the NER took for dates that are counts ("2000 residents"): read again as figures
    recount: list[tuple[int, int, str]] = []
    slots, previous = _date_slots(
        doc, published, previous, taken, recount, sentence_shares, scale_parts
    )
    # shares and multiples before figures: the NER reads "one in five Americans" as two counts
    slots.extend(_share_slots(doc, sentence_shares, taken))
    figure_slots, counted = _figure_slots(doc, recount, scale_parts, taken)
    person_slots, persons_counted = _person_slots(doc, taken)
    slots = _derived_counts(doc, slots + figure_slots + person_slots, counted + persons_counted)
    slots.extend(_name_slots(doc, taken))
    slots.sort(key=lambda sl: (sl.start, sl.end))
    return slots, previous


def _age_slot(span: Span, piece: str, s: int, e: int) -> Slot | None:
    """An age the NER took for a date ("four years old", "a 3-year-old"), with whose age it
    is: the noun after it, or a person's whole name."""
    am = _AGE.match(piece.strip())
    age = parse_number(am.group(1)) if am else None  # "four years old", "a year old"
    if not am or age is None:
        return None
    nt = span.root.head if span.root.head.i >= span.end else None
    age_noun = nt.lemma_.lower() if nt is not None else None
    if nt is not None and nt.ent_type_ == "PERSON":
        # "48-year-old Joseph Horn" vs "5-year-old Thomas Horn": the whole name says
        # whose age it is (family members share the surname)
        age_noun = full_name(nt)
    return Slot(
        kind="quantity",
        text=piece,
        start=s,
        end=e,
        value=age,
        low=age,
        high=age,
        unit="age",
        noun=age_noun,
        role="age",
    )


def _duration_slot(
    doc: Doc, slots: list[Slot], piece: str, s: int, e: int, published: datetime | None
) -> Slot:
    """A span of time: the day of another event it offsets from a day named before it ("closed
    Wednesday, two days after a gunman killed two people"), else a duration with its role
    (since the last time, for, or the window a figure is measured over) and the start it
    implies from the publication date."""
    text = doc.text
    got = D.parse_duration(piece)
    assert got is not None
    value, lo, hi, unit, hedge = got
    offset = offset_date(doc, slots, s, e, lo, hi, unit)
    if offset is not None:
        return offset
    before = text[max(0, s - 60) : s].lower()
    role = None
    if re.search(r"\b(first|last)\b[^.;]*\b(in|since)\s*$", before) or re.search(
        r"\bfor the first time in\s*$", before
    ):
        role = "since_last"
    elif re.search(r"\b(for|over the past|over the last|in the past|in the last)\s*$", before):
        role = "for"
    elif _WINDOW.match(piece) and re.search(r"\b(?:over|in|during|within)\s*$", before):
        # "cases rose over the past two weeks", "an average over the last seven days": the
        # period a figure is measured over, the writer's choice (never compared); not
        # "missing for the past three days", the length of the fact itself
        role = "window"
    vs, ve = (
        implied_start(lo, hi, unit, published) if role in ("since_last", "for") else (None, None)
    )
    return Slot(
        kind="duration",
        text=piece,
        start=s,
        end=e,
        value=value,
        low=lo,
        high=hi,
        unit=unit,
        hedge=hedge,
        role=role,
        value_start=vs,
        value_end=ve,
        note="implied start from publication date" if vs else None,
    )


def _temporal_spans(doc: Doc, recount: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans of a sentence that may tell a date or time: the NER's and our patterns', split
    at a written zone offset; a count the NER ran into the span goes to `recount`."""
    text = doc.text
    temporal: list[tuple[int, int, str]] = [
        (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TEMPORAL_LABELS
    ]
    for rx in (_EXTRA_TEMPORAL, _ABBR_WEEKDAY, D.HOLIDAY_RE, _FULL_DATE):
        for m in rx.finditer(text):
            temporal.append((m.start(), m.end(), "DATE"))
    temporal.extend(_years_of_events(doc, temporal))
    temporal = [piece for t in temporal for piece in split_offset(t, text)]
    return [piece for t in temporal for piece in _count_off_the_end(doc, t, recount)]


def _widen_date_span(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """A date span with the words the NER left out on either side ("12 October", a year after
    "September 24,", "early", "over the weekend" read as during)."""
    text = doc.text
    if _MONTH_FIRST.match(text, s):
        day_first = extend_left(text, s, _DAY_BEFORE_MONTH)
        # not the last day of "12 and 13 October 2020", "1-5 October": the month is both's
        if not _DAY_LIST_BEFORE.search(text, 0, day_first):
            s = day_first
    if _MONTH_DAY_END.search(text, s, e) and (ym := _YEAR_AFTER.match(text, e)):
        e = ym.end()  # "on September 24, 2020 guaranteed": the NER left the year out
    # "after four days", "until 1 hour after birth": no span of time of its own, and so never
    # set against another outlet's ("held for more than two weeks"); tried as durations in
    # the twenty-sixth session, they added four false alarms to the GVA pools
    s = extend_left(text, s, _LEFT_TEMPORAL)
    s += _over_as_during(doc, s)
    return s, e


def _no_date(doc: Doc, span: Span, s: int, e: int, recount: list[tuple[int, int, str]]) -> bool:
    """Whether a date-like span is something else: a holiday naming a thing, a fraction, a year
    that is a count (then moved to `recount`), a house number."""
    text = doc.text
    piece = text[s:e].strip()
    if (
        D.HOLIDAY_RE.fullmatch(piece)
        and span[-1].dep_ == "compound"
        and span[-1].head.lemma_.lower() not in _HOLIDAY_EVENTS
    ):
        return True  # "the Christmas tree": no day; "a Christmas Day shooting" has one
    if _FRACTION.search(text[max(0, s - 3) : e + 12]):
        return True  # "2 1/2 hours", "1/2 mile": a fraction, not a month/day date
    if (
        re.fullmatch(r"\d{4}", piece)
        and span.root.dep_ == "nummod"
        and span.root.head.tag_ == "NNS"
        and span.root.head.lemma_.lower() not in _YEAR_EVENT_NOUNS
        # "In 2019 20 murders were recorded": the count is the number after the year
        and not (span.end < len(doc) and doc[span.end].like_num)
    ):
        recount.append((s, e, "CARDINAL"))  # "2000 residents": a count, not a year
        return True
    return bool(
        _GRID_ADDRESS.fullmatch(piece)
        or (re.fullmatch(r"\d{4}", piece) and _STREET_AFTER.match(text, e))
    )  # a house number


def _date_tense(span: Span, piece: str, s: int) -> str | None:
    """The tense a date is told in, from its verb."""
    tense = weekday_tense(span)
    if (
        tense == "future"
        and _START_BEFORE.search(span.doc.text, max(0, s - 25), s)
        and D.MONTH_WORD.search(piece)
    ):
        # "From 8 October the reports will be combined", told on 10 October: a start that
        # may be just past, not the same day a year on; the nearer one
        tense = "nearest"
    return tense


def _temporal_slot(
    tv: D.TimeValue, piece: str, s: int, e: int, role: str | None, place_zone: str | None
) -> Slot:
    kind = "time" if tv.tod is not None and tv.granularity in ("minute", "part_of_day") else "date"
    return Slot(
        kind=kind,
        text=piece,
        start=s,
        end=e,
        value_start=tv.start,
        value_end=tv.end,
        granularity=tv.granularity,
        zone=tv.zone,
        zone_explicit=tv.zone_explicit,
        local_zone=place_zone if tv.zone == "local" else None,
        resolved=tv.resolved,
        part_of_day=tv.part_of_day,
        weekday=tv.weekday,
        tod_start=tv.tod[0] if tv.tod else None,
        tod_end=tv.tod[1] if tv.tod else None,
        hedge=tv.hedge,
        role=role,
        note=tv.note or None,
    )


def _date_slots(
    doc: Doc,
    published: datetime | None,
    previous: date | None,
    taken: list[tuple[int, int]],
    recount: list[tuple[int, int, str]],
    sentence_shares: list[Share],
    scale_parts: list[tuple[int, int]],
) -> tuple[list[Slot], date | None]:
    """The dates, times and durations of a sentence, and the last day it resolves (the anchor
    of "the next day" in the sentences after). A span the NER took for a date that is a count
    goes to `recount`."""
    text = doc.text
    slots: list[Slot] = []
    temporal = _temporal_spans(doc, recount)
    place_zone = local_zone(doc) if temporal else None  # the zone of a place the sentence names
    for s, e, _lab in merge_spans(temporal, text):
        s, e = _widen_date_span(doc, s, e)
        piece = text[s:e]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not piece.strip() or _no_date(doc, span, s, e, recount):
            continue
        taken.append((s, e))
        age = _age_slot(span, piece, s, e)
        if age is not None:
            slots.append(age)
            continue
        if is_duration(piece):
            slots.append(_duration_slot(doc, slots, piece, s, e, published))
            continue
        anchor = previous
        # "the same day Bill Finch was to announce ...", "the same day as the vigil": the day of
        # what follows, not of the date told before
        of_clause = bool(
            re.match(r"(?i)the\s+same\s+day$", piece)
            and span.end < len(doc)
            and (
                doc[span.end].lower_ in ("as", "that", "when")
                or any(c.dep_ == "relcl" for c in span.root.children)
            )
        )
        if of_clause:
            anchor = None
        ctx = D.Context(
            published=published,
            tense=_date_tense(span, piece, s),
            previous=anchor,
            place_zone=place_zone,
        )
        tv = D.resolve(piece, ctx)
        if tv is None:
            if any(sh.start < e and s < sh.end for sh in sentence_shares) or any(
                a < e and s < b for a, b in scale_parts
            ):
                taken.remove((s, e))  # "A quarter of the guns": the NER's DATE is a share
                continue
            if re.match(r"(?i)between\s", piece) and parse_figure(piece, "CARDINAL") is not None:
                # "Between 10 and 20 people were hurt": the NER's DATE is no date, but a figure
                taken.remove((s, e))
                recount.append((s, e, "CARDINAL"))
            continue
        if of_clause:
            tv = dataclasses.replace(tv, note="the same day as what follows; that day is not given")
        role = since_role(span) if tv.hedge == "since" else date_role(span, text, s)
        slots.append(_temporal_slot(tv, piece, s, e, role, place_zone))
        if tv.day is not None and tv.resolved and role != "report":
            previous = tv.day

    return slots, previous


def _share_slots(
    doc: Doc, sentence_shares: list[Share], taken: list[tuple[int, int]]
) -> list[Slot]:
    """Shares and multiples ("a quarter of the guns", "one in five Americans", "twice as
    many")."""
    text = doc.text
    slots: list[Slot] = []
    for sh in sentence_shares:
        span = doc.char_span(sh.start, sh.end, alignment_mode="expand")
        if span is None or any(a <= sh.start < b or a < sh.end <= b for a, b in taken):
            continue
        unit = "%" if sh.kind == "percent" else "×"
        _noun, _modifies, role = count_context(span, unit)
        taken.append((sh.start, sh.end))
        slots.append(
            Slot(
                kind="percent" if sh.kind == "percent" else "quantity",
                text=text[sh.start : sh.end],
                start=sh.start,
                end=sh.end,
                value=sh.value,
                low=sh.low,
                high=sh.high,
                hedge=sh.hedge,
                unit=unit,
                noun=share_noun(doc, sh.end, True) if sh.kind == "percent" else None,
                modifies=_change_period(text, sh.start, sh.end) if sh.kind == "percent" else None,
                role=role,
            )
        )
    return slots


def _counts_nothing(
    fig: Figure, piece: str, text: str, s: int, e: int, noun: str | None, role: str | None
) -> bool:
    """A number that counts nothing, whatever its noun: a year, a calibre, an hour, a street
    number, "the only one to predict it", a number in a name ("covid 19"), a gallery's
    counter."""
    if (
        fig.kind == "quantity"
        and fig.unit is None
        and fig.hedge is None
        and noun is None
        and (1800 <= fig.value <= 2100 and float(fig.value).is_integer())
    ):
        return True  # a year, not a count
    if fig.kind == "quantity" and s > 0 and text[s - 1] in "'’‘" and re.fullmatch(r"\d\d", piece):
        return True  # an abbreviated year ("in ’91"), not a count
    if (
        (
            re.match(r"\.\d{2,3}\b", piece) and fig.kind != "percent"  # not ".02%"
        )
        or re.search(r"\.\d{2,3}-$", text[max(0, s - 5) : s])
    ):
        return True  # ".30-06", ".22-caliber": a calibre, not a count
    if re.match(r"\s*o['’]?\s?clock\b", text[e:], re.IGNORECASE):
        return True  # "around six o'clock": an hour, not a count
    if (
        fig.kind == "quantity"
        and piece.isdigit()
        and _STREET_BEFORE.search(text[max(0, s - 25) : s])
        and _STREET_AFTER.match(text, e)
    ):
        return True  # "outside 12-14 Copeland St.": a street number, not a count
    if (
        piece.lower() == "one"
        and (_ONLY_ONE_BEFORE.search(text, max(0, s - 12), s) or _ONE_OF_THE_BEST.match(text, e))
        # "the only one killed", "one of the most wanted men was arrested": still a count
        and not any(w in ROLE_CLASSES for w in re.findall(r"[a-z]+", text[e:].lower()))
    ):
        return True  # "the only one to predict it", "one of the best cars": no count
    if (
        fig.kind == "quantity"
        and fig.unit is None
        and noun_key(noun, role) != "person"  # "at that stage 5 people were killed"
        and _in_a_name(text, s, e)
    ):
        return True  # "covid 19", "tier 3 areas", "Phase 3 trials", "5G": a name, not a count
    # "Image 1 of 16": a photo gallery's counter left in the page text
    return bool(_GALLERY.search(text[max(0, s - 30) : s]))


def _figure_slots(
    doc: Doc,
    recount: list[tuple[int, int, str]],
    scale_parts: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> tuple[list[Slot], list[tuple[Slot, Token]]]:
    """Counts, amounts, percentages and measures; and the counts of people with the noun they
    count, for the totals of lists."""
    text = doc.text
    slots: list[Slot] = []
    figures: list[tuple[int, int, str]] = [
        (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in FIGURE_LABELS
    ]
    figures.extend(recount)
    # "half a million people", "a quarter of a million": the NER takes only "million"
    figures.extend((a, b, "CARDINAL") for a, b in scale_parts)
    counted: list[tuple[Slot, Token]] = []  # counts of people with their noun, for totals
    for tok in doc:
        if tok.like_num and tok.pos_ == "NUM" and not any(inside_entity(tok, e) for e in doc.ents):
            if figures and figures[-1][2] == "NUM_RUN" and figures[-1][1] + 1 >= tok.idx:
                # "approximately 7 million" that the NER missed: "7" and "million" are one number
                figures[-1] = (figures[-1][0], tok.idx + len(tok.text), "NUM_RUN")
            else:
                figures.append((tok.idx, tok.idx + len(tok.text), "NUM_RUN"))
    figures = [(s, e, "CARDINAL" if lab == "NUM_RUN" else lab) for s, e, lab in figures]
    for s, e, label in _split_changes(_join_alternatives(sorted(figures), text), text):
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        if _ADDRESS_BLOCK.match(text, e) and re.fullmatch(r"\d+00", text[s:e]):
            continue  # "the 1400 block of McCulloch Street": an address, not a count of blocks
        if s > 0 and text[s - 1] in "$€£¥":
            s -= 1  # "is $5,000": the NER may leave the sign outside its MONEY or CARDINAL
        rm = _RUPEES_BEFORE.search(text, max(0, s - 8), s)
        if rm:
            s = rm.start()  # "Rs 200 crore": the NER leaves the sign outside
        sm = _SOUTH_ASIAN_SCALE.match(text, e)
        if sm:
            e = sm.end()  # "200 crore": and the scale word too
        s = extend_left(text, s, HEDGE_RE)
        cm = _CURRENCY_AFTER.match(text[e:])
        if cm:
            e += cm.end()
        if text[e : e + 1] == "%":
            e += 1  # ".02%": the NER missed it and the sign is a token of its own
        tm = _TEMPERATURE_AFTER.match(text, e)
        if tm:  # "95 degrees | Fahrenheit", "95|°F"
            e = tm.end()
        um = _UNIT_AFTER.match(text[e:])
        if um:  # NER leaves spelled-out units outside the span ("18 | centimetres of rain")
            e += um.end()
        if text[e : e + 2] == "/h" and re.search(r"\bkm$", text[s:e], re.IGNORECASE):
            e += 2  # "120 km/h": the NER's span stops at "km", but it is a speed, not a distance
        piece = text[s:e]
        fig = parse_figure(piece, label)
        span = doc.char_span(s, e, alignment_mode="expand")
        if fig is None or span is None:
            continue
        # "a quarter of a million people": the scale word is the one the noun counts by
        counted_span = span[-1:] if PART_OF_A_SCALE_RE.search(piece) else span
        noun, modifies, role = count_context(counted_span, fig.unit)
        if (
            fig.kind == "quantity"
            and fig.hedge is None
            and role is not None
            and (_BESIDES_AFTER.match(text, e) or _BESIDES_BEFORE.search(text[max(0, s - 16) : s]))
            and _same_harm_before(span, role)
        ):
            # "fatally shot his girlfriend, then killed three more people": more of the same
            # harm besides those told, so the whole is at least that many ("four killed" agrees,
            # "two killed" does not). After another harm ("one killed and another two
            # hospitalized", "2 dead, 2 more injured") they are all of theirs: a plain count.
            fig = dataclasses.replace(fig, high=math.inf, hedge=MORE_HEDGE)
        counted_tok = span.root.head if span.root.dep_ == "nummod" else None
        if fig.kind in ("money", "percent"):
            noun, modifies = (
                None if fig.kind == "money" else share_noun(doc, e, False),
                _sum_of(span) if fig.kind == "money" else _change_period(text, s, e),
            )
        if _counts_nothing(fig, piece, text, s, e, noun, role):
            continue
        if noun and noun not in PERSON_NOUNS and noun.endswith("s") and noun[:-1] in PERSON_NOUNS:
            noun = noun[:-1]
        if fig.kind == "quantity" and _AGE_GIVEN.search(text[max(0, s - 45) : s]):
            role = "age"  # "whose age was given as 17": an age, not a count
        elif piece.lower() in ("one", "1") and _MEMBER_OF.match(text, e):
            role = None  # "was one of four injured": a member; the four are the count
        taken.append((s, e))
        slots.append(
            Slot(
                kind=fig.kind,
                text=piece,
                start=s,
                end=e,
                value=fig.value,
                low=fig.low,
                high=fig.high,
                hedge=fig.hedge,
                unit=fig.unit,
                noun=noun,
                modifies=modifies,
                role=role,
            )
        )
        if counted_tok is not None and fig.kind == "quantity" and fig.unit is None:
            counted.append((slots[-1], counted_tok))
    return slots, counted


def _person_slots(
    doc: Doc, taken: list[tuple[int, int]]
) -> tuple[list[Slot], list[tuple[Slot, Token]]]:
    """People told without a number ("a man was killed", "Smith died", "her son was hurt"):
    one each, with the word that tells them, for the totals of lists."""
    text = doc.text
    slots: list[Slot] = []
    counted: list[tuple[Slot, Token]] = []
    for tok in doc:
        aged = tok.lower_ == "old"  # "a 17-year-old": the words are also the age's slot
        implicit = implicit_person(tok)
        if not (implicit or kin_single(tok)) or (
            not aged and any(a <= tok.idx < b for a, b in taken)
        ):
            continue
        if (nth := nth_dead(tok)) is not None:
            start = min(c.idx for c in tok.subtree if c.i <= tok.i)
            end = tok.idx + len(tok.text)
            note = "the toll an ordinal gives"
            slots.append(people_count(text, start, end, nth, "killed", note, implicit=True))
            continue
        role = implicit_role(tok)
        in_condition = role is None and in_a_condition(tok)
        if in_condition:
            role = "injured"
        elif role is None:
            continue
        noun = tok.lemma_.lower()
        if noun not in PERSON_NOUNS:
            noun = "person"
        if role in ("injured", "shot") and one_of_the_rest(tok):
            noun = ONE_OF_SEVERAL_NOUN
        start = tok.idx
        if aged:  # "a 17-year-old" from its number; a headline's "2-year-old" has no article
            first = tok.left_edge
            start = doc[first.i + 1].idx if first.dep_ == "det" else first.idx
        end = tok.idx + len(tok.text)
        if in_condition:
            note = CONDITION_PERSON_NOTE
        elif named_person(tok):
            note = NAMED_PERSON_NOTE
        elif not implicit:
            note = KIN_PERSON_NOTE
        else:
            note = "one person named without a number"
        slots.append(
            Slot(
                kind="quantity",
                text=text[start:end],
                start=start,
                end=end,
                value=1,
                low=1,
                high=1,
                noun=noun,
                role=role,
                note=note,
                implicit=True,
            )
        )
        counted.append((slots[-1], tok))
    return slots, counted


def _harm_count(s: Slot) -> bool:
    """A count of the killed, the hurt or the shot (any word of their role class)."""
    return s.kind == "quantity" and ROLE_CLASSES.get(s.role or "") in HARM_ROLES


def _derived_counts(doc: Doc, slots: list[Slot], counted: list[tuple[Slot, Token]]) -> list[Slot]:
    """The sentence's slots with the counts its figures and people imply (totals of lists,
    the wounded left after the dead, one more hurt) and the marks of a roundup's tallies."""
    text = doc.text
    slots.extend(coordinated_totals(counted, text))
    slots.extend(along_with_totals(counted, text))
    slots.extend(toll_with_a_next_death(slots, text))
    slots.extend(kin_list_totals(doc, counted))
    slots.extend(shot_less_killed(slots, text))
    slots = injured_including_the_dead(slots, text)
    slots = others_shot_after_the_dead(slots, text)
    slots.extend(multiple_victim_slots(text))
    slots = singles_among_the_shot(slots, doc)
    slots.extend(wounded_by_condition(slots, text))
    slots.extend(another_after_a_condition(slots, text))
    slots.extend(also_after_a_single(slots, doc))
    slots.extend(one_more_hurt_after_the_dead(slots, text))
    if is_aggregate(text):
        slots = [dataclasses.replace(sl, aggregate=True) if _harm_count(sl) else sl for sl in slots]
    listed = headline_list_total(text) if title_line(doc) else None
    if listed is not None and not any(
        s.note and s.note.startswith("total of") and s.value == listed.value for s in slots
    ):
        slots.append(listed)

    return slots


def _name_slots(doc: Doc, taken: list[tuple[int, int]]) -> list[Slot]:
    """People, places and organisations the NER finds, outside the spans read as values."""
    slots: list[Slot] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        if any(a <= ent.start_char < b for a, b in taken):
            continue
        name = normalize_name(ent.text, ent.label_)
        if not name or entity_class(ent.label_) is None:
            continue
        slots.append(
            Slot(
                kind="entity",
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                name=name,
                role=entity_role(ent),
            )
        )
    return slots


def extract_article_slots(sentences: Sequence[str], published: datetime | None) -> list[list[Slot]]:
    """One list of slots per sentence, in order. Dates flow through the article so that "the
    next day" resolves against the previous date; without a publication date, relative dates
    stay unresolved (resolved=False) rather than guessed."""
    from factcheck.nlp import load_spacy

    nlp = load_spacy()
    out: list[list[Slot]] = []
    previous: date | None = None
    texts = [s if isinstance(s, str) else "" for s in sentences]
    for doc in nlp.pipe(texts, batch_size=64):
        slots, previous = sentence_slots(doc, published, previous)
        if is_headline(doc):
            slots = _title_case_counts(doc, slots, nlp)
        out.append([_with_ahead(s, published) for s in slots])
    return out


def _title_case_counts(doc: Doc, slots: list[Slot], nlp: Language) -> list[Slot]:
    """A title-case headline's counts of the hurt and the dead, read from the line re-cased as
    a sentence. The small model parses "Four Shot Overnight in Wilmington" or "Man Shot, Killed
    In Northeast Philadelphia" as names; re-cased ("Four shot overnight in Wilmington") it
    parses them as the sentence they are. The line's other slots stay as read."""
    text = doc.text
    if len(text.lower()) != len(text):
        return slots  # a letter whose lower case is longer ("İ"): the offsets would not match
    lowered = nlp(text.lower())
    chars = list(text.lower())
    for tok in lowered:
        original = text[tok.idx : tok.idx + len(tok.text)]
        # a name stays a name; so does an acronym ("NYPD", "CPD")
        if tok.pos_ == "PROPN" or (original.isupper() and len(original) > 1):
            chars[tok.idx : tok.idx + len(tok.text)] = original
    if chars:
        chars[0] = text[0]
    recased = "".join(chars)
    if recased == text:
        return slots
    again, _ = sentence_slots(nlp(recased), None, None)
    counts = [dataclasses.replace(s, text=text[s.start : s.end]) for s in again if _harm_count(s)]
    if not counts:
        return slots  # what the line's own parse read, if anything, is all there is
    return sorted(
        [s for s in slots if not _harm_count(s)] + counts, key=lambda sl: (sl.start, sl.end)
    )


def _with_ahead(s: Slot, published: datetime | None) -> Slot:
    """Mark a resolved date as lying after the publication day or wholly before it (the day in
    the publication's own zone)."""
    if s.kind not in ("date", "time") or published is None or not s.resolved:
        return s
    if s.value_start is None or s.value_end is None:
        return s
    day = published.date()
    # a day in local time (the event's zone) may be the publication's next day and still past
    last_past = day + timedelta(days=1) if s.zone == "local" else day
    if s.value_start.date() > last_past:
        return dataclasses.replace(s, ahead=True)
    if s.value_end <= datetime.combine(day, datetime.min.time()):
        return dataclasses.replace(s, ahead=False)
    return s


def extract_slots(sentence: str, published: datetime | None = None) -> list[Slot]:
    """Slots of one sentence (convenience for the CLI and tests)."""
    return extract_article_slots([sentence], published)[0]
