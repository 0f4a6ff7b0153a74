"""Shared test setup: offscreen Qt and a quiet log."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_LOG_LEVEL", "WARNING")
