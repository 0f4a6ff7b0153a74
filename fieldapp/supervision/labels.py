"""Codes of the supervisor's indicators and their English labels, in display order.

Labels are marked QT_TRANSLATE_NOOP("labels", ...); the UI translates with context "labels".

Only case notes carry an operational objective chosen by the worker. Every other action is
attributed to the objective the sector vision 2024 gives that kind of work (the mapping
below, one place to change it); a home visit with a linked note takes the note's objective.
"""

from __future__ import annotations

from fieldapp.casework.labels import (
    ARREARS_STATUSES,
    AXES,
    CONFIDENTIALITY,
    DEPARTMENTS,
    EVICTION_STEPS,
    GOAL_STATUSES,
    HOUSING_OUTCOMES,
    NOTE_KINDS,
    OBJECTIVES,
    OFFICE_HOURS_CONTACT_KINDS,
    OFFICE_HOURS_PLACES,
    OFFICE_HOURS_REFERRED,
    REFERRAL_DESTINATIONS,
    REFERRAL_STATUSES,
    THEMES,
)
from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.neighbourhood.labels import CATEGORIES
from fieldapp.renovation.labels import (
    ACCOMPANIMENT_ACTIVITIES,
    HELP_ITEMS,
    INVENTORY_KINDS,
    PLACEMENT_OUTCOMES,
)

ROLE = "supervisor"

INDICATORS: dict[str, str] = {
    "notes": _t("labels", "Case notes by kind"),
    "home_visits": _t("labels", "Home visits"),
    "referrals": _t("labels", "Referrals by destination"),
    "referral_outcomes": _t("labels", "Referrals by outcome"),
    "followups": _t("labels", "Follow-ups due"),
    "welcome_sessions": _t("labels", "Welcome sessions"),
    "welcome_attendance": _t("labels", "Households at welcome sessions"),
    "inventories_signed": _t("labels", "Inventories signed"),
    "help_needed": _t("labels", "Help-needed items"),
    "info_sessions": _t("labels", "Renovation information sessions"),
    "info_attendance": _t("labels", "Households at information sessions"),
    "job_placements": _t("labels", "Social-clause jobs offered to tenants"),
    "accompaniment_minutes": _t("labels", "Renovation accompaniment (minutes)"),
    "interventions": _t("labels", "Interventions by category"),
    "office_hours_sessions": _t("labels", "Office-hours sessions by place"),
    "office_hours_contacts": _t("labels", "Office-hours contacts"),
    "office_hours_themes": _t("labels", "Office-hours contacts by theme"),
    "office_hours_referred": _t("labels", "Office-hours contacts referred to"),
    "support_plans": _t("labels", "Support plans made"),
    "support_goals": _t("labels", "Support-plan goals reviewed"),
    "internal_requests": _t("labels", "Requests to the company's departments"),
    "arrears_plans": _t("labels", "Arrears plans agreed"),
    "eviction_steps": _t("labels", "Eviction procedure steps"),
    "housing_outcomes": _t("labels", "Right to housing: outcomes"),
    "tenant_meetings": _t("labels", "Tenants' meetings held"),
    "meeting_attendance": _t("labels", "Attendance at tenants' meetings"),
    "minutes_sent": _t("labels", "Minutes sent to the tenants"),
    "meeting_actions": _t("labels", "Actions of tenants' meetings"),
    "door_to_door": _t("labels", "Door-to-door coverage"),
    "project_applications": _t("labels", "Call for projects: applications and grants"),
    "room_bookings": _t("labels", "Common rooms booked"),
    "mh_consultations": _t("labels", "Mental-health team consultations"),
}

VISIT_CATEGORIES: dict[str, str] = {
    "done": _t("labels", "Done"),
    "planned": _t("labels", "Planned"),
    "cancelled": _t("labels", "Cancelled"),
}

FOLLOWUP_CATEGORIES: dict[str, str] = {
    "on_time": _t("labels", "Done on time"),
    "late": _t("labels", "Done late"),
    "open": _t("labels", "Not done yet"),
}

SESSION_CATEGORIES: dict[str, str] = {"held": _t("labels", "Held")}
ATTENDANCE_CATEGORIES: dict[str, str] = {"attended": _t("labels", "Attended")}
NO_OBJECTIVE = "-"
NO_OBJECTIVE_LABEL = _t("labels", "No objective given")

