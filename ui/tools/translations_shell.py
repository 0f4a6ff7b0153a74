"""Dutch and French of the shell around every workspace: the Help menu and its windows, the
roles in the title bar, the lock state in the status bar (contexts MainWindow, roles,
GuideDialog, ShortcutsDialog, AboutDialog, SyncStatusWidget)."""

from __future__ import annotations

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("MainWindow", "&Help"): ("&Help", "&Aide"),
    ("MainWindow", "&Guide"): ("&Handleiding", "&Guide"),
    ("MainWindow", "&Keyboard shortcuts"): ("&Sneltoetsen", "&Raccourcis clavier"),
    ("MainWindow", "&About FieldApp"): ("&Over FieldApp", "À &propos de FieldApp"),
    ("roles", "Site social assistant"): ("maatschappelijk assistent van de site",
                                         "assistant(e) social(e) de site"),
    ("roles", "Renovation-site assistant"): ("assistent renovatiewerf",
                                             "assistant(e) de chantier de rénovation"),
    ("roles", "Neighbourhood agent"): ("buurtagent", "agent(e) de quartier"),
    ("roles", "Supervisor"): ("verantwoordelijke", "responsable"),
    ("GuideDialog", "Guide"): ("Handleiding", "Guide"),
    ("ShortcutsDialog", "Keyboard shortcuts"): ("Sneltoetsen", "Raccourcis clavier"),
    ("ShortcutsDialog", "Action"): ("Actie", "Action"),
    ("ShortcutsDialog", "Keys"): ("Toetsen", "Touches"),
    ("AboutDialog", "About FieldApp"): ("Over FieldApp", "À propos de FieldApp"),
    ("AboutDialog", "FieldApp {version}\nCase work for the social service of social-housing "
                    "companies, offline and end-to-end encrypted.\nPython {python}, Qt {qt}, "
                    "PySide6 {pyside}."): (
        "FieldApp {version}\nDossierbeheer voor de sociale dienst van "
        "sociale-huisvestingsmaatschappijen, offline en end-to-end versleuteld.\n"
        "Python {python}, Qt {qt}, PySide6 {pyside}.",
        "FieldApp {version}\nGestion des dossiers du service social des sociétés de logement "
        "social, hors ligne et chiffrée de bout en bout.\nPython {python}, Qt {qt}, "
        "PySide6 {pyside}."),
    ("AboutDialog", "Library"): ("Bibliotheek", "Bibliothèque"),
    ("AboutDialog", "Version"): ("Versie", "Version"),
    ("AboutDialog", "Licence"): ("Licentie", "Licence"),
    ("AboutDialog", "Libraries and their licences"): ("Bibliotheken en hun licenties",
                                                      "Bibliothèques et leurs licences"),
    ("InventoryPage", "inventory-{dwelling}.pdf"): ("plaatsbeschrijving-{dwelling}.pdf",
                                                    "etat-des-lieux-{dwelling}.pdf"),
    ("InventoryPage", "comparison-{dwelling}.pdf"): ("vergelijking-{dwelling}.pdf",
                                                     "comparaison-{dwelling}.pdf"),
    ("RenovationWorkspace", "project-overview.pdf"): ("projectoverzicht.pdf",
                                                      "apercu-du-projet.pdf"),
    ("DefectDialog", "defect-{ref}.pdf"): ("defect-{ref}.pdf", "defaut-{ref}.pdf"),
    ("RoundView", "round-{day}.pdf"): ("ronde-{day}.pdf", "tournee-{day}.pdf"),
    ("HistoryDialog", "1 version."): ("1 versie.", "1 version."),
    ("CaseFileView", "This household has no case file. Open one when the social service "
                     "starts working with them."): (
        "Dit gezin heeft geen dossier. Open er een wanneer de sociale dienst met hen aan de "
        "slag gaat.",
        "Ce ménage n'a pas de dossier. Ouvrez-en un quand le service social commence à "
        "travailler avec lui."),
    ("CaseFileView", "&Open a case file"): ("Dossier &openen", "&Ouvrir un dossier"),
    ("SearchView", "Notes found: {total}; the best {n} are listed. Add a word to narrow the "
                   "search."): (
        "Gevonden verslagen: {total}; de {n} beste staan in de lijst. Voeg een woord toe om "
        "te verfijnen.",
        "Notes trouvées : {total} ; les {n} meilleures sont listées. Ajoutez un mot pour "
        "affiner."),
    ("SyncStatusWidget", "Locked — synchronisation resumes after unlocking"): (
        "Vergrendeld — synchronisatie hervat na ontgrendelen",
        "Verrouillé — la synchronisation reprend après le déverrouillage"),
}
