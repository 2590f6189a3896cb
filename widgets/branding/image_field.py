"""An icon or logo field: thumbnail, what is set, "Upload…" / "Undo", and inline messages.

Choosing a file (the button opens a non-modal file dialog; dropping a file works too) emits
``picked``; the panel checks it against Stripe's limits and either keeps it in the draft or
shows the reason here, before anything is uploaded.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.branding.images import ImageKind
from widgets.style import ERROR_COLOR, WARNING_COLOR, make_muted, scaled_font

FILE_FILTER = QT_TRANSLATE_NOOP("ImageField", "Images (*.png *.jpg *.jpeg *.gif)")


class ImageField(QWidget):
    """One branding image.

    Signals:
        picked(str) -- a file path was chosen (file dialog or drag and drop).
        undo() -- drop the new, unsaved image and go back to what Stripe has.
    """

    picked = Signal(str)
    undo = Signal()

    def __init__(self, kind: ImageKind, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.dialog: QFileDialog | None = None
        self.setAcceptDrops(True)
        self.thumb_size = QSize(56, 56) if kind == "icon" else QSize(140, 56)
        self.thumb = QLabel()
        self.thumb.setFixedSize(self.thumb_size + QSize(8, 8))
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(label)
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.info = QLabel()
        self.info.setWordWrap(True)
        make_muted(self.info)
        self.upload_button = QPushButton(self.tr("Upload…"))
        self.upload_button.setToolTip(
            self.tr("JPEG, PNG or GIF, at most 512 KB, at least 128×128 pixels")
        )
        self.upload_button.clicked.connect(self.open_dialog)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Forget the new image and keep the saved one"))
        self.undo_button.clicked.connect(self.undo.emit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        self.error.setVisible(False)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOR.name()};")
        self.warnings.setVisible(False)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.upload_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.thumb)
        column.addWidget(self.info)
        column.addLayout(buttons)
        column.addWidget(self.error)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.set_state(None, self.tr("Not set"), has_draft=False)

    def set_state(
        self,
        image: QImage | None,
        info: str,
        *,
        has_draft: bool,
        warnings: list[str] | None = None,
    ) -> None:
        """Show ``image`` (None: an empty box), a line about it and resolution warnings."""
        if image is not None and not image.isNull():
            ratio = self.devicePixelRatioF() or 1.0
            scaled = image.scaled(
                self.thumb_size * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            self.thumb.setPixmap(pixmap)
        else:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText("—")
        self.info.setText(info)
        self.undo_button.setVisible(has_draft)
        self.warnings.setText("\n".join(warnings or []))
        self.warnings.setVisible(bool(warnings))

    def show_error(self, message: str | None) -> None:
        """A reason the chosen file was refused (None hides it)."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def open_dialog(self) -> None:
        """Choose a file (non-modal dialog)."""
        if self.dialog is None:
            self.dialog = QFileDialog(self, self.title.text(), "", self.tr(str(FILE_FILTER)))
            self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.dialog.fileSelected.connect(self.picked.emit)
        self.dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.picked.emit(urls[0].toLocalFile())
