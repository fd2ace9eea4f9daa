"""Small questions about spaCy's parse that the count rules share: a word's role class, negation,
whether a line is a headline, and the slot a rule derives for a number of people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.slots.quantities import ROLE_CLASSES, noun_key
from factcheck.slots.types import Slot

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


def token_class(tok: Token) -> str | None:
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


def is_negated(tok: Token) -> bool:
    """'weren't hurt', 'were not injured', 'was almost killed': the count is of people it did
    not happen to."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("almost", "nearly"))
        for c in tok.children
    )


def at_after(verb: Token) -> Token | None:
    """The "at" right after the verb ("shot at", "fired at")."""
    return next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i == verb.i + 1),
        None,
    )


def people_count(
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


def opens_line(tok: Token) -> bool:
    """The word's phrase opens the line, or follows a headline's source ("Police: 6-year-old
    girl wounded", "Deputies: Teen shot")."""
    first = tok.left_edge.i
    return first == 0 or (first in (2, 3) and tok.doc[first - 1].text == ":")


def phrase_head(tok: Token) -> Token:
    """The head of the apposition or list a person stands in: the word the verb governs."""
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_headline(doc: Doc) -> bool:
    """A title: no closing full stop and most words capitalized ("Child, Three Adults Injured
    in DeKalb Shooting")."""
    words = [t for t in doc if t.is_alpha]
    if not words or doc.text.rstrip().endswith((".", "!", "?")) or len(words) > 20:
        return False
    return sum(t.text[0].isupper() for t in words if len(t) > 3) * 3 >= 2 * len(
        [t for t in words if len(t) > 3]
    )


def title_line(doc: Doc) -> bool:
    """A headline in title case, or a short line with no closing stop ("Woman, 2 children
    dead in murder-suicide": many outlets write headlines in sentence case)."""
    if is_headline(doc):
        return True
    words = [t for t in doc if t.is_alpha]
    return bool(words) and len(words) <= 14 and not doc.text.rstrip().endswith((".", "!", "?"))


def headline_comma(tok: Token) -> bool:
    """A headline's comma stands for "and": "Child, Three Adults Injured", "Parents, 2
    children dead" (the list opens the line; in a sentence the comma opens an apposition)."""
    doc = tok.doc
    if tok.dep_ != "appos" or "," not in (doc[tok.left_edge.i].text, doc[tok.left_edge.i - 1].text):
        return False  # (the parser hangs the comma on either side: "3 Men, 1 Woman Injured")
    if closed_by_comma(tok) and not any(
        c.dep_ in ("amod", "acl") and token_class(c) in ("killed", "injured", "shot")
        for c in tok.children
    ):
        # "Magnolia youth, Hank Bollen, dies": the youth, named; but a member that carries the
        # outcome ends at the line's own comma ("2 adults, 1 child dead in X, police say")
        return False
    return is_headline(doc) or (title_line(doc) and tok.head.left_edge.i == 0)


def closed_by_comma(tok: Token) -> bool:
    """The phrase ends at a comma, dash or bracket: an apposition set off on both sides."""
    after = tok.right_edge.i + 1
    return after < len(tok.doc) and tok.doc[after].text in (",", "--", "—", ")")