# the objective each kind of action serves when the record itself names none
DEFAULT_OBJECTIVE: dict[str, str] = {
    "home_visits": "2.3",  # reception, follow-up and individual support
    "referrals": "4.2",  # learn to cooperate: working with OCMW/CPAS, CAW, debt help
    "referral_outcomes": "4.2",
    "followups": "2.3",
    "welcome_sessions": "2.2",  # collective reception and information
    "welcome_attendance": "2.2",
    "inventories_signed": "1.2",  # consultation in renovation projects
    "help_needed": "2.1",  # proactive approach of vulnerable tenants
    # issue 17: office hours are reception (2.3); sending people on is cooperation (4.2)
    "office_hours_sessions": "2.3",
    "office_hours_contacts": "2.3",
    "office_hours_themes": "2.3",
    "office_hours_referred": "4.2",
    # the right to housing (sector vision 2.3): arrears plans, evictions, what came of it
    "support_plans": "2.3",
    "support_goals": "2.3",
    "internal_requests": "4.2",
    "arrears_plans": "2.3",
    "eviction_steps": "2.3",
    "housing_outcomes": "2.3",
    # collective work (issue 18): the monthly meeting builds the network with residents,
    # its minutes inform every tenant concerned, its actions follow up building problems
    "tenant_meetings": "4.3",
    "meeting_attendance": "4.3",
    "minutes_sent": "2.2",
    "meeting_actions": "1.1",
    # campaigns: better use of and respect for the buildings through information (1.3);
    # the call for projects joins and strengthens local dynamics (3.1); bookings are the
    # dynamic management of collective spaces (1.6)
    "door_to_door": "1.3",
    "project_applications": "3.1",
    "room_bookings": "1.6",
    # issue 19: the DMBSH's mobile mental-health team consulted about a case under a
    # pseudonym — cooperation with a specialised partner (4.2)
    "mh_consultations": "4.2",
    "info_sessions": "1.2",  # consultation in renovation projects
    "info_attendance": "1.2",
    "job_placements": "3.2",  # social clauses: tenants into work through the renovation
    "accompaniment_minutes": "2.3",  # individual support through the works
}

MEETING_CATEGORIES: dict[str, str] = {"held": _t("labels", "Held")}
MEETING_ATTENDANCE: dict[str, str] = {"household": _t("labels", "Households"),
                                      "staff": _t("labels", "Staff")}
MINUTES_CATEGORIES: dict[str, str] = {
    "on_time": _t("labels", "Within 14 days"),
    "late": _t("labels", "Later"),
    "not_sent": _t("labels", "Not sent yet"),
}
ACTION_CATEGORIES: dict[str, str] = {"closed": _t("labels", "Closed"),
                                     "open": _t("labels", "Open")}
# the doors of the campaigns that ran in the period: what happened, or not visited yet
DOOR_CATEGORIES: dict[str, str] = {
    "met": _t("labels", "Met"),
    "absent": _t("labels", "Absent"),
    "refused": _t("labels", "Refused"),
    "leaflet": _t("labels", "Leaflet left"),
    "not_visited": _t("labels", "Not visited"),
}
APPLICATION_CATEGORIES: dict[str, str] = {
    "selected": _t("labels", "Selected (granted)"),
    "refused": _t("labels", "Not selected"),
    "received": _t("labels", "Not decided yet"),
}
BOOKING_CATEGORIES: dict[str, str] = {"booked": _t("labels", "Booked")}
MH_CATEGORIES: dict[str, str] = {"normal": _t("labels", "Not urgent"),
                                 "urgent": _t("labels", "Urgent")}

INTERVENTION_OBJECTIVES: dict[str, str] = {
    "neighbour_conflict": "3.1",
    "noise": "3.1",
    "bulky_waste": "1.3",
    "squatters": "1.1",
    "vandalism": "1.3",
    "safety": "3.3",
    "technical_defect": "1.1",
    "youth_prevention": "2.1",
    "accompanying_staff": "4.2",
    "other": "3.3",
}


