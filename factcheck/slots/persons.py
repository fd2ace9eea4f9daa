"""People told without a number: "a man was killed", "Smith died", "his son was wounded",
"one of the victims". Each is one person in a role, so outlets' tolls can be checked against
an article that never writes the figure; and the members of a list of people ("a woman and two
children")."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from factcheck.slots.harm import (
    HARM_ACTS,
    ONE_PERSON_NOUNS,
    death_of,
    outcome_of_last_member,
    suffering_a_gunshot_wound,
    unrealized_harm,
    verb_outcome,
    with_a_gunshot_wound,
)
from factcheck.slots.quantities import noun_key
from factcheck.slots.syntax import (
    closed_by_comma,
    headline_comma,
    is_headline,
    is_negated,
    opens_line,
    phrase_head,
    title_line,
    token_class,
)
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


ONE_OF_SEVERAL_NOUN = "one of several"
# what tells the rest of a group after its "one"
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:another|the other|the others|a second|the second|a third|the third)\b", re.IGNORECASE
)


def one_of_several(span: Span, role: str | None) -> bool:
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
    said = {token_class(t) for t in rest} - {None}
    same = {"shot", "injured"} if role in ("shot", "injured") else {role}
    return not said or bool(said & same)


def one_of_the_rest(tok: Token) -> bool:
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


def singles_among_the_shot(slots: list[Slot], doc: Doc) -> list[Slot]:
    """'Teenager injured during quadruple shooting', 'a man was wounded ... four people shot':
    where the sentence counts two or more people shot and no one dead, a wounded single
    is one of them, not a count of one."""
    if not any(
        s.role == "shot"
        and not s.implicit
        and (s.value or 0) >= 2
        and noun_key(s.noun, s.role) == "person"
        for s in slots
    ) or any(token_class(t) == "killed" for t in doc):
        return slots
    return [
        dataclasses.replace(s, noun=ONE_OF_SEVERAL_NOUN)
        if s.implicit and s.role == "injured" and s.value == 1
        else s
        for s in slots
    ]


# People an indefinite singular names ("a man was killed"): one person, told without a number.
_IMPLICIT_PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "teen", "teenager", "person", "child", "kid", "youth",
     "juvenile", "adult", "victim", "bystander", "resident", "student", "officer", "suspect",
     "passenger", "customer", "patron", "civilian", "individual"]
)  # fmt: skip


def implicit_person(tok: Token) -> bool:
    """'a man', 'a Detroit woman', 'a 17-year-old': an indefinite singular person, no number;
    a headline's bare 'Man fatally shot'; a named person ('Kellough, 15, died')."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if named_person(tok):
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
        and (opens_line(tok) or _alone_in_title(tok))
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
        title_line(tok.doc)
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


def kin_single(tok: Token) -> bool:
    """'her 17-year-old son', 'his wife', 'a 14-year-old friend', 'a baby': one person told by a
    tie or as a baby, outside a list (a list of them is `kin_list_totals`' count)."""
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
    if len(list_members(tok)) > 1 or any(
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


def _indefinite_person(tok: Token) -> bool:
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.tag_ == "NN" and tok.lemma_.lower() in _IMPLICIT_PERSON_NOUNS:
        return True
    # "a 17-year-old was killed": the parser makes "old" the head, "year" its modifier
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)


def named_person(tok: Token) -> bool:
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
    if tok.ent_type_ not in ("", "ORG") or is_headline(doc):
        return False
    return tok.i > 0 or any(
        (c.dep_ == "compound" and c.tag_ == "NNP") or (c.dep_ == "appos" and c.like_num)
        for c in tok.children
    )


NAMED_PERSON_NOTE = "one person, by name"
# "a 4-year-old girl is in critical condition", "a man is recovering": hurt, by how he is now
CONDITION_PERSON_NOTE = "one person, by a condition"
# "her son", "a friend", "a baby": `kin_single`
KIN_PERSON_NOTE = "one person, by a tie or as a baby"
_NOT_NAMES = frozenset(
    ["police", "officer", "officers", "sheriff", "deputy", "deputies", "god", "news", "shooting"]
    # a title-case headline's outcome the NER takes for a name ("Man Shot, Killed In ...")
    + ["shot", "killed", "dead", "wounded", "injured", "slain", "dies", "died", "murdered"]
)


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# an ordinal that counts incidents or a period's victims, not this shooting's dead
_OTHER_INCIDENT = re.compile(
    r"\b(?:separate|unrelated|this (?:week|month|year)|since|in (?:a|the) (?:week|month|year))\b",
    re.IGNORECASE,
)


def nth_dead(tok: Token) -> int | None:
    """'A fourth victim ... has died', 'a second teen has died': the toll has reached that
    number (with 'a'; 'the third victim, a woman, died' only places her in a list)."""
    ordinal = next(
        (ORDINALS[c.lower_] for c in tok.children if c.dep_ == "amod" and c.lower_ in ORDINALS),
        None,
    )
    if ordinal is None or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    ):
        return None
    if _OTHER_INCIDENT.search(tok.doc.text):
        return None  # "a third man was shot and killed in a separate incident"
    return ordinal if implicit_role(tok, ordinal_ok=True) == "killed" else None


