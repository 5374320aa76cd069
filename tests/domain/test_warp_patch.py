"""A warp patched after an edit is the warp made afresh from the same anchors."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.domain.timeline.timescale import WarpAnchors

days = st.integers(730_000, 740_000)
anchor = st.tuples(days, st.integers(0, 200)).map(lambda a: (float(a[0]), float(a[0] + a[1])))


def pairs(anchors: WarpAnchors) -> list[tuple[float, float]]:
    return sorted(zip(anchors.first.tolist(), anchors.last.tolist(), strict=True))


@settings(max_examples=300, deadline=None)
@given(anchors=st.lists(anchor, min_size=1, max_size=60), data=st.data())
def test_patched_anchors_give_the_fresh_warp(anchors, data):
    leaving = data.draw(st.lists(st.sampled_from(anchors), max_size=5, unique=True))
    joining = data.draw(st.lists(anchor, max_size=5))
    rest = list(anchors)
    for pair in leaving:
        rest.remove(pair)
    patched = WarpAnchors.of(anchors).patched(np.array(leaving), np.array(joining))
    fresh = WarpAnchors.of(rest + joining)
    assert patched is not None
    assert patched.warp() == fresh.warp()
    assert np.array_equal(patched.first, fresh.first)
    assert pairs(patched) == pairs(fresh)


@settings(max_examples=200, deadline=None)
@given(anchors=st.lists(anchor, min_size=1, max_size=60), data=st.data())
def test_one_moved_anchor_gives_the_fresh_warp(anchors, data):
    """One anchor out, one in (an event's date edited): spliced in one copy."""
    leaving = data.draw(st.sampled_from(anchors))
    joining = data.draw(anchor)
    rest = list(anchors)
    rest.remove(leaving)
    patched = WarpAnchors.of(anchors).patched(np.array([leaving]), np.array([joining]))
    fresh = WarpAnchors.of([*rest, joining])
    assert patched is not None and patched.warp() == fresh.warp()
    assert np.array_equal(patched.first, fresh.first)
    assert pairs(patched) == pairs(fresh)


def test_an_anchor_that_is_not_there_cannot_leave():
    anchors = WarpAnchors.of([(1.0, 2.0), (500.0, 501.0)])
    assert anchors.patched(np.array([(1.0, 3.0)]), np.zeros((0, 2))) is None
    assert len(anchors.warp().breaks) == 1


@settings(max_examples=400, deadline=None)
@given(anchors=st.lists(anchor, min_size=1, max_size=60),
       joining=st.lists(anchor, min_size=1, max_size=3))
def test_a_warp_kept_after_added_anchors_is_the_fresh_warp(anchors, joining):
    """An edit that adds days the anchors already cover keeps the last warp (finding the
    breaks again costs a millisecond at 100,000 events): kept only when it is the warp made
    afresh, and kept for an anchor well inside the covered days."""
    before = WarpAnchors.of(anchors)
    warp = before.warp()
    if before.keep_breaks(warp, np.array(joining)):
        assert WarpAnchors.of(anchors + joining).warp() == warp


def test_an_anchor_inside_a_covered_stretch_keeps_the_warp_one_in_a_gap_does_not():
    anchors = WarpAnchors.of([(0.0, 100.0), (50.0, 160.0), (1000.0, 1010.0)])
    warp = anchors.warp()
    assert len(warp.breaks) == 1
    assert anchors.keep_breaks(warp, np.array([(60.0, 90.0)]))
    assert not anchors.keep_breaks(warp, np.array([(500.0, 501.0)]))    # splits the gap
    assert not anchors.keep_breaks(warp, np.array([(150.0, 175.0)]))    # moves its start
    assert not anchors.keep_breaks(warp, np.array([(-400.0, -399.0)]))  # before every day
    assert not anchors.keep_breaks(warp, np.array([(1005.0, 1300.0)]))  # after every day
