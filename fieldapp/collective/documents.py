"""The tenants' meeting documents (issue 18): the invitation — one page per household, in
its language, or in Dutch and French on one page when its language is neither — and the
minutes in Dutch or French, which name no tenant except speakers who agreed to be named.
Issuing the minutes refuses a text that names a tenant of the neighbourhood otherwise.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.audit.access_log import record_access
from fieldapp.collective import meetings as mt
from fieldapp.collective.models import TenantMeeting
from fieldapp.collective.pdf_texts import SOURCE_KINDS, text
from fieldapp.collective.views import ActionRow, MeetingDetail, MeetingRow
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.records import common as rec
from fieldapp.registry.households import HOUSEHOLD_NOT_FOUND
from fieldapp.registry.models import Household, Person
from fieldapp.registry.neighbourhoods import households_of
from fieldapp.reports.dates import clock, long_day, short_day
from fieldapp.reports.layout import (
    ACCENT,
    CONTENT_W,
    MARGIN,
    PAGE_H,
    PAGE_W,
    build,
    grid_style,
    header_cell,
    p,
    register_fonts,
    styles,
)

LANGUAGES = ("nl", "fr")


def _when(lang: str, m: MeetingRow) -> str:
    held_on, start, duration = m.held_on, m.start_minute, m.duration_minutes
    hours = clock(start)
    if start is not None and duration:
        hours += f"–{clock(start + duration)}"
    return f"{long_day(lang, held_on)} {hours}".strip()


def _facts(rows: list[tuple[str, str]]) -> Table:
    table = Table([[p(k, "cell_bold"), p(v)] for k, v in rows],
                  colWidths=[34 * mm, CONTENT_W - 34 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _source(lang: str, kind: str, source: str) -> str:
    if kind == "tenants":
        return text(lang, "tenants_source")
    what = SOURCE_KINDS.get(lang, SOURCE_KINDS["nl"]).get(kind, kind)
    return f"{source} ({what})" if source else what


def _invitation_part(lang: str, detail: MeetingDetail) -> list[Flowable]:
    m = detail.meeting
    agenda = [f"{t.position}. {t.title} — {text(lang, 'from')} "
              f"{_source(lang, t.source_kind, t.source)}" for t in detail.topics]
    return [
        Paragraph(text(lang, "invitation_title", neighbourhood=m.neighbourhood_name)
                  .replace("&", "&amp;"), styles()["h2"]),
        p(text(lang, "greeting"), "body"), Spacer(1, 2 * mm),
        p(text(lang, "invitation_body"), "body"), Spacer(1, 3 * mm),
        _facts([(text(lang, "when"), _when(lang, m)), (text(lang, "where"), m.place),
                (text(lang, "agenda"), "\n".join(agenda) or text(lang, "nothing"))]),
        Spacer(1, 3 * mm), p(text(lang, "invitation_close"), "body"), Spacer(1, 4 * mm),
        p(text(lang, "sign"), "body"),
    ]


def invitations_pdf(session: Session, *, meeting_id: str, household_ids: Iterable[str],
                    actor_id: str, printed_on: date, bilingual: bool = False) -> bytes:
    """One page per household: in its language (nl or fr), or both when it has neither or
    `bilingual` is asked. Each page printed is written to the access log."""
    detail = mt.meeting_detail(session, meeting_id)
    story: list[Flowable] = []
    for index, household_id in enumerate(dict.fromkeys(household_ids)):
        household = rec.get_live(session, Household, household_id, HOUSEHOLD_NOT_FOUND)
        line = next((h for h in detail.households if h.id == household.id), None)
        langs = [household.language] if household.language in LANGUAGES and not bilingual \
            else list(LANGUAGES)
        if index:
            story.append(PageBreak())
        story += [p(" / ".join(text(lang, "service") for lang in langs), "service"),
                  Spacer(1, 6 * mm), p(household.name, "cell_bold"),  # the addressee
                  p(line.address if line else "", "body"), Spacer(1, 6 * mm),
                  p(" / ".join(text(lang, "letter_date", day=short_day(printed_on))
                               for lang in langs), "body")]
        for n, lang in enumerate(langs):
            if n:
                story.append(Spacer(1, 6 * mm))
            story += _invitation_part(lang, detail)
        record_access(session, actor_id=actor_id, action="print", object_type="household",
                      object_id=household.id)
    if not story:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the households to invite."))
    return _letters(story, title=text("nl", "invitation_title",
                                      neighbourhood=detail.meeting.neighbourhood_name))


def _letters(story: list[Flowable], *, title: str) -> bytes:
    """Letters carry no "page n of N": each page goes to another household."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=title, author="FieldApp",
                            creator="FieldApp", subject=title)

    def band(canv: Canvas, _doc: object) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    doc.build(story, onFirstPage=band, onLaterPages=band)
    return out.getvalue()


# ---------------------------------------------------------------------------- minutes


