"""Which event a date in a sentence belongs to, and the tense that places a weekday.

The dependency parse says which verb or noun a date hangs from: "shot on Saturday" dates the
shooting, "police said Monday" is a report's date, "scheduled his plea for Thursday" lies ahead,
"no one answered the door Tuesday" is when the reporter looked. Hand-written rules over spaCy's
parse (no library resolves a news date's role); each is recorded in docs/slots.md.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from factcheck.slots import dates as D
from factcheck.slots.quantities import ROLE_CLASSES
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

# The roles of harm: a date or a count told with one of these is about the shooting itself.
HARM_ROLES = frozenset(["killed", "injured", "shot"])
# A weekday name or its abbreviation ("Tues", "Thurs").
WEEKDAYISH = re.compile(r"\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\b", re.IGNORECASE)

REPORTING = {
    "say", "tell", "report", "announce", "add", "state", "confirm", "according", "note",
    "explain", "write", "post", "tweet", "claim", "describe", "reveal", "comment", "release",
    "publish", "update",
}  # fmt: skip
FUTURE_CUES = {"will", "'ll", "shall", "wo"}
FUTURE_VERBS = {"plan", "schedule", "expect", "set", "due", "intend", "aim", "hope", "prepare"}
_SINCE_CUE = re.compile(
    r"\b(since|last\s+\w+ed|previous(?:ly)?|last time|the last)\b[^.;]*$", re.IGNORECASE
)


_DUE_MODALS = frozenset(["should", "may", "must", "shall"])


_SCHEDULING_VERBS = frozenset(
    ["schedule", "reschedule", "set", "slate", "postpone", "delay", "push", "move", "continue"]
)


def _scheduled_for(tok: Token, verb: Token) -> bool:
    """ "scheduled his plea for Thursday", "set sentencing for Feb. 3", "postponed until Friday":
    the day an event was put on, which lies ahead of the telling even in the past tense."""
    prep = tok.head if tok.dep_ == "pobj" else tok.head.head if tok.head.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in ("for", "until", "to")
        and prep.head.i == verb.i
        and verb.lemma_.lower() in _SCHEDULING_VERBS
    )


def _past_plan(head: Token) -> bool:
    """ "were expected to be arraigned Saturday", "was scheduled to arrive Tuesday": a plan told
    in the past; its day may be the one before the telling or the one after, so the nearer."""
    return head.tag_ == "VBD" or any(
        k.tag_ == "VBD" and k.dep_ in ("aux", "auxpass") for k in head.children
    )


def _tense(tok: Token) -> D.Tense:
    """Past or future from the verb that governs the date (the date's own clause)."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    kids = list(verb.children)
    if any(
        k.lower_ in FUTURE_CUES or (k.dep_ == "aux" and k.lower_ in ("will", "'ll")) for k in kids
    ):
        return "future"
    # "should face a judge on Monday", "could open Friday": a modal with a bare verb looks ahead.
    if (
        verb.tag_ == "VB"
        and any(k.tag_ == "MD" for k in kids)
        and not any(k.lower_ == "have" for k in kids)
    ):
        return "future"
    # ... and in the passive with a modal of what is due: "should be released Friday", "may be
    # arraigned Monday". Not "would" nor "could": in news they mostly narrate the past ("his body
    # would later be found Sunday", "gunfire could be heard around 11 p.m. Tuesday")
    if (
        verb.tag_ == "VBN"
        and any(k.tag_ == "MD" and k.lower_ in _DUE_MODALS for k in kids)
        and any(k.dep_ == "auxpass" and k.tag_ == "VB" for k in kids)
        and not any(k.lower_ == "have" for k in kids)
    ):
        return "future"
    # "is due in court again Tuesday", "are due back Monday": what is due is ahead
    if (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and any(k.dep_ == "acomp" and k.lower_ == "due" for k in kids)
    ):
        return "future"
    # "is scheduled to arrive on Tuesday", "plans to visit Tuesday"
    if verb.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
        head = verb.head
        if head.lemma_.lower() in FUTURE_VERBS or head.lower_ in ("going", "due"):
            return "nearest" if _past_plan(head) else "future"
    if (
        verb.lemma_.lower() in FUTURE_VERBS
        and verb.tag_ in ("VBN", "JJ")
        and any(k.lower_ in ("is", "are", "be") for k in kids)
    ):
        return "future"
    if _scheduled_for(tok, verb):
        return "future"
    # "will begin marking up the plan on Wednesday", "will vote to open debate Wednesday": the
    # verb of the date is the complement of a verb that looks ahead
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ in ("VB", "VBG")
        and any(k.lower_ in FUTURE_CUES for k in verb.head.children)
    ):
        return "future"
    if (
        verb.tag_ == "VBN"
        and any(k.dep_ == "auxpass" and k.tag_ == "VB" for k in kids)
        and not any(k.tag_ in ("MD", "VBD") for k in kids)
    ):
        # "will have to ... and be fully vaccinated by Nov. 4", "is expected to be arraigned
        # Friday": a passive with a bare "be" has no tense of its own; it takes the tense of
        # the verb it is joined to (a modal's is read above: "could be heard Tuesday" is past)
        head = verb.head
        if verb.dep_ in ("conj", "xcomp") and head.i != verb.i:
            if any(k.tag_ == "MD" and k.lower_ in ("would", "could") for k in head.children):
                return None  # "would later return home and be arrested Sunday": a narrative
            if head.lemma_.lower() in FUTURE_VERBS and _past_plan(head):
                return "nearest"
            if (
                head.lemma_.lower() in ("be", "need", "have")
                and head.tag_ in ("VBZ", "VBP")
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            ):
                return "future"  # "is to be held Tuesday", "needs to be approved by Friday"
            if (
                head.lemma_.lower() == "be"
                and head.tag_ == "VBD"
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            ):
                return "nearest"  # "was to be held Tuesday": a plan told in the past
            return _tense(head)
        return None
    if verb.tag_ in ("VBD", "VBN") or any(
        k.tag_ == "VBD" and k.dep_ in ("aux", "auxpass") for k in kids
    ):
        return "past"
    if verb.tag_ == "VBG" and any(k.lemma_ == "be" and k.tag_ in ("VBZ", "VBP") for k in kids):
        return "future"  # "is visiting on Tuesday"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and not any(k.dep_ == "aux" for k in kids):
        # "charged for shooting a man July 24", "after killing his wife Sunday": what a story
        # tells of someone's act, with no tense of its own, is past
        return "past"
    return None


