<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>CaseDetailsPanel</name>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Travailleur social :</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>T&amp;hèmes :</translation>
        </message>
        <message>
            <source>Save case &amp;details</source>
            <translation>&amp;Enregistrer le dossier</translation>
        </message>
        <message>
            <source>People of the household</source>
            <translation>Personnes du ménage</translation>
        </message>
        <message>
            <source>Case file status</source>
            <translation>Statut du dossier</translation>
        </message>
        <message>
            <source>Assigned worker</source>
            <translation>Travailleur social attitré</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Opening the case file…</source>
            <translation>Ouverture du dossier…</translation>
        </message>
        <message>
            <source>Dwelling {label}</source>
            <translation>Logement {label}</translation>
        </message>
        <message>
            <source>Tenant since {date}</source>
            <translation>Locataire depuis le {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Referral: {destination}</source>
            <translation>Orientation : {destination}</translation>
        </message>
        <message>
            <source>Home visit (plan)</source>
            <translation>Visite à domicile (planning)</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Séance d'accueil</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restreinte</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Né(e) le</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nouvelle note (Ctrl+N)</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up</source>
            <translation>Planifier un &amp;suivi</translation>
        </message>
        <message>
            <source>Add a &amp;referral</source>
            <translation>Ajouter une &amp;orientation</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit</source>
            <translation>Planifier une &amp;visite</translation>
        </message>
        <message>
            <source>R&amp;ecord the visit</source>
            <translation>&amp;Consigner la visite</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <source>Welcome to FieldApp</source>
            <translation>Bienvenue dans FieldApp</translation>
        </message>
        <message>
            <source>Your case files are kept in an encrypted vault on this computer. Choose a passphrase you will remember: without it nobody, including you, can open the vault on this computer.</source>
            <translation>Vos dossiers sont conservés dans un coffre chiffré sur cet ordinateur. Choisissez une phrase secrète dont vous vous souviendrez : sans elle, personne, pas même vous, ne peut ouvrir le coffre sur cet ordinateur.</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Votre nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>&amp;Confirmer la phrase secrète :</translation>
        </message>
        <message>
            <source>Site social assistant</source>
            <translation>Assistant(e) social(e) de site</translation>
        </message>
        <message>
            <source>At least {n} characters. A few unrelated words make a strong passphrase.</source>
            <translation>Au moins {n} caractères. Quelques mots sans rapport entre eux font une phrase secrète solide.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Créer le coffre</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirmer la phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase secrète</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <source>Please enter your name.</source>
            <translation>Veuillez indiquer votre nom.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Creating the vault…</source>
            <translation>Création du coffre…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Échéance :</translation>
        </message>
        <message>
            <source>&amp;What to do:</source>
            <translation>&amp;Que faire :</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Planifier un suivi</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Due today ({n})</source>
            <translation>Aujourd'hui ({n})</translation>
        </message>
        <message>
            <source>Overdue ({n})</source>
            <translation>En retard ({n})</translation>
        </message>
        <message>
            <source>This week ({n})</source>
            <translation>Cette semaine ({n})</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>Suivis à faire aujourd'hui</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Suivis en retard</translation>
        </message>
        <message>
            <source>Follow-ups this week</source>
            <translation>Suivis de la semaine</translation>
        </message>
        <message>
            <source>&amp;Mark as done</source>
            <translation>Marquer comme &amp;fait</translation>
        </message>
        <message>
            <source>&amp;Open case file</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsView</name>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Bâtiment</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Name, address or dwelling</source>
            <translation>Nom, adresse ou logement</translation>
        </message>
        <message>
            <source>Find a household</source>
            <translation>Chercher un ménage</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite :</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>Case file status</source>
            <translation>Statut du dossier</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>No case file</source>
            <translation>Pas de dossier</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>Tous mes sites</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} households</source>
            <translation>{shown} ménages affichés sur {total}</translation>
        </message>
        <message>
            <source>Households: {total}</source>
            <translation>Ménages : {total}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <source>&amp;Case file</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>S&amp;ynchronisation</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Households</source>
            <translation>&amp;Ménages</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Suivis</translation>
        </message>
        <message>
            <source>&amp;Search notes</source>
            <translation>&amp;Rechercher dans les notes</translation>
        </message>
        <message>
            <source>&amp;Welcome sessions</source>
            <translation>Séances d'&amp;accueil</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nouvelle note</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up…</source>
            <translation>Planifier un &amp;suivi…</translation>
        </message>
        <message>
            <source>Add a &amp;referral…</source>
            <translation>Ajouter une &amp;orientation…</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit…</source>
            <translation>Planifier une &amp;visite à domicile…</translation>
        </message>
        <message>
            <source>&amp;Close case file</source>
            <translation>&amp;Fermer le dossier</translation>
        </message>
        <message>
            <source>S&amp;ynchronise now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Synchronisation is not set up yet.</source>
            <translation>La synchronisation n'est pas encore configurée.</translation>
        </message>
        <message>
            <source>Offline — not connected to a server</source>
            <translation>Hors ligne — pas connecté à un serveur</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>État de la synchronisation</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Edit note</source>
            <translation>Modifier la note</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nouvelle note</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Restaurée depuis votre brouillon non enregistré.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Confi&amp;dentiality:</source>
            <translation>&amp;Confidentialité :</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texte :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Enregistrer la note</translation>
        </message>
        <message>
            <source>Save note (Ctrl+S)</source>
            <translation>Enregistrer la note (Ctrl+S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Type de note</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Date du contact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Operational objective</source>
            <translation>Objectif opérationnel</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texte de la note</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short: at least {n} characters</source>
            <translation>Trop courte : au moins {n} caractères</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Solide</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Très solide</translation>
        </message>
    </context>
    <context>
        <name>PlanVisitDialog</name>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Prévue le :</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>Plan a home visit</source>
            <translation>Planifier une visite à domicile</translation>
        </message>
    </context>
    <context>
        <name>RecordVisitDialog</name>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Effectuée le :</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>&amp;Visit note:</source>
            <translation>&amp;Note de visite :</translation>
        </message>
        <message>
            <source>Record a home visit</source>
            <translation>Consigner une visite à domicile</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Orienté vers :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Add a referral</source>
            <translation>Ajouter une orientation</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Found in the note</source>
            <translation>Trouvé dans la note</translation>
        </message>
        <message>
            <source>&amp;Search notes:</source>
            <translation>&amp;Rechercher dans les notes :</translation>
        </message>
        <message>
            <source>Words from any note, in any case file</source>
            <translation>Des mots de n'importe quelle note, dans tous les dossiers</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Type to search; Enter opens the first result.</source>
            <translation>Tapez pour chercher ; Entrée ouvre le premier résultat.</translation>
        </message>
        <message>
            <source>No note matches.</source>
            <translation>Aucune note ne correspond.</translation>
        </message>
        <message>
            <source>Notes found: {n}. Press Enter or double-click to open the case file.</source>
            <translation>Notes trouvées : {n}. Appuyez sur Entrée ou double-cliquez pour ouvrir le dossier.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer de phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Lock automatically after &amp;idle time of:</source>
            <translation>&amp;Verrouiller automatiquement après une inactivité de :</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>Phrase secrète a&amp;ctuelle :</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Con&amp;firm new passphrase:</source>
            <translation>Con&amp;firmer la nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hanger de phrase secrète</translation>
        </message>
        <message>
            <source>The new passphrase must have at least {n} characters.</source>
            <translation>La nouvelle phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>FieldApp is locked</source>
            <translation>FieldApp est verrouillé</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your vault.</source>
            <translation>Saisissez votre phrase secrète pour ouvrir votre coffre.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Please enter your passphrase.</source>
            <translation>Veuillez saisir votre phrase secrète.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Déverrouillage…</translation>
        </message>
    </context>
    <context>
        <name>UpdateReferralDialog</name>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>Follow up a referral</source>
            <translation>Suivre une orientation</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Ménages présents</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite :</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Welcome sessions held</source>
            <translation>Séances d'accueil tenues</translation>
        </message>
        <message>
            <source>Record a welcome session</source>
            <translation>Consigner une séance d'accueil</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation>&amp;Tenue le :</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Présents :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Remarques :</translation>
        </message>
        <message>
            <source>Households that attended</source>
            <translation>Ménages présents</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>&amp;Record session</source>
            <translation>&amp;Consigner la séance</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Séances d'accueil</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>This text is too long: at most {max_len} characters.</source>
            <translation>Ce texte est trop long : {max_len} caractères au maximum.</translation>
        </message>
        <message>
            <source>Unknown access-log action '{action}'.</source>
            <translation>Action '{action}' inconnue pour le journal d'accès.</translation>
        </message>
        <message>
            <source>This case file was not found. It may have been removed; refresh the list.</source>
            <translation>Ce dossier est introuvable. Il a peut-être été supprimé ; actualisez la liste.</translation>
        </message>
        <message>
            <source>This note was not found. It may have been deleted.</source>
            <translation>Cette note est introuvable. Elle a peut-être été supprimée.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>Une note doit contenir du texte.</translation>
        </message>
        <message>
            <source>Unknown theme '{theme}'.</source>
            <translation>Thème '{theme}' inconnu.</translation>
        </message>
        <message>
            <source>Unknown case status '{status}'.</source>
            <translation>Statut de dossier '{status}' inconnu.</translation>
        </message>
        <message>
            <source>Choose what kind of contact this note records.</source>
            <translation>Choisissez le type de contact que cette note consigne.</translation>
        </message>
        <message>
            <source>Choose a confidentiality level: team or restricted.</source>
            <translation>Choisissez un niveau de confidentialité : équipe ou restreinte.</translation>
        </message>
        <message>
            <source>'{objective}' is not one of the 17 operational objectives.</source>
            <translation>'{objective}' ne fait pas partie des 17 objectifs opérationnels.</translation>
        </message>
        <message>
            <source>A note needs a date.</source>
            <translation>Une note doit avoir une date.</translation>
        </message>
        <message>
            <source>A note can't be dated in the future.</source>
            <translation>Une note ne peut pas être datée dans le futur.</translation>
        </message>
        <message>
            <source>A draft needs a short key.</source>
            <translation>Un brouillon a besoin d'une clé courte.</translation>
        </message>
        <message>
            <source>This follow-up was not found.</source>
            <translation>Ce suivi est introuvable.</translation>
        </message>
        <message>
            <source>Say what needs to be followed up.</source>
            <translation>Indiquez ce qui doit être suivi.</translation>
        </message>
        <message>
            <source>A follow-up needs a due date.</source>
            <translation>Un suivi doit avoir une échéance.</translation>
        </message>
        <message>
            <source>The due date {due_on} is in the past. Choose today or a later date.</source>
            <translation>L'échéance du {due_on} est passée. Choisissez aujourd'hui ou une date ultérieure.</translation>
        </message>
        <message>
            <source>This vault has no user profile.</source>
            <translation>Ce coffre n'a pas de profil d'utilisateur.</translation>
        </message>
        <message>
            <source>A setting needs a short name.</source>
            <translation>Un paramètre a besoin d'un nom court.</translation>
        </message>
        <message>
            <source>This referral was not found.</source>
            <translation>Cette orientation est introuvable.</translation>
        </message>
        <message>
            <source>Unknown referral status '{status}'.</source>
            <translation>Statut d'orientation '{status}' inconnu.</translation>
        </message>
        <message>
            <source>Choose where the household is referred to.</source>
            <translation>Choisissez vers où le ménage est orienté.</translation>
        </message>
        <message>
            <source>Give the reason for the referral.</source>
            <translation>Indiquez le motif de l'orientation.</translation>
        </message>
        <message>
            <source>This household was not found. It may have been removed; refresh the list.</source>
            <translation>Ce ménage est introuvable. Il a peut-être été supprimé ; actualisez la liste.</translation>
        </message>
        <message>
            <source>This site was not found.</source>
            <translation>Ce site est introuvable.</translation>
        </message>
        <message>
            <source>A site needs a name.</source>
            <translation>Un site doit avoir un nom.</translation>
        </message>
        <message>
            <source>This building was not found.</source>
            <translation>Ce bâtiment est introuvable.</translation>
        </message>
        <message>
            <source>This dwelling was not found.</source>
            <translation>Ce logement est introuvable.</translation>
        </message>
        <message>
            <source>A household needs a name.</source>
            <translation>Un ménage doit avoir un nom.</translation>
        </message>
        <message>
            <source>Unknown household relation '{relation}'.</source>
            <translation>Lien familial '{relation}' inconnu.</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>Une personne doit avoir un nom.</translation>
        </message>
        <message>
            <source>This home visit was not found.</source>
            <translation>Cette visite à domicile est introuvable.</translation>
        </message>
        <message>
            <source>A visit can't be planned in the past ({planned_on}).</source>
            <translation>Une visite ne peut pas être planifiée dans le passé ({planned_on}).</translation>
        </message>
        <message>
            <source>This visit was cancelled; plan a new one instead.</source>
            <translation>Cette visite a été annulée ; planifiez-en une nouvelle.</translation>
        </message>
        <message>
            <source>A visit that took place can't be cancelled.</source>
            <translation>Une visite qui a eu lieu ne peut pas être annulée.</translation>
        </message>
        <message>
            <source>Tick at least one household that attended.</source>
            <translation>Cochez au moins un ménage présent.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Your saved work is safe; please try again.</source>
            <translation>Un problème est survenu ({kind}). Votre travail enregistré est en sécurité ; veuillez réessayer.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Office hours</source>
            <translation>Permanence</translation>
        </message>
        <message>
            <source>Office interview</source>
            <translation>Entretien au bureau</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Letter / e-mail</source>
            <translation>Courrier / e-mail</translation>
        </message>
        <message>
            <source>Finances / debt</source>
            <translation>Finances / dettes</translation>
        </message>
        <message>
            <source>Rent arrears</source>
            <translation>Arriérés de loyer</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>Administratif</translation>
        </message>
        <message>
            <source>Health / mental health</source>
            <translation>Santé / santé mentale</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Voisinage</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Mutation</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Restricted (author and supervisors)</source>
            <translation>Restreinte (auteur et responsables)</translation>
        </message>
        <message>
            <source>OCMW / CPAS</source>
            <translation>CPAS / OCMW</translation>
        </message>
        <message>
            <source>CAW</source>
            <translation>CAW</translation>
        </message>
        <message>
            <source>Mental-health service</source>
            <translation>Service de santé mentale</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Médiation de dettes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposée</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusée</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Imprimé</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <source>Head of household</source>
            <translation>Chef de ménage</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <source>Other household member</source>
            <translation>Autre membre du ménage</translation>
        </message>
        <message>
            <source>Buildings and infrastructure</source>
            <translation>Bâtiments et infrastructures</translation>
        </message>
        <message>
            <source>Strengthen social support</source>
            <translation>Renforcer l'accompagnement social</translation>
        </message>
        <message>
            <source>Positive dynamic in the neighbourhood</source>
            <translation>Dynamique positive dans le quartier</translation>
        </message>
        <message>
            <source>Interaction between actors</source>
            <translation>Interaction entre les acteurs</translation>
        </message>
        <message>
            <source>Inventory and monitor problems and needs of buildings and spaces</source>
            <translation>Inventorier et suivre les problèmes et besoins des bâtiments et des espaces</translation>
        </message>
        <message>
            <source>Constructive consultation in construction and renovation projects</source>
            <translation>Concertation constructive dans les projets de construction et de rénovation</translation>
        </message>
        <message>
            <source>Better use of and respect for buildings through information and training</source>
            <translation>Meilleur usage et respect des bâtiments par l'information et la formation</translation>
        </message>
        <message>
            <source>Performance and versatility of buildings</source>
            <translation>Performance et polyvalence des bâtiments</translation>
        </message>
        <message>
            <source>Better design of collective spaces</source>
            <translation>Meilleur aménagement des espaces collectifs</translation>
        </message>
        <message>
            <source>Dynamic management of collective spaces</source>
            <translation>Gestion dynamique des espaces collectifs</translation>
        </message>
        <message>
            <source>Proactive approach of vulnerable groups</source>
            <translation>Approche proactive des publics vulnérables</translation>
        </message>
        <message>
            <source>Framework for collective reception, information, awareness and exchange</source>
            <translation>Cadre d'accueil collectif, d'information, de sensibilisation et d'échange</translation>
        </message>
        <message>
            <source>Reception, follow-up and individual support to keep the right to housing</source>
            <translation>Accueil, suivi et accompagnement individuel pour préserver le droit au logement</translation>
        </message>
        <message>
            <source>Put the beneficiary at the centre of all activities</source>
            <translation>Placer le bénéficiaire au centre de toutes les activités</translation>
        </message>
        <message>
            <source>Join and strengthen local dynamics</source>
            <translation>Rejoindre et renforcer les dynamiques locales</translation>
        </message>
        <message>
            <source>Role in territorial development</source>
            <translation>Rôle dans le développement territorial</translation>
        </message>
        <message>
            <source>Help residents appropriate their living space</source>
            <translation>Aider les habitants à s'approprier leur cadre de vie</translation>
        </message>
        <message>
            <source>Identify and activate local actors</source>
            <translation>Identifier et mobiliser les acteurs locaux</translation>
        </message>
        <message>
            <source>Learn to cooperate</source>
            <translation>Apprendre à coopérer</translation>
        </message>
        <message>
            <source>Build the network with residents</source>
            <translation>Construire le réseau avec les habitants</translation>
        </message>
        <message>
            <source>Take part in or start network dynamics</source>
            <translation>Participer à des dynamiques de réseau ou en lancer</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>La phrase secrète n'est pas correcte. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
        </message>
        <message>
            <source>This vault is tied to the keyring of the computer it was created on, and that secret is not available here. A copied vault can't be opened on another device.</source>
            <translation>Ce coffre est lié au trousseau de l'ordinateur sur lequel il a été créé, et ce secret n'est pas disponible ici. Un coffre copié ne peut pas être ouvert sur un autre appareil.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, and your organisation requires one to protect the vault. Ask IT to enable the keyring.</source>
            <translation>Aucun trousseau système n'est disponible sur cet ordinateur, et votre organisation en exige un pour protéger le coffre. Demandez au service informatique de l'activer.</translation>
        </message>
        <message>
            <source>The vault's header file is damaged or was altered, so the vault can't be opened. Restore it from a backup or ask IT for help.</source>
            <translation>Le fichier d'en-tête du coffre est endommagé ou a été modifié : le coffre ne peut pas être ouvert. Restaurez-le depuis une sauvegarde ou demandez l'aide du service informatique.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>Il n'y a pas de coffre dans ce dossier.</translation>
        </message>
        <message>
            <source>A vault already exists in this folder; unlock it instead.</source>
            <translation>Un coffre existe déjà dans ce dossier ; déverrouillez-le plutôt.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with your passphrase first.</source>
            <translation>Le coffre est verrouillé. Déverrouillez-le d'abord avec votre phrase secrète.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min_length} characters.</source>
            <translation>Choisissez une phrase secrète d'au moins {min_length} caractères.</translation>
        </message>
        <message>
            <source>No system keyring was found on this computer, so the vault is protected by your passphrase alone: a copy of the vault folder could be attacked offline. Use a long passphrase, or ask IT to enable the keyring.</source>
            <translation>Aucun trousseau système n'a été trouvé sur cet ordinateur : le coffre n'est protégé que par votre phrase secrète, et une copie du dossier du coffre pourrait être attaquée hors ligne. Utilisez une longue phrase secrète ou demandez au service informatique d'activer le trousseau.</translation>
        </message>
        <message>
            <source>The database file does not match its header or is damaged, so it can't be opened. Restore the vault folder from a backup.</source>
            <translation>Le fichier de base de données ne correspond pas à son en-tête ou est endommagé : il ne peut pas être ouvert. Restaurez le dossier du coffre depuis une sauvegarde.</translation>
        </message>
    </context>
</TS>
