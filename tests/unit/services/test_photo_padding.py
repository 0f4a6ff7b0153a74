"""Photos are padded to size buckets before encryption (issue 14, item 9): the encrypted
files that go to the server have one of a few sizes, and the photo reads back exactly as it
was taken."""

from __future__ import annotations

import io
import random

from PIL import Image

from fieldapp.attachments import files as attachments
from fieldapp.attachments.models import Attachment
from fieldapp.crypto import blobs
from fieldapp.records import common as rec

TAG = blobs.TAG_LEN
BUCKETS = {4096 << i for i in range(9)}  # 4 KiB … 1 MiB


def _png(width: int) -> bytes:
    noise = random.Random(width)
    image = Image.new("RGB", (width, 60))
    image.putdata([(noise.randrange(256), noise.randrange(256), noise.randrange(256))
                   for _ in range(width * 60)])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_photos_travel_in_bucket_sizes_and_read_back_as_taken(s, world) -> None:  # type: ignore[no-untyped-def]
    sizes = set()
    for width in (40, 130, 300):
        original = _png(width)
        photo = attachments.store_image(
            s, image=original, owner_type="intervention", owner_id=world.site_id,
            kind="photo", collection_id=rec.neighbourhood_collection(s), actor_id=world.actor_id)
        row = s.get(Attachment, photo.id)
        for name in (row.blob_id, row.medium_id, row.thumb_id):
            sizes.add((attachments.folder_of(s) / name).stat().st_size - TAG)
        assert attachments.read_image(s, attachment_id=photo.id) == original
        medium = attachments.read_image(s, attachment_id=photo.id, variant="medium")
        assert medium.endswith(b"\xff\xd9")
        assert Image.open(io.BytesIO(medium)).size[0] == width
    assert sizes <= BUCKETS, sorted(sizes)
    assert blobs.padded_size(5 * 1024 * 1024 + 1) == 6 * 1024 * 1024
