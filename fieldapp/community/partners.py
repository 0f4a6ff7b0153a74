"""The partner directory — the social map of the area (issue 19): services, contacts,
languages and addresses of CPAS/OCMW, CAW, mental-health services, debt help, food and
clothing… In `partners:<org>`: every field role reads it (a referral names a partner of
it); the supervisors and the community workers keep it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.community.labels import LANGUAGES, PARTNER_CATEGORIES
from fieldapp.community.models import Partner
from fieldapp.community.views import PartnerView
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This partner is no longer in the directory.")
NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Give the partner's name.")
BAD_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose what kind of service the partner offers.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("errors", "Unknown language '{code}'.")

FIELDS = ("name", "category", "services", "contact_name", "phone", "email", "address",
          "languages", "notes")


def view(row: Partner) -> PartnerView:
    return PartnerView(row.id, row.name, row.category, row.services, row.contact_name,
                       row.phone, row.email, row.address, tuple(row.languages or []),
                       row.notes)


def _apply(row: Partner, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    if "name" in fields:
        row.name = rec.clean_text(fields["name"], empty_message=NAME_EMPTY, max_len=200)
    if "category" in fields:
        row.category = rec.require_code(fields["category"], PARTNER_CATEGORIES, BAD_CATEGORY)
    if "languages" in fields:
        codes = list(dict.fromkeys(fields["languages"]))  # type: ignore[call-overload]
        for code in codes:
            rec.require_code(code, LANGUAGES, BAD_LANGUAGE, code=str(code)[:5])
        row.languages = codes
    for key in ("services", "contact_name", "phone", "email", "address", "notes"):
        if key in fields:
            setattr(row, key, str(fields[key] or "").strip())


def add_partner(session: Session, *, actor_id: str, name: str, category: str,
                **fields: object) -> PartnerView:
    row = Partner(name="", category="other", services="", contact_name="", phone="",
                  email="", address="", languages=[], notes="")
    _apply(row, {"name": name, "category": category, **fields})
    rec.create(session, row, actor_id=actor_id,
               collection_id=rec.partners_collection(session))
    return view(row)


def update_partner(session: Session, *, partner_id: str, actor_id: str,
                   **fields: object) -> PartnerView:
    row = rec.get_live(session, Partner, partner_id, NOT_FOUND)
    _apply(row, fields)
    rec.touch(session, row, actor_id=actor_id)
    return view(row)


def remove_partner(session: Session, *, partner_id: str, actor_id: str) -> None:
    row = rec.get_live(session, Partner, partner_id, NOT_FOUND)
    row.deleted = True
    rec.touch(session, row, actor_id=actor_id)


def list_partners(session: Session, *, category: str | None = None,
                  categories: Sequence[str] = ()) -> list[PartnerView]:
    query = select(Partner).where(Partner.deleted.is_(False))
    wanted = [category] if category else list(categories)
    if wanted:
        query = query.where(Partner.category.in_(wanted))
    rows = session.scalars(query.order_by(Partner.category, Partner.name))
    return [view(r) for r in rows]


def partner_name(session: Session, partner_id: str | None) -> str:
    """The partner's name for a referral ("" when none, or no longer in the directory)."""
    row = session.get(Partner, partner_id) if partner_id else None
    return row.name if row is not None and not row.deleted else ""