# Things held on a day: a weekday naming one ("Wednesday classes", "Friday's game") is that
# day's, whatever the tense of the verb ("were cancelled" is now; the classes are next).
SCHEDULED_NOUNS = frozenset(
    ["class", "game", "match", "meeting", "vote", "hearing", "session", "service", "vigil",
     "funeral", "rally", "concert", "event", "election", "debate", "practice", "performance",
     "show", "parade", "exam", "test", "classes", "school"]
)  # fmt: skip


# Events a news story reports after they happened: a day naming one ("a Saturday shooting",
# "the Nov. 22 killing", "Sunday's homicide") is past whatever the verb's tense ("deputies are
# investigating a Saturday shooting" is not next Saturday's).
PAST_EVENT_NOUNS = frozenset(
    ["shooting", "killing", "slaying", "homicide", "murder", "stabbing", "attack", "ambush",
     "rampage", "robbery", "carjacking", "crash", "incident", "death", "gunfire", "standoff"]
)  # fmt: skip


def _names_past_event(span: Span) -> bool:
    return any(
        t.dep_ in ("compound", "poss", "nmod", "amod", "npadvmod")
        and not (span.start <= t.head.i < span.end)
        and t.head.pos_ == "NOUN"
        and t.head.lemma_.lower() in PAST_EVENT_NOUNS
        for t in span
    ) and not any(t.lower_ in ("next", "coming") for t in span)


# Verbs of saying (not "released", "posted", "updated": those days are often the event's).
_SPEECH = frozenset(
    ["say", "tell", "announce", "state", "confirm", "add", "note", "write", "tweet", "report",
     "claim", "explain", "comment"]
)  # fmt: skip


