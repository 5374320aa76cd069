"""German and English, dark palettes, and the screenshot command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from tests.qt.conftest import TODAY
from viewer.app import build_window
from viewer.cli import main
from viewer.qt.style.colors import kind_color
from viewer.qt.style.numbers import count


def test_the_interface_speaks_german(qtbot, settings, failed_loads, german):
    window = build_window(None, now=TODAY, settings=settings)
    qtbot.addWidget(window)
    assert window.menus["&File"].title() == "&Datei"
    assert window._status.text() == "18 von 18 Ereignissen angezeigt"
    assert window.action("open_source").text() == "In der &Quelle öffnen"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    assert count(12345) == "12.345"  # counts are grouped the German way
    window.document.select_id("amazon-openai-talks-january")
    row = window.model.event_row(window.document.selected)
    cells = [window.model.index(row, c).data() for c in range(6)]
    assert cells[0] == "29. Jan. 2026" and cells[1].startswith("≠ Amazon erwägt")
    assert cells[2:4] == ["Verhandlung", "In Verhandlung"]
    assert cells[5] == "bis zu 50\u00a0Mrd. USD; 10–20\u00a0Mrd. USD"
    html = window.detail.toPlainText()
    assert "bezogen auf den Bericht vom 29.–30. Jan. 2026" in html
    window.search.setText("nosuch:x")
    qtbot.waitUntil(lambda: window.search.problem.toolTip() != "" and
                    "gibt es nicht" in window.search.problem.toolTip())
    import datetime as dt

    from viewer.domain.timeline.ticks import axis_ticks
    from viewer.domain.timeline.timescale import TimeScale

    months = TimeScale.fitted(dt.date(2025, 9, 1).toordinal(),
                              dt.date(2025, 12, 31).toordinal(), 1400)
    labels = " ".join(t.label + " " + t.major_label
                      for t in axis_ticks(months, 1400, language="de"))
    assert "6. Okt" in labels and "Dez" in labels and "Oct" not in labels


def test_every_interface_string_has_a_german_translation(tmp_path):
    """lupdate over the sources finds nothing new and nothing unfinished in viewer_de.ts (a
    string added without translating it, or one whose context moved, would show in English)."""
    import shutil
    import subprocess
    import sys

    from viewer.bundled import bundled_root

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    translations = tmp_path / "viewer_de.ts"
    shutil.copy(bundled_root() / "resources" / "translations" / "viewer_de.ts", translations)
    package = Path(__file__).resolve().parents[2] / "viewer"
    sources = sorted(str(p) for p in package.rglob("*.py") if "domain" not in p.parts)
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(translations)],
                   check=True, capture_output=True)
    text = translations.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text


def test_kind_colours_stay_visible_on_a_dark_palette():
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    for kind in ("investment", "negotiation", "plan"):
        assert kind_color(kind, dark).lightness() > kind_color(kind, light).lightness()
        assert abs(kind_color(kind, dark).lightness() - 30) > 100


def test_dark_palette_renders_light_text_on_dark_ground(qtbot, window):
    palette = window.canvas.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(28, 28, 30))
    palette.setColor(QPalette.ColorRole.Text, QColor(235, 235, 235))
    window.canvas.setPalette(palette)
    image = window.canvas.grab().toImage()
    corner = QColor(image.pixel(image.width() - 20, image.height() - 5))
    assert corner.lightness() < 60


def test_screenshot_command_writes_the_window(tmp_path, qapp):
    out = tmp_path / "shot.png"
    assert main(["screenshot", "-o", str(out), "--size", "1200x800", "--select",
                 "openai-ipo-planned"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_screenshot_refuses_an_unknown_event(tmp_path, qapp, capsys):
    assert main(["screenshot", "-o", str(tmp_path / "x.png"), "--select", "nope"]) == 1
    assert "no event has the id 'nope'" in capsys.readouterr().err
