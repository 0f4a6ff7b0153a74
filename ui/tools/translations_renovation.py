"""Dutch and French of the renovation-site assistant's screens, errors and labels.

Field vocabulary (GLOSSARY): plaatsbeschrijving / état des lieux, werf / chantier,
projectbeheerder / gestionnaire de projet, aannemer / entrepreneur, landmeter / géomètre,
woning / logement, huurder / locataire, gezin / ménage, infovergadering / séance
d'information, addendum / avenant.
"""

from __future__ import annotations

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    # AccessView
    ("AccessView", "Access appointments"): ("Afspraken voor toegang", "Rendez-vous d'accès"),
    ("AccessView", "Appointment date and time"): ("Datum en uur van de afspraak",
                                                  "Date et heure du rendez-vous"),
    ("AccessView", "&Plan access"): ("Toegang &plannen", "&Planifier l'accès"),
    ("AccessView", "Follow-up (optional)"): ("Opvolging (facultatief)", "Suivi (facultatif)"),
    ("AccessView", "Follow-up"): ("Opvolging", "Suivi"),
    ("AccessView", "Access &given"): ("Toegang &gegeven", "Accès &donné"),
    ("AccessView", "Access &refused…"): ("Toegang &geweigerd…", "Accès &refusé…"),
    ("AccessView", "Access refused"): ("Toegang geweigerd", "Accès refusé"),
    ("AccessView", "Why did the tenant refuse access?"): (
        "Waarom weigerde de huurder de toegang?", "Pourquoi le locataire a-t-il refusé l'accès ?"),
    ("InventoryEditor", "Restored from your unsaved draft."): (
        "Hersteld uit je niet-bewaarde ontwerp.",
        "Restauré depuis votre brouillon non enregistré."),
    # CameraDialog (shown only where the device has a camera)
    ("CameraDialog", "Take photo"): ("Foto nemen", "Prendre une photo"),
    ("CameraDialog", "&Take"): ("&Nemen", "&Prendre"),
    ("CameraDialog", "Cancel"): ("Annuleren", "Annuler"),
    ("InventoryEditor", "&Take photo…"): ("Foto &nemen…", "&Prendre une photo…"),
    # QuestionsView
    ("QuestionsView", "Open questions"): ("Open vragen", "Questions ouvertes"),
    ("QuestionsView", "The tenant's question — Enter adds it"): (
        "De vraag van de huurder — Enter voegt ze toe",
        "La question du locataire — Entrée l'ajoute"),
    ("QuestionsView", "Question"): ("Vraag", "Question"),
    ("QuestionsView", "&Add question"): ("Vraag &toevoegen", "&Ajouter la question"),
    ("QuestionsView", "Answer (optional)"): ("Antwoord (facultatief)", "Réponse (facultative)"),
    ("QuestionsView", "Answer"): ("Antwoord", "Réponse"),
    ("QuestionsView", "Mark &answered"): ("Markeren als &beantwoord", "Marquer comme &répondue"),
    ("RenovationWorkspace", "Open questions"): ("Open vragen", "Questions ouvertes"),
    ("renovation", "Open questions"): ("Open vragen", "Questions ouvertes"),
    ("renovation", "Question"): ("Vraag", "Question"),
    ("renovation", "Answer"): ("Antwoord", "Réponse"),
    # AddendumDialog
    ("AddendumDialog", "Addendum"): ("Addendum", "Avenant"),
    ("AddendumDialog", "The inventory as a whole"): ("De plaatsbeschrijving als geheel",
                                                     "L'état des lieux dans son ensemble"),
    ("AddendumDialog", "(unchanged)"): ("(ongewijzigd)", "(inchangé)"),
    ("AddendumDialog",
     "A signed inventory is never edited: the addendum is printed beside it."): (
        "Een ondertekende plaatsbeschrijving wordt nooit gewijzigd: het addendum wordt "
        "ernaast afgedrukt.",
        "Un état des lieux signé n'est jamais modifié : l'avenant est imprimé à côté."),
    ("AddendumDialog", "&Concerns:"): ("&Betreft:", "&Concerne :"),
    ("AddendumDialog", "Condition &now:"): ("&Staat nu:", "État &actuel :"),
    ("AddendumDialog", "&What changed:"): ("&Wat is er veranderd:", "&Ce qui a changé :"),
    ("AddendumDialog", "What changed"): ("Wat is er veranderd", "Ce qui a changé"),
    # ChecklistView
    ("ChecklistView", "Help needed"): ("Nodige hulp", "Aide nécessaire"),
    ("ChecklistView", "Note — Enter saves"): ("Notitie — Enter bewaart",
                                             "Remarque — Entrée enregistre"),
    ("ChecklistView", "Note"): ("Notitie", "Remarque"),
    ("ChecklistView", "Status"): ("Status", "Statut"),
    ("ChecklistView", "&Save"): ("&Bewaren", "&Enregistrer"),
    # ContactsView
    ("ContactsView", "Contact log"): ("Contactlogboek", "Journal des contacts"),
    ("ContactsView", "Date of the contact"): ("Datum van het contact", "Date du contact"),
    ("ContactsView", "Kind of contact"): ("Soort contact", "Type de contact"),
    ("ContactsView", "What the tenant asked or reported — Enter logs it"): (
        "Wat de huurder vroeg of meldde — Enter registreert",
        "Ce que le locataire a demandé ou signalé — Entrée enregistre"),
    ("ContactsView", "Question or complaint"): ("Vraag of klacht", "Question ou plainte"),
    ("ContactsView", "&Log contact"): ("Contact &registreren", "&Enregistrer le contact"),
    ("ContactsView", "Mark &handled"): ("Als &afgehandeld markeren", "Marquer comme &traité"),
    # CreateVaultPage
    ("CreateVaultPage", "Renovation-site assistant"): ("Maatschappelijk assistent werf",
                                                       "Assistant(e) social(e) de chantier"),
    # DwellingsDialog
    ("DwellingsDialog", "Dwellings in the project"): ("Woningen in het project",
                                                      "Logements du projet"),
    ("DwellingsDialog", "Dwellings"): ("Woningen", "Logements"),
    ("DwellingsDialog", "Tick &all"): ("&Alles aanvinken", "&Tout cocher"),
    ("DwellingsDialog",
     "Tick the dwellings concerned by the works (space ticks the current one)."): (
        "Vink de woningen aan waar de werken plaatsvinden (spatie vinkt de huidige aan).",
        "Cochez les logements concernés par les travaux (espace coche le logement courant)."),
    # InfoSessionDialog
    ("InfoSessionDialog", "Information session"): ("Infovergadering", "Séance d'information"),
    ("InfoSessionDialog", "&Date:"): ("&Datum:", "&Date :"),
    ("InfoSessionDialog", "&Place:"): ("&Plaats:", "&Lieu :"),
    ("InfoSessionDialog", "Households &present:"): ("&Aanwezige gezinnen:",
                                                    "Ménages &présents :"),
    ("InfoSessionDialog", "Households present"): ("Aanwezige gezinnen", "Ménages présents"),
    ("InfoSessionDialog", "&Questions raised:"): ("Gestelde &vragen:", "&Questions posées :"),
    ("InfoSessionDialog", "Questions raised"): ("Gestelde vragen", "Questions posées"),
    # InventoryEditor
    ("InventoryEditor", "Rooms"): ("Ruimtes", "Pièces"),
    ("InventoryEditor", "Elements"): ("Elementen", "Éléments"),
    ("InventoryEditor", "Kind of room"): ("Soort ruimte", "Type de pièce"),
    ("InventoryEditor", "Add &room"): ("&Ruimte toevoegen", "Ajouter une &pièce"),
    ("InventoryEditor", "Room name — Enter renames"): ("Naam van de ruimte — Enter hernoemt",
                                                      "Nom de la pièce — Entrée renomme"),
    ("InventoryEditor", "Room name"): ("Naam van de ruimte", "Nom de la pièce"),
    ("InventoryEditor", "Remove room"): ("Ruimte verwijderen", "Supprimer la pièce"),
    ("InventoryEditor", "Key {key}"): ("Toets {key}", "Touche {key}"),
    ("InventoryEditor", "Remarks on this element — Enter saves"): (
        "Opmerkingen bij dit element — Enter bewaart",
        "Remarques sur cet élément — Entrée enregistre"),
    ("InventoryEditor", "Remarks"): ("Opmerkingen", "Remarques"),
    ("InventoryEditor", "Add &photos…"): ("&Foto's toevoegen…", "Ajouter des &photos…"),
    ("InventoryEditor", "Photos of the element and the room"): (
        "Foto's van het element en de ruimte", "Photos de l'élément et de la pièce"),
    ("InventoryEditor",
     "Signed: this inventory is frozen. Record later changes as an addendum "
     "(Attendees and signatures)."): (
        "Ondertekend: deze plaatsbeschrijving is vastgelegd. Noteer latere wijzigingen als "
        "addendum (Aanwezigen en handtekeningen).",
        "Signé : cet état des lieux est figé. Consignez les changements ultérieurs dans un "
        "avenant (Présents et signatures)."),
    # InventoryPage
    ("InventoryPage", "Inventory shown"): ("Getoonde plaatsbeschrijving", "État des lieux affiché"),
    ("InventoryPage", "Start the pre-works &inventory"): (
        "&Plaatsbeschrijving vóór de werken starten", "Commencer l'&état des lieux avant travaux"),
    ("InventoryPage", "Start the post-works &check"): (
        "&Controle na de werken starten", "Commencer le &contrôle après travaux"),
    ("InventoryPage", "P&DF…"): ("P&DF…", "P&DF…"),
    ("InventoryPage", "Compare before/after (PDF)…"): ("Vóór/na vergelijken (PDF)…",
                                                       "Comparer avant/après (PDF)…"),
    ("InventoryPage", "No inventory yet for this dwelling."): (
        "Nog geen plaatsbeschrijving voor deze woning.",
        "Pas encore d'état des lieux pour ce logement."),
    ("InventoryPage", "Signed · fingerprint {short}…"): ("Ondertekend · vingerafdruk {short}…",
                                                         "Signé · empreinte {short}…"),
    ("InventoryPage", "Draft — not signed yet"): ("Ontwerp — nog niet ondertekend",
                                                  "Projet — pas encore signé"),
    ("InventoryPage", "PDF saved: {name}"): ("PDF bewaard: {name}", "PDF enregistré : {name}"),
    # PartiesView
    ("PartiesView", "People present"): ("Aanwezigen", "Personnes présentes"),
    ("PartiesView", "Present as"): ("Aanwezig als", "Présent(e) en tant que"),
    ("PartiesView", "Name — Enter adds"): ("Naam — Enter voegt toe", "Nom — Entrée ajoute"),
    ("PartiesView", "Name of the person present"): ("Naam van de aanwezige",
                                                    "Nom de la personne présente"),
    ("PartiesView", "&Add person"): ("Persoon &toevoegen", "&Ajouter une personne"),
    ("PartiesView", "Remove"): ("Verwijderen", "Retirer"),
    ("PartiesView", "&Sign…"): ("&Tekenen…", "&Signer…"),
    ("PartiesView", "Refuses to sign…"): ("Weigert te tekenen…", "Refuse de signer…"),
    ("PartiesView", "Add an a&ddendum…"): ("A&ddendum toevoegen…", "Ajouter un a&venant…"),
    ("PartiesView", "Addenda"): ("Addenda", "Avenants"),
    ("PartiesView", "Addenda after signing:"): ("Addenda na ondertekening:",
                                                "Avenants après signature :"),
    ("PartiesView",
     "The first signature or refusal freezes the inventory: its content fingerprint is fixed "
     "and printed on the PDF. Add everyone present before signing."): (
        "De eerste handtekening of weigering legt de plaatsbeschrijving vast: de "
        "inhoudsvingerafdruk wordt bepaald en op de PDF afgedrukt. Voeg iedereen die aanwezig "
        "is toe vóór de ondertekening.",
        "La première signature ou le premier refus fige l'état des lieux : l'empreinte du "
        "contenu est fixée et imprimée sur le PDF. Ajoutez toutes les personnes présentes "
        "avant la signature."),
    ("PartiesView", "Frozen · fingerprint {fp}"): ("Vastgelegd · vingerafdruk {fp}",
                                                   "Figé · empreinte {fp}"),
    ("PartiesView", "Refusal to sign"): ("Weigering om te tekenen", "Refus de signer"),
    ("PartiesView", "Why does {name} refuse to sign?"): ("Waarom weigert {name} te tekenen?",
                                                         "Pourquoi {name} refuse-t-il/elle de "
                                                         "signer ?"),
    # ProjectDialog
    ("ProjectDialog", "New renovation project"): ("Nieuw renovatieproject",
                                                  "Nouveau projet de rénovation"),
    ("ProjectDialog", "&Name:"): ("&Naam:", "&Nom :"),
    ("ProjectDialog", "&Site:"): ("&Site:", "&Site :"),
    ("ProjectDialog", "Works &start:"): ("&Start van de werken:", "&Début des travaux :"),
    ("ProjectDialog", "Works &end:"): ("&Einde van de werken:", "&Fin des travaux :"),
    ("ProjectDialog", "&Project manager:"): ("&Projectbeheerder:", "&Gestionnaire de projet :"),
    ("ProjectDialog", "&Contractor:"): ("&Aannemer:", "&Entrepreneur :"),
    ("ProjectDialog", "Sur&veyor:"): ("&Landmeter:", "Géo&mètre :"),
    # RenovationWorkspace
    ("RenovationWorkspace", "&New project…"): ("&Nieuw project…", "&Nouveau projet…"),
    ("RenovationWorkspace", "Add d&wellings…"): ("&Woningen toevoegen…", "Ajouter des &logements…"),
    ("RenovationWorkspace", "Information &session…"): ("&Infovergadering…",
                                                       "&Séance d'information…"),
    ("RenovationWorkspace", "Project &overview (PDF)…"): ("Projectoverzicht (PDF)…",
                                                          "Aperçu du pr&ojet (PDF)…"),
    ("RenovationWorkspace", "Inventory"): ("Plaatsbeschrijving", "État des lieux"),
    ("RenovationWorkspace", "Attendees and signatures"): ("Aanwezigen en handtekeningen",
                                                          "Présents et signatures"),
    ("RenovationWorkspace", "Access"): ("Toegang", "Accès"),
    ("RenovationWorkspace", "Help needed"): ("Nodige hulp", "Aide nécessaire"),
    ("RenovationWorkspace", "Contact log"): ("Contactlogboek", "Journal des contacts"),
    ("RenovationWorkspace", "Renovation project"): ("Renovatieproject", "Projet de rénovation"),
    ("RenovationWorkspace", "Dwellings of the project"): ("Woningen van het project",
                                                          "Logements du projet"),
    ("RenovationWorkspace", "Work on the dwelling"): ("Werk in de woning",
                                                      "Travail sur le logement"),
    ("RenovationWorkspace", "Choose a dwelling of the project."): (
        "Kies een woning van het project.", "Choisissez un logement du projet."),
    ("RenovationWorkspace", "Information session recorded."): ("Infovergadering geregistreerd.",
                                                               "Séance d'information "
                                                               "enregistrée."),
    ("RenovationWorkspace", "PDF saved: {name}"): ("PDF bewaard: {name}",
                                                   "PDF enregistré : {name}"),
    # SignatureDialog
    ("SignatureDialog", "Signature"): ("Handtekening", "Signature"),
    ("SignatureDialog", "Signature box"): ("Handtekeningvak", "Cadre de signature"),
    ("SignatureDialog", "Sign in the white box with a finger, a pen or the mouse."): (
        "Teken in het witte vak met een vinger, een pen of de muis.",
        "Signez dans le cadre blanc avec le doigt, un stylet ou la souris."),
    ("SignatureDialog", "&Clear"): ("&Wissen", "&Effacer"),
    ("SignatureDialog", "&Sign"): ("&Tekenen", "&Signer"),
    # table headers and small texts ("renovation")
    ("renovation", "When"): ("Wanneer", "Quand"),
    ("renovation", "Outcome"): ("Resultaat", "Résultat"),
    ("renovation", "Reason for refusing"): ("Reden van weigering", "Motif du refus"),
    ("renovation", "Help"): ("Hulp", "Aide"),
    ("renovation", "Note"): ("Notitie", "Remarque"),
    ("renovation", "Question or complaint"): ("Vraag of klacht", "Question ou plainte"),
    ("renovation", "Room"): ("Ruimte", "Pièce"),
    ("renovation", "Element"): ("Element", "Élément"),
    ("renovation", "Condition"): ("Staat", "État"),
    ("renovation", "Photos"): ("Foto's", "Photos"),
    ("renovation", "Remarks"): ("Opmerkingen", "Remarques"),
    ("renovation", "draft"): ("ontwerp", "projet"),
    ("renovation", "signed"): ("ondertekend", "signé"),
    ("renovation", "Present as"): ("Aanwezig als", "Présent(e) en tant que"),
    ("renovation", "Name"): ("Naam", "Nom"),
    ("renovation", "Signature"): ("Handtekening", "Signature"),
    ("renovation", "Condition now"): ("Staat nu", "État actuel"),
    ("renovation", "Addendum"): ("Addendum", "Avenant"),
    ("renovation", "Access"): ("Toegang", "Accès"),
    ("renovation", "Inventory"): ("Plaatsbeschrijving", "État des lieux"),
    ("renovation", "Open contacts"): ("Open contacten", "Contacts ouverts"),
    ("renovation", "Dwelling"): ("Woning", "Logement"),
    ("renovation", "Household"): ("Gezin", "Ménage"),
    ("renovation", "Date"): ("Datum", "Date"),
    ("renovation", "Kind"): ("Soort", "Type"),
    ("renovation", "Status"): ("Status", "Statut"),
    ("renovation", "Follow-up"): ("Opvolging", "Suivi"),
    ("renovation", "Add photos"): ("Foto's toevoegen", "Ajouter des photos"),
    ("renovation", "Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"): (
        "Afbeeldingen (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)",
        "Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)"),
    ("renovation", "Save PDF"): ("PDF bewaren", "Enregistrer le PDF"),
    ("renovation", "PDF (*.pdf)"): ("PDF (*.pdf)", "PDF (*.pdf)"),
}

