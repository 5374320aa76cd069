"""Modal dialogs behind one seam each: tests replace ``ask`` and never run a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.domain.problems import Problem


class OpenTimelineDialog:
    @classmethod
    def ask(cls, parent: QWidget, start: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Open Timeline"), str(start or Path.home()),
            parent.tr("Timelines (*.json);;All files (*)"))
        return Path(name) if name else None


class LoadFailedDialog:
    @classmethod
    def ask(cls, parent: QWidget, path: Path, problems: list[Problem]) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(parent.tr("Could not open timeline"))
        box.setText(parent.tr("{name} could not be opened. The timeline that was open stays open.")
                    .format(name=path.name))
        errors = [p for p in problems if p.severity == "error"]
        box.setInformativeText(parent.tr("{count} problem(s) found; the first: {first}").format(
            count=len(errors), first=str(errors[0]) if errors else ""))
        box.setDetailedText("\n".join(str(problem) for problem in problems))
        box.exec()
