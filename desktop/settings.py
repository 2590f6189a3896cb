"""Typed access to the window's QSettings: geometry, window state and the last panel shown.

Only non-secret UI state lives here (never keys: those are in the OS keyring). Tests pass a
QSettings on a temporary INI file so they never touch the user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Counterfoil"
APPLICATION = "Counterfoil"


class Settings:
    """A thin, typed wrapper over QSettings for the shell's own keys."""

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    LAST_PANEL = "window/last_panel"

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = (
            qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)
        )

    @classmethod
    def at_path(cls, path: str) -> Settings:
        """Settings stored in an INI file at ``path`` (tests, portable use)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, or None on first start."""
        return self._bytes(self.GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue(self.GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's saved dock/toolbar state, or None."""
        return self._bytes(self.STATE)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qsettings.setValue(self.STATE, value)

    @property
    def last_panel(self) -> str | None:
        """The slug of the panel shown when the window last closed."""
        value = self.qsettings.value(self.LAST_PANEL)
        return str(value) if value else None

    @last_panel.setter
    def last_panel(self, slug: str) -> None:
        self.qsettings.setValue(self.LAST_PANEL, slug)

    def value(self, key: str, default: object = None) -> object:
        """Any other value (panels keep their own keys under ``panels/<slug>/``)."""
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        """Store any other value."""
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()
