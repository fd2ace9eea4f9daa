"""What a negated statement denies, and whether the other statement says it.

A claim conflict through a one-way denial ("has supplied shells" / "has not supplied any
weapons") stands only when the denial is about what the other statement asserts: the negated
verb, or its object, appears (as a lemma) in the other statement. On the labelled GVA pools the
small NLI model's one-way "contradictions" between a negated sentence and a sentence about
something else ("No arrests have been made" vs "a call was placed", "The officers were not
injured" vs a quote) were nearly all false alarms (docs/benchmarks.md).

spaCy gives the parse and lemmas; which words a negation governs is our own rule (no library
exposes "the denied predicate" for English news text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.nlp import load_spacy

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Negating determiners and pronouns ("no arrests", "nobody was hurt", "nothing to do with").
_NEG_DET = frozenset({"no", "neither"})
_NEG_PRONOUN = frozenset({"nobody", "nothing", "none", "noone"})
# One-word denials of a harm (decide counts them as negations): "unharmed" denies "harmed",
# "non-life-threatening" denies "threatening".
_ONE_WORD_DENIAL = re.compile(
    r"\bun(harmed|hurt|injured|scathed)\b|\bnon-?(?:life-?)?(threatening|fatal|critical)"
)
# The object-like dependents of a negated verb that name what is denied.
_OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative"})
# Verbs too general to say what is denied on their own ("was not", "did not", "has no").
_LIGHT = frozenset({"be", "have", "do", "get", "make", "say", "can", "will", "would", "could"})


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
    lemma = tok.lemma_.casefold()
    if tok.is_stop or tok.is_punct or not tok.is_alpha or lemma in _LIGHT:
        return None
    return _canonical(lemma)


def _denied_by(tok: Token) -> set[str]:
    """The lemmas a negation word denies: its head verb (or the noun it determines) and that
    verb's object-like dependents."""
    word = tok.lower_
    if word in _NEG_DET and tok.dep_ == "det":
        return {w for w in (_content(tok.head),) if w}
    heads = [tok.head] if tok.dep_ == "neg" or word in _NEG_PRONOUN or word == "never" else []
    out: set[str] = set()
    for head in heads:
        for t in (head, *(c for c in head.children if c.dep_ in _OBJECT_DEPS)):
            w = _content(t)
            if w:
                out.add(w)
    return out


def _prefix_denials(text: str) -> set[str]:
    return {
        _canonical(m.group(1) or m.group(2)) for m in _ONE_WORD_DENIAL.finditer(text.casefold())
    }


@lru_cache(maxsize=4096)
def denied_lemmas(text: str) -> frozenset[str]:
    """Lemmas of what `text` denies: "North Korea has not supplied Russia with any weapons"
    -> {supply, russia}; "No arrests have been made" -> {arrest}."""
    doc = load_spacy()(text)
    out: set[str] = set()
    for tok in doc:
        out |= _denied_by(tok)
    return frozenset(out | _prefix_denials(text))


@lru_cache(maxsize=4096)
def content_lemmas(text: str) -> frozenset[str]:
    """Lemmas of the content words of `text` (and their words, for prefix denials)."""
    doc = load_spacy()(text)
    return frozenset(
        w
        for tok in doc
        for w in (
            _content(tok),
            _canonical(tok.lower_) if tok.is_alpha and not tok.is_stop else None,
        )
        if w
    )


def denies_what_other_says(negated: str, other: str) -> bool:
    """True when something `negated` denies is said in `other` (by lemma)."""
    return bool(denied_lemmas(negated) & content_lemmas(other))
