"""Find the slots of an article's sentences with spaCy, and normalize them in article order.

spaCy's NER is the span finder (DATE, TIME, CARDINAL, MONEY, PERCENT, QUANTITY, PERSON, GPE,
...) and its dependency parse gives each value its role: the verb's tense for weekdays, the
counted noun and the governing verb ("killed", "injured") for figures, the subject or location
of a verb for names. A few regexes add the temporal forms the small model misses.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from factcheck.slots import dates as D
from factcheck.slots.date_roles import (
    HARM_ROLES,
    REPORTING,
    date_role,
    governing_verb,
    offset_date,
    since_role,
    weekday_tense,
)
from factcheck.slots.entities import entity_class, normalize_name
from factcheck.slots.name_roles import entity_role
from factcheck.slots.numbers import PART_OF_A_SCALE_RE, parse_number
from factcheck.slots.quantities import (
    HEDGE_RE,
    PERSON_NOUNS,
    ROLE_CLASSES,
    UNITS,
    noun_key,
    parse_figure,
    role_class,
)
from factcheck.slots.scope import is_aggregate
from factcheck.slots.shares import shares
from factcheck.slots.spans import (
    FIGURE_LABELS,
    NAME_LABELS,
    TEMPORAL_LABELS,
    comma_between,
    extend_left,
    full_name,
    implied_start,
    inside_entity,
    is_duration,
    local_zone,
    merge_spans,
    split_offset,
)
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
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
# The same words after a number the NER left as a count ("SIXTEEN YEAR OLD CHILD").
_AGE_AFTER = re.compile(r"[\s-]*(?:year|yr)s?[\s-]*old\b", re.IGNORECASE)
_BOTH_BEFORE = re.compile(r"\bboth\s*$", re.IGNORECASE)
# "26, were also injured." (not "2, including 6-year-old, shot" nor "3, one critically, hurt")
_AGE_LEFT_FIRST = re.compile(r",\s*(?:were|was|are|is|had|has|have|who)\b", re.IGNORECASE)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,;:.)\u2013\u2014-]|$)")
# calibres written as bare numbers after a determiner ("a 357", "his .22"); with a plural
# noun after them they are counts again ("the 22 victims")
_CALIBRES = frozenset(["22", "25", "32", "38", "40", "44", "45", "357", "380", "223", "308"])
_CALIBRE_BEFORE = re.compile(r"\b(?:a|an|his|her|their)\s+\.?$", re.IGNORECASE)
_PARENT_OF_BEFORE = re.compile(
    r"\b(?:father|mother|dad|mom|parent|grandfather|grandmother|grandma|grandpa)s?\s+of\s*$",
    re.IGNORECASE,
)
_AGE_COMPARED_BEFORE = re.compile(r"\b(?:younger|older)\s+than\s*$", re.IGNORECASE)
# "Avery Contreras, who was almost 2, ...": a person's age told in a relative clause
_AGE_WHO_WAS_BEFORE = re.compile(
    r"\bwho\s+(?:was|is|were|are)(?:\s+(?:only|just))?\s*$", re.IGNORECASE
)
_AGE_WHO_WAS_AFTER = re.compile(r"\s*(?:[,;:.)\u2013\u2014-]|$|and\b|at the time\b)")
# "8 yo girl", "the 17 y/o boy" (the tokenizer splits "y/o" in three)
_YO_AFTER = re.compile(r"[\s-]*(?:y\s*/\s*o|y\.o\.|yo)(?![\w/])", re.IGNORECASE)
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


def _token_class(tok: Token) -> str | None:
    """The role class of a word; "fatally shot", "mortally wounded", "shot to death" kill."""
    cls = ROLE_CLASSES.get(tok.lemma_.lower()) or ROLE_CLASSES.get(tok.lower_)
    if tok.lemma_.lower() == "recover" and tok.pos_ == "VERB":
        # "four people are recovering": wounded and alive; "police recovered a gun" and "two
        # victims were recovered from the water" are not
        passive_or_object = ("dobj", "auxpass", "nsubjpass")
        return None if any(c.dep_ in passive_or_object for c in tok.children) else "injured"
    if tok.lower_ == "wound" and any(c.dep_ == "prt" for c in tok.children):
        return None  # "he wound up with 20": the verb to wind, no wound
    if cls == "missing" and tok.lower_ != "missing":
        return None  # "the bullet missed two children": not missing people
    if tok.lemma_.lower() == "execute" and any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.pos_ not in ("PROPN", "PRON")
        and noun_key(c.lemma_.lower(), None) != "person"
        for c in tok.children
    ):
        return None  # "police executed a search warrant": a warrant, a plan, an order
    if cls in ("shot", "injured") and any(
        # right before the verb: in "six were wounded -- two mortally" it is the two's
        (c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") and c.i == tok.i - 1)
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in tok.children
    ):
        return "killed"
    return cls


def _negated(tok: Token) -> bool:
    """'weren't hurt', 'were not injured', 'was almost killed': the count is of people it did
    not happen to."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("almost", "nearly"))
        for c in tok.children
    )


def _agent_clause(verb: Token) -> bool:
    """A relative clause whose pronoun is the subject of an active verb with an object ("who
    shot two people"); not "who died", whose subject is the one it happened to."""
    children = list(verb.children)
    return (
        any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in children)
        and (
            any(c.dep_ == "dobj" for c in children)
            # "two men who shot at a deputy": fired at someone, so they did it
            or (verb.lemma_.lower() in ("shoot", "fire") and _at_after(verb) is not None)
        )
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    )


def _at_after(verb: Token) -> Token | None:
    """The "at" right after the verb ("shot at", "fired at")."""
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == verb.i + 1),
        None,
    )


_HARM_ACTS = frozenset(["shoot", "kill", "wound", "injure", "murder", "stab", "hit", "fire"])


def _agents_of(verb: Token, subject: Token) -> bool:
    """The active subject of a harm verb did it: "two men were shooting at each other", "two
    men shot a woman". A headline's "1 killed" (the parser's subject of a bare participle) and
    "two people died" are what happened to them."""
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _HARM_ACTS:
        return False
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children
    )
    return progressive or any(c.dep_ == "dobj" for c in children)


def _best_role(cands: list[Token]) -> str | None:
    classes = [_token_class(c) for c in cands]
    negated = [cl for c, cl in zip(cands, classes, strict=True) if cl and _negated(c)]
    if negated and len(negated) == len([cl for cl in classes if cl]):
        return "not " + negated[0]
    classes = [None if cl and _negated(c) else cl for c, cl in zip(cands, classes, strict=True)]
    for pref in (
        "killed",
        "injured",
        "shot",
        "arrested",
        "charged",
        "missing",
        "evacuated",
        "rescued",
        "displaced",
        "shipped",
    ):
        if pref in classes:
            return pref
    for c in cands:
        if c.pos_ in ("VERB", "ADJ"):
            return c.lemma_.lower()
    return None


# Nouns of harm whose "of" names the people it happened to.
_HARM_NOUNS = {
    **dict.fromkeys(
        ["life", "lives", "death", "killing", "murder", "slaying", "homicide"], "killed"
    ),
    **dict.fromkeys(["wounding", "injury"], "injured"),
    **dict.fromkeys(["shooting"], "shot"),
}

_PARENT_NOUNS = frozenset(
    ["father", "mother", "parent", "dad", "mom", "grandmother", "grandfather", "grandparent"]
)
# Verbs and nouns whose infinitive names what was meant, not what happened: "tried to kill two
# officers", "threatened to kill her and their two children", "a plot to kill two officers".
_INTENT_WORDS = frozenset(
    ["try", "attempt", "threaten", "plan", "plot", "want", "intend", "vow", "conspire", "seek",
     "aim", "hope", "mean", "scheme", "prepare", "set",  # verbs ("attempt", "plan", "plot"
     "threat", "conspiracy", "bid", "effort", "intent"]  # are nouns too)
)  # fmt: skip
# "could have killed dozens" is what did not happen; "may have shot two people" is unsure, not untrue
_COUNTERFACTUAL_MODALS = frozenset(["could", "would"])
_BELIEF_VERBS = frozenset(["believe", "think", "suspect", "say", "estimate", "suggest", "fear"])


_EARLY = frozenset(["early", "earlier", "initial", "first", "preliminary"])
# taken back: "Despite earlier reports that ...", "..., but that proved to be incorrect"
_DESPITE_REPORTS = re.compile(
    rf"\bdespite\s+(?:the\s+)?(?:{'|'.join(sorted(_EARLY))})\s+reports?\b",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    r"\b(?:but|however)\b[^.;]*\b(?:incorrect|inaccurate|untrue|not true|false|wrong)\b",
    re.IGNORECASE,
)


def _retracted_report(tok: Token) -> bool:
    """'Early reports said one person had died ..., but that proved to be incorrect',
    'Despite earlier reports that a boy ... had died, ... he is still fighting for his life':
    what early reports said and the sentence takes back is no count (not a corrected figure
    in a conjoined clause: "..., but police said four were wounded")."""
    child = tok
    for anc in tok.ancestors:
        if child.dep_ == "conj":
            return False  # a clause of its own, not what the reports said
        child = anc
        reports = [anc] if anc.lemma_.lower() == "report" and anc.pos_ == "NOUN" else []
        reports += [
            c for c in anc.children if c.dep_.startswith("nsubj") and c.lemma_.lower() == "report"
        ]
        if any(any(a.lower_ in _EARLY for a in r.children) for r in reports):
            text = tok.doc.text
            return bool(_DESPITE_REPORTS.search(text) or _TAKEN_BACK.search(text, tok.idx))
    return False


def _unrealized(tok: Token) -> str | None:
    """'attempted' where the harm a count takes its role from was only meant: an infinitive
    under a verb or noun of intent ("tried to (shoot and) kill two officers", "a plot to kill
    two officers") or an attempted one ("the attempted murder of two officers"); 'hypothetical'
    where it is what could have happened ("could have killed dozens"); None where it happened,
    and None where the people have an outcome of their own ("the attempted murder of two men
    who were wounded"); 'retracted' where early reports told it and the sentence takes it
    back (`_retracted_report`)."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod", "amod") else tok
    if _retracted_report(tok):
        return "retracted"
    if any(
        c.dep_ in ("acl", "relcl", "amod") and _token_class(c) in HARM_ROLES for c in noun.children
    ):
        return None
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and _token_class(anc) in HARM_ROLES:
            # "tried to shoot and kill": the second verb hangs on the first
            lead = anc.head if anc.dep_ == "conj" and anc.head.pos_ == "VERB" else anc
            if lead.dep_ in ("xcomp", "acl") and lead.head.lemma_.lower() in _INTENT_WORDS:
                return "attempted"
            aux = {c.lower_ for c in anc.children if c.dep_ == "aux"}
            if (
                "have" in aux
                and aux & _COUNTERFACTUAL_MODALS
                # "investigators believe he could have shot five": unsure, not untrue
                and not (anc.dep_ == "ccomp" and anc.head.lemma_.lower() in _BELIEF_VERBS)
            ):
                return "hypothetical"
            return None
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in _HARM_NOUNS:
            return "attempted" if any(c.lower_ == "attempted" for c in anc.children) else None
    return None


_GUN_NOUNS = frozenset(
    ["bullet", "gunfire", "shot", "round", "gunshot", "pellet", "fire", "shotgun", "gun"]
)
_FIRE_VERBS = frozenset(["fire", "shoot", "spray", "open"])


def _hit_by_gunfire(num: Token) -> bool:
    """The hit or strike that takes the count is gunfire's: "fired into a group, hitting four
    teenagers", "four people were struck by bullets", "bullets hit two men". Not "a driver
    fleeing the scene of a shooting hit two pedestrians"."""
    verb = next((a for a in num.ancestors if a.lemma_.lower() in ("hit", "strike")), None)
    if verb is None:
        return False
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.lemma_.lower() in _FIRE_VERBS:
        return True
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in _GUN_NOUNS:  # "bullets hit two men"
            return True
        if c.dep_ in ("agent", "prep") and any(  # "struck by bullets"
            p.lemma_.lower() in _GUN_NOUNS for p in c.children if p.dep_ == "pobj"
        ):
            return True
    return False


ONE_OF_SEVERAL_NOUN = "one of several"
# what tells the rest of a group after its "one"
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:another|the other|the others|a second|the second|a third|the third)\b", re.IGNORECASE
)


def _one_of_several(span: Span, role: str | None) -> bool:
    """'One man was shot ..., another ...', 'One woman was wounded, the other woman shot': the
    rest of the group told after the one, with the same outcome or none said ("another in the
    arm"). Not "One person was killed and another injured": the one is all the dead."""
    if span.root.lower_ != "one" or span.root.dep_ != "nummod":
        return False
    sent = span.sent
    m = _ONE_OF_SEVERAL.search(sent.text, span.end_char - sent.start_char)
    if m is None:
        return False
    rest = [t for t in sent if t.idx - sent.start_char >= m.end()]
    # the rest must be people of the one's kind, or left unsaid ("another in the arm"): not
    # "the other side", "another shooting", "the third homicide", "the other suspect"
    if (
        rest
        and rest[0].pos_ in ("NOUN", "PROPN")
        and rest[0].lemma_.lower() not in {span.root.head.lemma_.lower(), "victim", "person"}
    ):
        return False
    said = {_token_class(t) for t in rest} - {None}
    same = {"shot", "injured"} if role in ("shot", "injured") else {role}
    return not said or bool(said & same)


def _one_of_the_rest(tok: Token) -> bool:
    """'The remaining victim, a woman, is still hospitalized': a wounded single told in
    apposition to the rest of a group, no count of one. Not 'another person, Opher, died'
    (another is any one more) nor a death ('the other victim, a man, died' is often all the
    dead): on dev vs GVA both lost right counts."""
    if tok.dep_ != "appos":
        return False
    rest = tok.head
    return any(
        c.lower_ in ("remaining", "other") for c in rest.children if c.dep_ == "amod"
    ) and any(c.lower_ == "the" for c in rest.children if c.dep_ == "det")


def _singles_among_the_shot(slots: list[Slot], doc: Doc) -> list[Slot]:
    """'Teenager injured during quadruple shooting', 'a man was wounded ... four people shot':
    where the sentence counts two or more people shot and no one dead, a wounded single
    is one of them, not a count of one."""
    if not any(
        s.role == "shot"
        and not s.implicit
        and (s.value or 0) >= 2
        and noun_key(s.noun, s.role) == "person"
        for s in slots
    ) or any(_token_class(t) == "killed" for t in doc):
        return slots
    return [
        dataclasses.replace(s, noun=ONE_OF_SEVERAL_NOUN)
        if s.implicit and s.role == "injured" and s.value == 1
        else s
        for s in slots
    ]


