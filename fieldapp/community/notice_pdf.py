"""The notice to the co-signatories of a change of referent or coordinator (the PSC
agreement asks that they be told as soon as possible), as a one-page PDF letter in the
project's language. Texts: Qt messages of context "PscNotice"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer

from fieldapp.community.labels import CONTACT_ROLES, COSIGNATORY_KINDS
from fieldapp.community.views import ContactChange, ProjectView
from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.reports.layout import build, info_table, p, styles

Translate = Callable[[str, str], str]
C = "PscNotice"
TEXTS = {
    "title": _t("PscNotice", "Change of contact person"),
    "to": _t("PscNotice", "To the co-signatories of the social cohesion project"),
    "body": _t(
        "PscNotice",
        "As the agreement asks, we inform you that from {day} the role of "
        "{role} in the project {project} is held by {new}, who takes over "
        "from {old}.",
    ),
    "body_first": _t(
        "PscNotice",
        "As the agreement asks, we inform you that from {day} the role of "
        "{role} in the project {project} is held by {new}.",
    ),
    "role": _t("PscNotice", "Role"),
    "from": _t("PscNotice", "From"),
    "new": _t("PscNotice", "New"),
    "previous": _t("PscNotice", "Previous"),
    "greeting": _t("PscNotice", "Kind regards,"),
    "file": _t("PscNotice", "psc-contact-change-{day}.pdf"),
}


def untranslated(_context: str, text: str) -> str:
    return text


def file_name(change: ContactChange, translate: Translate = untranslated) -> str:
    return translate(C, TEXTS["file"]).format(day=change.on.isoformat())


def notice_pdf(
    project: ProjectView,
    change: ContactChange,
    *,
    language: str,
    printed_on: date,
    translate: Translate = untranslated,
) -> bytes:
    def t(key: str) -> str:
        return translate(C, TEXTS[key])

    role = translate("community", CONTACT_ROLES.get(change.role, change.role))
    when = change.on.strftime("%d/%m/%Y")
    body = (t("body") if change.old else t("body_first")).format(
        day=when, role=role, project=project.name, new=change.new, old=change.old
    )
    signer = project.coordinator if change.role == "referent" else change.new
    addressees = [
        f"{c.name} ({translate('community', COSIGNATORY_KINDS.get(c.kind, c.kind))})"
        for c in project.cosignatories
    ]
    story: list[Flowable] = [
        p(printed_on.strftime("%d/%m/%Y"), "right"),
        Paragraph(t("title"), styles()["title"]),
        p(project.name, "h2"),
        p(t("to"), "cell_bold"),
        *(p(a, "body") for a in addressees),
        Spacer(1, 10),
        info_table(
            [
                (t("role"), role),
                (t("from"), when),
                (t("new"), change.new),
                (t("previous"), change.old),
            ]
        ),
        Spacer(1, 10),
        p(body, "body"),
        Spacer(1, 16),
        p(t("greeting"), "body"),
        p(signer, "body"),
    ]
    return build(story, language=language, title=t("title"), footer_left=f"{project.name} · {when}")
