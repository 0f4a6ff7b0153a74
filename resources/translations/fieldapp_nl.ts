<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About FieldApp</source>
            <translation>Over FieldApp</translation>
        </message>
        <message>
            <source>FieldApp {version}
Case work for the social service of social-housing companies, offline and end-to-end encrypted.
Python {python}, Qt {qt}, PySide6 {pyside}.</source>
            <translation>FieldApp {version}
Dossierbeheer voor de sociale dienst van sociale-huisvestingsmaatschappijen, offline en end-to-end versleuteld.
Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliotheek</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>Libraries and their licences</source>
            <translation>Bibliotheken en hun licenties</translation>
        </message>
    </context>
    <context>
        <name>AccessLogPage</name>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persoon:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Handeling:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Exporteren als &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as P&amp;DF…</source>
            <translation>Exporteren als P&amp;DF…</translation>
        </message>
        <message>
            <source>Access log entries</source>
            <translation>Regels van het toegangslogboek</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Eerste dag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Elke handeling</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Onbekende persoon</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>Geen toegang in deze periode.</translation>
        </message>
        <message>
            <source>Entries: {n}, newest first.</source>
            <translation>Regels: {n}, nieuwste eerst.</translation>
        </message>
        <message>
            <source>Export the access log</source>
            <translation>Het toegangslogboek exporteren</translation>
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
            <translation>Het toegangslogboek is geëxporteerd.</translation>
        </message>
    </context>
    <context>
        <name>AccessLogReport</name>
        <message>
            <source>Access log</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Elke handeling</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>Geen toegang in deze periode.</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Onbekende persoon</translation>
        </message>
        <message>
            <source>Other record</source>
            <translation>Ander gegeven</translation>
        </message>
        <message>
            <source>Who opened, printed, exported, searched or looked at the history of personal data, and when. The log holds no content.</source>
            <translation>Wie persoonsgegevens opende, afdrukte, exporteerde, doorzocht of de geschiedenis ervan bekeek, en wanneer. Het logboek bevat geen inhoud.</translation>
        </message>
        <message>
            <source>FieldApp — access log {start} – {end}</source>
            <translation>FieldApp — toegangslogboek {start} – {end}</translation>
        </message>
        <message>
            <source>access-log-{start}-{end}</source>
            <translation>toegangslogboek-{start}-{end}</translation>
        </message>
    </context>
    <context>
        <name>AccessView</name>
        <message>
            <source>Access appointments</source>
            <translation>Afspraken voor toegang</translation>
        </message>
        <message>
            <source>Appointment date and time</source>
            <translation>Datum en uur van de afspraak</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>&amp;Plan access</source>
            <translation>Toegang &amp;plannen</translation>
        </message>
        <message>
            <source>Follow-up (optional)</source>
            <translation>Opvolging (facultatief)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Access &amp;given</source>
            <translation>Toegang &amp;gegeven</translation>
        </message>
        <message>
            <source>Access &amp;refused…</source>
            <translation>Toegang &amp;geweigerd…</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Toegang geweigerd</translation>
        </message>
        <message>
            <source>Why did the tenant refuse access?</source>
            <translation>Waarom weigerde de huurder de toegang?</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;PSC objective:</source>
            <translation>&amp;PSC-doelstelling:</translation>
        </message>
        <message>
            <source>&amp;Sector objective:</source>
            <translation>&amp;Sectordoelstelling:</translation>
        </message>
        <message>
            <source>T&amp;arget:</source>
            <translation>&amp;Streefdoel:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>New action of the plan {year}</source>
            <translation>Nieuwe actie van het actieplan {year}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;laats:</translation>
        </message>
        <message>
            <source>Action of the &amp;plan:</source>
            <translation>Actie van het actie&amp;plan:</translation>
        </message>
        <message>
            <source>&amp;Participants (number):</source>
            <translation>&amp;Deelnemers (aantal):</translation>
        </message>
        <message>
            <source>&amp;Names (one a line, with consent only):</source>
            <translation>&amp;Namen (één per regel, enkel met toestemming):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otities:</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Vormingsgever:</translation>
        </message>
        <message>
            <source>&amp;Facilitators (comma between):</source>
            <translation>&amp;Begeleiders (komma ertussen):</translation>
        </message>
        <message>
            <source>&amp;Session (date, topic, participants):</source>
            <translation>&amp;Sessie (datum, thema, deelnemers):</translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>Sessies:</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Individuele afsluitende sessie:</translation>
        </message>
        <message>
            <source>Feed&amp;back:</source>
            <translation>Feed&amp;back:</translation>
        </message>
        <message>
            <source>New &amp;questions:</source>
            <translation>Nieuwe &amp;vragen:</translation>
        </message>
        <message>
            <source>Follow-&amp;up offered:</source>
            <translation>Aangeboden &amp;opvolging:</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Een activiteit noteren</translation>
        </message>
        <message>
            <source>(not tied to an action)</source>
            <translation>(niet gekoppeld aan een actie)</translation>
        </message>
        <message>
            <source>Named with their consent</source>
            <translation>Genoemd met hun toestemming</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Reeks ateliers</translation>
        </message>
        <message>
            <source>&amp;Add session</source>
            <translation>Sessie &amp;toevoegen</translation>
        </message>
        <message>
            <source>held on</source>
            <translation>gehouden op</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Datum van de sessie</translation>
        </message>
        <message>
            <source>Session topic</source>
            <translation>Thema van de sessie</translation>
        </message>
        <message>
            <source>Session participants</source>
            <translation>Deelnemers aan de sessie</translation>
        </message>
        <message>
            <source>Closing session date</source>
            <translation>Datum van de afsluitende sessie</translation>
        </message>
        <message>
            <source>Closing session participants</source>
            <translation>Deelnemers aan de afsluitende sessie</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationDialog</name>
        <message>
            <source>Add an organisation</source>
            <translation>Een organisatie toevoegen</translation>
        </message>
        <message>
            <source>Seconded to another housing company? Give it a short name for this laptop (lower-case letters, digits and dashes, for example ovm-lakenhuis), then connect to its server with the enrolment code from its administrator. You choose the organisation each time you unlock.</source>
            <translation>Gedetacheerd bij een andere OVM? Geef ze een korte naam voor deze laptop (kleine letters, cijfers en streepjes, bijvoorbeeld ovm-lakenhuis) en maak dan verbinding met haar server met de inschrijvingscode van haar beheerder. Bij elke ontgrendeling kiest u de organisatie.</translation>
        </message>
        <message>
            <source>&amp;Short name:</source>
            <translation>&amp;Korte naam:</translation>
        </message>
        <message>
            <source>Short name of the organisation</source>
            <translation>Korte naam van de organisatie</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>The inventory as a whole</source>
            <translation>De plaatsbeschrijving als geheel</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(ongewijzigd)</translation>
        </message>
        <message>
            <source>A signed inventory is never edited: the addendum is printed beside it.</source>
            <translation>Een ondertekende plaatsbeschrijving wordt nooit gewijzigd: het addendum wordt ernaast afgedrukt.</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>&amp;Betreft:</translation>
        </message>
        <message>
            <source>Condition &amp;now:</source>
            <translation>&amp;Staat nu:</translation>
        </message>
        <message>
            <source>&amp;What changed:</source>
            <translation>&amp;Wat is er veranderd:</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Wat is er veranderd</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Afspraak op kantoor</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Onthaalsessie</translation>
        </message>
        <message>
            <source>Dwelling access (renovation)</source>
            <translation>Toegang woning (renovatie)</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Opvolging te doen</translation>
        </message>
        <message>
            <source>Referral to make</source>
            <translation>Door te verwijzen</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Permanentie</translation>
        </message>
        <message>
            <source>With the neighbourhood agent</source>
            <translation>Met de buurtagent</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (no answer yet)</source>
            <translation>Met de buurtagent (nog geen antwoord)</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (accepted)</source>
            <translation>Met de buurtagent (aanvaard)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Declined by the agent</source>
            <translation>Geweigerd door de agent</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Overlapt</translation>
        </message>
        <message>
            <source>due</source>
            <translation>te doen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlapping</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Medewerker:</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>D&amp;ay</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <source>W&amp;eek</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation>◀ &amp;Vorige</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Vandaa&amp;g</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>Volge&amp;nde ▶</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Da&amp;tum:</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Getoonde datum</translation>
        </message>
        <message>
            <source>&amp;Plan…</source>
            <translation>&amp;Plannen…</translation>
        </message>
        <message>
            <source>Plan a home visit or an office appointment</source>
            <translation>Een huisbezoek of een afspraak op kantoor plannen</translation>
        </message>
        <message>
            <source>Re&amp;schedule…</source>
            <translation>Ve&amp;rplaatsen…</translation>
        </message>
        <message>
            <source>Another day, time or place (Enter)</source>
            <translation>Een andere dag, tijd of plaats (Enter)</translation>
        </message>
        <message>
            <source>&amp;Cancel…</source>
            <translation>&amp;Annuleren…</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Annuleren met een reden, die in de tijdlijn van het dossier blijft</translation>
        </message>
        <message>
            <source>Mar&amp;k done…</source>
            <translation>&amp;Klaar…</translation>
        </message>
        <message>
            <source>The visit took place (with an optional note), the appointment was held, the follow-up is done, the referral was sent</source>
            <translation>Het huisbezoek vond plaats (eventueel met een notitie), de afspraak ging door, de opvolging is gedaan, de doorverwijzing is verstuurd</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Verwijd&amp;eren…</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del)</source>
            <translation>Enkel voor iets dat per vergissing werd ingevoerd (Del)</translation>
        </message>
        <message>
            <source>Day s&amp;heet (PDF)…</source>
            <translation>Dag&amp;blad (PDF)…</translation>
        </message>
        <message>
            <source>Times and addresses of the day for the round, never note content (Ctrl+P)</source>
            <translation>Uren en adressen van de dag voor de ronde, nooit inhoud van notities (Ctrl+P)</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Agenda van de dag</translation>
        </message>
        <message>
            <source>Agenda of the week</source>
            <translation>Agenda van de week</translation>
        </message>
        <message>
            <source>Nobody (no worker set)</source>
            <translation>Niemand (geen medewerker ingesteld)</translation>
        </message>
        <message>
            <source>Week of {first} to {last}</source>
            <translation>Week van {first} tot {last}</translation>
        </message>
        <message>
            <source>{span}: {n} planned</source>
            <translation>{span}: {n} gepland</translation>
        </message>
        <message>
            <source>⚠ {n} overlapping</source>
            <translation>⚠ {n} overlappend</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Dagblad</translation>
        </message>
        <message>
            <source>The day sheet was saved as {name}.</source>
            <translation>Het dagblad werd bewaard als {name}.</translation>
        </message>
    </context>
    <context>
        <name>AreaHost</name>
        <message>
            <source>Areas</source>
            <translation>Werkdomeinen</translation>
        </message>
    </context>
    <context>
        <name>ArrearsEditDialog</name>
        <message>
            <source>A&amp;greed on:</source>
            <translation>Afgesproken &amp;op:</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>&amp;Verschuldigd bedrag:</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Per &amp;maand:</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Afbetalingsplan wijzigen</translation>
        </message>
    </context>
    <context>
        <name>AskAgentDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Uur:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <source>Ask a neighbourhood agent along</source>
            <translation>Een buurt- en gemeenschapsagent vragen mee te gaan</translation>
        </message>
        <message>
            <source>The neighbourhood agents see only the day, the time and this address, never the case file. Their answer shows in the timeline.</source>
            <translation>De buurt- en gemeenschapsagenten zien enkel de dag, het uur en dit adres, nooit het dossier. Hun antwoord verschijnt in de tijdlijn.</translation>
        </message>
    </context>
    <context>
        <name>AskedAlongView</name>
        <message>
            <source>To answer</source>
            <translation>Te beantwoorden</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aanvaard</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Called off by the assistant</source>
            <translation>Afgezegd door de assistent</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Woordje</translation>
        </message>
        <message>
            <source>The site's social assistants ask you to come along on a home visit. Accept, or decline with a word; they see your answer after the next sync.</source>
            <translation>De maatschappelijk assistenten van de site vragen u mee te gaan op huisbezoek. Aanvaard, of weiger met een woordje; ze zien uw antwoord na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Gevraagd om mee te gaan</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>A &amp;word:</source>
            <translation>Een &amp;woordje:</translation>
        </message>
        <message>
            <source>A word for the social assistant</source>
            <translation>Een woordje voor de maatschappelijk assistent</translation>
        </message>
        <message>
            <source>e.g. I'll be there / I can at 14:00</source>
            <translation>bv. Ik kom / Ik kan om 14:00</translation>
        </message>
        <message>
            <source>A&amp;ccept</source>
            <translation>Aan&amp;vaarden</translation>
        </message>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Weigeren</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>Al mijn sites</translation>
        </message>
    </context>
    <context>
        <name>AssignedNotice</name>
        <message>
            <source>A case file was assigned to you:</source>
            <translation>Er werd u een dossier toegewezen:</translation>
        </message>
        <message>
            <source>{n} case files were assigned to you:</source>
            <translation>Er werden u {n} dossiers toegewezen:</translation>
        </message>
    </context>
    <context>
        <name>CaBundleField</name>
        <message>
            <source>There is no file at this path. Choose the organisation's CA bundle (a .pem or .crt file) your IT department gave you.</source>
            <translation>Op dit pad staat geen bestand. Kies de CA-bundel van de organisatie (een .pem- of .crt-bestand) die je IT-afdeling je gaf.</translation>
        </message>
        <message>
            <source>This file cannot be read (no permission, or it is far too large to be a CA bundle).</source>
            <translation>Dit bestand kan niet gelezen worden (geen toestemming, of het is veel te groot voor een CA-bundel).</translation>
        </message>
        <message>
            <source>This file holds no certificate in PEM format. Choose the CA bundle: a text file with "-----BEGIN CERTIFICATE-----" blocks.</source>
            <translation>Dit bestand bevat geen certificaat in PEM-formaat. Kies de CA-bundel: een tekstbestand met blokken "-----BEGIN CERTIFICATE-----".</translation>
        </message>
        <message>
            <source>None: the system's certificates</source>
            <translation>Geen: de certificaten van het systeem</translation>
        </message>
        <message>
            <source>Organisation's CA bundle</source>
            <translation>CA-bundel van de organisatie</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>B&amp;laderen…</translation>
        </message>
        <message>
            <source>Choose the CA bundle file</source>
            <translation>Het bestand van de CA-bundel kiezen</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take photo</source>
            <translation>Foto nemen</translation>
        </message>
        <message>
            <source>&amp;Take</source>
            <translation>&amp;Nemen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Doors visited</source>
            <translation>Deuren bezocht</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hema:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>P&amp;osters hung:</source>
            <translation>&amp;Affiches opgehangen:</translation>
        </message>
        <message>
            <source>&amp;Buildings:</source>
            <translation>&amp;Gebouwen:</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;Wat gebeurde er:</translation>
        </message>
        <message>
            <source>&amp;Remarks (no names):</source>
            <translation>&amp;Opmerkingen (geen namen):</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Wijk:</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Wijk</translation>
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
            <translation>Campagne &amp;starten</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>&amp;Wijzigingen bewaren</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Delete this campaign, entered by mistake</source>
            <translation>Deze campagne verwijderen, per vergissing ingevoerd</translation>
        </message>
        <message>
            <source>Doors of the &amp;round:</source>
            <translation>Deuren van de &amp;ronde:</translation>
        </message>
        <message>
            <source>Doors of the round</source>
            <translation>Deuren van de ronde</translation>
        </message>
        <message>
            <source>At this door</source>
            <translation>Aan deze deur</translation>
        </message>
        <message>
            <source>Record the &amp;door</source>
            <translation>&amp;Deur vastleggen</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Vaststellingen</translation>
        </message>
        <message>
            <source>Save the findin&amp;gs</source>
            <translation>Vaststellingen &amp;bewaren</translation>
        </message>
        <message>
            <source>Summar&amp;y (PDF)…</source>
            <translation>Sa&amp;menvatting (PDF)…</translation>
        </message>
        <message>
            <source>Choose a campaign, or start one.</source>
            <translation>Kies een campagne, of start er een.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} of {m} doors visited</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} van {m} deuren bezocht</translation>
        </message>
        <message>
            <source>not visited yet</source>
            <translation>nog niet bezocht</translation>
        </message>
        <message>
            <source>Delete the campaign</source>
            <translation>De campagne verwijderen</translation>
        </message>
        <message>
            <source>Delete “{title}” and its door-to-door round ({n} doors recorded)? This cannot be undone.</source>
            <translation>„{title}” en de ronde van deur tot deur ({n} deuren genoteerd) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Campaign summary</source>
            <translation>Samenvatting van de campagne</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>Cancel with a reason</source>
            <translation>Annuleren met een reden</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>&amp;Household name:</source>
            <translation>Naam van het &amp;gezin:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Voornaam:</translation>
        </message>
        <message>
            <source>L&amp;ast name:</source>
            <translation>&amp;Achternaam:</translation>
        </message>
        <message>
            <source>New candidate tenant</source>
            <translation>Nieuwe kandidaat-huurder</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Niet gekend</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailsPanel</name>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Maatschappelijk werker:</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>T&amp;hema's:</translation>
        </message>
        <message>
            <source>Save case &amp;details</source>
            <translation>Dossiergegevens &amp;bewaren</translation>
        </message>
        <message>
            <source>People of the household</source>
            <translation>Personen van het gezin</translation>
        </message>
        <message>
            <source>Case file status</source>
            <translation>Status van het dossier</translation>
        </message>
        <message>
            <source>Assigned worker</source>
            <translation>Toegewezen maatschappelijk werker</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <source>Opening the case file…</source>
            <translation>Het dossier wordt geopend…</translation>
        </message>
        <message>
            <source>Candidate tenant: no dwelling yet</source>
            <translation>Kandidaat-huurder: nog geen woning</translation>
        </message>
        <message>
            <source>Dwelling {label}</source>
            <translation>Woning {label}</translation>
        </message>
        <message>
            <source>Tenant since {date}</source>
            <translation>Huurder sinds {date}</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Ikzelf</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>vroeger: {name}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <source>Waiting for an answer</source>
            <translation>Wacht op antwoord</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aanvaard</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Referral: {destination}</source>
            <translation>Doorverwijzing: {destination}</translation>
        </message>
        <message>
            <source>Home visit (plan)</source>
            <translation>Huisbezoek (planning)</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Onthaalsessie</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Afspraak op kantoor</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Intakeanalyse en begeleidingsplan</translation>
        </message>
        <message>
            <source>Arrears plan (owed · per month)</source>
            <translation>Afbetalingsplan (verschuldigd · per maand)</translation>
        </message>
        <message>
            <source>Neighbourhood agent asked along</source>
            <translation>Buurt- en gemeenschapsagent gevraagd mee te gaan</translation>
        </message>
        <message>
            <source>Request to {department}</source>
            <translation>Aanvraag aan {department}</translation>
        </message>
        <message>
            <source>Eviction procedure: {step}</source>
            <translation>Uithuiszettingsprocedure: {step}</translation>
        </message>
        <message>
            <source>Right to housing: {outcome}</source>
            <translation>Recht op wonen: {outcome}</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker}</source>
            <translation>Overgedragen van {from_worker} aan {to_worker}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker} by {by} on {day}</source>
            <translation>Overgedragen van {from_worker} aan {to_worker} door {by} op {day}</translation>
        </message>
        <message>
            <source>(until {day})</source>
            <translation>(tot {day})</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Beperkt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Afgehandeld</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Te doen</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nieuw verslag</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>Nieuw verslag (Ctrl+N)</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up</source>
            <translation>&amp;Opvolging plannen</translation>
        </message>
        <message>
            <source>Add a &amp;referral</source>
            <translation>&amp;Doorverwijzen</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit</source>
            <translation>&amp;Huisbezoek plannen</translation>
        </message>
        <message>
            <source>R&amp;ecord the visit</source>
            <translation>Bezoek &amp;registreren</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Geschiedenis</translation>
        </message>
        <message>
            <source>Every version of the selected line, with who wrote it and when</source>
            <translation>Elke versie van de gekozen regel, met wie ze schreef en wanneer</translation>
        </message>
        <message>
            <source>Subject access e&amp;xport…</source>
            <translation>Inzage-e&amp;xport…</translation>
        </message>
        <message>
            <source>Era&amp;se or hold…</source>
            <translation>Wi&amp;ssen of bewaren…</translation>
        </message>
        <message>
            <source>Erase the household or its case file everywhere (GDPR art. 17), or place a legal hold</source>
            <translation>Het gezin of zijn dossier overal wissen (AVG art. 17), of een juridische bewaring instellen</translation>
        </message>
        <message>
            <source>Case summar&amp;y (PDF)…</source>
            <translation>Sociaal &amp;verslag (PDF)…</translation>
        </message>
        <message>
            <source>A social report in Dutch or French, with the notes you choose</source>
            <translation>Een sociaal verslag in het Nederlands of het Frans, met de notities die u kiest</translation>
        </message>
        <message>
            <source>Support &amp;plan…</source>
            <translation>Begeleidings&amp;plan…</translation>
        </message>
        <message>
            <source>Intake analysis, social rights checked, goals with their review dates</source>
            <translation>Intakeanalyse, nagekeken sociale rechten, doelen met hun evaluatiedatum</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Meer</translation>
        </message>
        <message>
            <source>A request to a department, a neighbourhood agent asked along, a candidate moving in</source>
            <translation>Een aanvraag aan een dienst, een buurt- en gemeenschapsagent vragen mee te gaan, een kandidaat die intrekt</translation>
        </message>
        <message>
            <source>Re&amp;quest to a department…</source>
            <translation>Aanvraag aan een dien&amp;st…</translation>
        </message>
        <message>
            <source>Transfers, accounting, maintenance…: the facts, an answer and a due date</source>
            <translation>Mutaties, boekhouding, onderhoud…: de feiten, een antwoord en een termijn</translation>
        </message>
        <message>
            <source>They &amp;move in…</source>
            <translation>Ze &amp;trekken in…</translation>
        </message>
        <message>
            <source>The candidate tenant gets a dwelling; the case file goes on</source>
            <translation>De kandidaat-huurder krijgt een woning; het dossier loopt verder</translation>
        </message>
        <message>
            <source>Ask an agent &amp;along…</source>
            <translation>Agent vragen &amp;mee te gaan…</translation>
        </message>
        <message>
            <source>Ask the neighbourhood agents to come along on a home visit: day, time and address only</source>
            <translation>De buurt- en gemeenschapsagenten vragen mee te gaan op huisbezoek: enkel dag, uur en adres</translation>
        </message>
        <message>
            <source>Right to hous&amp;ing…</source>
            <translation>Recht op &amp;wonen…</translation>
        </message>
        <message>
            <source>Arrears plans, eviction procedure steps and the outcome</source>
            <translation>Afbetalingsplannen, stappen van de uithuiszettingsprocedure en het resultaat</translation>
        </message>
        <message>
            <source>Everything held about this household, as PDF and JSON (GDPR art. 15)</source>
            <translation>Alles wat over dit gezin bewaard wordt, als PDF en JSON (AVG art. 15)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Tijdlijn</translation>
        </message>
        <message>
            <source>This household has no case file. Open one when the social service starts working with them.</source>
            <translation>Dit gezin heeft geen dossier. Open er een wanneer de sociale dienst met hen aan de slag gaat.</translation>
        </message>
        <message>
            <source>&amp;Open a case file</source>
            <translation>Dossier &amp;openen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <source>Case summary</source>
            <translation>Sociaal verslag</translation>
        </message>
        <message>
            <source>A social report of this case file: the household, its status, themes and worker, open follow-ups and referrals, and the notes you tick. Making it is written to the access log.</source>
            <translation>Een sociaal verslag van dit dossier: het gezin, de status, thema's en maatschappelijk werker, openstaande opvolgingen en doorverwijzingen, en de notities die u aanvinkt. Het aanmaken wordt in het toegangslogboek geschreven.</translation>
        </message>
        <message>
            <source>&amp;Language of the report:</source>
            <translation>&amp;Taal van het verslag:</translation>
        </message>
        <message>
            <source>&amp;Notes to include:</source>
            <translation>&amp;Notities in het verslag:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>B&amp;laderen…</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Taal van het verslag</translation>
        </message>
        <message>
            <source>Notes to include</source>
            <translation>Notities in het verslag</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>restricted</source>
            <translation>beperkt</translation>
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
            <translation>(niemand)</translation>
        </message>
        <message>
            <source>Worker / site</source>
            <translation>Medewerker / site</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open dossiers</translation>
        </message>
        <message>
            <source>Notes (30 days)</source>
            <translation>Notities (30 dagen)</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Achterstallige opvolging</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Lopende doorverwijzingen</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Bezoeken gepland</translation>
        </message>
        <message>
            <source>Visits done (30 days)</source>
            <translation>Bezoeken gedaan (30 dagen)</translation>
        </message>
        <message>
            <source>Inventories in progress</source>
            <translation>Lopende plaatsbeschrijvingen</translation>
        </message>
        <message>
            <source>Open neighbourhood requests</source>
            <translation>Open buurtmeldingen</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>vroeger: {name}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Last note</source>
            <translation>Laatste notitie</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>&amp;Groeperen per:</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filteren (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter case files</source>
            <translation>Dossiers filteren</translation>
        </message>
        <message>
            <source>&amp;Reassign… (Ctrl+R)</source>
            <translation>&amp;Herverdelen… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Vernieuwen (F5)</translation>
        </message>
        <message>
            <source>Who was this?…</source>
            <translation>Wie was dit?…</translation>
        </message>
        <message>
            <source>A worker named before accounts existed: choose the colleague's account, and their case files follow.</source>
            <translation>Een werker die een naam kreeg voordat er accounts waren: kies het account van de collega, en de dossiers volgen.</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Dossierlast</translation>
        </message>
        <message>
            <source>Case files</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Groeperen per</translation>
        </message>
        <message>
            <source>Filter the caseload</source>
            <translation>De dossierlast filteren</translation>
        </message>
        <message>
            <source>Filter the case files</source>
            <translation>De dossiers filteren</translation>
        </message>
        <message>
            <source>Choose a worker or a site above and press Enter</source>
            <translation>Kies hierboven een medewerker of een site en druk op Enter</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Dossiers van %1</translation>
        </message>
        <message>
            <source>Nobody in the directory yet: sync first.</source>
            <translation>Nog niemand in de lijst van medewerkers: synchroniseer eerst.</translation>
        </message>
        <message>
            <source>Who was this?</source>
            <translation>Wie was dit?</translation>
        </message>
        <message>
            <source>The case files of “%1” go to:</source>
            <translation>De dossiers van “%1” gaan naar:</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Help needed</source>
            <translation>Nodige hulp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note — Enter saves</source>
            <translation>Notitie — Enter bewaart</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Bewaren</translation>
        </message>
    </context>
    <context>
        <name>CloseOutDialog</name>
        <message>
            <source>Close out the project</source>
            <translation>Project afsluiten</translation>
        </message>
        <message>
            <source>The works of %1 have ended. What is still open below goes to the site's social assistant, as hand-offs among their follow-ups. The project is then archived: it can no longer be changed, your access to it ends at the supervisor's next sync, and its retention period starts.</source>
            <translation>De werken van %1 zijn beëindigd. Wat hieronder nog openstaat, gaat naar de maatschappelijk assistent van de site, als doorgegeven punten bij zijn of haar opvolgingen. Daarna wordt het project gearchiveerd: het kan niet meer gewijzigd worden, uw toegang eindigt bij de volgende synchronisatie van de verantwoordelijke en de bewaartermijn begint te lopen.</translation>
        </message>
        <message>
            <source>Works ended on</source>
            <translation>Werken beëindigd op</translation>
        </message>
        <message>
            <source>Open items handed to the site assistant</source>
            <translation>Open punten voor de maatschappelijk assistent van de site</translation>
        </message>
        <message>
            <source>Open items to hand on: %1</source>
            <translation>Door te geven open punten: %1</translation>
        </message>
        <message>
            <source>Nothing is open: nothing to hand on.</source>
            <translation>Niets staat nog open: er valt niets door te geven.</translation>
        </message>
        <message>
            <source>Works &amp;ended on:</source>
            <translation>Werken &amp;beëindigd op:</translation>
        </message>
        <message>
            <source>&amp;Handed to the site assistant:</source>
            <translation>&amp;Door te geven aan de assistent van de site:</translation>
        </message>
        <message>
            <source>Hand on and &amp;archive</source>
            <translation>Doorgeven en &amp;archiveren</translation>
        </message>
    </context>
    <context>
        <name>CloseOutsDialog</name>
        <message>
            <source>Not managed on this laptop</source>
            <translation>Niet beheerd op deze laptop</translation>
        </message>
        <message>
            <source>At the next sync</source>
            <translation>Bij de volgende synchronisatie</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Done on {when}</source>
            <translation>Gedaan op {when}</translation>
        </message>
        <message>
            <source>nobody left to remove</source>
            <translation>niemand meer te verwijderen</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Works ended</source>
            <translation>Einde van de werken</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Gearchiveerd</translation>
        </message>
        <message>
            <source>Members removed</source>
            <translation>Verwijderde leden</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <source>Renovation close-outs</source>
            <translation>Afgesloten renovaties</translation>
        </message>
        <message>
            <source>When a renovation assistant closes out a project, its open items go to the site's social assistant and the project is archived. At the next sync, this laptop removes everyone but the supervisors from the project: their access ends at once and the project's key changes.</source>
            <translation>Wanneer een werfassistent een project afsluit, gaan de open punten naar de maatschappelijk assistent van de site en wordt het project gearchiveerd. Bij de volgende synchronisatie verwijdert deze laptop iedereen behalve de verantwoordelijken uit het project: hun toegang stopt meteen en de sleutel van het project verandert.</translation>
        </message>
        <message>
            <source>Archived renovation projects</source>
            <translation>Gearchiveerde renovatieprojecten</translation>
        </message>
    </context>
    <context>
        <name>CodeCheckDialog</name>
        <message>
            <source>Check the code in person</source>
            <translation>De code ter plaatse controleren</translation>
        </message>
        <message>
            <source>Sit with %1. Ask them to open FieldApp and read aloud the code their screen shows; type it below. They can check your code too.</source>
            <translation>Ga samen zitten met %1. Vraag om FieldApp te openen en de code op het eigen scherm voor te lezen; typ die hieronder. Zij of hij kan ook uw code controleren.</translation>
        </message>
        <message>
            <source>My code:</source>
            <translation>Mijn code:</translation>
        </message>
        <message>
            <source>Their code (from the server):</source>
            <translation>Hun code (van de server):</translation>
        </message>
        <message>
            <source>Code &amp;read aloud:</source>
            <translation>&amp;Voorgelezen code:</translation>
        </message>
        <message>
            <source>&amp;Collections:</source>
            <translation>&amp;Collecties:</translation>
        </message>
        <message>
            <source>&amp;Access:</source>
            <translation>&amp;Toegang:</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Lezen</translation>
        </message>
        <message>
            <source>Read and write</source>
            <translation>Lezen en schrijven</translation>
        </message>
        <message>
            <source>Manage (may grant others)</source>
            <translation>Beheren (mag anderen toegang geven)</translation>
        </message>
        <message>
            <source>Safety number:</source>
            <translation>Veiligheidsnummer:</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Veiligheidsnummer als QR-code</translation>
        </message>
        <message>
            <source>The same number as a QR code: their phone's camera shows its digits.</source>
            <translation>Hetzelfde nummer als QR-code: de camera van hun gsm toont de cijfers.</translation>
        </message>
        <message>
            <source>So that they can share with you too: on their laptop, Sync → Colleagues' keys…, your name. They check that their screen shows this safety number and press “The numbers match”. Typing their code verifies their key here.</source>
            <translation>Zodat zij ook met u kunnen delen: op hun laptop Synchronisatie → Sleutels van collega's…, uw naam. Zij controleren dat hun scherm dit veiligheidsnummer toont en klikken op “De nummers komen overeen”. Hun code hier typen verifieert hun sleutel op deze laptop.</translation>
        </message>
        <message>
            <source>Code read aloud by the member</source>
            <translation>Code die het lid voorleest</translation>
        </message>
        <message>
            <source>Collections to grant</source>
            <translation>Toe te kennen collecties</translation>
        </message>
        <message>
            <source>Registry: sites, dwellings, households</source>
            <translation>Register: sites, woningen, gezinnen</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Dossiers van %1</translation>
        </message>
        <message>
            <source>Restricted notes of %1</source>
            <translation>Vertrouwelijke notities van %1</translation>
        </message>
        <message>
            <source>Hand-offs from neighbourhood agents for %1</source>
            <translation>Doorgiften van de buurtagenten voor %1</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovatieproject</translation>
        </message>
        <message>
            <source>Neighbourhood work</source>
            <translation>Buurtwerk</translation>
        </message>
        <message>
            <source>Supervision (supervisors only)</source>
            <translation>Coördinatie (alleen verantwoordelijken)</translation>
        </message>
        <message>
            <source>Community work (PSC)</source>
            <translation>Gemeenschapswerk (PSC)</translation>
        </message>
        <message>
            <source>Partner directory (social map)</source>
            <translation>Partnerlijst (sociale kaart)</translation>
        </message>
        <message>
            <source>Collective work: tenants' meetings (collective assistants)</source>
            <translation>Collectief werk: bewonersvergaderingen (collectieve maatschappelijk assistenten)</translation>
        </message>
        <message>
            <source>Collective signals (site assistants send, collective assistants read)</source>
            <translation>Collectieve signalen (de site-assistenten sturen, de collectieve assistenten lezen)</translation>
        </message>
        <message>
            <source>Mental-health consultations under a pseudonym</source>
            <translation>Consultaties geestelijke gezondheid onder pseudoniem</translation>
        </message>
        <message>
            <source>%1 of 60 digits</source>
            <translation>%1 van 60 cijfers</translation>
        </message>
        <message>
            <source>✓ The codes match.</source>
            <translation>✓ De codes komen overeen.</translation>
        </message>
        <message>
            <source>✗ The codes differ.</source>
            <translation>✗ De codes verschillen.</translation>
        </message>
    </context>
    <context>
        <name>ColleagueKeysDialog</name>
        <message>
            <source>Colleagues' keys</source>
            <translation>Sleutels van collega's</translation>
        </message>
        <message>
            <source>Before anything is shared with a colleague, check their key once: sit together (or call them on a number you know). On their laptop they open Sync → Colleagues' keys… and choose your name. Both screens show the same safety number; compare it group by group, then each of you presses “The numbers match”.</source>
            <translation>Voor u iets met een collega deelt, controleert u één keer diens sleutel: ga samen zitten (of bel naar een nummer dat u kent). Op hun laptop openen zij Synchronisatie → Sleutels van collega's… en kiezen uw naam. Beide schermen tonen hetzelfde veiligheidsnummer; vergelijk het groep per groep en klik dan allebei op “De nummers komen overeen”.</translation>
        </message>
        <message>
            <source>The numbers &amp;match — verified</source>
            <translation>De nummers komen &amp;overeen — geverifieerd</translation>
        </message>
        <message>
            <source>They &amp;differ</source>
            <translation>Ze &amp;verschillen</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collega's</translation>
        </message>
        <message>
            <source>Safety number</source>
            <translation>Veiligheidsnummer</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Veiligheidsnummer als QR-code</translation>
        </message>
        <message>
            <source>The same number as a QR code: a colleague's phone camera shows its digits.</source>
            <translation>Hetzelfde nummer als QR-code: de camera van de gsm van een collega toont de cijfers.</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ geverifieerd</translation>
        </message>
        <message>
            <source>⚠ KEY CHANGED</source>
            <translation>⚠ SLEUTEL GEWIJZIGD</translation>
        </message>
        <message>
            <source>not verified yet (accepted before key checks)</source>
            <translation>nog niet geverifieerd (aanvaard vóór de sleutelcontrole)</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>nog niet geverifieerd</translation>
        </message>
        <message>
            <source>⚠ The server now gives another key for: %1. This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>⚠ De server geeft nu een andere sleutel voor: %1. Dat gebeurt wanneer iemand zich opnieuw inschrijft na een vergeten wachtwoordzin — of wanneer iemand probeert te lezen wat voor hen bedoeld is. Er wordt niets met hen gedeeld tot u de veiligheidsnummers opnieuw vergelijkt.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>De server wordt gevraagd…</translation>
        </message>
        <message>
            <source>Safety number of you and %1:</source>
            <translation>Veiligheidsnummer van u en %1:</translation>
        </message>
        <message>
            <source>✓ Verified on this laptop.</source>
            <translation>✓ Geverifieerd op deze laptop.</translation>
        </message>
        <message>
            <source>⚠ Their key changed since you last checked it. Compare this new number together before anything is shared with them again.</source>
            <translation>⚠ Hun sleutel is gewijzigd sinds uw laatste controle. Vergelijk dit nieuwe nummer samen voor er opnieuw iets met hen gedeeld wordt.</translation>
        </message>
        <message>
            <source>Not verified yet. An earlier version of FieldApp accepted their key without a check; nothing points to a problem. Compare this number together once: until then nothing new is shared with them, and what your restricted notes and access log gave them comes back right after.</source>
            <translation>Nog niet geverifieerd. Een vorige versie van FieldApp heeft hun sleutel zonder controle aanvaard; niets wijst op een probleem. Vergelijk dit nummer één keer samen: tot dan wordt niets nieuws met hen gedeeld, en wat uw vertrouwelijke notities en uw toegangslogboek hun gaven, krijgen ze meteen daarna terug.</translation>
        </message>
        <message>
            <source>Not verified yet: nothing is shared with them until you compare this number together.</source>
            <translation>Nog niet geverifieerd: er wordt niets met hen gedeeld tot u dit nummer samen vergelijkt.</translation>
        </message>
        <message>
            <source>Choose a colleague.</source>
            <translation>Kies een collega.</translation>
        </message>
        <message>
            <source>✓ Verified. What waited for them is shared at the next synchronisation.</source>
            <translation>✓ Geverifieerd. Wat op hen wachtte, wordt bij de volgende synchronisatie gedeeld.</translation>
        </message>
        <message>
            <source>Do not share anything with this person for now: nothing is sent to them. Check that you both chose each other's name. If the numbers still differ, tell your supervisor or the server administrator today — someone may be slipping in a key of their own.</source>
            <translation>Deel voorlopig niets met deze persoon: er wordt hen niets gestuurd. Controleer of u elkaars naam gekozen hebt. Verschillen de nummers nog altijd, meld het dan vandaag aan uw leidinggevende of de serverbeheerder — iemand probeert misschien een eigen sleutel binnen te smokkelen.</translation>
        </message>
        <message>
            <source>The server changed this person's key while you were comparing: nothing was marked verified. Compare the new number.</source>
            <translation>De server heeft de sleutel van deze persoon gewijzigd terwijl u vergeleek: niets werd als geverifieerd gemarkeerd. Vergelijk het nieuwe nummer.</translation>
        </message>
    </context>
    <context>
        <name>CollectiveOverview</name>
        <message>
            <source>&amp;Neighbourhoods:</source>
            <translation>&amp;Wijken:</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Wijken</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;am:</translation>
        </message>
        <message>
            <source>&amp;Sites:</source>
            <translation>&amp;Sites:</translation>
        </message>
        <message>
            <source>&amp;Collective assistants:</source>
            <translation>&amp;Collectieve maatschappelijk assistenten:</translation>
        </message>
        <message>
            <source>Sa&amp;ve the neighbourhood</source>
            <translation>Wijk op&amp;slaan</translation>
        </message>
        <message>
            <source>Ne&amp;w neighbourhood</source>
            <translation>Nie&amp;uwe wijk</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Awareness campaigns</source>
            <translation>Sensibiliseringscampagnes</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Gemeenschappelijke lokalen</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Projectoproepen</translation>
        </message>
        <message>
            <source>Collective work of the assistants</source>
            <translation>Collectief werk van de assistenten</translation>
        </message>
    </context>
    <context>
        <name>CollectiveWorkspace</name>
        <message>
            <source>Tenants' meetings</source>
            <translation>Bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signalen uit het dossierwerk</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Gemeenschappelijke lokalen</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participatie</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Initiatieven</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Verkiezingen</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Werkgebieden</translation>
        </message>
        <message>
            <source>&amp;Collective work</source>
            <translation>&amp;Collectief werk</translation>
        </message>
        <message>
            <source>Campaigns and door-to-door rounds</source>
            <translation>Campagnes en rondes van deur tot deur</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Initiatieven van huurders</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>ARHUU-verkiezingen</translation>
        </message>
    </context>
    <context>
        <name>CommitteePage</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>New &amp;meeting (Ctrl+M)</source>
            <translation>Nieuwe &amp;vergadering (Ctrl+M)</translation>
        </message>
        <message>
            <source>Meetings of the follow-up committee</source>
            <translation>Vergaderingen van het opvolgingscomité</translation>
        </message>
        <message>
            <source>The local follow-up committee: {count} meetings in {year}.</source>
            <translation>Het plaatselijk opvolgingscomité: {count} vergaderingen in {year}.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Leg eerst het project vast (Ctrl+1).</translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>Aanwezig:</translation>
        </message>
        <message>
            <source>Apologies:</source>
            <translation>Verontschuldigd:</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslissingen</translation>
        </message>
    </context>
    <context>
        <name>CommunityWorkspace</name>
        <message>
            <source>Project (PSC)</source>
            <translation>Project (PSC)</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Actieplan</translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>Activiteitenlogboek</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Yearly report</source>
            <translation>Jaarverslag</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Gemeenschapswerk</translation>
        </message>
        <message>
            <source>&amp;Community</source>
            <translation>&amp;Gemeenschapswerk</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Het project bewaren</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Een activiteit noteren</translation>
        </message>
        <message>
            <source>New committee meeting</source>
            <translation>Nieuwe vergadering van het comité</translation>
        </message>
        <message>
            <source>Yearly report as PDF</source>
            <translation>Jaarverslag als pdf</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nieuwe partner</translation>
        </message>
        <message>
            <source>No social cohesion project yet: fill in the project and save it (Ctrl+S).</source>
            <translation>Nog geen project voor sociale cohesie: vul het project in en bewaar het (Ctrl+S).</translation>
        </message>
        <message>
            <source>Record the project first, then save it (Ctrl+S).</source>
            <translation>Leg eerst het project vast en bewaar het (Ctrl+S).</translation>
        </message>
        <message>
            <source>Saved. Tell the co-signatories: print the notice.</source>
            <translation>Bewaard. Verwittig de medeondertekenaars: druk de kennisgeving af.</translation>
        </message>
        <message>
            <source>The notice was saved as {name}.</source>
            <translation>De kennisgeving is bewaard als {name}.</translation>
        </message>
        <message>
            <source>Notice to the co-signatories</source>
            <translation>Kennisgeving aan de medeondertekenaars</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts to decide</source>
            <translation>Conflicten om te beslissen</translation>
        </message>
        <message>
            <source>This record was changed on this computer and on another one before they could synchronise. Changes to different fields were combined already; for the fields below, choose which version to keep. Free text can be merged.</source>
            <translation>Dit gegeven werd op deze computer en op een andere gewijzigd voor ze konden synchroniseren. Wijzigingen aan verschillende velden zijn al samengevoegd; kies voor de velden hieronder welke versie je bewaart. Vrije tekst kan je samenvoegen.</translation>
        </message>
        <message>
            <source>&amp;Apply this choice</source>
            <translation>Deze keuze &amp;toepassen</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>&amp;Later beslissen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>Conflict {i} of {n}: {what}</source>
            <translation>Conflict {i} van {n}: {what}</translation>
        </message>
    </context>
    <context>
        <name>ConsultDialog</name>
        <message>
            <source>Consult the mobile mental-health team</source>
            <translation>Het mobiel team geestelijke gezondheid raadplegen</translation>
        </message>
        <message>
            <source>The team reads the question under a pseudonym, with an age band, the kind of household and the concerns only: no name, address, phone number or date. The link between the pseudonym and this case file stays in the case file.</source>
            <translation>Het team leest de vraag onder een pseudoniem, met alleen een leeftijdsgroep, het soort gezin en de zorgen: geen naam, adres, telefoonnummer of datum. Het verband tussen het pseudoniem en dit dossier blijft in het dossier.</translation>
        </message>
        <message>
            <source>&amp;Earlier consultations:</source>
            <translation>&amp;Eerdere consultaties:</translation>
        </message>
        <message>
            <source>Team's advice:</source>
            <translation>Advies van het team:</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Leeftijd:</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Gezin:</translation>
        </message>
        <message>
            <source>C&amp;oncerns:</source>
            <translation>&amp;Zorgen:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Dringendheid:</translation>
        </message>
        <message>
            <source>&amp;Question for the team:</source>
            <translation>&amp;Vraag aan het team:</translation>
        </message>
        <message>
            <source>&amp;Send to the team</source>
            <translation>Naar het team &amp;sturen</translation>
        </message>
        <message>
            <source>C&amp;lose this consultation</source>
            <translation>Deze consultatie a&amp;fsluiten</translation>
        </message>
        <message>
            <source>%1 — asked %2 — %3</source>
            <translation>%1 — gevraagd %2 — %3</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(nog geen)</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>the team</source>
            <translation>het team</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Nog niet beantwoord.</translation>
        </message>
        <message>
            <source>Sent to the team as %1.</source>
            <translation>Naar het team gestuurd als %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsWorkspace</name>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudoniem</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Gevraagd op</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <source>Consultations social workers sent under a pseudonym. They carry an age band, the kind of household and the concerns — never a name, an address or a case file. Your advice goes back to the social worker who asked.</source>
            <translation>Consultaties die maatschappelijk werkers onder een pseudoniem stuurden. Ze bevatten een leeftijdsgroep, het soort gezin en de zorgen — nooit een naam, een adres of een dossier. Uw advies gaat terug naar de maatschappelijk werker die de vraag stelde.</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Consultaties</translation>
        </message>
        <message>
            <source>Situation:</source>
            <translation>Situatie:</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Vraag:</translation>
        </message>
        <message>
            <source>&amp;Advice:</source>
            <translation>&amp;Advies:</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>&amp;Send the advice</source>
            <translation>Advies &amp;sturen</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>&amp;Consultaties</translation>
        </message>
        <message>
            <source>Send the advice</source>
            <translation>Advies sturen</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>The advice on %1 is on its way to the social worker.</source>
            <translation>Het advies over %1 is onderweg naar de maatschappelijk werker.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;New person:</source>
            <translation>&amp;Nieuwe persoon:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Vanaf:</translation>
        </message>
        <message>
            <source>New referent or coordinator</source>
            <translation>Nieuwe referent of coördinator</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Dossier:</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Of wie (geen dossier):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hema:</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>Doo&amp;rverwezen naar:</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>Waar&amp;over:</translation>
        </message>
        <message>
            <source>Change the office-hours contact</source>
            <translation>Contact op de permanentie wijzigen</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Korte vraag</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Contact log</source>
            <translation>Contactlogboek</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Datum van het contact</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Soort contact</translation>
        </message>
        <message>
            <source>What the tenant asked or reported — Enter logs it</source>
            <translation>Wat de huurder vroeg of meldde — Enter registreert</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Vraag of klacht</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>Contact &amp;registreren</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Als &amp;afgehandeld markeren</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <source>Welcome to FieldApp</source>
            <translation>Welkom bij FieldApp</translation>
        </message>
        <message>
            <source>Your case files are kept in an encrypted vault on this computer. Choose a passphrase you will remember: without it nobody, including you, can open the vault on this computer.</source>
            <translation>Je dossiers worden bewaard in een versleutelde kluis op deze computer. Kies een wachtzin die je onthoudt: zonder wachtzin kan niemand, ook jij niet, de kluis op deze computer openen.</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Je naam:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>Wachtzin &amp;bevestigen:</translation>
        </message>
        <message>
            <source>Site social assistant</source>
            <translation>Maatschappelijk assistent van de site</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Maatschappelijk assistent werf</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Buurt- en gemeenschapsagent</translation>
        </message>
        <message>
            <source>Supervisor of the social service</source>
            <translation>Verantwoordelijke sociale dienst</translation>
        </message>
        <message>
            <source>Supervisor who also carries cases</source>
            <translation>Verantwoordelijke die ook dossiers opvolgt</translation>
        </message>
        <message>
            <source>At least {n} characters. A few unrelated words make a strong passphrase.</source>
            <translation>Minstens {n} tekens. Enkele woorden die niets met elkaar te maken hebben, vormen een sterke wachtzin.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>Kluis &amp;aanmaken</translation>
        </message>
        <message>
            <source>Connect to my &amp;organisation's server…</source>
            <translation>Verbinden met de server van mijn &amp;organisatie…</translation>
        </message>
        <message>
            <source>I already have an &amp;account…</source>
            <translation>Ik heb al een a&amp;ccount…</translation>
        </message>
        <message>
            <source>You use FieldApp on another laptop already</source>
            <translation>Je gebruikt FieldApp al op een andere laptop</translation>
        </message>
        <message>
            <source>Or keep a vault on this computer only (no server):</source>
            <translation>Of bewaar een kluis alleen op deze computer (zonder server):</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Je naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Wachtzin bevestigen</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Kluis aanmaken</translation>
        </message>
        <message>
            <source>Please enter your name.</source>
            <translation>Vul je naam in.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>De wachtzin moet minstens {n} tekens hebben.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
        </message>
        <message>
            <source>Creating the vault…</source>
            <translation>De kluis wordt aangemaakt…</translation>
        </message>
    </context>
    <context>
        <name>DefectDialog</name>
        <message>
            <source>&amp;Defect:</source>
            <translation>&amp;Defect:</translation>
        </message>
        <message>
            <source>Pass a defect on to the technical department</source>
            <translation>Defect doorgeven aan de technische dienst</translation>
        </message>
        <message>
            <source>&amp;Copy text for e-mail</source>
            <translation>Tekst voor e-mail &amp;kopiëren</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Als &amp;PDF bewaren…</translation>
        </message>
        <message>
            <source>C&amp;reate report</source>
            <translation>Rapport &amp;maken</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Report {ref} made on {day}.</source>
            <translation>Rapport {ref} gemaakt op {day}.</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared after {n} seconds.</source>
            <translation>Gekopieerd. Het klembord wordt na {n} seconden gewist.</translation>
        </message>
        <message>
            <source>Save the defect report</source>
            <translation>Defectrapport bewaren</translation>
        </message>
        <message>
            <source>The report was saved as a PDF.</source>
            <translation>Het rapport is als PDF bewaard.</translation>
        </message>
    </context>
    <context>
        <name>DefectReport</name>
        <message>
            <source>Technical defect report</source>
            <translation>Melding van een technisch defect</translation>
        </message>
        <message>
            <source>For the technical department</source>
            <translation>Voor de technische dienst</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Gebouw</translation>
        </message>
        <message>
            <source>Entrance</source>
            <translation>Ingang</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Verdieping</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Gemeld door</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>technical-defect-{day}-{ref}.pdf</source>
            <translation>technisch-defect-{day}-{ref}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <source>Delete an entry made by mistake</source>
            <translation>Een vergissing verwijderen</translation>
        </message>
        <message>
            <source>Delete {what} ({when}, {who})? Use this only for something entered by mistake: to call off an appointment, cancel it with a reason instead. Its earlier versions stay in the history.</source>
            <translation>{what} ({when}, {who}) verwijderen? Doe dit enkel voor iets dat per vergissing werd ingevoerd: een afspraak die niet doorgaat, annuleert u met een reden. De vorige versies blijven in de geschiedenis.</translation>
        </message>
    </context>
    <context>
        <name>DmbshDialog</name>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>DMBSH-verslag over de OVM's</translation>
        </message>
        <message>
            <source>Each housing company saves its figures for the period shown: counts only, every count below 5 hidden, no name and no case. The DMBSH report puts the figures files of the housing companies side by side.</source>
            <translation>Elke OVM bewaart haar cijfers voor de getoonde periode: alleen aantallen, elk aantal onder 5 verborgen, geen naam en geen dossier. Het DMBSH-verslag zet de cijferbestanden van de OVM's naast elkaar.</translation>
        </message>
        <message>
            <source>This housing company's figures</source>
            <translation>Cijfers van deze OVM</translation>
        </message>
        <message>
            <source>The report across housing companies</source>
            <translation>Het verslag over de OVM's</translation>
        </message>
        <message>
            <source>&amp;Housing company:</source>
            <translation>&amp;OVM:</translation>
        </message>
        <message>
            <source>Figures &amp;file:</source>
            <translation>Cijfer&amp;bestand:</translation>
        </message>
        <message>
            <source>&amp;Add a figures file:</source>
            <translation>Cijferbestand &amp;toevoegen:</translation>
        </message>
        <message>
            <source>Figures &amp;files added:</source>
            <translation>Toegevoegde cijfer&amp;bestanden:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Save the figures</source>
            <translation>Cijfers &amp;bewaren</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>Toe&amp;voegen…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Save the &amp;report (PDF)…</source>
            <translation>&amp;Verslag bewaren (PDF)…</translation>
        </message>
        <message>
            <source>Show the indicators first (F5) to save this housing company's figures.</source>
            <translation>Toon eerst de indicatoren (F5) om de cijfers van deze OVM te bewaren.</translation>
        </message>
        <message>
            <source>Save the figures</source>
            <translation>Cijfers bewaren</translation>
        </message>
        <message>
            <source>Figures (*.json)</source>
            <translation>Cijfers (*.json)</translation>
        </message>
        <message>
            <source>Figures saved: %1</source>
            <translation>Cijfers bewaard: %1</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Verslag bewaard: %1</translation>
        </message>
        <message>
            <source>Add figures files</source>
            <translation>Cijferbestanden toevoegen</translation>
        </message>
        <message>
            <source>%1 housing companies added.</source>
            <translation>%1 OVM's toegevoegd.</translation>
        </message>
        <message>
            <source>%1 — %2 to %3</source>
            <translation>%1 — %2 tot %3</translation>
        </message>
        <message>
            <source>Save the DMBSH report</source>
            <translation>Het DMBSH-verslag bewaren</translation>
        </message>
    </context>
    <context>
        <name>DmbshReport</name>
        <message>
            <source>DMBSH — social support of social tenants</source>
            <translation>DMBSH — maatschappelijke begeleiding van sociale huurders</translation>
        </message>
        <message>
            <source>Anonymised report across housing companies</source>
            <translation>Geanonimiseerd verslag over de OVM's</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Housing companies</source>
            <translation>OVM's</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Afgedrukt op</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>The anonymised figures of each housing company, counted on its own supervisor's laptop. No name, no case file and no count below 5 leaves a housing company.</source>
            <translation>De geanonimiseerde cijfers van elke OVM, geteld op de laptop van haar eigen verantwoordelijke. Geen naam, geen dossier en geen aantal onder 5 verlaat een OVM.</translation>
        </message>
        <message>
            <source>&lt;5: fewer than five, hidden. x: hidden so that no small count can be worked out. ≥ n: at least n, because a housing company's count is hidden.</source>
            <translation>&lt;5: minder dan vijf, verborgen. x: verborgen zodat geen klein aantal kan worden afgeleid. ≥ n: minstens n, omdat het aantal van een OVM verborgen is.</translation>
        </message>
        <message>
            <source>Summary: totals per housing company</source>
            <translation>Overzicht: totalen per OVM</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>OVM</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>All housing companies</source>
            <translation>Alle OVM's</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>As {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>FieldApp — DMBSH report {start} – {end}</source>
            <translation>FieldApp — DMBSH-verslag {start} – {end}</translation>
        </message>
        <message>
            <source>dmbsh-report-{start}-{end}.pdf</source>
            <translation>dmbsh-verslag-{start}-{end}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DwellingsDialog</name>
        <message>
            <source>Dwellings in the project</source>
            <translation>Woningen in het project</translation>
        </message>
        <message>
            <source>Dwellings</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>&amp;Alles aanvinken</translation>
        </message>
        <message>
            <source>Tick the dwellings concerned by the works (space ticks the current one).</source>
            <translation>Vink de woningen aan waar de werken plaatsvinden (spatie vinkt de huidige aan).</translation>
        </message>
    </context>
    <context>
        <name>ElectionsView</name>
        <message>
            <source>Vote</source>
            <translation>Stemming</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Zetels</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Gestemd</translation>
        </message>
        <message>
            <source>Mandate until</source>
            <translation>Mandaat tot</translation>
        </message>
        <message>
            <source>&amp;Vote on:</source>
            <translation>&amp;Stemming op:</translation>
        </message>
        <message>
            <source>S&amp;eats:</source>
            <translation>&amp;Zetels:</translation>
        </message>
        <message>
            <source>&amp;Name (as on the notice):</source>
            <translation>&amp;Naam (zoals op het bericht):</translation>
        </message>
        <message>
            <source>Vo&amp;tes:</source>
            <translation>St&amp;emmen:</translation>
        </message>
        <message>
            <source>Pollin&amp;g station:</source>
            <translation>Stem&amp;bureau:</translation>
        </message>
        <message>
            <source>Ho&amp;urs:</source>
            <translation>&amp;Uren:</translation>
        </message>
        <message>
            <source>Mandate ends &amp;on:</source>
            <translation>Mandaat eindigt &amp;op:</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>ARHUU-verkiezingen</translation>
        </message>
        <message>
            <source>A new ARHUU election</source>
            <translation>Een nieuwe ARHUU-verkiezing</translation>
        </message>
        <message>
            <source>&amp;Prepare (draws up the roll)</source>
            <translation>&amp;Voorbereiden (stelt de kiezerslijst op)</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>&amp;Add the candidate</source>
            <translation>Kandidaat &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Count these votes</source>
            <translation>Deze stemmen te&amp;llen</translation>
        </message>
        <message>
            <source>Electoral &amp;roll (tick who voted):</source>
            <translation>&amp;Kiezerslijst (vink aan wie stemde):</translation>
        </message>
        <message>
            <source>Electoral roll</source>
            <translation>Kiezerslijst</translation>
        </message>
        <message>
            <source>Record &amp;who voted</source>
            <translation>Vastleggen &amp;wie stemde</translation>
        </message>
        <message>
            <source>Va&amp;lidate (purges the roll)</source>
            <translation>&amp;Geldig verklaren (wist de kiezerslijst)</translation>
        </message>
        <message>
            <source>How to vote (printed on the notice)</source>
            <translation>Hoe stemmen (op het bericht)</translation>
        </message>
        <message>
            <source>e.g. 9:00 – 16:00</source>
            <translation>bv. 9:00 – 16:00</translation>
        </message>
        <message>
            <source>Save where and when</source>
            <translation>Plaats en uren opslaan</translation>
        </message>
        <message>
            <source>Print the not&amp;ice…</source>
            <translation>Ber&amp;icht afdrukken…</translation>
        </message>
        <message>
            <source>En&amp;d this member's mandate</source>
            <translation>Mandaat van dit lid beëin&amp;digen</translation>
        </message>
        <message>
            <source>Print the re&amp;sults…</source>
            <translation>&amp;Uitslag afdrukken…</translation>
        </message>
        <message>
            <source>The council (elected members and mandates)</source>
            <translation>De raad (verkozen leden en mandaten)</translation>
        </message>
        <message>
            <source>Council members</source>
            <translation>Leden van de raad</translation>
        </message>
        <message>
            <source>Council &amp;meetings and advice:</source>
            <translation>&amp;Vergaderingen en adviezen van de raad:</translation>
        </message>
        <message>
            <source>Choose an election, or prepare one.</source>
            <translation>Kies een verkiezing, of bereid er een voor.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt; on {day}: {n} of {m} households voted; the roll is purged.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt; op {day}: {n} van {m} gezinnen stemden; de kiezerslijst is gewist.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt;: {n} of {m} households voted.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt;: {n} van {m} gezinnen stemden.</translation>
        </message>
        <message>
            <source>elected</source>
            <translation>verkozen</translation>
        </message>
        <message>
            <source>{n} votes</source>
            <translation>{n} stemmen</translation>
        </message>
        <message>
            <source>{name} — mandate {start} to {end}</source>
            <translation>{name} — mandaat van {start} tot {end}</translation>
        </message>
        <message>
            <source>Notice of the ARHUU election</source>
            <translation>Bericht van de ARHUU-verkiezing</translation>
        </message>
        <message>
            <source>Results of the ARHUU election</source>
            <translation>Uitslag van de ARHUU-verkiezing</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>Erase or hold</source>
            <translation>Wissen of bewaren</translation>
        </message>
        <message>
            <source>Erasing deletes every version on the server at once, and every copy on every device at its next sync; it can't be undone. A legal hold stops any erasure or retention purge until it is released.</source>
            <translation>Wissen verwijdert meteen elke versie op de server, en elke kopie op elk toestel bij zijn volgende synchronisatie; het kan niet ongedaan gemaakt worden. Een juridische bewaring houdt elke wissing of opschoning tegen tot ze opgeheven wordt.</translation>
        </message>
        <message>
            <source>The &amp;household: register data, case files and everything about them</source>
            <translation>Het &amp;gezin: registergegevens, dossiers en alles daarover</translation>
        </message>
        <message>
            <source>Only the &amp;case file and what it holds</source>
            <translation>Alleen het &amp;dossier en wat het bevat</translation>
        </message>
        <message>
            <source>Only one &amp;person's register data:</source>
            <translation>Alleen de registergegevens van één &amp;persoon:</translation>
        </message>
        <message>
            <source>Their name also leaves the PSC's activities and committee meetings (the counts stay)</source>
            <translation>Hun naam verdwijnt ook uit de activiteiten en comitévergaderingen van het PSC (de aantallen blijven)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>&amp;Reason (recorded):</source>
            <translation>&amp;Reden (wordt bewaard):</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Wissen</translation>
        </message>
        <message>
            <source>Place a legal h&amp;old</source>
            <translation>Juridische &amp;bewaring instellen</translation>
        </message>
        <message>
            <source>Re&amp;lease the hold</source>
            <translation>Bewaring op&amp;heffen</translation>
        </message>
        <message>
            <source>Say why; the reason is recorded.</source>
            <translation>Zeg waarom; de reden wordt bewaard.</translation>
        </message>
        <message>
            <source>Not connected to a sync server.</source>
            <translation>Niet verbonden met een synchronisatieserver.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Verzenden…</translation>
        </message>
        <message>
            <source>Under a legal hold since %1</source>
            <translation>Onder juridische bewaring sinds %1</translation>
        </message>
        <message>
            <source>(placed by %1)</source>
            <translation>(ingesteld door %1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The legal hold is released.</source>
            <translation>De juridische bewaring is opgeheven.</translation>
        </message>
        <message>
            <source>The legal hold is in place.</source>
            <translation>De juridische bewaring is ingesteld.</translation>
        </message>
        <message>
            <source>Erased. Every device purges its copies at its next sync; Supervision, Data protection shows who has.</source>
            <translation>Gewist. Elk toestel wist zijn kopieën bij zijn volgende synchronisatie; Supervisie, Gegevensbescherming toont wie dat deed.</translation>
        </message>
        <message>
            <source>A legal hold stops this erasure; release it first.</source>
            <translation>Een juridische bewaring houdt deze wissing tegen; hef ze eerst op.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationReport</name>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Case notes without objective</source>
            <translation>Dossiernotities zonder doelstelling</translation>
        </message>
        <message>
            <source>Minimal-base objectives covered</source>
            <translation>Gedekte doelstellingen van de minimale basis</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open dossiers</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Sociale dienst — supervisie</translation>
        </message>
        <message>
            <source>Evaluation table of social action {year}</source>
            <translation>Evaluatietabel van de sociale actie {year}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Vergeleken met</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Afgedrukt op</translation>
        </message>
        <message>
            <source>Minimal base: {covered} of {of} objectives with at least one action this year</source>
            <translation>Minimale basis: {covered} van {of} doelstellingen met minstens één actie dit jaar</translation>
        </message>
        <message>
            <source>1. Quantitative indicators</source>
            <translation>1. Kwantitatieve indicatoren</translation>
        </message>
        <message>
            <source>2. Qualitative self-evaluation</source>
            <translation>2. Kwalitatieve zelfevaluatie</translation>
        </message>
        <message>
            <source>3. State of play per site</source>
            <translation>3. Stand van zaken per site</translation>
        </message>
        <message>
            <source>By pillar and indicator</source>
            <translation>Per pijler en indicator</translation>
        </message>
        <message>
            <source>By strategic axis and operational objective</source>
            <translation>Per strategische hoofdlijn en operationele doelstelling</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pijler</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Doelstellingen</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Hoofdlijn / doelstelling</translation>
        </message>
        <message>
            <source>Minimal base</source>
            <translation>Minimale basis</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Streefcijfer</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Actors present</source>
            <translation>Aanwezige actoren</translation>
        </message>
        <message>
            <source>Social staff (FTE)</source>
            <translation>Sociaal personeel (VTE)</translation>
        </message>
        <message>
            <source>Actions this year</source>
            <translation>Acties dit jaar</translation>
        </message>
        <message>
            <source>PSC: {name}</source>
            <translation>PSC: {name}</translation>
        </message>
        <message>
            <source>No PSC</source>
            <translation>Geen PSC</translation>
        </message>
        <message>
            <source>ARHUU: {yes_no}</source>
            <translation>ARHUU: {yes_no}</translation>
        </message>
        <message>
            <source>Associations: {names}</source>
            <translation>Verenigingen: {names}</translation>
        </message>
        <message>
            <source>Housing company {company} · DMBSH {dmbsh} · PSC {psc}</source>
            <translation>OVM {company} · DMBSH {dmbsh} · PSC {psc}</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individueel</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collectief</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Gemeenschappelijk</translation>
        </message>
        <message>
            <source>No self-evaluation written for this year yet.</source>
            <translation>Voor dit jaar is nog geen zelfevaluatie geschreven.</translation>
        </message>
        <message>
            <source>(state of play not filled in)</source>
            <translation>(stand van zaken niet ingevuld)</translation>
        </message>
        <message>
            <source>Counts below 5 are shown as "&lt;5"; a cell that would let one be worked out from a total is shown as "x". ● marks the objectives of the minimal base.</source>
            <translation>Aantallen onder 5 staan als "&lt;5"; een cel waarmee er een uit een totaal af te leiden zou zijn, staat als "x". ● duidt de doelstellingen van de minimale basis aan.</translation>
        </message>
        <message>
            <source>FieldApp — evaluation table {year}</source>
            <translation>FieldApp — evaluatietabel {year}</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.pdf</source>
            <translation>evaluatietabel-{year}.pdf</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.csv</source>
            <translation>evaluatietabel-{year}.csv</translation>
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
            <translation>PSC</translation>
        </message>
        <message>
            <source>ARHUU</source>
            <translation>ARHUU</translation>
        </message>
        <message>
            <source>Associations</source>
            <translation>Verenigingen</translation>
        </message>
        <message>
            <source>FTE housing company</source>
            <translation>VTE OVM</translation>
        </message>
        <message>
            <source>FTE DMBSH</source>
            <translation>VTE DMBSH</translation>
        </message>
        <message>
            <source>FTE PSC</source>
            <translation>VTE PSC</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open dossiers</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individueel</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collectief</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Gemeenschappelijk</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Hoofdlijn / doelstelling</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Pijlers</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Streefcijfer</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dit jaar</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Vorig jaar</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Zelfevaluatie</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pijler</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Doelstellingen</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Tonen (F5)</translation>
        </message>
        <message>
            <source>&amp;Target (actions this year):</source>
            <translation>&amp;Streefcijfer (acties dit jaar):</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>Geen streefcijfer</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation:</source>
            <translation>Zelf&amp;evaluatie:</translation>
        </message>
        <message>
            <source>What went well, what did not, what you will change — no names of tenants.</source>
            <translation>Wat ging goed, wat niet, wat u zult veranderen — geen namen van huurders.</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Return)</source>
            <translation>&amp;Opslaan (Ctrl+Enter)</translation>
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
            <translation>In het Nederlands of het Frans, naar keuze; elk aantal onder 5 staat als "&lt;5" en cellen die er een zouden verraden, zijn verborgen als "x"</translation>
        </message>
        <message>
            <source>Axes and objectives</source>
            <translation>Hoofdlijnen en doelstellingen</translation>
        </message>
        <message>
            <source>Indicators by pillar</source>
            <translation>Indicatoren per pijler</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>Stand van zaken per site</translation>
        </message>
        <message>
            <source>Parts of the evaluation table</source>
            <translation>Delen van de evaluatietabel</translation>
        </message>
        <message>
            <source>Minimal base (●): %1 of %2 objectives with at least one action · compared with %3 – %4</source>
            <translation>Minimale basis (●): %1 van %2 doelstellingen met minstens één actie · vergeleken met %3 – %4</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Tellen…</translation>
        </message>
        <message>
            <source>Choose an axis or an objective in the table</source>
            <translation>Kies een hoofdlijn of een doelstelling in de tabel</translation>
        </message>
        <message>
            <source>Saved; it goes to the other supervisors at the next sync.</source>
            <translation>Opgeslagen; het gaat bij de volgende synchronisatie naar de andere supervisors.</translation>
        </message>
        <message>
            <source>Show the table first (F5).</source>
            <translation>Toon eerst de tabel (F5).</translation>
        </message>
        <message>
            <source>Save the evaluation table</source>
            <translation>De evaluatietabel opslaan</translation>
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
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Opgeslagen: %1</translation>
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
            <translation>Taal van het document</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Taal van het document:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>B&amp;estand:</translation>
        </message>
    </context>
    <context>
        <name>FieldChoice</name>
        <message>
            <source>Before both changes</source>
            <translation>Voor beide wijzigingen</translation>
        </message>
        <message>
            <source>Yours — {who}, {when}</source>
            <translation>Van jou — {who}, {when}</translation>
        </message>
        <message>
            <source>{who} — {when}</source>
            <translation>{who} — {when}</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>&amp;Mijn versie bewaren</translation>
        </message>
        <message>
            <source>Keep the version of &amp;{who}</source>
            <translation>De versie van &amp;{who} bewaren</translation>
        </message>
        <message>
            <source>&amp;Merge both texts (edit below)</source>
            <translation>Beide teksten &amp;samenvoegen (hieronder aanpassen)</translation>
        </message>
        <message>
            <source>Merged text</source>
            <translation>Samengevoegde tekst</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Vervaldatum:</translation>
        </message>
        <message>
            <source>&amp;What to do:</source>
            <translation>&amp;Wat moet er gebeuren:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>V&amp;oor:</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Opvolging plannen</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Handed on at the end of a renovation: {text}</source>
            <translation>Doorgegeven bij het einde van een renovatie: {text}</translation>
        </message>
        <message>
            <source>Answer awaited from {department}: {text}</source>
            <translation>Antwoord verwacht van {department}: {text}</translation>
        </message>
        <message>
            <source>Hand-off from the neighbourhood agent: {text}</source>
            <translation>Doorgegeven door de buurt- en gemeenschapsagent: {text}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Due today ({n})</source>
            <translation>Vandaag ({n})</translation>
        </message>
        <message>
            <source>Overdue ({n})</source>
            <translation>Te laat ({n})</translation>
        </message>
        <message>
            <source>This week ({n})</source>
            <translation>Deze week ({n})</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>Opvolging voor vandaag</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Opvolging die te laat is</translation>
        </message>
        <message>
            <source>Follow-ups this week</source>
            <translation>Opvolging deze week</translation>
        </message>
        <message>
            <source>&amp;Mark as done</source>
            <translation>Als &amp;afgehandeld markeren</translation>
        </message>
        <message>
            <source>&amp;Open case file</source>
            <translation>Dossier &amp;openen</translation>
        </message>
    </context>
    <context>
        <name>FormDrafts</name>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Hersteld uit je niet-bewaarde ontwerp.</translation>
        </message>
    </context>
    <context>
        <name>GdprView</name>
        <message>
            <source>Closed case file</source>
            <translation>Afgesloten dossier</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Tussenkomst</translation>
        </message>
        <message>
            <source>Access-log entry</source>
            <translation>Toegangslogregel</translation>
        </message>
        <message>
            <source>Archived renovation project</source>
            <translation>Gearchiveerd renovatieproject</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Bewaartermijn</translation>
        </message>
        <message>
            <source>Closed case files (days after closing):</source>
            <translation>Afgesloten dossiers (dagen na afsluiten):</translation>
        </message>
        <message>
            <source>Inventories (days):</source>
            <translation>Plaatsbeschrijvingen (dagen):</translation>
        </message>
        <message>
            <source>Interventions (days):</source>
            <translation>Tussenkomsten (dagen):</translation>
        </message>
        <message>
            <source>Access-log entries (days):</source>
            <translation>Toegangslogregels (dagen):</translation>
        </message>
        <message>
            <source>Renovation projects (days after the archive):</source>
            <translation>Renovatieprojecten (dagen na archivering):</translation>
        </message>
        <message>
            <source>Purged on</source>
            <translation>Gewist op</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Bevolen</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Gewist</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Bevestigd door</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Nog niet</translation>
        </message>
        <message>
            <source>Retention periods (0 = kept) and the register of processing</source>
            <translation>Bewaartermijnen (0 = bewaard) en het verwerkingsregister</translation>
        </message>
        <message>
            <source>C&amp;ontroller:</source>
            <translation>Verwerkingsverant&amp;woordelijke:</translation>
        </message>
        <message>
            <source>the organisation's legal name</source>
            <translation>de juridische naam van de organisatie</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Verwerkingsverantwoordelijke</translation>
        </message>
        <message>
            <source>&amp;Data protection officer:</source>
            <translation>Functionaris &amp;gegevensbescherming:</translation>
        </message>
        <message>
            <source>name, e-mail or phone</source>
            <translation>naam, e-mail of telefoon</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Functionaris gegevensbescherming</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <source>Register of &amp;processing (PDF)…</source>
            <translation>&amp;Verwerkingsregister (PDF)…</translation>
        </message>
        <message>
            <source>Nothing is purged in the next {n} days.</source>
            <translation>De komende {n} dagen wordt niets gewist.</translation>
        </message>
        <message>
            <source>Purged in the next {n} days</source>
            <translation>Gewist in de komende {n} dagen</translation>
        </message>
        <message>
            <source>P&amp;urge what is due today…</source>
            <translation>Wat vandaag vervalt, w&amp;issen…</translation>
        </message>
        <message>
            <source>Erasure orders and the devices that confirmed</source>
            <translation>Wisopdrachten en de toestellen die ze bevestigden</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ve&amp;rnieuwen</translation>
        </message>
        <message>
            <source>No erasure has been ordered.</source>
            <translation>Er werd nog geen wissing bevolen.</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault first (Settings, Sync server).</source>
            <translation>Niet verbonden met een synchronisatieserver: verbind deze kluis eerst (Instellingen, Synchronisatieserver).</translation>
        </message>
        <message>
            <source>Reading from the server…</source>
            <translation>Lezen van de server…</translation>
        </message>
        <message>
            <source>Purge what is due</source>
            <translation>Wissen wat vervalt</translation>
        </message>
        <message>
            <source>Everything due today is erased on the server and on every device. Held records stay. Reason (recorded):</source>
            <translation>Alles wat vandaag vervalt, wordt gewist op de server en op elk toestel. Bewaarde gegevens blijven. Reden (wordt bewaard):</translation>
        </message>
        <message>
            <source>Retention period over</source>
            <translation>Bewaartermijn verstreken</translation>
        </message>
        <message>
            <source>Nothing is due today.</source>
            <translation>Vandaag vervalt niets.</translation>
        </message>
        <message>
            <source>Purged: {n} records.</source>
            <translation>Gewist: {n} gegevens.</translation>
        </message>
        <message>
            <source>The register was saved as {name}.</source>
            <translation>Het register werd bewaard als {name}.</translation>
        </message>
        <message>
            <source>Register of processing activities</source>
            <translation>Register van de verwerkingsactiviteiten</translation>
        </message>
    </context>
    <context>
        <name>GoalEditDialog</name>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Doel:</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>E&amp;valuatie op:</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>Doel wijzigen</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Zeg wat het doel is.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Guide</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>Guides of your roles</source>
            <translation>Handleidingen van uw rollen</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Waarom:</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Doorgeven aan de maatschappelijk assistent</translation>
        </message>
        <message>
            <source>The social assistant of {site} will find this among their follow-ups. You will not see their case file; only that it was handed on.</source>
            <translation>De maatschappelijk assistent van {site} vindt dit bij de opvolgingen. Je ziet het dossier niet, alleen dat het is doorgegeven.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of a {what}</source>
            <translation>Geschiedenis: {what}</translation>
        </message>
        <message>
            <source>Asking the server for every version…</source>
            <translation>Alle versies worden opgevraagd bij de server…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versies</translation>
        </message>
        <message>
            <source>Text of the selected version</source>
            <translation>Tekst van de gekozen versie</translation>
        </message>
        <message>
            <source>The server has no earlier version of this record yet (it has not been synchronised).</source>
            <translation>De server heeft nog geen versie van dit gegeven (het is nog niet gesynchroniseerd).</translation>
        </message>
        <message>
            <source>1 version.</source>
            <translation>1 versie.</translation>
        </message>
        <message>
            <source>{n} versions, oldest first.</source>
            <translation>{n} versies, oudste eerst.</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(onbekend)</translation>
        </message>
        <message>
            <source>The history is kept on the server, which cannot be reached now. Try again when you are connected.</source>
            <translation>De geschiedenis staat op de server, die nu niet bereikbaar is. Probeer opnieuw als je verbonden bent.</translation>
        </message>
        <message>
            <source>The history could not be read from the server.</source>
            <translation>De geschiedenis kon niet gelezen worden van de server.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>This vault is not connected to a server: only the current version is kept.</source>
            <translation>Deze kluis is niet met een server verbonden: alleen de huidige versie wordt bewaard.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsView</name>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Gebouw</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>&amp;Zoek:</translation>
        </message>
        <message>
            <source>Name, address or dwelling</source>
            <translation>Naam, adres of woning</translation>
        </message>
        <message>
            <source>Find a household</source>
            <translation>Gezin zoeken</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Case file status</source>
            <translation>Status van het dossier</translation>
        </message>
        <message>
            <source>&amp;Whose:</source>
            <translation>&amp;Van wie:</translation>
        </message>
        <message>
            <source>Whose case files</source>
            <translation>Van wie de dossiers zijn</translation>
        </message>
        <message>
            <source>My case files, everyone's on my sites, those with nobody yet, or a colleague's I stand in for. A name typed in Find searches every household of my sites.</source>
            <translation>Mijn dossiers, die van iedereen op mijn sites, die nog bij niemand zijn, of die van een collega die ik vervang. Een naam bij Zoeken doorzoekt alle gezinnen van mijn sites.</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>New &amp;candidate tenant…</source>
            <translation>Nieuwe &amp;kandidaat-huurder…</translation>
        </message>
        <message>
            <source>A household without a dwelling yet: it gets a case file now, a dwelling when it moves in</source>
            <translation>Een gezin dat nog geen woning heeft: het krijgt nu een dossier, een woning wanneer het intrekt</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>No case file</source>
            <translation>Geen dossier</translation>
        </message>
        <message>
            <source>My case files</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message>
            <source>Everyone's</source>
            <translation>Van iedereen</translation>
        </message>
        <message>
            <source>Nobody's yet</source>
            <translation>Nog van niemand</translation>
        </message>
        <message>
            <source>Of {name}</source>
            <translation>Van {name}</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>Al mijn sites</translation>
        </message>
        <message>
            <source>You have none of the case files yet. Whose: Everyone's shows every household of your sites.</source>
            <translation>Je hebt nog geen enkel dossier. Van wie: Van iedereen toont alle gezinnen van je sites.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} households</source>
            <translation>{shown} van {total} gezinnen getoond</translation>
        </message>
        <message>
            <source>Households: {total}</source>
            <translation>Gezinnen: {total}</translation>
        </message>
    </context>
    <context>
        <name>HousingDialog</name>
        <message>
            <source>Agreed on</source>
            <translation>Afgesproken op</translation>
        </message>
        <message>
            <source>Owed (€)</source>
            <translation>Verschuldigd (€)</translation>
        </message>
        <message>
            <source>Per month (€)</source>
            <translation>Per maand (€)</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>A&amp;greed on:</source>
            <translation>Afgesproken &amp;op:</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>&amp;Verschuldigd bedrag:</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Per &amp;maand:</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>S&amp;tap:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>Op&amp;merking:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Resultaat:</translation>
        </message>
        <message>
            <source>O&amp;n:</source>
            <translation>O&amp;p:</translation>
        </message>
        <message>
            <source>Right to housing: arrears, eviction, outcome</source>
            <translation>Recht op wonen: huurachterstal, uithuiszetting, resultaat</translation>
        </message>
        <message>
            <source>Arrears plans</source>
            <translation>Afbetalingsplannen</translation>
        </message>
        <message>
            <source>&amp;Add the arrears plan</source>
            <translation>Afbetalingsplan &amp;toevoegen</translation>
        </message>
        <message>
            <source>Paid o&amp;ff</source>
            <translation>&amp;Afbetaald</translation>
        </message>
        <message>
            <source>&amp;Not kept</source>
            <translation>&amp;Niet nagekomen</translation>
        </message>
        <message>
            <source>Eviction procedure</source>
            <translation>Uithuiszettingsprocedure</translation>
        </message>
        <message>
            <source>Add the ste&amp;p</source>
            <translation>Stap toe&amp;voegen</translation>
        </message>
        <message>
            <source>Outcome for the right to housing</source>
            <translation>Resultaat voor het recht op wonen</translation>
        </message>
        <message>
            <source>Re&amp;cord the outcome</source>
            <translation>Resultaat &amp;vastleggen</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>Wi&amp;jzigen…</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Afbetalingsplan wijzigen</translation>
        </message>
        <message>
            <source>D&amp;elete…</source>
            <translation>Verw&amp;ijderen…</translation>
        </message>
        <message>
            <source>Delete the arrears plan</source>
            <translation>Afbetalingsplan verwijderen</translation>
        </message>
        <message>
            <source>Change the &amp;step…</source>
            <translation>&amp;Stap wijzigen…</translation>
        </message>
        <message>
            <source>De&amp;lete the step…</source>
            <translation>Stap verwijderen…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Resultaat wijzigen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Delete the outcome</source>
            <translation>Resultaat verwijderen</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>Nog geen resultaat vastgelegd.</translation>
        </message>
        <message>
            <source>Recorded: {outcome} on {day}</source>
            <translation>Vastgelegd: {outcome} op {day}</translation>
        </message>
        <message>
            <source>Select the arrears plan first.</source>
            <translation>Kies eerst het afbetalingsplan.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Kies eerst een regel.</translation>
        </message>
        <message>
            <source>Delete the arrears plan agreed on {day} ({owed} € owed)? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Het afbetalingsplan van {day} ({owed} € verschuldigd) verwijderen? Doe dit alleen voor iets wat per vergissing is ingevoerd: het verdwijnt bij de volgende synchronisatie op elke laptop.</translation>
        </message>
        <message>
            <source>Delete the step</source>
            <translation>Stap verwijderen</translation>
        </message>
        <message>
            <source>Delete "{what}" of {day}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>"{what}" van {day} verwijderen? Doe dit alleen voor iets wat per vergissing is ingevoerd: het verdwijnt bij de volgende synchronisatie op elke laptop.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsReport</name>
        <message>
            <source>All sites</source>
            <translation>Alle sites</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Sociale dienst — coördinatie</translation>
        </message>
        <message>
            <source>Indicators of social action</source>
            <translation>Indicatoren van de sociale actie</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Afgedrukt op</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Synced records of the team, counted on the supervisor's laptop</source>
            <translation>Gesynchroniseerde gegevens van het team, geteld op de laptop van de verantwoordelijke</translation>
        </message>
        <message>
            <source>Summary by strategic axis</source>
            <translation>Overzicht per strategische hoofdlijn</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>Hoofdlijn {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>By operational objective</source>
            <translation>Per operationele doelstelling</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.pdf</source>
            <translation>indicatoren-{start}-{end}.pdf</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Notities per operationele doelstelling</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Acties per strategische hoofdlijn</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Niets geregistreerd in deze periode.</translation>
        </message>
        <message>
            <source>Objectives: the one written on each case note; other actions count towards the objective their kind of work serves (home visits and follow-ups 2.3, welcome 2.2, referrals 4.2, inventories 1.2, help needed 2.1, interventions by category). Referrals appear twice (by destination and by outcome).</source>
            <translation>Doelstellingen: die van elke notitie; andere acties tellen voor de doelstelling die dat soort werk dient (huisbezoeken en opvolging 2.3, onthaal 2.2, doorverwijzingen 4.2, plaatsbeschrijvingen 1.2, hulp nodig 2.1, interventies per categorie). Doorverwijzingen staan er twee keer (per bestemming en per resultaat).</translation>
        </message>
        <message>
            <source>FieldApp — indicators {start} – {end}</source>
            <translation>FieldApp — indicatoren {start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsView</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Operational objectives</source>
            <translation>Operationele doelstellingen</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Laatste 12 maanden</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dit jaar</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Vorige maand</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Vorig jaar</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Alle sites</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Tonen (F5)</translation>
        </message>
        <message>
            <source>PDF report (Ctrl+P)</source>
            <translation>PDF-rapport (Ctrl+P)</translation>
        </message>
        <message>
            <source>CSV (Ctrl+E)</source>
            <translation>CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Anonymised CSV for the region (Ctrl+Shift+E)</source>
            <translation>Geanonimiseerde CSV voor het gewest (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>DMBSH…</source>
            <translation>DMBSH…</translation>
        </message>
        <message>
            <source>The anonymised DMBSH report across housing companies (Ctrl+Shift+D)</source>
            <translation>Het geanonimiseerde DMBSH-verslag over de OVM's (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>DMBSH-verslag over de OVM's</translation>
        </message>
        <message>
            <source>No names, no ids; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</source>
            <translation>Geen namen, geen id's; elk aantal onder 5 als "&lt;5" en cellen die er een zouden verraden verborgen als "x"</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicatoren</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Eerste dag van de periode</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Laatste dag van de periode</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Tellen…</translation>
        </message>
        <message>
            <source>Actions counted: %1</source>
            <translation>Getelde acties: %1</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Acties per strategische hoofdlijn</translation>
        </message>
        <message>
            <source>Axis %1</source>
            <translation>Hoofdlijn %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Notities per operationele doelstelling</translation>
        </message>
        <message>
            <source>Show the indicators first (F5).</source>
            <translation>Toon eerst de indicatoren (F5).</translation>
        </message>
        <message>
            <source>Save the PDF report</source>
            <translation>PDF-rapport opslaan</translation>
        </message>
        <message>
            <source>indicators-anonymised-{start}-{end}.csv</source>
            <translation>indicatoren-geanonimiseerd-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.csv</source>
            <translation>indicatoren-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>Save the CSV file</source>
            <translation>CSV-bestand opslaan</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>InfoSessionsDialog</name>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Uitgenodigd</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gesteld door</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Antwoord door</translation>
        </message>
        <message>
            <source>Folder for the invitations</source>
            <translation>Map voor de uitnodigingen</translation>
        </message>
        <message>
            <source>Information sessions</source>
            <translation>Infovergaderingen</translation>
        </message>
        <message>
            <source>&amp;Plan the session</source>
            <translation>Vergadering &amp;plannen</translation>
        </message>
        <message>
            <source>Print the &amp;invitations…</source>
            <translation>&amp;Uitnodigingen afdrukken…</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Tijdstip:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;laats:</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Aanwezige gezinnen</translation>
        </message>
        <message>
            <source>Staff and contractors present</source>
            <translation>Aanwezige medewerkers en aannemers</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Hoedanigheid</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Naam — Enter voegt toe</translation>
        </message>
        <message>
            <source>&amp;Save who came</source>
            <translation>Aanwezigen &amp;bewaren</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>&amp;Aanwezige gezinnen:</translation>
        </message>
        <message>
            <source>Staff and &amp;contractors:</source>
            <translation>Medewerkers en aa&amp;nnemers:</translation>
        </message>
        <message>
            <source>Questions and answers</source>
            <translation>Vragen en antwoorden</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(niet vermeld)</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(nog niemand)</translation>
        </message>
        <message>
            <source>&amp;Add the question</source>
            <translation>Vraag &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Edit the chosen question</source>
            <translation>Gekozen vraag &amp;wijzigen</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Vraag:</translation>
        </message>
        <message>
            <source>Asked &amp;by:</source>
            <translation>&amp;Gesteld door:</translation>
        </message>
        <message>
            <source>A&amp;nswer:</source>
            <translation>A&amp;ntwoord:</translation>
        </message>
        <message>
            <source>Answered b&amp;y:</source>
            <translation>Antwoord &amp;door:</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Save the &amp;minutes</source>
            <translation>Verslag &amp;bewaren</translation>
        </message>
        <message>
            <source>Minutes (P&amp;DF)…</source>
            <translation>Verslag (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Plan and invite</source>
            <translation>Plannen en uitnodigen</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Wie kwam</translation>
        </message>
        <message>
            <source>Session planned; %1 households invited.</source>
            <translation>Vergadering gepland; %1 gezinnen uitgenodigd.</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>Aanwezigen bewaard.</translation>
        </message>
        <message>
            <source>Question added.</source>
            <translation>Vraag toegevoegd.</translation>
        </message>
        <message>
            <source>Question changed.</source>
            <translation>Vraag gewijzigd.</translation>
        </message>
        <message>
            <source>Choose a question in the list first.</source>
            <translation>Kies eerst een vraag in de lijst.</translation>
        </message>
        <message>
            <source>&amp;Save the change</source>
            <translation>Wijziging &amp;opslaan</translation>
        </message>
        <message>
            <source>Stop &amp;editing</source>
            <translation>Stoppen met &amp;wijzigen</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>Verslag bewaard.</translation>
        </message>
        <message>
            <source>Invitations printed: %1, each in the household's language.</source>
            <translation>Uitnodigingen afgedrukt: %1, elk in de taal van het gezin.</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF bewaard: %1</translation>
        </message>
        <message>
            <source>Minutes of the information session</source>
            <translation>Verslag van de infovergadering</translation>
        </message>
    </context>
    <context>
        <name>InitiativesView</name>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiatief</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>Gedragen door</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>Gegeven steun</translation>
        </message>
        <message>
            <source>&amp;Initiative:</source>
            <translation>&amp;Initiatief:</translation>
        </message>
        <message>
            <source>Carried &amp;by (a group):</source>
            <translation>Gedragen &amp;door (een groep):</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>Sin&amp;ds:</translation>
        </message>
        <message>
            <source>Kind of su&amp;pport:</source>
            <translation>Soort ste&amp;un:</translation>
        </message>
        <message>
            <source>&amp;What (no names):</source>
            <translation>W&amp;at (geen namen):</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Wijk:</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Initiatieven van huurders</translation>
        </message>
        <message>
            <source>A new initiative</source>
            <translation>Een nieuw initiatief</translation>
        </message>
        <message>
            <source>&amp;Add the initiative</source>
            <translation>Initiatief &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Record the support</source>
            <translation>&amp;Steun vastleggen</translation>
        </message>
        <message>
            <source>Running a&amp;gain</source>
            <translation>Loopt &amp;opnieuw</translation>
        </message>
        <message>
            <source>It has &amp;ended</source>
            <translation>Het is afgelo&amp;pen</translation>
        </message>
        <message>
            <source>Choose an initiative, or add one.</source>
            <translation>Kies een initiatief, of voeg er een toe.</translation>
        </message>
    </context>
    <context>
        <name>InternalAnswerDialog</name>
        <message>
            <source>Facts:</source>
            <translation>Feiten:</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Antwoord:</translation>
        </message>
        <message>
            <source>Answered &amp;on:</source>
            <translation>Beantwoord &amp;op:</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Aanvraag aan een dienst</translation>
        </message>
        <message>
            <source>To {department}, asked on {asked}, answer wanted by {due}.</source>
            <translation>Aan {department}, gevraagd op {asked}, antwoord gewenst tegen {due}.</translation>
        </message>
        <message>
            <source>Request &amp;slip (PDF)…</source>
            <translation>Aanvraag&amp;formulier (PDF)…</translation>
        </message>
        <message>
            <source>Request slip</source>
            <translation>Aanvraagformulier</translation>
        </message>
    </context>
    <context>
        <name>InternalRequestDialog</name>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Dienst:</translation>
        </message>
        <message>
            <source>&amp;Answer wanted by:</source>
            <translation>&amp;Antwoord gewenst tegen:</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>&amp;Feiten:</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Aanvraag aan een dienst</translation>
        </message>
        <message>
            <source>Facts only: the department is not bound by professional secrecy. Write what it needs to act (dates, amounts, the defect, the request), never what the household confided to you.</source>
            <translation>Enkel feiten: de dienst is niet gebonden door het beroepsgeheim. Schrijf wat hij nodig heeft om te handelen (data, bedragen, het defect, de vraag), nooit wat het gezin u toevertrouwde.</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>W&amp;hen:</source>
            <translation>W&amp;anneer:</translation>
        </message>
        <message>
            <source>&amp;Met:</source>
            <translation>&amp;Ontmoet:</translation>
        </message>
        <message>
            <source>What was &amp;done:</source>
            <translation>Wat is er &amp;gedaan:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultaat:</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Foto's:</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Interventie noteren</translation>
        </message>
        <message>
            <source>A &amp;follow-up is needed</source>
            <translation>&amp;Opvolging nodig</translation>
        </message>
        <message>
            <source>&amp;Close the request</source>
            <translation>Melding &amp;afsluiten</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>&amp;Foto's toevoegen…</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Foto's toevoegen</translation>
        </message>
        <message>
            <source>{n} photos</source>
            <translation>{n} foto's</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>InventoryEditor</name>
        <message>
            <source>Rooms</source>
            <translation>Ruimtes</translation>
        </message>
        <message>
            <source>Elements</source>
            <translation>Elementen</translation>
        </message>
        <message>
            <source>Kind of room</source>
            <translation>Soort ruimte</translation>
        </message>
        <message>
            <source>Add &amp;room</source>
            <translation>&amp;Ruimte toevoegen</translation>
        </message>
        <message>
            <source>Room name — Enter renames</source>
            <translation>Naam van de ruimte — Enter hernoemt</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Naam van de ruimte</translation>
        </message>
        <message>
            <source>Remove room</source>
            <translation>Ruimte verwijderen</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Toets {key}</translation>
        </message>
        <message>
            <source>Remarks on this element — Enter saves</source>
            <translation>Opmerkingen bij dit element — Enter bewaart</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>&amp;Foto's toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>Foto &amp;nemen…</translation>
        </message>
        <message>
            <source>Photos of the element and the room</source>
            <translation>Foto's van het element en de ruimte</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Hersteld uit je niet-bewaarde ontwerp.</translation>
        </message>
        <message>
            <source>Signed: this inventory is frozen. Record later changes as an addendum (Attendees and signatures).</source>
            <translation>Ondertekend: deze plaatsbeschrijving is vastgelegd. Noteer latere wijzigingen als addendum (Aanwezigen en handtekeningen).</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Inventory shown</source>
            <translation>Getoonde plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Start the pre-works &amp;inventory</source>
            <translation>&amp;Plaatsbeschrijving vóór de werken starten</translation>
        </message>
        <message>
            <source>Start the post-works &amp;check</source>
            <translation>&amp;Controle na de werken starten</translation>
        </message>
        <message>
            <source>P&amp;DF…</source>
            <translation>P&amp;DF…</translation>
        </message>
        <message>
            <source>Compare before/after (PDF)…</source>
            <translation>Vóór/na vergelijken (PDF)…</translation>
        </message>
        <message>
            <source>No inventory yet for this dwelling.</source>
            <translation>Nog geen plaatsbeschrijving voor deze woning.</translation>
        </message>
        <message>
            <source>Signed · fingerprint {short}…</source>
            <translation>Ondertekend · vingerafdruk {short}…</translation>
        </message>
        <message>
            <source>Draft — not signed yet</source>
            <translation>Ontwerp — nog niet ondertekend</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF bewaard: {name}</translation>
        </message>
        <message>
            <source>Print the inventory</source>
            <translation>Plaatsbeschrijving afdrukken</translation>
        </message>
        <message>
            <source>Print the comparison</source>
            <translation>Vergelijking afdrukken</translation>
        </message>
    </context>
    <context>
        <name>LockedOfflinePage</name>
        <message>
            <source>Connect to synchronise</source>
            <translation>Verbind om te synchroniseren</translation>
        </message>
        <message>
            <source>This laptop has not reached the server for more than {n} days. Connect to the network and synchronise: your case files open again as soon as it succeeds. Nothing you wrote is lost.</source>
            <translation>Deze laptop heeft de server al meer dan {n} dagen niet bereikt. Verbind met het netwerk en synchroniseer: je dossiers gaan weer open zodra dat lukt. Niets van wat je schreef gaat verloren.</translation>
        </message>
        <message>
            <source>&amp;Synchronise now</source>
            <translation>&amp;Nu synchroniseren</translation>
        </message>
        <message>
            <source>Synchronise now</source>
            <translation>Nu synchroniseren</translation>
        </message>
    </context>
    <context>
        <name>LogPage</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessies</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>&amp;Log an activity (Ctrl+J)</source>
            <translation>Een activiteit &amp;noteren (Ctrl+J)</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activiteiten van het jaar</translation>
        </message>
        <message>
            <source>{year}: {count} activities, {people} participants in all.</source>
            <translation>{year}: {count} activiteiten, {people} deelnemers in totaal.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Leg eerst het project vast (Ctrl+1).</translation>
        </message>
        <message>
            <source>Named (with consent):</source>
            <translation>Genoemd (met toestemming):</translation>
        </message>
        <message>
            <source>Trainer:</source>
            <translation>Vormingsgever:</translation>
        </message>
        <message>
            <source>Facilitators:</source>
            <translation>Begeleiders:</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Individuele afsluitende sessie:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Feedback:</translation>
        </message>
        <message>
            <source>New questions:</source>
            <translation>Nieuwe vragen:</translation>
        </message>
        <message>
            <source>Follow-up offered:</source>
            <translation>Aangeboden opvolging:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notities:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;About FieldApp</source>
            <translation>&amp;Over FieldApp</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Colleagues' &amp;keys…</source>
            <translation>Sleutels van &amp;collega's…</translation>
        </message>
        <message>
            <source>Compare safety numbers with a colleague before sharing with them</source>
            <translation>Vergelijk veiligheidsnummers met een collega voor u iets met hen deelt</translation>
        </message>
        <message>
            <source>&amp;Areas</source>
            <translation>&amp;Werkdomeinen</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <source>&amp;Case file</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisatie</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Nu &amp;vergrendelen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Households</source>
            <translation>&amp;Gezinnen</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Opvolging</translation>
        </message>
        <message>
            <source>&amp;Search notes</source>
            <translation>Verslagen &amp;zoeken</translation>
        </message>
        <message>
            <source>&amp;Welcome sessions</source>
            <translation>&amp;Onthaalsessies</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Office hours</source>
            <translation>&amp;Permanenties</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;Nieuw verslag</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up…</source>
            <translation>&amp;Opvolging plannen…</translation>
        </message>
        <message>
            <source>Add a &amp;referral…</source>
            <translation>&amp;Doorverwijzing toevoegen…</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit…</source>
            <translation>&amp;Huisbezoek plannen…</translation>
        </message>
        <message>
            <source>&amp;Close case file</source>
            <translation>Dossier &amp;sluiten</translation>
        </message>
        <message>
            <source>S&amp;ynchronise now</source>
            <translation>Nu &amp;synchroniseren</translation>
        </message>
        <message>
            <source>Send your changes and fetch the team's (F5)</source>
            <translation>Je wijzigingen versturen en die van het team ophalen (F5)</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Synchronisatiestatus</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;laats:</translation>
        </message>
        <message>
            <source>&amp;Present (one a line: name; organisation):</source>
            <translation>&amp;Aanwezig (één per regel: naam; organisatie):</translation>
        </message>
        <message>
            <source>&amp;Apologies (one a line):</source>
            <translation>&amp;Verontschuldigd (één per regel):</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Verslag:</translation>
        </message>
        <message>
            <source>D&amp;ecisions:</source>
            <translation>B&amp;eslissingen:</translation>
        </message>
        <message>
            <source>Meeting of the follow-up committee</source>
            <translation>Vergadering van het opvolgingscomité</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Onderwerp:</translation>
        </message>
        <message>
            <source>Comes &amp;from:</source>
            <translation>Komt &amp;van:</translation>
        </message>
        <message>
            <source>Department or &amp;colleague:</source>
            <translation>Dienst of &amp;collega:</translation>
        </message>
        <message>
            <source>Fu&amp;nction:</source>
            <translation>Fu&amp;nctie:</translation>
        </message>
        <message>
            <source>Na&amp;me (if they agree):</source>
            <translation>Na&amp;am (met akkoord):</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>&amp;Onderwerp:</translation>
        </message>
        <message>
            <source>What was &amp;said:</source>
            <translation>Wat er ge&amp;zegd werd:</translation>
        </message>
        <message>
            <source>&amp;Decided:</source>
            <translation>&amp;Beslist:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Actie:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Wie:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;Tegen:</translation>
        </message>
        <message>
            <source>Hou&amp;sehold:</source>
            <translation>&amp;Huishouden:</translation>
        </message>
        <message>
            <source>Named &amp;as:</source>
            <translation>Genoemd &amp;als:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Hoe:</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Verstuurd op:</translation>
        </message>
        <message>
            <source>&amp;Households:</source>
            <translation>&amp;Huishoudens:</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>On the &amp;day</source>
            <translation>Op de &amp;dag</translation>
        </message>
        <message>
            <source>Minu&amp;tes</source>
            <translation>Ve&amp;rslag</translation>
        </message>
        <message>
            <source>Topics of the agenda</source>
            <translation>Onderwerpen van de agenda</translation>
        </message>
        <message>
            <source>Add a topic</source>
            <translation>Een onderwerp toevoegen</translation>
        </message>
        <message>
            <source>Add the to&amp;pic</source>
            <translation>Onderwerp toe&amp;voegen</translation>
        </message>
        <message>
            <source>Save the topic c&amp;hanges</source>
            <translation>Wijzigingen van het punt &amp;bewaren</translation>
        </message>
        <message>
            <source>&amp;Remove the topic</source>
            <translation>Punt &amp;verwijderen</translation>
        </message>
        <message>
            <source>&amp;Invitations (PDF)…</source>
            <translation>&amp;Uitnodigingen (PDF)…</translation>
        </message>
        <message>
            <source>One page per household of the neighbourhood, in its language</source>
            <translation>Eén pagina per huishouden van de wijk, in zijn taal</translation>
        </message>
        <message>
            <source>Dutch and French on every page</source>
            <translation>Nederlands en Frans op elke pagina</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>&amp;Aanwezige huishoudens:</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Aanwezige huishoudens</translation>
        </message>
        <message>
            <source>&amp;Record who came</source>
            <translation>&amp;Aanwezigheid opslaan</translation>
        </message>
        <message>
            <source>Staff present</source>
            <translation>Aanwezig personeel</translation>
        </message>
        <message>
            <source>Agrees to be named in the minutes</source>
            <translation>Gaat akkoord om in het verslag genoemd te worden</translation>
        </message>
        <message>
            <source>Add sta&amp;ff</source>
            <translation>&amp;Personeelslid toevoegen</translation>
        </message>
        <message>
            <source>Save staff c&amp;hanges</source>
            <translation>Wijzigingen &amp;personeel bewaren</translation>
        </message>
        <message>
            <source>Remove from the &amp;list</source>
            <translation>Van de &amp;lijst halen</translation>
        </message>
        <message>
            <source>What was said and decided</source>
            <translation>Wat er gezegd en beslist werd</translation>
        </message>
        <message>
            <source>Sa&amp;ve the topic</source>
            <translation>Onderwerp op&amp;slaan</translation>
        </message>
        <message>
            <source>Actions (open ones of earlier meetings too)</source>
            <translation>Acties (ook de open acties van vorige vergaderingen)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Add the a&amp;ction</source>
            <translation>A&amp;ctie toevoegen</translation>
        </message>
        <message>
            <source>Done / open a&amp;gain</source>
            <translation>Gedaan / &amp;weer open</translation>
        </message>
        <message>
            <source>A tenant who spoke and agrees to be named</source>
            <translation>Een huurder die sprak en genoemd wil worden</translation>
        </message>
        <message>
            <source>Name in the minutes</source>
            <translation>In het verslag noemen</translation>
        </message>
        <message>
            <source>&amp;Issue the minutes</source>
            <translation>Verslag &amp;vrijgeven</translation>
        </message>
        <message>
            <source>Minutes (&amp;PDF)…</source>
            <translation>Verslag (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Distribution of the minutes</source>
            <translation>Verspreiding van het verslag</translation>
        </message>
        <message>
            <source>&amp;Log the distribution</source>
            <translation>Verspreiding &amp;noteren</translation>
        </message>
        <message>
            <source>&amp;Undo for the ticked households</source>
            <translation>&amp;Ongedaan maken voor de aangevinkte gezinnen</translation>
        </message>
        <message>
            <source>The minutes did not go to the ticked households this way: take the lines back</source>
            <translation>Het verslag ging niet op deze manier naar de aangevinkte gezinnen: neem de regels terug</translation>
        </message>
        <message>
            <source>Plan it again</source>
            <translation>Opnieuw plannen</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Vergadering annuleren</translation>
        </message>
        <message>
            <source>Choose a meeting, or plan one.</source>
            <translation>Kies een vergadering, of plan er een.</translation>
        </message>
        <message>
            <source>The minutes are not issued yet.</source>
            <translation>Het verslag is nog niet vrijgegeven.</translation>
        </message>
        <message>
            <source>Minutes issued on {day}; received by {n} of {m} households.</source>
            <translation>Verslag vrijgegeven op {day}; ontvangen door {n} van {m} huishoudens.</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>gedaan {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>by {day}</source>
            <translation>tegen {day}</translation>
        </message>
        <message>
            <source>(meeting of {day})</source>
            <translation>(vergadering van {day})</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Uitnodigingen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>issued; {n} of {m} households</source>
            <translation>vrijgegeven; {n} van {m} huishoudens</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Aanwezige huishoudens</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Wijk:</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Plan a tenants' meeting</source>
            <translation>Een bewonersvergadering plannen</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Begin:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Plan the &amp;meeting</source>
            <translation>&amp;Vergadering plannen</translation>
        </message>
        <message>
            <source>No neighbourhood yet: a supervisor groups the sites into neighbourhoods in the registry.</source>
            <translation>Nog geen wijk: een verantwoordelijke groepeert de sites in wijken in het register.</translation>
        </message>
        <message>
            <source>Sites: {sites} · {n} households</source>
            <translation>Sites: {sites} · {n} huishoudens</translation>
        </message>
    </context>
    <context>
        <name>MoveInDialog</name>
        <message>
            <source>&amp;Dwelling:</source>
            <translation>&amp;Woning:</translation>
        </message>
        <message>
            <source>&amp;Moved in on:</source>
            <translation>&amp;Ingetrokken op:</translation>
        </message>
        <message>
            <source>The candidate moves in</source>
            <translation>De kandidaat trekt in</translation>
        </message>
        <message>
            <source>No dwelling of this site is free in the register.</source>
            <translation>Geen enkele woning van deze site is vrij in het register.</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>Correct the name</source>
            <translation>Naam corrigeren</translation>
        </message>
        <message>
            <source>The name the organisation's laptops show for this person. The server keeps none: it goes to your colleagues, sealed, at the next sync, and the person's own laptop takes it too.</source>
            <translation>De naam die de laptops van de organisatie voor deze persoon tonen. De server bewaart geen namen: de naam gaat verzegeld naar uw collega's bij de volgende synchronisatie, en ook de laptop van de persoon zelf neemt hem over.</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>E-mailadres:</translation>
        </message>
        <message>
            <source>Name now:</source>
            <translation>Huidige naam:</translation>
        </message>
        <message>
            <source>Correct &amp;name:</source>
            <translation>&amp;Juiste naam:</translation>
        </message>
        <message>
            <source>none on this laptop yet: shown by the e-mail address</source>
            <translation>nog geen op deze laptop: getoond met het e-mailadres</translation>
        </message>
        <message>
            <source>Correct name</source>
            <translation>Juiste naam</translation>
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
            <translation>Ronde van vandaag</translation>
        </message>
        <message>
            <source>My week</source>
            <translation>Mijn week</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Gevraagd om mee te gaan</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Werkgebieden</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood</source>
            <translation>B&amp;uurt</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Interventie noteren</translation>
        </message>
        <message>
            <source>Pass a defect on</source>
            <translation>Defect doorgeven</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Doorgeven aan de maatschappelijk assistent</translation>
        </message>
        <message>
            <source>Ctrl+N new request · Ctrl+T in/out of today's round · Ctrl+I intervention · Ctrl+D defect · Ctrl+H hand-off</source>
            <translation>Ctrl+N nieuwe melding · Ctrl+T in/uit de ronde van vandaag · Ctrl+I interventie · Ctrl+D defect · Ctrl+H doorgeven</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Edit note</source>
            <translation>Verslag bewerken</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nieuw verslag</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Hersteld uit je niet-bewaarde ontwerp.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>Confi&amp;dentiality:</source>
            <translation>&amp;Vertrouwelijkheid:</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Doelstelling:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Tekst:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>Verslag &amp;bewaren</translation>
        </message>
        <message>
            <source>Save note (Ctrl+S)</source>
            <translation>Verslag bewaren (Ctrl+S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>&amp;Annuleren</translation>
        </message>
        <message>
            <source>Name a co&amp;lleague…</source>
            <translation>Een co&amp;llega aanwijzen…</translation>
        </message>
        <message>
            <source>Let a colleague you name read your restricted notes of this site</source>
            <translation>Laat een collega die je aanwijst je beperkte notities van deze site lezen</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Soort verslag</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Datum van het contact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Operational objective</source>
            <translation>Operationele doelstelling</translation>
        </message>
        <message>
            <source>Who can read this note</source>
            <translation>Wie deze notitie kan lezen</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Tekst van het verslag</translation>
        </message>
        <message>
            <source>Readable by the social assistants of this site and the supervisors.</source>
            <translation>Leesbaar voor de maatschappelijk assistenten van deze site en de supervisors.</translation>
        </message>
        <message>
            <source>the author</source>
            <translation>de auteur</translation>
        </message>
        <message>
            <source>the supervisors (names known after the next synchronisation)</source>
            <translation>de supervisors (namen bekend na de volgende synchronisatie)</translation>
        </message>
        <message>
            <source>Readable only by %1 (author), the supervisors %2 and the colleagues named: %3.</source>
            <translation>Alleen leesbaar voor %1 (auteur), de supervisors %2 en de aangewezen collega’s: %3.</translation>
        </message>
        <message>
            <source>Readable only by %1 (author) and the supervisors %2; no colleague named.</source>
            <translation>Alleen leesbaar voor %1 (auteur) en de supervisors %2; geen collega aangewezen.</translation>
        </message>
        <message>
            <source>Not yet for %1: compare safety numbers with them first (Sync → Colleagues' keys…).</source>
            <translation>Nog niet voor %1: vergelijk eerst de veiligheidsnummers met hen (Synchronisatie → Sleutels van collega's…).</translation>
        </message>
        <message>
            <source>No colleague is known on this laptop yet; synchronise first.</source>
            <translation>Op deze laptop is nog geen collega bekend; synchroniseer eerst.</translation>
        </message>
        <message>
            <source>Name a colleague</source>
            <translation>Een collega aanwijzen</translation>
        </message>
        <message>
            <source>This colleague will be able to read all your restricted notes of this site:</source>
            <translation>Deze collega zal al je beperkte notities van deze site kunnen lezen:</translation>
        </message>
    </context>
    <context>
        <name>OfficeHoursView</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Korte vraag</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Doorverwezen naar</translation>
        </message>
        <message>
            <source>What about</source>
            <translation>Waarover</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Office-hours sessions</source>
            <translation>Permanenties</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nieuwe permanentie</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Waar:</translation>
        </message>
        <message>
            <source>Add the &amp;session</source>
            <translation>Permanentie &amp;toevoegen</translation>
        </message>
        <message>
            <source>Who came to the selected session</source>
            <translation>Wie kwam naar de gekozen permanentie</translation>
        </message>
        <message>
            <source>Contacts of the session</source>
            <translation>Contacten van de permanentie</translation>
        </message>
        <message>
            <source>Someone came</source>
            <translation>Iemand kwam langs</translation>
        </message>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Dossier:</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Of wie (geen dossier):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hema:</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>Doo&amp;rverwezen naar:</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>Waar&amp;over:</translation>
        </message>
        <message>
            <source>A first name or a few words, e.g. neighbour from block B</source>
            <translation>Een voornaam of enkele woorden, bv. buurman van blok B</translation>
        </message>
        <message>
            <source>Facts only, in a few words</source>
            <translation>Enkel feiten, in enkele woorden</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Korte vraag</translation>
        </message>
        <message>
            <source>Add the c&amp;ontact</source>
            <translation>C&amp;ontact toevoegen</translation>
        </message>
        <message>
            <source>Ch&amp;ange…</source>
            <translation>Wi&amp;jzigen…</translation>
        </message>
        <message>
            <source>Change the session</source>
            <translation>Permanentie wijzigen</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>Verwijdere&amp;n…</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Permanentie verwijderen</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation>Wij&amp;zigen…</translation>
        </message>
        <message>
            <source>Change the contact</source>
            <translation>Contact wijzigen</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Verwijd&amp;eren…</translation>
        </message>
        <message>
            <source>Delete the contact</source>
            <translation>Contact verwijderen</translation>
        </message>
        <message>
            <source>(no case file)</source>
            <translation>(geen dossier)</translation>
        </message>
        <message>
            <source>Delete the office-hours session</source>
            <translation>Permanentie verwijderen</translation>
        </message>
        <message>
            <source>Delete the session of {when} and the {n} contact(s) recorded in it? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>De permanentie van {when} en de {n} contact(en) die erin staan verwijderen? Doe dit alleen voor iets wat per vergissing is ingevoerd: het verdwijnt bij de volgende synchronisatie op elke laptop.</translation>
        </message>
        <message>
            <source>Delete the office-hours contact</source>
            <translation>Contact op de permanentie verwijderen</translation>
        </message>
        <message>
            <source>Delete the contact with {who}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Het contact met {who} verwijderen? Doe dit alleen voor iets wat per vergissing is ingevoerd: het verdwijnt bij de volgende synchronisatie op elke laptop.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationView</name>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Oproep</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aanvragen</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Geselecteerd</translation>
        </message>
        <message>
            <source>Granted (€)</source>
            <translation>Toegekend (€)</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Uiterste datum:</translation>
        </message>
        <message>
            <source>Call te&amp;xt:</source>
            <translation>Te&amp;kst van de oproep:</translation>
        </message>
        <message>
            <source>Coun&amp;cil:</source>
            <translation>&amp;Raad:</translation>
        </message>
        <message>
            <source>Met o&amp;n:</source>
            <translation>Vergaderd o&amp;p:</translation>
        </message>
        <message>
            <source>Su&amp;bject:</source>
            <translation>On&amp;derwerp:</translation>
        </message>
        <message>
            <source>Ad&amp;vice:</source>
            <translation>Ad&amp;vies:</translation>
        </message>
        <message>
            <source>&amp;Applicant is:</source>
            <translation>&amp;Aanvrager is:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>A&amp;mount asked:</source>
            <translation>Gevraagd &amp;bedrag:</translation>
        </message>
        <message>
            <source>Deci&amp;sion:</source>
            <translation>Be&amp;slissing:</translation>
        </message>
        <message>
            <source>Amount &amp;granted:</source>
            <translation>&amp;Toegekend bedrag:</translation>
        </message>
        <message>
            <source>C&amp;oaching on:</source>
            <translation>Begeleiding &amp;op:</translation>
        </message>
        <message>
            <source>Disc&amp;ussed:</source>
            <translation>Bespro&amp;ken:</translation>
        </message>
        <message>
            <source>&amp;Report received on:</source>
            <translation>Eindverslag ontvangen o&amp;p:</translation>
        </message>
        <message>
            <source>Report summar&amp;y:</source>
            <translation>Samenvatting van het verslag:</translation>
        </message>
        <message>
            <source>Amount spen&amp;t:</source>
            <translation>&amp;Uitgegeven bedrag:</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Projectoproepen</translation>
        </message>
        <message>
            <source>Call for projects</source>
            <translation>Projectoproep</translation>
        </message>
        <message>
            <source>&amp;Publish a call</source>
            <translation>Oproep &amp;publiceren</translation>
        </message>
        <message>
            <source>Save c&amp;hanges</source>
            <translation>&amp;Wijzigingen bewaren</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Delete this call, entered by mistake</source>
            <translation>Deze oproep verwijderen, per vergissing ingevoerd</translation>
        </message>
        <message>
            <source>Follow-up of the application</source>
            <translation>Opvolging van de aanvraag</translation>
        </message>
        <message>
            <source>Coaching contacts</source>
            <translation>Begeleidingscontacten</translation>
        </message>
        <message>
            <source>Add the coaching contact</source>
            <translation>Begeleidingscontact toevoegen</translation>
        </message>
        <message>
            <source>Record the final report</source>
            <translation>Eindverslag opslaan</translation>
        </message>
        <message>
            <source>Tenants' council and committees</source>
            <translation>Huurdersraad en comités</translation>
        </message>
        <message>
            <source>Council meetings</source>
            <translation>Vergaderingen van de raad</translation>
        </message>
        <message>
            <source>Record the &amp;meeting</source>
            <translation>&amp;Vergadering vastleggen</translation>
        </message>
        <message>
            <source>App&amp;lications:</source>
            <translation>Aan&amp;vragen:</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nieuwe aanvraag</translation>
        </message>
        <message>
            <source>Add the applica&amp;tion</source>
            <translation>Aanvraag &amp;toevoegen</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selectie</translation>
        </message>
        <message>
            <source>Record the dec&amp;ision</source>
            <translation>Beslissing vast&amp;leggen</translation>
        </message>
        <message>
            <source>Decision l&amp;etter (PDF)…</source>
            <translation>B&amp;eslissingsbrief (PDF)…</translation>
        </message>
        <message>
            <source>To the group that applied, in Dutch or French</source>
            <translation>Aan de groep die aanvroeg, in het Nederlands of het Frans</translation>
        </message>
        <message>
            <source>Choose a call for projects, or publish one.</source>
            <translation>Kies een projectoproep, of publiceer er een.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} applications, {k} selected, {euros} € granted</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} aanvragen, {k} geselecteerd, {euros} € toegekend</translation>
        </message>
        <message>
            <source>Final report: once the project is selected.</source>
            <translation>Eindverslag: zodra het project geselecteerd is.</translation>
        </message>
        <message>
            <source>Final report: not received yet.</source>
            <translation>Eindverslag: nog niet ontvangen.</translation>
        </message>
        <message>
            <source>Final report received on {day}: {spent} € spent of {granted} € granted.</source>
            <translation>Eindverslag ontvangen op {day}: {spent} € uitgegeven van {granted} € toegekend.</translation>
        </message>
        <message>
            <source>asks {euros} €</source>
            <translation>vraagt {euros} €</translation>
        </message>
        <message>
            <source>Delete the call</source>
            <translation>De oproep verwijderen</translation>
        </message>
        <message>
            <source>Delete “{title}” with its {n} applications? This cannot be undone.</source>
            <translation>„{title}” met de {n} aanvragen verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Decision letter</source>
            <translation>Beslissingsbrief</translation>
        </message>
    </context>
    <context>
        <name>PartiesView</name>
        <message>
            <source>People present</source>
            <translation>Aanwezigen</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Aanwezig als</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Naam — Enter voegt toe</translation>
        </message>
        <message>
            <source>Name of the person present</source>
            <translation>Naam van de aanwezige</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>Persoon &amp;toevoegen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Tekenen…</translation>
        </message>
        <message>
            <source>Refuses to sign…</source>
            <translation>Weigert te tekenen…</translation>
        </message>
        <message>
            <source>Add an a&amp;ddendum…</source>
            <translation>A&amp;ddendum toevoegen…</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Addenda after signing:</source>
            <translation>Addenda na ondertekening:</translation>
        </message>
        <message>
            <source>The first signature or refusal freezes the inventory: its content fingerprint is fixed and printed on the PDF. Add everyone present before signing.</source>
            <translation>De eerste handtekening of weigering legt de plaatsbeschrijving vast: de inhoudsvingerafdruk wordt bepaald en op de PDF afgedrukt. Voeg iedereen die aanwezig is toe vóór de ondertekening.</translation>
        </message>
        <message>
            <source>Frozen · fingerprint {fp}</source>
            <translation>Vastgelegd · vingerafdruk {fp}</translation>
        </message>
        <message>
            <source>Refusal to sign</source>
            <translation>Weigering om te tekenen</translation>
        </message>
        <message>
            <source>Why does {name} refuse to sign?</source>
            <translation>Waarom weigert {name} te tekenen?</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Kind of service:</source>
            <translation>&amp;Soort dienst:</translation>
        </message>
        <message>
            <source>&amp;Services:</source>
            <translation>&amp;Diensten:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>&amp;Contactpersoon:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefoon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <source>&amp;Languages spoken:</source>
            <translation>Gesproken &amp;talen:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otities:</translation>
        </message>
        <message>
            <source>Partner of the social map</source>
            <translation>Partner van de sociale kaart</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Soort dienst</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partners van de buurt</translation>
        </message>
        <message>
            <source>New &amp;partner (Ctrl+Shift+P)</source>
            <translation>Nieuwe &amp;partner (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Wijzigen…</translation>
        </message>
        <message>
            <source>Social map as P&amp;DF…</source>
            <translation>Sociale kaart als p&amp;df…</translation>
        </message>
        <message>
            <source>Social map as &amp;CSV…</source>
            <translation>Sociale kaart als &amp;csv…</translation>
        </message>
        <message>
            <source>{count} partners in the directory.</source>
            <translation>{count} partners in de lijst.</translation>
        </message>
        <message>
            <source>Social map</source>
            <translation>Sociale kaart</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The social map was saved as {name}.</source>
            <translation>De sociale kaart is bewaard als {name}.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short: at least {n} characters</source>
            <translation>Te kort: minstens {n} tekens</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Zwak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Redelijk</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Sterk</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Zeer sterk</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Wat:</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Gezin:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Begint om:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Pu&amp;rpose:</source>
            <translation>D&amp;oel:</translation>
        </message>
        <message>
            <source>Plan an appointment</source>
            <translation>Een afspraak plannen</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Afspraak op kantoor</translation>
        </message>
        <message>
            <source>The household's address</source>
            <translation>Het adres van het gezin</translation>
        </message>
        <message>
            <source>Office, meeting room…</source>
            <translation>Kantoor, vergaderzaal…</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Sector objective</source>
            <translation>Sectordoelstelling</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>&amp;New action (Ctrl+N)</source>
            <translation>&amp;Nieuwe actie (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark as &amp;done</source>
            <translation>Als &amp;gedaan aanduiden</translation>
        </message>
        <message>
            <source>Actions of the plan</source>
            <translation>Acties van het actieplan</translation>
        </message>
        <message>
            <source>Plan {year}: {count} actions.</source>
            <translation>Actieplan {year}: {count} acties.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Leg eerst het project vast (Ctrl+1).</translation>
        </message>
        <message>
            <source>PSC objective:</source>
            <translation>PSC-doelstelling:</translation>
        </message>
        <message>
            <source>Sector objective:</source>
            <translation>Sectordoelstelling:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Streefdoel:</translation>
        </message>
    </context>
    <context>
        <name>PlanVisitDialog</name>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Gepland op:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Begint om:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Doel:</translation>
        </message>
        <message>
            <source>&amp;Who goes:</source>
            <translation>&amp;Wie gaat:</translation>
        </message>
        <message>
            <source>Plan a home visit</source>
            <translation>Huisbezoek plannen</translation>
        </message>
    </context>
    <context>
        <name>PlannedActions</name>
        <message>
            <source>Res&amp;chedule…</source>
            <translation>Ver&amp;plaatsen…</translation>
        </message>
        <message>
            <source>C&amp;ancel…</source>
            <translation>Annu&amp;leren…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Verwij&amp;deren…</translation>
        </message>
        <message>
            <source>Another day, time or place</source>
            <translation>Een andere dag, een ander uur of een andere plaats</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Annuleren met een reden, die in de tijdlijn van het dossier blijft</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del); its earlier versions stay in the history</source>
            <translation>Enkel voor iets dat per vergissing werd ingevoerd (Del); de vorige versies blijven in de geschiedenis</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New renovation project</source>
            <translation>Nieuw renovatieproject</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>Works &amp;start:</source>
            <translation>&amp;Start van de werken:</translation>
        </message>
        <message>
            <source>Works &amp;end:</source>
            <translation>&amp;Einde van de werken:</translation>
        </message>
        <message>
            <source>&amp;Project manager:</source>
            <translation>&amp;Projectbeheerder:</translation>
        </message>
        <message>
            <source>&amp;Contractor:</source>
            <translation>&amp;Aannemer:</translation>
        </message>
        <message>
            <source>Sur&amp;veyor:</source>
            <translation>&amp;Landmeter:</translation>
        </message>
    </context>
    <context>
        <name>ProjectPage</name>
        <message>
            <source>&amp;Name of the project:</source>
            <translation>&amp;Naam van het project:</translation>
        </message>
        <message>
            <source>Language of its &amp;documents:</source>
            <translation>Taal van de &amp;documenten:</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>O&amp;vereenkomst:</translation>
        </message>
        <message>
            <source>&amp;Housing companies (one a line):</source>
            <translation>&amp;OVM's (één per regel):</translation>
        </message>
        <message>
            <source>Non-&amp;profit:</source>
            <translation>V&amp;zw:</translation>
        </message>
        <message>
            <source>M&amp;unicipality:</source>
            <translation>&amp;Gemeente:</translation>
        </message>
        <message>
            <source>Peri&amp;meter (one site a line: name; reference):</source>
            <translation>Peri&amp;meter (één site per regel: naam; referentie):</translation>
        </message>
        <message>
            <source>&amp;Referent (housing company):</source>
            <translation>&amp;Referent (OVM):</translation>
        </message>
        <message>
            <source>&amp;Coordinator (non-profit):</source>
            <translation>&amp;Coördinator (vzw):</translation>
        </message>
        <message>
            <source>Rooms &amp;lent (common-room register):</source>
            <translation>&amp;Lokalen uitgeleend (register gemeenschappelijke ruimten):</translation>
        </message>
        <message>
            <source>&amp;Other premises:</source>
            <translation>Andere &amp;plaatsen:</translation>
        </message>
        <message>
            <source>Local ob&amp;jectives (one a line):</source>
            <translation>Plaatselijke doelstell&amp;ingen (één per regel):</translation>
        </message>
        <message>
            <source>Local d&amp;iagnosis:</source>
            <translation>Plaatselijke d&amp;iagnose:</translation>
        </message>
        <message>
            <source>from – to</source>
            <translation>van – tot</translation>
        </message>
        <message>
            <source>Agreement starts</source>
            <translation>Begin van de overeenkomst</translation>
        </message>
        <message>
            <source>Agreement ends</source>
            <translation>Einde van de overeenkomst</translation>
        </message>
        <message>
            <source>drawn up on</source>
            <translation>opgesteld op</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Plaatselijke diagnose</translation>
        </message>
        <message>
            <source>New referent or coordinator…</source>
            <translation>Nieuwe referent of coördinator…</translation>
        </message>
        <message>
            <source>Notice to the co-signatories…</source>
            <translation>Kennisgeving aan de medeondertekenaars…</translation>
        </message>
        <message>
            <source>&amp;Save the project (Ctrl+S)</source>
            <translation>Project &amp;bewaren (Ctrl+S)</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>sinds {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} tot {end}</translation>
        </message>
        <message>
            <source>(ended)</source>
            <translation>(afgelopen)</translation>
        </message>
        <message>
            <source>No room of the register is lent to the project yet: the collective assistant lends one.</source>
            <translation>Nog geen lokaal uit het register aan het project uitgeleend: de collectieve maatschappelijk assistent leent er een uit.</translation>
        </message>
        <message>
            <source>The project is saved.</source>
            <translation>Het project is bewaard.</translation>
        </message>
    </context>
    <context>
        <name>PscNotice</name>
        <message>
            <source>Change of contact person</source>
            <translation>Wijziging van contactpersoon</translation>
        </message>
        <message>
            <source>To the co-signatories of the social cohesion project</source>
            <translation>Aan de medeondertekenaars van het project voor sociale cohesie</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}, who takes over from {old}.</source>
            <translation>Zoals de overeenkomst vraagt, laten we u weten dat vanaf {day} de rol van {role} in het project {project} opgenomen wordt door {new}, die {old} opvolgt.</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}.</source>
            <translation>Zoals de overeenkomst vraagt, laten we u weten dat vanaf {day} de rol van {role} in het project {project} opgenomen wordt door {new}.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Vanaf</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Met vriendelijke groeten,</translation>
        </message>
        <message>
            <source>psc-contact-change-{day}.pdf</source>
            <translation>psc-wijziging-contactpersoon-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <source>Open questions</source>
            <translation>Open vragen</translation>
        </message>
        <message>
            <source>The tenant's question — Enter adds it</source>
            <translation>De vraag van de huurder — Enter voegt ze toe</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>Vraag &amp;toevoegen</translation>
        </message>
        <message>
            <source>Answer (optional)</source>
            <translation>Antwoord (facultatief)</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Mark &amp;answered</source>
            <translation>Markeren als &amp;beantwoord</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Reassign case files</source>
            <translation>Dossiers herverdelen</translation>
        </message>
        <message>
            <source>Case files to reassign: %1. They go to the worker you choose; the site's team sees the change after the next sync.</source>
            <translation>Te herverdelen dossiers: %1. Ze gaan naar de medewerker die u kiest; het team van de site ziet de wijziging na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>&amp;To worker:</source>
            <translation>&amp;Naar medewerker:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>R&amp;eden:</translation>
        </message>
        <message>
            <source>&amp;Cover ends:</source>
            <translation>&amp;Vervanging tot:</translation>
        </message>
        <message>
            <source>on this day</source>
            <translation>op deze dag</translation>
        </message>
        <message>
            <source>e.g. leave cover</source>
            <translation>bv. vervanging tijdens verlof</translation>
        </message>
        <message>
            <source>Worker who takes over</source>
            <translation>Medewerker die overneemt</translation>
        </message>
        <message>
            <source>Last day of the cover</source>
            <translation>Laatste dag van de vervanging</translation>
        </message>
        <message>
            <source>Nobody else holds a key to the sites of these case files. Give a colleague access to the sites first (Team and keys), then sync.</source>
            <translation>Niemand anders heeft een sleutel tot de sites van deze dossiers. Geef eerst een collega toegang tot de sites (Team en sleutels) en synchroniseer daarna.</translation>
        </message>
    </context>
    <context>
        <name>RecordVisitDialog</name>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Uitgevoerd op:</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Doelstelling:</translation>
        </message>
        <message>
            <source>&amp;Visit note:</source>
            <translation>&amp;Verslag van het bezoek:</translation>
        </message>
        <message>
            <source>Record a home visit</source>
            <translation>Huisbezoek registreren</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
    </context>
    <context>
        <name>RecoveredDraftsDialog</name>
        <message>
            <source>Unsaved text kept for you</source>
            <translation>Niet-bewaarde tekst voor je bijgehouden</translation>
        </message>
        <message>
            <source>FieldApp did not close properly last time. What you were typing was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>FieldApp werd de vorige keer niet correct afgesloten. Wat je aan het typen was, werd versleuteld op deze laptop bewaard: open het om het af te werken, of gooi het weg.</translation>
        </message>
        <message>
            <source>You left text unsaved last time. It was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>Je liet de vorige keer tekst onbewaard achter. Die werd versleuteld op deze laptop bewaard: open hem om hem af te werken, of gooi hem weg.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Weggooien…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Unsaved texts</source>
            <translation>Niet-bewaarde teksten</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Niet-bewaarde tekst</translation>
        </message>
        <message>
            <source>{what}, kept {when}</source>
            <translation>{what} · ontwerp van {when}</translation>
        </message>
        <message>
            <source>Discard unsaved text</source>
            <translation>Niet-bewaarde tekst weggooien</translation>
        </message>
        <message>
            <source>Delete this unsaved text for good? It cannot be brought back.</source>
            <translation>Deze niet-bewaarde tekst definitief verwijderen? Hij kan niet teruggehaald worden.</translation>
        </message>
    </context>
    <context>
        <name>RectifyDialog</name>
        <message>
            <source>Correct register data</source>
            <translation>Registergegevens verbeteren</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Voornaam:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Achternaam:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefoon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>&amp;Waarom (wordt bewaard):</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Doorverwezen naar:</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>Add a referral</source>
            <translation>Doorverwijzing toevoegen</translation>
        </message>
        <message>
            <source>(no partner named)</source>
            <translation>(geen partner genoemd)</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportDialog</name>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Import the tenant register</source>
            <translation>Huurdersregister importeren</translation>
        </message>
        <message>
            <source>&amp;File (.csv or .xlsx):</source>
            <translation>&amp;Bestand (.csv of .xlsx):</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Te importeren bestand</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <source>&amp;Read the file</source>
            <translation>Bestand &amp;lezen</translation>
        </message>
        <message>
            <source>Column &amp;mapping:</source>
            <translation>Kolomk&amp;oppeling:</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Kolomkoppeling</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Kolommen van het bestand</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Bewaren &amp;als:</translation>
        </message>
        <message>
            <source>Name to save it as</source>
            <translation>Naam om ze onder te bewaren</translation>
        </message>
        <message>
            <source>Name of the mapping to save</source>
            <translation>Naam van de te bewaren koppeling</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping</source>
            <translation>Koppeling be&amp;waren</translation>
        </message>
        <message>
            <source>Add &amp;sites that are not in the register yet</source>
            <translation>&amp;Sites toevoegen die nog niet in het register staan</translation>
        </message>
        <message>
            <source>Refused &amp;lines:</source>
            <translation>&amp;Geweigerde regels:</translation>
        </message>
        <message>
            <source>Refused lines</source>
            <translation>Geweigerde regels</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Built-in (French and Dutch headers)</source>
            <translation>Ingebouwd (Franse en Nederlandse koppen)</translation>
        </message>
        <message>
            <source>As set below</source>
            <translation>Zoals hieronder ingesteld</translation>
        </message>
        <message>
            <source>(no column)</source>
            <translation>(geen kolom)</translation>
        </message>
        <message>
            <source>The mapping “{name}” is saved.</source>
            <translation>De koppeling “{name}” is bewaard.</translation>
        </message>
        <message>
            <source>Choose the register export</source>
            <translation>Kies de export van het register</translation>
        </message>
        <message>
            <source>Register exports (*.csv *.txt *.xlsx)</source>
            <translation>Registerexports (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Het bestand wordt gelezen…</translation>
        </message>
        <message>
            <source>Checking the lines…</source>
            <translation>De regels worden nagekeken…</translation>
        </message>
        <message>
            <source>Imported. Households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out. People: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused}.</source>
            <translation>Geïmporteerd. Gezinnen: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {moved} uitgetreden. Personen: {p_added} toegevoegd, {p_updated} bijgewerkt, {p_unchanged} ongewijzigd, {p_removed} verwijderd. Geweigerde regels: {refused}.</translation>
        </message>
        <message>
            <source>This import would change households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out; people: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused} (they are left out; the others are imported).</source>
            <translation>Deze import zou de gezinnen zo wijzigen: {added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {moved} uitgetreden; personen: {p_added} toegevoegd, {p_updated} bijgewerkt, {p_unchanged} ongewijzigd, {p_removed} verwijderd. Geweigerde regels: {refused} (die worden weggelaten; de andere worden geïmporteerd).</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Bezig met importeren…</translation>
        </message>
        <message>
            <source>Import the tenant &amp;register…</source>
            <translation>Huurders&amp;register importeren…</translation>
        </message>
    </context>
    <context>
        <name>ReloginDialog</name>
        <message>
            <source>Log in again</source>
            <translation>Opnieuw aanmelden</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Enter your passphrase to log in again; your work on this computer is kept.</source>
            <translation>Je sessie op de server is beëindigd. Vul je wachtzin in om opnieuw aan te melden; je werk op deze computer blijft bewaard.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
    </context>
    <context>
        <name>RenovationWorkspace</name>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nieuw project…</translation>
        </message>
        <message>
            <source>Add d&amp;wellings…</source>
            <translation>&amp;Woningen toevoegen…</translation>
        </message>
        <message>
            <source>Information &amp;session…</source>
            <translation>&amp;Infovergadering…</translation>
        </message>
        <message>
            <source>Project &amp;overview (PDF)…</source>
            <translation>Projectoverzicht (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Close out (works ended)…</source>
            <translation>Af&amp;sluiten (werken beëindigd)…</translation>
        </message>
        <message>
            <source>Works sc&amp;hedule…</source>
            <translation>Pl&amp;anning van de werken…</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Project</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Attendees and signatures</source>
            <translation>Aanwezigen en handtekeningen</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Toegang</translation>
        </message>
        <message>
            <source>Help needed</source>
            <translation>Nodige hulp</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Contactlogboek</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Open vragen</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Werken</translation>
        </message>
        <message>
            <source>Jobs and time</source>
            <translation>Jobs en tijd</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovatieproject</translation>
        </message>
        <message>
            <source>Dwellings of the project</source>
            <translation>Woningen van het project</translation>
        </message>
        <message>
            <source>Work on the dwelling</source>
            <translation>Werk in de woning</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (gearchiveerd)</translation>
        </message>
        <message>
            <source>Archived on %1 when the works ended: read-only. Its open items went to the site assistant.</source>
            <translation>Gearchiveerd op %1 bij het einde van de werken: alleen lezen. De open punten zijn doorgegeven aan de assistent van de site.</translation>
        </message>
        <message>
            <source>Choose a dwelling of the project.</source>
            <translation>Kies een woning van het project.</translation>
        </message>
        <message>
            <source>Information session recorded.</source>
            <translation>Infovergadering geregistreerd.</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF bewaard: {name}</translation>
        </message>
        <message>
            <source>Print the project overview</source>
            <translation>Projectoverzicht afdrukken</translation>
        </message>
        <message>
            <source>Project archived; open items handed to the site assistant: {count}.</source>
            <translation>Project gearchiveerd; open punten doorgegeven aan de assistent van de site: {count}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Objective</source>
            <translation>Doelstelling</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Figures per objective</source>
            <translation>Cijfers per doelstelling</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation of the objective:</source>
            <translation>Zelf&amp;evaluatie van de doelstelling:</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Zelfevaluatie</translation>
        </message>
        <message>
            <source>&amp;Save the self-evaluation</source>
            <translation>Zelfevaluatie &amp;bewaren</translation>
        </message>
        <message>
            <source>Yearly report as &amp;PDF… (Ctrl+P)</source>
            <translation>Jaarverslag als &amp;pdf… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Yearly report {year}, built from the plan and the activity log. Write the self-evaluation of each objective below.</source>
            <translation>Jaarverslag {year}, opgemaakt uit het actieplan en het activiteitenlogboek. Schrijf hieronder de zelfevaluatie van elke doelstelling.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Leg eerst het project vast (Ctrl+1).</translation>
        </message>
        <message>
            <source>The self-evaluation is saved.</source>
            <translation>De zelfevaluatie is bewaard.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Jaarverslag met zelfevaluatie</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>Het jaarverslag is bewaard als {name}.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Bron:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categorie:</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Gebouw:</translation>
        </message>
        <message>
            <source>&amp;Entrance:</source>
            <translation>&amp;Ingang:</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>&amp;Verdieping:</translation>
        </message>
        <message>
            <source>D&amp;welling:</source>
            <translation>&amp;Woning:</translation>
        </message>
        <message>
            <source>&amp;Reported by:</source>
            <translation>&amp;Gemeld door:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Dringendheid:</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>W&amp;at:</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Nieuwe melding</translation>
        </message>
        <message>
            <source>A few words: what, since when</source>
            <translation>In een paar woorden: wat, sinds wanneer</translation>
        </message>
        <message>
            <source>(whole site)</source>
            <translation>(hele site)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Begint om:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Verplaatsen</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Review notes (supervisors only)</source>
            <translation>Supervisienota's (alleen verantwoordelijken)</translation>
        </message>
        <message>
            <source>Only supervisors see these notes; the worker does not.</source>
            <translation>Alleen verantwoordelijken zien deze nota's; de medewerker niet.</translation>
        </message>
        <message>
            <source>Add review note (Ctrl+Enter)</source>
            <translation>Supervisienota toevoegen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>New review note</source>
            <translation>Nieuwe supervisienota</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>Supervisienota's</translation>
        </message>
        <message>
            <source>Reassigned from %1 to %2</source>
            <translation>Overgedragen van %1 naar %2</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>tot %1</translation>
        </message>
    </context>
    <context>
        <name>RoomsView</name>
        <message>
            <source>Room</source>
            <translation>Lokaal</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>Sleutels uit</translation>
        </message>
        <message>
            <source>Next booking</source>
            <translation>Volgende reservatie</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>House r&amp;ules:</source>
            <translation>Huishoudelijk re&amp;glement:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>&amp;Begin:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>&amp;For (a group or activity):</source>
            <translation>&amp;Voor (een groep of activiteit):</translation>
        </message>
        <message>
            <source>&amp;Held by:</source>
            <translation>&amp;In handen van:</translation>
        </message>
        <message>
            <source>What happ&amp;ened (not who):</source>
            <translation>Wat er gebeurde (niet &amp;wie):</translation>
        </message>
        <message>
            <source>&amp;Which PSC:</source>
            <translation>Welk &amp;PSC:</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>V&amp;anaf:</translation>
        </message>
        <message>
            <source>Until (empt&amp;y: open):</source>
            <translation>Tot (&amp;leeg: open):</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Gemeenschappelijke lokalen</translation>
        </message>
        <message>
            <source>&amp;Add the room</source>
            <translation>Lokaal &amp;toevoegen</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>&amp;Wijzigingen bewaren</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Delete this room, entered by mistake</source>
            <translation>Dit lokaal verwijderen, per vergissing ingevoerd</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Reservaties</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Reserveren</translation>
        </message>
        <message>
            <source>Cancel the booking</source>
            <translation>Reservatie annuleren</translation>
        </message>
        <message>
            <source>Keys lent out</source>
            <translation>Uitgeleende sleutels</translation>
        </message>
        <message>
            <source>&amp;Lend a key</source>
            <translation>Sleutel &amp;uitlenen</translation>
        </message>
        <message>
            <source>Key &amp;returned</source>
            <translation>Sleutel &amp;terug</translation>
        </message>
        <message>
            <source>The holder's name is erased</source>
            <translation>De naam van de houder wordt gewist</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidenten</translation>
        </message>
        <message>
            <source>Record the inc&amp;ident</source>
            <translation>Incident vastle&amp;ggen</translation>
        </message>
        <message>
            <source>Dealt with / open a&amp;gain</source>
            <translation>Afgehandeld / opnieuw &amp;open</translation>
        </message>
        <message>
            <source>Lent to a social cohesion project (PSC)</source>
            <translation>Uitgeleend aan een project voor sociale cohesie (PSC)</translation>
        </message>
        <message>
            <source>No social cohesion project on this laptop: the supervisor gives you the PSC's key.</source>
            <translation>Geen project voor sociale cohesie op deze laptop: de leidinggevende geeft u de sleutel van het PSC.</translation>
        </message>
        <message>
            <source>Until (empty: open)</source>
            <translation>Tot (leeg: open)</translation>
        </message>
        <message>
            <source>Lend to the PSC</source>
            <translation>Uitlenen aan het PSC</translation>
        </message>
        <message>
            <source>The PSC's community worker sees the room, its site and the dates</source>
            <translation>De gemeenschapswerker van het PSC ziet het lokaal, de site en de data</translation>
        </message>
        <message>
            <source>End the loan</source>
            <translation>Uitlening beëindigen</translation>
        </message>
        <message>
            <source>On the day given in Until, or today</source>
            <translation>Op de dag bij 'Tot', of vandaag</translation>
        </message>
        <message>
            <source>Choose a room, or add one.</source>
            <translation>Kies een lokaal, of voeg er een toe.</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>sinds {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} tot {end}</translation>
        </message>
        <message>
            <source>dealt with {day}</source>
            <translation>afgehandeld op {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>given {given}, returned {back}</source>
            <translation>gegeven {given}, terug {back}</translation>
        </message>
        <message>
            <source>{holder} since {given}</source>
            <translation>{holder} sinds {given}</translation>
        </message>
        <message>
            <source>Delete the room</source>
            <translation>Het lokaal verwijderen</translation>
        </message>
        <message>
            <source>Delete “{name}” with its bookings, keys and incidents? This cannot be undone.</source>
            <translation>„{name}” met de reservaties, sleutels en incidenten verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>RoundReport</name>
        <message>
            <source>Round of {day}</source>
            <translation>Ronde van {day}</translation>
        </message>
        <message>
            <source>Requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Meldingen: {n} · sites: {sites} · ongeveer {km} km</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (geen gebouw)</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>te laat</translation>
        </message>
        <message>
            <source>No request in this round.</source>
            <translation>Geen melding in deze ronde.</translation>
        </message>
        <message>
            <source>round-{day}.pdf</source>
            <translation>ronde-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>RoundView</name>
        <message>
            <source>Print / export PDF… (Ctrl+P)</source>
            <translation>Afdrukken / PDF exporteren… (Ctrl+P)</translation>
        </message>
        <message>
            <source>One page, sites in visiting order</source>
            <translation>Eén pagina, sites in de volgorde van de ronde</translation>
        </message>
        <message>
            <source>Today's round by site and building</source>
            <translation>Ronde van vandaag per site en gebouw</translation>
        </message>
        <message>
            <source>Round of {day} · requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Ronde van {day} · meldingen: {n} · sites: {sites} · ongeveer {km} km</translation>
        </message>
        <message>
            <source>Nothing in today's round yet: pick requests in the triage (Ctrl+T).</source>
            <translation>Nog niets in de ronde van vandaag: kies meldingen in de triage (Ctrl+T).</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (geen gebouw)</translation>
        </message>
        <message>
            <source>Export the round</source>
            <translation>Ronde exporteren</translation>
        </message>
        <message>
            <source>The round was exported as a PDF.</source>
            <translation>De ronde is als PDF geëxporteerd.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Works schedule</source>
            <translation>Planning van de werken</translation>
        </message>
        <message>
            <source>Phases of the works</source>
            <translation>Fasen van de werken</translation>
        </message>
        <message>
            <source>The workers need to come &amp;inside</source>
            <translation>De arbeiders moeten &amp;binnen kunnen</translation>
        </message>
        <message>
            <source>&amp;Add the phase</source>
            <translation>&amp;Fase toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove the chosen phase</source>
            <translation>Gekozen fase &amp;verwijderen</translation>
        </message>
        <message>
            <source>Print the &amp;notices for every household…</source>
            <translation>Aankondigingen &amp;printen voor elk gezin…</translation>
        </message>
        <message>
            <source>Folder for the notices</source>
            <translation>Map voor de aankondigingen</translation>
        </message>
        <message>
            <source>&amp;Works:</source>
            <translation>&amp;Werken:</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>W&amp;aar:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>Va&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>T&amp;ot:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Toelichting:</translation>
        </message>
        <message>
            <source>Notices printed: %1, one per household, each in its language.</source>
            <translation>Aankondigingen afgedrukt: %1, één per gezin, elk in zijn taal.</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Found in the note</source>
            <translation>Gevonden in het verslag</translation>
        </message>
        <message>
            <source>&amp;Search notes:</source>
            <translation>Verslagen &amp;zoeken:</translation>
        </message>
        <message>
            <source>Words from any note, in any case file</source>
            <translation>Woorden uit eender welk verslag, in alle dossiers</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Verslagen zoeken</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <source>Type to search; Enter opens the first result.</source>
            <translation>Typ om te zoeken; Enter opent het eerste resultaat.</translation>
        </message>
        <message>
            <source>No note matches.</source>
            <translation>Geen enkel verslag gevonden.</translation>
        </message>
        <message>
            <source>Notes found: {total}; the best {n} are listed. Add a word to narrow the search.</source>
            <translation>Gevonden verslagen: {total}; de {n} beste staan in de lijst. Voeg een woord toe om te verfijnen.</translation>
        </message>
        <message>
            <source>Notes found: {n}. Press Enter or double-click to open the case file.</source>
            <translation>Gevonden verslagen: {n}. Druk op Enter of dubbelklik om het dossier te openen.</translation>
        </message>
    </context>
    <context>
        <name>ServerAccountPage</name>
        <message>
            <source>Connect to your organisation's server</source>
            <translation>Verbinden met de server van je organisatie</translation>
        </message>
        <message>
            <source>Log in on this laptop</source>
            <translation>Aanmelden op deze laptop</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code your administrator gave you. Your passphrase opens the encrypted vault on this computer and your account on the server.</source>
            <translation>Vul het serveradres in en de inschrijvingscode die je van je beheerder kreeg. Je wachtzin opent de versleutelde kluis op deze computer en je account op de server.</translation>
        </message>
        <message>
            <source>You already use FieldApp on another laptop: log in with the same e-mail address and passphrase. Your case files are then brought to this laptop.</source>
            <translation>Je gebruikt FieldApp al op een andere laptop: meld je aan met hetzelfde e-mailadres en dezelfde wachtzin. Je dossiers worden dan naar deze laptop gebracht.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradres:</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-mailadres:</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Inschrijvings&amp;code:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>Wachtzin &amp;bevestigen:</translation>
        </message>
        <message>
            <source>&amp;Device name:</source>
            <translation>Naam van het &amp;toestel:</translation>
        </message>
        <message>
            <source>The name your colleagues see. Only their laptops read it: the server keeps none.</source>
            <translation>De naam die uw collega's zien. Alleen hun laptops lezen hem: de server bewaart geen namen.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mailadres</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Inschrijvingscode</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Wachtzin bevestigen</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Naam van het toestel</translation>
        </message>
        <message>
            <source>Connect and create the &amp;vault</source>
            <translation>&amp;Verbinden en de kluis aanmaken</translation>
        </message>
        <message>
            <source>&amp;Log in and create the vault</source>
            <translation>&amp;Aanmelden en de kluis aanmaken</translation>
        </message>
        <message>
            <source>&amp;Back: a vault on this computer only</source>
            <translation>Te&amp;rug: een kluis alleen op deze computer</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Sterkte van de wachtzin</translation>
        </message>
        <message>
            <source>This address is not encrypted (http://). Use the https:// address your administrator gave you; http:// only works for a server on this computer.</source>
            <translation>Dit adres is niet versleuteld (http://). Gebruik het https://-adres dat je beheerder je gaf; http:// werkt alleen voor een server op deze computer.</translation>
        </message>
        <message>
            <source>Enter the server address, starting with https://.</source>
            <translation>Vul het serveradres in, beginnend met https://.</translation>
        </message>
        <message>
            <source>Enter your e-mail address.</source>
            <translation>Vul je e-mailadres in.</translation>
        </message>
        <message>
            <source>Enter your name as your colleagues should see it.</source>
            <translation>Vul uw naam in zoals uw collega's hem moeten zien.</translation>
        </message>
        <message>
            <source>Enter the enrolment code from your administrator.</source>
            <translation>Vul de inschrijvingscode van je beheerder in.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>De wachtzin moet minstens {n} tekens hebben.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
        </message>
        <message>
            <source>Give this computer a name (for example its label).</source>
            <translation>Geef deze computer een naam (bijvoorbeeld wat op het etiket staat).</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Verbinden met de server…</translation>
        </message>
    </context>
    <context>
        <name>SessionEditDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Tot:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Waar:</translation>
        </message>
        <message>
            <source>Change the office-hours session</source>
            <translation>Permanentie wijzigen</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <source>Sync server</source>
            <translation>Synchronisatieserver</translation>
        </message>
        <message>
            <source>Organisation's C&amp;A bundle:</source>
            <translation>CA-bundel van de &amp;organisatie:</translation>
        </message>
        <message>
            <source>Only when your IT department says so: the file of the certificate authority that signed the sync server's certificate. It then decides alone which server this computer trusts.</source>
            <translation>Alleen als je IT-afdeling het vraagt: het bestand van de certificeringsinstantie die het certificaat van de synchronisatieserver ondertekende. Dat bepaalt dan als enige welke server deze computer vertrouwt.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Lock automatically after &amp;idle time of:</source>
            <translation>Automatisch &amp;vergrendelen na inactiviteit van:</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>&amp;Huidige wachtzin:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nieuwe wachtzin:</translation>
        </message>
        <message>
            <source>Con&amp;firm new passphrase:</source>
            <translation>Nieuwe wachtzin &amp;bevestigen:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>Wachtzin &amp;wijzigen</translation>
        </message>
        <message>
            <source>The new passphrase must have at least {n} characters.</source>
            <translation>De nieuwe wachtzin moet minstens {n} tekens hebben.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>De twee nieuwe wachtzinnen zijn niet dezelfde.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>De wachtzin wordt gewijzigd…</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>De wachtzin is gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>Send a collective signal</source>
            <translation>Een collectief signaal sturen</translation>
        </message>
        <message>
            <source>Tell the collective assistants that a theme concerns a building. The signal carries the site, the building and the theme only: never a name or a case.</source>
            <translation>Laat de collectieve maatschappelijk assistenten weten dat een thema een gebouw aanbelangt. Het signaal bevat enkel de site, het gebouw en het thema: nooit een naam of een dossier.</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Gebouw:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thema:</translation>
        </message>
        <message>
            <source>(the whole site)</source>
            <translation>(de hele site)</translation>
        </message>
    </context>
    <context>
        <name>SignalsView</name>
        <message>
            <source>Sent on</source>
            <translation>Verstuurd op</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Gebouw</translation>
        </message>
        <message>
            <source>Taken up</source>
            <translation>Opgenomen</translation>
        </message>
        <message>
            <source>Themes the site assistants noticed in their casework, per building. A signal never carries a name or a case.</source>
            <translation>Thema's die de maatschappelijk assistenten van de sites in hun dossierwerk opmerkten, per gebouw. Een signaal bevat nooit een naam of een dossier.</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signalen uit het dossierwerk</translation>
        </message>
        <message>
            <source>&amp;Take up the signal</source>
            <translation>Signaal &amp;opnemen</translation>
        </message>
    </context>
    <context>
        <name>SignatureDialog</name>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Signature box</source>
            <translation>Handtekeningvak</translation>
        </message>
        <message>
            <source>Sign in the white box with a finger, a pen or the mouse.</source>
            <translation>Teken in het witte vak met een vinger, een pen of de muis.</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Wissen</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Tekenen</translation>
        </message>
    </context>
    <context>
        <name>SitesPage</name>
        <message>
            <source>&amp;PSC (social cohesion project):</source>
            <translation>&amp;PSC (project voor sociale cohesie):</translation>
        </message>
        <message>
            <source>&amp;Associations:</source>
            <translation>&amp;Verenigingen:</translation>
        </message>
        <message>
            <source>FTE of the &amp;housing company:</source>
            <translation>VTE van de &amp;OVM:</translation>
        </message>
        <message>
            <source>FTE seconded by the &amp;DMBSH:</source>
            <translation>VTE gedetacheerd door de &amp;DMBSH:</translation>
        </message>
        <message>
            <source>FTE of the PSC's &amp;non-profit:</source>
            <translation>VTE van de v&amp;zw van het PSC:</translation>
        </message>
        <message>
            <source>An A&amp;RHUU (tenants' advisory council) is active</source>
            <translation>Er is een actieve A&amp;RHUU (adviesraad van huurders)</translation>
        </message>
        <message>
            <source>Its name; empty if there is none</source>
            <translation>Zijn naam; leeg als er geen is</translation>
        </message>
        <message>
            <source>&amp;Save the state of play (Ctrl+Return)</source>
            <translation>Stand van zaken op&amp;slaan (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>Stand van zaken per site</translation>
        </message>
        <message>
            <source>Choose a site in the table</source>
            <translation>Kies een site in de tabel</translation>
        </message>
        <message>
            <source>State of play of %1 in %2</source>
            <translation>Stand van zaken van %1 in %2</translation>
        </message>
    </context>
    <context>
        <name>SocialClauseView</name>
        <message>
            <source>Job</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Spent on</source>
            <translation>Besteed aan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Jobs offered</source>
            <translation>Aangeboden jobs</translation>
        </message>
        <message>
            <source>&amp;Offer the job</source>
            <translation>Job &amp;aanbieden</translation>
        </message>
        <message>
            <source>Set the outcome of the c&amp;hosen job</source>
            <translation>Resultaat van de gekozen job &amp;instellen</translation>
        </message>
        <message>
            <source>Accompaniment time</source>
            <translation>Begeleidingstijd</translation>
        </message>
        <message>
            <source>Add the &amp;time</source>
            <translation>&amp;Tijd toevoegen</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Functie:</translation>
        </message>
        <message>
            <source>&amp;Employer:</source>
            <translation>&amp;Werkgever:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Voor:</translation>
        </message>
        <message>
            <source>&amp;Start – end:</source>
            <translation>&amp;Begin – einde:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Resultaat:</translation>
        </message>
        <message>
            <source>Tenant the job is for</source>
            <translation>Huurder voor wie de job is</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Bestede tijd</translation>
        </message>
        <message>
            <source>Day of the accompaniment</source>
            <translation>Dag van de begeleiding</translation>
        </message>
        <message>
            <source>Start of the job</source>
            <translation>Begin van de job</translation>
        </message>
        <message>
            <source>End of the job</source>
            <translation>Einde van de job</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>Ti&amp;me spent:</source>
            <translation>Be&amp;steed:</translation>
        </message>
        <message>
            <source>S&amp;pent on:</source>
            <translation>A&amp;ctiviteit:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notitie:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Social clause: jobs offered&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sociale clausule: aangeboden jobs&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Accompaniment time&lt;/b&gt;</source>
            <translation>&lt;b&gt;Begeleidingstijd&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(the household)</source>
            <translation>(het gezin)</translation>
        </message>
        <message>
            <source>Time spent with this household: %1</source>
            <translation>Tijd besteed aan dit gezin: %1</translation>
        </message>
    </context>
    <context>
        <name>SocialMap</name>
        <message>
            <source>Social map</source>
            <translation>Sociale kaart</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partners van de buurt</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Soort dienst</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>No partner in the directory yet.</source>
            <translation>Nog geen partner in de lijst.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Afgedrukt op {day}</translation>
        </message>
        <message>
            <source>social-map-{day}.pdf</source>
            <translation>sociale-kaart-{day}.pdf</translation>
        </message>
        <message>
            <source>social-map-{day}.csv</source>
            <translation>sociale-kaart-{day}.csv</translation>
        </message>
    </context>
    <context>
        <name>StepEditDialog</name>
        <message>
            <source>O&amp;utcome:</source>
            <translation>&amp;Resultaat:</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>S&amp;tap:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>Op&amp;merking:</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Resultaat wijzigen</translation>
        </message>
        <message>
            <source>Change the step of the eviction procedure</source>
            <translation>Stap van de uithuiszettingsprocedure wijzigen</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccessDialog</name>
        <message>
            <source>Subject access export</source>
            <translation>Inzage in persoonsgegevens</translation>
        </message>
        <message>
            <source>Everything held about this household on this computer, as a PDF and a JSON file. Names of other people are left out: other households, and colleagues other than the worker of the case file. The export is logged.</source>
            <translation>Alles wat over dit gezin op deze computer bewaard wordt, als PDF- en JSON-bestand. Namen van andere mensen worden weggelaten: andere gezinnen, en collega's behalve de maatschappelijk werker van het dossier. De export wordt gelogd.</translation>
        </message>
        <message>
            <source>Also blan&amp;k out:</source>
            <translation>Ook weg&amp;laten:</translation>
        </message>
        <message>
            <source>e.g. a neighbour's nickname, a landlord</source>
            <translation>bv. de bijnaam van een buur, een verhuurder</translation>
        </message>
        <message>
            <source>Names the register does not know, separated by commas: they are replaced by […] wherever they appear.</source>
            <translation>Namen die het register niet kent, gescheiden door komma's: ze worden overal vervangen door […].</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>&amp;Taal van de PDF:</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Map:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>Include &amp;restricted notes (every author's)</source>
            <translation>Ook vertrouwelijke notities opnemen (van elke auteu&amp;r)</translation>
        </message>
        <message>
            <source>Include my &amp;restricted notes</source>
            <translation>Ook mijn vertrouwelijke notities opnemen (&amp;r)</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>&amp;Waarom (wordt bewaard):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>Folder for the export</source>
            <translation>Map voor de export</translation>
        </message>
        <message>
            <source>Choose a folder for the export.</source>
            <translation>Kies een map voor de export.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Zeg waarom vertrouwelijke notities worden opgenomen; de reden wordt bewaard.</translation>
        </message>
        <message>
            <source>Collecting everything held…</source>
            <translation>Alles wordt verzameld…</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json} ({n} records).</source>
            <translation>Geschreven: {pdf} en {json} ({n} gegevens).</translation>
        </message>
    </context>
    <context>
        <name>SupervisedCasePage</name>
        <message>
            <source>Review notes (supervisors only)…</source>
            <translation>Supervisienota's (alleen verantwoordelijken)…</translation>
        </message>
    </context>
    <context>
        <name>SupervisorCommunityView</name>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Referent</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coördinator</translation>
        </message>
        <message>
            <source>Agreement until</source>
            <translation>Overeenkomst tot</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Committee meetings</source>
            <translation>Vergaderingen van het comité</translation>
        </message>
        <message>
            <source>Rooms lent</source>
            <translation>Uitgeleende lokalen</translation>
        </message>
        <message>
            <source>The social cohesion projects of the organisation, kept by their community workers: this year's work in numbers (participants are counted, never named), and below the partner directory that every field role reads.</source>
            <translation>De projecten voor sociale cohesie van de organisatie, bijgehouden door hun opbouwwerkers: het werk van dit jaar in cijfers (deelnemers worden geteld, nooit genoemd), en daaronder de partnergids die elke veldfunctie leest.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Social cohesion projects</source>
            <translation>Projecten voor sociale cohesie</translation>
        </message>
        <message>
            <source>Yearly &amp;report as PDF…</source>
            <translation>Jaar&amp;verslag als PDF…</translation>
        </message>
        <message>
            <source>No social cohesion project yet: the community workers record it on their laptops.</source>
            <translation>Nog geen project voor sociale cohesie: de opbouwwerkers leggen het vast op hun laptop.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Jaarverslag met zelfevaluatie</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>Het jaarverslag werd bewaard als {name}.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWorkspace</name>
        <message>
            <source>Caseload</source>
            <translation>Dossierlast</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicatoren</translation>
        </message>
        <message>
            <source>Team and keys</source>
            <translation>Team en sleutels</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Gegevensbescherming</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Werkgebieden</translation>
        </message>
        <message>
            <source>Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · Ctrl+W close the case file</source>
            <translation>Ctrl+1 dossierlast · Ctrl+2 indicatoren · Ctrl+3 team · Ctrl+W dossier sluiten</translation>
        </message>
        <message>
            <source>Super&amp;vision</source>
            <translation>Super&amp;visie</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Dossierlast</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicatoren</translation>
        </message>
        <message>
            <source>&amp;Team and keys</source>
            <translation>&amp;Team en sleutels</translation>
        </message>
        <message>
            <source>&amp;Data protection</source>
            <translation>&amp;Gegevensbescherming</translation>
        </message>
        <message>
            <source>C&amp;lose the case file</source>
            <translation>Dossier s&amp;luiten</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <source>&amp;Access log</source>
            <translation>&amp;Toegangslogboek</translation>
        </message>
        <message>
            <source>Evaluation table</source>
            <translation>Evaluatietabel</translation>
        </message>
        <message>
            <source>&amp;Evaluation table</source>
            <translation>&amp;Evaluatietabel</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Collectief werk</translation>
        </message>
        <message>
            <source>C&amp;ollective work</source>
            <translation>C&amp;ollectief werk</translation>
        </message>
        <message>
            <source>Community work and social map</source>
            <translation>Gemeenschapswerk en sociale kaart</translation>
        </message>
        <message>
            <source>Co&amp;mmunity work and social map</source>
            <translation>Ge&amp;meenschapswerk en sociale kaart</translation>
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
            <translation>Doel</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Evaluatie op</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Stand van zaken</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>&amp;Confidentiality:</source>
            <translation>&amp;Vertrouwelijkheid:</translation>
        </message>
        <message>
            <source>Situation &amp;analysis:</source>
            <translation>&amp;Analyse van de situatie:</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Intakeanalyse en begeleidingsplan</translation>
        </message>
        <message>
            <source>Social rights checked</source>
            <translation>Nagekeken sociale rechten</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Goal r&amp;eached</source>
            <translation>Doel b&amp;ereikt</translation>
        </message>
        <message>
            <source>Goal dr&amp;opped</source>
            <translation>Doel l&amp;osgelaten</translation>
        </message>
        <message>
            <source>C&amp;hange the goal…</source>
            <translation>Doel &amp;wijzigen…</translation>
        </message>
        <message>
            <source>De&amp;lete the goal…</source>
            <translation>Doel ve&amp;rwijderen…</translation>
        </message>
        <message>
            <source>New &amp;goal:</source>
            <translation>Nieuw &amp;doel:</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nieuw doel</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>E&amp;valuatie op:</translation>
        </message>
        <message>
            <source>A&amp;dd the goal</source>
            <translation>Doel toe&amp;voegen</translation>
        </message>
        <message>
            <source>This plan is restricted to its author, who shared it with you: you can read it, not change it.</source>
            <translation>Dit plan is beperkt tot de auteur, die het met u deelde: u kunt het lezen, niet wijzigen.</translation>
        </message>
        <message>
            <source>Read by you, the supervisors and the colleagues you share your restricted notes of this site with. The review follow-ups say only "review".</source>
            <translation>Gelezen door u, de verantwoordelijken en de collega's met wie u uw beperkte verslagen van deze site deelt. De evaluatie-opvolgingen zeggen enkel "evaluatie".</translation>
        </message>
        <message>
            <source>Read by the site's social assistants and the supervisors.</source>
            <translation>Gelezen door de maatschappelijk assistenten van de site en de verantwoordelijken.</translation>
        </message>
        <message>
            <source>Delete the goal</source>
            <translation>Doel verwijderen</translation>
        </message>
        <message>
            <source>Delete the goal "{goal}" and its review follow-up? It goes when you save the plan with OK.</source>
            <translation>Het doel "{goal}" en de opvolging van de evaluatie verwijderen? Het verdwijnt wanneer u het plan met OK bewaart.</translation>
        </message>
        <message>
            <source>Review of the support plan (restricted)</source>
            <translation>Evaluatie van het begeleidingsplan (beperkt)</translation>
        </message>
    </context>
    <context>
        <name>SyncHookup</name>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>A record was changed on two computers: decide which version to keep.</source>
            <translation>Een gegeven werd op twee computers gewijzigd: beslis welke versie je bewaart.</translation>
        </message>
        <message>
            <source>Security warning</source>
            <translation>Veiligheidswaarschuwing</translation>
        </message>
        <message>
            <source>Nothing was changed on this computer. Tell your administrator today; synchronisation will keep refusing the data until it is repaired.</source>
            <translation>Er werd niets gewijzigd op deze computer. Verwittig vandaag nog je beheerder; de synchronisatie blijft de gegevens weigeren tot het hersteld is.</translation>
        </message>
        <message>
            <source>A colleague's key changed</source>
            <translation>De sleutel van een collega is gewijzigd</translation>
        </message>
        <message>
            <source>The server now gives another key for: %1. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>De server geeft nu een andere sleutel voor: %1. Er wordt niets met hen gedeeld tot u de veiligheidsnummers opnieuw vergelijkt.</translation>
        </message>
        <message>
            <source>This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Ask them, in person or on a number you know, whether they re-enrolled.</source>
            <translation>Dat gebeurt wanneer iemand zich opnieuw inschrijft na een vergeten wachtwoordzin — of wanneer iemand probeert te lezen wat voor hen bedoeld is. Vraag hen, persoonlijk of via een nummer dat u kent, of ze zich opnieuw ingeschreven hebben.</translation>
        </message>
        <message>
            <source>Compare safety numbers…</source>
            <translation>Veiligheidsnummers vergelijken…</translation>
        </message>
        <message>
            <source>This device was withdrawn</source>
            <translation>Dit toestel werd ingetrokken</translation>
        </message>
        <message>
            <source>This device was withdrawn from your organisation's server and the data on it has been removed. If this is a mistake, contact your administrator; you can then connect again.</source>
            <translation>Dit toestel werd ingetrokken op de server van je organisatie en de gegevens erop zijn gewist. Is dit een vergissing, neem dan contact op met je beheerder; daarna kan je opnieuw verbinden.</translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
        <message>
            <source>Too many attempts. Wait a few minutes and try again.</source>
            <translation>Te veel pogingen. Wacht enkele minuten en probeer opnieuw.</translation>
        </message>
        <message>
            <source>This enrolment code is not right, was already used or has expired. Check it, or ask your administrator for a new one.</source>
            <translation>Deze inschrijvingscode klopt niet, werd al gebruikt of is verlopen. Controleer hem, of vraag je beheerder een nieuwe.</translation>
        </message>
        <message>
            <source>The e-mail address or the passphrase is not right.</source>
            <translation>Het e-mailadres of de wachtzin klopt niet.</translation>
        </message>
        <message>
            <source>This account has been disabled. Contact your administrator.</source>
            <translation>Deze account is uitgeschakeld. Neem contact op met je beheerder.</translation>
        </message>
        <message>
            <source>The server refused the request ({code}). Contact your administrator.</source>
            <translation>De server weigerde het verzoek ({code}). Neem contact op met je beheerder.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified, so nothing was sent. Check the address; if it is right, tell your administrator (where the organisation has its own certificate authority, its CA bundle is set in Settings).</source>
            <translation>Het certificaat van de server kon niet gecontroleerd worden, dus er werd niets verzonden. Controleer het adres; als het juist is, verwittig je beheerder (heeft de organisatie een eigen certificeringsinstantie, dan wordt haar CA-bundel in Instellingen ingesteld).</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and that this computer is connected to the network.</source>
            <translation>De server is niet bereikbaar. Controleer het adres en of deze computer met het netwerk verbonden is.</translation>
        </message>
        <message>
            <source>The server's answer did not pass its security check; nothing was set up.</source>
            <translation>Het antwoord van de server doorstond de veiligheidscontrole niet; er werd niets ingesteld.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>never</source>
            <translation>nog nooit</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>zonet</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>{n} min geleden</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>{n} u geleden</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message>
            <source>{n} days ago</source>
            <translation>{n} dagen geleden</translation>
        </message>
        <message>
            <source>Locked — synchronisation resumes after unlocking</source>
            <translation>Vergrendeld — synchronisatie hervat na ontgrendelen</translation>
        </message>
        <message>
            <source>Offline — not connected to a server</source>
            <translation>Offline — niet verbonden met een server</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Bezig met synchroniseren…</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>○ Offline</source>
            <translation>○ Offline</translation>
        </message>
        <message>
            <source>All changes sent</source>
            <translation>Alle wijzigingen verstuurd</translation>
        </message>
        <message>
            <source>1 change waiting</source>
            <translation>1 wijziging wacht</translation>
        </message>
        <message>
            <source>{n} changes waiting</source>
            <translation>{n} wijzigingen wachten</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Laatste synchronisatie: {when}</translation>
        </message>
        <message>
            <source>1 conflict to decide</source>
            <translation>1 conflict om te beslissen</translation>
        </message>
        <message>
            <source>{n} conflicts to decide</source>
            <translation>{n} conflicten om te beslissen</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min behind the server's</source>
            <translation>De klok van deze computer loopt {n} min achter op die van de server</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min ahead of the server's</source>
            <translation>De klok van deze computer loopt {n} min voor op die van de server</translation>
        </message>
        <message>
            <source>Set the right date and time in the system settings. Your work is kept.</source>
            <translation>Stel de juiste datum en tijd in bij de systeeminstellingen. Je werk blijft bewaard.</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Synchronisatiestatus</translation>
        </message>
        <message>
            <source>Open the conflicts to decide</source>
            <translation>De conflicten openen om te beslissen</translation>
        </message>
        <message>
            <source>Key changed: {names} — nothing is shared with them</source>
            <translation>Sleutel gewijzigd: {names} — er wordt niets met hen gedeeld</translation>
        </message>
        <message>
            <source>The server gives another key for this person than the one you checked. Compare safety numbers with them again before anything is shared.</source>
            <translation>De server geeft voor deze persoon een andere sleutel dan degene die u controleerde. Vergelijk opnieuw de veiligheidsnummers voor er iets gedeeld wordt.</translation>
        </message>
        <message>
            <source>Sharing waits for a key check: {names}</source>
            <translation>Delen wacht op een sleutelcontrole: {names}</translation>
        </message>
        <message>
            <source>Compare safety numbers with them (Sync → Colleagues' keys…); what waits is then shared at the next synchronisation.</source>
            <translation>Vergelijk veiligheidsnummers met hen (Synchronisatie → Sleutels van collega's…); wat wacht, wordt dan bij de volgende synchronisatie gedeeld.</translation>
        </message>
        <message>
            <source>Open the colleagues' keys</source>
            <translation>Sleutels van collega's openen</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Site social assistant</source>
            <translation>Maatschappelijk assistent (site)</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Maatschappelijk assistent werf</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Buurt- en gemeenschapsagent</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Collectieve maatschappelijk assistent</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Gemeenschapswerker (PSC)</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Mobiel team geestelijke gezondheid (DMBSH)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Verantwoordelijke sociale dienst</translation>
        </message>
        <message>
            <source>Server administrator</source>
            <translation>Serverbeheerder</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>OVM</translation>
        </message>
        <message>
            <source>DMBSH (seconded)</source>
            <translation>DMBSH (gedetacheerd)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Key code</source>
            <translation>Sleutelcode</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Toestel</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Laatst gezien</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Wipe ordered</source>
            <translation>Wissen gevraagd</translation>
        </message>
        <message>
            <source>Revoked only</source>
            <translation>Enkel ingetrokken</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handeling</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collectie</translation>
        </message>
        <message>
            <source>Members of the organisation</source>
            <translation>Leden van de organisatie</translation>
        </message>
        <message>
            <source>Devices of my team</source>
            <translation>Toestellen van mijn team</translation>
        </message>
        <message>
            <source>Correct the &amp;name… (F2)</source>
            <translation>&amp;Naam corrigeren… (F2)</translation>
        </message>
        <message>
            <source>The name colleagues see for this person: the server keeps none</source>
            <translation>De naam die collega's voor deze persoon zien: de server bewaart geen namen</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>&amp;Intrekken…</translation>
        </message>
        <message>
            <source>The device can no longer sync; what it holds stays on it</source>
            <translation>Het toestel kan niet meer synchroniseren; wat erop staat, blijft erop</translation>
        </message>
        <message>
            <source>Revoke and &amp;wipe…</source>
            <translation>Intrekken en &amp;wissen…</translation>
        </message>
        <message>
            <source>The device can no longer sync and erases its vault the next time it reaches the server</source>
            <translation>Het toestel kan niet meer synchroniseren en wist zijn kluis zodra het de server nog eens bereikt</translation>
        </message>
        <message>
            <source>Renovation &amp;close-outs…</source>
            <translation>Afgesloten &amp;renovaties…</translation>
        </message>
        <message>
            <source>Archived renovation projects: whom this laptop removed from them, and when</source>
            <translation>Gearchiveerde renovatieprojecten: wie deze laptop eruit verwijderde, en wanneer</translation>
        </message>
        <message>
            <source>A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. The devices of administrators and other supervisors stay with the server administrator. When the person leaves the team, also remove them from your collections.</source>
            <translation>Laptop van een veldwerker kwijt of gestolen: trek het in, of trek het in en wis het. De toestellen van beheerders en andere verantwoordelijken blijven bij de serverbeheerder. Verlaat de persoon het team, verwijder hem of haar dan ook uit uw collecties.</translation>
        </message>
        <message>
            <source>Name saved: colleagues see it after the next sync.</source>
            <translation>Naam bewaard: collega's zien hem na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2 and order it wiped? Its sessions end now: it can no longer sync. The next time it reaches the server it erases its vault: everything on it that was not synced yet is lost. This cannot be undone; the person can log in again on another device.</source>
            <translation>Het toestel “%1” van %2 intrekken en laten wissen? Zijn sessies stoppen nu: het kan niet meer synchroniseren. Zodra het de server nog eens bereikt, wist het zijn kluis: alles wat er nog niet gesynchroniseerd was, gaat verloren. Dit kan niet ongedaan worden gemaakt; de persoon kan opnieuw aanmelden op een ander toestel.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Intrekken</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2? Its sessions end now: it can no longer sync. What it already holds stays on it, locked by its passphrase; choose “Revoke and wipe” if it may be in the wrong hands.</source>
            <translation>Het toestel “%1” van %2 intrekken? Zijn sessies stoppen nu: het kan niet meer synchroniseren. Wat er al op staat, blijft erop, vergrendeld met de wachtzin; kies “Intrekken en wissen” als het in verkeerde handen kan zijn.</translation>
        </message>
        <message>
            <source>Device revoked. It erases its vault the next time it reaches the server.</source>
            <translation>Toestel ingetrokken. Het wist zijn kluis zodra het de server nog eens bereikt.</translation>
        </message>
        <message>
            <source>Device revoked.</source>
            <translation>Toestel ingetrokken.</translation>
        </message>
        <message>
            <source>Server audit log (metadata only)</source>
            <translation>Auditlogboek van de server (alleen metadata)</translation>
        </message>
        <message>
            <source>Check code and &amp;grant… (Ctrl+G)</source>
            <translation>Code controleren en &amp;toekennen… (Ctrl+G)</translation>
        </message>
        <message>
            <source>Re&amp;move from my collections</source>
            <translation>Uit mijn collecties &amp;verwijderen</translation>
        </message>
        <message>
            <source>Their access ends at once and the keys rotate</source>
            <translation>De toegang stopt meteen en de sleutels worden vernieuwd</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>My code: %1</source>
            <translation>Mijn code: %1</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Auditlogboek</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault to manage the team.</source>
            <translation>Niet verbonden met een synchronisatieserver: verbind deze kluis om het team te beheren.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Server wordt bevraagd…</translation>
        </message>
        <message>
            <source>Connected. Check a member's code in person before granting anything.</source>
            <translation>Verbonden. Controleer de code van een lid ter plaatse voor u iets toekent.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>Deze persoon is nog niet ingeschreven: er is geen sleutel om te controleren.</translation>
        </message>
        <message>
            <source>Remove from my collections</source>
            <translation>Uit mijn collecties verwijderen</translation>
        </message>
        <message>
            <source>Remove %1 from every collection you manage? Their access ends at once and the keys rotate.</source>
            <translation>%1 verwijderen uit elke collectie die u beheert? De toegang stopt meteen en de sleutels worden vernieuwd.</translation>
        </message>
        <message>
            <source>Removed from collections: %1; their keys rotated.</source>
            <translation>Verwijderd uit collecties: %1; de sleutels zijn vernieuwd.</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>deze persoon</translation>
        </message>
        <message>
            <source>Revoke and wipe</source>
            <translation>Intrekken en wissen</translation>
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>overdue</source>
            <translation>te laat</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Dringendheid</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Moved by hand</source>
            <translation>Met de hand verplaatst</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronde</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Hoger</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Automatic place</source>
            <translation>Automatische plaats</translation>
        </message>
        <message>
            <source>In/out of today's round</source>
            <translation>In/uit de ronde van vandaag</translation>
        </message>
        <message>
            <source>Open requests, most pressing first</source>
            <translation>Open meldingen, dringendste eerst</translation>
        </message>
        <message>
            <source>{n} open requests · {late} overdue · {round} in today's round</source>
            <translation>{n} open meldingen · {late} te laat · {round} in de ronde van vandaag</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>First organisation</source>
            <translation>Eerste organisatie</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>You work for several organisations: each has its own vault and keys on this laptop; the passphrase opens the one you choose.</source>
            <translation>Je werkt voor meerdere organisaties: elk heeft op deze laptop een eigen kluis en eigen sleutels; de wachtzin opent de organisatie die je kiest.</translation>
        </message>
        <message>
            <source>FieldApp is locked</source>
            <translation>FieldApp is vergrendeld</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your vault.</source>
            <translation>Geef je wachtzin in om je kluis te openen.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtzin:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Ontgrendelen</translation>
        </message>
        <message>
            <source>Add an &amp;organisation…</source>
            <translation>Een &amp;organisatie toevoegen…</translation>
        </message>
        <message>
            <source>Seconded to another housing company: connect to its server with the enrolment code of its administrator. Its data and keys stay in a vault of their own.</source>
            <translation>Gedetacheerd bij een andere OVM: maak verbinding met haar server met de inschrijvingscode van haar beheerder. Haar gegevens en sleutels blijven in een eigen kluis.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Please enter your passphrase.</source>
            <translation>Geef je wachtzin in.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Bezig met ontgrendelen…</translation>
        </message>
    </context>
    <context>
        <name>UpdateReferralDialog</name>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultaat:</translation>
        </message>
        <message>
            <source>Follow up a referral</source>
            <translation>Doorverwijzing opvolgen</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed this week</source>
            <translation>Deze week afgesloten</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Per categorie</translation>
        </message>
        <message>
            <source>By site</source>
            <translation>Per site</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>Meldingen per categorie</translation>
        </message>
        <message>
            <source>Requests by site</source>
            <translation>Meldingen per site</translation>
        </message>
        <message>
            <source>Week of {start} to {end}: {logged} requests logged, {closed} closed, {interventions} interventions. Still open: {open}.</source>
            <translation>Week van {start} tot {end}: {logged} meldingen genoteerd, {closed} afgesloten, {interventions} interventies. Nog open: {open}.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Aanwezige gezinnen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Onthaalsessies</translation>
        </message>
        <message>
            <source>Plan a welcome session</source>
            <translation>Een onthaalsessie plannen</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Day of the session</source>
            <translation>Dag van de sessie</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Begint om</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Dag:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Begint om:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>&amp;Hoe lang:</translation>
        </message>
        <message>
            <source>Plan the sessio&amp;n</source>
            <translation>&amp;Sessie plannen</translation>
        </message>
        <message>
            <source>New tenants to invite</source>
            <translation>Nieuwe huurders om uit te nodigen</translation>
        </message>
        <message>
            <source>&amp;Moved in within the last (months):</source>
            <translation>Ingetrokken in de laatste (&amp;maanden):</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Maanden</translation>
        </message>
        <message>
            <source>Invitation &amp;letters (PDF)…</source>
            <translation>&amp;Uitnodigingen (PDF)…</translation>
        </message>
        <message>
            <source>One letter per ticked household, in its language, for the session selected</source>
            <translation>Eén brief per aangevinkt gezin, in zijn taal, voor de gekozen sessie</translation>
        </message>
        <message>
            <source>A&amp;ttendance list (PDF)…</source>
            <translation>Aanwezigheidslijs&amp;t (PDF)…</translation>
        </message>
        <message>
            <source>Record who attended</source>
            <translation>Registreren wie aanwezig was</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation>&amp;Gehouden op:</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Aanwezig:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otities:</translation>
        </message>
        <message>
            <source>Households that attended</source>
            <translation>Gezinnen die aanwezig waren</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Datum van de sessie</translation>
        </message>
        <message>
            <source>&amp;Record session</source>
            <translation>Sessie &amp;registreren</translation>
        </message>
        <message>
            <source>moved in {day}</source>
            <translation>ingetrokken op {day}</translation>
        </message>
        <message>
            <source>Invitation letters</source>
            <translation>Uitnodigingsbrieven</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Aanwezigheidslijst</translation>
        </message>
    </context>
    <context>
        <name>WorksTab</name>
        <message>
            <source>Works at this dwelling</source>
            <translation>Werken in deze woning</translation>
        </message>
        <message>
            <source>&amp;Notice of the works (PDF)…</source>
            <translation>&amp;Aankondiging van de werken (PDF)…</translation>
        </message>
        <message>
            <source>%1 printed on %2 (%3)</source>
            <translation>%1 afgedrukt op %2 (%3)</translation>
        </message>
        <message>
            <source>No letter printed yet.</source>
            <translation>Nog geen brief afgedrukt.</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Aankondiging van de werken</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Households</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Onthaalsessies</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Permanenties</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Werkgebieden</translation>
        </message>
        <message>
            <source>Send a collective &amp;signal…</source>
            <translation>Collectief &amp;signaal sturen…</translation>
        </message>
        <message>
            <source>Consult the &amp;mental-health team…</source>
            <translation>Team geestelijke gezondheid &amp;raadplegen…</translation>
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
            <translation>psc-jaarverslag-{year}.pdf</translation>
        </message>
        <message>
            <source>Social cohesion project — community work</source>
            <translation>Project voor sociale cohesie — gemeenschapswerk</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation {year}</source>
            <translation>Jaarverslag met zelfevaluatie {year}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Overeenkomst</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>OVM-referent</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coördinator</translation>
        </message>
        <message>
            <source>Co-signatories</source>
            <translation>Medeondertekenaars</translation>
        </message>
        <message>
            <source>Perimeter</source>
            <translation>Perimeter</translation>
        </message>
        <message>
            <source>Premises lent</source>
            <translation>Ter beschikking gestelde lokalen</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>sinds {start}</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Doelstellingen</translation>
        </message>
        <message>
            <source>Common to every PSC</source>
            <translation>Gemeenschappelijk voor alle PSC's</translation>
        </message>
        <message>
            <source>Local objectives</source>
            <translation>Plaatselijke doelstellingen</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Plaatselijke diagnose</translation>
        </message>
        <message>
            <source>drawn up on {day}</source>
            <translation>opgesteld op {day}</translation>
        </message>
        <message>
            <source>Action plan {year}</source>
            <translation>Actieplan {year}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>PSC objective</source>
            <translation>PSC-doelstelling</translation>
        </message>
        <message>
            <source>Sector objective</source>
            <translation>Sectordoelstelling</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessies</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activiteiten van het jaar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Reeksen ateliers</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Vormingsgever</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Begeleiders</translation>
        </message>
        <message>
            <source>Closing individual session</source>
            <translation>Individuele afsluitende sessie</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>Nieuwe vragen</translation>
        </message>
        <message>
            <source>Follow-up offered</source>
            <translation>Aangeboden opvolging</translation>
        </message>
        <message>
            <source>Local follow-up committee</source>
            <translation>Plaatselijk opvolgingscomité</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Present (organisations)</source>
            <translation>Aanwezig (organisaties)</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslissingen</translation>
        </message>
        <message>
            <source>The committee did not meet this year.</source>
            <translation>Het comité is dit jaar niet samengekomen.</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Zelfevaluatie</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Actions: {actions} (done: {done}) · activities: {activities} · participants: {participants}</source>
            <translation>Acties: {actions} (gedaan: {done}) · activiteiten: {activities} · deelnemers: {participants}</translation>
        </message>
        <message>
            <source>No self-evaluation written.</source>
            <translation>Geen zelfevaluatie geschreven.</translation>
        </message>
        <message>
            <source>Nothing planned for this year.</source>
            <translation>Niets gepland voor dit jaar.</translation>
        </message>
        <message>
            <source>No activity logged this year.</source>
            <translation>Geen activiteit genoteerd dit jaar.</translation>
        </message>
        <message>
            <source>Participants are counted; nobody is named in this report.</source>
            <translation>Deelnemers worden geteld; niemand wordt in dit verslag genoemd.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Afgedrukt op {day}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} tot {end}</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <source>Casework</source>
            <translation>Dossierwerk</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>Renovation</source>
            <translation>Renovatie</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervisie</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Gemeenschapswerk</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Collectief werk</translation>
        </message>
        <message>
            <source>Mental-health consultations</source>
            <translation>Consultaties geestelijke gezondheid</translation>
        </message>
    </context>
    <context>
        <name>community</name>
        <message>
            <source>Develop or strengthen social bonds</source>
            <translation>Sociale banden ontwikkelen of versterken</translation>
        </message>
        <message>
            <source>Improve communication between residents, and with the housing company, the municipality and other bodies</source>
            <translation>De communicatie verbeteren tussen bewoners onderling en met de OVM, de gemeente en andere instanties</translation>
        </message>
        <message>
            <source>Encourage residents' participation and living together in harmony</source>
            <translation>De participatie van de bewoners en hun harmonieus samenleven stimuleren</translation>
        </message>
        <message>
            <source>Inform residents of their rights and duties and of the means to have them respected</source>
            <translation>De bewoners inlichten over hun rechten en plichten en over de middelen om ze te doen naleven</translation>
        </message>
        <message>
            <source>Regional housing company (SLRB/BGHM)</source>
            <translation>Gewestelijke huisvestingsmaatschappij (BGHM)</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>OVM</translation>
        </message>
        <message>
            <source>Non-profit</source>
            <translation>Vzw</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Lopend</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Geschrapt</translation>
        </message>
        <message>
            <source>Permanence</source>
            <translation>Permanentie</translation>
        </message>
        <message>
            <source>Coffee moment</source>
            <translation>Koffiemoment</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evenement</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Reeks ateliers</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>OVM-referent</translation>
        </message>
        <message>
            <source>Coordinator (non-profit)</source>
            <translation>Coördinator (vzw)</translation>
        </message>
        <message>
            <source>CPAS / OCMW</source>
            <translation>OCMW / CPAS</translation>
        </message>
        <message>
            <source>General welfare centre (CAW)</source>
            <translation>Centrum voor Algemeen Welzijnswerk (CAW)</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Geestelijke gezondheid</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Schuldhulpverlening</translation>
        </message>
        <message>
            <source>Food and clothing</source>
            <translation>Voedsel en kleding</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Huisvesting</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Juridische hulp</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <source>Work and training</source>
            <translation>Werk en opleiding</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jeugd</translation>
        </message>
        <message>
            <source>Seniors</source>
            <translation>Senioren</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spaans</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Pools</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Roemeens</translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <source>A case note</source>
            <translation>Een verslag</translation>
        </message>
        <message>
            <source>A remark in an inventory</source>
            <translation>Een opmerking in een plaatsbeschrijving</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>Een supervisienota</translation>
        </message>
        <message>
            <source>A follow-up</source>
            <translation>Een opvolging</translation>
        </message>
        <message>
            <source>A referral</source>
            <translation>Een doorverwijzing</translation>
        </message>
        <message>
            <source>The outcome of a referral</source>
            <translation>Het resultaat van een doorverwijzing</translation>
        </message>
        <message>
            <source>A planned home visit</source>
            <translation>Een gepland huisbezoek</translation>
        </message>
        <message>
            <source>A home-visit note</source>
            <translation>Een verslag van een huisbezoek</translation>
        </message>
        <message>
            <source>An intervention</source>
            <translation>Een interventie</translation>
        </message>
        <message>
            <source>A hand-off to the social assistant</source>
            <translation>Een doorgave aan de maatschappelijk assistent</translation>
        </message>
        <message>
            <source>A request</source>
            <translation>Een melding</translation>
        </message>
        <message>
            <source>A refusal to sign</source>
            <translation>Een weigering om te tekenen</translation>
        </message>
        <message>
            <source>An addendum to an inventory</source>
            <translation>Een addendum bij een plaatsbeschrijving</translation>
        </message>
        <message>
            <source>A refused access</source>
            <translation>Een geweigerde toegang</translation>
        </message>
        <message>
            <source>An information session</source>
            <translation>Een infovergadering</translation>
        </message>
        <message>
            <source>A self-evaluation</source>
            <translation>Een zelfevaluatie</translation>
        </message>
        <message>
            <source>A form</source>
            <translation>Een formulier</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>This arrears plan was not found.</source>
            <translation>Dit afbetalingsplan werd niet gevonden.</translation>
        </message>
        <message>
            <source>This step was not found.</source>
            <translation>Deze stap is niet gevonden.</translation>
        </message>
        <message>
            <source>Give the date.</source>
            <translation>Geef de datum.</translation>
        </message>
        <message>
            <source>This date is in the future: record what happened once it has.</source>
            <translation>Deze datum ligt in de toekomst: leg vast wat gebeurd is, zodra het gebeurd is.</translation>
        </message>
        <message>
            <source>Give the amount owed, in euro (more than zero).</source>
            <translation>Geef het verschuldigde bedrag, in euro (meer dan nul).</translation>
        </message>
        <message>
            <source>Give the monthly instalment, in euro (more than zero).</source>
            <translation>Geef de maandelijkse afbetaling, in euro (meer dan nul).</translation>
        </message>
        <message>
            <source>The monthly instalment is more than the amount owed.</source>
            <translation>De maandelijkse afbetaling is hoger dan het verschuldigde bedrag.</translation>
        </message>
        <message>
            <source>Choose where the arrears plan stands.</source>
            <translation>Kies hoe het afbetalingsplan ervoor staat.</translation>
        </message>
        <message>
            <source>Choose a step or an outcome.</source>
            <translation>Kies een stap of een resultaat.</translation>
        </message>
        <message>
            <source>This text is too long: at most {max_len} characters.</source>
            <translation>Deze tekst is te lang: maximaal {max_len} tekens.</translation>
        </message>
        <message>
            <source>Unknown access-log action '{action}'.</source>
            <translation>Onbekende actie '{action}' voor het toegangslogboek.</translation>
        </message>
        <message>
            <source>This case file was not found. It may have been removed; refresh the list.</source>
            <translation>Dit dossier werd niet gevonden. Het is misschien verwijderd; vernieuw de lijst.</translation>
        </message>
        <message>
            <source>This note was not found. It may have been deleted.</source>
            <translation>Dit verslag werd niet gevonden. Het is misschien verwijderd.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>Een verslag moet tekst bevatten.</translation>
        </message>
        <message>
            <source>Unknown theme '{theme}'.</source>
            <translation>Onbekend thema '{theme}'.</translation>
        </message>
        <message>
            <source>Unknown case status '{status}'.</source>
            <translation>Onbekende dossierstatus '{status}'.</translation>
        </message>
        <message>
            <source>Choose what kind of contact this note records.</source>
            <translation>Kies welk soort contact dit verslag beschrijft.</translation>
        </message>
        <message>
            <source>Choose a confidentiality level: team or restricted.</source>
            <translation>Kies een vertrouwelijkheidsniveau: team of beperkt.</translation>
        </message>
        <message>
            <source>'{objective}' is not one of the 17 operational objectives.</source>
            <translation>'{objective}' is geen van de 17 operationele doelstellingen.</translation>
        </message>
        <message>
            <source>A note needs a date.</source>
            <translation>Een verslag heeft een datum nodig.</translation>
        </message>
        <message>
            <source>A note can't be dated in the future.</source>
            <translation>Een verslag kan niet in de toekomst gedateerd zijn.</translation>
        </message>
        <message>
            <source>A draft needs a short key.</source>
            <translation>Een ontwerp heeft een korte sleutel nodig.</translation>
        </message>
        <message>
            <source>This follow-up was not found.</source>
            <translation>Deze opvolging werd niet gevonden.</translation>
        </message>
        <message>
            <source>Say what needs to be followed up.</source>
            <translation>Zeg wat er opgevolgd moet worden.</translation>
        </message>
        <message>
            <source>A follow-up needs a due date.</source>
            <translation>Een opvolging heeft een vervaldatum nodig.</translation>
        </message>
        <message>
            <source>The due date {due_on} is in the past. Choose today or a later date.</source>
            <translation>De datum {due_on} ligt in het verleden. Kies vandaag of een latere datum.</translation>
        </message>
        <message>
            <source>This vault has no user profile.</source>
            <translation>Deze kluis heeft geen gebruikersprofiel.</translation>
        </message>
        <message>
            <source>A setting needs a short name.</source>
            <translation>Een instelling heeft een korte naam nodig.</translation>
        </message>
        <message>
            <source>This referral was not found.</source>
            <translation>Deze doorverwijzing werd niet gevonden.</translation>
        </message>
        <message>
            <source>Unknown referral status '{status}'.</source>
            <translation>Onbekende status '{status}' van doorverwijzing.</translation>
        </message>
        <message>
            <source>This referral was cancelled; add a new one instead.</source>
            <translation>Deze doorverwijzing werd geannuleerd; voeg een nieuwe toe.</translation>
        </message>
        <message>
            <source>This partner is no longer in the directory.</source>
            <translation>Deze partner staat niet meer in de lijst.</translation>
        </message>
        <message>
            <source>Choose where the household is referred to.</source>
            <translation>Kies naar waar het gezin wordt doorverwezen.</translation>
        </message>
        <message>
            <source>Give the reason for the referral.</source>
            <translation>Geef de reden van de doorverwijzing.</translation>
        </message>
        <message>
            <source>This household was not found. It may have been removed; refresh the list.</source>
            <translation>Dit gezin werd niet gevonden. Het is misschien verwijderd; vernieuw de lijst.</translation>
        </message>
        <message>
            <source>This household already lives in a dwelling: it is not a candidate tenant.</source>
            <translation>Dit gezin woont al in een woning: het is geen kandidaat-huurder.</translation>
        </message>
        <message>
            <source>This dwelling is on another site than the candidate's case file. Choose a dwelling of the same site, or ask a supervisor to move the case file.</source>
            <translation>Deze woning ligt op een andere site dan het dossier van de kandidaat. Kies een woning van dezelfde site, of vraag een verantwoordelijke het dossier te verplaatsen.</translation>
        </message>
        <message>
            <source>This site was not found.</source>
            <translation>Deze site werd niet gevonden.</translation>
        </message>
        <message>
            <source>Choose Dutch or French.</source>
            <translation>Kies Nederlands of Frans.</translation>
        </message>
        <message>
            <source>Give at least one member of the household: a first or a last name.</source>
            <translation>Geef minstens één gezinslid: een voornaam of een achternaam.</translation>
        </message>
        <message>
            <source>Give the day they moved in: today or earlier.</source>
            <translation>Geef de dag waarop ze introkken: vandaag of vroeger.</translation>
        </message>
        <message>
            <source>A site needs a name.</source>
            <translation>Een site heeft een naam nodig.</translation>
        </message>
        <message>
            <source>This request was not found.</source>
            <translation>Deze melding werd niet gevonden.</translation>
        </message>
        <message>
            <source>Choose the site of the request.</source>
            <translation>Kies de site van de melding.</translation>
        </message>
        <message>
            <source>This building was not found.</source>
            <translation>Dit gebouw werd niet gevonden.</translation>
        </message>
        <message>
            <source>The building and dwelling must belong to the chosen site.</source>
            <translation>Het gebouw en de woning moeten bij de gekozen site horen.</translation>
        </message>
        <message>
            <source>Choose where the request came from.</source>
            <translation>Kies waar de melding vandaan komt.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Kies een categorie.</translation>
        </message>
        <message>
            <source>Choose an urgency.</source>
            <translation>Kies hoe dringend het is.</translation>
        </message>
        <message>
            <source>Describe the request in a few words.</source>
            <translation>Beschrijf de melding in een paar woorden.</translation>
        </message>
        <message>
            <source>This dwelling was not found.</source>
            <translation>Deze woning werd niet gevonden.</translation>
        </message>
        <message>
            <source>A household needs a name.</source>
            <translation>Een gezin heeft een naam nodig.</translation>
        </message>
        <message>
            <source>Unknown household relation '{relation}'.</source>
            <translation>Onbekende gezinsrelatie '{relation}'.</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>Een persoon heeft een naam nodig.</translation>
        </message>
        <message>
            <source>This home visit was not found.</source>
            <translation>Dit huisbezoek werd niet gevonden.</translation>
        </message>
        <message>
            <source>A visit can't be planned in the past ({planned_on}).</source>
            <translation>Een bezoek kan niet in het verleden gepland worden ({planned_on}).</translation>
        </message>
        <message>
            <source>This visit was cancelled; plan a new one instead.</source>
            <translation>Dit bezoek is geannuleerd; plan een nieuw bezoek.</translation>
        </message>
        <message>
            <source>A visit that took place can't be cancelled.</source>
            <translation>Een bezoek dat plaatsvond, kan niet geannuleerd worden.</translation>
        </message>
        <message>
            <source>Tick at least one household that attended.</source>
            <translation>Vink minstens één gezin aan dat aanwezig was.</translation>
        </message>
        <message>
            <source>This welcome session was not found.</source>
            <translation>Deze onthaalsessie werd niet gevonden.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Your saved work is safe; please try again.</source>
            <translation>Er ging iets mis ({kind}). Je bewaarde werk is veilig; probeer opnieuw.</translation>
        </message>
        <message>
            <source>This file is not an image that can be read.</source>
            <translation>Dit bestand is geen leesbare afbeelding.</translation>
        </message>
        <message>
            <source>This image is too large: at most {max_mb} MB.</source>
            <translation>Deze afbeelding is te groot: hoogstens {max_mb} MB.</translation>
        </message>
        <message>
            <source>This photo or signature was not found.</source>
            <translation>Deze foto of handtekening werd niet gevonden.</translation>
        </message>
        <message>
            <source>The encrypted file of this photo or signature is missing from the vault folder.</source>
            <translation>Het versleutelde bestand van deze foto of handtekening ontbreekt in de kluismap.</translation>
        </message>
        <message>
            <source>This defect report was not found.</source>
            <translation>Dit defectrapport werd niet gevonden.</translation>
        </message>
        <message>
            <source>Describe the defect.</source>
            <translation>Beschrijf het defect.</translation>
        </message>
        <message>
            <source>Say in a few words why social support is needed.</source>
            <translation>Zeg in een paar woorden waarom sociale begeleiding nodig is.</translation>
        </message>
        <message>
            <source>At most {n} photos.</source>
            <translation>Hoogstens {n} foto's.</translation>
        </message>
        <message>
            <source>Say when the intervention was.</source>
            <translation>Zeg wanneer de interventie plaatsvond.</translation>
        </message>
        <message>
            <source>An intervention cannot be logged in the future.</source>
            <translation>Een interventie kan niet in de toekomst worden genoteerd.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>Kies een resultaat.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <translation>Zeg wat er gedaan is.</translation>
        </message>
        <message>
            <source>A request that needs a follow-up stays open: untick "follow-up is needed" or "close the request".</source>
            <translation>Een melding die opvolging nodig heeft, blijft open: vink "opvolging nodig" of "melding afsluiten" uit.</translation>
        </message>
        <message>
            <source>A request that was not resolved, or where nobody was present, stays open: choose another outcome or untick "close the request".</source>
            <translation>Een melding die niet opgelost is, of waar niemand aanwezig was, blijft open: kies een ander resultaat of vink "melding afsluiten" uit.</translation>
        </message>
        <message>
            <source>This appointment was not found.</source>
            <translation>Deze afspraak werd niet gevonden.</translation>
        </message>
        <message>
            <source>An appointment cannot be planned in the past.</source>
            <translation>Een afspraak kan niet in het verleden gepland worden.</translation>
        </message>
        <message>
            <source>Give the reason the tenant refused access.</source>
            <translation>Geef de reden waarom de huurder de toegang weigerde.</translation>
        </message>
        <message>
            <source>Record that access was given or refused.</source>
            <translation>Registreer of de toegang gegeven of geweigerd werd.</translation>
        </message>
        <message>
            <source>Unknown checklist item '{item}'.</source>
            <translation>Onbekend punt van de checklist '{item}'.</translation>
        </message>
        <message>
            <source>Unknown checklist status '{status}'.</source>
            <translation>Onbekende status van de checklist '{status}'.</translation>
        </message>
        <message>
            <source>Compare a pre-works inventory with a post-works check of the same dwelling.</source>
            <translation>Vergelijk een plaatsbeschrijving vóór de werken met de controle na de werken van dezelfde woning.</translation>
        </message>
        <message>
            <source>This contact was not found.</source>
            <translation>Dit contact werd niet gevonden.</translation>
        </message>
        <message>
            <source>Choose the kind of contact.</source>
            <translation>Kies het soort contact.</translation>
        </message>
        <message>
            <source>Unknown contact status '{status}'.</source>
            <translation>Onbekende status van het contact '{status}'.</translation>
        </message>
        <message>
            <source>Write what the tenant asked or reported.</source>
            <translation>Schrijf op wat de huurder vroeg of meldde.</translation>
        </message>
        <message>
            <source>A contact cannot be dated in the future.</source>
            <translation>Een contact kan niet in de toekomst gedateerd worden.</translation>
        </message>
        <message>
            <source>This inventory was not found.</source>
            <translation>Deze plaatsbeschrijving werd niet gevonden.</translation>
        </message>
        <message>
            <source>This room was not found.</source>
            <translation>Deze ruimte werd niet gevonden.</translation>
        </message>
        <message>
            <source>This element was not found.</source>
            <translation>Dit element werd niet gevonden.</translation>
        </message>
        <message>
            <source>This inventory has been signed and can no longer be changed. Record the change as an addendum instead.</source>
            <translation>Deze plaatsbeschrijving is ondertekend en kan niet meer gewijzigd worden. Noteer de wijziging in een addendum.</translation>
        </message>
        <message>
            <source>Unknown condition '{condition}'.</source>
            <translation>Onbekende staat '{condition}'.</translation>
        </message>
        <message>
            <source>Unknown kind of inventory '{kind}'.</source>
            <translation>Onbekend soort plaatsbeschrijving '{kind}'.</translation>
        </message>
        <message>
            <source>Unknown kind of room '{room_type}'.</source>
            <translation>Onbekend soort ruimte '{room_type}'.</translation>
        </message>
        <message>
            <source>Unknown element '{element_type}'.</source>
            <translation>Onbekend element '{element_type}'.</translation>
        </message>
        <message>
            <source>This room no longer exists.</source>
            <translation>Dit lokaal bestaat niet meer.</translation>
        </message>
        <message>
            <source>This booking no longer exists.</source>
            <translation>Deze reservatie bestaat niet meer.</translation>
        </message>
        <message>
            <source>This key is no longer listed.</source>
            <translation>Deze sleutel staat niet meer op de lijst.</translation>
        </message>
        <message>
            <source>This incident no longer exists.</source>
            <translation>Dit incident bestaat niet meer.</translation>
        </message>
        <message>
            <source>Choose the site of the room.</source>
            <translation>Kies de site van het lokaal.</translation>
        </message>
        <message>
            <source>Give the room a name.</source>
            <translation>Geef de ruimte een naam.</translation>
        </message>
        <message>
            <source>Choose the kind of room.</source>
            <translation>Kies de soort lokaal.</translation>
        </message>
        <message>
            <source>Give the day of the booking.</source>
            <translation>Geef de dag van de reservatie.</translation>
        </message>
        <message>
            <source>Give the start as a time of day.</source>
            <translation>Geef het begin als een uur van de dag.</translation>
        </message>
        <message>
            <source>A booking lasts between a few minutes and a day.</source>
            <translation>Een reservatie duurt tussen enkele minuten en een dag.</translation>
        </message>
        <message>
            <source>Say what the room is booked for (a group or an activity, not a name).</source>
            <translation>Zeg waarvoor het lokaal gereserveerd is (een groep of een activiteit, geen naam).</translation>
        </message>
        <message>
            <source>The room is already booked at that time.</source>
            <translation>Het lokaal is op dat uur al gereserveerd.</translation>
        </message>
        <message>
            <source>Say who holds the key.</source>
            <translation>Zeg wie de sleutel heeft.</translation>
        </message>
        <message>
            <source>Give the day the key was given.</source>
            <translation>Geef de dag waarop de sleutel gegeven werd.</translation>
        </message>
        <message>
            <source>A key cannot come back before it was given.</source>
            <translation>Een sleutel kan niet terugkomen voor hij gegeven werd.</translation>
        </message>
        <message>
            <source>Give the day of the incident.</source>
            <translation>Geef de dag van het incident.</translation>
        </message>
        <message>
            <source>Say what happened (not who).</source>
            <translation>Zeg wat er gebeurde (niet wie).</translation>
        </message>
        <message>
            <source>An incident cannot be dealt with before it happened.</source>
            <translation>Een incident kan niet afgehandeld zijn voor het gebeurde.</translation>
        </message>
        <message>
            <source>Do the pre-works inventory first: the post-works check is compared with it.</source>
            <translation>Maak eerst de plaatsbeschrijving vóór de werken: de controle na de werken wordt ermee vergeleken.</translation>
        </message>
        <message>
            <source>This renovation project was not found.</source>
            <translation>Dit renovatieproject werd niet gevonden.</translation>
        </message>
        <message>
            <source>This dwelling is not part of the project.</source>
            <translation>Deze woning hoort niet bij het project.</translation>
        </message>
        <message>
            <source>This project is archived: it can no longer be changed.</source>
            <translation>Dit project is gearchiveerd: het kan niet meer gewijzigd worden.</translation>
        </message>
        <message>
            <source>A project is archived by its close-out, when the works end.</source>
            <translation>Een project wordt gearchiveerd door het af te sluiten, wanneer de werken beëindigd zijn.</translation>
        </message>
        <message>
            <source>This social cohesion project no longer exists.</source>
            <translation>Dit project voor sociale cohesie bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the project a name.</source>
            <translation>Geef het project een naam.</translation>
        </message>
        <message>
            <source>The project's documents are in Dutch or French.</source>
            <translation>De documenten van het project zijn in het Nederlands of het Frans.</translation>
        </message>
        <message>
            <source>The agreement ends before it starts.</source>
            <translation>De overeenkomst eindigt voor ze begint.</translation>
        </message>
        <message>
            <source>Choose what kind of co-signatory this is.</source>
            <translation>Kies wat voor medeondertekenaar dit is.</translation>
        </message>
        <message>
            <source>Each site of the perimeter needs a name.</source>
            <translation>Elke site van de perimeter heeft een naam nodig.</translation>
        </message>
        <message>
            <source>That is already the person in this role.</source>
            <translation>Die persoon heeft deze rol al.</translation>
        </message>
        <message>
            <source>Give the name of the new person.</source>
            <translation>Geef de naam van de nieuwe persoon.</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>Onbekende rol.</translation>
        </message>
        <message>
            <source>The works cannot have ended after today.</source>
            <translation>De werken kunnen niet na vandaag beëindigd zijn.</translation>
        </message>
        <message>
            <source>The works cannot end before they start.</source>
            <translation>De werken kunnen niet eindigen voor ze beginnen.</translation>
        </message>
        <message>
            <source>This laptop may not yet pass items on to the site's social assistant. Ask a supervisor to grant you the site's hand-offs, sync, then close out again: nothing was changed.</source>
            <translation>Deze laptop mag nog geen punten doorgeven aan de maatschappelijk assistent van de site. Vraag een verantwoordelijke u de doorgaven van de site toe te kennen, synchroniseer en sluit daarna opnieuw af: er werd niets gewijzigd.</translation>
        </message>
        <message>
            <source>A dwelling of the project has no site in the register: its open items cannot be handed on.</source>
            <translation>Een woning van het project heeft geen site in het register: de open punten ervan kunnen niet doorgegeven worden.</translation>
        </message>
        <message>
            <source>Unknown project status '{status}'.</source>
            <translation>Onbekende projectstatus '{status}'.</translation>
        </message>
        <message>
            <source>This person was not found on the inventory.</source>
            <translation>Deze persoon staat niet op de plaatsbeschrijving.</translation>
        </message>
        <message>
            <source>Unknown role '{role}'.</source>
            <translation>Onbekende hoedanigheid '{role}'.</translation>
        </message>
        <message>
            <source>Give the name of the person present.</source>
            <translation>Geef de naam van de aanwezige.</translation>
        </message>
        <message>
            <source>This person has already signed or refused to sign.</source>
            <translation>Deze persoon heeft al getekend of geweigerd te tekenen.</translation>
        </message>
        <message>
            <source>Give the reason for the refusal to sign.</source>
            <translation>Geef de reden van de weigering om te tekenen.</translation>
        </message>
        <message>
            <source>The signature is empty: sign in the box first.</source>
            <translation>De handtekening is leeg: teken eerst in het vak.</translation>
        </message>
        <message>
            <source>Write what the addendum records.</source>
            <translation>Schrijf op wat het addendum vastlegt.</translation>
        </message>
        <message>
            <source>This inventory is not signed yet: change it directly instead of adding an addendum.</source>
            <translation>Deze plaatsbeschrijving is nog niet ondertekend: wijzig ze rechtstreeks in plaats van een addendum toe te voegen.</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>De periode moet op of na de eerste dag eindigen.</translation>
        </message>
        <message>
            <source>Enter the name as this person's colleagues should see it: it cannot be empty.</source>
            <translation>Vul de naam in zoals de collega's van deze persoon hem moeten zien: hij mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>Only a supervisor can do this.</source>
            <translation>Alleen een verantwoordelijke kan dit doen.</translation>
        </message>
        <message>
            <source>Choose the worker who takes over the case files.</source>
            <translation>Kies de medewerker die de dossiers overneemt.</translation>
        </message>
        <message>
            <source>Choose at least one case file to reassign.</source>
            <translation>Kies minstens één dossier om te herverdelen.</translation>
        </message>
        <message>
            <source>A review note needs some text.</source>
            <translation>Een supervisienota heeft tekst nodig.</translation>
        </message>
        <message>
            <source>The end of the cover can't be before today.</source>
            <translation>Het einde van de vervanging kan niet vóór vandaag liggen.</translation>
        </message>
        <message>
            <source>This conflict no longer exists.</source>
            <translation>Dit conflict bestaat niet meer.</translation>
        </message>
        <message>
            <source>This share was not found. It may have ended.</source>
            <translation>Deze deling is niet gevonden. Ze is misschien beëindigd.</translation>
        </message>
        <message>
            <source>Your restricted notes are already yours to read.</source>
            <translation>Je beperkte notities kan je zelf al lezen.</translation>
        </message>
        <message>
            <source>This colleague is not known on this laptop yet; synchronise first.</source>
            <translation>Deze collega is nog niet bekend op deze laptop; synchroniseer eerst.</translation>
        </message>
        <message>
            <source>Only the author or a supervisor can decide about restricted notes.</source>
            <translation>Alleen de auteur of een leidinggevende kan beslissen over vertrouwelijke notities.</translation>
        </message>
        <message>
            <source>The decision about restricted notes is recorded in the name of the person making the export.</source>
            <translation>De beslissing over vertrouwelijke notities wordt bewaard op naam van wie de export maakt.</translation>
        </message>
        <message>
            <source>Only a supervisor can include other authors' restricted notes.</source>
            <translation>Alleen een leidinggevende kan vertrouwelijke notities van andere auteurs opnemen.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Zeg waarom vertrouwelijke notities worden opgenomen; de reden wordt bewaard.</translation>
        </message>
        <message>
            <source>Unknown language '{language}'.</source>
            <translation>Onbekende taal '{language}'.</translation>
        </message>
        <message>
            <source>This person or household was not found in the register of this vault.</source>
            <translation>Deze persoon of dit gezin staat niet in het register van deze kluis.</translation>
        </message>
        <message>
            <source>This appointment was not found. It may have been deleted.</source>
            <translation>Deze afspraak werd niet gevonden. Misschien werd ze verwijderd.</translation>
        </message>
        <message>
            <source>Choose a start time between 00:00 and 23:59.</source>
            <translation>Kies een beginuur tussen 00:00 en 23:59.</translation>
        </message>
        <message>
            <source>A duration is between 5 minutes and 12 hours.</source>
            <translation>Een duur ligt tussen 5 minuten en 12 uur.</translation>
        </message>
        <message>
            <source>This can't be planned in the past ({day}).</source>
            <translation>Dit kan niet in het verleden gepland worden ({day}).</translation>
        </message>
        <message>
            <source>Only what is still planned can be rescheduled or cancelled.</source>
            <translation>Enkel wat nog gepland is, kan verplaatst of geannuleerd worden.</translation>
        </message>
        <message>
            <source>Say why it is cancelled.</source>
            <translation>Zeg waarom het geannuleerd wordt.</translation>
        </message>
        <message>
            <source>A place is at most 200 characters.</source>
            <translation>Een plaats telt hoogstens 200 tekens.</translation>
        </message>
        <message>
            <source>A welcome session that took place can't be deleted from the agenda.</source>
            <translation>Een onthaalsessie die plaatsvond, kan niet uit de agenda verwijderd worden.</translation>
        </message>
        <message>
            <source>This person is not in the organisation's directory. Sync, then choose again.</source>
            <translation>Deze persoon staat niet in de lijst van medewerkers van de organisatie. Synchroniseer en kies opnieuw.</translation>
        </message>
        <message>
            <source>This person's account is no longer active. Choose someone else.</source>
            <translation>Het account van deze persoon is niet meer actief. Kies iemand anders.</translation>
        </message>
        <message>
            <source>This person has no access to this site's case files. A supervisor can give it (Team and keys, Check code and grant), and after the next sync you can choose them.</source>
            <translation>Deze persoon heeft geen toegang tot de dossiers van deze site. Een verantwoordelijke kan die geven (Team en sleutels, Code controleren en toekennen); na de volgende synchronisatie kun je de persoon kiezen.</translation>
        </message>
        <message>
            <source>This person was not found.</source>
            <translation>Deze persoon werd niet gevonden.</translation>
        </message>
        <message>
            <source>This case file was not found.</source>
            <translation>Dit dossier werd niet gevonden.</translation>
        </message>
        <message>
            <source>Unknown erasure scope '{scope}'.</source>
            <translation>Onbekend bereik van wissing '{scope}'.</translation>
        </message>
        <message>
            <source>'{field}' can't be corrected here.</source>
            <translation>'{field}' kan hier niet verbeterd worden.</translation>
        </message>
        <message>
            <source>Say why the data is corrected; the reason is recorded.</source>
            <translation>Zeg waarom de gegevens verbeterd worden; de reden wordt bewaard.</translation>
        </message>
        <message>
            <source>A restricted note can only go into a report made by its author.</source>
            <translation>Een beperkte notitie kan enkel in een verslag van haar auteur.</translation>
        </message>
        <message>
            <source>Choose a year from 2000 up to this year.</source>
            <translation>Kies een jaar van 2000 tot en met dit jaar.</translation>
        </message>
        <message>
            <source>Choose an axis or an operational objective of the sector vision.</source>
            <translation>Kies een hoofdlijn of een operationele doelstelling van de sectorvisie.</translation>
        </message>
        <message>
            <source>A target is a whole number of actions from 0 to 100000, or empty for no target.</source>
            <translation>Een streefcijfer is een geheel aantal acties van 0 tot 100000, of leeg voor geen streefcijfer.</translation>
        </message>
        <message>
            <source>Targets are set per operational objective, not per axis.</source>
            <translation>Streefcijfers gelden per operationele doelstelling, niet per hoofdlijn.</translation>
        </message>
        <message>
            <source>Full-time equivalents are a number from 0 to 100 (for example 1.5).</source>
            <translation>Voltijdse equivalenten zijn een getal van 0 tot 100 (bijvoorbeeld 1,5).</translation>
        </message>
        <message>
            <source>This site no longer exists.</source>
            <translation>Deze site bestaat niet meer.</translation>
        </message>
        <message>
            <source>An organisation's key is made of lower-case letters, digits and dashes (for example ovm-anneessens).</source>
            <translation>De sleutel van een organisatie bestaat uit kleine letters, cijfers en streepjes (bijvoorbeeld ovm-anneessens).</translation>
        </message>
        <message>
            <source>Give the activity a title.</source>
            <translation>Geef de activiteit een titel.</translation>
        </message>
        <message>
            <source>Choose what kind of activity this was.</source>
            <translation>Kies wat voor activiteit dit was.</translation>
        </message>
        <message>
            <source>A number of participants is 0 or more.</source>
            <translation>Een aantal deelnemers is 0 of meer.</translation>
        </message>
        <message>
            <source>Participants are named only with their consent: tick that they agreed, or leave the names out and give the number only.</source>
            <translation>Deelnemers worden enkel met hun toestemming genoemd: vink aan dat ze akkoord gingen, of laat de namen weg en geef alleen het aantal.</translation>
        </message>
        <message>
            <source>More participants are named ({named}) than were counted ({count}).</source>
            <translation>Er zijn meer deelnemers genoemd ({named}) dan geteld ({count}).</translation>
        </message>
        <message>
            <source>Sessions, a trainer and a closing session belong to a workshop series.</source>
            <translation>Sessies, een vormingsgever en een afsluitende sessie horen bij een reeks ateliers.</translation>
        </message>
        <message>
            <source>Note who attended the meeting.</source>
            <translation>Noteer wie op de vergadering aanwezig was.</translation>
        </message>
        <message>
            <source>Give the partner's name.</source>
            <translation>Geef de naam van de partner.</translation>
        </message>
        <message>
            <source>Choose what kind of service the partner offers.</source>
            <translation>Kies wat voor dienst de partner biedt.</translation>
        </message>
        <message>
            <source>Unknown language '{code}'.</source>
            <translation>Onbekende taal '{code}'.</translation>
        </message>
        <message>
            <source>This action is no longer in the plan.</source>
            <translation>Deze actie staat niet meer in het actieplan.</translation>
        </message>
        <message>
            <source>Give the action a title.</source>
            <translation>Geef de actie een titel.</translation>
        </message>
        <message>
            <source>Choose one of the project's objectives.</source>
            <translation>Kies een van de doelstellingen van het project.</translation>
        </message>
        <message>
            <source>Choose one of the sector's objectives.</source>
            <translation>Kies een van de doelstellingen van de sector.</translation>
        </message>
        <message>
            <source>Unknown status of an action.</source>
            <translation>Onbekende stand van een actie.</translation>
        </message>
        <message>
            <source>The plan's year must lie between 2000 and 2100.</source>
            <translation>Het jaar van het actieplan ligt tussen 2000 en 2100.</translation>
        </message>
        <message>
            <source>Only the assistant who asked the agent along can change or call off this request.</source>
            <translation>Alleen de assistent die de agent vroeg mee te komen, kan deze vraag wijzigen of afzeggen.</translation>
        </message>
        <message>
            <source>Choose the day of the visit: today or later.</source>
            <translation>Kies de dag van het bezoek: vandaag of later.</translation>
        </message>
        <message>
            <source>Choose the time of the visit.</source>
            <translation>Kies het uur van het bezoek.</translation>
        </message>
        <message>
            <source>Give the address where the agent should come.</source>
            <translation>Geef het adres waar de agent moet komen.</translation>
        </message>
        <message>
            <source>This request was already declined or called off.</source>
            <translation>Deze vraag is al geweigerd of afgezegd.</translation>
        </message>
        <message>
            <source>Say why the visit is cancelled: the agent reads it.</source>
            <translation>Zeg waarom het bezoek niet doorgaat: de agent leest het.</translation>
        </message>
        <message>
            <source>This internal request was not found.</source>
            <translation>Deze interne aanvraag werd niet gevonden.</translation>
        </message>
        <message>
            <source>Choose the department the request goes to.</source>
            <translation>Kies de dienst waar de aanvraag naartoe gaat.</translation>
        </message>
        <message>
            <source>Write the facts the department needs.</source>
            <translation>Schrijf de feiten die de dienst nodig heeft.</translation>
        </message>
        <message>
            <source>Choose the date an answer is wanted by: today or later.</source>
            <translation>Kies tegen wanneer een antwoord gewenst is: vandaag of later.</translation>
        </message>
        <message>
            <source>Write what the department answered.</source>
            <translation>Schrijf wat de dienst antwoordde.</translation>
        </message>
        <message>
            <source>The answer's date is between the request's date and today.</source>
            <translation>De datum van het antwoord ligt tussen de datum van de aanvraag en vandaag.</translation>
        </message>
        <message>
            <source>This office-hours session was not found.</source>
            <translation>Deze permanentie werd niet gevonden.</translation>
        </message>
        <message>
            <source>An office-hours session ends after it starts, on the same day.</source>
            <translation>Een permanentie eindigt na het begin, op dezelfde dag.</translation>
        </message>
        <message>
            <source>This case file belongs to another site than the office-hours session. Choose a household of the session's site, or leave the case file empty.</source>
            <translation>Dit dossier hoort bij een andere site dan de permanentie. Kies een gezin van de site van de permanentie, of laat het dossier leeg.</translation>
        </message>
        <message>
            <source>Say who came: choose their case file, or write a first name or a description.</source>
            <translation>Zeg wie langskwam: kies het dossier, of schrijf een voornaam of een omschrijving.</translation>
        </message>
        <message>
            <source>This office-hours contact was not found.</source>
            <translation>Dit contact op de permanentie is niet gevonden.</translation>
        </message>
        <message>
            <source>Choose where the office hours are held.</source>
            <translation>Kies waar de permanentie plaatsvindt.</translation>
        </message>
        <message>
            <source>Give the day of the session.</source>
            <translation>Geef de dag van de permanentie.</translation>
        </message>
        <message>
            <source>Choose the theme.</source>
            <translation>Kies het thema.</translation>
        </message>
        <message>
            <source>Choose where the person was referred to.</source>
            <translation>Kies naar waar de persoon werd doorverwezen.</translation>
        </message>
        <message>
            <source>This support plan is restricted to its author: you can read it, not change it.</source>
            <translation>Dit begeleidingsplan is beperkt tot de auteur: u kunt het lezen, niet wijzigen.</translation>
        </message>
        <message>
            <source>This goal was not found.</source>
            <translation>Dit doel werd niet gevonden.</translation>
        </message>
        <message>
            <source>The rights checklist is not valid.</source>
            <translation>De lijst van sociale rechten is niet geldig.</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Zeg wat het doel is.</translation>
        </message>
        <message>
            <source>A goal is reviewed today or later: choose a review date.</source>
            <translation>Een doel wordt vandaag of later geëvalueerd: kies een evaluatiedatum.</translation>
        </message>
        <message>
            <source>Write the analysis, check a right or add a goal before saving.</source>
            <translation>Schrijf de analyse, vink een recht aan of voeg een doel toe vóór u bewaart.</translation>
        </message>
        <message>
            <source>Choose where the goal stands.</source>
            <translation>Kies hoe het doel ervoor staat.</translation>
        </message>
        <message>
            <source>This request to come along was not found.</source>
            <translation>Deze vraag om mee te gaan werd niet gevonden.</translation>
        </message>
        <message>
            <source>The assistant called this visit off: there is nothing to answer.</source>
            <translation>De assistent heeft dit bezoek afgezegd: er is niets te beantwoorden.</translation>
        </message>
        <message>
            <source>Say in a word why you cannot come, or suggest another time.</source>
            <translation>Zeg in een woordje waarom u niet kunt komen, of stel een ander uur voor.</translation>
        </message>
        <message>
            <source>Choose the households to invite.</source>
            <translation>Kies de huishoudens die u uitnodigt.</translation>
        </message>
        <message>
            <source>An action names a tenant who did not agree to be named: say who acts by department or function.</source>
            <translation>Een actie noemt een huurder die niet akkoord ging om genoemd te worden: zeg wie optreedt met een dienst of functie.</translation>
        </message>
        <message>
            <source>Topic {n} names a tenant who did not agree to be named: take the name out, or record that they agreed.</source>
            <translation>Punt {n} noemt een huurder die niet akkoord ging om genoemd te worden: haal de naam weg, of noteer dat de huurder akkoord gaat.</translation>
        </message>
        <message>
            <source>Issue the minutes first.</source>
            <translation>Geef het verslag eerst vrij.</translation>
        </message>
        <message>
            <source>This meeting no longer exists.</source>
            <translation>Deze vergadering bestaat niet meer.</translation>
        </message>
        <message>
            <source>This topic no longer exists.</source>
            <translation>Dit onderwerp bestaat niet meer.</translation>
        </message>
        <message>
            <source>This action no longer exists.</source>
            <translation>Deze actie bestaat niet meer.</translation>
        </message>
        <message>
            <source>This participant is no longer listed.</source>
            <translation>Deze deelnemer staat niet meer op de lijst.</translation>
        </message>
        <message>
            <source>Record who came first: minutes are issued for a meeting that was held.</source>
            <translation>Noteer eerst wie er was: een verslag wordt vrijgegeven voor een vergadering die plaatsvond.</translation>
        </message>
        <message>
            <source>This meeting was cancelled.</source>
            <translation>Deze vergadering werd afgelast.</translation>
        </message>
        <message>
            <source>Give the start of the meeting as a time of day.</source>
            <translation>Geef het beginuur van de vergadering als een tijdstip.</translation>
        </message>
        <message>
            <source>Give the day of the meeting.</source>
            <translation>Geef de dag van de vergadering.</translation>
        </message>
        <message>
            <source>Say where the meeting takes place.</source>
            <translation>Zeg waar de vergadering plaatsvindt.</translation>
        </message>
        <message>
            <source>A meeting lasts between a few minutes and eight hours.</source>
            <translation>Een vergadering duurt tussen enkele minuten en acht uur.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are issued: it took place.</source>
            <translation>Het verslag van deze vergadering is uitgegeven: ze heeft plaatsgevonden.</translation>
        </message>
        <message>
            <source>Give the topic a title.</source>
            <translation>Geef het onderwerp een titel.</translation>
        </message>
        <message>
            <source>Say where the topic comes from.</source>
            <translation>Zeg van wie het onderwerp komt.</translation>
        </message>
        <message>
            <source>Name the department or colleague the topic comes from.</source>
            <translation>Noem de dienst of collega van wie het onderwerp komt.</translation>
        </message>
        <message>
            <source>Give the function or department of the member of staff.</source>
            <translation>Geef de functie of dienst van het personeelslid.</translation>
        </message>
        <message>
            <source>Tick the household as present before naming a speaker.</source>
            <translation>Vink het huishouden aan als aanwezig voordat u een spreker noemt.</translation>
        </message>
        <message>
            <source>Say what will be done.</source>
            <translation>Zeg wat er gedaan zal worden.</translation>
        </message>
        <message>
            <source>Say who will do it (a department or a function).</source>
            <translation>Zeg wie het zal doen (een dienst of een functie).</translation>
        </message>
        <message>
            <source>Issue the minutes before logging their distribution.</source>
            <translation>Geef het verslag vrij voordat u de verspreiding noteert.</translation>
        </message>
        <message>
            <source>Choose how the minutes were distributed.</source>
            <translation>Kies hoe het verslag verspreid werd.</translation>
        </message>
        <message>
            <source>The minutes cannot be sent before the meeting.</source>
            <translation>Het verslag kan niet vóór de vergadering verstuurd zijn.</translation>
        </message>
        <message>
            <source>Tick the households the minutes went to.</source>
            <translation>Vink de huishoudens aan die het verslag kregen.</translation>
        </message>
        <message>
            <source>Tick households whose distribution by this channel was logged.</source>
            <translation>Vink gezinnen aan waarvoor de verspreiding via dit kanaal werd vastgelegd.</translation>
        </message>
        <message>
            <source>This signal no longer exists.</source>
            <translation>Dit signaal bestaat niet meer.</translation>
        </message>
        <message>
            <source>Choose the site the signal is about.</source>
            <translation>Kies de site waarover het signaal gaat.</translation>
        </message>
        <message>
            <source>Choose the building the signal is about.</source>
            <translation>Kies het gebouw waarover het signaal gaat.</translation>
        </message>
        <message>
            <source>Choose the theme of the signal.</source>
            <translation>Kies het thema van het signaal.</translation>
        </message>
        <message>
            <source>This neighbourhood no longer exists.</source>
            <translation>Deze wijk bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the neighbourhood a name.</source>
            <translation>Geef de wijk een naam.</translation>
        </message>
        <message>
            <source>A neighbourhood needs at least one site.</source>
            <translation>Een wijk heeft minstens één site nodig.</translation>
        </message>
        <message>
            <source>This information session was not found.</source>
            <translation>Deze infovergadering werd niet gevonden.</translation>
        </message>
        <message>
            <source>This question was not found.</source>
            <translation>Deze vraag werd niet gevonden.</translation>
        </message>
        <message>
            <source>Write the question that was asked.</source>
            <translation>Schrijf de vraag die gesteld werd.</translation>
        </message>
        <message>
            <source>Give a time between 00:00 and 23:59.</source>
            <translation>Geef een uur tussen 00:00 en 23:59.</translation>
        </message>
        <message>
            <source>Choose the role of each person present.</source>
            <translation>Kies de hoedanigheid van elke aanwezige.</translation>
        </message>
        <message>
            <source>Give the name of each person present.</source>
            <translation>Geef de naam van elke aanwezige.</translation>
        </message>
        <message>
            <source>Only households of the project's dwellings can be invited or present.</source>
            <translation>Alleen gezinnen van de woningen van het project kunnen uitgenodigd of aanwezig zijn.</translation>
        </message>
        <message>
            <source>A session cannot be planned in the past.</source>
            <translation>Een vergadering kan niet in het verleden gepland worden.</translation>
        </message>
        <message>
            <source>This phase of the works was not found.</source>
            <translation>Deze fase van de werken werd niet gevonden.</translation>
        </message>
        <message>
            <source>Choose what the works of this phase are.</source>
            <translation>Kies welke werken in deze fase gebeuren.</translation>
        </message>
        <message>
            <source>A phase cannot end before it starts.</source>
            <translation>Een fase kan niet eindigen voor ze begint.</translation>
        </message>
        <message>
            <source>This building has no dwelling in the project.</source>
            <translation>Dit gebouw heeft geen woning in het project.</translation>
        </message>
        <message>
            <source>A phase concerns the whole project, one building or one dwelling — not several.</source>
            <translation>Een fase betreft het hele project, één gebouw of één woning — niet meerdere.</translation>
        </message>
        <message>
            <source>Unknown kind of letter '{kind}'.</source>
            <translation>Onbekende soort brief '{kind}'.</translation>
        </message>
        <message>
            <source>This job placement was not found.</source>
            <translation>Deze jobaanbieding werd niet gevonden.</translation>
        </message>
        <message>
            <source>Say which job was offered.</source>
            <translation>Zeg welke job werd aangeboden.</translation>
        </message>
        <message>
            <source>Say who the employer is.</source>
            <translation>Zeg wie de werkgever is.</translation>
        </message>
        <message>
            <source>Choose how the placement turned out.</source>
            <translation>Kies het resultaat van de jobaanbieding.</translation>
        </message>
        <message>
            <source>A job cannot end before it starts.</source>
            <translation>Een job kan niet eindigen voor hij begint.</translation>
        </message>
        <message>
            <source>This person does not live in the dwelling.</source>
            <translation>Deze persoon woont niet in de woning.</translation>
        </message>
        <message>
            <source>Give the time spent: between 5 minutes and 12 hours.</source>
            <translation>Geef de bestede tijd: tussen 5 minuten en 12 uur.</translation>
        </message>
        <message>
            <source>Choose what the time was spent on.</source>
            <translation>Kies waaraan de tijd besteed werd.</translation>
        </message>
        <message>
            <source>Time cannot be recorded for a day to come.</source>
            <translation>Tijd kan niet voor een komende dag ingevoerd worden.</translation>
        </message>
        <message>
            <source>This campaign no longer exists.</source>
            <translation>Deze campagne bestaat niet meer.</translation>
        </message>
        <message>
            <source>Choose the theme of the campaign.</source>
            <translation>Kies het thema van de campagne.</translation>
        </message>
        <message>
            <source>Give the campaign a title.</source>
            <translation>Geef de campagne een titel.</translation>
        </message>
        <message>
            <source>Give the start of the campaign.</source>
            <translation>Geef het begin van de campagne.</translation>
        </message>
        <message>
            <source>The campaign cannot end before it starts.</source>
            <translation>De campagne kan niet eindigen voor ze begint.</translation>
        </message>
        <message>
            <source>Tick the buildings the campaign covers.</source>
            <translation>Vink de gebouwen van de campagne aan.</translation>
        </message>
        <message>
            <source>Give the number of posters hung (0 if none).</source>
            <translation>Geef het aantal opgehangen affiches (0 als er geen zijn).</translation>
        </message>
        <message>
            <source>Choose a door of the campaign's buildings.</source>
            <translation>Kies een deur van de gebouwen van de campagne.</translation>
        </message>
        <message>
            <source>Say what happened at the door.</source>
            <translation>Zeg wat er aan de deur gebeurde.</translation>
        </message>
        <message>
            <source>Give the day of the visit.</source>
            <translation>Geef de dag van het bezoek.</translation>
        </message>
        <message>
            <source>This call for projects no longer exists.</source>
            <translation>Deze projectoproep bestaat niet meer.</translation>
        </message>
        <message>
            <source>This application no longer exists.</source>
            <translation>Deze aanvraag bestaat niet meer.</translation>
        </message>
        <message>
            <source>This initiative no longer exists.</source>
            <translation>Dit initiatief bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the year of the call.</source>
            <translation>Geef het jaar van de oproep.</translation>
        </message>
        <message>
            <source>Give the call a title.</source>
            <translation>Geef de oproep een titel.</translation>
        </message>
        <message>
            <source>Say who applies: an association, a cohesion project or a tenant group.</source>
            <translation>Zeg wie aanvraagt: een vereniging, een cohesieproject of een huurdersgroep.</translation>
        </message>
        <message>
            <source>Name the group that applies.</source>
            <translation>Noem de groep die aanvraagt.</translation>
        </message>
        <message>
            <source>Give the project a title.</source>
            <translation>Geef het project een titel.</translation>
        </message>
        <message>
            <source>Give the amount asked in whole euros.</source>
            <translation>Geef het gevraagde bedrag in hele euro.</translation>
        </message>
        <message>
            <source>Choose the decision.</source>
            <translation>Kies de beslissing.</translation>
        </message>
        <message>
            <source>Give the amount granted in whole euros.</source>
            <translation>Geef het toegekende bedrag in hele euro.</translation>
        </message>
        <message>
            <source>A selected project is granted an amount.</source>
            <translation>Een geselecteerd project krijgt een bedrag toegekend.</translation>
        </message>
        <message>
            <source>Give the day of the contact.</source>
            <translation>Geef de dag van het contact.</translation>
        </message>
        <message>
            <source>Say what was discussed with the group.</source>
            <translation>Zeg wat er met de groep besproken werd.</translation>
        </message>
        <message>
            <source>Only a selected project hands in a final report.</source>
            <translation>Alleen een geselecteerd project dient een eindverslag in.</translation>
        </message>
        <message>
            <source>Give the day the final report came in.</source>
            <translation>Geef de dag waarop het eindverslag binnenkwam.</translation>
        </message>
        <message>
            <source>Sum up what the final report says.</source>
            <translation>Vat samen wat het eindverslag zegt.</translation>
        </message>
        <message>
            <source>Give the amount spent in whole euros.</source>
            <translation>Geef het uitgegeven bedrag in hele euro.</translation>
        </message>
        <message>
            <source>Choose the council or committee.</source>
            <translation>Kies de raad of het comité.</translation>
        </message>
        <message>
            <source>Say what the meeting was about.</source>
            <translation>Zeg waarover de vergadering ging.</translation>
        </message>
        <message>
            <source>Give the initiative a title.</source>
            <translation>Geef het initiatief een titel.</translation>
        </message>
        <message>
            <source>Say which group carries the initiative (not a tenant's name).</source>
            <translation>Zeg welke groep het initiatief draagt (geen naam van een huurder).</translation>
        </message>
        <message>
            <source>Give the start of the initiative.</source>
            <translation>Geef het begin van het initiatief.</translation>
        </message>
        <message>
            <source>Choose the kind of support.</source>
            <translation>Kies de soort steun.</translation>
        </message>
        <message>
            <source>Give the day of the support.</source>
            <translation>Geef de dag van de steun.</translation>
        </message>
        <message>
            <source>Choose the state of the initiative.</source>
            <translation>Kies de stand van het initiatief.</translation>
        </message>
        <message>
            <source>This election no longer exists.</source>
            <translation>Deze verkiezing bestaat niet meer.</translation>
        </message>
        <message>
            <source>This candidate is no longer listed.</source>
            <translation>Deze kandidaat staat niet meer op de lijst.</translation>
        </message>
        <message>
            <source>This election is validated: its roll is purged.</source>
            <translation>Deze verkiezing is geldig verklaard: de kiezerslijst is gewist.</translation>
        </message>
        <message>
            <source>Give the day of the vote.</source>
            <translation>Geef de dag van de stemming.</translation>
        </message>
        <message>
            <source>Give the number of seats of the council (1 to 50).</source>
            <translation>Geef het aantal zetels van de raad (1 tot 50).</translation>
        </message>
        <message>
            <source>Give the candidate's name as on the notice.</source>
            <translation>Geef de naam van de kandidaat zoals op het bericht.</translation>
        </message>
        <message>
            <source>List the candidates first.</source>
            <translation>Voeg eerst de kandidaten toe.</translation>
        </message>
        <message>
            <source>Give each candidate's votes as a whole number.</source>
            <translation>Geef de stemmen van elke kandidaat als een geheel getal.</translation>
        </message>
        <message>
            <source>Count the votes before validating the election.</source>
            <translation>Tel de stemmen voor u de verkiezing geldig verklaart.</translation>
        </message>
        <message>
            <source>Only a member of the council has a mandate to end.</source>
            <translation>Alleen een lid van de raad heeft een mandaat dat kan eindigen.</translation>
        </message>
        <message>
            <source>A mandate cannot end before it began.</source>
            <translation>Een mandaat kan niet eindigen voor het begon.</translation>
        </message>
        <message>
            <source>Record the decision before printing the letter.</source>
            <translation>Leg de beslissing vast voor u de brief afdrukt.</translation>
        </message>
        <message>
            <source>This consultation no longer exists.</source>
            <translation>Deze consultatie bestaat niet meer.</translation>
        </message>
        <message>
            <source>Write the question for the team.</source>
            <translation>Schrijf de vraag voor het team.</translation>
        </message>
        <message>
            <source>Write the team's advice.</source>
            <translation>Schrijf het advies van het team.</translation>
        </message>
        <message>
            <source>Choose an age band.</source>
            <translation>Kies een leeftijdsgroep.</translation>
        </message>
        <message>
            <source>Choose the kind of household.</source>
            <translation>Kies het soort gezin.</translation>
        </message>
        <message>
            <source>Choose the concerns from the list.</source>
            <translation>Kies de zorgen uit de lijst.</translation>
        </message>
        <message>
            <source>Choose how urgent it is.</source>
            <translation>Kies hoe dringend het is.</translation>
        </message>
        <message>
            <source>Tick at least one concern.</source>
            <translation>Vink minstens één zorg aan.</translation>
        </message>
        <message>
            <source>This consultation is closed.</source>
            <translation>Deze consultatie is afgesloten.</translation>
        </message>
        <message>
            <source>The text names someone of the household. The team must not be able to recognise the person: write it without names.</source>
            <translation>De tekst noemt iemand van het gezin. Het team mag de persoon niet kunnen herkennen: schrijf hem zonder namen.</translation>
        </message>
        <message>
            <source>The text gives the household's street. Write it without the address.</source>
            <translation>De tekst vermeldt de straat van het gezin. Schrijf hem zonder adres.</translation>
        </message>
        <message>
            <source>The text holds a phone number. Leave it out: the team answers you, not the tenant.</source>
            <translation>De tekst bevat een telefoonnummer. Laat het weg: het team antwoordt u, niet de huurder.</translation>
        </message>
        <message>
            <source>The text holds an e-mail address. Leave it out.</source>
            <translation>De tekst bevat een e-mailadres. Laat het weg.</translation>
        </message>
        <message>
            <source>The text holds a national register number. Leave it out.</source>
            <translation>De tekst bevat een rijksregisternummer. Laat het weg.</translation>
        </message>
        <message>
            <source>The text holds a full date, which can be a date of birth. Give an age band instead.</source>
            <translation>De tekst bevat een volledige datum, mogelijk een geboortedatum. Geef liever een leeftijdsgroep.</translation>
        </message>
        <message>
            <source>This file is not a figures file for the DMBSH report.</source>
            <translation>Dit bestand is geen cijferbestand voor het DMBSH-verslag.</translation>
        </message>
        <message>
            <source>This figures file holds a count below 5: it was changed by hand, so it is not used.</source>
            <translation>Dit cijferbestand bevat een aantal onder 5: het werd met de hand gewijzigd en wordt dus niet gebruikt.</translation>
        </message>
        <message>
            <source>Give the housing company's name.</source>
            <translation>Geef de naam van de OVM.</translation>
        </message>
        <message>
            <source>Add the figures file of at least one housing company.</source>
            <translation>Voeg het cijferbestand van minstens één OVM toe.</translation>
        </message>
        <message>
            <source>Two figures files are of the same housing company and period.</source>
            <translation>Twee cijferbestanden zijn van dezelfde OVM en periode.</translation>
        </message>
        <message>
            <source>This laptop already has an organisation of that name.</source>
            <translation>Deze laptop heeft al een organisatie met die naam.</translation>
        </message>
        <message>
            <source>An office-hours session is not cancelled: move it to another day, or delete it if it will not take place.</source>
            <translation>Een permanentie wordt niet geannuleerd: verplaats ze naar een andere dag, of verwijder ze als ze niet doorgaat.</translation>
        </message>
        <message>
            <source>Count the votes before printing the results.</source>
            <translation>Tel de stemmen voor u de uitslag afdrukt.</translation>
        </message>
        <message>
            <source>This loan of premises no longer exists.</source>
            <translation>Deze uitlening van een lokaal bestaat niet meer.</translation>
        </message>
        <message>
            <source>Give the day the loan starts.</source>
            <translation>Geef de dag waarop de uitlening begint.</translation>
        </message>
        <message>
            <source>The loan ends before it starts.</source>
            <translation>De uitlening eindigt voor ze begint.</translation>
        </message>
        <message>
            <source>The room is already lent to this project then.</source>
            <translation>Het lokaal is dan al aan dit project uitgeleend.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Office hours</source>
            <translation>Permanentie</translation>
        </message>
        <message>
            <source>Office interview</source>
            <translation>Gesprek op kantoor</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefoongesprek</translation>
        </message>
        <message>
            <source>Letter / e-mail</source>
            <translation>Brief / e-mail</translation>
        </message>
        <message>
            <source>Finances / debt</source>
            <translation>Financiën / schulden</translation>
        </message>
        <message>
            <source>Rent arrears</source>
            <translation>Huurachterstal</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>Administratief</translation>
        </message>
        <message>
            <source>Health / mental health</source>
            <translation>Gezondheid / geestelijke gezondheid</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Mutatie</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Onderhoud</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>In wacht</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Restricted (author and supervisors)</source>
            <translation>Beperkt (auteur en verantwoordelijken)</translation>
        </message>
        <message>
            <source>OCMW / CPAS</source>
            <translation>OCMW / CPAS</translation>
        </message>
        <message>
            <source>CAW</source>
            <translation>CAW</translation>
        </message>
        <message>
            <source>Mental-health service</source>
            <translation>Dienst geestelijke gezondheid</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Schuldhulp</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Voorgesteld</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Verstuurd</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Lopend</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Uitgevoerd</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Reliable knowledge of social realities through diagnosis tools</source>
            <translation>Betrouwbare kennis van de sociale realiteiten via diagnosetools</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Hoofdzetel</translation>
        </message>
        <message>
            <source>Branch office</source>
            <translation>Antenne</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonisch</translation>
        </message>
        <message>
            <source>Not referred</source>
            <translation>Niet doorverwezen</translation>
        </message>
        <message>
            <source>A department of the company</source>
            <translation>Een dienst van de maatschappij</translation>
        </message>
        <message>
            <source>With a case file</source>
            <translation>Met dossier</translation>
        </message>
        <message>
            <source>Without a case file</source>
            <translation>Zonder dossier</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Korte vraag</translation>
        </message>
        <message>
            <source>Income / allowances (unemployment, sickness, pension, disability)</source>
            <translation>Inkomen / uitkeringen (werkloosheid, ziekte, pensioen, handicap)</translation>
        </message>
        <message>
            <source>Family allowance</source>
            <translation>Groeipakket (kinderbijslag)</translation>
        </message>
        <message>
            <source>Social tariffs (energy, water, telephone, transport)</source>
            <translation>Sociale tarieven (energie, water, telefoon, vervoer)</translation>
        </message>
        <message>
            <source>OCMW / CPAS (living wage, help)</source>
            <translation>OCMW / CPAS (leefloon, hulp)</translation>
        </message>
        <message>
            <source>Health insurance (increased reimbursement)</source>
            <translation>Ziekenfonds (verhoogde tegemoetkoming)</translation>
        </message>
        <message>
            <source>Rent allowance / rent reduction</source>
            <translation>Huurtoelage / huurvermindering</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Juridische bijstand</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Nog niet nagekeken</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>To apply for</source>
            <translation>Aan te vragen</translation>
        </message>
        <message>
            <source>Applied for</source>
            <translation>Aangevraagd</translation>
        </message>
        <message>
            <source>Not entitled</source>
            <translation>Geen recht</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Bereikt</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Losgelaten</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Mutaties</translation>
        </message>
        <message>
            <source>Accounting / rent</source>
            <translation>Boekhouding / huur</translation>
        </message>
        <message>
            <source>Technical department</source>
            <translation>Technische dienst</translation>
        </message>
        <message>
            <source>Rental management</source>
            <translation>Verhuur</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Juridische dienst</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Lopend</translation>
        </message>
        <message>
            <source>Paid off</source>
            <translation>Afbetaald</translation>
        </message>
        <message>
            <source>Not kept</source>
            <translation>Niet nagekomen</translation>
        </message>
        <message>
            <source>Formal notice</source>
            <translation>Ingebrekestelling</translation>
        </message>
        <message>
            <source>Summons to the justice of the peace</source>
            <translation>Dagvaarding voor de vrederechter</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Zitting</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Vonnis</translation>
        </message>
        <message>
            <source>Bailiff's notice</source>
            <translation>Betekening door de gerechtsdeurwaarder</translation>
        </message>
        <message>
            <source>Eviction date set</source>
            <translation>Datum van uithuiszetting vastgelegd</translation>
        </message>
        <message>
            <source>Procedure stopped</source>
            <translation>Procedure stopgezet</translation>
        </message>
        <message>
            <source>Housing kept</source>
            <translation>Woning behouden</translation>
        </message>
        <message>
            <source>Moved to a more suitable dwelling</source>
            <translation>Verhuisd naar een meer aangepaste woning</translation>
        </message>
        <message>
            <source>Left of their own accord</source>
            <translation>Vrijwillig vertrokken</translation>
        </message>
        <message>
            <source>Evicted</source>
            <translation>Uit huis gezet</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Afgedrukt</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Geëxporteerd</translation>
        </message>
        <message>
            <source>Searched notes</source>
            <translation>Notities doorzocht</translation>
        </message>
        <message>
            <source>Viewed the history</source>
            <translation>Geschiedenis bekeken</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Doorverwijzing</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Onthaalsessie</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovatieproject</translation>
        </message>
        <message>
            <source>Letter to a household (renovation)</source>
            <translation>Brief aan een gezin (renovatie)</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronde</translation>
        </message>
        <message>
            <source>Defect report</source>
            <translation>Defectmelding</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicatoren</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Dagblad</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Toegangslogboek</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Internal request</source>
            <translation>Interne aanvraag</translation>
        </message>
        <message>
            <source>Tenants' meeting</source>
            <translation>Bewonersvergadering</translation>
        </message>
        <message>
            <source>Head of household</source>
            <translation>Gezinshoofd</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Other household member</source>
            <translation>Ander gezinslid</translation>
        </message>
        <message>
            <source>Buildings and infrastructure</source>
            <translation>Gebouwen en infrastructuur</translation>
        </message>
        <message>
            <source>Strengthen social support</source>
            <translation>Sociale begeleiding versterken</translation>
        </message>
        <message>
            <source>Positive dynamic in the neighbourhood</source>
            <translation>Positieve dynamiek in de wijk</translation>
        </message>
        <message>
            <source>Interaction between actors</source>
            <translation>Interactie tussen de actoren</translation>
        </message>
        <message>
            <source>Transversal</source>
            <translation>Transversaal</translation>
        </message>
        <message>
            <source>Inventory and monitor problems and needs of buildings and spaces</source>
            <translation>Problemen en noden van gebouwen en ruimten inventariseren en opvolgen</translation>
        </message>
        <message>
            <source>Constructive consultation in construction and renovation projects</source>
            <translation>Constructief overleg bij bouw- en renovatieprojecten</translation>
        </message>
        <message>
            <source>Better use of and respect for buildings through information and training</source>
            <translation>Beter gebruik van en respect voor gebouwen via informatie en vorming</translation>
        </message>
        <message>
            <source>Performance and versatility of buildings</source>
            <translation>Prestaties en veelzijdigheid van gebouwen</translation>
        </message>
        <message>
            <source>Better design of collective spaces</source>
            <translation>Betere inrichting van collectieve ruimten</translation>
        </message>
        <message>
            <source>Dynamic management of collective spaces</source>
            <translation>Dynamisch beheer van collectieve ruimten</translation>
        </message>
        <message>
            <source>Proactive approach of vulnerable groups</source>
            <translation>Proactieve benadering van kwetsbare groepen</translation>
        </message>
        <message>
            <source>Framework for collective reception, information, awareness and exchange</source>
            <translation>Kader voor collectief onthaal, informatie, sensibilisering en uitwisseling</translation>
        </message>
        <message>
            <source>Reception, follow-up and individual support to keep the right to housing</source>
            <translation>Onthaal, opvolging en individuele begeleiding om het recht op wonen te vrijwaren</translation>
        </message>
        <message>
            <source>Put the beneficiary at the centre of all activities</source>
            <translation>De begunstigde centraal stellen in alle activiteiten</translation>
        </message>
        <message>
            <source>Join and strengthen local dynamics</source>
            <translation>Aansluiten bij en versterken van lokale dynamieken</translation>
        </message>
        <message>
            <source>Role in territorial development</source>
            <translation>Rol in de territoriale ontwikkeling</translation>
        </message>
        <message>
            <source>Help residents appropriate their living space</source>
            <translation>Bewoners helpen zich hun leefomgeving toe te eigenen</translation>
        </message>
        <message>
            <source>Identify and activate local actors</source>
            <translation>Lokale actoren identificeren en activeren</translation>
        </message>
        <message>
            <source>Learn to cooperate</source>
            <translation>Leren samenwerken</translation>
        </message>
        <message>
            <source>Build the network with residents</source>
            <translation>Het netwerk met de bewoners uitbouwen</translation>
        </message>
        <message>
            <source>Take part in or start network dynamics</source>
            <translation>Deelnemen aan of starten van netwerkdynamieken</translation>
        </message>
        <message>
            <source>Tenant call</source>
            <translation>Oproep van een huurder</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>Social assistant</source>
            <translation>Maatschappelijk assistent</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>Eigen vaststelling</translation>
        </message>
        <message>
            <source>Neighbour conflict</source>
            <translation>Burenconflict</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Geluidsoverlast</translation>
        </message>
        <message>
            <source>Dumped bulky waste</source>
            <translation>Gedumpt grofvuil</translation>
        </message>
        <message>
            <source>Squatters</source>
            <translation>Krakers</translation>
        </message>
        <message>
            <source>Vandalism</source>
            <translation>Vandalisme</translation>
        </message>
        <message>
            <source>Took place</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collega</translation>
        </message>
        <message>
            <source>Tenants</source>
            <translation>Huurders</translation>
        </message>
        <message>
            <source>Letterbox</source>
            <translation>Brievenbus</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Hall notice</source>
            <translation>Affiche in de inkomhal</translation>
        </message>
        <message>
            <source>Waste sorting</source>
            <translation>Afvalsortering</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Huishoudelijk reglement</translation>
        </message>
        <message>
            <source>Energy saving</source>
            <translation>Energiebesparing</translation>
        </message>
        <message>
            <source>Neighbour disputes</source>
            <translation>Burenruzies</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Gemeenschappelijke lokalen</translation>
        </message>
        <message>
            <source>Cleanliness of common parts</source>
            <translation>Netheid van de gemeenschappelijke delen</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Veiligheid</translation>
        </message>
        <message>
            <source>Isolation of older tenants</source>
            <translation>Isolement van oudere huurders</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Ontmoet</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <source>Leaflet left</source>
            <translation>Folder achtergelaten</translation>
        </message>
        <message>
            <source>Bike storage</source>
            <translation>Fietsenberging</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Tuin</translation>
        </message>
        <message>
            <source>Meeting room</source>
            <translation>Vergaderzaal</translation>
        </message>
        <message>
            <source>Other room</source>
            <translation>Ander lokaal</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Vereniging</translation>
        </message>
        <message>
            <source>Social cohesion project</source>
            <translation>Project voor Sociale Cohesie</translation>
        </message>
        <message>
            <source>Tenant group</source>
            <translation>Huurdersgroep</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Geselecteerd</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>Niet geselecteerd</translation>
        </message>
        <message>
            <source>Tenants' advisory council (ARHUU)</source>
            <translation>Adviesraad van Huurders (ARHUU)</translation>
        </message>
        <message>
            <source>Tenants' committee</source>
            <translation>Huurderscomité</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistiek</translation>
        </message>
        <message>
            <source>A room lent</source>
            <translation>Een lokaal ter beschikking</translation>
        </message>
        <message>
            <source>Coaching contact</source>
            <translation>Begeleidingscontact</translation>
        </message>
        <message>
            <source>Help with funding</source>
            <translation>Hulp bij financiering</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Andere steun</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Afgelopen</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>In voorbereiding</translation>
        </message>
        <message>
            <source>Votes counted</source>
            <translation>Stemmen geteld</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Geldig verklaard</translation>
        </message>
        <message>
            <source>Technical defect</source>
            <translation>Technisch defect</translation>
        </message>
        <message>
            <source>Youth / prevention</source>
            <translation>Jongeren / preventie</translation>
        </message>
        <message>
            <source>Accompanying staff</source>
            <translation>Personeel begeleiden</translation>
        </message>
        <message>
            <source>Immediate</source>
            <translation>Onmiddellijk</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>When possible</source>
            <translation>Wanneer mogelijk</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <source>Partly resolved</source>
            <translation>Gedeeltelijk opgelost</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Niet opgelost</translation>
        </message>
        <message>
            <source>Nobody present</source>
            <translation>Niemand aanwezig</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Doorgegeven</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Voorbereiding</translation>
        </message>
        <message>
            <source>Works in progress</source>
            <translation>Werken bezig</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Archived (works ended)</source>
            <translation>Gearchiveerd (werken beëindigd)</translation>
        </message>
        <message>
            <source>To plan</source>
            <translation>Te plannen</translation>
        </message>
        <message>
            <source>Appointment planned</source>
            <translation>Afspraak gepland</translation>
        </message>
        <message>
            <source>Access given</source>
            <translation>Toegang gegeven</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Toegang geweigerd</translation>
        </message>
        <message>
            <source>Pre-works inventory</source>
            <translation>Plaatsbeschrijving vóór de werken</translation>
        </message>
        <message>
            <source>Post-works check</source>
            <translation>Controle na de werken</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <source>Worn</source>
            <translation>Versleten</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Beschadigd</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Niet van toepassing</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Huurder</translation>
        </message>
        <message>
            <source>Project manager</source>
            <translation>Projectbeheerder</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Aannemer</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Landmeter</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Maatschappelijk assistent werf</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Nog niet getekend</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Getekend</translation>
        </message>
        <message>
            <source>Refused to sign</source>
            <translation>Weigert te tekenen</translation>
        </message>
        <message>
            <source>Moving furniture</source>
            <translation>Meubels verplaatsen</translation>
        </message>
        <message>
            <source>Clearing full rooms or storage</source>
            <translation>Volle kamers of berging leegmaken</translation>
        </message>
        <message>
            <source>Temporary rehousing</source>
            <translation>Tijdelijke herhuisvesting</translation>
        </message>
        <message>
            <source>Vulnerable occupant</source>
            <translation>Kwetsbare bewoner</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tolk</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Huisdieren</translation>
        </message>
        <message>
            <source>Contact with a non-profit or neighbourhood house</source>
            <translation>Contact met een vzw of buurthuis</translation>
        </message>
        <message>
            <source>To assess</source>
            <translation>Te beoordelen</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Niet nodig</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Nodig</translation>
        </message>
        <message>
            <source>Arranged</source>
            <translation>Geregeld</translation>
        </message>
        <message>
            <source>Handed to the site assistant</source>
            <translation>Doorgegeven aan de assistent van de site</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Klacht</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Schade</translation>
        </message>
        <message>
            <source>Noise or dust</source>
            <translation>Lawaai of stof</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Toegang tot de woning</translation>
        </message>
        <message>
            <source>Water, gas or electricity cut</source>
            <translation>Water, gas of elektriciteit afgesloten</translation>
        </message>
        <message>
            <source>Site set-up and scaffolding</source>
            <translation>Werfinrichting en stellingen</translation>
        </message>
        <message>
            <source>Asbestos removal</source>
            <translation>Asbestverwijdering</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Dak</translation>
        </message>
        <message>
            <source>Facade and insulation</source>
            <translation>Gevel en isolatie</translation>
        </message>
        <message>
            <source>Windows and doors</source>
            <translation>Ramen en deuren</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>Verwarming</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Elektriciteit</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>Sanitair en leidingen</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Keuken</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Badkamer</translation>
        </message>
        <message>
            <source>Common parts</source>
            <translation>Gemeenschappelijke delen</translation>
        </message>
        <message>
            <source>Other works</source>
            <translation>Andere werken</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Aankondiging van de werken</translation>
        </message>
        <message>
            <source>Invitation to the information session</source>
            <translation>Uitnodiging voor de infovergadering</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Aangeboden</translation>
        </message>
        <message>
            <source>Refused by the tenant</source>
            <translation>Geweigerd door de huurder</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Aan het werk</translation>
        </message>
        <message>
            <source>Hired afterwards</source>
            <translation>Nadien aangeworven</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Vroegtijdig gestopt</translation>
        </message>
        <message>
            <source>At the office</source>
            <translation>Op kantoor</translation>
        </message>
        <message>
            <source>Help with moving or clearing</source>
            <translation>Hulp bij verhuizen of vrijmaken</translation>
        </message>
        <message>
            <source>Accompanying to an appointment</source>
            <translation>Begeleiding naar een afspraak</translation>
        </message>
        <message>
            <source>Paperwork</source>
            <translation>Administratie</translation>
        </message>
        <message>
            <source>Case notes by kind</source>
            <translation>Notities per soort</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>Huisbezoeken</translation>
        </message>
        <message>
            <source>Referrals by destination</source>
            <translation>Doorverwijzingen per bestemming</translation>
        </message>
        <message>
            <source>Referrals by outcome</source>
            <translation>Doorverwijzingen per resultaat</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Opvolging met vervaldag</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Onthaalsessies</translation>
        </message>
        <message>
            <source>Households at welcome sessions</source>
            <translation>Gezinnen op onthaalsessies</translation>
        </message>
        <message>
            <source>Inventories signed</source>
            <translation>Ondertekende plaatsbeschrijvingen</translation>
        </message>
        <message>
            <source>Help-needed items</source>
            <translation>Nodige hulp</translation>
        </message>
        <message>
            <source>Renovation information sessions</source>
            <translation>Infovergaderingen renovatie</translation>
        </message>
        <message>
            <source>Households at information sessions</source>
            <translation>Gezinnen op infovergaderingen</translation>
        </message>
        <message>
            <source>Social-clause jobs offered to tenants</source>
            <translation>Jobs aangeboden aan huurders (sociale clausule)</translation>
        </message>
        <message>
            <source>Renovation accompaniment (minutes)</source>
            <translation>Begeleiding renovatie (minuten)</translation>
        </message>
        <message>
            <source>Interventions by category</source>
            <translation>Interventies per categorie</translation>
        </message>
        <message>
            <source>Office-hours sessions by place</source>
            <translation>Permanenties per plaats</translation>
        </message>
        <message>
            <source>Office-hours contacts</source>
            <translation>Contacten op de permanentie</translation>
        </message>
        <message>
            <source>Office-hours contacts by theme</source>
            <translation>Contacten op de permanentie per thema</translation>
        </message>
        <message>
            <source>Office-hours contacts referred to</source>
            <translation>Contacten op de permanentie doorverwezen naar</translation>
        </message>
        <message>
            <source>Support plans made</source>
            <translation>Opgemaakte begeleidingsplannen</translation>
        </message>
        <message>
            <source>Support-plan goals reviewed</source>
            <translation>Geëvalueerde doelen van begeleidingsplannen</translation>
        </message>
        <message>
            <source>Requests to the company's departments</source>
            <translation>Aanvragen aan de diensten van de maatschappij</translation>
        </message>
        <message>
            <source>Arrears plans agreed</source>
            <translation>Afgesproken afbetalingsplannen</translation>
        </message>
        <message>
            <source>Eviction procedure steps</source>
            <translation>Stappen van uithuiszettingsprocedures</translation>
        </message>
        <message>
            <source>Right to housing: outcomes</source>
            <translation>Recht op wonen: resultaten</translation>
        </message>
        <message>
            <source>Tenants' meetings held</source>
            <translation>Gehouden bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Attendance at tenants' meetings</source>
            <translation>Aanwezigheid op bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Minutes sent to the tenants</source>
            <translation>Verslagen verstuurd naar de huurders</translation>
        </message>
        <message>
            <source>Actions of tenants' meetings</source>
            <translation>Acties van bewonersvergaderingen</translation>
        </message>
        <message>
            <source>Door-to-door coverage</source>
            <translation>Bereik van deur tot deur</translation>
        </message>
        <message>
            <source>Call for projects: applications and grants</source>
            <translation>Projectoproep: aanvragen en toekenningen</translation>
        </message>
        <message>
            <source>Common rooms booked</source>
            <translation>Gemeenschappelijke lokalen gereserveerd</translation>
        </message>
        <message>
            <source>Mental-health team consultations</source>
            <translation>Consultaties van het team geestelijke gezondheid</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Op tijd gedaan</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Te laat gedaan</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Nog niet gedaan</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>No objective given</source>
            <translation>Geen doelstelling opgegeven</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Huishoudens</translation>
        </message>
        <message>
            <source>Within 14 days</source>
            <translation>Binnen 14 dagen</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Nog niet verstuurd</translation>
        </message>
        <message>
            <source>Not visited</source>
            <translation>Niet bezocht</translation>
        </message>
        <message>
            <source>Selected (granted)</source>
            <translation>Geselecteerd (toegekend)</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Nog niet beslist</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Gereserveerd</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation>Niet dringend</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Individual social work</source>
            <translation>Individueel maatschappelijk werk</translation>
        </message>
        <message>
            <source>Collective social work</source>
            <translation>Collectief maatschappelijk werk</translation>
        </message>
        <message>
            <source>Community social work</source>
            <translation>Gemeenschappelijk maatschappelijk werk</translation>
        </message>
    </context>
    <context>
        <name>mentalhealth</name>
        <message>
            <source>Age not given</source>
            <translation>Leeftijd niet opgegeven</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Jonger dan 18</translation>
        </message>
        <message>
            <source>18 to 29</source>
            <translation>18 tot 29</translation>
        </message>
        <message>
            <source>30 to 44</source>
            <translation>30 tot 44</translation>
        </message>
        <message>
            <source>45 to 64</source>
            <translation>45 tot 64</translation>
        </message>
        <message>
            <source>65 or older</source>
            <translation>65 of ouder</translation>
        </message>
        <message>
            <source>Household not described</source>
            <translation>Gezin niet beschreven</translation>
        </message>
        <message>
            <source>Lives alone</source>
            <translation>Woont alleen</translation>
        </message>
        <message>
            <source>Couple without children</source>
            <translation>Koppel zonder kinderen</translation>
        </message>
        <message>
            <source>Single parent with children</source>
            <translation>Alleenstaande ouder met kinderen</translation>
        </message>
        <message>
            <source>Couple with children</source>
            <translation>Koppel met kinderen</translation>
        </message>
        <message>
            <source>Other household</source>
            <translation>Ander gezin</translation>
        </message>
        <message>
            <source>Isolation, withdrawal</source>
            <translation>Isolement, terugtrekking</translation>
        </message>
        <message>
            <source>Hoarding, neglect of the dwelling</source>
            <translation>Verzamelwoede, verwaarlozing van de woning</translation>
        </message>
        <message>
            <source>Conflicts with neighbours</source>
            <translation>Conflicten met buren</translation>
        </message>
        <message>
            <source>Addiction</source>
            <translation>Verslaving</translation>
        </message>
        <message>
            <source>Psychological distress</source>
            <translation>Psychische nood</translation>
        </message>
        <message>
            <source>Suspected psychiatric disorder</source>
            <translation>Vermoeden van psychiatrische stoornis</translation>
        </message>
        <message>
            <source>Refuses care or help</source>
            <translation>Weigert zorg of hulp</translation>
        </message>
        <message>
            <source>Other concern</source>
            <translation>Andere zorg</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normaal</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Waiting for the team</source>
            <translation>Wacht op het team</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>This person is already listed on line {other} of the same household.</source>
            <translation>Deze persoon staat al op regel {other} van hetzelfde gezin.</translation>
        </message>
        <message>
            <source>Characters of this line can't be read in the file's encoding. Export the register again as UTF-8 or Windows-1252.</source>
            <translation>Tekens van deze regel kunnen niet gelezen worden in de codering van het bestand. Exporteer het register opnieuw als UTF-8 of Windows-1252.</translation>
        </message>
        <message>
            <source>This field is empty; it is needed to place the person.</source>
            <translation>Dit veld is leeg; het is nodig om de persoon te plaatsen.</translation>
        </message>
        <message>
            <source>No dwelling: the line can't be placed. Fill in the dwelling.</source>
            <translation>Geen woning: de regel kan niet geplaatst worden. Vul de woning in.</translation>
        </message>
        <message>
            <source>No building and no street: the dwelling can't be placed.</source>
            <translation>Geen gebouw en geen straat: de woning kan niet geplaatst worden.</translation>
        </message>
        <message>
            <source>The person has no last name and no first name.</source>
            <translation>De persoon heeft geen naam en geen voornaam.</translation>
        </message>
        <message>
            <source>This is not a date: write it as dd/mm/yyyy.</source>
            <translation>Dit is geen datum: schrijf ze als dd/mm/jjjj.</translation>
        </message>
        <message>
            <source>This is not a whole number.</source>
            <translation>Dit is geen geheel getal.</translation>
        </message>
        <message>
            <source>This is not a valid national register number (11 digits with correct check digits).</source>
            <translation>Dit is geen geldig rijksregisternummer (11 cijfers met juiste controlecijfers).</translation>
        </message>
        <message>
            <source>The move-out date is before the move-in date.</source>
            <translation>De datum van uittrede ligt vóór de datum van intrede.</translation>
        </message>
        <message>
            <source>Unknown site code: add the site first, or allow new sites to be created from the file.</source>
            <translation>Onbekende sitecode: voeg de site eerst toe, of laat nieuwe sites aanmaken vanuit het bestand.</translation>
        </message>
        <message>
            <source>The same national register number is already on line {other}.</source>
            <translation>Hetzelfde rijksregisternummer staat al op regel {other}.</translation>
        </message>
        <message>
            <source>This national register number belongs to a person of another household in the register.</source>
            <translation>Dit rijksregisternummer hoort bij een persoon van een ander gezin in het register.</translation>
        </message>
        <message>
            <source>Site code</source>
            <translation>Sitecode</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Gebouw</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Verdieping</translation>
        </message>
        <message>
            <source>Bedrooms</source>
            <translation>Slaapkamers</translation>
        </message>
        <message>
            <source>Household reference</source>
            <translation>Gezinsreferentie</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Move-in date</source>
            <translation>Datum intrede</translation>
        </message>
        <message>
            <source>Move-out date</source>
            <translation>Datum uittrede</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Band</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>Rijksregisternummer</translation>
        </message>
        <message>
            <source>The file has no column for '{field}' ({headers}). Choose the column in the mapping, or export the register with that column.</source>
            <translation>Het bestand heeft geen kolom voor '{field}' ({headers}). Kies de kolom in de koppeling, of exporteer het register met die kolom.</translation>
        </message>
        <message>
            <source>There is no saved column mapping named '{name}'.</source>
            <translation>Er is geen bewaarde kolomkoppeling met de naam '{name}'.</translation>
        </message>
        <message>
            <source>A column mapping needs a name of at most 60 characters.</source>
            <translation>Een kolomkoppeling heeft een naam van hoogstens 60 tekens nodig.</translation>
        </message>
        <message>
            <source>The file can't be read ({reason}).</source>
            <translation>Het bestand kan niet gelezen worden ({reason}).</translation>
        </message>
        <message>
            <source>This file is not a register export: choose a .csv or .xlsx file with one line per person and a header line.</source>
            <translation>Dit bestand is geen export van het register: kies een .csv- of .xlsx-bestand met één regel per persoon en een kopregel.</translation>
        </message>
        <message>
            <source>The file holds no header line and no data.</source>
            <translation>Het bestand bevat geen kopregel en geen gegevens.</translation>
        </message>
        <message>
            <source>The file is larger than {mb} MB; split the export.</source>
            <translation>Het bestand is groter dan {mb} MB; splits de export.</translation>
        </message>
        <message>
            <source>The Excel file can't be opened; save it again as .xlsx or export the register as CSV.</source>
            <translation>Het Excel-bestand kan niet geopend worden; bewaar het opnieuw als .xlsx of exporteer het register als CSV.</translation>
        </message>
    </context>
    <context>
        <name>renovation</name>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Reason for refusing</source>
            <translation>Reden van weigering</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hulp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Vraag of klacht</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Ruimte</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Staat</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>ontwerp</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>ondertekend</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Aanwezig als</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Condition now</source>
            <translation>Staat nu</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Toegang</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Open contacts</source>
            <translation>Open contacten</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Open vragen</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Foto's toevoegen</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Site social assistant</source>
            <translation>maatschappelijk assistent van de site</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>assistent renovatiewerf</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>buurtagent</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>verantwoordelijke</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Gemeenschapswerker (PSC)</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Collectieve maatschappelijk assistent</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Mobiel team geestelijke gezondheid (DMBSH)</translation>
        </message>
    </context>
    <context>
        <name>schedule</name>
        <message>
            <source>Whole project</source>
            <translation>Hele project</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Gebouw</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>needed</source>
            <translation>nodig</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Werken</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Toegang tot de woning</translation>
        </message>
        <message>
            <source>Notice saved: {name}</source>
            <translation>Aankondiging bewaard: {name}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Everything is synchronised.</source>
            <translation>Alles is gesynchroniseerd.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your work is kept here and sent later.</source>
            <translation>De server is niet bereikbaar. Je werk blijft hier bewaard en wordt later verstuurd.</translation>
        </message>
        <message>
            <source>The server had a problem. Your work is kept here; sync is retried later.</source>
            <translation>De server had een probleem. Je werk blijft hier bewaard; later wordt opnieuw gesynchroniseerd.</translation>
        </message>
        <message>
            <source>This computer's clock is more than 5 minutes off the server's. Set the right date and time.</source>
            <translation>De klok van deze computer wijkt meer dan 5 minuten af van die van de server. Stel de juiste datum en tijd in.</translation>
        </message>
        <message>
            <source>This device was removed from your account and its data has been erased.</source>
            <translation>Dit toestel werd van je account verwijderd en de gegevens erop zijn gewist.</translation>
        </message>
        <message>
            <source>This device or account has been disabled. Contact your administrator.</source>
            <translation>Dit toestel of deze account is uitgeschakeld. Neem contact op met je beheerder.</translation>
        </message>
        <message>
            <source>Your session has ended. Log in again.</source>
            <translation>Je sessie is beëindigd. Meld je opnieuw aan.</translation>
        </message>
        <message>
            <source>This device has not reached the server for too long. Connect to the network to unlock it.</source>
            <translation>Dit toestel heeft de server te lang niet bereikt. Verbind met het netwerk om het te ontgrendelen.</translation>
        </message>
        <message>
            <source>Data from the server did not pass its security check and was refused.</source>
            <translation>Gegevens van de server doorstonden de veiligheidscontrole niet en werden geweigerd.</translation>
        </message>
        <message>
            <source>A synchronisation is already running.</source>
            <translation>Er loopt al een synchronisatie.</translation>
        </message>
        <message>
            <source>Synchronisation stopped.</source>
            <translation>Synchronisatie gestopt.</translation>
        </message>
        <message>
            <source>This vault is not connected to a server.</source>
            <translation>Deze kluis is niet met een server verbonden.</translation>
        </message>
        <message>
            <source>The server refused to change or delete an entry of the access log: the access log can only be added to. The change was not kept.</source>
            <translation>De server weigerde een regel van het toegangslogboek te wijzigen of te verwijderen: aan het toegangslogboek kan alleen worden toegevoegd. De wijziging is niet bewaard.</translation>
        </message>
    </context>
    <context>
        <name>sync-names</name>
        <message>
            <source>Note</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Doorverwijzing</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Afspraak op kantoor</translation>
        </message>
        <message>
            <source>Reassignment</source>
            <translation>Overdracht</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Onthaalsessie</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Interventie</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Plaatsbeschrijving</translation>
        </message>
        <message>
            <source>Colleague's name</source>
            <translation>Naam van een collega</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Reason for cancelling</source>
            <translation>Reden van annulering</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Gepland op</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Doorverwezen op</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Beperkt</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leeg)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>The code you typed is not the code of this person's keys. Nothing was granted. Check that you are looking at their screen and read it again; if it still differs, do not grant access and tell the administrator.</source>
            <translation>De code die u typte is niet de code van de sleutels van deze persoon. Er is niets toegekend. Kijk of u naar het juiste scherm kijkt en lees opnieuw; blijft ze verschillen, geef dan geen toegang en verwittig de beheerder.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>Deze persoon is nog niet ingeschreven: er is geen sleutel om te controleren.</translation>
        </message>
        <message>
            <source>Only the server administrator can revoke this device: it belongs to an administrator or another supervisor, or it is no longer on the server. Ask the administrator to revoke and wipe it.</source>
            <translation>Alleen de serverbeheerder kan dit toestel intrekken: het hoort bij een beheerder of een andere verantwoordelijke, of het staat niet meer op de server. Vraag de beheerder het in te trekken en te wissen.</translation>
        </message>
        <message>
            <source>Their access ended at once. The new key of some collections waits: it is wrapped only for colleagues whose keys you verified. Compare safety numbers with the remaining members (Sync → Colleagues' keys…); the key then rotates at the next synchronisation.</source>
            <translation>Hun toegang is meteen beëindigd. De nieuwe sleutel van sommige verzamelingen wacht: hij wordt alleen versleuteld voor collega's van wie u de sleutel geverifieerd hebt. Vergelijk veiligheidsnummers met de overige leden (Synchronisatie → Sleutels van collega's…); de sleutel wordt dan bij de volgende synchronisatie vernieuwd.</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>De wachtzin is niet juist. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw.</translation>
        </message>
        <message>
            <source>This vault is tied to the keyring of the computer it was created on, and that secret is not available here. A copied vault can't be opened on another device.</source>
            <translation>Deze kluis is gebonden aan de sleutelbos van de computer waarop ze werd aangemaakt, en dat geheim is hier niet beschikbaar. Een gekopieerde kluis kan niet op een ander toestel geopend worden.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, and your organisation requires one to protect the vault. Ask IT to enable the keyring.</source>
            <translation>Er is geen sleutelbos van het systeem beschikbaar op deze computer, en je organisatie vereist er een om de kluis te beschermen. Vraag IT om de sleutelbos in te schakelen.</translation>
        </message>
        <message>
            <source>The vault's header file is damaged or was altered, so the vault can't be opened. Restore it from a backup or ask IT for help.</source>
            <translation>Het headerbestand van de kluis is beschadigd of gewijzigd, dus de kluis kan niet geopend worden. Zet het terug uit een back-up of vraag IT om hulp.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>Er is geen kluis in deze map.</translation>
        </message>
        <message>
            <source>A vault already exists in this folder; unlock it instead.</source>
            <translation>Er bestaat al een kluis in deze map; ontgrendel die.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with your passphrase first.</source>
            <translation>De kluis is vergrendeld. Ontgrendel ze eerst met je wachtzin.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min_length} characters.</source>
            <translation>Kies een wachtzin van minstens {min_length} tekens.</translation>
        </message>
        <message>
            <source>No system keyring was found on this computer, so the vault is protected by your passphrase alone: a copy of the vault folder could be attacked offline. Use a long passphrase, or ask IT to enable the keyring.</source>
            <translation>Er werd geen sleutelbos van het systeem gevonden op deze computer, dus de kluis is enkel door je wachtzin beschermd: een kopie van de kluismap kan offline aangevallen worden. Gebruik een lange wachtzin of vraag IT om de sleutelbos in te schakelen.</translation>
        </message>
        <message>
            <source>The database file does not match its header or is damaged, so it can't be opened. Restore the vault folder from a backup.</source>
            <translation>Het databasebestand past niet bij zijn header of is beschadigd, dus het kan niet geopend worden. Zet de kluismap terug uit een back-up.</translation>
        </message>
    </context>
</TS>
