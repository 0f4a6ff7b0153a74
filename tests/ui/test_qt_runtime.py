"""The start-up check of the Qt binding (ui/qt_runtime.py) passes on what dev.py installs."""

from __future__ import annotations

import sys

from ui.qt_runtime import refcount_defect


def test_the_installed_binding_keeps_none_and_the_bools(qapp):
    before = sys.getrefcount(None)
    assert refcount_defect() is None
    assert sys.getrefcount(None) - before > -32
