"""`factcheck findings`, `factcheck decide` and `factcheck decisions export`: the store from
the command line (thin wrappers over factcheck.store)."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import store
from factcheck.config import load_config
from factcheck.errors import FactcheckError
from factcheck.schema import CONFLICT_TYPES, FINDING_KINDS, VERDICTS

F = TypeVar("F", bound=Callable[..., Any])


def db_options(func: F) -> F:
    """--db and --config, shared by every store command (sqlite-utils style option bundle)."""
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path),
        default=None,
        help="Config file whose store.db is used when --db is not given.",
    )(func)
    return click.option(
        "--db",
        type=click.Path(path_type=Path),
        default=None,
        help="SQLite store written by `factcheck check --db` "
        "[default: config store.db, factcheck.db].",
    )(func)


def resolve_db(db: Path | None, config_path: Path | None) -> Path:
    """The --db path, else the config's store.db; must exist (one-line error otherwise)."""
    path = db if db is not None else Path(load_config(config_path).store.db)
    if not path.exists():
        raise FactcheckError(
            f"{path}: no such database; run `factcheck check ... --db {path}` first to create it"
        )
    return path


def _rows(records: Sequence[store.FindingRecord]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "status": r.status,
            "kind": r.finding.kind,
            "type": r.finding.conflict_type or "",
            "confidence": round(r.finding.confidence, 3),
            "outlet_a": r.article_a.source,
            "statement_a": r.a.text,
            "outlet_b": r.article_b.source,
            "statement_b": r.b.text,
            "note": r.decision.note if r.decision else "",
            "run_id": r.run_id,
            "cluster_id": r.cluster_id,
        }
        for r in records
    ]


def _csv(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _table(records: Sequence[store.FindingRecord]) -> str:
    if not records:
        return "no findings match"
    lines = []
    for r in records:
        label = r.finding.conflict_type or r.finding.kind
        lines.append(
            f"{r.id}  {r.status:<9}  {label:<8}  {r.finding.confidence:.2f}  "
            f"{r.article_a.source} vs {r.article_b.source}"
        )
        for outlet, text in ((r.article_a.source, r.a.text), (r.article_b.source, r.b.text)):
            lines.append("    " + textwrap.shorten(f"{outlet}: {text}", 96, placeholder=" …"))
        if r.decision and r.decision.note:
            lines.append(
                "    " + textwrap.shorten(f"note: {r.decision.note}", 96, placeholder=" …")
            )
    return "\n".join(lines)


@click.command()
@db_options
@click.option(
    "--status",
    type=click.Choice(store.STATUSES),
    default=None,
    help="Only findings with this review status.",
)
@click.option(
    "--kind",
    "kind",
    type=click.Choice((*FINDING_KINDS, *CONFLICT_TYPES, "all")),
    default="conflict",
    show_default=True,
    help="Finding kind, or one conflict type.",
)
@click.option("--outlet", default=None, help="Only findings with this outlet on either side.")
@click.option(
    "--run",
    "run_id",
    type=int,
    default=None,
    help="A run id [default: the latest run of each cluster].",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
def findings(
    db: Path | None,
    config_path: Path | None,
    status: str | None,
    kind: str,
    outlet: str | None,
    run_id: int | None,
    fmt: str,
) -> None:
    """List stored findings, most severe first.

    \b
    Examples:
      factcheck findings --db factcheck.db
      factcheck findings --db factcheck.db --status open --kind number
      factcheck findings --db factcheck.db --format csv > findings.csv
    """
    path = resolve_db(db, config_path)
    records = store.list_findings(
        path, status=status, run_id=run_id, kind=None if kind == "all" else kind, outlet=outlet
    )
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        rows = _rows(records)
        click.echo(_csv(rows, list(rows[0]) if rows else ["id"]), nl=False)
    else:
        click.echo(_table(records))


@click.command()
@db_options
@click.argument("finding_id")
@click.argument("verdict", type=click.Choice(VERDICTS))
@click.option("--note", default="", help='Why (e.g. "time-zone difference, both right").')
@click.option("--reviewer", default="", help="Who decided.")
def decide(
    db: Path | None,
    config_path: Path | None,
    finding_id: str,
    verdict: str,
    note: str,
    reviewer: str,
) -> None:
    """Record a verdict on a finding (FINDING_ID or a unique prefix of it).

    Every decision is kept as history; the latest one is the finding's status, and it stays
    attached when the cluster is re-checked.

    \b
    Examples:
      factcheck decide --db factcheck.db 3f2a9c confirmed
      factcheck decide --db factcheck.db 3f2a9c dismissed --note "time-zone difference, both right"
    """
    d = store.decide(resolve_db(db, config_path), finding_id, verdict, note=note, reviewer=reviewer)
    click.echo(f"{d.finding_id} {d.verdict}" + (f" ({d.note})" if d.note else ""))


@click.group()
def decisions() -> None:
    """Reviewers' decisions stored in the database."""


EXPORT_FIELDS = (
    "decision_id",
    "finding_id",
    "verdict",
    "note",
    "reviewer",
    "decided_at",
    "run_id",
    "cluster_id",
    "kind",
    "conflict_type",
    "confidence",
    "outlet_a",
    "statement_a",
    "outlet_b",
    "statement_b",
)


@decisions.command("export")
@db_options
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to this file instead of stdout (refuses to overwrite without --force).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing -o file.")
def export(
    db: Path | None, config_path: Path | None, fmt: str, output: Path | None, force: bool
) -> None:
    """Export every decision (the whole history, oldest first) with its finding's context.

    \b
    Examples:
      factcheck decisions export --db factcheck.db --format csv -o decisions.csv
      factcheck decisions export --db factcheck.db | jq '.[] | select(.verdict == "confirmed")'
    """
    rows = store.export_decisions(resolve_db(db, config_path))
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        text = _csv(rows, EXPORT_FIELDS)
    if output is None:
        click.echo(text, nl=False)
        return
    if output.exists() and not force:
        raise FactcheckError(f"{output}: already exists; pass --force to overwrite it")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FactcheckError(
            f"{output}: cannot write ({exc.strerror}); pick another -o FILE"
        ) from None
    click.echo(f"wrote {len(rows)} decisions to {output}", err=True)
