"""Dutch and French of the tenant-register import (issue 16 item 5): the dialog
(context "RegisterImportDialog") and the domain's fields, reasons and errors (context
"register").

Vocabulary (GLOSSARY): huurdersregister / registre des locataires, gezin / ménage,
woning / logement, gebouw / bâtiment, rijksregisternummer / numéro de registre national,
intrede / entrée, uittrede / sortie.
"""

from __future__ import annotations

_R = "register"
_D = "RegisterImportDialog"

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # -- fields -------------------------------------------------------------------------
    (_R, "Site code"): ("Sitecode", "Code site"),
    (_R, "Site"): ("Site", "Site"),
    (_R, "Building"): ("Gebouw", "Bâtiment"),
    (_R, "Street"): ("Straat", "Rue"),
    (_R, "Number"): ("Nummer", "Numéro"),
    (_R, "Postcode"): ("Postcode", "Code postal"),
    (_R, "Municipality"): ("Gemeente", "Commune"),
    (_R, "Dwelling"): ("Woning", "Logement"),
    (_R, "Floor"): ("Verdieping", "Étage"),
    (_R, "Bedrooms"): ("Slaapkamers", "Chambres"),
    (_R, "Household reference"): ("Gezinsreferentie", "Référence du ménage"),
    (_R, "Language"): ("Taal", "Langue"),
    (_R, "Move-in date"): ("Datum intrede", "Date d'entrée"),
    (_R, "Move-out date"): ("Datum uittrede", "Date de sortie"),
    (_R, "Last name"): ("Naam", "Nom"),
    (_R, "First name"): ("Voornaam", "Prénom"),
    (_R, "Relation"): ("Band", "Lien"),
    (_R, "Date of birth"): ("Geboortedatum", "Date de naissance"),
    (_R, "Phone"): ("Telefoon", "Téléphone"),
    (_R, "E-mail"): ("E-mail", "E-mail"),
    (_R, "National register number"): ("Rijksregisternummer", "Numéro de registre national"),
    # -- the file and the mapping -------------------------------------------------------
    (_R, "The file has no column for '{field}' ({headers}). Choose the column in the "
         "mapping, or export the register with that column."): (
        "Het bestand heeft geen kolom voor '{field}' ({headers}). Kies de kolom in de "
        "koppeling, of exporteer het register met die kolom.",
        "Le fichier n'a pas de colonne pour « {field} » ({headers}). Choisissez la colonne "
        "dans la correspondance, ou exportez le registre avec cette colonne."),
    (_R, "There is no saved column mapping named '{name}'."): (
        "Er is geen bewaarde kolomkoppeling met de naam '{name}'.",
        "Aucune correspondance de colonnes enregistrée ne s'appelle « {name} »."),
    (_R, "A column mapping needs a name of at most 60 characters."): (
        "Een kolomkoppeling heeft een naam van hoogstens 60 tekens nodig.",
        "Une correspondance de colonnes doit avoir un nom de 60 caractères au plus."),
    (_R, "The file can't be read ({reason})."): (
        "Het bestand kan niet gelezen worden ({reason}).",
        "Le fichier ne peut pas être lu ({reason})."),
    (_R, "This file is not a register export: choose a .csv or .xlsx file with one line per "
         "person and a header line."): (
        "Dit bestand is geen export van het register: kies een .csv- of .xlsx-bestand met "
        "één regel per persoon en een kopregel.",
        "Ce fichier n'est pas un export du registre : choisissez un fichier .csv ou .xlsx "
        "avec une ligne par personne et une ligne d'en-têtes."),
    (_R, "The file holds no header line and no data."): (
        "Het bestand bevat geen kopregel en geen gegevens.",
        "Le fichier ne contient ni ligne d'en-têtes ni données."),
    (_R, "The file is larger than {mb} MB; split the export."): (
        "Het bestand is groter dan {mb} MB; splits de export.",
        "Le fichier dépasse {mb} Mo ; divisez l'export."),
    (_R, "The Excel file can't be opened; save it again as .xlsx or export the register as "
         "CSV."): (
        "Het Excel-bestand kan niet geopend worden; bewaar het opnieuw als .xlsx of "
        "exporteer het register als CSV.",
        "Le fichier Excel ne peut pas être ouvert ; enregistrez-le à nouveau en .xlsx ou "
        "exportez le registre en CSV."),
    # -- refused lines ------------------------------------------------------------------
    (_R, "Characters of this line can't be read in the file's encoding. Export the register "
         "again as UTF-8 or Windows-1252."): (
        "Tekens van deze regel kunnen niet gelezen worden in de codering van het bestand. "
        "Exporteer het register opnieuw als UTF-8 of Windows-1252.",
        "Des caractères de cette ligne ne peuvent pas être lus dans l'encodage du fichier. "
        "Exportez à nouveau le registre en UTF-8 ou Windows-1252."),
    (_R, "This field is empty; it is needed to place the person."): (
        "Dit veld is leeg; het is nodig om de persoon te plaatsen.",
        "Ce champ est vide ; il faut le remplir pour situer la personne."),
    (_R, "No dwelling: the line can't be placed. Fill in the dwelling."): (
        "Geen woning: de regel kan niet geplaatst worden. Vul de woning in.",
        "Pas de logement : la ligne ne peut pas être située. Indiquez le logement."),
    (_R, "No building and no street: the dwelling can't be placed."): (
        "Geen gebouw en geen straat: de woning kan niet geplaatst worden.",
        "Ni bâtiment ni rue : le logement ne peut pas être situé."),
    (_R, "The person has no last name and no first name."): (
        "De persoon heeft geen naam en geen voornaam.",
        "La personne n'a ni nom ni prénom."),
    (_R, "This is not a date: write it as dd/mm/yyyy."): (
        "Dit is geen datum: schrijf ze als dd/mm/jjjj.",
        "Ce n'est pas une date : écrivez-la jj/mm/aaaa."),
    (_R, "This is not a whole number."): ("Dit is geen geheel getal.",
                                          "Ce n'est pas un nombre entier."),
    (_R, "This is not a valid national register number (11 digits with correct check "
         "digits)."): (
        "Dit is geen geldig rijksregisternummer (11 cijfers met juiste controlecijfers).",
        "Ce n'est pas un numéro de registre national valable (11 chiffres avec les bons "
        "chiffres de contrôle)."),
    (_R, "The move-out date is before the move-in date."): (
        "De datum van uittrede ligt vóór de datum van intrede.",
        "La date de sortie précède la date d'entrée."),
    (_R, "Unknown site code: add the site first, or allow new sites to be created from the "
         "file."): (
        "Onbekende sitecode: voeg de site eerst toe, of laat nieuwe sites aanmaken vanuit "
        "het bestand.",
        "Code site inconnu : ajoutez d'abord le site, ou autorisez la création de nouveaux "
        "sites depuis le fichier."),
    (_R, "The same national register number is already on line {other}."): (
        "Hetzelfde rijksregisternummer staat al op regel {other}.",
        "Le même numéro de registre national figure déjà à la ligne {other}."),
    (_R, "This national register number belongs to a person of another household in the "
         "register."): (
        "Dit rijksregisternummer hoort bij een persoon van een ander gezin in het register.",
        "Ce numéro de registre national appartient à une personne d'un autre ménage du "
        "registre."),
    (_R, "This person is already listed on line {other} of the same household."): (
        "Deze persoon staat al op regel {other} van hetzelfde gezin.",
        "Cette personne figure déjà à la ligne {other} du même ménage."),
    # -- the dialog ---------------------------------------------------------------------
    (_D, "Line"): ("Regel", "Ligne"),
    (_D, "Field"): ("Veld", "Champ"),
    (_D, "Reason"): ("Reden", "Motif"),
    (_D, "Import the tenant register"): ("Huurdersregister importeren",
                                         "Importer le registre des locataires"),
    (_D, "Import the tenant &register…"): ("Huurders&register importeren…",
                                           "Importer le &registre des locataires…"),
    (_D, "&File (.csv or .xlsx):"): ("&Bestand (.csv of .xlsx):",
                                     "&Fichier (.csv ou .xlsx) :"),
    (_D, "File to import"): ("Te importeren bestand", "Fichier à importer"),
    (_D, "&Choose…"): ("&Kiezen…", "&Choisir…"),
    (_D, "&Read the file"): ("Bestand &lezen", "&Lire le fichier"),
    (_D, "Column &mapping:"): ("Kolomk&oppeling:", "C&orrespondance des colonnes :"),
    (_D, "Column mapping"): ("Kolomkoppeling", "Correspondance des colonnes"),
    (_D, "Columns of the file"): ("Kolommen van het bestand", "Colonnes du fichier"),
    (_D, "Save &as:"): ("Bewaren &als:", "Enre&gistrer sous :"),
    (_D, "Name to save it as"): ("Naam om ze onder te bewaren", "Nom sous lequel l'enregistrer"),
    (_D, "Name of the mapping to save"): ("Naam van de te bewaren koppeling",
                                          "Nom de la correspondance à enregistrer"),
    (_D, "Sa&ve mapping"): ("Koppeling be&waren", "&Enregistrer la correspondance"),
    (_D, "Add &sites that are not in the register yet"): (
        "&Sites toevoegen die nog niet in het register staan",
        "Ajouter les &sites qui ne sont pas encore dans le registre"),
    (_D, "Refused &lines:"): ("&Geweigerde regels:", "Lignes &refusées :"),
    (_D, "Refused lines"): ("Geweigerde regels", "Lignes refusées"),
    (_D, "&Import"): ("&Importeren", "&Importer"),
    (_D, "Built-in (French and Dutch headers)"): ("Ingebouwd (Franse en Nederlandse koppen)",
                                                  "Intégrée (en-têtes français et néerlandais)"),
    (_D, "As set below"): ("Zoals hieronder ingesteld", "Comme réglée ci-dessous"),
    (_D, "(no column)"): ("(geen kolom)", "(aucune colonne)"),
    (_D, "Choose the register export"): ("Kies de export van het register",
                                         "Choisissez l'export du registre"),
    (_D, "Register exports (*.csv *.txt *.xlsx)"): ("Registerexports (*.csv *.txt *.xlsx)",
                                                    "Exports du registre (*.csv *.txt *.xlsx)"),
    (_D, "Reading the file…"): ("Het bestand wordt gelezen…", "Lecture du fichier…"),
    (_D, "Checking the lines…"): ("De regels worden nagekeken…", "Vérification des lignes…"),
    (_D, "Importing…"): ("Bezig met importeren…", "Importation…"),
    (_D, "The mapping “{name}” is saved."): ("De koppeling “{name}” is bewaard.",
                                             "La correspondance « {name} » est enregistrée."),
    (_D, "Imported. Households: {added} added, {updated} updated, {unchanged} unchanged, "
         "{moved} moved out. People: {p_added} added, {p_updated} updated, {p_unchanged} "
         "unchanged, {p_removed} removed. Refused lines: {refused}."): (
        "Geïmporteerd. Gezinnen: {added} toegevoegd, {updated} bijgewerkt, {unchanged} "
        "ongewijzigd, {moved} uitgetreden. Personen: {p_added} toegevoegd, {p_updated} "
        "bijgewerkt, {p_unchanged} ongewijzigd, {p_removed} verwijderd. Geweigerde regels: "
        "{refused}.",
        "Importé. Ménages : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés, "
        "{moved} sortis. Personnes : {p_added} ajoutées, {p_updated} mises à jour, "
        "{p_unchanged} inchangées, {p_removed} retirées. Lignes refusées : {refused}."),
    (_D, "This import would change households: {added} added, {updated} updated, "
         "{unchanged} unchanged, {moved} moved out; people: {p_added} added, {p_updated} "
         "updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused} "
         "(they are left out; the others are imported)."): (
        "Deze import zou de gezinnen zo wijzigen: {added} toegevoegd, {updated} bijgewerkt, "
        "{unchanged} ongewijzigd, {moved} uitgetreden; personen: {p_added} toegevoegd, "
        "{p_updated} bijgewerkt, {p_unchanged} ongewijzigd, {p_removed} verwijderd. "
        "Geweigerde regels: {refused} (die worden weggelaten; de andere worden "
        "geïmporteerd).",
        "Cette importation changerait les ménages ainsi : {added} ajoutés, {updated} mis à "
        "jour, {unchanged} inchangés, {moved} sortis ; personnes : {p_added} ajoutées, "
        "{p_updated} mises à jour, {p_unchanged} inchangées, {p_removed} retirées. Lignes "
        "refusées : {refused} (elles sont laissées de côté ; les autres sont importées)."),
}
