"""Where Counterfoil keeps its files, and the environment variables it honours.

Every path can be redirected by an environment variable, which is how tests keep
their files in a temporary directory. Directories are created owner-only (0700).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_API_KEY = "COUNTERFOIL_API_KEY"
"""A Stripe key for scripted use; honoured, never persisted."""

ENV_API_BASE = "COUNTERFOIL_API_BASE"
"""Base URL of another Stripe-compatible server (the sandbox, stripe-mock)."""

ENV_DATA_DIR = "COUNTERFOIL_DATA_DIR"
ENV_CONFIG_DIR = "COUNTERFOIL_CONFIG_DIR"

APP_NAME = "counterfoil"


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming"))
    if kind == "data":
        return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it owner-only."""
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    """The directory holding caches and other data (created, mode 0700)."""
    override = os.environ.get(ENV_DATA_DIR)
    base = Path(override) if override else _platform_base("data") / APP_NAME
    return ensure_private_dir(base)


def config_dir() -> Path:
    """The directory holding non-secret configuration such as profiles (created, mode 0700)."""
    override = os.environ.get(ENV_CONFIG_DIR)
    base = Path(override) if override else _platform_base("config") / APP_NAME
    return ensure_private_dir(base)
