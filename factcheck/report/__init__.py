"""Report renderers: JSON (the versioned schema), Markdown and self-contained HTML."""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.config import ReportConfig
from factcheck.schema import SCHEMA_VERSION, Report

FORMATS = ("md", "json", "html")


def render_json(reports: Sequence[Report]) -> str:
    doc = {"schema_version": SCHEMA_VERSION, "reports": [r.to_dict() for r in reports]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(reports: Sequence[Report], fmt: str, config: ReportConfig | None = None) -> str:
    from factcheck.report.view import build_view

    config = config or ReportConfig()
    limit = config.max_agreements if config.include_agreements else 0
    if fmt == "json":
        return render_json(reports)
    views = [build_view(r, max_agreements=limit) for r in reports]
    if fmt == "md":
        from factcheck.report.markdown import render_markdown

        return "\n\n".join(render_markdown(v) for v in views)
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(views)
    raise ValueError(f"unknown report format {fmt!r}; known: {', '.join(FORMATS)}")
