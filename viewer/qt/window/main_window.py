"""The main window: composes the panes, the actions and the settings. It does no work itself."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.domain.format.problems import TimelineError
from viewer.domain.interchange.formats import foreign_format
from viewer.domain.timeline.timescale import TimeScale
from viewer.domain.wording.describe import cite
from viewer.qt.document.document import TimelineDocument
from viewer.qt.document.opener import TimelineOpener
from viewer.qt.editing.authoring import Authoring
from viewer.qt.editing.event_editor import EventEditor
from viewer.qt.editing.suggestions import SuggestionsPane
from viewer.qt.network.view import NetworkView
from viewer.qt.panes.detail_pane import DetailPane
from viewer.qt.panes.event_list import EventListView
from viewer.qt.panes.event_model import EventTableModel
from viewer.qt.panes.source_pane import SourcePane
from viewer.qt.search.field import SearchField
from viewer.qt.search.results import SearchResultsPane
from viewer.qt.style.keys import NavigationKeys
from viewer.qt.style.numbers import count
from viewer.qt.style.themes import THEMES, apply_theme
from viewer.qt.timeline.canvas import TimelineCanvas
from viewer.qt.timeline.overview import OverviewStrip
from viewer.qt.window.actions import install_actions
from viewer.qt.window.dialogs import (
    ExportPictureDialog,
    LoadFailedDialog,
    OpenTimelineDialog,
    pictures_folder,
)
from viewer.qt.window.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_rows
from viewer.qt.window.interchange import Interchange
from viewer.qt.window.settings import ViewerSettings

APP_NAME = "Timeline Viewer"
FIRST_SHARE = 0.85  # of the available screen, at first start


class MainWindow(QMainWindow):
    """Canvas and overview on top; list, details and source below, in resizable splitters."""

    def __init__(self, document: TimelineDocument, settings: ViewerSettings,
                 now: dt.date) -> None:
        super().__init__()
        self.document, self.settings = document, settings
        self.setObjectName("main-window")
        self.canvas = TimelineCanvas(document, now)
        self.overview = OverviewStrip(document, self.canvas)
        self.model = EventTableModel(document)
        self.list = EventListView(self.model, document)
        self.detail = DetailPane(document)
        self.source = SourcePane(document)
        self.results = SearchResultsPane(document)
        self.network = NetworkView(document)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, self.tr("Events"))
        self.tabs.addTab(self.results, self.tr("Search"))
        self.search = SearchField(document)
        self.editor = EventEditor(document, self)
        self.authoring = Authoring(self, document, self.source, self.editor)
        self.suggestions = SuggestionsPane(document, self.source, self)
        self.interchange = Interchange(self)
        self.suggestions.edit_event = self.authoring.edit_event
        self._compose()
        self._actions = install_actions(self)
        self._follow_edits()
        self.toolbar.insertWidget(self._actions["open"], self.search)
        self.toolbar.insertWidget(self._actions["open"], self.search.problem)
        self.search.returnPressed.connect(lambda: self.results.step(+1))
        self.search.down_pressed.connect(self._into_results)
        self.search.textChanged.connect(
            lambda text: self.action("contested").setChecked(text.strip() == "is:contested"))
        self._set_tab_order()
        self._navigation_keys = NavigationKeys(self)  # arrows stay with the control using them
        self._navigation_keys.keep_for(self.search, self.source.view, self.source.chooser,
                                       self.network.slider, self.detail)
        self.results.tree.escaped.connect(self._clear_search)
        for view in (self.canvas, self.list, self.source):
            view.fill_event_menu = self.fill_event_menu
        self._recent_menu = self.menus["&File"].addMenu(self.tr("Open &Recent"))
        self.menus["&File"].insertMenu(self._actions["quit"], self._recent_menu)
        self._status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Opening progress"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self._status)
        self._fallbacks: list[Path] = []
        self._restore_view_after_open = False
        self.opener = TimelineOpener(self)
        self.opener.started.connect(self._on_open_started)
        self.opener.progressed.connect(self._on_open_progress)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_open_failed)
        self.opener.cancelled.connect(self._on_open_cancelled)
        self.setAcceptDrops(True)
        document.timeline_changed.connect(self._on_timeline_changed)
        document.filter_changed.connect(self._update_status)
        document.results_changed.connect(self._update_status)
        document.search_state_changed.connect(self._update_status)
        self._restore()

    def _compose(self) -> None:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.canvas)
        column.addWidget(self.overview)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.addTab(top, self.tr("Timeline"))
        self.views.addTab(self.network, self.tr("Deal network"))
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setObjectName("lower-splitter")
        for widget in (self.tabs, self.detail, self.source):
            self.lower.addWidget(widget)
        self.lower.setSizes([520, 430, 450])
        self.upper = QSplitter(Qt.Orientation.Vertical)
        self.upper.setObjectName("main-splitter")
        self.upper.addWidget(self.views)
        self.upper.addWidget(self.lower)
        self.upper.setSizes([520, 300])
        self.setCentralWidget(self.upper)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor)
        self.editor.hide()  # opened by New Event from Selection or Edit Event
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.suggestions)
        self.suggestions.hide()  # opened by Add Report or Suggest Events

    def _follow_edits(self) -> None:
        """Undo and Redo name their edit, the title bar marks unsaved changes, and the report
        pane's menu offers what can be made of a selection."""
        self.authoring.follow_undo(self.action("undo"), self.action("redo"))
        self.document.saved.connect(self._remember)
        self.authoring.opened.connect(self.open_now)
        self.source.fill_selection_menu = lambda menu: menu.addActions(
            [self.action("new_event"), self.action("add_evidence")])

    def add_report(self, path: Path | None = None) -> str | None:
        """File ▸ Add Report…: the report joins the timeline, then is read for the events it
        tells of (the proposals show beside it, for review)."""
        source_id = self.authoring.add_report(path)
        if source_id:
            self.suggestions.suggest_for(source_id)
        return source_id

    def suggest_events(self) -> None:
        """Edit ▸ Suggest Events in This Report: the report shown, read again for proposals."""
        source_id = self.source.source_id
        if self.document.opened is None or source_id not in self.document.sources:
            self.statusBar().showMessage(self.tr("Show a report in the report pane first."),
                                         5000)
            return
        self.suggestions.suggest_for(source_id)

    def _set_tab_order(self) -> None:
        """Tab walks the panes in reading order, each pane once."""
        chain = [self.search, self.views.tabBar(), self.canvas, self.network.slider,
                 self.network.canvas, self.tabs.tabBar(), self.list, self.results.tree,
                 self.detail, self.source.chooser, self.source.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def panes(self) -> list[QWidget]:
        """What F6 cycles through: the search box, the visible view, the list (or the search
        results), the details and the report."""
        view = self.network.canvas if self.views.currentWidget() is self.network else \
            self.canvas
        lower = self.results.tree if self.tabs.currentWidget() is self.results else self.list
        return [self.search, view, lower, self.detail, self.source.view]

    def cycle_panes(self, delta: int) -> None:
        panes = self.panes()
        focused = QApplication.focusWidget()
        current = next((i for i, pane in enumerate(panes)
                        if focused is pane or (focused is not None and pane.isAncestorOf(focused))),
                       -1)
        target = panes[(current + delta) % len(panes)] if current >= 0 else panes[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def fill_event_menu(self, menu: QMenu, index: int) -> None:
        """What a context menu offers for an event, wherever it was opened."""
        document = self.document
        menu.addAction(self.tr("Open in Source"), lambda: document.open_quote(index))
        citation = menu.addAction(self.tr("Copy Citation"), lambda: self.copy_citation(index))
        citation.setEnabled(not document.events[index].unsourced)
        menu.addAction(self.tr("Zoom to Event"), lambda: self.zoom_to_event(index))
        story = menu.addAction(self.tr("Show Story"), lambda: self.show_story(index))
        story.setEnabled(bool(document.thread_of(index)))

    def copy_citation(self, index: int) -> None:
        """The event's first passage as a reader would cite it, on the clipboard."""
        document = self.document
        quote = document.events[index].quotes[0]
        source = document.sources[quote.source]
        outlet = document.name_of(source.outlet) if source.outlet else None
        QApplication.clipboard().setText(cite(quote.text, source, outlet))
        self.statusBar().showMessage(self.tr("Copied the citation of the passage."), 4000)

    def zoom_to_event(self, index: int) -> None:
        self.views.setCurrentIndex(0)
        self.document.select(index)
        self.canvas.zoom_to_selection()

    def show_story(self, index: int) -> None:
        """Selects the event and shows its whole story on the canvas (the details list it)."""
        self.views.setCurrentIndex(0)
        self.document.select(index)
        self.canvas.zoom_to_events(self.document.thread_of(index))

    def step_story(self, delta: int) -> None:
        """The next or previous development of the selected event's story; the status bar
        says why nothing happened when nothing can."""
        why = self.document.step_thread(delta)
        messages = {"none": self.tr("The selected event is not part of a story."),
                    "first": self.tr("This is the first development of its story."),
                    "last": self.tr("This is the latest development of its story.")}
        if why:
            self.statusBar().showMessage(messages[why], 5000)

    def _clear_search(self) -> None:
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    # --- files -------------------------------------------------------------------------------

    def open_path(self, path: Path, *, then: list[Path] | None = None) -> None:
        """Opens ``path`` in the background (progress in the status bar, Esc cancels); the
        timeline that is open stays until the new one is ready. ``then``: files to try next if
        this one cannot be opened (at start-up: the last file, then the bundled timeline)."""
        if not self.authoring.maybe_save():
            return
        self._fallbacks = list(then or [])
        self.opener.prepare = (self.canvas.axis, self.canvas.grouping)
        self.opener.begin(Path(path))

    def open_now(self, path: Path) -> bool:
        """Opens ``path`` before returning (tests, the screenshot command, a new timeline)."""
        try:
            self.document.open(path)
        except TimelineError as error:
            LoadFailedDialog.ask(self, Path(path), error.problems, self._consequence())
            return False
        self._remember(Path(path))
        self._own_lanes()
        return True

    def ask_open(self) -> None:
        current = self.document.loaded.path.parent if self.document.loaded else None
        path = OpenTimelineDialog.ask(self, current)
        if path is not None:
            self.open_path(path)

    def cancel_open(self) -> None:
        self.opener.cancel()

    def _on_open_started(self, path: Path) -> None:
        self.document.search.expect(path)  # its index is built beside the loading
        self.progress.setValue(0)
        self.progress.show()
        self.action("cancel_open").setEnabled(True)
        if QApplication.overrideCursor() is None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.statusBar().showMessage(self.tr("Opening {name}… (Esc cancels)").format(
            name=path.name))

    def _on_open_progress(self, fraction: float) -> None:
        self.progress.setValue(round(100 * fraction))

    def _open_ended(self) -> None:
        self.progress.hide()
        self.action("cancel_open").setEnabled(False)
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()

    def _on_opened(self, path: Path, opened) -> None:
        self._open_ended()
        self.document.set_open(opened)
        self._own_lanes()
        self._remember(path)
        if self._restore_view_after_open:
            self._restore_view_after_open = False
            self.restore_view()

    def _on_open_failed(self, path: Path, problems) -> None:
        self._open_ended()
        self.document.search.abandon(path)
        fallbacks, self._fallbacks = self._fallbacks, []
        LoadFailedDialog.ask(self, path, problems, self._consequence(fallbacks))
        if fallbacks:
            self.open_path(fallbacks[0], then=fallbacks[1:])

    def _on_open_cancelled(self, path: Path) -> None:
        self._open_ended()
        self.document.search.abandon(path)
        self._fallbacks = []
        message = self.tr("Opening {name} was cancelled; {title} stays open.").format(
            name=path.name, title=self.document.title) if self.document.opened else \
            self.tr("Opening {name} was cancelled; no timeline is open.").format(name=path.name)
        self.statusBar().showMessage(message, 8000)

    def _consequence(self, fallbacks: list[Path] | None = None) -> str:
        """What the user has now, after a file could not be opened."""
        if fallbacks:
            return self.tr("{name} is opened instead.").format(name=fallbacks[0].name)
        if self.document.opened is not None:
            return self.tr("The timeline that was open stays open.")
        return self.tr("No timeline is open; use File ▸ Open… to choose one.")

    def _remember(self, path: Path) -> None:
        self._fill_recent(self.settings.add_recent(path))

    def _fill_recent(self, recent: list[Path]) -> None:
        self._recent_menu.clear()
        for entry in recent:
            action = self._recent_menu.addAction(entry.name)
            action.setToolTip(str(entry))
            action.triggered.connect(lambda _=False, p=entry: self.open_path(p))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            return
        event.acceptProposedAction()
        reports = [path for path in files if self.authoring.is_report(path)]
        if reports and self.document.opened is not None:  # reports join the open timeline
            for report in reports:
                self.add_report(report)
        elif foreign_format(files[0]):  # another tool's timeline: imported, then opened
            self.interchange.import_path(files[0])
        else:
            self.open_path(files[0])

    # --- view --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _own_lanes(self) -> None:
        """An imported timeline (groups, no actors) opens with its own lanes; a timeline
        without groups never opens in lanes by group (all its events would share one)."""
        opened = self.document.opened
        if opened is None:
            return
        if opened.natural_grouping() == "group" and self.canvas.grouping != "group":
            self.set_grouping("group")
        elif not opened.timeline.groups and self.canvas.grouping == "group":
            self.set_grouping("actor")

    def set_grouping(self, grouping: str) -> None:
        self.canvas.set_grouping(grouping)
        self.action(f"group_{grouping}").setChecked(True)
        self.settings.set_text("view/grouping", grouping)

    def set_theme(self, theme: str) -> None:
        """System, light or dark colours (remembered)."""
        theme = theme if theme in THEMES else "system"
        apply_theme(theme)
        self.action(f"theme_{theme}").setChecked(True)
        self.settings.set_text("view/theme", theme)

    def set_compressed(self, on: bool) -> None:
        self.canvas.set_compressed(on)
        self.action("compress").setChecked(on)
        self.settings.set_value("view/compressed", on)

    def set_axis(self, axis: str) -> None:
        """Places events by when they happened or by when they were reported."""
        self.canvas.set_axis(axis)
        self.action("reported_axis").setChecked(axis == "reported")
        self.settings.set_text("view/axis", axis)

    def show_network(self) -> None:
        self.views.setCurrentWidget(self.network)

    def export_network(self) -> None:
        folder = Path(self.settings.text("export/folder") or pictures_folder())
        path = ExportPictureDialog.ask(self, folder if folder.is_dir() else pictures_folder(),
                                       "deal-network")
        if path is None:
            return
        problem = self.network.export(path)
        if problem:
            QMessageBox.warning(self, self.tr("Export Picture"), self.tr(
                "{name} could not be written: {problem}").format(name=path.name,
                                                                 problem=problem))
            return
        self.settings.set_text("export/folder", str(path.parent))
        self.statusBar().showMessage(self.tr("Wrote {path}").format(path=path), 5000)

    def show_contested(self, on: bool) -> None:
        """Only the events the reports disagree about (the search filter is:contested)."""
        self.search.setText("is:contested" if on else "")

    def open_selected_source(self) -> None:
        if self.document.selected >= 0:
            self.document.open_quote(self.document.selected)

    def show_about(self) -> None:
        AboutDialog.ask(self, self.tr("About {name}").format(name=APP_NAME))

    def show_shortcuts(self) -> None:
        ShortcutsDialog.ask(self, shortcut_rows(list(self._actions.values())))

    def _on_timeline_changed(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — {APP_NAME}")
        self._update_status()

    def _into_results(self) -> None:
        """Down in the search box: to the results (Enter there opens the hit)."""
        self.tabs.setCurrentWidget(self.results)
        self.results.enter()

    def _update_status(self) -> None:
        document = self.document
        if document.opened is None:
            self._status.setText(self.tr("No timeline is open"))
            return
        shown, total = document.match_count(), len(document.events)
        text = (self.tr("{shown} of 1 event shown") if total == 1 else
                self.tr("{shown} of {total} events shown")).format(shown=count(shown),
                                                                    total=count(total))
        if document.results is not None:
            passages = document.results.passage_count
            text += (self.tr(" · 1 passage") if passages == 1 else self.tr(
                " · {passages} passages")).format(passages=count(passages)) \
                if document.results.complete else self.tr(" · counting matches…")
            self.tabs.setCurrentWidget(self.results)
        elif not document.query:
            self.tabs.setCurrentWidget(self.list)
        search = document.search
        if search.state == "indexing" and search.slow:
            text += self.tr(" · indexing for search {percent} %").format(
                percent=round(100 * search.progress))
            if document.results is not None and document.results.read_directly:
                text += self.tr(" (reading the reports directly meanwhile)")
        self._status.setText(text)

    # --- settings ----------------------------------------------------------------------------

    def _first_size(self) -> None:
        """At first start: most of the screen, centred (the default left labels cut)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(int(area.width() * FIRST_SHARE), int(area.height() * FIRST_SHARE))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def _restore(self) -> None:
        settings = self.settings
        if settings.bytes("window/geometry") is None:
            self._first_size()
        for key, restore in (("window/geometry", self.restoreGeometry),
                             ("window/state", self.restoreState),
                             ("window/upper", self.upper.restoreState),
                             ("window/lower", self.lower.restoreState)):
            value = settings.bytes(key)
            if value is not None:
                restore(value)
        self.set_grouping(settings.text("view/grouping", "actor"))
        theme = settings.text("view/theme", "system")
        if theme != "system":
            self.set_theme(theme)
        else:
            self.action("theme_system").setChecked(True)
        self.set_compressed(settings.flag("view/compressed", True))
        self.set_axis(settings.text("view/axis", "event"))
        self._fill_recent(settings.recent_files())

    def restore_view(self) -> None:
        """Back to the zoom and position of last time, if the same file is open."""
        settings = self.settings
        origin, ppd = settings.number("view/origin"), settings.number("view/px_per_day")
        same = self.document.loaded and str(self.document.loaded.path.resolve()) == \
            settings.text("view/file")
        if same and origin is not None and ppd:
            self.canvas.set_scale(TimeScale(origin, ppd, self.canvas.scale().warp))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.authoring.maybe_save():
            event.ignore()
            return
        settings = self.settings
        settings.set_bytes("window/geometry", self.saveGeometry())
        settings.set_bytes("window/state", self.saveState())
        settings.set_bytes("window/upper", self.upper.saveState())
        settings.set_bytes("window/lower", self.lower.saveState())
        if self.document.loaded:
            scale = self.canvas.scale()
            settings.set_value("view/origin", scale.origin)
            settings.set_value("view/px_per_day", scale.px_per_day)
            settings.set_text("view/file", str(self.document.loaded.path.resolve()))
        settings.sync()
        self.opener.cancel()
        self.document.search.close()
        super().closeEvent(event)
