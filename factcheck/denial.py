"""What a negated statement denies, and whether the other statement says it.

A claim conflict through a one-way denial ("has supplied shells" / "has not supplied any
weapons") stands only when the denial is about what the other statement asserts: the denied
verb (or the noun after "no") is in the other statement, by lemma, or two of the denied
clause's arguments are (its subject and an object). On the labelled GVA pools the small NLI
model's one-way "contradictions" between a negated sentence and a sentence about something else
("She doesn't know if that person survived" vs a call to rally around survivors) were nearly
all false alarms (docs/decisions.md, D8). Negations that only say what the reporter could not
learn ("not immediately clear", "could not be reached") deny nothing.

spaCy gives the parse and lemmas; which words a negation governs is our own rule (no library
exposes "the denied predicate" for English news text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.nlp import load_spacy

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# Negating determiners and pronouns ("no arrests", "nobody was hurt", "nothing to do with").
_NEG_DET = frozenset({"no", "neither"})
_NEG_PRONOUN = frozenset({"nobody", "nothing", "none", "noone"})
_NEG_ADVERB = frozenset({"not", "n't", "never"})
# Verbs that deny their clause: "denied that it had received weapons", "refused to confirm".
_DENY_VERBS = frozenset({"deny", "refuse", "reject"})
# One-word denials of a harm (decide counts them as negations): "unharmed" denies "harmed",
# "non-life-threatening" denies "threatening".
_ONE_WORD_DENIAL = re.compile(
    r"\bun(harmed|hurt|injured|scathed)\b|\bnon-?(?:life-?|\s)?(threatening|fatal|critical)"
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The object-like dependents of a negated verb that name what is denied.
_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative"})
_CONTENT_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
# Words too general to say what is denied on their own ("was not", "did not", "has no", "no
# one was hurt").
_LIGHT = frozenset(
    {"be", "have", "do", "get", "make", "say", "can", "will", "would", "could", "one",
     "people", "person", "anyone", "anything", "thing", "time", "way"}
)  # fmt: skip
# Words for being hurt, and for dying, one class each: "were unharmed" denies "were injured"
# as much as "harmed", and "was not killed" denies "was fatally shot" and "died".
_HARM = frozenset(
    {"harm", "harmed", "hurt", "injure", "injured", "injury", "wound", "wounded", "scathed"}
)
_DEATH = frozenset(
    {"kill", "killed", "die", "died", "dead", "death", "fatal", "fatally", "slay", "slain",
     "succumb", "perish"}
)  # fmt: skip


def _canonical(word: str) -> str:
    return "harm" if word in _HARM else "death" if word in _DEATH else word


def _content(tok: Token) -> str | None:
    """The token's lemma when it is a content word (by part of speech: spaCy's stop list has
    "name", "call" and "show" in it), in its class for dying or being hurt."""
    lemma = _canonical(tok.lemma_.casefold())
    if lemma in ("harm", "death"):  # of any part of speech: "fatally", "dead"
        return lemma
    if tok.pos_ not in _CONTENT_POS or not tok.is_alpha or lemma in _LIGHT:
        return None
    return lemma


def _report_hedge(neg: Token, head: Token) -> bool:
    """A negation that tells what the reporter could not learn, not what did not happen: "was
    not immediately clear", "could not be reached for comment", "did not land until 3 a.m."."""
    words = {c.lower_ for c in head.children}
    return (
        "immediately" in words
        or "until" in words
        or (head.lemma_ == "reach" and neg.lower_ in _NEG_ADVERB)
    )


@dataclass(frozen=True, slots=True)
class Denial:
    """What one negation denies: the predicate (verb, or the noun after "no") and the
    arguments of the denied clause (subject and objects), as lemma sets."""

    predicate: frozenset[str]
    arguments: tuple[frozenset[str], ...]
    # The denied clause's subject when it is a name ("Joe Biden did not take questions").
    named_subject: frozenset[str] = frozenset()


def _phrase(tok: Token) -> frozenset[str]:
    """The content lemmas of a noun phrase: the noun and its compounds ("North Korea")."""
    toks = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return frozenset(w for t in toks for w in (_content(t),) if w)


def _clause(head: Token, also: Sequence[Token] = ()) -> Denial:
    predicate = {w for t in (head, *also) for w in (_content(t),) if w}
    predicate |= {
        w for c in head.children if c.dep_ in _OBJECT_DEPS and c.pos_ != "PROPN"
        for w in (_content(c),) if w
    }  # fmt: skip
    args = [
        _phrase(c)
        for c in head.children
        if c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS or c.dep_ == "pobj"
    ]
    args += [_phrase(g) for c in head.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]  # fmt: skip
    return Denial(frozenset(predicate), tuple(a for a in args if a), _named_subject(head))


