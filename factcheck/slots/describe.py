"""One short human line for a slot's JSON form, for reports and the review page."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:g}" if isinstance(x, float) else str(x)


def _when(d: Mapping[str, Any]) -> str:
    start, end = d.get("start"), d.get("end")
    if not d.get("resolved", True) or not start:
        return "unresolved (no publication date to anchor it)"
    s = datetime.fromisoformat(start)
    gran = d.get("granularity")
    if gran == "year":
        value = s.strftime("%Y")
    elif gran == "month":
        value = s.strftime("%b %Y")
    elif gran == "day":
        value = s.strftime("%a %d %b %Y")
    elif gran in ("part_of_day", "hour", "minute"):
        value = s.strftime("%a %d %b %Y") + f", {d.get('part_of_day') or s.strftime('%H:%M')}"
    else:
        e = datetime.fromisoformat(end) if end else s
        value = f"{s:%d %b %Y} – {e:%d %b %Y}"
    zone = d.get("zone")
    return value + (f" ({'local time' if zone == 'local' else zone})" if zone else "")


def describe_slot(d: Mapping[str, Any]) -> str:
    """'Tue 18 Jun 2024 (UTC+03:00)', '6,030–7,370 container', 'Dmitry Peskov (PERSON)'."""
    kind = d.get("kind")
    if kind in ("date", "time"):
        return _when(d)
    if kind in ("quantity", "money", "percent", "duration"):
        low, high, value = d.get("low"), d.get("high"), d.get("value")
        amount = _num(value) if low == high or low is None else f"{_num(low)}–{_num(high)}"
        what = " ".join(str(x) for x in (d.get("unit"), d.get("noun") or d.get("modifies")) if x)
        return f"{amount} {what}".strip()
    if kind == "entity":
        label = d.get("label")
        return f"{d.get('text', '')} ({label})" if label else str(d.get("text", ""))
    return str(d.get("text", ""))
