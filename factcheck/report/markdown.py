"""Markdown report for terminals and issue trackers: conflicts first, evidence side by side."""

from __future__ import annotations

from factcheck.report.view import FindingView, ReportView, Side
from factcheck.schema import Report


def _quote(side: Side) -> str:
    # Differing words in bold; asterisks in article text are escaped so they cannot restyle it.
    text = "".join(
        f"**{piece.strip()}**{' ' if piece.endswith(' ') else ''}"
        if differs and piece.strip()
        else _escape(piece)
        for piece, differs in side.pieces
    )
    who = f" — attributed to {side.speaker}" if side.speaker else ""
    return f"> {text}\n>\n> — *{side.outlet}*, {side.published}{who}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("\n", " ")


def _finding(n: int, fv: FindingView) -> str:
    f = fv.finding
    lines = [
        f"### {n}. {fv.title} — confidence {f.confidence:.2f}",
        "",
        _quote(fv.a),
        "",
        _quote(fv.b),
        "",
    ]
    lines += [f"- {r}" for r in f.reasons]
    lines += [f"- finding id `{f.id}`", ""]
    return "\n".join(lines)


def render_markdown(view: ReportView) -> str:
    r: Report = view.report
    st = r.stats
    out = [
        f"# factcheck report: {r.cluster_id}",
        "",
        (
            f"{st.articles} articles → {st.statements} statements → {st.pairs_judged} pairs judged "
            f"(of {st.all_pairs} cross-article pairs) → **{st.conflicts} conflicts**, {st.agreements} agreements"
        ),
        "",
    ]
    if view.outliers:
        out += [
            "Outliers: "
            + ", ".join(
                f"{o} (disagrees with the others on {n} fact{'s' * (n != 1)})"
                for o, n in view.outliers
            ),
            "",
        ]
    out += [f"## Conflicts ({len(view.conflicts)})", ""]
    out += [_finding(i, fv) for i, fv in enumerate(view.conflicts, 1)] or [
        "No conflicts found.",
        "",
    ]
    if view.updates:
        out += [
            f"## Possible updates ({len(view.updates)})",
            "",
            "A later article gives a higher figure than an earlier one: likely a revision, check it.",
            "",
        ]
        out += [_finding(i, fv) for i, fv in enumerate(view.updates, 1)]
    out += [
        "## Agreement between outlets",
        "",
        "Agreements / conflicts between each pair of outlets.",
        "",
    ]
    out += [_matrix(view), ""]
    out += ["## Timeline", ""]
    for when, a in view.timeline:
        warn = f" — {'; '.join(a.warnings)}" if a.warnings else ""
        out.append(f"- {when}: **{a.source}** — {_escape(a.title or a.id)}{warn}")
    out.append("")
    if view.agreements:
        total = view.counts["agreements_total"]
        shown = len(view.agreements)
        more = f" (showing {shown} of {total})" if shown < total else ""
        out += [f"## Agreements ({total}){more}", ""]
        out += [_finding(i, fv) for i, fv in enumerate(view.agreements, 1)]
    if r.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in r.warnings] + [""]
    out += ["## Run", "", _run_line(r), ""]
    return "\n".join(out)


def _matrix(view: ReportView) -> str:
    names = view.outlets
    head = "| | " + " | ".join(names) + " |"
    rule = "|---" * (len(names) + 1) + "|"
    rows = []
    for x in names:
        cells = []
        for y in names:
            if x == y:
                cells.append("—")
            else:
                agree, conflict = view.matrix.get((x, y), (0, 0))
                cells.append(f"{agree} / {conflict}")
        rows.append(f"| **{x}** | " + " | ".join(cells) + " |")
    return "\n".join([head, rule, *rows])


def _run_line(r: Report) -> str:
    st = r.stats
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in st.seconds_per_stage.items())
    models = ", ".join(f"{k}: {v}" for k, v in st.models.items())
    return f"Models: {models}. Time: {stages}. Config digest {r.config_digest}."
