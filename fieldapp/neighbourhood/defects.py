"""A technical defect passed on to the technical department: a report (PDF in
fieldapp.neighbourhood.defect_pdf) and the same as plain text, ready to paste into an e-mail.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.attachments import files as attachments
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.local.models import LocalProfile
from fieldapp.neighbourhood.interventions import Image, store_photos
from fieldapp.neighbourhood.labels import CATEGORIES, URGENCIES
from fieldapp.neighbourhood.models import DefectReport, Intervention
from fieldapp.neighbourhood.requests import (
    address,
    collection,
    get_live_request,
)
from fieldapp.neighbourhood.views import DefectReportView, Place
from fieldapp.records import common as rec
from fieldapp.registry.models import Building, Dwelling, Site

DEFECT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This defect report was not found.")
Translate = Callable[[str, str], str]


def _untranslated(_context: str, text: str) -> str:
    return text


def _view(session: Session, d: DefectReport, category: str) -> DefectReportView:
    site = session.get(Site, d.site_id)
    building = session.get(Building, d.building_id) if d.building_id else None
    dwelling = session.get(Dwelling, d.dwelling_id) if d.dwelling_id else None
    author = session.get(LocalProfile, d.created_by)
    place = Place(site_id=d.site_id, site_name=site.name if site else "",
                  building_id=d.building_id, building_name=building.name if building else "",
                  address=address(building.street, building.number) if building else "",
                  entrance=d.entrance, floor=d.floor, dwelling_id=d.dwelling_id,
                  dwelling_label=dwelling.label if dwelling else "")
    return DefectReportView(id=d.id, request_id=d.request_id, place=place, category=category,
                            description=d.description, urgency=d.urgency,
                            photos=tuple(d.photos or ()), reported_on=d.reported_on,
                            reported_by=author.display_name if author else "")


def report_defect(
    session: Session, *, request_id: str, actor_id: str, today: date,
    description: str | None = None, photos: Sequence[Image] = (),
) -> DefectReportView:
    """Make the defect report of a request (its place, urgency and description), with the
    photos of the request's interventions and any new `photos` (stored encrypted)."""
    request = get_live_request(session, request_id)
    text = request.description if description is None else description
    text = rec.clean_text(text, max_len=4_000, empty_message=QT_TRANSLATE_NOOP(
        "errors", "Describe the defect."))
    report = DefectReport(
        request_id=request.id, site_id=request.site_id, building_id=request.building_id,
        entrance=request.entrance, floor=request.floor, dwelling_id=request.dwelling_id,
        description=text, urgency=request.urgency, photos=[], reported_on=today)
    rec.create(session, report, actor_id=actor_id, collection_id=collection(session))
    earlier = [ref for (refs,) in session.execute(
        select(Intervention.photos).where(Intervention.request_id == request.id,
                                          Intervention.deleted.is_(False))
        .order_by(Intervention.occurred_at)) for ref in refs or ()]
    report.photos = earlier + store_photos(session, photos, owner_type="nb_defect",
                                           owner_id=report.id, actor_id=actor_id)
    request.defect_report_id = report.id
    rec.touch(session, request, actor_id=actor_id)
    return _view(session, report, request.category)


def defect_photos(session: Session, *, report_id: str) -> list[bytes]:
    """The report's photos as downscaled JPEGs (for the PDF), decrypted in memory only."""
    report = rec.get_live(session, DefectReport, report_id, DEFECT_NOT_FOUND)
    return [attachments.read_image(session, attachment_id=ref, variant="medium")
            for ref in report.photos or ()]


def get_defect_report(session: Session, *, report_id: str) -> DefectReportView:
    report = rec.get_live(session, DefectReport, report_id, DEFECT_NOT_FOUND)
    request = get_live_request(session, report.request_id) if report.request_id else None
    return _view(session, report, request.category if request else "technical_defect")


LABELS = {
    "title": QT_TRANSLATE_NOOP("DefectReport", "Technical defect report"),
    "to": QT_TRANSLATE_NOOP("DefectReport", "For the technical department"),
    "date": QT_TRANSLATE_NOOP("DefectReport", "Date"),
    "urgency": QT_TRANSLATE_NOOP("DefectReport", "Urgency"),
    "category": QT_TRANSLATE_NOOP("DefectReport", "Category"),
    "site": QT_TRANSLATE_NOOP("DefectReport", "Site"),
    "building": QT_TRANSLATE_NOOP("DefectReport", "Building"),
    "entrance": QT_TRANSLATE_NOOP("DefectReport", "Entrance"),
    "floor": QT_TRANSLATE_NOOP("DefectReport", "Floor"),
    "dwelling": QT_TRANSLATE_NOOP("DefectReport", "Dwelling"),
    "description": QT_TRANSLATE_NOOP("DefectReport", "Description"),
    "photos": QT_TRANSLATE_NOOP("DefectReport", "Photos"),
    "reported_by": QT_TRANSLATE_NOOP("DefectReport", "Reported by"),
    "reference": QT_TRANSLATE_NOOP("DefectReport", "Reference"),
    "line": QT_TRANSLATE_NOOP("DefectReport", "{label}: {value}"),
}


def defect_fields(view: DefectReportView,
                  translate: Translate = _untranslated) -> list[tuple[str, str]]:
    """(label, value) pairs of the report, translated, empty values left out."""
    p = view.place
    pairs = [
        ("date", view.reported_on.strftime("%d/%m/%Y")),  # as in Brussels, either language
        ("urgency", translate("labels", URGENCIES.get(view.urgency, view.urgency))),
        ("category", translate("labels", CATEGORIES.get(view.category, view.category))),
        ("site", p.site_name),
        ("building", " — ".join(x for x in (p.building_name, p.address) if x)),
        ("entrance", p.entrance), ("floor", p.floor), ("dwelling", p.dwelling_label),
        ("reported_by", view.reported_by), ("reference", view.id[:8]),
    ]
    return [(translate("DefectReport", LABELS[key]), value) for key, value in pairs if value]


def defect_text(view: DefectReportView, translate: Translate = _untranslated) -> str:
    """The report as plain text for an e-mail to the technical department."""
    line = translate("DefectReport", LABELS["line"])
    lines = [translate("DefectReport", LABELS["title"]), ""]
    lines += [line.format(label=label, value=value)
              for label, value in defect_fields(view, translate)]
    lines += ["", line.format(label=translate("DefectReport", LABELS["description"]),
                              value="").rstrip(), view.description]
    if view.photos:
        lines += ["", line.format(label=translate("DefectReport", LABELS["photos"]),
                                  value=len(view.photos))]
    return "\n".join(lines) + "\n"
