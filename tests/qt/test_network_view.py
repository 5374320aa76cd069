"""The deal network view: drawn, exported, clickable, dated."""

from __future__ import annotations

from PySide6.QtGui import QImage

from viewer.cli import main


def test_clicking_an_edge_selects_its_latest_event(qtbot, window):
    window.action("network").trigger()
    view = window.network
    edge, path, _ = next(c for c in view.picture().curves
                         if (c[0].source, c[0].target) == ("amazon", "openai"))
    point = path.pointAtPercent(0.3)
    assert view.edge_at(point) is edge
    view.choose(edge)
    assert window.document.selected_event().id == "amazon-openai-talks-january"


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
