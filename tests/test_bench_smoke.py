"""The benchmark runs end to end at a small size and reports every figure (not their values)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys


def test_bench_prints_one_json_object_with_every_figure(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "viewer", "bench", "--events", "300,600",
                          "--json", "--cache", str(tmp_path)], capture_output=True, text=True,
                         env=env, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert {"cpu", "cores", "python"} <= set(result["machine"])
    # measured as the app runs: on glibc, keeping the memory it frees
    assert result["machine"]["freed_memory_kept"] == (platform.libc_ver()[0] == "glibc")
    assert [r["events"] for r in result["runs"]] == [300, 600]
    for figures in result["runs"]:
        assert figures["load_s"] > 0 and figures["json_loads_s"] > 0 and figures["rss_mb"] > 0
        assert set(figures["paint_ms"]) == {"all", "year", "week", "pan"}
        for stats in figures["paint_ms"].values():
            assert 0 < stats["p50"] <= stats["p95"]
        assert figures["next_event_ms"] > 0
        opening = figures["open"]
        assert opening["interactive_s"] > 0 and opening["first_results_s"] > 0
        assert opening["frames"] >= 60 and 0 < opening["frame_ms"]["p50"] <= \
            opening["frame_ms"]["p95"]


def test_bench_measures_another_tools_file(tmp_path):
    """``bench --file`` on a vis-timeline item array: imported, then measured as ours."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    items = tmp_path / "items.json"
    made = subprocess.run([sys.executable, "-m", "viewer", "generate", "--vis", "--events",
                           "500", "-o", str(items)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    run = subprocess.run([sys.executable, "-m", "viewer", "bench", "--file", str(items),
                          "--json", "--cache", str(tmp_path / "cache")], capture_output=True,
                         text=True, env=env, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(run.stdout)["runs"][0]
    assert figures["events"] == 500 and figures["file"] == str(items.resolve())
    assert set(figures["paint_ms"]) == {"all", "year", "week", "pan"}
    assert all(0 < stats["p50"] <= stats["p95"] for stats in figures["paint_ms"].values())


def test_bench_runs_without_a_display_and_without_being_told_offscreen(tmp_path):
    """``bench --edit`` measures each size in a process of its own; on a machine without a
    display Qt's default platform aborted it before any figure."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    run = subprocess.run([sys.executable, "-m", "viewer", "bench", "--edit", "--events",
                          "200,300", "--cache", str(tmp_path)], capture_output=True, text=True,
                         env=env, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "200 events, in the window: new_event" in run.stdout
    assert "300 events, in the window: new_event" in run.stdout