def _words(value: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", rec.fold(value)).strip() + " "


def unnamed_tenants(session: Session, meeting_id: str) -> list[int]:
    """The topics (by number; 0 for an action) whose text names a tenant of the
    neighbourhood who did not agree to be named: a person's first and last name, or their
    household's name. Empty when the minutes may go out."""
    meeting = rec.get_live(session, TenantMeeting, meeting_id, mt.MEETING_NOT_FOUND)
    topics, actions = mt.topics_and_actions(session, meeting_id)
    allowed = {_words(s.named_as).strip() for s in mt.speakers(session, meeting_id)}
    names: set[str] = set()
    households = households_of(session, meeting.neighbourhood_id)
    for h in households:
        names.add(_words(h.name).strip())
    ids = [h.id for h in households]
    for first, last in session.execute(select(Person.first_name, Person.last_name).where(
            Person.household_id.in_(ids), Person.deleted.is_(False))):
        names.add(_words(f"{first} {last}").strip())
        names.add(_words(f"{last} {first}").strip())
    names = {n for n in names if len(n) >= 3 and not any(n in a for a in allowed)}
    found: list[int] = []
    for t in sorted(topics, key=lambda t: t.position):
        hay = _words(f"{t.title} {t.said} {t.decided}")
        if any(f" {n} " in hay for n in names):
            found.append(t.position)
    hay = _words(" ".join(f"{a.text} {a.owner}" for a in actions))
    if any(f" {n} " in hay for n in names):
        found.append(0)
    return found


def issue_minutes(session: Session, *, meeting_id: str, today: date, actor_id: str) -> date:
    """The minutes are final: from now on they can be printed and distributed."""
    meeting = rec.get_live(session, TenantMeeting, meeting_id, mt.MEETING_NOT_FOUND)
    if meeting.status != "held":
        raise ValidationError(mt.NOT_HELD)
    named = unnamed_tenants(session, meeting_id)
    if named:
        if named[0] == 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "An action names a tenant who did not agree to be named: say "
                          "who acts by department or function."))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Topic {n} names a tenant who did not agree to be named: take the "
                      "name out, or record that they agreed."), n=named[0])
    if meeting.minutes_issued_on is None:
        meeting.minutes_issued_on = today
        rec.touch(session, meeting, actor_id=actor_id)
    return meeting.minutes_issued_on


def _actions_table(lang: str, actions: Iterable[ActionRow], *, with_meeting: bool
                   ) -> Table:
    head = [text(lang, "action"), text(lang, "owner"), text(lang, "due"), text(lang, "state")]
    if with_meeting:
        head.insert(0, text(lang, "date"))
    rows: list[list[object]] = [[header_cell(h) for h in head]]
    for a in actions:
        state = text(lang, "done_on", day=short_day(a.done_on)) if a.done_on else text(lang, "open")
        line: list[object] = [p(a.text), p(a.owner), p(short_day(a.due_on)), p(state)]
        if with_meeting:
            line.insert(0, p(short_day(a.meeting_on)))
        rows.append(line)
    widths = [CONTENT_W - 100 * mm, 40 * mm, 24 * mm, 36 * mm]
    if with_meeting:
        widths = [22 * mm, CONTENT_W - 122 * mm, 40 * mm, 24 * mm, 36 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def minutes_pdf(session: Session, *, meeting_id: str, language: str, actor_id: str) -> bytes:
    """The minutes in `language` (nl or fr; en for a reader of the English app)."""
    lang = language if language in ("nl", "fr", "en") else "nl"
    meeting = rec.get_live(session, TenantMeeting, meeting_id, mt.MEETING_NOT_FOUND)
    if meeting.minutes_issued_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Issue the minutes first."))
    detail = mt.meeting_detail(session, meeting_id)
    m = detail.meeting
    staff = ", ".join(s.label + (f" ({s.named_as})" if s.named_as else "")
                      for s in detail.staff) or text(lang, "no_staff")
    tenants = [s.named_as for s in mt.speakers(session, meeting_id) if s.kind == "household"]
    title = text(lang, "minutes_title")
    story: list[Flowable] = [
        p(text(lang, "service"), "service"), Paragraph(title, styles()["title"]),
        _facts([(text(lang, "neighbourhood"), m.neighbourhood_name),
                (text(lang, "date"), _when(lang, m)), (text(lang, "place"), m.place),
                (text(lang, "present"), text(lang, "present_line",
                                            households=m.households_present, staff=staff))]
               + ([(text(lang, "speakers"), ", ".join(tenants))] if tenants else [])),
    ]
    by_topic: dict[str | None, list[ActionRow]] = {}
    for a in detail.actions:
        by_topic.setdefault(a.topic_id, []).append(a)
    for t in detail.topics:
        story += [Paragraph(text(lang, "topic", n=t.position, title=t.title)
                            .replace("&", "&amp;"), styles()["h2"]),
                  p(f"{text(lang, 'from')} {_source(lang, t.source_kind, t.source)}", "small"),
                  _facts([(text(lang, "said"), t.said or text(lang, "nothing")),
                          (text(lang, "decided"), t.decided or text(lang, "nothing"))])]
        if by_topic.get(t.id):
            story += [Spacer(1, 2 * mm), _actions_table(lang, by_topic[t.id],
                                                        with_meeting=False)]
    loose = [a for a in detail.actions if a.topic_id not in {t.id for t in detail.topics}]
    if loose:
        story += [p(text(lang, "actions"), "h2"), _actions_table(lang, loose,
                                                                 with_meeting=False)]
    story.append(p(text(lang, "carried"), "h2"))
    story.append(_actions_table(lang, detail.carried, with_meeting=True) if detail.carried
                 else p(text(lang, "no_carried"), "body"))
    story += [Spacer(1, 5 * mm), p(text(lang, "privacy"), "small"),
              p(text(lang, "issued", day=short_day(m.minutes_issued_on)), "small")]
    record_access(session, actor_id=actor_id, action="print", object_type="tenant_meeting",
                  object_id=meeting.id)
    return build(story, language=lang, title=title,
                 footer_left=f"{title} — {m.neighbourhood_name} — {short_day(m.held_on)}")