def _people_count(
    text: str, start: int, end: int, n: float, role: str, note: str, implicit: bool = False
) -> Slot:
    """An exact count of people that a rule derives (a list's total, a toll, a sum)."""
    return Slot(
        kind="quantity",
        text=text[start:end],
        start=start,
        end=end,
        value=n,
        low=n,
        high=n,
        noun="people",
        role=role,
        note=note,
        implicit=implicit,
    )


_CONDITION = re.compile(
    r"(?<!non-)(?<!non )\b(?:critical(?:ly)?|serious(?:ly)?|stable|grave(?:ly)?|fair|good)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while)\s")
_THE_REST_BEFORE = re.compile(r"\b(?:other|remaining)\s*$", re.IGNORECASE)


def _wounded_by_condition(slots: list[Slot], text: str) -> list[Slot]:
    """'1 person is critically injured and 3 people are in serious condition', 'One of the
    victims is in critical condition, and the other three victims are expected to recover':
    the wounded told in two clauses, by their condition or as the rest, are their sum. Not
    'three were injured; one is in critical condition' (the one is one of the three)."""
    parts = sorted(
        (
            s
            for s in slots
            if s.kind == "quantity"
            and not s.implicit
            and s.unit is None
            and s.hedge is None
            and s.role in ("injured", "in hospital")
            and (s.noun == "part" or noun_key(s.noun, s.role) == "person")
        ),
        key=lambda s: s.start,
    )
    if len(parts) != 2:
        return []
    first, rest = parts

    def condition(s: Slot) -> bool:
        return bool(_CONDITION.search(_CLAUSE_BREAK.split(text[s.end :], maxsplit=1)[0]))

    if not _CLAUSE_BREAK.search(text[first.end : rest.start]) or rest.noun == "part":
        return []
    told_as_rest = bool(_THE_REST_BEFORE.search(text[first.end : rest.start])) or (
        _others_after_a_condition(first, rest, slots, text) and condition(first)
    )
    by_condition = (
        condition(first)
        and condition(rest)
        and first.noun != "part"
        # "Four people were seriously injured, and one person remains in critical condition":
        # a smaller second figure is some of the first (on the wording alone either could be)
        and (first.value or 0) <= (rest.value or 0)
    )
    if not (told_as_rest or by_condition):
        return []
    total = (first.value or 0) + (rest.value or 0)
    how = "as the rest" if told_as_rest else "by condition"
    note = f"total of {first.text} + {rest.text}, {how}"
    return [_people_count(text, first.start, rest.end, total, "injured", note)]


# "... and another was treated and released": one more of the wounded, told without a number
_ANOTHER_ONE = re.compile(
    r"\s*(?:,\s*)?(?:and|while)\s+another(?:\s+(?:person|victim|man|woman|boy|girl|teen))?"
    r"\s+(?:was|is|has been|had been|remains|remained)\b([^;]*)",
    re.IGNORECASE,
)
_DEATH_WORD = re.compile(r"\b(?:killed|died|dead|fatal(?:ly)?|slain|death)\b", re.IGNORECASE)
# what "another" had: a wound or its care ...
_WOUND_CARE = re.compile(
    r"\b(?:treated|released|hospitali[sz]ed|wounded|injured|hurt|shot|grazed|struck|hit|"
    r"condition|taken|transported)\b",
    re.IGNORECASE,
)
# ... not none, not an arrest, and not in another incident or at another time
_NOT_WOUNDED = re.compile(
    r"\b(?:not|un(?:hurt|harmed|injured)|arrested|custody|questioned|detained|separate|"
    r"later|earlier|last (?:week|month|year)|across town|shot at)\b",
    re.IGNORECASE,
)


def _another_after_a_condition(slots: list[Slot], text: str) -> list[Slot]:
    """'Two victims remain hospitalized in critical condition and another was treated and
    released': the one more is the rest of the wounded, so the wounded are 3. Only where the
    sentence gives that one count of people, with a condition, and 'another' was wounded or
    cared for in this incident (not dead, unhurt, arrested, or shot elsewhere)."""
    counts = [
        s
        for s in slots
        if s.kind == "quantity"
        and not s.implicit
        and s.unit is None
        and s.role in HARM_ROLES | {"in hospital"}
        and noun_key(s.noun, s.role) == "person"
    ]
    if len(counts) != 1:
        return []
    first = counts[0]
    if first.role not in ("injured", "in hospital") or first.hedge is not None:
        return []
    after = text[first.end :]
    joint = re.search(r",?\s+(?:and|while)\s+another\b", after, re.IGNORECASE)
    if joint is None:
        return []
    clause = after[: joint.start()]
    # the condition is the first count's own, in its own clause: "two ... in critical condition"
    if not _CONDITION.search(clause) or _CLAUSE_BREAK.search(clause):
        return []
    more = _ANOTHER_ONE.match(after, joint.start())
    if (
        more is None
        or _DEATH_WORD.search(more.group(1))
        or _NOT_WOUNDED.search(more.group(1))
        or not _WOUND_CARE.search(more.group(1))
    ):
        return []
    n = (first.value or 0) + 1
    end = first.end + joint.end()
    note = f"total of {first.text} + another, as the rest"
    return [_people_count(text, first.start, end, n, "injured", note)]


# hurt by something else than the gunfire ("hurt in the crash that followed")
_OTHER_CAUSE = re.compile(
    r"\b(?:crash|collision|accident|stabb(?:ed|ing)|trampl\w*|glass|fell|shrapnel|debris)\b",
    re.IGNORECASE,
)
# "three men were also wounded", "2 Men Also Wounded"
_ALSO_HARMED = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}(?:(?:were|are|was|is|have been|had been)\s+)?also\s+"
    r"(?:been\s+)?(?:shot|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def _also_after_a_single(slots: list[Slot], doc: Doc) -> list[Slot]:
    """'A woman was shot in the chest, and three men were also wounded', '10-Year-Old Girl
    Hurt, 2 Men Also Wounded': the 'also' adds the count to the one person shot or hurt told
    before it, so the wounded are their sum. Not where anyone in the sentence died or it counts
    anyone else, nor for another incident or time, "shot at", or another cause ("hurt in the
    crash")."""
    if any(_token_class(t) == "killed" for t in doc):
        return []
    text = doc.text
    counts = [
        s
        for s in slots
        if s.kind == "quantity"
        and not s.implicit
        and s.unit is None
        and s.role in HARM_ROLES | {"in hospital"}
        and (s.noun == "part" or noun_key(s.noun, s.role) == "person")
    ]
    singles = [
        s
        for s in slots
        if s.kind == "quantity" and s.implicit and s.value == 1 and s.role in ("shot", "injured")
    ]
    if len(counts) != 1 or len(singles) != 1:
        return []
    count, single = counts[0], singles[0]
    also = _ALSO_HARMED.match(text, count.end)
    if (
        count.role not in ("shot", "injured")
        or single.end > count.start
        or also is None
        or _NOT_WOUNDED.search(text, also.start())
        or _OTHER_CAUSE.search(text, also.start())
    ):
        return []
    role = "injured" if "injured" in (count.role, single.role) else "shot"
    n = (count.value or 0) + 1
    note = f"total of {text[single.start : single.end]} + {count.text}, also"
    return [_people_count(text, single.start, also.end(), n, role, note)]


# "another", "a fourth"; not "another dozen", "another 12", "another couple" (an amount)
_NTH = (
    r"(?:another|a\s+(?:second|third|fourth|fifth|sixth|seventh))"
    r"(?!\s+(?:\d|dozen|half|handful|couple|several|few|two|three|four|five|six|seven|eight|"
    r"nine|ten|\w+teen|twenty|thirty|forty|fifty|hundred))"
)
_HURT = r"(?:injured|wounded|hurt|shot)"
# "three people were killed and another critically injured", "killed one person and wounded
# another", "1 Police Officer Dead, Another Injured", "and a fourth person was injured"
_ONE_MORE_HURT = re.compile(
    # "killed three people and seriously injuring a fourth": up to six words (the dead's noun)
    # before the joint; fewest first
    rf"(?:\s+[\w-]+){{0,6}}?\s*(?:,|;|\band\b|,\s*and\b)\s*(?:"
    rf"{_NTH}(?:\s+(?!was\b|is\b|were\b|being\b)[\w-]+){{0,2}}?\s+"
    rf"(?:(?:was|is|has been|had been|being)\s+)?(?:also\s+)?(?:(?:critically|seriously|"
    rf"gravely|severely|badly|slightly)\s+)?{_HURT}"
    rf"|(?:(?:critically|seriously|gravely|severely|badly)\s+)?(?:injur|wound)(?:ed|ing|es|s)"
    rf"\s+{_NTH}\b(?!\s+(?:time|day|night|week|year|shooting|incident))"
    rf")\b",
    re.IGNORECASE,
)
_ONE_MORE_START = re.compile(
    rf"{_NTH}|\b(?:(?:critically|seriously|gravely|severely|badly)\s+)?(?:injur|wound)\w*\s+{_NTH}",
    re.IGNORECASE,
)
# told after the one more: it died too, more were hurt, or it was hurt another way
_ONE_MORE_NOT_HURT = re.compile(
    r"\b(?:killed|died|dies|dead|death|fatal(?:ly)?|succumbed|third|fourth|fifth|others?|also|"
    r"wounded|injured|hurt|shot|grazed|struck|hit|treated|crash\w*|collision|accident|car|"
    r"vehicle|truck|fall|fell|jump\w*|window|stabb\w*|trampl\w*|glass|debris|shrapnel|"
    r"unharmed|unhurt|uninjured|not|scuffle|fight\w*|struggl\w*|beat\w*|punch\w*|assault\w*|"
    r"tackl\w*)\b",
    re.IGNORECASE,
)
# another moment or place than the dead's: "killed Saturday and another was wounded Monday",
# "on the same corner in April", "in a different shooting two miles away"
_ONE_MORE_ELSEWHERE = re.compile(
    r"\b(?:different|same (?:street|corner|block|neighborhood|area|spot)|miles? away|"
    r"blocks? away)\b",
    re.IGNORECASE,
)
# two days or months named in the sentence ("killed Saturday ... wounded Monday"); not
# `dates.MONTH_WORD`, which takes "may" (the modal) and abbreviations ("Mar", "Sun")
_DAY_OR_MONTH = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
    r"august|september|october|november|december)\b",
    re.IGNORECASE,
)


_NTH_WORD = re.compile(r"(?:another|a\s+\w+)\s+([\w-]+)", re.IGNORECASE)


def _a_person_after(text: str, start: int) -> bool:
    """The one more is a person: "another (man) injured", not "another dog", "another car"."""
    if not (m := _NTH_WORD.match(text, start)):
        return True  # "wounded another"
    word = m.group(1).lower()
    if (
        word in ("was", "is", "were", "has", "had", "being", "also")
        or re.match(_HURT + "$", word)
        or word.endswith("ly")
    ):
        return True
    return noun_key(word, "injured") == "person"


def _one_more_hurt_after_the_dead(slots: list[Slot], text: str) -> list[Slot]:
    """'Three people were killed and another critically injured', 'has killed one person and
    wounded another', 'Teen killed, another injured': set against the dead, the one more is
    all the wounded the sentence tells of, so one injured. (Alone, "another man was wounded" is
    one more than some count told elsewhere: no count.) Only right after a count of the dead,
    in a sentence that counts no one else hurt, and not hurt in a crash or another incident."""
    dead = [
        s
        for s in slots
        if s.kind == "quantity"
        and s.role == "killed"
        and s.unit is None
        # people ("killed one person" is one of several; a bare "three killed" has no noun)
        and (
            s.noun in (None, ONE_OF_SEVERAL_NOUN, "part", "dead")
            or s.noun in PERSON_NOUNS
            or noun_key(s.noun, s.role) == "person"
        )
    ]
    if not dead or any(
        s.kind == "quantity" and s.role in ("injured", "shot", "in hospital") and s.unit is None
        for s in slots
    ):
        return []
    last = max(dead, key=lambda s: s.end)
    more = _ONE_MORE_HURT.match(text, last.end)
    if more is None:
        return []
    start = more.start() + _ONE_MORE_START.search(more.group(0)).start()
    if (
        _ONE_MORE_NOT_HURT.search(text, more.end())
        or _NOT_WOUNDED.search(text, more.start())
        or _OTHER_CAUSE.search(text, more.start())
        or _ONE_MORE_ELSEWHERE.search(text)
        or len({m.lower() for m in _DAY_OR_MONTH.findall(text)}) > 1
        or not _a_person_after(text, start)
    ):
        return []
    note = "one more hurt after the dead"
    return [_people_count(text, start, more.end(), 1, "injured", note)]


# more of the group, or another incident, told after the two counts
_MORE_AFTER = re.compile(r"\b(?:the rest|the others|remaining|separate|another)\b", re.IGNORECASE)


def _others_after_a_condition(first: Slot, rest: Slot, slots: list[Slot], text: str) -> bool:
    """'Two men were in critical condition and two others injured' (or 'two other people'):
    the others are the rest of the wounded. Not where the sentence counts the group apart
    ('four people were shot, one man was in critical condition and two others ...': the three
    are some of the four), tells of more ('while the rest were released') or of another
    incident ('in a separate shooting')."""
    if not told_as_others(rest, text):
        return False
    if _MORE_AFTER.search(text, first.end):
        return False
    return not any(
        s.kind == "quantity"
        and s is not first
        and s is not rest
        and s.role in HARM_ROLES
        and not s.implicit
        and s.unit is None
        and noun_key(s.noun, s.role) == "person"
        for s in slots
    )


_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)


def told_as_others(s: Slot, text: str) -> bool:
    """A count told as others: "two others", "two other people"."""
    return s.noun == "other" or bool(_OTHER_AFTER.match(text, s.end))


def _others_shot_after_the_dead(slots: list[Slot], text: str) -> list[Slot]:
    """'13-year-old boy killed, 6 others shot', 'one dead and 11 others shot': the others are
    those who were shot and lived, so the wounded (as a count of people shot they would meet
    another outlet's '7 shot' as a false conflict)."""
    dead = [s for s in slots if s.kind == "quantity" and s.role == "killed" and s.unit is None]
    lessened = {s.start for s in slots if s.note and s.note.startswith("shot less killed")}
    return [
        dataclasses.replace(s, role="injured", note="others shot after the dead")
        if s.kind == "quantity"
        and s.role == "shot"
        and not s.implicit
        and s.unit is None
        and told_as_others(s, text)
        and any(d.end <= s.start for d in dead)
        # "four others were shot, two of them fatally", "3 others shot, one of whom died":
        # some of the others died too
        and not any(d.start >= s.end for d in dead)
        and s.start not in lessened
        else s
        for s in slots
    ]


