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


# -- the rest of the site assistant's work (issue 17) ------------------------------------

OFFICE_HOURS_PLACES: dict[str, str] = {
    "head_office": _t("labels", "Head office"),
    "branch": _t("labels", "Branch office"),
    "phone": _t("labels", "By phone"),
}


# where an office-hours contact was sent on: the referral destinations and the departments
OFFICE_HOURS_REFERRED: dict[str, str] = {
    "none": _t("labels", "Not referred"),
    "ocmw_cpas": _t("labels", "OCMW / CPAS"),
    "caw": _t("labels", "CAW"),
    "mental_health": _t("labels", "Mental-health service"),
    "debt_help": _t("labels", "Debt help"),
    "company": _t("labels", "A department of the company"),
    "other": _t("labels", "Other"),
}


# how an office-hours contact is counted (the supervisor's indicators)
OFFICE_HOURS_CONTACT_KINDS: dict[str, str] = {
    "case_file": _t("labels", "With a case file"),
    "no_case_file": _t("labels", "Without a case file"),
    "quick_question": _t("labels", "Quick question"),
}


RIGHTS: dict[str, str] = {
    "income": _t("labels", "Income / allowances (unemployment, sickness, pension, disability)"),
    "family_allowance": _t("labels", "Family allowance"),
    "social_tariffs": _t("labels", "Social tariffs (energy, water, telephone, transport)"),
    "ocmw_cpas": _t("labels", "OCMW / CPAS (living wage, help)"),
    "health_insurance": _t("labels", "Health insurance (increased reimbursement)"),
    "rent_allowance": _t("labels", "Rent allowance / rent reduction"),
    "legal_aid": _t("labels", "Legal aid"),
}


RIGHT_STATUSES: dict[str, str] = {
    "unchecked": _t("labels", "Not checked yet"),
    "has": _t("labels", "Received"),
    "to_apply": _t("labels", "To apply for"),
    "applied": _t("labels", "Applied for"),
    "not_entitled": _t("labels", "Not entitled"),
}


GOAL_STATUSES: dict[str, str] = {
    "open": _t("labels", "In progress"),
    "reached": _t("labels", "Reached"),
    "dropped": _t("labels", "Dropped"),
}


DEPARTMENTS: dict[str, str] = {
    "transfers": _t("labels", "Transfers"),
    "accounting": _t("labels", "Accounting / rent"),
    "maintenance": _t("labels", "Maintenance"),
    "technical": _t("labels", "Technical department"),
    "rental": _t("labels", "Rental management"),
    "legal": _t("labels", "Legal department"),
}


ARREARS_STATUSES: dict[str, str] = {
    "running": _t("labels", "Running"),
    "kept": _t("labels", "Paid off"),
    "broken": _t("labels", "Not kept"),
}


EVICTION_STEPS: dict[str, str] = {
    "formal_notice": _t("labels", "Formal notice"),
    "summons": _t("labels", "Summons to the justice of the peace"),
    "hearing": _t("labels", "Hearing"),
    "judgment": _t("labels", "Judgment"),
    "bailiff": _t("labels", "Bailiff's notice"),
    "eviction_date": _t("labels", "Eviction date set"),
    "stopped": _t("labels", "Procedure stopped"),
}


HOUSING_OUTCOMES: dict[str, str] = {
    "kept": _t("labels", "Housing kept"),
    "transfer": _t("labels", "Moved to a more suitable dwelling"),
    "left": _t("labels", "Left of their own accord"),
    "evicted": _t("labels", "Evicted"),
}
