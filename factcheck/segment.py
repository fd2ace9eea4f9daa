"""Articles -> claim-like statements with exact character offsets into `article.text`.

spaCy splits the body spans (see factcheck.clean) into sentences; each sentence that reads like
a claim becomes a Statement with `article.text[start:end] == statement.text`. Dropped: fragments
(fewer than `min_words` words), sentences without a verb, questions (when `drop_questions`),
all-caps headlines, lines that do not end like a sentence, and over-long run-ons (`max_words`).
Attribution is kept: "..., the Kremlin said." gets speaker "the Kremlin".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factcheck.config import SegmentConfig
from factcheck.nlp import load_spacy
from factcheck.schema import Article, Statement

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

# Verbs that introduce reported speech: their subject is the speaker.
REPORTING_VERBS = frozenset(
    [
        "say", "tell", "state", "announce", "report", "claim", "deny", "confirm", "add", "insist",
        "note", "warn", "write", "declare", "allege", "acknowledge", "admit", "assert", "explain",
        "argue", "suggest", "estimate", "quote", "cite", "reply", "respond", "maintain",
    ]
)  # fmt: skip
_CLOSED = re.compile(r"[.!?…][\"'”’)\]»]*$")
_QUESTION = re.compile(r"\?[\"'”’)\]»]*$")
_PRONOUNS = frozenset("he she they it we i you this that".split())  # noqa: SIM905
# A reporter's contact or credit line left inside a paragraph ("Reach him at 412-555-0100 or
# jdoe@example.com.", "Associated Press writer Jane Doe contributed to this report."): it says
# nothing about the story, and two outlets' different contacts read to NLI as a contradiction.
# (The cleaner drops such lines when they stand alone; these share a line with prose.)
_CREDIT_OR_CONTACT = re.compile(
    r"\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b"
    r"|^(?:(?-i:[A-Z])[\w.'-]+\s+){1,4}(?:and\s+(?:(?-i:[A-Z])[\w.'-]+\s+){1,4}){0,3}contributed\s*\.$"
    r"|\b(?:can|may)\s+be\s+(?:reached|contacted)\s+(?:at|by\s+e-?mail|via|on)\b"
    r"|^(?:reach|contact|email|e-mail)\s+(?:him|her|them|the\s+(?:writer|reporter|author))\s+(?:at|on|via)\b"
    r"|^follow\s+(?:him|her|them|us|me|the\s+(?:writer|reporter|author))\s+on\s+(?:twitter|x|facebook|instagram)\b"
    r"|^(?:(?-i:[A-Z])[\w.'-]+\s+){1,4}(?:is|are)\s+on\s+(?:twitter|x)\b"
    r"|^(?:(?-i:[A-Z])[\w.'-]+\s+){1,4}is\s+an?\s+(?:[\w.'-]+\s+){0,4}(?:writer|reporter|correspondent|columnist|photographer|editor)(?:\s+(?:for|at|with)\s+[^.]*)?\.$"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)


def segment_articles(
    articles: Sequence[Article], config: SegmentConfig, *, progress: bool = False
) -> list[Statement]:
    """Statements of all `articles`, in article order then text order."""
    nlp = load_spacy()
    # One nlp.pipe over every body chunk: batching is what makes spaCy fast.
    chunks = [
        (_flatten(a.text[s:e]), (ai, s)) for ai, a in enumerate(articles) for s, e in _spans(a)
    ]
    docs = nlp.pipe(chunks, as_tuples=True, batch_size=64)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(chunks), desc="segment", unit="paragraph")
    per_article: list[list[Statement]] = [[] for _ in articles]
    for doc, (ai, offset) in docs:
        article = articles[ai]
        for sent in doc.sents:
            stmt = _statement(article, sent, offset, len(per_article[ai]), config)
            if stmt is not None:
                per_article[ai].append(stmt)
    return [s for stmts in per_article for s in stmts]


def _spans(article: Article) -> tuple[tuple[int, int], ...]:
    return article.body_spans or ((0, len(article.text)),)


def _flatten(chunk: str) -> str:
    """Newlines inside a kept paragraph are hard wraps; spaCy splits on them, so hide them.

    Same length, so offsets still index the original text.
    """
    return chunk.replace("\r", " ").replace("\n", " ")


def _statement(
    article: Article, sent: Span, offset: int, index: int, config: SegmentConfig
) -> Statement | None:
    raw = sent.text
    lead = len(raw) - len(raw.lstrip())
    start = offset + sent.start_char + lead
    end = offset + sent.end_char - (len(raw) - len(raw.rstrip()))
    text = article.text[start:end]
    if not text or not keep_sentence(sent, config):
        return None
    return Statement(
        id=Statement.make_id(article.source, text),
        article_id=article.id,
        index=index,
        start=start,
        end=end,
        text=text,
        speaker=speaker(sent),
    )


def keep_sentence(sent: Span, config: SegmentConfig) -> bool:
    """Whether a spaCy sentence reads like a claim."""
    text = sent.text.strip()
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < config.min_words or len(words) > config.max_words:
        return False
    if not _CLOSED.search(text):
        return False  # a headline or list item that survived cleaning
    if config.drop_questions and _QUESTION.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return False  # ALL-CAPS headline
    if _CREDIT_OR_CONTACT.search(text):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def speaker(sent: Span) -> str | None:
    """Who the sentence is attributed to: "the Kremlin" in "..., the Kremlin said."."""
    for tok in sent:
        # "according to X"
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return _phrase(obj)
    for tok in _reporting_verbs(sent):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                found = _phrase(child)
                if found:
                    return found
    return None


def _reporting_verbs(sent: Span) -> Iterator[Token]:
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS:
        yield root
    # "X said that ...", "..., officials said" parsed below a conjunction or clause
    for tok in sent:
        reporting = tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS
        if tok is not root and reporting and tok.dep_ in ("parataxis", "conj", "ccomp", "advcl"):
            yield tok


def _phrase(tok: Token) -> str | None:
    """The noun phrase headed by `tok` without relative clauses; None for pronouns.

    Keeps an appositive ("Dmitry Peskov, the Kremlin spokesman").
    """
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return None
    dropped = {t.i for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    kept = [t.i for t in tok.subtree if t.i not in dropped]
    # The contiguous run of kept tokens around the head.
    lo = hi = kept.index(tok.i)
    while lo > 0 and kept[lo - 1] == kept[lo] - 1:
        lo -= 1
    while hi + 1 < len(kept) and kept[hi + 1] == kept[hi] + 1:
        hi += 1
    doc = tok.doc
    return doc[kept[lo] : kept[hi] + 1].text.strip(" ,") or None