def _count_context(span: Span, unit: str | None) -> tuple[str | None, str | None, str | None]:
    """(counted noun, noun the measure modifies, role) for a figure span. A part of a group
    named before ("three of the victims were shot in the leg") counts the noun `part`: it
    compares with other parts, never with a total ("five people were shot")."""
    noun, modifies, role = _count_context_of(span, unit)
    if (
        role not in HARM_ROLES
        and noun_key(noun, "shot") == "person"
        and (wounded := _participle_wound(span))
    ):
        # "four victims suffering from gunshot wounds were taken to the hospital": hit, unless
        # the clause's own verb says more ("... were pronounced dead")
        role = wounded
    if role in ("hit", "strike") and _hit_by_gunfire(span.root):
        role = "shot"  # "fired into a group, hitting four teenagers and two adults"
    if role in HARM_ROLES and (unrealized := _unrealized(span.root)) is not None:
        role = unrealized
    if _one_of_several(span, role):
        # "One man was shot in the torso, another in the arm": one of several told one by one,
        # no count of them. Its own noun, not `part`: parts compare with parts, and two
        # outlets' different ones ("two of the victims were men", "one woman victim ..., the
        # other female ...") are no conflict.
        return ONE_OF_SEVERAL_NOUN, modifies, role
    of_group = (
        p for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    )
    if role != "age" and any(p.dep_ == "pobj" and _definite(p) for p in of_group):
        return "part", modifies, role
    return noun, modifies, role


def _definite(noun: Token) -> bool:
    """'the victims', 'his cousins', 'them': a group already named, not 'a' or bare
    'victims'."""
    if noun.lower_ in ("them", "those"):
        return True
    return any(g.dep_ in ("det", "poss") and g.lower_ not in ("a", "an") for g in noun.children)


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
# "dies at 91", "died Thursday at age 85", "dead at 77": the age at death, not a toll
_AGE_AT_DEATH_BEFORE = re.compile(
    r"\b(?:die[sd]?|dead|passed away)\b[^.;,]{0,30}?\b(?:at|aged)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# A game's score ("a 27-24 loss", "the 13-10 overtime loss", "won 3-1"): no count of people
_SCORE_PAIR = re.compile(r"\d+\s*[-\u2013]\s*\d+")
_GAME_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:loss|win|victory|defeat|decision|tie|triumph|rout|shootout|lead|"
    r"record|start)\b",
    re.IGNORECASE,
)
_GAME_BEFORE = re.compile(
    r"\b(?:won|lost|beat|defeated|leads?|led|trailed|tied)\s+(?:\S+\s+){0,3}$"
)


def _in_a_score(text: str, start: int, end: int) -> bool:
    """The number is one side of a game's score: a number-dash-number pair right before a word
    of a game or right after a result ("in a 27-24 loss to Chicago", "won 3-1"); "wounded 3-4
    others" is a range."""
    for m in _SCORE_PAIR.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return bool(_GAME_AFTER.match(text, m.end()) or _GAME_BEFORE.search(text, 0, m.start()))
    return False


_MEMBER_OF = re.compile(
    r"\s+of\s+(?:the\s+)?\w+\s+(?:people\s+|others\s+|victims\s+)?"
    r"(?:injured|wounded|killed|hurt|shot|dead)\b",
    re.IGNORECASE,
)
_HOW_MANY_OF_THEM = re.compile(
    r"(?:\s+of\s+them)?\s+(?:fatally|mortally|critically|seriously|gravely)\b", re.IGNORECASE
)
_STATION_AFTER = re.compile(r"\s+(?:Action\s+)?News\b")
# A tally: a number, perhaps a person word and an aside, then the harm and the clause's end.
_TALLY_AFTER = re.compile(
    r"\s*(?:(people|persons|men|women|children|kids|teens|others|victims|adults)\s*)?"
    r"(?:,\s*including\s+[^,]{1,40},\s*)?(dead|killed|wounded|injured|hurt)\b"
    r"(?=\s*(?:$|[,;:.]|and\b|in\b|after\b|at\b|as\b|following\b|during\b|near\b|outside\b))",
    re.IGNORECASE,
)


def _count_context_of(span: Span, unit: str | None) -> tuple[str | None, str | None, str | None]:
    root = span.root
    inside = {t.i for t in span}
    # "Brooklyn boy, 15, dies", "Perry, 14; Sanders, 17": an age in apposition, not a count.
    # The noun is the person's word, so only ages of the same kind of person compare.
    age_of = root.head if root.dep_ == "conj" and root.head.dep_ == "appos" else root
    # "a father of four", "mother of two": children, not a count of the event's victims (a
    # headline's "Father of 5 killed" is no tally of five)
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _PARENT_NOUNS
    ) or (
        # the same where the parser hung "of 4" elsewhere ("Family of Father of 4 Killed")
        unit is None
        and root.like_num
        and _PARENT_OF_BEFORE.search(span.doc.text, 0, span.start_char)
        and (span.end == len(span.doc) or span.doc[span.end].pos_ not in ("NOUN", "ADJ"))
    ):
        return "child", None, None
    if (
        unit is None
        and root.text.lstrip(".") in _CALIBRES
        and _CALIBRE_BEFORE.search(span.doc.text, 0, span.start_char)
        # "found a 357 and shot", "a .22.": nothing after it; "a 38 special" is a count no more
        and (span.end == len(span.doc) or span.doc[span.end].pos_ in ("CCONJ", "PUNCT", "ADP"))
    ):
        return None, "gun", None  # "found a 357 and shot", "a .22": a gun's calibre
    if unit is None and root.like_num and _STATION_AFTER.match(span.doc.text, span.end_char):
        return None, None, None  # "police told 13 News two people were shot": a station
    if (
        unit is None
        and root.like_num
        and _in_a_score(span.doc.text, span.start_char, span.end_char)
    ):
        return None, None, None  # "Bush was hurt in a 27-24 loss": a score, not 24 hurt
    if (
        unit is None
        and root.like_num
        and (tally := _TALLY_AFTER.match(span.doc.text, span.end_char))
    ):
        # "2 people, including shooter, dead, 3 wounded": a headline's tally, which the small
        # model parses as apposition (an age) or hangs on the wrong verb
        noun = span.doc[span.end].lemma_.lower() if tally.group(1) else None
        return noun, None, ROLE_CLASSES[tally.group(2).lower()]
    if unit is None and root.like_num and (yo := _YO_AFTER.match(span.doc.text, span.end_char)):
        nxt = next((t for t in span.doc[span.end :] if t.idx >= yo.end()), None)
        return (nxt.lower_ if nxt is not None and nxt.pos_ == "NOUN" else None), None, "age"
    if (
        unit is None
        and root.like_num
        # "six people, one fatally": how many of them, not an age
        and not _HOW_MANY_OF_THEM.match(span.doc.text, span.end_char)
        and age_of.dep_ in ("appos", "npadvmod")
        and age_of.head.pos_ in ("NOUN", "PROPN")
        and age_of.i > 0
        and span.doc[age_of.i - 1].text == ","
        and age_of.head.i < age_of.i
    ):
        owner = age_of.head
        return (full_name(owner) if owner.ent_type_ == "PERSON" else owner.lower_), None, "age"
    # "SIXTEEN YEAR OLD CHILD" (the hyphens a headline dropped), "sons, ages 3 and 4",
    # "age 19": ages, not counts.
    if unit is None and root.like_num:
        if _AGE_WHO_WAS_BEFORE.search(
            span.doc.text, 0, span.start_char
        ) and _AGE_WHO_WAS_AFTER.match(span.doc.text, span.end_char):
            return None, None, "age"  # "who was almost 2, were found dead": not two dead
        if _AGE_AT_DEATH_BEFORE.search(span.doc.text, 0, span.start_char) and (
            span.end == len(span.doc) or span.doc[span.end].pos_ in ("ADP", "PUNCT", "CCONJ")
        ):
            return None, None, "age"  # "Esther Williams dies at 91": her age, not 91 dead
        if _AGE_COMPARED_BEFORE.search(span.doc.text, 0, span.start_char):
            # "a boy younger than 12 was shot": his age, not twelve people shot
            return None, None, "age"
        if _BOTH_BEFORE.search(span.doc.text, 0, span.start_char) and _NO_NOUN_AFTER.match(
            span.doc.text, span.end_char
        ):
            return None, None, "age"  # "Parish Jordan and Leroy Monsalvatge, both 22 — were"
        if (
            root.i == 0
            and root.text.isdigit()
            and _AGE_LEFT_FIRST.match(span.doc.text, span.end_char)
        ):
            # "26, were also injured.": a sentence split after a name leaves its age first
            return None, None, "age"
        if _AGE_AFTER.match(span.doc.text, span.end_char):
            nxt = [t for t in span.doc[span.end : span.end + 4] if t.pos_ == "NOUN"]
            person = next((t for t in nxt if t.lower_ not in ("year", "years", "yr", "old")), None)
            return (person.lemma_.lower() if person is not None else None), None, "age"
        listed = root.head if root.dep_ == "conj" else root
        if listed.dep_ == "nummod" and listed.head.lemma_.lower() == "age":
            owner = listed.head.head if listed.head.dep_ == "appos" else None
            return (owner.lemma_.lower() if owner is not None else None), None, "age"
    # "kills man, 18": a person word, a comma and a number closing the sentence or clause.
    i = root.i
    if (
        unit is None
        and root.like_num
        and len(span) == 1
        and i >= 2
        and span.doc[i - 1].text == ","
        and span.doc[i - 2].lemma_.lower() in PERSON_NOUNS | _ONE_PERSON_NOUNS  # "and son, 10,"
        and (i + 1 == len(span.doc) or span.doc[i + 1].is_punct)
        and 0 < (parse_number(root.text) or 0) < 120
    ):
        return span.doc[i - 2].lemma_.lower(), None, "age"
    noun_tok: Token | None = None
    modifies: str | None = None
    head = root.head
    if (
        head.i not in inside
        and head.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod")
    ):
        noun_tok = head
    elif root.pos_ == "NOUN" and root.lemma_.lower() not in (
        "hundred",
        "thousand",
        "million",
        "dozen",
    ):
        noun_tok = root
    # "a trooper from Troop 9", "Scout Troop 212": a number right after a capitalised noun
    # names a unit, it counts nothing
    if (
        noun_tok is not None
        and unit is None
        and noun_tok.i == span.start - 1
        and noun_tok.text[:1].isupper()
    ):
        return None, None, None
    # "two sheriff's deputies": the deputies are counted, not the sheriff
    if (
        noun_tok is not None
        and noun_tok.dep_ == "poss"
        and noun_tok.tag_ == "NN"  # not "the two victims' names"
        and noun_tok.is_alpha  # not run-together text, "one family take?Tucker's brother"
        and noun_tok.head.pos_ == "NOUN"
    ):
        noun_tok = noun_tok.head
    # "hundreds of people", "five of the victims"; "one of the five people" is a part of a
    # count given next to it, so it counts "one of", not the people.
    # "one of the slain adults" names one of a group already counted: the group's own words
    # ("slain") are not this number's role, only the verb it governs is ("two of the victims
    # died").
    definite_part = False
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PRON"):
                    if any(g.dep_ == "nummod" for g in p.children):
                        return "part", None, None
                    noun_tok = p
                    definite_part = _definite(p)
    # "one of two girls ... has died": the group's count ("two") does not take the verb of
    # the one.
    group_of_part = (
        root.dep_ == "nummod"
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.like_num
    ) or (  # "one of the six, a man, died": the six did not
        root.dep_ == "pobj" and head.lower_ == "of" and head.head.like_num
    )
    # A number that modifies a modifier ("152 mm artillery shells", "a 500-pound bomb") or that
    # carries a unit measures the noun; it does not count it.
    if noun_tok is not None and unit and noun_tok.i in inside:
        # "stay 6 feet apart": the unit's own word ("feet") is no thing the measure is of
        noun_tok = None
    if noun_tok is not None and (unit or noun_tok.dep_ == "compound"):
        target = noun_tok.head if noun_tok.dep_ == "compound" else noun_tok
        while target.dep_ == "compound" and target.head.i != target.i:
            target = target.head
        modifies = target.lemma_.lower()
        if noun_tok.dep_ == "compound" and not unit:
            # "a 12-gauge shotgun": a measure of a thing, no one's count
            return None, modifies, None
        noun_tok = None if unit else noun_tok
    anchor = noun_tok if noun_tok is not None else root
    noun = noun_tok.lemma_.lower() if noun_tok is not None else None
    if noun and role_class(noun):  # "49 deaths", "12 injuries"
        return noun, modifies, role_class(noun)
    # "claimed the lives of two men", "the deaths of three people", "the killing of a man":
    # the noun the count hangs off says what happened to them
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and anchor.head.head.lemma_.lower() in _HARM_NOUNS
    ):
        return noun, modifies, _HARM_NOUNS[anchor.head.head.lemma_.lower()]
    # "four people were shot, three fatally": the adverb on the number is its outcome
    if any(
        t.lower_ in ("fatally", "mortally") for t in [*root.children, root.head] if t.i > root.i
    ):
        return noun, modifies, "killed"
    cands: list[Token] = []
    own_from = list(root.children) if definite_part else list(anchor.children) + list(root.children)
    for c in own_from:
        if c.dep_ in ("amod", "acl", "relcl", "oprd", "appos", "acomp") and c.i not in inside:
            if c.dep_ == "relcl" and _agent_clause(c):
                continue  # "four men ... that injured five protesters": the men did it
            if _suffering_a_gunshot_wound(c):
                continue  # "four victims suffering from gunshot wounds" (`_count_context`)
            if c.dep_ == "appos" and c.lemma_.lower() == "casualty":
                # "killing two women, the first Israeli casualties": casualties are the dead and
                # the hurt alike, so the verb says which
                continue
            cands.append(c)
            cands.extend(g for g in c.children if g.dep_ == "conj")  # "shot and killed"
    # the main verb's own outcome ("arrested two men and a woman injured in the crash") stands;
    # a list the parser hung on a verb as its conjunct has none of its own
    governing = governing_verb(anchor)
    if (
        (anchor.dep_ == "conj" and anchor.head.pos_ == "VERB")
        or governing is None
        or not _token_class(governing)
    ):
        cands.extend(_trailing_outcome(anchor, inside))
    # Headlines hang a second clause off the number ("Nine Injured In Houston Shooting,
    # Suspect Dead"): a modifier past a comma belongs to another noun when one comes before it.
    before_comma = [c for c in cands if not comma_between(span.doc, anchor.i, c.i)]
    # "Two injured, shooter dead": the parser hangs "injured" off "dead"; take it back.
    before_comma += [
        g
        for c in cands
        if comma_between(span.doc, anchor.i, c.i)
        for g in c.subtree
        if g.i > anchor.i
        and g.pos_ in ("VERB", "ADJ")
        and not comma_between(span.doc, anchor.i, g.i)
    ]
    if _best_role(before_comma) in ROLE_CLASSES.values():
        cands = before_comma
    # The noun's own modifier wins over a verb it hangs off: in "a girl was killed and two men
    # injured" the men are injured, not killed.
    own = _best_role(cands)
    if own is not None and any(_token_class(c) for c in cands):
        return noun, modifies, own
    if group_of_part or _kin_of_the_counted(anchor):
        return noun, modifies, None
    if (
        anchor.dep_ == "conj"
        and anchor.head.dep_ == "pobj"
        and anchor.head.pos_ == "NOUN"
        and anchor.head.lemma_.lower() not in PERSON_NOUNS | _ONE_PERSON_NOUNS
        # a verb of their own after them; not a gapped "and two others in the stabbing"
        and any(t.pos_ == "VERB" for t in anchor.doc[anchor.i + 1 :])
    ):
        # "was killed in the shooting and the other four victims ... were all taken to a
        # hospital": the parser made the victims a conjunct of "the shooting"; the verb the
        # shooting hangs off is not theirs
        return noun, modifies, None
    if _in_passive_agent(anchor):
        # "a boy was shot by two other teens", "wounded by gunfire from two shooters": the
        # passive's agents did it; the harm is the subject's
        return noun, modifies, None
    verb = governing
    # "a mother is dead and three other people are in serious condition": a conjoined clause
    # with its own subject is its own predicate, not the first clause's.
    if anchor.dep_.startswith("nsubj") and anchor.head.pos_ == "AUX":
        verb = anchor.head
    if verb is not None:
        if verb.lemma_.lower() in ("be", "remain", "stay", "list") and any(
            p.lemma_.lower() in ("condition", "hospital")
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
        ):
            # "are in serious condition", "in the hospital": often some of the injured, so a
            # role of its own, not a count of the injured
            return noun, modifies, "in hospital"
        if _agents_of(verb, anchor):
            return noun, modifies, None
        if (
            _subject_of(anchor, verb)
            and (suffered := _suffered_harm(verb)) is not None
            # "the other two suffered minor injuries", "each one suffered", "the two men
            # received gunshot wounds": some of a group counted before, not its count ("all
            # seven victims suffered", "two other people suffered" are counts)
            and not any(c.lower_ in ("each", "the") for c in [*anchor.children, *root.children])
            # "one victim suffered injuries to his hand and the other ...": in the dev and test
            # articles every such one was one of several wounded, so it is no count of them
            and parse_number(root.text) != 1
        ):
            return noun, modifies, suffered
        if _subject_of(anchor, verb) and (wounded := _suffering_a_gunshot_wound(verb)):
            return noun, modifies, wounded  # "found three victims suffering from gunshot wounds"
        if (
            verb.lemma_.lower() == "shoot"
            and _missed_or_not_a_gun(verb, headline_voice=True)
            and not _conjoined_harm(verb)
        ):
            # "two officers were shot at on Boston Avenue", "shot at by a deputy": fired at
            return noun, modifies, None
        # "injures 9 people; gunman shot, killed": the verb's own outcome stands; only "shot"
        # is upgraded by a conjoined verb ("were shot and killed").
        own_verb = _token_class(verb)
        if own_verb and _negated(verb):
            return noun, modifies, "not " + own_verb
        if own_verb in ("killed", "injured"):
            # "eight have been hurt or killed": either, so neither count.
            alt = {ROLE_CLASSES.get(c.lemma_.lower()) for c in verb.children if c.dep_ == "conj"}
            if (
                any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
                and ({"killed", "injured"} - {own_verb}) & alt
            ):
                return noun, modifies, None
            return noun, modifies, own_verb
        cands.append(verb)
        # "the gunfire left two men wounded": the parser often hangs the outcome as an adverbial
        # clause of "left"; it is still the object's state.
        resulting = verb.lemma_.lower() in ("leave", "render") and anchor.dep_ == "dobj"
        for c in verb.children:
            if (
                resulting
                and c.dep_ in ("advcl", "ccomp")
                and c.i > anchor.i
                and not comma_between(span.doc, anchor.i, c.i)  # "left two children, killed in ..."
                and not any(g.dep_.startswith("nsubj") for g in c.children)
            ):
                cands.append(c)
            if c.tag_ == "VBG" and c.lemma_.lower() in ("shoot", "fire") and anchor.dep_ == "nsubj":
                continue  # "two teenagers were target shooting": the subject does the shooting
            if c.dep_ in ("oprd", "acomp", "xcomp") or (
                c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_.startswith("nsubj") for g in c.children)
                and not _on_himself(c)
            ):
                cands.append(c)
                if c.dep_ == "xcomp":  # "were found shot dead", "found shot and killed"
                    cands.extend(g for g in c.children if g.dep_ in ("oprd", "acomp", "conj"))
            # "the death toll rose to 12"; "bringing the death toll to 5"
            if (
                c.dep_.startswith("nsubj")
                or (
                    c.dep_ == "dobj"
                    and verb.lemma_.lower() in _RAISE_VERBS
                    and anchor.dep_ == "pobj"
                    and anchor.head.lower_ == "to"
                    # "the" toll of this event; a headline's bare "pushing death toll to 49"
                    # is often a city's toll for the year
                    and any(g.lower_ == "the" for g in c.children)
                    and not _PERIOD_TOLL.search(span.doc.text)
                )
            ) and c.lemma_.lower() in ("toll", "number", "count", "tally"):
                cands.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
                cands.extend(p for g in c.children if g.lower_ == "of" for p in g.children)
    role = _best_role(cands)
    if verb is not None and role == verb.lemma_.lower() and role in REPORTING:
        role = None
    return noun, modifies, role


