<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About FieldApp</source>
            <translation>À propos de FieldApp</translation>
        </message>
        <message>
            <source>FieldApp {version}
Case work for the social service of social-housing companies, offline and end-to-end encrypted.
Python {python}, Qt {qt}, PySide6 {pyside}.</source>
            <translation>FieldApp {version}
Gestion des dossiers du service social des sociétés de logement social, hors ligne et chiffrée de bout en bout.
Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothèque</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Libraries and their licences</source>
            <translation>Bibliothèques et leurs licences</translation>
        </message>
    </context>
    <context>
        <name>AccessLogPage</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as P&amp;DF…</source>
            <translation>Exporter en P&amp;DF…</translation>
        </message>
        <message>
            <source>Access log entries</source>
            <translation>Entrées du journal des accès</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Personne inconnue</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>Aucun accès pendant cette période.</translation>
        </message>
        <message>
            <source>Entries: {n}, newest first.</source>
            <translation>Entrées : {n}, les plus récentes d’abord.</translation>
        </message>
        <message>
            <source>Export the access log</source>
            <translation>Exporter le journal des accès</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The access log was exported.</source>
            <translation>Le journal des accès a été exporté.</translation>
        </message>
    </context>
    <context>
        <name>AccessLogReport</name>
        <message>
            <source>Access log</source>
            <translation>Journal des accès</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>Aucun accès pendant cette période.</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Personne inconnue</translation>
        </message>
        <message>
            <source>Other record</source>
            <translation>Autre donnée</translation>
        </message>
        <message>
            <source>Who opened, printed, exported, searched or looked at the history of personal data, and when. The log holds no content.</source>
            <translation>Qui a ouvert, imprimé, exporté, recherché des données personnelles ou consulté leur historique, et quand. Le journal ne contient aucun contenu.</translation>
        </message>
        <message>
            <source>FieldApp — access log {start} – {end}</source>
            <translation>FieldApp — journal des accès {start} – {end}</translation>
        </message>
        <message>
            <source>access-log-{start}-{end}</source>
            <translation>journal-des-acces-{start}-{end}</translation>
        </message>
    </context>
    <context>
        <name>AccessView</name>
        <message>
            <source>Access appointments</source>
            <translation>Rendez-vous d'accès</translation>
        </message>
        <message>
            <source>Appointment date and time</source>
            <translation>Date et heure du rendez-vous</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Intervenant(e)</translation>
        </message>
        <message>
            <source>&amp;Plan access</source>
            <translation>&amp;Planifier l'accès</translation>
        </message>
        <message>
            <source>Follow-up (optional)</source>
            <translation>Suivi (facultatif)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Access &amp;given</source>
            <translation>Accès &amp;donné</translation>
        </message>
        <message>
            <source>Access &amp;refused…</source>
            <translation>Accès &amp;refusé…</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Accès refusé</translation>
        </message>
        <message>
            <source>Why did the tenant refuse access?</source>
            <translation>Pourquoi le locataire a-t-il refusé l'accès ?</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;PSC objective:</source>
            <translation>Objectif du &amp;PCS :</translation>
        </message>
        <message>
            <source>&amp;Sector objective:</source>
            <translation>Objectif du &amp;secteur :</translation>
        </message>
        <message>
            <source>T&amp;arget:</source>
            <translation>&amp;Cible :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>New action of the plan {year}</source>
            <translation>Nouvelle action du plan {year}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Action of the &amp;plan:</source>
            <translation>Action du &amp;plan :</translation>
        </message>
        <message>
            <source>&amp;Participants (number):</source>
            <translation>&amp;Participants (nombre) :</translation>
        </message>
        <message>
            <source>&amp;Names (one a line, with consent only):</source>
            <translation>&amp;Noms (un par ligne, avec accord uniquement) :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Formateur·rice :</translation>
        </message>
        <message>
            <source>&amp;Facilitators (comma between):</source>
            <translation>&amp;Animateur·rice·s (séparés par une virgule) :</translation>
        </message>
        <message>
            <source>&amp;Session (date, topic, participants):</source>
            <translation>&amp;Séance (date, thème, participants) :</translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>Séances :</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Séance individuelle de clôture :</translation>
        </message>
        <message>
            <source>Feed&amp;back:</source>
            <translation>Re&amp;tours :</translation>
        </message>
        <message>
            <source>New &amp;questions:</source>
            <translation>Nouvelles &amp;questions :</translation>
        </message>
        <message>
            <source>Follow-&amp;up offered:</source>
            <translation>S&amp;uivi proposé :</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Noter une activité</translation>
        </message>
        <message>
            <source>(not tied to an action)</source>
            <translation>(liée à aucune action)</translation>
        </message>
        <message>
            <source>Named with their consent</source>
            <translation>Nommés avec leur accord</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Cycle d'ateliers</translation>
        </message>
        <message>
            <source>&amp;Add session</source>
            <translation>&amp;Ajouter la séance</translation>
        </message>
        <message>
            <source>held on</source>
            <translation>tenue le</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Date de la séance</translation>
        </message>
        <message>
            <source>Session topic</source>
            <translation>Thème de la séance</translation>
        </message>
        <message>
            <source>Session participants</source>
            <translation>Participants à la séance</translation>
        </message>
        <message>
            <source>Closing session date</source>
            <translation>Date de la séance de clôture</translation>
        </message>
        <message>
            <source>Closing session participants</source>
            <translation>Participants à la séance de clôture</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationDialog</name>
        <message>
            <source>Add an organisation</source>
            <translation>Ajouter une organisation</translation>
        </message>
        <message>
            <source>Seconded to another housing company? Give it a short name for this laptop (lower-case letters, digits and dashes, for example ovm-lakenhuis), then connect to its server with the enrolment code from its administrator. You choose the organisation each time you unlock.</source>
            <translation>Détaché(e) auprès d'une autre SISP ? Donnez-lui un nom court pour cet ordinateur (lettres minuscules, chiffres et tirets, par exemple ovm-lakenhuis), puis connectez-vous à son serveur avec le code d'inscription de son administrateur. Vous choisissez l'organisation à chaque déverrouillage.</translation>
        </message>
        <message>
            <source>&amp;Short name:</source>
            <translation>&amp;Nom court :</translation>
        </message>
        <message>
            <source>Short name of the organisation</source>
            <translation>Nom court de l'organisation</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Addendum</source>
            <translation>Avenant</translation>
        </message>
        <message>
            <source>The inventory as a whole</source>
            <translation>L'état des lieux dans son ensemble</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(inchangé)</translation>
        </message>
        <message>
            <source>A signed inventory is never edited: the addendum is printed beside it.</source>
            <translation>Un état des lieux signé n'est jamais modifié : l'avenant est imprimé à côté.</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>&amp;Concerne :</translation>
        </message>
        <message>
            <source>Condition &amp;now:</source>
            <translation>État &amp;actuel :</translation>
        </message>
        <message>
            <source>&amp;What changed:</source>
            <translation>&amp;Ce qui a changé :</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Séance d'accueil</translation>
        </message>
        <message>
            <source>Dwelling access (renovation)</source>
            <translation>Accès au logement (rénovation)</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Suivi à échéance</translation>
        </message>
        <message>
            <source>Referral to make</source>
            <translation>Orientation à faire</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Permanence</translation>
        </message>
        <message>
            <source>With the neighbourhood agent</source>
            <translation>Avec l'agent de proximité</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (no answer yet)</source>
            <translation>Avec l'agent de proximité (pas encore de réponse)</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (accepted)</source>
            <translation>Avec l'agent de proximité (accepté)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Declined by the agent</source>
            <translation>Refusé par l'agent</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Chevauche</translation>
        </message>
        <message>
            <source>due</source>
            <translation>à faire</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Chevauchement</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Intervenant(e) :</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Intervenant(e)</translation>
        </message>
        <message>
            <source>D&amp;ay</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>W&amp;eek</source>
            <translation>&amp;Semaine</translation>
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation>◀ &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Aujourd'&amp;hui</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>Sui&amp;vant ▶</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Date affichée</translation>
        </message>
        <message>
            <source>&amp;Plan…</source>
            <translation>P&amp;lanifier…</translation>
        </message>
        <message>
            <source>Plan a home visit or an office appointment</source>
            <translation>Planifier une visite à domicile ou un rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Re&amp;schedule…</source>
            <translation>&amp;Reporter…</translation>
        </message>
        <message>
            <source>Another day, time or place (Enter)</source>
            <translation>Un autre jour, une autre heure ou un autre lieu (Entrée)</translation>
        </message>
        <message>
            <source>&amp;Cancel…</source>
            <translation>A&amp;nnuler…</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Annuler avec un motif, conservé dans l'historique du dossier</translation>
        </message>
        <message>
            <source>Mar&amp;k done…</source>
            <translation>&amp;Fait…</translation>
        </message>
        <message>
            <source>The visit took place (with an optional note), the appointment was held, the follow-up is done, the referral was sent</source>
            <translation>La visite a eu lieu (avec une note éventuelle), le rendez-vous a eu lieu, le suivi est fait, l'orientation a été envoyée</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Supprim&amp;er…</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del)</source>
            <translation>Uniquement pour une saisie erronée (Suppr)</translation>
        </message>
        <message>
            <source>Day s&amp;heet (PDF)…</source>
            <translation>Feuille de rou&amp;te (PDF)…</translation>
        </message>
        <message>
            <source>Times and addresses of the day for the round, never note content (Ctrl+P)</source>
            <translation>Heures et adresses du jour pour la tournée, jamais le contenu des notes (Ctrl+P)</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Agenda du jour</translation>
        </message>
        <message>
            <source>Agenda of the week</source>
            <translation>Agenda de la semaine</translation>
        </message>
        <message>
            <source>Nobody (no worker set)</source>
            <translation>Personne (aucun intervenant défini)</translation>
        </message>
        <message>
            <source>Week of {first} to {last}</source>
            <translation>Semaine du {first} au {last}</translation>
        </message>
        <message>
            <source>{span}: {n} planned</source>
            <translation>{span} : {n} prévu(s)</translation>
        </message>
        <message>
            <source>⚠ {n} overlapping</source>
            <translation>⚠ {n} se chevauchent</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Feuille de route du jour</translation>
        </message>
        <message>
            <source>The day sheet was saved as {name}.</source>
            <translation>La feuille de route a été enregistrée sous {name}.</translation>
        </message>
    </context>
    <context>
        <name>AreaHost</name>
        <message>
            <source>Areas</source>
            <translation>Domaines</translation>
        </message>
    </context>
    <context>
        <name>ArrearsEditDialog</name>
        <message>
            <source>A&amp;greed on:</source>
            <translation>Con&amp;venu le :</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>Montant &amp;dû :</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Par &amp;mois :</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Modifier le plan d'apurement</translation>
        </message>
    </context>
    <context>
        <name>AskAgentDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Ask a neighbourhood agent along</source>
            <translation>Demander à un agent de proximité de venir</translation>
        </message>
        <message>
            <source>The neighbourhood agents see only the day, the time and this address, never the case file. Their answer shows in the timeline.</source>
            <translation>Les agents de proximité ne voient que le jour, l'heure et cette adresse, jamais le dossier. Leur réponse apparaît dans l'historique.</translation>
        </message>
    </context>
    <context>
        <name>AskedAlongView</name>
        <message>
            <source>To answer</source>
            <translation>À répondre</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Called off by the assistant</source>
            <translation>Annulé par l'assistant(e)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Demandé par</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Un mot</translation>
        </message>
        <message>
            <source>The site's social assistants ask you to come along on a home visit. Accept, or decline with a word; they see your answer after the next sync.</source>
            <translation>Les assistants sociaux du site vous demandent de les accompagner en visite à domicile. Acceptez, ou refusez avec un mot ; ils voient votre réponse après la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Demandes d'accompagnement</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite :</translation>
        </message>
        <message>
            <source>A &amp;word:</source>
            <translation>Un &amp;mot :</translation>
        </message>
        <message>
            <source>A word for the social assistant</source>
            <translation>Un mot pour l'assistant social</translation>
        </message>
        <message>
            <source>e.g. I'll be there / I can at 14:00</source>
            <translation>p. ex. J'y serai / Je peux à 14 h</translation>
        </message>
        <message>
            <source>A&amp;ccept</source>
            <translation>A&amp;ccepter</translation>
        </message>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Refuser</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>Tous mes sites</translation>
        </message>
    </context>
    <context>
        <name>AssignedNotice</name>
        <message>
            <source>A case file was assigned to you:</source>
            <translation>Un dossier vous a été attribué :</translation>
        </message>
        <message>
            <source>{n} case files were assigned to you:</source>
            <translation>{n} dossiers vous ont été attribués :</translation>
        </message>
    </context>
    <context>
        <name>CaBundleField</name>
        <message>
            <source>There is no file at this path. Choose the organisation's CA bundle (a .pem or .crt file) your IT department gave you.</source>
            <translation>Il n'y a pas de fichier à cet emplacement. Choisissez le paquet de certificats (AC) de l'organisation (un fichier .pem ou .crt) fourni par votre service informatique.</translation>
        </message>
        <message>
            <source>This file cannot be read (no permission, or it is far too large to be a CA bundle).</source>
            <translation>Ce fichier ne peut pas être lu (pas d'autorisation, ou il est bien trop grand pour un paquet de certificats).</translation>
        </message>
        <message>
            <source>This file holds no certificate in PEM format. Choose the CA bundle: a text file with "-----BEGIN CERTIFICATE-----" blocks.</source>
            <translation>Ce fichier ne contient aucun certificat au format PEM. Choisissez le paquet de certificats : un fichier texte avec des blocs « -----BEGIN CERTIFICATE----- ».</translation>
        </message>
        <message>
            <source>None: the system's certificates</source>
            <translation>Aucun : les certificats du système</translation>
        </message>
        <message>
            <source>Organisation's CA bundle</source>
            <translation>Paquet de certificats (AC) de l'organisation</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>Choose the CA bundle file</source>
            <translation>Choisir le fichier du paquet de certificats</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take photo</source>
            <translation>Prendre une photo</translation>
        </message>
        <message>
            <source>&amp;Take</source>
            <translation>&amp;Prendre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Doors visited</source>
            <translation>Portes visitées</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>P&amp;osters hung:</source>
            <translation>Affi&amp;ches posées :</translation>
        </message>
        <message>
            <source>&amp;Buildings:</source>
            <translation>&amp;Bâtiments :</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;Ce qui s'est passé :</translation>
        </message>
        <message>
            <source>&amp;Remarks (no names):</source>
            <translation>&amp;Remarques (sans noms) :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Quartier :</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>&amp;Start a campaign</source>
            <translation>&amp;Lancer une campagne</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>Enregistrer les &amp;modifications</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this campaign, entered by mistake</source>
            <translation>Supprimer cette campagne, encodée par erreur</translation>
        </message>
        <message>
            <source>Doors of the &amp;round:</source>
            <translation>Portes de la &amp;tournée :</translation>
        </message>
        <message>
            <source>Doors of the round</source>
            <translation>Portes de la tournée</translation>
        </message>
        <message>
            <source>At this door</source>
            <translation>À cette porte</translation>
        </message>
        <message>
            <source>Record the &amp;door</source>
            <translation>Enregistrer la &amp;porte</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Save the findin&amp;gs</source>
            <translation>Enregistrer les c&amp;onstats</translation>
        </message>
        <message>
            <source>Summar&amp;y (PDF)…</source>
            <translation>Rés&amp;umé (PDF)…</translation>
        </message>
        <message>
            <source>Choose a campaign, or start one.</source>
            <translation>Choisissez une campagne, ou lancez-en une.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} of {m} doors visited</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} portes visitées sur {m}</translation>
        </message>
        <message>
            <source>not visited yet</source>
            <translation>pas encore visitée</translation>
        </message>
        <message>
            <source>Delete the campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
        <message>
            <source>Delete “{title}” and its door-to-door round ({n} doors recorded)? This cannot be undone.</source>
            <translation>Supprimer « {title} » et son porte-à-porte ({n} portes notées) ? Cette action est définitive.</translation>
        </message>
        <message>
            <source>Campaign summary</source>
            <translation>Résumé de la campagne</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Cancel with a reason</source>
            <translation>Annuler avec un motif</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>&amp;Household name:</source>
            <translation>Nom du &amp;ménage :</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>L&amp;ast name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>New candidate tenant</source>
            <translation>Nouveau candidat-locataire</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
    </context>
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
            <source>Candidate tenant: no dwelling yet</source>
            <translation>Candidat-locataire : pas encore de logement</translation>
        </message>
        <message>
            <source>Dwelling {label}</source>
            <translation>Logement {label}</translation>
        </message>
        <message>
            <source>Tenant since {date}</source>
            <translation>Locataire depuis le {date}</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>ancien : {name}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <source>Waiting for an answer</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
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
            <source>Office appointment</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Analyse de la demande et plan d'accompagnement</translation>
        </message>
        <message>
            <source>Arrears plan (owed · per month)</source>
            <translation>Plan d'apurement (dû · par mois)</translation>
        </message>
        <message>
            <source>Neighbourhood agent asked along</source>
            <translation>Agent de proximité invité à venir</translation>
        </message>
        <message>
            <source>Request to {department}</source>
            <translation>Demande à {department}</translation>
        </message>
        <message>
            <source>Eviction procedure: {step}</source>
            <translation>Procédure d'expulsion : {step}</translation>
        </message>
        <message>
            <source>Right to housing: {outcome}</source>
            <translation>Droit au logement : {outcome}</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker}</source>
            <translation>Réattribué de {from_worker} à {to_worker}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker} by {by} on {day}</source>
            <translation>Réattribué de {from_worker} à {to_worker} par {by} le {day}</translation>
        </message>
        <message>
            <source>(until {day})</source>
            <translation>(jusqu'au {day})</translation>
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
            <source>Answered</source>
            <translation>Répondu</translation>
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
            <source>By</source>
            <translation>Par</translation>
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
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>Every version of the selected line, with who wrote it and when</source>
            <translation>Chaque version de la ligne choisie, avec qui l'a écrite et quand</translation>
        </message>
        <message>
            <source>Subject access e&amp;xport…</source>
            <translation>E&amp;xport d'accès…</translation>
        </message>
        <message>
            <source>Era&amp;se or hold…</source>
            <translation>Effacer ou con&amp;server…</translation>
        </message>
        <message>
            <source>Erase the household or its case file everywhere (GDPR art. 17), or place a legal hold</source>
            <translation>Effacer le ménage ou son dossier partout (RGPD art. 17), ou placer une conservation légale</translation>
        </message>
        <message>
            <source>Case summar&amp;y (PDF)…</source>
            <translation>Rapport socia&amp;l (PDF)…</translation>
        </message>
        <message>
            <source>A social report in Dutch or French, with the notes you choose</source>
            <translation>Un rapport social en néerlandais ou en français, avec les notes que vous choisissez</translation>
        </message>
        <message>
            <source>Support &amp;plan…</source>
            <translation>&amp;Plan d'accompagnement…</translation>
        </message>
        <message>
            <source>Intake analysis, social rights checked, goals with their review dates</source>
            <translation>Analyse de la demande, droits sociaux vérifiés, objectifs avec leur date d'évaluation</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>Pl&amp;us</translation>
        </message>
        <message>
            <source>A request to a department, a neighbourhood agent asked along, a candidate moving in</source>
            <translation>Une demande à un service, un agent de proximité invité à venir, un candidat qui emménage</translation>
        </message>
        <message>
            <source>Re&amp;quest to a department…</source>
            <translation>Demande à un ser&amp;vice…</translation>
        </message>
        <message>
            <source>Transfers, accounting, maintenance…: the facts, an answer and a due date</source>
            <translation>Mutations, comptabilité, entretien… : les faits, une réponse et une échéance</translation>
        </message>
        <message>
            <source>They &amp;move in…</source>
            <translation>Ils e&amp;mménagent…</translation>
        </message>
        <message>
            <source>The candidate tenant gets a dwelling; the case file goes on</source>
            <translation>Le candidat-locataire reçoit un logement ; le dossier continue</translation>
        </message>
        <message>
            <source>Ask an agent &amp;along…</source>
            <translation>Demander un &amp;agent de proximité…</translation>
        </message>
        <message>
            <source>Ask the neighbourhood agents to come along on a home visit: day, time and address only</source>
            <translation>Demander aux agents de proximité de venir en visite à domicile : jour, heure et adresse seulement</translation>
        </message>
        <message>
            <source>Right to hous&amp;ing…</source>
            <translation>Droit au &amp;logement…</translation>
        </message>
        <message>
            <source>Arrears plans, eviction procedure steps and the outcome</source>
            <translation>Plans d'apurement, étapes de la procédure d'expulsion et l'issue</translation>
        </message>
        <message>
            <source>Everything held about this household, as PDF and JSON (GDPR art. 15)</source>
            <translation>Tout ce qui est conservé sur ce ménage, en PDF et JSON (RGPD art. 15)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <source>This household has no case file. Open one when the social service starts working with them.</source>
            <translation>Ce ménage n'a pas de dossier. Ouvrez-en un quand le service social commence à travailler avec lui.</translation>
        </message>
        <message>
            <source>&amp;Open a case file</source>
            <translation>&amp;Ouvrir un dossier</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <source>Case summary</source>
            <translation>Rapport social</translation>
        </message>
        <message>
            <source>A social report of this case file: the household, its status, themes and worker, open follow-ups and referrals, and the notes you tick. Making it is written to the access log.</source>
            <translation>Un rapport social de ce dossier : le ménage, son statut, ses thèmes et son assistant(e) social(e), les suivis et orientations en cours, et les notes que vous cochez. Sa création est inscrite au journal des accès.</translation>
        </message>
        <message>
            <source>&amp;Language of the report:</source>
            <translation>&amp;Langue du rapport :</translation>
        </message>
        <message>
            <source>&amp;Notes to include:</source>
            <translation>&amp;Notes à inclure :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Pa&amp;rcourir…</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <source>Notes to include</source>
            <translation>Notes à inclure</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>restricted</source>
            <translation>restreinte</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CaseloadView</name>
        <message>
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <source>Worker / site</source>
            <translation>Intervenant(e) / site</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <source>Notes (30 days)</source>
            <translation>Notes (30 jours)</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Suivis en retard</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Orientations en cours</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Visites prévues</translation>
        </message>
        <message>
            <source>Visits done (30 days)</source>
            <translation>Visites faites (30 jours)</translation>
        </message>
        <message>
            <source>Inventories in progress</source>
            <translation>États des lieux en cours</translation>
        </message>
        <message>
            <source>Open neighbourhood requests</source>
            <translation>Demandes de proximité ouvertes</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Intervenant(e)</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>ancien : {name}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Last note</source>
            <translation>Dernière note</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>&amp;Regrouper par :</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filtrer (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter case files</source>
            <translation>Filtrer les dossiers</translation>
        </message>
        <message>
            <source>&amp;Reassign… (Ctrl+R)</source>
            <translation>&amp;Réattribuer… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Actualiser (F5)</translation>
        </message>
        <message>
            <source>Who was this?…</source>
            <translation>Qui était-ce ?…</translation>
        </message>
        <message>
            <source>A worker named before accounts existed: choose the colleague's account, and their case files follow.</source>
            <translation>Un travailleur nommé avant l'existence des comptes : choisissez le compte du collègue, ses dossiers suivent.</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Charge de dossiers</translation>
        </message>
        <message>
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Regrouper par</translation>
        </message>
        <message>
            <source>Filter the caseload</source>
            <translation>Filtrer la charge de dossiers</translation>
        </message>
        <message>
            <source>Filter the case files</source>
            <translation>Filtrer les dossiers</translation>
        </message>
        <message>
            <source>Choose a worker or a site above and press Enter</source>
            <translation>Choisissez un(e) intervenant(e) ou un site ci-dessus et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Dossiers de %1</translation>
        </message>
        <message>
            <source>Nobody in the directory yet: sync first.</source>
            <translation>Personne encore dans l'annuaire : synchronisez d'abord.</translation>
        </message>
        <message>
            <source>Who was this?</source>
            <translation>Qui était-ce ?</translation>
        </message>
        <message>
            <source>The case files of “%1” go to:</source>
            <translation>Les dossiers de « %1 » vont à :</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Help needed</source>
            <translation>Aide nécessaire</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Note — Enter saves</source>
            <translation>Remarque — Entrée enregistre</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>CloseOutDialog</name>
        <message>
            <source>Close out the project</source>
            <translation>Clôturer le projet</translation>
        </message>
        <message>
            <source>The works of %1 have ended. What is still open below goes to the site's social assistant, as hand-offs among their follow-ups. The project is then archived: it can no longer be changed, your access to it ends at the supervisor's next sync, and its retention period starts.</source>
            <translation>Les travaux de %1 sont terminés. Ce qui reste ouvert ci-dessous est transmis à l'assistant(e) social(e) du site, parmi ses suivis. Le projet est ensuite archivé : il ne peut plus être modifié, votre accès prend fin à la prochaine synchronisation du/de la responsable et son délai de conservation commence à courir.</translation>
        </message>
        <message>
            <source>Works ended on</source>
            <translation>Travaux terminés le</translation>
        </message>
        <message>
            <source>Open items handed to the site assistant</source>
            <translation>Points ouverts transmis à l'assistant(e) social(e) du site</translation>
        </message>
        <message>
            <source>Open items to hand on: %1</source>
            <translation>Points ouverts à transmettre : %1</translation>
        </message>
        <message>
            <source>Nothing is open: nothing to hand on.</source>
            <translation>Rien n'est ouvert : rien à transmettre.</translation>
        </message>
        <message>
            <source>Works &amp;ended on:</source>
            <translation>Travaux &amp;terminés le :</translation>
        </message>
        <message>
            <source>&amp;Handed to the site assistant:</source>
            <translation>&amp;Transmis à l'assistant(e) du site :</translation>
        </message>
        <message>
            <source>Hand on and &amp;archive</source>
            <translation>Transmettre et &amp;archiver</translation>
        </message>
    </context>
    <context>
        <name>CloseOutsDialog</name>
        <message>
            <source>Not managed on this laptop</source>
            <translation>Pas géré sur ce portable</translation>
        </message>
        <message>
            <source>At the next sync</source>
            <translation>À la prochaine synchronisation</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Done on {when}</source>
            <translation>Fait le {when}</translation>
        </message>
        <message>
            <source>nobody left to remove</source>
            <translation>plus personne à retirer</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Works ended</source>
            <translation>Fin des travaux</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Members removed</source>
            <translation>Membres retirés</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Retrait</translation>
        </message>
        <message>
            <source>Renovation close-outs</source>
            <translation>Clôtures de rénovation</translation>
        </message>
        <message>
            <source>When a renovation assistant closes out a project, its open items go to the site's social assistant and the project is archived. At the next sync, this laptop removes everyone but the supervisors from the project: their access ends at once and the project's key changes.</source>
            <translation>Quand un(e) assistant(e) de chantier clôture un projet, ses points ouverts vont à l'assistant(e) social(e) du site et le projet est archivé. À la prochaine synchronisation, ce portable retire du projet tout le monde sauf les responsables : leur accès prend fin aussitôt et la clé du projet change.</translation>
        </message>
        <message>
            <source>Archived renovation projects</source>
            <translation>Projets de rénovation archivés</translation>
        </message>
    </context>
    <context>
        <name>CodeCheckDialog</name>
        <message>
            <source>Check the code in person</source>
            <translation>Vérifier le code en personne</translation>
        </message>
        <message>
            <source>Sit with %1. Ask them to open FieldApp and read aloud the code their screen shows; type it below. They can check your code too.</source>
            <translation>Installez-vous avec %1. Demandez-lui d'ouvrir FieldApp et de lire à voix haute le code affiché sur son écran ; tapez-le ci-dessous. Cette personne peut aussi vérifier votre code.</translation>
        </message>
        <message>
            <source>My code:</source>
            <translation>Mon code :</translation>
        </message>
        <message>
            <source>Their code (from the server):</source>
            <translation>Son code (selon le serveur) :</translation>
        </message>
        <message>
            <source>Code &amp;read aloud:</source>
            <translation>Code &amp;lu à voix haute :</translation>
        </message>
        <message>
            <source>&amp;Collections:</source>
            <translation>&amp;Collections :</translation>
        </message>
        <message>
            <source>&amp;Access:</source>
            <translation>&amp;Accès :</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Read and write</source>
            <translation>Lecture et écriture</translation>
        </message>
        <message>
            <source>Manage (may grant others)</source>
            <translation>Gérer (peut donner accès à d'autres)</translation>
        </message>
        <message>
            <source>Safety number:</source>
            <translation>Numéro de sécurité :</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Numéro de sécurité en code QR</translation>
        </message>
        <message>
            <source>The same number as a QR code: their phone's camera shows its digits.</source>
            <translation>Le même numéro en code QR : l'appareil photo de son téléphone en affiche les chiffres.</translation>
        </message>
        <message>
            <source>So that they can share with you too: on their laptop, Sync → Colleagues' keys…, your name. They check that their screen shows this safety number and press “The numbers match”. Typing their code verifies their key here.</source>
            <translation>Pour qu'il ou elle puisse aussi partager avec vous : sur son portable, Synchronisation → Clés des collègues…, votre nom. Il ou elle vérifie que son écran affiche ce numéro de sécurité et clique sur « Les numéros correspondent ». Taper son code ici vérifie sa clé sur ce portable.</translation>
        </message>
        <message>
            <source>Code read aloud by the member</source>
            <translation>Code lu à voix haute par le membre</translation>
        </message>
        <message>
            <source>Collections to grant</source>
            <translation>Collections à accorder</translation>
        </message>
        <message>
            <source>Registry: sites, dwellings, households</source>
            <translation>Registre : sites, logements, ménages</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Dossiers de %1</translation>
        </message>
        <message>
            <source>Restricted notes of %1</source>
            <translation>Notes confidentielles de %1</translation>
        </message>
        <message>
            <source>Hand-offs from neighbourhood agents for %1</source>
            <translation>Relais des agents de proximité pour %1</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Projet de rénovation</translation>
        </message>
        <message>
            <source>Neighbourhood work</source>
            <translation>Travail de proximité</translation>
        </message>
        <message>
            <source>Supervision (supervisors only)</source>
            <translation>Coordination (responsables uniquement)</translation>
        </message>
        <message>
            <source>Community work (PSC)</source>
            <translation>Travail communautaire (PCS)</translation>
        </message>
        <message>
            <source>Partner directory (social map)</source>
            <translation>Répertoire des partenaires (carte sociale)</translation>
        </message>
        <message>
            <source>Collective work: tenants' meetings (collective assistants)</source>
            <translation>Travail collectif : réunions de locataires (assistants sociaux collectifs)</translation>
        </message>
        <message>
            <source>Collective signals (site assistants send, collective assistants read)</source>
            <translation>Signaux collectifs (envoyés par les assistants des sites, lus par les assistants collectifs)</translation>
        </message>
        <message>
            <source>Mental-health consultations under a pseudonym</source>
            <translation>Consultations santé mentale sous pseudonyme</translation>
        </message>
        <message>
            <source>%1 of 60 digits</source>
            <translation>%1 chiffres sur 60</translation>
        </message>
        <message>
            <source>✓ The codes match.</source>
            <translation>✓ Les codes correspondent.</translation>
        </message>
        <message>
            <source>✗ The codes differ.</source>
            <translation>✗ Les codes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>ColleagueKeysDialog</name>
        <message>
            <source>Colleagues' keys</source>
            <translation>Clés des collègues</translation>
        </message>
        <message>
            <source>Before anything is shared with a colleague, check their key once: sit together (or call them on a number you know). On their laptop they open Sync → Colleagues' keys… and choose your name. Both screens show the same safety number; compare it group by group, then each of you presses “The numbers match”.</source>
            <translation>Avant de partager quoi que ce soit avec un collègue, vérifiez une fois sa clé : asseyez-vous ensemble (ou appelez-le à un numéro que vous connaissez). Sur son portable, il ouvre Synchronisation → Clés des collègues… et choisit votre nom. Les deux écrans affichent le même numéro de sécurité ; comparez-le groupe par groupe, puis cliquez chacun sur « Les numéros correspondent ».</translation>
        </message>
        <message>
            <source>The numbers &amp;match — verified</source>
            <translation>Les numéros &amp;correspondent — vérifié</translation>
        </message>
        <message>
            <source>They &amp;differ</source>
            <translation>Ils &amp;diffèrent</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
        <message>
            <source>Safety number</source>
            <translation>Numéro de sécurité</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Numéro de sécurité en code QR</translation>
        </message>
        <message>
            <source>The same number as a QR code: a colleague's phone camera shows its digits.</source>
            <translation>Le même numéro en code QR : l'appareil photo du téléphone d'un collègue en affiche les chiffres.</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ vérifiée</translation>
        </message>
        <message>
            <source>⚠ KEY CHANGED</source>
            <translation>⚠ CLÉ MODIFIÉE</translation>
        </message>
        <message>
            <source>not verified yet (accepted before key checks)</source>
            <translation>pas encore vérifiée (acceptée avant le contrôle des clés)</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>pas encore vérifiée</translation>
        </message>
        <message>
            <source>⚠ The server now gives another key for: %1. This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>⚠ Le serveur donne maintenant une autre clé pour : %1. Cela arrive quand quelqu'un se réinscrit après avoir oublié sa phrase secrète — ou quand quelqu'un essaie de lire ce qui lui est destiné. Rien n'est partagé avec cette personne tant que vous n'avez pas comparé à nouveau les numéros de sécurité.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Demande au serveur…</translation>
        </message>
        <message>
            <source>Safety number of you and %1:</source>
            <translation>Numéro de sécurité entre vous et %1 :</translation>
        </message>
        <message>
            <source>✓ Verified on this laptop.</source>
            <translation>✓ Vérifiée sur ce portable.</translation>
        </message>
        <message>
            <source>⚠ Their key changed since you last checked it. Compare this new number together before anything is shared with them again.</source>
            <translation>⚠ Sa clé a changé depuis votre dernière vérification. Comparez ensemble ce nouveau numéro avant que quoi que ce soit lui soit à nouveau partagé.</translation>
        </message>
        <message>
            <source>Not verified yet. An earlier version of FieldApp accepted their key without a check; nothing points to a problem. Compare this number together once: until then nothing new is shared with them, and what your restricted notes and access log gave them comes back right after.</source>
            <translation>Pas encore vérifiée. Une version précédente de FieldApp a accepté sa clé sans contrôle ; rien n'indique un problème. Comparez ce numéro une fois ensemble : d'ici là, rien de nouveau n'est partagé avec cette personne, et ce que vos notes confidentielles et votre journal d'accès lui donnaient lui revient aussitôt après.</translation>
        </message>
        <message>
            <source>Not verified yet: nothing is shared with them until you compare this number together.</source>
            <translation>Pas encore vérifiée : rien n'est partagé avec cette personne tant que vous n'avez pas comparé ce numéro ensemble.</translation>
        </message>
        <message>
            <source>Choose a colleague.</source>
            <translation>Choisissez un collègue.</translation>
        </message>
        <message>
            <source>✓ Verified. What waited for them is shared at the next synchronisation.</source>
            <translation>✓ Vérifiée. Ce qui attendait est partagé à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Do not share anything with this person for now: nothing is sent to them. Check that you both chose each other's name. If the numbers still differ, tell your supervisor or the server administrator today — someone may be slipping in a key of their own.</source>
            <translation>Ne partagez rien avec cette personne pour l'instant : rien ne lui est envoyé. Vérifiez que vous avez chacun choisi le nom de l'autre. Si les numéros diffèrent encore, prévenez aujourd'hui votre responsable ou l'administrateur du serveur — quelqu'un essaie peut-être de glisser sa propre clé.</translation>
        </message>
        <message>
            <source>The server changed this person's key while you were comparing: nothing was marked verified. Compare the new number.</source>
            <translation>Le serveur a changé la clé de cette personne pendant que vous compariez : rien n'a été marqué comme vérifié. Comparez le nouveau numéro.</translation>
        </message>
    </context>
    <context>
        <name>CollectiveOverview</name>
        <message>
            <source>&amp;Neighbourhoods:</source>
            <translation>&amp;Quartiers :</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;m :</translation>
        </message>
        <message>
            <source>&amp;Sites:</source>
            <translation>&amp;Sites :</translation>
        </message>
        <message>
            <source>&amp;Collective assistants:</source>
            <translation>Assistants sociaux &amp;collectifs :</translation>
        </message>
        <message>
            <source>Sa&amp;ve the neighbourhood</source>
            <translation>En&amp;registrer le quartier</translation>
        </message>
        <message>
            <source>Ne&amp;w neighbourhood</source>
            <translation>Nou&amp;veau quartier</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Réunions de locataires</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Awareness campaigns</source>
            <translation>Campagnes de sensibilisation</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Locaux communs</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Appels à projets</translation>
        </message>
        <message>
            <source>Collective work of the assistants</source>
            <translation>Travail collectif des assistants</translation>
        </message>
    </context>
    <context>
        <name>CollectiveWorkspace</name>
        <message>
            <source>Tenants' meetings</source>
            <translation>Réunions de locataires</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signaux du travail individuel</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Locaux communs</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Élections</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <source>&amp;Collective work</source>
            <translation>Travail &amp;collectif</translation>
        </message>
        <message>
            <source>Campaigns and door-to-door rounds</source>
            <translation>Campagnes et porte-à-porte</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Initiatives de locataires</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>Élections du CoCoLo</translation>
        </message>
    </context>
    <context>
        <name>CommitteePage</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>New &amp;meeting (Ctrl+M)</source>
            <translation>Nouvelle &amp;réunion (Ctrl+M)</translation>
        </message>
        <message>
            <source>Meetings of the follow-up committee</source>
            <translation>Réunions du comité d'accompagnement</translation>
        </message>
        <message>
            <source>The local follow-up committee: {count} meetings in {year}.</source>
            <translation>Le comité local d'accompagnement : {count} réunions en {year}.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Enregistrez d'abord le projet (Ctrl+1).</translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>Présents :</translation>
        </message>
        <message>
            <source>Apologies:</source>
            <translation>Excusés :</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
    </context>
    <context>
        <name>CommunityWorkspace</name>
        <message>
            <source>Project (PSC)</source>
            <translation>Projet (PCS)</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>Journal des activités</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Yearly report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Travail communautaire</translation>
        </message>
        <message>
            <source>&amp;Community</source>
            <translation>&amp;Travail communautaire</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Noter une activité</translation>
        </message>
        <message>
            <source>New committee meeting</source>
            <translation>Nouvelle réunion du comité</translation>
        </message>
        <message>
            <source>Yearly report as PDF</source>
            <translation>Rapport annuel en PDF</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nouveau partenaire</translation>
        </message>
        <message>
            <source>No social cohesion project yet: fill in the project and save it (Ctrl+S).</source>
            <translation>Pas encore de projet de cohésion sociale : complétez le projet et enregistrez-le (Ctrl+S).</translation>
        </message>
        <message>
            <source>Record the project first, then save it (Ctrl+S).</source>
            <translation>Enregistrez d'abord le projet (Ctrl+S).</translation>
        </message>
        <message>
            <source>Saved. Tell the co-signatories: print the notice.</source>
            <translation>Enregistré. Prévenez les cosignataires : imprimez l'avis.</translation>
        </message>
        <message>
            <source>The notice was saved as {name}.</source>
            <translation>L'avis a été enregistré sous {name}.</translation>
        </message>
        <message>
            <source>Notice to the co-signatories</source>
            <translation>Avis aux cosignataires</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts to decide</source>
            <translation>Conflits à trancher</translation>
        </message>
        <message>
            <source>This record was changed on this computer and on another one before they could synchronise. Changes to different fields were combined already; for the fields below, choose which version to keep. Free text can be merged.</source>
            <translation>Cet élément a été modifié sur cet ordinateur et sur un autre avant qu'ils puissent se synchroniser. Les modifications de champs différents sont déjà combinées ; pour les champs ci-dessous, choisissez la version à garder. Le texte libre peut être fusionné.</translation>
        </message>
        <message>
            <source>&amp;Apply this choice</source>
            <translation>&amp;Appliquer ce choix</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Décider plus &amp;tard</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Conflict {i} of {n}: {what}</source>
            <translation>Conflit {i} sur {n} : {what}</translation>
        </message>
    </context>
    <context>
        <name>ConsultDialog</name>
        <message>
            <source>Consult the mobile mental-health team</source>
            <translation>Consulter l'équipe mobile de santé mentale</translation>
        </message>
        <message>
            <source>The team reads the question under a pseudonym, with an age band, the kind of household and the concerns only: no name, address, phone number or date. The link between the pseudonym and this case file stays in the case file.</source>
            <translation>L'équipe lit la question sous un pseudonyme, avec seulement une tranche d'âge, le type de ménage et les préoccupations : ni nom, ni adresse, ni numéro de téléphone, ni date. Le lien entre le pseudonyme et ce dossier reste dans le dossier.</translation>
        </message>
        <message>
            <source>&amp;Earlier consultations:</source>
            <translation>Consultations &amp;précédentes :</translation>
        </message>
        <message>
            <source>Team's advice:</source>
            <translation>Avis de l'équipe :</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>Â&amp;ge :</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Ménage :</translation>
        </message>
        <message>
            <source>C&amp;oncerns:</source>
            <translation>Pré&amp;occupations :</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgence :</translation>
        </message>
        <message>
            <source>&amp;Question for the team:</source>
            <translation>&amp;Question pour l'équipe :</translation>
        </message>
        <message>
            <source>&amp;Send to the team</source>
            <translation>&amp;Envoyer à l'équipe</translation>
        </message>
        <message>
            <source>C&amp;lose this consultation</source>
            <translation>C&amp;lôturer cette consultation</translation>
        </message>
        <message>
            <source>%1 — asked %2 — %3</source>
            <translation>%1 — demandée le %2 — %3</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(aucune pour l'instant)</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2) : %3</translation>
        </message>
        <message>
            <source>the team</source>
            <translation>l'équipe</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Pas encore de réponse.</translation>
        </message>
        <message>
            <source>Sent to the team as %1.</source>
            <translation>Envoyée à l'équipe sous %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsWorkspace</name>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Demandée le</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Demandée par</translation>
        </message>
        <message>
            <source>Consultations social workers sent under a pseudonym. They carry an age band, the kind of household and the concerns — never a name, an address or a case file. Your advice goes back to the social worker who asked.</source>
            <translation>Consultations envoyées par les travailleurs sociaux sous un pseudonyme. Elles portent une tranche d'âge, le type de ménage et les préoccupations — jamais un nom, une adresse ou un dossier. Votre avis revient au travailleur social qui a posé la question.</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Situation:</source>
            <translation>Situation :</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Question :</translation>
        </message>
        <message>
            <source>&amp;Advice:</source>
            <translation>&amp;Avis :</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>&amp;Send the advice</source>
            <translation>&amp;Envoyer l'avis</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>&amp;Consultations</translation>
        </message>
        <message>
            <source>Send the advice</source>
            <translation>Envoyer l'avis</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>The advice on %1 is on its way to the social worker.</source>
            <translation>L'avis sur %1 est en route vers le travailleur social.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;New person:</source>
            <translation>&amp;Nouvelle personne :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>À &amp;partir du :</translation>
        </message>
        <message>
            <source>New referent or coordinator</source>
            <translation>Nouveau référent ou coordinateur</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Ou qui (sans dossier) :</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>O&amp;rienté vers :</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>Change the office-hours contact</source>
            <translation>Modifier le contact de la permanence</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Question rapide</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Contact log</source>
            <translation>Journal des contacts</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Date du contact</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Type de contact</translation>
        </message>
        <message>
            <source>What the tenant asked or reported — Enter logs it</source>
            <translation>Ce que le locataire a demandé ou signalé — Entrée enregistre</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Question ou plainte</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Enregistrer le contact</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Marquer comme &amp;traité</translation>
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
            <source>Renovation-site assistant</source>
            <translation>Assistant(e) social(e) de chantier</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Agent(e) de proximité</translation>
        </message>
        <message>
            <source>Supervisor of the social service</source>
            <translation>Responsable du service social</translation>
        </message>
        <message>
            <source>Supervisor who also carries cases</source>
            <translation>Responsable qui suit aussi des dossiers</translation>
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
            <source>Connect to my &amp;organisation's server…</source>
            <translation>Se connecter au serveur de mon &amp;organisation…</translation>
        </message>
        <message>
            <source>I already have an &amp;account…</source>
            <translation>J'ai &amp;déjà un compte…</translation>
        </message>
        <message>
            <source>You use FieldApp on another laptop already</source>
            <translation>Vous utilisez déjà FieldApp sur un autre portable</translation>
        </message>
        <message>
            <source>Or keep a vault on this computer only (no server):</source>
            <translation>Ou gardez un coffre sur cet ordinateur uniquement (sans serveur) :</translation>
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
        <name>DefectDialog</name>
        <message>
            <source>&amp;Defect:</source>
            <translation>&amp;Défaut :</translation>
        </message>
        <message>
            <source>Pass a defect on to the technical department</source>
            <translation>Transmettre un défaut au service technique</translation>
        </message>
        <message>
            <source>&amp;Copy text for e-mail</source>
            <translation>&amp;Copier le texte pour l'e-mail</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Enregistrer en &amp;PDF…</translation>
        </message>
        <message>
            <source>C&amp;reate report</source>
            <translation>C&amp;réer le rapport</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Report {ref} made on {day}.</source>
            <translation>Rapport {ref} créé le {day}.</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared after {n} seconds.</source>
            <translation>Copié. Le presse-papiers est vidé après {n} secondes.</translation>
        </message>
        <message>
            <source>Save the defect report</source>
            <translation>Enregistrer le rapport de défaut</translation>
        </message>
        <message>
            <source>The report was saved as a PDF.</source>
            <translation>Le rapport a été enregistré en PDF.</translation>
        </message>
    </context>
    <context>
        <name>DefectReport</name>
        <message>
            <source>Technical defect report</source>
            <translation>Signalement d'un défaut technique</translation>
        </message>
        <message>
            <source>For the technical department</source>
            <translation>Pour le service technique</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
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
            <source>Entrance</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Étage</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Signalé par</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>technical-defect-{day}-{ref}.pdf</source>
            <translation>defaut-technique-{day}-{ref}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <source>Delete an entry made by mistake</source>
            <translation>Supprimer une saisie erronée</translation>
        </message>
        <message>
            <source>Delete {what} ({when}, {who})? Use this only for something entered by mistake: to call off an appointment, cancel it with a reason instead. Its earlier versions stay in the history.</source>
            <translation>Supprimer {what} ({when}, {who}) ? À utiliser uniquement pour une saisie erronée : pour un rendez-vous qui n'a pas lieu, annulez-le avec un motif. Les versions précédentes restent dans l'historique.</translation>
        </message>
    </context>
    <context>
        <name>DmbshDialog</name>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>Rapport SASLS pour l'ensemble des SISP</translation>
        </message>
        <message>
            <source>Each housing company saves its figures for the period shown: counts only, every count below 5 hidden, no name and no case. The DMBSH report puts the figures files of the housing companies side by side.</source>
            <translation>Chaque SISP enregistre ses chiffres pour la période affichée : des nombres seulement, tout nombre inférieur à 5 masqué, ni nom ni dossier. Le rapport SASLS met côte à côte les fichiers de chiffres des SISP.</translation>
        </message>
        <message>
            <source>This housing company's figures</source>
            <translation>Chiffres de cette SISP</translation>
        </message>
        <message>
            <source>The report across housing companies</source>
            <translation>Le rapport pour l'ensemble des SISP</translation>
        </message>
        <message>
            <source>&amp;Housing company:</source>
            <translation>&amp;SISP :</translation>
        </message>
        <message>
            <source>Figures &amp;file:</source>
            <translation>&amp;Fichier de chiffres :</translation>
        </message>
        <message>
            <source>&amp;Add a figures file:</source>
            <translation>&amp;Ajouter un fichier de chiffres :</translation>
        </message>
        <message>
            <source>Figures &amp;files added:</source>
            <translation>Fichiers de chiffres a&amp;joutés :</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Save the figures</source>
            <translation>&amp;Enregistrer les chiffres</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>Aj&amp;outer…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Save the &amp;report (PDF)…</source>
            <translation>Enregistrer le &amp;rapport (PDF)…</translation>
        </message>
        <message>
            <source>Show the indicators first (F5) to save this housing company's figures.</source>
            <translation>Affichez d'abord les indicateurs (F5) pour enregistrer les chiffres de cette SISP.</translation>
        </message>
        <message>
            <source>Save the figures</source>
            <translation>Enregistrer les chiffres</translation>
        </message>
        <message>
            <source>Figures (*.json)</source>
            <translation>Chiffres (*.json)</translation>
        </message>
        <message>
            <source>Figures saved: %1</source>
            <translation>Chiffres enregistrés : %1</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Rapport enregistré : %1</translation>
        </message>
        <message>
            <source>Add figures files</source>
            <translation>Ajouter des fichiers de chiffres</translation>
        </message>
        <message>
            <source>%1 housing companies added.</source>
            <translation>%1 SISP ajoutées.</translation>
        </message>
        <message>
            <source>%1 — %2 to %3</source>
            <translation>%1 — du %2 au %3</translation>
        </message>
        <message>
            <source>Save the DMBSH report</source>
            <translation>Enregistrer le rapport SASLS</translation>
        </message>
    </context>
    <context>
        <name>DmbshReport</name>
        <message>
            <source>DMBSH — social support of social tenants</source>
            <translation>SASLS — accompagnement social des locataires sociaux</translation>
        </message>
        <message>
            <source>Anonymised report across housing companies</source>
            <translation>Rapport anonymisé pour l'ensemble des SISP</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Housing companies</source>
            <translation>SISP</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>The anonymised figures of each housing company, counted on its own supervisor's laptop. No name, no case file and no count below 5 leaves a housing company.</source>
            <translation>Les chiffres anonymisés de chaque SISP, comptés sur l'ordinateur de son propre responsable. Aucun nom, aucun dossier et aucun nombre inférieur à 5 ne quitte une SISP.</translation>
        </message>
        <message>
            <source>&lt;5: fewer than five, hidden. x: hidden so that no small count can be worked out. ≥ n: at least n, because a housing company's count is hidden.</source>
            <translation>&lt;5 : moins de cinq, masqué. x : masqué pour qu'aucun petit nombre ne puisse être déduit. ≥ n : au moins n, car le nombre d'une SISP est masqué.</translation>
        </message>
        <message>
            <source>Summary: totals per housing company</source>
            <translation>Synthèse : totaux par SISP</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>SISP</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>All housing companies</source>
            <translation>Toutes les SISP</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>Axe {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>FieldApp — DMBSH report {start} – {end}</source>
            <translation>FieldApp — rapport SASLS {start} – {end}</translation>
        </message>
        <message>
            <source>dmbsh-report-{start}-{end}.pdf</source>
            <translation>sasls-rapport-{start}-{end}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DwellingsDialog</name>
        <message>
            <source>Dwellings in the project</source>
            <translation>Logements du projet</translation>
        </message>
        <message>
            <source>Dwellings</source>
            <translation>Logements</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>&amp;Tout cocher</translation>
        </message>
        <message>
            <source>Tick the dwellings concerned by the works (space ticks the current one).</source>
            <translation>Cochez les logements concernés par les travaux (espace coche le logement courant).</translation>
        </message>
    </context>
    <context>
        <name>ElectionsView</name>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Sièges</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Ont voté</translation>
        </message>
        <message>
            <source>Mandate until</source>
            <translation>Mandat jusqu'au</translation>
        </message>
        <message>
            <source>&amp;Vote on:</source>
            <translation>&amp;Vote le :</translation>
        </message>
        <message>
            <source>S&amp;eats:</source>
            <translation>&amp;Sièges :</translation>
        </message>
        <message>
            <source>&amp;Name (as on the notice):</source>
            <translation>&amp;Nom (comme sur l'avis) :</translation>
        </message>
        <message>
            <source>Vo&amp;tes:</source>
            <translation>V&amp;oix :</translation>
        </message>
        <message>
            <source>Pollin&amp;g station:</source>
            <translation>&amp;Bureau de vote :</translation>
        </message>
        <message>
            <source>Ho&amp;urs:</source>
            <translation>Ho&amp;raires :</translation>
        </message>
        <message>
            <source>Mandate ends &amp;on:</source>
            <translation>Fin du mandat &amp;le :</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>Élections du CoCoLo</translation>
        </message>
        <message>
            <source>A new ARHUU election</source>
            <translation>Une nouvelle élection du CoCoLo</translation>
        </message>
        <message>
            <source>&amp;Prepare (draws up the roll)</source>
            <translation>&amp;Préparer (établit la liste électorale)</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>&amp;Add the candidate</source>
            <translation>&amp;Ajouter le candidat</translation>
        </message>
        <message>
            <source>&amp;Count these votes</source>
            <translation>&amp;Compter ces voix</translation>
        </message>
        <message>
            <source>Electoral &amp;roll (tick who voted):</source>
            <translation>&amp;Liste électorale (cochez qui a voté) :</translation>
        </message>
        <message>
            <source>Electoral roll</source>
            <translation>Liste électorale</translation>
        </message>
        <message>
            <source>Record &amp;who voted</source>
            <translation>Enregistrer &amp;qui a voté</translation>
        </message>
        <message>
            <source>Va&amp;lidate (purges the roll)</source>
            <translation>Vali&amp;der (efface la liste électorale)</translation>
        </message>
        <message>
            <source>How to vote (printed on the notice)</source>
            <translation>Comment voter (imprimé sur l'avis)</translation>
        </message>
        <message>
            <source>e.g. 9:00 – 16:00</source>
            <translation>p. ex. 9:00 – 16:00</translation>
        </message>
        <message>
            <source>Save where and when</source>
            <translation>Enregistrer le lieu et les horaires</translation>
        </message>
        <message>
            <source>Print the not&amp;ice…</source>
            <translation>&amp;Imprimer l'avis…</translation>
        </message>
        <message>
            <source>En&amp;d this member's mandate</source>
            <translation>Mettre fin au man&amp;dat de ce membre</translation>
        </message>
        <message>
            <source>Print the re&amp;sults…</source>
            <translation>Imprimer les ré&amp;sultats…</translation>
        </message>
        <message>
            <source>The council (elected members and mandates)</source>
            <translation>Le conseil (membres élus et mandats)</translation>
        </message>
        <message>
            <source>Council members</source>
            <translation>Membres du conseil</translation>
        </message>
        <message>
            <source>Council &amp;meetings and advice:</source>
            <translation>&amp;Réunions et avis du conseil :</translation>
        </message>
        <message>
            <source>Choose an election, or prepare one.</source>
            <translation>Choisissez une élection, ou préparez-en une.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt; on {day}: {n} of {m} households voted; the roll is purged.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt; le {day} : {n} ménages sur {m} ont voté ; la liste électorale est effacée.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt;: {n} of {m} households voted.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt; : {n} ménages sur {m} ont voté.</translation>
        </message>
        <message>
            <source>elected</source>
            <translation>élu</translation>
        </message>
        <message>
            <source>{n} votes</source>
            <translation>{n} voix</translation>
        </message>
        <message>
            <source>{name} — mandate {start} to {end}</source>
            <translation>{name} — mandat du {start} au {end}</translation>
        </message>
        <message>
            <source>Notice of the ARHUU election</source>
            <translation>Avis de l'élection du CoCoLo</translation>
        </message>
        <message>
            <source>Results of the ARHUU election</source>
            <translation>Résultats de l'élection du CoCoLo</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>Erase or hold</source>
            <translation>Effacer ou conserver</translation>
        </message>
        <message>
            <source>Erasing deletes every version on the server at once, and every copy on every device at its next sync; it can't be undone. A legal hold stops any erasure or retention purge until it is released.</source>
            <translation>L'effacement supprime aussitôt chaque version sur le serveur, et chaque copie sur chaque appareil à sa prochaine synchronisation ; il est irréversible. Une conservation légale empêche tout effacement ou purge jusqu'à sa levée.</translation>
        </message>
        <message>
            <source>The &amp;household: register data, case files and everything about them</source>
            <translation>Le &amp;ménage : données du registre, dossiers et tout ce qui les concerne</translation>
        </message>
        <message>
            <source>Only the &amp;case file and what it holds</source>
            <translation>Seulement le &amp;dossier et son contenu</translation>
        </message>
        <message>
            <source>Only one &amp;person's register data:</source>
            <translation>Seulement les données du registre d'une &amp;personne :</translation>
        </message>
        <message>
            <source>Their name also leaves the PSC's activities and committee meetings (the counts stay)</source>
            <translation>Son nom disparaît aussi des activités et des réunions du comité du PCS (les nombres restent)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>&amp;Reason (recorded):</source>
            <translation>&amp;Motif (enregistré) :</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Place a legal h&amp;old</source>
            <translation>Placer une &amp;conservation légale</translation>
        </message>
        <message>
            <source>Re&amp;lease the hold</source>
            <translation>&amp;Lever la conservation légale</translation>
        </message>
        <message>
            <source>Say why; the reason is recorded.</source>
            <translation>Dites pourquoi ; le motif est enregistré.</translation>
        </message>
        <message>
            <source>Not connected to a sync server.</source>
            <translation>Pas connecté à un serveur de synchronisation.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Under a legal hold since %1</source>
            <translation>Sous conservation légale depuis le %1</translation>
        </message>
        <message>
            <source>(placed by %1)</source>
            <translation>(placée par %1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>The legal hold is released.</source>
            <translation>La conservation légale est levée.</translation>
        </message>
        <message>
            <source>The legal hold is in place.</source>
            <translation>La conservation légale est en place.</translation>
        </message>
        <message>
            <source>Erased. Every device purges its copies at its next sync; Supervision, Data protection shows who has.</source>
            <translation>Effacé. Chaque appareil efface ses copies à sa prochaine synchronisation ; Supervision, Protection des données montre lesquels l'ont fait.</translation>
        </message>
        <message>
            <source>A legal hold stops this erasure; release it first.</source>
            <translation>Une conservation légale empêche cet effacement ; levez-la d'abord.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationReport</name>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Case notes without objective</source>
            <translation>Notes de dossier sans objectif</translation>
        </message>
        <message>
            <source>Minimal-base objectives covered</source>
            <translation>Objectifs de la base minimale couverts</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Service social — supervision</translation>
        </message>
        <message>
            <source>Evaluation table of social action {year}</source>
            <translation>Tableau d'évaluation de l'action sociale {year}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Comparé à</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Minimal base: {covered} of {of} objectives with at least one action this year</source>
            <translation>Base minimale : {covered} objectifs sur {of} avec au moins une action cette année</translation>
        </message>
        <message>
            <source>1. Quantitative indicators</source>
            <translation>1. Indicateurs quantitatifs</translation>
        </message>
        <message>
            <source>2. Qualitative self-evaluation</source>
            <translation>2. Auto-évaluation qualitative</translation>
        </message>
        <message>
            <source>3. State of play per site</source>
            <translation>3. État des lieux par site</translation>
        </message>
        <message>
            <source>By pillar and indicator</source>
            <translation>Par pilier et par indicateur</translation>
        </message>
        <message>
            <source>By strategic axis and operational objective</source>
            <translation>Par axe stratégique et objectif opérationnel</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Axe / objectif</translation>
        </message>
        <message>
            <source>Minimal base</source>
            <translation>Base minimale</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Actors present</source>
            <translation>Acteurs présents</translation>
        </message>
        <message>
            <source>Social staff (FTE)</source>
            <translation>Personnel social (ETP)</translation>
        </message>
        <message>
            <source>Actions this year</source>
            <translation>Actions cette année</translation>
        </message>
        <message>
            <source>PSC: {name}</source>
            <translation>PCS : {name}</translation>
        </message>
        <message>
            <source>No PSC</source>
            <translation>Pas de PCS</translation>
        </message>
        <message>
            <source>ARHUU: {yes_no}</source>
            <translation>CoCoLo : {yes_no}</translation>
        </message>
        <message>
            <source>Associations: {names}</source>
            <translation>Associations : {names}</translation>
        </message>
        <message>
            <source>Housing company {company} · DMBSH {dmbsh} · PSC {psc}</source>
            <translation>SISP {company} · SASLS {dmbsh} · PCS {psc}</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individuel</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collectif</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communautaire</translation>
        </message>
        <message>
            <source>No self-evaluation written for this year yet.</source>
            <translation>Aucune auto-évaluation n'a encore été rédigée pour cette année.</translation>
        </message>
        <message>
            <source>(state of play not filled in)</source>
            <translation>(état des lieux non rempli)</translation>
        </message>
        <message>
            <source>Counts below 5 are shown as "&lt;5"; a cell that would let one be worked out from a total is shown as "x". ● marks the objectives of the minimal base.</source>
            <translation>Les nombres inférieurs à 5 sont indiqués « &lt;5 » ; une case qui permettrait d'en déduire un à partir d'un total est indiquée « x ». ● marque les objectifs de la base minimale.</translation>
        </message>
        <message>
            <source>FieldApp — evaluation table {year}</source>
            <translation>FieldApp — tableau d'évaluation {year}</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.pdf</source>
            <translation>tableau-evaluation-{year}.pdf</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.csv</source>
            <translation>tableau-evaluation-{year}.csv</translation>
        </message>
    </context>
    <context>
        <name>EvaluationView</name>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>PSC</source>
            <translation>PCS</translation>
        </message>
        <message>
            <source>ARHUU</source>
            <translation>CoCoLo</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <source>FTE housing company</source>
            <translation>ETP SISP</translation>
        </message>
        <message>
            <source>FTE DMBSH</source>
            <translation>ETP SASLS</translation>
        </message>
        <message>
            <source>FTE PSC</source>
            <translation>ETP PCS</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individuel</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collectif</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Communautaire</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Axe / objectif</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Piliers</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>L'an dernier</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pilier</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Afficher (F5)</translation>
        </message>
        <message>
            <source>&amp;Target (actions this year):</source>
            <translation>&amp;Cible (actions cette année) :</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>Pas de cible</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation:</source>
            <translation>Auto-&amp;évaluation :</translation>
        </message>
        <message>
            <source>What went well, what did not, what you will change — no names of tenants.</source>
            <translation>Ce qui a bien marché, ce qui n'a pas marché, ce que vous allez changer — pas de noms de locataires.</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Return)</source>
            <translation>&amp;Enregistrer (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>PDF (Ctrl+P)</source>
            <translation>PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>CSV (Ctrl+E)</source>
            <translation>CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>In Dutch or French, as you choose; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</source>
            <translation>En néerlandais ou en français, au choix ; tout nombre inférieur à 5 est indiqué « &lt;5 » et les cases qui en révéleraient un sont masquées par « x »</translation>
        </message>
        <message>
            <source>Axes and objectives</source>
            <translation>Axes et objectifs</translation>
        </message>
        <message>
            <source>Indicators by pillar</source>
            <translation>Indicateurs par pilier</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>État des lieux par site</translation>
        </message>
        <message>
            <source>Parts of the evaluation table</source>
            <translation>Parties du tableau d'évaluation</translation>
        </message>
        <message>
            <source>Minimal base (●): %1 of %2 objectives with at least one action · compared with %3 – %4</source>
            <translation>Base minimale (●) : %1 objectifs sur %2 avec au moins une action · comparé au %3 – %4</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Comptage…</translation>
        </message>
        <message>
            <source>Choose an axis or an objective in the table</source>
            <translation>Choisissez un axe ou un objectif dans le tableau</translation>
        </message>
        <message>
            <source>Saved; it goes to the other supervisors at the next sync.</source>
            <translation>Enregistré ; cela parviendra aux autres superviseurs à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Show the table first (F5).</source>
            <translation>Affichez d'abord le tableau (F5).</translation>
        </message>
        <message>
            <source>Save the evaluation table</source>
            <translation>Enregistrer le tableau d'évaluation</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Langue du document</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Langue du document :</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
    </context>
    <context>
        <name>FieldChoice</name>
        <message>
            <source>Before both changes</source>
            <translation>Avant les deux modifications</translation>
        </message>
        <message>
            <source>Yours — {who}, {when}</source>
            <translation>La vôtre — {who}, {when}</translation>
        </message>
        <message>
            <source>{who} — {when}</source>
            <translation>{who} — {when}</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Garder la &amp;mienne</translation>
        </message>
        <message>
            <source>Keep the version of &amp;{who}</source>
            <translation>Garder la version de &amp;{who}</translation>
        </message>
        <message>
            <source>&amp;Merge both texts (edit below)</source>
            <translation>&amp;Fusionner les deux textes (à modifier ci-dessous)</translation>
        </message>
        <message>
            <source>Merged text</source>
            <translation>Texte fusionné</translation>
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
            <source>&amp;For:</source>
            <translation>&amp;Pour :</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Planifier un suivi</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Handed on at the end of a renovation: {text}</source>
            <translation>Transmis à la fin d'une rénovation : {text}</translation>
        </message>
        <message>
            <source>Answer awaited from {department}: {text}</source>
            <translation>Réponse attendue de {department} : {text}</translation>
        </message>
        <message>
            <source>Hand-off from the neighbourhood agent: {text}</source>
            <translation>Transmis par l'agent(e) de proximité : {text}</translation>
        </message>
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
        <name>FormDrafts</name>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Texte restauré depuis votre brouillon non enregistré.</translation>
        </message>
    </context>
    <context>
        <name>GdprView</name>
        <message>
            <source>Closed case file</source>
            <translation>Dossier clôturé</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>État des lieux</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Access-log entry</source>
            <translation>Entrée du journal des accès</translation>
        </message>
        <message>
            <source>Archived renovation project</source>
            <translation>Projet de rénovation archivé</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Durée de conservation</translation>
        </message>
        <message>
            <source>Closed case files (days after closing):</source>
            <translation>Dossiers clôturés (jours après clôture) :</translation>
        </message>
        <message>
            <source>Inventories (days):</source>
            <translation>États des lieux (jours) :</translation>
        </message>
        <message>
            <source>Interventions (days):</source>
            <translation>Interventions (jours) :</translation>
        </message>
        <message>
            <source>Access-log entries (days):</source>
            <translation>Entrées du journal des accès (jours) :</translation>
        </message>
        <message>
            <source>Renovation projects (days after the archive):</source>
            <translation>Projets de rénovation (jours après l'archivage) :</translation>
        </message>
        <message>
            <source>Purged on</source>
            <translation>Purgé le</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordonné</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Effacé</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmé par</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Retention periods (0 = kept) and the register of processing</source>
            <translation>Durées de conservation (0 = conservé) et registre des traitements</translation>
        </message>
        <message>
            <source>C&amp;ontroller:</source>
            <translation>Res&amp;ponsable du traitement :</translation>
        </message>
        <message>
            <source>the organisation's legal name</source>
            <translation>le nom légal de l'organisation</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Responsable du traitement</translation>
        </message>
        <message>
            <source>&amp;Data protection officer:</source>
            <translation>&amp;Délégué à la protection des données :</translation>
        </message>
        <message>
            <source>name, e-mail or phone</source>
            <translation>nom, e-mail ou téléphone</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Délégué à la protection des données</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Register of &amp;processing (PDF)…</source>
            <translation>Registre des &amp;traitements (PDF)…</translation>
        </message>
        <message>
            <source>Nothing is purged in the next {n} days.</source>
            <translation>Rien n'est purgé dans les {n} prochains jours.</translation>
        </message>
        <message>
            <source>Purged in the next {n} days</source>
            <translation>Purgé dans les {n} prochains jours</translation>
        </message>
        <message>
            <source>P&amp;urge what is due today…</source>
            <translation>P&amp;urger ce qui échoit aujourd'hui…</translation>
        </message>
        <message>
            <source>Erasure orders and the devices that confirmed</source>
            <translation>Ordres d'effacement et appareils qui les ont confirmés</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>No erasure has been ordered.</source>
            <translation>Aucun effacement n'a été ordonné.</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault first (Settings, Sync server).</source>
            <translation>Pas connecté à un serveur de synchronisation : connectez d'abord ce coffre (Paramètres, Serveur de synchronisation).</translation>
        </message>
        <message>
            <source>Reading from the server…</source>
            <translation>Lecture depuis le serveur…</translation>
        </message>
        <message>
            <source>Purge what is due</source>
            <translation>Purger ce qui échoit</translation>
        </message>
        <message>
            <source>Everything due today is erased on the server and on every device. Held records stay. Reason (recorded):</source>
            <translation>Tout ce qui échoit aujourd'hui est effacé sur le serveur et sur chaque appareil. Les données sous conservation restent. Motif (enregistré) :</translation>
        </message>
        <message>
            <source>Retention period over</source>
            <translation>Durée de conservation écoulée</translation>
        </message>
        <message>
            <source>Nothing is due today.</source>
            <translation>Rien n'échoit aujourd'hui.</translation>
        </message>
        <message>
            <source>Purged: {n} records.</source>
            <translation>Purgé : {n} données.</translation>
        </message>
        <message>
            <source>The register was saved as {name}.</source>
            <translation>Le registre a été enregistré sous {name}.</translation>
        </message>
        <message>
            <source>Register of processing activities</source>
            <translation>Registre des activités de traitement</translation>
        </message>
    </context>
    <context>
        <name>GoalEditDialog</name>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Objectif :</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>É&amp;valuation le :</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>Modifier l'objectif</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Indiquez l'objectif.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <source>Guides of your roles</source>
            <translation>Guides de vos rôles</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Pourquoi :</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Transmettre à l'assistant(e) social(e)</translation>
        </message>
        <message>
            <source>The social assistant of {site} will find this among their follow-ups. You will not see their case file; only that it was handed on.</source>
            <translation>L'assistant(e) social(e) de {site} le trouvera parmi ses suivis. Vous ne voyez pas le dossier, seulement que la demande a été transmise.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of a {what}</source>
            <translation>Historique : {what}</translation>
        </message>
        <message>
            <source>Asking the server for every version…</source>
            <translation>Demande de toutes les versions au serveur…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Text of the selected version</source>
            <translation>Texte de la version choisie</translation>
        </message>
        <message>
            <source>The server has no earlier version of this record yet (it has not been synchronised).</source>
            <translation>Le serveur n'a encore aucune version de cet élément (il n'a pas encore été synchronisé).</translation>
        </message>
        <message>
            <source>1 version.</source>
            <translation>1 version.</translation>
        </message>
        <message>
            <source>{n} versions, oldest first.</source>
            <translation>{n} versions, la plus ancienne d'abord.</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <source>The history is kept on the server, which cannot be reached now. Try again when you are connected.</source>
            <translation>L'historique est conservé sur le serveur, injoignable pour l'instant. Réessayez quand vous serez connecté(e).</translation>
        </message>
        <message>
            <source>The history could not be read from the server.</source>
            <translation>L'historique n'a pas pu être lu sur le serveur.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>This vault is not connected to a server: only the current version is kept.</source>
            <translation>Ce coffre n'est pas relié à un serveur : seule la version actuelle est conservée.</translation>
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
            <source>&amp;Whose:</source>
            <translation>&amp;À qui :</translation>
        </message>
        <message>
            <source>Whose case files</source>
            <translation>À qui sont les dossiers</translation>
        </message>
        <message>
            <source>My case files, everyone's on my sites, those with nobody yet, or a colleague's I stand in for. A name typed in Find searches every household of my sites.</source>
            <translation>Mes dossiers, ceux de tout le monde sur mes sites, ceux qui ne sont encore à personne, ou ceux d'un collègue que je remplace. Un nom tapé dans Chercher cherche dans tous les ménages de mes sites.</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <source>New &amp;candidate tenant…</source>
            <translation>Nouveau &amp;candidat-locataire…</translation>
        </message>
        <message>
            <source>A household without a dwelling yet: it gets a case file now, a dwelling when it moves in</source>
            <translation>Un ménage sans logement pour l'instant : il reçoit un dossier maintenant, un logement quand il emménage</translation>
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
            <source>My case files</source>
            <translation>Mes dossiers</translation>
        </message>
        <message>
            <source>Everyone's</source>
            <translation>De tout le monde</translation>
        </message>
        <message>
            <source>Nobody's yet</source>
            <translation>Encore à personne</translation>
        </message>
        <message>
            <source>Of {name}</source>
            <translation>De {name}</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>Tous mes sites</translation>
        </message>
        <message>
            <source>You have none of the case files yet. Whose: Everyone's shows every household of your sites.</source>
            <translation>Vous n'avez encore aucun dossier. À qui : De tout le monde montre tous les ménages de vos sites.</translation>
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
        <name>HousingDialog</name>
        <message>
            <source>Agreed on</source>
            <translation>Convenu le</translation>
        </message>
        <message>
            <source>Owed (€)</source>
            <translation>Dû (€)</translation>
        </message>
        <message>
            <source>Per month (€)</source>
            <translation>Par mois (€)</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Où il en est</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>A&amp;greed on:</source>
            <translation>Con&amp;venu le :</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>Montant &amp;dû :</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Par &amp;mois :</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>É&amp;tape :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Remarque :</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Issue :</translation>
        </message>
        <message>
            <source>O&amp;n:</source>
            <translation>&amp;Le :</translation>
        </message>
        <message>
            <source>Right to housing: arrears, eviction, outcome</source>
            <translation>Droit au logement : arriérés, expulsion, issue</translation>
        </message>
        <message>
            <source>Arrears plans</source>
            <translation>Plans d'apurement</translation>
        </message>
        <message>
            <source>&amp;Add the arrears plan</source>
            <translation>&amp;Ajouter le plan d'apurement</translation>
        </message>
        <message>
            <source>Paid o&amp;ff</source>
            <translation>&amp;Apuré</translation>
        </message>
        <message>
            <source>&amp;Not kept</source>
            <translation>&amp;Non respecté</translation>
        </message>
        <message>
            <source>Eviction procedure</source>
            <translation>Procédure d'expulsion</translation>
        </message>
        <message>
            <source>Add the ste&amp;p</source>
            <translation>Ajouter l'éta&amp;pe</translation>
        </message>
        <message>
            <source>Outcome for the right to housing</source>
            <translation>Issue pour le droit au logement</translation>
        </message>
        <message>
            <source>Re&amp;cord the outcome</source>
            <translation>Enre&amp;gistrer l'issue</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>Modi&amp;fier…</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Modifier le plan d'apurement</translation>
        </message>
        <message>
            <source>D&amp;elete…</source>
            <translation>S&amp;upprimer…</translation>
        </message>
        <message>
            <source>Delete the arrears plan</source>
            <translation>Supprimer le plan d'apurement</translation>
        </message>
        <message>
            <source>Change the &amp;step…</source>
            <translation>Modifier l'&amp;étape…</translation>
        </message>
        <message>
            <source>De&amp;lete the step…</source>
            <translation>Supprimer l'étape…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Modifier l'issue</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete the outcome</source>
            <translation>Supprimer l'issue</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>Aucune issue enregistrée pour l'instant.</translation>
        </message>
        <message>
            <source>Recorded: {outcome} on {day}</source>
            <translation>Enregistré : {outcome} le {day}</translation>
        </message>
        <message>
            <source>Select the arrears plan first.</source>
            <translation>Sélectionnez d'abord le plan d'apurement.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Choisissez d'abord une ligne.</translation>
        </message>
        <message>
            <source>Delete the arrears plan agreed on {day} ({owed} € owed)? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Supprimer le plan d'apurement convenu le {day} ({owed} € dus) ? À utiliser seulement pour une saisie par erreur : il disparaît de chaque portable à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Delete the step</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Delete "{what}" of {day}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Supprimer « {what} » du {day} ? À utiliser seulement pour une saisie par erreur : l'élément disparaît de chaque portable à la prochaine synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsReport</name>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Service social — coordination</translation>
        </message>
        <message>
            <source>Indicators of social action</source>
            <translation>Indicateurs de l'action sociale</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Imprimé le</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Synced records of the team, counted on the supervisor's laptop</source>
            <translation>Données synchronisées de l'équipe, comptées sur l'ordinateur du/de la responsable</translation>
        </message>
        <message>
            <source>Summary by strategic axis</source>
            <translation>Synthèse par axe stratégique</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>Axe {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>By operational objective</source>
            <translation>Par objectif opérationnel</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.pdf</source>
            <translation>indicateurs-{start}-{end}.pdf</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Notes par objectif opérationnel</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Actions par axe stratégique</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Rien d'enregistré pendant cette période.</translation>
        </message>
        <message>
            <source>Objectives: the one written on each case note; other actions count towards the objective their kind of work serves (home visits and follow-ups 2.3, welcome 2.2, referrals 4.2, inventories 1.2, help needed 2.1, interventions by category). Referrals appear twice (by destination and by outcome).</source>
            <translation>Objectifs : celui indiqué sur chaque note ; les autres actions comptent pour l'objectif que sert ce type de travail (visites à domicile et suivis 2.3, accueil 2.2, orientations 4.2, états des lieux 1.2, aide nécessaire 2.1, interventions selon la catégorie). Les orientations figurent deux fois (par destination et par résultat).</translation>
        </message>
        <message>
            <source>FieldApp — indicators {start} – {end}</source>
            <translation>FieldApp — indicateurs {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Operational objectives</source>
            <translation>Objectifs opérationnels</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mois dernier</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Année dernière</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site :</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Tous les sites</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Afficher (F5)</translation>
        </message>
        <message>
            <source>PDF report (Ctrl+P)</source>
            <translation>Rapport PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>CSV (Ctrl+E)</source>
            <translation>CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Anonymised CSV for the region (Ctrl+Shift+E)</source>
            <translation>CSV anonymisé pour la Région (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>DMBSH…</source>
            <translation>SASLS…</translation>
        </message>
        <message>
            <source>The anonymised DMBSH report across housing companies (Ctrl+Shift+D)</source>
            <translation>Le rapport SASLS anonymisé pour l'ensemble des SISP (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>Rapport SASLS pour l'ensemble des SISP</translation>
        </message>
        <message>
            <source>No names, no ids; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</source>
            <translation>Ni noms ni identifiants ; tout nombre inférieur à 5 affiché « &lt;5 » et les cellules qui en révéleraient un masquées par « x »</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Comptage…</translation>
        </message>
        <message>
            <source>Actions counted: %1</source>
            <translation>Actions comptées : %1</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Actions par axe stratégique</translation>
        </message>
        <message>
            <source>Axis %1</source>
            <translation>Axe %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Notes par objectif opérationnel</translation>
        </message>
        <message>
            <source>Show the indicators first (F5).</source>
            <translation>Affichez d'abord les indicateurs (F5).</translation>
        </message>
        <message>
            <source>Save the PDF report</source>
            <translation>Enregistrer le rapport PDF</translation>
        </message>
        <message>
            <source>indicators-anonymised-{start}-{end}.csv</source>
            <translation>indicateurs-anonymises-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.csv</source>
            <translation>indicateurs-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>Save the CSV file</source>
            <translation>Enregistrer le fichier CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>InfoSessionsDialog</name>
        <message>
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invités</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Posée par</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Réponse de</translation>
        </message>
        <message>
            <source>Folder for the invitations</source>
            <translation>Dossier pour les invitations</translation>
        </message>
        <message>
            <source>Information sessions</source>
            <translation>Séances d'information</translation>
        </message>
        <message>
            <source>&amp;Plan the session</source>
            <translation>&amp;Planifier la séance</translation>
        </message>
        <message>
            <source>Print the &amp;invitations…</source>
            <translation>Imprimer les &amp;invitations…</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Ménages présents</translation>
        </message>
        <message>
            <source>Staff and contractors present</source>
            <translation>Personnel et entrepreneurs présents</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Nom — Entrée ajoute</translation>
        </message>
        <message>
            <source>&amp;Save who came</source>
            <translation>&amp;Enregistrer les présences</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>Ménages &amp;présents :</translation>
        </message>
        <message>
            <source>Staff and &amp;contractors:</source>
            <translation>Personnel et e&amp;ntrepreneurs :</translation>
        </message>
        <message>
            <source>Questions and answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(non précisé)</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(personne encore)</translation>
        </message>
        <message>
            <source>&amp;Add the question</source>
            <translation>&amp;Ajouter la question</translation>
        </message>
        <message>
            <source>&amp;Edit the chosen question</source>
            <translation>&amp;Modifier la question choisie</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question :</translation>
        </message>
        <message>
            <source>Asked &amp;by:</source>
            <translation>&amp;Posée par :</translation>
        </message>
        <message>
            <source>A&amp;nswer:</source>
            <translation>&amp;Réponse :</translation>
        </message>
        <message>
            <source>Answered b&amp;y:</source>
            <translation>Réponse &amp;de :</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Save the &amp;minutes</source>
            <translation>Enregistrer le &amp;procès-verbal</translation>
        </message>
        <message>
            <source>Minutes (P&amp;DF)…</source>
            <translation>Procès-verbal (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Plan and invite</source>
            <translation>Planifier et inviter</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Présences</translation>
        </message>
        <message>
            <source>Session planned; %1 households invited.</source>
            <translation>Séance planifiée ; %1 ménages invités.</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>Présences enregistrées.</translation>
        </message>
        <message>
            <source>Question added.</source>
            <translation>Question ajoutée.</translation>
        </message>
        <message>
            <source>Question changed.</source>
            <translation>Question modifiée.</translation>
        </message>
        <message>
            <source>Choose a question in the list first.</source>
            <translation>Choisissez d'abord une question dans la liste.</translation>
        </message>
        <message>
            <source>&amp;Save the change</source>
            <translation>&amp;Enregistrer la modification</translation>
        </message>
        <message>
            <source>Stop &amp;editing</source>
            <translation>Arrêter la &amp;modification</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>Procès-verbal enregistré.</translation>
        </message>
        <message>
            <source>Invitations printed: %1, each in the household's language.</source>
            <translation>Invitations imprimées : %1, chacune dans la langue du ménage.</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF enregistré : %1</translation>
        </message>
        <message>
            <source>Minutes of the information session</source>
            <translation>Procès-verbal de la séance d'information</translation>
        </message>
    </context>
    <context>
        <name>InitiativesView</name>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>Porté par</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>Soutien apporté</translation>
        </message>
        <message>
            <source>&amp;Initiative:</source>
            <translation>&amp;Initiative :</translation>
        </message>
        <message>
            <source>Carried &amp;by (a group):</source>
            <translation>Porté &amp;par (un groupe) :</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Depuis :</translation>
        </message>
        <message>
            <source>Kind of su&amp;pport:</source>
            <translation>T&amp;ype de soutien :</translation>
        </message>
        <message>
            <source>&amp;What (no names):</source>
            <translation>Qu&amp;oi (sans noms) :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Quartier :</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Initiatives de locataires</translation>
        </message>
        <message>
            <source>A new initiative</source>
            <translation>Une nouvelle initiative</translation>
        </message>
        <message>
            <source>&amp;Add the initiative</source>
            <translation>&amp;Ajouter l'initiative</translation>
        </message>
        <message>
            <source>&amp;Record the support</source>
            <translation>&amp;Enregistrer le soutien</translation>
        </message>
        <message>
            <source>Running a&amp;gain</source>
            <translation>&amp;Reprise</translation>
        </message>
        <message>
            <source>It has &amp;ended</source>
            <translation>Elle est &amp;terminée</translation>
        </message>
        <message>
            <source>Choose an initiative, or add one.</source>
            <translation>Choisissez une initiative, ou ajoutez-en une.</translation>
        </message>
    </context>
    <context>
        <name>InternalAnswerDialog</name>
        <message>
            <source>Facts:</source>
            <translation>Faits :</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Réponse :</translation>
        </message>
        <message>
            <source>Answered &amp;on:</source>
            <translation>Répondu &amp;le :</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Demande à un service</translation>
        </message>
        <message>
            <source>To {department}, asked on {asked}, answer wanted by {due}.</source>
            <translation>À {department}, demandé le {asked}, réponse souhaitée pour le {due}.</translation>
        </message>
        <message>
            <source>Request &amp;slip (PDF)…</source>
            <translation>&amp;Formulaire de demande (PDF)…</translation>
        </message>
        <message>
            <source>Request slip</source>
            <translation>Formulaire de demande</translation>
        </message>
    </context>
    <context>
        <name>InternalRequestDialog</name>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>&amp;Answer wanted by:</source>
            <translation>Réponse souhaitée pour &amp;le :</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>&amp;Faits :</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Demande à un service</translation>
        </message>
        <message>
            <source>Facts only: the department is not bound by professional secrecy. Write what it needs to act (dates, amounts, the defect, the request), never what the household confided to you.</source>
            <translation>Des faits uniquement : le service n'est pas tenu au secret professionnel. Écrivez ce dont il a besoin pour agir (dates, montants, le défaut, la demande), jamais ce que le ménage vous a confié.</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>W&amp;hen:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>&amp;Met:</source>
            <translation>&amp;Rencontré :</translation>
        </message>
        <message>
            <source>What was &amp;done:</source>
            <translation>Ce qui a été &amp;fait :</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Photos :</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Noter une intervention</translation>
        </message>
        <message>
            <source>A &amp;follow-up is needed</source>
            <translation>Un &amp;suivi est nécessaire</translation>
        </message>
        <message>
            <source>&amp;Close the request</source>
            <translation>&amp;Clôturer la demande</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>Ajouter des &amp;photos…</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Ajouter des photos</translation>
        </message>
        <message>
            <source>{n} photos</source>
            <translation>{n} photos</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Images (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>InventoryEditor</name>
        <message>
            <source>Rooms</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Elements</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Kind of room</source>
            <translation>Type de pièce</translation>
        </message>
        <message>
            <source>Add &amp;room</source>
            <translation>Ajouter une &amp;pièce</translation>
        </message>
        <message>
            <source>Room name — Enter renames</source>
            <translation>Nom de la pièce — Entrée renomme</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Nom de la pièce</translation>
        </message>
        <message>
            <source>Remove room</source>
            <translation>Supprimer la pièce</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Touche {key}</translation>
        </message>
        <message>
            <source>Remarks on this element — Enter saves</source>
            <translation>Remarques sur cet élément — Entrée enregistre</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>Ajouter des &amp;photos…</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Prendre une photo…</translation>
        </message>
        <message>
            <source>Photos of the element and the room</source>
            <translation>Photos de l'élément et de la pièce</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Restauré depuis votre brouillon non enregistré.</translation>
        </message>
        <message>
            <source>Signed: this inventory is frozen. Record later changes as an addendum (Attendees and signatures).</source>
            <translation>Signé : cet état des lieux est figé. Consignez les changements ultérieurs dans un avenant (Présents et signatures).</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Inventory shown</source>
            <translation>État des lieux affiché</translation>
        </message>
        <message>
            <source>Start the pre-works &amp;inventory</source>
            <translation>Commencer l'&amp;état des lieux avant travaux</translation>
        </message>
        <message>
            <source>Start the post-works &amp;check</source>
            <translation>Commencer le &amp;contrôle après travaux</translation>
        </message>
        <message>
            <source>P&amp;DF…</source>
            <translation>P&amp;DF…</translation>
        </message>
        <message>
            <source>Compare before/after (PDF)…</source>
            <translation>Comparer avant/après (PDF)…</translation>
        </message>
        <message>
            <source>No inventory yet for this dwelling.</source>
            <translation>Pas encore d'état des lieux pour ce logement.</translation>
        </message>
        <message>
            <source>Signed · fingerprint {short}…</source>
            <translation>Signé · empreinte {short}…</translation>
        </message>
        <message>
            <source>Draft — not signed yet</source>
            <translation>Projet — pas encore signé</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF enregistré : {name}</translation>
        </message>
        <message>
            <source>Print the inventory</source>
            <translation>Imprimer l'état des lieux</translation>
        </message>
        <message>
            <source>Print the comparison</source>
            <translation>Imprimer la comparaison</translation>
        </message>
    </context>
    <context>
        <name>LockedOfflinePage</name>
        <message>
            <source>Connect to synchronise</source>
            <translation>Connectez-vous pour synchroniser</translation>
        </message>
        <message>
            <source>This laptop has not reached the server for more than {n} days. Connect to the network and synchronise: your case files open again as soon as it succeeds. Nothing you wrote is lost.</source>
            <translation>Ce portable n'a plus joint le serveur depuis plus de {n} jours. Connectez-vous au réseau et synchronisez : vos dossiers se rouvrent dès que cela réussit. Rien de ce que vous avez écrit n'est perdu.</translation>
        </message>
        <message>
            <source>&amp;Synchronise now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Synchronise now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
    </context>
    <context>
        <name>LogPage</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>&amp;Log an activity (Ctrl+J)</source>
            <translation>&amp;Noter une activité (Ctrl+J)</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activités de l'année</translation>
        </message>
        <message>
            <source>{year}: {count} activities, {people} participants in all.</source>
            <translation>{year} : {count} activités, {people} participants au total.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Enregistrez d'abord le projet (Ctrl+1).</translation>
        </message>
        <message>
            <source>Named (with consent):</source>
            <translation>Nommés (avec accord) :</translation>
        </message>
        <message>
            <source>Trainer:</source>
            <translation>Formateur·rice :</translation>
        </message>
        <message>
            <source>Facilitators:</source>
            <translation>Animateur·rice·s :</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Séance individuelle de clôture :</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Retours :</translation>
        </message>
        <message>
            <source>New questions:</source>
            <translation>Nouvelles questions :</translation>
        </message>
        <message>
            <source>Follow-up offered:</source>
            <translation>Suivi proposé :</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About FieldApp</source>
            <translation>À &amp;propos de FieldApp</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Colleagues' &amp;keys…</source>
            <translation>&amp;Clés des collègues…</translation>
        </message>
        <message>
            <source>Compare safety numbers with a colleague before sharing with them</source>
            <translation>Comparez les numéros de sécurité avec un collègue avant de partager avec lui</translation>
        </message>
        <message>
            <source>&amp;Areas</source>
            <translation>Do&amp;maines</translation>
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
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Office hours</source>
            <translation>&amp;Permanences</translation>
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
            <source>Send your changes and fetch the team's (F5)</source>
            <translation>Envoyer vos modifications et recevoir celles de l'équipe (F5)</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>État de la synchronisation</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Present (one a line: name; organisation):</source>
            <translation>&amp;Présents (un par ligne : nom ; organisation) :</translation>
        </message>
        <message>
            <source>&amp;Apologies (one a line):</source>
            <translation>E&amp;xcusés (un par ligne) :</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>Procès-&amp;verbal :</translation>
        </message>
        <message>
            <source>D&amp;ecisions:</source>
            <translation>D&amp;écisions :</translation>
        </message>
        <message>
            <source>Meeting of the follow-up committee</source>
            <translation>Réunion du comité d'accompagnement</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>Comes &amp;from:</source>
            <translation>&amp;Provient de :</translation>
        </message>
        <message>
            <source>Department or &amp;colleague:</source>
            <translation>Service ou &amp;collègue :</translation>
        </message>
        <message>
            <source>Fu&amp;nction:</source>
            <translation>Fo&amp;nction :</translation>
        </message>
        <message>
            <source>Na&amp;me (if they agree):</source>
            <translation>No&amp;m (avec accord) :</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>What was &amp;said:</source>
            <translation>Ce qui a été &amp;dit :</translation>
        </message>
        <message>
            <source>&amp;Decided:</source>
            <translation>Déc&amp;idé :</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Qui :</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Pour le :</translation>
        </message>
        <message>
            <source>Hou&amp;sehold:</source>
            <translation>&amp;Ménage :</translation>
        </message>
        <message>
            <source>Named &amp;as:</source>
            <translation>Nommé &amp;comme :</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Comment :</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Envoyé le :</translation>
        </message>
        <message>
            <source>&amp;Households:</source>
            <translation>&amp;Ménages :</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>&amp;Ordre du jour</translation>
        </message>
        <message>
            <source>On the &amp;day</source>
            <translation>Le &amp;jour même</translation>
        </message>
        <message>
            <source>Minu&amp;tes</source>
            <translation>Compte &amp;rendu</translation>
        </message>
        <message>
            <source>Topics of the agenda</source>
            <translation>Sujets de l'ordre du jour</translation>
        </message>
        <message>
            <source>Add a topic</source>
            <translation>Ajouter un sujet</translation>
        </message>
        <message>
            <source>Add the to&amp;pic</source>
            <translation>Ajouter le su&amp;jet</translation>
        </message>
        <message>
            <source>Save the topic c&amp;hanges</source>
            <translation>Enregistrer les &amp;modifications du point</translation>
        </message>
        <message>
            <source>&amp;Remove the topic</source>
            <translation>&amp;Retirer le point</translation>
        </message>
        <message>
            <source>&amp;Invitations (PDF)…</source>
            <translation>&amp;Invitations (PDF)…</translation>
        </message>
        <message>
            <source>One page per household of the neighbourhood, in its language</source>
            <translation>Une page par ménage du quartier, dans sa langue</translation>
        </message>
        <message>
            <source>Dutch and French on every page</source>
            <translation>Néerlandais et français sur chaque page</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>Ménages &amp;présents :</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Ménages présents</translation>
        </message>
        <message>
            <source>&amp;Record who came</source>
            <translation>&amp;Enregistrer les présences</translation>
        </message>
        <message>
            <source>Staff present</source>
            <translation>Personnel présent</translation>
        </message>
        <message>
            <source>Agrees to be named in the minutes</source>
            <translation>Accepte d'être nommé dans le compte rendu</translation>
        </message>
        <message>
            <source>Add sta&amp;ff</source>
            <translation>Ajouter un membre du &amp;personnel</translation>
        </message>
        <message>
            <source>Save staff c&amp;hanges</source>
            <translation>Enregistrer le &amp;personnel</translation>
        </message>
        <message>
            <source>Remove from the &amp;list</source>
            <translation>Retirer de la &amp;liste</translation>
        </message>
        <message>
            <source>What was said and decided</source>
            <translation>Ce qui a été dit et décidé</translation>
        </message>
        <message>
            <source>Sa&amp;ve the topic</source>
            <translation>En&amp;registrer le sujet</translation>
        </message>
        <message>
            <source>Actions (open ones of earlier meetings too)</source>
            <translation>Actions (y compris celles encore ouvertes des réunions précédentes)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Add the a&amp;ction</source>
            <translation>Ajouter l'a&amp;ction</translation>
        </message>
        <message>
            <source>Done / open a&amp;gain</source>
            <translation>Faite / &amp;rouvrir</translation>
        </message>
        <message>
            <source>A tenant who spoke and agrees to be named</source>
            <translation>Un locataire qui a pris la parole et accepte d'être nommé</translation>
        </message>
        <message>
            <source>Name in the minutes</source>
            <translation>Nommer dans le compte rendu</translation>
        </message>
        <message>
            <source>&amp;Issue the minutes</source>
            <translation>&amp;Valider le compte rendu</translation>
        </message>
        <message>
            <source>Minutes (&amp;PDF)…</source>
            <translation>Compte rendu (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Distribution of the minutes</source>
            <translation>Diffusion du compte rendu</translation>
        </message>
        <message>
            <source>&amp;Log the distribution</source>
            <translation>&amp;Noter la diffusion</translation>
        </message>
        <message>
            <source>&amp;Undo for the ticked households</source>
            <translation>&amp;Annuler pour les ménages cochés</translation>
        </message>
        <message>
            <source>The minutes did not go to the ticked households this way: take the lines back</source>
            <translation>Le compte rendu n'a pas été remis ainsi aux ménages cochés : retirer ces lignes</translation>
        </message>
        <message>
            <source>Plan it again</source>
            <translation>La replanifier</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Annuler la réunion</translation>
        </message>
        <message>
            <source>Choose a meeting, or plan one.</source>
            <translation>Choisissez une réunion, ou planifiez-en une.</translation>
        </message>
        <message>
            <source>The minutes are not issued yet.</source>
            <translation>Le compte rendu n'est pas encore validé.</translation>
        </message>
        <message>
            <source>Minutes issued on {day}; received by {n} of {m} households.</source>
            <translation>Compte rendu validé le {day} ; reçu par {n} ménages sur {m}.</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>faite le {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>by {day}</source>
            <translation>pour le {day}</translation>
        </message>
        <message>
            <source>(meeting of {day})</source>
            <translation>(réunion du {day})</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Compte rendu</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>issued; {n} of {m} households</source>
            <translation>validé ; {n} ménages sur {m}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Ménages présents</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Quartier :</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Réunions de locataires</translation>
        </message>
        <message>
            <source>Plan a tenants' meeting</source>
            <translation>Planifier une réunion de locataires</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Plan the &amp;meeting</source>
            <translation>Planifier la &amp;réunion</translation>
        </message>
        <message>
            <source>No neighbourhood yet: a supervisor groups the sites into neighbourhoods in the registry.</source>
            <translation>Pas encore de quartier : un responsable regroupe les sites en quartiers dans le registre.</translation>
        </message>
        <message>
            <source>Sites: {sites} · {n} households</source>
            <translation>Sites : {sites} · {n} ménages</translation>
        </message>
    </context>
    <context>
        <name>MoveInDialog</name>
        <message>
            <source>&amp;Dwelling:</source>
            <translation>&amp;Logement :</translation>
        </message>
        <message>
            <source>&amp;Moved in on:</source>
            <translation>&amp;Emménagé le :</translation>
        </message>
        <message>
            <source>The candidate moves in</source>
            <translation>Le candidat emménage</translation>
        </message>
        <message>
            <source>No dwelling of this site is free in the register.</source>
            <translation>Aucun logement de ce site n'est libre dans le registre.</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>Correct the name</source>
            <translation>Corriger le nom</translation>
        </message>
        <message>
            <source>The name the organisation's laptops show for this person. The server keeps none: it goes to your colleagues, sealed, at the next sync, and the person's own laptop takes it too.</source>
            <translation>Le nom que les ordinateurs de l'organisation affichent pour cette personne. Le serveur n'en garde aucun : il part, scellé, chez vos collègues à la prochaine synchronisation, et l'ordinateur de la personne elle-même le reprend aussi.</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>Adresse e-mail :</translation>
        </message>
        <message>
            <source>Name now:</source>
            <translation>Nom actuel :</translation>
        </message>
        <message>
            <source>Correct &amp;name:</source>
            <translation>&amp;Nom correct :</translation>
        </message>
        <message>
            <source>none on this laptop yet: shown by the e-mail address</source>
            <translation>aucun sur cet ordinateur pour l'instant : affiché par l'adresse e-mail</translation>
        </message>
        <message>
            <source>Correct name</source>
            <translation>Nom correct</translation>
        </message>
    </context>
    <context>
        <name>NeighbourhoodWorkspace</name>
        <message>
            <source>Triage</source>
            <translation>Triage</translation>
        </message>
        <message>
            <source>Today's round</source>
            <translation>Tournée du jour</translation>
        </message>
        <message>
            <source>My week</source>
            <translation>Ma semaine</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Demandes d'accompagnement</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood</source>
            <translation>&amp;Quartier</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Noter une intervention</translation>
        </message>
        <message>
            <source>Pass a defect on</source>
            <translation>Transmettre un défaut</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Transmettre à l'assistant(e) social(e)</translation>
        </message>
        <message>
            <source>Ctrl+N new request · Ctrl+T in/out of today's round · Ctrl+I intervention · Ctrl+D defect · Ctrl+H hand-off</source>
            <translation>Ctrl+N nouvelle demande · Ctrl+T dans/hors de la tournée du jour · Ctrl+I intervention · Ctrl+D défaut · Ctrl+H transmettre</translation>
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
            <source>Name a co&amp;lleague…</source>
            <translation>Désigner un co&amp;llègue…</translation>
        </message>
        <message>
            <source>Let a colleague you name read your restricted notes of this site</source>
            <translation>Permettre à un collègue que vous désignez de lire vos notes restreintes de ce site</translation>
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
            <source>Who can read this note</source>
            <translation>Qui peut lire cette note</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texte de la note</translation>
        </message>
        <message>
            <source>Readable by the social assistants of this site and the supervisors.</source>
            <translation>Lisible par les assistants sociaux de ce site et les superviseurs.</translation>
        </message>
        <message>
            <source>the author</source>
            <translation>l’auteur</translation>
        </message>
        <message>
            <source>the supervisors (names known after the next synchronisation)</source>
            <translation>les superviseurs (noms connus après la prochaine synchronisation)</translation>
        </message>
        <message>
            <source>Readable only by %1 (author), the supervisors %2 and the colleagues named: %3.</source>
            <translation>Lisible uniquement par %1 (auteur), les superviseurs %2 et les collègues désignés : %3.</translation>
        </message>
        <message>
            <source>Readable only by %1 (author) and the supervisors %2; no colleague named.</source>
            <translation>Lisible uniquement par %1 (auteur) et les superviseurs %2 ; aucun collègue désigné.</translation>
        </message>
        <message>
            <source>Not yet for %1: compare safety numbers with them first (Sync → Colleagues' keys…).</source>
            <translation>Pas encore pour %1 : comparez d'abord les numéros de sécurité avec eux (Synchronisation → Clés des collègues…).</translation>
        </message>
        <message>
            <source>No colleague is known on this laptop yet; synchronise first.</source>
            <translation>Aucun collègue n’est encore connu sur cet ordinateur ; synchronisez d’abord.</translation>
        </message>
        <message>
            <source>Name a colleague</source>
            <translation>Désigner un collègue</translation>
        </message>
        <message>
            <source>This colleague will be able to read all your restricted notes of this site:</source>
            <translation>Ce collègue pourra lire toutes vos notes restreintes de ce site :</translation>
        </message>
    </context>
    <context>
        <name>OfficeHoursView</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Question rapide</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Orienté vers</translation>
        </message>
        <message>
            <source>What about</source>
            <translation>À propos de</translation>
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
            <source>Office-hours sessions</source>
            <translation>Permanences</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nouvelle permanence</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Où :</translation>
        </message>
        <message>
            <source>Add the &amp;session</source>
            <translation>Ajouter la &amp;permanence</translation>
        </message>
        <message>
            <source>Who came to the selected session</source>
            <translation>Qui est venu à la permanence choisie</translation>
        </message>
        <message>
            <source>Contacts of the session</source>
            <translation>Contacts de la permanence</translation>
        </message>
        <message>
            <source>Someone came</source>
            <translation>Quelqu'un est venu</translation>
        </message>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Ou qui (sans dossier) :</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>O&amp;rienté vers :</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>A first name or a few words, e.g. neighbour from block B</source>
            <translation>Un prénom ou quelques mots, p. ex. voisin du bloc B</translation>
        </message>
        <message>
            <source>Facts only, in a few words</source>
            <translation>Des faits uniquement, en quelques mots</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Question rapide</translation>
        </message>
        <message>
            <source>Add the c&amp;ontact</source>
            <translation>Ajouter le c&amp;ontact</translation>
        </message>
        <message>
            <source>Ch&amp;ange…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Change the session</source>
            <translation>Modifier la permanence</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>S&amp;upprimer…</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Supprimer la permanence</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation>Modi&amp;fier…</translation>
        </message>
        <message>
            <source>Change the contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Supprim&amp;er…</translation>
        </message>
        <message>
            <source>Delete the contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>(no case file)</source>
            <translation>(sans dossier)</translation>
        </message>
        <message>
            <source>Delete the office-hours session</source>
            <translation>Supprimer la permanence</translation>
        </message>
        <message>
            <source>Delete the session of {when} and the {n} contact(s) recorded in it? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Supprimer la permanence du {when} et le(s) {n} contact(s) qui y sont notés ? À utiliser seulement pour une saisie par erreur : elle disparaît de chaque portable à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Delete the office-hours contact</source>
            <translation>Supprimer le contact de la permanence</translation>
        </message>
        <message>
            <source>Delete the contact with {who}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Supprimer le contact avec {who} ? À utiliser seulement pour une saisie par erreur : il disparaît de chaque portable à la prochaine synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationView</name>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Retenues</translation>
        </message>
        <message>
            <source>Granted (€)</source>
            <translation>Accordé (€)</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itre :</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Date limite :</translation>
        </message>
        <message>
            <source>Call te&amp;xt:</source>
            <translation>Te&amp;xte de l'appel :</translation>
        </message>
        <message>
            <source>Coun&amp;cil:</source>
            <translation>&amp;Conseil :</translation>
        </message>
        <message>
            <source>Met o&amp;n:</source>
            <translation>Réuni &amp;le :</translation>
        </message>
        <message>
            <source>Su&amp;bject:</source>
            <translation>&amp;Sujet :</translation>
        </message>
        <message>
            <source>Ad&amp;vice:</source>
            <translation>A&amp;vis :</translation>
        </message>
        <message>
            <source>&amp;Applicant is:</source>
            <translation>&amp;Le demandeur est :</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groupe :</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Projet :</translation>
        </message>
        <message>
            <source>A&amp;mount asked:</source>
            <translation>&amp;Montant demandé :</translation>
        </message>
        <message>
            <source>Deci&amp;sion:</source>
            <translation>Dé&amp;cision :</translation>
        </message>
        <message>
            <source>Amount &amp;granted:</source>
            <translation>Montant a&amp;ccordé :</translation>
        </message>
        <message>
            <source>C&amp;oaching on:</source>
            <translation>Accompagnement &amp;le :</translation>
        </message>
        <message>
            <source>Disc&amp;ussed:</source>
            <translation>Di&amp;scuté :</translation>
        </message>
        <message>
            <source>&amp;Report received on:</source>
            <translation>&amp;Rapport reçu le :</translation>
        </message>
        <message>
            <source>Report summar&amp;y:</source>
            <translation>Résumé du rapport :</translation>
        </message>
        <message>
            <source>Amount spen&amp;t:</source>
            <translation>Montant dépens&amp;é :</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Appels à projets</translation>
        </message>
        <message>
            <source>Call for projects</source>
            <translation>Appel à projets</translation>
        </message>
        <message>
            <source>&amp;Publish a call</source>
            <translation>&amp;Publier un appel</translation>
        </message>
        <message>
            <source>Save c&amp;hanges</source>
            <translation>Enregistrer les &amp;modifications</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this call, entered by mistake</source>
            <translation>Supprimer cet appel, encodé par erreur</translation>
        </message>
        <message>
            <source>Follow-up of the application</source>
            <translation>Suivi de la candidature</translation>
        </message>
        <message>
            <source>Coaching contacts</source>
            <translation>Contacts d'accompagnement</translation>
        </message>
        <message>
            <source>Add the coaching contact</source>
            <translation>Ajouter le contact d'accompagnement</translation>
        </message>
        <message>
            <source>Record the final report</source>
            <translation>Enregistrer le rapport final</translation>
        </message>
        <message>
            <source>Tenants' council and committees</source>
            <translation>Conseil et comités de locataires</translation>
        </message>
        <message>
            <source>Council meetings</source>
            <translation>Réunions du conseil</translation>
        </message>
        <message>
            <source>Record the &amp;meeting</source>
            <translation>Enregistrer la &amp;réunion</translation>
        </message>
        <message>
            <source>App&amp;lications:</source>
            <translation>Candidatu&amp;res :</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nouvelle candidature</translation>
        </message>
        <message>
            <source>Add the applica&amp;tion</source>
            <translation>Ajouter la candida&amp;ture</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <source>Record the dec&amp;ision</source>
            <translation>Enregistrer la déc&amp;ision</translation>
        </message>
        <message>
            <source>Decision l&amp;etter (PDF)…</source>
            <translation>L&amp;ettre de décision (PDF)…</translation>
        </message>
        <message>
            <source>To the group that applied, in Dutch or French</source>
            <translation>Au groupe qui a posé sa candidature, en néerlandais ou en français</translation>
        </message>
        <message>
            <source>Choose a call for projects, or publish one.</source>
            <translation>Choisissez un appel à projets, ou publiez-en un.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} applications, {k} selected, {euros} € granted</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} candidatures, {k} retenues, {euros} € accordés</translation>
        </message>
        <message>
            <source>Final report: once the project is selected.</source>
            <translation>Rapport final : une fois le projet retenu.</translation>
        </message>
        <message>
            <source>Final report: not received yet.</source>
            <translation>Rapport final : pas encore reçu.</translation>
        </message>
        <message>
            <source>Final report received on {day}: {spent} € spent of {granted} € granted.</source>
            <translation>Rapport final reçu le {day} : {spent} € dépensés sur {granted} € accordés.</translation>
        </message>
        <message>
            <source>asks {euros} €</source>
            <translation>demande {euros} €</translation>
        </message>
        <message>
            <source>Delete the call</source>
            <translation>Supprimer l'appel</translation>
        </message>
        <message>
            <source>Delete “{title}” with its {n} applications? This cannot be undone.</source>
            <translation>Supprimer « {title} » avec ses {n} candidatures ? Cette action est définitive.</translation>
        </message>
        <message>
            <source>Decision letter</source>
            <translation>Lettre de décision</translation>
        </message>
    </context>
    <context>
        <name>PartiesView</name>
        <message>
            <source>People present</source>
            <translation>Personnes présentes</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Présent(e) en tant que</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Nom — Entrée ajoute</translation>
        </message>
        <message>
            <source>Name of the person present</source>
            <translation>Nom de la personne présente</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Ajouter une personne</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Signer…</translation>
        </message>
        <message>
            <source>Refuses to sign…</source>
            <translation>Refuse de signer…</translation>
        </message>
        <message>
            <source>Add an a&amp;ddendum…</source>
            <translation>Ajouter un a&amp;venant…</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <source>Addenda after signing:</source>
            <translation>Avenants après signature :</translation>
        </message>
        <message>
            <source>The first signature or refusal freezes the inventory: its content fingerprint is fixed and printed on the PDF. Add everyone present before signing.</source>
            <translation>La première signature ou le premier refus fige l'état des lieux : l'empreinte du contenu est fixée et imprimée sur le PDF. Ajoutez toutes les personnes présentes avant la signature.</translation>
        </message>
        <message>
            <source>Frozen · fingerprint {fp}</source>
            <translation>Figé · empreinte {fp}</translation>
        </message>
        <message>
            <source>Refusal to sign</source>
            <translation>Refus de signer</translation>
        </message>
        <message>
            <source>Why does {name} refuse to sign?</source>
            <translation>Pourquoi {name} refuse-t-il/elle de signer ?</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Kind of service:</source>
            <translation>&amp;Type de service :</translation>
        </message>
        <message>
            <source>&amp;Services:</source>
            <translation>&amp;Services :</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>Personne de &amp;contact :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;Languages spoken:</source>
            <translation>&amp;Langues parlées :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Partner of the social map</source>
            <translation>Partenaire de la carte sociale</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Type de service</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partenaires du quartier</translation>
        </message>
        <message>
            <source>New &amp;partner (Ctrl+Shift+P)</source>
            <translation>Nouveau &amp;partenaire (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Social map as P&amp;DF…</source>
            <translation>Carte sociale en P&amp;DF…</translation>
        </message>
        <message>
            <source>Social map as &amp;CSV…</source>
            <translation>Carte sociale en &amp;CSV…</translation>
        </message>
        <message>
            <source>{count} partners in the directory.</source>
            <translation>{count} partenaires dans le répertoire.</translation>
        </message>
        <message>
            <source>Social map</source>
            <translation>Carte sociale</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The social map was saved as {name}.</source>
            <translation>La carte sociale a été enregistrée sous {name}.</translation>
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
        <name>PlanDialog</name>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Ménage :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Commence à :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Pu&amp;rpose:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>Plan an appointment</source>
            <translation>Planifier un rendez-vous</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>The household's address</source>
            <translation>L'adresse du ménage</translation>
        </message>
        <message>
            <source>Office, meeting room…</source>
            <translation>Bureau, salle de réunion…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Sector objective</source>
            <translation>Objectif du secteur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>&amp;New action (Ctrl+N)</source>
            <translation>&amp;Nouvelle action (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark as &amp;done</source>
            <translation>Marquer comme &amp;réalisée</translation>
        </message>
        <message>
            <source>Actions of the plan</source>
            <translation>Actions du plan</translation>
        </message>
        <message>
            <source>Plan {year}: {count} actions.</source>
            <translation>Plan {year} : {count} actions.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Enregistrez d'abord le projet (Ctrl+1).</translation>
        </message>
        <message>
            <source>PSC objective:</source>
            <translation>Objectif du PCS :</translation>
        </message>
        <message>
            <source>Sector objective:</source>
            <translation>Objectif du secteur :</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Cible :</translation>
        </message>
    </context>
    <context>
        <name>PlanVisitDialog</name>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Prévue le :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Commence à :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Who goes:</source>
            <translation>&amp;Qui y va :</translation>
        </message>
        <message>
            <source>Plan a home visit</source>
            <translation>Planifier une visite à domicile</translation>
        </message>
    </context>
    <context>
        <name>PlannedActions</name>
        <message>
            <source>Res&amp;chedule…</source>
            <translation>Re&amp;porter…</translation>
        </message>
        <message>
            <source>C&amp;ancel…</source>
            <translation>Annu&amp;ler…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Supprim&amp;er…</translation>
        </message>
        <message>
            <source>Another day, time or place</source>
            <translation>Un autre jour, une autre heure ou un autre lieu</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Annuler avec un motif, conservé dans la chronologie du dossier</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del); its earlier versions stay in the history</source>
            <translation>Uniquement pour une saisie erronée (Suppr) ; les versions précédentes restent dans l'historique</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New renovation project</source>
            <translation>Nouveau projet de rénovation</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site :</translation>
        </message>
        <message>
            <source>Works &amp;start:</source>
            <translation>&amp;Début des travaux :</translation>
        </message>
        <message>
            <source>Works &amp;end:</source>
            <translation>&amp;Fin des travaux :</translation>
        </message>
        <message>
            <source>&amp;Project manager:</source>
            <translation>&amp;Gestionnaire de projet :</translation>
        </message>
        <message>
            <source>&amp;Contractor:</source>
            <translation>&amp;Entrepreneur :</translation>
        </message>
        <message>
            <source>Sur&amp;veyor:</source>
            <translation>Géo&amp;mètre :</translation>
        </message>
    </context>
    <context>
        <name>ProjectPage</name>
        <message>
            <source>&amp;Name of the project:</source>
            <translation>&amp;Nom du projet :</translation>
        </message>
        <message>
            <source>Language of its &amp;documents:</source>
            <translation>Langue de ses &amp;documents :</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>Con&amp;vention :</translation>
        </message>
        <message>
            <source>&amp;Housing companies (one a line):</source>
            <translation>&amp;SISP (une par ligne) :</translation>
        </message>
        <message>
            <source>Non-&amp;profit:</source>
            <translation>As&amp;bl :</translation>
        </message>
        <message>
            <source>M&amp;unicipality:</source>
            <translation>Co&amp;mmune :</translation>
        </message>
        <message>
            <source>Peri&amp;meter (one site a line: name; reference):</source>
            <translation>Péri&amp;mètre (un site par ligne : nom ; référence) :</translation>
        </message>
        <message>
            <source>&amp;Referent (housing company):</source>
            <translation>&amp;Référent (SISP) :</translation>
        </message>
        <message>
            <source>&amp;Coordinator (non-profit):</source>
            <translation>&amp;Coordinateur (asbl) :</translation>
        </message>
        <message>
            <source>Rooms &amp;lent (common-room register):</source>
            <translation>&amp;Locaux prêtés (registre des locaux communs) :</translation>
        </message>
        <message>
            <source>&amp;Other premises:</source>
            <translation>&amp;Autres lieux :</translation>
        </message>
        <message>
            <source>Local ob&amp;jectives (one a line):</source>
            <translation>Ob&amp;jectifs locaux (un par ligne) :</translation>
        </message>
        <message>
            <source>Local d&amp;iagnosis:</source>
            <translation>D&amp;iagnostic local :</translation>
        </message>
        <message>
            <source>from – to</source>
            <translation>du – au</translation>
        </message>
        <message>
            <source>Agreement starts</source>
            <translation>Début de la convention</translation>
        </message>
        <message>
            <source>Agreement ends</source>
            <translation>Fin de la convention</translation>
        </message>
        <message>
            <source>drawn up on</source>
            <translation>établi le</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Diagnostic local</translation>
        </message>
        <message>
            <source>New referent or coordinator…</source>
            <translation>Nouveau référent ou coordinateur…</translation>
        </message>
        <message>
            <source>Notice to the co-signatories…</source>
            <translation>Avis aux cosignataires…</translation>
        </message>
        <message>
            <source>&amp;Save the project (Ctrl+S)</source>
            <translation>&amp;Enregistrer le projet (Ctrl+S)</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>depuis le {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>(ended)</source>
            <translation>(terminé)</translation>
        </message>
        <message>
            <source>No room of the register is lent to the project yet: the collective assistant lends one.</source>
            <translation>Aucun local du registre n'est encore prêté au projet : l'assistant social collectif en prête un.</translation>
        </message>
        <message>
            <source>The project is saved.</source>
            <translation>Le projet est enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PscNotice</name>
        <message>
            <source>Change of contact person</source>
            <translation>Changement de personne de contact</translation>
        </message>
        <message>
            <source>To the co-signatories of the social cohesion project</source>
            <translation>Aux cosignataires du projet de cohésion sociale</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}, who takes over from {old}.</source>
            <translation>Comme le prévoit la convention, nous vous informons qu'à partir du {day}, le rôle de {role} dans le projet {project} est assuré par {new}, qui succède à {old}.</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}.</source>
            <translation>Comme le prévoit la convention, nous vous informons qu'à partir du {day}, le rôle de {role} dans le projet {project} est assuré par {new}.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>From</source>
            <translation>À partir du</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Veuillez agréer nos salutations distinguées,</translation>
        </message>
        <message>
            <source>psc-contact-change-{day}.pdf</source>
            <translation>pcs-changement-contact-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <source>Open questions</source>
            <translation>Questions ouvertes</translation>
        </message>
        <message>
            <source>The tenant's question — Enter adds it</source>
            <translation>La question du locataire — Entrée l'ajoute</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>&amp;Ajouter la question</translation>
        </message>
        <message>
            <source>Answer (optional)</source>
            <translation>Réponse (facultative)</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Mark &amp;answered</source>
            <translation>Marquer comme &amp;répondue</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Reassign case files</source>
            <translation>Réattribuer des dossiers</translation>
        </message>
        <message>
            <source>Case files to reassign: %1. They go to the worker you choose; the site's team sees the change after the next sync.</source>
            <translation>Dossiers à réattribuer : %1. Ils vont à l'intervenant(e) choisi(e) ; l'équipe du site voit le changement après la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>&amp;To worker:</source>
            <translation>&amp;À l'intervenant(e) :</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>&amp;Cover ends:</source>
            <translation>&amp;Fin du remplacement :</translation>
        </message>
        <message>
            <source>on this day</source>
            <translation>ce jour-là</translation>
        </message>
        <message>
            <source>e.g. leave cover</source>
            <translation>p. ex. remplacement pendant un congé</translation>
        </message>
        <message>
            <source>Worker who takes over</source>
            <translation>Intervenant(e) qui reprend</translation>
        </message>
        <message>
            <source>Last day of the cover</source>
            <translation>Dernier jour du remplacement</translation>
        </message>
        <message>
            <source>Nobody else holds a key to the sites of these case files. Give a colleague access to the sites first (Team and keys), then sync.</source>
            <translation>Personne d'autre ne détient de clé pour les sites de ces dossiers. Donnez d'abord accès aux sites à un collègue (Équipe et clés), puis synchronisez.</translation>
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
        <name>RecoveredDraftsDialog</name>
        <message>
            <source>Unsaved text kept for you</source>
            <translation>Texte non enregistré conservé pour vous</translation>
        </message>
        <message>
            <source>FieldApp did not close properly last time. What you were typing was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>FieldApp ne s'est pas fermé correctement la dernière fois. Ce que vous tapiez a été conservé, chiffré, sur cet ordinateur : ouvrez-le pour le terminer, ou supprimez-le.</translation>
        </message>
        <message>
            <source>You left text unsaved last time. It was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>Vous avez laissé du texte non enregistré la dernière fois. Il a été conservé, chiffré, sur cet ordinateur : ouvrez-le pour le terminer, ou supprimez-le.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
        <message>
            <source>Unsaved texts</source>
            <translation>Textes non enregistrés</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Texte non enregistré</translation>
        </message>
        <message>
            <source>{what}, kept {when}</source>
            <translation>{what} · brouillon du {when}</translation>
        </message>
        <message>
            <source>Discard unsaved text</source>
            <translation>Supprimer le texte non enregistré</translation>
        </message>
        <message>
            <source>Delete this unsaved text for good? It cannot be brought back.</source>
            <translation>Supprimer définitivement ce texte non enregistré ? Il ne pourra pas être récupéré.</translation>
        </message>
    </context>
    <context>
        <name>RectifyDialog</name>
        <message>
            <source>Correct register data</source>
            <translation>Corriger les données du registre</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>P&amp;ourquoi (enregistré) :</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Orienté vers :</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partenaire :</translation>
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
        <message>
            <source>(no partner named)</source>
            <translation>(aucun partenaire nommé)</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportDialog</name>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Import the tenant register</source>
            <translation>Importer le registre des locataires</translation>
        </message>
        <message>
            <source>&amp;File (.csv or .xlsx):</source>
            <translation>&amp;Fichier (.csv ou .xlsx) :</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>&amp;Read the file</source>
            <translation>&amp;Lire le fichier</translation>
        </message>
        <message>
            <source>Column &amp;mapping:</source>
            <translation>C&amp;orrespondance des colonnes :</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Colonnes du fichier</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Enre&amp;gistrer sous :</translation>
        </message>
        <message>
            <source>Name to save it as</source>
            <translation>Nom sous lequel l'enregistrer</translation>
        </message>
        <message>
            <source>Name of the mapping to save</source>
            <translation>Nom de la correspondance à enregistrer</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping</source>
            <translation>&amp;Enregistrer la correspondance</translation>
        </message>
        <message>
            <source>Add &amp;sites that are not in the register yet</source>
            <translation>Ajouter les &amp;sites qui ne sont pas encore dans le registre</translation>
        </message>
        <message>
            <source>Refused &amp;lines:</source>
            <translation>Lignes &amp;refusées :</translation>
        </message>
        <message>
            <source>Refused lines</source>
            <translation>Lignes refusées</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Built-in (French and Dutch headers)</source>
            <translation>Intégrée (en-têtes français et néerlandais)</translation>
        </message>
        <message>
            <source>As set below</source>
            <translation>Comme réglée ci-dessous</translation>
        </message>
        <message>
            <source>(no column)</source>
            <translation>(aucune colonne)</translation>
        </message>
        <message>
            <source>The mapping “{name}” is saved.</source>
            <translation>La correspondance « {name} » est enregistrée.</translation>
        </message>
        <message>
            <source>Choose the register export</source>
            <translation>Choisissez l'export du registre</translation>
        </message>
        <message>
            <source>Register exports (*.csv *.txt *.xlsx)</source>
            <translation>Exports du registre (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Checking the lines…</source>
            <translation>Vérification des lignes…</translation>
        </message>
        <message>
            <source>Imported. Households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out. People: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused}.</source>
            <translation>Importé. Ménages : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés, {moved} sortis. Personnes : {p_added} ajoutées, {p_updated} mises à jour, {p_unchanged} inchangées, {p_removed} retirées. Lignes refusées : {refused}.</translation>
        </message>
        <message>
            <source>This import would change households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out; people: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused} (they are left out; the others are imported).</source>
            <translation>Cette importation changerait les ménages ainsi : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés, {moved} sortis ; personnes : {p_added} ajoutées, {p_updated} mises à jour, {p_unchanged} inchangées, {p_removed} retirées. Lignes refusées : {refused} (elles sont laissées de côté ; les autres sont importées).</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <source>Import the tenant &amp;register…</source>
            <translation>Importer le &amp;registre des locataires…</translation>
        </message>
    </context>
    <context>
        <name>ReloginDialog</name>
        <message>
            <source>Log in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Enter your passphrase to log in again; your work on this computer is kept.</source>
            <translation>Votre session sur le serveur a pris fin. Entrez votre phrase secrète pour vous reconnecter ; votre travail sur cet ordinateur est conservé.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>RenovationWorkspace</name>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nouveau projet…</translation>
        </message>
        <message>
            <source>Add d&amp;wellings…</source>
            <translation>Ajouter des &amp;logements…</translation>
        </message>
        <message>
            <source>Information &amp;session…</source>
            <translation>&amp;Séance d'information…</translation>
        </message>
        <message>
            <source>Project &amp;overview (PDF)…</source>
            <translation>Aperçu du pr&amp;ojet (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Close out (works ended)…</source>
            <translation>&amp;Clôturer (travaux terminés)…</translation>
        </message>
        <message>
            <source>Works sc&amp;hedule…</source>
            <translation>Plannin&amp;g des travaux…</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Projet</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>État des lieux</translation>
        </message>
        <message>
            <source>Attendees and signatures</source>
            <translation>Présents et signatures</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Help needed</source>
            <translation>Aide nécessaire</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Journal des contacts</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Questions ouvertes</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Travaux</translation>
        </message>
        <message>
            <source>Jobs and time</source>
            <translation>Emplois et temps</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Projet de rénovation</translation>
        </message>
        <message>
            <source>Dwellings of the project</source>
            <translation>Logements du projet</translation>
        </message>
        <message>
            <source>Work on the dwelling</source>
            <translation>Travail sur le logement</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archivé)</translation>
        </message>
        <message>
            <source>Archived on %1 when the works ended: read-only. Its open items went to the site assistant.</source>
            <translation>Archivé le %1 à la fin des travaux : lecture seule. Ses points ouverts ont été transmis à l'assistant(e) du site.</translation>
        </message>
        <message>
            <source>Choose a dwelling of the project.</source>
            <translation>Choisissez un logement du projet.</translation>
        </message>
        <message>
            <source>Information session recorded.</source>
            <translation>Séance d'information enregistrée.</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF enregistré : {name}</translation>
        </message>
        <message>
            <source>Print the project overview</source>
            <translation>Imprimer l'aperçu du projet</translation>
        </message>
        <message>
            <source>Project archived; open items handed to the site assistant: {count}.</source>
            <translation>Projet archivé ; points ouverts transmis à l'assistant(e) du site : {count}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisées</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Global</translation>
        </message>
        <message>
            <source>Figures per objective</source>
            <translation>Chiffres par objectif</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation of the objective:</source>
            <translation>Auto-év&amp;aluation de l'objectif :</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>&amp;Save the self-evaluation</source>
            <translation>&amp;Enregistrer l'auto-évaluation</translation>
        </message>
        <message>
            <source>Yearly report as &amp;PDF… (Ctrl+P)</source>
            <translation>Rapport annuel en &amp;PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Yearly report {year}, built from the plan and the activity log. Write the self-evaluation of each objective below.</source>
            <translation>Rapport annuel {year}, établi à partir du plan d'action et du journal des activités. Rédigez ci-dessous l'auto-évaluation de chaque objectif.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Enregistrez d'abord le projet (Ctrl+1).</translation>
        </message>
        <message>
            <source>The self-evaluation is saved.</source>
            <translation>L'auto-évaluation est enregistrée.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Rapport annuel avec auto-évaluation</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>Le rapport annuel a été enregistré sous {name}.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source :</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite :</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Bâtiment :</translation>
        </message>
        <message>
            <source>&amp;Entrance:</source>
            <translation>&amp;Entrée :</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>É&amp;tage :</translation>
        </message>
        <message>
            <source>D&amp;welling:</source>
            <translation>&amp;Logement :</translation>
        </message>
        <message>
            <source>&amp;Reported by:</source>
            <translation>Signalé &amp;par :</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgence :</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <source>A few words: what, since when</source>
            <translation>En quelques mots : quoi, depuis quand</translation>
        </message>
        <message>
            <source>(whole site)</source>
            <translation>(tout le site)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Commence à :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Reporter</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Review notes (supervisors only)</source>
            <translation>Notes de supervision (responsables uniquement)</translation>
        </message>
        <message>
            <source>Only supervisors see these notes; the worker does not.</source>
            <translation>Seuls les responsables voient ces notes ; l'intervenant(e) non.</translation>
        </message>
        <message>
            <source>Add review note (Ctrl+Enter)</source>
            <translation>Ajouter une note de supervision (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>New review note</source>
            <translation>Nouvelle note de supervision</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>Notes de supervision</translation>
        </message>
        <message>
            <source>Reassigned from %1 to %2</source>
            <translation>Réattribué de %1 à %2</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>jusqu'au %1</translation>
        </message>
    </context>
    <context>
        <name>RoomsView</name>
        <message>
            <source>Room</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>Clés prêtées</translation>
        </message>
        <message>
            <source>Next booking</source>
            <translation>Prochaine réservation</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>S&amp;ite :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>House r&amp;ules:</source>
            <translation>Règlement d'ordre &amp;intérieur :</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>Dé&amp;but :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;urée :</translation>
        </message>
        <message>
            <source>&amp;For (a group or activity):</source>
            <translation>&amp;Pour (un groupe ou une activité) :</translation>
        </message>
        <message>
            <source>&amp;Held by:</source>
            <translation>&amp;Détenue par :</translation>
        </message>
        <message>
            <source>What happ&amp;ened (not who):</source>
            <translation>Ce qui s'est pa&amp;ssé (pas qui) :</translation>
        </message>
        <message>
            <source>&amp;Which PSC:</source>
            <translation>&amp;Quel PCS :</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>&amp;Commence le :</translation>
        </message>
        <message>
            <source>Until (empt&amp;y: open):</source>
            <translation>Jusqu'au (&amp;vide : ouvert) :</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Locaux communs</translation>
        </message>
        <message>
            <source>&amp;Add the room</source>
            <translation>&amp;Ajouter le local</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>Enregistrer les &amp;modifications</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this room, entered by mistake</source>
            <translation>Supprimer ce local, encodé par erreur</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Réservations</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <source>Cancel the booking</source>
            <translation>Annuler la réservation</translation>
        </message>
        <message>
            <source>Keys lent out</source>
            <translation>Clés prêtées</translation>
        </message>
        <message>
            <source>&amp;Lend a key</source>
            <translation>&amp;Prêter une clé</translation>
        </message>
        <message>
            <source>Key &amp;returned</source>
            <translation>Clé &amp;rendue</translation>
        </message>
        <message>
            <source>The holder's name is erased</source>
            <translation>Le nom du détenteur est effacé</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Record the inc&amp;ident</source>
            <translation>Enregistrer l'incid&amp;ent</translation>
        </message>
        <message>
            <source>Dealt with / open a&amp;gain</source>
            <translation>Réglé / r&amp;ouvrir</translation>
        </message>
        <message>
            <source>Lent to a social cohesion project (PSC)</source>
            <translation>Prêté à un projet de cohésion sociale (PCS)</translation>
        </message>
        <message>
            <source>No social cohesion project on this laptop: the supervisor gives you the PSC's key.</source>
            <translation>Aucun projet de cohésion sociale sur cet ordinateur : le responsable vous donne la clé du PCS.</translation>
        </message>
        <message>
            <source>Until (empty: open)</source>
            <translation>Jusqu'au (vide : ouvert)</translation>
        </message>
        <message>
            <source>Lend to the PSC</source>
            <translation>Prêter au PCS</translation>
        </message>
        <message>
            <source>The PSC's community worker sees the room, its site and the dates</source>
            <translation>Le ou la travailleur·se communautaire du PCS voit le local, son site et les dates</translation>
        </message>
        <message>
            <source>End the loan</source>
            <translation>Mettre fin au prêt</translation>
        </message>
        <message>
            <source>On the day given in Until, or today</source>
            <translation>Au jour indiqué dans « Jusqu'au », ou aujourd'hui</translation>
        </message>
        <message>
            <source>Choose a room, or add one.</source>
            <translation>Choisissez un local, ou ajoutez-en un.</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>depuis le {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>dealt with {day}</source>
            <translation>réglé le {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>given {given}, returned {back}</source>
            <translation>remise le {given}, rendue le {back}</translation>
        </message>
        <message>
            <source>{holder} since {given}</source>
            <translation>{holder} depuis le {given}</translation>
        </message>
        <message>
            <source>Delete the room</source>
            <translation>Supprimer le local</translation>
        </message>
        <message>
            <source>Delete “{name}” with its bookings, keys and incidents? This cannot be undone.</source>
            <translation>Supprimer « {name} » avec ses réservations, clés et incidents ? Cette action est définitive.</translation>
        </message>
    </context>
    <context>
        <name>RoundReport</name>
        <message>
            <source>Round of {day}</source>
            <translation>Tournée du {day}</translation>
        </message>
        <message>
            <source>Requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Demandes : {n} · sites : {sites} · environ {km} km</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (pas de bâtiment)</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>No request in this round.</source>
            <translation>Aucune demande dans cette tournée.</translation>
        </message>
        <message>
            <source>round-{day}.pdf</source>
            <translation>tournee-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>RoundView</name>
        <message>
            <source>Print / export PDF… (Ctrl+P)</source>
            <translation>Imprimer / exporter en PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <source>One page, sites in visiting order</source>
            <translation>Une page, sites dans l'ordre de la tournée</translation>
        </message>
        <message>
            <source>Today's round by site and building</source>
            <translation>Tournée du jour par site et bâtiment</translation>
        </message>
        <message>
            <source>Round of {day} · requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Tournée du {day} · demandes : {n} · sites : {sites} · environ {km} km</translation>
        </message>
        <message>
            <source>Nothing in today's round yet: pick requests in the triage (Ctrl+T).</source>
            <translation>Rien encore dans la tournée du jour : choisissez des demandes dans le triage (Ctrl+T).</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (pas de bâtiment)</translation>
        </message>
        <message>
            <source>Export the round</source>
            <translation>Exporter la tournée</translation>
        </message>
        <message>
            <source>The round was exported as a PDF.</source>
            <translation>La tournée a été exportée en PDF.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Works schedule</source>
            <translation>Planning des travaux</translation>
        </message>
        <message>
            <source>Phases of the works</source>
            <translation>Phases des travaux</translation>
        </message>
        <message>
            <source>The workers need to come &amp;inside</source>
            <translation>Les ouvriers doivent entrer dans le &amp;logement</translation>
        </message>
        <message>
            <source>&amp;Add the phase</source>
            <translation>A&amp;jouter la phase</translation>
        </message>
        <message>
            <source>&amp;Remove the chosen phase</source>
            <translation>&amp;Supprimer la phase choisie</translation>
        </message>
        <message>
            <source>Print the &amp;notices for every household…</source>
            <translation>Imprimer les avis pour &amp;chaque ménage…</translation>
        </message>
        <message>
            <source>Folder for the notices</source>
            <translation>Dossier pour les avis</translation>
        </message>
        <message>
            <source>&amp;Works:</source>
            <translation>&amp;Travaux :</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>&amp;Où :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>A&amp;u :</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Précisions :</translation>
        </message>
        <message>
            <source>Notices printed: %1, one per household, each in its language.</source>
            <translation>Avis imprimés : %1, un par ménage, chacun dans sa langue.</translation>
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
            <source>Notes found: {total}; the best {n} are listed. Add a word to narrow the search.</source>
            <translation>Notes trouvées : {total} ; les {n} meilleures sont listées. Ajoutez un mot pour affiner.</translation>
        </message>
        <message>
            <source>Notes found: {n}. Press Enter or double-click to open the case file.</source>
            <translation>Notes trouvées : {n}. Appuyez sur Entrée ou double-cliquez pour ouvrir le dossier.</translation>
        </message>
    </context>
    <context>
        <name>ServerAccountPage</name>
        <message>
            <source>Connect to your organisation's server</source>
            <translation>Se connecter au serveur de votre organisation</translation>
        </message>
        <message>
            <source>Log in on this laptop</source>
            <translation>Se connecter sur ce portable</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code your administrator gave you. Your passphrase opens the encrypted vault on this computer and your account on the server.</source>
            <translation>Indiquez l'adresse du serveur et le code d'inscription reçu de votre administrateur. Votre phrase secrète ouvre le coffre chiffré sur cet ordinateur et votre compte sur le serveur.</translation>
        </message>
        <message>
            <source>You already use FieldApp on another laptop: log in with the same e-mail address and passphrase. Your case files are then brought to this laptop.</source>
            <translation>Vous utilisez déjà FieldApp sur un autre portable : connectez-vous avec la même adresse e-mail et la même phrase secrète. Vos dossiers sont alors copiés sur ce portable.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Adresse du &amp;serveur :</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>Adresse &amp;e-mail :</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Code d'&amp;inscription :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>&amp;Confirmer la phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Device name:</source>
            <translation>Nom de l'&amp;appareil :</translation>
        </message>
        <message>
            <source>The name your colleagues see. Only their laptops read it: the server keeps none.</source>
            <translation>Le nom que vos collègues voient. Seuls leurs ordinateurs le lisent : le serveur n'en garde aucun.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Code d'inscription</translation>
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
            <source>Device name</source>
            <translation>Nom de l'appareil</translation>
        </message>
        <message>
            <source>Connect and create the &amp;vault</source>
            <translation>Se connecter et créer le co&amp;ffre</translation>
        </message>
        <message>
            <source>&amp;Log in and create the vault</source>
            <translation>Se co&amp;nnecter et créer le coffre</translation>
        </message>
        <message>
            <source>&amp;Back: a vault on this computer only</source>
            <translation>&amp;Retour : un coffre sur cet ordinateur seulement</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase secrète</translation>
        </message>
        <message>
            <source>This address is not encrypted (http://). Use the https:// address your administrator gave you; http:// only works for a server on this computer.</source>
            <translation>Cette adresse n'est pas chiffrée (http://). Utilisez l'adresse https:// donnée par votre administrateur ; http:// ne fonctionne que pour un serveur sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Enter the server address, starting with https://.</source>
            <translation>Indiquez l'adresse du serveur, commençant par https://.</translation>
        </message>
        <message>
            <source>Enter your e-mail address.</source>
            <translation>Indiquez votre adresse e-mail.</translation>
        </message>
        <message>
            <source>Enter your name as your colleagues should see it.</source>
            <translation>Indiquez votre nom tel que vos collègues doivent le voir.</translation>
        </message>
        <message>
            <source>Enter the enrolment code from your administrator.</source>
            <translation>Indiquez le code d'inscription reçu de votre administrateur.</translation>
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
            <source>Give this computer a name (for example its label).</source>
            <translation>Donnez un nom à cet ordinateur (par exemple celui de son étiquette).</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Connexion au serveur…</translation>
        </message>
    </context>
    <context>
        <name>SessionEditDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;À :</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Où :</translation>
        </message>
        <message>
            <source>Change the office-hours session</source>
            <translation>Modifier la permanence</translation>
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
            <source>Sync server</source>
            <translation>Serveur de synchronisation</translation>
        </message>
        <message>
            <source>Organisation's C&amp;A bundle:</source>
            <translation>Paquet de certificats (&amp;AC) de l'organisation :</translation>
        </message>
        <message>
            <source>Only when your IT department says so: the file of the certificate authority that signed the sync server's certificate. It then decides alone which server this computer trusts.</source>
            <translation>Seulement si votre service informatique le demande : le fichier de l'autorité de certification qui a signé le certificat du serveur de synchronisation. Lui seul décide alors des serveurs auxquels cet ordinateur fait confiance.</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>Send a collective signal</source>
            <translation>Envoyer un signal collectif</translation>
        </message>
        <message>
            <source>Tell the collective assistants that a theme concerns a building. The signal carries the site, the building and the theme only: never a name or a case.</source>
            <translation>Signalez aux assistants sociaux collectifs qu'un thème concerne un bâtiment. Le signal ne contient que le site, le bâtiment et le thème : jamais un nom ni un dossier.</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site :</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Bâtiment :</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <source>(the whole site)</source>
            <translation>(tout le site)</translation>
        </message>
    </context>
    <context>
        <name>SignalsView</name>
        <message>
            <source>Sent on</source>
            <translation>Envoyé le</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
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
            <source>Taken up</source>
            <translation>Pris en charge</translation>
        </message>
        <message>
            <source>Themes the site assistants noticed in their casework, per building. A signal never carries a name or a case.</source>
            <translation>Thèmes relevés par les assistants sociaux des sites dans leur travail individuel, par bâtiment. Un signal ne contient jamais un nom ni un dossier.</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signaux du travail individuel</translation>
        </message>
        <message>
            <source>&amp;Take up the signal</source>
            <translation>&amp;Prendre le signal en charge</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Signature box</source>
            <translation>Cadre de signature</translation>
        </message>
        <message>
            <source>Sign in the white box with a finger, a pen or the mouse.</source>
            <translation>Signez dans le cadre blanc avec le doigt, un stylet ou la souris.</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signer</translation>
        </message>
    </context>
    <context>
        <name>SitesPage</name>
        <message>
            <source>&amp;PSC (social cohesion project):</source>
            <translation>&amp;PCS (projet de cohésion sociale) :</translation>
        </message>
        <message>
            <source>&amp;Associations:</source>
            <translation>&amp;Associations :</translation>
        </message>
        <message>
            <source>FTE of the &amp;housing company:</source>
            <translation>ETP de la S&amp;ISP :</translation>
        </message>
        <message>
            <source>FTE seconded by the &amp;DMBSH:</source>
            <translation>ETP détachés par le SAS&amp;LS :</translation>
        </message>
        <message>
            <source>FTE of the PSC's &amp;non-profit:</source>
            <translation>ETP de l'as&amp;bl du PCS :</translation>
        </message>
        <message>
            <source>An A&amp;RHUU (tenants' advisory council) is active</source>
            <translation>Un &amp;CoCoLo (conseil consultatif des locataires) est actif</translation>
        </message>
        <message>
            <source>Its name; empty if there is none</source>
            <translation>Son nom ; vide s'il n'y en a pas</translation>
        </message>
        <message>
            <source>&amp;Save the state of play (Ctrl+Return)</source>
            <translation>&amp;Enregistrer l'état des lieux (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>État des lieux par site</translation>
        </message>
        <message>
            <source>Choose a site in the table</source>
            <translation>Choisissez un site dans le tableau</translation>
        </message>
        <message>
            <source>State of play of %1 in %2</source>
            <translation>État des lieux de %1 en %2</translation>
        </message>
    </context>
    <context>
        <name>SocialClauseView</name>
        <message>
            <source>Job</source>
            <translation>Emploi</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Spent on</source>
            <translation>Consacré à</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Jobs offered</source>
            <translation>Emplois proposés</translation>
        </message>
        <message>
            <source>&amp;Offer the job</source>
            <translation>Pr&amp;oposer l'emploi</translation>
        </message>
        <message>
            <source>Set the outcome of the c&amp;hosen job</source>
            <translation>Enregistrer le résultat de l'emploi &amp;choisi</translation>
        </message>
        <message>
            <source>Accompaniment time</source>
            <translation>Temps d'accompagnement</translation>
        </message>
        <message>
            <source>Add the &amp;time</source>
            <translation>Ajouter le &amp;temps</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Emploi :</translation>
        </message>
        <message>
            <source>&amp;Employer:</source>
            <translation>E&amp;mployeur :</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Pour :</translation>
        </message>
        <message>
            <source>&amp;Start – end:</source>
            <translation>&amp;Début – fin :</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>Tenant the job is for</source>
            <translation>Locataire à qui l'emploi est proposé</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Temps consacré</translation>
        </message>
        <message>
            <source>Day of the accompaniment</source>
            <translation>Jour de l'accompagnement</translation>
        </message>
        <message>
            <source>Start of the job</source>
            <translation>Début de l'emploi</translation>
        </message>
        <message>
            <source>End of the job</source>
            <translation>Fin de l'emploi</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>Ti&amp;me spent:</source>
            <translation>Temps pa&amp;ssé :</translation>
        </message>
        <message>
            <source>S&amp;pent on:</source>
            <translation>&amp;Activité :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>&lt;b&gt;Social clause: jobs offered&lt;/b&gt;</source>
            <translation>&lt;b&gt;Clause sociale : emplois proposés&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Accompaniment time&lt;/b&gt;</source>
            <translation>&lt;b&gt;Temps d'accompagnement&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(the household)</source>
            <translation>(le ménage)</translation>
        </message>
        <message>
            <source>Time spent with this household: %1</source>
            <translation>Temps consacré à ce ménage : %1</translation>
        </message>
    </context>
    <context>
        <name>SocialMap</name>
        <message>
            <source>Social map</source>
            <translation>Carte sociale</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partenaires du quartier</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Type de service</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No partner in the directory yet.</source>
            <translation>Aucun partenaire dans le répertoire pour l'instant.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Imprimé le {day}</translation>
        </message>
        <message>
            <source>social-map-{day}.pdf</source>
            <translation>carte-sociale-{day}.pdf</translation>
        </message>
        <message>
            <source>social-map-{day}.csv</source>
            <translation>carte-sociale-{day}.csv</translation>
        </message>
    </context>
    <context>
        <name>StepEditDialog</name>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Issue :</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>É&amp;tape :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Remarque :</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Modifier l'issue</translation>
        </message>
        <message>
            <source>Change the step of the eviction procedure</source>
            <translation>Modifier l'étape de la procédure d'expulsion</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccessDialog</name>
        <message>
            <source>Subject access export</source>
            <translation>Accès aux données personnelles</translation>
        </message>
        <message>
            <source>Everything held about this household on this computer, as a PDF and a JSON file. Names of other people are left out: other households, and colleagues other than the worker of the case file. The export is logged.</source>
            <translation>Tout ce qui est conservé sur ce ménage sur cet ordinateur, en fichier PDF et JSON. Les noms d'autres personnes sont omis : autres ménages, et collègues autres que l'assistant social du dossier. L'export est journalisé.</translation>
        </message>
        <message>
            <source>Also blan&amp;k out:</source>
            <translation>Masquer &amp;aussi :</translation>
        </message>
        <message>
            <source>e.g. a neighbour's nickname, a landlord</source>
            <translation>p. ex. le surnom d'un voisin, un propriétaire</translation>
        </message>
        <message>
            <source>Names the register does not know, separated by commas: they are replaced by […] wherever they appear.</source>
            <translation>Noms que le registre ne connaît pas, séparés par des virgules : ils sont remplacés par […] partout où ils apparaissent.</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>&amp;Langue du PDF :</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Include &amp;restricted notes (every author's)</source>
            <translation>Inclure les notes confidentielles (de chaque aute&amp;ur)</translation>
        </message>
        <message>
            <source>Include my &amp;restricted notes</source>
            <translation>Inclure mes notes confidentielles (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>Pour&amp;quoi (enregistré) :</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>Folder for the export</source>
            <translation>Dossier pour l'export</translation>
        </message>
        <message>
            <source>Choose a folder for the export.</source>
            <translation>Choisissez un dossier pour l'export.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Dites pourquoi les notes confidentielles sont incluses ; le motif est enregistré.</translation>
        </message>
        <message>
            <source>Collecting everything held…</source>
            <translation>Collecte de toutes les données…</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json} ({n} records).</source>
            <translation>Écrit : {pdf} et {json} ({n} données).</translation>
        </message>
    </context>
    <context>
        <name>SupervisedCasePage</name>
        <message>
            <source>Review notes (supervisors only)…</source>
            <translation>Notes de supervision (responsables uniquement)…</translation>
        </message>
    </context>
    <context>
        <name>SupervisorCommunityView</name>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Referent</source>
            <translation>Référent</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinateur</translation>
        </message>
        <message>
            <source>Agreement until</source>
            <translation>Convention jusqu'au</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Committee meetings</source>
            <translation>Réunions du comité</translation>
        </message>
        <message>
            <source>Rooms lent</source>
            <translation>Locaux prêtés</translation>
        </message>
        <message>
            <source>The social cohesion projects of the organisation, kept by their community workers: this year's work in numbers (participants are counted, never named), and below the partner directory that every field role reads.</source>
            <translation>Les projets de cohésion sociale de l'organisation, tenus par leurs travailleurs communautaires : le travail de l'année en chiffres (les participants sont comptés, jamais nommés), et en dessous le répertoire des partenaires que chaque fonction de terrain consulte.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Social cohesion projects</source>
            <translation>Projets de cohésion sociale</translation>
        </message>
        <message>
            <source>Yearly &amp;report as PDF…</source>
            <translation>&amp;Rapport annuel en PDF…</translation>
        </message>
        <message>
            <source>No social cohesion project yet: the community workers record it on their laptops.</source>
            <translation>Pas encore de projet de cohésion sociale : les travailleurs communautaires l'enregistrent sur leur ordinateur.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Rapport annuel avec auto-évaluation</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>Le rapport annuel a été enregistré sous {name}.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWorkspace</name>
        <message>
            <source>Caseload</source>
            <translation>Charge de dossiers</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Team and keys</source>
            <translation>Équipe et clés</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Protection des données</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <source>Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · Ctrl+W close the case file</source>
            <translation>Ctrl+1 charge de dossiers · Ctrl+2 indicateurs · Ctrl+3 équipe · Ctrl+W fermer le dossier</translation>
        </message>
        <message>
            <source>Super&amp;vision</source>
            <translation>Super&amp;vision</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Charge de dossiers</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicateurs</translation>
        </message>
        <message>
            <source>&amp;Team and keys</source>
            <translation>É&amp;quipe et clés</translation>
        </message>
        <message>
            <source>&amp;Data protection</source>
            <translation>&amp;Protection des données</translation>
        </message>
        <message>
            <source>C&amp;lose the case file</source>
            <translation>&amp;Fermer le dossier</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Journal des accès</translation>
        </message>
        <message>
            <source>&amp;Access log</source>
            <translation>&amp;Journal des accès</translation>
        </message>
        <message>
            <source>Evaluation table</source>
            <translation>Tableau d'évaluation</translation>
        </message>
        <message>
            <source>&amp;Evaluation table</source>
            <translation>Tableau d'é&amp;valuation</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Travail collectif</translation>
        </message>
        <message>
            <source>C&amp;ollective work</source>
            <translation>Travail c&amp;ollectif</translation>
        </message>
        <message>
            <source>Community work and social map</source>
            <translation>Travail communautaire et carte sociale</translation>
        </message>
        <message>
            <source>Co&amp;mmunity work and social map</source>
            <translation>Travail co&amp;mmunautaire et carte sociale</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>SupportPlanDialog</name>
        <message>
            <source>Goal</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Évaluation le</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Où il en est</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>&amp;Confidentiality:</source>
            <translation>&amp;Confidentialité :</translation>
        </message>
        <message>
            <source>Situation &amp;analysis:</source>
            <translation>&amp;Analyse de la situation :</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Analyse de la demande et plan d'accompagnement</translation>
        </message>
        <message>
            <source>Social rights checked</source>
            <translation>Droits sociaux vérifiés</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Goal r&amp;eached</source>
            <translation>Objectif att&amp;eint</translation>
        </message>
        <message>
            <source>Goal dr&amp;opped</source>
            <translation>Objectif aband&amp;onné</translation>
        </message>
        <message>
            <source>C&amp;hange the goal…</source>
            <translation>&amp;Modifier l'objectif…</translation>
        </message>
        <message>
            <source>De&amp;lete the goal…</source>
            <translation>Supprimer l'ob&amp;jectif…</translation>
        </message>
        <message>
            <source>New &amp;goal:</source>
            <translation>Nouvel &amp;objectif :</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>É&amp;valuation le :</translation>
        </message>
        <message>
            <source>A&amp;dd the goal</source>
            <translation>A&amp;jouter l'objectif</translation>
        </message>
        <message>
            <source>This plan is restricted to its author, who shared it with you: you can read it, not change it.</source>
            <translation>Ce plan est réservé à son auteur, qui l'a partagé avec vous : vous pouvez le lire, pas le modifier.</translation>
        </message>
        <message>
            <source>Read by you, the supervisors and the colleagues you share your restricted notes of this site with. The review follow-ups say only "review".</source>
            <translation>Lu par vous, les responsables et les collègues avec qui vous partagez vos notes restreintes de ce site. Les suivis d'évaluation disent seulement « évaluation ».</translation>
        </message>
        <message>
            <source>Read by the site's social assistants and the supervisors.</source>
            <translation>Lu par les assistants sociaux du site et les responsables.</translation>
        </message>
        <message>
            <source>Delete the goal</source>
            <translation>Supprimer l'objectif</translation>
        </message>
        <message>
            <source>Delete the goal "{goal}" and its review follow-up? It goes when you save the plan with OK.</source>
            <translation>Supprimer l'objectif « {goal} » et le suivi de son évaluation ? Il disparaît quand vous enregistrez le plan avec OK.</translation>
        </message>
        <message>
            <source>Review of the support plan (restricted)</source>
            <translation>Évaluation du plan d'accompagnement (restreint)</translation>
        </message>
    </context>
    <context>
        <name>SyncHookup</name>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>A record was changed on two computers: decide which version to keep.</source>
            <translation>Un élément a été modifié sur deux ordinateurs : choisissez la version à garder.</translation>
        </message>
        <message>
            <source>Security warning</source>
            <translation>Alerte de sécurité</translation>
        </message>
        <message>
            <source>Nothing was changed on this computer. Tell your administrator today; synchronisation will keep refusing the data until it is repaired.</source>
            <translation>Rien n'a été modifié sur cet ordinateur. Prévenez votre administrateur aujourd'hui même ; la synchronisation refusera les données tant que ce n'est pas réparé.</translation>
        </message>
        <message>
            <source>A colleague's key changed</source>
            <translation>La clé d'un collègue a changé</translation>
        </message>
        <message>
            <source>The server now gives another key for: %1. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>Le serveur donne maintenant une autre clé pour : %1. Rien ne leur est partagé tant que vous n'avez pas comparé à nouveau les numéros de sécurité.</translation>
        </message>
        <message>
            <source>This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Ask them, in person or on a number you know, whether they re-enrolled.</source>
            <translation>Cela arrive quand quelqu'un se réinscrit après avoir oublié sa phrase secrète — ou quand quelqu'un essaie de lire ce qui lui est destiné. Demandez-lui, en personne ou à un numéro que vous connaissez, s'il s'est réinscrit.</translation>
        </message>
        <message>
            <source>Compare safety numbers…</source>
            <translation>Comparer les numéros de sécurité…</translation>
        </message>
        <message>
            <source>This device was withdrawn</source>
            <translation>Cet appareil a été retiré</translation>
        </message>
        <message>
            <source>This device was withdrawn from your organisation's server and the data on it has been removed. If this is a mistake, contact your administrator; you can then connect again.</source>
            <translation>Cet appareil a été retiré du serveur de votre organisation et ses données ont été effacées. S'il s'agit d'une erreur, contactez votre administrateur ; vous pourrez ensuite vous reconnecter.</translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
        <message>
            <source>Too many attempts. Wait a few minutes and try again.</source>
            <translation>Trop de tentatives. Attendez quelques minutes et réessayez.</translation>
        </message>
        <message>
            <source>This enrolment code is not right, was already used or has expired. Check it, or ask your administrator for a new one.</source>
            <translation>Ce code d'inscription n'est pas correct, a déjà été utilisé ou a expiré. Vérifiez-le, ou demandez-en un nouveau à votre administrateur.</translation>
        </message>
        <message>
            <source>The e-mail address or the passphrase is not right.</source>
            <translation>L'adresse e-mail ou la phrase secrète n'est pas correcte.</translation>
        </message>
        <message>
            <source>This account has been disabled. Contact your administrator.</source>
            <translation>Ce compte a été désactivé. Contactez votre administrateur.</translation>
        </message>
        <message>
            <source>The server refused the request ({code}). Contact your administrator.</source>
            <translation>Le serveur a refusé la demande ({code}). Contactez votre administrateur.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified, so nothing was sent. Check the address; if it is right, tell your administrator (where the organisation has its own certificate authority, its CA bundle is set in Settings).</source>
            <translation>Le certificat du serveur n'a pas pu être vérifié, donc rien n'a été envoyé. Vérifiez l'adresse ; si elle est correcte, prévenez votre administrateur (si l'organisation a sa propre autorité de certification, son paquet de certificats se règle dans les Paramètres).</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and that this computer is connected to the network.</source>
            <translation>Le serveur est injoignable. Vérifiez l'adresse et que cet ordinateur est connecté au réseau.</translation>
        </message>
        <message>
            <source>The server's answer did not pass its security check; nothing was set up.</source>
            <translation>La réponse du serveur n'a pas passé son contrôle de sécurité ; rien n'a été configuré.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>il y a {n} min</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>il y a {n} h</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>{n} days ago</source>
            <translation>il y a {n} jours</translation>
        </message>
        <message>
            <source>Locked — synchronisation resumes after unlocking</source>
            <translation>Verrouillé — la synchronisation reprend après le déverrouillage</translation>
        </message>
        <message>
            <source>Offline — not connected to a server</source>
            <translation>Hors ligne — pas connecté à un serveur</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronisation en cours…</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● En ligne</translation>
        </message>
        <message>
            <source>○ Offline</source>
            <translation>○ Hors ligne</translation>
        </message>
        <message>
            <source>All changes sent</source>
            <translation>Toutes les modifications envoyées</translation>
        </message>
        <message>
            <source>1 change waiting</source>
            <translation>1 modification en attente</translation>
        </message>
        <message>
            <source>{n} changes waiting</source>
            <translation>{n} modifications en attente</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Dernière synchro : {when}</translation>
        </message>
        <message>
            <source>1 conflict to decide</source>
            <translation>1 conflit à trancher</translation>
        </message>
        <message>
            <source>{n} conflicts to decide</source>
            <translation>{n} conflits à trancher</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min behind the server's</source>
            <translation>L'horloge de cet ordinateur retarde de {n} min sur celle du serveur</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min ahead of the server's</source>
            <translation>L'horloge de cet ordinateur avance de {n} min sur celle du serveur</translation>
        </message>
        <message>
            <source>Set the right date and time in the system settings. Your work is kept.</source>
            <translation>Réglez la date et l'heure correctes dans les paramètres du système. Votre travail est conservé.</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>État de la synchronisation</translation>
        </message>
        <message>
            <source>Open the conflicts to decide</source>
            <translation>Ouvrir les conflits à trancher</translation>
        </message>
        <message>
            <source>Key changed: {names} — nothing is shared with them</source>
            <translation>Clé modifiée : {names} — rien ne leur est partagé</translation>
        </message>
        <message>
            <source>The server gives another key for this person than the one you checked. Compare safety numbers with them again before anything is shared.</source>
            <translation>Le serveur donne pour cette personne une autre clé que celle que vous avez vérifiée. Comparez à nouveau les numéros de sécurité avant tout partage.</translation>
        </message>
        <message>
            <source>Sharing waits for a key check: {names}</source>
            <translation>Le partage attend une vérification de clé : {names}</translation>
        </message>
        <message>
            <source>Compare safety numbers with them (Sync → Colleagues' keys…); what waits is then shared at the next synchronisation.</source>
            <translation>Comparez les numéros de sécurité avec eux (Synchronisation → Clés des collègues…) ; ce qui attend est alors partagé à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Open the colleagues' keys</source>
            <translation>Ouvrir les clés des collègues</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Site social assistant</source>
            <translation>Assistant(e) social(e) de site</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Assistant(e) social(e) de chantier</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Agent(e) de proximité</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Assistant(e) social(e) collectif(ve)</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Travailleur·se communautaire (PCS)</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Équipe mobile de santé mentale (SASLS)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Responsable du service social</translation>
        </message>
        <message>
            <source>Server administrator</source>
            <translation>Administrateur du serveur</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>SISP</translation>
        </message>
        <message>
            <source>DMBSH (seconded)</source>
            <translation>SASLS (détaché·e)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Key code</source>
            <translation>Code de clé</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>Effacement</translation>
        </message>
        <message>
            <source>Wipe ordered</source>
            <translation>Effacement demandé</translation>
        </message>
        <message>
            <source>Revoked only</source>
            <translation>Révoqué seulement</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collection</translation>
        </message>
        <message>
            <source>Members of the organisation</source>
            <translation>Membres de l'organisation</translation>
        </message>
        <message>
            <source>Devices of my team</source>
            <translation>Appareils de mon équipe</translation>
        </message>
        <message>
            <source>Correct the &amp;name… (F2)</source>
            <translation>Corriger le &amp;nom… (F2)</translation>
        </message>
        <message>
            <source>The name colleagues see for this person: the server keeps none</source>
            <translation>Le nom que les collègues voient pour cette personne : le serveur n'en garde aucun</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Ré&amp;voquer…</translation>
        </message>
        <message>
            <source>The device can no longer sync; what it holds stays on it</source>
            <translation>L'appareil ne peut plus synchroniser ; ce qu'il contient y reste</translation>
        </message>
        <message>
            <source>Revoke and &amp;wipe…</source>
            <translation>Révoquer et &amp;effacer…</translation>
        </message>
        <message>
            <source>The device can no longer sync and erases its vault the next time it reaches the server</source>
            <translation>L'appareil ne peut plus synchroniser et efface son coffre dès qu'il joint à nouveau le serveur</translation>
        </message>
        <message>
            <source>Renovation &amp;close-outs…</source>
            <translation>&amp;Clôtures de rénovation…</translation>
        </message>
        <message>
            <source>Archived renovation projects: whom this laptop removed from them, and when</source>
            <translation>Projets de rénovation archivés : qui ce portable en a retiré, et quand</translation>
        </message>
        <message>
            <source>A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. The devices of administrators and other supervisors stay with the server administrator. When the person leaves the team, also remove them from your collections.</source>
            <translation>Ordinateur d'un travailleur de terrain perdu ou volé : révoquez-le, ou révoquez-le et effacez-le. Les appareils des administrateurs et des autres responsables restent du ressort de l'administrateur du serveur. Si la personne quitte l'équipe, retirez-la aussi de vos collections.</translation>
        </message>
        <message>
            <source>Name saved: colleagues see it after the next sync.</source>
            <translation>Nom enregistré : les collègues le voient après la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2 and order it wiped? Its sessions end now: it can no longer sync. The next time it reaches the server it erases its vault: everything on it that was not synced yet is lost. This cannot be undone; the person can log in again on another device.</source>
            <translation>Révoquer l'appareil « %1 » de %2 et ordonner son effacement ? Ses sessions prennent fin maintenant : il ne peut plus synchroniser. Dès qu'il joindra à nouveau le serveur, il effacera son coffre : tout ce qui n'était pas encore synchronisé sera perdu. C'est irréversible ; la personne pourra se reconnecter sur un autre appareil.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2? Its sessions end now: it can no longer sync. What it already holds stays on it, locked by its passphrase; choose “Revoke and wipe” if it may be in the wrong hands.</source>
            <translation>Révoquer l'appareil « %1 » de %2 ? Ses sessions prennent fin maintenant : il ne peut plus synchroniser. Ce qu'il contient déjà y reste, verrouillé par sa phrase secrète ; choisissez « Révoquer et effacer » s'il risque d'être entre de mauvaises mains.</translation>
        </message>
        <message>
            <source>Device revoked. It erases its vault the next time it reaches the server.</source>
            <translation>Appareil révoqué. Il effacera son coffre dès qu'il joindra à nouveau le serveur.</translation>
        </message>
        <message>
            <source>Device revoked.</source>
            <translation>Appareil révoqué.</translation>
        </message>
        <message>
            <source>Server audit log (metadata only)</source>
            <translation>Journal d'audit du serveur (métadonnées uniquement)</translation>
        </message>
        <message>
            <source>Check code and &amp;grant… (Ctrl+G)</source>
            <translation>Vérifier le code et &amp;accorder… (Ctrl+G)</translation>
        </message>
        <message>
            <source>Re&amp;move from my collections</source>
            <translation>&amp;Retirer de mes collections</translation>
        </message>
        <message>
            <source>Their access ends at once and the keys rotate</source>
            <translation>L'accès cesse aussitôt et les clés sont renouvelées</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>My code: %1</source>
            <translation>Mon code : %1</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault to manage the team.</source>
            <translation>Pas connecté à un serveur de synchronisation : connectez ce coffre pour gérer l'équipe.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Interrogation du serveur…</translation>
        </message>
        <message>
            <source>Connected. Check a member's code in person before granting anything.</source>
            <translation>Connecté. Vérifiez le code d'un membre en personne avant d'accorder quoi que ce soit.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>Cette personne ne s'est pas encore inscrite : il n'y a pas de clé à vérifier.</translation>
        </message>
        <message>
            <source>Remove from my collections</source>
            <translation>Retirer de mes collections</translation>
        </message>
        <message>
            <source>Remove %1 from every collection you manage? Their access ends at once and the keys rotate.</source>
            <translation>Retirer %1 de toutes les collections que vous gérez ? L'accès cesse aussitôt et les clés sont renouvelées.</translation>
        </message>
        <message>
            <source>Removed from collections: %1; their keys rotated.</source>
            <translation>Retiré(e) de collections : %1 ; les clés ont été renouvelées.</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>Revoke and wipe</source>
            <translation>Révoquer et effacer</translation>
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Au plus tard</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Moved by hand</source>
            <translation>Déplacé à la main</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tournée</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Automatic place</source>
            <translation>Place automatique</translation>
        </message>
        <message>
            <source>In/out of today's round</source>
            <translation>Dans/hors de la tournée du jour</translation>
        </message>
        <message>
            <source>Open requests, most pressing first</source>
            <translation>Demandes ouvertes, les plus urgentes d'abord</translation>
        </message>
        <message>
            <source>{n} open requests · {late} overdue · {round} in today's round</source>
            <translation>{n} demandes ouvertes · {late} en retard · {round} dans la tournée du jour</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>First organisation</source>
            <translation>Première organisation</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>You work for several organisations: each has its own vault and keys on this laptop; the passphrase opens the one you choose.</source>
            <translation>Vous travaillez pour plusieurs organisations : chacune a son propre coffre et ses propres clés sur cet ordinateur ; la phrase secrète ouvre celle que vous choisissez.</translation>
        </message>
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
            <source>Add an &amp;organisation…</source>
            <translation>Ajouter une &amp;organisation…</translation>
        </message>
        <message>
            <source>Seconded to another housing company: connect to its server with the enrolment code of its administrator. Its data and keys stay in a vault of their own.</source>
            <translation>Détaché(e) auprès d'une autre SISP : connectez-vous à son serveur avec le code d'inscription de son administrateur. Ses données et ses clés restent dans un coffre à part.</translation>
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
        <name>WeekView</name>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvertes</translation>
        </message>
        <message>
            <source>Closed this week</source>
            <translation>Clôturées cette semaine</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>By site</source>
            <translation>Par site</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>Demandes par catégorie</translation>
        </message>
        <message>
            <source>Requests by site</source>
            <translation>Demandes par site</translation>
        </message>
        <message>
            <source>Week of {start} to {end}: {logged} requests logged, {closed} closed, {interventions} interventions. Still open: {open}.</source>
            <translation>Semaine du {start} au {end} : {logged} demandes notées, {closed} clôturées, {interventions} interventions. Encore ouvertes : {open}.</translation>
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
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Séances d'accueil</translation>
        </message>
        <message>
            <source>Plan a welcome session</source>
            <translation>Planifier une séance d'accueil</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>Lie&amp;u :</translation>
        </message>
        <message>
            <source>Day of the session</source>
            <translation>Jour de la séance</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Commence à</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>Dur&amp;ée :</translation>
        </message>
        <message>
            <source>Plan the sessio&amp;n</source>
            <translation>Planifier la &amp;séance</translation>
        </message>
        <message>
            <source>New tenants to invite</source>
            <translation>Nouveaux locataires à inviter</translation>
        </message>
        <message>
            <source>&amp;Moved in within the last (months):</source>
            <translation>Emménagés depuis (&amp;mois) :</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Invitation &amp;letters (PDF)…</source>
            <translation>Lettres d'i&amp;nvitation (PDF)…</translation>
        </message>
        <message>
            <source>One letter per ticked household, in its language, for the session selected</source>
            <translation>Une lettre par ménage coché, dans sa langue, pour la séance choisie</translation>
        </message>
        <message>
            <source>A&amp;ttendance list (PDF)…</source>
            <translation>Liste de présence (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Record who attended</source>
            <translation>Consigner les présents</translation>
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
        <message>
            <source>moved in {day}</source>
            <translation>emménagé le {day}</translation>
        </message>
        <message>
            <source>Invitation letters</source>
            <translation>Lettres d'invitation</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Liste de présence</translation>
        </message>
    </context>
    <context>
        <name>WorksTab</name>
        <message>
            <source>Works at this dwelling</source>
            <translation>Travaux dans ce logement</translation>
        </message>
        <message>
            <source>&amp;Notice of the works (PDF)…</source>
            <translation>&amp;Avis de travaux (PDF)…</translation>
        </message>
        <message>
            <source>%1 printed on %2 (%3)</source>
            <translation>%1 imprimé le %2 (%3)</translation>
        </message>
        <message>
            <source>No letter printed yet.</source>
            <translation>Aucun courrier imprimé pour l'instant.</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Avis de travaux</translation>
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
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Permanences</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Espaces de travail</translation>
        </message>
        <message>
            <source>Send a collective &amp;signal…</source>
            <translation>Envoyer un &amp;signal collectif…</translation>
        </message>
        <message>
            <source>Consult the &amp;mental-health team…</source>
            <translation>Consulter l'équipe de santé &amp;mentale…</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>YearlyReport</name>
        <message>
            <source>psc-yearly-report-{year}.pdf</source>
            <translation>pcs-rapport-annuel-{year}.pdf</translation>
        </message>
        <message>
            <source>Social cohesion project — community work</source>
            <translation>Projet de cohésion sociale — travail communautaire</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation {year}</source>
            <translation>Rapport annuel avec auto-évaluation {year}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Convention</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>Référent de la SISP</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinateur</translation>
        </message>
        <message>
            <source>Co-signatories</source>
            <translation>Cosignataires</translation>
        </message>
        <message>
            <source>Perimeter</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Premises lent</source>
            <translation>Locaux mis à disposition</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>depuis le {start}</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Common to every PSC</source>
            <translation>Communs à tous les PCS</translation>
        </message>
        <message>
            <source>Local objectives</source>
            <translation>Objectifs locaux</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Diagnostic local</translation>
        </message>
        <message>
            <source>drawn up on {day}</source>
            <translation>établi le {day}</translation>
        </message>
        <message>
            <source>Action plan {year}</source>
            <translation>Plan d'action {year}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>PSC objective</source>
            <translation>Objectif du PCS</translation>
        </message>
        <message>
            <source>Sector objective</source>
            <translation>Objectif du secteur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activités de l'année</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Cycles d'ateliers</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Formateur·rice</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Animateur·rice·s</translation>
        </message>
        <message>
            <source>Closing individual session</source>
            <translation>Séance individuelle de clôture</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Nouvelles questions</translation>
        </message>
        <message>
            <source>Follow-up offered</source>
            <translation>Suivi proposé</translation>
        </message>
        <message>
            <source>Local follow-up committee</source>
            <translation>Comité local d'accompagnement</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Present (organisations)</source>
            <translation>Présents (organisations)</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>The committee did not meet this year.</source>
            <translation>Le comité ne s'est pas réuni cette année.</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Auto-évaluation</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Global</translation>
        </message>
        <message>
            <source>Actions: {actions} (done: {done}) · activities: {activities} · participants: {participants}</source>
            <translation>Actions : {actions} (réalisées : {done}) · activités : {activities} · participants : {participants}</translation>
        </message>
        <message>
            <source>No self-evaluation written.</source>
            <translation>Aucune auto-évaluation rédigée.</translation>
        </message>
        <message>
            <source>Nothing planned for this year.</source>
            <translation>Rien de prévu pour cette année.</translation>
        </message>
        <message>
            <source>No activity logged this year.</source>
            <translation>Aucune activité notée cette année.</translation>
        </message>
        <message>
            <source>Participants are counted; nobody is named in this report.</source>
            <translation>Les participants sont comptés ; personne n'est nommé dans ce rapport.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Imprimé le {day}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <source>Casework</source>
            <translation>Suivi social</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <source>Renovation</source>
            <translation>Rénovation</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Travail communautaire</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Travail collectif</translation>
        </message>
        <message>
            <source>Mental-health consultations</source>
            <translation>Consultations santé mentale</translation>
        </message>
    </context>
    <context>
        <name>community</name>
        <message>
            <source>Develop or strengthen social bonds</source>
            <translation>Développer ou renforcer les liens sociaux</translation>
        </message>
        <message>
            <source>Improve communication between residents, and with the housing company, the municipality and other bodies</source>
            <translation>Améliorer la communication entre habitants, et avec la SISP, la commune et les autres instances</translation>
        </message>
        <message>
            <source>Encourage residents' participation and living together in harmony</source>
            <translation>Encourager la participation des habitants et leur cohabitation harmonieuse</translation>
        </message>
        <message>
            <source>Inform residents of their rights and duties and of the means to have them respected</source>
            <translation>Informer les habitants de leurs droits et devoirs et des moyens de les faire respecter</translation>
        </message>
        <message>
            <source>Regional housing company (SLRB/BGHM)</source>
            <translation>Société régionale du logement (SLRB)</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>SISP</translation>
        </message>
        <message>
            <source>Non-profit</source>
            <translation>Asbl</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Permanence</source>
            <translation>Permanence</translation>
        </message>
        <message>
            <source>Coffee moment</source>
            <translation>Moment café</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Cycle d'ateliers</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>Référent de la SISP</translation>
        </message>
        <message>
            <source>Coordinator (non-profit)</source>
            <translation>Coordinateur (asbl)</translation>
        </message>
        <message>
            <source>CPAS / OCMW</source>
            <translation>CPAS / OCMW</translation>
        </message>
        <message>
            <source>General welfare centre (CAW)</source>
            <translation>Centre d'action sociale globale (CAW)</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Santé mentale</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Médiation de dettes</translation>
        </message>
        <message>
            <source>Food and clothing</source>
            <translation>Alimentation et vêtements</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Aide juridique</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <source>Work and training</source>
            <translation>Emploi et formation</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jeunesse</translation>
        </message>
        <message>
            <source>Seniors</source>
            <translation>Seniors</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>turc</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>polonais</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>roumain</translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <source>A case note</source>
            <translation>Une note</translation>
        </message>
        <message>
            <source>A remark in an inventory</source>
            <translation>Une remarque dans un état des lieux</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>Une note de supervision</translation>
        </message>
        <message>
            <source>A follow-up</source>
            <translation>Un suivi</translation>
        </message>
        <message>
            <source>A referral</source>
            <translation>Une orientation</translation>
        </message>
        <message>
            <source>The outcome of a referral</source>
            <translation>Le résultat d'une orientation</translation>
        </message>
        <message>
            <source>A planned home visit</source>
            <translation>Une visite à domicile prévue</translation>
        </message>
        <message>
            <source>A home-visit note</source>
            <translation>Une note de visite à domicile</translation>
        </message>
        <message>
            <source>An intervention</source>
            <translation>Une intervention</translation>
        </message>
        <message>
            <source>A hand-off to the social assistant</source>
            <translation>Une transmission à l'assistant(e) social(e)</translation>
        </message>
        <message>
            <source>A request</source>
            <translation>Une demande</translation>
        </message>
        <message>
            <source>A refusal to sign</source>
            <translation>Un refus de signer</translation>
        </message>
        <message>
            <source>An addendum to an inventory</source>
            <translation>Un addendum à un état des lieux</translation>
        </message>
        <message>
            <source>A refused access</source>
            <translation>Un accès refusé</translation>
        </message>
        <message>
            <source>An information session</source>
            <translation>Une séance d'information</translation>
        </message>
        <message>
            <source>A self-evaluation</source>
            <translation>Une auto-évaluation</translation>
        </message>
        <message>
            <source>A form</source>
            <translation>Un formulaire</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>This arrears plan was not found.</source>
            <translation>Ce plan d'apurement est introuvable.</translation>
        </message>
        <message>
            <source>This step was not found.</source>
            <translation>Cette étape est introuvable.</translation>
        </message>
        <message>
            <source>Give the date.</source>
            <translation>Indiquez la date.</translation>
        </message>
        <message>
            <source>This date is in the future: record what happened once it has.</source>
            <translation>Cette date est dans le futur : enregistrez ce qui s'est passé une fois que c'est arrivé.</translation>
        </message>
        <message>
            <source>Give the amount owed, in euro (more than zero).</source>
            <translation>Indiquez le montant dû, en euros (plus que zéro).</translation>
        </message>
        <message>
            <source>Give the monthly instalment, in euro (more than zero).</source>
            <translation>Indiquez la mensualité, en euros (plus que zéro).</translation>
        </message>
        <message>
            <source>The monthly instalment is more than the amount owed.</source>
            <translation>La mensualité dépasse le montant dû.</translation>
        </message>
        <message>
            <source>Choose where the arrears plan stands.</source>
            <translation>Choisissez où en est le plan d'apurement.</translation>
        </message>
        <message>
            <source>Choose a step or an outcome.</source>
            <translation>Choisissez une étape ou une issue.</translation>
        </message>
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
            <source>This referral was cancelled; add a new one instead.</source>
            <translation>Cette orientation a été annulée ; ajoutez-en une nouvelle.</translation>
        </message>
        <message>
            <source>This partner is no longer in the directory.</source>
            <translation>Ce partenaire n'est plus dans le répertoire.</translation>
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
            <source>This household already lives in a dwelling: it is not a candidate tenant.</source>
            <translation>Ce ménage habite déjà un logement : ce n'est pas un candidat-locataire.</translation>
        </message>
        <message>
            <source>This dwelling is on another site than the candidate's case file. Choose a dwelling of the same site, or ask a supervisor to move the case file.</source>
            <translation>Ce logement est sur un autre site que le dossier du candidat. Choisissez un logement du même site, ou demandez à un responsable de déplacer le dossier.</translation>
        </message>
        <message>
            <source>This site was not found.</source>
            <translation>Ce site est introuvable.</translation>
        </message>
        <message>
            <source>Choose Dutch or French.</source>
            <translation>Choisissez néerlandais ou français.</translation>
        </message>
        <message>
            <source>Give at least one member of the household: a first or a last name.</source>
            <translation>Indiquez au moins un membre du ménage : un prénom ou un nom.</translation>
        </message>
        <message>
            <source>Give the day they moved in: today or earlier.</source>
            <translation>Indiquez le jour de l'emménagement : aujourd'hui ou avant.</translation>
        </message>
        <message>
            <source>A site needs a name.</source>
            <translation>Un site doit avoir un nom.</translation>
        </message>
        <message>
            <source>This request was not found.</source>
            <translation>Cette demande est introuvable.</translation>
        </message>
        <message>
            <source>Choose the site of the request.</source>
            <translation>Choisissez le site de la demande.</translation>
        </message>
        <message>
            <source>This building was not found.</source>
            <translation>Ce bâtiment est introuvable.</translation>
        </message>
        <message>
            <source>The building and dwelling must belong to the chosen site.</source>
            <translation>Le bâtiment et le logement doivent appartenir au site choisi.</translation>
        </message>
        <message>
            <source>Choose where the request came from.</source>
            <translation>Choisissez d'où vient la demande.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choisissez une catégorie.</translation>
        </message>
        <message>
            <source>Choose an urgency.</source>
            <translation>Choisissez l'urgence.</translation>
        </message>
        <message>
            <source>Describe the request in a few words.</source>
            <translation>Décrivez la demande en quelques mots.</translation>
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
            <source>This welcome session was not found.</source>
            <translation>Cette séance d'accueil est introuvable.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Your saved work is safe; please try again.</source>
            <translation>Un problème est survenu ({kind}). Votre travail enregistré est en sécurité ; veuillez réessayer.</translation>
        </message>
        <message>
            <source>This file is not an image that can be read.</source>
            <translation>Ce fichier n'est pas une image lisible.</translation>
        </message>
        <message>
            <source>This image is too large: at most {max_mb} MB.</source>
            <translation>Cette image est trop grande : {max_mb} Mo au maximum.</translation>
        </message>
        <message>
            <source>This photo or signature was not found.</source>
            <translation>Cette photo ou signature est introuvable.</translation>
        </message>
        <message>
            <source>The encrypted file of this photo or signature is missing from the vault folder.</source>
            <translation>Le fichier chiffré de cette photo ou signature manque dans le dossier du coffre.</translation>
        </message>
        <message>
            <source>This defect report was not found.</source>
            <translation>Ce rapport de défaut est introuvable.</translation>
        </message>
        <message>
            <source>Describe the defect.</source>
            <translation>Décrivez le défaut.</translation>
        </message>
        <message>
            <source>Say in a few words why social support is needed.</source>
            <translation>Dites en quelques mots pourquoi un accompagnement social est nécessaire.</translation>
        </message>
        <message>
            <source>At most {n} photos.</source>
            <translation>{n} photos au maximum.</translation>
        </message>
        <message>
            <source>Say when the intervention was.</source>
            <translation>Indiquez quand l'intervention a eu lieu.</translation>
        </message>
        <message>
            <source>An intervention cannot be logged in the future.</source>
            <translation>Une intervention ne peut pas être notée dans le futur.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>Choisissez un résultat.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <translation>Indiquez ce qui a été fait.</translation>
        </message>
        <message>
            <source>A request that needs a follow-up stays open: untick "follow-up is needed" or "close the request".</source>
            <translation>Une demande qui nécessite un suivi reste ouverte : décochez « un suivi est nécessaire » ou « clôturer la demande ».</translation>
        </message>
        <message>
            <source>A request that was not resolved, or where nobody was present, stays open: choose another outcome or untick "close the request".</source>
            <translation>Une demande non résolue, ou où personne n'était présent, reste ouverte : choisissez un autre résultat ou décochez « clôturer la demande ».</translation>
        </message>
        <message>
            <source>This appointment was not found.</source>
            <translation>Ce rendez-vous est introuvable.</translation>
        </message>
        <message>
            <source>An appointment cannot be planned in the past.</source>
            <translation>Un rendez-vous ne peut pas être fixé dans le passé.</translation>
        </message>
        <message>
            <source>Give the reason the tenant refused access.</source>
            <translation>Indiquez pourquoi le locataire a refusé l'accès.</translation>
        </message>
        <message>
            <source>Record that access was given or refused.</source>
            <translation>Indiquez si l'accès a été donné ou refusé.</translation>
        </message>
        <message>
            <source>Unknown checklist item '{item}'.</source>
            <translation>Point de la liste inconnu « {item} ».</translation>
        </message>
        <message>
            <source>Unknown checklist status '{status}'.</source>
            <translation>Statut de la liste inconnu « {status} ».</translation>
        </message>
        <message>
            <source>Compare a pre-works inventory with a post-works check of the same dwelling.</source>
            <translation>Comparez un état des lieux avant travaux avec le contrôle après travaux du même logement.</translation>
        </message>
        <message>
            <source>This contact was not found.</source>
            <translation>Ce contact est introuvable.</translation>
        </message>
        <message>
            <source>Choose the kind of contact.</source>
            <translation>Choisissez le type de contact.</translation>
        </message>
        <message>
            <source>Unknown contact status '{status}'.</source>
            <translation>Statut du contact inconnu « {status} ».</translation>
        </message>
        <message>
            <source>Write what the tenant asked or reported.</source>
            <translation>Écrivez ce que le locataire a demandé ou signalé.</translation>
        </message>
        <message>
            <source>A contact cannot be dated in the future.</source>
            <translation>Un contact ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>This inventory was not found.</source>
            <translation>Cet état des lieux est introuvable.</translation>
        </message>
        <message>
            <source>This room was not found.</source>
            <translation>Cette pièce est introuvable.</translation>
        </message>
        <message>
            <source>This element was not found.</source>
            <translation>Cet élément est introuvable.</translation>
        </message>
        <message>
            <source>This inventory has been signed and can no longer be changed. Record the change as an addendum instead.</source>
            <translation>Cet état des lieux a été signé et ne peut plus être modifié. Consignez le changement dans un avenant.</translation>
        </message>
        <message>
            <source>Unknown condition '{condition}'.</source>
            <translation>État inconnu « {condition} ».</translation>
        </message>
        <message>
            <source>Unknown kind of inventory '{kind}'.</source>
            <translation>Type d'état des lieux inconnu « {kind} ».</translation>
        </message>
        <message>
            <source>Unknown kind of room '{room_type}'.</source>
            <translation>Type de pièce inconnu « {room_type} ».</translation>
        </message>
        <message>
            <source>Unknown element '{element_type}'.</source>
            <translation>Élément inconnu « {element_type} ».</translation>
        </message>
        <message>
            <source>This room no longer exists.</source>
            <translation>Ce local n'existe plus.</translation>
        </message>
        <message>
            <source>This booking no longer exists.</source>
            <translation>Cette réservation n'existe plus.</translation>
        </message>
        <message>
            <source>This key is no longer listed.</source>
            <translation>Cette clé ne figure plus dans la liste.</translation>
        </message>
        <message>
            <source>This incident no longer exists.</source>
            <translation>Cet incident n'existe plus.</translation>
        </message>
        <message>
            <source>Choose the site of the room.</source>
            <translation>Choisissez le site du local.</translation>
        </message>
        <message>
            <source>Give the room a name.</source>
            <translation>Donnez un nom à la pièce.</translation>
        </message>
        <message>
            <source>Choose the kind of room.</source>
            <translation>Choisissez le type de local.</translation>
        </message>
        <message>
            <source>Give the day of the booking.</source>
            <translation>Indiquez le jour de la réservation.</translation>
        </message>
        <message>
            <source>Give the start as a time of day.</source>
            <translation>Indiquez le début comme une heure de la journée.</translation>
        </message>
        <message>
            <source>A booking lasts between a few minutes and a day.</source>
            <translation>Une réservation dure entre quelques minutes et une journée.</translation>
        </message>
        <message>
            <source>Say what the room is booked for (a group or an activity, not a name).</source>
            <translation>Dites pour quoi le local est réservé (un groupe ou une activité, pas un nom).</translation>
        </message>
        <message>
            <source>The room is already booked at that time.</source>
            <translation>Le local est déjà réservé à cette heure-là.</translation>
        </message>
        <message>
            <source>Say who holds the key.</source>
            <translation>Dites qui détient la clé.</translation>
        </message>
        <message>
            <source>Give the day the key was given.</source>
            <translation>Indiquez le jour où la clé a été remise.</translation>
        </message>
        <message>
            <source>A key cannot come back before it was given.</source>
            <translation>Une clé ne peut pas revenir avant d'avoir été remise.</translation>
        </message>
        <message>
            <source>Give the day of the incident.</source>
            <translation>Indiquez le jour de l'incident.</translation>
        </message>
        <message>
            <source>Say what happened (not who).</source>
            <translation>Dites ce qui s'est passé (pas qui).</translation>
        </message>
        <message>
            <source>An incident cannot be dealt with before it happened.</source>
            <translation>Un incident ne peut pas être réglé avant d'avoir eu lieu.</translation>
        </message>
        <message>
            <source>Do the pre-works inventory first: the post-works check is compared with it.</source>
            <translation>Faites d'abord l'état des lieux avant travaux : le contrôle après travaux est comparé avec lui.</translation>
        </message>
        <message>
            <source>This renovation project was not found.</source>
            <translation>Ce projet de rénovation est introuvable.</translation>
        </message>
        <message>
            <source>This dwelling is not part of the project.</source>
            <translation>Ce logement ne fait pas partie du projet.</translation>
        </message>
        <message>
            <source>This project is archived: it can no longer be changed.</source>
            <translation>Ce projet est archivé : il ne peut plus être modifié.</translation>
        </message>
        <message>
            <source>A project is archived by its close-out, when the works end.</source>
            <translation>Un projet est archivé par sa clôture, à la fin des travaux.</translation>
        </message>
        <message>
            <source>This social cohesion project no longer exists.</source>
            <translation>Ce projet de cohésion sociale n'existe plus.</translation>
        </message>
        <message>
            <source>Give the project a name.</source>
            <translation>Donnez un nom au projet.</translation>
        </message>
        <message>
            <source>The project's documents are in Dutch or French.</source>
            <translation>Les documents du projet sont en néerlandais ou en français.</translation>
        </message>
        <message>
            <source>The agreement ends before it starts.</source>
            <translation>La convention se termine avant de commencer.</translation>
        </message>
        <message>
            <source>Choose what kind of co-signatory this is.</source>
            <translation>Choisissez de quel type de cosignataire il s'agit.</translation>
        </message>
        <message>
            <source>Each site of the perimeter needs a name.</source>
            <translation>Chaque site du périmètre doit avoir un nom.</translation>
        </message>
        <message>
            <source>That is already the person in this role.</source>
            <translation>Cette personne occupe déjà ce rôle.</translation>
        </message>
        <message>
            <source>Give the name of the new person.</source>
            <translation>Indiquez le nom de la nouvelle personne.</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>Rôle inconnu.</translation>
        </message>
        <message>
            <source>The works cannot have ended after today.</source>
            <translation>Les travaux ne peuvent pas s'être terminés après aujourd'hui.</translation>
        </message>
        <message>
            <source>The works cannot end before they start.</source>
            <translation>Les travaux ne peuvent pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>This laptop may not yet pass items on to the site's social assistant. Ask a supervisor to grant you the site's hand-offs, sync, then close out again: nothing was changed.</source>
            <translation>Cet ordinateur ne peut pas encore transmettre de points à l'assistant(e) social(e) du site. Demandez à un(e) responsable de vous donner accès aux transmissions du site, synchronisez, puis clôturez à nouveau : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>A dwelling of the project has no site in the register: its open items cannot be handed on.</source>
            <translation>Un logement du projet n'a pas de site dans le registre : ses points ouverts ne peuvent pas être transmis.</translation>
        </message>
        <message>
            <source>Unknown project status '{status}'.</source>
            <translation>Statut de projet inconnu « {status} ».</translation>
        </message>
        <message>
            <source>This person was not found on the inventory.</source>
            <translation>Cette personne ne figure pas sur l'état des lieux.</translation>
        </message>
        <message>
            <source>Unknown role '{role}'.</source>
            <translation>Qualité inconnue « {role} ».</translation>
        </message>
        <message>
            <source>Give the name of the person present.</source>
            <translation>Indiquez le nom de la personne présente.</translation>
        </message>
        <message>
            <source>This person has already signed or refused to sign.</source>
            <translation>Cette personne a déjà signé ou refusé de signer.</translation>
        </message>
        <message>
            <source>Give the reason for the refusal to sign.</source>
            <translation>Indiquez le motif du refus de signer.</translation>
        </message>
        <message>
            <source>The signature is empty: sign in the box first.</source>
            <translation>La signature est vide : signez d'abord dans le cadre.</translation>
        </message>
        <message>
            <source>Write what the addendum records.</source>
            <translation>Écrivez ce que l'avenant consigne.</translation>
        </message>
        <message>
            <source>This inventory is not signed yet: change it directly instead of adding an addendum.</source>
            <translation>Cet état des lieux n'est pas encore signé : modifiez-le directement au lieu d'ajouter un avenant.</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>La période doit se terminer le premier jour ou après.</translation>
        </message>
        <message>
            <source>Enter the name as this person's colleagues should see it: it cannot be empty.</source>
            <translation>Saisissez le nom tel que les collègues de cette personne doivent le voir : il ne peut pas être vide.</translation>
        </message>
        <message>
            <source>Only a supervisor can do this.</source>
            <translation>Seul(e) un(e) responsable peut faire ceci.</translation>
        </message>
        <message>
            <source>Choose the worker who takes over the case files.</source>
            <translation>Choisissez l'intervenant(e) qui reprend les dossiers.</translation>
        </message>
        <message>
            <source>Choose at least one case file to reassign.</source>
            <translation>Choisissez au moins un dossier à réattribuer.</translation>
        </message>
        <message>
            <source>A review note needs some text.</source>
            <translation>Une note de supervision doit contenir du texte.</translation>
        </message>
        <message>
            <source>The end of the cover can't be before today.</source>
            <translation>La fin du remplacement ne peut pas précéder aujourd'hui.</translation>
        </message>
        <message>
            <source>This conflict no longer exists.</source>
            <translation>Ce conflit n'existe plus.</translation>
        </message>
        <message>
            <source>This share was not found. It may have ended.</source>
            <translation>Ce partage est introuvable. Il a peut-être pris fin.</translation>
        </message>
        <message>
            <source>Your restricted notes are already yours to read.</source>
            <translation>Vous pouvez déjà lire vos propres notes restreintes.</translation>
        </message>
        <message>
            <source>This colleague is not known on this laptop yet; synchronise first.</source>
            <translation>Ce collègue n’est pas encore connu sur cet ordinateur ; synchronisez d’abord.</translation>
        </message>
        <message>
            <source>Only the author or a supervisor can decide about restricted notes.</source>
            <translation>Seul l'auteur ou un responsable peut décider des notes confidentielles.</translation>
        </message>
        <message>
            <source>The decision about restricted notes is recorded in the name of the person making the export.</source>
            <translation>La décision sur les notes confidentielles est enregistrée au nom de la personne qui fait l'export.</translation>
        </message>
        <message>
            <source>Only a supervisor can include other authors' restricted notes.</source>
            <translation>Seul un responsable peut inclure les notes confidentielles d'autres auteurs.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Dites pourquoi les notes confidentielles sont incluses ; le motif est enregistré.</translation>
        </message>
        <message>
            <source>Unknown language '{language}'.</source>
            <translation>Langue inconnue « {language} ».</translation>
        </message>
        <message>
            <source>This person or household was not found in the register of this vault.</source>
            <translation>Cette personne ou ce ménage ne figure pas dans le registre de ce coffre.</translation>
        </message>
        <message>
            <source>This appointment was not found. It may have been deleted.</source>
            <translation>Ce rendez-vous est introuvable. Il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>Choose a start time between 00:00 and 23:59.</source>
            <translation>Choisissez une heure de début entre 00:00 et 23:59.</translation>
        </message>
        <message>
            <source>A duration is between 5 minutes and 12 hours.</source>
            <translation>Une durée est comprise entre 5 minutes et 12 heures.</translation>
        </message>
        <message>
            <source>This can't be planned in the past ({day}).</source>
            <translation>Impossible de planifier dans le passé ({day}).</translation>
        </message>
        <message>
            <source>Only what is still planned can be rescheduled or cancelled.</source>
            <translation>Seul ce qui est encore prévu peut être reporté ou annulé.</translation>
        </message>
        <message>
            <source>Say why it is cancelled.</source>
            <translation>Indiquez pourquoi c'est annulé.</translation>
        </message>
        <message>
            <source>A place is at most 200 characters.</source>
            <translation>Un lieu compte au plus 200 caractères.</translation>
        </message>
        <message>
            <source>A welcome session that took place can't be deleted from the agenda.</source>
            <translation>Une séance d'accueil qui a eu lieu ne peut pas être supprimée de l'agenda.</translation>
        </message>
        <message>
            <source>This person is not in the organisation's directory. Sync, then choose again.</source>
            <translation>Cette personne n'est pas dans l'annuaire de l'organisation. Synchronisez, puis choisissez à nouveau.</translation>
        </message>
        <message>
            <source>This person's account is no longer active. Choose someone else.</source>
            <translation>Le compte de cette personne n'est plus actif. Choisissez quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>This person has no access to this site's case files. A supervisor can give it (Team and keys, Check code and grant), and after the next sync you can choose them.</source>
            <translation>Cette personne n'a pas accès aux dossiers de ce site. Un responsable peut le donner (Équipe et clés, Vérifier le code et accorder) ; après la prochaine synchronisation, vous pourrez la choisir.</translation>
        </message>
        <message>
            <source>This person was not found.</source>
            <translation>Cette personne est introuvable.</translation>
        </message>
        <message>
            <source>This case file was not found.</source>
            <translation>Ce dossier est introuvable.</translation>
        </message>
        <message>
            <source>Unknown erasure scope '{scope}'.</source>
            <translation>Portée d'effacement inconnue « {scope} ».</translation>
        </message>
        <message>
            <source>'{field}' can't be corrected here.</source>
            <translation>« {field} » ne peut pas être corrigé ici.</translation>
        </message>
        <message>
            <source>Say why the data is corrected; the reason is recorded.</source>
            <translation>Dites pourquoi les données sont corrigées ; le motif est enregistré.</translation>
        </message>
        <message>
            <source>A restricted note can only go into a report made by its author.</source>
            <translation>Une note restreinte ne peut figurer que dans un rapport de son auteur.</translation>
        </message>
        <message>
            <source>Choose a year from 2000 up to this year.</source>
            <translation>Choisissez une année de 2000 à cette année.</translation>
        </message>
        <message>
            <source>Choose an axis or an operational objective of the sector vision.</source>
            <translation>Choisissez un axe ou un objectif opérationnel de la vision sectorielle.</translation>
        </message>
        <message>
            <source>A target is a whole number of actions from 0 to 100000, or empty for no target.</source>
            <translation>Une cible est un nombre entier d'actions de 0 à 100000, ou vide pour aucune cible.</translation>
        </message>
        <message>
            <source>Targets are set per operational objective, not per axis.</source>
            <translation>Les cibles se fixent par objectif opérationnel, pas par axe.</translation>
        </message>
        <message>
            <source>Full-time equivalents are a number from 0 to 100 (for example 1.5).</source>
            <translation>Les équivalents temps plein sont un nombre de 0 à 100 (par exemple 1,5).</translation>
        </message>
        <message>
            <source>This site no longer exists.</source>
            <translation>Ce site n'existe plus.</translation>
        </message>
        <message>
            <source>An organisation's key is made of lower-case letters, digits and dashes (for example ovm-anneessens).</source>
            <translation>La clé d'une organisation se compose de lettres minuscules, de chiffres et de tirets (par exemple sisp-anneessens).</translation>
        </message>
        <message>
            <source>Give the activity a title.</source>
            <translation>Donnez un titre à l'activité.</translation>
        </message>
        <message>
            <source>Choose what kind of activity this was.</source>
            <translation>Choisissez le type d'activité.</translation>
        </message>
        <message>
            <source>A number of participants is 0 or more.</source>
            <translation>Un nombre de participants vaut 0 ou plus.</translation>
        </message>
        <message>
            <source>Participants are named only with their consent: tick that they agreed, or leave the names out and give the number only.</source>
            <translation>Les participants ne sont nommés qu'avec leur accord : cochez qu'ils ont accepté, ou retirez les noms et indiquez seulement le nombre.</translation>
        </message>
        <message>
            <source>More participants are named ({named}) than were counted ({count}).</source>
            <translation>Plus de participants sont nommés ({named}) que comptés ({count}).</translation>
        </message>
        <message>
            <source>Sessions, a trainer and a closing session belong to a workshop series.</source>
            <translation>Les séances, un formateur et une séance de clôture appartiennent à un cycle d'ateliers.</translation>
        </message>
        <message>
            <source>Note who attended the meeting.</source>
            <translation>Notez qui était présent à la réunion.</translation>
        </message>
        <message>
            <source>Give the partner's name.</source>
            <translation>Indiquez le nom du partenaire.</translation>
        </message>
        <message>
            <source>Choose what kind of service the partner offers.</source>
            <translation>Choisissez le type de service du partenaire.</translation>
        </message>
        <message>
            <source>Unknown language '{code}'.</source>
            <translation>Langue inconnue « {code} ».</translation>
        </message>
        <message>
            <source>This action is no longer in the plan.</source>
            <translation>Cette action n'est plus dans le plan.</translation>
        </message>
        <message>
            <source>Give the action a title.</source>
            <translation>Donnez un titre à l'action.</translation>
        </message>
        <message>
            <source>Choose one of the project's objectives.</source>
            <translation>Choisissez un des objectifs du projet.</translation>
        </message>
        <message>
            <source>Choose one of the sector's objectives.</source>
            <translation>Choisissez un des objectifs du secteur.</translation>
        </message>
        <message>
            <source>Unknown status of an action.</source>
            <translation>Statut d'action inconnu.</translation>
        </message>
        <message>
            <source>The plan's year must lie between 2000 and 2100.</source>
            <translation>L'année du plan doit se situer entre 2000 et 2100.</translation>
        </message>
        <message>
            <source>Only the assistant who asked the agent along can change or call off this request.</source>
            <translation>Seul(e) l'assistant(e) qui a demandé à l'agent de venir peut modifier ou annuler cette demande.</translation>
        </message>
        <message>
            <source>Choose the day of the visit: today or later.</source>
            <translation>Choisissez le jour de la visite : aujourd'hui ou plus tard.</translation>
        </message>
        <message>
            <source>Choose the time of the visit.</source>
            <translation>Choisissez l'heure de la visite.</translation>
        </message>
        <message>
            <source>Give the address where the agent should come.</source>
            <translation>Indiquez l'adresse où l'agent doit venir.</translation>
        </message>
        <message>
            <source>This request was already declined or called off.</source>
            <translation>Cette demande a déjà été refusée ou annulée.</translation>
        </message>
        <message>
            <source>Say why the visit is cancelled: the agent reads it.</source>
            <translation>Dites pourquoi la visite est annulée : l'agent le lira.</translation>
        </message>
        <message>
            <source>This internal request was not found.</source>
            <translation>Cette demande interne est introuvable.</translation>
        </message>
        <message>
            <source>Choose the department the request goes to.</source>
            <translation>Choisissez le service auquel la demande est adressée.</translation>
        </message>
        <message>
            <source>Write the facts the department needs.</source>
            <translation>Écrivez les faits dont le service a besoin.</translation>
        </message>
        <message>
            <source>Choose the date an answer is wanted by: today or later.</source>
            <translation>Choisissez pour quand une réponse est souhaitée : aujourd'hui ou plus tard.</translation>
        </message>
        <message>
            <source>Write what the department answered.</source>
            <translation>Écrivez ce que le service a répondu.</translation>
        </message>
        <message>
            <source>The answer's date is between the request's date and today.</source>
            <translation>La date de la réponse se situe entre la date de la demande et aujourd'hui.</translation>
        </message>
        <message>
            <source>This office-hours session was not found.</source>
            <translation>Cette permanence est introuvable.</translation>
        </message>
        <message>
            <source>An office-hours session ends after it starts, on the same day.</source>
            <translation>Une permanence se termine après son début, le même jour.</translation>
        </message>
        <message>
            <source>This case file belongs to another site than the office-hours session. Choose a household of the session's site, or leave the case file empty.</source>
            <translation>Ce dossier appartient à un autre site que la permanence. Choisissez un ménage du site de la permanence, ou laissez le dossier vide.</translation>
        </message>
        <message>
            <source>Say who came: choose their case file, or write a first name or a description.</source>
            <translation>Indiquez qui est venu : choisissez son dossier, ou écrivez un prénom ou une description.</translation>
        </message>
        <message>
            <source>This office-hours contact was not found.</source>
            <translation>Ce contact de la permanence est introuvable.</translation>
        </message>
        <message>
            <source>Choose where the office hours are held.</source>
            <translation>Choisissez où se tient la permanence.</translation>
        </message>
        <message>
            <source>Give the day of the session.</source>
            <translation>Indiquez le jour de la permanence.</translation>
        </message>
        <message>
            <source>Choose the theme.</source>
            <translation>Choisissez le thème.</translation>
        </message>
        <message>
            <source>Choose where the person was referred to.</source>
            <translation>Choisissez vers où la personne a été orientée.</translation>
        </message>
        <message>
            <source>This support plan is restricted to its author: you can read it, not change it.</source>
            <translation>Ce plan d'accompagnement est réservé à son auteur : vous pouvez le lire, pas le modifier.</translation>
        </message>
        <message>
            <source>This goal was not found.</source>
            <translation>Cet objectif est introuvable.</translation>
        </message>
        <message>
            <source>The rights checklist is not valid.</source>
            <translation>La liste des droits sociaux n'est pas valable.</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Indiquez l'objectif.</translation>
        </message>
        <message>
            <source>A goal is reviewed today or later: choose a review date.</source>
            <translation>Un objectif est évalué aujourd'hui ou plus tard : choisissez une date d'évaluation.</translation>
        </message>
        <message>
            <source>Write the analysis, check a right or add a goal before saving.</source>
            <translation>Écrivez l'analyse, vérifiez un droit ou ajoutez un objectif avant d'enregistrer.</translation>
        </message>
        <message>
            <source>Choose where the goal stands.</source>
            <translation>Choisissez où en est l'objectif.</translation>
        </message>
        <message>
            <source>This request to come along was not found.</source>
            <translation>Cette demande d'accompagnement est introuvable.</translation>
        </message>
        <message>
            <source>The assistant called this visit off: there is nothing to answer.</source>
            <translation>L'assistant(e) a annulé cette visite : il n'y a rien à répondre.</translation>
        </message>
        <message>
            <source>Say in a word why you cannot come, or suggest another time.</source>
            <translation>Dites en un mot pourquoi vous ne pouvez pas venir, ou proposez une autre heure.</translation>
        </message>
        <message>
            <source>Choose the households to invite.</source>
            <translation>Choisissez les ménages à inviter.</translation>
        </message>
        <message>
            <source>An action names a tenant who did not agree to be named: say who acts by department or function.</source>
            <translation>Une action nomme un locataire qui n'a pas accepté d'être nommé : indiquez qui agit par service ou par fonction.</translation>
        </message>
        <message>
            <source>Topic {n} names a tenant who did not agree to be named: take the name out, or record that they agreed.</source>
            <translation>Le point {n} nomme un locataire qui n'a pas accepté d'être nommé : retirez le nom, ou notez son accord.</translation>
        </message>
        <message>
            <source>Issue the minutes first.</source>
            <translation>Validez d'abord le compte rendu.</translation>
        </message>
        <message>
            <source>This meeting no longer exists.</source>
            <translation>Cette réunion n'existe plus.</translation>
        </message>
        <message>
            <source>This topic no longer exists.</source>
            <translation>Ce sujet n'existe plus.</translation>
        </message>
        <message>
            <source>This action no longer exists.</source>
            <translation>Cette action n'existe plus.</translation>
        </message>
        <message>
            <source>This participant is no longer listed.</source>
            <translation>Ce participant ne figure plus sur la liste.</translation>
        </message>
        <message>
            <source>Record who came first: minutes are issued for a meeting that was held.</source>
            <translation>Notez d'abord qui était présent : un compte rendu est validé pour une réunion qui a eu lieu.</translation>
        </message>
        <message>
            <source>This meeting was cancelled.</source>
            <translation>Cette réunion a été annulée.</translation>
        </message>
        <message>
            <source>Give the start of the meeting as a time of day.</source>
            <translation>Indiquez le début de la réunion comme une heure de la journée.</translation>
        </message>
        <message>
            <source>Give the day of the meeting.</source>
            <translation>Indiquez le jour de la réunion.</translation>
        </message>
        <message>
            <source>Say where the meeting takes place.</source>
            <translation>Indiquez où la réunion a lieu.</translation>
        </message>
        <message>
            <source>A meeting lasts between a few minutes and eight hours.</source>
            <translation>Une réunion dure entre quelques minutes et huit heures.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are issued: it took place.</source>
            <translation>Le compte rendu de cette réunion est publié : elle a eu lieu.</translation>
        </message>
        <message>
            <source>Give the topic a title.</source>
            <translation>Donnez un titre au sujet.</translation>
        </message>
        <message>
            <source>Say where the topic comes from.</source>
            <translation>Indiquez d'où vient le sujet.</translation>
        </message>
        <message>
            <source>Name the department or colleague the topic comes from.</source>
            <translation>Nommez le service ou le collègue dont vient le sujet.</translation>
        </message>
        <message>
            <source>Give the function or department of the member of staff.</source>
            <translation>Indiquez la fonction ou le service du membre du personnel.</translation>
        </message>
        <message>
            <source>Tick the household as present before naming a speaker.</source>
            <translation>Cochez le ménage comme présent avant de nommer un intervenant.</translation>
        </message>
        <message>
            <source>Say what will be done.</source>
            <translation>Indiquez ce qui sera fait.</translation>
        </message>
        <message>
            <source>Say who will do it (a department or a function).</source>
            <translation>Indiquez qui le fera (un service ou une fonction).</translation>
        </message>
        <message>
            <source>Issue the minutes before logging their distribution.</source>
            <translation>Validez le compte rendu avant de noter sa diffusion.</translation>
        </message>
        <message>
            <source>Choose how the minutes were distributed.</source>
            <translation>Choisissez comment le compte rendu a été diffusé.</translation>
        </message>
        <message>
            <source>The minutes cannot be sent before the meeting.</source>
            <translation>Le compte rendu ne peut pas être envoyé avant la réunion.</translation>
        </message>
        <message>
            <source>Tick the households the minutes went to.</source>
            <translation>Cochez les ménages qui ont reçu le compte rendu.</translation>
        </message>
        <message>
            <source>Tick households whose distribution by this channel was logged.</source>
            <translation>Cochez des ménages dont la distribution par ce canal a été enregistrée.</translation>
        </message>
        <message>
            <source>This signal no longer exists.</source>
            <translation>Ce signal n'existe plus.</translation>
        </message>
        <message>
            <source>Choose the site the signal is about.</source>
            <translation>Choisissez le site concerné par le signal.</translation>
        </message>
        <message>
            <source>Choose the building the signal is about.</source>
            <translation>Choisissez le bâtiment concerné par le signal.</translation>
        </message>
        <message>
            <source>Choose the theme of the signal.</source>
            <translation>Choisissez le thème du signal.</translation>
        </message>
        <message>
            <source>This neighbourhood no longer exists.</source>
            <translation>Ce quartier n'existe plus.</translation>
        </message>
        <message>
            <source>Give the neighbourhood a name.</source>
            <translation>Donnez un nom au quartier.</translation>
        </message>
        <message>
            <source>A neighbourhood needs at least one site.</source>
            <translation>Un quartier doit compter au moins un site.</translation>
        </message>
        <message>
            <source>This information session was not found.</source>
            <translation>Cette séance d'information est introuvable.</translation>
        </message>
        <message>
            <source>This question was not found.</source>
            <translation>Cette question est introuvable.</translation>
        </message>
        <message>
            <source>Write the question that was asked.</source>
            <translation>Écrivez la question qui a été posée.</translation>
        </message>
        <message>
            <source>Give a time between 00:00 and 23:59.</source>
            <translation>Indiquez une heure entre 00:00 et 23:59.</translation>
        </message>
        <message>
            <source>Choose the role of each person present.</source>
            <translation>Choisissez la qualité de chaque personne présente.</translation>
        </message>
        <message>
            <source>Give the name of each person present.</source>
            <translation>Indiquez le nom de chaque personne présente.</translation>
        </message>
        <message>
            <source>Only households of the project's dwellings can be invited or present.</source>
            <translation>Seuls les ménages des logements du projet peuvent être invités ou présents.</translation>
        </message>
        <message>
            <source>A session cannot be planned in the past.</source>
            <translation>Une séance ne peut pas être planifiée dans le passé.</translation>
        </message>
        <message>
            <source>This phase of the works was not found.</source>
            <translation>Cette phase des travaux est introuvable.</translation>
        </message>
        <message>
            <source>Choose what the works of this phase are.</source>
            <translation>Choisissez les travaux de cette phase.</translation>
        </message>
        <message>
            <source>A phase cannot end before it starts.</source>
            <translation>Une phase ne peut pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>This building has no dwelling in the project.</source>
            <translation>Cet immeuble n'a aucun logement dans le projet.</translation>
        </message>
        <message>
            <source>A phase concerns the whole project, one building or one dwelling — not several.</source>
            <translation>Une phase concerne tout le projet, un immeuble ou un logement — pas plusieurs.</translation>
        </message>
        <message>
            <source>Unknown kind of letter '{kind}'.</source>
            <translation>Type de courrier inconnu « {kind} ».</translation>
        </message>
        <message>
            <source>This job placement was not found.</source>
            <translation>Cette proposition d'emploi est introuvable.</translation>
        </message>
        <message>
            <source>Say which job was offered.</source>
            <translation>Indiquez l'emploi proposé.</translation>
        </message>
        <message>
            <source>Say who the employer is.</source>
            <translation>Indiquez l'employeur.</translation>
        </message>
        <message>
            <source>Choose how the placement turned out.</source>
            <translation>Choisissez le résultat de la proposition d'emploi.</translation>
        </message>
        <message>
            <source>A job cannot end before it starts.</source>
            <translation>Un emploi ne peut pas se terminer avant de commencer.</translation>
        </message>
        <message>
            <source>This person does not live in the dwelling.</source>
            <translation>Cette personne n'habite pas dans le logement.</translation>
        </message>
        <message>
            <source>Give the time spent: between 5 minutes and 12 hours.</source>
            <translation>Indiquez le temps consacré : entre 5 minutes et 12 heures.</translation>
        </message>
        <message>
            <source>Choose what the time was spent on.</source>
            <translation>Choisissez à quoi le temps a été consacré.</translation>
        </message>
        <message>
            <source>Time cannot be recorded for a day to come.</source>
            <translation>Le temps ne peut pas être noté pour un jour à venir.</translation>
        </message>
        <message>
            <source>This campaign no longer exists.</source>
            <translation>Cette campagne n'existe plus.</translation>
        </message>
        <message>
            <source>Choose the theme of the campaign.</source>
            <translation>Choisissez le thème de la campagne.</translation>
        </message>
        <message>
            <source>Give the campaign a title.</source>
            <translation>Donnez un titre à la campagne.</translation>
        </message>
        <message>
            <source>Give the start of the campaign.</source>
            <translation>Indiquez le début de la campagne.</translation>
        </message>
        <message>
            <source>The campaign cannot end before it starts.</source>
            <translation>La campagne ne peut pas finir avant de commencer.</translation>
        </message>
        <message>
            <source>Tick the buildings the campaign covers.</source>
            <translation>Cochez les bâtiments couverts par la campagne.</translation>
        </message>
        <message>
            <source>Give the number of posters hung (0 if none).</source>
            <translation>Indiquez le nombre d'affiches posées (0 si aucune).</translation>
        </message>
        <message>
            <source>Choose a door of the campaign's buildings.</source>
            <translation>Choisissez une porte des bâtiments de la campagne.</translation>
        </message>
        <message>
            <source>Say what happened at the door.</source>
            <translation>Dites ce qui s'est passé à la porte.</translation>
        </message>
        <message>
            <source>Give the day of the visit.</source>
            <translation>Indiquez le jour de la visite.</translation>
        </message>
        <message>
            <source>This call for projects no longer exists.</source>
            <translation>Cet appel à projets n'existe plus.</translation>
        </message>
        <message>
            <source>This application no longer exists.</source>
            <translation>Cette candidature n'existe plus.</translation>
        </message>
        <message>
            <source>This initiative no longer exists.</source>
            <translation>Cette initiative n'existe plus.</translation>
        </message>
        <message>
            <source>Give the year of the call.</source>
            <translation>Indiquez l'année de l'appel.</translation>
        </message>
        <message>
            <source>Give the call a title.</source>
            <translation>Donnez un titre à l'appel.</translation>
        </message>
        <message>
            <source>Say who applies: an association, a cohesion project or a tenant group.</source>
            <translation>Dites qui pose sa candidature : une association, un projet de cohésion ou un groupe de locataires.</translation>
        </message>
        <message>
            <source>Name the group that applies.</source>
            <translation>Nommez le groupe qui pose sa candidature.</translation>
        </message>
        <message>
            <source>Give the project a title.</source>
            <translation>Donnez un titre au projet.</translation>
        </message>
        <message>
            <source>Give the amount asked in whole euros.</source>
            <translation>Indiquez le montant demandé en euros entiers.</translation>
        </message>
        <message>
            <source>Choose the decision.</source>
            <translation>Choisissez la décision.</translation>
        </message>
        <message>
            <source>Give the amount granted in whole euros.</source>
            <translation>Indiquez le montant accordé en euros entiers.</translation>
        </message>
        <message>
            <source>A selected project is granted an amount.</source>
            <translation>Un projet retenu reçoit un montant.</translation>
        </message>
        <message>
            <source>Give the day of the contact.</source>
            <translation>Indiquez le jour du contact.</translation>
        </message>
        <message>
            <source>Say what was discussed with the group.</source>
            <translation>Dites ce qui a été discuté avec le groupe.</translation>
        </message>
        <message>
            <source>Only a selected project hands in a final report.</source>
            <translation>Seul un projet retenu remet un rapport final.</translation>
        </message>
        <message>
            <source>Give the day the final report came in.</source>
            <translation>Indiquez le jour où le rapport final est arrivé.</translation>
        </message>
        <message>
            <source>Sum up what the final report says.</source>
            <translation>Résumez ce que dit le rapport final.</translation>
        </message>
        <message>
            <source>Give the amount spent in whole euros.</source>
            <translation>Indiquez le montant dépensé en euros entiers.</translation>
        </message>
        <message>
            <source>Choose the council or committee.</source>
            <translation>Choisissez le conseil ou le comité.</translation>
        </message>
        <message>
            <source>Say what the meeting was about.</source>
            <translation>Dites de quoi la réunion a traité.</translation>
        </message>
        <message>
            <source>Give the initiative a title.</source>
            <translation>Donnez un titre à l'initiative.</translation>
        </message>
        <message>
            <source>Say which group carries the initiative (not a tenant's name).</source>
            <translation>Dites quel groupe porte l'initiative (pas le nom d'un locataire).</translation>
        </message>
        <message>
            <source>Give the start of the initiative.</source>
            <translation>Indiquez le début de l'initiative.</translation>
        </message>
        <message>
            <source>Choose the kind of support.</source>
            <translation>Choisissez le type de soutien.</translation>
        </message>
        <message>
            <source>Give the day of the support.</source>
            <translation>Indiquez le jour du soutien.</translation>
        </message>
        <message>
            <source>Choose the state of the initiative.</source>
            <translation>Choisissez l'état de l'initiative.</translation>
        </message>
        <message>
            <source>This election no longer exists.</source>
            <translation>Cette élection n'existe plus.</translation>
        </message>
        <message>
            <source>This candidate is no longer listed.</source>
            <translation>Ce candidat ne figure plus sur la liste.</translation>
        </message>
        <message>
            <source>This election is validated: its roll is purged.</source>
            <translation>Cette élection est validée : sa liste électorale est effacée.</translation>
        </message>
        <message>
            <source>Give the day of the vote.</source>
            <translation>Indiquez le jour du vote.</translation>
        </message>
        <message>
            <source>Give the number of seats of the council (1 to 50).</source>
            <translation>Indiquez le nombre de sièges du conseil (1 à 50).</translation>
        </message>
        <message>
            <source>Give the candidate's name as on the notice.</source>
            <translation>Indiquez le nom du candidat comme sur l'avis.</translation>
        </message>
        <message>
            <source>List the candidates first.</source>
            <translation>Ajoutez d'abord les candidats.</translation>
        </message>
        <message>
            <source>Give each candidate's votes as a whole number.</source>
            <translation>Indiquez les voix de chaque candidat en nombre entier.</translation>
        </message>
        <message>
            <source>Count the votes before validating the election.</source>
            <translation>Comptez les voix avant de valider l'élection.</translation>
        </message>
        <message>
            <source>Only a member of the council has a mandate to end.</source>
            <translation>Seul un membre du conseil a un mandat auquel mettre fin.</translation>
        </message>
        <message>
            <source>A mandate cannot end before it began.</source>
            <translation>Un mandat ne peut pas finir avant d'avoir commencé.</translation>
        </message>
        <message>
            <source>Record the decision before printing the letter.</source>
            <translation>Enregistrez la décision avant d'imprimer la lettre.</translation>
        </message>
        <message>
            <source>This consultation no longer exists.</source>
            <translation>Cette consultation n'existe plus.</translation>
        </message>
        <message>
            <source>Write the question for the team.</source>
            <translation>Écrivez la question pour l'équipe.</translation>
        </message>
        <message>
            <source>Write the team's advice.</source>
            <translation>Écrivez l'avis de l'équipe.</translation>
        </message>
        <message>
            <source>Choose an age band.</source>
            <translation>Choisissez une tranche d'âge.</translation>
        </message>
        <message>
            <source>Choose the kind of household.</source>
            <translation>Choisissez le type de ménage.</translation>
        </message>
        <message>
            <source>Choose the concerns from the list.</source>
            <translation>Choisissez les préoccupations dans la liste.</translation>
        </message>
        <message>
            <source>Choose how urgent it is.</source>
            <translation>Choisissez le degré d'urgence.</translation>
        </message>
        <message>
            <source>Tick at least one concern.</source>
            <translation>Cochez au moins une préoccupation.</translation>
        </message>
        <message>
            <source>This consultation is closed.</source>
            <translation>Cette consultation est clôturée.</translation>
        </message>
        <message>
            <source>The text names someone of the household. The team must not be able to recognise the person: write it without names.</source>
            <translation>Le texte nomme une personne du ménage. L'équipe ne doit pas pouvoir reconnaître la personne : écrivez-le sans noms.</translation>
        </message>
        <message>
            <source>The text gives the household's street. Write it without the address.</source>
            <translation>Le texte donne la rue du ménage. Écrivez-le sans l'adresse.</translation>
        </message>
        <message>
            <source>The text holds a phone number. Leave it out: the team answers you, not the tenant.</source>
            <translation>Le texte contient un numéro de téléphone. Retirez-le : l'équipe vous répond, pas au locataire.</translation>
        </message>
        <message>
            <source>The text holds an e-mail address. Leave it out.</source>
            <translation>Le texte contient une adresse e-mail. Retirez-la.</translation>
        </message>
        <message>
            <source>The text holds a national register number. Leave it out.</source>
            <translation>Le texte contient un numéro de registre national. Retirez-le.</translation>
        </message>
        <message>
            <source>The text holds a full date, which can be a date of birth. Give an age band instead.</source>
            <translation>Le texte contient une date complète, qui peut être une date de naissance. Donnez plutôt une tranche d'âge.</translation>
        </message>
        <message>
            <source>This file is not a figures file for the DMBSH report.</source>
            <translation>Ce fichier n'est pas un fichier de chiffres pour le rapport SASLS.</translation>
        </message>
        <message>
            <source>This figures file holds a count below 5: it was changed by hand, so it is not used.</source>
            <translation>Ce fichier de chiffres contient un nombre inférieur à 5 : il a été modifié à la main, il n'est donc pas utilisé.</translation>
        </message>
        <message>
            <source>Give the housing company's name.</source>
            <translation>Donnez le nom de la SISP.</translation>
        </message>
        <message>
            <source>Add the figures file of at least one housing company.</source>
            <translation>Ajoutez le fichier de chiffres d'au moins une SISP.</translation>
        </message>
        <message>
            <source>Two figures files are of the same housing company and period.</source>
            <translation>Deux fichiers de chiffres concernent la même SISP et la même période.</translation>
        </message>
        <message>
            <source>This laptop already has an organisation of that name.</source>
            <translation>Cet ordinateur a déjà une organisation de ce nom.</translation>
        </message>
        <message>
            <source>An office-hours session is not cancelled: move it to another day, or delete it if it will not take place.</source>
            <translation>Une permanence ne s'annule pas : déplacez-la à un autre jour, ou supprimez-la si elle n'a pas lieu.</translation>
        </message>
        <message>
            <source>Count the votes before printing the results.</source>
            <translation>Dépouillez les votes avant d'imprimer les résultats.</translation>
        </message>
        <message>
            <source>This loan of premises no longer exists.</source>
            <translation>Ce prêt de local n'existe plus.</translation>
        </message>
        <message>
            <source>Give the day the loan starts.</source>
            <translation>Indiquez le jour où le prêt commence.</translation>
        </message>
        <message>
            <source>The loan ends before it starts.</source>
            <translation>Le prêt se termine avant de commencer.</translation>
        </message>
        <message>
            <source>The room is already lent to this project then.</source>
            <translation>Le local est déjà prêté à ce projet à ces dates.</translation>
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
            <source>Reliable knowledge of social realities through diagnosis tools</source>
            <translation>Connaissance fiable des réalités sociales par des outils de diagnostic</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Siège central</translation>
        </message>
        <message>
            <source>Branch office</source>
            <translation>Antenne</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Par téléphone</translation>
        </message>
        <message>
            <source>Not referred</source>
            <translation>Pas orienté</translation>
        </message>
        <message>
            <source>A department of the company</source>
            <translation>Un service de la société</translation>
        </message>
        <message>
            <source>With a case file</source>
            <translation>Avec dossier</translation>
        </message>
        <message>
            <source>Without a case file</source>
            <translation>Sans dossier</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Question rapide</translation>
        </message>
        <message>
            <source>Income / allowances (unemployment, sickness, pension, disability)</source>
            <translation>Revenus / allocations (chômage, maladie, pension, handicap)</translation>
        </message>
        <message>
            <source>Family allowance</source>
            <translation>Allocations familiales</translation>
        </message>
        <message>
            <source>Social tariffs (energy, water, telephone, transport)</source>
            <translation>Tarifs sociaux (énergie, eau, téléphone, transport)</translation>
        </message>
        <message>
            <source>OCMW / CPAS (living wage, help)</source>
            <translation>CPAS / OCMW (revenu d'intégration, aide)</translation>
        </message>
        <message>
            <source>Health insurance (increased reimbursement)</source>
            <translation>Mutuelle (intervention majorée)</translation>
        </message>
        <message>
            <source>Rent allowance / rent reduction</source>
            <translation>Allocation loyer / réduction de loyer</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Aide juridique</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Pas encore vérifié</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Perçu</translation>
        </message>
        <message>
            <source>To apply for</source>
            <translation>À demander</translation>
        </message>
        <message>
            <source>Applied for</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <source>Not entitled</source>
            <translation>Pas de droit</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Mutations</translation>
        </message>
        <message>
            <source>Accounting / rent</source>
            <translation>Comptabilité / loyers</translation>
        </message>
        <message>
            <source>Technical department</source>
            <translation>Service technique</translation>
        </message>
        <message>
            <source>Rental management</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Service juridique</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Paid off</source>
            <translation>Apuré</translation>
        </message>
        <message>
            <source>Not kept</source>
            <translation>Non respecté</translation>
        </message>
        <message>
            <source>Formal notice</source>
            <translation>Mise en demeure</translation>
        </message>
        <message>
            <source>Summons to the justice of the peace</source>
            <translation>Citation devant le juge de paix</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Jugement</translation>
        </message>
        <message>
            <source>Bailiff's notice</source>
            <translation>Signification par huissier</translation>
        </message>
        <message>
            <source>Eviction date set</source>
            <translation>Date d'expulsion fixée</translation>
        </message>
        <message>
            <source>Procedure stopped</source>
            <translation>Procédure arrêtée</translation>
        </message>
        <message>
            <source>Housing kept</source>
            <translation>Logement maintenu</translation>
        </message>
        <message>
            <source>Moved to a more suitable dwelling</source>
            <translation>Relogé dans un logement plus adapté</translation>
        </message>
        <message>
            <source>Left of their own accord</source>
            <translation>Parti de leur plein gré</translation>
        </message>
        <message>
            <source>Evicted</source>
            <translation>Expulsé</translation>
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
            <source>Searched notes</source>
            <translation>Notes recherchées</translation>
        </message>
        <message>
            <source>Viewed the history</source>
            <translation>Historique consulté</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Séance d’accueil</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>État des lieux</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Projet de rénovation</translation>
        </message>
        <message>
            <source>Letter to a household (renovation)</source>
            <translation>Courrier à un ménage (rénovation)</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tournée</translation>
        </message>
        <message>
            <source>Defect report</source>
            <translation>Signalement de défaut</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Feuille de journée</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Journal des accès</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Internal request</source>
            <translation>Demande interne</translation>
        </message>
        <message>
            <source>Tenants' meeting</source>
            <translation>Réunion de locataires</translation>
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
            <source>Transversal</source>
            <translation>Transversal</translation>
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
        <message>
            <source>Tenant call</source>
            <translation>Appel d'un locataire</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Social assistant</source>
            <translation>Assistant(e) social(e)</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>Constat personnel</translation>
        </message>
        <message>
            <source>Neighbour conflict</source>
            <translation>Conflit de voisinage</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Nuisances sonores</translation>
        </message>
        <message>
            <source>Dumped bulky waste</source>
            <translation>Encombrants abandonnés</translation>
        </message>
        <message>
            <source>Squatters</source>
            <translation>Squatteurs</translation>
        </message>
        <message>
            <source>Vandalism</source>
            <translation>Vandalisme</translation>
        </message>
        <message>
            <source>Took place</source>
            <translation>A eu lieu</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>Tenants</source>
            <translation>Locataires</translation>
        </message>
        <message>
            <source>Letterbox</source>
            <translation>Boîte aux lettres</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Hall notice</source>
            <translation>Affiche dans le hall</translation>
        </message>
        <message>
            <source>Waste sorting</source>
            <translation>Tri des déchets</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Règlement d'ordre intérieur</translation>
        </message>
        <message>
            <source>Energy saving</source>
            <translation>Économies d'énergie</translation>
        </message>
        <message>
            <source>Neighbour disputes</source>
            <translation>Conflits de voisinage</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Locaux communs</translation>
        </message>
        <message>
            <source>Cleanliness of common parts</source>
            <translation>Propreté des communs</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Isolation of older tenants</source>
            <translation>Isolement des locataires âgés</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Rencontré</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Leaflet left</source>
            <translation>Dépliant déposé</translation>
        </message>
        <message>
            <source>Bike storage</source>
            <translation>Local vélos</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Jardin</translation>
        </message>
        <message>
            <source>Meeting room</source>
            <translation>Salle de réunion</translation>
        </message>
        <message>
            <source>Other room</source>
            <translation>Autre local</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Social cohesion project</source>
            <translation>Projet de cohésion sociale</translation>
        </message>
        <message>
            <source>Tenant group</source>
            <translation>Groupe de locataires</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Retenu</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>Non retenu</translation>
        </message>
        <message>
            <source>Tenants' advisory council (ARHUU)</source>
            <translation>Conseil consultatif des locataires (CoCoLo)</translation>
        </message>
        <message>
            <source>Tenants' committee</source>
            <translation>Comité de locataires</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>A room lent</source>
            <translation>Un local prêté</translation>
        </message>
        <message>
            <source>Coaching contact</source>
            <translation>Contact d'accompagnement</translation>
        </message>
        <message>
            <source>Help with funding</source>
            <translation>Aide au financement</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Autre soutien</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <source>Votes counted</source>
            <translation>Voix comptées</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validée</translation>
        </message>
        <message>
            <source>Technical defect</source>
            <translation>Défaut technique</translation>
        </message>
        <message>
            <source>Youth / prevention</source>
            <translation>Jeunes / prévention</translation>
        </message>
        <message>
            <source>Accompanying staff</source>
            <translation>Accompagnement du personnel</translation>
        </message>
        <message>
            <source>Immediate</source>
            <translation>Immédiat</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>When possible</source>
            <translation>Quand c'est possible</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Partly resolved</source>
            <translation>Partiellement résolu</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Non résolu</translation>
        </message>
        <message>
            <source>Nobody present</source>
            <translation>Personne sur place</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Transmis</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Works in progress</source>
            <translation>Travaux en cours</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Archived (works ended)</source>
            <translation>Archivé (travaux terminés)</translation>
        </message>
        <message>
            <source>To plan</source>
            <translation>À planifier</translation>
        </message>
        <message>
            <source>Appointment planned</source>
            <translation>Rendez-vous fixé</translation>
        </message>
        <message>
            <source>Access given</source>
            <translation>Accès donné</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Accès refusé</translation>
        </message>
        <message>
            <source>Pre-works inventory</source>
            <translation>État des lieux avant travaux</translation>
        </message>
        <message>
            <source>Post-works check</source>
            <translation>Contrôle après travaux</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neuf</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bon</translation>
        </message>
        <message>
            <source>Worn</source>
            <translation>Usé</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Endommagé</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquant</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Locataire</translation>
        </message>
        <message>
            <source>Project manager</source>
            <translation>Gestionnaire de projet</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Entrepreneur</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Géomètre</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Assistant(e) social(e) de chantier</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Pas encore signé</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <source>Refused to sign</source>
            <translation>Refuse de signer</translation>
        </message>
        <message>
            <source>Moving furniture</source>
            <translation>Déplacer les meubles</translation>
        </message>
        <message>
            <source>Clearing full rooms or storage</source>
            <translation>Vider des pièces ou un débarras encombrés</translation>
        </message>
        <message>
            <source>Temporary rehousing</source>
            <translation>Relogement temporaire</translation>
        </message>
        <message>
            <source>Vulnerable occupant</source>
            <translation>Occupant vulnérable</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interprète</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Animaux domestiques</translation>
        </message>
        <message>
            <source>Contact with a non-profit or neighbourhood house</source>
            <translation>Contact avec une ASBL ou une maison de quartier</translation>
        </message>
        <message>
            <source>To assess</source>
            <translation>À évaluer</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Pas nécessaire</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Nécessaire</translation>
        </message>
        <message>
            <source>Arranged</source>
            <translation>Organisé</translation>
        </message>
        <message>
            <source>Handed to the site assistant</source>
            <translation>Transmis à l'assistant(e) du site</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Plainte</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Dégât</translation>
        </message>
        <message>
            <source>Noise or dust</source>
            <translation>Bruit ou poussière</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Accès au logement</translation>
        </message>
        <message>
            <source>Water, gas or electricity cut</source>
            <translation>Coupure d'eau, de gaz ou d'électricité</translation>
        </message>
        <message>
            <source>Site set-up and scaffolding</source>
            <translation>Installation de chantier et échafaudages</translation>
        </message>
        <message>
            <source>Asbestos removal</source>
            <translation>Désamiantage</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Toiture</translation>
        </message>
        <message>
            <source>Facade and insulation</source>
            <translation>Façade et isolation</translation>
        </message>
        <message>
            <source>Windows and doors</source>
            <translation>Châssis et portes</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>Chauffage</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Électricité</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>Sanitaires et conduites</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Cuisine</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Salle de bains</translation>
        </message>
        <message>
            <source>Common parts</source>
            <translation>Parties communes</translation>
        </message>
        <message>
            <source>Other works</source>
            <translation>Autres travaux</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Avis de travaux</translation>
        </message>
        <message>
            <source>Invitation to the information session</source>
            <translation>Invitation à la séance d'information</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Refused by the tenant</source>
            <translation>Refusé par le locataire</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En cours d'emploi</translation>
        </message>
        <message>
            <source>Hired afterwards</source>
            <translation>Engagé(e) ensuite</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Arrêté prématurément</translation>
        </message>
        <message>
            <source>At the office</source>
            <translation>Au bureau</translation>
        </message>
        <message>
            <source>Help with moving or clearing</source>
            <translation>Aide au déménagement ou au débarras</translation>
        </message>
        <message>
            <source>Accompanying to an appointment</source>
            <translation>Accompagnement à un rendez-vous</translation>
        </message>
        <message>
            <source>Paperwork</source>
            <translation>Démarches administratives</translation>
        </message>
        <message>
            <source>Case notes by kind</source>
            <translation>Notes par type</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>Visites à domicile</translation>
        </message>
        <message>
            <source>Referrals by destination</source>
            <translation>Orientations par destination</translation>
        </message>
        <message>
            <source>Referrals by outcome</source>
            <translation>Orientations par résultat</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Suivis à échéance</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Séances d'accueil</translation>
        </message>
        <message>
            <source>Households at welcome sessions</source>
            <translation>Ménages aux séances d'accueil</translation>
        </message>
        <message>
            <source>Inventories signed</source>
            <translation>États des lieux signés</translation>
        </message>
        <message>
            <source>Help-needed items</source>
            <translation>Aides nécessaires</translation>
        </message>
        <message>
            <source>Renovation information sessions</source>
            <translation>Séances d'information rénovation</translation>
        </message>
        <message>
            <source>Households at information sessions</source>
            <translation>Ménages aux séances d'information</translation>
        </message>
        <message>
            <source>Social-clause jobs offered to tenants</source>
            <translation>Emplois proposés aux locataires (clause sociale)</translation>
        </message>
        <message>
            <source>Renovation accompaniment (minutes)</source>
            <translation>Accompagnement rénovation (minutes)</translation>
        </message>
        <message>
            <source>Interventions by category</source>
            <translation>Interventions par catégorie</translation>
        </message>
        <message>
            <source>Office-hours sessions by place</source>
            <translation>Permanences par lieu</translation>
        </message>
        <message>
            <source>Office-hours contacts</source>
            <translation>Contacts en permanence</translation>
        </message>
        <message>
            <source>Office-hours contacts by theme</source>
            <translation>Contacts en permanence par thème</translation>
        </message>
        <message>
            <source>Office-hours contacts referred to</source>
            <translation>Contacts en permanence orientés vers</translation>
        </message>
        <message>
            <source>Support plans made</source>
            <translation>Plans d'accompagnement établis</translation>
        </message>
        <message>
            <source>Support-plan goals reviewed</source>
            <translation>Objectifs de plans d'accompagnement évalués</translation>
        </message>
        <message>
            <source>Requests to the company's departments</source>
            <translation>Demandes aux services de la société</translation>
        </message>
        <message>
            <source>Arrears plans agreed</source>
            <translation>Plans d'apurement conclus</translation>
        </message>
        <message>
            <source>Eviction procedure steps</source>
            <translation>Étapes de procédures d'expulsion</translation>
        </message>
        <message>
            <source>Right to housing: outcomes</source>
            <translation>Droit au logement : issues</translation>
        </message>
        <message>
            <source>Tenants' meetings held</source>
            <translation>Réunions de locataires tenues</translation>
        </message>
        <message>
            <source>Attendance at tenants' meetings</source>
            <translation>Présences aux réunions de locataires</translation>
        </message>
        <message>
            <source>Minutes sent to the tenants</source>
            <translation>Comptes rendus envoyés aux locataires</translation>
        </message>
        <message>
            <source>Actions of tenants' meetings</source>
            <translation>Actions des réunions de locataires</translation>
        </message>
        <message>
            <source>Door-to-door coverage</source>
            <translation>Couverture du porte-à-porte</translation>
        </message>
        <message>
            <source>Call for projects: applications and grants</source>
            <translation>Appel à projets : candidatures et subsides</translation>
        </message>
        <message>
            <source>Common rooms booked</source>
            <translation>Locaux communs réservés</translation>
        </message>
        <message>
            <source>Mental-health team consultations</source>
            <translation>Consultations de l'équipe de santé mentale</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Fait à temps</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Fait en retard</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Pas encore fait</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenues</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>No objective given</source>
            <translation>Aucun objectif indiqué</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <source>Within 14 days</source>
            <translation>Dans les 14 jours</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Pas encore envoyé</translation>
        </message>
        <message>
            <source>Not visited</source>
            <translation>Non visité</translation>
        </message>
        <message>
            <source>Selected (granted)</source>
            <translation>Retenu (accordé)</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Pas encore décidé</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation>Non urgent</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Individual social work</source>
            <translation>Travail social individuel</translation>
        </message>
        <message>
            <source>Collective social work</source>
            <translation>Travail social collectif</translation>
        </message>
        <message>
            <source>Community social work</source>
            <translation>Travail social communautaire</translation>
        </message>
    </context>
    <context>
        <name>mentalhealth</name>
        <message>
            <source>Age not given</source>
            <translation>Âge non précisé</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Moins de 18 ans</translation>
        </message>
        <message>
            <source>18 to 29</source>
            <translation>18 à 29 ans</translation>
        </message>
        <message>
            <source>30 to 44</source>
            <translation>30 à 44 ans</translation>
        </message>
        <message>
            <source>45 to 64</source>
            <translation>45 à 64 ans</translation>
        </message>
        <message>
            <source>65 or older</source>
            <translation>65 ans ou plus</translation>
        </message>
        <message>
            <source>Household not described</source>
            <translation>Ménage non décrit</translation>
        </message>
        <message>
            <source>Lives alone</source>
            <translation>Vit seul(e)</translation>
        </message>
        <message>
            <source>Couple without children</source>
            <translation>Couple sans enfants</translation>
        </message>
        <message>
            <source>Single parent with children</source>
            <translation>Parent seul avec enfants</translation>
        </message>
        <message>
            <source>Couple with children</source>
            <translation>Couple avec enfants</translation>
        </message>
        <message>
            <source>Other household</source>
            <translation>Autre ménage</translation>
        </message>
        <message>
            <source>Isolation, withdrawal</source>
            <translation>Isolement, repli</translation>
        </message>
        <message>
            <source>Hoarding, neglect of the dwelling</source>
            <translation>Accumulation, négligence du logement</translation>
        </message>
        <message>
            <source>Conflicts with neighbours</source>
            <translation>Conflits de voisinage</translation>
        </message>
        <message>
            <source>Addiction</source>
            <translation>Assuétude</translation>
        </message>
        <message>
            <source>Psychological distress</source>
            <translation>Détresse psychologique</translation>
        </message>
        <message>
            <source>Suspected psychiatric disorder</source>
            <translation>Suspicion de trouble psychiatrique</translation>
        </message>
        <message>
            <source>Refuses care or help</source>
            <translation>Refuse les soins ou l'aide</translation>
        </message>
        <message>
            <source>Other concern</source>
            <translation>Autre préoccupation</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>Waiting for the team</source>
            <translation>En attente de l'équipe</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondue</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>This person is already listed on line {other} of the same household.</source>
            <translation>Cette personne figure déjà à la ligne {other} du même ménage.</translation>
        </message>
        <message>
            <source>Characters of this line can't be read in the file's encoding. Export the register again as UTF-8 or Windows-1252.</source>
            <translation>Des caractères de cette ligne ne peuvent pas être lus dans l'encodage du fichier. Exportez à nouveau le registre en UTF-8 ou Windows-1252.</translation>
        </message>
        <message>
            <source>This field is empty; it is needed to place the person.</source>
            <translation>Ce champ est vide ; il faut le remplir pour situer la personne.</translation>
        </message>
        <message>
            <source>No dwelling: the line can't be placed. Fill in the dwelling.</source>
            <translation>Pas de logement : la ligne ne peut pas être située. Indiquez le logement.</translation>
        </message>
        <message>
            <source>No building and no street: the dwelling can't be placed.</source>
            <translation>Ni bâtiment ni rue : le logement ne peut pas être situé.</translation>
        </message>
        <message>
            <source>The person has no last name and no first name.</source>
            <translation>La personne n'a ni nom ni prénom.</translation>
        </message>
        <message>
            <source>This is not a date: write it as dd/mm/yyyy.</source>
            <translation>Ce n'est pas une date : écrivez-la jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>This is not a whole number.</source>
            <translation>Ce n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>This is not a valid national register number (11 digits with correct check digits).</source>
            <translation>Ce n'est pas un numéro de registre national valable (11 chiffres avec les bons chiffres de contrôle).</translation>
        </message>
        <message>
            <source>The move-out date is before the move-in date.</source>
            <translation>La date de sortie précède la date d'entrée.</translation>
        </message>
        <message>
            <source>Unknown site code: add the site first, or allow new sites to be created from the file.</source>
            <translation>Code site inconnu : ajoutez d'abord le site, ou autorisez la création de nouveaux sites depuis le fichier.</translation>
        </message>
        <message>
            <source>The same national register number is already on line {other}.</source>
            <translation>Le même numéro de registre national figure déjà à la ligne {other}.</translation>
        </message>
        <message>
            <source>This national register number belongs to a person of another household in the register.</source>
            <translation>Ce numéro de registre national appartient à une personne d'un autre ménage du registre.</translation>
        </message>
        <message>
            <source>Site code</source>
            <translation>Code site</translation>
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
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Étage</translation>
        </message>
        <message>
            <source>Bedrooms</source>
            <translation>Chambres</translation>
        </message>
        <message>
            <source>Household reference</source>
            <translation>Référence du ménage</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Move-in date</source>
            <translation>Date d'entrée</translation>
        </message>
        <message>
            <source>Move-out date</source>
            <translation>Date de sortie</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>Numéro de registre national</translation>
        </message>
        <message>
            <source>The file has no column for '{field}' ({headers}). Choose the column in the mapping, or export the register with that column.</source>
            <translation>Le fichier n'a pas de colonne pour « {field} » ({headers}). Choisissez la colonne dans la correspondance, ou exportez le registre avec cette colonne.</translation>
        </message>
        <message>
            <source>There is no saved column mapping named '{name}'.</source>
            <translation>Aucune correspondance de colonnes enregistrée ne s'appelle « {name} ».</translation>
        </message>
        <message>
            <source>A column mapping needs a name of at most 60 characters.</source>
            <translation>Une correspondance de colonnes doit avoir un nom de 60 caractères au plus.</translation>
        </message>
        <message>
            <source>The file can't be read ({reason}).</source>
            <translation>Le fichier ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <source>This file is not a register export: choose a .csv or .xlsx file with one line per person and a header line.</source>
            <translation>Ce fichier n'est pas un export du registre : choisissez un fichier .csv ou .xlsx avec une ligne par personne et une ligne d'en-têtes.</translation>
        </message>
        <message>
            <source>The file holds no header line and no data.</source>
            <translation>Le fichier ne contient ni ligne d'en-têtes ni données.</translation>
        </message>
        <message>
            <source>The file is larger than {mb} MB; split the export.</source>
            <translation>Le fichier dépasse {mb} Mo ; divisez l'export.</translation>
        </message>
        <message>
            <source>The Excel file can't be opened; save it again as .xlsx or export the register as CSV.</source>
            <translation>Le fichier Excel ne peut pas être ouvert ; enregistrez-le à nouveau en .xlsx ou exportez le registre en CSV.</translation>
        </message>
    </context>
    <context>
        <name>renovation</name>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Reason for refusing</source>
            <translation>Motif du refus</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Question ou plainte</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Pièce</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>projet</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signé</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Présent(e) en tant que</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Condition now</source>
            <translation>État actuel</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Avenant</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>État des lieux</translation>
        </message>
        <message>
            <source>Open contacts</source>
            <translation>Contacts ouverts</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Questions ouvertes</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Ajouter des photos</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
            <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Site social assistant</source>
            <translation>assistant(e) social(e) de site</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>assistant(e) de chantier de rénovation</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>agent(e) de quartier</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>responsable</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Travailleur·se communautaire (PCS)</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Assistant(e) social(e) collectif(ve)</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Équipe mobile de santé mentale (SASLS)</translation>
        </message>
    </context>
    <context>
        <name>schedule</name>
        <message>
            <source>Whole project</source>
            <translation>Tout le projet</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Immeuble</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Logement</translation>
        </message>
        <message>
            <source>needed</source>
            <translation>nécessaire</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Travaux</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Accès au logement</translation>
        </message>
        <message>
            <source>Notice saved: {name}</source>
            <translation>Avis enregistré : {name}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Everything is synchronised.</source>
            <translation>Tout est synchronisé.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your work is kept here and sent later.</source>
            <translation>Le serveur est injoignable. Votre travail est conservé ici et envoyé plus tard.</translation>
        </message>
        <message>
            <source>The server had a problem. Your work is kept here; sync is retried later.</source>
            <translation>Le serveur a rencontré un problème. Votre travail est conservé ici ; la synchronisation sera relancée plus tard.</translation>
        </message>
        <message>
            <source>This computer's clock is more than 5 minutes off the server's. Set the right date and time.</source>
            <translation>L'horloge de cet ordinateur diffère de plus de 5 minutes de celle du serveur. Réglez la date et l'heure correctes.</translation>
        </message>
        <message>
            <source>This device was removed from your account and its data has been erased.</source>
            <translation>Cet appareil a été retiré de votre compte et ses données ont été effacées.</translation>
        </message>
        <message>
            <source>This device or account has been disabled. Contact your administrator.</source>
            <translation>Cet appareil ou ce compte a été désactivé. Contactez votre administrateur.</translation>
        </message>
        <message>
            <source>Your session has ended. Log in again.</source>
            <translation>Votre session a pris fin. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>This device has not reached the server for too long. Connect to the network to unlock it.</source>
            <translation>Cet appareil n'a plus joint le serveur depuis trop longtemps. Connectez-vous au réseau pour le déverrouiller.</translation>
        </message>
        <message>
            <source>Data from the server did not pass its security check and was refused.</source>
            <translation>Des données du serveur n'ont pas passé le contrôle de sécurité et ont été refusées.</translation>
        </message>
        <message>
            <source>A synchronisation is already running.</source>
            <translation>Une synchronisation est déjà en cours.</translation>
        </message>
        <message>
            <source>Synchronisation stopped.</source>
            <translation>Synchronisation arrêtée.</translation>
        </message>
        <message>
            <source>This vault is not connected to a server.</source>
            <translation>Ce coffre n'est pas relié à un serveur.</translation>
        </message>
        <message>
            <source>The server refused to change or delete an entry of the access log: the access log can only be added to. The change was not kept.</source>
            <translation>Le serveur a refusé de modifier ou de supprimer une entrée du journal des accès : on ne peut qu’y ajouter. La modification n’a pas été conservée.</translation>
        </message>
    </context>
    <context>
        <name>sync-names</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visite à domicile</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Rendez-vous au bureau</translation>
        </message>
        <message>
            <source>Reassignment</source>
            <translation>Réattribution</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Ménage</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Séance d'accueil</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Demande</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>État des lieux</translation>
        </message>
        <message>
            <source>Colleague's name</source>
            <translation>Nom d'un(e) collègue</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Reason for cancelling</source>
            <translation>Motif de l'annulation</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Prévu le</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Orienté le</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restreinte</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>The code you typed is not the code of this person's keys. Nothing was granted. Check that you are looking at their screen and read it again; if it still differs, do not grant access and tell the administrator.</source>
            <translation>Le code tapé n'est pas celui des clés de cette personne. Rien n'a été accordé. Vérifiez que vous regardez bien son écran et relisez-le ; s'il diffère encore, n'accordez pas l'accès et prévenez l'administrateur.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>Cette personne ne s'est pas encore inscrite : il n'y a pas de clé à vérifier.</translation>
        </message>
        <message>
            <source>Only the server administrator can revoke this device: it belongs to an administrator or another supervisor, or it is no longer on the server. Ask the administrator to revoke and wipe it.</source>
            <translation>Seul l'administrateur du serveur peut révoquer cet appareil : il appartient à un administrateur ou à un autre responsable, ou il n'est plus sur le serveur. Demandez à l'administrateur de le révoquer et de l'effacer.</translation>
        </message>
        <message>
            <source>Their access ended at once. The new key of some collections waits: it is wrapped only for colleagues whose keys you verified. Compare safety numbers with the remaining members (Sync → Colleagues' keys…); the key then rotates at the next synchronisation.</source>
            <translation>Son accès a pris fin immédiatement. La nouvelle clé de certaines collections attend : elle n'est chiffrée que pour les collègues dont vous avez vérifié la clé. Comparez les numéros de sécurité avec les autres membres (Synchronisation → Clés des collègues…) ; la clé est alors renouvelée à la prochaine synchronisation.</translation>
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
