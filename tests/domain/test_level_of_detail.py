"""Dense lanes are counted, never lost: counts add up to the events in view at every zoom."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from viewer.domain.files.loading import load_timeline
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.layout import FADE, POINT_RADIUS, Frame, layout_timeline
from viewer.domain.timeline.timescale import TimeScale
from viewer.tools.generate import generate_timeline

WIDTH = 1200


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    path = generate_timeline(4000, 40, 5, tmp_path_factory.mktemp("lod") / "t.json")
    return OpenTimeline(load_timeline(path)).placement()


def scales(items):
    index = TimelineIndex(items, "kind")
    first, last = index.full_range
    middle = float(np.median(index.first_days))
    yield TimeScale.fitted(first, last, WIDTH)
    for days in (3650, 365, 30, 7, 1):
        yield TimeScale.fitted(middle - days / 2, middle + days / 2, WIDTH, margin=0)


def brute_force_in_view(items, grouping, first_day, last_day):
    """Events per lane that meet the days, by a plain loop over every event."""
    counts = Counter()
    for item in items:
        start = item.start if item.start is not None else item.end - 1
        end = item.end if item.end is not None else np.inf
        if start <= last_day and end >= first_day:
            counts[item.lane(grouping)] += 1
    return counts


@pytest.mark.parametrize("grouping", ["kind", "actor"])
def test_counted_lanes_add_up_to_their_events_in_view(items, grouping):
    index = TimelineIndex(items, grouping)
    for scale in scales(items):
        frame = Frame(left=0, right=WIDTH, top=0)
        layout = layout_timeline(index, scale, frame, lambda text: 7.0 * len(text), budget=300)
        pad = FADE + POINT_RADIUS + 2
        first_day, last_day = scale.day(-pad), scale.day(WIDTH + pad)
        rows = {row.lane: row for row in layout.bins}
        expected = brute_force_in_view(items, grouping, first_day, last_day)
        for number, band in enumerate(layout.lanes):
            assert band.count == expected[band.name] or not band.aggregated, band.name
            if band.aggregated and band.count:
                assert int(rows[number].counts.sum()) == band.count, band.name


def test_detail_never_exceeds_the_budget_and_dense_views_are_counted(items):
    index = TimelineIndex(items, "kind")
    full = next(scales(items))
    layout = layout_timeline(index, full, Frame(left=0, right=WIDTH, top=0), len, budget=300)
    assert len(layout.placed) <= 300
    assert layout.bins, "4,000 events across 1,200 pixels are counted, not drawn one by one"
    assert sum(b.count for b in layout.lanes) == len(items)


def test_the_selections_lane_gets_detail_first(items):
    index = TimelineIndex(items, "actor")
    for scale in scales(items):
        plain = layout_timeline(index, scale, Frame(left=0, right=WIDTH, top=0), len, budget=10)
        lane = next((n for n, band in enumerate(plain.lanes)
                     if band.aggregated and 10 < band.count <= WIDTH / 15), None)
        if lane is not None:
            break
    focused = layout_timeline(index, scale, Frame(left=0, right=WIDTH, top=0), len, budget=10,
                              focus_lane=lane)
    assert not focused.lanes[lane].aggregated


def test_a_counted_bar_knows_its_days(items):
    index = TimelineIndex(items, "kind")
    layout = layout_timeline(index, next(scales(items)), Frame(left=0, right=WIDTH, top=0), len,
                             budget=0)
    row = layout.bins[0]
    column = int(np.flatnonzero(row.counts)[0])
    found = layout.bin_at(float(row.xs[column]) + 1, (row.top + row.bottom) / 2)
    assert found.count == row.counts[column] and found.first_day < found.last_day
