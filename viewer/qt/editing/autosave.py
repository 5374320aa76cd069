"""Keeps a recovery copy of unsaved changes and offers it back when the file is opened again.

Every 30 seconds of unsaved changes the open snapshot is written to the program's recovery
folder, in a pool thread (a snapshot is frozen, so it can be encoded there while the user goes
on editing). Saving, or closing and choosing not to save, removes the copy. When a timeline is
opened and a copy of it is there, the user is asked whether to bring the changes back; they
come back as one undoable step, unsaved.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.domain.files.recovery import discard_recovery, pending_recovery, write_recovery
from viewer.domain.format.problems import TimelineError
from viewer.qt.document.document import TimelineDocument

AUTOSAVE_MS = 30_000


class RecoverDialog:
    """Asks whether to bring back unsaved changes: "recover", "discard" or "later"."""

    @classmethod
    def ask(cls, parent: QWidget, name: str, written: str) -> str:
        translate = QCoreApplication.translate
        text = translate("RecoverDialog", "{name} has unsaved changes from {time} that were "
                         "not saved (the program closed first).")
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("RecoverDialog", "Recover Unsaved Changes"),
                          text.format(name=name, time=written), parent=parent)
        box.setInformativeText(translate("RecoverDialog", "Bring them back? They come back "
                                         "unsaved; Undo takes them away again."))
        recover = box.addButton(translate("RecoverDialog", "&Recover"),
                                QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("RecoverDialog", "&Discard Them"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("RecoverDialog", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "recover" if clicked is recover else "discard" if clicked is discard else "later"


class _Write(QRunnable):
    def __init__(self, path: Any, timeline: Any) -> None:
        super().__init__()
        self._path, self._timeline = path, timeline

    def run(self) -> None:
        with contextlib.suppress(OSError):  # a recovery copy is a courtesy, never an error
            write_recovery(self._path, self._timeline)


class Autosave(QObject):
    """Writes recovery copies of the document's unsaved changes and offers them back."""

    def __init__(self, document: TimelineDocument, window: QWidget) -> None:
        super().__init__(window)
        self._document, self._window = document, window
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self._on_timer)
        document.modified_changed.connect(self._on_modified)
        document.saved.connect(self._on_saved)
        document.timeline_changed.connect(self._on_opened)

    def _on_modified(self, modified: bool) -> None:
        if not modified:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def _on_timer(self) -> None:
        """A copy now, and another in 30 s while the changes stay unsaved."""
        self.write_now()
        if self._document.modified:
            self._timer.start()

    def write_now(self, *, wait: bool = False) -> None:
        document = self._document
        if document.opened is None or not document.modified:
            return
        task = _Write(document.opened.path, document.opened.timeline)
        if wait:
            task.run()
        else:
            QThreadPool.globalInstance().start(task)

    def _on_saved(self, path: Any) -> None:
        self._timer.stop()
        discard_recovery(path)

    def discard(self) -> None:
        """The user chose not to keep the changes."""
        self._timer.stop()
        if self._document.opened is not None:
            discard_recovery(self._document.opened.path)

    def _on_opened(self) -> None:
        self._timer.stop()
        opened = self._document.opened
        if opened is None:
            return
        try:
            recovery = pending_recovery(opened.path)
        except TimelineError as error:
            self._window.statusBar().showMessage(str(error.problems[0]), 10000)
            return
        if recovery is None:
            return
        answer = RecoverDialog.ask(self._window, opened.path.name, recovery.written)
        if answer == "recover":
            self._document.edit(self.tr("Recover Unsaved Changes"), recovery.timeline,
                                texts=recovery.texts)
        elif answer == "discard":
            discard_recovery(opened.path)
