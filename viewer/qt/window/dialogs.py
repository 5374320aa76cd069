"""Modal dialogs behind one seam each: tests replace ``ask`` and never run a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.domain.format.problems import Problem, Severity


class OpenTimelineDialog:
    """Asks for a timeline file to open."""

    @classmethod
    def ask(cls, parent: QWidget, start: Path | None) -> Path | None:
        title = QCoreApplication.translate("dialogs", "Open Timeline")
        kinds = QCoreApplication.translate("dialogs", "Timelines (*.json);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()), kinds)
        return Path(name) if name else None


class LoadFailedDialog:
    """Says why a file could not be opened, with every problem in the details."""

    @classmethod
    def ask(cls, parent: QWidget, path: Path, problems: list[Problem], consequence: str) -> None:
        """``consequence`` says what the user has now ("The timeline that was open stays
        open.", "No timeline is open; …")."""
        errors = [p for p in problems if p.severity is Severity.ERROR]
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("dialogs", "Could not open timeline"))
        box.setText(QCoreApplication.translate(
            "dialogs", "{name} could not be opened. {consequence}"
        ).format(name=path.name, consequence=consequence))
        found = QCoreApplication.translate("dialogs", "1 problem found; it is: {first}") \
            if len(errors) == 1 else QCoreApplication.translate(
                "dialogs", "{count} problems found; the first: {first}")
        box.setInformativeText(found.format(count=len(errors),
                                            first=str(errors[0]) if errors else ""))
        box.setDetailedText("\n".join(str(problem) for problem in problems))
        box.exec()


class ExportPictureDialog:
    """Asks where to save a picture. The chosen type's suffix is added when the name has none
    (or another); the dialog starts in ``folder`` with a name of that type."""

    SUFFIXES = (".svg", ".png")

    @classmethod
    def ask(cls, parent: QWidget, folder: Path, stem: str) -> Path | None:
        title = QCoreApplication.translate("dialogs", "Export Picture")
        kinds = [QCoreApplication.translate("dialogs", "SVG drawing (*.svg)"),
                 QCoreApplication.translate("dialogs", "PNG image (*.png)")]
        name, chosen = QFileDialog.getSaveFileName(parent, title, str(folder / f"{stem}.svg"),
                                                   ";;".join(kinds), kinds[0])
        if not name:
            return None
        return with_suffix(Path(name), cls.SUFFIXES[kinds.index(chosen)] if chosen in kinds
                           else ".svg", cls.SUFFIXES)


def with_suffix(path: Path, suffix: str, known: tuple[str, ...]) -> Path:
    """``path`` ending in ``suffix`` unless it already ends in one of ``known``."""
    return path if path.suffix.lower() in known else path.with_name(path.name + suffix)


def pictures_folder() -> Path:
    """Where pictures go by default: the user's Pictures folder, else Documents, else home."""
    for place in (QStandardPaths.StandardLocation.PicturesLocation,
                  QStandardPaths.StandardLocation.DocumentsLocation):
        found = QStandardPaths.writableLocation(place)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()
