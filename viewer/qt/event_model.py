"""The event list: a thin table model over the document's events, and a proxy for search.

Display strings are made once per load, so ``data()`` only indexes into lists; that keeps the
list responsive however many rows there are. Sorting uses a separate sort key per column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from viewer.domain.describe import describe_amount, describe_date
from viewer.domain.timeline_items import humanize
from viewer.qt.document import TimelineDocument

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """One row per event in file order; columns are date, title, kind, status, actors and
    amounts. Rows are rebuilt on ``timeline_changed``."""

    HEADERS = (QT_TRANSLATE_NOOP("EventTableModel", "Date"),
               QT_TRANSLATE_NOOP("EventTableModel", "Event"),
               QT_TRANSLATE_NOOP("EventTableModel", "Kind"),
               QT_TRANSLATE_NOOP("EventTableModel", "Status"),
               QT_TRANSLATE_NOOP("EventTableModel", "Actors"),
               QT_TRANSLATE_NOOP("EventTableModel", "Amounts"))

    def __init__(self, document: TimelineDocument) -> None:
        super().__init__(document)
        self._document = document
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._tips: list[str] = []
        document.timeline_changed.connect(self._rebuild)
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        document = self._document
        self._rows, self._keys, self._tips = [], [], []
        for item, event in zip(document.items, document.events, strict=True):
            actors = ", ".join(document.name_of(a) for a in event.actors)
            amounts = "; ".join(dict.fromkeys(describe_amount(a) for a in event.amounts))
            self._rows.append((describe_date(event.date), event.title, humanize(event.kind.value),
                               humanize(event.status.value), actors, amounts))
            first_amount = min((a.min or a.max for a in event.amounts), default=0)
            self._keys.append(((item.sort_day, event.id), event.title.casefold(),
                               event.kind.value, event.status.value, actors.casefold(),
                               float(first_amount)))
            self._tips.append(event.summary)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][column]
        if role == SORT_ROLE:
            return self._keys[row][column]
        if role == EVENT_INDEX_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Hides rows the document's search does not match; sorts by the model's sort keys."""

    def __init__(self, document: TimelineDocument) -> None:
        super().__init__(document)
        self._document = document
        self.setSortRole(SORT_ROLE)
        document.filter_changed.connect(self._refilter)

    def _refilter(self) -> None:
        # Qt 6.10 replaced invalidateFilter() by this pair; only rows ever change here.
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._document.is_match(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
