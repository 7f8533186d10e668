"""Build side: the keys that let serving read a total or a date range's page instead of
counting them (`app.store.records`), derived from the rendered tables once they are written.

- `record_facet_count`: each facet value's number of records.
- `event_piece`: each event's readings merged into disjoint runs of days, with the end
  of the run before, and `event_piece_day`: the running counts of their ends and starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select

from app.models.tables import (
    EventPieceDayRow,
    EventPieceRow,
    FacetCountRow,
    FacetRow,
    IntervalRow,
    RecordRow,
    core_table,
)

FACET = core_table(FacetRow)
INTERVAL = core_table(IntervalRow)
RECORD = core_table(RecordRow)


def write_keys(connection: Connection, add: Callable[[Any, dict[str, Any]], None]) -> None:
    """Write the three tables from `record_facet`, `event_interval` and `record`; the
    pieces and days through `add`, the build's batched writer (`app.build.rendered`)."""
    counted = select(FACET.c.kind, FACET.c.name, FACET.c.value, func.count())
    counted = counted.group_by(FACET.c.kind, FACET.c.name, FACET.c.value)
    columns = ["kind", "name", "value", "count"]
    connection.execute(insert(core_table(FacetCountRow)).from_select(columns, counted))
    pieces = list(event_pieces(connection))
    for piece in pieces:
        add(EventPieceRow, piece)
    for day in running_counts(pieces):
        add(EventPieceDayRow, day)


def merged(days: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Intervals of days (ISO strings), sorted, merged where they overlap."""
    runs: list[tuple[str, str]] = []
    for start, end in sorted(days):
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    return runs


def event_pieces(connection: Connection) -> Iterator[dict[str, Any]]:
    """Each event's runs of days by its timeline position, each with the previous end and
    the last day of the events so far."""
    stmt = (
        select(RECORD.c.position, INTERVAL.c.start, INTERVAL.c.end)
        .join(RECORD, and_(RECORD.c.kind == "timeline", RECORD.c.id == INTERVAL.c.event_id))
        .order_by(RECORD.c.position)
    )
    rows = connection.execute(stmt)
    reach = ""
    for position, readings in groupby(rows, key=lambda row: int(row[0])):
        runs = merged([(str(row[1]), str(row[2])) for row in readings])
        reach = max(reach, runs[-1][1])
        previous = ""
        for start, end in runs:
            row = {"position": position, "start": start, "end": end, "prev_end": previous}
            yield row | {"reach": reach}
            previous = end


def running_counts(pieces: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """For each day a run ends on, the runs ending on or before it; for each day a run
    starts on, those starting on or after it."""
    ends = sorted(piece["end"] for piece in pieces)
    for index, day in enumerate(ends):
        if index + 1 == len(ends) or ends[index + 1] != day:
            yield {"side": "end", "day": day, "count": index + 1}
    starts = sorted(piece["start"] for piece in pieces)
    for index, day in enumerate(starts):
        if index == 0 or starts[index - 1] != day:
            yield {"side": "start", "day": day, "count": len(starts) - index}
