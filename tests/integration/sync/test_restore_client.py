"""The headless client and a server restored from an older backup (issue 13, item 7).

A saved token alone cannot tell: after the restore, a pull from a token beyond the
server's head answers an empty page, and new revisions re-use the lost sequence numbers.
The checkpoint saved with the token (the last revision seen) can: the server no longer
has that revision at that number. Real server, real PostgreSQL; the restore in SQL."""

from __future__ import annotations

import pytest

from sync.client import Checkpoint, ServerRestored
from tests.integration.sync.sync_factories import (
    new_changes,
    restore_to,
    server_heads,
    shared_collection,
)

pytestmark = pytest.mark.postgres


def test_a_restored_server_is_noticed_from_the_checkpoint(sync_server) -> None:
    sup = sync_server.new_user("supervisor")
    worker = sync_server.new_user("social_assistant")
    cid = shared_collection(sup, worker)
    sup.push(cid, new_changes(3, prefix="before"))
    backup = server_heads(sync_server.dsn())
    sup.push(cid, new_changes(2, prefix="after"))

    pages = list(worker.pull(cid, since=0))
    token, checkpoint = pages[-1].last_seq, pages[-1].checkpoint
    assert checkpoint == Checkpoint(token, pages[-1].revisions[-1].rev)
    assert worker.server_still_has(cid, checkpoint)
    # Pulling with the checkpoint costs no extra request and finds nothing new.
    assert [p.revisions for p in worker.pull(cid, since=token, checkpoint=checkpoint)] == [[]]

    assert restore_to(sync_server.dsn(), {cid: backup[cid]}) == 2
    # What a token alone sees: nothing to pull, no error...
    assert worker.pull_all(cid, since=token) == ([], token)
    assert not worker.server_still_has(cid, checkpoint)
    with pytest.raises(ServerRestored):
        list(worker.pull(cid, since=token, checkpoint=checkpoint))
    # ...and after the numbers are handed out again, still not the same revision.
    sup.push(cid, new_changes(2, prefix="after the restore"))
    assert not worker.server_still_has(cid, checkpoint)
    with pytest.raises(ServerRestored):
        list(worker.pull(cid, since=token, checkpoint=checkpoint))
    revisions, _ = worker.pull_all(cid, since=0)
    assert len(revisions) == 5 and revisions[-1].seq == token  # same number, other revision
    assert revisions[-1].rev != checkpoint.rev
