"""`factcheck review`: serve the local review page over a store."""

from __future__ import annotations

import errno
import socket
import threading
import webbrowser
from pathlib import Path

import click

from factcheck.commands.store_cmds import db_options, resolve_db
from factcheck.errors import FactcheckError

LOOPBACK = "127.0.0.1"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free one); one-line error when it is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise FactcheckError(
                f"port {port} on {host} is in use; pass another --port "
                "(or --port 0 for any free one)"
            ) from None
        raise FactcheckError(
            f"cannot listen on {host}:{port} ({exc.strerror}); check --host"
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


@click.command()
@db_options
@click.option(
    "--port",
    type=int,
    default=8765,
    show_default=True,
    help="Port to serve on (0 picks a free one).",
)
@click.option(
    "--host",
    default=LOOPBACK,
    show_default=True,
    help="Interface to bind. Anything but loopback lets others on the network review.",
)
@click.option("--no-open", is_flag=True, help="Do not open a browser tab.")
def review(db: Path | None, config_path: Path | None, port: int, host: str, no_open: bool) -> None:
    """Review flagged conflicts in your browser: confirm, dismiss, add notes.

    Decisions are saved to the database at once and stay attached to each finding when the
    cluster is re-checked. Keys: j/k next/previous, c confirm, d dismiss, u unsure, n note.

    \b
    Examples:
      factcheck check cluster/ --db factcheck.db
      factcheck review --db factcheck.db
      factcheck review --db factcheck.db --port 0 --no-open
    """
    import uvicorn  # imported here so `factcheck --help` stays fast

    from factcheck.review.app import LOCAL_HOSTS, create_app

    path = resolve_db(db, config_path)
    hosts = list(LOCAL_HOSTS)
    if host not in LOCAL_HOSTS:
        # All interfaces: clients use names we cannot know, so the Host check is off there.
        hosts = ["*"] if host in ("0.0.0.0", "::") else [*hosts, host]
        click.echo(f"warning: serving on {host}: anyone who can reach it can review", err=True)
    app = create_app(path, allowed_hosts=hosts)
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}/findings"
    click.echo(f"Reviewing {path} at {url}  (Ctrl+C to stop)")
    if not no_open:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
