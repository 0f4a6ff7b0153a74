"""The subject-access PDF, from the (already redacted) JSON document of fieldapp.gdpr.access.

One table per section that holds anything: a date, what kind of record, and its content
in a few words the reader can follow. Photos are listed (caption, size, date), never
embedded: the list is what the person asked for; the files can be shown on request.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from fieldapp.casework import pdf_texts as casework_texts
from fieldapp.casework.amounts import euros
from fieldapp.gdpr.pdf_texts import code, texts
from fieldapp.renovation import pdf_texts as works_texts
from fieldapp.renovation import templates
from fieldapp.reports.layout import (
    CONTENT_W,
    build,
    grid_style,
    header_cell,
    info_table,
    keep,
    p,
)

Row = dict[str, Any]
Line = tuple[str, str, str]  # date, kind, details
# A section taller than LONG runs over pages from where it starts — kept whole it left
# most of a page blank before twenty notes — when at least ROOM is left for its first rows.
LONG, ROOM = 120 * mm, 45 * mm

# The field whose date orders a section's rows, newest first (as the case file's timeline);
# a section not named here (an inventory's rooms and elements) keeps the order it was
# collected in, which groups what belongs together.
DATED = {
    "case_files": "opened_on", "notes": "occurred_on", "followups": "due_on",
    "referrals": "referred_on", "visits": "planned_on", "office_appointments": "on_day",
    "review_notes": "written_on", "reassignments": "reassigned_on", "handoffs": "handed_on",
    "appointments": "planned_at", "contacts": "occurred_on", "works_letters": "issued_on",
    "job_placements": "offered_on", "accompaniment": "on_day", "requests": "received_at",
    "interventions": "occurred_at", "defects": "reported_on", "photos": "created_at",
    "access_log": "at",
}


def _day(value: Any) -> str:
    if not value:
        return ""
    text = str(value)
    day = text[:10]
    if len(day) == 10 and day[4] == "-":
        return f"{day[8:10]}/{day[5:7]}/{day[0:4]}" + (f" {text[11:16]}" if len(text) > 10
                                                        else "")
    return text


def _lab(t: dict[str, str], key: str, value: Any) -> str:
    """"Label: value" with the language's colon (French puts a space before it)."""
    return f"{t[key]}{t['colon']}{value}"


def _join(*parts: Any) -> str:
    return "\n".join(str(x) for x in parts if x not in (None, "", []))


