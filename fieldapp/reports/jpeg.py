"""A flowable that embeds a JPEG as it is (DCTDecode), without decoding it.

reportlab's own Image flowable decodes every picture to RGB to make a digest of it and,
without its C accelerator, encodes the stream in ASCII85 in pure Python: seconds for 30
photos. Here the XObject is built straight from the JPEG bytes, named by their SHA-256, so
a PDF with 30 photos costs little more than copying them.
"""

from __future__ import annotations

import hashlib
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Flowable

COLOUR_SPACES = {1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Pixel width and height read from the JPEG header."""
    import io

    width, height = readJPEGInfo(io.BytesIO(data))[:2]
    return int(width), int(height)


class JpegImage(Flowable):  # type: ignore[misc]  # reportlab has no type hints: Flowable is Any
    def __init__(self, data: bytes, width: float, height: float) -> None:
        super().__init__()
        import io

        self.data = data
        self.width, self.height = width, height
        self._px_w, self._px_h, self._components = readJPEGInfo(io.BytesIO(data))[:3]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        name = "jpeg" + hashlib.sha256(self.data).hexdigest()[:40]
        reg_name = canv._doc.getXObjectName(name)
        if canv._doc.idToObject.get(reg_name) is None:
            image = pdfdoc.PDFImageXObject(name)
            image.width, image.height = self._px_w, self._px_h
            image.bitsPerComponent = 8
            image.colorSpace = COLOUR_SPACES.get(self._components, "DeviceRGB")
            if self._components == 4:
                image._dotrans = 1
            image.streamContent = self.data
            image._filters = ("DCTDecode",)
            image.mask = None
            canv._setXObjects(image)
            canv._doc.Reference(image, reg_name)
            canv._doc.addForm(name, image)
        canv._currentPageHasImages = 1
        canv.saveState()
        canv.scale(self.width, self.height)
        canv._code.append(f"/{reg_name} Do")
        canv.restoreState()
        canv._formsinuse.append(name)  # listed in this page's resources
