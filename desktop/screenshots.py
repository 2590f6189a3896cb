"""``counterfoil --demo --screenshots DIR``: render every panel of the demo to PNG files.

Starts the demo (sandbox + demo profile), waits for the first sync to finish, then shows each
panel in turn in a 1440×900 window and saves ``DIR/<panel-slug>.png`` (plus ``welcome.png``,
the first-start page). Works with ``QT_QPA_PLATFORM=offscreen``. Returns the exit code: 0 when
the sync succeeded and every file was written.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer

from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.panels import PANELS
from services.errors import UserFacingError

SIZE = QSize(1440, 900)
SYNC_TIMEOUT_S = 180.0


def settle(ctx: AppContext, rounds: int = 5) -> None:
    """Let pending tasks deliver and the window repaint."""
    ctx.runner.wait_idle(30)
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def save(window: MainWindow, path: Path) -> None:
    """Grab the window's contents into ``path``."""
    window.repaint()
    QCoreApplication.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def wait_for_demo_sync(ctx: AppContext, timeout: float = SYNC_TIMEOUT_S) -> UserFacingError | None:
    """Start the demo and block (running the event loop) until its first sync ends."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finished(_: object) -> None:
        outcome.setdefault("done", True)
        loop.quit()

    def failed(error: UserFacingError) -> None:
        outcome.setdefault("error", error)
        loop.quit()

    ctx.sync_finished.connect(finished)
    ctx.sync_failed.connect(failed)
    ctx.profile_failed.connect(failed)
    ctx.cache_problem.connect(lambda problem: failed(UserFacingError(str(problem))))
    ctx.start_demo(on_failure=failed)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout * 1000))
    started = time.monotonic()
    while not outcome and time.monotonic() - started < timeout:
        loop.exec()
    timer.stop()
    if not outcome:
        return UserFacingError(f"The demo did not finish syncing within {timeout:.0f} seconds.")
    error = outcome.get("error")
    return error if isinstance(error, UserFacingError) else None


def take_screenshots(ctx: AppContext, window: MainWindow, out_dir: Path) -> int:
    """Write welcome.png and one PNG per panel into ``out_dir``; returns the exit code."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(SIZE)
    window.show()
    settle(ctx)
    if window.pages.currentIndex() == window.WELCOME:
        save(window, out_dir / "welcome.png")

    error = wait_for_demo_sync(ctx)
    settle(ctx)
    if error is not None:
        print(f"counterfoil: demo sync failed: {error.display()}", file=sys.stderr)
    window.resize(SIZE)
    for spec in PANELS:
        window.show_panel(spec.slug)
        settle(ctx)
        save(window, out_dir / f"{spec.slug}.png")
    print(f"counterfoil: wrote {len(PANELS) + 1} screenshots to {out_dir}")
    return 1 if error is not None else 0
