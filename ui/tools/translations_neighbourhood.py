"""Dutch and French of the neighbourhood agents' screens, reports and labels.

Vocabulary (GLOSSARY; seed social-service-four-roles): buurt- en gemeenschapsagent /
agent de proximité, melding / demande, ronde / tournée, interventie / intervention,
technische dienst / service technique, maatschappelijk assistent / assistant(e) social(e),
opvolging / suivi, site, gebouw / bâtiment, woning / logement.
"""

from __future__ import annotations

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("labels", "Tenant call"): ("Oproep van een huurder", "Appel d'un locataire"),
    ("labels", "Staff"): ("Personeel", "Personnel"),
    ("labels", "Social assistant"): ("Maatschappelijk assistent", "Assistant(e) social(e)"),
    ("labels", "Own observation"): ("Eigen vaststelling", "Constat personnel"),
    ("labels", "Neighbour conflict"): ("Burenconflict", "Conflit de voisinage"),
    ("labels", "Noise"): ("Geluidsoverlast", "Nuisances sonores"),
    ("labels", "Dumped bulky waste"): ("Gedumpt grofvuil", "Encombrants abandonnés"),
    ("labels", "Squatters"): ("Krakers", "Squatteurs"),
    ("labels", "Vandalism"): ("Vandalisme", "Vandalisme"),
    ("labels", "Safety"): ("Veiligheid", "Sécurité"),
    ("labels", "Technical defect"): ("Technisch defect", "Défaut technique"),
    ("labels", "Youth / prevention"): ("Jongeren / preventie", "Jeunes / prévention"),
    ("labels", "Accompanying staff"): ("Personeel begeleiden", "Accompagnement du personnel"),
    ("labels", "Immediate"): ("Onmiddellijk", "Immédiat"),
    ("labels", "Today"): ("Vandaag", "Aujourd'hui"),
    ("labels", "This week"): ("Deze week", "Cette semaine"),
    ("labels", "When possible"): ("Wanneer mogelijk", "Quand c'est possible"),
    ("labels", "Resolved"): ("Opgelost", "Résolu"),
    ("labels", "Partly resolved"): ("Gedeeltelijk opgelost", "Partiellement résolu"),
    ("labels", "Not resolved"): ("Niet opgelost", "Non résolu"),
    ("labels", "Nobody present"): ("Niemand aanwezig", "Personne sur place"),
    ("labels", "Passed on"): ("Doorgegeven", "Transmis"),
    ("TriageView", "Due"): ("Uiterlijk", "Au plus tard"),
    ("WeekView", "Open"): ("Open", "Ouvertes"),
    ("DefectDialog", "Close"): ("Sluiten", "Fermer"),
    ("InterventionDialog", "Photos:"): ("Foto's:", "Photos :"),
    ("DefectReport", "Photos"): ("Foto's", "Photos"),
    ("DefectReport", "{label}: {value}"): ("{label}: {value}", "{label} : {value}"),
    ("TriageView", "Round"): ("Ronde", "Tournée"),
}

