"""Mouse and touch input on the canvas, and dropping a file on the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from tests.conftest import SEED_TIMELINE


def wheel(canvas, x, dy, modifiers=Qt.KeyboardModifier.NoModifier):
    position = QPointF(x, 200)
    event = QWheelEvent(position, canvas.mapToGlobal(position), QPoint(), QPoint(0, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    canvas.wheelEvent(event)


def test_the_wheel_zooms_at_the_pointer(window):
    canvas = window.canvas
    before = canvas.scale()
    day = before.day(700)
    wheel(canvas, 700, 120)
    after = canvas.scale()
    assert after.px_per_day > before.px_per_day
    assert abs(after.day(700) - day) < 1e-6


def test_shift_wheel_and_dragging_pan(qtbot, window):
    canvas = window.canvas
    origin = canvas.scale().origin
    wheel(canvas, 700, -120, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.scale().origin != origin
    origin = canvas.scale().origin
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(700, 480))
    qtbot.mouseMove(canvas, QPoint(600, 480))
    qtbot.mouseMove(canvas, QPoint(500, 480))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 480))
    assert canvas.scale().origin > origin   # dragged left: later days come into view
    assert window.document.selected == -1   # a drag is not a click


def test_hovering_an_event_shows_a_tooltip(qtbot, window):
    canvas = window.canvas
    index = next(i for i, e in enumerate(window.document.events) if e.id == "openai-restructuring")
    point = canvas.item_position(index).toPoint()
    canvas.event(QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point)))
    assert "OpenAI restructures" in QToolTip.text()
    assert "October 2025" in QToolTip.text() and "28 Oct 2025: from other reporting" in \
        QToolTip.text()


def test_zoom_to_selection_frames_the_event(window):
    window.document.select_id("openai-ipo-planned")
    window.action("zoom_selection").trigger()
    item = window.document.items[window.document.selected]
    scale = window.canvas.scale()
    assert 0 < scale.x(item.start) < scale.x(item.end) < window.canvas.width()
    assert scale.x(item.end) - scale.x(item.start) > window.canvas.width() / 2


def test_dropping_a_timeline_file_opens_it(qtbot, window, failed_loads):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SEED_TIMELINE))])
    window.document.select_id("openai-ipo-planned")
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.opener.opened):
        window.dropEvent(drop)
    assert failed_loads == []
    assert window.document.selected == -1  # opened afresh
    assert window._recent_menu.actions()[0].text() == SEED_TIMELINE.name