# indicator -> its categories' codes and labels, in display order
CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "notes": NOTE_KINDS,
    "home_visits": VISIT_CATEGORIES,
    "referrals": REFERRAL_DESTINATIONS,
    "referral_outcomes": REFERRAL_STATUSES,
    "followups": FOLLOWUP_CATEGORIES,
    "welcome_sessions": SESSION_CATEGORIES,
    "welcome_attendance": ATTENDANCE_CATEGORIES,
    "inventories_signed": INVENTORY_KINDS,
    "help_needed": HELP_ITEMS,
    "info_sessions": SESSION_CATEGORIES,
    "info_attendance": ATTENDANCE_CATEGORIES,
    "job_placements": PLACEMENT_OUTCOMES,
    "accompaniment_minutes": ACCOMPANIMENT_ACTIVITIES,
    "interventions": CATEGORIES,
    "office_hours_sessions": OFFICE_HOURS_PLACES,
    "office_hours_contacts": OFFICE_HOURS_CONTACT_KINDS,
    "office_hours_themes": THEMES,
    "office_hours_referred": OFFICE_HOURS_REFERRED,
    "support_plans": CONFIDENTIALITY,
    "support_goals": GOAL_STATUSES,
    "internal_requests": DEPARTMENTS,
    "arrears_plans": ARREARS_STATUSES,
    "eviction_steps": EVICTION_STEPS,
    "housing_outcomes": HOUSING_OUTCOMES,
    "tenant_meetings": MEETING_CATEGORIES,
    "meeting_attendance": MEETING_ATTENDANCE,
    "minutes_sent": MINUTES_CATEGORIES,
    "meeting_actions": ACTION_CATEGORIES,
    "door_to_door": DOOR_CATEGORIES,
    "project_applications": APPLICATION_CATEGORIES,
    "room_bookings": BOOKING_CATEGORIES,
    "mh_consultations": MH_CATEGORIES,
}


def objective_label(code: str) -> str:
    """English label of an objective code, or of "-" (no objective)."""
    return OBJECTIVES.get(code, NO_OBJECTIVE_LABEL)


def axis_label(code: str) -> str:
    return AXES.get(code, NO_OBJECTIVE_LABEL)


# -- the evaluation table (issue 19) ----------------------------------------------------
# The three pillars of the social support of social tenants (individual, collective and
# community social work).
PILLARS: dict[str, str] = {
    "individual": _t("labels", "Individual social work"),
    "collective": _t("labels", "Collective social work"),
    "community": _t("labels", "Community social work"),
}

# THE place an indicator is declared for the evaluation table: its pillar. Its objective is
# the note's own (notes), INTERVENTION_OBJECTIVES (interventions) or DEFAULT_OBJECTIVE
# (every other one). A new indicator adds its line here, beside INDICATORS and
# CATEGORY_LABELS; tests/unit/supervision/test_evaluation.py refuses one left without.
INDICATOR_PILLAR: dict[str, str] = {
    "notes": "individual",
    "home_visits": "individual",
    "referrals": "individual",
    "referral_outcomes": "individual",
    "followups": "individual",
    "welcome_sessions": "collective",
    "welcome_attendance": "collective",
    "inventories_signed": "individual",  # one dwelling, one household at a time
    "help_needed": "individual",
    "info_sessions": "collective",  # the tenants of a project informed together
    "info_attendance": "collective",
    "job_placements": "individual",  # a job offered to one tenant
    "accompaniment_minutes": "individual",
    "interventions": "community",  # living together in the neighbourhood
    # the site assistant's office hours, support plans and right-to-housing work (issue 17)
    "office_hours_sessions": "individual",
    "office_hours_contacts": "individual",
    "office_hours_themes": "individual",
    "office_hours_referred": "individual",
    "support_plans": "individual",
    "support_goals": "individual",
    "internal_requests": "individual",
    "arrears_plans": "individual",
    "eviction_steps": "individual",
    "housing_outcomes": "individual",
    # the collective assistants' tenants' meetings (issue 18)
    "tenant_meetings": "collective",
    "meeting_attendance": "collective",
    "minutes_sent": "collective",
    "meeting_actions": "collective",
    # campaigns, the call for projects and the common rooms (issue 18 items 3, 4, 6)
    "door_to_door": "collective",
    "project_applications": "collective",
    "room_bookings": "collective",
    # the mobile mental-health team consulted about one case (issue 19)
    "mh_consultations": "individual",
}

# The "minimal base" of the sector vision 2024: the objectives every housing company is to
# cover, whatever its own strategic choices (read from the vision's slide "Strategische
# basis / Minimale basis": the transversal objective, axis 2 entirely, and the first
# objectives of axes 1, 3 and 4). One place to change it.
MINIMAL_BASE: frozenset[str] = frozenset({
    "T", "1.1", "1.2", "1.3", "1.5", "2.1", "2.2", "2.3", "2.4", "3.1", "4.1", "4.2",
})


def pillar_of(indicator: str) -> str:
    """The pillar of an indicator ("" when it was not declared)."""
    return INDICATOR_PILLAR.get(indicator, "")


def objective_of(indicator: str) -> str | None:
    """The objective an indicator's actions serve when the record names none (None: it
    depends on the record — the note's own, the intervention's category)."""
    return DEFAULT_OBJECTIVE.get(indicator)
