"""One smoke test in a real X window (Xvfb), the way a user's desktop runs the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None,
                                reason="Xvfb is not installed (.ci/run installs it)")

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from viewer.app import application, build_window
app = application()
window = build_window(None)
window.resize(1400, 900)
window.show()
def finish():
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
    assert window.windowHandle().isExposed()
    window.document.select_id("openai-ipo-planned")
    app.processEvents()
    QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
    print("title:", window.windowTitle())
    window.close()
    app.quit()
QTimer.singleShot(1500, finish)
sys.exit(app.exec())
"""


def test_the_app_runs_in_a_real_x_window(tmp_path: Path):
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + 20
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for a server socket to appear is not a timed assertion
        assert socket.exists(), "Xvfb did not start"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "XDG_CONFIG_HOME": str(tmp_path / "config")}
        shot = tmp_path / "screen.png"
        run = subprocess.run([sys.executable, "-c", SCRIPT, str(shot)], env=env,
                             capture_output=True, text=True, timeout=120, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        assert "title: OpenAI's funding" in run.stdout
        assert shot.stat().st_size > 20_000  # a real picture, not an empty screen
    finally:
        server.terminate()
        server.wait(timeout=10)
