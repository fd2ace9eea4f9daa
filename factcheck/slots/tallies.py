"""Counts an article implies without writing them: the one more hurt after the dead ("three killed
and another injured"), the wounded left when the dead are taken from the people shot, the
condition of each victim, and tolls that grow by one more death."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from factcheck.slots.date_roles import HARM_ROLES
from factcheck.slots.numbers import parse_number
from factcheck.slots.persons import ONE_OF_SEVERAL_NOUN, ORDINALS
from factcheck.slots.quantities import PERSON_NOUNS, noun_key
from factcheck.slots.syntax import people_count, token_class
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


_CONDITION = re.compile(
    r"(?<!non-)(?<!non )\b(?:critical(?:ly)?|serious(?:ly)?|stable|grave(?:ly)?|fair|good)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while)\s")
_THE_REST_BEFORE = re.compile(r"\b(?:other|remaining)\s*$", re.IGNORECASE)


def wounded_by_condition(slots: list[Slot], text: str) -> list[Slot]:
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
    return [people_count(text, first.start, rest.end, total, "injured", note)]


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


def another_after_a_condition(slots: list[Slot], text: str) -> list[Slot]:
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
    return [people_count(text, first.start, end, n, "injured", note)]


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


def also_after_a_single(slots: list[Slot], doc: Doc) -> list[Slot]:
    """'A woman was shot in the chest, and three men were also wounded', '10-Year-Old Girl
    Hurt, 2 Men Also Wounded': the 'also' adds the count to the one person shot or hurt told
    before it, so the wounded are their sum. Not where anyone in the sentence died or it counts
    anyone else, nor for another incident or time, "shot at", or another cause ("hurt in the
    crash")."""
    if any(token_class(t) == "killed" for t in doc):
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
    return [people_count(text, single.start, also.end(), n, role, note)]


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


def one_more_hurt_after_the_dead(slots: list[Slot], text: str) -> list[Slot]:
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
    return [people_count(text, start, more.end(), 1, "injured", note)]


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


def others_shot_after_the_dead(slots: list[Slot], text: str) -> list[Slot]:
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


# "a quadruple shooting" (four people shot), "a triple homicide" (three killed); not a
# "double murder-suicide", whose count of the dead is unsure
_MULTIPLE_VICTIMS = re.compile(
    r"\b(?P<n>double|triple|quadruple|quintuple)[- ](?P<act>shooting|fatal shooting|homicide|"
    r"murder|slaying|killing)\b(?![- ](?:and[- ])?suicide)",
    re.IGNORECASE,
)
_MULTIPLE_N = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def multiple_victim_slots(text: str) -> list[Slot]:
    """'Teenager injured during quadruple shooting' says four people were shot; 'a triple
    homicide' says three were killed."""
    out = []
    for m in _MULTIPLE_VICTIMS.finditer(text):
        n = _MULTIPLE_N[m.group("n").lower()]
        role = "shot" if m.group("act").lower() == "shooting" else "killed"
        note = f"a {m.group('n').lower()} {m.group('act').lower()}"
        out.append(people_count(text, m.start(), m.end(), n, role, note))
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


def shot_less_killed(slots: list[Slot], text: str) -> list[Slot]:
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


def injured_including_the_dead(slots: list[Slot], text: str) -> list[Slot]:
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


def toll_with_a_next_death(slots: list[Slot], text: str) -> list[Slot]:
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
        n = ORDINALS[m.group("nth").lower()] if m is not None else None
        if n != (s.value or 0) + 1 or not _NTH_DIED.match(m.group("rest")):
            continue
        note = f"total of {s.text} + a {m.group('nth')}"  # stands for the count it holds
        out.append(people_count(text, s.start, m.end("nth"), n, "killed", note))
    return out
