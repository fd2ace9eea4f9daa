"""`factcheck nli`: score premise/hypothesis pairs with an NLI cross-encoder."""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from factcheck.errors import InputError


def read_pairs(fh: IO[str], where: str) -> tuple[list[tuple[str, str]], list[object]]:
    """(pairs, ids) from JSON Lines; blank lines are skipped, anything else malformed is an error."""
    pairs: list[tuple[str, str]] = []
    ids: list[object] = []
    for n, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                where, f"not valid JSON ({exc.msg}); expected one object per line", line=n
            ) from None
        if not isinstance(row, dict):
            raise InputError(
                where, "expected a JSON object with 'premise' and 'hypothesis'", line=n
            )
        p, h = row.get("premise"), row.get("hypothesis")
        if not isinstance(p, str) or not isinstance(h, str):
            raise InputError(where, "'premise' and 'hypothesis' must both be strings", line=n)
        pairs.append((p, h))
        ids.append(row.get("id"))
    return pairs, ids


@click.command("nli")
@click.argument("input", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--model",
    "model_name",
    default="factcheck-nli-minilm",
    show_default=True,
    help="NLI model: the shipped name, a Hugging Face hub id or a local folder.",
)
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1))
@click.option(
    "--device", default="auto", show_default=True, help="auto | cpu | cuda | cuda:N | mps"
)
@click.option(
    "--threads",
    default=0,
    show_default=True,
    type=click.IntRange(min=0),
    help="torch CPU threads (0 = torch's default).",
)
@click.option(
    "--max-length",
    default=256,
    show_default=True,
    type=click.IntRange(min=8),
    help="tokens per pair; longer pairs are truncated.",
)
def nli(
    input: IO[str], model_name: str, batch_size: int, device: str, threads: int, max_length: int
) -> None:
    """Score premise/hypothesis pairs with an NLI model.

    INPUT is JSON Lines (a file, or - for stdin), one object per line with "premise" and
    "hypothesis" (and an optional "id", copied to the output). Prints one JSON line per pair
    with the entailment / neutral / contradiction probabilities and the label. Blank lines
    are skipped; any malformed line stops with an error naming FILE:LINE (exit 1) before a
    model is loaded.

    \b
    Example:
      echo '{"premise": "Two people were killed on Saturday.", "hypothesis": "Five people were killed on Saturday."}' \\
        | factcheck nli -
    """
    where = "<stdin>" if input.name in ("<stdin>", "-") else input.name
    pairs, ids = read_pairs(input, where)
    if not pairs:
        return
    from factcheck.nli import load_nli

    model = load_nli(model_name, device=device, threads=threads, max_length=max_length)
    scores = model.predict(pairs, batch_size=batch_size, progress=sys.stderr.isatty())
    for pid, s in zip(ids, scores, strict=True):
        row = s.to_dict()
        if pid is not None:
            row = {"id": pid, **row}
        click.echo(json.dumps(row))
