"""Fictitious evaluation-table entries for a supervisor's demo vault (issue 19): targets and
self-evaluations on a few objectives, and the state of play of the first sites."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.local.profile import get_profile
from fieldapp.registry.models import Site
from fieldapp.supervision import evaluation as ev

TARGETS = {"2.3": 400, "2.1": 60, "2.2": 12, "3.1": 40, "4.2": 80, "T": 2}
TEXTS = {
    ("axis", "2"): "De permanenties lopen goed; huisbezoeken blijven achter door de "
                   "renovatie van blok A.",
    ("objective", "2.3"): "Wachttijd voor een eerste gesprek gedaald van drie naar twee weken.",
    ("objective", "T"): "Eerste lokale diagnose samen met het PSC; nog geen gedeeld instrument.",
}
STATES = [("PSC Anneessens", True, "Buurthuis De Sleutel, Huiswerkklas", 1.5, 1.0, 2.0),
          ("PSC Peterbos", True, "Jeugdhuis, Repair Café", 2.0, 1.0, 3.0),
          ("", False, "Seniorenclub", 0.5, 0.5, 0.0)]


def seed_evaluation_demo(session: Session, *, today: date) -> None:
    actor = get_profile(session).id
    for code, target in TARGETS.items():
        ev.save_entry(session, year=today.year, scope="objective", code=code, target=target,
                      self_evaluation=TEXTS.get(("objective", code), ""), actor_id=actor,
                      today=today)
    ev.save_entry(session, year=today.year, scope="axis", code="2", actor_id=actor,
                  today=today, self_evaluation=TEXTS[("axis", "2")])
    sites = session.scalars(select(Site).where(Site.deleted.is_(False)).order_by(Site.name))
    for site, (psc, arhuu, associations, company, dmbsh, psc_fte) in zip(sites, STATES,
                                                                          strict=False):
        ev.save_state_of_play(session, site_id=site.id, year=today.year, actor_id=actor,
                              today=today, psc=psc, arhuu=arhuu, associations=associations,
                              fte_company=company, fte_dmbsh=dmbsh, fte_psc=psc_fte)
