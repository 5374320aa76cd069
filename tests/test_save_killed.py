"""A save killed at any moment leaves the old file or the new one, never a mixture: a process
saving a timeline over and over is killed (SIGKILL) at 20 different moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from viewer.domain.files.loading import load_timeline
from viewer.domain.files.saving import save_timeline, timeline_bytes
from viewer.domain.format.fast_load import replace
from viewer.tools.generate import generate_timeline

# The saver encodes both versions once, then only writes: the kills land in the write (where
# atomicity matters), not in the encoding before it.
SAVER = """
import sys
from pathlib import Path
from viewer.domain.files.atomic import write_atomic
from viewer.domain.files.loading import load_timeline
from viewer.domain.files.saving import timeline_bytes
from viewer.domain.format.fast_load import replace
path, pristine = Path(sys.argv[1]), sys.argv[2]
old = load_timeline(pristine).timeline
versions = [timeline_bytes(replace(old, title=old.title + " (edited)")), timeline_bytes(old)]
print("ready", flush=True)
while True:
    for data in versions:
        write_atomic(path, data)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_save_leaves_a_whole_valid_file(tmp_path):
    path = generate_timeline(3000, 30, 7, tmp_path / "big.json")
    old = load_timeline(path).timeline
    save_timeline(path, old)  # in the saved form, so both versions' bytes are known
    pristine = path.with_name("pristine.json")  # the saver's starting point, never killed
    pristine.write_bytes(path.read_bytes())
    versions = {timeline_bytes(old): "old",
                timeline_bytes(replace(old, title=old.title + " (edited)")): "new"}
    seen, moments = set(), random.Random(3).sample(range(0, 120), 20)
    for delay_ms in moments:
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path), str(pristine)],
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(delay_ms / 1000)
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        data = path.read_bytes()
        assert data in versions, f"a mixture after a kill at {delay_ms} ms"
        seen.add(versions[data])
    assert seen == {"old", "new"}  # the kills fell on saves of both versions
    # Kills in the middle of writing leave the unfinished temporary file beside the target,
    # which proves they came mid-save (and that the target was never written into).
    assert list(tmp_path.glob(".big.json.*.tmp"))
    assert load_timeline(path).warnings == []  # and what is left validates
