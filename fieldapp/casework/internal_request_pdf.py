"""The request slip to a department of the company (issue 17 item 3), in Dutch or French:
who asks, for which household and dwelling, the facts, the date an answer is wanted by,
and room for the answer. It says on its face that it carries facts only. Printing it is
written to the access log."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.casework.models import CaseFile
from fieldapp.casework.site_work_models import InternalRequest
from fieldapp.people.directory import names as people_names
from fieldapp.records import common as rec
from fieldapp.registry.households import address_line
from fieldapp.registry.models import Building, Dwelling, Household, Site
from fieldapp.reports.dates import long_day
from fieldapp.reports.layout import CONTENT_W, RULE, build, info_table, p, styles

LANGUAGES = ("nl", "fr", "en")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — interne aanvraag",
        "title": "Aanvraag aan de dienst {department}",
        "household": "Gezin", "reference": "Ref. gezin", "address": "Adres",
        "dwelling": "Woning", "site": "Site", "asked_by": "Gevraagd door",
        "asked_on": "Gevraagd op", "due_on": "Antwoord gewenst tegen",
        "facts": "Feiten", "answer": "Antwoord van de dienst",
        "answered_on": "Beantwoord op", "no_answer": "(nog geen antwoord)",
        "facts_only": "Dit formulier bevat enkel feiten die de dienst nodig heeft. "
                      "Vertrouwelijke informatie die de maatschappelijk werker werd "
                      "toevertrouwd, valt onder het beroepsgeheim (art. 458 Sw.) en staat "
                      "hier niet in.",
        "return": "Gelieve het antwoord aan de sociale dienst te bezorgen.",
        "file": "interne-aanvraag",
    },
    "fr": {
        "service": "Service social — demande interne",
        "title": "Demande au service {department}",
        "household": "Ménage", "reference": "Réf. ménage", "address": "Adresse",
        "dwelling": "Logement", "site": "Site", "asked_by": "Demandé par",
        "asked_on": "Demandé le", "due_on": "Réponse souhaitée pour le",
        "facts": "Faits", "answer": "Réponse du service",
        "answered_on": "Répondu le", "no_answer": "(pas encore de réponse)",
        "facts_only": "Ce formulaire ne contient que les faits dont le service a besoin. "
                      "Les confidences faites à l'assistant social relèvent du secret "
                      "professionnel (art. 458 C. pén.) et n'y figurent pas.",
        "return": "Merci de transmettre la réponse au service social.",
        "file": "demande-interne",
    },
    "en": {
        "service": "Social service — internal request",
        "title": "Request to the {department} department",
        "household": "Household", "reference": "Household ref.", "address": "Address",
        "dwelling": "Dwelling", "site": "Site", "asked_by": "Asked by",
        "asked_on": "Asked on", "due_on": "Answer wanted by",
        "facts": "Facts", "answer": "The department's answer",
        "answered_on": "Answered on", "no_answer": "(no answer yet)",
        "facts_only": "This form holds only the facts the department needs. What was "
                      "confided to the social worker is covered by professional secrecy "
                      "(art. 458 of the criminal code) and is not here.",
        "return": "Please send the answer back to the social service.",
        "file": "internal-request",
    },
}

DEPARTMENT_NAMES: dict[str, dict[str, str]] = {
    "nl": {"transfers": "Mutaties", "accounting": "Boekhouding / huur",
           "maintenance": "Onderhoud", "technical": "Technische dienst",
           "rental": "Verhuur", "legal": "Juridische dienst"},
    "fr": {"transfers": "Mutations", "accounting": "Comptabilité / loyers",
           "maintenance": "Entretien", "technical": "Service technique",
           "rental": "Location", "legal": "Service juridique"},
    "en": {"transfers": "Transfers", "accounting": "Accounting / rent",
           "maintenance": "Maintenance", "technical": "Technical",
           "rental": "Rental management", "legal": "Legal"},
}


def _t(lang: str, key: str) -> str:
    return TEXTS[lang][key]


def file_name(language: str, asked_on: date) -> str:
    """"interne-aanvraag-2026-11-20.pdf": what and when, never a name."""
    lang = language if language in LANGUAGES else "nl"
    return f"{_t(lang, 'file')}-{asked_on.isoformat()}.pdf"


def request_slip_pdf(session: Session, *, request_id: str, actor_id: str, printed_on: date,
                     language: str = "nl") -> bytes:
    from fieldapp.casework.internal_requests import REQUEST_NOT_FOUND

    lang = language if language in LANGUAGES else "nl"
    request = rec.get_live(session, InternalRequest, request_id, REQUEST_NOT_FOUND)
    case = session.get(CaseFile, request.case_id)
    assert case is not None
    household = session.get(Household, case.household_id)
    dwelling = session.get(Dwelling, household.dwelling_id) if household and \
        household.dwelling_id else None
    building = session.get(Building, dwelling.building_id) if dwelling else None
    site = session.get(Site, case.site_id)
    asker = people_names(session).get(request.created_by, "")
    department = DEPARTMENT_NAMES[lang].get(request.department, request.department)
    title = _t(lang, "title").format(department=department)
    info = info_table([
        (_t(lang, "household"), household.name if household else ""),
        (_t(lang, "reference"), (household.reference or "—") if household else "—"),
        (_t(lang, "address"), address_line(building) or "—"),
        (_t(lang, "dwelling"), " · ".join(x for x in ((building.name if building else ""),
                                                      (dwelling.label if dwelling else ""))
                                          if x) or "—"),
        (_t(lang, "site"), site.name if site else ""),
        (_t(lang, "asked_by"), asker or "—"),
        (_t(lang, "asked_on"), long_day(lang, request.asked_on)),
        (_t(lang, "due_on"), long_day(lang, request.due_on)),
    ])
    answer = request.answer or _t(lang, "no_answer")
    if request.answered_on:
        answer = f"{answer}\n\n{_t(lang, 'answered_on')}: {long_day(lang, request.answered_on)}"
    box = Table([[p(request.facts, "body")]], colWidths=[CONTENT_W])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                             ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    answer_box = Table([[p(answer, "body")]], colWidths=[CONTENT_W],
                       rowHeights=[None if request.answer else 45 * mm])
    answer_box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story: list[Flowable] = [
        p(_t(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        info, Spacer(1, 3 * mm), p(_t(lang, "facts_only"), "small"),
        p(_t(lang, "facts"), "h2"), box,
        p(_t(lang, "answer"), "h2"), answer_box, Spacer(1, 3 * mm),
        p(_t(lang, "return"), "small"),
    ]
    record_access(session, actor_id=actor_id, action="print", object_type="internal_request",
                  object_id=request.id)
    return build(story, language=lang, title=title, footer_left=_t(lang, "service"))
