"""The `factcheck` command line: a thin click group over the library.

Subcommands live in `factcheck.commands.<name>` and are imported only when used, so
`factcheck --help` stays instant (torch and transformers are imported inside the commands).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

from factcheck import __version__

# name -> "module:attribute"; one module per command keeps each small.
COMMANDS: dict[str, str] = {
    "check": "factcheck.commands.check:check",
    "nli": "factcheck.commands.nli:nli",
    "slots": "factcheck.commands.slots:slots",
    "findings": "factcheck.commands.store_cmds:findings",
    "decide": "factcheck.commands.store_cmds:decide",
    "decisions": "factcheck.commands.store_cmds:decisions",
    "review": "factcheck.commands.review:review",
}

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _available(spec: str) -> bool:
    module = spec.split(":", 1)[0]
    return importlib.util.find_spec(module) is not None


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n, spec in COMMANDS.items() if _available(spec))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None or not _available(spec):
            return None
        module, attr = spec.split(":", 1)
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version")
def cli() -> None:
    """Check a cluster of news articles about one story for facts that agree and facts that
    conflict across outlets.

    \b
    Quick start:
      factcheck check examples/putin-pyongyang/     # report on the bundled cluster
      factcheck check cluster.jsonl --format html -o report.html
      factcheck check cluster/ --db factcheck.db    # record the run for review
      factcheck review --db factcheck.db            # review flagged conflicts in a browser

    Exit codes: 0 ok, 1 error (one line, no traceback), 2 usage error,
    3 conflicts found with `check --fail-on-conflict`.
    """


def main() -> None:
    # Models ship inside packages; never reach for a hub unless the user asks for it.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
