"""Thumbnails of the photos of the current element and room (decrypted off the UI thread),
and the background import of photo files with progress (read, downscale, encrypt)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.attachments.files import AttachmentView
from ui.context import AppContext

THUMB = QSize(120, 90)


class PhotoStrip(QListWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(THUMB)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setFixedHeight(THUMB.height() + 36)
        self.setMovement(QListWidget.Movement.Static)
        self._wanted: tuple[str, ...] = ()
        self._request = 0  # only the answer to the latest request is shown
        self.hide()  # shown once there are photos to show

    def show_photos(self, photos: list[AttachmentView]) -> None:
        ids = tuple(p.id for p in photos)
        if ids == self._wanted:
            return
        self._wanted = ids
        self._request += 1
        request = self._request
        self.clear()
        # no room taken without photos: on a small screen the elements' list needs it
        self.setVisible(bool(ids))
        captions = {p.id: p.caption for p in photos}

        def load(s: Session) -> list[tuple[str, bytes]]:
            return [(i, attachments.read_image(s, attachment_id=i, variant="thumb"))
                    for i in ids]

        def show(result: list[tuple[str, bytes]]) -> None:
            if request != self._request:
                return  # another element was chosen meanwhile
            for photo_id, data in result:
                pixmap = QPixmap()
                pixmap.loadFromData(data)
                item = QListWidgetItem(QIcon(pixmap), captions.get(photo_id, ""), self)
                item.setData(Qt.ItemDataRole.UserRole, photo_id)
                item.setToolTip(captions.get(photo_id, ""))

        if ids:
            self.ctx.call(load, on_success=show)

    def forget(self) -> None:
        self._wanted = ()
        self._request += 1
        self.clear()
        self.hide()


def choose_photo_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("renovation", "Add photos"), str(Path.home()),
        QCoreApplication.translate("renovation", "Images (*.jpg *.jpeg *.png *.webp *.bmp "
                                   "*.tif *.tiff)"))
    return list(files)


def prepare_files(paths: list[str], *, progress: Callable[[int, int], None]
                  ) -> list[attachments.PreparedImage]:
    """Read, downscale and encrypt each file (CPU work, on the background pool); Pillow and
    AES-GCM release the GIL, so a few threads use every core. Order is kept."""
    return attachments.prepare_many([Path(p) for p in paths], progress=progress)