def _describe(section: str, r: Row, t: dict[str, str], lang: str,
              names: dict[str, str]) -> Line:
    kind = r.get("type", "")
    if section == "people":
        body = _join(f"{r.get('first_name', '')} {r.get('last_name', '')}",
                     r.get("relation")
                     and _lab(t, 'relation', code(lang, 'relation', r['relation'])),
                     r.get("birth_date") and _lab(t, 'birth_date', _day(r['birth_date'])),
                     r.get("phone") and _lab(t, 'phone', r['phone']),
                     r.get("email") and _lab(t, 'email', r['email']),
                     r.get("national_register_number")
                     and _lab(t, 'national_number', r['national_register_number']),
                     r.get("health_notes") and _lab(t, 'health', r['health_notes']))
        return "", t["person"], body
    if section == "case_files":
        return (_day(r.get("opened_on")), code(lang, "status", r.get("status")),
                _join(r.get("themes") and _lab(t, 'themes', _themes(r['themes'], lang)),
                      r.get("assigned_worker") and _lab(t, 'worker', r['assigned_worker']),
                      r.get("closed_on") and _lab(t, 'closed', _day(r['closed_on']))))
    if section == "notes":
        return (_day(r.get("occurred_on")), code(lang, "kind", r.get("kind")),
                _join(r.get("text"), _by(r.get("author_id"), t, names)))
    if section == "followups":
        return (_day(r.get("due_on")), t["done"] if r.get("done") else t["open"],
                r.get("text", ""))
    if section == "referrals":
        return (_day(r.get("referred_on")), code(lang, "destination", r.get("destination")),
                _join(code(lang, "status", r.get("status")), r.get("reason"), r.get("outcome")))
    if section == "visits":
        return (_day(r.get("planned_on")), code(lang, "status", r.get("status")),
                r.get("purpose", ""))
    if section == "office_appointments":
        return (_day(r.get("on_day")), code(lang, "status", r.get("status")),
                _join(r.get("place"), r.get("purpose"), r.get("cancel_reason")))
    if section == "site_work":
        return _site_work_line(kind, r, t, lang)
    if section in ("review_notes",):
        return _day(r.get("written_on")), "", _join(r.get("text"), _by(r.get("author_id"), t,
                                                                        names))
    if section == "reassignments":
        return (_day(r.get("reassigned_on")), "",
                _join(f"{r.get('from_worker', '')} → {r.get('to_worker', '')}", r.get("reason")))
    if section == "welcome":
        return _day(r.get("created_at")), "", ""
    if section == "handoffs":
        return (_day(r.get("handed_on")), code(lang, "urgency", r.get("urgency")),
                r.get("summary", ""))
    if section == "tenant_meetings":  # present at a meeting, or the minutes received
        if kind == "cm_deliveries":
            return (_day(r.get("sent_on")), t["minutes_received"],
                    code(lang, "channel", r.get("channel")))
        if kind == "cm_election_roll":  # until the election is validated
            return _day(r.get("created_at")), t["on_roll"], t["voted"] if r.get("voted") else ""
        # the meeting's own day and place (build_document adds them), and whether the
        # household came: an invitation without attendance read "Present" too
        return (_day(r.get("meeting_held_on") or r.get("created_at")),
                t["meeting_present"] if r.get("present", True) else t["meeting_absent"],
                _join(r.get("meeting_place"), r.get("named_as")))
    if section == "renovation":
        return ("", code(lang, "access", r.get("access_status")),
                _join(r.get("project_name"), r.get("open_questions")))
    if section == "inventories":
        return _inventory_line(kind, r, t, lang)
    if section == "appointments":
        return (_day(r.get("planned_at")), code(lang, "status", r.get("status")),
                _join(r.get("refusal_reason"), r.get("follow_up")))
    if section == "contacts":
        return (_day(r.get("occurred_on")),
                works_texts.code("contact_category", lang, str(r.get("category", ""))),
                _join(r.get("text"), r.get("follow_up")))
    if section == "help_items":
        return ("", works_texts.code("help_item", lang, str(r.get("item", ""))),
                _join(code(lang, "help", r.get("status")), r.get("note")))
    if section == "works_letters":
        return _day(r.get("issued_on")), code(lang, "letter", r.get("kind")), ""
    if section == "info_questions":
        return _day(r.get("created_at")), "", _join(r.get("question"), r.get("answer"))
    if section == "job_placements":
        return (_day(r.get("offered_on")), code(lang, "job", r.get("outcome")),
                _join(r.get("job"), r.get("employer"), r.get("note")))
    if section == "accompaniment":
        return (_day(r.get("on_day")), f"{r.get('minutes', 0)} min",
                _join(code(lang, "activity", r.get("activity")), r.get("note")))
    if section == "community":  # named in a PSC activity or at its committee (issue 19)
        if kind == "psc_meetings":
            return _day(r.get("held_on")), str(r.get("place", "")), r.get("minutes", "")
        return _day(r.get("held_on")), code(lang, "psc", r.get("kind")), r.get("title", "")
    if section == "consultations":
        if kind == "case_consultations":
            return _day(r.get("created_at")), str(r.get("pseudonym", "")), ""
        return (_day(r.get("asked_on")), str(r.get("pseudonym", "")),
                _join(r.get("question"), r.get("advice")))
    if section == "requests":
        return (_day(r.get("received_at")), code(lang, "category", r.get("category")),
                r.get("description", ""))
    if section == "interventions":
        return (_day(r.get("occurred_at")), code(lang, "outcome", r.get("outcome")),
                _join(r.get("actions"), r.get("met") and _lab(t, 'met', r['met'])))
    if section == "defects":
        return (_day(r.get("reported_on")), code(lang, "urgency", r.get("urgency")),
                r.get("description", ""))
    if section == "photos":
        size = int(r.get("size") or 0)
        return (_day(r.get("created_at")), code(lang, "photo", r.get("kind")),
                _join(r.get("caption"),
                      _lab(t, "size", t["kib"].format(n=max(1, size // 1024)))))
    if section == "access_log":
        return (_day(r.get("at")), t.get(f"action_{r.get('action')}", str(r.get("action"))),
                _by(r.get("actor_id"), t, names))
    return _day(r.get("created_at")), kind, ""


def _site_work_line(kind: str, r: Row, t: dict[str, str], lang: str) -> Line:
    """The support plan and its goals, requests to departments, repayment plans, the
    right-to-housing steps and office-hours contacts: each in its own words."""
    if kind == "support_plans":
        return _day(r.get("analysed_on")), t["support_plan"], r.get("analysis", "")
    if kind == "support_goals":
        return (_day(r.get("review_on")), t["goal"],
                _join(r.get("text"), code(lang, "goal", r.get("status"))))
    if kind == "internal_requests":
        return (_day(r.get("asked_on")), code(lang, "department", r.get("department")),
                _join(r.get("facts"), r.get("answer")))
    if kind == "arrears_plans":
        amounts = (f"€ {euros(int(r['debt_cents']))} · € {euros(int(r['monthly_cents']))}"
                   if r.get("debt_cents") else "")
        return (_day(r.get("agreed_on")), t["arrears_plan"],
                _join(amounts, code(lang, "arrears", r.get("status"))))
    if kind == "housing_steps":
        return _day(r.get("on_day")), code(lang, "step", r.get("code")), r.get("remark", "")
    if kind == "office_hours_contacts":
        return (_day(str(r.get("created_at") or "")[:10]), t["office_hours"],
                _join(code(lang, "theme", r.get("theme")), r.get("summary")))
    return _day(r.get("created_at")), "", ""


def _inventory_line(kind: str, r: Row, t: dict[str, str], lang: str) -> Line:
    if kind == "renovation_inventories":
        return (_day(r.get("held_on")), code(lang, "inventory", r.get("kind")),
                r.get("general_remarks", ""))
    if kind == "renovation_rooms":  # the room's kind, and its name in the reader's words
        room_type = str(r.get("room_type") or "other")
        label = templates.room_label(room_type, lang)
        name = templates.room_name(room_type, str(r.get("name", "")), lang)
        return "", label, "" if name == label else name
    if kind == "renovation_elements":
        return ("", "· " + templates.element_label(str(r.get("element_type", "")), lang),
                _join(r.get("condition")
                      and works_texts.code("condition", lang, str(r["condition"])),
                      r.get("remarks")))
    if kind == "renovation_parties":
        return (_day(r.get("signed_at")), works_texts.code("role", lang, str(r.get("role", ""))),
                _join(r.get("name"), code(lang, "signature", r.get("status"))))
    return _day(r.get("written_on")), "", r.get("text", "")


def _themes(themes: list[str], lang: str) -> str:
    return ", ".join(casework_texts.code("theme", lang, str(theme)) for theme in themes)


def _inventory_order(rows: list[Row]) -> list[Row]:
    """Each inventory (newest first), then its rooms in their order, each room followed by
    its elements, then its parties and addenda: a reader sees which room a wall is in."""
    def of(kind: str, parent: str, parent_id: Any) -> list[Row]:
        return sorted((r for r in rows if r.get("type") == kind and r.get(parent) == parent_id),
                      key=lambda r: (r.get("position") or 0))

    out: list[Row] = []
    for inventory in sorted((r for r in rows if r.get("type") == "renovation_inventories"),
                            key=lambda r: str(r.get("held_on") or ""), reverse=True):
        out.append(inventory)
        for room in of("renovation_rooms", "inventory_id", inventory.get("id")):
            out += [room, *of("renovation_elements", "room_id", room.get("id"))]
        out += of("renovation_parties", "inventory_id", inventory.get("id"))
        out += of("renovation_addenda", "inventory_id", inventory.get("id"))
    placed = {id(r) for r in out}
    return out + [r for r in rows if id(r) not in placed]


def _newest_first(section: str, rows: list[Row]) -> list[Row]:
    if section == "inventories":
        return _inventory_order(rows)
    if section == "tenant_meetings":  # meetings, minutes received, the roll: by their day
        return sorted(rows, key=lambda r: str(r.get("meeting_held_on") or r.get("sent_on")
                                              or r.get("created_at") or ""), reverse=True)
    field = DATED.get(section)
    if field is None:
        return rows
    return sorted(rows, key=lambda r: str(r.get(field) or r.get("created_at") or ""),
                  reverse=True)


def _by(user_id: Any, t: dict[str, str], names: dict[str, str]) -> str:
    if not user_id:
        return ""
    return _lab(t, 'by', names.get(str(user_id), '—'))


def _section_table(lines: list[Line], t: dict[str, str]) -> Table:
    widths = [24 * mm, 32 * mm, CONTENT_W - 56 * mm]
    data: list[list[Any]] = [[header_cell(t["date"]), header_cell(t["what"]),
                              header_cell(t["details"])]]
    data += [[p(d), p(k), p(body)] for d, k, body in lines]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return table


def render(document: dict[str, Any], *, language: str, names: dict[str, str]) -> bytes:
    t = texts(language)
    subject = document["subject"]
    restricted = document["restricted_notes"]
    decision = restricted.get("decision")
    if decision:
        restricted_text = t["restricted_in"].format(
            n=restricted["included"], who=names.get(decision["decided_by"], "—"),
            role=t[f"role_{decision['capacity']}"], reason=decision["reason"])
    elif restricted["withheld"]:
        restricted_text = t["restricted_out"].format(n=restricted["withheld"])
    else:
        restricted_text = t["restricted_none"]
    story: list[Flowable] = [
        Paragraph(t["service"], _style("service")),
        Paragraph(t["title"], _style("title")),
        info_table([
            (t["subject"], ", ".join(subject["names"])),
            # the household by its name and the tenant register's reference, either or
            # both ("—" read as if there were no household when there was no reference)
            (t["household"], " · ".join(part for part in (subject.get("household_name"),
                                                          subject.get("reference")) if part)
             or "—"),
            (t["printed"], _day(document["made_at"])),
            (t["records"], str(sum(document["counts"].values()))),
        ]),
        Spacer(1, 3 * mm),
        p(t["intro"], "body"),
        Spacer(1, 2 * mm),
        p(_lab(t, 'restricted', restricted_text), "small"),
    ]
    for section, rows in document["sections"].items():
        if not rows:
            continue
        heading = Paragraph(f"{t[section]} ({len(rows)})", _style("h2"))
        lines = [_describe(section, r, t, language, names)
                 for r in _newest_first(section, rows)]
        table = _section_table(lines, t)
        if table.wrap(CONTENT_W, 10_000)[1] < LONG:
            story.append(keep(heading, table))  # a short section is never split
        else:  # a long one starts where there is room for a few rows, and runs on
            story += [CondPageBreak(ROOM), heading, table]
    return build(story, language=language, title=t["title"], footer_left=t["footer"])


def _style(name: str) -> Any:
    from fieldapp.reports.layout import styles

    return styles()[name]
