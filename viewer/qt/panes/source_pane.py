"""The source pane: a report's full text with every quoted passage marked.

Quote offsets count code points; Qt's text positions count UTF-16 units, so positions are
converted at this boundary (characters outside the BMP take two units). Copying a selection
puts a citation on the clipboard; clicking a marked passage selects the event that quotes it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QTextEdit, QVBoxLayout, QWidget

from viewer.domain.search.query import QueryError, parse_query
from viewer.domain.search.text import find_all
from viewer.domain.wording.describe import describe_date
from viewer.qt.document.document import TimelineDocument
from viewer.qt.style.numbers import ui_language

ParagraphSeparator = "\u2029"


FOUND = QColor(255, 214, 0)


class TextPositions:
    """Code-point offsets ↔ Qt (UTF-16) positions for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        offset = position
        for index in self._astral:
            if self.to_qt(index) < position:
                offset -= 1
        return offset


class SourceTextView(QTextEdit):
    """Read-only report text; copy adds a citation, a click on a passage selects its event."""

    def __init__(self, pane: SourcePane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Source text"))

    # Copying goes through these two handlers rather than createMimeDataFromSelection():
    # PySide6 does not hand ownership of a QMimeData returned from Python to Qt, and the
    # clipboard then frees it twice.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_citation()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy with Citation"), self.copy_citation)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.textCursor().hasSelection())
        menu.addAction(self.tr("Select All"), self.selectAll)
        if self.textCursor().hasSelection():  # what can be made of the selected words
            menu.addSeparator()
            self._pane.fill_selection_menu(menu)
        index = self._pane.event_at(self.cursorForPosition(event.pos()).position())
        if index >= 0:  # on a quoted passage: what can be done with its event
            menu.addSeparator()
            self._pane.fill_event_menu(menu, index)
        menu.exec(event.globalPos())

    def copy_citation(self) -> None:
        selected = self.textCursor().selectedText().replace(ParagraphSeparator, "\n")
        if selected:
            QGuiApplication.clipboard().setText(self._pane.citation(selected))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self._pane.clicked_at(position)


class SourcePane(QWidget):
    """Shows one source of the document; follows ``passage_requested`` and the selection."""

    def __init__(self, document: TimelineDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.fill_event_menu: Callable[[QMenu, int], None] = lambda menu, index: None
        self.fill_selection_menu: Callable[[QMenu], None] = lambda menu: None
        self._source_id = ""
        self._positions = TextPositions("")
        self._current: tuple[int, int] | None = None
        self._marked: tuple | None = None  # what the marks shown were made from
        self._suggested: tuple[str, list[tuple[int, int]]] = ("", [])  # proposals to review
        self._listed: list[tuple[str, str]] | None = []  # the reports in the chooser
        self._listed_from: object = None  # the map of reports they were listed from
        self._found: tuple[tuple[str, str], list[tuple[int, int]]] = (("", ""), [])
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Source"))
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = SourceTextView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.chooser, self.header, self.view):
            layout.addWidget(widget)
        self.chooser.activated.connect(lambda i: self.show_source(self.chooser.itemData(i)))
        document.timeline_changed.connect(self._on_timeline_changed)
        document.timeline_edited.connect(self._on_timeline_edited)
        document.passage_requested.connect(self.show_passage)
        document.selection_changed.connect(self._on_selection_changed)
        document.results_changed.connect(self._mark)
        document.quotes_indexed.connect(self._mark)

    def _on_selection_changed(self, index: int) -> None:
        """The strong highlight follows the selection: the selected event's passage in this
        report, scrolled into view; none when it quotes nothing here."""
        current = self._current
        if current is not None and index not in self._document.events_quoting(
                self._source_id, current[0]):
            mine = [(start, end) for start, end, event in self._document.passages(
                self._source_id) if event == index]
            self._current = mine[0] if mine else None
            if mine:
                self._scroll_to(mine[0][0])
        self._mark()

    def found(self) -> list[tuple[int, int]]:
        """Where the words of the search occur in the shown report (made once per report and
        query, as a find bar in an editor marks them)."""
        key = (self._source_id, self._document.query)
        if self._found[0] != key:
            try:
                needles = parse_query(self._document.query).needles
            except QueryError:
                needles = []
            text = self._document.text_of(self._source_id) if self._source_id else ""
            self._found = (key, find_all(text, needles) if needles and text else [])
        return self._found[1]

    @property
    def source_id(self) -> str:
        return self._source_id

    def _list_reports(self) -> None:
        """The chooser lists the timeline's reports (filled again only when they changed: a
        thousand reports take milliseconds an edit of an event should not spend)."""
        sources = self._document.sources
        if sources is self._listed_from:
            return  # the very map listed last (an edit of events keeps it)
        self._listed_from = sources
        listed = [(source.id, source.title) for source in sources.values()]
        if listed == self._listed:
            return
        self._listed = listed
        self.chooser.clear()
        for source_id, title in listed:
            self.chooser.addItem(f"{source_id}: {title}", source_id)

    def _on_timeline_changed(self) -> None:
        # Listed afresh: a timeline without reports empties the chooser.
        self._listed = self._listed_from = None
        self._list_reports()
        self._source_id = "-"  # shown afresh even when the new timeline has no report yet
        first = next(iter(self._document.sources), "")
        self.show_source(first)

    def _on_timeline_edited(self) -> None:
        """The same timeline, edited: the report list is refreshed, the report shown stays
        (its text never changes) and its passages are marked anew."""
        self._list_reports()
        if self._source_id in self._document.sources:
            self.chooser.setCurrentIndex(max(self.chooser.findData(self._source_id), 0))
            self._mark()
        else:
            self._source_id = "-"  # shown afresh, even when no report is left
            self.show_source(next(iter(self._document.sources), ""))

    def set_suggested(self, source_id: str, spans: list[tuple[int, int]], *,
                      mark: bool = True) -> None:
        """Passages of report ``source_id`` proposed as events (marked with a dashed line while
        they are reviewed); ``mark`` false when the caller marks next anyway."""
        self._suggested = (source_id, list(spans))
        if mark:
            self._mark()

    def selected_passage(self) -> tuple[str, int, int] | None:
        """The report and the code-point offsets of the text selected in it, if any."""
        cursor = self.view.textCursor()
        if not self._source_id or not cursor.hasSelection():
            return None
        return (self._source_id, self._positions.from_qt(cursor.selectionStart()),
                self._positions.from_qt(cursor.selectionEnd()))

    def select_passage(self, start: int, end: int) -> None:
        """Selects ``start``–``end`` (code points) of the shown report, as a user would."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def show_source(self, source_id: str) -> None:
        if source_id == self._source_id:
            return
        self._source_id, self._current, self._marked = source_id, None, None
        text = self._document.text_of(source_id)
        self._positions = TextPositions(text)
        self.view.setPlainText(text)
        self._format_headings()
        source = self._document.sources.get(source_id)
        self.chooser.setCurrentIndex(max(self.chooser.findData(source_id), 0))
        if source is not None:
            printed = "" if source.title_printed else self.tr(" (no headline printed)")
            published = self.tr("Published")
            note = source.published.basis.note
            self.header.setText(f"<b>{escape(source.title)}</b>{escape(printed)}<br>"
                                f"{escape(published)}: "
                                f"{escape(describe_date(source.published, ui_language()))}"
                                + (f" · <i>{escape(note)}</i>" if note else ""))
        else:
            self.header.clear()
        self._mark()

    def show_passage(self, source_id: str, start: int, end: int) -> None:
        self.show_source(source_id)
        self._current = (start, end)
        self._mark()
        self._scroll_to(start)

    def _scroll_to(self, start: int) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._positions.to_qt(start))
        self.view.setTextCursor(cursor)
        # The passage's first line a third of the way down, with context above it.
        bar = self.view.verticalScrollBar()
        top = self.view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.view.viewport().height() // 3)

    def current_passage(self) -> str:
        """The text of the strongly highlighted passage, as the view holds it."""
        for selection in self.view.extraSelections():
            if selection.format.property(QTextCharFormat.Property.UserProperty) == "current":
                return selection.cursor.selectedText().replace(ParagraphSeparator, "\n")
        return ""

    def _format_headings(self) -> None:
        """Short lines without a final full stop are section headings in these reports."""
        block = self.view.document().firstBlock()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        while block.isValid():
            text = block.text().strip()
            if text and len(text) < 120 and text[-1] not in ".:!?\"“”":
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                cursor.mergeCharFormat(bold)
            block = block.next()

    def _mark(self) -> None:
        """Marks the report's quoted passages, the selected event's, the search's words and
        the current passage; nothing is done when the marks would be the ones shown (an edit
        of another report's events, a selection that changes nothing here)."""
        palette = self.palette()
        selected = self._document.selected
        passages = [(start, end, "selected" if index == selected else "quoted")
                    for start, end, index in self._document.passages(self._source_id)]
        if self._suggested[0] == self._source_id:
            passages = [(start, end, "suggested") for start, end in self._suggested[1]] + \
                passages
        passages += [(start, end, "found") for start, end in self.found()]
        if self._current is not None:
            passages.append((*self._current, "current"))
        marks = (self._source_id, palette.cacheKey(), passages)
        if marks == self._marked:
            return
        self._marked = marks
        formats = {kind: self._format(kind, palette)
                   for kind in ("current", "found", "selected", "quoted", "suggested")}
        selections = [self._selection(start, end, formats[kind]) for start, end, kind in passages]
        self.view.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    @staticmethod
    def _format(kind: str, palette: QPalette) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setProperty(QTextCharFormat.Property.UserProperty, kind)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        if kind == "current":
            fmt.setBackground(highlight)
            fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        elif kind == "found":  # the search's words: yellow with dark text, as find bars do
            fmt.setBackground(FOUND)
            fmt.setForeground(QColor("black"))
        elif kind == "suggested":  # a proposal under review: underlined, not yet evidence
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(highlight)
        else:
            highlight.setAlpha(95 if kind == "selected" else 38)
            fmt.setBackground(highlight)
            fmt.setFontUnderline(kind == "selected")
        return fmt

    def event_at(self, position: int) -> int:
        """The event whose passage covers a Qt text position (-1: none)."""
        events = self._document.events_quoting(self._source_id, self._positions.from_qt(position))
        return events[0] if events else -1

    def clicked_at(self, position: int) -> None:
        index = self.event_at(position)
        if index >= 0:
            self._document.select(index)

    def citation(self, selected: str) -> str:
        source = self._document.sources.get(self._source_id)
        if source is None or not selected:
            return selected
        return f"„{selected}“ — {source.title}, {describe_date(source.published, ui_language())}"
