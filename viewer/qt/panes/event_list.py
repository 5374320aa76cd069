"""The event list view: sortable, filtered by the search, in step with the selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from viewer.qt.document.document import TimelineDocument
from viewer.qt.panes.event_model import EVENT_INDEX_ROLE, EventTableModel


class EventListView(QTableView):
    """Rows of the proxy; choosing a row selects its event, and the selection picks the row."""

    def __init__(self, model: EventTableModel, document: TimelineDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._arriving = False
        self.fill_event_menu: Callable[[QMenu, int], None] = lambda menu, index: None
        self.setModel(model)
        self.setAccessibleName(self.tr("Event list"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list; ↑ ↓ move by row
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Fixed row heights: the view never measures rows, whatever their number.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 360, 110, 110, 160, 150)):
            self.setColumnWidth(column, width)
        self.selectionModel().currentRowChanged.connect(self._row_chosen)
        document.selection_changed.connect(self._follow)
        model.modelReset.connect(self._follow_selection)  # a method: Qt disconnects it
        # when this view is destroyed, which it cannot do for a lambda

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt makes the first row current when focus arrives without one; arriving by Tab
        # must not select an event, only a key or a click does.
        self._arriving = True
        try:
            super().focusInEvent(event)
        finally:
            self._arriving = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        row = self.indexAt(event.pos())
        index = row.data(EVENT_INDEX_ROLE) if row.isValid() else self._document.selected
        if index is None or index < 0:
            return
        self._document.select(index)
        menu = QMenu(self)
        self.fill_event_menu(menu, index)
        menu.exec(event.globalPos())

    def _follow_selection(self) -> None:
        self._follow(self._document.selected)

    def _row_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and not self._arriving:
            self._document.select(current.data(EVENT_INDEX_ROLE))

    def _follow(self, index: int) -> None:
        current = self.currentIndex()
        if current.isValid() and current.data(EVENT_INDEX_ROLE) == index:
            return
        if index < 0:
            self.selectionModel().clearSelection()
            return
        row = self.model().index(self.model().event_row(index), 0)
        if row.isValid():
            self.selectionModel().setCurrentIndex(
                row, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(row)
