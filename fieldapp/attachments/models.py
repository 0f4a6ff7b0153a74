"""Photos and signature images of any area: encrypted files beside the vault, their keys in
the row (DESIGN §3, §5.4)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.records.base import Base, Synced


class Attachment(Synced, Base):
    """A photo or signature image: encrypted files beside the vault, keys in this row.

    `blob_id` names the encrypted original, `medium_id` a downscaled JPEG for PDFs and
    `thumb_id` a small JPEG for lists; each has its own random key. `sha256` is the digest
    of the original plaintext, which inventory fingerprints include.
    """

    __tablename__ = "attachments"

    owner_type: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="photo")
    mime: Mapped[str] = mapped_column(String(40), default="image/jpeg")
    size: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str] = mapped_column(Text, default="")
    blob_id: Mapped[str] = mapped_column(String(64))
    blob_key: Mapped[str] = mapped_column(String(64))
    medium_id: Mapped[str] = mapped_column(String(64), default="")
    medium_key: Mapped[str] = mapped_column(String(64), default="")
    thumb_id: Mapped[str] = mapped_column(String(64), default="")
    thumb_key: Mapped[str] = mapped_column(String(64), default="")
