"""Totals of lists of people: "a woman and two children were shot" (three), a headline's "Teen,
3 adults shot" (four), "along with" and coordinated lists that name kin and people by name."""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from factcheck.slots.harm import CONDITIONS
from factcheck.slots.numbers import parse_number
from factcheck.slots.persons import (
    end_with_name,
    family_plural,
    implicit_person,
    implicit_role,
    list_member,
    list_members,
    one_person,
    pair_noun,
)
from factcheck.slots.quantities import noun_key
from factcheck.slots.syntax import headline_comma, people_count, title_line, token_class
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


# Heads after which a list names the same people again ("two people, a man and a woman").
_GENERIC_PEOPLE = frozenset(
    ["people", "person", "victim", "other", "individual", "resident", "civilian"]
)


def kin_list_totals(doc: Doc, counted: list[tuple[Slot, Token]]) -> list[Slot]:
    """'His mother and grandmother were shot and killed', 'killed his wife and daughter': a
    list of people named one by one with neither a number nor 'a' (so no member is counted on
    its own) is a count of them all."""
    seen = {tok.i for _, tok in counted}
    out: list[Slot] = []
    for head in doc:
        if head.dep_ == "conj" or head.i in seen or head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        members = list_members(head)
        if len(members) < 2 or not all(
            one_person(m) and m.i not in seen and not implicit_person(m) for m in members
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
        role = implicit_role(head)
        if role not in ("killed", "injured", "shot"):
            continue
        members.sort(key=lambda m: m.i)
        start = min(t.idx for t in members[0].subtree if t.i <= members[0].i)
        end = end_with_name(members[-1])
        note = "total of " + " + ".join(m.text for m in members)
        out.append(people_count(doc.text, start, end, len(members), role, note, implicit=True))
    return out


# A headline that opens with a list of people and their outcome: "Teen, 3 adults shot",
# "Police: 4 teens, 1 adult shot", "Man, child injured in shooting". Read by pattern, written
# here by hand: the parser hangs such short lines erratically ("Teen" as an adverb, the list
# as appositions of "Police"), so the dependency rules (`count_roles`, `kin_list_totals`) miss
# most of them (26 of 35 on dev).
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


def headline_list_total(text: str) -> Slot | None:
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
    return people_count(
        text, start, end, total, role, "total of " + " + ".join(p.strip() for p in pieces)
    )


def along_with_totals(counted: list[tuple[Slot, Token]], text: str) -> list[Slot]:
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
            or not (noun_key(slot.noun, slot.role) == "person" or family_plural(slot.noun))
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
        if first is None and who and subject.tag_ == "NNP" and not list_member(subject):
            # "Kelcii Flintroy, who was found shot to death along with three others": "who"
            # makes a name the model tagged a place (or nothing) one person, told with the harm
            first = dataclasses.replace(slot, value=1, low=1, high=1, implicit=True)
        if any(c.dep_ == "conj" for c in subject.children):
            continue  # "A man and a woman were shot along with two others": the list's total
        if any(c.dep_ in ("relcl", "acl") and token_class(c) != slot.role for c in tok.children):
            continue  # "along with two others who were stabbed": a clause of their own
        if first is None or first.role != slot.role:
            continue
        if not (noun_key(first.noun, first.role) == "person" or family_plural(first.noun)):
            continue
        n = (first.value or 0) + (slot.value or 0)
        start = min(t.idx for t in subject.subtree if t.i <= subject.i)
        note = f"total of {text[subject.idx : subject.idx + len(subject.text)]} + {slot.text}"
        out.append(people_count(text, start, tok.idx + len(tok.text), n, slot.role, note))
    return out


def _list_heads(counted: list[tuple[Slot, Token]]) -> list[Token]:
    """The first member of each list a counted noun is in."""
    heads: dict[int, Token] = {}
    for _, tok in counted:
        head = tok
        # a noun the parser hung as a conjunct of a verb ("was killed, and three women and a
        # man injured") opens its own list
        while list_member(head) and head.head.i != head.i and head.head.pos_ != "VERB":
            head = head.head
        if any(list_member(c) for c in head.children):
            heads[head.i] = head
    return list(heads.values())


def _members_of(head: Token, by_tok: dict[int, Slot]) -> list[Token] | None:
    """A list's members when they are people to add up; None for a list that names people
    counted already (an apposition, the names after a colon) or that lists outcomes."""
    if head.dep_ == "appos" and head.head.i in by_tok:
        return None  # "two people, a man and a woman, were killed": the two, named again
    if head.i in by_tok and any(
        t.text == ":" for t in head.doc[head.i + 1 : max(c.i for c in head.subtree) + 1]
    ):
        # "two other children, who are in critical condition: Andrews' daughter and Brown's
        # daughter": the names after the colon are the two, not more
        return None
    members = sorted(list_members(head), key=lambda m: m.i)
    if not all(m.i in by_tok or one_person(m) or pair_noun(m) for m in members):
        return None
    if any(token_class(m) or m.lower_ in CONDITIONS for m in members):
        return None  # "3 Dead, 1 Critical", "2 Dead, 3 Hurt": outcomes listed, not people
    if members[0].i in by_tok and (
        named := [c for c in members[0].children if c.dep_ == "appos" and c not in members]
    ):
        # "Two children, a five year and a six year old were injured": the apposition
        # and the parser's conjunct name the same two, not more people
        rest = len(named) + sum(by_tok[m.i].value or 0 if m.i in by_tok else 1 for m in members[1:])
        if rest == by_tok[members[0].i].value:
            return None
    return members


def _without_their_names(members: list[Token], by_tok: dict[int, Slot]) -> tuple[list[Token], int]:
    """The members without the names that follow a counted member and are its people, and the
    end of those names (0 when none)."""
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
            return members[: k + 1] + members[k + 1 + int(count) :], (
                names[-1].idx + len(names[-1].text)
            )
    return members, 0


def _total_slot(
    members: list[Token], parts: list[Slot], by_tok: dict[int, Slot], named_end: int, text: str
) -> Slot:
    """The slot of a list's total: its span from the first member to the last (and the names
    after it), the parts' values added, one for each member without a number."""
    singles = [m for m in members if m.i not in by_tok]

    def member_start(m: Token) -> int:
        # a counted member starts at its number; a single one at its determiner ("his wife")
        if m.i in by_tok and not by_tok[m.i].implicit:
            return by_tok[m.i].start
        return min(t.idx for t in m.subtree if t.i <= m.i)

    start = min(member_start(m) for m in members)
    end = max(end_with_name(members[-1]), named_end)
    pieces = [
        by_tok[m.i].text
        if m.i in by_tok and not by_tok[m.i].implicit
        else text[member_start(m) : m.idx + len(m.text)]
        for m in members
    ]
    one = sum(2 if pair_noun(m) else 1 for m in singles)
    # "one DART officer and four Dallas police officers": five officers, comparable with
    # "five officers"; a list of different people ("officers and civilians") is people
    nouns = {p.noun for p in parts}
    noun = parts[0].noun if not singles and len(nouns) == 1 and parts[0].noun else "people"
    return Slot(
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


def coordinated_totals(counted: list[tuple[Slot, Token]], text: str) -> list[Slot]:
    """'Two civilians and one police officer were killed' also says 3 were killed: outlets
    that give the total ("three people were killed") agree with it, not with either part.
    A member named by a singular noun or a name counts one ("his wife and four children" are
    5); a member with neither ("two men and children") leaves the list without a total."""
    by_tok = {tok.i: slot for slot, tok in counted}
    out: list[Slot] = []
    for head in _list_heads(counted):
        members = _members_of(head, by_tok)
        if members is None:
            continue
        members, named_end = _without_their_names(members, by_tok)
        if len(members) < 2:
            continue
        parts = [by_tok[m.i] for m in members if m.i in by_tok]
        singles = [m for m in members if m.i not in by_tok]
        if (
            all(headline_comma(m) for m in members[1:])
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
            and token_class(c) == parts[0].role
            # a headline's outcome is every member's: "Child, Three Adults Injured",
            # "Woman, 2 children dead"
            and not (c.dep_ in ("acl", "amod") and title_line(c.doc) and m.i == members[-1].i)
            for m in members
            if m.i in by_tok
            for c in m.children
        ):
            continue
        if any(noun_key(p.noun, p.role) != "person" and not family_plural(p.noun) for p in parts):
            continue
        out.append(_total_slot(members, parts, by_tok, named_end, text))
    return out
