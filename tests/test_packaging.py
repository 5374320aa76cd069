"""The wheel carries the bundled timeline and its seeds, so `validate` works anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_timeline_and_seeds_and_validates_from_elsewhere(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path),
         str(ROOT)], capture_output=True, text=True, check=False)
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("timeline_viewer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("viewer/_bundled/resources/timelines/openai-funding.json",
                   "viewer/_bundled/resources/timeline.schema.json",
                   "viewer/_bundled/seeds/000_8e38079d058985df.txt",
                   "viewer/_bundled/seeds/004_e462da31cd2f4787.txt"):
        assert needed in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run([sys.executable, "-m", "viewer", "validate"], cwd=elsewhere, env=env,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "openai-funding.json: valid: 18 events" in run.stdout
    # The copy inside the wheel answered, not the checkout.
    probe = subprocess.run([sys.executable, "-c", "import viewer.bundled as b; "
                            "print(b.default_timeline())"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=True)
    assert str(site) in probe.stdout