def reported_on(span: Span) -> Token | None:
    """ "Granholm said Sunday the administration will push ...": a day right after a reporting
    verb is the day it was said, whatever verb the parser hangs it on (the small model often
    gives it to the reported clause's verb, and that verb's tense)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    verb = doc[i]
    if (
        verb.pos_ != "VERB"
        or verb.tag_ != "VBD"
        or verb.lemma_.lower() not in _SPEECH
        # "the shooting was reported shortly before 8:30 p.m. Sunday": the event's own time
        or any(k.dep_ in ("auxpass", "nsubjpass") for k in verb.children)
        or any(
            k.lower_ in FUTURE_CUES or k.tag_ == "MD" for k in verb.children
        )  # "will be announced"
        or span.root.dep_ in ("poss", "compound")  # "said Sunday's shooting was ..."
        or (span.end < len(doc) and doc[span.end].tag_ == "POS")
    ):
        return None
    return verb


def weekday_tense(span: Span) -> D.Tense:
    """The verb's tense, except for a weekday naming a scheduled thing that the verb acts on
    ("Wednesday classes were cancelled"): then the nearer such day. When the thing itself
    acts ("Sunday's vigil drew hundreds") the verb's tense is its own. A day naming an event
    reported after the fact ("a Saturday shooting") is past."""
    if _names_past_event(span) or _inquired_event(span) is not None or reported_on(span):
        return "past"
    tense = _tense(span.root)
    root = next((t for t in span if WEEKDAYISH.fullmatch(t.text.rstrip("."))), None)
    if (
        tense != "future"
        and root is not None
        and len(span) <= 2
        and root.dep_ in ("compound", "poss", "nmod", "amod")
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in SCHEDULED_NOUNS
        and root.head.dep_ in ("nsubjpass", "dobj")
    ):
        return "nearest"
    return tense


_AFTER_BEFORE = re.compile(r"^\s+(after|before)\b\s*", re.IGNORECASE)


def offset_date(
    doc: Doc, slots: list[Slot], s: int, e: int, lo: float, hi: float, unit: str
) -> Slot | None:
    """'closed Wednesday, two days after a gunman killed two people': the killing was two days
    before Wednesday. A whole number of days or weeks after (or before) a day named earlier in
    the same sentence gives the other event's day; the verb after 'after' is its role."""
    text = doc.text
    m = _AFTER_BEFORE.match(text[e:])
    if m is None or lo != hi or unit not in ("day", "week") or not float(lo).is_integer():
        return None
    anchor = next(
        (
            a
            for a in reversed(slots)
            if a.kind in ("date", "time")
            and a.resolved
            and a.value_start is not None
            and a.granularity in ("day", "part_of_day", "minute")
            and a.end <= s
        ),
        None,
    )
    if anchor is None or anchor.value_start is None:
        return None
    days = int(lo) * (7 if unit == "week" else 1)
    sign = -1 if m.group(1).lower() == "after" else 1
    day = anchor.value_start.date() + timedelta(days=sign * days)
    start = datetime.combine(day, datetime.min.time())
    role = None
    after_tok = doc.char_span(e + m.start(1), e + m.end(1), alignment_mode="expand")
    if after_tok is not None:
        window: list[Token] = []
        for t in doc[after_tok.end : after_tok.end + 8]:
            if t.is_punct:
                break
            window.append(t)
        verb = next((t for t in window if t.pos_ == "VERB"), None)
        noun = next((t for t in window if t.pos_ == "NOUN"), None)
        if verb is not None:  # "after a gunman killed two people"
            role = verb.lemma_.lower()
        elif noun is not None:  # "after the shooting"
            lemma = noun.lemma_.lower()
            role = lemma[:-3] if lemma.endswith("ing") and lemma[:-3] in ROLE_CLASSES else lemma
    return Slot(
        kind="date",
        text=text[s : e + m.end(1)],
        start=s,
        end=e + m.end(1),
        value_start=start,
        value_end=start + timedelta(days=1),
        granularity="day",
        zone=anchor.zone,
        zone_explicit=anchor.zone_explicit,
        resolved=True,
        role="report" if role in REPORTING else role,
        note=f"{text[s:e]} {m.group(1).lower()} {anchor.text.strip()}",
    )


