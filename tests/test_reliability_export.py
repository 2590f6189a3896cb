"""An interrupted CSV export never leaves a file that looks complete.

The paused-collections exporter (``services/paused/export.py``, ``AtomicFile`` in
``services/paused/csvfile.py``) writes under a hidden ``.<name>.*.partial`` name and renames
into place only when everything is on disk. Its own tests inject a full disk at one offset
(``tests/test_paused_csv.py``, ``tests/test_paused_export.py``); these add:

- **the kernel refusing mid-write:** ``counterfoil export paused-collection`` as a real
  subprocess whose file-size limit (``RLIMIT_FSIZE``) is hit half way through the CSV, so
  ``write()`` fails with ``EFBIG`` the way it fails with ``ENOSPC`` on a full disk: exit 1,
  a clear message, no target file, no temporary file, and a previous export untouched;
- **a process killed mid-export** (SIGKILL at random points, no cleanup possible): the
  target never exists unless complete, and whatever is left over is a hidden ``.partial``;
- **a full disk at any byte offset** (hypothesis): the target is absent or the previous
  export byte for byte, never a truncated CSV, and no temporary file survives.
"""

from __future__ import annotations

import csv
import io
import os
import random
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import strategies as st

from services.cache import Cache
from services.credentials import profile_slug
from services.paused.csvfile import HEADER, ExportError
from services.paused.export import export_csv
from services.sandbox.server import SandboxServer
from services.sync import FullSync, RateLimiter
from tests.benchmarks.bench_paused_export import generate
from tests.conftest import make_client
from tests.test_reliability_support import variants

ROOT = Path(__file__).resolve().parent.parent
PAUSED_ROWS = 4_000


class Profile:
    """A sandbox, an env-key profile's data directory, and its filled cache."""

    def __init__(self, root: Path) -> None:
        self.srv = SandboxServer(seed="empty").start()
        self.data = root / "data"
        self.config = root / "config"
        account = make_client(self.srv).raw_request("get", "/v1/account").data["id"]
        self.cache_path = self.data / "caches" / f"env-{profile_slug(account, False)}.sqlite3"
        with Cache.open(self.cache_path) as cache:
            FullSync(make_client(self.srv), cache, limiter=RateLimiter.unlimited()).run()
            generate(cache, PAUSED_ROWS, n_unpaused=100, n_status=0)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "COUNTERFOIL_API_KEY": self.srv.api_key,
            "COUNTERFOIL_API_BASE": self.srv.url,
            "COUNTERFOIL_DATA_DIR": str(self.data),
            "COUNTERFOIL_CONFIG_DIR": str(self.config),
            "PYTHONPATH": str(ROOT),
        }

    def export(self, out: Path, *, file_limit: int | None = None) -> subprocess.Popen[bytes]:
        """Start ``counterfoil export paused-collection --out OUT`` (optionally with a
        file-size limit, the way a quota or a full disk stops ``write()``)."""

        def limit() -> None:
            if file_limit is not None:
                # EFBIG instead of the default SIGXFSZ, which would kill the process.
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

        script = Path(sys.executable).with_name("counterfoil")
        command = ([str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli"]) + [
            "export",
            "paused-collection",
            "--out",
            str(out),
        ]
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=limit,
        )


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    made = Profile(tmp_path_factory.mktemp("export-profile"))
    try:
        yield made
    finally:
        made.srv.stop()


