"""`counterfoil --demo --screenshots DIR`: every panel rendered to a 1440×900 PNG, exit 0."""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtGui import QImage

from desktop.app import run_gui
from desktop.panels import PANELS

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def distinct_colours(image: QImage, step: int = 37) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_demo_screenshots_render_every_panel(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    out = tmp_path / "shots"
    code = run_gui(Namespace(demo=True, screenshots=str(out), lang=None, profile=None))
    assert code == 0
    expected = {f"{spec.slug}.png" for spec in PANELS} | {"welcome.png"}
    assert {p.name for p in out.iterdir()} == expected
    for name in expected:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1440, 900), name
        assert distinct_colours(image) > 4, f"{name} looks blank"
    # The user's own settings, profiles and caches were not touched.
    assert not (tmp_path / "config" / "profiles.json").exists()


def test_screenshots_need_demo(capsys, qapp):
    code = run_gui(Namespace(demo=False, screenshots="/nonexistent", lang=None, profile=None))
    assert code == 2
    assert "--screenshots needs --demo" in capsys.readouterr().err
