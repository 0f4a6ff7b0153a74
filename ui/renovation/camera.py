"""Camera capture for the inventory photos, where the device has a camera.

Qt Multimedia is optional: on a machine without its libraries (or without a camera) the
"Take photo" action stays hidden and nothing else changes. The imported modules are loaded
only when asked for. A captured QImage becomes JPEG bytes and goes through the same import
path as a photo file (fieldapp.attachments.files.prepare_image: downscaled, thumbnailed,
encrypted), see InventoryEditor.import_captured.
"""

from __future__ import annotations

import logging
from types import ModuleType

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def _multimedia() -> tuple[ModuleType, ModuleType] | None:
    """The Qt Multimedia modules, or None when they cannot load here."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except Exception as exc:  # ImportError, or a missing system library (OSError)
        log.info("no camera support: %s", type(exc).__name__)
        return None
    return QtMultimedia, QtMultimediaWidgets


def camera_available() -> bool:
    """True when Qt Multimedia loads and the device has at least one camera."""
    modules = _multimedia()
    if modules is None:
        return False
    try:
        return bool(modules[0].QMediaDevices.videoInputs())
    except Exception as exc:  # a broken backend must not stop the app
        log.info("camera lookup failed: %s", type(exc).__name__)
        return False


def image_to_jpeg(image: QImage, quality: int = 92) -> bytes:
    """The captured frame as JPEG bytes, as if it had been read from a photo file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The format is a str: the stub says bytes, which PySide6 refuses at run time.
    if image.isNull() or not image.save(buffer, "JPEG", quality):  # type: ignore[call-overload]
        raise ValueError("the captured image could not be encoded")
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """A viewfinder and a "Take" button; emits `captured(QImage)` and closes."""

    captured = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        modules = _multimedia()
        if modules is None:  # opened only where camera_available() said yes
            raise RuntimeError("Qt Multimedia cannot load here")
        multimedia, widgets = modules
        self.setWindowTitle(self.tr("Take photo"))
        self.viewfinder = widgets.QVideoWidget(self)
        self.viewfinder.setMinimumSize(640, 480)
        self.camera = multimedia.QCamera(multimedia.QMediaDevices.defaultVideoInput(), self)
        self.capture = multimedia.QImageCapture(self)
        self.session = multimedia.QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.status = QLabel(self)
        self.take_button = QPushButton(self.tr("&Take"), self)
        self.take_button.setMinimumHeight(48)
        self.take_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setMinimumHeight(48)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewfinder, 1)
        layout.addLayout(buttons)
        self.take_button.clicked.connect(self.take)
        cancel.clicked.connect(self.reject)
        self.capture.readyForCaptureChanged.connect(self.take_button.setEnabled)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda _id, _err, text: self.status.setText(text))
        self.camera.errorOccurred.connect(lambda _err, text: self.status.setText(text))
        self.take_button.setEnabled(False)
        self.camera.start()

    def take(self) -> None:
        if self.capture.isReadyForCapture():
            self.capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self.camera.stop()
        self.captured.emit(image)
        self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)