def complete_export(profile: Profile, out: Path) -> bytes:
    proc = profile.export(out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    data = out.read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == list(HEADER)
    assert len(rows) == PAUSED_ROWS + 1
    return data


def test_the_kernel_refusing_a_write_half_way_leaves_no_file(
    profile: Profile, tmp_path: Path
) -> None:
    full = complete_export(profile, tmp_path / "reference.csv")
    assert len(full) > 400_000
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "paused.csv"
    # The limit lets SQLite's -shm (32 KiB) be mapped but stops the CSV half way.
    proc = profile.export(target, file_limit=len(full) // 2)
    _, err = proc.communicate(timeout=120)
    message = err.decode()
    assert proc.returncode == 1, message
    assert "File too large" in message and "Nothing was written" in message, message
    assert list(out_dir.iterdir()) == []

    # A previous export at the same place survives a failed one untouched.
    target.write_bytes(b"previous export\r\n")
    proc = profile.export(target, file_limit=len(full) // 3)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "paused.csv is unchanged" in err.decode(), err.decode()
    assert target.read_bytes() == b"previous export\r\n"
    assert [p.name for p in out_dir.iterdir()] == ["paused.csv"]


def test_an_export_killed_at_random_points_never_leaves_a_complete_looking_file(
    profile: Profile, tmp_path: Path
) -> None:
    full = complete_export(profile, tmp_path / "reference.csv")
    rng = random.Random(11)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "paused.csv"
    saw_partial = False
    for _ in range(8):
        proc = profile.export(target)
        # Wait for the temporary file to appear, then kill at a random moment of the write.
        deadline = time.monotonic() + 60
        while proc.poll() is None and not any(out_dir.glob(".*.partial")):
            assert time.monotonic() < deadline
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        if target.exists():
            # Only ever the whole export (the run may have finished before the kill).
            assert target.read_bytes() == full
            target.unlink()
        for left in out_dir.iterdir():
            assert left.name.startswith(".paused.csv.") and left.name.endswith(".partial")
            saw_partial = True
            left.unlink()
    assert saw_partial, "no kill landed during a write; the test proved nothing"


class _FullDisk(io.RawIOBase):
    """A file descriptor whose disk fills up after ``room`` bytes (ENOSPC)."""

    def __init__(self, fd: int, room: int) -> None:
        self.fd = fd
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(data) > self.room:
            if self.room:
                os.write(self.fd, bytes(data[: self.room]))
            self.room = 0
            raise OSError(28, "No space left on device")
        self.room -= len(data)
        return os.write(self.fd, bytes(data))

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


SMALL_ROWS = 300


@pytest.fixture(scope="module")
def small_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    with Cache.open(tmp_path_factory.mktemp("small") / "cache.sqlite3") as cache:
        generate(cache, SMALL_ROWS, n_unpaused=10, n_status=0)
        yield cache


def _a_full_disk_at_any_offset_leaves_the_old_file_or_none(
    small_cache: Cache,
    tmp_path_factory: pytest.TempPathFactory,
    room: int,
    bom: bool,
    previous: bool,
) -> None:
    folder = tmp_path_factory.mktemp("disk")
    target = folder / "paused.csv"
    if previous:
        target.write_bytes(b"the previous, complete export\r\n")

    def opener(fd: int) -> BinaryIO:
        return io.BufferedWriter(_FullDisk(fd, room), buffer_size=8192)  # type: ignore[return-value]

    try:
        result = export_csv(small_cache, target, bom=bom, opener=opener)
    except ExportError as exc:
        assert exc.reason == "no_space"
        assert "disk is full" in exc.message
        if previous:
            assert target.read_bytes() == b"the previous, complete export\r\n"
        else:
            assert not target.exists()
    else:
        # Enough room after all: then the file is whole.
        assert result.rows == SMALL_ROWS
        text = target.read_bytes().decode("utf-8-sig" if bom else "utf-8")
        assert len(list(csv.reader(io.StringIO(text, newline="")))) == SMALL_ROWS + 1
    assert [p.name for p in folder.iterdir()] == (["paused.csv"] if target.exists() else [])


(
    test_a_full_disk_at_any_offset_leaves_the_old_file_or_none,
    test_a_full_disk_at_any_offset_leaves_the_old_file_or_none_long,
) = variants(
    _a_full_disk_at_any_offset_leaves_the_old_file_or_none,
    {
        "room": st.integers(min_value=0, max_value=80_000),
        "bom": st.booleans(),
        "previous": st.booleans(),
    },
    examples=60,
    long_examples=600,
)
