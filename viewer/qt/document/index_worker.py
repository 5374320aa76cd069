"""Runs the search worker process (:mod:`viewer.domain.search.worker`) for the app.

The index of a large timeline is built in another process so that the GUI thread never waits
for the interpreter lock while it is built. A thread reads the worker's JSON lines as they
come (blocked in a read, it holds no lock) and turns them into queued signals. The process is
killed when a new build starts, when ``stop`` is called, or when this object goes away.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from viewer.qt.document.mailbox import Mailbox


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):
        process.kill()
        process.wait(timeout=5)


class IndexWorker(QObject):
    """``start`` a build; ``progressed(fraction)``, then ``built(path, stamp)`` or
    ``failed(message)``. Starting another build or ``stop`` ends the one running, and nothing
    more is heard from it."""

    progressed = Signal(float)
    built = Signal(str, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: subprocess.Popen | None = None
        self._finalizer: weakref.finalize | None = None
        self._mail = Mailbox(self)
        self.timeline: Path | None = None  # what the running build is for

    def start(self, timeline: Path, cache_dir: Path) -> None:
        self.stop()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "viewer.domain.search.worker", str(timeline),
                 "--cache", str(cache_dir)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as error:
            self.failed.emit(f"the indexing process could not be started ({error.strerror})")
            return
        self._process, self.timeline = process, timeline
        self._finalizer = weakref.finalize(self, _kill, process)
        self._mail.expect()
        threading.Thread(target=self._listen, args=(process,), name="index-worker",
                         daemon=True).start()

    def running(self) -> bool:
        return self._process is not None

    def stop(self) -> None:
        process, self._process, self.timeline = self._process, None, None
        if process is not None and self._finalizer is not None:
            self._finalizer()  # kills it now, and only once

    def _listen(self, process: subprocess.Popen) -> None:
        answered = False
        try:
            for line in process.stdout:
                try:
                    message = json.loads(line)
                except ValueError:
                    continue  # not ours (a library printing); the worker's lines are JSON
                answered = answered or "index" in message or "error" in message
                self._mail.post(self._on_heard, process, message)
            process.wait()
            if not answered:
                self._mail.post(self._on_heard, process, {
                    "error": f"the indexing process ended unexpectedly (exit code "
                             f"{process.returncode})"})
        finally:
            self._mail.done()

    def _on_heard(self, process: subprocess.Popen, message: dict) -> None:
        if process is not self._process:
            return  # a build that was stopped or replaced
        if "progress" in message:
            self.progressed.emit(float(message["progress"]))
        elif "index" in message:
            self._process, self.timeline = None, None
            self.built.emit(message["index"], tuple(message.get("stamp") or ()))
        elif "error" in message:
            self._process, self.timeline = None, None
            self.failed.emit(str(message["error"]))