def governing_verb(tok: Token) -> Token | None:
    h = tok
    for _ in range(5):
        if h.pos_ in ("VERB",) or (h.pos_ == "AUX" and h.dep_ == "ROOT"):
            return h
        if h.head.i == h.i:
            return None
        h = h.head
    return None


_TIME_PREPS = frozenset(["at", "on", "around", "about", "by", "in"])
_WHILE = frozenset(["while", "as", "when"])


def _attached_verb(span: Span) -> Token | None:
    """The verb a date hangs from when the parse's own root for it says less:
    - "shot ... at around 8:30 p.m. the night before": the small model may split the time and
      hang its pieces elsewhere; the preposition just before it still hangs from the verb;
    - "was shot and killed while he sat in a car Monday night": the day of the clause "while he
      sat" is the shooting's (a clause of while / as / when under a harm verb)."""
    doc = span.doc
    verb = None
    if span.start > 0:
        prep = doc[span.start - 1]
        if (
            prep.dep_ == "prep"
            and prep.lower_ in _TIME_PREPS
            and prep.head.pos_ == "VERB"
            and not (span.start <= prep.head.i < span.end)
        ):
            verb = prep.head
    if verb is None:
        verb = governing_verb(span.root)
    if (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _WHILE for c in verb.children)
        and ROLE_CLASSES.get(verb.head.lemma_.lower()) in ("killed", "injured", "shot")
    ):
        return verb.head
    return verb


REPORT_NOUNS = {
    "report",
    "statement",
    "interview",
    "conference",
    "release",
    "briefing",
    "post",
    "update",
    "tweet",
    "broadcast",
    "announcement",
}
_STAMP = re.compile(
    r"^\W*(?:updated?|posted|published|last updated|first published)\b", re.IGNORECASE
)
# A label before the first colon: "DATE: January 17, 2017", "BREAKING (Thursday, 4:02 p.m.):",
# a live blog's "8:27 AM THURSDAY:". Only the dates inside the label are the stamp's.
_LABEL_STAMP = re.compile(
    r"^\W*(?:(?i:date)\s*:|(?i:breaking)\b[^:]{0,40}:|\d{1,2}:\d{2}\s*(?:AM|PM)?\s*[A-Z]{3,}\s*:)"
)
# Page furniture: a video playlist line ("2:31 May 9 arrests at library event") is another
# story's headline, and an embedded post ends with its author and date ("(@EvansvillePD) January
# 3, 2017"); their dates are not the story's.
_PLAYLIST = re.compile(r"^\s*\d{1,2}:\d{2}\s+(?![AaPp]\.?[Mm]\b)[A-Z]")
_POST_AUTHOR = re.compile(r"\(@\w+\)\s*$")

# A wire story's dateline: a place, the day it was filed, the agency, a dash.
# The city is in capitals ("NEW HAVEN, Conn., Oct. 27 --"), or an agency follows the day
# ("New Haven, Oct. 27 (UPI) --"); "In Chicago, Dec. 22 -- a man was shot" is no dateline.
_DATELINE_BEFORE = re.compile(r"\W*[A-Z][A-Za-z .'’-]{1,40},(?:\s*[A-Z][A-Za-z.]{1,14},)?\s*")
_DATELINE_CITY = re.compile(r"\W*[A-Z][A-Z .'’-]{1,40},")
_DATELINE_AFTER = re.compile(r"\s*(\([A-Za-z .]{2,20}\)\s*)?(?:--|[-–—])\s")


_UNKNOWN = frozenset(
    ["unclear", "clear", "known", "unknown", "uncertain", "certain", "available", "unsure",
     "sure", "undetermined"]
)  # fmt: skip

# Verbs whose object names the event: "entered a plea", "held a vigil", "waived a hearing".
LIGHT_VERBS = frozenset(
    ["enter", "have", "hold", "waive", "make", "file", "attend", "get", "take"]
)  # fmt: skip


