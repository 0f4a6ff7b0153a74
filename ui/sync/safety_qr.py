"""The safety number as a QR code (issue 14, item 7), for a colleague's phone to read.

The code holds the 60 digits and nothing else (numeric mode, error correction M: version 2,
25×25 modules): any phone's camera app shows the same digits the other screen shows, so a
colleague can compare without reading twelve groups aloud. It is drawn here from segno's
module matrix; the app itself has no camera and scans nothing.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from fieldapp.crypto.safety import digits

BORDER = 4  # the quiet zone the standard asks for, in modules


def make_qr(number: str) -> segno.QRCode:
    """The QR code of a safety number: its digits, numeric mode."""
    return segno.make(digits(number), error="m", mode="numeric", micro=False)


def qr_image(number: str, *, module: int = 5) -> QImage:
    """Black modules on white, `module` pixels each, with the quiet zone."""
    qr = make_qr(number)
    size = len(qr.matrix) + 2 * BORDER
    image = QImage(size * module, size * module, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        for y, row in enumerate(qr.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect((x + BORDER) * module, (y + BORDER) * module, module,
                                     module, Qt.GlobalColor.black)
    finally:
        painter.end()
    return image
