import pytest

from factcheck.slots.describe import describe_slot


@pytest.mark.parametrize("slot, text", [
    ({"kind": "date", "text": "Tuesday", "start": "2024-06-18T00:00:00", "end": "2024-06-19T00:00:00",
      "granularity": "day", "zone": "UTC+03:00", "resolved": True}, "Tue 18 Jun 2024 (UTC+03:00)"),
    ({"kind": "time", "text": "Wednesday morning", "start": "2024-06-19T06:00:00", "end": "2024-06-19T12:00:00",
      "granularity": "part_of_day", "part_of_day": "morning", "zone": "local", "resolved": True},
     "Wed 19 Jun 2024, morning (local time)"),
    ({"kind": "date", "text": "since August last year", "start": "2023-01-01T00:00:00", "granularity": "year",
      "resolved": True}, "2023"),
    ({"kind": "date", "text": "Tuesday", "resolved": False}, "unresolved (no publication date to anchor it)"),
    ({"kind": "quantity", "text": "about 6,700", "value": 6700, "low": 6030, "high": 7370.0, "noun": "container"},
     "6,030–7,370 container"),
    ({"kind": "quantity", "text": "180 mm", "value": 0.18, "low": 0.18, "high": 0.18, "unit": "m", "modifies": "rain"},
     "0.18 m rain"),
    ({"kind": "entity", "text": "Dmitry Peskov", "label": "PERSON"}, "Dmitry Peskov (PERSON)"),
])
def test_describe_slot(slot, text):
    assert describe_slot(slot) == text
