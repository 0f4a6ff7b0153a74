"""Dutch and French of the supervisor's screens, reports, errors and labels.

Vocabulary (GLOSSARY; seed sector-vision-social-action-2024): verantwoordelijke sociale
dienst / responsable du service social, dossier / dossier, strategische hoofdlijn / axe
stratégique, operationele doelstelling / objectif opérationnel, opvolging / suivi,
doorverwijzing / orientation, huisbezoek / visite à domicile, onthaalsessie / séance
d'accueil, plaatsbeschrijving / état des lieux, buurtmelding / demande de proximité,
gewest / Région, evaluatietabel / tableau d'évaluation.
"""

from __future__ import annotations

_CTX: dict[str, dict[str, tuple[str, str]]] = {
    "CaseloadView": {
        "&Group by:": ("&Groeperen per:", "&Regrouper par :"),
        "&Reassign… (Ctrl+R)": ("&Herverdelen… (Ctrl+R)", "&Réattribuer… (Ctrl+R)"),
        "(nobody)": ("(niemand)", "(personne)"),
        "Case files of %1": ("Dossiers van %1", "Dossiers de %1"),
        "Case files": ("Dossiers", "Dossiers"),
        "Caseload": ("Dossierlast", "Charge de dossiers"),
        "Choose a worker or a site above and press Enter": (
            "Kies hierboven een medewerker of een site en druk op Enter",
            "Choisissez un(e) intervenant(e) ou un site ci-dessus et appuyez sur Entrée"),
        "Filter (Ctrl+F)": ("Filteren (Ctrl+F)", "Filtrer (Ctrl+F)"),
        "Filter case files": ("Dossiers filteren", "Filtrer les dossiers"),
        "Filter the case files": ("De dossiers filteren", "Filtrer les dossiers"),
        "Filter the caseload": ("De dossierlast filteren", "Filtrer la charge de dossiers"),
        "Group by": ("Groeperen per", "Regrouper par"),
        "Inventories in progress": ("Lopende plaatsbeschrijvingen", "États des lieux en cours"),
        "Last note": ("Laatste notitie", "Dernière note"),
        "Notes (30 days)": ("Notities (30 dagen)", "Notes (30 jours)"),
        "Open case files": ("Open dossiers", "Dossiers ouverts"),
        "Open neighbourhood requests": ("Open buurtmeldingen", "Demandes de proximité ouvertes"),
        "Open referrals": ("Lopende doorverwijzingen", "Orientations en cours"),
        "Opened": ("Geopend", "Ouvert le"),
        "Refresh (F5)": ("Vernieuwen (F5)", "Actualiser (F5)"),
        "Visits done (30 days)": ("Bezoeken gedaan (30 dagen)", "Visites faites (30 jours)"),
        "Visits planned": ("Bezoeken gepland", "Visites prévues"),
        "Worker / site": ("Medewerker / site", "Intervenant(e) / site"),
        "Worker": ("Medewerker", "Intervenant(e)"),
        "Household": ("Gezin", "Ménage"),
        "Site": ("Site", "Site"),
        "Status": ("Status", "Statut"),
        "Overdue follow-ups": ("Achterstallige opvolging", "Suivis en retard"),
    },
    "CodeCheckDialog": {
        "%1 of 60 digits": ("%1 van 60 cijfers", "%1 chiffres sur 60"),
        "Registry: sites, dwellings, households": ("Register: sites, woningen, gezinnen",
                                                   "Registre : sites, logements, ménages"),
        "Case files of %1": ("Dossiers van %1", "Dossiers de %1"),
        "Restricted notes of %1": ("Vertrouwelijke notities van %1",
                                   "Notes confidentielles de %1"),
        "Hand-offs from neighbourhood agents for %1": (
            "Doorgiften van de buurtagenten voor %1",
            "Relais des agents de proximité pour %1"),
        "Renovation project": ("Renovatieproject", "Projet de rénovation"),
        "Neighbourhood work": ("Buurtwerk", "Travail de proximité"),
        "Supervision (supervisors only)": ("Coördinatie (alleen verantwoordelijken)",
                                           "Coordination (responsables uniquement)"),
        "&Access:": ("&Toegang:", "&Accès :"),
        "&Collections:": ("&Collecties:", "&Collections :"),
        "Check the code in person": ("De code ter plaatse controleren",
                                     "Vérifier le code en personne"),
        "Code &read aloud:": ("&Voorgelezen code:", "Code &lu à voix haute :"),
        "Code read aloud by the member": ("Code die het lid voorleest",
                                          "Code lu à voix haute par le membre"),
        "Collections to grant": ("Toe te kennen collecties", "Collections à accorder"),
        "Manage (may grant others)": ("Beheren (mag anderen toegang geven)",
                                      "Gérer (peut donner accès à d'autres)"),
        "My code:": ("Mijn code:", "Mon code :"),
        "Read and write": ("Lezen en schrijven", "Lecture et écriture"),
        "Read": ("Lezen", "Lecture"),
        "Sit with %1. Ask them to open FieldApp and read aloud the code their screen shows; "
        "type it below. They can check your code too.": (
            "Ga samen zitten met %1. Vraag om FieldApp te openen en de code op het eigen "
            "scherm voor te lezen; typ die hieronder. Zij of hij kan ook uw code controleren.",
            "Installez-vous avec %1. Demandez-lui d'ouvrir FieldApp et de lire à voix haute "
            "le code affiché sur son écran ; tapez-le ci-dessous. Cette personne peut aussi "
            "vérifier votre code."),
        "Their code (from the server):": ("Hun code (van de server):",
                                          "Son code (selon le serveur) :"),
        "✓ The codes match.": ("✓ De codes komen overeen.", "✓ Les codes correspondent."),
        "✗ The codes differ.": ("✗ De codes verschillen.", "✗ Les codes diffèrent."),
    },
    "CreateVaultPage": {
        "Supervisor of the social service": ("Verantwoordelijke sociale dienst",
                                             "Responsable du service social"),
    },
    "IndicatorsReport": {
        "Synced records of the team, counted on the supervisor's laptop": (
            "Gesynchroniseerde gegevens van het team, geteld op de laptop van de "
            "verantwoordelijke",
            "Données synchronisées de l'équipe, comptées sur l'ordinateur du/de la "
            "responsable"),
        "Actions by strategic axis": ("Acties per strategische hoofdlijn",
                                      "Actions par axe stratégique"),
        "All sites": ("Alle sites", "Tous les sites"),
        "Axis {n}": ("Hoofdlijn {n}", "Axe {n}"),
        "By operational objective": ("Per operationele doelstelling",
                                     "Par objectif opérationnel"),
        "Case notes by operational objective": ("Notities per operationele doelstelling",
                                                "Notes par objectif opérationnel"),
        "Count": ("Aantal", "Nombre"),
        "FieldApp — indicators {start} – {end}": ("FieldApp — indicatoren {start} – {end}",
                                                  "FieldApp — indicateurs {start} – {end}"),
        "Indicator": ("Indicator", "Indicateur"),
        "Indicators of social action": ("Indicatoren van de sociale actie",
                                        "Indicateurs de l'action sociale"),
        "None": ("Geen", "Aucun"),
        "Nothing recorded in this period.": ("Niets geregistreerd in deze periode.",
                                             "Rien d'enregistré pendant cette période."),
        "Objectives: the one written on each case note; other actions count towards the "
        "objective their kind of work serves (home visits and follow-ups 2.3, welcome 2.2, "
        "referrals 4.2, inventories 1.2, help needed 2.1, interventions by category). "
        "Referrals appear twice (by destination and by outcome).": (
            "Doelstellingen: die van elke notitie; andere acties tellen voor de doelstelling "
            "die dat soort werk dient (huisbezoeken en opvolging 2.3, onthaal 2.2, "
            "doorverwijzingen 4.2, plaatsbeschrijvingen 1.2, hulp nodig 2.1, interventies per "
            "categorie). Doorverwijzingen staan er twee keer (per bestemming en per resultaat).",
            "Objectifs : celui indiqué sur chaque note ; les autres actions comptent pour "
            "l'objectif que sert ce type de travail (visites à domicile et suivis 2.3, accueil "
            "2.2, orientations 4.2, états des lieux 1.2, aide nécessaire 2.1, interventions "
            "selon la catégorie). Les orientations figurent deux fois (par destination et par "
            "résultat)."),
        "Period": ("Periode", "Période"),
        "Printed on": ("Afgedrukt op", "Imprimé le"),
        "Social service — supervision": ("Sociale dienst — coördinatie",
                                         "Service social — coordination"),
        "Source": ("Bron", "Source"),
        "Summary by strategic axis": ("Overzicht per strategische hoofdlijn",
                                      "Synthèse par axe stratégique"),
        "Total": ("Totaal", "Total"),
        "Site": ("Site", "Site"),
        "Category": ("Categorie", "Catégorie"),
    },
    "IndicatorsView": {
        "&From:": ("&Van:", "&Du :"),
        "&Period:": ("&Periode:", "&Période :"),
        "&Site:": ("&Site:", "&Site :"),
        "&To:": ("&Tot:", "&Au :"),
        "Actions by strategic axis": ("Acties per strategische hoofdlijn",
                                      "Actions par axe stratégique"),
        "Actions counted: %1": ("Getelde acties: %1", "Actions comptées : %1"),
        "All sites": ("Alle sites", "Tous les sites"),
        "Anonymised CSV for the region (Ctrl+Shift+E)": (
            "Geanonimiseerde CSV voor het gewest (Ctrl+Shift+E)",
            "CSV anonymisé pour la Région (Ctrl+Shift+E)"),
        "Axis %1": ("Hoofdlijn %1", "Axe %1"),
        "CSV (*.csv)": ("CSV (*.csv)", "CSV (*.csv)"),
        "CSV (Ctrl+E)": ("CSV (Ctrl+E)", "CSV (Ctrl+E)"),
        "Case notes by operational objective": ("Notities per operationele doelstelling",
                                                "Notes par objectif opérationnel"),
        "Count": ("Aantal", "Nombre"),
        "Counting…": ("Tellen…", "Comptage…"),
        "Exporting…": ("Exporteren…", "Exportation…"),
        "First day of the period": ("Eerste dag van de periode", "Premier jour de la période"),
        "Indicator": ("Indicator", "Indicateur"),
        "Indicators": ("Indicatoren", "Indicateurs"),
        "Last 12 months": ("Laatste 12 maanden", "12 derniers mois"),
        "Last day of the period": ("Laatste dag van de periode", "Dernier jour de la période"),
        "Last month": ("Vorige maand", "Mois dernier"),
        "Last year": ("Vorig jaar", "Année dernière"),
        "No names, no ids; every count below 5 shown as \"<5\" and cells that would reveal "
        "one hidden as \"x\"": (
            "Geen namen, geen id's; elk aantal onder 5 als \"<5\" en cellen die er een zouden "
            "verraden verborgen als \"x\"",
            "Ni noms ni identifiants ; tout nombre inférieur à 5 affiché « <5 » et les cellules "
            "qui en révéleraient un masquées par « x »"),
        "None": ("Geen", "Aucun"),
        "Operational objectives": ("Operationele doelstellingen", "Objectifs opérationnels"),
        "PDF (*.pdf)": ("PDF (*.pdf)", "PDF (*.pdf)"),
        "PDF report (Ctrl+P)": ("PDF-rapport (Ctrl+P)", "Rapport PDF (Ctrl+P)"),
        "Save the CSV file": ("CSV-bestand opslaan", "Enregistrer le fichier CSV"),
        "Save the PDF report": ("PDF-rapport opslaan", "Enregistrer le rapport PDF"),
        "Saved: %1": ("Opgeslagen: %1", "Enregistré : %1"),
        "Show (F5)": ("Tonen (F5)", "Afficher (F5)"),
        "Show the indicators first (F5).": ("Toon eerst de indicatoren (F5).",
                                            "Affichez d'abord les indicateurs (F5)."),
        "This year": ("Dit jaar", "Cette année"),
        "Category": ("Categorie", "Catégorie"),
    },
    "ReassignDialog": {
        "Case files to reassign: %1. They go to the worker you choose; the site's team sees "
        "the change after the next sync.": (
            "Te herverdelen dossiers: %1. Ze gaan naar de medewerker die u kiest; het team van "
            "de site ziet de wijziging na de volgende synchronisatie.",
            "Dossiers à réattribuer : %1. Ils vont à l'intervenant(e) choisi(e) ; l'équipe du "
            "site voit le changement après la prochaine synchronisation."),
        "&Cover ends:": ("&Vervanging tot:", "&Fin du remplacement :"),
        "&To worker:": ("&Naar medewerker:", "&À l'intervenant(e) :"),
        "Last day of the cover": ("Laatste dag van de vervanging",
                                  "Dernier jour du remplacement"),
        "R&eason:": ("R&eden:", "&Motif :"),
        "Reassign case files": ("Dossiers herverdelen", "Réattribuer des dossiers"),
        "Worker who takes over": ("Medewerker die overneemt", "Intervenant(e) qui reprend"),
        "e.g. leave cover": ("bv. vervanging tijdens verlof", "p. ex. remplacement pendant un "
                                                              "congé"),
        "on this day": ("op deze dag", "ce jour-là"),
    },
    "ReviewPanel": {
        "Add review note (Ctrl+Enter)": ("Supervisienota toevoegen (Ctrl+Enter)",
                                         "Ajouter une note de supervision (Ctrl+Entrée)"),
        "New review note": ("Nieuwe supervisienota", "Nouvelle note de supervision"),
        "Only supervisors see these notes; the worker does not.": (
            "Alleen verantwoordelijken zien deze nota's; de medewerker niet.",
            "Seuls les responsables voient ces notes ; l'intervenant(e) non."),
        "Review notes (supervisors only)": ("Supervisienota's (alleen verantwoordelijken)",
                                            "Notes de supervision (responsables uniquement)"),
        "Review notes": ("Supervisienota's", "Notes de supervision"),
    },
    "SupervisorWorkspace": {
        "Caseload": ("Dossierlast", "Charge de dossiers"),
        "Close the case file": ("Dossier sluiten", "Fermer le dossier"),
        "Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · Ctrl+W close the case file": (
            "Ctrl+1 dossierlast · Ctrl+2 indicatoren · Ctrl+3 team · Ctrl+W dossier sluiten",
            "Ctrl+1 charge de dossiers · Ctrl+2 indicateurs · Ctrl+3 équipe · Ctrl+W fermer "
            "le dossier"),
        "Indicators": ("Indicatoren", "Indicateurs"),
        "Team and keys": ("Team en sleutels", "Équipe et clés"),
        "Case file": ("Dossier", "Dossier"),
        "Work areas": ("Werkgebieden", "Espaces de travail"),
    },
    "TeamView": {
        "A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. The "
        "devices of administrators and other supervisors stay with the server administrator. "
        "When the person leaves the team, also remove them from your collections.": (
            "Laptop van een veldwerker kwijt of gestolen: trek het in, of trek het in en wis "
            "het. De toestellen van beheerders en andere verantwoordelijken blijven bij de "
            "serverbeheerder. Verlaat de persoon het team, verwijder hem of haar dan ook uit "
            "uw collecties.",
            "Ordinateur d'un travailleur de terrain perdu ou volé : révoquez-le, ou révoquez-le "
            "et effacez-le. Les appareils des administrateurs et des autres responsables "
            "restent du ressort de l'administrateur du serveur. Si la personne quitte "
            "l'équipe, retirez-la aussi de vos collections."),
        "Devices of my team": ("Toestellen van mijn team", "Appareils de mon équipe"),
        "Person": ("Persoon", "Personne"),
        "Wipe": ("Wissen", "Effacement"),
        "Wipe ordered": ("Wissen gevraagd", "Effacement demandé"),
        "Revoked only": ("Enkel ingetrokken", "Révoqué seulement"),
        "Re&voke…": ("&Intrekken…", "Ré&voquer…"),
        "Revoke and &wipe…": ("Intrekken en &wissen…", "Révoquer et &effacer…"),
        "The device can no longer sync; what it holds stays on it": (
            "Het toestel kan niet meer synchroniseren; wat erop staat, blijft erop",
            "L'appareil ne peut plus synchroniser ; ce qu'il contient y reste"),
        "The device can no longer sync and erases its vault the next time it reaches the "
        "server": (
            "Het toestel kan niet meer synchroniseren en wist zijn kluis zodra het de server "
            "nog eens bereikt",
            "L'appareil ne peut plus synchroniser et efface son coffre dès qu'il joint à "
            "nouveau le serveur"),
        "this person": ("deze persoon", "cette personne"),
        "Revoke": ("Intrekken", "Révoquer"),
        "Revoke the device “%1” of %2 and order it wiped? Its sessions end now: it can no "
        "longer sync. The next time it reaches the server it erases its vault: everything on "
        "it that was not synced yet is lost. This cannot be undone; the person can log in "
        "again on another device.": (
            "Het toestel “%1” van %2 intrekken en laten wissen? Zijn sessies stoppen nu: het "
            "kan niet meer synchroniseren. Zodra het de server nog eens bereikt, wist het zijn "
            "kluis: alles wat er nog niet gesynchroniseerd was, gaat verloren. Dit kan niet "
            "ongedaan worden gemaakt; de persoon kan opnieuw aanmelden op een ander toestel.",
            "Révoquer l'appareil « %1 » de %2 et ordonner son effacement ? Ses sessions "
            "prennent fin maintenant : il ne peut plus synchroniser. Dès qu'il joindra à "
            "nouveau le serveur, il effacera son coffre : tout ce qui n'était pas encore "
            "synchronisé sera perdu. C'est irréversible ; la personne pourra se reconnecter "
            "sur un autre appareil."),
        "Revoke the device “%1” of %2? Its sessions end now: it can no longer sync. What it "
        "already holds stays on it, locked by its passphrase; choose “Revoke and wipe” if it "
        "may be in the wrong hands.": (
            "Het toestel “%1” van %2 intrekken? Zijn sessies stoppen nu: het kan niet meer "
            "synchroniseren. Wat er al op staat, blijft erop, vergrendeld met de wachtzin; "
            "kies “Intrekken en wissen” als het in verkeerde handen kan zijn.",
            "Révoquer l'appareil « %1 » de %2 ? Ses sessions prennent fin maintenant : il ne "
            "peut plus synchroniser. Ce qu'il contient déjà y reste, verrouillé par sa phrase "
            "secrète ; choisissez « Révoquer et effacer » s'il risque d'être entre de "
            "mauvaises mains."),
        "Device revoked. It erases its vault the next time it reaches the server.": (
            "Toestel ingetrokken. Het wist zijn kluis zodra het de server nog eens bereikt.",
            "Appareil révoqué. Il effacera son coffre dès qu'il joindra à nouveau le serveur."),
        "Device revoked.": ("Toestel ingetrokken.", "Appareil révoqué."),
        "Connected. Check a member's code in person before granting anything.": (
            "Verbonden. Controleer de code van een lid ter plaatse voor u iets toekent.",
            "Connecté. Vérifiez le code d'un membre en personne avant d'accorder quoi que ce "
            "soit."),
        "Action": ("Handeling", "Action"),
        "Asking the server…": ("Server wordt bevraagd…", "Interrogation du serveur…"),
        "Audit log": ("Auditlogboek", "Journal d'audit"),
        "Check code and &grant… (Ctrl+G)": ("Code controleren en &toekennen… (Ctrl+G)",
                                            "Vérifier le code et &accorder… (Ctrl+G)"),
        "Collection": ("Collectie", "Collection"),
        "Device": ("Toestel", "Appareil"),
        "Key code": ("Sleutelcode", "Code de clé"),
        "Last seen": ("Laatst gezien", "Dernier contact"),
        "Members of the organisation": ("Leden van de organisatie",
                                        "Membres de l'organisation"),
        "Members": ("Leden", "Membres"),
        "My code: %1": ("Mijn code: %1", "Mon code : %1"),
        "Not connected to a sync server: connect this vault to manage the team.": (
            "Niet verbonden met een synchronisatieserver: verbind deze kluis om het team te "
            "beheren.",
            "Pas connecté à un serveur de synchronisation : connectez ce coffre pour gérer "
            "l'équipe."),
        "Outcome": ("Resultaat", "Résultat"),
        "Re&move from my collections": ("Uit mijn collecties &verwijderen",
                                        "&Retirer de mes collections"),
        "Refresh": ("Vernieuwen", "Actualiser"),
        "Remove %1 from every collection you manage? Their access ends at once and the keys "
        "rotate.": (
            "%1 verwijderen uit elke collectie die u beheert? De toegang stopt meteen en de "
            "sleutels worden vernieuwd.",
            "Retirer %1 de toutes les collections que vous gérez ? L'accès cesse aussitôt et "
            "les clés sont renouvelées."),
        "Remove from my collections": ("Uit mijn collecties verwijderen",
                                       "Retirer de mes collections"),
        "Removed from collections: %1; their keys rotated.": (
            "Verwijderd uit collecties: %1; de sleutels zijn vernieuwd.",
            "Retiré(e) de collections : %1 ; les clés ont été renouvelées."),
        "Revoke and wipe": ("Intrekken en wissen", "Révoquer et effacer"),
        "Revoked": ("Ingetrokken", "Révoqué"),
        "Server audit log (metadata only)": ("Auditlogboek van de server (alleen metadata)",
                                             "Journal d'audit du serveur (métadonnées "
                                             "uniquement)"),
        "Their access ends at once and the keys rotate": (
            "De toegang stopt meteen en de sleutels worden vernieuwd",
            "L'accès cesse aussitôt et les clés sont renouvelées"),
        "This person has not enrolled yet: there is no key to check.": (
            "Deze persoon is nog niet ingeschreven: er is geen sleutel om te controleren.",
            "Cette personne ne s'est pas encore inscrite : il n'y a pas de clé à vérifier."),
        "Site social assistant": ("Maatschappelijk assistent (site)",
                                  "Assistant(e) social(e) de site"),
        "Renovation-site assistant": ("Maatschappelijk assistent werf",
                                      "Assistant(e) social(e) de chantier"),
        "Neighbourhood agent": ("Buurt- en gemeenschapsagent", "Agent(e) de proximité"),
        "Collective social assistant": ("Collectieve maatschappelijk assistent",
                                        "Assistant(e) social(e) collectif(ve)"),
        "Supervisor": ("Verantwoordelijke sociale dienst", "Responsable du service social"),
        "Server administrator": ("Serverbeheerder", "Administrateur du serveur"),
        "Name": ("Naam", "Nom"),
        "Role": ("Rol", "Rôle"),
        "When": ("Wanneer", "Quand"),
        "Who": ("Wie", "Qui"),
    },
    "errors": {
        "The period must end on or after its first day.": (
            "De periode moet op of na de eerste dag eindigen.",
            "La période doit se terminer le premier jour ou après."),
        "Only a supervisor can do this.": ("Alleen een verantwoordelijke kan dit doen.",
                                           "Seul(e) un(e) responsable peut faire ceci."),
        "Choose the worker who takes over the case files.": (
            "Kies de medewerker die de dossiers overneemt.",
            "Choisissez l'intervenant(e) qui reprend les dossiers."),
        "Choose at least one case file to reassign.": (
            "Kies minstens één dossier om te herverdelen.",
            "Choisissez au moins un dossier à réattribuer."),
        "A review note needs some text.": ("Een supervisienota heeft tekst nodig.",
                                           "Une note de supervision doit contenir du texte."),
        "The end of the cover can't be before today.": (
            "Het einde van de vervanging kan niet vóór vandaag liggen.",
            "La fin du remplacement ne peut pas précéder aujourd'hui."),
    },
    "labels": {
        "Case notes by kind": ("Notities per soort", "Notes par type"),
        "Home visits": ("Huisbezoeken", "Visites à domicile"),
        "Referrals by destination": ("Doorverwijzingen per bestemming",
                                     "Orientations par destination"),
        "Referrals by outcome": ("Doorverwijzingen per resultaat", "Orientations par résultat"),
        "Follow-ups due": ("Opvolging met vervaldag", "Suivis à échéance"),
        "Welcome sessions": ("Onthaalsessies", "Séances d'accueil"),
        "Households at welcome sessions": ("Gezinnen op onthaalsessies",
                                           "Ménages aux séances d'accueil"),
        "Inventories signed": ("Ondertekende plaatsbeschrijvingen", "États des lieux signés"),
        "Help-needed items": ("Nodige hulp", "Aides nécessaires"),
        "Interventions by category": ("Interventies per categorie",
                                      "Interventions par catégorie"),
        "Done on time": ("Op tijd gedaan", "Fait à temps"),
        "Done late": ("Te laat gedaan", "Fait en retard"),
        "Not done yet": ("Nog niet gedaan", "Pas encore fait"),
        "Held": ("Gehouden", "Tenues"),
        "Attended": ("Aanwezig", "Présents"),
        "No objective given": ("Geen doelstelling opgegeven", "Aucun objectif indiqué"),
    },
    "team": {
        "The code you typed is not the code of this person's keys. Nothing was granted. Check "
        "that you are looking at their screen and read it again; if it still differs, do not "
        "grant access and tell the administrator.": (
            "De code die u typte is niet de code van de sleutels van deze persoon. Er is "
            "niets toegekend. Kijk of u naar het juiste scherm kijkt en lees opnieuw; blijft "
            "ze verschillen, geef dan geen toegang en verwittig de beheerder.",
            "Le code tapé n'est pas celui des clés de cette personne. Rien n'a été accordé. "
            "Vérifiez que vous regardez bien son écran et relisez-le ; s'il diffère encore, "
            "n'accordez pas l'accès et prévenez l'administrateur."),
        "This person has not enrolled yet: there is no key to check.": (
            "Deze persoon is nog niet ingeschreven: er is geen sleutel om te controleren.",
            "Cette personne ne s'est pas encore inscrite : il n'y a pas de clé à vérifier."),
        "Only the server administrator can revoke this device: it belongs to an "
        "administrator or another supervisor, or it is no longer on the server. Ask the "
        "administrator to revoke and wipe it.": (
            "Alleen de serverbeheerder kan dit toestel intrekken: het hoort bij een beheerder "
            "of een andere verantwoordelijke, of het staat niet meer op de server. Vraag de "
            "beheerder het in te trekken en te wissen.",
            "Seul l'administrateur du serveur peut révoquer cet appareil : il appartient à un "
            "administrateur ou à un autre responsable, ou il n'est plus sur le serveur. "
            "Demandez à l'administrateur de le révoquer et de l'effacer."),
    },
}

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    (context, source): pair for context, table in _CTX.items() for source, pair in table.items()
}
BY_SOURCE: dict[str, tuple[str, str]] = {}
