"""The icons and logos the preview draws: Stripe files downloaded in the background, plus the
images of unsaved drafts.

Keys are Stripe file ids (``file_…``) or ``draft:<sha256>`` for an image picked but not
uploaded yet (its bytes live in the profile's :class:`~services.branding.drafts.DraftStore`).
Downloads go through ``ctx.runner``; results from a previous profile are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from services.branding import remote
from services.branding.drafts import DraftStore
from services.errors import UserFacingError

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl

DRAFT_PREFIX = "draft:"


class ImageStore(QObject):
    """Images by key for the preview and the grid.

    Signals:
        changed() -- an image arrived or failed to load; repaint what shows images.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drafts: DraftStore | None = None
        self._images: dict[str, QImage] = {}
        self._pending: set[str] = set()
        self._failed: dict[str, UserFacingError] = {}
        self._generation = 0

    def reset(self, drafts: DraftStore | None) -> None:
        """Forget everything (another profile was opened)."""
        self._generation += 1
        self.drafts = drafts
        self._images.clear()
        self._pending.clear()
        self._failed.clear()
        self.changed.emit()

    def put(self, key: str, image: QImage) -> None:
        """Add an image directly (tests, scripts, freshly picked files)."""
        self._images[key] = image
        self.changed.emit()

    def image(self, key: str) -> QImage | None:
        """The image for ``key`` if it is available now."""
        found = self._images.get(key)
        if found is not None:
            return found
        if key.startswith(DRAFT_PREFIX) and self.drafts is not None:
            data = self.drafts.image_bytes(key[len(DRAFT_PREFIX) :])
            if data is not None:
                image = QImage.fromData(data)
                if not image.isNull():
                    self._images[key] = image
                    return image
        return None

    def failure(self, key: str) -> UserFacingError | None:
        """Why the image for ``key`` could not be downloaded, if it could not."""
        return self._failed.get(key)

    def is_pending(self, key: str) -> bool:
        return key in self._pending

    def ensure(self, file_id: str | None, owner: str) -> None:
        """Start downloading Stripe file ``file_id`` of ``owner`` unless it is known."""
        if (
            not file_id
            or file_id.startswith(DRAFT_PREFIX)
            or file_id in self._images
            or file_id in self._pending
            or file_id in self._failed
        ):
            return
        ctx = self.ctx
        session = ctx.session if ctx is not None else None
        if ctx is None or session is None:
            return
        gateway, generation = session.gateway, self._generation
        self._pending.add(file_id)

        def work(control: TaskControl) -> bytes:
            return remote.download_file(gateway, file_id, owner)

        def done(data: bytes) -> None:
            if generation != self._generation:
                return
            self._pending.discard(file_id)
            image = QImage.fromData(data)
            if image.isNull():
                self._failed[file_id] = UserFacingError(
                    self.tr("The image {0} could not be read.").format(file_id)
                )
            else:
                self._images[file_id] = image
            self.changed.emit()

        def failed(error: UserFacingError) -> None:
            if generation != self._generation:
                return
            self._pending.discard(file_id)
            self._failed[file_id] = error
            self.changed.emit()

        ctx.runner.submit(
            work, on_success=done, on_failure=failed, name=f"download branding file {file_id}"
        )
