"""Codes of the collective assistant's work and their English labels, in display order.

Labels are marked QT_TRANSLATE_NOOP("labels", ...); the UI translates with context "labels".
"""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

ROLE = "collective_assistant"

MEETING_STATUSES: dict[str, str] = {
    "planned": _t("labels", "Planned"),
    "held": _t("labels", "Took place"),
    "cancelled": _t("labels", "Cancelled"),
}

# where a topic of the agenda comes from
TOPIC_SOURCES: dict[str, str] = {
    "department": _t("labels", "Department"),
    "colleague": _t("labels", "Colleague"),
    "tenants": _t("labels", "Tenants"),
}

CHANNELS: dict[str, str] = {
    "letterbox": _t("labels", "Letterbox"),
    "email": _t("labels", "E-mail"),
    "hall_notice": _t("labels", "Hall notice"),
}

# the themes of a collective signal from casework (never a name or case content)
SIGNAL_THEMES: dict[str, str] = {
    "waste_sorting": _t("labels", "Waste sorting"),
    "house_rules": _t("labels", "House rules"),
    "energy": _t("labels", "Energy saving"),
    "neighbour_disputes": _t("labels", "Neighbour disputes"),
    "common_rooms": _t("labels", "Common rooms"),
    "cleanliness": _t("labels", "Cleanliness of common parts"),
    "safety": _t("labels", "Safety"),
    "isolation": _t("labels", "Isolation of older tenants"),
    "other": _t("labels", "Other"),
}

# the minutes count as sent on time when they reach the tenants within this many days
MINUTES_DAYS = 14

# a door of a door-to-door round (a door, never a name)
DOOR_OUTCOMES: dict[str, str] = {
    "met": _t("labels", "Met"),
    "absent": _t("labels", "Absent"),
    "refused": _t("labels", "Refused"),
    "leaflet": _t("labels", "Leaflet left"),
}

ROOM_KINDS: dict[str, str] = {
    "bike_storage": _t("labels", "Bike storage"),
    "garden": _t("labels", "Garden"),
    "meeting_room": _t("labels", "Meeting room"),
    "other": _t("labels", "Other room"),
}

APPLICANT_KINDS: dict[str, str] = {
    "association": _t("labels", "Association"),
    "psc": _t("labels", "Social cohesion project"),
    "tenant_group": _t("labels", "Tenant group"),
}

APPLICATION_STATUSES: dict[str, str] = {
    "received": _t("labels", "Received"),
    "selected": _t("labels", "Selected"),
    "refused": _t("labels", "Not selected"),
}

COUNCIL_BODIES: dict[str, str] = {
    "arhuu": _t("labels", "Tenants' advisory council (ARHUU)"),
    "committee": _t("labels", "Tenants' committee"),
}

# the support the collective assistant gives to tenants' own initiatives (and to applicants)
SUPPORT_KINDS: dict[str, str] = {
    "logistics": _t("labels", "Logistics"),
    "room": _t("labels", "A room lent"),
    "coaching": _t("labels", "Coaching contact"),
    "funding": _t("labels", "Help with funding"),
    "other": _t("labels", "Other support"),
}

INITIATIVE_STATUSES: dict[str, str] = {
    "running": _t("labels", "Running"),
    "ended": _t("labels", "Ended"),
}

ELECTION_STATUSES: dict[str, str] = {
    "preparing": _t("labels", "In preparation"),
    "held": _t("labels", "Votes counted"),
    "validated": _t("labels", "Validated"),
}

# the ARHUU is elected for this many years
MANDATE_YEARS = 4
