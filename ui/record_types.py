"""The record types screens subscribe to (``ctx.subscribe(types, slot)``), by area.

A record type is a table name, as in ``fieldapp.vault.ChangeSet``; ``ctx.subscribe`` refuses a
name the vault does not have, so a typo fails at once instead of leaving a screen stale.
"""

from __future__ import annotations

REGISTRY = frozenset({"sites", "buildings", "dwellings", "households", "people"})
CASEWORK = frozenset({"case_files", "case_notes", "follow_ups", "referrals", "home_visits",
                      "office_appointments"})
WELCOME = frozenset({"welcome_sessions", "welcome_attendees"})
# issue 17: the support plan, requests to departments and the right-to-housing steps
SITE_WORK = frozenset({"support_plans", "support_goals", "internal_requests", "arrears_plans",
                       "housing_steps"})
TIMELINE = frozenset({"case_notes", "follow_ups", "referrals", "home_visits",
                      "office_appointments", "agent_visit_requests", "reassignments"}) \
    | WELCOME | SITE_WORK
RENOVATION = frozenset({
    "renovation_projects", "renovation_dwellings", "renovation_info_sessions",
    "renovation_appointments", "renovation_inventories", "renovation_rooms",
    "renovation_elements", "renovation_parties", "renovation_addenda", "attachments",
    "renovation_help_items", "renovation_contacts", "renovation_phases", "renovation_letters",
    "renovation_info_questions", "renovation_placements", "renovation_accompaniment",
})
NEIGHBOURHOOD = frozenset({"nb_requests", "nb_interventions", "nb_defect_reports", "handoffs"})
SUPERVISION = frozenset({"review_notes", "reassignments"})
EVALUATION = frozenset({"evaluation_entries", "site_states_of_play"})
# Community work (issue 19): the PSC's records, and the partner directory (social map).
COMMUNITY = frozenset({"psc_projects", "psc_actions", "psc_activities", "psc_meetings",
                       "psc_premises_loans",
                       "psc_evaluations"})
PARTNERS = frozenset({"partners"})
# The mobile mental-health team's consultations under a pseudonym, and the case's link.
CONSULTATIONS = frozenset({"mh_consultations", "case_consultations"})
COLLECTIVE = frozenset({"neighbourhoods", "cm_meetings", "cm_topics", "cm_attendees",
                        "cm_actions", "cm_deliveries", "cm_signals"})
# issue 18 items 3, 4, 6: campaigns and door-to-door rounds, common rooms, participation
CAMPAIGNS = frozenset({"cm_campaigns", "cm_doors"})
ROOMS = frozenset({"cm_rooms", "cm_bookings", "cm_room_keys", "cm_room_incidents"})
PARTICIPATION = frozenset({"cm_calls", "cm_applications", "cm_coaching",
                           "cm_council_meetings",
                           "cm_initiatives", "cm_initiative_support"})
ELECTIONS = frozenset({"cm_elections", "cm_election_roll", "cm_candidates"})

# What a worker's agenda shows (issue 16 item 4): visits, office appointments, welcome
# sessions, follow-ups due and renovation access appointments, with the households.
# Issue 17: office-hours sessions and the agents asked along too.
AGENDA = (CASEWORK | WELCOME | frozenset({"renovation_appointments", "renovation_dwellings",
                                          "office_hours_sessions", "agent_visit_requests"})
          | REGISTRY)