BY_SOURCE: dict[str, tuple[str, str]] = {
    # -- create-vault page and workspace ------------------------------------------------
    "Neighbourhood agent": ("Buurt- en gemeenschapsagent", "Agent(e) de proximité"),
    "Triage": ("Triage", "Triage"),
    "Today's round": ("Ronde van vandaag", "Tournée du jour"),
    "My week": ("Mijn week", "Ma semaine"),
    "New request": ("Nieuwe melding", "Nouvelle demande"),
    "Log an intervention": ("Interventie noteren", "Noter une intervention"),
    "Pass a defect on": ("Defect doorgeven", "Transmettre un défaut"),
    "Hand off to the social assistant": ("Doorgeven aan de maatschappelijk assistent",
                                         "Transmettre à l'assistant(e) social(e)"),
    "Ctrl+N new request · Ctrl+T in/out of today's round · Ctrl+I intervention · "
    "Ctrl+D defect · Ctrl+H hand-off": (
        "Ctrl+N nieuwe melding · Ctrl+T in/uit de ronde van vandaag · Ctrl+I interventie · "
        "Ctrl+D defect · Ctrl+H doorgeven",
        "Ctrl+N nouvelle demande · Ctrl+T dans/hors de la tournée du jour · "
        "Ctrl+I intervention · Ctrl+D défaut · Ctrl+H transmettre"),
    # -- request form -------------------------------------------------------------------
    "&Source:": ("&Bron:", "&Source :"),
    "&Category:": ("&Categorie:", "&Catégorie :"),
    "&Building:": ("&Gebouw:", "&Bâtiment :"),
    "&Entrance:": ("&Ingang:", "&Entrée :"),
    "&Floor:": ("&Verdieping:", "É&tage :"),
    "D&welling:": ("&Woning:", "&Logement :"),
    "&Reported by:": ("&Gemeld door:", "Signalé &par :"),
    "&Urgency:": ("&Dringendheid:", "&Urgence :"),
    "&What:": ("W&at:", "&Quoi :"),
    "A few words: what, since when": ("In een paar woorden: wat, sinds wanneer",
                                      "En quelques mots : quoi, depuis quand"),
    "(whole site)": ("(hele site)", "(tout le site)"),
    "(none)": ("(geen)", "(aucun)"),
    # -- triage -------------------------------------------------------------------------
    "overdue": ("te laat", "en retard"),
    "Urgency": ("Dringendheid", "Urgence"),
    "Category": ("Categorie", "Catégorie"),
    "Where": ("Waar", "Où"),
    "Moved by hand": ("Met de hand verplaatst", "Déplacé à la main"),
    "Move up": ("Hoger", "Monter"),
    "Move down": ("Lager", "Descendre"),
    "Automatic place": ("Automatische plaats", "Place automatique"),
    "In/out of today's round": ("In/uit de ronde van vandaag",
                                "Dans/hors de la tournée du jour"),
    "Open requests, most pressing first": ("Open meldingen, dringendste eerst",
                                           "Demandes ouvertes, les plus urgentes d'abord"),
    "{n} open requests · {late} overdue · {round} in today's round": (
        "{n} open meldingen · {late} te laat · {round} in de ronde van vandaag",
        "{n} demandes ouvertes · {late} en retard · {round} dans la tournée du jour"),
    # -- round --------------------------------------------------------------------------
    "Print / export PDF… (Ctrl+P)": ("Afdrukken / PDF exporteren… (Ctrl+P)",
                                     "Imprimer / exporter en PDF… (Ctrl+P)"),
    "One page, sites in visiting order": ("Eén pagina, sites in de volgorde van de ronde",
                                          "Une page, sites dans l'ordre de la tournée"),
    "Today's round by site and building": ("Ronde van vandaag per site en gebouw",
                                           "Tournée du jour par site et bâtiment"),
    "Round of {day}: {n} requests on {sites} sites, about {km} km": (
        "Ronde van {day}: {n} meldingen op {sites} sites, ongeveer {km} km",
        "Tournée du {day} : {n} demandes sur {sites} sites, environ {km} km"),
    "Nothing in today's round yet: pick requests in the triage (Ctrl+T).": (
        "Nog niets in de ronde van vandaag: kies meldingen in de triage (Ctrl+T).",
        "Rien encore dans la tournée du jour : choisissez des demandes dans le triage "
        "(Ctrl+T)."),
    "Site (no building)": ("Site (geen gebouw)", "Site (pas de bâtiment)"),
    "Export the round": ("Ronde exporteren", "Exporter la tournée"),
    "PDF files (*.pdf)": ("PDF-bestanden (*.pdf)", "Fichiers PDF (*.pdf)"),
    "The round was exported as a PDF.": ("De ronde is als PDF geëxporteerd.",
                                         "La tournée a été exportée en PDF."),
    "Round of {day}": ("Ronde van {day}", "Tournée du {day}"),
    "{n} requests · {sites} sites · about {km} km": (
        "{n} meldingen · {sites} sites · ongeveer {km} km",
        "{n} demandes · {sites} sites · environ {km} km"),
    "#": ("#", "#"),
    "No request in this round.": ("Geen melding in deze ronde.",
                                  "Aucune demande dans cette tournée."),
    # -- intervention -------------------------------------------------------------------
    "W&hen:": ("W&anneer:", "&Quand :"),
    "&Met:": ("&Ontmoet:", "&Rencontré :"),
    "What was &done:": ("Wat is er &gedaan:", "Ce qui a été &fait :"),
    "&Outcome:": ("&Resultaat:", "&Résultat :"),
    "A &follow-up is needed": ("&Opvolging nodig", "Un &suivi est nécessaire"),
    "&Close the request": ("Melding &afsluiten", "&Clôturer la demande"),
    "Add &photos…": ("&Foto's toevoegen…", "Ajouter des &photos…"),
    "Add photos": ("Foto's toevoegen", "Ajouter des photos"),
    "{n} photos": ("{n} foto's", "{n} photos"),
    "Images (*.jpg *.jpeg *.png)": ("Afbeeldingen (*.jpg *.jpeg *.png)",
                                    "Images (*.jpg *.jpeg *.png)"),
    # -- passing on ---------------------------------------------------------------------
    "&Defect:": ("&Defect:", "&Défaut :"),
    "Pass a defect on to the technical department": (
        "Defect doorgeven aan de technische dienst",
        "Transmettre un défaut au service technique"),
    "&Copy text for e-mail": ("Tekst voor e-mail &kopiëren", "&Copier le texte pour l'e-mail"),
    "Save as &PDF…": ("Als &PDF bewaren…", "Enregistrer en &PDF…"),
    "C&reate report": ("Rapport &maken", "C&réer le rapport"),
    "Report {ref} made on {day}.": ("Rapport {ref} gemaakt op {day}.",
                                    "Rapport {ref} créé le {day}."),
    "Copied. The clipboard is cleared after {n} seconds.": (
        "Gekopieerd. Het klembord wordt na {n} seconden gewist.",
        "Copié. Le presse-papiers est vidé après {n} secondes."),
    "Save the defect report": ("Defectrapport bewaren", "Enregistrer le rapport de défaut"),
    "The report was saved as a PDF.": ("Het rapport is als PDF bewaard.",
                                       "Le rapport a été enregistré en PDF."),
    "&Why:": ("&Waarom:", "&Pourquoi :"),
    "The social assistant of {site} will find this among their follow-ups. You will not "
    "see their case file; only that it was handed on.": (
        "De maatschappelijk assistent van {site} vindt dit bij de opvolgingen. Je ziet het "
        "dossier niet, alleen dat het is doorgegeven.",
        "L'assistant(e) social(e) de {site} le trouvera parmi ses suivis. Vous ne voyez pas "
        "le dossier, seulement que la demande a été transmise."),
    # -- defect report (PDF and e-mail text) --------------------------------------------
    "Technical defect report": ("Melding van een technisch defect",
                                "Signalement d'un défaut technique"),
    "For the technical department": ("Voor de technische dienst", "Pour le service technique"),
    "Entrance": ("Ingang", "Entrée"),
    "Floor": ("Verdieping", "Étage"),
    "Description": ("Beschrijving", "Description"),
    "Reported by": ("Gemeld door", "Signalé par"),
    "Reference": ("Referentie", "Référence"),
    # -- week ---------------------------------------------------------------------------
    "Closed this week": ("Deze week afgesloten", "Clôturées cette semaine"),
    "By category": ("Per categorie", "Par catégorie"),
    "By site": ("Per site", "Par site"),
    "Requests by category": ("Meldingen per categorie", "Demandes par catégorie"),
    "Requests by site": ("Meldingen per site", "Demandes par site"),
    "Week of {start} to {end}: {logged} requests logged, {closed} closed, {interventions} "
    "interventions. Still open: {open}.": (
        "Week van {start} tot {end}: {logged} meldingen genoteerd, {closed} afgesloten, "
        "{interventions} interventies. Nog open: {open}.",
        "Semaine du {start} au {end} : {logged} demandes notées, {closed} clôturées, "
        "{interventions} interventions. Encore ouvertes : {open}."),
    # -- the assistant's follow-ups ----------------------------------------------------
    "Hand-off from the neighbourhood agent: {text}": (
        "Doorgegeven door de buurt- en gemeenschapsagent: {text}",
        "Transmis par l'agent(e) de proximité : {text}"),
    # -- errors -------------------------------------------------------------------------
    "This request was not found.": ("Deze melding werd niet gevonden.",
                                    "Cette demande est introuvable."),
    "Choose the site of the request.": ("Kies de site van de melding.",
                                        "Choisissez le site de la demande."),
    "The building and dwelling must belong to the chosen site.": (
        "Het gebouw en de woning moeten bij de gekozen site horen.",
        "Le bâtiment et le logement doivent appartenir au site choisi."),
    "Choose where the request came from.": ("Kies waar de melding vandaan komt.",
                                            "Choisissez d'où vient la demande."),
    "Choose a category.": ("Kies een categorie.", "Choisissez une catégorie."),
    "Choose an urgency.": ("Kies hoe dringend het is.", "Choisissez l'urgence."),
    "Describe the request in a few words.": ("Beschrijf de melding in een paar woorden.",
                                             "Décrivez la demande en quelques mots."),
    "This defect report was not found.": ("Dit defectrapport werd niet gevonden.",
                                          "Ce rapport de défaut est introuvable."),
    "Describe the defect.": ("Beschrijf het defect.", "Décrivez le défaut."),
    "Say in a few words why social support is needed.": (
        "Zeg in een paar woorden waarom sociale begeleiding nodig is.",
        "Dites en quelques mots pourquoi un accompagnement social est nécessaire."),
    "At most {n} photos.": ("Hoogstens {n} foto's.", "{n} photos au maximum."),
    "Say when the intervention was.": ("Zeg wanneer de interventie plaatsvond.",
                                       "Indiquez quand l'intervention a eu lieu."),
    "A request that needs a follow-up stays open: untick \"follow-up is needed\" or "
    "\"close the request\".": (
        "Een melding die opvolging nodig heeft, blijft open: vink \"opvolging nodig\" of "
        "\"melding afsluiten\" uit.",
        "Une demande qui nécessite un suivi reste ouverte : décochez « un suivi est "
        "nécessaire » ou « clôturer la demande »."),
    "A request that was not resolved, or where nobody was present, stays open: choose "
    "another outcome or untick \"close the request\".": (
        "Een melding die niet opgelost is, of waar niemand aanwezig was, blijft open: kies "
        "een ander resultaat of vink \"melding afsluiten\" uit.",
        "Une demande non résolue, ou où personne n'était présent, reste ouverte : choisissez "
        "un autre résultat ou décochez « clôturer la demande »."),
    "An intervention cannot be logged in the future.": (
        "Een interventie kan niet in de toekomst worden genoteerd.",
        "Une intervention ne peut pas être notée dans le futur."),
    "Choose an outcome.": ("Kies een resultaat.", "Choisissez un résultat."),
    "Say what was done.": ("Zeg wat er gedaan is.", "Indiquez ce qui a été fait."),
}