# Verbs that only say an event takes place, and the scheduled events they often say it of.
_HAPPEN_VERBS = frozenset(
    ["begin", "start", "open", "end", "resume", "conclude", "continue", "take", "be", "set",
     "schedule", "plan", "hold", "wrap", "finish", "adjourn", "recess"]
)  # fmt: skip
_SCHEDULED_EVENTS = frozenset(
    ["trial", "hearing", "funeral", "vigil", "sentencing", "arraignment", "service", "memorial",
     "wake", "march", "rally", "meeting", "session", "visitation"]
)  # fmt: skip


_STAMP_PUNCT = " \t\n-–—|,.:;()[]"
_INQUIRY_VERBS = frozenset(["investigate", "probe"])
# Verbs that name an event ("what police are calling an accidental shooting on Wednesday"): the
# parser hangs the day on the naming, but it is the named event's, and the naming is now.
_NAMING_VERBS = frozenset(["call", "describe", "label", "term", "classify", "deem", "rule"])


# Later steps, court's or police's, whose day a sentence about the shooting also gives ("was
# indicted in the slaying Monday", "identified the victim of the shooting Monday"): a day after
# the event noun is theirs.
_LATER_STEP_VERBS = frozenset(
    ["plead", "indict", "sentence", "arraign", "convict", "appear", "testify", "charge",
     "acquit", "try", "file", "accuse", "identify", "name"]
)  # fmt: skip


def _ing_role(noun: str) -> str | None:
    """The act a noun names: "shooting" -> "shoot"."""
    return noun[:-3] if noun.endswith("ing") and noun[:-3] in ROLE_CLASSES else None


def _inquired_event(span: Span, verb: Token | None = None) -> Token | None:
    """'Police are investigating a shooting Friday night', 'the death ... Wednesday was being
    investigated', 'what they are calling an accidental shooting on Wednesday': the parser
    hangs the day on the inquiry or the naming, but news gives the day of the event inquired
    into or named, told before the day. Not 'police on Tuesday were investigating the
    shooting', nor 'were still investigating the shooting Tuesday' (the inquiry's own day)."""
    verb = verb if verb is not None else (_attached_verb(span) or governing_verb(span.root))
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    naming = lemma in _NAMING_VERBS
    if not naming and lemma not in _INQUIRY_VERBS:
        return None
    if any(c.lower_ in ("still", "continue", "continued") for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if (c.dep_ in ("dobj", "nsubjpass") or (naming and c.dep_ == "oprd"))
            and c.lemma_.lower() in PAST_EVENT_NOUNS
            and c.i < span.start
        ),
        None,
    )


_AS_OF = re.compile(r"\bas of\s*$", re.IGNORECASE)
_NOBODY = frozenset(["nobody", "none"])


def _nothing_happened(verb: Token) -> bool:
    """The verb is negated ("did not answer") or has no one as its subject ("no one answered")."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_.startswith("nsubj") and (
            c.lower_ in _NOBODY or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))
        ):
            return True
    return False


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """`tok` hangs from `verb` without another verb between ("no one answered the door at the
    apartment Tuesday"; not "not known whether the shooting on Tuesday was ...")."""
    while tok.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX"):
            return False
    return True


# Where a person is kept or how he is ("in critical condition", "in custody", "in jail").
_STATE_NOUNS = frozenset(["condition", "custody", "jail", "hospital", "prison"])


def _a_state(verb: Token, lemma: str) -> bool:
    if lemma == "remain":
        return True
    if lemma != "be" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _STATE_NOUNS for g in c.children)
        for c in verb.children
    )


# "the highest since March 2000", "more murders than any year since 1995": the benchmark a
# figure is measured against. Outlets pick it for different measures (monthly or yearly, raw or
# adjusted), so two of them are not two tellings of one date. Read from the parse: the word
# "since" hangs on must be a superlative, a noun with "any", or a comparison ("higher than any
# full-year total since 2005"); a superlative elsewhere in the sentence ("at least 12 people
# have been shot since Friday", "the most popular player has been missing since Tuesday") is
# not the benchmark's.
_SUPERLATIVES = frozenset(
    ["highest", "lowest", "largest", "biggest", "smallest", "greatest", "most", "fewest",
     "worst", "best", "sharpest", "steepest", "fastest", "slowest", "strongest", "weakest",
     "deadliest", "bloodiest", "hottest", "coldest", "wettest", "driest", "busiest"]
)  # fmt: skip