def _kin_of_the_counted(anchor: Token) -> bool:
    """'The mother of the two victims was shot', 'a friend of the three men was injured': the
    verb is the one person's, not the counted group's (their own modifier, 'the two slain
    children', still gives them a role)."""
    if not (anchor.dep_ == "pobj" and anchor.head.lower_ == "of"):
        return False
    person = anchor.head.head
    return (
        person.pos_ == "NOUN"
        and person.tag_ == "NN"  # one person: "the families of the two men" are theirs
        and person.lemma_.lower() in _ONE_PERSON_NOUNS - {"one", "other"}
    )


def _in_passive_agent(tok: Token) -> bool:
    """Whether the noun lies in a passive's "by" phrase, up to the first verb above it (a
    relative clause inside it, "by a man who shot two others", has its own verb)."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ == "agent":
            return True
        if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.tag_ == "VBN":
            # "found shot to death by two passersby": the parser hangs the agent of a
            # participle under "found" as a plain "by" phrase
            return True
        tok = tok.head
    return False


# verbs that take a toll to a new figure ("bringing the death toll to 5")
_RAISE_VERBS = frozenset(["bring", "push", "raise", "take", "lift"])
# a toll of a period or of a city's homicides, not of one shooting
_PERIOD_TOLL = re.compile(r"\b(?:this year|so far|for (?:19|20)\d\d|homicides)\b", re.IGNORECASE)
_LIST_POS = frozenset(["DET", "NUM", "ADJ", "CCONJ", "PUNCT", "NOUN", "PROPN"])


def _trailing_outcome(noun: Token, inside: set[int]) -> list[Token]:
    """'three women and a man injured': the parser hangs a participle after the last of
    conjoined nouns on that last one, yet it is all of theirs. A modifier before a noun ('a
    wounded man') stays that noun's own."""
    out: list[Token] = []
    doc = noun.doc

    def members(tok: Token) -> list[Token]:
        # only a compact list: nothing but determiners, numbers, adjectives and names between
        # the nouns ("two suspects in a shooting that left ... and one person injured" is not)
        return [
            c
            for c in tok.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and all(t.pos_ in _LIST_POS for t in doc[tok.i + 1 : c.i])
        ]

    stack = members(noun)
    while stack:
        conj = stack.pop()
        stack.extend(members(conj))
        out.extend(
            c
            for c in conj.children
            if c.dep_ in ("acl", "amod") and c.i > conj.i and c.i not in inside and _token_class(c)
        )
    return out


_SUFFER_VERBS = frozenset(["suffer", "sustain", "receive"])
_TOTAL_NOUNS = frozenset(["total", "number"])
_WOUND_NOUNS = frozenset(["wound", "injury"])  # lemmas
# "a fatal wound" kills; "non-fatal", "potentially fatal", "nearly fatal" injuries do not
_FATAL = re.compile(r"(?<![\w-])(?:fatal|mortal)\b", re.IGNORECASE)
_NOT_QUITE = re.compile(r"\b(?:non|not|potentially|possibly|nearly|near|almost)\b", re.IGNORECASE)


def _suffered_harm(verb: Token) -> str | None:
    """'two officers and a woman suffered non-life-threatening gunshot wounds' were injured; a
    fatal or mortal wound killed."""
    if verb.lemma_.lower() not in _SUFFER_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _WOUND_NOUNS:
            return "killed" if _fatal_wound(obj) else "injured"
    return None


def _participle_wound(span: Span) -> str | None:
    """The harm a "suffering from a gunshot wound" on the counted noun tells, or on the verb
    it is the passive subject of ("two people were found suffering from gunshot wounds")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    for tok in (span.root, span.root.head, *verbs):
        for c in tok.children:
            if (c.dep_ == "acl" or tok in verbs) and (wounded := _suffering_a_gunshot_wound(c)):
                return wounded
    return None


def _suffering_a_gunshot_wound(verb: Token) -> str | None:
    """'four victims suffering from gunshot wounds', 'a woman suffering a gunshot wound to the
    face': a participle that tells of the noun it hangs on, as "with a gunshot wound" does.
    Hit ('shot'), not injured: people found so at the scene are as often some who later died;
    a fatal wound killed; a self-inflicted one is most often the gunman's end."""
    if verb.lemma_.lower() not in _SUFFER_VERBS or _negated(verb):
        return None
    # the parser hangs "found a woman suffering ..." as a clause of "found" with her its subject
    if verb.dep_ != "acl" and not (
        verb.tag_ == "VBG" and verb.dep_ in ("ccomp", "xcomp", "oprd", "advcl")
    ):
        return None
    wounds = [c for c in verb.children if c.dep_ == "dobj"]
    wounds += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for wound in wounds:
        if _gunshot_wound(wound) and not _self_inflicted(wound):
            return "killed" if _fatal_wound(wound) else "shot"
    return None


def _subject_of(noun: Token, verb: Token) -> bool:
    """The verb's subject, or a later member of its subject's list ("two officers and a
    woman suffered"); not a noun elsewhere before it ("in a fight with two men, an officer
    suffered")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TOTAL_NOUNS:
        noun = noun.head.head  # "a total of four people received ..."
    return noun.dep_ == "nsubj" and noun.head.i == verb.i


# One person named by a singular noun in a list of counts ("his wife and four children").
_ONE_PERSON_NOUNS = frozenset(
    {n for n in PERSON_NOUNS if not n.endswith(("s", "men", "people", "children"))}
    | {
        "wife", "husband", "baby", "infant", "toddler", "son", "daughter", "mother", "father",
        "brother", "sister", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour",
        "gunman", "shooter", "mom", "dad", "grandmother", "grandfather", "cousin", "uncle",
        "aunt", "nephew", "niece", "stepfather", "stepmother", "partner", "fiancee", "fiance",
        "grandson", "granddaughter", "stepson", "stepdaughter", "spouse",
        # a trade or office, one person each in a list ("killed a police officer and a bomb
        # technician", "Judge Barnes and the court reporter"; more are in PERSON_NOUNS)
        "manager", "owner", "cashier", "bartender", "bouncer", "janitor", "mechanic", "pilot",
        "lawyer", "attorney", "receptionist", "accountant", "secretary", "supervisor", "coach",
        "sergeant", "captain", "lieutenant", "detective", "sheriff", "constable", "ranger",
        "waiter", "waitress", "homeowner", "tenant", "landlord", "witness", "chief",
    }
)  # fmt: skip


# People an indefinite singular names ("a man was killed"): one person, told without a number.
_IMPLICIT_PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "teen", "teenager", "person", "child", "kid", "youth",
     "juvenile", "adult", "victim", "bystander", "resident", "student", "officer", "suspect",
     "passenger", "customer", "patron", "civilian", "individual"]
)  # fmt: skip


def _opens_line(tok: Token) -> bool:
    """The word's phrase opens the line, or follows a headline's source ("Police: 6-year-old
    girl wounded", "Deputies: Teen shot")."""
    first = tok.left_edge.i
    return first == 0 or (first in (2, 3) and tok.doc[first - 1].text == ":")


def _implicit_person(tok: Token) -> bool:
    """'a man', 'a Detroit woman', 'a 17-year-old': an indefinite singular person, no number;
    a headline's bare 'Man fatally shot'; a named person ('Kellough, 15, died')."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if _named_person(tok):
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "appos" and first.head.tag_ in ("NNS", "NNPS"):
            return False  # "Her parents, Reyna Gonzalez and Julian Gonzalez, were killed"
        # "Trevor Lane, a 33-year-old man, was killed": one person, read once, from "a man"
        beside = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            beside.append(tok.head)
        return not any(_indefinite_person(b) for b in beside)
    if (
        tok.lemma_.lower() in _IMPLICIT_PERSON_NOUNS
        and tok.tag_ in ("NN", "NNP")
        and (_opens_line(tok) or _alone_in_title(tok))
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        # "Man fatally shot, four others injured", "Loved ones remember teen killed in ...": a
        # headline drops the article
        return True
    if _bare_age_in_title(tok):
        return True  # "Community mourns 2-year-old killed in shooting"
    return _indefinite_person(tok)


def _alone_in_title(tok: Token) -> bool:
    """A person noun inside a headline that is no modifier and no list member ("remember teen
    killed in ..."; not "Toddler killed, adult critically injured", a headline's list)."""
    return (
        _title_line(tok.doc)
        and tok.dep_ not in ("compound", "conj", "appos")
        and not any(c.dep_ in ("conj", "appos") for c in tok.children)
    )


def _bare_age_in_title(tok: Token) -> bool:
    """'2-year-old' heading its own phrase in a headline, with no article: one person (as an
    adjective, "2-year-old boy", the noun is the person)."""
    return (
        tok.lower_ == "old"
        and tok.dep_ not in ("amod", "npadvmod")
        and _alone_in_title(tok)
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
        and any(
            c.lemma_.lower() in _AGE_UNITS and any(g.pos_ == "NUM" for g in c.children)
            for c in tok.children
        )
    )


# Kin and acquaintances an article tells of by their tie to someone ("her 17-year-old son",
# "a 14-year-old friend"): one person each.
_KIN_NOUNS = frozenset(
    ["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
     "girlfriend", "boyfriend", "friend", "neighbor", "neighbour", "mom", "dad", "grandmother",
     "grandfather", "grandson", "granddaughter", "cousin", "uncle", "aunt", "nephew", "niece",
     "stepfather", "stepmother", "stepson", "stepdaughter", "stepbrother", "stepsister",
     "fiancee", "fiance", "fiancé", "baby", "infant", "toddler", "child", "kid", "grandchild",
     "roommate"]
)  # fmt: skip


# kin are often told of in a victim's life story: a death there is no shooting's (not
# "accident", "driver" or "in prison": accidental shootings, drive-bys and sentences are)
_NOT_GUNFIRE_DEATH = re.compile(
    r"\b(?:cancer|illness|disease|natural causes|overdose|heart attack|stroke|car crash|"
    r"collision|drunk(?:en)? driver|died in prison)\b",
    re.IGNORECASE,
)


def _kin_single(tok: Token) -> bool:
    """'her 17-year-old son', 'his wife', 'a 14-year-old friend', 'a baby': one person told by a
    tie or as a baby, outside a list (a list of them is `_kin_list_totals`' count)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in _KIN_NOUNS:
        return False
    if tok.dep_ in ("conj", "appos", "poss", "compound") or any(
        c.dep_ in ("nummod", "conj", "cc") for c in tok.children
    ):
        return False
    after = tok.doc[tok.i + 1 : tok.i + 3]
    if (
        len(after) == 2
        and after[0].lower_ in ("and", "or")
        and after[1].pos_ in ("NUM", "DET", "PRON", "NOUN", "PROPN", "ADJ")
    ):
        return False  # "killing his wife and four daughters": a list the parser broke
    if len(_list_members(tok)) > 1 or any(
        c.dep_ == "appos"
        and any(g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN") for g in c.subtree)
        for c in tok.children
    ):
        return False  # "his wife, Mary Jones, and their son": the head of a list
    if _NOT_GUNFIRE_DEATH.search(tok.doc.text):
        return False  # "her husband died of cancer last year": a death, not this shooting's
    return any(
        (c.dep_ == "poss" and c.tag_ == "PRP$") or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in tok.children
    )


_DEATH_NOUNS = frozenset(["death", "killing", "slaying", "murder", "homicide"])


def _death_of(person: Token) -> bool:
    """The person after "of" in a noun of a death: "the death of Westley Bell", "the fatal
    shooting of a 17-year-old"."""
    prep = person.head
    if person.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    lemma = noun.lemma_.lower()
    return lemma in _DEATH_NOUNS or (
        lemma == "shooting" and any(c.lower_ in ("fatal", "deadly") for c in noun.children)
    )


def _indefinite_person(tok: Token) -> bool:
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.tag_ == "NN" and tok.lemma_.lower() in _IMPLICIT_PERSON_NOUNS:
        return True
    # "a 17-year-old was killed": the parser makes "old" the head, "year" its modifier
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)


def _named_person(tok: Token) -> bool:
    """The last word of a person's name that is not a possessive ("Kellough", "Anna Marie
    Goode"); one person, whatever the sentence then says happened to them."""
    # The small model often tags a victim's surname as an ORG or nothing ("Kellough, 15, of
    # Evansville died"): any proper noun heading its own phrase will do outside a title-case
    # headline, where every word is a proper noun.
    # A first word is capitalized anyway ("Witness recalls ...", "Baby, man killed"): there a
    # word the NER did not call a person needs a first name or an age beside it.
    doc = tok.doc
    if not (
        tok.tag_ == "NNP"
        and tok.dep_ not in ("compound", "poss")
        and tok.text[:1].isupper()
        and tok.is_alpha
        and not (tok.is_upper and len(tok) > 1)  # "OIS", "WALB": acronyms
        and tok.lower_ not in _NOT_NAMES
        and not any(c.dep_ == "case" for c in tok.children)
    ):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ not in ("", "ORG") or _headline(doc):
        return False
    return tok.i > 0 or any(
        (c.dep_ == "compound" and c.tag_ == "NNP") or (c.dep_ == "appos" and c.like_num)
        for c in tok.children
    )


NAMED_PERSON_NOTE = "one person, by name"
# "a 4-year-old girl is in critical condition", "a man is recovering": hurt, by how he is now
CONDITION_PERSON_NOTE = "one person, by a condition"
# "her son", "a friend", "a baby": `_kin_single`
KIN_PERSON_NOTE = "one person, by a tie or as a baby"
_NOT_NAMES = frozenset(
    ["police", "officer", "officers", "sheriff", "deputy", "deputies", "god", "news", "shooting"]
)


_DIE_VERBS = frozenset(["die", "perish", "succumb"])


_REFLEXIVES = frozenset(["himself", "herself", "themselves"])


def _on_himself(verb: Token) -> bool:
    """'shot three people and then killed himself': the second verb's harm is the shooter's."""
    return any(g.dep_ == "dobj" and g.lower_ in _REFLEXIVES for g in verb.children)


# A word of gunfire in the sentence of "was hit" ("was struck by a car" has none)
_GUNFIRE_WORDS = re.compile(
    r"\b(?:bullets?|gunfire|gunshots?|pellets?|buckshot|shotgun)\b", re.IGNORECASE
)
# what grazes or strikes a person that is no gunfire ("grazed by a passing pickup truck")
_NOT_GUNFIRE_WORDS = re.compile(
    r"\b(?:car|truck|pickup|vehicle|van|suv|bus|train|driver|motorist|charge|charges)\b",
    re.IGNORECASE,
)
_HIT_VERBS = frozenset(["hit", "strike", "graze"])


def _person_hit_by_gunfire(verb: Token, rel: str) -> bool:
    """'A girl was hit in the knee by a stray bullet', 'a stray bullet struck a 5-year-old',
    'an officer was grazed': a person hit by gunfire was shot. 'Hit' and 'struck' only with a
    word of gunfire in the sentence ("was struck by a car" is not); 'grazed' always. (The
    count's own rule, `_hit_by_gunfire`, reads a figure's verb.)"""
    lemma = verb.lemma_.lower()
    if lemma not in _HIT_VERBS or _NOT_GUNFIRE_WORDS.search(verb.sent.text):
        return False
    if any(
        c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in verb.children
    ):
        return False  # "the stray bullet could have struck a child"
    if rel == "dobj":
        doer = verb
        while doer.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = doer.head  # "a bullet came through the window and struck a boy"
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _GUN_NOUNS for c in doer.children)
    return rel == "nsubjpass" and (lemma == "graze" or bool(_GUNFIRE_WORDS.search(verb.sent.text)))


def _missed_or_not_a_gun(verb: Token, headline_voice: bool = False) -> bool:
    """'was shot at' (fired at), 'shot with a stun gun', 'shot down by the board': no one hit by
    a bullet. `headline_voice`: an active "shot at a block party" is a headline's dropped "were"
    (a figure's verb: "one dead and 11 others shot at a block party")."""
    at = _at_after(verb)
    if at is not None and not _shot_at_a_place(at, headline_voice):
        return True
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ == "down":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(
                t.lower_ in ("stun", "taser", "beanbag", "bean", "tranquilizer", "paintball")
                for t in c.subtree
            )
        ):
            return True
    return False


