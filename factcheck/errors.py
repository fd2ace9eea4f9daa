"""User-facing errors: one line, what went wrong, where, and what to do. Exit code 1."""

from __future__ import annotations

import click

# Exit codes, documented in the README and `factcheck check --help`.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONFLICTS = 3  # `check --fail-on-conflict` found at least one conflict


class FactcheckError(click.ClickException):
    """An error the user can fix; printed as one line without a traceback."""

    exit_code = EXIT_ERROR

    def format_message(self) -> str:
        return self.message


class InputError(FactcheckError):
    """A problem with one input file (and line)."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        self.path = path
        self.line = line
        self.detail = message
        super().__init__(f"{where}: {message}")


class ConfigError(FactcheckError):
    pass


class ModelError(FactcheckError):
    """A model could not be loaded: names the model, the path tried and the config key."""

    def __init__(self, model: str, message: str, *, key: str) -> None:
        super().__init__(f"model {model!r}: {message} (set `{key}` in the config or pass --model)")
