"""A start-up check of the Qt binding against a known class of fatal defects.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns
nothing (`QTimer.start`, `QLabel.setText`, ...) and one to True/False on every Python
override that answers a bool to Qt (`eventFilter`, `event`). None's count reaches zero
after minutes of mouse movement and the interpreter aborts ("Fatal Python error:
none_dealloc"), taking unsaved text with it. From Python 3.12 on, None, True and False are
immortal and the defect is harmless. FieldApp is locked to a PySide6 without it; this check
refuses to start on a combination that has it, instead of crashing in a tenant's kitchen.
"""

from __future__ import annotations

import sys

ROUNDS = 64


def refcount_defect() -> str | None:
    """None if the binding keeps None's and the bools' counts; else what it loses (English,
    for the console and the log: this runs before any translation is loaded)."""
    if sys.version_info >= (3, 12):
        return None  # immortal None, True and False (PEP 683)
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    class Probe(QObject):
        def event(self, event: QEvent) -> bool:
            return False

    probe = Probe()
    event = QEvent(QEvent.Type.User)
    with_app = QCoreApplication.instance() is not None  # sendEvent needs one
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(ROUNDS):
        probe.setObjectName("probe")
        if with_app:
            QCoreApplication.sendEvent(probe, event)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    lost = [name for name, b, a in zip(("None", "True", "False"), before, after, strict=True)
            if b - a >= ROUNDS // 2]
    if not lost:
        return None
    return (f"PySide6 {pyside_version} on Python {sys.version.split()[0]} loses references to "
            f"{', '.join(lost)} on every call and would crash within minutes. Install the "
            "locked versions (python3 dev.py setup), PySide6 < 6.12, or run on Python 3.12 "
            "or newer.")
