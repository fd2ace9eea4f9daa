"""Route handlers: each page has a JSON twin built from the same data.

Handlers are plain `def` where they only read (Starlette runs them in its threadpool) and
open one SQLite connection per request: connections are cheap and never shared by threads.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from factcheck import store
from factcheck.review.security import check_post
from factcheck.schema import CONFLICT_TYPES, VERDICTS


def _db(request: Request) -> str:
    return str(request.app.state.db_path)


def _page(request: Request, name: str, context: dict[str, Any]) -> Response:
    context = {**context, "token": request.app.state.token}
    return request.app.state.templates.TemplateResponse(request, name, context)


def _run_param(request: Request) -> int | None:
    run = request.query_params.get("run", "").strip()
    if not run:
        return None
    if not run.isdigit():
        raise HTTPException(400, f"run must be a run number, got {run!r}")
    return int(run)


def _filters(request: Request) -> dict[str, Any]:
    q = request.query_params
    ftype = q.get("type", "").strip()
    status = q.get("status", "").strip()
    if ftype and ftype not in CONFLICT_TYPES:
        raise HTTPException(400, f"type must be one of {', '.join(CONFLICT_TYPES)}")
    if status and status not in store.STATUSES:
        raise HTTPException(400, f"status must be one of {', '.join(store.STATUSES)}")
    return {
        "type": ftype,
        "outlet": q.get("outlet", "").strip(),
        "status": status,
        "run": _run_param(request),
    }


def _queue(request: Request) -> dict[str, Any]:
    f = _filters(request)
    db = _db(request)
    records = store.list_findings(
        db,
        status=f["status"] or None,
        run_id=f["run"],
        kind=f["type"] or "conflict",
        outlet=f["outlet"] or None,
    )
    return {"filters": f, "records": records, "outlets": store.list_outlets(db, f["run"])}


def home(request: Request) -> Response:
    return RedirectResponse("/findings", status_code=303)


def findings_page(request: Request) -> Response:
    return _page(request, "queue.html", _queue(request))


def findings_json(request: Request) -> Response:
    data = _queue(request)
    return JSONResponse(
        {
            "filters": data["filters"],
            "outlets": data["outlets"],
            "count": len(data["records"]),
            "findings": [r.to_dict() for r in data["records"]],
        }
    )


def _finding(request: Request) -> dict[str, Any]:
    db = _db(request)
    record = store.get_finding(db, request.path_params["finding_id"], _run_param(request))
    return {"record": record, "history": store.decision_history(db, record.id)}


def finding_page(request: Request) -> Response:
    return _page(request, "finding.html", _finding(request))


def finding_json(request: Request) -> Response:
    data = _finding(request)
    return JSONResponse(
        {**data["record"].to_dict(), "history": [d.to_dict() for d in data["history"]]}
    )


async def post_decision(request: Request) -> Response:
    check_post(request)
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(400, 'the body must be JSON: {"verdict": ..., "note": ...}') from None
    if not isinstance(body, dict) or body.get("verdict") not in VERDICTS:
        raise HTTPException(400, f"verdict must be one of {', '.join(VERDICTS)}")
    note, reviewer = body.get("note", ""), body.get("reviewer", "")
    if not isinstance(note, str) or not isinstance(reviewer, str):
        raise HTTPException(400, "note and reviewer must be strings")
    decision = await run_in_threadpool(
        store.decide,
        _db(request),
        request.path_params["finding_id"],
        body["verdict"],
        note[:2000],
        reviewer[:100],
    )
    return JSONResponse({"status": decision.verdict, "decision": decision.to_dict()})


def _article(request: Request) -> dict[str, Any]:
    ref, text, run_id, statements = store.get_article(
        _db(request), request.path_params["article_id"], _run_param(request)
    )
    wanted = request.query_params.get("statement", "")
    target = next((s for s in statements if s["id"] == wanted), None)
    return {
        "article": ref,
        "text": text,
        "run_id": run_id,
        "statements": statements,
        "target": target,
    }


def article_page(request: Request) -> Response:
    return _page(request, "article.html", _article(request))


def article_json(request: Request) -> Response:
    data = _article(request)
    return JSONResponse(
        {
            **data["article"].to_dict(),
            "run_id": data["run_id"],
            "text": data["text"],
            "statements": data["statements"],
            "highlight": data["target"],
        }
    )


def _summary(request: Request) -> dict[str, Any]:
    db = _db(request)
    return {"summary": store.run_summary(db, _run_param(request)), "runs": store.list_runs(db)}


def summary_page(request: Request) -> Response:
    return _page(request, "summary.html", _summary(request))


def summary_json(request: Request) -> Response:
    data = _summary(request)
    return JSONResponse({**data["summary"].to_dict(), "runs": [r.to_dict() for r in data["runs"]]})
