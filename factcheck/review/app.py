"""The review app factory: Starlette routes, Jinja2 templates (autoescape on), security.

Security choices (see docs/review.md and factcheck.review.security):
- binds 127.0.0.1 by default (the CLI), and only answers requests whose Host is one of the
  allowed names (stops DNS-rebinding pages from reading the queue or its token);
- every POST needs the per-server-session token in the X-Factcheck-Token header, a JSON body,
  and, when the browser sends them, a same-origin Origin and Sec-Fetch-Site: a cross-site page
  can neither read the token nor send that header without a CORS preflight we never answer;
- a strict Content-Security-Policy (no inline script, nothing from other origins), so even an
  escaping mistake could not run a script from an article.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from factcheck.errors import FactcheckError
from factcheck.review import markup, routes
from factcheck.review.security import SecurityHeaders
from factcheck.schema import CONFLICT_TYPES, VERDICTS
from factcheck.store import STATUSES, open_store

HERE = Path(__file__).parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        highlight=markup.highlight,
        show_value=markup.show_value,
        show_time=markup.show_time,
        safe_url=markup.safe_url,
        percent=markup.percent,
    )
    env.globals.update(VERDICTS=VERDICTS, CONFLICT_TYPES=CONFLICT_TYPES, STATUSES=STATUSES)
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or request.method == "POST"


async def _error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        status, message = exc.status_code, str(exc.detail)
    else:  # FactcheckError: the store's one-liners; "unknown ..." ids are a 404, the rest 400
        message = str(getattr(exc, "message", exc))
        status = 404 if ("unknown" in message or "not in run" in message) else 400
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    return request.app.state.templates.TemplateResponse(
        request,
        "error.html",
        {"message": message, "status": status, "token": request.app.state.token},
        status_code=status,
    )


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
) -> Starlette:
    """The review app over the store at `db_path` (which must exist).

    `token` is the per-session write token (random when None); `allowed_hosts` the Host
    names served (add the name you bind with `--host`).
    """
    open_store(db_path, create=False).close()  # one-line error now rather than on first page
    app = Starlette(
        routes=[
            Route("/", routes.home),
            Route("/findings.json", routes.findings_json),
            Route("/findings", routes.findings_page),
            Route("/findings/{finding_id}.json", routes.finding_json),
            Route("/findings/{finding_id}/decision", routes.post_decision, methods=["POST"]),
            Route("/findings/{finding_id}", routes.finding_page),
            Route("/articles/{article_id}.json", routes.article_json),
            Route("/articles/{article_id}", routes.article_page),
            Route("/summary.json", routes.summary_json),
            Route("/summary", routes.summary_page),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)),
        ],
        exception_handlers={HTTPException: _error, FactcheckError: _error},
    )
    app.state.db_path = str(db_path)
    app.state.token = token or secrets.token_urlsafe(32)
    app.state.templates = _templates()
    return app
