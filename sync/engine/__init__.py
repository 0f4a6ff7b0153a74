"""The desktop sync engine: outbox, push, pull, three-way merge, conflicts, blobs (issue 4).

It connects one unlocked desktop vault (``fieldapp.vault.Vault``) to the sync server
through the headless client (``sync.client.SyncClient``). Everything the user does commits
to the vault first; the engine moves it to the server when a network is there and brings
the team's changes back (DESIGN.md §6). Nothing here imports Qt: the UI calls the engine
from a worker through ``ui/tasks.py`` (``runner.run(engine.run_once, ...)``; the engine
opens its own vault sessions and never holds one across a network call).

Account set-up (first run, second laptop)
-----------------------------------------
``enrol_new_vault(folder, *, server_url, email, enrolment_code, passphrase, display_name="",
device_name, organisation_key=None, kdf_params=None, secret_store=None, clock=...,
client_factory=None) -> Vault``
    Enrols the account on the server and creates the vault together (same passphrase).
    The vault profile gets the server user id, role and organisation
    (``organisation_key`` overrides the organisation part of local collection keys,
    default the server organisation id). The account's private keys, tokens and device id
    are stored inside the encrypted vault (table ``sync_account``), never in plain files.
    Server errors are raised as ``sync.client.errors`` types (``ApiError`` with
    ``code == "invalid_enrolment"`` for a wrong code); on any failure no vault is left.
``login_new_device(folder, *, server_url, email, passphrase, device_name, ...) -> Vault``
    The same user on a second laptop: logs in, creates the vault, and the first
    ``run_once`` pulls every collection the user belongs to.
``attach_account(vault, *, server_url, email, enrolment_code | None, passphrase, ...)``
    The same for an existing vault that has no record yet, or logging in again to the
    account it already has (``WrittenBeforeAccount`` otherwise: records written under a
    local id would never reach the account's other laptops). The demo seeds through it:
    ``seed_demo(..., enrol=lambda vault: attach_account(vault, ...))``.

The engine
----------
``engine = SyncEngine(vault, *, client_factory=None, secret_store=None,
clock=time.time, sleep=time.sleep)``
    ``client_factory(server_url, pins) -> SyncClient`` (tests pass a fast retry policy);
    default builds a ``SyncClient`` from the server url kept in the vault. The engine
    resumes the session from the tokens and keys kept in the vault, persists rotated
    tokens there, and pins public keys in the vault (``sync.client.pins_store``).
``engine.run_once(progress=None, cancel=None) -> SyncReport``
    One full round: push every dirty row (batches of ≤ 500, per collection), pull every
    collection from its saved token (token saved after every page, in the same vault
    transaction as the rows it applied), then transfer missing blobs. Safe to call from a
    worker thread; one round at a time (a second concurrent call returns the report
    ``outcome="busy"`` at once). ``cancel`` (``threading.Event``) stops between pages or
    batches; everything done so far is kept. ``progress(SyncProgress)`` is called often
    (``phase`` "push" | "pull" | "blobs", ``collection`` local key, ``done``, ``total``
    (``None`` when unknown), ``message`` an English ``QT_TRANSLATE_NOOP("sync", ...)``).
    Never raises for expected outcomes; the report says what happened:
    ``SyncReport.outcome``:
      ``"ok"``            everything pushed and pulled
      ``"offline"``       the server could not be reached; retry after ``retry_after`` s
                          (exponential backoff 5 s … 10 min, reset by a success)
      ``"server_error"``  5xx or an answer that does not parse; local data untouched;
                          backoff like offline
      ``"clock_skew"``    the computer clock is > 5 min off the server's
                          (``report.clock_skew_seconds``); sync continues, show it plainly
      ``"wiped"``         the device was revoked with wipe or the account ended for good
                          (``DeviceWiped``): the engine has already called ``wipe_vault``
                          (DB, WAL, header, attachments, keyring entry gone); the UI shows
                          a plain message and returns to the first-run page
      ``"session_ended"`` device revoked / account disabled / refresh token reused: the
                          local keys of the account are dropped from the vault; the user
                          must log in again (``engine.relogin(passphrase)``)
      ``"locked_offline"`` the organisation's max offline days passed since the last
                          server contact: the UI locks data screens until a round succeeds
                          (checked before any network call; a successful round unlocks)
      ``"integrity"``     something the server served did not verify (never ignored)
      ``"busy"`` / ``"cancelled"`` / ``"not_enrolled"``
    plus counts: ``pushed``, ``pulled``, ``merged`` (silent merges), ``conflicts``
    (new), ``blobs_up``, ``blobs_down``, ``seconds``, ``error_kind`` and ``message``,
    and ``changes``: a ``fieldapp.vault.ChangeSet`` (origin ``"sync"``) of the records the
    round wrote locally (new, replaced, merged, in conflict; ``"attachments"`` when files
    arrived), the same type a local save produces, so screens re-read what they show.
    ``restored``: a round first checks every collection's checkpoint (the last revision
    this laptop saw the server store); a server restored from an older backup no longer
    has it, and that collection is resynced from 0 while every record the server lost is
    pushed again (``restored`` counts them; ``sync.engine.restore``).
``engine.status() -> SyncStatus``  (cheap, vault only, callable from the UI thread's db
worker): ``online`` (last round reached the server), ``last_error_kind`` (the outcome of
the last failed round or ``None``), ``waiting`` (dirty rows + pending blobs),
``last_success_at`` / ``last_contact_at`` (aware UTC datetimes or ``None``),
``conflicts`` (open count), ``locked_offline`` (bool), ``max_offline_days``,
``clock_skew_seconds``, ``retry_at`` (when the backoff allows the next automatic round),
``server_url``, ``user_display_name``.
``engine.should_run_now() -> bool``   the timer asks this (respects backoff).
``engine.list_conflicts() -> list[ConflictView]``   open conflicts, oldest first:
    ``id``, ``table``, ``item_id``, ``collection``, ``fields`` (tuple of ``FieldConflict``:
    ``field``, ``base``, ``mine``, ``theirs``), ``mine_by``/``mine_at`` and
    ``theirs_by``/``theirs_at`` (author display names and aware datetimes).
``engine.resolve_conflict(conflict_id, choices: dict[field, "mine" | "theirs" | str])``
    Writes the merged row as a new revision (dirty, base = the remote revision), closes the
    conflict; the next ``run_once`` pushes it so the chosen result reaches both sides.
    Any other string is taken as the custom value (free text both sides wrote can be
    joined by the UI). ``KeyError``-free: unknown ids raise ``NotFound``.
``engine.history(table, item_id) -> list[HistoryEntry]``   every revision on the server,
    oldest first: ``rev``, ``seq``, ``author_id``, ``author_name``, ``at`` (server time,
    aware UTC), ``deleted``, ``payload`` (decoded field dict). Needs the network
    (``OfflineError`` otherwise).
``engine.relogin(passphrase)``  after ``session_ended``: log in again, keep the vault.

The same functions are reachable without an engine object for the UI's convenience:
``sync.engine.conflicts.list_conflicts(session)`` / ``resolve_conflict(session, ...)`` work
offline on a vault session.

Wipe
----
``fieldapp.vault.wipe.wipe_vault(folder, secret_store=None)`` deletes the database, its WAL
and SHM, the header, migration backups, the attachments folder and the keyring entry of the
device secret. The vault must be locked first (the engine locks it).

Data model (vault tables, migration ``0300_sync_state``; ``fieldapp.local.sync_state``)
-------------------------------------------------------------------------------------
``sync_account`` (server url, user, device, tokens, private keys), ``sync_collections``
(local collection key ↔ server collection id, kind, access, key version, last_seq),
``sync_base`` (per item: the last revision both sides agree on and its payload — the
merge base), ``sync_inflight`` (revisions sent but not yet acknowledged: lets a crash
between push and acknowledgement be recognised as our own revision, never a conflict),
``sync_conflicts``, ``sync_pins``, ``sync_meta`` (last contact, last success, backoff,
max offline days) and ``sync_blobs``.

Wire payload of a record (``fieldapp.records.payload``): every column of the model
except the sync metadata (id, collection_id, rev, base_rev, dirty, deleted), plus
``"_table"`` (the table name, for routing on pull); dates and datetimes as ISO text.
Collections are discovered through their sealed metadata: ``{"local_key":
"casework:<site id>", "name": ...}`` — encrypted, so the server learns nothing. A
supervisor's engine creates the server collection for a local key it has rows for; other
roles wait for a supervisor to grant them one (their rows stay in the outbox, counted in
``waiting``).
"""

from sync.engine.account import (
    WrittenBeforeAccount,
    attach_account,
    enrol_new_vault,
    login_new_device,
)
from sync.engine.core import OfflineError, SyncEngine
from sync.engine.report import (
    ConflictView,
    FieldConflictView,
    HistoryEntry,
    SyncProgress,
    SyncReport,
    SyncStatus,
)

__all__ = [
    "ConflictView",
    "FieldConflictView",
    "HistoryEntry",
    "OfflineError",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "SyncStatus",
    "WrittenBeforeAccount",
    "attach_account",
    "enrol_new_vault",
    "login_new_device",
]