# "shot at multiple times", "shot at him": the "at" of a target, not of a place or a time
_FIRED_AT_OBJECTS = frozenset(["times", "him", "her", "them", "me", "us", "each", "random"])
# a target an active "shot at" fires at ("two men shot at a car", "shot at officers")
_FIRED_AT_TARGETS = frozenset(
    ["car", "vehicle", "truck", "suv", "van", "cruiser", "squad", "window", "police", "crowd"]
)
# the sentence says the shots missed: "was shot at a stoplight but was not hurt"
_SHOTS_MISSED = re.compile(
    r"\b(?:not (?:hurt|injured|struck|hit|wounded|harmed)|unhurt|unharmed|uninjured|missed)\b",
    re.IGNORECASE,
)
# ... or that no one was hit, anywhere in the sentence
_NO_ONE_HIT = re.compile(r"\b(?:neither|no one|nobody|none|missed)\b", re.IGNORECASE)


def _conjoined_harm(verb: Token) -> bool:
    """'were shot at and wounded', 'shot at and struck': a verb after it says they were hit."""
    return any(
        c.dep_ == "conj"
        and (_token_class(c) is not None or c.lemma_.lower() in _HIT_VERBS)
        # not "but none were struck" (a clause of its own) nor "but was not hurt"
        and not _negated(c)
        and not any(g.dep_.startswith("nsubj") for g in c.children)
        for c in verb.children
    )


def _shot_at_a_place(at: Token, headline_voice: bool = False) -> bool:
    """A passive's 'at' of where or when: "a woman was shot at a gas station", "six people were
    shot at an apartment building", "was shot at about 9:30 p.m.", "at close range". In local
    news such a person was hit; "officers were shot at", "was shot at by a deputy", "shot at on
    Boston Avenue" and an active "two men shot at a car" tell of shots fired at someone."""
    verb = at.head
    passive = (
        headline_voice
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or (
            verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN"  # "a man shot at a party"
        )
    )
    objects = [p for p in at.children if p.dep_ == "pobj"]
    # the verb's own clause, not another's ("... and a third man was shot at but not hit")
    other_clause = {
        t.i
        for c in verb.children
        if c.dep_ == "conj" and any(g.dep_.startswith("nsubj") for g in c.children)
        for t in c.subtree
        if t.i >= c.i
    }
    own_text = " ".join(t.text for t in verb.subtree if t.i not in other_clause)
    if (
        not passive
        or not objects
        or _SHOTS_MISSED.search(own_text)
        or _NO_ONE_HIT.search(verb.sent.text)
    ):
        return False
    obj = objects[0]
    if obj.lower_ in _FIRED_AT_OBJECTS:
        return False
    active = not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    # a headline's active "11 others shot at a block party" is hit; "two men shot at officers"
    # or "at a car" fired at them
    return not (
        active
        and (
            obj.lemma_.lower() in _FIRED_AT_TARGETS
            or noun_key(obj.lemma_.lower(), "shot") == "person"
        )
        and obj.pos_ != "PROPN"
    )


def _fatal_wound(wound: Token) -> bool:
    """'a fatal gunshot wound', not 'a non-fatal' or 'potentially fatal' one."""
    before = wound.doc[wound.left_edge.i : wound.i].text
    return bool(_FATAL.search(before)) and not _NOT_QUITE.search(before)


def _gunshot_wound(wound: Token) -> bool:
    """'a gunshot wound', 'bullet wounds'; not 'no gunshot wounds', a stab wound, 'injuries'."""
    return (
        wound.lemma_.lower() in _WOUND_NOUNS
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in wound.children)
        and any(t.lower_ in ("gunshot", "bullet") for t in wound.subtree)
    )


def _self_inflicted(wound: Token) -> bool:
    return any(t.lower_ in ("self", "self-inflicted", "inflicted") for t in wound.subtree)


def _harm_on_oneself(verb: Token) -> str | None:
    """'A 7-year-old boy shot himself in the leg', 'a man suffered a gunshot wound': the harm
    is the subject's. Not a fatal one ("fatally shot himself" is the gunman's end as often as a
    victim's), and only where the reflexive or the wound is the verb's only object."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp")]
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.lower_ in ("himself", "herself") and (harm := _token_class(verb)) in ("shot", "injured"):
        return harm
    if verb.lemma_.lower() in _SUFFER_VERBS and _gunshot_wound(obj):
        # in a list, the members' role ("two officers and a woman suffered gunshot wounds" is
        # 3 injured); alone, shot: a wound told like this is as often one of several victims'
        # (on the seen readings, 'injured' here lost 4 right injured counts); a fatal one killed
        if _fatal_wound(obj):
            return "killed"
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        in_list = subject is not None and any(c.dep_ == "conj" for c in subject.children)
        return "injured" if in_list else "shot"
    return None


def _outcome(verb: Token, rel: str, headline: bool = False) -> str | None:
    """'killed' / 'injured' when the verb says it happened to its `rel` argument: the subject
    of a passive or of "died" / "is dead", or the object; never the agent of an active verb
    ("a man shot and killed his wife")."""
    if _negated(verb) or any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return None  # "was not hurt"; "a woman was also wounded": one more, the total untold
    if _person_hit_by_gunfire(verb, rel):
        return "shot"
    if (
        verb.lemma_.lower() == "shoot"
        and _missed_or_not_a_gun(verb, headline_voice=headline)
        and not _conjoined_harm(verb)
    ):
        return None
    if rel == "nsubj" and any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return _harm_on_oneself(verb)
    words = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("acomp", "oprd")
        or (
            c.dep_ == "conj"
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            and not _on_himself(c)
        )
    ]
    if verb.lemma_.lower() == "find":  # "a man was found shot dead": shot, dead
        shot = [c for c in verb.children if c.dep_ == "xcomp"]
        shot += [g for c in shot for g in c.children if g.dep_ == "conj"]  # "shot and killed"
        words += shot + [g for c in shot for g in c.children if g.dep_ in ("acomp", "oprd")]
    if rel == "nsubj":  # "died after", "is dead" -- the subject of "shot" or "killed" shot
        words = [w for w in words if w.dep_ in ("acomp", "oprd") or w.lemma_.lower() in _DIE_VERBS]
    # a verb by its lemma only: "who lives in the home" is not "lives" lost
    classes = {
        _token_class(w) for w in words if w.pos_ != "VERB" or w.lemma_.lower() in ROLE_CLASSES
    }
    return next((r for r in ("killed", "injured", "shot") if r in classes), None)


def _phrase_head(tok: Token) -> Token:
    """The head of the apposition or list a person stands in: the word the verb governs."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


_CONDITION_VERBS = frozenset(["be", "remain", "list", "stay"])
_SHOOTING_WORDS = re.compile(r"\b(?:shot|shooting|gunshot|gunfire|bullet|wounded)\b", re.IGNORECASE)


def _in_condition(tok: Token) -> bool:
    """'A 4-year-old girl is in critical condition after ...', 'a man was listed in stable
    condition', 'a 29-year-old man is recovering': the person is alive and hurt. Only the
    subject's own verb; a condition is no harm's cause, so the slot says 'injured' with a note
    of its own (`CONDITION_PERSON_NOTE`) that the eval uses only where nothing else stands."""
    person = _phrase_head(tok)
    verb = person.head
    if person.dep_ not in ("nsubj", "nsubjpass") or _negated(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "recover":
        # "a woman is recovering after burglars ransacked her home", "from a heart attack": only
        # in a sentence of a shooting
        return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) and bool(
            _SHOOTING_WORDS.search(verb.sent.text)
        )
    if lemma not in _CONDITION_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            p.lemma_.lower() == "condition"
            and any(
                a.lower_ in _CONDITIONS | {"good"}
                for a in p.children
                if a.dep_ in ("amod", "compound")
            )
            for p in c.children
            if p.dep_ == "pobj"
        )
        for c in verb.children
    )


