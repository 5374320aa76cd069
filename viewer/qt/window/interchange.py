"""File ▸ Import…, Export Timeline Picture… and Print…: another tool's timeline in, the
timeline out as a picture or on paper.

An import reads the file in a pool thread (a vis-timeline array of 100,000 items takes a few
seconds), writes the new timeline where the user chose, atomically, and opens it; what could
not be kept is listed in a dialog, one line per item, as the command line prints it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.domain.files.atomic import write_atomic
from viewer.domain.files.saving import save_timeline
from viewer.domain.interchange.exporters import EXPORTERS, export_bytes
from viewer.domain.interchange.formats import (
    FORMAT_NAMES,
    SUFFIXES,
    ImportFailed,
    import_file,
)
from viewer.domain.interchange.imported import Imported
from viewer.qt.document.mailbox import Mailbox
from viewer.qt.style.numbers import ui_language
from viewer.qt.timeline.render import PictureRequest, TimelinePicture, print_pages, write_picture
from viewer.qt.window.dialogs import pictures_folder, with_suffix

translate = QCoreApplication.translate


EXPORT_TYPES = {  # File ▸ Export…'s file types (for lupdate), by exporter
    "json": QT_TRANSLATE_NOOP("Importing", "Timeline export JSON (*.json)"),
    "csv": QT_TRANSLATE_NOOP("Importing", "CSV, one row per event (*.csv)"),
    "markdown": QT_TRANSLATE_NOOP("Importing", "Markdown fact sheet (*.md)"),
    "timelinejs": QT_TRANSLATE_NOOP("Importing", "TimelineJS JSON (*.json)"),
    "timeline": QT_TRANSLATE_NOOP("Importing", "The Timeline Project (*.timeline)"),
    "ics": QT_TRANSLATE_NOOP("Importing", "iCalendar (*.ics)"),
}


class ImportFileDialog:
    """Asks for another tool's timeline file."""

    @classmethod
    def ask(cls, parent: QWidget, folder: Path) -> Path | None:
        kinds = translate("Importing", "Timelines of other tools ({patterns})").format(
            patterns=" ".join(SUFFIXES))
        name, _ = QFileDialog.getOpenFileName(parent, translate("Importing", "Import Timeline"),
                                              str(folder),
                                              kinds + ";;" + translate("Importing",
                                                                       "All files (*)"))
        return Path(name) if name else None


class ImportTargetDialog:
    """Where the imported timeline is written (always a .json file)."""

    @classmethod
    def ask(cls, parent: QWidget, proposed: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("Importing", "Save Imported Timeline As"), str(proposed),
            translate("Importing", "Timelines (*.json)"))
        return Path(name).with_suffix(".json") if name else None


class ImportNotesDialog:
    """Says what was imported and lists, in the details, what was not kept."""

    @classmethod
    def ask(cls, parent: QWidget, summary: str, notes: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, translate("Importing", "Import"),
                          summary, parent=parent)
        if notes:
            box.setInformativeText(translate(
                "Importing", "{count} things could not be kept; the first: {first}").format(
                count=len(notes), first=notes[0]))
            box.setDetailedText("\n".join(notes))
        box.exec()


class PictureFileDialog:
    """Where the timeline picture goes: PDF, SVG or PNG by the chosen type."""

    SUFFIXES = (".pdf", ".svg", ".png")

    @classmethod
    def ask(cls, parent: QWidget, folder: Path, stem: str) -> Path | None:
        kinds = [translate("Importing", "PDF document (*.pdf)"),
                 translate("Importing", "SVG drawing (*.svg)"),
                 translate("Importing", "PNG image (*.png)")]
        name, chosen = QFileDialog.getSaveFileName(
            parent, translate("Importing", "Export Timeline Picture"), str(folder / f"{stem}.pdf"),
            ";;".join(kinds), kinds[0])
        if not name:
            return None
        return with_suffix(Path(name), cls.SUFFIXES[kinds.index(chosen)] if chosen in kinds
                           else ".pdf", cls.SUFFIXES)


class ExportFileDialog:
    """Where an export goes and in which format (by the chosen file type, else the name's
    suffix); returns the path and the format's key."""


    @classmethod
    def ask(cls, parent: QWidget, folder: Path, stem: str) -> tuple[Path, str] | None:
        kinds = {translate("Importing", text): key for key, text in EXPORT_TYPES.items()}
        name, chosen = QFileDialog.getSaveFileName(
            parent, translate("Importing", "Export Timeline"),
            str(folder / f"{stem}-timelinejs.json"), ";;".join(kinds),
            translate("Importing", EXPORT_TYPES["timelinejs"]))
        if not name:
            return None
        key = kinds.get(chosen, "timelinejs")
        path = Path(name)
        suffix = EXPORTERS[key].suffix
        return (path if path.suffix.lower() == suffix else path.with_name(path.name + suffix),
                key)


class PrintDialog:
    """The print preview (page setup included); ``paint(printer)`` draws the pages."""

    @classmethod
    def ask(cls, parent: QWidget, paint) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)  # the user may turn it
        preview = QPrintPreviewDialog(printer, parent)
        preview.setWindowTitle(translate("Importing", "Print Timeline"))
        preview.paintRequested.connect(paint)
        preview.exec()


