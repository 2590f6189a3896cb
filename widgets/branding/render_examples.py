"""``python -m widgets.branding.render_examples DIR``: the README's branding screenshots.

Starts the demo (the sandbox with the demo seed) exactly as ``counterfoil --demo`` does,
waits for the first sync, opens the Branding panel and writes:

- ``branding-preview-platform-en.png`` -- the platform's "Plan changes" portal in English;
- ``branding-preview-nordlicht-de.png`` -- Nordlicht Design (an Express account with its own
  icon and logo) as its direct-charge customers see it, in German;
- ``branding-panel-rivera-fr.png`` -- the whole panel on Rivera Yoga Studio (full Dashboard:
  a what-if) in French, with an orange brand colour whose white button text fails WCAG AA,
  next to the cream accent colour's link warning, each with the nearest passing colour;
- ``branding-grid.png`` -- every account's branding side by side.

Works with ``QT_QPA_PLATFORM=offscreen``. PNGs are written atomically. Exit code 0 when
every file was written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import keyring.backends.fail
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QSize
from PySide6.QtGui import QImage

from services.branding.atomic import atomic_write_bytes
from services.branding.connect import ChargeType
from services.credentials import SecretStore

SIZE = QSize(1440, 900)
PLATFORM_CONFIG_NAME = "Plan changes"


def _settle(ctx: object, seconds: float = 0.3) -> None:
    runner = getattr(ctx, "runner", None)
    end = time.monotonic() + seconds
    while True:
        if runner is not None:
            runner.wait_idle(30)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() >= end and (runner is None or runner.pending == 0):
            return


def _write(image: QImage, path: Path) -> None:
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types the format as bytes, but PySide6 6.11 accepts only str at runtime.
    if not image.save(buffer, "PNG", 9):  # type: ignore[call-overload]
        raise OSError(f"could not encode {path}")
    atomic_write_bytes(path, bytes(buffer.data().data()))
    print(f"  {path.name}: {image.width()}×{image.height()}, {path.stat().st_size // 1024} KB")


def render(out_dir: Path) -> int:
    """Write the screenshots into ``out_dir``; returns the exit code."""
    from desktop.app import build_context, ensure_application
    from desktop.main_window import MainWindow
    from desktop.screenshots import wait_for_demo_sync
    from desktop.settings import Settings
    from widgets.branding.panel import BrandingPanel

    ensure_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="counterfoil-branding-") as tmp:
        root = Path(tmp)
        ctx = build_context(
            settings=Settings.at_path(str(root / "settings.ini")),
            config_dir=root / "config",
            data_dir=root / "data",
            secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
        )
        window = MainWindow(ctx)
        try:
            window.resize(SIZE)
            window.show()
            error = wait_for_demo_sync(ctx)
            if error is not None:
                print(f"render_examples: demo sync failed: {error.display()}", file=sys.stderr)
                return 1
            window.show_panel("branding")
            panel = window.panel_widget("branding")
            assert isinstance(panel, BrandingPanel)
            deadline = time.monotonic() + 30
            while not panel.is_loaded and time.monotonic() < deadline:
                _settle(ctx, 0.1)
            window.resize(SIZE)

            plans = next(
                (c.id for c in panel.configurations("") if c.name == PLATFORM_CONFIG_NAME), None
            )
            panel.select("", configuration=plans, locale_code="en")
            _settle(ctx)
            image = panel.render_preview(scale=1.0)
            assert image is not None
            _write(image, out_dir / "branding-preview-platform-en.png")

            panel.select("acct_1NordlichtDesign0", charge=ChargeType.DIRECT, locale_code="de")
            _settle(ctx)
            image = panel.render_preview(scale=1.0)
            assert image is not None
            _write(image, out_dir / "branding-preview-nordlicht-de.png")

            panel.select("acct_1RiveraYogaStudio", charge=ChargeType.DIRECT, locale_code="fr")
            _settle(ctx)
            panel.editor.brand.set_text("#ff7a00")
            _settle(ctx)
            window.repaint()
            _write(window.grab().toImage(), out_dir / "branding-panel-rivera-fr.png")
            panel.discard_draft()

            panel.select(locale_code="en")
            panel.tabs.setCurrentIndex(1)
            _settle(ctx, 0.6)
            window.repaint()
            _write(window.grab().toImage(), out_dir / "branding-grid.png")
            panel.tabs.setCurrentIndex(0)
        finally:
            window.close()
            ctx.shutdown()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m widgets.branding.render_examples",
        description="Render the Branding panel's README screenshots from the demo.",
    )
    parser.add_argument("directory", type=Path, help="where to write the PNG files")
    args = parser.parse_args(argv)
    return render(args.directory)


if __name__ == "__main__":
    sys.exit(main())
