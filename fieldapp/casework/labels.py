"""Codes stored in the database and their English labels, in display order.

Every label is marked with QT_TRANSLATE_NOOP("labels", ...); the UI shows
``QCoreApplication.translate("labels", label)``. Codes never change; labels may."""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t

NOTE_KINDS: dict[str, str] = {
    "office_hours": _t("labels", "Office hours"),
    "office_interview": _t("labels", "Office interview"),
    "home_visit": _t("labels", "Home visit"),
    "phone_call": _t("labels", "Phone call"),
    "letter_email": _t("labels", "Letter / e-mail"),
}


THEMES: dict[str, str] = {
    "finances_debt": _t("labels", "Finances / debt"),
    "rent_arrears": _t("labels", "Rent arrears"),
    "family": _t("labels", "Family"),
    "administrative": _t("labels", "Administrative"),
    "health": _t("labels", "Health / mental health"),
    "neighbourhood": _t("labels", "Neighbourhood"),
    "transfer": _t("labels", "Transfer"),
    "maintenance": _t("labels", "Maintenance"),
}


CASE_STATUSES: dict[str, str] = {
    "open": _t("labels", "Open"),
    "on_hold": _t("labels", "On hold"),
    "closed": _t("labels", "Closed"),
}


CONFIDENTIALITY: dict[str, str] = {
    "team": _t("labels", "Team"),
    "restricted": _t("labels", "Restricted (author and supervisors)"),
}


REFERRAL_DESTINATIONS: dict[str, str] = {
    "ocmw_cpas": _t("labels", "OCMW / CPAS"),
    "caw": _t("labels", "CAW"),
    "mental_health": _t("labels", "Mental-health service"),
    "debt_help": _t("labels", "Debt help"),
    "other": _t("labels", "Other"),
}


REFERRAL_STATUSES: dict[str, str] = {
    "proposed": _t("labels", "Proposed"),
    "sent": _t("labels", "Sent"),
    "in_progress": _t("labels", "In progress"),
    "completed": _t("labels", "Completed"),
    "declined": _t("labels", "Declined"),
}


OPEN_REFERRAL_STATUSES = ("proposed", "sent", "in_progress")


VISIT_STATUSES: dict[str, str] = {
    "planned": _t("labels", "Planned"),
    "done": _t("labels", "Done"),
    "cancelled": _t("labels", "Cancelled"),
}


AXES: dict[str, str] = {
    "1": _t("labels", "Buildings and infrastructure"),
    "2": _t("labels", "Strengthen social support"),
    "3": _t("labels", "Positive dynamic in the neighbourhood"),
    "4": _t("labels", "Interaction between actors"),
    # the sector vision's transversal operational objective, on every axis at once
    "T": _t("labels", "Transversal"),
}


OBJECTIVES: dict[str, str] = {
    "1.1": _t("labels", "Inventory and monitor problems and needs of buildings and spaces"),
    "1.2": _t("labels", "Constructive consultation in construction and renovation projects"),
    "1.3": _t("labels", "Better use of and respect for buildings through information and training"),
    "1.4": _t("labels", "Performance and versatility of buildings"),
    "1.5": _t("labels", "Better design of collective spaces"),
    "1.6": _t("labels", "Dynamic management of collective spaces"),
    "2.1": _t("labels", "Proactive approach of vulnerable groups"),
    "2.2": _t("labels", "Framework for collective reception, information, awareness and exchange"),
    "2.3": _t("labels", "Reception, follow-up and individual support to keep the right to housing"),
    "2.4": _t("labels", "Put the beneficiary at the centre of all activities"),
    "3.1": _t("labels", "Join and strengthen local dynamics"),
    "3.2": _t("labels", "Role in territorial development"),
    "3.3": _t("labels", "Help residents appropriate their living space"),
    "4.1": _t("labels", "Identify and activate local actors"),
    "4.2": _t("labels", "Learn to cooperate"),
    "4.3": _t("labels", "Build the network with residents"),
    "4.4": _t("labels", "Take part in or start network dynamics"),
    "T": _t("labels", "Reliable knowledge of social realities through diagnosis tools"),
}

TRANSVERSAL = "T"


def axis_of(objective: str) -> str:
    """'2.3' -> '2'; the transversal objective 'T' is its own axis 'T'."""
    return objective.split(".", 1)[0]
