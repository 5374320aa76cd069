"""Mouse, wheel, pinch, keys and tooltips on the timeline canvas.

A mixin of :class:`viewer.qt.timeline.canvas.TimelineCanvas`: each handler turns a gesture into
one call on the canvas's scale or on the document, and nothing else.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QMenu, QToolTip

from viewer.domain.wording.describe import describe_amount, describe_date, describe_day
from viewer.qt.style.numbers import count, title_of, ui_language

ZOOM_STEP = 1.25
DRAG_THRESHOLD = 4.0


class CanvasInput:
    """Input handlers; the canvas provides ``hit``, ``bin_at``, ``pan``, ``zoom`` and the rest."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
            self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        dx = event.position().x() - self._press.x()
        if self._dragged or abs(dx) > DRAG_THRESHOLD:
            self._dragged = True
            self._press = event.position()
            self.pan(dx)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._dragged:
            x, y = event.position().x(), event.position().y()
            dense = self.bin_at(x, y)
            if dense is not None:
                self.zoom_to_days(dense.first_day, dense.last_day)
            else:
                hit = self.hit(x, y)
                self._document.select(hit.item.index if hit else -1)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position().x(), event.position().y())
        if hit is not None:
            self._document.open_quote(hit.item.index)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right click on an event (or the menu key with one selected): its menu."""
        hit = self.hit(event.pos().x(), event.pos().y())
        index = hit.item.index if hit else self._document.selected
        if index < 0:
            return
        self._document.select(index)
        menu = QMenu(self)
        self.fill_event_menu(menu, index)
        menu.exec(event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self._vbar.setValue(self._vbar.value() - (delta.y() or delta.x()) // 2)
        elif (delta.x() and abs(delta.x()) > abs(delta.y())) or \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.pan((delta.x() or delta.y()) / 2)
        elif delta.y():
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def keyPressEvent(self, event: QEvent) -> None:
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if shift and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.pan(self.width() / 8 * (1 if event.key() == Qt.Key.Key_Left else -1))
            return
        steps = {Qt.Key.Key_Up: -self._vbar.singleStep(), Qt.Key.Key_Down: self._vbar.singleStep(),
                 Qt.Key.Key_PageUp: -self._vbar.pageStep(),
                 Qt.Key.Key_PageDown: self._vbar.pageStep()}
        if event.key() in steps:
            self._vbar.setValue(self._vbar.value() + steps[event.key()])
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom(1 + event.value(), event.position().x())  # trackpad pinch
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom(pinch.scaleFactor(), self.mapFromGlobal(pinch.centerPoint()).x())
                return True
        return super().event(event)

    def _show_tooltip(self, event: QEvent) -> None:
        dense = self.bin_at(event.pos().x(), event.pos().y())
        if dense is not None:
            QToolTip.showText(event.globalPos(), (self.tr(
                "1 event from {first} to {last}; click to zoom in") if dense.count == 1 else
                self.tr("{count} events from {first} to {last}; click to zoom in")).format(
                count=count(dense.count), first=describe_day(_day(dense.first_day), ui_language()),
                last=describe_day(_day(dense.last_day), ui_language())), self)
            return
        hit = self.hit(event.pos().x(), event.pos().y())
        if hit is None:
            QToolTip.hideText()
            return
        event_data = self._document.events[hit.item.index]
        lang = ui_language()
        amounts = "; ".join(dict.fromkeys(describe_amount(a, lang) for a in event_data.amounts))
        lines = [f"<b>{escape(title_of(event_data))}</b>",
                 escape(describe_date(event_data.date, lang))]
        context = event_data.context_date
        if context is not None and context.start is not None:
            lines.append(self.tr("◇ {day}: from other reporting").format(
                day=describe_day(context.start, lang)))
        if amounts:
            lines.append(escape(amounts))
        QToolTip.showText(event.globalPos(), "<br>".join(lines), self)


def _day(day: float) -> dt.date:
    return dt.date.fromordinal(int(max(1, min(day, dt.date.max.toordinal()))))
