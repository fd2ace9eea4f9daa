"""`factcheck check`: the consistency report on one or more story clusters."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from factcheck.config import load_config
from factcheck.errors import EXIT_CONFLICTS, FactcheckError
from factcheck.report import FORMATS


def _setup_logging(quiet: bool) -> None:
    logger = logging.getLogger("factcheck")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.WARNING if quiet else logging.INFO)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Report format (default: report.format in the config, md).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write the report to FILE instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing --output file.")
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=None,
    help="TOML config file (see configs/default.toml).",
)
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    help="Override one config key, e.g. --set align.top_k=3 (repeatable).",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME_OR_PATH",
    help="NLI model (Hugging Face name or local path); default: the shipped model.",
)
@click.option(
    "--embedder",
    default=None,
    metavar="NAME_OR_PATH",
    help="Sentence-transformers model for alignment.",
)
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=None,
    help="Record the run (articles, findings) in this SQLite file for review.",
)
@click.option(
    "--fail-on-conflict",
    is_flag=True,
    help=f"Exit with code {EXIT_CONFLICTS} when any conflict is found.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bars (default: on when stderr is a terminal).",
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors and warnings on stderr.")
def check(
    paths: tuple[Path, ...],
    fmt: str | None,
    output: Path | None,
    force: bool,
    config_path: Path | None,
    overrides: tuple[str, ...],
    model: str | None,
    embedder: str | None,
    db: Path | None,
    fail_on_conflict: bool,
    progress: bool | None,
    quiet: bool,
) -> None:
    """Check story clusters for facts that agree and facts that conflict across outlets.

    PATHS are directories of article files (.txt, .md, .html; one directory = one cluster) or
    JSON Lines files with one article per line ({"id", "source", "title", "url", "published",
    "text" or "html", optional "cluster_id"}).

    \b
    Examples:
      factcheck check examples/putin-pyongyang/
      factcheck check cluster.jsonl --format html -o report.html
      factcheck check examples/putin-pyongyang/ --db factcheck.db --fail-on-conflict

    Bad articles are reported on stderr and skipped; the rest is still checked. Exit codes:
    0 done, 1 nothing could be checked (or another error), 2 usage error,
    3 conflicts found (only with --fail-on-conflict).
    """
    from factcheck.ingest import load_inputs
    from factcheck.pipeline import check_cluster, load_default_models
    from factcheck.report import render

    _setup_logging(quiet)
    log = logging.getLogger("factcheck")
    overrides = tuple(overrides)
    if model:
        overrides += (f"models.nli={model}",)
    if embedder:
        overrides += (f"models.embedder={embedder}",)
    config = load_config(config_path, overrides)
    fmt = fmt or config.report.format
    if fmt not in FORMATS:
        raise FactcheckError(f"report.format {fmt!r} is not one of {', '.join(FORMATS)}")
    if output is not None and output.exists() and not force:
        raise FactcheckError(
            f"{output}: already exists; pass --force to overwrite it or choose another -o FILE"
        )
    show_progress = sys.stderr.isatty() if progress is None else progress

    start = time.perf_counter()
    loaded = load_inputs(paths)
    load_seconds = time.perf_counter() - start
    for problem in loaded.problems:
        log.warning("warning: %s", problem)
    checkable = {cid: arts for cid, arts in loaded.clusters.items() if len(arts) >= 2}
    for cid, arts in loaded.clusters.items():
        if len(arts) < 2:
            log.warning(
                "warning: cluster %r has %d usable article(s); at least 2 are needed to compare — skipped",
                cid,
                len(arts),
            )
    if not checkable:
        raise FactcheckError(
            "nothing to check: no cluster has two usable articles; fix the problems above or add articles"
        )

    embed_model, nli_model = load_default_models(config)
    reports = []
    for cid, articles in checkable.items():
        mine = [p for p in loaded.problems if p.cluster_id in (cid, None)]
        skipped = sum(1 for p in mine if p.severity == "error")
        warnings = [str(p) for p in mine]
        reports.append(
            check_cluster(
                articles,
                config,
                cluster_id=cid,
                embedder=embed_model,
                nli=nli_model,
                progress=show_progress,
                skipped=skipped,
                warnings=warnings,
                extra_seconds={"load": load_seconds / len(checkable)},
            )
        )

    text = render(reports, fmt, config.report)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        log.info("wrote %s report to %s", fmt, output)
    if db is not None:
        from factcheck.store import save_run

        for report in reports:
            run_id = save_run(db, report)
            log.info(
                "recorded run %s in %s (review with: factcheck review --db %s)", run_id, db, db
            )
    if fail_on_conflict and any(r.conflicts for r in reports):
        sys.exit(EXIT_CONFLICTS)
