"""The search results: events and passages in two groups, each hit with its snippet.

The model is a thin tree over the document's latest :class:`Results`; a delegate draws the
matched words of a snippet in bold. Choosing a hit (click, Enter, F3) hands it to the document.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.domain.search.plan import Hit
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.keys import claims_enter
from viewer.qt.style.numbers import count as count_text

HIT_ROLE = Qt.ItemDataRole.UserRole + 5
Index = QModelIndex | QPersistentModelIndex
GROUPS = 2  # events, passages
TOP = 0     # internal id of the group rows; a hit's is its group + 1


class SearchResultsModel(QAbstractItemModel):
    """Two top rows (events, passages) whose children are the hits."""

    def __init__(self, document: TimelineDocument) -> None:
        super().__init__(document)
        self._document = document
        self._groups: list[list[Hit]] = [[], []]
        document.results_changed.connect(self._refresh)

    def _refresh(self) -> None:
        self.beginResetModel()
        results = self._document.results
        self._groups = [results.events, results.passages] if results else [[], []]
        self.endResetModel()

    def group_sizes(self) -> tuple[int, int]:
        return len(self._groups[0]), len(self._groups[1])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if 0 <= row < GROUPS else QModelIndex()
        group = parent.row()
        if parent.internalId() == TOP and 0 <= row < len(self._groups[group]):
            return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return GROUPS
        if parent.internalId() == TOP:
            return len(self._groups[parent.row()])
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() or parent.internalId() == TOP  # hits have none

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._group_data(index.row(), role)
        hit = self._groups[int(index.internalId()) - 1][index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(hit) + hit.snippet
        return None

    def _group_data(self, group: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            results = self._document.results
            number = (results.event_count if group == 0 else results.passage_count) if results \
                else 0
            more = results is not None and not results.complete
            name = self.tr("Events") if group == 0 else self.tr("Passages in the reports")
            return f"{name} ({count_text(number)}{'+' if more else ''})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _label(self, hit: Hit) -> str:
        if hit.kind == "event":
            return self._document.events[hit.event].title + " — "
        mark = "" if hit.quoted else self.tr(" (not on the timeline yet)")
        return f"{hit.source}{mark}: "


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit's text with the matched characters in bold."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                          option.widget)
        offset = len(text) - len(hit.snippet)
        start, end = hit.highlight[0] + offset, hit.highlight[1] + offset
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(4, 0, -4, 0)
        x = rect.left()
        for piece, bold in ((text[:start], False), (text[start:end], True), (text[end:], False)):
            font = QFont(option.font)
            font.setBold(bold)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            shown = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, rect.right() - x)
            painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            x += metrics.horizontalAdvance(shown)
            if x >= rect.right():
                break
        painter.restore()


class ResultsTree(QTreeView):
    """The hits; Enter opens the current one (the window's Enter shortcut must not take it);
    Esc clears the search."""

    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        return claims_enter(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class SearchResultsPane(QWidget):
    """The results tree under a line with the counts (or why the query cannot be read)."""

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = SearchResultsModel(document)
        self.tree = ResultsTree(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(SnippetDelegate(self.tree))
        self.tree.setAccessibleName(self.tr("Search results"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.tree)
        self.tree.activated.connect(self._chosen)
        self.tree.clicked.connect(self._chosen)
        document.results_changed.connect(self._show)
        document.results_changed.connect(self._step_if_waiting)
        self._waiting_step = 0
        document.search_state_changed.connect(self._show)

    def _show(self) -> None:
        document = self._document
        for group in range(GROUPS):  # expandAll would visit every one of 100,000 hits
            self.tree.expand(self.model.index(group, 0))
        if document.query_error:
            self.message.setText(f"<span style='color:#c0392b'>{escape(document.query_error)}"
                                 "</span>")
            return
        results, text = document.results, ""
        if results and not results.complete:
            text = self.tr("The earliest matches are listed; counting them all…")
        elif results:
            events = self.tr("1 event") if results.event_count == 1 else \
                self.tr("{count} events").format(count=count_text(results.event_count))
            passages = self.tr("1 passage") if results.passage_count == 1 else \
                self.tr("{count} passages").format(count=count_text(results.passage_count))
            text = self.tr("Matches: {events} · {passages}").format(events=events,
                                                                    passages=passages)
            listed = max(len(results.events), len(results.passages))
            if results.event_count + results.passage_count > len(results.events) + len(
                    results.passages):
                text += self.tr(" (the earliest {listed} of each are listed)").format(
                    listed=count_text(listed))
        elif document.query.strip():
            text = self.tr("Searching…")
        if document.query.strip() and document.search.state == "indexing":
            text += "\n" + self.tr("The index is being built ({percent} %); meanwhile the "
                                   "reports are read directly, which finds the same.").format(
                percent=round(100 * document.search.progress))
        elif document.query.strip() and document.search.state == "unindexed":
            text += "\n" + self.tr("Search reads the reports directly: {problem}.").format(
                problem=document.search.problem)
        self.message.setText(escape(text).replace("\n", "<br>"))

    def enter(self) -> None:
        """Keyboard focus into the results, on the current hit or else the first one."""
        self.tree.setFocus()
        if not (self.tree.currentIndex().isValid() and self.tree.currentIndex().parent().isValid()):
            for group in range(GROUPS):
                first = self.model.index(0, 0, self.model.index(group, 0))
                if first.isValid():
                    self.tree.setCurrentIndex(first)
                    break

    def _step_if_waiting(self) -> None:
        if self._waiting_step and not self._document.answer_pending():
            delta, self._waiting_step = self._waiting_step, 0
            self.step(delta)

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self._document.choose(hit)

    def step(self, delta: int) -> None:
        """Goes to the next (``+1``) or previous (``-1``) hit, wrapping around. Pressed before
        the answer to what was just typed has come, it asks at once and goes when it comes."""
        if self._document.answer_pending():
            self._waiting_step = delta
            self._document.search.ask_now()
            return
        events, passages = self.model.group_sizes()
        total = events + passages
        if not total:
            return
        current = self.tree.currentIndex()
        if current.isValid() and current.parent().isValid():
            position = current.row() + (events if current.parent().row() == 1 else 0) + delta
        else:
            position = 0 if delta > 0 else -1
        position %= total
        group, row = (0, position) if position < events else (1, position - events)
        index = self.model.index(row, 0, self.model.index(group, 0))
        self.tree.setCurrentIndex(index)
        self._document.choose(index.data(HIT_ROLE))
