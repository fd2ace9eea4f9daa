"""`factcheck slots`: print the normalized dates, times, figures and names of a text."""

from __future__ import annotations

import json
from datetime import datetime

import click

from factcheck.errors import FactcheckError


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise FactcheckError(
            f"--published: {value!r} is not an ISO date or datetime; use e.g. 2024-06-19 or "
            "2024-06-19T09:00:00+03:00"
        ) from None


@click.command("slots")
@click.option(
    "--published",
    metavar="ISO_DATETIME",
    help="Publication date/time that relative dates resolve against (2024-06-19T09:00+03:00).",
)
@click.argument("text")
def slots(published: str | None, text: str) -> None:
    """Print each slot of TEXT (one sentence per line, or prose) as one JSON line.

    \b
    Example:
      factcheck slots --published 2024-06-19T09:00+03:00 \\
        "Putin arrived late Tuesday, his first visit in 24 years; about 6,700 containers were sent."
    """
    pub = _parse_published(published)
    from factcheck.nlp import load_spacy
    from factcheck.slots import extract_article_slots

    nlp = load_spacy()
    sentences = [s.text for s in nlp(text).sents] if text.strip() else []
    for i, sent_slots in enumerate(extract_article_slots(sentences, pub)):
        for slot in sent_slots:
            click.echo(json.dumps({"sentence": i, **slot.to_dict()}, ensure_ascii=False))
