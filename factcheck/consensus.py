"""Claim groups: the same fact told by several outlets, and which outlet is the outlier.

A group is a connected component of judged pairs (agree or conflict) among statements.
Within a group, an outlet's conflicts are counted against the other outlets: an outlet that
conflicts with at least two others, while those others do not conflict among themselves, is
the outlier. With only two outlets in conflict there is no majority, so both are marked
`conflict` and no outlier is named.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from factcheck.schema import Article, ClaimGroup, Finding, Stance, Statement, content_hash


def _components(findings: Sequence[Finding]) -> list[list[Finding]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for f in findings:
        parent[find(f.statement_a)] = find(f.statement_b)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[find(f.statement_a)].append(f)
    return list(groups.values())


def build_groups(
    findings: Sequence[Finding],
    statements: dict[str, Statement],
    articles: dict[str, Article],
) -> tuple[list[ClaimGroup], dict[str, str]]:
    """Claim groups, and finding id -> group id."""
    judged = [f for f in findings if f.kind in ("agree", "conflict")]
    outlets_all = sorted({a.source for a in articles.values()})
    groups: list[ClaimGroup] = []
    membership: dict[str, str] = {}
    for component in _components(judged):
        ids = sorted({s for f in component for s in (f.statement_a, f.statement_b)})
        gid = content_hash("group", *ids)
        outlet = {sid: articles[statements[sid].article_id].source for sid in ids}
        conflicts_with: dict[str, set[str]] = defaultdict(set)
        by_type: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for f in component:
            if f.kind == "conflict":
                oa, ob = outlet[f.statement_a], outlet[f.statement_b]
                conflicts_with[oa].add(ob)
                conflicts_with[ob].add(oa)
                by_type[f.conflict_type or "claim"][oa].add(ob)
                by_type[f.conflict_type or "claim"][ob].add(oa)
        present = set(outlet.values())
        # One group can hold two disputes (a denial, and a figure): find the odd one out per
        # conflict type, so each dispute names its own outlier.
        outliers = set().union(*(_outliers(present, graph) for graph in by_type.values()))
        stances: dict[str, Stance] = {}
        for name in outlets_all:
            if name not in present:
                stances[name] = "silent"
            elif name in outliers or (not outliers and conflicts_with.get(name)):
                stances[name] = "conflict"
            else:
                stances[name] = "agree"
        lead = min(ids, key=lambda sid: (len(statements[sid].text), sid))
        groups.append(
            ClaimGroup(
                id=gid,
                statement_ids=tuple(ids),
                stances=stances,
                outliers=tuple(sorted(outliers)),
                summary=statements[lead].text,
            )
        )
        for f in component:
            membership[f.id] = gid
    groups.sort(
        key=lambda g: (
            -sum(1 for s in g.stances.values() if s == "conflict"),
            -len(g.statement_ids),
            g.id,
        )
    )
    return groups, membership


def _outliers(present: set[str], conflicts_with: dict[str, set[str]]) -> set[str]:
    if len(present) < 3 or not conflicts_with:
        return set()
    candidates = {o for o, others in conflicts_with.items() if len(others) >= 2}
    outliers = set()
    for o in candidates:
        rest = present - {o}
        # The others must not disagree among themselves (apart from with o).
        if all(conflicts_with.get(r, set()) <= {o} for r in rest):
            outliers.add(o)
    return outliers
