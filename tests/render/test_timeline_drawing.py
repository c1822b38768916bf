"""The timeline drawing: every event overlapping the busiest window is drawn, long ones cut at its edges.

Regression (issue 14): year-precision events ("In 1839", "from 1840 to 1841") are all longer than the
90-day window, so none was chosen and `min()` of an empty sequence took the report down.
"""

import pytest

from newsweave.model import TimelineEvent
from newsweave.render.view import _timeline_drawing
from newsweave.settings import current


def event(start: str, end: str | None, precision: str = "day") -> TimelineEvent:
    return TimelineEvent(start, precision, f"Event from {start}.", end_date=end)


@pytest.mark.parametrize("events, drawn", [
    ([event("1839-01-01", "1839-12-31", "year"), event("1840-01-01", "1841-12-31", "year")], 1),
    ([event("1839-01-01", "1839-12-31", "year")], 1),
    ([event("2024-03-03", None), event("2024-03-05", "2024-03-06"), event("2025-01-01", None)], 2),
    ([event("2024-03-01", "2024-12-31", "year"), event("2024-03-10", None)], 2),
    ([event("9999-12-01", "9999-12-31", "month")], 1),
    ([event("0001-01-01", "9999-12-31", "year")], 1),
])
def test_events_longer_than_the_window_are_drawn_cut_at_its_edge(events, drawn):
    drawing = _timeline_drawing(events)
    points = drawing["timeline"]
    assert len(points) == drawn
    right = current().report.timeline_width - current().report.timeline_margin
    assert all(current().report.timeline_margin <= p.x and p.x + p.width <= right + 0.1 for p in points)
    assert all(current().report.timeline_margin <= x <= right for x, _ in drawing["ticks"])


def test_no_events_no_drawing():
    assert _timeline_drawing([]) == {"timeline": [], "ticks": []}
