"""Dutch and French of synchronisation: first run against a server, the status bar,
conflicts, history, the outcomes of a round and the engine's messages (context "sync").

Vocabulary: synchroniseren / synchroniser, kluis / coffre, wachtzin / phrase secrète,
inschrijvingscode / code d'inscription, toestel / appareil, conflict / conflit,
verslag / note (GLOSSARY), dossier / dossier.
"""

from __future__ import annotations

BY_CONTEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("sync-names", "Note"): ("Verslag", "Note"),
    ("sync-names", "Text"): ("Tekst", "Texte"),
    ("sync-names", "Summary"): ("Samenvatting", "Résumé"),
    ("HistoryDialog", "Change"): ("Wijziging", "Modification"),
    ("HistoryDialog", "Changed"): ("Gewijzigd", "Modifié"),
    ("HistoryDialog", "Created"): ("Aangemaakt", "Créé"),
    ("HistoryDialog", "Deleted"): ("Verwijderd", "Supprimé"),
    ("HistoryDialog", "History"): ("Geschiedenis", "Historique"),
    ("CaseFileView", "&History"): ("&Geschiedenis", "&Historique"),
    ("LockedOfflinePage", "&Synchronise now"): ("&Nu synchroniseren", "&Synchroniser maintenant"),
    ("ReloginDialog", "&Later"): ("&Later", "&Plus tard"),
}

