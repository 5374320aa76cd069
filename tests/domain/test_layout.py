"""Canvas geometry, without Qt: labels never collide, spans follow precision, lanes group."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest

from tests.conftest import SEED_TIMELINE
from viewer.domain.files.loading import load_timeline
from viewer.domain.story.open_timeline import OpenTimeline
from viewer.domain.timeline.index import TimelineIndex
from viewer.domain.timeline.items import GROUPINGS, lane_names
from viewer.domain.timeline.layout import Frame, layout_timeline, mark_extent
from viewer.domain.timeline.ticks import axis_ticks
from viewer.domain.timeline.timescale import TimeScale, build_warp


def measure(text: str) -> float:
    return 7.0 * len(text)  # a monospace stand-in for QFontMetrics


@pytest.fixture(scope="module")
def items():
    return OpenTimeline(load_timeline(SEED_TIMELINE)).placement()


def fitted(items, width=1400, compress=True):
    warp = build_warp(items.warp_anchors()) if compress else None
    first = min(i.sort_day for i in items)
    last = max(i.end or i.known_until or i.start + 1 for i in items)
    return TimeScale.fitted(first, last, width, **({"warp": warp} if warp else {}))


def lay_out(items, scale, grouping="actor", width=1400):
    return layout_timeline(TimelineIndex(items, grouping), scale,
                           Frame(left=0, right=width, top=50), measure)


def boxes(layout):
    for placed in layout.placed:
        if placed.label:
            yield placed, (placed.label_x, placed.y - 8, placed.label_x + placed.label_width,
                           placed.y + 8)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("grouping", GROUPINGS)
@pytest.mark.parametrize(("zoom", "compress"), [(1.0, True), (1.0, False), (3.0, True),
                                                 (12.0, True), (0.3, False)])
def test_labels_never_overlap_each_other_or_marks(items, grouping, zoom, compress):
    scale = fitted(items, compress=compress).zoomed(zoom, 1000)
    layout = lay_out(items, scale, grouping)
    labelled = list(boxes(layout))
    for (_, a), (_, b) in itertools.combinations(labelled, 2):
        assert not overlap(a, b)
    for placed, box in labelled:
        for other in layout.placed:
            if other is placed or other.y != placed.y:
                continue
            mark = (other.x0 - 5, other.y - 5, other.x1 + 5, other.y + 5)
            assert not overlap(box, mark) or (other.item.start is None or other.item.end is None), \
                f"label of {placed.item.event_id} covers {other.item.event_id}"
        assert box[2] <= 1400 + 0.5


def test_at_fit_all_every_seed_event_is_on_screen_with_a_readable_label(items):
    layout = lay_out(items, fitted(items))
    assert len(layout.placed) == len(items)
    unreadable = [p.item.event_id for p in layout.placed if len(p.label) < 12]
    assert len(unreadable) <= 3, unreadable


def test_span_width_follows_precision(items):
    layout = lay_out(items, fitted(items, compress=False))
    width = {p.item.event_id: p.shape[1] - p.shape[0] for p in layout.placed}
    by_id = {item.event_id: item for item in items}
    assert by_id["amazon-openai-talks-january"].point          # "am Donnerstagabend": a day
    assert not by_id["openai-restructuring"].point             # "im Oktober": a month
    quarter, month = width["openai-ipo-planned"], width["openai-restructuring"]
    assert 2.7 < quarter / month < 3.1


def test_a_precise_day_from_other_reporting_sits_inside_the_vaguer_span(items):
    layout = lay_out(items, fitted(items).zoomed(4, 700))
    placed = next(p for p in layout.placed if p.item.event_id == "openai-restructuring")
    assert placed.shape[0] < placed.context_x < placed.shape[1]   # 28 Oct inside October
    x0, x1 = mark_extent(placed.item, fitted(items).zoomed(4, 700))
    assert (x0, x1) == (placed.x0, placed.x1)


def test_open_ends_are_open(items):
    by_id = {item.event_id: item for item in items}
    since = by_id["microsoft-invests-since-2019"]
    before = by_id["aws-openai-cloud-contract"]
    assert since.end is None and since.start == dt.date(2019, 1, 1).toordinal()
    assert before.start is None and before.end == dt.date(2025, 12, 18).toordinal()


def test_events_of_one_day_in_one_lane_get_different_rows(items):
    layout = lay_out(items, fitted(items), "kind")
    same_day = [p for p in layout.placed if p.item.event_id in (
        "amazon-openai-talks-january", "microsoft-tranche-talks")]
    assert same_day[0].lane == same_day[1].lane
    assert same_day[0].row != same_day[1].row


def test_lanes_group_by_the_chosen_field(items):
    assert lane_names(items, "actor")[:2] == ["Microsoft", "OpenAI"]
    assert set(lane_names(items, "source")) == {
        "000: OpenAI sucht Geld – viel Geld",
        "004: Amazon vor Mega-Deal mit OpenAI: 100-Milliarden-Runde könnte KI-Wettlauf neu ordnen"}
    assert "Planned" in lane_names(items, "status")


def test_compression_gives_the_six_week_cluster_room(items):
    cluster = (dt.date(2025, 12, 16).toordinal(), dt.date(2026, 1, 30).toordinal())
    plain, compressed = fitted(items, compress=False), fitted(items, compress=True)
    share = [(s.x(cluster[1]) - s.x(cluster[0])) / 1400 for s in (plain, compressed)]
    assert share[1] > 4 * share[0]


def test_ticks_adapt_from_decades_to_days():
    names = []
    for ppd in (0.02, 0.3, 3, 40, 400):
        ticks = axis_ticks(TimeScale(dt.date(2025, 1, 1).toordinal(), ppd), 1400)
        names.append(ticks[1].label)
        gaps = [b.x - a.x for a, b in itertools.pairwise(ticks)]
        assert min(gaps) >= 40
    assert names[0].endswith("s")         # decades
    assert names[-1].isdigit() and int(names[-1]) <= 31   # days


def test_zoom_keeps_the_day_under_the_pointer():
    scale = TimeScale(700000.0, 2.0)
    day = scale.day(300)
    assert scale.zoomed(3.0, 300).day(300) == pytest.approx(day)


def test_warp_round_trips_and_hides_empty_years(items):
    warp = build_warp(items.warp_anchors())
    # 2019 → July 2019 (Microsoft's first investment, from other reporting) → mid-2025, and
    # February → October 2026.
    assert len(warp.breaks) == 3
    assert warp.gap_at(dt.date(2019, 7, 22).toordinal()) is None
    for day in (730000.0, 737000.5, 739600.0, 740300.0):
        assert warp.to_real(warp.to_virtual(day)) == pytest.approx(day)
    virtual = np.array([warp.to_virtual(d) for d in (730000.0, 737100.0, 739600.0, 740300.0)])
    assert warp.to_real_array(virtual) == pytest.approx([warp.to_real(v) for v in virtual])


@pytest.mark.parametrize("zoom", [1.0, 2.0, 4.0, 8.0, 16.0, 40.0])
def test_a_label_never_covers_the_diamond_of_a_day_from_other_reporting(items, zoom):
    from viewer.domain.timeline.lane_packing import POINT_RADIUS

    for anchor in (200, 700, 1200):
        layout = lay_out(items, fitted(items).zoomed(zoom, anchor))
        for placed in layout.placed:
            if placed.context_x is not None and placed.label:
                left, right = placed.label_x, placed.label_x + placed.label_width
                assert right <= placed.context_x - POINT_RADIUS or \
                    left >= placed.context_x + POINT_RADIUS, (placed.item.event_id, zoom)


def test_marks_are_placed_lane_by_lane_when_first_reached(items):
    """A layout places a lane's marks when a paint, hit or search first reaches the lane:
    the marks between two heights are those of the lanes there, and finding an event in its
    own lane gives what searching every lane gives."""
    calls = []

    def counting(text: str) -> float:
        calls.append(text)
        return measure(text)
    layout = layout_timeline(TimelineIndex(items, "actor"), fitted(items),
                             Frame(left=0, right=1400, top=50), counting)
    packed = len(calls)
    first = layout.lanes[0]
    mine = layout.placed_between(first.top, first.top + 1)
    assert mine and {p.lane for p in mine} == {0}
    placed_one = len(calls)
    assert placed_one > packed  # labels fitted for that lane alone
    everything = layout.placed
    assert len(calls) > placed_one and {p.lane for p in everything} == \
        set(range(len(layout.lanes)))
    assert layout.placed_between(-1e9, 1e9) == everything
    lane_of = TimelineIndex(items, "actor").lane_of
    for placed in everything:
        index = placed.item.index
        assert layout.find(index, int(lane_of[index])) == layout.find(index) == placed
    hit = everything[0]
    assert layout.hit(hit.x0, hit.y) is not None


def test_a_paint_places_the_marks_it_shows_not_the_widths_either_side(items):
    """Marks are placed when a range of x first reaches them: a view's third of the frame
    fits fewer labels than the whole, gives the same marks as placing everything, and leaves
    out no mark or label that reaches into it."""
    calls = []

    def counting(text: str) -> float:
        calls.append(text)
        return measure(text)
    scale = fitted(items).zoomed(3.0, 700)
    frame = Frame(left=-1400, right=2800, top=50)
    layout = layout_timeline(TimelineIndex(items, "actor"), scale, frame, counting)
    packed = len(calls)
    view = layout.placed_between(-1e9, 1e9, 0, 1400)
    in_view = len(calls) - packed
    everything = layout_timeline(TimelineIndex(items, "actor"), scale, frame, measure).placed
    assert set(view) <= set(everything)
    reaching = {p for p in everything
                if p.x0 - 5 <= 1400 and max(p.x1, p.label_x + p.label_width) + 5 >= 0}
    assert reaching <= set(view) and reaching
    assert len(view) < len(everything)
    before = len(calls)
    assert layout.placed_between(-1e9, 1e9, 0, 1400) == view
    assert len(calls) == before  # kept, not placed again
    assert layout.placed == everything  # the rest of the frame, placed when asked for
    calls.clear()
    assert layout_timeline(TimelineIndex(items, "actor"), scale, frame, counting).placed
    assert in_view < len(calls) - packed  # fewer labels measured than for the whole frame


def test_a_layout_scrolled_to_other_rows_packs_nothing_again_and_equals_a_new_one(items):
    """Scrolling to other lanes at the same zoom gives the lanes and marks a new layout of
    those rows gives, without packing or fitting what was already packed or fitted."""
    calls = []

    def counting(text: str) -> float:
        calls.append(text)
        return measure(text)
    index, scale = TimelineIndex(items, "actor"), fitted(items)
    top = Frame(left=0, right=1400, top=50, rows_from=0, rows_to=60)
    layout = layout_timeline(index, scale, top, counting)
    first = layout.placed
    assert first and {p.lane for p in first} < set(range(len(layout.lanes)))
    packed = len(calls)
    lower = layout.scrolled(300, 800)
    assert len(calls) == packed
    fresh = layout_timeline(index, scale, Frame(left=0, right=1400, top=50, rows_from=300,
                                                rows_to=800), measure)
    assert lower.lanes == fresh.lanes and lower.placed == fresh.placed
    assert {p.lane for p in lower.placed} != {p.lane for p in first}
    calls.clear()
    assert layout.scrolled(0, 60).placed == first and not calls  # kept, not fitted again


def test_a_layout_and_its_scrolled_layouts_are_freed_without_the_collector(items):
    """The window keeps the collector away from a snapshot's lists (``gc.freeze``), so a
    layout must hold no reference cycle: a cycle would keep every snapshot's index alive.
    (A layout that could make its own scrolled layouts once did, and edits slowed 2× within
    60 rounds.)"""
    import gc
    import weakref

    index = TimelineIndex(items, "actor")
    gc.disable()
    try:
        layout = layout_timeline(index, fitted(items), Frame(left=0, right=1400, top=50,
                                                             rows_from=0, rows_to=60), measure)
        scrolled = layout.scrolled(300, 800)
        assert layout.placed and scrolled.placed and layout.hit(0, 0) is None
        refs = [weakref.ref(layout), weakref.ref(scrolled), weakref.ref(layout._made_of)]
        del layout, scrolled
        assert [ref() for ref in refs] == [None, None, None]
    finally:
        gc.enable()


def test_an_item_looks_up_its_reports_days_only_when_a_mark_asks():
    """Packing a lane makes items for three view widths; only marks that are drawn read the
    days their reports came out (the report axis's ticks), so items look them up then."""
    asked = []
    placement = OpenTimeline(load_timeline(SEED_TIMELINE)).placement("reported")
    days = placement._reports
    placement._reports = lambda index: (asked.append(index), days(index))[1]
    item = placement[3]
    assert asked == []
    assert item.reports == days(3) and asked == [3]
    assert item.reports == days(3) and asked == [3]  # once
