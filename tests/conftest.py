"""Shared test setup: offscreen Qt, fast KDF parameters, and the real PostgreSQL check."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_LOG_LEVEL", "WARNING")
