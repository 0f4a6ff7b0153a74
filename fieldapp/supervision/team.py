"""Messages of the supervisor's team and key management (sync/team.py raises them).

Kept here, in fieldapp/, so the translation tools find them (context "team"); the UI shows
``QCoreApplication.translate("team", message)``. No names, codes or ids in them.
"""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP

CODE_MISMATCH = QT_TRANSLATE_NOOP(
    "team", "The code you typed is not the code of this person's keys. Nothing was granted. "
    "Check that you are looking at their screen and read it again; if it still differs, do "
    "not grant access and tell the administrator.")
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "team", "This person has not enrolled yet: there is no key to check.")
ADMIN_NEEDED = QT_TRANSLATE_NOOP(
    "team", "Only the server administrator can revoke this device: it belongs to an "
    "administrator or another supervisor, or it is no longer on the server. Ask the "
    "administrator to revoke and wipe it.")
ROTATION_WAITS = QT_TRANSLATE_NOOP(
    "team", "Their access ended at once. The new key of some collections waits: it is "
    "wrapped only for colleagues whose keys you verified. Compare safety numbers with the "
    "remaining members (Sync → Colleagues' keys…); the key then rotates at the next "
    "synchronisation.")
