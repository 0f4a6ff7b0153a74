"""Real tenant-register files for the import tests: CSV (any encoding and separator) and
XLSX written with openpyxl, in the sample export's shape (one line per person).

    write_csv(path, people(), encoding="cp1252")
    write_xlsx(path, people())
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

FR_HEADERS = ["Code site", "Site", "Bâtiment", "Rue", "N°", "Code postal", "Commune",
              "Logement", "Étage", "Chambres", "Réf. ménage", "Langue", "Date d'entrée",
              "Date de sortie", "Nom", "Prénom", "Lien", "Date de naissance", "Téléphone",
              "E-mail", "NISS"]
NL_HEADERS = ["Sitecode", "Site", "Gebouw", "Straat", "Nr", "Postcode", "Gemeente",
              "Woning", "Verdieping", "Slaapkamers", "Ref. gezin", "Taal", "Datum intrede",
              "Datum uittrede", "Naam", "Voornaam", "Band", "Geboortedatum", "Telefoon",
              "E-mail", "Rijksregisternummer"]

Line = list[str]


def niss(n: int, *, born: str = "750101") -> str:
    """A valid national register number (check digits right), distinct per `n` < 1000."""
    body = f"{born}{n:03d}"
    return f"{body}{97 - int(body) % 97:02d}"


def line(ref: str, last: str, first: str, *, relation: str = "Titulaire",
         site: str = "ANN-02", site_name: str = "Anneessens", building: str = "Bloc A",
         dwelling: str = "A0.1", moved_in: str = "02/02/2019", moved_out: str = "",
         birth: str = "08/01/1987", phone: str = "", national: str = "",
         language: str = "FR") -> Line:
    return [site, site_name, building, "Rue Rouppe", "33", "1000", "Bruxelles", dwelling,
            "0", "2", ref, language, moved_in, moved_out, last, first, relation, birth,
            phone, "", national]


def people() -> list[Line]:
    """Three households (five people) of two sites, all good."""
    return [
        line("M1", "Ndiaye", "Fatima", phone="0486 38 46 55", national=niss(1)),
        line("M1", "Ndiaye", "Koen", relation="Enfant", birth="02/09/2013"),
        line("M2", "Öztürk", "Ward", dwelling="A0.2", national=niss(2)),
        line("M3", "Mukendi", "Marie", site="MOL-03", site_name="Brunfaut",
             dwelling="B1.1", language="NL"),
        line("M3", "Mukendi", "Noël", relation="Cohabitant", site="MOL-03",
             site_name="Brunfaut", dwelling="B1.1", birth="26/11/1978"),
    ]


def _csv_text(rows: Iterable[Line], headers: list[str], sep: str) -> Iterator[str]:
    yield sep.join(headers)
    for row in rows:
        yield sep.join(row)


def write_csv(path: Path, rows: Iterable[Line], *, encoding: str = "cp1252", sep: str = ";",
              headers: list[str] = FR_HEADERS, bom: bool = False,
              raw_lines: dict[int, bytes] | None = None) -> Path:
    """CRLF lines; `raw_lines` puts given bytes at those (1-based) line numbers instead (or
    right after the last one)."""
    lines = [t.encode(encoding) for t in _csv_text(rows, headers, sep)]
    for number, raw in sorted((raw_lines or {}).items()):
        if number == len(lines) + 1:
            lines.append(raw)
        else:
            lines[number - 1] = raw
    data = b"\r\n".join(lines) + b"\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: Iterable[Line], *, headers: list[str] = FR_HEADERS) -> Path:
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        cells: list[object] = list(row)
        for i in (12, 13, 17):  # dates as real Excel dates, as exports hold them
            parts = row[i].split("/")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                try:
                    cells[i] = date(int(parts[2]), int(parts[1]), int(parts[0]))
                except ValueError:
                    pass  # no such day: left as the text a person typed
        for i in (5, 8, 9):  # postcode, floor, bedrooms as numbers
            if row[i].isdigit():
                cells[i] = int(row[i])
        sheet.append(cells)
    book.save(path)
    return path
