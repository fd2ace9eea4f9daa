"""The role of a count: what a number counts ("12 people") and what happened to them ("were
killed"), from the parse around the number, and the numbers that count no one (ages, calibres,
scores, house numbers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.slots.date_roles import HARM_ROLES, REPORTING, governing_verb
from factcheck.slots.harm import (
    CONDITION_VERBS,
    HARM_NOUNS,
    ONE_PERSON_NOUNS,
    agent_clause,
    agents_of,
    best_role,
    conjoined_harm,
    hit_by_gunfire,
    missed_or_not_a_gun,
    on_himself,
    participle_wound,
    suffered_harm,
    suffering_a_gunshot_wound,
    unrealized_harm,
)
from factcheck.slots.numbers import parse_number
from factcheck.slots.persons import ONE_OF_SEVERAL_NOUN, one_of_several
from factcheck.slots.quantities import PERSON_NOUNS, ROLE_CLASSES, UNITS, noun_key, role_class
from factcheck.slots.spans import comma_between, full_name
from factcheck.slots.syntax import is_negated, token_class

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


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


_PARENT_NOUNS = frozenset(
    ["father", "mother", "parent", "dad", "mom", "grandmother", "grandfather", "grandparent"]
)


# the canonical units of physical measures (not %, money or ages)
_MEASURES = frozenset({canonical for canonical, _ in UNITS.values()} | {"°C"})


def count_context(span: Span, unit: str | None) -> tuple[str | None, str | None, str | None]:
    """(counted noun, noun the measure modifies, role) for a figure span. A part of a group
    named before ("three of the victims were shot in the leg") counts the noun `part`: it
    compares with other parts, never with a total ("five people were shot")."""
    noun, modifies, role = _count_context_of(span, unit)
    if role in HARM_ROLES and unit in _MEASURES:
        # "found dead 3 miles south of Platte": a distance, a weight or a speed is nobody
        # killed or hurt (the verb's harm is the people's)
        role = None
    if (
        role not in HARM_ROLES
        and noun_key(noun, "shot") == "person"
        and (wounded := participle_wound(span))
    ):
        # "four victims suffering from gunshot wounds were taken to the hospital": hit, unless
        # the clause's own verb says more ("... were pronounced dead")
        role = wounded
    if role in ("hit", "strike") and hit_by_gunfire(span.root):
        role = "shot"  # "fired into a group, hitting four teenagers and two adults"
    if role in HARM_ROLES and (unrealized := unrealized_harm(span.root)) is not None:
        role = unrealized
    if one_of_several(span, role):
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


def _read_from_the_words(
    span: Span, unit: str | None
) -> tuple[str | None, str | None, str | None] | None:
    """The readings the words around a number settle before its noun and verb are asked: a
    parent's children ("father of four"), a gun's calibre, a TV station, a score, a headline's
    tally ("2 dead, 3 wounded") and ages in their many forms. None for any other number."""
    return _no_count_of_the_event(span, unit) or _headline_tally(span, unit) or _an_age(span, unit)


def _no_count_of_the_event(
    span: Span, unit: str | None
) -> tuple[str | None, str | None, str | None] | None:
    """A parent's children ("father of four"), a gun's calibre, a TV station, a score."""
    root = span.root
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
    return None


def _headline_tally(
    span: Span, unit: str | None
) -> tuple[str | None, str | None, str | None] | None:
    """'2 people, including shooter, dead, 3 wounded': a headline's tally."""
    root = span.root
    if (
        unit is None
        and root.like_num
        and (tally := _TALLY_AFTER.match(span.doc.text, span.end_char))
    ):
        # "2 people, including shooter, dead, 3 wounded": a headline's tally, which the small
        # model parses as apposition (an age) or hangs on the wrong verb
        noun = span.doc[span.end].lemma_.lower() if tally.group(1) else None
        return noun, None, ROLE_CLASSES[tally.group(2).lower()]
    return None


