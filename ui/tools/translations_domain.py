"""Dutch and French for the messages and labels of fieldapp/ (contexts errors, labels,
vault): source -> (nl, fr). The 17 objectives follow the sector vision 2024 (GLOSSARY)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "Office hours": ("Permanentie", "Permanence"),
    "Office interview": ("Gesprek op kantoor", "Entretien au bureau"),
    "Home visit": ("Huisbezoek", "Visite à domicile"),
    "Phone call": ("Telefoongesprek", "Appel téléphonique"),
    "Letter / e-mail": ("Brief / e-mail", "Courrier / e-mail"),
    "Finances / debt": ("Financiën / schulden", "Finances / dettes"),
    "Rent arrears": ("Huurachterstal", "Arriérés de loyer"),
    "Family": ("Gezin", "Famille"),
    "Administrative": ("Administratief", "Administratif"),
    "Health / mental health": ("Gezondheid / geestelijke gezondheid",
                               "Santé / santé mentale"),
    "Neighbourhood": ("Buurt", "Voisinage"),
    "Transfer": ("Mutatie", "Mutation"),
    "Maintenance": ("Onderhoud", "Entretien"),
    "Team": ("Team", "Équipe"),
    "Restricted (author and supervisors)": ("Beperkt (auteur en verantwoordelijken)",
                                            "Restreinte (auteur et responsables)"),
    "OCMW / CPAS": ("OCMW / CPAS", "CPAS / OCMW"),
    "CAW": ("CAW", "CAW"),
    "Mental-health service": ("Dienst geestelijke gezondheid", "Service de santé mentale"),
    "Debt help": ("Schuldhulp", "Médiation de dettes"),
    "Proposed": ("Voorgesteld", "Proposée"),
    "Sent": ("Verstuurd", "Envoyée"),
    "In progress": ("Lopend", "En cours"),
    "Completed": ("Afgerond", "Terminée"),
    "Declined": ("Geweigerd", "Refusée"),
    "Opened": ("Geopend", "Ouvert"),
    "Printed": ("Afgedrukt", "Imprimé"),
    "Exported": ("Geëxporteerd", "Exporté"),
    "Head of household": ("Gezinshoofd", "Chef de ménage"),
    "Partner": ("Partner", "Partenaire"),
    "Child": ("Kind", "Enfant"),
    "Other household member": ("Ander gezinslid", "Autre membre du ménage"),
    "Buildings and infrastructure": ("Gebouwen en infrastructuur",
                                     "Bâtiments et infrastructures"),
    "Strengthen social support": ("Sociale begeleiding versterken",
                                  "Renforcer l'accompagnement social"),
    "Positive dynamic in the neighbourhood": ("Positieve dynamiek in de wijk",
                                              "Dynamique positive dans le quartier"),
    "Interaction between actors": ("Interactie tussen de actoren",
                                   "Interaction entre les acteurs"),
    "Inventory and monitor problems and needs of buildings and spaces": (
        "Problemen en noden van gebouwen en ruimten inventariseren en opvolgen",
        "Inventorier et suivre les problèmes et besoins des bâtiments et des espaces"),
    "Constructive consultation in construction and renovation projects": (
        "Constructief overleg bij bouw- en renovatieprojecten",
        "Concertation constructive dans les projets de construction et de rénovation"),
    "Better use of and respect for buildings through information and training": (
        "Beter gebruik van en respect voor gebouwen via informatie en vorming",
        "Meilleur usage et respect des bâtiments par l'information et la formation"),
    "Performance and versatility of buildings": (
        "Prestaties en veelzijdigheid van gebouwen",
        "Performance et polyvalence des bâtiments"),
    "Better design of collective spaces": (
        "Betere inrichting van collectieve ruimten",
        "Meilleur aménagement des espaces collectifs"),
    "Dynamic management of collective spaces": (
        "Dynamisch beheer van collectieve ruimten",
        "Gestion dynamique des espaces collectifs"),
    "Proactive approach of vulnerable groups": (
        "Proactieve benadering van kwetsbare groepen",
        "Approche proactive des publics vulnérables"),
    "Framework for collective reception, information, awareness and exchange": (
        "Kader voor collectief onthaal, informatie, sensibilisering en uitwisseling",
        "Cadre d'accueil collectif, d'information, de sensibilisation et d'échange"),
    "Reception, follow-up and individual support to keep the right to housing": (
        "Onthaal, opvolging en individuele begeleiding om het recht op wonen te vrijwaren",
        "Accueil, suivi et accompagnement individuel pour préserver le droit au logement"),
    "Put the beneficiary at the centre of all activities": (
        "De begunstigde centraal stellen in alle activiteiten",
        "Placer le bénéficiaire au centre de toutes les activités"),
    "Join and strengthen local dynamics": (
        "Aansluiten bij en versterken van lokale dynamieken",
        "Rejoindre et renforcer les dynamiques locales"),
    "Role in territorial development": ("Rol in de territoriale ontwikkeling",
                                        "Rôle dans le développement territorial"),
    "Help residents appropriate their living space": (
        "Bewoners helpen zich hun leefomgeving toe te eigenen",
        "Aider les habitants à s'approprier leur cadre de vie"),
    "Identify and activate local actors": ("Lokale actoren identificeren en activeren",
                                           "Identifier et mobiliser les acteurs locaux"),
    "Learn to cooperate": ("Leren samenwerken", "Apprendre à coopérer"),
    "Build the network with residents": ("Het netwerk met de bewoners uitbouwen",
                                         "Construire le réseau avec les habitants"),
    "Take part in or start network dynamics": (
        "Deelnemen aan of starten van netwerkdynamieken",
        "Participer à des dynamiques de réseau ou en lancer"),
}

ERRORS: dict[str, tuple[str, str]] = {
    "This text is too long: at most {max_len} characters.": (
        "Deze tekst is te lang: maximaal {max_len} tekens.",
        "Ce texte est trop long : {max_len} caractères au maximum."),
    "Unknown access-log action '{action}'.": (
        "Onbekende actie '{action}' voor het toegangslogboek.",
        "Action '{action}' inconnue pour le journal d'accès."),
    "This case file was not found. It may have been removed; refresh the list.": (
        "Dit dossier werd niet gevonden. Het is misschien verwijderd; vernieuw de lijst.",
        "Ce dossier est introuvable. Il a peut-être été supprimé ; actualisez la liste."),
    "This note was not found. It may have been deleted.": (
        "Dit verslag werd niet gevonden. Het is misschien verwijderd.",
        "Cette note est introuvable. Elle a peut-être été supprimée."),
    "A note needs some text.": ("Een verslag moet tekst bevatten.",
                                "Une note doit contenir du texte."),
    "Unknown theme '{theme}'.": ("Onbekend thema '{theme}'.", "Thème '{theme}' inconnu."),
    "Unknown case status '{status}'.": ("Onbekende dossierstatus '{status}'.",
                                        "Statut de dossier '{status}' inconnu."),
    "Choose what kind of contact this note records.": (
        "Kies welk soort contact dit verslag beschrijft.",
        "Choisissez le type de contact que cette note consigne."),
    "Choose a confidentiality level: team or restricted.": (
        "Kies een vertrouwelijkheidsniveau: team of beperkt.",
        "Choisissez un niveau de confidentialité : équipe ou restreinte."),
    "'{objective}' is not one of the 17 operational objectives.": (
        "'{objective}' is geen van de 17 operationele doelstellingen.",
        "'{objective}' ne fait pas partie des 17 objectifs opérationnels."),
    "A note needs a date.": ("Een verslag heeft een datum nodig.",
                             "Une note doit avoir une date."),
    "A note can't be dated in the future.": ("Een verslag kan niet in de toekomst gedateerd zijn.",
                                             "Une note ne peut pas être datée dans le futur."),
    "A draft needs a short key.": ("Een ontwerp heeft een korte sleutel nodig.",
                                   "Un brouillon a besoin d'une clé courte."),
    "This follow-up was not found.": ("Deze opvolging werd niet gevonden.",
                                      "Ce suivi est introuvable."),
    "Say what needs to be followed up.": ("Zeg wat er opgevolgd moet worden.",
                                          "Indiquez ce qui doit être suivi."),
    "A follow-up needs a due date.": ("Een opvolging heeft een vervaldatum nodig.",
                                      "Un suivi doit avoir une échéance."),
    "The due date {due_on} is in the past. Choose today or a later date.": (
        "De datum {due_on} ligt in het verleden. Kies vandaag of een latere datum.",
        "L'échéance du {due_on} est passée. Choisissez aujourd'hui ou une date ultérieure."),
    "This vault has no user profile.": ("Deze kluis heeft geen gebruikersprofiel.",
                                        "Ce coffre n'a pas de profil d'utilisateur."),
    "A setting needs a short name.": ("Een instelling heeft een korte naam nodig.",
                                      "Un paramètre a besoin d'un nom court."),
    "This referral was not found.": ("Deze doorverwijzing werd niet gevonden.",
                                     "Cette orientation est introuvable."),
    "Unknown referral status '{status}'.": ("Onbekende status '{status}' van doorverwijzing.",
                                            "Statut d'orientation '{status}' inconnu."),
    "Choose where the household is referred to.": (
        "Kies naar waar het gezin wordt doorverwezen.",
        "Choisissez vers où le ménage est orienté."),
    "Give the reason for the referral.": ("Geef de reden van de doorverwijzing.",
                                          "Indiquez le motif de l'orientation."),
    "This household was not found. It may have been removed; refresh the list.": (
        "Dit gezin werd niet gevonden. Het is misschien verwijderd; vernieuw de lijst.",
        "Ce ménage est introuvable. Il a peut-être été supprimé ; actualisez la liste."),
    "This site was not found.": ("Deze site werd niet gevonden.", "Ce site est introuvable."),
    "A site needs a name.": ("Een site heeft een naam nodig.", "Un site doit avoir un nom."),
    "This building was not found.": ("Dit gebouw werd niet gevonden.",
                                     "Ce bâtiment est introuvable."),
    "This dwelling was not found.": ("Deze woning werd niet gevonden.",
                                     "Ce logement est introuvable."),
    "A household needs a name.": ("Een gezin heeft een naam nodig.",
                                  "Un ménage doit avoir un nom."),
    "Unknown household relation '{relation}'.": ("Onbekende gezinsrelatie '{relation}'.",
                                                 "Lien familial '{relation}' inconnu."),
    "A person needs a name.": ("Een persoon heeft een naam nodig.",
                               "Une personne doit avoir un nom."),
    "This home visit was not found.": ("Dit huisbezoek werd niet gevonden.",
                                       "Cette visite à domicile est introuvable."),
    "A visit can't be planned in the past ({planned_on}).": (
        "Een bezoek kan niet in het verleden gepland worden ({planned_on}).",
        "Une visite ne peut pas être planifiée dans le passé ({planned_on})."),
    "This visit was cancelled; plan a new one instead.": (
        "Dit bezoek is geannuleerd; plan een nieuw bezoek.",
        "Cette visite a été annulée ; planifiez-en une nouvelle."),
    "A visit that took place can't be cancelled.": (
        "Een bezoek dat plaatsvond, kan niet geannuleerd worden.",
        "Une visite qui a eu lieu ne peut pas être annulée."),
    "Tick at least one household that attended.": (
        "Vink minstens één gezin aan dat aanwezig was.",
        "Cochez au moins un ménage présent."),
    "Something went wrong ({kind}). Your saved work is safe; please try again.": (
        "Er ging iets mis ({kind}). Je bewaarde werk is veilig; probeer opnieuw.",
        "Un problème est survenu ({kind}). Votre travail enregistré est en sécurité ; "
        "veuillez réessayer."),
}

VAULT: dict[str, tuple[str, str]] = {
    "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.": (
        "De wachtzin is niet juist. Controleer Caps Lock en de toetsenbordindeling en probeer "
        "opnieuw.",
        "La phrase secrète n'est pas correcte. Vérifiez le verrouillage des majuscules et la "
        "disposition du clavier, puis réessayez."),
    "This vault is tied to the keyring of the computer it was created on, and that secret is "
    "not available here. A copied vault can't be opened on another device.": (
        "Deze kluis is gebonden aan de sleutelbos van de computer waarop ze werd aangemaakt, "
        "en dat geheim is hier niet beschikbaar. Een gekopieerde kluis kan niet op een ander "
        "toestel geopend worden.",
        "Ce coffre est lié au trousseau de l'ordinateur sur lequel il a été créé, et ce secret "
        "n'est pas disponible ici. Un coffre copié ne peut pas être ouvert sur un autre "
        "appareil."),
    "No system keyring is available on this computer, and your organisation requires one to "
    "protect the vault. Ask IT to enable the keyring.": (
        "Er is geen sleutelbos van het systeem beschikbaar op deze computer, en je organisatie "
        "vereist er een om de kluis te beschermen. Vraag IT om de sleutelbos in te schakelen.",
        "Aucun trousseau système n'est disponible sur cet ordinateur, et votre organisation "
        "en exige un pour protéger le coffre. Demandez au service informatique de l'activer."),
    "The vault's header file is damaged or was altered, so the vault can't be opened. Restore "
    "it from a backup or ask IT for help.": (
        "Het headerbestand van de kluis is beschadigd of gewijzigd, dus de kluis kan niet "
        "geopend worden. Zet het terug uit een back-up of vraag IT om hulp.",
        "Le fichier d'en-tête du coffre est endommagé ou a été modifié : le coffre ne peut pas "
        "être ouvert. Restaurez-le depuis une sauvegarde ou demandez l'aide du service "
        "informatique."),
    "There is no vault in this folder.": ("Er is geen kluis in deze map.",
                                          "Il n'y a pas de coffre dans ce dossier."),
    "A vault already exists in this folder; unlock it instead.": (
        "Er bestaat al een kluis in deze map; ontgrendel die.",
        "Un coffre existe déjà dans ce dossier ; déverrouillez-le plutôt."),
    "The vault is locked. Unlock it with your passphrase first.": (
        "De kluis is vergrendeld. Ontgrendel ze eerst met je wachtzin.",
        "Le coffre est verrouillé. Déverrouillez-le d'abord avec votre phrase secrète."),
    "Choose a passphrase of at least {min_length} characters.": (
        "Kies een wachtzin van minstens {min_length} tekens.",
        "Choisissez une phrase secrète d'au moins {min_length} caractères."),
    "No system keyring was found on this computer, so the vault is protected by your "
    "passphrase alone: a copy of the vault folder could be attacked offline. Use a long "
    "passphrase, or ask IT to enable the keyring.": (
        "Er werd geen sleutelbos van het systeem gevonden op deze computer, dus de kluis is "
        "enkel door je wachtzin beschermd: een kopie van de kluismap kan offline aangevallen "
        "worden. Gebruik een lange wachtzin of vraag IT om de sleutelbos in te schakelen.",
        "Aucun trousseau système n'a été trouvé sur cet ordinateur : le coffre n'est protégé "
        "que par votre phrase secrète, et une copie du dossier du coffre pourrait être "
        "attaquée hors ligne. Utilisez une longue phrase secrète ou demandez au service "
        "informatique d'activer le trousseau."),
    "The database file does not match its header or is damaged, so it can't be opened. "
    "Restore the vault folder from a backup.": (
        "Het databasebestand past niet bij zijn header of is beschadigd, dus het kan niet "
        "geopend worden. Zet de kluismap terug uit een back-up.",
        "Le fichier de base de données ne correspond pas à son en-tête ou est endommagé : il "
        "ne peut pas être ouvert. Restaurez le dossier du coffre depuis une sauvegarde."),
}
