"""Safe HTML pieces for the review templates: highlighted spans and display values.

Article text is untrusted. Every piece of it is escaped with markupsafe before it is wrapped
in our own <mark> tags, so a highlight can never open a way for markup from an article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape


def merge_spans(spans: Iterable[Iterable[int]], length: int) -> list[tuple[int, int]]:
    """Sorted, clipped to [0, length], overlapping or touching spans merged; empty dropped."""
    clipped = sorted((max(0, min(int(s), length)), max(0, min(int(e), length))) for s, e in spans)
    out: list[tuple[int, int]] = []
    for s, e in clipped:
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def highlight(text: str, spans: Iterable[Iterable[int]], *, mark_id: str | None = None) -> Markup:
    """`text` escaped, with each span wrapped in <mark> (the first one gets `mark_id`)."""
    pieces: list[str] = []
    pos = 0
    for i, (s, e) in enumerate(merge_spans(spans, len(text))):
        pieces.append(escape(text[pos:s]))
        attr = Markup(' id="{}"').format(mark_id) if (mark_id and i == 0) else ""
        pieces.append(Markup("<mark{}>{}</mark>").format(attr, text[s:e]))
        pos = e
    pieces.append(escape(text[pos:]))
    return Markup("").join(pieces)


def show_value(value: Any) -> str:
    """A slot value for display: dicts as `value unit` when they look like a quantity."""
    if value is None:
        return "—"
    if isinstance(value, dict):
        if "kind" in value and "text" in value:  # a slot as the slot engine writes it
            from factcheck.slots.describe import describe_slot

            return describe_slot(value)
        if "value" in value:
            unit = value.get("unit") or ""
            v = value["value"]
            v = f"{v:,}" if isinstance(v, int | float) and not isinstance(v, bool) else v
            return f"{v} {unit}".strip()
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list | tuple):
        return ", ".join(show_value(v) for v in value)
    return str(value)


def show_time(iso: str | None) -> str:
    """'2026-03-03 06:00 UTC' or '... 11:00 UTC+05:30'; the input unchanged if unparsable."""
    if not iso:
        return "unknown time"
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    zone = ""
    if dt.utcoffset() is not None:
        offset = dt.strftime("%z")  # +0530
        zone = " UTC" if offset == "+0000" else f" UTC{offset[:3]}:{offset[3:]}"
    return dt.strftime("%Y-%m-%d %H:%M") + zone


def safe_url(url: str | None) -> str | None:
    """Only http(s) links: escaping does not stop `javascript:` URLs in an href."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"
