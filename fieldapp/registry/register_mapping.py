"""Which column of a tenant-register export holds which field (issue 16 item 5).

    mapping = default_mapping()                       # French and Dutch headers, no setting
    columns = resolve(mapping, headers)               # field -> column index in this file
    match(mapping, headers)                           # the same, without the required check
    save_mapping(session, name="Nightly", mapping=m)  # named, per organisation (local setting)
    load_mapping(session, name="Nightly")

A mapping is ``{field: [header, ...]}``: the headers (any one of them) that hold the field.
Headers are compared folded (case, accents, spaces and punctuation ignored), so
"Réf. ménage", "REF MENAGE" and "ref_menage" are the same column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from fieldapp.errors import NotFound, ValidationError
from fieldapp.i18n import QT_TRANSLATE_NOOP as _t
from fieldapp.local.profile import get_setting, set_setting
from fieldapp.records import common as rec


@dataclass(frozen=True)
class Field:
    code: str
    label: str  # English source, context "register"
    required: bool
    aliases: tuple[str, ...]  # French and Dutch headers of the usual exports


FIELDS: tuple[Field, ...] = (
    Field("site_code", _t("register", "Site code"), True,
          ("Code site", "Site code", "Sitecode", "Code du site", "Code")),
    Field("site_name", _t("register", "Site"), False, ("Site", "Nom du site", "Sitenaam")),
    Field("building", _t("register", "Building"), False,
          ("Bâtiment", "Batiment", "Gebouw", "Blok")),
    Field("street", _t("register", "Street"), False, ("Rue", "Straat", "Adresse", "Adres")),
    Field("number", _t("register", "Number"), False,
          ("N°", "No", "Numéro", "Nr", "Nummer", "Huisnummer")),
    Field("postcode", _t("register", "Postcode"), False, ("Code postal", "Postcode", "CP")),
    Field("municipality", _t("register", "Municipality"), False, ("Commune", "Gemeente")),
    Field("dwelling", _t("register", "Dwelling"), True, ("Logement", "Woning")),
    Field("floor", _t("register", "Floor"), False, ("Étage", "Etage", "Verdieping")),
    Field("bedrooms", _t("register", "Bedrooms"), False, ("Chambres", "Slaapkamers")),
    Field("household_ref", _t("register", "Household reference"), True,
          ("Réf. ménage", "Référence ménage", "Ref. gezin", "Referentie gezin",
           "Gezinsreferentie", "Ref. huishouden")),
    Field("language", _t("register", "Language"), False, ("Langue", "Taal")),
    Field("moved_in_on", _t("register", "Move-in date"), False,
          ("Date d'entrée", "Date entrée", "Datum intrede", "Intredingsdatum",
           "Datum ingang", "Ingangsdatum")),
    Field("moved_out_on", _t("register", "Move-out date"), False,
          ("Date de sortie", "Date sortie", "Datum uittrede", "Uittredingsdatum",
           "Datum vertrek", "Vertrekdatum")),
    Field("last_name", _t("register", "Last name"), True, ("Nom", "Naam", "Achternaam")),
    Field("first_name", _t("register", "First name"), True, ("Prénom", "Voornaam")),
    Field("relation", _t("register", "Relation"), False,
          ("Lien", "Lien de parenté", "Relation", "Band", "Relatie", "Verwantschap")),
    Field("birth_date", _t("register", "Date of birth"), False,
          ("Date de naissance", "Geboortedatum")),
    Field("phone", _t("register", "Phone"), False, ("Téléphone", "Telefoon", "GSM", "Tél.")),
    Field("email", _t("register", "E-mail"), False, ("E-mail", "Email", "Courriel")),
    Field("national_number", _t("register", "National register number"), False,
          ("NISS", "Numéro national", "Registre national", "Rijksregisternummer", "INSZ",
           "NN")),
)
BY_CODE = {f.code: f for f in FIELDS}

Mapping = dict[str, list[str]]


class RegisterError(ValidationError):
    """The file or the mapping can't be used: nothing is imported (messages in "register")."""

    context = "register"


class MappingNotFound(NotFound):
    context = "register"

NO_COLUMN = _t("register", "The file has no column for '{field}' ({headers}). Choose the "
               "column in the mapping, or export the register with that column.")
MAPPING_UNKNOWN = _t("register", "There is no saved column mapping named '{name}'.")
MAPPING_NAME = _t("register", "A column mapping needs a name of at most 60 characters.")


def fold_header(text: str) -> str:
    return "".join(c for c in rec.fold(text) if c.isalnum())


def default_mapping() -> Mapping:
    """The built-in mapping: reads the usual French and Dutch exports with no setting."""
    return {f.code: list(f.aliases) for f in FIELDS}


def match(mapping: Mapping, headers: list[str]) -> dict[str, int]:
    """Field -> index of its column in `headers`, for the fields found. A header that
    appears twice gives its first column."""
    folded: dict[str, int] = {}
    for i, header in enumerate(headers):
        folded.setdefault(fold_header(header), i)
    columns: dict[str, int] = {}
    for f in FIELDS:
        for header in mapping.get(f.code, []):
            index = folded.get(fold_header(header))
            if index is not None:
                columns[f.code] = index
                break
    return columns


def resolve(mapping: Mapping, headers: list[str]) -> dict[str, int]:
    """`match`, or RegisterError naming the first required field without a column."""
    columns = match(mapping, headers)
    for f in FIELDS:
        if f.required and f.code not in columns:
            raise RegisterError(NO_COLUMN, field=f.label,
                                headers=", ".join(mapping.get(f.code, [])) or "-")
    return columns


def _key(session: Session) -> str:
    return f"register_mappings:{rec.organisation(session)}"


def saved_mappings(session: Session) -> dict[str, Mapping]:
    """This organisation's saved mappings by name (device-local setting)."""
    value: Any = get_setting(session, key=_key(session), default={})
    return dict(value) if isinstance(value, dict) else {}


def save_mapping(session: Session, *, name: str, mapping: Mapping) -> None:
    name = name.strip() if isinstance(name, str) else ""
    if not name or len(name) > 60:
        raise RegisterError(MAPPING_NAME)
    clean = {code: [str(h) for h in headers if str(h).strip()]
             for code, headers in mapping.items() if code in BY_CODE}
    every = saved_mappings(session)
    every[name] = clean
    set_setting(session, key=_key(session), value=every)


def load_mapping(session: Session, *, name: str | None) -> Mapping:
    """The saved mapping `name`, or the built-in one for None / ""."""
    if not name:
        return default_mapping()
    found = saved_mappings(session).get(name)
    if found is None:
        raise MappingNotFound(MAPPING_UNKNOWN, name=name)
    return {code: list(headers) for code, headers in found.items()}
