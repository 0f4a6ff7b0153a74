"""Import the housing company's tenant register: sites, buildings, dwellings, households and
people (issue 16 item 5).

    parsed = read_register(path, mapping)                  # no vault needed; RegisterError
    parsed = parse_table(read_table(path), mapping)        # the same in two steps
    report = preview_import(session, parsed)               # what would change; writes nothing
    report = import_register(session, parsed, actor_id=me) # writes, in the caller's session
    report.summary()  # "households: 3 added, 0 updated, ...; people: ...; refused lines: 2"

Re-imports are idempotent, keyed on the household reference ("Réf. ménage"): a household
already in the vault is updated (dwelling, move-in, language, people), a filled move-out
date moves it out, a person no longer listed leaves the household; importing the same file
twice changes nothing the second time. People are matched within their household by
national register number, else by name and date of birth.

Refused lines never stop the good ones; everything the good lines say is written in the
caller's session, so one commit takes all of it or (on any error) none. A household with a
refused line loses no member because of it. Nothing personal is logged: counts only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.records import common as rec
from fieldapp.records.base import Synced, new_id
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.registry.register_lines import (
    DUPLICATE_IN_FILE,
    DUPLICATE_IN_VAULT,
    UNKNOWN_SITE,
    PersonLine,
    Refused,
    RefusedLine,
    digits_of,
    parse_line,
)
from fieldapp.registry.register_mapping import BY_CODE, Mapping, default_mapping, resolve
from fieldapp.registry.register_read import Table, read_table

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

DUPLICATE_PERSON = _t("register", "This person is already listed on line {other} of the "
                      "same household.")


@dataclass
class ParsedRegister:
    """A file read and checked line by line (no vault involved)."""

    lines: list[PersonLine]
    refused: list[RefusedLine]
    present: frozenset[str]  # the fields the file has a column for
    rows: int
    partial: frozenset[str] = frozenset()  # household references with a refused line
    encoding: str = ""
    separator: str = ""


@dataclass
class ImportReport:
    households_added: int = 0
    households_updated: int = 0
    households_unchanged: int = 0
    households_moved_out: int = 0
    people_added: int = 0
    people_updated: int = 0
    people_unchanged: int = 0
    people_removed: int = 0
    sites_added: int = 0
    buildings_added: int = 0
    dwellings_added: int = 0
    rows: int = 0
    refused: list[RefusedLine] = field(default_factory=list)
    written: bool = False

    def summary(self) -> str:
        """The one summary line of the headless command (English, counts only)."""
        return (f"households: {self.households_added} added, {self.households_updated} "
                f"updated, {self.households_unchanged} unchanged, {self.households_moved_out} "
                f"moved out; people: {self.people_added} added, {self.people_updated} "
                f"updated, {self.people_unchanged} unchanged, {self.people_removed} removed; "
                f"refused lines: {len(self.refused)}")

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if isinstance(getattr(self, f.name), int) and f.name != "written"}


def read_register(path: Path | str, mapping: Mapping | None = None) -> ParsedRegister:
    """Read and check every line of `path`; RegisterError when the file is unusable."""
    return parse_table(read_table(path), mapping)


def parse_table(table: Table, mapping: Mapping | None = None) -> ParsedRegister:
    """Check every line of a table already read (the dialog reads once, maps many times)."""
    columns = resolve(mapping or default_mapping(), table.headers)
    lines: list[PersonLine] = []
    refused: list[RefusedLine] = []
    partial: set[str] = set()
    ref_column = columns["household_ref"]
    for row in table.rows:
        try:
            lines.append(parse_line(row, columns))
        except Refused as exc:
            refused.append(exc.refusal)
            if ref_column < len(row.values) and not row.bad_encoding:
                partial.add(row.values[ref_column].strip())
    return ParsedRegister(lines, refused, frozenset(columns), len(table.rows),
                          frozenset(partial), table.encoding, table.separator)


def preview_import(session: Session, parsed: ParsedRegister, *,
                   create_sites: bool = True) -> ImportReport:
    """What `import_register` would do, with every refused line; writes nothing."""
    return _Reconcile(session, parsed, create_sites=create_sites, actor_id="",
                      write=False).run(None)


def import_register(session: Session, parsed: ParsedRegister, *, actor_id: str,
                    create_sites: bool = True, progress: Progress | None = None
                    ) -> ImportReport:
    """Write what the good lines say into `session` (the caller commits, once)."""
    report = _Reconcile(session, parsed, create_sites=create_sites, actor_id=actor_id,
                        write=True).run(progress)
    log.info("register import: %s", report.summary())  # counts only
    return report


# -- the reconciliation -------------------------------------------------------------------

_HOUSEHOLD_FIELDS = ("dwelling_id", "site_id", "name", "moved_in_on", "moved_out_on",
                     "language")
_PERSON_FIELDS = ("first_name", "last_name", "relation", "birth_date", "phone", "email",
                  "national_register_number")
_OPTIONAL = {"phone": "phone", "email": "email", "national_register_number": "national_number",
             "birth_date": "birth_date", "relation": "relation"}


def _person_key(last: str, first: str, birth: date | None) -> tuple[str, str, str]:
    return (rec.fold(last), rec.fold(first), birth.isoformat() if birth else "")


def _no_birth(key: tuple[str, str, str]) -> tuple[str, str, str]:
    return (key[0], key[1], "")


class _Reconcile:
    def __init__(self, session: Session, parsed: ParsedRegister, *, create_sites: bool,
                 actor_id: str, write: bool) -> None:
        self.s = session
        self.parsed = parsed
        self.create_sites = create_sites
        self.actor = actor_id
        self.write = write
        self.report = ImportReport(rows=parsed.rows, refused=list(parsed.refused),
                                   written=write)
        self.collection = rec.registry_collection(session)
        self.at = rec.now(session)
        self._load()

    # -- what the vault holds -------------------------------------------------------------
    def _load(self) -> None:
        s = self.s
        # deleted sites too: their code is taken (lines of such a site are refused)
        self.sites = {x.code: x for x in s.scalars(select(Site))}
        self.buildings = {(b.site_id, rec.fold(b.name)): b for b in
                          s.scalars(select(Building).where(Building.deleted.is_(False)))}
        self.dwellings = {(d.building_id, rec.fold(d.label)): d for d in
                          s.scalars(select(Dwelling).where(Dwelling.deleted.is_(False)))}
        self.households = {h.reference: h for h in s.scalars(
            select(Household).where(Household.deleted.is_(False),
                                    Household.reference.is_not(None)))}
        self.people: dict[str, list[Person]] = {}
        # national number -> the households it is in today (a moved-out one does not count:
        # a person who left it may be listed in a new household)
        gone = set(s.scalars(select(Household.id).where(Household.moved_out_on.is_not(None))))
        self.niss_owners: dict[str, set[str]] = {}
        for p in s.scalars(select(Person).where(Person.deleted.is_(False))):
            self.people.setdefault(p.household_id, []).append(p)
            if p.national_register_number and p.household_id not in gone:
                self.niss_owners.setdefault(digits_of(p.national_register_number),
                                            set()).add(p.household_id)

    # -- records --------------------------------------------------------------------------
    def _new(self, obj: Synced) -> None:
        obj.id = obj.id or new_id()
        obj.collection_id = self.collection
        obj.rev, obj.base_rev, obj.dirty, obj.deleted = new_id(), None, True, False
        obj.created_by = obj.updated_by = self.actor
        obj.created_at = obj.updated_at = self.at
        if self.write:
            self.s.add(obj)

    def _touch(self, obj: Synced) -> None:
        obj.rev, obj.dirty = new_id(), True
        obj.updated_by, obj.updated_at = self.actor, self.at

    def _set(self, obj: Any, values: dict[str, Any]) -> bool:
        """Give `obj` the values that differ; True when one did (only written if write)."""
        changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if changed and self.write:
            for k, v in changed.items():
                setattr(obj, k, v)
            self._touch(obj)
        return bool(changed)

    # -- places ---------------------------------------------------------------------------
    def _site(self, line: PersonLine) -> Site | None:
        site = self.sites.get(line.site_code)
        if site is None and self.create_sites:
            site = Site(id=new_id(), code=line.site_code, name=line.site_name or line.site_code,
                        municipality=line.municipality)
            self._new(site)
            self.sites[line.site_code] = site
            self.report.sites_added += 1
        return site

    def _dwelling(self, site: Site, line: PersonLine) -> Dwelling:
        key = (site.id, rec.fold(line.building))
        building = self.buildings.get(key)
        address = {"street": line.street, "number": line.number, "postcode": line.postcode,
                   "municipality": line.municipality}
        if building is None:
            building = Building(id=new_id(), site_id=site.id, name=line.building, **address)
            self._new(building)
            self.buildings[key] = building
            self.report.buildings_added += 1
        else:
            self._set(building, {k: v for k, v in address.items() if v})
        dkey = (building.id, rec.fold(line.dwelling))
        dwelling = self.dwellings.get(dkey)
        if dwelling is None:
            dwelling = Dwelling(id=new_id(), building_id=building.id, label=line.dwelling,
                                floor=line.floor, bedrooms=line.bedrooms)
            self._new(dwelling)
            self.dwellings[dkey] = dwelling
            self.report.dwellings_added += 1
        else:
            self._set(dwelling, {k: v for k, v in (("floor", line.floor),
                                                   ("bedrooms", line.bedrooms))
                                 if v is not None})
        return dwelling

    # -- lines ------------------------------------------------------------------------------
    def _refuse(self, line: PersonLine, code: str, reason: str, **params: Any) -> None:
        self.report.refused.append(RefusedLine(line.line, BY_CODE[code].label, reason, params))

    def _groups(self) -> dict[str, list[PersonLine]]:
        """Lines by household reference, after the checks across lines and the vault."""
        groups: dict[str, list[PersonLine]] = {}
        seen_niss: dict[str, int] = {}
        for line in self.parsed.lines:
            site = self.sites.get(line.site_code)
            if (site.deleted if site is not None else not self.create_sites):
                self._refuse(line, "site_code", UNKNOWN_SITE)
                continue
            niss = digits_of(line.national_number)
            if niss:
                if niss in seen_niss:
                    self._refuse(line, "national_number", DUPLICATE_IN_FILE,
                                 other=seen_niss[niss])
                    continue
                own = self.households.get(line.household_ref)
                if self.niss_owners.get(niss, set()) - {own.id if own else ""}:
                    self._refuse(line, "national_number", DUPLICATE_IN_VAULT)
                    continue
                seen_niss[niss] = line.line
            groups.setdefault(line.household_ref, []).append(line)
        return groups

    def run(self, progress: Progress | None) -> ImportReport:
        groups = self._groups()
        refused_refs = {ln.household_ref for ln in self.parsed.lines} - set(groups)
        refused_lines = {r.line for r in self.report.refused}
        partial = {ln.household_ref for ln in self.parsed.lines if ln.line in refused_lines}
        partial |= refused_refs | self.parsed.partial
        total = len(groups)
        for done, (ref, lines) in enumerate(groups.items(), start=1):
            self._household(ref, lines, keep_members=ref in partial)
            if progress is not None and (done % 250 == 0 or done == total):
                progress(done, total)
        if self.write:
            self.s.flush()
        self.report.refused.sort(key=lambda r: r.line)
        return self.report

    def _household(self, ref: str, lines: list[PersonLine], *, keep_members: bool) -> None:
        first = lines[0]
        site = self._site(first)
        assert site is not None  # unknown sites were refused in _groups
        dwelling = self._dwelling(site, first)
        head = next((ln for ln in lines if ln.relation == "head"), first)
        values = {"dwelling_id": dwelling.id, "site_id": site.id,
                  "name": head.last_name or head.first_name,
                  "moved_in_on": first.moved_in_on, "moved_out_on": first.moved_out_on,
                  "language": first.language}
        household = self.households.get(ref)
        r = self.report
        if household is None:
            household = Household(id=new_id(), reference=ref, search_key="", **values)
            self._new(household)
            self.households[ref] = household
            if first.moved_out_on:  # each household counts once: new, yet already gone
                r.households_moved_out += 1
            else:
                r.households_added += 1
            self._people(household, lines, existing=[], keep=True)
            self._search_key(household, lines)
            return
        moving_out = first.moved_out_on is not None and household.moved_out_on is None
        changed = self._set(household, values)
        existing = self.people.get(household.id, [])
        changed_people = self._people(household, lines, existing=existing, keep=keep_members)
        if changed_people:
            self._search_key(household, lines)
        if moving_out:
            r.households_moved_out += 1
        elif changed or changed_people:
            r.households_updated += 1
        else:
            r.households_unchanged += 1

    def _search_key(self, household: Household, lines: list[PersonLine]) -> None:
        names = " ".join(f"{ln.first_name} {ln.last_name}" for ln in lines)
        key = rec.fold(f"{household.name} {names}")
        if self.write and household.search_key != key:
            household.search_key = key

    def _people(self, household: Household, lines: list[PersonLine], *,
                existing: list[Person], keep: bool) -> bool:
        r, present = self.report, self.parsed.present
        by_niss = {digits_of(p.national_register_number): p for p in existing
                   if p.national_register_number}
        births = "birth_date" in present  # a file without births matches on names alone
        by_name = {(k if births else _no_birth(k)): p for p in existing
                   if (k := _person_key(p.last_name, p.first_name, p.birth_date))}
        matched: set[str] = set()
        seen: dict[tuple[str, str, str], int] = {}
        changed = False
        for ln in lines:
            key = _person_key(ln.last_name, ln.first_name, ln.birth_date)
            if key in seen:
                self._refuse(ln, "last_name", DUPLICATE_PERSON, other=seen[key])
                keep = True
                continue
            seen[key] = ln.line
            person = by_niss.get(digits_of(ln.national_number)) or by_name.get(key)
            if person is not None and person.id in matched:
                person = None
            values: dict[str, Any] = {
                "first_name": ln.first_name, "last_name": ln.last_name,
                "relation": ln.relation, "birth_date": ln.birth_date, "phone": ln.phone,
                "email": ln.email, "national_register_number": ln.national_number}
            if person is None:
                self._new(Person(id=new_id(), household_id=household.id, health_notes=None,
                                 **values))
                r.people_added += 1
                changed = True
                continue
            matched.add(person.id)
            for attr, code in _OPTIONAL.items():
                if code not in present:  # no column in this file: keep what the vault has
                    values.pop(attr)
            if self._set(person, values):
                r.people_updated += 1
                changed = True
            else:
                r.people_unchanged += 1
        if not keep:
            for person in existing:
                if person.id not in matched:
                    if self.write:
                        person.deleted = True
                        self._touch(person)
                    r.people_removed += 1
                    changed = True
        return changed