ERRORS: dict[str, tuple[str, str]] = {
    "This file is not an image that can be read.": (
        "Dit bestand is geen leesbare afbeelding.", "Ce fichier n'est pas une image lisible."),
    "This image is too large: at most {max_mb} MB.": (
        "Deze afbeelding is te groot: hoogstens {max_mb} MB.",
        "Cette image est trop grande : {max_mb} Mo au maximum."),
    "This photo or signature was not found.": (
        "Deze foto of handtekening werd niet gevonden.",
        "Cette photo ou signature est introuvable."),
    "The encrypted file of this photo or signature is missing from the vault folder.": (
        "Het versleutelde bestand van deze foto of handtekening ontbreekt in de kluismap.",
        "Le fichier chiffré de cette photo ou signature manque dans le dossier du coffre."),
    "This appointment was not found.": ("Deze afspraak werd niet gevonden.",
                                        "Ce rendez-vous est introuvable."),
    "An appointment cannot be planned in the past.": (
        "Een afspraak kan niet in het verleden gepland worden.",
        "Un rendez-vous ne peut pas être fixé dans le passé."),
    "Give the reason the tenant refused access.": (
        "Geef de reden waarom de huurder de toegang weigerde.",
        "Indiquez pourquoi le locataire a refusé l'accès."),
    "Record that access was given or refused.": (
        "Registreer of de toegang gegeven of geweigerd werd.",
        "Indiquez si l'accès a été donné ou refusé."),
    "Unknown checklist item '{item}'.": ("Onbekend punt van de checklist '{item}'.",
                                         "Point de la liste inconnu « {item} »."),
    "Unknown checklist status '{status}'.": ("Onbekende status van de checklist '{status}'.",
                                             "Statut de la liste inconnu « {status} »."),
    "Compare a pre-works inventory with a post-works check of the same dwelling.": (
        "Vergelijk een plaatsbeschrijving vóór de werken met de controle na de werken van "
        "dezelfde woning.",
        "Comparez un état des lieux avant travaux avec le contrôle après travaux du même "
        "logement."),
    "This contact was not found.": ("Dit contact werd niet gevonden.",
                                    "Ce contact est introuvable."),
    "Choose the kind of contact.": ("Kies het soort contact.", "Choisissez le type de contact."),
    "Unknown contact status '{status}'.": ("Onbekende status van het contact '{status}'.",
                                           "Statut du contact inconnu « {status} »."),
    "Write what the tenant asked or reported.": (
        "Schrijf op wat de huurder vroeg of meldde.",
        "Écrivez ce que le locataire a demandé ou signalé."),
    "A contact cannot be dated in the future.": (
        "Een contact kan niet in de toekomst gedateerd worden.",
        "Un contact ne peut pas être daté dans le futur."),
    "This inventory was not found.": ("Deze plaatsbeschrijving werd niet gevonden.",
                                      "Cet état des lieux est introuvable."),
    "This room was not found.": ("Deze ruimte werd niet gevonden.",
                                 "Cette pièce est introuvable."),
    "This element was not found.": ("Dit element werd niet gevonden.",
                                    "Cet élément est introuvable."),
    "This inventory has been signed and can no longer be changed. Record the change as an "
    "addendum instead.": (
        "Deze plaatsbeschrijving is ondertekend en kan niet meer gewijzigd worden. Noteer de "
        "wijziging in een addendum.",
        "Cet état des lieux a été signé et ne peut plus être modifié. Consignez le changement "
        "dans un avenant."),
    "Unknown condition '{condition}'.": ("Onbekende staat '{condition}'.",
                                         "État inconnu « {condition} »."),
    "Unknown kind of inventory '{kind}'.": ("Onbekend soort plaatsbeschrijving '{kind}'.",
                                            "Type d'état des lieux inconnu « {kind} »."),
    "Unknown kind of room '{room_type}'.": ("Onbekend soort ruimte '{room_type}'.",
                                            "Type de pièce inconnu « {room_type} »."),
    "Unknown element '{element_type}'.": ("Onbekend element '{element_type}'.",
                                          "Élément inconnu « {element_type} »."),
    "Give the room a name.": ("Geef de ruimte een naam.", "Donnez un nom à la pièce."),
    "Do the pre-works inventory first: the post-works check is compared with it.": (
        "Maak eerst de plaatsbeschrijving vóór de werken: de controle na de werken wordt "
        "ermee vergeleken.",
        "Faites d'abord l'état des lieux avant travaux : le contrôle après travaux est "
        "comparé avec lui."),
    "This renovation project was not found.": ("Dit renovatieproject werd niet gevonden.",
                                               "Ce projet de rénovation est introuvable."),
    "This dwelling is not part of the project.": ("Deze woning hoort niet bij het project.",
                                                  "Ce logement ne fait pas partie du projet."),
    "Give the project a name.": ("Geef het project een naam.", "Donnez un nom au projet."),
    "The works cannot end before they start.": (
        "De werken kunnen niet eindigen voor ze beginnen.",
        "Les travaux ne peuvent pas se terminer avant de commencer."),
    "Unknown project status '{status}'.": ("Onbekende projectstatus '{status}'.",
                                           "Statut de projet inconnu « {status} »."),
    "This person was not found on the inventory.": (
        "Deze persoon staat niet op de plaatsbeschrijving.",
        "Cette personne ne figure pas sur l'état des lieux."),
    "Unknown role '{role}'.": ("Onbekende hoedanigheid '{role}'.", "Qualité inconnue « {role} »."),
    "Give the name of the person present.": ("Geef de naam van de aanwezige.",
                                             "Indiquez le nom de la personne présente."),
    "This person has already signed or refused to sign.": (
        "Deze persoon heeft al getekend of geweigerd te tekenen.",
        "Cette personne a déjà signé ou refusé de signer."),
    "Give the reason for the refusal to sign.": ("Geef de reden van de weigering om te tekenen.",
                                                 "Indiquez le motif du refus de signer."),
    "The signature is empty: sign in the box first.": (
        "De handtekening is leeg: teken eerst in het vak.",
        "La signature est vide : signez d'abord dans le cadre."),
    "Write what the addendum records.": ("Schrijf op wat het addendum vastlegt.",
                                         "Écrivez ce que l'avenant consigne."),
    "This inventory is not signed yet: change it directly instead of adding an addendum.": (
        "Deze plaatsbeschrijving is nog niet ondertekend: wijzig ze rechtstreeks in plaats "
        "van een addendum toe te voegen.",
        "Cet état des lieux n'est pas encore signé : modifiez-le directement au lieu "
        "d'ajouter un avenant."),
}

