"""The summary of an awareness campaign (issue 18, item 3) as a PDF in Dutch, French or
English: theme, neighbourhood, period, buildings and posters; the round counted per
building and outcome (met, absent, refused, leaflet left, not visited) with its coverage;
the findings. Counts only: no door, no remark and no name leaves the laptop in it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.collective import campaigns as cp
from fieldapp.collective.field_models import Campaign
from fieldapp.records import common as rec
from fieldapp.registry.neighbourhoods import Neighbourhood
from fieldapp.reports.dates import short_day
from fieldapp.reports.layout import CONTENT_W, build, grid_style, header_cell, p, styles

OUTCOMES = ("met", "absent", "refused", "leaflet", "")

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — collectief maatschappelijk werk",
        "title": "Sensibiliseringscampagne: {title}", "theme": "Thema",
        "neighbourhood": "Wijk", "period": "Periode", "buildings": "Gebouwen",
        "posters": "Affiches opgehangen", "round": "Ronde van deur tot deur",
        "building": "Gebouw", "met": "Ontmoet", "absent": "Afwezig", "refused": "Geweigerd",
        "leaflet": "Folder", "": "Niet bezocht", "total": "Totaal",
        "coverage": "{visited} van {doors} deuren bezocht ({pct} %).",
        "findings": "Vaststellingen", "none": "—",
        "privacy": "Deze samenvatting telt deuren; ze noemt geen huurder en geen woning.",
        "file": "campagne",
    },
    "fr": {
        "service": "Service social — travail social collectif",
        "title": "Campagne de sensibilisation : {title}", "theme": "Thème",
        "neighbourhood": "Quartier", "period": "Période", "buildings": "Bâtiments",
        "posters": "Affiches posées", "round": "Porte-à-porte",
        "building": "Bâtiment", "met": "Rencontré", "absent": "Absent", "refused": "Refus",
        "leaflet": "Dépliant", "": "Non visité", "total": "Total",
        "coverage": "{visited} portes visitées sur {doors} ({pct} %).",
        "findings": "Constats", "none": "—",
        "privacy": "Ce résumé compte des portes ; il ne nomme aucun locataire ni logement.",
        "file": "campagne",
    },
    "en": {
        "service": "Social service — collective social work",
        "title": "Awareness campaign: {title}", "theme": "Theme",
        "neighbourhood": "Neighbourhood", "period": "Period", "buildings": "Buildings",
        "posters": "Posters hung", "round": "Door-to-door round",
        "building": "Building", "met": "Met", "absent": "Absent", "refused": "Refused",
        "leaflet": "Leaflet", "": "Not visited", "total": "Total",
        "coverage": "{visited} of {doors} doors visited ({pct} %).",
        "findings": "Findings", "none": "—",
        "privacy": "This summary counts doors; it names no tenant and no dwelling.",
        "file": "campaign",
    },
}

THEMES: dict[str, dict[str, str]] = {
    "nl": {"waste_sorting": "Afval sorteren", "house_rules": "Huishoudelijk reglement",
           "energy": "Energie besparen", "neighbour_disputes": "Burenruzies",
           "common_rooms": "Gemeenschappelijke lokalen",
           "cleanliness": "Netheid van de gemeenschappelijke delen", "safety": "Veiligheid",
           "isolation": "Isolement van oudere huurders", "other": "Ander thema"},
    "fr": {"waste_sorting": "Tri des déchets", "house_rules": "Règlement d'ordre intérieur",
           "energy": "Économies d'énergie", "neighbour_disputes": "Conflits de voisinage",
           "common_rooms": "Locaux communs", "cleanliness": "Propreté des communs",
           "safety": "Sécurité", "isolation": "Isolement des locataires âgés",
           "other": "Autre thème"},
    "en": {"waste_sorting": "Waste sorting", "house_rules": "House rules",
           "energy": "Energy saving", "neighbour_disputes": "Neighbour disputes",
           "common_rooms": "Common rooms", "cleanliness": "Cleanliness of common parts",
           "safety": "Safety", "isolation": "Isolation of older tenants", "other": "Other"},
}


def _t(lang: str, key: str, **params: object) -> str:
    value = TEXTS[lang][key]
    return value.format(**params) if params else value


def file_name(language: str, starts_on: object) -> str:
    """"campagne-2026-11-26.pdf": what and when, never a name."""
    lang = language if language in TEXTS else "nl"
    return f"{TEXTS[lang]['file']}-{starts_on}.pdf"


def campaign_pdf(session: Session, *, campaign_id: str, language: str) -> bytes:
    lang = language if language in TEXTS else "nl"
    campaign = rec.get_live(session, Campaign, campaign_id, cp.CAMPAIGN_NOT_FOUND)
    row = next(c for c in cp.list_campaigns(session) if c.id == campaign.id)
    hood = session.get(Neighbourhood, campaign.neighbourhood_id)
    doors = cp.round_of(session, campaign.id)
    per_building: dict[str, dict[str, int]] = {}
    for d in doors:
        counts = per_building.setdefault(d.building_name, dict.fromkeys(OUTCOMES, 0))
        counts[d.outcome] += 1
    head = [_t(lang, "building"), *(_t(lang, o) for o in OUTCOMES), _t(lang, "total")]
    rows: list[list[object]] = [[header_cell(h) for h in head]]
    for building, counts in per_building.items():
        rows.append([p(building), *(p(str(counts[o])) for o in OUTCOMES),
                     p(str(sum(counts.values())))])
    totals = {o: sum(c[o] for c in per_building.values()) for o in OUTCOMES}
    rows.append([p(_t(lang, "total"), "cell_bold"), *(p(str(totals[o])) for o in OUTCOMES),
                 p(str(len(doors)))])
    first = CONTENT_W - 6 * 22 * mm
    table = Table(rows, colWidths=[first] + [22 * mm] * 6, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    period = short_day(campaign.starts_on)
    if campaign.ends_on is not None:
        period += f" – {short_day(campaign.ends_on)}"
    facts = [(_t(lang, "theme"), THEMES[lang].get(campaign.theme, campaign.theme)),
             (_t(lang, "neighbourhood"), hood.name if hood else ""),
             (_t(lang, "period"), period),
             (_t(lang, "buildings"), ", ".join(per_building) or _t(lang, "none")),
             (_t(lang, "posters"), str(campaign.posters))]
    facts_table = Table([[p(k, "cell_bold"), p(v)] for k, v in facts],
                        colWidths=[40 * mm, CONTENT_W - 40 * mm])
    facts_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pct = round(100 * row.visited / row.doors) if row.doors else 0
    title = _t(lang, "title", title=campaign.title)
    story: list[Flowable] = [
        p(_t(lang, "service"), "service"),
        Paragraph(title.replace("&", "&amp;"), styles()["title"]), facts_table,
        p(_t(lang, "round"), "h2"), table, Spacer(1, 2 * mm),
        p(_t(lang, "coverage", visited=row.visited, doors=row.doors, pct=pct), "body"),
        p(_t(lang, "findings"), "h2"), p(campaign.findings or _t(lang, "none"), "body"),
        Spacer(1, 5 * mm), p(_t(lang, "privacy"), "small"),
    ]
    return build(story, language=lang, title=title,
                 footer_left=f"{title} — {short_day(campaign.starts_on)}")