def _an_age(span: Span, unit: str | None) -> tuple[str | None, str | None, str | None] | None:
    """An age in its many forms ("15-year-old", "Perry, 14;", "ages 3 and 4", "dies at 91")."""
    root = span.root
    # "Brooklyn boy, 15, dies", "Perry, 14; Sanders, 17": an age in apposition, not a count.
    # The noun is the person's word, so only ages of the same kind of person compare.
    age_of = root.head if root.dep_ == "conj" and root.head.dep_ == "appos" else root
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
        and span.doc[i - 2].lemma_.lower() in PERSON_NOUNS | ONE_PERSON_NOUNS  # "and son, 10,"
        and (i + 1 == len(span.doc) or span.doc[i + 1].is_punct)
        and 0 < (parse_number(root.text) or 0) < 120
    ):
        return span.doc[i - 2].lemma_.lower(), None, "age"
    return None


def _counted_noun(span: Span, unit: str | None) -> tuple[Token | None, bool]:
    """The noun a number counts (its head, or itself: "dozens"), and whether the number names
    a unit instead ("Troop 9"): then it counts nothing."""
    root = span.root
    inside = {t.i for t in span}
    noun_tok: Token | None = None
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
        return None, True
    # "two sheriff's deputies": the deputies are counted, not the sheriff
    if (
        noun_tok is not None
        and noun_tok.dep_ == "poss"
        and noun_tok.tag_ == "NN"  # not "the two victims' names"
        and noun_tok.is_alpha  # not run-together text, "one family take?Tucker's brother"
        and noun_tok.head.pos_ == "NOUN"
    ):
        noun_tok = noun_tok.head
    return noun_tok, False


def _of_a_group(root: Token, noun_tok: Token | None) -> tuple[Token | None, bool, bool]:
    """The counted noun after "of" ("hundreds of people", "five of the victims"), whether it
    is a definite group ("the victims"), and whether the number is a part of a count given
    next to it ("one of the five people": then it counts "one of", a part)."""
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
                        return noun_tok, definite_part, True
                    noun_tok = p
                    definite_part = _definite(p)
    return noun_tok, definite_part, False


