"""The ARHUU election's public documents (issue 18, item 6) in Dutch, French or English:
the **notice** (the day of the vote, the seats, the candidates as listed, how to vote) and
the **results** (votes per candidate, who is elected, seats and turnout, the council's
mandate). Neither names a voter: the roll never leaves the laptop in a document."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from fieldapp.collective import elections as el
from fieldapp.errors import ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP
from fieldapp.reports.dates import long_day, short_day
from fieldapp.reports.layout import CONTENT_W, build, grid_style, header_cell, info_table, p, styles

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "service": "Sociale dienst — collectief maatschappelijk werk",
        "notice_title": "Verkiezing van de Adviesraad van Huurders (ARHUU)",
        "results_title": "Uitslag van de verkiezing van de Adviesraad van Huurders (ARHUU)",
        "vote_on": "Dag van de stemming", "seats": "Te verkiezen zetels",
        "candidates": "De kandidaten", "no_candidates": "Nog geen kandidaten.",
        "how": "Hoe stemmen?",
        "how_1": "Elk huishouden dat huurt bij de maatschappij staat op de kiezerslijst en "
                 "stemt één keer.",
        "how_2": "Breng uw identiteitskaart mee. U kunt stemmen voor ten hoogste {seats} "
                 "kandidaat(en).",
        "how_3": "De plaats en de uren van het stembureau hangen uit in de inkom van uw "
                 "gebouw. Vragen? De collectieve maatschappelijk assistent helpt u graag.",
        "place": "Stembureau", "hours": "Open",
        "help": "Vragen? De collectieve maatschappelijk assistent helpt u graag.",
        "candidate": "Kandidaat", "votes": "Stemmen", "elected": "Verkozen", "yes": "ja",
        "no": "—", "roll": "Huishoudens op de kiezerslijst", "voters": "Gestemd",
        "turnout": "Opkomst", "state": "Stand", "held": "geteld, nog niet gevalideerd",
        "validated": "gevalideerd op {day}",
        "mandate": "De verkozen kandidaten vormen de raad, met een mandaat van {start} tot "
                   "{end}.",
        "privacy": "Dit document noemt geen kiezer: de kiezerslijst wordt na de validatie "
                   "gewist.",
        "file_notice": "bericht-verkiezing-arhuu", "file_results": "uitslag-verkiezing-arhuu",
    },
    "fr": {
        "service": "Service social — travail social collectif",
        "notice_title": "Élection du Conseil consultatif des locataires (CoCoLo)",
        "results_title": "Résultats de l'élection du Conseil consultatif des locataires "
                         "(CoCoLo)",
        "vote_on": "Jour du vote", "seats": "Sièges à pourvoir",
        "candidates": "Les candidats", "no_candidates": "Pas encore de candidats.",
        "how": "Comment voter ?",
        "how_1": "Chaque ménage locataire de la société figure sur la liste électorale et "
                 "vote une fois.",
        "how_2": "Apportez votre carte d'identité. Vous pouvez voter pour {seats} "
                 "candidat(s) au plus.",
        "how_3": "Le lieu et les heures du bureau de vote sont affichés dans le hall de votre "
                 "immeuble. Des questions ? L'assistant(e) social(e) collectif(ve) vous aide "
                 "volontiers.",
        "place": "Bureau de vote", "hours": "Ouvert",
        "help": "Des questions ? L'assistant(e) social(e) collectif(ve) vous aide "
                "volontiers.",
        "candidate": "Candidat", "votes": "Voix", "elected": "Élu", "yes": "oui",
        "no": "—", "roll": "Ménages sur la liste électorale", "voters": "Ont voté",
        "turnout": "Participation", "state": "État", "held": "dépouillé, pas encore validé",
        "validated": "validé le {day}",
        "mandate": "Les candidats élus forment le conseil, avec un mandat du {start} au "
                   "{end}.",
        "privacy": "Ce document ne nomme aucun électeur : la liste électorale est effacée "
                   "après la validation.",
        "file_notice": "avis-election-cocolo", "file_results": "resultats-election-cocolo",
    },
    "en": {
        "service": "Social service — collective social work",
        "notice_title": "Election of the Tenants' Advisory Council (ARHUU)",
        "results_title": "Results of the election of the Tenants' Advisory Council (ARHUU)",
        "vote_on": "Day of the vote", "seats": "Seats to fill",
        "candidates": "The candidates", "no_candidates": "No candidates yet.",
        "how": "How to vote",
        "how_1": "Every household renting from the company is on the electoral roll and "
                 "votes once.",
        "how_2": "Bring your identity card. You may vote for at most {seats} candidate(s).",
        "how_3": "The place and hours of the polling station are posted in your building's "
                 "hall. Questions? The collective social assistant will gladly help.",
        "place": "Polling station", "hours": "Open",
        "help": "Questions? The collective social assistant will gladly help.",
        "candidate": "Candidate", "votes": "Votes", "elected": "Elected", "yes": "yes",
        "no": "—", "roll": "Households on the electoral roll", "voters": "Voted",
        "turnout": "Turnout", "state": "State", "held": "counted, not yet validated",
        "validated": "validated on {day}",
        "mandate": "The elected candidates form the council, with a mandate from {start} "
                   "to {end}.",
        "privacy": "This document names no voter: the electoral roll is erased after "
                   "validation.",
        "file_notice": "notice-arhuu-election", "file_results": "results-arhuu-election",
    },
}

NOT_COUNTED = QT_TRANSLATE_NOOP("errors", "Count the votes before printing the results.")


def _lang(language: str) -> str:
    return language if language in TEXTS else "nl"


def file_name(language: str, kind: str, vote_on: date) -> str:
    """"uitslag-verkiezing-arhuu-2027-01-30.pdf": what and when, never a name."""
    return f"{TEXTS[_lang(language)]['file_' + kind]}-{vote_on}.pdf"


def _election(session: Session, election_id: str) -> el.ElectionRow:
    for row in el.list_elections(session):
        if row.id == election_id:
            return row
    raise ValidationError(el.ELECTION_NOT_FOUND)


def _title(value: str) -> Paragraph:
    return Paragraph(value.replace("&", "&amp;"), styles()["title"])


def notice_pdf(session: Session, *, election_id: str, language: str) -> bytes:
    t = TEXTS[_lang(language)]
    election = _election(session, election_id)
    candidates = sorted(el.candidates_of(session, election_id), key=lambda c: c.name.lower())
    story: list[Flowable] = [
        p(t["service"], "service"), _title(t["notice_title"]),
        info_table([(t["vote_on"], long_day(_lang(language), election.vote_on)),
                    (t["seats"], str(election.seats))]),
        p(t["candidates"], "h2"),
    ]
    if candidates:
        rows = [[p(f"{n}.", "cell"), p(c.name, "cell_bold")]
                for n, c in enumerate(candidates, start=1)]
        table = Table(rows, colWidths=[12 * mm, CONTENT_W - 12 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    else:
        story.append(p(t["no_candidates"], "body"))
    story += [p(t["how"], "h2"), p(t["how_1"], "body"),
              p(t["how_2"].format(seats=election.seats), "body")]
    if election.polling_place:
        story += [Spacer(1, 2 * mm), info_table(
            [(t["place"], election.polling_place),
             (t["hours"], election.polling_hours or "—")]), Spacer(1, 2 * mm),
                  p(t["help"], "body")]
    else:  # not known yet: posted in the hall
        story.append(p(t["how_3"], "body"))
    return build(story, language=_lang(language), title=t["notice_title"],
                 footer_left=f"ARHUU — {short_day(election.vote_on)}")


def results_pdf(session: Session, *, election_id: str, language: str) -> bytes:
    lang = _lang(language)
    t = TEXTS[lang]
    election = _election(session, election_id)
    if election.status not in ("held", "validated"):
        raise ValidationError(NOT_COUNTED)
    candidates = sorted(el.candidates_of(session, election_id),
                        key=lambda c: (-c.votes, c.name.lower()))
    rows: list[list[object]] = [[header_cell(h) for h in (t["candidate"], t["votes"],
                                                          t["elected"])]]
    for c in candidates:
        rows.append([p(c.name, "cell_bold" if c.elected else "cell"), p(str(c.votes)),
                     p(t["yes"] if c.elected else t["no"])])
    table = Table(rows, colWidths=[CONTENT_W - 60 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    turnout = round(100 * election.voters / election.roll_size) if election.roll_size else 0
    state = (t["validated"].format(day=short_day(election.validated_on))
             if election.status == "validated" else t["held"])
    start = election.validated_on or election.vote_on
    story: list[Flowable] = [
        p(t["service"], "service"), _title(t["results_title"]),
        info_table([(t["vote_on"], long_day(lang, election.vote_on)),
                    (t["seats"], str(election.seats)),
                    (t["state"], state),
                    (t["roll"], str(election.roll_size)),
                    (t["voters"], str(election.voters)),
                    (t["turnout"], f"{turnout} %")]),
        Spacer(1, 4 * mm), table, Spacer(1, 3 * mm),
        p(t["mandate"].format(start=short_day(start),
                              end=short_day(election.mandate_until)), "body"),
        Spacer(1, 5 * mm), p(t["privacy"], "small"),
    ]
    return build(story, language=lang, title=t["results_title"],
                 footer_left=f"ARHUU — {short_day(election.vote_on)}")
