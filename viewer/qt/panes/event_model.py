"""The event list: a table model over the document's events that sorts and filters itself.

It keeps a list of event indices in display order. Sorting is Python's ``sorted`` over one key
per row and filtering a set lookup per row, both in C loops, so 100,000 rows sort in a fraction
of a second; a QSortFilterProxyModel would call ``lessThan`` in Python about 1.6 million times
for the same (30 s on the reference machine). Display strings are made the first time a row is
shown and kept, so the cost follows what is on screen, not the size of the timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from viewer.domain.format.model import Event
from viewer.domain.story.conflicts import contested_title
from viewer.domain.wording.describe import (
    describe_amount,
    describe_date,
    describe_kind,
    describe_status,
)
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.numbers import title_of, ui_language

EVENT_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


NOTHING = np.zeros(0, dtype=np.int64)


class EventTableModel(QAbstractTableModel):
    """Rows are the document's events that match its search, in the chosen order; columns are
    date, title, kind, status, actors and amounts. Follows ``timeline_changed`` and
    ``filter_changed``."""

    HEADERS = (QT_TRANSLATE_NOOP("EventTableModel", "Date"),
               QT_TRANSLATE_NOOP("EventTableModel", "Event"),
               QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
               QT_TRANSLATE_NOOP("EventTableModel", "Status"),
               QT_TRANSLATE_NOOP("EventTableModel", "Actors"),
               QT_TRANSLATE_NOOP("EventTableModel", "Amounts"),
               QT_TRANSLATE_NOOP("EventTableModel", "Reported"))

    def __init__(self, document: TimelineDocument) -> None:
        super().__init__(document)
        self._document = document
        # Event indices as numpy arrays: in date order the list is the document's own order
        # (not a copy of 100,000 numbers per edit), and filtering is one numpy pass.
        self._sorted = NOTHING   # every event, in the chosen order
        self._rows = NOTHING     # the matching ones: row -> event index
        self._cells: dict[int, tuple[str, ...]] = {}
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        document.timeline_changed.connect(self._rebuild)
        document.timeline_edited.connect(self._on_edited)
        document.filter_changed.connect(self._refilter)
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._cells.clear()
        self._names = self._document.opened.name_of if self._document.opened else None
        self._sorted = self._ordered(*self._sort)
        self._rows = self._matching(self._sorted)
        self.endResetModel()

    def _on_edited(self) -> None:
        """An edit: the cells of the events it left alone stay, unless rows moved or names
        changed (a renamed actor is in every cell that names it)."""
        opened = self._document.opened
        change = opened.change if opened is not None else None
        kept = {}
        if change is not None and change.kind in ("replace", "append") and \
                opened.name_of == self._names:
            kept = {index: cells for index, cells in self._cells.items()
                    if index not in change.rows}
        self._rebuild()
        self._cells.update(kept)

    def _refilter(self) -> None:
        rows = self._matching(self._sorted)
        if rows is self._rows or (len(rows) == len(self._rows) and
                                  np.array_equal(rows, self._rows)):
            return  # the same rows (an edit is followed by the search's answer, often the same)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _matching(self, ordered: np.ndarray) -> np.ndarray:
        """``ordered`` without the events the search hides (one numpy pass, not 100,000
        set lookups)."""
        mask = self._document.match_mask()
        return ordered if mask is None else ordered[mask[ordered]]

    def _ordered(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        document = self._document
        if document.opened is None:
            return NOTHING
        if column == 0:
            ordered = document.opened.order
        else:
            ordered = np.array(sorted(range(len(document.events)), key=self._key(column)),
                               dtype=np.int64)
        return ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered

    def _key(self, column: int) -> Callable[[int], Any]:
        events, name = self._document.events, self._document.name_of
        keys: dict[int, Callable[[Event], Any]] = {
            1: lambda e: e.title.casefold(), 2: lambda e: e.kind.value,
            3: lambda e: e.status.value,
            4: lambda e: ", ".join(name(a) for a in e.actors).casefold(),
            5: lambda e: min((a.min if a.min is not None else a.max for a in e.amounts),
                             default=-1),
            6: lambda e: min((self._document.sources[q.source].published.start or dt.date.max
                              for q in e.quotes if q.source in self._document.sources),
                             default=dt.date.max)}
        key = keys[column]
        return lambda index: key(events[index])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = dict(enumerate(self._rows.tolist()))
        self._sort = (column, order)
        self._sorted = self._ordered(column, order)
        self._rows = self._matching(self._sorted)
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: dict[int, int]) -> None:
        row_of = {index: row for row, index in enumerate(self._rows.tolist())}
        old = self.persistentIndexList()
        new = [self.index(row_of[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)

    def event_row(self, event_index: int) -> int:
        """The row showing an event, or -1 if the search hides it. In date order with every
        event listed, the row is the event's rank in the one date order (looked up, not
        searched for among 100,000 rows)."""
        opened = self._document.opened
        if opened is not None and len(self._rows) == opened.columns.count and \
                0 <= event_index < len(self._rows):
            row = int(opened.rank[event_index])
            if self._sort[1] == Qt.SortOrder.DescendingOrder:
                row = len(self._rows) - 1 - row
            if self._rows[row] == event_index:
                return row
        found = np.flatnonzero(self._rows == event_index)
        return int(found[0]) if len(found) else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event_index = int(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells_of(event_index)[index.column()]
        if role == EVENT_INDEX_ROLE:
            return event_index
        event = self._document.events[event_index]
        if role == Qt.ItemDataRole.ToolTipRole:
            if event.unsourced:
                return "\n\n".join(part for part in (event.summary, self.tr(
                    "Unsourced: no passage of a report backs this event ({note}).").format(
                    note=event.date.basis.note or "")) if part)
            return event.summary or None
        if role == Qt.ItemDataRole.FontRole and event.unsourced:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _cells_of(self, event_index: int) -> tuple[str, ...]:
        cells = self._cells.get(event_index)
        if cells is None:
            lang = ui_language()
            event = self._document.events[event_index]
            title = title_of(event)
            if self._document.conflicts_of(event_index):
                title = contested_title(title)
            cells = self._cells[event_index] = (
                describe_date(event.date, lang), title,
                describe_kind(event.kind, lang), describe_status(event.status, lang),
                ", ".join(self._document.name_of(a) for a in event.actors),
                "; ".join(dict.fromkeys(describe_amount(a, lang) for a in event.amounts)),
                self._reported(event))
        return cells

    def _reported(self, event: Event) -> str:
        """When the first report that quotes the event came out ("unsourced" if none does)."""
        if event.unsourced:
            return self.tr("unsourced")
        sources = self._document.sources
        dates = [sources[q.source].published for q in event.quotes if q.source in sources]
        dates = [d for d in dates if d.start or d.end]
        if not dates:
            return ""
        return describe_date(min(dates, key=lambda d: d.start or d.end), ui_language())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None
