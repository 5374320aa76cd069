"""The deal network view: drawn, exported, clickable, dated."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from viewer.cli import main


def test_clicking_an_edge_selects_its_latest_event(qtbot, window):
    window.action("network").trigger()
    view = window.network
    qtbot.waitExposed(view.canvas)
    edge, path, _ = next(c for c in view.picture().curves
                         if (c[0].source, c[0].target) == ("amazon", "openai"))
    point = path.pointAtPercent(0.3)
    assert window.document.selected_event() is None
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(point.x()), round(point.y())))
    assert window.document.selected_event().id == "amazon-openai-talks-january"
    assert "amazon-openai-talks-january" in {window.document.events[i].id for i in edge.events}


def test_the_date_control_shows_the_network_as_known_then(window):
    view = window.network
    view.slider.setValue(0)      # the December report
    labels = {(e.source, e.target): e.label for e in view.picture().network.edges}
    assert labels["amazon", "openai"] == "≥ 10 bn USD"
    view.slider.setValue(view.slider.maximum())
    labels = {(e.source, e.target): e.label for e in view.picture().network.edges}
    assert labels["amazon", "openai"].endswith("up to 50 bn USD; 10–20 bn USD")


def test_exports_as_png_and_svg(window, tmp_path):
    window.network.export(tmp_path / "network.png")
    window.network.export(tmp_path / "network.svg")
    assert QImage(str(tmp_path / "network.png")).width() == 1400
    svg = (tmp_path / "network.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "AWS" in svg


def test_screenshot_of_the_network(tmp_path, qapp):
    out = tmp_path / "network.png"
    assert main(["screenshot", "--view", "network", "-o", str(out)]) == 0
    assert QImage(str(out)).height() == 900


def test_companies_keep_their_places_when_the_date_changes(window):
    view = window.network
    window.show_network()
    view.slider.setValue(view.slider.maximum())
    late = dict(view.picture().positions)
    view.slider.setValue(0)
    early = view.picture().positions
    assert early and all(early[node] == late[node] for node in early)


def test_the_label_under_the_pointer_is_the_edge_named(qtbot, window):
    view = window.network
    window.show_network()
    qtbot.waitExposed(view.canvas)
    for edge, _, middle in view.picture().curves:
        if edge.label:
            assert view.edge_at(middle) is edge, edge.label
    edge, path, _ = next(c for c in view.picture().curves
                         if (c[0].source, c[0].target) == ("nvidia", "openai"))
    point = path.pointAtPercent(0.25)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(point.x()), int(point.y())))
    assert window.document.selected == edge.events[-1]  # its latest event


def test_shared_sums_and_tranches_read_as_what_they_are(window):
    labels = {(e.source, e.target, e.kind): e.label for e in window.network.picture().network.edges}
    assert labels["openai", "amd", "infrastructure"] == "≈ 1.4 tn USD (one sum for 3 flows)"
    assert labels["microsoft", "openai", "investment"] == "> 13 bn USD + just under 10 bn USD"
