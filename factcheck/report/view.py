"""What the Markdown and HTML reports show, computed once from a Report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from factcheck.schema import Article, Finding, Report, Statement


@dataclass(frozen=True, slots=True)
class Side:
    outlet: str
    published: str  # "2024-06-20 09:00 +00:00" or "unknown"
    speaker: str | None
    # The statement cut into (text, differs) pieces for highlighting.
    pieces: tuple[tuple[str, bool], ...]
    article_id: str


@dataclass(frozen=True, slots=True)
class FindingView:
    finding: Finding
    a: Side
    b: Side
    title: str  # "Date conflict" / "Agreement"


@dataclass(frozen=True, slots=True)
class ReportView:
    report: Report
    conflicts: tuple[FindingView, ...]
    updates: tuple[FindingView, ...]
    agreements: tuple[FindingView, ...]
    outlets: tuple[str, ...]
    # matrix[(x, y)] = (agreements, conflicts) between outlets x and y
    matrix: dict[tuple[str, str], tuple[int, int]]
    timeline: tuple[tuple[str, Article], ...]
    counts: dict[str, int]
    outliers: tuple[tuple[str, int], ...]  # outlet, groups in which it is the outlier


def format_time(dt: datetime | None) -> str:
    if dt is None:
        return "unknown"
    return dt.strftime("%a %d %b %Y %H:%M") + (dt.strftime(" %z") if dt.tzinfo else "")


def _when(article: Article) -> tuple[bool, datetime]:
    """Sort key: articles without a time last; aware times compared in UTC."""
    dt = article.published
    if dt is None:
        return (True, datetime.min)
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return (False, dt)


def split_pieces(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return tuple(pieces)


def _side(report: Report, statement: Statement, spans: tuple[tuple[int, int], ...]) -> Side:
    article = report.article(statement.article_id)
    return Side(
        outlet=article.source,
        published=format_time(article.published),
        speaker=statement.speaker,
        pieces=split_pieces(statement.text, spans),
        article_id=article.id,
    )


def finding_title(f: Finding) -> str:
    if f.kind == "conflict":
        label = f"{(f.conflict_type or 'claim').capitalize()} conflict"
        return label + (" (possible update)" if f.possible_update else "")
    return "Agreement" if f.kind == "agree" else "Unrelated"


def build_view(report: Report, *, max_agreements: int | None = None) -> ReportView:
    def view(f: Finding) -> FindingView:
        return FindingView(
            finding=f,
            a=_side(report, report.statement(f.statement_a), f.diff_a),
            b=_side(report, report.statement(f.statement_b), f.diff_b),
            title=finding_title(f),
        )

    conflicts = [f for f in report.findings if f.kind == "conflict"]
    agreements = [f for f in report.findings if f.kind == "agree"]
    outlets = tuple(sorted({a.source for a in report.articles}))
    matrix: dict[tuple[str, str], tuple[int, int]] = {}
    for f in conflicts + agreements:
        x = report.article(report.statement(f.statement_a).article_id).source
        y = report.article(report.statement(f.statement_b).article_id).source
        for key in ((x, y), (y, x)):
            agree, conflict = matrix.get(key, (0, 0))
            matrix[key] = (agree + (f.kind == "agree"), conflict + (f.kind == "conflict"))
    timeline = sorted(
        ((format_time(a.published), a) for a in report.articles), key=lambda t: _when(t[1])
    )
    outlier_counts = Counter(o for g in report.groups for o in g.outliers)
    shown = agreements if max_agreements is None else agreements[:max_agreements]
    return ReportView(
        report=report,
        conflicts=tuple(view(f) for f in conflicts if not f.possible_update),
        updates=tuple(view(f) for f in conflicts if f.possible_update),
        agreements=tuple(view(f) for f in shown),
        outlets=outlets,
        matrix=matrix,
        timeline=tuple(timeline),
        counts={"agreements_total": len(agreements)},
        outliers=tuple(outlier_counts.most_common()),
    )