def _superlative(tok: Token) -> bool:
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in _SUPERLATIVES


def since_role(span: Span) -> str:
    """ "record" for the benchmark of a superlative ("the highest since 2005"), else "since"."""
    doc = span.doc
    since = None
    for t in reversed(doc[max(0, span.start - 4) : span.start + 1]):  # "since the Sept. 11 attacks"
        if t.lower_ == "since":
            since = t
            break
        if t.i < span.start and (t.is_punct or t.pos_ in ("VERB", "AUX")):
            break
    if since is None or since.dep_ != "prep":
        return "since"
    head = since.head
    kids = list(head.children)
    if _superlative(head) or any(_superlative(k) and k.dep_ in ("amod", "advmod") for k in kids):
        return "record"  # "the highest since", "the bloodiest weekend since"
    if any(k.lower_ == "any" and k.dep_ == "det" for k in kids):
        return "record"  # "more murders than any year since 1995"
    for t in reversed(doc[max(0, since.i - 7) : since.i]):
        # the parser may hang "since" on the verb ("marked the largest one-month spike since
        # June 2008"): a superlative in the same noun phrase, no verb or comma between
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in ("-", "\u2010", "\u2011")):
            break
        if _superlative(t):
            return "record"
    if any(k.tag_ in ("JJR", "RBR") for k in kids) and re.search(
        r"\bthan\s+any\b", doc[head.left_edge.i : since.i].text, re.IGNORECASE
    ):
        return "record"  # "were higher than any full-year total since at least 2005"
    return "since"


# "4,901 more than in 2019", "rose 3% from the same period in 2020", "a 0.9 percent increase
# from March": the base a change is measured from, not a date of the story. A figure must sit
# between the change and "from" ("two more victims from Saturday's shooting died" is no change).
_BASELINE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s+"
    r"(?:(?:in|during|the\s+same\s+\w+\s+(?:in|of|last))\s+)?$"
    r"|(?:\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops?|declined?|declines|"
    r"increased?|increases|decreased?|decreases|gained|gains?|jumped|jumps?|climbed|climbs?|grew|"
    r"grows?|up|down)\b[^.;,]{0,30}?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?)?"
    r"|\d[\d.,]*\s*(?:%|percent|per\s+cent)[^.;,]{0,30}?"
    r"\b(?:increase|rise|gain|drop|decline|jump|fall|decrease)s?)"
    r"[^.;,]{0,30}?\bfrom\s+(?:(?:the\s+same\s+\w+\s+(?:in|of|last)|a\s+year\s+(?:earlier|before)\s+in)\s+)?$",
    re.IGNORECASE,
)
_RANGE_IN = re.compile(r"\b(?:through|thru|to|until|till)\b|\d\s*[-\u2013]\s*\d", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:through|thru|to|until|till|-|\u2013)\s", re.IGNORECASE)


def _baseline(span: Span, sent: str, start: int) -> bool:
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return False  # "than Saturday's shooting": the day of an event
    if _RANGE_AFTER.match(sent, span.end_char) or _RANGE_IN.search(span.text):
        return False  # "rose 30% from January through May": the period itself
    return bool(_BASELINE.search(sent[max(0, start - 60) : start]))


