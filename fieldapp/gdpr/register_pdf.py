"""The register of processing activities (art. 30) as a PDF, for the DPO.

Made from the organisation's GDPR settings (the JSON of sync.protocol.GdprSettings, read
from the server by the caller: fieldapp imports no sync): the controller, the DPO's
contact (as the supervisors filled them in, else "not filled in"), and one line per
processing activity with its purposes, categories of data subjects and data, recipients
and retention. An organisation that has not described its
activities gets FieldApp's own (case work, renovation follow-up, neighbourhood work,
supervision, access log) in the reader's language, with the retention periods it set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fieldapp.gdpr.pdf_texts import texts
from fieldapp.reports.layout import (
    CONTENT_W,
    RULE,
    SHADE,
    build,
    grid_style,
    header_cell,
    keep,
    p,
)

# FieldApp's own processing activities, per language: name, purposes, categories,
# recipients; the retention comes from the settings (key of RetentionSettings or "").
DEFAULT_ACTIVITIES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "nl": [
        ("Sociale begeleiding van huurders",
         "Individuele begeleiding om het recht op wonen te behouden; doorverwijzing.",
         "Huurders en gezinsleden: identiteit, contact, gezinssamenstelling, sociale en "
         "financiële situatie, notities; gezondheid enkel indien ingeschakeld.",
         "Maatschappelijk werkers van de site, leidinggevenden; doorverwijzing met akkoord.",
         "closed_case_days"),
        ("Begeleiding van renovatiewerven",
         "Plaatsbeschrijvingen vóór en na de werken, toegang tot woningen, contacten.",
         "Huurders: identiteit, woning, staat van de woning, foto's, handtekeningen.",
         "Renovatiebegeleiders, leidinggevenden; aannemer en landmeter voor de "
         "plaatsbeschrijving.", "inventory_days"),
        ("Buurtwerking",
         "Meldingen, rondes en tussenkomsten in de gebouwen.",
         "Melders en bewoners: naam, woning, beschrijving van de melding, foto's.",
         "Buurtwerkers, leidinggevenden; technische dienst voor defecten.",
         "intervention_days"),
        ("Toegangslogboek", "Nagaan wie welke persoonsgegevens raadpleegde (art. 5, 32).",
         "Medewerkers: wie, wat, wanneer; nooit de inhoud.",
         "Leidinggevenden, functionaris gegevensbescherming.", "access_log_days"),
    ],
    "fr": [
        ("Accompagnement social des locataires",
         "Accompagnement individuel pour maintenir le droit au logement ; orientation.",
         "Locataires et membres du ménage : identité, contact, composition du ménage, "
         "situation sociale et financière, notes ; santé seulement si activée.",
         "Assistants sociaux du site, responsables ; orientation avec accord.",
         "closed_case_days"),
        ("Accompagnement des chantiers de rénovation",
         "États des lieux avant et après travaux, accès aux logements, contacts.",
         "Locataires : identité, logement, état du logement, photos, signatures.",
         "Accompagnateurs de rénovation, responsables ; entrepreneur et géomètre pour "
         "l'état des lieux.", "inventory_days"),
        ("Travail de proximité",
         "Signalements, tournées et interventions dans les immeubles.",
         "Auteurs de signalements et habitants : nom, logement, description, photos.",
         "Agents de proximité, responsables ; service technique pour les défauts.",
         "intervention_days"),
        ("Journal des accès", "Savoir qui a consulté quelles données personnelles (art. 5, 32).",
         "Personnel : qui, quoi, quand ; jamais le contenu.",
         "Responsables, délégué à la protection des données.", "access_log_days"),
    ],
    "en": [
        ("Social support of tenants",
         "Individual support to keep the right to housing; referrals.",
         "Tenants and household members: identity, contact, household, social and financial "
         "situation, notes; health only when enabled.",
         "The site's social workers, supervisors; referral partners with consent.",
         "closed_case_days"),
        ("Renovation site follow-up",
         "Inventories before and after the works, access to dwellings, contacts.",
         "Tenants: identity, dwelling, condition of the dwelling, photos, signatures.",
         "Renovation assistants, supervisors; contractor and surveyor for the inventory.",
         "inventory_days"),
        ("Neighbourhood work", "Requests, rounds and interventions in the buildings.",
         "Reporters and residents: name, dwelling, description, photos.",
         "Neighbourhood agents, supervisors; technical department for defects.",
         "intervention_days"),
        ("Access log", "Knowing who looked at which personal data (art. 5, 32).",
         "Staff: who, what, when; never the content.",
         "Supervisors, the data protection officer.", "access_log_days"),
    ],
}


LABEL_W = 55 * mm  # "Functionaris gegevensbescherming", "Verwerkingsverantwoordelijke"


def _retention_text(t: dict[str, str], key: str, retention: dict[str, Any]) -> str:
    days = int(retention.get(key) or 0)
    if not days:
        return t["not_set"]
    if key == "closed_case_days":
        return t["until_closed"].format(n=days)
    return t["days"].format(n=days)


def activities(settings: dict[str, Any], language: str) -> list[tuple[str, str, str, str, str]]:
    """(name, purposes, categories, recipients, retention) of each activity."""
    t = texts(language)
    retention = settings.get("retention") or {}
    own = settings.get("activities") or []
    if own:
        return [(a.get("name", ""), a.get("purposes", ""), a.get("categories", ""),
                 a.get("recipients", ""), a.get("retention", "")) for a in own]
    return [(name, purposes, categories, recipients, _retention_text(t, key, retention))
            for name, purposes, categories, recipients, key
            in DEFAULT_ACTIVITIES.get(language, DEFAULT_ACTIVITIES["nl"])]


def render_register(settings: dict[str, Any], *, language: str, today: date) -> bytes:
    """The controller and the DPO are as the supervisors filled them in (Supervision, Data
    protection); one not filled in says so, for the DPO to see what is missing — never the
    organisation's id in its place."""
    t = texts(language)
    story: list[Flowable] = [
        Paragraph(t["ropa_service"], _style("service")),
        Paragraph(t["ropa_title"], _style("title")),
        _heading([
            (t["controller"], settings.get("controller") or t["not_filled"]),
            (t["dpo"], settings.get("dpo_contact") or t["not_filled"]),
            (t["printed"], today.strftime("%d/%m/%Y")),
            (t["transfers"], t["no_transfers"]),
        ]),
        Spacer(1, 4 * mm),
    ]
    for name, purposes, categories, recipients, retention in activities(settings, language):
        rows = [[header_cell(t["activity"]), header_cell(name)],
                [p(t["purpose"], "cell_bold"), p(purposes)],
                [p(t["categories"], "cell_bold"), p(categories)],
                [p(t["recipients"], "cell_bold"), p(recipients)],
                [p(t["retention"], "cell_bold"), p(retention)],
                [p(t["security"], "cell_bold"), p(t["security_text"])]]
        table = Table(rows, colWidths=[45 * mm, CONTENT_W - 45 * mm])
        table.setStyle(TableStyle(grid_style()))
        story += [keep(table), Spacer(1, 4 * mm)]  # an activity is never split
    return build(story, language=language, title=t["ropa_title"], footer_left=t["ropa_footer"])


def _heading(rows: list[tuple[str, str]]) -> Table:
    """Who and when, one line each: the form's two-by-two block broke the long Dutch
    terms in the middle ("Verwerkingsvera / ntwoordelijke") in its narrow label column."""
    table = Table([[p(label, "small"), p(value, "cell_bold")] for label, value in rows],
                  colWidths=[LABEL_W, CONTENT_W - LABEL_W])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _style(name: str) -> Any:
    from fieldapp.reports.layout import styles

    return styles()[name]
