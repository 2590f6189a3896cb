"""The page shown instead of the panels when a profile's cache file is damaged.

The app never crashes on a corrupt cache: it names the file, explains that rebuilding only
re-downloads data (nothing in Stripe changes) and offers the Rebuild button. The rebuild and
the sync after it run in the background with progress in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import icons
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import WARNING_COLOR, heading, make_muted


class CacheProblemPage(QWidget):
    """The "this account's local data is damaged" page, with a Rebuild button.

    Signals:
        rebuild_requested() -- the user chose to rebuild the cache.
    """

    rebuild_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cacheProblemPage")
        icon = QLabel()
        icon.setPixmap(icons.pixmap("database", 48, WARNING_COLOR))
        self.title = heading(self.tr("This account's local data is damaged"), self.font(), 1.6)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        reassurance = QLabel(
            self.tr(
                "Rebuilding deletes only Counterfoil's local copy and downloads it again from "
                "Stripe. Nothing in your Stripe account changes. The damaged file is kept "
                "aside in case you need it."
            )
        )
        reassurance.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_muted(self.detail)

        self.rebuild_button = QPushButton(self.tr("Rebuild the cache"))
        self.rebuild_button.setIcon(icons.icon("sync"))
        self.rebuild_button.setDefault(True)
        self.rebuild_button.clicked.connect(self._on_rebuild)
        self.spinner = Spinner(18)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.rebuild_button)
        buttons.addWidget(self.spinner)
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        self.error_banner = ErrorBanner()

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(icon, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addWidget(reassurance)
        column.addWidget(self.detail)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.error_banner)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(620)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

    def show_problem(self, account_name: str, path: str, detail: str) -> None:
        """Describe the damaged cache of ``account_name``."""
        whose = self.tr("{0}'s data").format(account_name) if account_name else self.tr("this data")
        self.explanation.setText(
            self.tr(
                "Counterfoil couldn't read its local copy of {0}. This can happen "
                "after a crash, a full disk or a sync tool touching the file."
            ).format(whose)
        )
        self.detail.setText(self.tr("File: {0}\nSQLite said: {1}").format(path, detail))
        self.set_busy(False)
        self.error_banner.clear()

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Show the rebuild in progress (or done)."""
        self.rebuild_button.setEnabled(not busy)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.status.setText(message)

    def _on_rebuild(self) -> None:
        self.error_banner.clear()
        self.set_busy(True, self.tr("Rebuilding…"))
        self.rebuild_requested.emit()
