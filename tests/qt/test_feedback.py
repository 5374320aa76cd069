"""Honest feedback: a bad query is said at the search box, the report follows the selection,
a picture gets the suffix of its type, the first window fits the screen, and Help says what
the keys do and what this program is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from tests.qt.conftest import TODAY
from viewer.app import build_window
from viewer.qt.window.dialogs import ExportPictureDialog, with_suffix
from viewer.qt.window.help_dialogs import AboutDialog, ShortcutsDialog, about_text
from viewer.qt.window.settings import ViewerSettings


def test_a_query_that_cannot_be_read_is_said_at_the_search_box(qtbot, window):
    window.tabs.setCurrentWidget(window.list)  # the Events tab in front
    window.search.setText("nosuch:thing")
    qtbot.waitUntil(lambda: window.search.problem.text() != "")
    assert "no filter 'nosuch:'" in window.search.problem.toolTip()
    assert "#c0392b" in window.search.styleSheet()
    window.search.setText("Amazon")
    qtbot.waitUntil(lambda: window.search.problem.text() == "")
    assert window.search.styleSheet() == ""
    # Answers that bring no new problem leave the field's style alone: setting a style sheet
    # again re-polished the field and had the whole window painted anew after every edit.
    polished = []
    window.search.setStyleSheet = polished.append  # type: ignore[method-assign]
    for _ in range(3):
        window.document.results_changed.emit()
    assert polished == []
    window.search.setText("nosuch:again")
    qtbot.waitUntil(lambda: window.search.problem.text() != "")
    assert polished and "#c0392b" in polished[-1]


def test_the_strong_highlight_follows_the_selection(qtbot, window):
    document = window.document
    document.select_id("amazon-stock-after-hours")
    window.open_selected_source()
    first = window.source.current_passage()
    window.canvas.setFocus()
    document.step(+1)  # another event quoted in the same report
    assert window.source.current_passage() != first
    quoted = [q.text for q in document.selected_event().quotes
              if q.source == window.source.source_id]
    assert quoted and window.source.current_passage() in quoted


def test_a_picture_gets_the_suffix_of_the_chosen_type(qtbot, window, tmp_path, monkeypatch):
    assert with_suffix(Path("net"), ".png", (".svg", ".png")) == Path("net.png")
    assert with_suffix(Path("net.svg"), ".png", (".svg", ".png")) == Path("net.svg")
    monkeypatch.setattr(ExportPictureDialog, "ask",
                        classmethod(lambda cls, parent, folder, stem: tmp_path / "net.png"))
    window.export_network()
    assert (tmp_path / "net.png").stat().st_size > 0
    assert "Wrote" in window.statusBar().currentMessage()
    assert window.settings.text("export/folder") == str(tmp_path)


def test_the_first_window_takes_most_of_the_screen(qtbot, tmp_path, failed_loads):
    settings = ViewerSettings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    window = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() >= 0.8 * area.width() and window.height() >= 0.8 * area.height()


def test_help_lists_every_shortcut_and_the_about_box_says_the_versions(qtbot, window,
                                                                      monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "ask", classmethod(lambda cls, parent, rows:
                                                           shown.append(rows)))
    window.action("shortcuts").trigger()
    keys = dict(shown[0])
    assert keys["F6"] == "Next Pane" and "Ctrl+F" in keys
    assert any("pan the timeline" in does for does in keys.values())
    said = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, parent, title:
                                                       said.append(title)))
    window.action("about").trigger()
    assert said and "Python" in about_text() and "Qt" in about_text()
    assert "Version" in about_text()


def test_every_view_offers_the_event_menu(qtbot, window):
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    index = window.document.opened.ids["amazon-openai-talks-december"]
    window.canvas.fill_event_menu(menu, index)
    names = [a.text() for a in menu.actions()]
    assert names == ["Open in Source", "Copy Citation", "Zoom to Event", "Show Story"]
    assert all(a.isEnabled() for a in menu.actions())  # it is part of a story
    assert window.list.fill_event_menu == window.source.fill_event_menu == window.fill_event_menu
    lone = window.document.opened.ids["amazon-stock-after-hours"]
    menu = QMenu()
    window.fill_event_menu(menu, lone)
    assert not menu.actions()[3].isEnabled()  # no story to show


def test_copy_citation_names_the_report_and_both_dates(qtbot, window):
    from PySide6.QtWidgets import QApplication

    index = window.document.opened.ids["amazon-openai-talks-january"]
    window.copy_citation(index)
    text = QApplication.clipboard().text()
    assert text.startswith("„") and "„Amazon vor Mega-Deal mit OpenAI" in text
    assert "inferred: 2026-01-29 or 2026-01-30" in text and "(29–30 Jan 2026)" in text


def test_show_story_frames_every_step_of_it(qtbot, window):
    index = window.document.opened.ids["amazon-openai-talks-december"]
    window.show_story(index)
    scale = window.canvas.scale()
    for step in window.document.thread_of(index):
        x = scale.x(window.canvas.items().first_days[step])
        assert 0 <= x <= window.canvas.width()


def test_the_theme_is_chosen_and_remembered(qtbot, window, settings):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.action("theme_dark").trigger()
    base = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 80 and settings.text("view/theme") == "dark"
    window.action("theme_light").trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() > 200
    window.action("theme_system").trigger()
    assert settings.text("view/theme") == "system"


def test_toolbar_actions_have_icons_from_the_theme_or_bundled(window):
    for action_id in ("open", "zoom_in", "zoom_out", "fit", "zoom_selection", "compress"):
        assert not window.action(action_id).icon().isNull(), action_id


def test_the_canvas_and_the_overview_paint_every_pixel_they_claim(qtbot, window):
    """They tell Qt they are opaque (so the window, splitters and tabs under them are not
    painted anew after every edit); that holds only if their paint covers all of them."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QWidget

    window.document.select_id("amazon-stock-after-hours")
    window.canvas.zoom(6.0)  # the lanes need more than the view: the scroll bar shows
    window.canvas.resize(window.canvas.width(), 160)
    assert window.canvas._vbar.isVisible()
    for widget in (window.canvas, window.overview):
        image = QImage(widget.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ff00ff"))
        widget.render(image, renderFlags=QWidget.RenderFlag.DrawChildren)  # no background
        assert widget.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        magenta = QColor("#ff00ff").rgb()
        left = [(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
                if image.pixel(x, y) == magenta]
        assert left == [], (type(widget).__name__, left[:5])
