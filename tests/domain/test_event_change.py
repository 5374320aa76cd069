"""Which rows an edit changed, against a comparison of every row (the slow, obvious way)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.domain.story.changes import event_change


class Thing:
    """Equal by value, like the events: a copy with the same value is no change."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Thing) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]


@settings(max_examples=300, deadline=None)
@given(size=st.integers(0, 400), data=st.data())
def test_replaced_rows_are_found_wherever_they_are(size, data):
    old = [Thing(n) for n in range(size)]
    rows = sorted(data.draw(st.sets(st.integers(0, size - 1), max_size=8))) if size else []
    new = list(old)
    for row in rows:
        new[row] = Thing(-row - 1)
    assert event_change(old, new).rows == tuple(rows)


@settings(max_examples=200, deadline=None)
@given(size=st.integers(1, 400), data=st.data())
def test_one_removed_row_is_found_and_anything_else_is_no_simple_change(size, data):
    old = [Thing(n) for n in range(size)]
    gone = data.draw(st.integers(0, size - 1))
    change = event_change(old, old[:gone] + old[gone + 1:])
    assert (change.kind, change.rows) == ("remove", (gone,))
    if size >= 3:
        twice = old[:gone] + old[gone + 1:]
        del twice[data.draw(st.integers(0, len(twice) - 1))]
        assert event_change(old, twice) is None


def test_appended_rows_and_a_changed_prefix():
    old = [Thing(n) for n in range(1000)]
    assert event_change(old, [*old, Thing(5000), Thing(5001)]).rows == (1000, 1001)
    assert event_change(old, [Thing(7), *old[1:], Thing(5000)]) is None
    assert event_change(old, [Thing(n) for n in range(1000)]).rows == ()  # equal copies


@settings(max_examples=200, deadline=None)
@given(size=st.integers(0, 400), data=st.data())
def test_one_inserted_row_is_found_where_it_went(size, data):
    old = [Thing(n) for n in range(size)]
    at = data.draw(st.integers(0, size))
    change = event_change(old, [*old[:at], Thing(-1), *old[at:]])
    expected = ("append", (size,)) if at == size else ("insert", (at,))
    assert (change.kind, change.rows) == expected
