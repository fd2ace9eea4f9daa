"""The role a name plays in its sentence, so that names compare only in the same role.

"subject:arrive" for the subject of a verb, "object:charge" for a passive subject,
"location:arrive" or "location:shooting" for the place of a verb or an event noun,
"title:kremlin spokesman" for a person named with their office. Hand-written over spaCy's
parse; recorded in docs/slots.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.slots.date_roles import REPORTING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

_OFFICES = frozenset(
    [
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "judge",
        "justice",
        "minister",
        "secretary",
        "senator",
        "governor",
        "mayor",
        "sheriff",
        "chief",
        "commissioner",
        "general",
        "admiral",
        "colonel",
        "captain",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "chairman",
        "chairwoman",
        "ceo",
        "ambassador",
        "leader",
    ]
)


def _title_before(ent: Span) -> str | None:
    """'kremlin spokesman' for 'Kremlin spokesman Dmitry Peskov': the office a person holds.

    Two outlets naming different people for the same office in the same statement is the
    classic name conflict, and the office words sit right before the name as its compounds.
    """
    words = []
    i = ent.start - 1
    while i >= 0:
        tok = ent.doc[i]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.dep_ not in ("compound", "amod", "nmod"):
            break
        words.append(tok.lower_)
        i -= 1
    if not words:
        return None
    office = ent.doc[ent.start - 1]
    # The word next to the name must be the office: a common noun ("spokesman"), or one of the
    # offices spaCy tags as a proper noun when capitalised ("President", "Judge").
    if office.pos_ != "NOUN" and office.lower_ not in _OFFICES:
        return None
    # The whole title ("fire chief", "russian foreign minister"): offices of different
    # bodies must not meet, and the full title is what makes a cluster-level match safe.
    return " ".join(reversed(words))


def entity_role(ent: Span) -> str | None:
    """'subject:arrive' for the subject of a verb, 'location:arrive' for 'in/at X' of a verb,
    'title:kremlin spokesman' for a person named with their office."""
    role = _verb_role(ent)
    if role is None and ent.label_ == "PERSON":
        # Speakers ("spokesman X said") get no verb role; their office is what they share.
        title = _title_before(ent)
        return f"title:{title}" if title else None
    return role


# Nouns of the events a story is about: a place attached to one is where the event happened.
_PLACED_EVENTS = frozenset(
    ["shooting", "killing", "slaying", "homicide", "murder", "stabbing", "attack", "ambush",
     "standoff", "rampage", "spree", "massacre", "explosion", "bombing", "crash", "fire"]
)  # fmt: skip


def _verb_role(ent: Span) -> str | None:
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in REPORTING:
            # "Hudec was charged" names who was charged, "detectives charged Hudec" who charged:
            # the passive subject is the verb's object, never the same role as the active one.
            what = "object" if root.dep_ == "nsubjpass" else "subject"
            return f"{what}:{verb.lemma_.lower()}"
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "inside", "outside"):
        verb = root.head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() not in REPORTING:
            return f"location:{verb.lemma_.lower()}"
        if (
            verb.pos_ == "NOUN"
            and verb.lemma_.lower() in _PLACED_EVENTS
            and ent.label_ in ("GPE", "LOC")
        ):
            # "after an apparent shooting in Norfolk": the place of the event the noun names
            return f"location:{verb.lemma_.lower()}"
    if (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.lemma_.lower() in _PLACED_EVENTS
        and ent.label_ in ("GPE", "LOC")
    ):
        return f"location:{root.head.lemma_.lower()}"  # "the Capitol Heights shooting"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("visit", "enter", "reach", "leave"):
        return f"location:{root.head.lemma_.lower()}"
    return None
