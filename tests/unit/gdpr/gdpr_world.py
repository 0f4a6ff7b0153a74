"""A household with something in every area, marked so tests can find (or miss) it.

`MARKERS` are strings that appear only in records about the Lefèvre household; `THIRD`
names someone of another household, mentioned in the Lefèvre notes. Tests assert on their
presence or absence and never print them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from fieldapp.attachments import files as attachments
from fieldapp.audit.access_log import record_access
from fieldapp.casework import cases as casework
from fieldapp.casework.followups import add_followup
from fieldapp.casework.referrals import add_referral
from fieldapp.casework.visits import plan_visit
from fieldapp.local.profile import get_profile
from fieldapp.neighbourhood.models import Intervention, NeighbourhoodRequest
from fieldapp.records import common as rec
from fieldapp.registry.models import Household
from fieldapp.renovation.models import Inventory, ProjectDwelling, RenovationProject
from fieldapp.vault import Vault
from tests.factories import TODAY, World, make_world

THIRD = ("Emre", "Yılmaz")  # the other household of make_world


@dataclass
class Marked:
    world: World
    markers: dict[str, str] = field(default_factory=dict)  # what -> marker string
    restricted_marker: str = "Zqvertrouwelijkxq"
    note_ids: list[str] = field(default_factory=list)
    photo_id: str = ""


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


def marked_household(vault: Vault, *, reference: str = "REF-0042") -> Marked:
    world = make_world(vault)
    m = Marked(world)
    m.markers = {"note": "Zqhuurachterstandxq", "followup": "Zqopvolgingxq",
                 "referral": "Zqdoorverwijsxq", "visit": "Zqhuisbezoekxq",
                 "request": "Zqlekkagexq", "intervention": "Zqtussenkomstxq",
                 "caption": "Zqfotoxq", "inventory": "Zqinventarisxq",
                 "consultation": "Zqgeestelijkxq"}
    with vault.session() as s:
        actor = get_profile(s).id
        hh = s.get(Household, world.household_id)
        hh.reference = reference
        m.note_ids.append(casework.add_note(
            s, case_id=world.case_id, kind="phone_call", occurred_on=date(2026, 11, 2),
            text=f"{m.markers['note']}: afbetaling besproken met Amélie en Noah; buurman "
                 f"{THIRD[0]} {THIRD[1]} klaagt over lawaai.", actor_id=actor).id)
        m.note_ids.append(casework.add_note(
            s, case_id=world.case_id, kind="office_interview", occurred_on=date(2026, 11, 3),
            text=f"{m.restricted_marker} gezondheid", confidentiality="restricted",
            actor_id=actor).id)
        add_followup(s, case_id=world.case_id, due_on=date(2026, 12, 1),
                     text=f"{m.markers['followup']} bellen", actor_id=actor, today=TODAY)
        add_referral(s, case_id=world.case_id, destination="ocmw_cpas",
                     reason=f"{m.markers['referral']} leefloon", referred_on=TODAY,
                     actor_id=actor)
        from fieldapp.mentalhealth import consultations  # issue 19: under a pseudonym

        consultations.consult(s, case_id=world.case_id, concerns=["distress"],
                              question=f"{m.markers['consultation']} slaapt niet meer",
                              actor_id=actor, today=TODAY)
        plan_visit(s, case_id=world.case_id, planned_on=date(2026, 11, 25),
                   purpose=f"{m.markers['visit']} keuken", actor_id=actor, today=TODAY)
        when = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
        request = rec.create(s, NeighbourhoodRequest(
            source="phone", category="other", site_id=world.site_id,
            dwelling_id=world.dwelling_id, urgency="normal",
            description=f"{m.markers['request']} badkamer", received_at=when),
            actor_id=actor, collection_id=rec.neighbourhood_collection(s))
        intervention = rec.create(s, Intervention(
            request_id=request.id, site_id=world.site_id, occurred_at=when,
            actions=f"{m.markers['intervention']} kraan", outcome="resolved"),
            actor_id=actor, collection_id=rec.neighbourhood_collection(s))
        photo = attachments.store_image(
            s, image=_jpeg(), owner_type="intervention", owner_id=intervention.id,
            kind="photo", collection_id=rec.neighbourhood_collection(s), actor_id=actor,
            caption=f"{m.markers['caption']} lek")
        m.photo_id = photo.id
        project = rec.create(s, RenovationProject(name="Renovatie Blok A"), actor_id=actor,
                             collection_id="renovation:blok-a")
        dwelling = rec.create(s, ProjectDwelling(project_id=project.id,
                                                 dwelling_id=world.dwelling_id,
                                                 household_id=world.household_id),
                              actor_id=actor, collection_id="renovation:blok-a")
        rec.create(s, Inventory(project_dwelling_id=dwelling.id, held_on=date(2026, 10, 1),
                                general_remarks=f"{m.markers['inventory']} vocht"),
                   actor_id=actor, collection_id="renovation:blok-a")
        record_access(s, actor_id=actor, action="open", object_type="case_file",
                      object_id=world.case_id)
    return m
