"""The yearly report with self-evaluation as a PDF, in the PSC's language (NL or FR) or
one chosen at export. Texts are Qt messages (context "YearlyReport", labels "community")
translated by the `translate` the caller passes (ui.document_export.document_translate).
Nobody is named: participants are counted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from fieldapp.collective.labels import ROOM_KINDS
from fieldapp.community.labels import (
    ACTION_STATUSES,
    ACTIVITY_KINDS,
    COMMON_OBJECTIVES,
    COSIGNATORY_KINDS,
    sector_objective_label,
)
from fieldapp.community.report import YearlyReport, attendance
from fieldapp.community.views import ProjectView
from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.reports.layout import (
    CONTENT_W,
    RULE,
    SHADE,
    build,
    grid_style,
    header_cell,
    keep,
    p,
    styles,
)

Translate = Callable[[str, str], str]
C = "YearlyReport"
FILE_NAME = _t("YearlyReport", "psc-yearly-report-{year}.pdf")
TEXTS = {
    "service": _t("YearlyReport", "Social cohesion project — community work"),
    "title": _t("YearlyReport", "Yearly report with self-evaluation {year}"),
    "period": _t("YearlyReport", "Agreement"),
    "language": _t("YearlyReport", "Language"),
    "referent": _t("YearlyReport", "Housing company referent"),
    "coordinator": _t("YearlyReport", "Coordinator"),
    "cosignatories": _t("YearlyReport", "Co-signatories"),
    "perimeter": _t("YearlyReport", "Perimeter"),
    "premises": _t("YearlyReport", "Premises lent"),
    "loan_open": _t("YearlyReport", "since {start}"),
    "objectives": _t("YearlyReport", "Objectives"),
    "common": _t("YearlyReport", "Common to every PSC"),
    "local": _t("YearlyReport", "Local objectives"),
    "diagnosis": _t("YearlyReport", "Local diagnosis"),
    "diagnosis_on": _t("YearlyReport", "drawn up on {day}"),
    "plan": _t("YearlyReport", "Action plan {year}"),
    "action": _t("YearlyReport", "Action"),
    "psc_objective": _t("YearlyReport", "PSC objective"),
    "sector_objective": _t("YearlyReport", "Sector objective"),
    "status": _t("YearlyReport", "Status"),
    "activities": _t("YearlyReport", "Activities"),
    "participants": _t("YearlyReport", "Participants"),
    "sessions": _t("YearlyReport", "Sessions"),
    "log": _t("YearlyReport", "Activities of the year"),
    "kind": _t("YearlyReport", "Kind"),
    "number": _t("YearlyReport", "Number"),
    "workshops": _t("YearlyReport", "Workshop series"),
    "trainer": _t("YearlyReport", "Trainer"),
    "facilitators": _t("YearlyReport", "Facilitators"),
    "closing": _t("YearlyReport", "Closing individual session"),
    "feedback": _t("YearlyReport", "Feedback"),
    "questions": _t("YearlyReport", "New questions"),
    "follow_up": _t("YearlyReport", "Follow-up offered"),
    "committee": _t("YearlyReport", "Local follow-up committee"),
    "date": _t("YearlyReport", "Date"),
    "present": _t("YearlyReport", "Present (organisations)"),
    "decisions": _t("YearlyReport", "Decisions"),
    "no_meeting": _t("YearlyReport", "The committee did not meet this year."),
    "evaluation": _t("YearlyReport", "Self-evaluation"),
    "overall": _t("YearlyReport", "Overall"),
    "figures": _t(
        "YearlyReport",
        "Actions: {actions} (done: {done}) · activities: {activities} · participants: "
        "{participants}",
    ),
    "no_text": _t("YearlyReport", "No self-evaluation written."),
    "nothing": _t("YearlyReport", "Nothing planned for this year."),
    "no_activity": _t("YearlyReport", "No activity logged this year."),
    "privacy": _t("YearlyReport", "Participants are counted; nobody is named in this report."),
    "printed": _t("YearlyReport", "Printed on {day}"),
    "from_to": _t("YearlyReport", "{start} to {end}"),
    "nl": _t("YearlyReport", "Dutch"),
    "fr": _t("YearlyReport", "French"),
}


def untranslated(_context: str, text: str) -> str:
    return text


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def file_name(year: int, translate: Translate = untranslated) -> str:
    return translate(C, FILE_NAME).format(year=year)


def objective_label(project: ProjectView, code: str, translate: Translate) -> str:
    if code in COMMON_OBJECTIVES:
        return translate("community", COMMON_OBJECTIVES[code])
    if code.startswith("local:"):
        index = int(code.split(":", 1)[1]) - 1
        if 0 <= index < len(project.local_objectives):
            return project.local_objectives[index]
    return code


def _premises(report: YearlyReport, t: Callable[..., str], translate: Translate) -> str:
    """The rooms of the common-room register lent that year, then any words kept."""
    lines = []
    for loan in report.premises:
        kind = translate("labels", ROOM_KINDS[loan.room_kind]) if loan.room_kind in \
            ROOM_KINDS else ""
        when = (t("from_to", start=day(loan.lent_from), end=day(loan.lent_to))
                if loan.lent_to else t("loan_open", start=day(loan.lent_from)))
        what = f"{loan.room_name} ({kind})" if kind else loan.room_name
        lines.append(" — ".join(x for x in (what, loan.site_name, when) if x))
    if report.project.premises:
        lines.append(report.project.premises)
    return "\n".join(lines)


def report_pdf(
    report: YearlyReport, *, language: str, printed_on: date, translate: Translate = untranslated
) -> bytes:
    def t(key: str, **params: object) -> str:
        text = translate(C, TEXTS[key])
        return text.format(**params) if params else text

    def label(table: dict[str, str], code: str) -> str:
        return translate("community", table[code]) if code in table else code

    project, st = report.project, styles()
    title = t("title", year=report.year)
    period = (
        t("from_to", start=day(project.agreement_start), end=day(project.agreement_end))
        if project.agreement_start or project.agreement_end
        else ""
    )
    story: list[Flowable] = [
        p(t("service"), "service"),
        Paragraph(title, st["title"]),
        p(project.name, "h2"),
        _facts(
            [
                (t("period"), period),
                (t("language"), t(project.language)),
                (t("referent"), project.referent),
                (t("coordinator"), project.coordinator),
                (
                    t("cosignatories"),
                    "\n".join(
                        f"{c.name} ({label(COSIGNATORY_KINDS, c.kind)})"
                        for c in project.cosignatories
                    ),
                ),
                (
                    t("perimeter"),
                    "\n".join(
                        f"{s.name} ({s.reference})" if s.reference else s.name
                        for s in project.perimeter
                    ),
                ),
                (t("premises"), _premises(report, t, translate)),
            ]
        ),
        p(t("objectives"), "h2"),
        p(t("common"), "cell_bold"),
    ]
    story += [p(f"• {objective_label(project, c, translate)}", "body") for c in COMMON_OBJECTIVES]
    if project.local_objectives:
        story.append(p(t("local"), "cell_bold"))
        story += [p(f"• {o}", "body") for o in project.local_objectives]
    if project.diagnosis:
        heading = t("diagnosis")
        if project.diagnosis_on:
            heading += f" ({t('diagnosis_on', day=day(project.diagnosis_on))})"
        story += [p(heading, "h2"), p(project.diagnosis, "body")]
    story += _plan(report, t, label, translate)
    story += _activities(report, t, label)
    story += _committee(report, t)
    story += _evaluation(report, t, translate)
    story += [
        Spacer(1, 4 * mm),
        p(t("privacy"), "small"),
        p(t("printed", day=day(printed_on)), "small"),
    ]
    return build(
        story, language=language, title=title, footer_left=f"{project.name} · {report.year}"
    )


def _grid(rows: list[list[object]], widths: list[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = grid_style()
    if not header:  # label/value rows: no coloured first row
        style = [s for s in style if s[0] not in ("BACKGROUND", "TEXTCOLOR")]
    table.setStyle(TableStyle(style))
    return table


def _facts(rows: list[tuple[str, str]]) -> Table:
    """The project's facts, one label and value a row (long labels need the room)."""
    data: list[list[object]] = [[p(k, "small"), p(v, "cell_bold")] for k, v in rows if v]
    table = Table(data, colWidths=[45 * mm, CONTENT_W - 45 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _plan(
    report: YearlyReport, t: Callable[..., str], label: Callable[..., str], translate: Translate
) -> list[Flowable]:
    out: list[Flowable] = [p(t("plan", year=report.year), "h2")]
    if not report.actions:
        return [*out, p(t("nothing"), "body")]
    rows: list[list[object]] = [
        [
            header_cell(t(k))
            for k in (
                "action",
                "psc_objective",
                "sector_objective",
                "status",
                "activities",
                "participants",
            )
        ]
    ]
    for a in report.actions:
        done = report.activities_of(a.id)
        rows.append(
            [
                p(a.title, "cell_bold"),
                p(objective_label(report.project, a.psc_objective, translate)),
                p(sector_objective_label(a.sector_objective, translate)),
                p(label(ACTION_STATUSES, a.status)),
                p(str(len(done))),
                p(str(sum(attendance(x) for x in done))),
            ]
        )
    widths = [34 * mm, 38 * mm, 36 * mm, 17 * mm, 20 * mm]
    return [*out, _grid(rows, [*widths, CONTENT_W - sum(widths)])]


def _activities(
    report: YearlyReport, t: Callable[..., str], label: Callable[..., str]
) -> list[Flowable]:
    out: list[Flowable] = [p(t("log"), "h2")]
    if not report.activities:
        return [*out, p(t("no_activity"), "body")]
    rows: list[list[object]] = [
        [header_cell(t(k)) for k in ("kind", "number", "sessions", "participants")]
    ]
    rows += [
        [
            p(label(ACTIVITY_KINDS, k.kind)),
            p(str(k.activities)),
            p(str(k.sessions)),
            p(str(k.participants)),
        ]
        for k in report.by_kind
    ]
    out.append(_grid(rows, [70 * mm, 30 * mm, 30 * mm, CONTENT_W - 130 * mm]))
    series = [a for a in report.activities if a.kind == "workshop"]
    for n, a in enumerate(series):
        lines = [
            (
                t("sessions"),
                "\n".join(f"{day(s.on)} — {s.topic} ({s.participants})" for s in a.sessions),
            ),
            (t("trainer"), a.trainer),
            (t("facilitators"), ", ".join(a.facilitators)),
            (
                t("closing"),
                f"{day(a.closing_session_on)} ({a.closing_participants})"
                if a.closing_session_on
                else "",
            ),
            (t("feedback"), a.feedback),
            (t("questions"), a.new_questions),
            (t("follow_up"), a.follow_up),
        ]
        rows = [[p(k, "cell_bold"), p(v)] for k, v in lines if v]
        heading = [p(t("workshops"), "h2")] if n == 0 else []  # never alone at a page end
        out += [
            keep(*heading, p(a.title, "cell_bold"),
                 _grid(rows, [45 * mm, CONTENT_W - 45 * mm], header=False)
                 if rows else Spacer(1, 1)),
            Spacer(1, 3 * mm),
        ]
    return out


def _committee(report: YearlyReport, t: Callable[..., str]) -> list[Flowable]:
    out: list[Flowable] = [p(t("committee"), "h2")]
    if not report.meetings:
        return [*out, p(t("no_meeting"), "body")]
    rows: list[list[object]] = [[header_cell(t(k)) for k in ("date", "present", "decisions")]]
    for m in report.meetings:
        organisations = sorted({a.organisation for a in m.attendees if a.organisation})
        rows.append(
            [
                p(day(m.held_on)),
                p(", ".join(organisations) or str(len(m.attendees))),
                p(m.decisions),
            ]
        )
    return [*out, _grid(rows, [25 * mm, 65 * mm, CONTENT_W - 90 * mm])]


def _evaluation(
    report: YearlyReport, t: Callable[..., str], translate: Translate
) -> list[Flowable]:
    out: list[Flowable] = [p(t("evaluation"), "h2")]
    for f in report.by_objective:
        out += [
            p(objective_label(report.project, f.objective, translate), "cell_bold"),
            p(
                t(
                    "figures",
                    actions=f.actions,
                    done=f.actions_done,
                    activities=f.activities,
                    participants=f.participants,
                ),
                "small",
            ),
            p(report.evaluations.get(f.objective) or t("no_text"), "body"),
            Spacer(1, 2 * mm),
        ]
    overall = report.evaluations.get("overall")
    if overall:
        out += [p(t("overall"), "cell_bold"), p(overall, "body")]
    return out
