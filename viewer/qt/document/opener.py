"""Opens a timeline file in a background thread, with progress, and can be cancelled.

Loading 100,000 events and deriving what the views need takes seconds of Python work. Done in
a thread, it shares the interpreter with the GUI thread, which gets its turn every few
milliseconds (the decoder hands over between batches of events), so the window keeps painting,
the progress bar moves and Esc is heard. The finished
:class:`~viewer.domain.story.open_timeline.OpenTimeline` is handed to the GUI thread in one queued
signal; until then the timeline that was open stays open.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from viewer.domain.files.loading import OpenCancelled
from viewer.domain.format.problems import Problem, TimelineError
from viewer.domain.story.open_timeline import open_timeline
from viewer.qt.document.mailbox import Mailbox
from viewer.qt.style.numbers import ui_language

PROGRESS_EVERY = 0.05  # seconds between progress signals


class TimelineOpener(QObject):
    """``begin(path)`` opens in the background; then ``opened(path, OpenTimeline)``,
    ``failed(path, problems)`` or ``cancelled(path)``; ``progressed(fraction)`` meanwhile.
    Only the latest open is heard from: beginning another cancels the one running."""

    started = Signal(object)
    progressed = Signal(float)
    opened = Signal(object, object)
    failed = Signal(object, object)
    cancelled = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: threading.Event | None = None  # set: the job should stop
        self._path: Path | None = None
        self.prepare = ("event", "actor")  # what the canvas shows first (axis, grouping)
        self._mail = Mailbox(self)

    def busy(self) -> bool:
        return self._job is not None

    @property
    def path(self) -> Path | None:
        """The file being opened, if any."""
        return self._path

    def begin(self, path: Path) -> None:
        """Starts opening ``path``; an open still running is cancelled (silently)."""
        if self._job is not None:
            self._job.set()
        job = self._job = threading.Event()
        self._path = path
        self.started.emit(path)
        self._mail.expect()
        threading.Thread(target=self._work, args=(job, path, self.prepare, ui_language()),
                         name="open-timeline", daemon=True).start()

    def cancel(self) -> None:
        """Stops the open in progress; ``cancelled`` follows once it has stopped."""
        if self._job is not None:
            self._job.set()

    def _work(self, job: threading.Event, path: Path, prepare: tuple[str, str],
              language: str) -> None:
        last = 0.0

        def progress(fraction: float) -> None:
            nonlocal last
            if job.is_set():
                raise OpenCancelled
            if time.monotonic() - last >= PROGRESS_EVERY:
                last = time.monotonic()
                self._say(job, "progress", fraction)

        try:
            self._open(job, path, prepare, language, progress)
        finally:
            self._mail.done()

    def _open(self, job: threading.Event, path: Path, prepare: tuple[str, str], language: str,
              progress) -> None:
        try:
            opened = open_timeline(path, progress, prepare=prepare, keep=True,
                                   language=language)
        except OpenCancelled:
            self._say(job, "cancelled", None)
        except TimelineError as error:
            self._say(job, "failed", error.problems)
        except (OSError, MemoryError, RecursionError, ValueError) as error:
            self._say(job, "failed", [Problem(path.name, "the file", "",
                                               f"cannot be opened: {error}")])
        else:
            self._say(job, "cancelled" if job.is_set() else "opened", opened)

    def _say(self, job: threading.Event, what: str, value: object) -> None:
        self._mail.post(self._on_reported, job, what, value)

    def _on_reported(self, job: threading.Event, what: str, value: object) -> None:
        if job is not self._job:
            return  # an open that was replaced by another
        if what == "progress":
            self.progressed.emit(value)
            return
        path, self._job, self._path = self._path, None, None
        if what == "opened":
            self.opened.emit(path, value)
        elif what == "failed":
            self.failed.emit(path, value)
        else:
            self.cancelled.emit(path)
