"""The app keeps the memory it frees where glibc lets it say so, and nowhere else fails."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from viewer import memory


def test_glibc_agrees_and_other_c_libraries_are_left_alone(monkeypatch):
    # In a process of its own: the setting stays for the life of the process.
    run = subprocess.run([sys.executable, "-c", "from viewer import memory; "
                          "print(memory.keep_freed_memory(), memory.kept)"],
                         capture_output=True, text=True, timeout=60, check=True)
    glibc = platform.libc_ver()[0] == "glibc"
    assert run.stdout.split() == [str(glibc), str(glibc)]
    monkeypatch.setattr(platform, "libc_ver", lambda: ("", ""))
    assert memory.keep_freed_memory() is False and memory.kept is False


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_a_refusal_is_said(monkeypatch):
    class Refusing:
        def mallopt(self, parameter: int, value: int) -> int:
            return 0
    monkeypatch.setattr(memory.ctypes, "CDLL", lambda name: Refusing())
    assert memory.keep_freed_memory() is False and memory.kept is False