def _outcome_of_last_member(tok: Token) -> str | None:
    """'left a 1-year-old baby and a mother critically injured', 'A ten year old boy and two
    adults wounded after a shooting': the outcome the parser hangs on a list's last member is
    every member's, where the list stands as the object of 'left' or as a line with no verb."""
    if not (
        tok.dep_ == "ROOT"
        or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("leave", "render"))
    ):
        return None
    last = tok
    while nxt := [c for c in last.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]:
        last = nxt[-1]
    if last is tok or not (
        last.lemma_.lower() in PERSON_NOUNS | _ONE_PERSON_NOUNS or last.ent_type_ == "PERSON"
    ):
        return None  # "Suspect & 2 Victims Shot, Killed": the parser's "Shot" is no person
    return next(
        (
            _token_class(c)
            for c in last.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and not _negated(c) and _token_class(c)
        ),
        None,
    )


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# an ordinal that counts incidents or a period's victims, not this shooting's dead
_OTHER_INCIDENT = re.compile(
    r"\b(?:separate|unrelated|this (?:week|month|year)|since|in (?:a|the) (?:week|month|year))\b",
    re.IGNORECASE,
)


def _nth_dead(tok: Token) -> int | None:
    """'A fourth victim ... has died', 'a second teen has died': the toll has reached that
    number (with 'a'; 'the third victim, a woman, died' only places her in a list)."""
    ordinal = next(
        (_ORDINALS[c.lower_] for c in tok.children if c.dep_ == "amod" and c.lower_ in _ORDINALS),
        None,
    )
    if ordinal is None or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    ):
        return None
    if _OTHER_INCIDENT.search(tok.doc.text):
        return None  # "a third man was shot and killed in a separate incident"
    return ordinal if _implicit_role(tok, ordinal_ok=True) == "killed" else None


def _implicit_role(tok: Token, ordinal_ok: bool = False) -> str | None:
    """What happened to the one person an indefinite noun names: killed, injured or shot, by
    its own participle ("a man killed in ..."), relative clause ("a man who died") or verb; the
    gravest wins ("a woman who was shot Sunday died Monday" was killed)."""
    if not ordinal_ok and any(
        c.dep_ == "amod" and c.lower_ in ("second", "third", "fourth", "other")
        for c in tok.children
    ):
        return None  # "a second teen has died": more than one (`_nth_dead` reads the toll)
    if re.search(
        r"\b(?:in addition to|besides|along with)\b", tok.doc.text[: tok.idx], re.IGNORECASE
    ):
        return None  # "In addition to the boy, a girl was shot": one more, the total untold
    found: set[str | None] = set()
    named = _named_person(tok)
    for c in tok.children:
        if c.dep_ == "amod" and named:
            continue  # "fatal ... Local News": a name takes no adjective; a title's words do
        if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ") and not _negated(c):
            found.add(_token_class(c))
        elif (
            c.dep_ == "acl"
            and c.tag_ == "VBD"
            and not _negated(c)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
        ):
            # a participle the tagger calls a past tense: "a shooting that left an 8-year-old
            # boy injured"
            found.add(_token_class(c))
        if wounded := _suffering_a_gunshot_wound(c):
            found.add(wounded)  # "officers found a woman suffering from a gunshot wound"
        if c.dep_ == "relcl":
            rel = next((g.dep_ for g in c.children if g.lower_ in ("who", "that")), None)
            if rel in ("nsubj", "nsubjpass", "dobj"):
                found.add(_outcome(c, rel))
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for wound in prep.children:
                if wound.dep_ == "pobj" and _gunshot_wound(wound) and not _self_inflicted(wound):
                    # "officers found a man with a gunshot wound": hit (as "a man was shot"), or
                    # killed by a fatal one; a self-inflicted one is most often the gunman's end
                    found.add("killed" if _fatal_wound(wound) else "shot")
    person = _phrase_head(tok)  # "Trevor Williams, a 33-year-old man, was killed"
    if _death_of(person):
        found.add("killed")  # "the shooting death of a 3-year-old boy", "the death of Bell, 17"
    verb = person.head
    if person.dep_ == "nsubj" and (wounded := _suffering_a_gunshot_wound(verb)):
        found.add(wounded)
    if person.dep_ == "nsubjpass":  # "a man was found suffering from a gunshot wound"
        found.update(_suffering_a_gunshot_wound(c) for c in verb.children)
    if person.dep_ == "npadvmod" and verb.dep_ == "ROOT" and verb.lower_ == "dead":
        found.add("killed")  # a headline's "Belgrade boy dead after accidental shooting"
    if person.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ in ("VERB", "AUX"):
        rel = person.dep_
        conjoined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        if (
            rel == "nsubj"
            and person.left_edge.i == 0
            and person.lemma_.lower() in _IMPLICIT_PERSON_NOUNS
            and not any(c.dep_ in ("det", "poss") for c in person.children)
            and not tok.doc.text.rstrip().endswith(".")
            and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "ccomp") for v in conjoined for c in v.children)
        ):
            rel = "nsubjpass"  # a headline's "Man fatally shot": "was" dropped, not the agent
            found.add(_outcome(verb, rel, headline=True))  # "Man Shot At Gas Station"
        else:
            found.add(_outcome(verb, rel))
    if not found - {None}:
        # only a member with no outcome of its own takes the last one's ("left a woman
        # wounded and a man killed": she was wounded)
        found.add(_outcome_of_last_member(tok))
    role = next((r for r in ("killed", "injured", "shot") if r in found), None)
    return None if role is not None and _unrealized(tok) is not None else role


# Heads after which a list names the same people again ("two people, a man and a woman").
_GENERIC_PEOPLE = frozenset(
    ["people", "person", "victim", "other", "individual", "resident", "civilian"]
)


def _family_plural(noun: str | None) -> bool:
    """'two sons', 'two daughters' in a list: people, though not compared with 'people' alone."""
    return bool(noun) and (noun in _ONE_PERSON_NOUNS or noun.rstrip("s") in _ONE_PERSON_NOUNS)


_ONE_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])


_AGE_UNITS = frozenset(["year", "month", "week", "day"])


def _aged_one(tok: Token) -> bool:
    """'a 3-year-old', 'a 6-month-old': one person named by an age alone (spaCy makes 'old'
    the head, with the article and the age as its children)."""
    return (
        tok.lower_ == "old"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        and any(
            c.lemma_.lower() in _AGE_UNITS and any(g.pos_ == "NUM" for g in c.children)
            for c in tok.children
        )
    )


def _one_person(tok: Token) -> bool:
    """A singular noun, a name or a personal pronoun that stands for one person: 'a woman',
    'his wife', 'Barfield', 'he and six others were shot'."""
    if tok.tag_ == "PRP" and tok.lower_ in _ONE_PERSON_PRONOUNS:
        return True
    if _aged_one(tok):
        return True
    if any(c.dep_ == "nummod" for c in tok.children) or tok.tag_ not in ("NN", "NNP"):
        return False
    if any(c.lower_ == "unborn" for c in tok.children):
        return False  # "three people and an unborn baby killed": counted apart, if at all
    return tok.lemma_.lower() in _ONE_PERSON_NOUNS or tok.ent_type_ == "PERSON"


def _headline(doc: Doc) -> bool:
    """A title: no closing full stop and most words capitalized ("Child, Three Adults Injured
    in DeKalb Shooting")."""
    words = [t for t in doc if t.is_alpha]
    if not words or doc.text.rstrip().endswith((".", "!", "?")) or len(words) > 20:
        return False
    return sum(t.text[0].isupper() for t in words if len(t) > 3) * 3 >= 2 * len(
        [t for t in words if len(t) > 3]
    )


def _title_line(doc: Doc) -> bool:
    """A headline in title case, or a short line with no closing stop ("Woman, 2 children
    dead in murder-suicide": many outlets write headlines in sentence case)."""
    if _headline(doc):
        return True
    words = [t for t in doc if t.is_alpha]
    return bool(words) and len(words) <= 14 and not doc.text.rstrip().endswith((".", "!", "?"))


def _headline_comma(tok: Token) -> bool:
    """A headline's comma stands for "and": "Child, Three Adults Injured", "Parents, 2
    children dead" (the list opens the line; in a sentence the comma opens an apposition)."""
    doc = tok.doc
    if tok.dep_ != "appos" or "," not in (doc[tok.left_edge.i].text, doc[tok.left_edge.i - 1].text):
        return False  # (the parser hangs the comma on either side: "3 Men, 1 Woman Injured")
    if _closed_by_comma(tok) and not any(
        c.dep_ in ("amod", "acl") and _token_class(c) in ("killed", "injured", "shot")
        for c in tok.children
    ):
        # "Magnolia youth, Hank Bollen, dies": the youth, named; but a member that carries the
        # outcome ends at the line's own comma ("2 adults, 1 child dead in X, police say")
        return False
    return _headline(doc) or (_title_line(doc) and tok.head.left_edge.i == 0)


def _closed_by_comma(tok: Token) -> bool:
    """The phrase ends at a comma, dash or bracket: an apposition set off on both sides."""
    after = tok.right_edge.i + 1
    return after < len(tok.doc) and tok.doc[after].text in (",", "--", "—", ")")


def _pair_noun(tok: Token) -> bool:
    """'parents', 'a couple': two people, as a member of a list ("Parents, 2 children dead")."""
    lemma = tok.lemma_.lower()
    return (lemma == "parent" and tok.tag_ in ("NNS", "NNPS")) or (
        lemma == "couple" and tok.tag_ in ("NN", "NNP")
    )


def _kin_list_totals(doc: Doc, counted: list[tuple[Slot, Token]]) -> list[Slot]:
    """'His mother and grandmother were shot and killed', 'killed his wife and daughter': a
    list of people named one by one with neither a number nor 'a' (so no member is counted on
    its own) is a count of them all."""
    seen = {tok.i for _, tok in counted}
    out: list[Slot] = []
    for head in doc:
        if head.dep_ == "conj" or head.i in seen or head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        members = _list_members(head)
        if len(members) < 2 or not all(
            _one_person(m) and m.i not in seen and not _implicit_person(m) for m in members
        ):
            continue
        if head.dep_ == "appos" or any(t.text == ":" for t in doc[: head.i]):
            continue  # "two other children ...: Andrews' daughter and Brown's daughter"
        members.sort(key=lambda m: m.i)
        if any(
            t.pos_ in ("VERB", "AUX")
            for a, b in itertools.pairwise(members)
            for t in doc[a.i + 1 : min(t.i for t in b.subtree if t.i <= b.i)]
        ):
            # a verb between members: two clauses ("Toddler killed, adult critically injured")
            # or the parser's far apposition ("Jr. was shot ... with his mom and father")
            continue
        if any(
            c.dep_ in ("cc", "preconj") and c.lower_ in ("or", "nor", "either", "neither")
            for m in members
            for c in m.children
        ):
            continue  # "hurt her or her son", "neither the driver or the other passenger"
        role = _implicit_role(head)
        if role not in ("killed", "injured", "shot"):
            continue
        members.sort(key=lambda m: m.i)
        start = min(t.idx for t in members[0].subtree if t.i <= members[0].i)
        end = _end_with_name(members[-1])
        note = "total of " + " + ".join(m.text for m in members)
        out.append(_people_count(doc.text, start, end, len(members), role, note, implicit=True))
    return out


