"""Self-contained HTML report (inline CSS, no scripts, no network). Jinja2 autoescapes all
article text, so markup inside an article is shown as text."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from factcheck.report.view import ReportView


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.report", "templates"),
        autoescape=True,  # article text is untrusted
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(views: list[ReportView]) -> str:
    return _environment().get_template("report.html.j2").render(views=views)
