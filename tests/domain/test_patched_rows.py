"""A column patched by edits (rows noted over the list they change) reads exactly as the
list a fresh derivation gives, whatever the edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.domain.story.changes import Change
from viewer.domain.story.event_columns import PatchedRows, _patched_list

steps = st.lists(st.tuples(st.sampled_from(["replace", "append", "remove", "insert",
                                            "remove_last", "read"]),
                           st.integers(0, 10_000), st.integers(1, 3)), max_size=90)


@given(st.integers(0, 12), steps)
@settings(max_examples=300, deadline=None)
def test_patched_rows_read_as_the_plain_list(size: int, edits) -> None:
    plain = [f"row-{i}" for i in range(size)]
    column = list(plain)
    made = 0
    for kind, where, many in edits:
        made += 1
        if kind == "read":  # a whole read folds the column into a list once
            assert list(column) == plain
            continue
        if kind == "append":
            fresh = [f"new-{made}-{n}" for n in range(many)]
            change = Change("append", tuple(range(len(plain), len(plain) + many)))
            plain = plain + fresh
        elif not plain:
            continue
        elif kind == "replace":
            rows = sorted({(where + n * 7) % len(plain) for n in range(many)})
            fresh = [f"changed-{made}-{row}" for row in rows]
            change = Change("replace", tuple(rows))
            for row, value in zip(rows, fresh, strict=True):
                plain[row] = value
        elif kind == "insert":
            at = where % (len(plain) + 1)
            fresh = [f"put-{made}"]
            change = Change("insert", (at,))
            plain = plain[:at] + fresh + plain[at:]
        else:
            gone = len(plain) - 1 if kind == "remove_last" else where % len(plain)
            fresh = []
            change = Change("remove", (gone,))
            plain = plain[:gone] + plain[gone + 1:]
        column = _patched_list(column, fresh, change)
        assert len(column) == len(plain)
        assert [column[i] for i in range(len(plain))] == plain
        assert [column[-1]] == plain[-1:] if plain else True
        assert column == plain and column[1:3] == plain[1:3]
    assert list(column) == plain


def test_patched_rows_fold_into_a_list_after_many_edits() -> None:
    column: object = ["a", "b"]
    for n in range(PatchedRows.MOST_CHANGES + 1):
        column = _patched_list(column, [f"x{n}"], Change("replace", (n % 2,)))
        if n < 1:
            assert isinstance(column, PatchedRows)
    column = _patched_list(column, [f"y{n}" for n in range(80)],
                           Change("append", tuple(range(2, 82))))
    assert isinstance(column, list) and len(column) == 82