def date_role(span: Span, sent: str, start: int) -> str | None:
    if _SINCE_CUE.search(sent[max(0, start - 40) : start]):
        return since_role(span)
    if _baseline(span, sent, start):
        return "baseline"
    if _STAMP.match(sent):  # "Updated: Jul 1, 2016 - 12:02 PM": when it was written
        return "report"
    if reported_on(span) is not None:
        return "report"
    if (
        not sent[:start].strip(_STAMP_PUNCT)
        and not sent[span.end_char :].strip(_STAMP_PUNCT)
        and re.search(r"\b(?:19|20)\d\d\b", span.text)
    ):
        # a line that is only a dated time ("January 22, 2013 2:44 PM"); not a bare "Friday.",
        # which a splitter may have cut from its sentence
        return "report"
    label = _LABEL_STAMP.match(sent)
    if label and start <= label.end() + 2:
        return "report"
    if _PLAYLIST.match(sent) or _POST_AUTHOR.search(sent[:start]):
        return "report"
    before, after = sent[:start], _DATELINE_AFTER.match(sent[span.end_char :])
    if (
        after is not None
        and _DATELINE_BEFORE.fullmatch(before)
        and (after.group(1) or _DATELINE_CITY.match(before))
    ):
        return "report"  # "NEW HAVEN, Conn., Oct. 27 (UPI) -- One person was killed ..."
    head = span.root.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS:
        return "report"  # "according to an NBC report Tuesday morning"
    verb = _attached_verb(span) or governing_verb(span.root)
    later_step = verb is not None and verb.lemma_.lower() in _LATER_STEP_VERBS
    # "Tuesday's hearing", "Sunday's shooting", "the 3:30 a.m. Saturday shooting": the day of
    # the noun's event, whatever verb governs the noun ("said the victim was not the target of
    # the Saturday shooting" is not a report's date); the parser may hang only the weekday on
    # the noun
    named = next(
        (
            t.head
            for t in span
            if t.dep_ in ("poss", "compound", "nmod", "npadvmod")
            and not (span.start <= t.head.i < span.end)
            and t.head.pos_ == "NOUN"
            # a day after the noun may be a later step's ("pleaded guilty in the shooting
            # Monday"); otherwise ("was arrested in a shooting late Tuesday night") it is the
            # noun's more often (on dev vs GVA)
            and (t.i < t.head.i or t.head.lemma_.lower() in _SCHEDULED_EVENTS or not later_step)
        ),
        None,
    )
    if named is not None:
        noun = named.lemma_.lower()
        if noun in _SCHEDULED_EVENTS:
            return noun
        if (act := _ing_role(noun)) is not None:
            return act
        if ROLE_CLASSES.get(noun) in HARM_ROLES:
            return noun  # "charged with the October 25th murder": the murder's day
    if _AS_OF.search(sent[max(0, start - 12) : start]):
        return "report"  # "no one was in custody as of Monday morning": when the reporter checked
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if (
        _in_clause_of(span.root, verb)
        and _nothing_happened(verb)
        and ROLE_CLASSES.get(lemma) not in HARM_ROLES
    ):
        # "No one answered the door Tuesday", "no one was in custody Thursday morning": nothing
        # happened that day; the day is when the reporter looked ("no one was hurt Saturday"
        # still dates the shooting)
        return "report"
    if (event := _inquired_event(span, verb)) is not None:
        noun = event.lemma_.lower()
        return _ing_role(noun) or noun
    # "It was unclear Friday whether ...", "was not known Monday": when the reporter asked,
    # not when anything happened
    # (only a date of that verb itself: in "not known whether the shooting on Saturday was ..."
    # Saturday is the shooting's)
    own = span.root.head.i == verb.i or (
        span.root.head.dep_ == "prep" and span.root.head.head.i == verb.i  # "On Monday police ..."
    )
    if own and (
        (
            lemma in ("be", "remain", "seem")
            and any(c.dep_ in ("acomp", "attr") and c.lower_ in _UNKNOWN for c in verb.children)
        )
        or (lemma == "know" and verb.tag_ == "VBN")
    ):
        return "report"
    if own and _a_state(verb, lemma):
        # "remained on life support late Thursday", "were in stable condition Saturday", "was in
        # the county jail Saturday": how things stood when the reporter asked, not an event
        return "report"
    if lemma in LIGHT_VERBS:
        # "entered a plea Friday", "had a court hearing Wednesday": the noun is the event
        # ("took the stand Monday"; but "took place" says only that something happened)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None and obj.lemma_.lower() != "place":
            return obj.lemma_.lower()
    if lemma in _HAPPEN_VERBS:
        # "The trial began Wednesday", "the funeral is set for Saturday": the subject is the event
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
        if subj is not None and subj.lemma_.lower() in _SCHEDULED_EVENTS:
            return subj.lemma_.lower()
    # "charges were pending late Saturday": how the case stood when the reporter asked
    return "report" if lemma in REPORTING or verb.lower_ == "pending" else lemma