class Interchange(QObject):
    """The window's import, picture export and print."""

    def __init__(self, window: Any) -> None:  # the main window, which composes this
        super().__init__(window)
        self._window = window
        self._mail = Mailbox(self)
        self.importing: Path | None = None

    # --- import ------------------------------------------------------------------------------

    def ask_import(self) -> None:
        folder = Path(self._window.settings.text("import/folder") or Path.home())
        path = ImportFileDialog.ask(self._window, folder if folder.is_dir() else Path.home())
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Imports ``path`` into a new timeline file the user names, then opens it."""
        window = self._window
        if self.importing is not None or not window.authoring.maybe_save():
            return
        target = ImportTargetDialog.ask(window, _free_name(path))
        if target is None:
            return
        if target.resolve() == path.resolve():
            QMessageBox.warning(window, translate("Importing", "Import"), translate(
                "Importing", "The imported timeline cannot replace the file it is imported "
                "from; choose another name."))
            return
        window.settings.set_text("import/folder", str(path.parent))
        self.importing = path
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        window.statusBar().showMessage(translate("Importing", "Importing {name}…").format(
            name=path.name))
        def work() -> None:
            try:
                result = import_file(path)  # the texts' language guessed
                if result.timeline.events:
                    save_timeline(target, result.timeline)
                self._mail.post(self._imported, path, target, result, "")
            except ImportFailed as error:
                self._mail.post(self._imported, path, target, None, str(error))
            except OSError as error:
                self._mail.post(self._imported, path, target, None,
                                f"{target}: cannot be written ({error.strerror or error})")
            except Exception as error:  # a bug: said, and the window recovers
                self._mail.post(self._imported, path, target, None,
                                f"{path}: could not be imported ({type(error).__name__}: "
                                f"{error}); please report this file")

        self._mail.start(work)

    def _imported(self, path: Path, target: Path, result: Imported | None,
                  problem: str) -> None:
        window = self._window
        self.importing = None
        QGuiApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
        if result is None or not result.timeline.events:
            empty = translate("Importing",
                              "No event in {name} could be imported; nothing was written.")
            QMessageBox.warning(window, translate("Importing", "Import"), problem or empty.format(
                name=path.name) + ("\n\n" + "\n".join(result.notes[:20]) if result else ""))
            return
        window.open_path(target)
        timeline = result.timeline
        summary = translate(
            "Importing", "Imported {count} events from {name} ({format}) into {target}. They "
            "are unsourced until a report backs them: drawn hatched and listed as "
            "“unsourced”.").format(count=len(timeline.events), name=path.name,
                                  format=FORMAT_NAMES[result.format], target=target.name)
        ImportNotesDialog.ask(window, summary, result.notes)

    def wait(self) -> None:
        """Delivers what the import thread has handed back (tests)."""
        self._mail.deliver()

    # --- picture and print -------------------------------------------------------------------

    def _picture(self) -> TimelinePicture:
        canvas = self._window.canvas
        first, last = canvas.visible_days()
        return TimelinePicture(self._window.document, canvas._now, PictureRequest(
            first=first, last=last, grouping=canvas.grouping, axis=canvas.axis,
            compressed=canvas.compressed, matches=self._window.document.matches,
            search=self._window.search.text()))

    def export_picture(self) -> None:
        """The canvas as it shows now (its range, lanes and search), as PDF, SVG or PNG."""
        window = self._window
        if window.document.opened is None:
            return
        folder = Path(window.settings.text("export/folder") or pictures_folder())
        path = PictureFileDialog.ask(window, folder if folder.is_dir() else pictures_folder(),
                                     "timeline")
        if path is None:
            return
        picture = self._picture()
        size = QSize(1600, 900) if path.suffix.lower() == ".png" else QSize(1190, 842)
        problem = write_picture(picture, path, size)
        picture.close()
        if problem:
            unwritten = translate("Importing", "{name} could not be written: {problem}")
            QMessageBox.warning(window, translate("Importing", "Export Timeline Picture"),
                                unwritten.format(name=path.name, problem=problem))
            return
        window.settings.set_text("export/folder", str(path.parent))
        window.statusBar().showMessage(
            translate("Importing", "Wrote {path}").format(path=path), 5000)

    def export_timeline(self) -> None:
        """The open timeline (its unsaved edits too) in a format of this viewer or of another
        tool, written atomically."""
        window = self._window
        opened = window.document.opened
        if opened is None:
            return
        folder = Path(window.settings.text("export/folder") or opened.path.parent)
        chosen = ExportFileDialog.ask(window, folder if folder.is_dir() else opened.path.parent,
                                      opened.path.stem)
        if chosen is None:
            return
        path, key = chosen
        try:
            write_atomic(path, export_bytes(opened, key, ui_language(),
                                            dt.datetime.now(dt.UTC)))
        except OSError as error:
            unwritten = translate("Importing", "{name} could not be written: {problem}")
            QMessageBox.warning(window, translate("Importing", "Export Timeline"),
                                unwritten.format(name=path.name,
                                                 problem=error.strerror or str(error)))
            return
        window.settings.set_text("export/folder", str(path.parent))
        window.statusBar().showMessage(
            translate("Importing", "Wrote {path}").format(path=path), 5000)

    def print_timeline(self) -> None:
        """Print preview of the whole timeline at the canvas's zoom, several pages across
        when the range is long."""
        window = self._window
        if window.document.opened is None:
            return
        canvas = window.canvas
        whole = TimelinePicture(window.document, canvas._now, PictureRequest(
            grouping=canvas.grouping, axis=canvas.axis, compressed=canvas.compressed,
            matches=window.document.matches, search=window.search.text()))
        zoom = None if canvas.fitted else canvas.scale().px_per_day  # fitted: one page

        def paint(printer) -> None:
            print_pages(whole, printer, zoom)

        PrintDialog.ask(window, paint)
        whole.close()


def _free_name(path: Path) -> Path:
    """Where an import of ``path`` is proposed: beside it, "name.json", never over it."""
    target = path.with_suffix(".json")
    if target == path or target.exists():
        target = path.with_name(f"{path.stem}-imported.json")
    return target