LABELS: dict[str, tuple[str, str]] = {
    "Preparation": ("Voorbereiding", "Préparation"),
    "Works in progress": ("Werken bezig", "Travaux en cours"),
    "Finished": ("Afgerond", "Terminé"),
    "To plan": ("Te plannen", "À planifier"),
    "Appointment planned": ("Afspraak gepland", "Rendez-vous fixé"),
    "Access given": ("Toegang gegeven", "Accès donné"),
    "Access refused": ("Toegang geweigerd", "Accès refusé"),
    "Pre-works inventory": ("Plaatsbeschrijving vóór de werken", "État des lieux avant travaux"),
    "Post-works check": ("Controle na de werken", "Contrôle après travaux"),
    "New": ("Nieuw", "Neuf"),
    "Good": ("Goed", "Bon"),
    "Worn": ("Versleten", "Usé"),
    "Damaged": ("Beschadigd", "Endommagé"),
    "Missing": ("Ontbreekt", "Manquant"),
    "Not applicable": ("Niet van toepassing", "Sans objet"),
    "Tenant": ("Huurder", "Locataire"),
    "Project manager": ("Projectbeheerder", "Gestionnaire de projet"),
    "Contractor": ("Aannemer", "Entrepreneur"),
    "Surveyor": ("Landmeter", "Géomètre"),
    "Renovation-site assistant": ("Maatschappelijk assistent werf",
                                  "Assistant(e) social(e) de chantier"),
    "Not signed yet": ("Nog niet getekend", "Pas encore signé"),
    "Signed": ("Getekend", "Signé"),
    "Refused to sign": ("Weigert te tekenen", "Refuse de signer"),
    "Moving furniture": ("Meubels verplaatsen", "Déplacer les meubles"),
    "Clearing full rooms or storage": ("Volle kamers of berging leegmaken",
                                       "Vider des pièces ou un débarras encombrés"),
    "Temporary rehousing": ("Tijdelijke herhuisvesting", "Relogement temporaire"),
    "Vulnerable occupant": ("Kwetsbare bewoner", "Occupant vulnérable"),
    "Interpreter": ("Tolk", "Interprète"),
    "Pets": ("Huisdieren", "Animaux domestiques"),
    "Contact with a non-profit or neighbourhood house": (
        "Contact met een vzw of buurthuis", "Contact avec une ASBL ou une maison de quartier"),
    "To assess": ("Te beoordelen", "À évaluer"),
    "Not needed": ("Niet nodig", "Pas nécessaire"),
    "Needed": ("Nodig", "Nécessaire"),
    "Arranged": ("Geregeld", "Organisé"),
    "Question": ("Vraag", "Question"),
    "Complaint": ("Klacht", "Plainte"),
    "Damage": ("Schade", "Dégât"),
    "Noise or dust": ("Lawaai of stof", "Bruit ou poussière"),
    "Access to the dwelling": ("Toegang tot de woning", "Accès au logement"),
    "Water, gas or electricity cut": ("Water, gas of elektriciteit afgesloten",
                                      "Coupure d'eau, de gaz ou d'électricité"),
}

BY_CONTEXT.update({("errors", k): v for k, v in ERRORS.items()})
BY_CONTEXT.update({("labels", k): v for k, v in LABELS.items()})
BY_SOURCE: dict[str, tuple[str, str]] = {}