def _end_with_name(last: Token) -> int:
    """Where a list ends: its last member, or the name set beside it ("... and Hale's mother,
    Viola Warren"), so the total covers that person's own single."""
    name = next((c for c in last.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    tok = name if name is not None else last
    while name is not None:  # "his two sons, John and Jim": to the last name
        name = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        tok = name if name is not None else tok
    return tok.idx + len(tok.text)


def _list_members(head: Token) -> list[Token]:
    """The head of a list and its later members: "A, B and C", where spaCy hangs C off B or
    off A, and the middle of "his wife, daughter and son" as an apposition."""
    members, stack = [head], [head]
    while stack:
        for c in stack.pop().children:
            if _list_member(c):
                stack.append(c)
                if not _name_beside(c):
                    members.append(c)
    return members


def _name_beside(tok: Token) -> bool:
    """'his wife, Mary Smith, 34, and their son': the parser hangs the next member off the
    wife's name, an apposition of her, which is no other person; the members beyond it are
    still the list's. A headline's capitalized noun ("Teen, Mother Shot") is no name."""
    head = tok.head
    return (
        tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and head.lemma_.lower() in _ONE_PERSON_NOUNS
        and not _title_line(tok.doc)
    )


def _list_member(tok: Token) -> bool:
    """A later member of a list: a conjunct, or the middle of "A, B and C" that spaCy hangs
    as an apposition of A ("two men, a woman and three children")."""
    if tok.dep_ == "conj":
        # "shot five men and pistol-whipped a girl": a verb the parser hung on the noun ahead
        # of its determiner, possessive or number is a second clause, not a member's modifier
        # ("a wounded girl")
        lead = min(
            (c.i for c in tok.children if c.dep_ in ("det", "poss", "nummod", "predet")),
            default=None,
        )
        return lead is None or not any(t.pos_ == "VERB" and t.i < lead for t in tok.subtree)
    if _headline_comma(tok):
        return True
    if tok.dep_ != "appos" or not any(c.dep_ == "conj" for c in tok.children):
        return False
    # "two people, a man and a woman, were killed" closes with a comma: an apposition that
    # names the two, not more people
    return not _closed_by_comma(tok)


_CONDITIONS = frozenset(["critical", "serious", "stable", "fair", "grave"])

# A headline that opens with a list of people and their outcome: "Teen, 3 adults shot",
# "Police: 4 teens, 1 adult shot", "Man, child injured in shooting". Read by pattern, written
# here by hand: the parser hangs such short lines erratically ("Teen" as an adverb, the list
# as appositions of "Police"), so the dependency rules above miss most of them (26 of 35 on
# dev).
_HL_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
_HL_PERSON = (
    r"(?:m[ae]n|wom[ae]n|teens?|teenagers?|adults?|child(?:ren)?|kids?|boys?|girls?|people|"
    r"persons?|officers?|deput(?:y|ies)|toddlers?|infants?|bab(?:y|ies)|students?|brothers?|"
    r"sisters?|parents|mother|father|mom|dad|wife|husband|son|daughter|juveniles?|victims?|"
    r"bystanders?|others|passers?-?by|passersby|females?|males?|friends?|relatives?|cousins?|"
    r"sons|daughters|players?|\d+-(?:year|month)-old)"
)
# a modifier word ("young", "16-Year-Old"), never a multiplier ("two dozen people")
_HL_MODIFIER = r"(?:(?!(?:dozens?|hundreds?|few|couple|several|many|some|more)\b)[\w'’-]+\s+)?"
_HL_MEMBER = rf"(?:{_HL_NUM}\s+)?{_HL_MODIFIER}{_HL_PERSON}"
# "Teen, 3 adults shot", "Teen, man and 2 women shot", and a bare pair ("3-year-old and four
# adults shot", which the parser reads as an age and four)
_HL_PASSIVE_LIST = (
    rf"(?P<list>{_HL_MEMBER}(?:(?:\s*,\s*{_HL_MEMBER})+"
    rf"(?:,?\s+and\s+{_HL_MEMBER})?|\s+and\s+{_HL_MEMBER}))\s+(?:were\s+|are\s+)?(?:found\s+)?"
    r"(?P<outcome>shot\s+to\s+death|shot\s+dead|shot,?\s+(?:and\s+)?killed|shot|killed|dead|"
    r"injured|wounded|hurt)\b"
    # not a verb with its object: "Man and teen shot 7-year-old girl", "shot at each other"
    rf"(?!\s+(?:{_HL_NUM}|the|his|her|their|its|at\s+each|each|{_HL_PERSON}|intruders?|neighbors?|"
    r"suspects?|robbers?|burglars?)\b)"
)
_HEADLINE_LIST = re.compile(rf"^(?:[A-Z][a-z]+:\s*)?{_HL_PASSIVE_LIST}", re.IGNORECASE)
# the same list after "leaves" or "after" ("Shooting leaves 2-year-old, 3 others shot"),
# tried only when the line does not open with one
_HEADLINE_LIST_AFTER = re.compile(
    rf"^.*?\b(?:leaves|leave|left|after)\s+{_HL_PASSIVE_LIST}", re.IGNORECASE
)
# "Gunman kills officer, 3 others", "Man shoots wife, 2 children": the list as the object
_HEADLINE_ACTIVE_LIST = re.compile(
    r"\b(?P<outcome>kill(?:s|ed|ing)?|shoot(?:s|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing))\s+"
    rf"(?P<list>{_HL_MEMBER}(?:\s*,\s*{_HL_MEMBER})+(?:,?\s+and\s+{_HL_MEMBER})?)"
    r"(?=\s*(?:$|[,;:.]|-|\s(?:in|at|on|near|after|before|during|outside|inside|then)\b))",
    re.IGNORECASE,
)
_HL_SECOND_VERB = re.compile(
    r"\b(?:kill|shoot|wound|injur|graz|hurt|leav|hit|strik|critically|fatally)\w*\s", re.IGNORECASE
)
# a member opening with a word in -s and another word is a second verb ("kills wife, stabs
# daughter"), save a possessive ("his wife")
_HL_VERB_LIKE = re.compile(r"(?:^|,)\s*(?!(?:his|its|hers)\b)[a-z]+s\s+[a-z]", re.IGNORECASE)
_HL_ACTIVE_OUTCOME = {"kill": "killed", "shoo": "shot", "woun": "injured", "inju": "injured"}
_HL_ONE_MEMBER = re.compile(
    rf"(?:and\s+)?(?:(?P<num>{_HL_NUM})\s+)?{_HL_MODIFIER}(?P<noun>{_HL_PERSON})", re.IGNORECASE
)
_HL_OUTCOME = {
    "shot": "shot", "killed": "killed", "dead": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured",
}  # fmt: skip


def _headline_list_total(text: str) -> Slot | None:
    """The total of a headline's list of people ("Teen, 3 adults shot" = 4 shot; "Gunman kills
    officer, 3 others" = 4 killed); none when a plural member has no number ("Man, children
    hurt")."""
    m = (
        _HEADLINE_LIST.match(text)
        or _HEADLINE_LIST_AFTER.match(text)
        or _HEADLINE_ACTIVE_LIST.search(text)
    )
    if m is None or (
        m.re is _HEADLINE_ACTIVE_LIST
        and (_HL_SECOND_VERB.search(m.group("list")) or _HL_VERB_LIKE.search(m.group("list")))
    ):
        return None  # "Bullet kills man, grazes child": a second verb, not a list
    total = 0
    pieces = re.split(r"\s*,\s*|\s+and\s+", m.group("list"))
    for piece in pieces:
        member = _HL_ONE_MEMBER.fullmatch(piece.strip())
        if member is None:
            return None
        noun = member.group("noun").lower()
        if member.group("num"):
            total += int(parse_number(member.group("num")) or 0)
        elif noun == "parents":
            total += 2
        elif noun.endswith(("s", "men", "children", "people")):
            return None  # a plural without its number ("Man, teens hurt")
        else:
            total += 1
    outcome = m.group("outcome").lower()
    if m.re is _HEADLINE_ACTIVE_LIST:
        role = _HL_ACTIVE_OUTCOME[outcome[:4]]
    elif outcome.startswith(("shot ", "shot,")):
        role = "killed"
    else:
        role = _HL_OUTCOME[outcome]
    start, end = m.span("list")
    return _people_count(
        text, start, end, total, role, "total of " + " + ".join(p.strip() for p in pieces)
    )


# "a quadruple shooting" (four people shot), "a triple homicide" (three killed); not a
# "double murder-suicide", whose count of the dead is unsure
_MULTIPLE_VICTIMS = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)[- ](?P<act>shooting|fatal shooting|homicide|"
    r"murder|slaying|killing)\b(?![- ](?:and[- ])?suicide)",
    re.IGNORECASE,
)
_MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def _multiple_victim_slots(text: str) -> list[Slot]:
    """'Teenager injured during quadruple shooting' says four people were shot; 'a triple
    homicide' says three were killed."""
    out = []
    for m in _MULTIPLE_VICTIMS.finditer(text):
        n = _MULTIPLE_N[m.group("n").lower()]
        role = "shot" if m.group("act").lower() == "shooting" else "killed"
        note = f"a {m.group('n').lower()} {m.group('act').lower()}"
        out.append(_people_count(text, m.start(), m.end(), n, role, note))
    return out


# ", one fatally", ", two of them fatally" right after a count of people shot
_FEW = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
_FATALLY_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,6}}\s*,\s*(?:including\s+)?(?P<k>{_FEW})(?:\s+of\s+them)?\s+"
    r"(?:fatally|mortally)\b",
    re.IGNORECASE,
)
# "Six people were shot, two of whom died", "four victims wounded, two of them already dead"
_DEAD_OF_THEM_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,6}}\s*,\s*(?P<k>{_FEW})\s+of\s+(?:them|whom)\s+"
    r"(?:(?:were|was|are|is|have|has|had|later|already|since|been|now)\s+)*"
    r"(?:dead|died|killed|succumbed)\b",
    re.IGNORECASE,
)


def _exact_people_count(s: Slot, role: str) -> bool:
    """A stated, exact count of people with this role ("six people were shot"); not "more than
    six", whose part cannot be taken from it, nor a person told without a number."""
    return (
        s.kind == "quantity"
        and s.role == role
        and not s.implicit
        and s.value is not None
        and s.low == s.high
        and noun_key(s.noun, s.role) == "person"
    )


def _wounded_rest(s: Slot, dead: float, told: str) -> Slot:
    """The people shot less the dead among them, as the injured count."""
    n = (s.value or 0) - dead
    return dataclasses.replace(
        s,
        value=n,
        low=n,
        high=n,
        noun="people",
        role="injured",
        note=f"shot less killed: {s.text} - {told}",
    )


def _shot_less_killed(slots: list[Slot], text: str) -> list[Slot]:
    """'Six people were shot, one fatally' also says five were wounded: the people shot less
    the dead told right after them, as an injured count."""
    out = []
    for s in slots:
        if (
            not _exact_people_count(s, "shot")
            or (m := _FATALLY_AFTER.match(text, s.end) or _DEAD_OF_THEM_AFTER.match(text, s.end))
            is None
        ):
            continue
        killed = parse_number(m.group("k")) or 0
        if 0 < killed < (s.value or 0):
            out.append(_wounded_rest(s, killed, m.group("k")))
    return out


# ", including a 17-year-old female who succumbed": one of the counted died; not "including a
# friend of the teenager who died" (the "who" is another person's)
_INCLUDING_ONE_DEAD = re.compile(
    r"(?:\s+[\w'’-]+){0,6}\s*,\s*including\s+(?:a|an|one)\b(?:(?!\bof\b)[^.;]){0,80}?\bwho\s+"
    r"(?:later\s+|has\s+since\s+|since\s+|had\s+)?(?:died|succumbed|was\s+killed|passed\s+away)\b",
    re.IGNORECASE,
)


def _injured_including_the_dead(slots: list[Slot], text: str) -> list[Slot]:
    """'Three people were injured, including a 17-year-old who succumbed to her injuries',
    'four victims wounded, two of them already dead': the count is of the people shot, and
    the rest of them the wounded."""
    out = []
    for s in slots:
        if (
            not _exact_people_count(s, "injured")
            or (s.note or "").startswith("shot less killed")  # the wounded already
            # "Two were killed and four wounded, one of whom later died": the wounded are not
            # all the shot
            or any(o.role == "killed" and o.start < s.start for o in slots)
            # a list's first member: its total is the count ("Two men and a woman were injured")
            or any(
                o is not s and (o.note or "").startswith("total of") and o.start <= s.start < o.end
                for o in slots
            )
        ):
            out.append(s)
            continue
        if _INCLUDING_ONE_DEAD.match(text, s.end):
            dead, told = 1, "the one who died"
        elif m := _DEAD_OF_THEM_AFTER.match(text, s.end):
            dead, told = parse_number(m.group("k")) or 0, m.group("k")
        else:
            out.append(s)
            continue
        if not 0 < dead < (s.value or 0):
            out.append(s)
            continue
        out.append(dataclasses.replace(s, role="shot"))
        out.append(_wounded_rest(s, dead, told))
    return out


def _along_with_totals(counted: list[tuple[Slot, Token]], text: str) -> list[Slot]:
    """'A man was wounded along with two women', 'Teen girl shot along with three others',
    'The two men, along with two others, were shot': a person or a count and the people along
    with them who share the harm are one total. The person must be counted with that harm
    (not the gunman who "killed two of his cousins, along with three other people")."""
    by_tok = {tok.i: slot for slot, tok in counted}
    out: list[Slot] = []
    for slot, tok in counted:
        if (
            slot.implicit
            or slot.role not in ("killed", "injured", "shot")
            or not (noun_key(slot.noun, slot.role) == "person" or _family_plural(slot.noun))
            or tok.dep_ != "pobj"
            or tok.head.lower_ != "with"
            or tok.head.i == 0
            or tok.doc[tok.head.i - 1].lower_ != "along"
        ):
            continue
        who = False
        # "along" heads "with", or is a particle of the verb that "with" hangs on
        owner = tok.head.head.head if tok.head.head.lower_ == "along" else tok.head.head
        if owner.pos_ in ("NOUN", "PROPN"):
            subject = owner  # "The two men, along with two others, were shot"
        else:
            verb = owner
            while (
                verb.dep_ in ("xcomp", "conj")
                and verb.head.i != verb.i
                # a conjoined clause with its own subject is its own ("... and a woman was
                # killed along with her two children")
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            ):
                verb = verb.head  # "was found shot to death along with", "shot and killed"
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
                # "Smith, who was found shot", not "Smith, who killed his wife": the harm is his
                who = subject.lower_ == "who" and subject.dep_ == "nsubjpass"
                subject = verb.head
        if subject is None or subject.i > tok.i:
            continue
        first = by_tok.get(subject.i)
        if first is None and who and subject.tag_ == "NNP" and not _list_member(subject):
            # "Kelcii Flintroy, who was found shot to death along with three others": "who"
            # makes a name the model tagged a place (or nothing) one person, told with the harm
            first = dataclasses.replace(slot, value=1, low=1, high=1, implicit=True)
        if any(c.dep_ == "conj" for c in subject.children):
            continue  # "A man and a woman were shot along with two others": the list's total
        if any(c.dep_ in ("relcl", "acl") and _token_class(c) != slot.role for c in tok.children):
            continue  # "along with two others who were stabbed": a clause of their own
        if first is None or first.role != slot.role:
            continue
        if not (noun_key(first.noun, first.role) == "person" or _family_plural(first.noun)):
            continue
        n = (first.value or 0) + (slot.value or 0)
        start = min(t.idx for t in subject.subtree if t.i <= subject.i)
        note = f"total of {text[subject.idx : subject.idx + len(subject.text)]} + {slot.text}"
        out.append(_people_count(text, start, tok.idx + len(tok.text), n, slot.role, note))
    return out


_AND_AN_NTH = re.compile(
    r"\band\s+an?\s+(?P<nth>second|third|fourth|fifth|sixth)\b(?P<rest>[^.;,]*)", re.IGNORECASE
)
_NTH_DIED = re.compile(
    r"^\s+(?:(?:(?:one|person|victim|man|woman|boy|girl|teen)\s+)?(?:later\s+)?"
    r"(?:died|succumbed|was\s+(?:killed|pronounced\s+dead))"
    # gapped, "and a fourth one at a hospital": no verb of its own after the place
    r"|(?:one\s+)?(?:at|in)\s+(?:a|the)\s+\w+(?:\s+\w+)?\s*$)",
    re.IGNORECASE,
)


def _toll_with_a_next_death(slots: list[Slot], text: str) -> list[Slot]:
    """'Four victims died at the scenes and a fifth died while being rushed to ...', 'three
    men died at the scene and a fourth one at a hospital': the dead and the next one are the
    toll (not 'three are dead and a fourth is wounded')."""
    out = []
    for s in slots:
        if (
            s.kind != "quantity"
            or s.role != "killed"
            or s.implicit
            or s.unit is not None
            or s.hedge is not None
            or not (s.noun == "part" or noun_key(s.noun, s.role) == "person")
        ):
            continue
        m = _AND_AN_NTH.search(text, s.end)
        n = _ORDINALS[m.group("nth").lower()] if m is not None else None
        if n != (s.value or 0) + 1 or not _NTH_DIED.match(m.group("rest")):
            continue
        note = f"total of {s.text} + a {m.group('nth')}"  # stands for the count it holds
        out.append(_people_count(text, s.start, m.end("nth"), n, "killed", note))
    return out


