"""Photos and signature images: encrypted files beside the vault, keys in the DB row (§3, §5.4).

Each import writes up to three blobs into ``<vault folder>/attachments/``: the original, a
downscaled JPEG for PDFs (``MEDIUM_SIZE``) and a thumbnail for lists (``THUMB_SIZE``). Each is
encrypted with ``fieldapp.crypto.blobs`` under its own random 256-bit key and named by its
blob id (SHA-256 of the ciphertext); the keys live only in the ``attachments`` row, which
SQLCipher encrypts. No plaintext image byte ever touches the disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fieldapp.attachments.models import Attachment
from fieldapp.crypto import blobs
from fieldapp.errors import NotFound, ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.sync_state import SyncBlob
from fieldapp.records import common as rec

FOLDER_NAME = "attachments"
MEDIUM_SIZE = 1280
THUMB_SIZE = 240
MAX_BYTES = 64 * 1024 * 1024
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("errors", "This file is not an image that can be read.")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "This image is too large: at most {max_mb} MB.")
ATTACHMENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This photo or signature was not found.")
FILE_MISSING = QT_TRANSLATE_NOOP(
    "errors", "The encrypted file of this photo or signature is missing from the vault folder.")


@dataclass(frozen=True)
class AttachmentView:
    id: str
    owner_type: str
    owner_id: str
    kind: str
    mime: str
    size: int
    width: int
    height: int
    sha256: str
    caption: str


@dataclass(frozen=True)
class PreparedImage:
    """An image encrypted and ready to be recorded (made outside the write transaction)."""

    sha256: str
    mime: str
    size: int
    width: int
    height: int
    blobs: tuple[tuple[str, str, bytes], ...]  # (role, hex key, ciphertext)


def folder_of(session: Session) -> Path:
    """The attachments folder beside the vault database this session is bound to."""
    explicit = session.info.get("attachments_folder")
    if explicit is not None:
        return Path(explicit)
    database = session.get_bind().engine.url.database  # a Connection bind too
    if not database:
        raise RuntimeError("the session is not bound to a vault file")
    return Path(database).parent / FOLDER_NAME


def _encrypt(data: bytes) -> tuple[str, bytes]:
    key = secrets.token_bytes(32)
    return key.hex(), blobs.encrypt_blob(key, blobs.pad(data))  # the server sees a bucket


def _jpeg(image: Image.Image, size: int, quality: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if copy.mode not in ("RGB", "L"):
        background = Image.new("RGB", copy.size, "white")
        background.paste(copy, mask=copy.getchannel("A") if "A" in copy.getbands() else None)
        copy = background
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def prepare_image(data: bytes) -> PreparedImage:
    """Check, downscale and encrypt an image; pure CPU work, safe on any thread."""
    if len(data) > MAX_BYTES:
        raise ValidationError(TOO_BIG, max_mb=MAX_BYTES // (1024 * 1024))
    try:
        image: Image.Image = Image.open(io.BytesIO(data))
        fmt = (image.format or "").upper()
        width, height = image.size
        if fmt == "JPEG":  # decode straight at a reduced scale: 12 MP photos stay fast
            image.draft("RGB", (MEDIUM_SIZE, MEDIUM_SIZE))
        image = ImageOps.exif_transpose(image)
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(NOT_AN_IMAGE) from None
    mime = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(fmt, "image/" + fmt.lower())
    medium = _jpeg(image, MEDIUM_SIZE, 80)
    thumb = _jpeg(Image.open(io.BytesIO(medium)), THUMB_SIZE, 75)
    parts = []
    for role, plain in (("original", data), ("medium", medium), ("thumb", thumb)):
        key, cipher = _encrypt(plain)
        parts.append((role, key, cipher))
    return PreparedImage(hashlib.sha256(data).hexdigest(), mime, len(data), width, height,
                         tuple(parts))


def prepare_many(paths: list[Path], *, progress: Callable[[int, int], None] | None = None,
                 workers: int | None = None) -> list[PreparedImage]:
    """prepare_image over files on a few threads (decoding and AES release the GIL)."""
    workers = workers or min(4, os.cpu_count() or 1)
    done = 0
    results: list[PreparedImage | None] = [None] * len(paths)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(lambda p: prepare_image(p.read_bytes()), path): index
                   for index, path in enumerate(paths)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            done += 1
            if progress is not None:
                progress(done, len(paths))
    return [r for r in results if r is not None]


def _write(folder: Path, cipher: bytes) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    name = blobs.blob_id(cipher)
    target = folder / name
    if not target.exists():
        tmp = folder / f".{name}.part"
        tmp.write_bytes(cipher)
        os.replace(tmp, target)
    return name


def store_image(
    session: Session, *, image: bytes | PreparedImage, owner_type: str, owner_id: str,
    kind: str, collection_id: str, actor_id: str, caption: str = "",
) -> AttachmentView:
    """Encrypt and record an image (pass a PreparedImage to keep the CPU work outside)."""
    prepared = image if isinstance(image, PreparedImage) else prepare_image(image)
    folder = folder_of(session)
    names = {role: (_write(folder, cipher), key) for role, key, cipher in prepared.blobs}
    row = Attachment(
        owner_type=owner_type, owner_id=owner_id, kind=kind, mime=prepared.mime,
        size=prepared.size, width=prepared.width, height=prepared.height,
        sha256=prepared.sha256, caption=caption.strip(),
        blob_id=names["original"][0], blob_key=names["original"][1],
        medium_id=names["medium"][0], medium_key=names["medium"][1],
        thumb_id=names["thumb"][0], thumb_key=names["thumb"][1],
    )
    rec.create(session, row, actor_id=actor_id, collection_id=collection_id)
    return view(row)


def view(row: Attachment) -> AttachmentView:
    return AttachmentView(row.id, row.owner_type, row.owner_id, row.kind, row.mime, row.size,
                          row.width, row.height, row.sha256, row.caption)


def list_for(session: Session, *, owner_ids: list[str]) -> dict[str, list[AttachmentView]]:
    """Live attachments of these owners, oldest first, grouped by owner id."""
    result: dict[str, list[AttachmentView]] = {}
    if not owner_ids:
        return result
    rows = session.scalars(
        select(Attachment).where(Attachment.owner_id.in_(owner_ids),
                                 Attachment.deleted.is_(False))
        .order_by(Attachment.created_at, Attachment.id))
    for row in rows:
        result.setdefault(row.owner_id, []).append(view(row))
    return result


def read_image(session: Session, *, attachment_id: str, variant: str = "original") -> bytes:
    """Decrypted bytes of the original, the "medium" JPEG or the "thumb" JPEG."""
    row = rec.get_live(session, Attachment, attachment_id, ATTACHMENT_NOT_FOUND)
    name, key = {
        "original": (row.blob_id, row.blob_key),
        "medium": (row.medium_id, row.medium_key),
        "thumb": (row.thumb_id, row.thumb_key),
    }[variant]
    path = folder_of(session) / name
    try:
        cipher = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(FILE_MISSING) from None
    blobs.check_blob_id(cipher, name)
    plain = blobs.decrypt_blob(bytes.fromhex(key), cipher)
    if variant == "original":  # padded to a size bucket (issue 14); the record keeps its size
        return plain[:row.size] if row.size else plain
    return plain.rstrip(b"\0")  # our JPEGs end with FF D9: the zeros are the padding


def _variants(row: Attachment) -> tuple[str, ...]:
    return tuple(n for n in (row.blob_id, row.medium_id, row.thumb_id) if n)


def _forget_files(session: Session, row: Attachment) -> None:
    """Blank the row's keys (no copy left can be decrypted) and delete its encrypted files
    — the original, the PDF-sized copy and the thumbnail — unless a live row still uses
    the same bytes. The blob ids stay until the server has deleted its copies."""
    names = set(_variants(row))
    row.blob_key = row.medium_key = row.thumb_key = ""
    if not names:
        return
    in_use: set[str] = set()
    for other in session.scalars(select(Attachment).where(
            Attachment.deleted.is_(False), Attachment.id != row.id,
            (Attachment.blob_id.in_(names) | Attachment.medium_id.in_(names)
             | Attachment.thumb_id.in_(names)))):
        in_use.update(_variants(other))
    folder = folder_of(session)
    for name in names - in_use:
        for path in (folder / name, folder / f"{name}.part", folder / f".{name}.part"):
            path.unlink(missing_ok=True)
    session.execute(delete(SyncBlob).where(SyncBlob.blob_id.in_(list(names - in_use))))


def remove(session: Session, *, attachment_id: str, actor_id: str) -> None:
    """Deleted means gone (issue 14): the row becomes a tombstone without its keys, and its
    encrypted files leave this device now; the sync engine asks the server to delete its
    copies once the tombstone is there (`pending_server_deletions`)."""
    row = rec.get_live(session, Attachment, attachment_id, ATTACHMENT_NOT_FOUND)
    row.deleted = True  # the caption is blanked by rec.touch
    _forget_files(session, row)
    rec.touch(session, row, actor_id=actor_id)


def forget_collection(session: Session, collection_id: str) -> int:
    """A collection this device may no longer read (a renovation project closed out and
    its members removed): the keys of its photos and signatures are blanked and their
    encrypted files deleted. The rows themselves are deleted by the caller."""
    rows = list(session.scalars(select(Attachment).where(
        Attachment.collection_id == collection_id)))
    for row in rows:
        _forget_files(session, row)
    session.flush()
    return len(rows)


def purge_deleted(session: Session) -> int:
    """Tombstones that still hold a key (deleted on another device and pulled here): their
    keys are blanked and their files deleted. Returns how many rows were purged."""
    rows = list(session.scalars(select(Attachment).where(
        Attachment.deleted.is_(True),
        (Attachment.blob_key != "") | (Attachment.medium_key != "")
        | (Attachment.thumb_key != ""))))
    for row in rows:
        row.caption = ""
        _forget_files(session, row)
    session.flush()
    return len(rows)


@dataclass(frozen=True)
class ServerDeletion:
    attachment_id: str
    collection_id: str
    blob_ids: tuple[str, ...]


def pending_server_deletions(session: Session) -> list[ServerDeletion]:
    """Deleted attachments whose tombstone reached the server (not dirty) and whose blobs
    the server may still hold."""
    rows = session.scalars(select(Attachment).where(
        Attachment.deleted.is_(True), Attachment.dirty.is_(False),
        (Attachment.blob_id != "") | (Attachment.medium_id != "") | (Attachment.thumb_id != "")))
    return [ServerDeletion(r.id, r.collection_id, _variants(r)) for r in rows]


def server_deleted(session: Session, *, attachment_id: str) -> None:
    """The server deleted this tombstone's blobs: forget their ids (device-local, no new
    revision)."""
    row = session.get(Attachment, attachment_id)
    if row is not None and row.deleted:
        row.blob_id = row.medium_id = row.thumb_id = ""
