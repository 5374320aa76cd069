"""Saving never leaves a half-written file, keeps the file's permissions and writes through a
symlink to the file it names."""

from __future__ import annotations

import os
import stat

import pytest

from viewer.domain.files.atomic import write_atomic


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = tmp_path / "timeline.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and mode(path) == 0o640


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path):
    umask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.json", b"{}")
    finally:
        os.umask(umask)
    assert mode(tmp_path / "new.json") == 0o640  # 0666 without the umask, not mkstemp's 0600


def test_a_symlink_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "data" / "timeline.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o604)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new" and mode(real) == 0o604
    assert sorted(p.name for p in real.parent.iterdir()) == ["timeline.json"]  # no leftovers


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "timeline.json"
    path.write_bytes(b"old")

    def broken(source, target):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_temporary_files_of_killed_saves_are_cleared_once_stale(tmp_path):
    path = tmp_path / "timeline.json"
    old = tmp_path / ".timeline.json.abc123.tmp"
    young = tmp_path / ".timeline.json.def456.tmp"
    other = tmp_path / ".other.json.ghi789.tmp"
    for leftover in (old, young, other):
        leftover.write_bytes(b"half a timel")
    hours_ago = os.stat(old).st_mtime - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    write_atomic(path, b"{}")
    assert not old.exists()            # left by a save killed long ago
    assert young.exists()              # may be a save running right now
    assert other.exists()              # another file's business