BY_SOURCE: dict[str, tuple[str, str]] = {
    # -- relative time ------------------------------------------------------------------
    "never": ("nog nooit", "jamais"),
    "just now": ("zonet", "à l'instant"),
    "{n} min ago": ("{n} min geleden", "il y a {n} min"),
    "{n} h ago": ("{n} u geleden", "il y a {n} h"),
    "yesterday": ("gisteren", "hier"),
    "{n} days ago": ("{n} dagen geleden", "il y a {n} jours"),
    # -- status bar -----------------------------------------------------------------------
    "Synchronising…": ("Bezig met synchroniseren…", "Synchronisation en cours…"),
    "● Online": ("● Online", "● En ligne"),
    "○ Offline": ("○ Offline", "○ Hors ligne"),
    "All changes sent": ("Alle wijzigingen verstuurd", "Toutes les modifications envoyées"),
    "1 change waiting": ("1 wijziging wacht", "1 modification en attente"),
    "{n} changes waiting": ("{n} wijzigingen wachten", "{n} modifications en attente"),
    "Last sync: {when}": ("Laatste synchronisatie: {when}", "Dernière synchro : {when}"),
    "1 conflict to decide": ("1 conflict om te beslissen", "1 conflit à trancher"),
    "{n} conflicts to decide": ("{n} conflicten om te beslissen", "{n} conflits à trancher"),
    "This computer's clock is {n} min behind the server's": (
        "De klok van deze computer loopt {n} min achter op die van de server",
        "L'horloge de cet ordinateur retarde de {n} min sur celle du serveur"),
    "This computer's clock is {n} min ahead of the server's": (
        "De klok van deze computer loopt {n} min voor op die van de server",
        "L'horloge de cet ordinateur avance de {n} min sur celle du serveur"),
    "Set the right date and time in the system settings. Your work is kept.": (
        "Stel de juiste datum en tijd in bij de systeeminstellingen. Je werk blijft bewaard.",
        "Réglez la date et l'heure correctes dans les paramètres du système. Votre travail "
        "est conservé."),
    "Open the conflicts to decide": ("De conflicten openen om te beslissen",
                                     "Ouvrir les conflits à trancher"),
    "Send your changes and fetch the team's (F5)": (
        "Je wijzigingen versturen en die van het team ophalen (F5)",
        "Envoyer vos modifications et recevoir celles de l'équipe (F5)"),
    # -- first run ------------------------------------------------------------------------
    "Connect to my &organisation's server…": ("Verbinden met de server van mijn &organisatie…",
                                              "Se connecter au serveur de mon &organisation…"),
    "I already have an &account…": ("Ik heb al een a&ccount…", "J'ai &déjà un compte…"),
    "You use FieldApp on another laptop already": (
        "Je gebruikt FieldApp al op een andere laptop",
        "Vous utilisez déjà FieldApp sur un autre portable"),
    "Or keep a vault on this computer only (no server):": (
        "Of bewaar een kluis alleen op deze computer (zonder server):",
        "Ou gardez un coffre sur cet ordinateur uniquement (sans serveur) :"),
    "Connect to your organisation's server": ("Verbinden met de server van je organisatie",
                                              "Se connecter au serveur de votre organisation"),
    "Log in on this laptop": ("Aanmelden op deze laptop", "Se connecter sur ce portable"),
    "Enter the server address and the enrolment code your administrator gave you. Your "
    "passphrase opens the encrypted vault on this computer and your account on the server.": (
        "Vul het serveradres in en de inschrijvingscode die je van je beheerder kreeg. Je "
        "wachtzin opent de versleutelde kluis op deze computer en je account op de server.",
        "Indiquez l'adresse du serveur et le code d'inscription reçu de votre administrateur. "
        "Votre phrase secrète ouvre le coffre chiffré sur cet ordinateur et votre compte sur "
        "le serveur."),
    "You already use FieldApp on another laptop: log in with the same e-mail address and "
    "passphrase. Your case files are then brought to this laptop.": (
        "Je gebruikt FieldApp al op een andere laptop: meld je aan met hetzelfde e-mailadres "
        "en dezelfde wachtzin. Je dossiers worden dan naar deze laptop gebracht.",
        "Vous utilisez déjà FieldApp sur un autre portable : connectez-vous avec la même "
        "adresse e-mail et la même phrase secrète. Vos dossiers sont alors copiés sur ce "
        "portable."),
    "&Server address:": ("&Serveradres:", "Adresse du &serveur :"),
    "&E-mail address:": ("&E-mailadres:", "Adresse &e-mail :"),
    "Enrolment &code:": ("Inschrijvings&code:", "Code d'&inscription :"),
    "&Device name:": ("Naam van het &toestel:", "Nom de l'&appareil :"),
    "Server address": ("Serveradres", "Adresse du serveur"),
    "E-mail address": ("E-mailadres", "Adresse e-mail"),
    "Enrolment code": ("Inschrijvingscode", "Code d'inscription"),
    "Device name": ("Naam van het toestel", "Nom de l'appareil"),
    "Connect and create the &vault": ("&Verbinden en de kluis aanmaken",
                                      "Se connecter et créer le co&ffre"),
    "&Log in and create the vault": ("&Aanmelden en de kluis aanmaken",
                                     "Se co&nnecter et créer le coffre"),
    "&Back: a vault on this computer only": ("Te&rug: een kluis alleen op deze computer",
                                             "&Retour : un coffre sur cet ordinateur seulement"),
    "Enter the server address, starting with https://.": (
        "Vul het serveradres in, beginnend met https://.",
        "Indiquez l'adresse du serveur, commençant par https://."),
    "This address is not encrypted (http://). Use the https:// address your administrator "
    "gave you; http:// only works for a server on this computer.": (
        "Dit adres is niet versleuteld (http://). Gebruik het https://-adres dat je beheerder "
        "je gaf; http:// werkt alleen voor een server op deze computer.",
        "Cette adresse n'est pas chiffrée (http://). Utilisez l'adresse https:// donnée par "
        "votre administrateur ; http:// ne fonctionne que pour un serveur sur cet ordinateur."),
    "Enter your e-mail address.": ("Vul je e-mailadres in.", "Indiquez votre adresse e-mail."),
    "Enter the enrolment code from your administrator.": (
        "Vul de inschrijvingscode van je beheerder in.",
        "Indiquez le code d'inscription reçu de votre administrateur."),
    "Give this computer a name (for example its label).": (
        "Geef deze computer een naam (bijvoorbeeld wat op het etiket staat).",
        "Donnez un nom à cet ordinateur (par exemple celui de son étiquette)."),
    "Connecting to the server…": ("Verbinden met de server…", "Connexion au serveur…"),
    # -- enrolment errors -------------------------------------------------------------------
    "Too many attempts. Wait a few minutes and try again.": (
        "Te veel pogingen. Wacht enkele minuten en probeer opnieuw.",
        "Trop de tentatives. Attendez quelques minutes et réessayez."),
    "This enrolment code is not right, was already used or has expired. Check it, or ask "
    "your administrator for a new one.": (
        "Deze inschrijvingscode klopt niet, werd al gebruikt of is verlopen. Controleer ze, "
        "of vraag je beheerder om een nieuwe.",
        "Ce code d'inscription n'est pas correct, a déjà servi ou a expiré. Vérifiez-le, ou "
        "demandez-en un nouveau à votre administrateur."),
    "The e-mail address or the passphrase is not right.": (
        "Het e-mailadres of de wachtzin klopt niet.",
        "L'adresse e-mail ou la phrase secrète n'est pas correcte."),
    "This account has been disabled. Contact your administrator.": (
        "Deze account is uitgeschakeld. Neem contact op met je beheerder.",
        "Ce compte a été désactivé. Contactez votre administrateur."),
    "The server refused the request ({code}). Contact your administrator.": (
        "De server weigerde de aanvraag ({code}). Neem contact op met je beheerder.",
        "Le serveur a refusé la demande ({code}). Contactez votre administrateur."),
    "The server's certificate could not be verified, so nothing was sent. Check the address; "
    "if it is right, tell your administrator.": (
        "Het certificaat van de server kon niet gecontroleerd worden, dus er werd niets "
        "verstuurd. Controleer het adres; als het juist is, verwittig je beheerder.",
        "Le certificat du serveur n'a pas pu être vérifié : rien n'a été envoyé. Vérifiez "
        "l'adresse ; si elle est correcte, prévenez votre administrateur."),
    "The server cannot be reached. Check the address and that this computer is connected to "
    "the network.": (
        "De server is niet bereikbaar. Controleer het adres en of deze computer met het "
        "netwerk verbonden is.",
        "Le serveur est injoignable. Vérifiez l'adresse et que cet ordinateur est connecté "
        "au réseau."),
    "The server's answer did not pass its security check; nothing was set up.": (
        "Het antwoord van de server doorstond de veiligheidscontrole niet; er werd niets "
        "ingesteld.",
        "La réponse du serveur n'a pas passé le contrôle de sécurité ; rien n'a été "
        "configuré."),
    # -- conflicts ------------------------------------------------------------------------
    "Conflicts to decide": ("Conflicten om te beslissen", "Conflits à trancher"),
    "This record was changed on this computer and on another one before they could "
    "synchronise. Changes to different fields were combined already; for the fields below, "
    "choose which version to keep. Free text can be merged.": (
        "Dit gegeven werd op deze computer en op een andere gewijzigd voor ze konden "
        "synchroniseren. Wijzigingen aan verschillende velden zijn al samengevoegd; kies voor "
        "de velden hieronder welke versie je bewaart. Vrije tekst kan je samenvoegen.",
        "Cet élément a été modifié sur cet ordinateur et sur un autre avant qu'ils puissent "
        "se synchroniser. Les modifications de champs différents sont déjà combinées ; pour "
        "les champs ci-dessous, choisissez la version à garder. Le texte libre peut être "
        "fusionné."),
    "&Apply this choice": ("Deze keuze &toepassen", "&Appliquer ce choix"),
    "Decide &later": ("&Later beslissen", "Décider plus &tard"),
    "Loading…": ("Laden…", "Chargement…"),
    "Conflict {i} of {n}: {what}": ("Conflict {i} van {n}: {what}", "Conflit {i} sur {n} : {what}"),
    "Before both changes": ("Voor beide wijzigingen", "Avant les deux modifications"),
    "Yours — {who}, {when}": ("Van jou — {who}, {when}", "La vôtre — {who}, {when}"),
    "{who} — {when}": ("{who} — {when}", "{who} — {when}"),
    "Keep &mine": ("&Mijn versie bewaren", "Garder la &mienne"),
    "Keep the version of &{who}": ("De versie van &{who} bewaren",
                                   "Garder la version de &{who}"),
    "&Merge both texts (edit below)": ("Beide teksten &samenvoegen (hieronder aanpassen)",
                                       "&Fusionner les deux textes (à modifier ci-dessous)"),
    "Merged text": ("Samengevoegde tekst", "Texte fusionné"),
    "A record was changed on two computers: decide which version to keep.": (
        "Een gegeven werd op twee computers gewijzigd: beslis welke versie je bewaart.",
        "Un élément a été modifié sur deux ordinateurs : choisissez la version à garder."),
    # -- history --------------------------------------------------------------------------
    "History of a {what}": ("Geschiedenis: {what}", "Historique : {what}"),
    "Asking the server for every version…": ("Alle versies worden opgevraagd bij de server…",
                                             "Demande de toutes les versions au serveur…"),
    "When": ("Wanneer", "Quand"),
    "Who": ("Wie", "Qui"),
    "Versions": ("Versies", "Versions"),
    "Text of the selected version": ("Tekst van de gekozen versie",
                                     "Texte de la version choisie"),
    "The server has no earlier version of this record yet (it has not been synchronised).": (
        "De server heeft nog geen versie van dit gegeven (het is nog niet gesynchroniseerd).",
        "Le serveur n'a encore aucune version de cet élément (il n'a pas encore été "
        "synchronisé)."),
    "{n} versions, oldest first.": ("{n} versies, oudste eerst.",
                                    "{n} versions, la plus ancienne d'abord."),
    "(unknown)": ("(onbekend)", "(inconnu)"),
    "The history is kept on the server, which cannot be reached now. Try again when you are "
    "connected.": (
        "De geschiedenis staat op de server, die nu niet bereikbaar is. Probeer opnieuw als "
        "je verbonden bent.",
        "L'historique est conservé sur le serveur, injoignable pour l'instant. Réessayez "
        "quand vous serez connecté(e)."),
    "The history could not be read from the server.": (
        "De geschiedenis kon niet gelezen worden van de server.",
        "L'historique n'a pas pu être lu sur le serveur."),
    "This vault is not connected to a server: only the current version is kept.": (
        "Deze kluis is niet met een server verbonden: alleen de huidige versie wordt bewaard.",
        "Ce coffre n'est pas relié à un serveur : seule la version actuelle est conservée."),
    "Every version of the selected line, with who wrote it and when": (
        "Elke versie van de gekozen regel, met wie ze schreef en wanneer",
        "Chaque version de la ligne choisie, avec qui l'a écrite et quand"),
    # -- outcomes -------------------------------------------------------------------------
    "Connect to synchronise": ("Verbind om te synchroniseren", "Connectez-vous pour synchroniser"),
    "This laptop has not reached the server for more than {n} days. Connect to the network "
    "and synchronise: your case files open again as soon as it succeeds. Nothing you wrote "
    "is lost.": (
        "Deze laptop heeft de server al meer dan {n} dagen niet bereikt. Verbind met het "
        "netwerk en synchroniseer: je dossiers gaan weer open zodra dat lukt. Niets van wat "
        "je schreef gaat verloren.",
        "Ce portable n'a plus joint le serveur depuis plus de {n} jours. Connectez-vous au "
        "réseau et synchronisez : vos dossiers se rouvrent dès que cela réussit. Rien de ce "
        "que vous avez écrit n'est perdu."),
    "Synchronise now": ("Nu synchroniseren", "Synchroniser maintenant"),
    "Log in again": ("Opnieuw aanmelden", "Se reconnecter"),
    "Your session on the server has ended. Enter your passphrase to log in again; your work "
    "on this computer is kept.": (
        "Je sessie op de server is beëindigd. Vul je wachtzin in om opnieuw aan te melden; je "
        "werk op deze computer blijft bewaard.",
        "Votre session sur le serveur a pris fin. Entrez votre phrase secrète pour vous "
        "reconnecter ; votre travail sur cet ordinateur est conservé."),
    "&Log in": ("&Aanmelden", "Se &connecter"),
    "Synchronisation": ("Synchronisatie", "Synchronisation"),
    "Security warning": ("Veiligheidswaarschuwing", "Alerte de sécurité"),
    "Nothing was changed on this computer. Tell your administrator today; synchronisation "
    "will keep refusing the data until it is repaired.": (
        "Er werd niets gewijzigd op deze computer. Verwittig vandaag nog je beheerder; de "
        "synchronisatie blijft de gegevens weigeren tot het hersteld is.",
        "Rien n'a été modifié sur cet ordinateur. Prévenez votre administrateur aujourd'hui "
        "même ; la synchronisation refusera les données tant que ce n'est pas réparé."),
    "This device was withdrawn": ("Dit toestel werd ingetrokken", "Cet appareil a été retiré"),
    "This device was withdrawn from your organisation's server and the data on it has been "
    "removed. If this is a mistake, contact your administrator; you can then connect again.": (
        "Dit toestel werd ingetrokken op de server van je organisatie en de gegevens erop zijn "
        "gewist. Is dit een vergissing, neem dan contact op met je beheerder; daarna kan je "
        "opnieuw verbinden.",
        "Cet appareil a été retiré du serveur de votre organisation et ses données ont été "
        "effacées. S'il s'agit d'une erreur, contactez votre administrateur ; vous pourrez "
        "ensuite vous reconnecter."),
    # -- the engine's messages (context "sync") ------------------------------------------
    "Everything is synchronised.": ("Alles is gesynchroniseerd.", "Tout est synchronisé."),
    "The server cannot be reached. Your work is kept here and sent later.": (
        "De server is niet bereikbaar. Je werk blijft hier bewaard en wordt later verstuurd.",
        "Le serveur est injoignable. Votre travail est conservé ici et envoyé plus tard."),
    "The server had a problem. Your work is kept here; sync is retried later.": (
        "De server had een probleem. Je werk blijft hier bewaard; later wordt opnieuw "
        "gesynchroniseerd.",
        "Le serveur a rencontré un problème. Votre travail est conservé ici ; la "
        "synchronisation sera relancée plus tard."),
    "This computer's clock is more than 5 minutes off the server's. Set the right date and "
    "time.": (
        "De klok van deze computer wijkt meer dan 5 minuten af van die van de server. Stel de "
        "juiste datum en tijd in.",
        "L'horloge de cet ordinateur diffère de plus de 5 minutes de celle du serveur. Réglez "
        "la date et l'heure correctes."),
    "This device was removed from your account and its data has been erased.": (
        "Dit toestel werd van je account verwijderd en de gegevens erop zijn gewist.",
        "Cet appareil a été retiré de votre compte et ses données ont été effacées."),
    "This device or account has been disabled. Contact your administrator.": (
        "Dit toestel of deze account is uitgeschakeld. Neem contact op met je beheerder.",
        "Cet appareil ou ce compte a été désactivé. Contactez votre administrateur."),
    "Your session has ended. Log in again.": ("Je sessie is beëindigd. Meld je opnieuw aan.",
                                              "Votre session a pris fin. Reconnectez-vous."),
    "This device has not reached the server for too long. Connect to the network to unlock "
    "it.": (
        "Dit toestel heeft de server te lang niet bereikt. Verbind met het netwerk om het te "
        "ontgrendelen.",
        "Cet appareil n'a plus joint le serveur depuis trop longtemps. Connectez-vous au "
        "réseau pour le déverrouiller."),
    "Data from the server did not pass its security check and was refused.": (
        "Gegevens van de server doorstonden de veiligheidscontrole niet en werden geweigerd.",
        "Des données du serveur n'ont pas passé le contrôle de sécurité et ont été refusées."),
    "A synchronisation is already running.": ("Er loopt al een synchronisatie.",
                                              "Une synchronisation est déjà en cours."),
    "Synchronisation stopped.": ("Synchronisatie gestopt.", "Synchronisation arrêtée."),
    "This vault is not connected to a server.": ("Deze kluis is niet met een server verbonden.",
                                                 "Ce coffre n'est pas relié à un serveur."),
    "This conflict no longer exists.": ("Dit conflict bestaat niet meer.",
                                        "Ce conflit n'existe plus."),
    # -- names of records and fields ----------------------------------------------------
    "Referral": ("Doorverwijzing", "Orientation"),
    "Home visit": ("Huisbezoek", "Visite à domicile"),
    "Person": ("Persoon", "Personne"),
    "Request": ("Melding", "Demande"),
    "Intervention": ("Interventie", "Intervention"),
    "Inventory": ("Plaatsbeschrijving", "État des lieux"),
    "Due date": ("Vervaldatum", "Échéance"),
    "E-mail": ("E-mail", "E-mail"),
    "(empty)": ("(leeg)", "(vide)"),
    "yes": ("ja", "oui"),
    "no": ("nee", "non"),
}
