"""Import, picture export and print in the window, driven through the real actions."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtPrintSupport import QPrinter

from tests.qt.test_authoring_window import select
from viewer.cli import main
from viewer.qt.window.interchange import (
    ImportFileDialog,
    ImportNotesDialog,
    ImportTargetDialog,
    PictureFileDialog,
    PrintDialog,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interchange"


@pytest.fixture
def imports(monkeypatch, tmp_path, answers):
    """The import's dialogs answer from here; the notes dialog records what it said."""
    given = {"file": None, "notes": []}
    monkeypatch.setattr(ImportFileDialog, "ask", classmethod(lambda cls, p, f: given["file"]))
    monkeypatch.setattr(ImportNotesDialog, "ask", classmethod(
        lambda cls, p, summary, notes: given["notes"].append((summary, notes))))
    monkeypatch.setattr(ImportTargetDialog, "ask",
                        classmethod(lambda cls, p, proposed: answers["save_as"]))
    return given


def _imported(qtbot, window, target: Path) -> None:
    def done() -> bool:
        window.interchange.wait()
        return window.interchange.importing is None and window.document.opened is not None \
            and window.document.opened.path == target
    qtbot.waitUntil(done, timeout=20_000)


def test_an_imported_timelinejs_file_opens_unsourced_in_its_own_lanes(qtbot, window, tmp_path,
                                                                     imports, answers):
    source = tmp_path / "whitney.json"
    shutil.copy(FIXTURES / "timelinejs-whitney.json", source)
    imports["file"] = source
    answers["save_as"] = tmp_path / "whitney-timeline.json"
    window.action("import_timeline").trigger()                 # Ctrl+Shift+I
    _imported(qtbot, window, tmp_path / "whitney-timeline.json")
    document = window.document
    assert len(document.events) == 6 and window.canvas.grouping == "group"
    assert window.source.chooser.count() == 0  # no report of the timeline before
    summary, notes = imports["notes"][0]
    assert "Imported 6 events from whitney.json (TimelineJS JSON)" in summary
    assert any("year -500" in note for note in notes)
    items = window.canvas.items()
    assert all(items[i].unsourced for i in range(len(items)))
    assert {items[i].lane("group") for i in range(len(items))} == {"Music", "Film", "—"}
    assert window.canvas.picture().eras[0][2] == "Early years"
    assert window.model.index(0, 6).data() == "unsourced"
    assert window.model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    document.select_id("first-album")
    assert "Unsourced" in window.detail.toPlainText()
    assert "https://youtu.be/example-video" in window.detail.toPlainText()
    assert main(["validate", str(tmp_path / "whitney-timeline.json")]) == 0
    assert main(["validate", "--strict", str(tmp_path / "whitney-timeline.json")]) == 1


def test_evidence_makes_an_imported_event_sourced(qtbot, window, tmp_path, imports, answers):
    imports["file"] = FIXTURES / "project.timeline"
    answers["save_as"] = tmp_path / "project.json"
    window.interchange.ask_import()
    _imported(qtbot, window, tmp_path / "project.json")
    report = tmp_path / "report.txt"
    report.write_text("The conference ran from 3 to 5 March 2020 in Lyon.\n", encoding="utf-8")
    answers["published"] = {"report.txt": ("2020-03-06", "printed")}
    source = window.authoring.add_report(report)
    window.document.select_id("conference")
    select(window, source, "The conference ran from 3 to 5 March 2020")
    window.action("add_evidence").trigger()
    event = window.document.selected_event()
    assert not event.unsourced and event.quotes[0].text.startswith("The conference ran")
    assert not window.canvas.items()[window.document.selected].unsourced
    window.action("save").trigger()
    assert main(["validate", str(tmp_path / "project.json")]) == 0


def test_a_dropped_calendar_is_imported(qtbot, window, tmp_path, imports, answers):
    calendar = tmp_path / "team.ics"
    shutil.copy(FIXTURES / "calendar.ics", calendar)
    answers["save_as"] = tmp_path / "team.json"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(calendar))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    _imported(qtbot, window, tmp_path / "team.json")
    assert window.document.opened.title == "Team calendar"


def test_the_picture_is_written_as_pdf_svg_and_png(qtbot, window, tmp_path, monkeypatch):
    for suffix in (".pdf", ".svg", ".png"):
        target = tmp_path / f"timeline{suffix}"
        monkeypatch.setattr(PictureFileDialog, "ask",
                            classmethod(lambda cls, p, f, s, target=target: target))
        window.action("export_picture").trigger()
        assert target.is_file() and target.stat().st_size > 5000, suffix
    assert b"<svg" in (tmp_path / "timeline.svg").read_bytes()[:400]
    assert (tmp_path / "timeline.pdf").read_bytes().startswith(b"%PDF")
    image = QImage(str(tmp_path / "timeline.png"))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23)
               for y in range(0, image.height(), 23)}
    assert len(colours) > 20  # drawn, not blank


def test_print_runs_several_pages_across_when_zoomed_in(qtbot, window, tmp_path, monkeypatch):
    pages = []

    def fake_print(cls, parent, paint):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "print.pdf"))
        paint(printer)
        pages.append((tmp_path / "print.pdf").read_bytes().count(b"/Type /Page\n")
                     + (tmp_path / "print.pdf").read_bytes().count(b"/Type /Page>"))

    monkeypatch.setattr(PrintDialog, "ask", classmethod(fake_print))
    window.canvas.fit_all()
    window.action("print").trigger()
    window.canvas.zoom(8.0)
    window.action("print").trigger()
    assert (tmp_path / "print.pdf").is_file()
    assert pages[0] == 1 and pages[1] > 2, pages  # fitted: one page; zoomed: several across


def test_a_high_resolution_printer_gets_text_at_its_size(qtbot, window, tmp_path, monkeypatch):
    """Fonts are in points for the device: a painter scaled up for a 1200 dpi printer drew
    the title at 250 pt. The PDF's text operators say each font's size."""
    import re
    import zlib

    def print_to_pdf(cls, parent, paint):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "print.pdf"))
        paint(printer)

    monkeypatch.setattr(PrintDialog, "ask", classmethod(print_to_pdf))
    window.action("print").trigger()
    data = (tmp_path / "print.pdf").read_bytes()
    sizes = []
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            sizes += [float(size) for size in
                      re.findall(rb"/F\w+ ([\d.]+) Tf", zlib.decompress(stream.group(1)))]
        except zlib.error:
            continue  # a font or an image, not a page's drawing
    assert sizes and max(sizes) <= 24, sorted(set(sizes))


@pytest.mark.parametrize("key", ["timelinejs", "timeline", "ics", "json", "csv", "markdown"])
def test_file_export_writes_what_the_command_line_writes(qtbot, window, tmp_path, monkeypatch,
                                                          key, capsys):
    from viewer.domain.interchange.exporters import EXPORTERS
    from viewer.qt.window.interchange import ExportFileDialog

    target = tmp_path / f"out{EXPORTERS[key].suffix}"
    monkeypatch.setattr(ExportFileDialog, "ask", classmethod(lambda cls, p, f, s: (target, key)))
    window.action("export_timeline").trigger()
    assert main(["export", "--format", key, "-o", str(tmp_path / "cli")]) == 0
    written, printed = target.read_bytes(), (tmp_path / "cli").read_bytes()
    if key == "ics":  # each event's DTSTAMP is the moment of writing
        written, printed = (re.sub(rb"DTSTAMP:\d+T\d+Z", b"", data) for data in (written,
                                                                              printed))
    assert written == printed and len(written) > 1000
