"""The tenant-register import on real files and a real vault (issue 16 item 5): good lines
land, each bad one is refused with its line number, field and reason, nothing is
half-imported, a second import changes nothing, moves out and updates are applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.casework import household_list
from fieldapp.registry import households as registry
from fieldapp.registry.models import Building, Dwelling, Household, Person, Site
from fieldapp.registry.register_import import (
    ImportReport,
    import_register,
    preview_import,
    read_register,
)
from fieldapp.registry.register_lines import (
    BAD_DATE,
    BAD_ENCODING,
    BAD_NATIONAL,
    DUPLICATE_IN_FILE,
    DUPLICATE_IN_VAULT,
    MISSING_DWELLING,
    UNKNOWN_SITE,
)
from fieldapp.registry.register_mapping import (
    RegisterError,
    default_mapping,
    load_mapping,
    save_mapping,
    saved_mappings,
)
from fieldapp.vault import Vault
from tests.factories import World
from tests.unit.services.register_files import (
    NL_HEADERS,
    line,
    niss,
    people,
    write_csv,
    write_xlsx,
)

SAMPLE = Path("/work/shared/domain/tenant-register-sample.csv")


def _import(vault: Vault, path: Path, *, create_sites: bool = True,
            mapping: dict[str, list[str]] | None = None) -> ImportReport:
    parsed = read_register(path, mapping)
    with vault.session() as s:
        return import_register(s, parsed, actor_id="tester", create_sites=create_sites)


def _counts(vault: Vault) -> dict[str, int]:
    with vault.session(read_only=True) as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Site, Building, Dwelling, Household, Person)}


def _bad_lines() -> list[list[str]]:
    rows = people()
    rows.append(line("M4", "Claes", "Inès", dwelling=""))  # line 7: missing dwelling
    rows.append(line("M5", "Diallo", "Ward", national=niss(1)))  # 8: same NISS as line 2
    rows.append(line("M6", "Benali", "Emre", birth="31/02/1972"))  # 9: no such date
    rows.append(line("M7", "Maes", "Sofie", moved_in="2019/23/02"))  # 10: bad date
    rows.append(line("M8", "Peeters", "An", national="12345678901"))  # 11: bad check digits
    return rows


def _reasons(report: ImportReport) -> list[tuple[int, str, str]]:
    return [(r.line, r.field, r.reason) for r in report.refused]


def test_windows_1252_file_with_bad_lines(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "register.csv", _bad_lines(), encoding="cp1252",
                     raw_lines={12: b"ANN-02;Anneessens;Bloc A;Rue;1;1000;Bruxelles;A9;0;1;"
                                    b"M9;FR;01/01/2020;;Caf\x81;X;Titulaire;;;;"})
    report = _import(vault, path)
    assert _reasons(report) == [
        (7, "Dwelling", MISSING_DWELLING),
        (8, "National register number", DUPLICATE_IN_FILE),
        (9, "Date of birth", BAD_DATE),
        (10, "Move-in date", BAD_DATE),
        (11, "National register number", BAD_NATIONAL),
        (12, "", BAD_ENCODING),
    ]
    assert report.refused[1].params == {"other": 2}
    assert (report.households_added, report.people_added) == (3, 5)
    assert (report.sites_added, report.buildings_added, report.dwellings_added) == (2, 2, 3)
    assert report.summary() == ("households: 3 added, 0 updated, 0 unchanged, 0 moved out; "
                                "people: 5 added, 0 updated, 0 unchanged, 0 removed; "
                                "refused lines: 6")
    with vault.session(read_only=True) as s:
        names = sorted((p.last_name, p.first_name) for p in s.scalars(select(Person)))
        assert ("Öztürk", "Ward") in names and ("Mukendi", "Noël") in names
        assert len(names) == 5
        m1 = s.scalar(select(Household).where(Household.reference == "M1"))
        assert m1 is not None and m1.name == "Ndiaye" and m1.language == "fr"
        assert m1.dirty and m1.collection_id == "registry:test-org"
        found = household_list.search_households(s, text="fatima")
        assert [h.id for h in found] == [m1.id]


def test_a_second_import_of_the_same_file_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "register.csv", _bad_lines())
    _import(vault, path)
    before = _counts(vault)
    with vault.session(read_only=True) as s:
        revs = set(s.scalars(select(Person.rev)))
    again = _import(vault, path)
    assert (again.households_added, again.households_updated, again.households_unchanged,
            again.people_added, again.people_updated, again.people_unchanged) == (0, 0, 3, 0,
                                                                                  0, 5)
    assert len(again.refused) == 5
    assert _counts(vault) == before
    with vault.session(read_only=True) as s:
        assert set(s.scalars(select(Person.rev))) == revs


def test_utf8_file_with_a_line_in_another_encoding(vault: Vault, tmp_path: Path) -> None:
    rows = people()
    path = write_csv(tmp_path / "r.csv", rows, encoding="utf-8", sep=",", bom=True,
                     raw_lines={4: ",".join(line("M2", "Öztürk", "Ward")).encode("cp1252")})
    parsed = read_register(path)
    assert (parsed.encoding, parsed.separator) == ("utf-8", ",")
    report = _import(vault, path)
    assert _reasons(report) == [(4, "", BAD_ENCODING)]
    assert report.households_added == 2
    with vault.session(read_only=True) as s:
        assert s.scalar(select(Person).where(Person.first_name == "Noël")) is not None


def test_tab_separated_dutch_headers(vault: Vault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.txt", people(), encoding="utf-8", sep="\t",
                     headers=NL_HEADERS)
    report = _import(vault, path)
    assert (report.households_added, report.people_added, report.refused) == (3, 5, [])


def test_xlsx_with_bad_lines(vault: Vault, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "register.xlsx", _bad_lines())
    report = _import(vault, path)
    assert [r[:2] for r in _reasons(report)] == [
        (7, "Dwelling"), (8, "National register number"), (9, "Date of birth"),
        (10, "Move-in date"), (11, "National register number")]
    assert (report.households_added, report.people_added) == (3, 5)
    with vault.session(read_only=True) as s:
        m1 = s.scalar(select(Household).where(Household.reference == "M1"))
        assert m1 is not None and str(m1.moved_in_on) == "2019-02-02"
        d = s.get(Dwelling, m1.dwelling_id)
        assert d is not None and (d.floor, d.bedrooms) == (0, 2)
    assert _import(vault, path).households_unchanged == 3


def test_the_sample_reads_with_the_built_in_mapping(vault: Vault) -> None:
    report = _import(vault, SAMPLE)
    assert report.refused == []
    assert (report.households_added, report.households_moved_out, report.people_added) == (
        28, 2, 62)
    assert _import(vault, SAMPLE).households_unchanged == 30


def test_unknown_site_when_sites_are_not_created(vault: Vault, world: World,
                                                 tmp_path: Path) -> None:
    rows = [line("M1", "Ndiaye", "Fatima", site="anneessens"),
            line("M2", "Claes", "Jan", site="NOPE-9")]
    report = _import(vault, write_csv(tmp_path / "r.csv", rows), create_sites=False)
    assert _reasons(report) == [(3, "Site code", UNKNOWN_SITE)]
    assert (report.households_added, report.sites_added) == (1, 0)
    with vault.session(read_only=True) as s:
        h = s.scalar(select(Household).where(Household.reference == "M1"))
        assert h is not None and h.site_id == world.site_id


def test_national_number_of_another_household_is_refused(vault: Vault, world: World,
                                                         tmp_path: Path) -> None:
    with vault.session() as s:
        registry.add_person(s, household_id=world.other_household_id, first_name="Ayşe",
                            last_name="Yılmaz", actor_id=world.actor_id,
                            national_register_number=niss(7))
    rows = [line("M1", "Ndiaye", "Fatima", national=niss(7)),
            line("M1", "Ndiaye", "Koen", relation="Enfant")]
    report = _import(vault, write_csv(tmp_path / "r.csv", rows))
    assert _reasons(report) == [(2, "National register number", DUPLICATE_IN_VAULT)]
    assert report.people_added == 1


def test_moves_out_updates_and_leavers(vault: Vault, tmp_path: Path) -> None:
    _import(vault, write_csv(tmp_path / "a.csv", people()))
    rows = people()
    rows[0] = line("M1", "Ndiaye", "Fatima", phone="0499 00 00 00", national=niss(1))
    del rows[1]  # Koen left M1
    rows[1] = line("M2", "Öztürk", "Ward", dwelling="A0.2", national=niss(2),
                   moved_out="30/09/2026")
    rows[2][7] = rows[3][7] = "B2.2"  # M3 moved to another dwelling (a transfer)
    report = _import(vault, write_csv(tmp_path / "b.csv", rows))
    assert (report.households_added, report.households_updated, report.households_unchanged,
            report.households_moved_out) == (0, 2, 0, 1)
    assert (report.people_updated, report.people_unchanged, report.people_removed) == (1, 3, 1)
    with vault.session(read_only=True) as s:
        m2 = s.scalar(select(Household).where(Household.reference == "M2"))
        assert m2 is not None and str(m2.moved_out_on) == "2026-09-30"
        koen = s.scalar(select(Person).where(Person.first_name == "Koen"))
        assert koen is not None and koen.deleted and koen.dirty
        m3 = s.scalar(select(Household).where(Household.reference == "M3"))
        assert m3 is not None and s.get(Dwelling, m3.dwelling_id).label == "B2.2"
        detail = household_list.household_detail(s, household_id=m2.id)
        assert detail.moved_in_on is not None
    again = _import(vault, write_csv(tmp_path / "b.csv", rows))
    assert (again.households_unchanged, again.households_moved_out, again.people_removed) == (
        3, 0, 0)


def test_a_refused_line_removes_nobody(vault: Vault, tmp_path: Path) -> None:
    _import(vault, write_csv(tmp_path / "a.csv", people()))
    rows = people()
    rows[1] = line("M1", "Ndiaye", "Koen", relation="Enfant", birth="99/99/2013")
    report = _import(vault, write_csv(tmp_path / "b.csv", rows))
    assert report.people_removed == 0 and len(report.refused) == 1


def test_nothing_is_half_imported(vault: Vault, tmp_path: Path) -> None:
    rows = [line(f"M{i}", "Peeters", f"P{i}", dwelling=f"D{i}") for i in range(600)]
    parsed = read_register(write_csv(tmp_path / "r.csv", rows))
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise RuntimeError("power cut")

    before = _counts(vault)
    with pytest.raises(RuntimeError), vault.session() as s:
        import_register(s, parsed, actor_id="tester", progress=progress)
    assert calls == [250, 500]
    assert _counts(vault) == before


def test_preview_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    parsed = read_register(write_csv(tmp_path / "r.csv", _bad_lines()))
    with vault.session() as s:
        report = preview_import(s, parsed)
    assert (report.households_added, report.people_added, len(report.refused)) == (3, 5, 5)
    assert not report.written
    assert _counts(vault) == {"sites": 0, "buildings": 0, "dwellings": 0, "households": 0,
                              "people": 0}


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"just one column\r\n"])
def test_an_unusable_file_is_refused_whole(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(content)
    with pytest.raises(RegisterError):
        read_register(path)


def test_a_missing_required_column_names_it(tmp_path: Path) -> None:
    headers = ["Code site", "Logement", "Nom", "Prénom"]
    path = tmp_path / "r.csv"
    path.write_text(";".join(headers) + "\r\nA;1;X;Y\r\n", encoding="utf-8")
    with pytest.raises(RegisterError) as caught:
        read_register(path)
    assert caught.value.params["field"] == "Household reference"


def test_a_broken_xlsx_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(RegisterError):
        read_register(path)


def test_named_mappings_are_saved_per_organisation(vault: Vault, s: Session,
                                                   tmp_path: Path) -> None:
    headers = ["Code", "Bloc", "Appartement", "Dossier", "Famille", "Personne", "Rue"]
    save_mapping(s, name="Logis", mapping={
        "site_code": ["Code"], "building": ["Bloc"], "dwelling": ["Appartement"],
        "household_ref": ["Dossier"], "last_name": ["Famille"], "first_name": ["Personne"],
        "street": ["Rue"], "bogus": ["x"]})
    assert list(saved_mappings(s)) == ["Logis"]
    mapping = load_mapping(s, name="Logis")
    assert "bogus" not in mapping
    path = tmp_path / "r.csv"
    path.write_text(";".join(headers) + "\r\nANN;A;1;D1;Claes;Jan;Rue X\r\n", encoding="utf-8")
    parsed = read_register(path, mapping)
    report = import_register(s, parsed, actor_id="tester")
    assert (report.households_added, report.people_added) == (1, 1)


def test_a_file_without_births_matches_people_by_name(vault: Vault, tmp_path: Path) -> None:
    _import(vault, write_csv(tmp_path / "a.csv", people()))
    no_births = {code: headers for code, headers in default_mapping().items()
                 if code != "birth_date"}
    again = _import(vault, write_csv(tmp_path / "a.csv", people()), mapping=no_births)
    assert (again.people_added, again.people_removed, again.people_unchanged) == (0, 0, 5)
    with vault.session(read_only=True) as s:
        assert all(p.birth_date for p in s.scalars(select(Person)))  # kept


def test_lines_of_a_deleted_site_are_refused(vault: Vault, world: World,
                                             tmp_path: Path) -> None:
    with vault.session() as s:
        site = s.get(Site, world.other_site_id)
        assert site is not None
        site.deleted = True
    rows = [line("M1", "Ndiaye", "Fatima", site="peterbos"), line("M2", "Claes", "Jan")]
    report = _import(vault, write_csv(tmp_path / "r.csv", rows))
    assert _reasons(report) == [(2, "Site code", UNKNOWN_SITE)]
    assert report.households_added == 1


def test_a_person_of_a_moved_out_household_may_be_listed_in_a_new_one(
        vault: Vault, tmp_path: Path) -> None:
    rows = [line("M1", "Ndiaye", "Fatima", national=niss(1), moved_out="30/09/2026")]
    _import(vault, write_csv(tmp_path / "a.csv", rows))
    rows = [line("M9", "Ndiaye", "Fatima", national=niss(1), dwelling="B0.2",
                 moved_in="01/10/2026")]
    report = _import(vault, write_csv(tmp_path / "b.csv", rows))
    assert (report.refused, report.households_added, report.people_added) == ([], 1, 1)
    assert _import(vault, write_csv(tmp_path / "b.csv", rows)).households_unchanged == 1
