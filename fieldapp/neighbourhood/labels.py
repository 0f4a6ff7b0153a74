"""Codes of the neighbourhood agents' work and their English labels, in display order.

Labels are marked QT_TRANSLATE_NOOP("labels", ...); the UI translates with context "labels".
"""

from __future__ import annotations

from datetime import timedelta

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ROLE = "neighbourhood_agent"

SOURCES: dict[str, str] = {
    "tenant_call": _t("labels", "Tenant call"),
    "staff": _t("labels", "Staff"),
    "social_assistant": _t("labels", "Social assistant"),
    "own_observation": _t("labels", "Own observation"),
}

CATEGORIES: dict[str, str] = {
    "neighbour_conflict": _t("labels", "Neighbour conflict"),
    "noise": _t("labels", "Noise"),
    "bulky_waste": _t("labels", "Dumped bulky waste"),
    "squatters": _t("labels", "Squatters"),
    "vandalism": _t("labels", "Vandalism"),
    "safety": _t("labels", "Safety"),
    "technical_defect": _t("labels", "Technical defect"),
    "youth_prevention": _t("labels", "Youth / prevention"),
    "accompanying_staff": _t("labels", "Accompanying staff"),
    "other": _t("labels", "Other"),
}

URGENCIES: dict[str, str] = {
    "immediate": _t("labels", "Immediate"),
    "today": _t("labels", "Today"),
    "this_week": _t("labels", "This week"),
    "when_possible": _t("labels", "When possible"),
}

OUTCOMES: dict[str, str] = {
    "resolved": _t("labels", "Resolved"),
    "partly_resolved": _t("labels", "Partly resolved"),
    "not_resolved": _t("labels", "Not resolved"),
    "nobody_present": _t("labels", "Nobody present"),
    "passed_on": _t("labels", "Passed on"),
}

REQUEST_STATUSES: dict[str, str] = {
    "open": _t("labels", "Open"),
    "closed": _t("labels", "Closed"),
}

# how long a request may wait before it is overdue ("today" = until the end of that day)
ALLOWANCE: dict[str, timedelta | None] = {
    "immediate": timedelta(hours=2),
    "today": None,
    "this_week": timedelta(days=7),
    "when_possible": timedelta(days=30),
}

# days the site's social assistant gets to pick up a hand-off, by urgency
HANDOFF_DAYS: dict[str, int] = {"immediate": 0, "today": 0, "this_week": 2, "when_possible": 6}
