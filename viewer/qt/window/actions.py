"""Every user action declared once: id, menu, text, shortcuts, handler.

Menus, the toolbar and the tests are built from this table, so a shortcut cannot exist in one
place and be missing in another. Handlers receive the main window and call one method on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.bundled import icon_file
from viewer.domain.timeline.items import GROUPINGS

Key = QKeySequence.StandardKey
# A handler is called with the main window (which imports this table, so it is not named here).
Handler = Callable[[Any], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def _menus() -> tuple[str, ...]:
    """Menu titles, marked for lupdate (the table below names menus by these keys)."""
    return (QT_TRANSLATE_NOOP("actions", "&File"), QT_TRANSLATE_NOOP("actions", "&Edit"),
            QT_TRANSLATE_NOOP("actions", "&View"), QT_TRANSLATE_NOOP("actions", "&Go"),
            QT_TRANSLATE_NOOP("actions", "&Help"),
            QT_TRANSLATE_NOOP("actions", "&Group Lanes By"),
            QT_TRANSLATE_NOOP("actions", "T&heme"))


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...]
    handler: Handler
    toolbar: bool = False
    checkable: bool = False
    group: str = ""
    enabled: bool = True
    icon: str = ""  # a freedesktop icon name; a bundled SVG of that name is the fallback


def _group_by(grouping: str) -> Handler:
    return lambda window: window.set_grouping(grouping)


def _theme(theme: str) -> Handler:
    return lambda window: window.set_theme(theme)


THEME_NAMES = {"system": QT_TRANSLATE_NOOP("actions", "&System"),
               "light": QT_TRANSLATE_NOOP("actions", "&Light"),
               "dark": QT_TRANSLATE_NOOP("actions", "&Dark")}

# The menu's words for the domain's groupings (a grouping without words fails at import).
GROUPING_TEXTS = {"actor": QT_TRANSLATE_NOOP("actions", "&Actor"),
                  "kind": QT_TRANSLATE_NOOP("actions", "&Kind"),
                  "source": QT_TRANSLATE_NOOP("actions", "&Source"),
                  "status": QT_TRANSLATE_NOOP("actions", "S&tatus"),
                  "group": QT_TRANSLATE_NOOP("actions", "&Group")}
GROUPING_MENU = {grouping: GROUPING_TEXTS[grouping] for grouping in GROUPINGS}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_timeline", "&File",
               QT_TRANSLATE_NOOP("actions", "&New Timeline…"), (Key.New,),
               lambda w: w.authoring.new_timeline()),
    ActionSpec("open", "&File",
               QT_TRANSLATE_NOOP("actions", "&Open…"), (Key.Open,), lambda w: w.ask_open(),
               toolbar=True, icon="document-open"),
    ActionSpec("import_timeline", "&File",
               QT_TRANSLATE_NOOP("actions", "&Import…"), ("Ctrl+Shift+I",),
               lambda w: w.interchange.ask_import()),
    ActionSpec("add_report", "&File",
               QT_TRANSLATE_NOOP("actions", "&Add Report…"), ("Ctrl+Shift+A",),
               lambda w: w.add_report()),
    ActionSpec("update_report", "&File",
               QT_TRANSLATE_NOOP("actions", "&Update Report…"), (),
               lambda w: w.authoring.update_report()),
    ActionSpec("remove_report", "&File",
               QT_TRANSLATE_NOOP("actions", "&Remove Report…"), (),
               lambda w: w.authoring.remove_report()),
    ActionSpec("save", "&File",
               QT_TRANSLATE_NOOP("actions", "&Save"), (Key.Save,), lambda w: w.authoring.save()),
    ActionSpec("save_as", "&File",
               QT_TRANSLATE_NOOP("actions", "Save &As…"), (Key.SaveAs, "Ctrl+Shift+S"),
               lambda w: w.authoring.save_as()),
    ActionSpec("cancel_open", "&File",
               QT_TRANSLATE_NOOP("actions", "&Cancel Opening"), ("Esc",),
               lambda w: w.cancel_open(), enabled=False),
    ActionSpec("export_timeline", "&File",
               QT_TRANSLATE_NOOP("actions", "&Export…"), ("Ctrl+Shift+X",),
               lambda w: w.interchange.export_timeline()),
    ActionSpec("export_picture", "&File",
               QT_TRANSLATE_NOOP("actions", "Export &Timeline Picture…"), ("Ctrl+Shift+P",),
               lambda w: w.interchange.export_picture()),
    ActionSpec("print", "&File",
               QT_TRANSLATE_NOOP("actions", "&Print…"), (Key.Print,),
               lambda w: w.interchange.print_timeline()),
    ActionSpec("export_network", "&File",
               QT_TRANSLATE_NOOP("actions", "Export Deal &Network…"), (),
               lambda w: w.export_network()),
    ActionSpec("quit", "&File",
               QT_TRANSLATE_NOOP("actions", "&Quit"), (Key.Quit, "Ctrl+Q"), lambda w: w.close()),
    ActionSpec("undo", "&Edit",
               QT_TRANSLATE_NOOP("actions", "&Undo"), (Key.Undo,),
               lambda w: w.document.undo_stack.undo(), enabled=False),
    ActionSpec("redo", "&Edit",
               QT_TRANSLATE_NOOP("actions", "&Redo"), (Key.Redo, "Ctrl+Shift+Z"),
               lambda w: w.document.undo_stack.redo(), enabled=False),
    ActionSpec("new_event", "&Edit",
               QT_TRANSLATE_NOOP("actions", "New &Event from Selection"), ("Ctrl+E",),
               lambda w: w.authoring.new_event_from_selection()),
    ActionSpec("add_evidence", "&Edit",
               QT_TRANSLATE_NOOP("actions", "Add Selection as E&vidence"), ("Ctrl+Shift+E",),
               lambda w: w.authoring.add_selection_as_evidence()),
    ActionSpec("delete_event", "&Edit",
               QT_TRANSLATE_NOOP("actions", "&Delete Event"), ("Ctrl+Del",),
               lambda w: w.authoring.delete_event()),
    ActionSpec("edit_event", "&Edit",
               QT_TRANSLATE_NOOP("actions", "Edi&t Event"), ("Ctrl+I",),
               lambda w: w.authoring.edit_event()),
    ActionSpec("suggest_events", "&Edit",
               QT_TRANSLATE_NOOP("actions", "Su&ggest Events in This Report"), ("Ctrl+Shift+G",),
               lambda w: w.suggest_events()),
    ActionSpec("find", "&Edit",
               QT_TRANSLATE_NOOP("actions", "&Find…"), (Key.Find,), lambda w: w.focus_search()),
    ActionSpec("zoom_in", "&View",
               QT_TRANSLATE_NOOP("actions", "Zoom &In"), (Key.ZoomIn, "+", "="),
               lambda w: w.canvas.zoom(1.5), toolbar=True, icon="zoom-in"),
    ActionSpec("zoom_out", "&View",
               QT_TRANSLATE_NOOP("actions", "Zoom &Out"), (Key.ZoomOut, "-"),
               lambda w: w.canvas.zoom(1 / 1.5), toolbar=True, icon="zoom-out"),
    ActionSpec("fit", "&View",
               QT_TRANSLATE_NOOP("actions", "&Fit All"), ("Ctrl+0",), lambda w: w.canvas.fit_all(),
               toolbar=True, icon="zoom-fit-best"),
    ActionSpec("zoom_selection", "&View",
               QT_TRANSLATE_NOOP("actions", "Zoom to &Selection"), ("Z",),
               lambda w: w.canvas.zoom_to_selection(), toolbar=True, icon="zoom-selection"),
    ActionSpec("compress", "&View",
               QT_TRANSLATE_NOOP("actions", "&Compress Empty Stretches"), ("Ctrl+B",),
               lambda w: w.set_compressed(w.action("compress").isChecked()), toolbar=True,
               checkable=True, icon="view-compress"),
    ActionSpec("reported_axis", "&View",
               QT_TRANSLATE_NOOP("actions", "Place by &Report Date"), ("Ctrl+R",),
               lambda w: w.set_axis("reported" if w.action("reported_axis").isChecked()
                                    else "event"), checkable=True),
    ActionSpec("network", "&View",
               QT_TRANSLATE_NOOP("actions", "Deal &Network"), ("Ctrl+Shift+N",),
               lambda w: w.show_network()),
    ActionSpec("contested", "&View",
               QT_TRANSLATE_NOOP("actions", "Only &Contested Events"), ("Ctrl+Shift+C",),
               lambda w: w.show_contested(w.action("contested").isChecked()), checkable=True),
    ActionSpec("next", "&Go",
               QT_TRANSLATE_NOOP("actions", "&Next Event"), ("Right", "J"),
               lambda w: w.document.step(+1)),
    ActionSpec("previous", "&Go",
               QT_TRANSLATE_NOOP("actions", "&Previous Event"), ("Left", "K"),
               lambda w: w.document.step(-1)),
    ActionSpec("next_hit", "&Edit",
               QT_TRANSLATE_NOOP("actions", "Find &Next"), (Key.FindNext, "F3"),
               lambda w: w.results.step(+1)),
    ActionSpec("previous_hit", "&Edit",
               QT_TRANSLATE_NOOP("actions", "Find Pre&vious"), (Key.FindPrevious, "Shift+F3"),
               lambda w: w.results.step(-1)),
    ActionSpec("next_in_story", "&Go",
               QT_TRANSLATE_NOOP("actions", "Next in &Story"), ("Alt+Right",),
               lambda w: w.step_story(+1)),
    ActionSpec("previous_in_story", "&Go",
               QT_TRANSLATE_NOOP("actions", "Previous in S&tory"), ("Alt+Left",),
               lambda w: w.step_story(-1)),
    ActionSpec("open_source", "&Go",
               QT_TRANSLATE_NOOP("actions", "Open in &Source"), ("Return", "Enter"),
               lambda w: w.open_selected_source()),
    ActionSpec("next_pane", "&Go",
               QT_TRANSLATE_NOOP("actions", "Next &Pane"), ("F6",), lambda w: w.cycle_panes(+1)),
    ActionSpec("previous_pane", "&Go",
               QT_TRANSLATE_NOOP("actions", "Previous P&ane"), ("Shift+F6",),
               lambda w: w.cycle_panes(-1)),
    ActionSpec("shortcuts", "&Help",
               QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"), ("F1",),
               lambda w: w.show_shortcuts()),
    ActionSpec("about", "&Help",
               QT_TRANSLATE_NOOP("actions", "&About Timeline Viewer"), (),
               lambda w: w.show_about()),
    *(ActionSpec(f"group_{grouping}", "&View/&Group Lanes By", text, (), _group_by(grouping),
                 checkable=True, group="grouping") for grouping, text in GROUPING_MENU.items()),
    *(ActionSpec(f"theme_{theme}", "&View/T&heme", text, (), _theme(theme),
                 checkable=True, group="theme") for theme, text in THEME_NAMES.items()),
)


def install_actions(window: QMainWindow) -> dict[str, QAction]:
    """Creates every action of the table with its menu entry and toolbar button."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    groups: dict[str, QActionGroup] = {}
    toolbar = window.addToolBar(tr("Timeline"))
    toolbar.setObjectName("timeline-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for spec in ACTIONS:
        action = QAction(tr(spec.text), window)
        action.setObjectName(spec.id)
        # A standard key some platforms leave empty (Quit on some) falls back to the next one.
        sequences = [QKeySequence(key) for key in spec.shortcuts]
        action.setShortcuts(list({s.toString(): s for s in sequences if not s.isEmpty()}.values()))
        action.setCheckable(spec.checkable)
        action.setEnabled(spec.enabled)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon, QIcon(str(icon_file(spec.icon)))))
        if action.shortcuts():
            action.setToolTip(f"{tr(spec.text).replace('&', '')} "
                              f"({action.shortcut().toString()})")
        action.triggered.connect(lambda _=False, spec=spec: spec.handler(window))
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        _menu(window, menus, spec.menu).addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.id] = action
    window.toolbar = toolbar
    window.menus = menus
    return actions


def _menu(window: QMainWindow, menus: dict[str, QMenu], path: str) -> QMenu:
    if path not in menus:
        parent, _, name = path.rpartition("/")
        owner = _menu(window, menus, parent) if parent else window.menuBar()
        menus[path] = owner.addMenu(tr(name))
    return menus[path]