def implicit_role(tok: Token, ordinal_ok: bool = False) -> str | None:
    """What happened to the one person an indefinite noun names: killed, injured or shot, by
    its own participle ("a man killed in ..."), relative clause ("a man who died") or verb; the
    gravest wins ("a woman who was shot Sunday died Monday" was killed)."""
    if not ordinal_ok and any(
        c.dep_ == "amod" and c.lower_ in ("second", "third", "fourth", "other")
        for c in tok.children
    ):
        return None  # "a second teen has died": more than one (`nth_dead` reads the toll)
    if re.search(
        r"\b(?:in addition to|besides|along with)\b", tok.doc.text[: tok.idx], re.IGNORECASE
    ):
        return None  # "In addition to the boy, a girl was shot": one more, the total untold
    found: set[str | None] = set()
    named = named_person(tok)
    for c in tok.children:
        if c.dep_ == "amod" and named:
            continue  # "fatal ... Local News": a name takes no adjective; a title's words do
        if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ") and not is_negated(c):
            found.add(token_class(c))
        elif (
            c.dep_ == "acl"
            and c.tag_ == "VBD"
            and not is_negated(c)
            and not any(g.dep_.startswith("nsubj") for g in c.children)
        ):
            # a participle the tagger calls a past tense: "a shooting that left an 8-year-old
            # boy injured"
            found.add(token_class(c))
        if wounded := suffering_a_gunshot_wound(c):
            found.add(wounded)  # "officers found a woman suffering from a gunshot wound"
        if c.dep_ == "relcl":
            rel = next((g.dep_ for g in c.children if g.lower_ in ("who", "that")), None)
            if rel in ("nsubj", "nsubjpass", "dobj"):
                found.add(verb_outcome(c, rel))
    if wounded := with_a_gunshot_wound(tok):
        # "officers found a man with a gunshot wound": hit (as "a man was shot"), or killed by a
        # fatal one; a self-inflicted one is most often the gunman's end
        found.add(wounded)
    person = phrase_head(tok)  # "Trevor Williams, a 33-year-old man, was killed"
    if death_of(person):
        found.add("killed")  # "the shooting death of a 3-year-old boy", "the death of Bell, 17"
    verb = person.head
    if person.dep_ == "nsubj" and (wounded := suffering_a_gunshot_wound(verb)):
        found.add(wounded)
    if person.dep_ == "nsubjpass":  # "a man was found suffering from a gunshot wound"
        found.update(suffering_a_gunshot_wound(c) for c in verb.children)
    if (
        person.dep_ in ("nsubj", "nsubjpass", "dobj")
        and verb.lemma_.lower() not in HARM_ACTS
        and (wounded := with_a_gunshot_wound(verb))
    ):
        found.add(wounded)  # "a man was found with a gunshot wound", "found a boy with ..."
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
            found.add(verb_outcome(verb, rel, headline=True))  # "Man Shot At Gas Station"
        else:
            found.add(verb_outcome(verb, rel))
    if not found - {None}:
        # only a member with no outcome of its own takes the last one's ("left a woman
        # wounded and a man killed": she was wounded)
        found.add(outcome_of_last_member(tok))
    role = next((r for r in ("killed", "injured", "shot") if r in found), None)
    return None if role is not None and unrealized_harm(tok) is not None else role


def family_plural(noun: str | None) -> bool:
    """'two sons', 'two daughters' in a list: people, though not compared with 'people' alone."""
    return bool(noun) and (noun in ONE_PERSON_NOUNS or noun.rstrip("s") in ONE_PERSON_NOUNS)


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


def one_person(tok: Token) -> bool:
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
    return (
        tok.lemma_.lower() in ONE_PERSON_NOUNS
        or tok.ent_type_ == "PERSON"
        or _named_with_an_age(tok)
    )


def _named_with_an_age(tok: Token) -> bool:
    """'Marcus Hill, 22, and Tina Ray, 20': a name with an age set beside it is a person's,
    whatever the NER took it for (the small model tags some names as places or buildings)."""
    return tok.tag_ == "NNP" and any(
        c.dep_ == "appos" and c.text.isdigit() and 0 < int(c.text) < 110 for c in tok.children
    )


def pair_noun(tok: Token) -> bool:
    """'parents', 'a couple': two people, as a member of a list ("Parents, 2 children dead")."""
    lemma = tok.lemma_.lower()
    return (lemma == "parent" and tok.tag_ in ("NNS", "NNPS")) or (
        lemma == "couple" and tok.tag_ in ("NN", "NNP")
    )


def end_with_name(last: Token) -> int:
    """Where a list ends: its last member, or the name set beside it ("... and Hale's mother,
    Viola Warren"), so the total covers that person's own single."""
    name = next((c for c in last.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    tok = name if name is not None else last
    while name is not None:  # "his two sons, John and Jim": to the last name
        name = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
        tok = name if name is not None else tok
    return tok.idx + len(tok.text)


def list_members(head: Token) -> list[Token]:
    """The head of a list and its later members: "A, B and C", where spaCy hangs C off B or
    off A, and the middle of "his wife, daughter and son" as an apposition."""
    members, stack = [head], [head]
    while stack:
        for c in stack.pop().children:
            if list_member(c):
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
        and head.lemma_.lower() in ONE_PERSON_NOUNS
        and not title_line(tok.doc)
    )


def list_member(tok: Token) -> bool:
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
    if headline_comma(tok):
        return True
    if tok.dep_ != "appos" or not any(c.dep_ == "conj" for c in tok.children):
        return False
    # "two people, a man and a woman, were killed" closes with a comma: an apposition that
    # names the two, not more people
    return not closed_by_comma(tok)
