"""The decision letter of an application to the call for projects (issue 18, item 6), in
Dutch, French or English: to the group that applied, the project, the decision and the
amount granted. Addressed to the group, never to a tenant by name."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from fieldapp.collective import participation as pt
from fieldapp.collective.field_models import ProjectApplication, ProjectCall
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.reports.dates import short_day
from fieldapp.reports.layout import build, p, styles

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — collectief maatschappelijk werk",
        "title": "{call}: beslissing over uw aanvraag", "to": "Aan {group}",
        "date": "Brussel, {day}", "greeting": "Beste,",
        "project": "Uw project: {title}. Gevraagd bedrag: {asked} €.",
        "selected": "Wij hebben het genoegen u te melden dat uw project geselecteerd is. "
                    "Er wordt u een bedrag van {granted} € toegekend.",
        "refused": "Het spijt ons u te melden dat uw project dit jaar niet geselecteerd is.",
        "report": "Na afloop vragen wij u een kort eindverslag van het project.",
        "coaching": "De collectieve maatschappelijk assistent begeleidt u graag.",
        "sign": "De collectieve maatschappelijk assistent", "file": "beslissing-projectoproep",
    },
    "fr": {
        "service": "Service social — travail social collectif",
        "title": "{call} : décision sur votre candidature", "to": "À {group}",
        "date": "Bruxelles, le {day}", "greeting": "Madame, Monsieur,",
        "project": "Votre projet : {title}. Montant demandé : {asked} €.",
        "selected": "Nous avons le plaisir de vous annoncer que votre projet est retenu. "
                    "Un montant de {granted} € vous est accordé.",
        "refused": "Nous regrettons de vous annoncer que votre projet n'a pas été retenu "
                   "cette année.",
        "report": "À la fin du projet, nous vous demandons un court rapport final.",
        "coaching": "L'assistant(e) social(e) collectif(ve) vous accompagne volontiers.",
        "sign": "L'assistant(e) social(e) collectif(ve)", "file": "decision-appel-a-projets",
    },
    "en": {
        "service": "Social service — collective social work",
        "title": "{call}: decision on your application", "to": "To {group}",
        "date": "Brussels, {day}", "greeting": "Dear applicants,",
        "project": "Your project: {title}. Amount asked: {asked} €.",
        "selected": "We are pleased to tell you that your project is selected. An amount of "
                    "{granted} € is granted.",
        "refused": "We regret to tell you that your project was not selected this year.",
        "report": "When the project ends, we ask you for a short final report.",
        "coaching": "The collective social assistant will gladly support you.",
        "sign": "The collective social assistant", "file": "decision-call-for-projects",
    },
}


def file_name(language: str, year: int) -> str:
    """"beslissing-projectoproep-2026.pdf": what and when, never a name."""
    lang = language if language in TEXTS else "nl"
    return f"{TEXTS[lang]['file']}-{year}.pdf"


def decision_letter_pdf(session: Session, *, application_id: str, language: str,
                        printed_on: date) -> bytes:
    lang = language if language in TEXTS else "nl"
    t = TEXTS[lang]
    application = rec.get_live(session, ProjectApplication, application_id,
                               pt.APPLICATION_NOT_FOUND)
    if application.status not in ("selected", "refused"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Record the decision before printing the letter."))
    call = rec.get_live(session, ProjectCall, application.call_id, pt.CALL_NOT_FOUND)
    title = t["title"].format(call=call.title)
    decision = (t["selected"].format(granted=application.amount_granted)
                if application.status == "selected" else t["refused"])
    body = [t["project"].format(title=application.title, asked=application.amount_requested),
            decision]
    if application.status == "selected":
        body += [t["report"], t["coaching"]]
    story: list[Flowable] = [
        p(t["service"], "service"), p(t["date"].format(day=short_day(printed_on)), "body"),
        p(t["to"].format(group=application.applicant), "body"), Spacer(1, 6),
        Paragraph(title.replace("&", "&amp;"), styles()["title"]), p(t["greeting"], "body"),
    ]
    for line in body:
        story += [Spacer(1, 5), p(line, "body")]
    story += [Spacer(1, 14), p(t["sign"], "body")]
    return build(story, language=lang, title=title, footer_left=f"{call.title} — {call.year}")