def _own_outcome_words(
    span: Span, root: Token, anchor: Token, definite_part: bool, governing: Token | None
) -> list[Token]:
    """The words on the counted noun (or the number) that may say what happened to them:
    its modifiers and clauses, and an outcome after it; a modifier past a comma only where none
    comes before it."""
    inside = {t.i for t in span}
    cands: list[Token] = []
    own_from = list(root.children) if definite_part else list(anchor.children) + list(root.children)
    for c in own_from:
        if c.dep_ in ("amod", "acl", "relcl", "oprd", "appos", "acomp") and c.i not in inside:
            if c.dep_ == "relcl" and agent_clause(c):
                continue  # "four men ... that injured five protesters": the men did it
            if suffering_a_gunshot_wound(c):
                continue  # "four victims suffering from gunshot wounds" (`count_context`)
            if c.dep_ == "appos" and c.lemma_.lower() == "casualty":
                # "killing two women, the first Israeli casualties": casualties are the dead and
                # the hurt alike, so the verb says which
                continue
            cands.append(c)
            cands.extend(g for g in c.children if g.dep_ == "conj")  # "shot and killed"
    # the main verb's own outcome ("arrested two men and a woman injured in the crash") stands;
    # a list the parser hung on a verb as its conjunct has none of its own
    if (
        (anchor.dep_ == "conj" and anchor.head.pos_ == "VERB")
        or governing is None
        or not token_class(governing)
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
    if best_role(before_comma) in ROLE_CLASSES.values():
        return before_comma
    return cands


def _count_context_of(span: Span, unit: str | None) -> tuple[str | None, str | None, str | None]:
    root = span.root
    inside = {t.i for t in span}
    early = _read_from_the_words(span, unit)
    if early is not None:
        return early
    noun_tok, names_a_unit = _counted_noun(span, unit)
    if names_a_unit:
        return None, None, None
    modifies: str | None = None
    head = root.head
    noun_tok, definite_part, part = _of_a_group(root, noun_tok)
    if part:
        return "part", None, None
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
        and anchor.head.head.lemma_.lower() in HARM_NOUNS
    ):
        return noun, modifies, HARM_NOUNS[anchor.head.head.lemma_.lower()]
    # "four people were shot, three fatally": the adverb on the number is its outcome
    if any(
        t.lower_ in ("fatally", "mortally") for t in [*root.children, root.head] if t.i > root.i
    ):
        return noun, modifies, "killed"
    governing = governing_verb(anchor)
    cands = _own_outcome_words(span, root, anchor, definite_part, governing)
    # The noun's own modifier wins over a verb it hangs off: in "a girl was killed and two men
    # injured" the men are injured, not killed.
    own = best_role(cands)
    if own is not None and any(token_class(c) for c in cands):
        return noun, modifies, own
    if group_of_part or _kin_of_the_counted(anchor):
        return noun, modifies, None
    if (
        anchor.dep_ == "conj"
        and anchor.head.dep_ == "pobj"
        and anchor.head.pos_ == "NOUN"
        and anchor.head.lemma_.lower() not in PERSON_NOUNS | ONE_PERSON_NOUNS
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
    if (
        anchor.dep_.startswith("nsubj")
        and anchor.head.pos_ == "AUX"
        # not the passive's own "were" the parser hung the subject on ("Two people were
        # critically injured and three others were hurt": "were" is "injured"'s)
        and anchor.head.dep_ not in ("aux", "auxpass")
    ):
        verb = anchor.head
    if verb is not None:
        said = _what_the_verb_says(anchor, root, verb, noun, modifies)
        if said is not None:
            return said
        cands.extend(_outcome_words_of_the_verb(span, anchor, verb))
    role = best_role(cands)
    if verb is not None and role == verb.lemma_.lower() and role in REPORTING:
        role = None
    return noun, modifies, role


def _what_the_verb_says(
    anchor: Token, root: Token, verb: Token, noun: str | None, modifies: str | None
) -> tuple[str | None, str | None, str | None] | None:
    """The count's reading where the verb it hangs on settles it: a condition or a hospital
    stay, the agents of a harm, a harm suffered, fired at and missed, the verb's own killed or
    injured (or its negation). None where the verb's outcome words must decide."""
    if (
        verb.lemma_.lower() in CONDITION_VERBS
        and any(
            p.lemma_.lower() in ("condition", "hospital")
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
        )
    ) or _still_hospitalized(verb):
        # "are in serious condition", "in the hospital", "remain hospitalized": often some
        # of the injured, so a role of its own, not a count of the injured
        return noun, modifies, "in hospital"
    if agents_of(verb, anchor):
        return noun, modifies, None
    if (
        _subject_of(anchor, verb)
        and (suffered := suffered_harm(verb)) is not None
        # "the other two suffered minor injuries", "each one suffered", "the two men
        # received gunshot wounds": some of a group counted before, not its count ("all
        # seven victims suffered", "two other people suffered" are counts)
        and not any(c.lower_ in ("each", "the") for c in [*anchor.children, *root.children])
        # "one victim suffered injuries to his hand and the other ...": in the dev and test
        # articles every such one was one of several wounded, so it is no count of them
        and parse_number(root.text) != 1
    ):
        return noun, modifies, "killed" if _then_died(verb) else suffered
    if _subject_of(anchor, verb) and (wounded := suffering_a_gunshot_wound(verb)):
        return noun, modifies, wounded  # "found three victims suffering from gunshot wounds"
    if (
        verb.lemma_.lower() == "shoot"
        and missed_or_not_a_gun(verb, headline_voice=True)
        and not conjoined_harm(verb)
    ):
        # "two officers were shot at on Boston Avenue", "shot at by a deputy": fired at
        return noun, modifies, None
    # "injures 9 people; gunman shot, killed": the verb's own outcome stands; only "shot"
    # is upgraded by a conjoined verb ("were shot and killed").
    own_verb = token_class(verb)
    if own_verb == "shot" and _subject_of(anchor, verb, passive=True) and _then_died(verb):
        return noun, modifies, "killed"  # "two men were shot and were pronounced dead"
    if own_verb and is_negated(verb):
        return noun, modifies, "not " + own_verb
    if own_verb in ("killed", "injured"):
        # "eight have been hurt or killed": either, so neither count.
        alt = {ROLE_CLASSES.get(c.lemma_.lower()) for c in verb.children if c.dep_ == "conj"}
        if (
            any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
            and ({"killed", "injured"} - {own_verb}) & alt
        ):
            return noun, modifies, None
        if own_verb == "injured" and _subject_of(anchor, verb, passive=True) and _then_died(verb):
            return noun, modifies, "killed"  # "two men were wounded and later died"
        return noun, modifies, own_verb
    return None


def _then_died(verb: Token) -> bool:
    """'suffered gunshot wounds and died', 'were wounded and later died', 'were shot and were
    pronounced dead': a verb joined to the harm by "and" (only adverbs and auxiliaries
    between), with no subject or object of its own, tells that they died of it. Not "hurt 15
    people and killed one man" (its own object), nor "and the boy was later pronounced dead"
    (a subject the parser may not hang on it). The caller checks that the count is the
    harm's subject: in "he wounded two men and then died" the one who died is the shooter."""
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(g.dep_.startswith("nsubj") or g.dep_ == "dobj" for g in c.children):
            continue
        if is_negated(c) or on_himself(c):
            continue
        joins = [g for g in verb.children if g.dep_ == "cc" and g.i < c.i]
        if not joins or joins[-1].lower_ != "and":
            continue
        if any(t.pos_ not in ("AUX", "ADV", "PART") for t in c.doc[joins[-1].i + 1 : c.i]):
            continue
        if token_class(c) == "killed" or any(
            g.dep_ in ("oprd", "acomp") and token_class(g) == "killed" for g in c.children
        ):
            return True
    return False


def _outcome_words_of_the_verb(span: Span, anchor: Token, verb: Token) -> list[Token]:
    """The verb and the words around it that may tell the count's outcome: its complements
    and conjoined verbs ("were found shot dead"), a state it leaves them in ("left two men
    wounded"), a toll it raises ("bringing the death toll to 5")."""
    words = [verb]
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
            words.append(c)
        if c.tag_ == "VBG" and c.lemma_.lower() in ("shoot", "fire") and anchor.dep_ == "nsubj":
            continue  # "two teenagers were target shooting": the subject does the shooting
        if c.dep_ in ("oprd", "acomp", "xcomp") or (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            and not on_himself(c)
        ):
            words.append(c)
            if c.dep_ == "xcomp":  # "were found shot dead", "found shot and killed"
                words.extend(g for g in c.children if g.dep_ in ("oprd", "acomp", "conj"))
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
            words.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
            words.extend(p for g in c.children if g.lower_ == "of" for p in g.children)
    return words


# the tagger makes "remained" an auxiliary, lemma and all: "Four others remained hospitalized"
_STAY = re.compile(r"(?:remain|stay)(?:s|ed|ing)?", re.IGNORECASE)


def _still_hospitalized(verb: Token) -> bool:
    """'four others remained hospitalized', 'two remain hospitalized': however the parser hangs
    the two verbs."""
    if verb.lemma_.lower() == "hospitalize":
        return any(c.dep_ in ("aux", "auxpass") and _STAY.fullmatch(c.text) for c in verb.children)
    return bool(_STAY.fullmatch(verb.text)) and any(
        c.lemma_.lower() == "hospitalize" for c in verb.children
    )


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
        and person.lemma_.lower() in ONE_PERSON_NOUNS - {"one", "other"}
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
            if c.dep_ in ("acl", "amod") and c.i > conj.i and c.i not in inside and token_class(c)
        )
    return out


_TOTAL_NOUNS = frozenset(["total", "number"])


def _subject_of(noun: Token, verb: Token, passive: bool = False) -> bool:
    """The verb's subject (with `passive`, a passive one too), or a later member of its
    subject's list ("two officers and a woman suffered"); not a noun elsewhere before it ("in
    a fight with two men, an officer suffered")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TOTAL_NOUNS:
        noun = noun.head.head  # "a total of four people received ..."
    subject = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return noun.dep_ in subject and noun.head.i == verb.i