def _coordinated_totals(counted: list[tuple[Slot, Token]], text: str) -> list[Slot]:
    """'Two civilians and one police officer were killed' also says 3 were killed: outlets
    that give the total ("three people were killed") agree with it, not with either part.
    A member named by a singular noun or a name counts one ("his wife and four children" are
    5); a member with neither ("two men and children") leaves the list without a total."""
    by_tok = {tok.i: slot for slot, tok in counted}
    heads: dict[int, Token] = {}
    for _, tok in counted:
        head = tok
        # a noun the parser hung as a conjunct of a verb ("was killed, and three women and a
        # man injured") opens its own list
        while _list_member(head) and head.head.i != head.i and head.head.pos_ != "VERB":
            head = head.head
        if any(_list_member(c) for c in head.children):
            heads[head.i] = head
    out: list[Slot] = []
    for head in heads.values():
        if head.dep_ == "appos" and head.head.i in by_tok:
            continue  # "two people, a man and a woman, were killed": the two, named again
        if head.i in by_tok and any(
            t.text == ":" for t in head.doc[head.i + 1 : max(c.i for c in head.subtree) + 1]
        ):
            # "two other children, who are in critical condition: Andrews' daughter and Brown's
            # daughter": the names after the colon are the two, not more
            continue
        members = _list_members(head)
        members.sort(key=lambda m: m.i)
        if not all(m.i in by_tok or _one_person(m) or _pair_noun(m) for m in members):
            continue
        if any(_token_class(m) or m.lower_ in _CONDITIONS for m in members):
            continue  # "3 Dead, 1 Critical", "2 Dead, 3 Hurt": outcomes listed, not people
        if members[0].i in by_tok and (
            named := [c for c in members[0].children if c.dep_ == "appos" and c not in members]
        ):
            # "Two children, a five year and a six year old were injured": the apposition
            # and the parser's conjunct name the same two, not more people
            rest = len(named) + sum(
                by_tok[m.i].value or 0 if m.i in by_tok else 1 for m in members[1:]
            )
            if rest == by_tok[members[0].i].value:
                continue
        named_end = 0
        for k, m in enumerate(members[:-1]):
            count = by_tok[m.i].value if m.i in by_tok else None
            if (
                count is None
                or by_tok[m.i].implicit
                or not 1 < count <= 10
                or not float(count).is_integer()
                or m.nbor(1).text != ","
            ):
                continue
            names = members[k + 1 : k + 1 + int(count)]
            if len(names) == count and all(
                r.pos_ == "PROPN" and (r.i not in by_tok or by_tok[r.i].implicit) for r in names
            ):
                # "Roary and his two sons, Julian Roary Jr., 12, and Ian Roary", "Two men, Jose
                # Perez and Luis Ortiz, and a woman": the names right after a counted member
                # are its people, not more
                named_end = names[-1].idx + len(names[-1].text)
                members = members[: k + 1] + members[k + 1 + int(count) :]
                break
        if len(members) < 2:
            continue
        parts = [by_tok[m.i] for m in members if m.i in by_tok]
        singles = [m for m in members if m.i not in by_tok]
        if (
            all(_headline_comma(m) for m in members[1:])
            and len(roles := {p.role for p in parts} - {None}) == 1
        ):
            # a headline's outcome is every member's, though the parser hangs it on the last:
            # "2 adults, 2 children killed", "3 Men, 1 Woman Injured"
            parts = [dataclasses.replace(p, role=next(iter(roles))) for p in parts]
        if (
            members[0].i in by_tok
            and (members[1].dep_ == "appos" or members[0].nbor(1).text == ",")
            and members[0].lemma_.lower() in _GENERIC_PEOPLE
        ):
            # "Six people, three men and three women, were wounded": the parser may hang the
            # naming list as conjuncts of the head; a comma after the head and parts that add up
            # to it still name the same people
            rest = sum(by_tok[m.i].value or 0 if m.i in by_tok else 1 for m in members[1:])
            if rest == by_tok[members[0].i].value:
                continue  # "two people, a man and a woman": the same two, named
        if len({p.role for p in parts}) != 1 or parts[0].role not in ("killed", "injured", "shot"):
            continue
        # "the suspect and the four people who were injured": the role is the counted noun's own
        # clause, not shared with the singular member
        if singles and any(
            c.dep_ in ("relcl", "acl", "amod")
            and _token_class(c) == parts[0].role
            # a headline's outcome is every member's: "Child, Three Adults Injured",
            # "Woman, 2 children dead"
            and not (c.dep_ in ("acl", "amod") and _title_line(c.doc) and m.i == members[-1].i)
            for m in members
            if m.i in by_tok
            for c in m.children
        ):
            continue
        if any(noun_key(p.noun, p.role) != "person" and not _family_plural(p.noun) for p in parts):
            continue

        def member_start(m: Token) -> int:
            # a counted member starts at its number; a single one at its determiner ("his wife")
            if m.i in by_tok and not by_tok[m.i].implicit:
                return by_tok[m.i].start
            return min(t.idx for t in m.subtree if t.i <= m.i)

        start = min(member_start(m) for m in members)
        end = max(_end_with_name(members[-1]), named_end)
        pieces = [
            by_tok[m.i].text
            if m.i in by_tok and not by_tok[m.i].implicit
            else text[member_start(m) : m.idx + len(m.text)]
            for m in members
        ]
        one = sum(2 if _pair_noun(m) else 1 for m in singles)
        # "one DART officer and four Dallas police officers": five officers, comparable with
        # "five officers"; a list of different people ("officers and civilians") is people
        nouns = {p.noun for p in parts}
        noun = parts[0].noun if not singles and len(nouns) == 1 and parts[0].noun else "people"
        out.append(
            Slot(
                kind="quantity",
                text=text[start:end],
                start=start,
                end=end,
                value=sum(p.value or 0 for p in parts) + one,
                low=sum(p.low or 0 for p in parts) + one,
                high=sum(p.high or 0 for p in parts) + one,
                hedge=next((p.hedge for p in parts if p.hedge), None),
                noun=noun,
                role=parts[0].role,
                note="total of " + " + ".join(pieces),
                implicit=all(p.implicit for p in parts),
            )
        )
    return out


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
    return any(_token_class(t) in same for t in span.doc[: span.start] if t.i != verb.i)


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
    """All slots of one parsed sentence, and the last day-level date it mentions."""
    text = doc.text
    slots: list[Slot] = []
    taken: list[tuple[int, int]] = []
    # read once: the NER takes shares and parts of a scale for dates and counts ("A quarter of
    # the guns", "one in five Americans", "half a million")
    sentence_shares = shares(text)
    scale_parts = [(m.start(), m.end()) for m in PART_OF_A_SCALE_RE.finditer(text)]

    # ---------- dates and times ----------
    recount: list[tuple[int, int, str]] = []
    temporal: list[tuple[int, int, str]] = [
        (e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TEMPORAL_LABELS
    ]
    for rx in (_EXTRA_TEMPORAL, _ABBR_WEEKDAY, D.HOLIDAY_RE, _FULL_DATE):
        for m in rx.finditer(text):
            temporal.append((m.start(), m.end(), "DATE"))
    temporal.extend(_years_of_events(doc, temporal))
    temporal = [piece for t in temporal for piece in split_offset(t, text)]
    temporal = [piece for t in temporal for piece in _count_off_the_end(doc, t, recount)]
    place_zone = local_zone(doc) if temporal else None  # the zone of a place the sentence names
    for s, e, _lab in merge_spans(temporal, text):
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
        piece = text[s:e]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not piece.strip():
            continue
        if (
            D.HOLIDAY_RE.fullmatch(piece.strip())
            and span[-1].dep_ == "compound"
            and span[-1].head.lemma_.lower() not in _HOLIDAY_EVENTS
        ):
            continue  # "the Christmas tree": no day; "a Christmas Day shooting" has one
        if _FRACTION.search(text[max(0, s - 3) : e + 12]):
            continue  # "2 1/2 hours", "1/2 mile": a fraction, not a month/day date
        if (
            re.fullmatch(r"\d{4}", piece.strip())
            and span.root.dep_ == "nummod"
            and span.root.head.tag_ == "NNS"
            and span.root.head.lemma_.lower() not in _YEAR_EVENT_NOUNS
            # "In 2019 20 murders were recorded": the count is the number after the year
            and not (span.end < len(doc) and doc[span.end].like_num)
        ):
            recount.append((s, e, "CARDINAL"))  # "2000 residents": a count, not a year
            continue
        if _GRID_ADDRESS.fullmatch(piece.strip()) or (
            re.fullmatch(r"\d{4}", piece.strip()) and _STREET_AFTER.match(text, e)
        ):
            continue  # a house number
        taken.append((s, e))
        am = _AGE.match(piece.strip())
        age = parse_number(am.group(1)) if am else None  # "four years old", "a year old"
        if am and age is not None:
            nt = span.root.head if span.root.head.i >= span.end else None
            age_noun = nt.lemma_.lower() if nt is not None else None
            if nt is not None and nt.ent_type_ == "PERSON":
                # "48-year-old Joseph Horn" vs "5-year-old Thomas Horn": the whole name says
                # whose age it is (family members share the surname)
                age_noun = full_name(nt)
            slots.append(
                Slot(
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
            )
            continue
        if is_duration(piece):
            got = D.parse_duration(piece)
            assert got is not None
            value, lo, hi, unit, hedge = got
            offset = offset_date(doc, slots, s, e, lo, hi, unit)
            if offset is not None:
                slots.append(offset)
                continue
            before = text[max(0, s - 60) : s].lower()
            role = None
            if re.search(r"\b(first|last)\b[^.;]*\b(in|since)\s*$", before) or re.search(
                r"\bfor the first time in\s*$", before
            ):
                role = "since_last"
            elif re.search(
                r"\b(for|over the past|over the last|in the past|in the last)\s*$", before
            ):
                role = "for"
            elif _WINDOW.match(piece) and re.search(r"\b(?:over|in|during|within)\s*$", before):
                # "cases rose over the past two weeks", "an average over the last seven days": the
                # period a figure is measured over, the writer's choice (never compared); not
                # "missing for the past three days", the length of the fact itself
                role = "window"
            vs, ve = (
                implied_start(lo, hi, unit, published)
                if role in ("since_last", "for")
                else (None, None)
            )
            slots.append(
                Slot(
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
            )
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
        tense = weekday_tense(span)
        if (
            tense == "future"
            and _START_BEFORE.search(text, max(0, s - 25), s)
            and D.MONTH_WORD.search(piece)
        ):
            # "From 8 October the reports will be combined", told on 10 October: a start that
            # may be just past, not the same day a year on; the nearer one
            tense = "nearest"
        ctx = D.Context(
            published=published,
            tense=tense,
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
        kind = (
            "time" if tv.tod is not None and tv.granularity in ("minute", "part_of_day") else "date"
        )
        slots.append(
            Slot(
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
        )
        if tv.day is not None and tv.resolved and role != "report":
            previous = tv.day

    # ---------- figures ----------
    # shares and multiples first: the NER reads "one in five Americans" as two counts
    for sh in sentence_shares:
        span = doc.char_span(sh.start, sh.end, alignment_mode="expand")
        if span is None or any(a <= sh.start < b or a < sh.end <= b for a, b in taken):
            continue
        unit = "%" if sh.kind == "percent" else "×"
        _noun, _modifies, role = _count_context(span, unit)
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
        noun, modifies, role = _count_context(counted_span, fig.unit)
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
        if (
            fig.kind == "quantity"
            and fig.unit is None
            and fig.hedge is None
            and noun is None
            and (1800 <= fig.value <= 2100 and float(fig.value).is_integer())
        ):
            continue  # a year, not a count
        if (
            fig.kind == "quantity"
            and s > 0
            and text[s - 1] in "'’‘"
            and re.fullmatch(r"\d\d", piece)
        ):
            continue  # an abbreviated year ("in ’91"), not a count
        if (
            (
                re.match(r"\.\d{2,3}\b", piece) and fig.kind != "percent"  # not ".02%"
            )
            or re.search(r"\.\d{2,3}-$", text[max(0, s - 5) : s])
        ):
            continue  # ".30-06", ".22-caliber": a calibre, not a count
        if re.match(r"\s*o['’]?\s?clock\b", text[e:], re.IGNORECASE):
            continue  # "around six o'clock": an hour, not a count
        if (
            fig.kind == "quantity"
            and piece.isdigit()
            and _STREET_BEFORE.search(text[max(0, s - 25) : s])
            and _STREET_AFTER.match(text, e)
        ):
            continue  # "outside 12-14 Copeland St.": a street number, not a count
        if (
            piece.lower() == "one"
            and (
                _ONLY_ONE_BEFORE.search(text, max(0, s - 12), s) or _ONE_OF_THE_BEST.match(text, e)
            )
            # "the only one killed", "one of the most wanted men was arrested": still a count
            and not any(w in ROLE_CLASSES for w in re.findall(r"[a-z]+", text[e:].lower()))
        ):
            continue  # "the only one to predict it", "one of the best cars": no count
        if (
            fig.kind == "quantity"
            and fig.unit is None
            and noun_key(noun, role) != "person"  # "at that stage 5 people were killed"
            and _in_a_name(text, s, e)
        ):
            continue  # "covid 19", "tier 3 areas", "Phase 3 trials", "5G": a name, not a count
        if _GALLERY.search(text[max(0, s - 30) : s]):
            continue  # "Image 1 of 16": a photo gallery's counter left in the page text
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
    for tok in doc:
        aged = tok.lower_ == "old"  # "a 17-year-old": the words are also the age's slot
        implicit = _implicit_person(tok)
        if not (implicit or _kin_single(tok)) or (
            not aged and any(a <= tok.idx < b for a, b in taken)
        ):
            continue
        if (nth := _nth_dead(tok)) is not None:
            start = min(c.idx for c in tok.subtree if c.i <= tok.i)
            end = tok.idx + len(tok.text)
            note = "the toll an ordinal gives"
            slots.append(_people_count(text, start, end, nth, "killed", note, implicit=True))
            continue
        role = _implicit_role(tok)
        in_condition = role is None and _in_condition(tok)
        if in_condition:
            role = "injured"
        elif role is None:
            continue
        noun = tok.lemma_.lower()
        if noun not in PERSON_NOUNS:
            noun = "person"
        if role in ("injured", "shot") and _one_of_the_rest(tok):
            noun = ONE_OF_SEVERAL_NOUN
        start = tok.idx
        if aged:  # "a 17-year-old" from its number; a headline's "2-year-old" has no article
            first = tok.left_edge
            start = doc[first.i + 1].idx if first.dep_ == "det" else first.idx
        end = tok.idx + len(tok.text)
        if in_condition:
            note = CONDITION_PERSON_NOTE
        elif _named_person(tok):
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
    slots.extend(_coordinated_totals(counted, text))
    slots.extend(_along_with_totals(counted, text))
    slots.extend(_toll_with_a_next_death(slots, text))
    slots.extend(_kin_list_totals(doc, counted))
    slots.extend(_shot_less_killed(slots, text))
    slots = _injured_including_the_dead(slots, text)
    slots = _others_shot_after_the_dead(slots, text)
    slots.extend(_multiple_victim_slots(text))
    slots = _singles_among_the_shot(slots, doc)
    slots.extend(_wounded_by_condition(slots, text))
    slots.extend(_another_after_a_condition(slots, text))
    slots.extend(_also_after_a_single(slots, doc))
    slots.extend(_one_more_hurt_after_the_dead(slots, text))
    if is_aggregate(text):
        slots = [
            dataclasses.replace(sl, aggregate=True)
            if sl.kind == "quantity" and ROLE_CLASSES.get(sl.role or "") in HARM_ROLES
            else sl
            for sl in slots
        ]
    listed = _headline_list_total(text) if _title_line(doc) else None
    if listed is not None and not any(
        s.note and s.note.startswith("total of") and s.value == listed.value for s in slots
    ):
        slots.append(listed)

    # ---------- names ----------
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
    slots.sort(key=lambda sl: (sl.start, sl.end))
    return slots, previous


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
        out.append([_with_ahead(s, published) for s in slots])
    return out


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
