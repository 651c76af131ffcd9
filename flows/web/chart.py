"""Backing over time as SVG geometry, computed on the server: the page needs no script or CDN.

One step line per candidate: how many member states back them on each day, where each
state's latest stance by date wins (the rule of Store.tally). Stances with no date at all
are left out of the chart and counted in `undated`. Pure: heads in, numbers out; the
template draws them (escaping every name).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Collection, Iterable

from natowatch.storage.records import EventHead

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 40, 150, 14, 30
STANCES = ("endorsement", "opposition")


@dataclass(frozen=True)
class Series:
    name: str
    index: int            # colour slot (css class series-N)
    points: str           # SVG polyline points
    label_y: float
    backing: int          # on the last day


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    series: tuple[Series, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    threshold_y: float | None   # the consensus line
    required: int
    undated: int
    plot: tuple[float, float, float, float]  # left, top, right, bottom


def backing_steps(heads: Iterable[EventHead], members: Collection[str]) -> tuple[dict[str, list[tuple[dt.date, int]]], int]:
    """Per candidate, (day, states backing at the end of that day) at each change; and how
    many member stances had no date."""
    stances = [h for h in heads if h.type in STANCES and h.actor in members]
    dated = sorted((h for h in stances if h.taken is not None), key=lambda h: (h.taken, h.id))
    latest: dict[tuple[str, str], str] = {}
    steps: dict[str, list[tuple[dt.date, int]]] = {}
    for head in dated:
        latest[(head.subject, head.actor)] = head.type
        count = sum(1 for (subject, _), kind in latest.items() if subject == head.subject and kind == "endorsement")
        line = steps.setdefault(head.subject, [])
        if line and line[-1][0] == head.taken:
            line[-1] = (head.taken, count)
        else:
            line.append((head.taken, count))
    return steps, len(stances) - len(dated)


def backing_chart(heads: Iterable[EventHead], members: Collection[str], required: int,
                  candidates: Iterable[str] = ()) -> Chart | None:
    """The chart, with the candidates in `candidates` order first; None when no stance is dated."""
    steps, undated = backing_steps(heads, members)
    # A candidate nobody ever backed would be a flat line at 0 under the others' labels.
    steps = {name: line for name, line in steps.items() if any(count for _, count in line)}
    if not steps:
        return None
    days = [day for line in steps.values() for day, _ in line]
    first, last = min(days), max(days)
    if first == last:
        first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
    span = (last - first).days
    top_count = max(required, max(count for line in steps.values() for _, count in line), 1)
    x0, y0, x1, y1 = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM

    def x(day: dt.date) -> float:
        return round(x0 + (x1 - x0) * (day - first).days / span, 1)

    def y(count: int) -> float:
        return round(y1 - (y1 - y0) * count / top_count, 1)

    order = list(dict.fromkeys([*(c for c in candidates if c in steps), *steps]))
    series = []
    for index, name in enumerate(order):
        points, held = [], 0
        for day, count in steps[name]:
            points += [(x(day), y(held)), (x(day), y(count))]
            held = count
        points.append((x1, y(held)))
        series.append(Series(name=name, index=index % 8, points=" ".join(f"{a},{b}" for a, b in points),
                             label_y=y(held), backing=held))
    series = _spread_labels(series)
    # Month ticks too close to the end dates would print over their labels.
    inner = [day for day in _month_starts(first, last) if min(x(day) - x0, x1 - x(day)) > 60]
    ticks = sorted({first, last, *inner})
    return Chart(
        width=WIDTH, height=HEIGHT, series=tuple(series),
        x_ticks=tuple((x(day), day.strftime("%d %b %Y") if day in (first, last) else day.strftime("%b %Y"))
                      for day in ticks),
        y_ticks=tuple((y(count), str(count)) for count in sorted({0, top_count // 2, top_count})),
        threshold_y=y(required) if required else None, required=required, undated=undated, plot=(x0, y0, x1, y1))


def _month_starts(first: dt.date, last: dt.date, most: int = 6) -> list[dt.date]:
    """First days of months strictly inside (first, last), thinned to at most `most` ticks."""
    months, day = [], dt.date(first.year, first.month, 1)
    while day <= last:
        if first < day < last:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, -(-len(months) // most))
    return months[::step]


LABEL_GAP = 13


def _spread_labels(series: list[Series]) -> list[Series]:
    """Move end labels apart vertically so that candidates ending on the same count stay readable."""
    placed: list[Series] = []
    last_y = None
    for item in sorted(series, key=lambda s: s.label_y):
        label_y = item.label_y if last_y is None else max(item.label_y, last_y + LABEL_GAP)
        placed.append(dataclasses.replace(item, label_y=label_y))
        last_y = label_y
    return sorted(placed, key=lambda s: s.index)
