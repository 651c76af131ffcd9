"""flows/web/chart.py: backing over time follows the tally's rule, drawn inside its box."""
from __future__ import annotations

import datetime as dt

from natowatch.flows.web.chart import HEIGHT, WIDTH, backing_chart, backing_steps
from natowatch.storage import EventHead

MEMBERS = {"France", "Germany", "Hungary", "Romania"}


def head(event_id: int, event_type: str, actor: str, taken: dt.date | None, subject: str = "Mark Rutte") -> EventHead:
    return EventHead(id=event_id, story_id="s", type=event_type, subject=subject, actor=actor, status="confirmed",
                     date=taken, taken=taken, created_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))


HEADS = [
    head(1, "endorsement", "France", dt.date(2024, 1, 10)),
    head(2, "opposition", "Hungary", dt.date(2024, 3, 6)),
    head(3, "endorsement", "Germany", dt.date(2024, 1, 10)),
    head(4, "endorsement", "Hungary", dt.date(2024, 6, 18)),
    # Reported late but older than the endorsement: it does not undo it.
    head(5, "opposition", "Hungary", dt.date(2024, 2, 1)),
    head(6, "endorsement", "NATO", dt.date(2024, 6, 26)),            # not a member state
    head(7, "endorsement", "Romania", None),                         # no date at all
    head(8, "endorsement", "Romania", dt.date(2024, 5, 1), subject="Klaus Iohannis"),
    head(9, "withdrawal", "Romania", dt.date(2024, 6, 20), subject="Klaus Iohannis"),
]


def test_steps_follow_the_latest_stance_by_date():
    steps, undated = backing_steps(HEADS, MEMBERS)
    assert steps["Mark Rutte"] == [(dt.date(2024, 1, 10), 2), (dt.date(2024, 2, 1), 2), (dt.date(2024, 3, 6), 2),
                                   (dt.date(2024, 6, 18), 3)]
    assert steps["Klaus Iohannis"] == [(dt.date(2024, 5, 1), 1)]
    assert undated == 1


def test_chart_geometry_stays_in_the_box_with_the_consensus_line():
    chart = backing_chart(HEADS, MEMBERS, required=4, candidates=["Klaus Iohannis"])
    assert [s.name for s in chart.series] == ["Klaus Iohannis", "Mark Rutte"]
    assert [s.backing for s in chart.series] == [1, 3]
    for series in chart.series:
        for point in series.points.split():
            x, y = map(float, point.split(","))
            assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT
    left, top, right, bottom = chart.plot
    assert chart.threshold_y == top          # 4 of 4 is the top of the scale
    assert chart.x_ticks[0] == (left, "10 Jan 2024") and chart.x_ticks[-1] == (right, "18 Jun 2024")
    labels = sorted(s.label_y for s in chart.series)
    assert labels[1] - labels[0] >= 13       # end labels never print over each other
    assert chart.undated == 1


def test_no_dated_backing_no_chart():
    assert backing_chart([head(1, "opposition", "Hungary", dt.date(2024, 1, 1))], MEMBERS, 4) is None
    assert backing_chart([], MEMBERS, 4) is None
