"""Codes of the renovation work and their English labels, translated in the labels context.

The PDF reports print these in the household's language without Qt: their Dutch and French
texts live in ``fieldapp.renovation.pdf_texts``.
"""

from __future__ import annotations

from fieldapp.i18n import QT_TRANSLATE_NOOP

ROLE = "renovation_assistant"

PROJECT_STATUSES = {
    "preparation": QT_TRANSLATE_NOOP("labels", "Preparation"),
    "works": QT_TRANSLATE_NOOP("labels", "Works in progress"),
    "finished": QT_TRANSLATE_NOOP("labels", "Finished"),
    "archived": QT_TRANSLATE_NOOP("labels", "Archived (works ended)"),
}

ACCESS_STATUSES = {
    "to_plan": QT_TRANSLATE_NOOP("labels", "To plan"),
    "planned": QT_TRANSLATE_NOOP("labels", "Appointment planned"),
    "granted": QT_TRANSLATE_NOOP("labels", "Access given"),
    "refused": QT_TRANSLATE_NOOP("labels", "Access refused"),
}

APPOINTMENT_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "granted": QT_TRANSLATE_NOOP("labels", "Access given"),
    "refused": QT_TRANSLATE_NOOP("labels", "Access refused"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

INVENTORY_KINDS = {
    "pre": QT_TRANSLATE_NOOP("labels", "Pre-works inventory"),
    "post": QT_TRANSLATE_NOOP("labels", "Post-works check"),
}

CONDITIONS = {
    "new": QT_TRANSLATE_NOOP("labels", "New"),
    "good": QT_TRANSLATE_NOOP("labels", "Good"),
    "worn": QT_TRANSLATE_NOOP("labels", "Worn"),
    "damaged": QT_TRANSLATE_NOOP("labels", "Damaged"),
    "missing": QT_TRANSLATE_NOOP("labels", "Missing"),
    "na": QT_TRANSLATE_NOOP("labels", "Not applicable"),
}
# how bad a condition is, for "worse after the works" highlights
SEVERITY = {"new": 0, "good": 1, "worn": 2, "damaged": 3, "missing": 4}

PARTY_ROLES = {
    "tenant": QT_TRANSLATE_NOOP("labels", "Tenant"),
    "project_manager": QT_TRANSLATE_NOOP("labels", "Project manager"),
    "contractor": QT_TRANSLATE_NOOP("labels", "Contractor"),
    "surveyor": QT_TRANSLATE_NOOP("labels", "Surveyor"),
    "assistant": QT_TRANSLATE_NOOP("labels", "Renovation-site assistant"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

PARTY_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("labels", "Not signed yet"),
    "signed": QT_TRANSLATE_NOOP("labels", "Signed"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused to sign"),
}

HELP_ITEMS = {
    "move_furniture": QT_TRANSLATE_NOOP("labels", "Moving furniture"),
    "clear_rooms": QT_TRANSLATE_NOOP("labels", "Clearing full rooms or storage"),
    "rehousing": QT_TRANSLATE_NOOP("labels", "Temporary rehousing"),
    "vulnerable": QT_TRANSLATE_NOOP("labels", "Vulnerable occupant"),
    "interpreter": QT_TRANSLATE_NOOP("labels", "Interpreter"),
    "pets": QT_TRANSLATE_NOOP("labels", "Pets"),
    "nonprofit": QT_TRANSLATE_NOOP("labels", "Contact with a non-profit or neighbourhood house"),
}

HELP_STATUSES = {
    "to_assess": QT_TRANSLATE_NOOP("labels", "To assess"),
    "not_needed": QT_TRANSLATE_NOOP("labels", "Not needed"),
    "needed": QT_TRANSLATE_NOOP("labels", "Needed"),
    "arranged": QT_TRANSLATE_NOOP("labels", "Arranged"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "handed_on": QT_TRANSLATE_NOOP("labels", "Handed to the site assistant"),
}
OPEN_HELP_STATUSES = ("needed", "arranged")

CONTACT_CATEGORIES = {
    "question": QT_TRANSLATE_NOOP("labels", "Question"),
    "complaint": QT_TRANSLATE_NOOP("labels", "Complaint"),
    "damage": QT_TRANSLATE_NOOP("labels", "Damage"),
    "nuisance": QT_TRANSLATE_NOOP("labels", "Noise or dust"),
    "access": QT_TRANSLATE_NOOP("labels", "Access to the dwelling"),
    "utilities": QT_TRANSLATE_NOOP("labels", "Water, gas or electricity cut"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

CONTACT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "handed_on": QT_TRANSLATE_NOOP("labels", "Handed to the site assistant"),
}

PHASE_KINDS = {
    "site_setup": QT_TRANSLATE_NOOP("labels", "Site set-up and scaffolding"),
    "asbestos": QT_TRANSLATE_NOOP("labels", "Asbestos removal"),
    "roof": QT_TRANSLATE_NOOP("labels", "Roof"),
    "facade": QT_TRANSLATE_NOOP("labels", "Facade and insulation"),
    "windows": QT_TRANSLATE_NOOP("labels", "Windows and doors"),
    "heating": QT_TRANSLATE_NOOP("labels", "Heating"),
    "electricity": QT_TRANSLATE_NOOP("labels", "Electricity"),
    "plumbing": QT_TRANSLATE_NOOP("labels", "Plumbing"),
    "kitchen": QT_TRANSLATE_NOOP("labels", "Kitchen"),
    "bathroom": QT_TRANSLATE_NOOP("labels", "Bathroom"),
    "common_parts": QT_TRANSLATE_NOOP("labels", "Common parts"),
    "other": QT_TRANSLATE_NOOP("labels", "Other works"),
}

LETTER_KINDS = {
    "works_notice": QT_TRANSLATE_NOOP("labels", "Notice of the works"),
    "invitation": QT_TRANSLATE_NOOP("labels", "Invitation to the information session"),
}

PLACEMENT_OUTCOMES = {
    "offered": QT_TRANSLATE_NOOP("labels", "Offered"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused by the tenant"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "Working"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "hired": QT_TRANSLATE_NOOP("labels", "Hired afterwards"),
    "stopped": QT_TRANSLATE_NOOP("labels", "Stopped early"),
}

ACCOMPANIMENT_ACTIVITIES = {
    "home_visit": QT_TRANSLATE_NOOP("labels", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone call"),
    "office": QT_TRANSLATE_NOOP("labels", "At the office"),
    "moving_help": QT_TRANSLATE_NOOP("labels", "Help with moving or clearing"),
    "accompanying": QT_TRANSLATE_NOOP("labels", "Accompanying to an appointment"),
    "paperwork": QT_TRANSLATE_NOOP("labels", "Paperwork"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