def _named_subject(verb: Token) -> frozenset[str]:
    """The proper-name subject of a verb's clause ("Boris Johnson took questions"), as lemmas;
    empty when the subject is not a name (or there is none)."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "PROPN":
        return frozenset()
    return _phrase(subj)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a word belongs to (itself when it is one)."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _said_of_someone_else(d: Denial, words: frozenset[str], other: str) -> bool:
    """ "Joe Biden did not take questions" / "Boris Johnson took questions": every clause of the
    other statement that holds the denied words has a named subject that is not the denied
    clause's, so it says the thing of someone else."""
    if not d.named_subject:
        return False
    clauses = [
        _clause_verb(t)
        for t in _parse(other)
        if _content(t) in words or _canonical(t.lower_) in words
    ]

    def someone_else(verb: Token) -> bool:
        subject = _named_subject(verb)
        # the denied person anywhere in that clause ("The FBI arrested Marcus Lee" against
        # "Marcus Lee was not arrested") is still what is denied
        named = {w for t in verb.subtree for w in (_content(t),) if w}
        return bool(subject) and not (subject & d.named_subject) and not (d.named_subject <= named)

    return bool(clauses) and all(someone_else(v) for v in clauses)


def _denials_of(tok: Token) -> list[Denial]:
    """What one negation word denies, or nothing when it is not a negation of a clause."""
    word, lemma = tok.lower_, tok.lemma_.casefold()
    if word in _NEG_DET and tok.dep_ in ("det", "preconj"):
        noun = tok.head  # "no arrests", "No one was injured", "Neither the driver nor ..."
        verb = noun.head if noun.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS else None
        if verb is not None and verb is not noun:
            return [_clause(verb, also=(noun,))]
        return [Denial(frozenset(w for w in (_content(noun),) if w), ())]
    if word in _NEG_ADVERB or word in _NEG_PRONOUN:
        head = tok.head
        if word in _NEG_ADVERB and _report_hedge(tok, head):
            return []
        return [_clause(head)]
    if word == "without":  # "released without charge"
        return [Denial(frozenset(w for c in tok.children for w in (_content(c),) if w), ())]
    if lemma in _DENY_VERBS and tok.pos_ == "VERB":
        return [_clause(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    return []


def _prefix_denials(text: str) -> set[str]:
    return {
        _canonical(m.group(1) or m.group(2)) for m in _ONE_WORD_DENIAL.finditer(text.casefold())
    }


def _parse(text: str) -> Doc:
    # spaCy tags "n’t" (curly apostrophe) as punctuation; only lemmas come back, so the
    # straight form changes nothing else.
    return load_spacy()(text.replace("’", "'"))


@lru_cache(maxsize=4096)
def denials(text: str) -> tuple[Denial, ...]:
    """What `text` denies: "North Korea has not supplied Russia with any weapons" -> predicate
    {supply}, arguments ({north, korea}, {russia}, {weapon}); "No one was injured" -> {harm}."""
    out = [d for tok in _parse(text) for d in _denials_of(tok)]
    harm = _prefix_denials(text)
    if harm:
        out.append(Denial(frozenset(harm), ()))
    return tuple(out)


def denied_lemmas(text: str) -> frozenset[str]:
    """The predicates `text` denies, as lemmas (for tests and debugging)."""
    return frozenset(w for d in denials(text) for w in d.predicate)


@lru_cache(maxsize=4096)
def content_lemmas(text: str) -> frozenset[str]:
    """Lemmas of the content words of `text` (and the words themselves, for one-word denials)."""
    return frozenset(
        w
        for tok in _parse(text)
        for w in (_content(tok), _canonical(tok.lower_) if tok.pos_ in _CONTENT_POS else None)
        if w
    )


def denied_in_other(negated: str, other: str) -> frozenset[str]:
    """The lemmas through which `negated` denies what `other` says (empty when it does not): a
    denied predicate that is in `other`, or the arguments in `other` when two of the denied
    clause's arguments are there ("North Korea has not supplied Russia" / "North Korea has sent
    munitions to Russia" -> {north, korea, russia})."""
    said = content_lemmas(other)
    for d in denials(negated):
        if d.predicate & said:
            if _said_of_someone_else(d, d.predicate & said, other):
                continue
            return d.predicate & said
        shared = [a & said for a in d.arguments if a & said]
        if len(shared) >= 2:
            return frozenset().union(*shared)
    return frozenset()


def denies_what_other_says(negated: str, other: str) -> bool:
    """True when `negated` denies what `other` says (see denied_in_other)."""
    return bool(denied_in_other(negated, other))
