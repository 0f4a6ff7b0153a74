<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About FieldApp</source>
            <translation>About FieldApp</translation>
        </message>
        <message>
            <source>FieldApp {version}
Case work for the social service of social-housing companies, offline and end-to-end encrypted.
Python {python}, Qt {qt}, PySide6 {pyside}.</source>
            <translation>FieldApp {version}
Case work for the social service of social-housing companies, offline and end-to-end encrypted.
Python {python}, Qt {qt}, PySide6 {pyside}.</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
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
            <translation>Libraries and their licences</translation>
        </message>
    </context>
    <context>
        <name>AccessLogPage</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Export as &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as P&amp;DF…</source>
            <translation>Export as P&amp;DF…</translation>
        </message>
        <message>
            <source>Access log entries</source>
            <translation>Access log entries</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Unknown person</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>No access in this period.</translation>
        </message>
        <message>
            <source>Entries: {n}, newest first.</source>
            <translation>Entries: {n}, newest first.</translation>
        </message>
        <message>
            <source>Export the access log</source>
            <translation>Export the access log</translation>
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
            <translation>The access log was exported.</translation>
        </message>
    </context>
    <context>
        <name>AccessLogReport</name>
        <message>
            <source>Access log</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Every action</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entries</translation>
        </message>
        <message>
            <source>No access in this period.</source>
            <translation>No access in this period.</translation>
        </message>
        <message>
            <source>Unknown person</source>
            <translation>Unknown person</translation>
        </message>
        <message>
            <source>Other record</source>
            <translation>Other record</translation>
        </message>
        <message>
            <source>Who opened, printed, exported, searched or looked at the history of personal data, and when. The log holds no content.</source>
            <translation>Who opened, printed, exported, searched or looked at the history of personal data, and when. The log holds no content.</translation>
        </message>
        <message>
            <source>FieldApp — access log {start} – {end}</source>
            <translation>FieldApp — access log {start} – {end}</translation>
        </message>
        <message>
            <source>access-log-{start}-{end}</source>
            <translation>access-log-{start}-{end}</translation>
        </message>
    </context>
    <context>
        <name>AccessView</name>
        <message>
            <source>Access appointments</source>
            <translation>Access appointments</translation>
        </message>
        <message>
            <source>Appointment date and time</source>
            <translation>Appointment date and time</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>&amp;Plan access</source>
            <translation>&amp;Plan access</translation>
        </message>
        <message>
            <source>Follow-up (optional)</source>
            <translation>Follow-up (optional)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Access &amp;given</source>
            <translation>Access &amp;given</translation>
        </message>
        <message>
            <source>Access &amp;refused…</source>
            <translation>Access &amp;refused…</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Access refused</translation>
        </message>
        <message>
            <source>Why did the tenant refuse access?</source>
            <translation>Why did the tenant refuse access?</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;PSC objective:</source>
            <translation>&amp;PSC objective:</translation>
        </message>
        <message>
            <source>&amp;Sector objective:</source>
            <translation>&amp;Sector objective:</translation>
        </message>
        <message>
            <source>T&amp;arget:</source>
            <translation>T&amp;arget:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>New action of the plan {year}</source>
            <translation>New action of the plan {year}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>Action of the &amp;plan:</source>
            <translation>Action of the &amp;plan:</translation>
        </message>
        <message>
            <source>&amp;Participants (number):</source>
            <translation>&amp;Participants (number):</translation>
        </message>
        <message>
            <source>&amp;Names (one a line, with consent only):</source>
            <translation>&amp;Names (one a line, with consent only):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>&amp;Trainer:</source>
            <translation>&amp;Trainer:</translation>
        </message>
        <message>
            <source>&amp;Facilitators (comma between):</source>
            <translation>&amp;Facilitators (comma between):</translation>
        </message>
        <message>
            <source>&amp;Session (date, topic, participants):</source>
            <translation>&amp;Session (date, topic, participants):</translation>
        </message>
        <message>
            <source>Sessions:</source>
            <translation>Sessions:</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Closing individual session:</translation>
        </message>
        <message>
            <source>Feed&amp;back:</source>
            <translation>Feed&amp;back:</translation>
        </message>
        <message>
            <source>New &amp;questions:</source>
            <translation>New &amp;questions:</translation>
        </message>
        <message>
            <source>Follow-&amp;up offered:</source>
            <translation>Follow-&amp;up offered:</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Log an activity</translation>
        </message>
        <message>
            <source>(not tied to an action)</source>
            <translation>(not tied to an action)</translation>
        </message>
        <message>
            <source>Named with their consent</source>
            <translation>Named with their consent</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Workshop series</translation>
        </message>
        <message>
            <source>&amp;Add session</source>
            <translation>&amp;Add session</translation>
        </message>
        <message>
            <source>held on</source>
            <translation>held on</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Session date</translation>
        </message>
        <message>
            <source>Session topic</source>
            <translation>Session topic</translation>
        </message>
        <message>
            <source>Session participants</source>
            <translation>Session participants</translation>
        </message>
        <message>
            <source>Closing session date</source>
            <translation>Closing session date</translation>
        </message>
        <message>
            <source>Closing session participants</source>
            <translation>Closing session participants</translation>
        </message>
    </context>
    <context>
        <name>AddOrganisationDialog</name>
        <message>
            <source>Add an organisation</source>
            <translation>Add an organisation</translation>
        </message>
        <message>
            <source>Seconded to another housing company? Give it a short name for this laptop (lower-case letters, digits and dashes, for example ovm-lakenhuis), then connect to its server with the enrolment code from its administrator. You choose the organisation each time you unlock.</source>
            <translation>Seconded to another housing company? Give it a short name for this laptop (lower-case letters, digits and dashes, for example ovm-lakenhuis), then connect to its server with the enrolment code from its administrator. You choose the organisation each time you unlock.</translation>
        </message>
        <message>
            <source>&amp;Short name:</source>
            <translation>&amp;Short name:</translation>
        </message>
        <message>
            <source>Short name of the organisation</source>
            <translation>Short name of the organisation</translation>
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
            <translation>The inventory as a whole</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <source>A signed inventory is never edited: the addendum is printed beside it.</source>
            <translation>A signed inventory is never edited: the addendum is printed beside it.</translation>
        </message>
        <message>
            <source>&amp;Concerns:</source>
            <translation>&amp;Concerns:</translation>
        </message>
        <message>
            <source>Condition &amp;now:</source>
            <translation>Condition &amp;now:</translation>
        </message>
        <message>
            <source>&amp;What changed:</source>
            <translation>&amp;What changed:</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Office appointment</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Welcome session</translation>
        </message>
        <message>
            <source>Dwelling access (renovation)</source>
            <translation>Dwelling access (renovation)</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Follow-up due</translation>
        </message>
        <message>
            <source>Referral to make</source>
            <translation>Referral to make</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Office hours</translation>
        </message>
        <message>
            <source>With the neighbourhood agent</source>
            <translation>With the neighbourhood agent</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (no answer yet)</source>
            <translation>With the neighbourhood agent (no answer yet)</translation>
        </message>
        <message>
            <source>With the neighbourhood agent (accepted)</source>
            <translation>With the neighbourhood agent (accepted)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Declined by the agent</source>
            <translation>Declined by the agent</translation>
        </message>
        <message>
            <source>Overlaps</source>
            <translation>Overlaps</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Overlap</source>
            <translation>Overlap</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Worker:</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>D&amp;ay</source>
            <translation>D&amp;ay</translation>
        </message>
        <message>
            <source>W&amp;eek</source>
            <translation>W&amp;eek</translation>
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation>◀ Pre&amp;vious</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Next ▶</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date shown</source>
            <translation>Date shown</translation>
        </message>
        <message>
            <source>&amp;Plan…</source>
            <translation>&amp;Plan…</translation>
        </message>
        <message>
            <source>Plan a home visit or an office appointment</source>
            <translation>Plan a home visit or an office appointment</translation>
        </message>
        <message>
            <source>Re&amp;schedule…</source>
            <translation>Re&amp;schedule…</translation>
        </message>
        <message>
            <source>Another day, time or place (Enter)</source>
            <translation>Another day, time or place (Enter)</translation>
        </message>
        <message>
            <source>&amp;Cancel…</source>
            <translation>&amp;Cancel…</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Cancel with a reason, kept in the case's timeline</translation>
        </message>
        <message>
            <source>Mar&amp;k done…</source>
            <translation>Mar&amp;k done…</translation>
        </message>
        <message>
            <source>The visit took place (with an optional note), the appointment was held, the follow-up is done, the referral was sent</source>
            <translation>The visit took place (with an optional note), the appointment was held, the follow-up is done, the referral was sent</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del)</source>
            <translation>Only for something entered by mistake (Del)</translation>
        </message>
        <message>
            <source>Day s&amp;heet (PDF)…</source>
            <translation>Day s&amp;heet (PDF)…</translation>
        </message>
        <message>
            <source>Times and addresses of the day for the round, never note content (Ctrl+P)</source>
            <translation>Times and addresses of the day for the round, never note content (Ctrl+P)</translation>
        </message>
        <message>
            <source>Agenda of the day</source>
            <translation>Agenda of the day</translation>
        </message>
        <message>
            <source>Agenda of the week</source>
            <translation>Agenda of the week</translation>
        </message>
        <message>
            <source>Nobody (no worker set)</source>
            <translation>Nobody (no worker set)</translation>
        </message>
        <message>
            <source>Week of {first} to {last}</source>
            <translation>Week of {first} to {last}</translation>
        </message>
        <message>
            <source>{span}: {n} planned</source>
            <translation>{span}: {n} planned</translation>
        </message>
        <message>
            <source>⚠ {n} overlapping</source>
            <translation>⚠ {n} overlapping</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Day sheet</translation>
        </message>
        <message>
            <source>The day sheet was saved as {name}.</source>
            <translation>The day sheet was saved as {name}.</translation>
        </message>
    </context>
    <context>
        <name>AreaHost</name>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
    </context>
    <context>
        <name>ArrearsEditDialog</name>
        <message>
            <source>A&amp;greed on:</source>
            <translation>A&amp;greed on:</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>Amount &amp;owed:</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Per &amp;month:</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Change the arrears plan</translation>
        </message>
    </context>
    <context>
        <name>AskAgentDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>Ask a neighbourhood agent along</source>
            <translation>Ask a neighbourhood agent along</translation>
        </message>
        <message>
            <source>The neighbourhood agents see only the day, the time and this address, never the case file. Their answer shows in the timeline.</source>
            <translation>The neighbourhood agents see only the day, the time and this address, never the case file. Their answer shows in the timeline.</translation>
        </message>
    </context>
    <context>
        <name>AskedAlongView</name>
        <message>
            <source>To answer</source>
            <translation>To answer</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Called off by the assistant</source>
            <translation>Called off by the assistant</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>The site's social assistants ask you to come along on a home visit. Accept, or decline with a word; they see your answer after the next sync.</source>
            <translation>The site's social assistants ask you to come along on a home visit. Accept, or decline with a word; they see your answer after the next sync.</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Asked along</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>A &amp;word:</source>
            <translation>A &amp;word:</translation>
        </message>
        <message>
            <source>A word for the social assistant</source>
            <translation>A word for the social assistant</translation>
        </message>
        <message>
            <source>e.g. I'll be there / I can at 14:00</source>
            <translation>e.g. I'll be there / I can at 14:00</translation>
        </message>
        <message>
            <source>A&amp;ccept</source>
            <translation>A&amp;ccept</translation>
        </message>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Decline</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>All my sites</translation>
        </message>
    </context>
    <context>
        <name>AssignedNotice</name>
        <message>
            <source>A case file was assigned to you:</source>
            <translation>A case file was assigned to you:</translation>
        </message>
        <message>
            <source>{n} case files were assigned to you:</source>
            <translation>{n} case files were assigned to you:</translation>
        </message>
    </context>
    <context>
        <name>CaBundleField</name>
        <message>
            <source>There is no file at this path. Choose the organisation's CA bundle (a .pem or .crt file) your IT department gave you.</source>
            <translation>There is no file at this path. Choose the organisation's CA bundle (a .pem or .crt file) your IT department gave you.</translation>
        </message>
        <message>
            <source>This file cannot be read (no permission, or it is far too large to be a CA bundle).</source>
            <translation>This file cannot be read (no permission, or it is far too large to be a CA bundle).</translation>
        </message>
        <message>
            <source>This file holds no certificate in PEM format. Choose the CA bundle: a text file with "-----BEGIN CERTIFICATE-----" blocks.</source>
            <translation>This file holds no certificate in PEM format. Choose the CA bundle: a text file with "-----BEGIN CERTIFICATE-----" blocks.</translation>
        </message>
        <message>
            <source>None: the system's certificates</source>
            <translation>None: the system's certificates</translation>
        </message>
        <message>
            <source>Organisation's CA bundle</source>
            <translation>Organisation's CA bundle</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Choose the CA bundle file</source>
            <translation>Choose the CA bundle file</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take photo</source>
            <translation>Take photo</translation>
        </message>
        <message>
            <source>&amp;Take</source>
            <translation>&amp;Take</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CampaignsView</name>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Doors visited</source>
            <translation>Doors visited</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>P&amp;osters hung:</source>
            <translation>P&amp;osters hung:</translation>
        </message>
        <message>
            <source>&amp;Buildings:</source>
            <translation>&amp;Buildings:</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;What happened:</translation>
        </message>
        <message>
            <source>&amp;Remarks (no names):</source>
            <translation>&amp;Remarks (no names):</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Neighbourhood:</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campaigns</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>&amp;Start a campaign</source>
            <translation>&amp;Start a campaign</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>Save &amp;changes</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete this campaign, entered by mistake</source>
            <translation>Delete this campaign, entered by mistake</translation>
        </message>
        <message>
            <source>Doors of the &amp;round:</source>
            <translation>Doors of the &amp;round:</translation>
        </message>
        <message>
            <source>Doors of the round</source>
            <translation>Doors of the round</translation>
        </message>
        <message>
            <source>At this door</source>
            <translation>At this door</translation>
        </message>
        <message>
            <source>Record the &amp;door</source>
            <translation>Record the &amp;door</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Save the findin&amp;gs</source>
            <translation>Save the findin&amp;gs</translation>
        </message>
        <message>
            <source>Summar&amp;y (PDF)…</source>
            <translation>Summar&amp;y (PDF)…</translation>
        </message>
        <message>
            <source>Choose a campaign, or start one.</source>
            <translation>Choose a campaign, or start one.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} of {m} doors visited</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} of {m} doors visited</translation>
        </message>
        <message>
            <source>not visited yet</source>
            <translation>not visited yet</translation>
        </message>
        <message>
            <source>Delete the campaign</source>
            <translation>Delete the campaign</translation>
        </message>
        <message>
            <source>Delete “{title}” and its door-to-door round ({n} doors recorded)? This cannot be undone.</source>
            <translation>Delete “{title}” and its door-to-door round ({n} doors recorded)? This cannot be undone.</translation>
        </message>
        <message>
            <source>Campaign summary</source>
            <translation>Campaign summary</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Cancel with a reason</source>
            <translation>Cancel with a reason</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>&amp;Household name:</source>
            <translation>&amp;Household name:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>L&amp;ast name:</source>
            <translation>L&amp;ast name:</translation>
        </message>
        <message>
            <source>New candidate tenant</source>
            <translation>New candidate tenant</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailsPanel</name>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>&amp;Worker:</source>
            <translation>&amp;Worker:</translation>
        </message>
        <message>
            <source>T&amp;hemes:</source>
            <translation>T&amp;hemes:</translation>
        </message>
        <message>
            <source>Save case &amp;details</source>
            <translation>Save case &amp;details</translation>
        </message>
        <message>
            <source>People of the household</source>
            <translation>People of the household</translation>
        </message>
        <message>
            <source>Case file status</source>
            <translation>Case file status</translation>
        </message>
        <message>
            <source>Assigned worker</source>
            <translation>Assigned worker</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Opening the case file…</source>
            <translation>Opening the case file…</translation>
        </message>
        <message>
            <source>Candidate tenant: no dwelling yet</source>
            <translation>Candidate tenant: no dwelling yet</translation>
        </message>
        <message>
            <source>Dwelling {label}</source>
            <translation>Dwelling {label}</translation>
        </message>
        <message>
            <source>Tenant since {date}</source>
            <translation>Tenant since {date}</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nobody</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Me</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>former: {name}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
        <message>
            <source>Waiting for an answer</source>
            <translation>Waiting for an answer</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Referral: {destination}</source>
            <translation>Referral: {destination}</translation>
        </message>
        <message>
            <source>Home visit (plan)</source>
            <translation>Home visit (plan)</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Welcome session</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Office appointment</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Intake analysis and support plan</translation>
        </message>
        <message>
            <source>Arrears plan (owed · per month)</source>
            <translation>Arrears plan (owed · per month)</translation>
        </message>
        <message>
            <source>Neighbourhood agent asked along</source>
            <translation>Neighbourhood agent asked along</translation>
        </message>
        <message>
            <source>Request to {department}</source>
            <translation>Request to {department}</translation>
        </message>
        <message>
            <source>Eviction procedure: {step}</source>
            <translation>Eviction procedure: {step}</translation>
        </message>
        <message>
            <source>Right to housing: {outcome}</source>
            <translation>Right to housing: {outcome}</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker}</source>
            <translation>Reassigned from {from_worker} to {to_worker}</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>Reassigned from {from_worker} to {to_worker} by {by} on {day}</source>
            <translation>Reassigned from {from_worker} to {to_worker} by {by} on {day}</translation>
        </message>
        <message>
            <source>(until {day})</source>
            <translation>(until {day})</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;New note</translation>
        </message>
        <message>
            <source>New note (Ctrl+N)</source>
            <translation>New note (Ctrl+N)</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up</source>
            <translation>Plan a &amp;follow-up</translation>
        </message>
        <message>
            <source>Add a &amp;referral</source>
            <translation>Add a &amp;referral</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit</source>
            <translation>Plan a home &amp;visit</translation>
        </message>
        <message>
            <source>R&amp;ecord the visit</source>
            <translation>R&amp;ecord the visit</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>Every version of the selected line, with who wrote it and when</source>
            <translation>Every version of the selected line, with who wrote it and when</translation>
        </message>
        <message>
            <source>Subject access e&amp;xport…</source>
            <translation>Subject access e&amp;xport…</translation>
        </message>
        <message>
            <source>Era&amp;se or hold…</source>
            <translation>Era&amp;se or hold…</translation>
        </message>
        <message>
            <source>Erase the household or its case file everywhere (GDPR art. 17), or place a legal hold</source>
            <translation>Erase the household or its case file everywhere (GDPR art. 17), or place a legal hold</translation>
        </message>
        <message>
            <source>Case summar&amp;y (PDF)…</source>
            <translation>Case summar&amp;y (PDF)…</translation>
        </message>
        <message>
            <source>A social report in Dutch or French, with the notes you choose</source>
            <translation>A social report in Dutch or French, with the notes you choose</translation>
        </message>
        <message>
            <source>Support &amp;plan…</source>
            <translation>Support &amp;plan…</translation>
        </message>
        <message>
            <source>Intake analysis, social rights checked, goals with their review dates</source>
            <translation>Intake analysis, social rights checked, goals with their review dates</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;More</translation>
        </message>
        <message>
            <source>A request to a department, a neighbourhood agent asked along, a candidate moving in</source>
            <translation>A request to a department, a neighbourhood agent asked along, a candidate moving in</translation>
        </message>
        <message>
            <source>Re&amp;quest to a department…</source>
            <translation>Re&amp;quest to a department…</translation>
        </message>
        <message>
            <source>Transfers, accounting, maintenance…: the facts, an answer and a due date</source>
            <translation>Transfers, accounting, maintenance…: the facts, an answer and a due date</translation>
        </message>
        <message>
            <source>They &amp;move in…</source>
            <translation>They &amp;move in…</translation>
        </message>
        <message>
            <source>The candidate tenant gets a dwelling; the case file goes on</source>
            <translation>The candidate tenant gets a dwelling; the case file goes on</translation>
        </message>
        <message>
            <source>Ask an agent &amp;along…</source>
            <translation>Ask an agent &amp;along…</translation>
        </message>
        <message>
            <source>Ask the neighbourhood agents to come along on a home visit: day, time and address only</source>
            <translation>Ask the neighbourhood agents to come along on a home visit: day, time and address only</translation>
        </message>
        <message>
            <source>Right to hous&amp;ing…</source>
            <translation>Right to hous&amp;ing…</translation>
        </message>
        <message>
            <source>Arrears plans, eviction procedure steps and the outcome</source>
            <translation>Arrears plans, eviction procedure steps and the outcome</translation>
        </message>
        <message>
            <source>Everything held about this household, as PDF and JSON (GDPR art. 15)</source>
            <translation>Everything held about this household, as PDF and JSON (GDPR art. 15)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <source>This household has no case file. Open one when the social service starts working with them.</source>
            <translation>This household has no case file. Open one when the social service starts working with them.</translation>
        </message>
        <message>
            <source>&amp;Open a case file</source>
            <translation>&amp;Open a case file</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>CaseSummaryDialog</name>
        <message>
            <source>Case summary</source>
            <translation>Case summary</translation>
        </message>
        <message>
            <source>A social report of this case file: the household, its status, themes and worker, open follow-ups and referrals, and the notes you tick. Making it is written to the access log.</source>
            <translation>A social report of this case file: the household, its status, themes and worker, open follow-ups and referrals, and the notes you tick. Making it is written to the access log.</translation>
        </message>
        <message>
            <source>&amp;Language of the report:</source>
            <translation>&amp;Language of the report:</translation>
        </message>
        <message>
            <source>&amp;Notes to include:</source>
            <translation>&amp;Notes to include:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Language of the report</translation>
        </message>
        <message>
            <source>Notes to include</source>
            <translation>Notes to include</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>restricted</source>
            <translation>restricted</translation>
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
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Worker / site</source>
            <translation>Worker / site</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open case files</translation>
        </message>
        <message>
            <source>Notes (30 days)</source>
            <translation>Notes (30 days)</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Overdue follow-ups</translation>
        </message>
        <message>
            <source>Open referrals</source>
            <translation>Open referrals</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Visits planned</translation>
        </message>
        <message>
            <source>Visits done (30 days)</source>
            <translation>Visits done (30 days)</translation>
        </message>
        <message>
            <source>Inventories in progress</source>
            <translation>Inventories in progress</translation>
        </message>
        <message>
            <source>Open neighbourhood requests</source>
            <translation>Open neighbourhood requests</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>former: {name}</source>
            <translation>former: {name}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Last note</source>
            <translation>Last note</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>&amp;Group by:</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filter (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter case files</source>
            <translation>Filter case files</translation>
        </message>
        <message>
            <source>&amp;Reassign… (Ctrl+R)</source>
            <translation>&amp;Reassign… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <source>Who was this?…</source>
            <translation>Who was this?…</translation>
        </message>
        <message>
            <source>A worker named before accounts existed: choose the colleague's account, and their case files follow.</source>
            <translation>A worker named before accounts existed: choose the colleague's account, and their case files follow.</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Case files</source>
            <translation>Case files</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Group by</translation>
        </message>
        <message>
            <source>Filter the caseload</source>
            <translation>Filter the caseload</translation>
        </message>
        <message>
            <source>Filter the case files</source>
            <translation>Filter the case files</translation>
        </message>
        <message>
            <source>Choose a worker or a site above and press Enter</source>
            <translation>Choose a worker or a site above and press Enter</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Case files of %1</translation>
        </message>
        <message>
            <source>Nobody in the directory yet: sync first.</source>
            <translation>Nobody in the directory yet: sync first.</translation>
        </message>
        <message>
            <source>Who was this?</source>
            <translation>Who was this?</translation>
        </message>
        <message>
            <source>The case files of “%1” go to:</source>
            <translation>The case files of “%1” go to:</translation>
        </message>
    </context>
    <context>
        <name>ChecklistView</name>
        <message>
            <source>Help needed</source>
            <translation>Help needed</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note — Enter saves</source>
            <translation>Note — Enter saves</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>CloseOutDialog</name>
        <message>
            <source>Close out the project</source>
            <translation>Close out the project</translation>
        </message>
        <message>
            <source>The works of %1 have ended. What is still open below goes to the site's social assistant, as hand-offs among their follow-ups. The project is then archived: it can no longer be changed, your access to it ends at the supervisor's next sync, and its retention period starts.</source>
            <translation>The works of %1 have ended. What is still open below goes to the site's social assistant, as hand-offs among their follow-ups. The project is then archived: it can no longer be changed, your access to it ends at the supervisor's next sync, and its retention period starts.</translation>
        </message>
        <message>
            <source>Works ended on</source>
            <translation>Works ended on</translation>
        </message>
        <message>
            <source>Open items handed to the site assistant</source>
            <translation>Open items handed to the site assistant</translation>
        </message>
        <message>
            <source>Open items to hand on: %1</source>
            <translation>Open items to hand on: %1</translation>
        </message>
        <message>
            <source>Nothing is open: nothing to hand on.</source>
            <translation>Nothing is open: nothing to hand on.</translation>
        </message>
        <message>
            <source>Works &amp;ended on:</source>
            <translation>Works &amp;ended on:</translation>
        </message>
        <message>
            <source>&amp;Handed to the site assistant:</source>
            <translation>&amp;Handed to the site assistant:</translation>
        </message>
        <message>
            <source>Hand on and &amp;archive</source>
            <translation>Hand on and &amp;archive</translation>
        </message>
    </context>
    <context>
        <name>CloseOutsDialog</name>
        <message>
            <source>Not managed on this laptop</source>
            <translation>Not managed on this laptop</translation>
        </message>
        <message>
            <source>At the next sync</source>
            <translation>At the next sync</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done on {when}</source>
            <translation>Done on {when}</translation>
        </message>
        <message>
            <source>nobody left to remove</source>
            <translation>nobody left to remove</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Works ended</source>
            <translation>Works ended</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Members removed</source>
            <translation>Members removed</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Removal</translation>
        </message>
        <message>
            <source>Renovation close-outs</source>
            <translation>Renovation close-outs</translation>
        </message>
        <message>
            <source>When a renovation assistant closes out a project, its open items go to the site's social assistant and the project is archived. At the next sync, this laptop removes everyone but the supervisors from the project: their access ends at once and the project's key changes.</source>
            <translation>When a renovation assistant closes out a project, its open items go to the site's social assistant and the project is archived. At the next sync, this laptop removes everyone but the supervisors from the project: their access ends at once and the project's key changes.</translation>
        </message>
        <message>
            <source>Archived renovation projects</source>
            <translation>Archived renovation projects</translation>
        </message>
    </context>
    <context>
        <name>CodeCheckDialog</name>
        <message>
            <source>Check the code in person</source>
            <translation>Check the code in person</translation>
        </message>
        <message>
            <source>Sit with %1. Ask them to open FieldApp and read aloud the code their screen shows; type it below. They can check your code too.</source>
            <translation>Sit with %1. Ask them to open FieldApp and read aloud the code their screen shows; type it below. They can check your code too.</translation>
        </message>
        <message>
            <source>My code:</source>
            <translation>My code:</translation>
        </message>
        <message>
            <source>Their code (from the server):</source>
            <translation>Their code (from the server):</translation>
        </message>
        <message>
            <source>Code &amp;read aloud:</source>
            <translation>Code &amp;read aloud:</translation>
        </message>
        <message>
            <source>&amp;Collections:</source>
            <translation>&amp;Collections:</translation>
        </message>
        <message>
            <source>&amp;Access:</source>
            <translation>&amp;Access:</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Read and write</source>
            <translation>Read and write</translation>
        </message>
        <message>
            <source>Manage (may grant others)</source>
            <translation>Manage (may grant others)</translation>
        </message>
        <message>
            <source>Safety number:</source>
            <translation>Safety number:</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Safety number as a QR code</translation>
        </message>
        <message>
            <source>The same number as a QR code: their phone's camera shows its digits.</source>
            <translation>The same number as a QR code: their phone's camera shows its digits.</translation>
        </message>
        <message>
            <source>So that they can share with you too: on their laptop, Sync → Colleagues' keys…, your name. They check that their screen shows this safety number and press “The numbers match”. Typing their code verifies their key here.</source>
            <translation>So that they can share with you too: on their laptop, Sync → Colleagues' keys…, your name. They check that their screen shows this safety number and press “The numbers match”. Typing their code verifies their key here.</translation>
        </message>
        <message>
            <source>Code read aloud by the member</source>
            <translation>Code read aloud by the member</translation>
        </message>
        <message>
            <source>Collections to grant</source>
            <translation>Collections to grant</translation>
        </message>
        <message>
            <source>Registry: sites, dwellings, households</source>
            <translation>Registry: sites, dwellings, households</translation>
        </message>
        <message>
            <source>Case files of %1</source>
            <translation>Case files of %1</translation>
        </message>
        <message>
            <source>Restricted notes of %1</source>
            <translation>Restricted notes of %1</translation>
        </message>
        <message>
            <source>Hand-offs from neighbourhood agents for %1</source>
            <translation>Hand-offs from neighbourhood agents for %1</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovation project</translation>
        </message>
        <message>
            <source>Neighbourhood work</source>
            <translation>Neighbourhood work</translation>
        </message>
        <message>
            <source>Supervision (supervisors only)</source>
            <translation>Supervision (supervisors only)</translation>
        </message>
        <message>
            <source>Community work (PSC)</source>
            <translation>Community work (PSC)</translation>
        </message>
        <message>
            <source>Partner directory (social map)</source>
            <translation>Partner directory (social map)</translation>
        </message>
        <message>
            <source>Collective work: tenants' meetings (collective assistants)</source>
            <translation>Collective work: tenants' meetings (collective assistants)</translation>
        </message>
        <message>
            <source>Collective signals (site assistants send, collective assistants read)</source>
            <translation>Collective signals (site assistants send, collective assistants read)</translation>
        </message>
        <message>
            <source>Mental-health consultations under a pseudonym</source>
            <translation>Mental-health consultations under a pseudonym</translation>
        </message>
        <message>
            <source>%1 of 60 digits</source>
            <translation>%1 of 60 digits</translation>
        </message>
        <message>
            <source>✓ The codes match.</source>
            <translation>✓ The codes match.</translation>
        </message>
        <message>
            <source>✗ The codes differ.</source>
            <translation>✗ The codes differ.</translation>
        </message>
    </context>
    <context>
        <name>ColleagueKeysDialog</name>
        <message>
            <source>Colleagues' keys</source>
            <translation>Colleagues' keys</translation>
        </message>
        <message>
            <source>Before anything is shared with a colleague, check their key once: sit together (or call them on a number you know). On their laptop they open Sync → Colleagues' keys… and choose your name. Both screens show the same safety number; compare it group by group, then each of you presses “The numbers match”.</source>
            <translation>Before anything is shared with a colleague, check their key once: sit together (or call them on a number you know). On their laptop they open Sync → Colleagues' keys… and choose your name. Both screens show the same safety number; compare it group by group, then each of you presses “The numbers match”.</translation>
        </message>
        <message>
            <source>The numbers &amp;match — verified</source>
            <translation>The numbers &amp;match — verified</translation>
        </message>
        <message>
            <source>They &amp;differ</source>
            <translation>They &amp;differ</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Colleagues</translation>
        </message>
        <message>
            <source>Safety number</source>
            <translation>Safety number</translation>
        </message>
        <message>
            <source>Safety number as a QR code</source>
            <translation>Safety number as a QR code</translation>
        </message>
        <message>
            <source>The same number as a QR code: a colleague's phone camera shows its digits.</source>
            <translation>The same number as a QR code: a colleague's phone camera shows its digits.</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ verified</translation>
        </message>
        <message>
            <source>⚠ KEY CHANGED</source>
            <translation>⚠ KEY CHANGED</translation>
        </message>
        <message>
            <source>not verified yet (accepted before key checks)</source>
            <translation>not verified yet (accepted before key checks)</translation>
        </message>
        <message>
            <source>not verified yet</source>
            <translation>not verified yet</translation>
        </message>
        <message>
            <source>⚠ The server now gives another key for: %1. This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>⚠ The server now gives another key for: %1. This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Nothing is shared with them until you compare safety numbers again.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Asking the server…</translation>
        </message>
        <message>
            <source>Safety number of you and %1:</source>
            <translation>Safety number of you and %1:</translation>
        </message>
        <message>
            <source>✓ Verified on this laptop.</source>
            <translation>✓ Verified on this laptop.</translation>
        </message>
        <message>
            <source>⚠ Their key changed since you last checked it. Compare this new number together before anything is shared with them again.</source>
            <translation>⚠ Their key changed since you last checked it. Compare this new number together before anything is shared with them again.</translation>
        </message>
        <message>
            <source>Not verified yet. An earlier version of FieldApp accepted their key without a check; nothing points to a problem. Compare this number together once: until then nothing new is shared with them, and what your restricted notes and access log gave them comes back right after.</source>
            <translation>Not verified yet. An earlier version of FieldApp accepted their key without a check; nothing points to a problem. Compare this number together once: until then nothing new is shared with them, and what your restricted notes and access log gave them comes back right after.</translation>
        </message>
        <message>
            <source>Not verified yet: nothing is shared with them until you compare this number together.</source>
            <translation>Not verified yet: nothing is shared with them until you compare this number together.</translation>
        </message>
        <message>
            <source>Choose a colleague.</source>
            <translation>Choose a colleague.</translation>
        </message>
        <message>
            <source>✓ Verified. What waited for them is shared at the next synchronisation.</source>
            <translation>✓ Verified. What waited for them is shared at the next synchronisation.</translation>
        </message>
        <message>
            <source>Do not share anything with this person for now: nothing is sent to them. Check that you both chose each other's name. If the numbers still differ, tell your supervisor or the server administrator today — someone may be slipping in a key of their own.</source>
            <translation>Do not share anything with this person for now: nothing is sent to them. Check that you both chose each other's name. If the numbers still differ, tell your supervisor or the server administrator today — someone may be slipping in a key of their own.</translation>
        </message>
        <message>
            <source>The server changed this person's key while you were comparing: nothing was marked verified. Compare the new number.</source>
            <translation>The server changed this person's key while you were comparing: nothing was marked verified. Compare the new number.</translation>
        </message>
    </context>
    <context>
        <name>CollectiveOverview</name>
        <message>
            <source>&amp;Neighbourhoods:</source>
            <translation>&amp;Neighbourhoods:</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Neighbourhoods</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Sites:</source>
            <translation>&amp;Sites:</translation>
        </message>
        <message>
            <source>&amp;Collective assistants:</source>
            <translation>&amp;Collective assistants:</translation>
        </message>
        <message>
            <source>Sa&amp;ve the neighbourhood</source>
            <translation>Sa&amp;ve the neighbourhood</translation>
        </message>
        <message>
            <source>Ne&amp;w neighbourhood</source>
            <translation>Ne&amp;w neighbourhood</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Tenants' meetings</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campaigns</translation>
        </message>
        <message>
            <source>Awareness campaigns</source>
            <translation>Awareness campaigns</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Common rooms</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Calls for projects</translation>
        </message>
        <message>
            <source>Collective work of the assistants</source>
            <translation>Collective work of the assistants</translation>
        </message>
    </context>
    <context>
        <name>CollectiveWorkspace</name>
        <message>
            <source>Tenants' meetings</source>
            <translation>Tenants' meetings</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signals from casework</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campaigns</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Common rooms</translation>
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
            <translation>Elections</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Work areas</translation>
        </message>
        <message>
            <source>&amp;Collective work</source>
            <translation>&amp;Collective work</translation>
        </message>
        <message>
            <source>Campaigns and door-to-door rounds</source>
            <translation>Campaigns and door-to-door rounds</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Tenants' initiatives</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>ARHUU elections</translation>
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
            <translation>Place</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>New &amp;meeting (Ctrl+M)</source>
            <translation>New &amp;meeting (Ctrl+M)</translation>
        </message>
        <message>
            <source>Meetings of the follow-up committee</source>
            <translation>Meetings of the follow-up committee</translation>
        </message>
        <message>
            <source>The local follow-up committee: {count} meetings in {year}.</source>
            <translation>The local follow-up committee: {count} meetings in {year}.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Record the project first (Ctrl+1).</translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>Present:</translation>
        </message>
        <message>
            <source>Apologies:</source>
            <translation>Apologies:</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
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
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>Activity log</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Committee</translation>
        </message>
        <message>
            <source>Yearly report</source>
            <translation>Yearly report</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Community work</translation>
        </message>
        <message>
            <source>&amp;Community</source>
            <translation>&amp;Community</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Save the project</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Log an activity</source>
            <translation>Log an activity</translation>
        </message>
        <message>
            <source>New committee meeting</source>
            <translation>New committee meeting</translation>
        </message>
        <message>
            <source>Yearly report as PDF</source>
            <translation>Yearly report as PDF</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>New partner</translation>
        </message>
        <message>
            <source>No social cohesion project yet: fill in the project and save it (Ctrl+S).</source>
            <translation>No social cohesion project yet: fill in the project and save it (Ctrl+S).</translation>
        </message>
        <message>
            <source>Record the project first, then save it (Ctrl+S).</source>
            <translation>Record the project first, then save it (Ctrl+S).</translation>
        </message>
        <message>
            <source>Saved. Tell the co-signatories: print the notice.</source>
            <translation>Saved. Tell the co-signatories: print the notice.</translation>
        </message>
        <message>
            <source>The notice was saved as {name}.</source>
            <translation>The notice was saved as {name}.</translation>
        </message>
        <message>
            <source>Notice to the co-signatories</source>
            <translation>Notice to the co-signatories</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDialog</name>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts to decide</source>
            <translation>Conflicts to decide</translation>
        </message>
        <message>
            <source>This record was changed on this computer and on another one before they could synchronise. Changes to different fields were combined already; for the fields below, choose which version to keep. Free text can be merged.</source>
            <translation>This record was changed on this computer and on another one before they could synchronise. Changes to different fields were combined already; for the fields below, choose which version to keep. Free text can be merged.</translation>
        </message>
        <message>
            <source>&amp;Apply this choice</source>
            <translation>&amp;Apply this choice</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Decide &amp;later</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Conflict {i} of {n}: {what}</source>
            <translation>Conflict {i} of {n}: {what}</translation>
        </message>
    </context>
    <context>
        <name>ConsultDialog</name>
        <message>
            <source>Consult the mobile mental-health team</source>
            <translation>Consult the mobile mental-health team</translation>
        </message>
        <message>
            <source>The team reads the question under a pseudonym, with an age band, the kind of household and the concerns only: no name, address, phone number or date. The link between the pseudonym and this case file stays in the case file.</source>
            <translation>The team reads the question under a pseudonym, with an age band, the kind of household and the concerns only: no name, address, phone number or date. The link between the pseudonym and this case file stays in the case file.</translation>
        </message>
        <message>
            <source>&amp;Earlier consultations:</source>
            <translation>&amp;Earlier consultations:</translation>
        </message>
        <message>
            <source>Team's advice:</source>
            <translation>Team's advice:</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Age:</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Household:</translation>
        </message>
        <message>
            <source>C&amp;oncerns:</source>
            <translation>C&amp;oncerns:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgency:</translation>
        </message>
        <message>
            <source>&amp;Question for the team:</source>
            <translation>&amp;Question for the team:</translation>
        </message>
        <message>
            <source>&amp;Send to the team</source>
            <translation>&amp;Send to the team</translation>
        </message>
        <message>
            <source>C&amp;lose this consultation</source>
            <translation>C&amp;lose this consultation</translation>
        </message>
        <message>
            <source>%1 — asked %2 — %3</source>
            <translation>%1 — asked %2 — %3</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <source>the team</source>
            <translation>the team</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Not answered yet.</translation>
        </message>
        <message>
            <source>Sent to the team as %1.</source>
            <translation>Sent to the team as %1.</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsWorkspace</name>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Asked on</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Consultations social workers sent under a pseudonym. They carry an age band, the kind of household and the concerns — never a name, an address or a case file. Your advice goes back to the social worker who asked.</source>
            <translation>Consultations social workers sent under a pseudonym. They carry an age band, the kind of household and the concerns — never a name, an address or a case file. Your advice goes back to the social worker who asked.</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <source>Situation:</source>
            <translation>Situation:</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Question:</translation>
        </message>
        <message>
            <source>&amp;Advice:</source>
            <translation>&amp;Advice:</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advice</translation>
        </message>
        <message>
            <source>&amp;Send the advice</source>
            <translation>&amp;Send the advice</translation>
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation>&amp;Consultations</translation>
        </message>
        <message>
            <source>Send the advice</source>
            <translation>Send the advice</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>The advice on %1 is on its way to the social worker.</source>
            <translation>The advice on %1 is on its way to the social worker.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;New person:</source>
            <translation>&amp;New person:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>New referent or coordinator</source>
            <translation>New referent or coordinator</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Case file:</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Or who (no case file):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Referred to:</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>What a&amp;bout:</translation>
        </message>
        <message>
            <source>Change the office-hours contact</source>
            <translation>Change the office-hours contact</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Quick question</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Contact log</source>
            <translation>Contact log</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Date of the contact</translation>
        </message>
        <message>
            <source>Kind of contact</source>
            <translation>Kind of contact</translation>
        </message>
        <message>
            <source>What the tenant asked or reported — Enter logs it</source>
            <translation>What the tenant asked or reported — Enter logs it</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Question or complaint</translation>
        </message>
        <message>
            <source>&amp;Log contact</source>
            <translation>&amp;Log contact</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Mark &amp;handled</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultPage</name>
        <message>
            <source>Welcome to FieldApp</source>
            <translation>Welcome to FieldApp</translation>
        </message>
        <message>
            <source>Your case files are kept in an encrypted vault on this computer. Choose a passphrase you will remember: without it nobody, including you, can open the vault on this computer.</source>
            <translation>Your case files are kept in an encrypted vault on this computer. Choose a passphrase you will remember: without it nobody, including you, can open the vault on this computer.</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>Con&amp;firm passphrase:</translation>
        </message>
        <message>
            <source>Site social assistant</source>
            <translation>Site social assistant</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Renovation-site assistant</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Neighbourhood agent</translation>
        </message>
        <message>
            <source>Supervisor of the social service</source>
            <translation>Supervisor of the social service</translation>
        </message>
        <message>
            <source>Supervisor who also carries cases</source>
            <translation>Supervisor who also carries cases</translation>
        </message>
        <message>
            <source>At least {n} characters. A few unrelated words make a strong passphrase.</source>
            <translation>At least {n} characters. A few unrelated words make a strong passphrase.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Create vault</translation>
        </message>
        <message>
            <source>Connect to my &amp;organisation's server…</source>
            <translation>Connect to my &amp;organisation's server…</translation>
        </message>
        <message>
            <source>I already have an &amp;account…</source>
            <translation>I already have an &amp;account…</translation>
        </message>
        <message>
            <source>You use FieldApp on another laptop already</source>
            <translation>You use FieldApp on another laptop already</translation>
        </message>
        <message>
            <source>Or keep a vault on this computer only (no server):</source>
            <translation>Or keep a vault on this computer only (no server):</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirm passphrase</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <source>Please enter your name.</source>
            <translation>Please enter your name.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>The passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Creating the vault…</source>
            <translation>Creating the vault…</translation>
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
            <translation>Pass a defect on to the technical department</translation>
        </message>
        <message>
            <source>&amp;Copy text for e-mail</source>
            <translation>&amp;Copy text for e-mail</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <source>C&amp;reate report</source>
            <translation>C&amp;reate report</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Report {ref} made on {day}.</source>
            <translation>Report {ref} made on {day}.</translation>
        </message>
        <message>
            <source>Copied. The clipboard is cleared after {n} seconds.</source>
            <translation>Copied. The clipboard is cleared after {n} seconds.</translation>
        </message>
        <message>
            <source>Save the defect report</source>
            <translation>Save the defect report</translation>
        </message>
        <message>
            <source>The report was saved as a PDF.</source>
            <translation>The report was saved as a PDF.</translation>
        </message>
    </context>
    <context>
        <name>DefectReport</name>
        <message>
            <source>Technical defect report</source>
            <translation>Technical defect report</translation>
        </message>
        <message>
            <source>For the technical department</source>
            <translation>For the technical department</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Entrance</source>
            <translation>Entrance</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
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
            <translation>Reported by</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>technical-defect-{day}-{ref}.pdf</source>
            <translation>technical-defect-{day}-{ref}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <source>Delete an entry made by mistake</source>
            <translation>Delete an entry made by mistake</translation>
        </message>
        <message>
            <source>Delete {what} ({when}, {who})? Use this only for something entered by mistake: to call off an appointment, cancel it with a reason instead. Its earlier versions stay in the history.</source>
            <translation>Delete {what} ({when}, {who})? Use this only for something entered by mistake: to call off an appointment, cancel it with a reason instead. Its earlier versions stay in the history.</translation>
        </message>
    </context>
    <context>
        <name>DmbshDialog</name>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>DMBSH report across housing companies</translation>
        </message>
        <message>
            <source>Each housing company saves its figures for the period shown: counts only, every count below 5 hidden, no name and no case. The DMBSH report puts the figures files of the housing companies side by side.</source>
            <translation>Each housing company saves its figures for the period shown: counts only, every count below 5 hidden, no name and no case. The DMBSH report puts the figures files of the housing companies side by side.</translation>
        </message>
        <message>
            <source>This housing company's figures</source>
            <translation>This housing company's figures</translation>
        </message>
        <message>
            <source>The report across housing companies</source>
            <translation>The report across housing companies</translation>
        </message>
        <message>
            <source>&amp;Housing company:</source>
            <translation>&amp;Housing company:</translation>
        </message>
        <message>
            <source>Figures &amp;file:</source>
            <translation>Figures &amp;file:</translation>
        </message>
        <message>
            <source>&amp;Add a figures file:</source>
            <translation>&amp;Add a figures file:</translation>
        </message>
        <message>
            <source>Figures &amp;files added:</source>
            <translation>Figures &amp;files added:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Save the figures</source>
            <translation>&amp;Save the figures</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>A&amp;dd…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Save the &amp;report (PDF)…</source>
            <translation>Save the &amp;report (PDF)…</translation>
        </message>
        <message>
            <source>Show the indicators first (F5) to save this housing company's figures.</source>
            <translation>Show the indicators first (F5) to save this housing company's figures.</translation>
        </message>
        <message>
            <source>Save the figures</source>
            <translation>Save the figures</translation>
        </message>
        <message>
            <source>Figures (*.json)</source>
            <translation>Figures (*.json)</translation>
        </message>
        <message>
            <source>Figures saved: %1</source>
            <translation>Figures saved: %1</translation>
        </message>
        <message>
            <source>Report saved: %1</source>
            <translation>Report saved: %1</translation>
        </message>
        <message>
            <source>Add figures files</source>
            <translation>Add figures files</translation>
        </message>
        <message>
            <source>%1 housing companies added.</source>
            <translation>%1 housing companies added.</translation>
        </message>
        <message>
            <source>%1 — %2 to %3</source>
            <translation>%1 — %2 to %3</translation>
        </message>
        <message>
            <source>Save the DMBSH report</source>
            <translation>Save the DMBSH report</translation>
        </message>
    </context>
    <context>
        <name>DmbshReport</name>
        <message>
            <source>DMBSH — social support of social tenants</source>
            <translation>DMBSH — social support of social tenants</translation>
        </message>
        <message>
            <source>Anonymised report across housing companies</source>
            <translation>Anonymised report across housing companies</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Housing companies</source>
            <translation>Housing companies</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>The anonymised figures of each housing company, counted on its own supervisor's laptop. No name, no case file and no count below 5 leaves a housing company.</source>
            <translation>The anonymised figures of each housing company, counted on its own supervisor's laptop. No name, no case file and no count below 5 leaves a housing company.</translation>
        </message>
        <message>
            <source>&lt;5: fewer than five, hidden. x: hidden so that no small count can be worked out. ≥ n: at least n, because a housing company's count is hidden.</source>
            <translation>&lt;5: fewer than five, hidden. x: hidden so that no small count can be worked out. ≥ n: at least n, because a housing company's count is hidden.</translation>
        </message>
        <message>
            <source>Summary: totals per housing company</source>
            <translation>Summary: totals per housing company</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>Housing company</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>All housing companies</source>
            <translation>All housing companies</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>Axis {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>FieldApp — DMBSH report {start} – {end}</source>
            <translation>FieldApp — DMBSH report {start} – {end}</translation>
        </message>
        <message>
            <source>dmbsh-report-{start}-{end}.pdf</source>
            <translation>dmbsh-report-{start}-{end}.pdf</translation>
        </message>
    </context>
    <context>
        <name>DwellingsDialog</name>
        <message>
            <source>Dwellings in the project</source>
            <translation>Dwellings in the project</translation>
        </message>
        <message>
            <source>Dwellings</source>
            <translation>Dwellings</translation>
        </message>
        <message>
            <source>Tick &amp;all</source>
            <translation>Tick &amp;all</translation>
        </message>
        <message>
            <source>Tick the dwellings concerned by the works (space ticks the current one).</source>
            <translation>Tick the dwellings concerned by the works (space ticks the current one).</translation>
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
            <translation>Seats</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Voted</source>
            <translation>Voted</translation>
        </message>
        <message>
            <source>Mandate until</source>
            <translation>Mandate until</translation>
        </message>
        <message>
            <source>&amp;Vote on:</source>
            <translation>&amp;Vote on:</translation>
        </message>
        <message>
            <source>S&amp;eats:</source>
            <translation>S&amp;eats:</translation>
        </message>
        <message>
            <source>&amp;Name (as on the notice):</source>
            <translation>&amp;Name (as on the notice):</translation>
        </message>
        <message>
            <source>Vo&amp;tes:</source>
            <translation>Vo&amp;tes:</translation>
        </message>
        <message>
            <source>Pollin&amp;g station:</source>
            <translation>Pollin&amp;g station:</translation>
        </message>
        <message>
            <source>Ho&amp;urs:</source>
            <translation>Ho&amp;urs:</translation>
        </message>
        <message>
            <source>Mandate ends &amp;on:</source>
            <translation>Mandate ends &amp;on:</translation>
        </message>
        <message>
            <source>ARHUU elections</source>
            <translation>ARHUU elections</translation>
        </message>
        <message>
            <source>A new ARHUU election</source>
            <translation>A new ARHUU election</translation>
        </message>
        <message>
            <source>&amp;Prepare (draws up the roll)</source>
            <translation>&amp;Prepare (draws up the roll)</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <source>&amp;Add the candidate</source>
            <translation>&amp;Add the candidate</translation>
        </message>
        <message>
            <source>&amp;Count these votes</source>
            <translation>&amp;Count these votes</translation>
        </message>
        <message>
            <source>Electoral &amp;roll (tick who voted):</source>
            <translation>Electoral &amp;roll (tick who voted):</translation>
        </message>
        <message>
            <source>Electoral roll</source>
            <translation>Electoral roll</translation>
        </message>
        <message>
            <source>Record &amp;who voted</source>
            <translation>Record &amp;who voted</translation>
        </message>
        <message>
            <source>Va&amp;lidate (purges the roll)</source>
            <translation>Va&amp;lidate (purges the roll)</translation>
        </message>
        <message>
            <source>How to vote (printed on the notice)</source>
            <translation>How to vote (printed on the notice)</translation>
        </message>
        <message>
            <source>e.g. 9:00 – 16:00</source>
            <translation>e.g. 9:00 – 16:00</translation>
        </message>
        <message>
            <source>Save where and when</source>
            <translation>Save where and when</translation>
        </message>
        <message>
            <source>Print the not&amp;ice…</source>
            <translation>Print the not&amp;ice…</translation>
        </message>
        <message>
            <source>En&amp;d this member's mandate</source>
            <translation>En&amp;d this member's mandate</translation>
        </message>
        <message>
            <source>Print the re&amp;sults…</source>
            <translation>Print the re&amp;sults…</translation>
        </message>
        <message>
            <source>The council (elected members and mandates)</source>
            <translation>The council (elected members and mandates)</translation>
        </message>
        <message>
            <source>Council members</source>
            <translation>Council members</translation>
        </message>
        <message>
            <source>Council &amp;meetings and advice:</source>
            <translation>Council &amp;meetings and advice:</translation>
        </message>
        <message>
            <source>Choose an election, or prepare one.</source>
            <translation>Choose an election, or prepare one.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt; on {day}: {n} of {m} households voted; the roll is purged.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt; on {day}: {n} of {m} households voted; the roll is purged.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{state}&lt;/b&gt;: {n} of {m} households voted.</source>
            <translation>&lt;b&gt;{state}&lt;/b&gt;: {n} of {m} households voted.</translation>
        </message>
        <message>
            <source>elected</source>
            <translation>elected</translation>
        </message>
        <message>
            <source>{n} votes</source>
            <translation>{n} votes</translation>
        </message>
        <message>
            <source>{name} — mandate {start} to {end}</source>
            <translation>{name} — mandate {start} to {end}</translation>
        </message>
        <message>
            <source>Notice of the ARHUU election</source>
            <translation>Notice of the ARHUU election</translation>
        </message>
        <message>
            <source>Results of the ARHUU election</source>
            <translation>Results of the ARHUU election</translation>
        </message>
    </context>
    <context>
        <name>ErasureDialog</name>
        <message>
            <source>Erase or hold</source>
            <translation>Erase or hold</translation>
        </message>
        <message>
            <source>Erasing deletes every version on the server at once, and every copy on every device at its next sync; it can't be undone. A legal hold stops any erasure or retention purge until it is released.</source>
            <translation>Erasing deletes every version on the server at once, and every copy on every device at its next sync; it can't be undone. A legal hold stops any erasure or retention purge until it is released.</translation>
        </message>
        <message>
            <source>The &amp;household: register data, case files and everything about them</source>
            <translation>The &amp;household: register data, case files and everything about them</translation>
        </message>
        <message>
            <source>Only the &amp;case file and what it holds</source>
            <translation>Only the &amp;case file and what it holds</translation>
        </message>
        <message>
            <source>Only one &amp;person's register data:</source>
            <translation>Only one &amp;person's register data:</translation>
        </message>
        <message>
            <source>Their name also leaves the PSC's activities and committee meetings (the counts stay)</source>
            <translation>Their name also leaves the PSC's activities and committee meetings (the counts stay)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;Reason (recorded):</source>
            <translation>&amp;Reason (recorded):</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Erase</translation>
        </message>
        <message>
            <source>Place a legal h&amp;old</source>
            <translation>Place a legal h&amp;old</translation>
        </message>
        <message>
            <source>Re&amp;lease the hold</source>
            <translation>Re&amp;lease the hold</translation>
        </message>
        <message>
            <source>Say why; the reason is recorded.</source>
            <translation>Say why; the reason is recorded.</translation>
        </message>
        <message>
            <source>Not connected to a sync server.</source>
            <translation>Not connected to a sync server.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Under a legal hold since %1</source>
            <translation>Under a legal hold since %1</translation>
        </message>
        <message>
            <source>(placed by %1)</source>
            <translation>(placed by %1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The legal hold is released.</source>
            <translation>The legal hold is released.</translation>
        </message>
        <message>
            <source>The legal hold is in place.</source>
            <translation>The legal hold is in place.</translation>
        </message>
        <message>
            <source>Erased. Every device purges its copies at its next sync; Supervision, Data protection shows who has.</source>
            <translation>Erased. Every device purges its copies at its next sync; Supervision, Data protection shows who has.</translation>
        </message>
        <message>
            <source>A legal hold stops this erasure; release it first.</source>
            <translation>A legal hold stops this erasure; release it first.</translation>
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
            <translation>Case notes without objective</translation>
        </message>
        <message>
            <source>Minimal-base objectives covered</source>
            <translation>Minimal-base objectives covered</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open case files</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Social service — supervision</translation>
        </message>
        <message>
            <source>Evaluation table of social action {year}</source>
            <translation>Evaluation table of social action {year}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Compared with</source>
            <translation>Compared with</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Minimal base: {covered} of {of} objectives with at least one action this year</source>
            <translation>Minimal base: {covered} of {of} objectives with at least one action this year</translation>
        </message>
        <message>
            <source>1. Quantitative indicators</source>
            <translation>1. Quantitative indicators</translation>
        </message>
        <message>
            <source>2. Qualitative self-evaluation</source>
            <translation>2. Qualitative self-evaluation</translation>
        </message>
        <message>
            <source>3. State of play per site</source>
            <translation>3. State of play per site</translation>
        </message>
        <message>
            <source>By pillar and indicator</source>
            <translation>By pillar and indicator</translation>
        </message>
        <message>
            <source>By strategic axis and operational objective</source>
            <translation>By strategic axis and operational objective</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Axis / objective</translation>
        </message>
        <message>
            <source>Minimal base</source>
            <translation>Minimal base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Actors present</source>
            <translation>Actors present</translation>
        </message>
        <message>
            <source>Social staff (FTE)</source>
            <translation>Social staff (FTE)</translation>
        </message>
        <message>
            <source>Actions this year</source>
            <translation>Actions this year</translation>
        </message>
        <message>
            <source>PSC: {name}</source>
            <translation>PSC: {name}</translation>
        </message>
        <message>
            <source>No PSC</source>
            <translation>No PSC</translation>
        </message>
        <message>
            <source>ARHUU: {yes_no}</source>
            <translation>ARHUU: {yes_no}</translation>
        </message>
        <message>
            <source>Associations: {names}</source>
            <translation>Associations: {names}</translation>
        </message>
        <message>
            <source>Housing company {company} · DMBSH {dmbsh} · PSC {psc}</source>
            <translation>Housing company {company} · DMBSH {dmbsh} · PSC {psc}</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>No self-evaluation written for this year yet.</source>
            <translation>No self-evaluation written for this year yet.</translation>
        </message>
        <message>
            <source>(state of play not filled in)</source>
            <translation>(state of play not filled in)</translation>
        </message>
        <message>
            <source>Counts below 5 are shown as "&lt;5"; a cell that would let one be worked out from a total is shown as "x". ● marks the objectives of the minimal base.</source>
            <translation>Counts below 5 are shown as "&lt;5"; a cell that would let one be worked out from a total is shown as "x". ● marks the objectives of the minimal base.</translation>
        </message>
        <message>
            <source>FieldApp — evaluation table {year}</source>
            <translation>FieldApp — evaluation table {year}</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.pdf</source>
            <translation>evaluation-table-{year}.pdf</translation>
        </message>
        <message>
            <source>evaluation-table-{year}.csv</source>
            <translation>evaluation-table-{year}.csv</translation>
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
            <translation>Associations</translation>
        </message>
        <message>
            <source>FTE housing company</source>
            <translation>FTE housing company</translation>
        </message>
        <message>
            <source>FTE DMBSH</source>
            <translation>FTE DMBSH</translation>
        </message>
        <message>
            <source>FTE PSC</source>
            <translation>FTE PSC</translation>
        </message>
        <message>
            <source>Open case files</source>
            <translation>Open case files</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Collective</source>
            <translation>Collective</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Axis / objective</source>
            <translation>Axis / objective</translation>
        </message>
        <message>
            <source>Pillars</source>
            <translation>Pillars</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Self-evaluation</translation>
        </message>
        <message>
            <source>Pillar</source>
            <translation>Pillar</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Show (F5)</translation>
        </message>
        <message>
            <source>&amp;Target (actions this year):</source>
            <translation>&amp;Target (actions this year):</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation:</source>
            <translation>Self-&amp;evaluation:</translation>
        </message>
        <message>
            <source>What went well, what did not, what you will change — no names of tenants.</source>
            <translation>What went well, what did not, what you will change — no names of tenants.</translation>
        </message>
        <message>
            <source>&amp;Save (Ctrl+Return)</source>
            <translation>&amp;Save (Ctrl+Return)</translation>
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
            <translation>In Dutch or French, as you choose; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</translation>
        </message>
        <message>
            <source>Axes and objectives</source>
            <translation>Axes and objectives</translation>
        </message>
        <message>
            <source>Indicators by pillar</source>
            <translation>Indicators by pillar</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>State of play per site</translation>
        </message>
        <message>
            <source>Parts of the evaluation table</source>
            <translation>Parts of the evaluation table</translation>
        </message>
        <message>
            <source>Minimal base (●): %1 of %2 objectives with at least one action · compared with %3 – %4</source>
            <translation>Minimal base (●): %1 of %2 objectives with at least one action · compared with %3 – %4</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Choose an axis or an objective in the table</source>
            <translation>Choose an axis or an objective in the table</translation>
        </message>
        <message>
            <source>Saved; it goes to the other supervisors at the next sync.</source>
            <translation>Saved; it goes to the other supervisors at the next sync.</translation>
        </message>
        <message>
            <source>Show the table first (F5).</source>
            <translation>Show the table first (F5).</translation>
        </message>
        <message>
            <source>Save the evaluation table</source>
            <translation>Save the evaluation table</translation>
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
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
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
            <translation>Language of the document</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Language of the document:</source>
            <translation>&amp;Language of the document:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
    </context>
    <context>
        <name>FieldChoice</name>
        <message>
            <source>Before both changes</source>
            <translation>Before both changes</translation>
        </message>
        <message>
            <source>Yours — {who}, {when}</source>
            <translation>Yours — {who}, {when}</translation>
        </message>
        <message>
            <source>{who} — {when}</source>
            <translation>{who} — {when}</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Keep the version of &amp;{who}</source>
            <translation>Keep the version of &amp;{who}</translation>
        </message>
        <message>
            <source>&amp;Merge both texts (edit below)</source>
            <translation>&amp;Merge both texts (edit below)</translation>
        </message>
        <message>
            <source>Merged text</source>
            <translation>Merged text</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Due on:</translation>
        </message>
        <message>
            <source>&amp;What to do:</source>
            <translation>&amp;What to do:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>Plan a follow-up</source>
            <translation>Plan a follow-up</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Handed on at the end of a renovation: {text}</source>
            <translation>Handed on at the end of a renovation: {text}</translation>
        </message>
        <message>
            <source>Answer awaited from {department}: {text}</source>
            <translation>Answer awaited from {department}: {text}</translation>
        </message>
        <message>
            <source>Hand-off from the neighbourhood agent: {text}</source>
            <translation>Hand-off from the neighbourhood agent: {text}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Due today ({n})</source>
            <translation>Due today ({n})</translation>
        </message>
        <message>
            <source>Overdue ({n})</source>
            <translation>Overdue ({n})</translation>
        </message>
        <message>
            <source>This week ({n})</source>
            <translation>This week ({n})</translation>
        </message>
        <message>
            <source>Follow-ups due today</source>
            <translation>Follow-ups due today</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Overdue follow-ups</translation>
        </message>
        <message>
            <source>Follow-ups this week</source>
            <translation>Follow-ups this week</translation>
        </message>
        <message>
            <source>&amp;Mark as done</source>
            <translation>&amp;Mark as done</translation>
        </message>
        <message>
            <source>&amp;Open case file</source>
            <translation>&amp;Open case file</translation>
        </message>
    </context>
    <context>
        <name>FormDrafts</name>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Restored from your unsaved draft.</translation>
        </message>
    </context>
    <context>
        <name>GdprView</name>
        <message>
            <source>Closed case file</source>
            <translation>Closed case file</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Access-log entry</source>
            <translation>Access-log entry</translation>
        </message>
        <message>
            <source>Archived renovation project</source>
            <translation>Archived renovation project</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Closed case files (days after closing):</source>
            <translation>Closed case files (days after closing):</translation>
        </message>
        <message>
            <source>Inventories (days):</source>
            <translation>Inventories (days):</translation>
        </message>
        <message>
            <source>Interventions (days):</source>
            <translation>Interventions (days):</translation>
        </message>
        <message>
            <source>Access-log entries (days):</source>
            <translation>Access-log entries (days):</translation>
        </message>
        <message>
            <source>Renovation projects (days after the archive):</source>
            <translation>Renovation projects (days after the archive):</translation>
        </message>
        <message>
            <source>Purged on</source>
            <translation>Purged on</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Erased</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Retention periods (0 = kept) and the register of processing</source>
            <translation>Retention periods (0 = kept) and the register of processing</translation>
        </message>
        <message>
            <source>C&amp;ontroller:</source>
            <translation>C&amp;ontroller:</translation>
        </message>
        <message>
            <source>the organisation's legal name</source>
            <translation>the organisation's legal name</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Controller</translation>
        </message>
        <message>
            <source>&amp;Data protection officer:</source>
            <translation>&amp;Data protection officer:</translation>
        </message>
        <message>
            <source>name, e-mail or phone</source>
            <translation>name, e-mail or phone</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Data protection officer</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Register of &amp;processing (PDF)…</source>
            <translation>Register of &amp;processing (PDF)…</translation>
        </message>
        <message>
            <source>Nothing is purged in the next {n} days.</source>
            <translation>Nothing is purged in the next {n} days.</translation>
        </message>
        <message>
            <source>Purged in the next {n} days</source>
            <translation>Purged in the next {n} days</translation>
        </message>
        <message>
            <source>P&amp;urge what is due today…</source>
            <translation>P&amp;urge what is due today…</translation>
        </message>
        <message>
            <source>Erasure orders and the devices that confirmed</source>
            <translation>Erasure orders and the devices that confirmed</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>No erasure has been ordered.</source>
            <translation>No erasure has been ordered.</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault first (Settings, Sync server).</source>
            <translation>Not connected to a sync server: connect this vault first (Settings, Sync server).</translation>
        </message>
        <message>
            <source>Reading from the server…</source>
            <translation>Reading from the server…</translation>
        </message>
        <message>
            <source>Purge what is due</source>
            <translation>Purge what is due</translation>
        </message>
        <message>
            <source>Everything due today is erased on the server and on every device. Held records stay. Reason (recorded):</source>
            <translation>Everything due today is erased on the server and on every device. Held records stay. Reason (recorded):</translation>
        </message>
        <message>
            <source>Retention period over</source>
            <translation>Retention period over</translation>
        </message>
        <message>
            <source>Nothing is due today.</source>
            <translation>Nothing is due today.</translation>
        </message>
        <message>
            <source>Purged: {n} records.</source>
            <translation>Purged: {n} records.</translation>
        </message>
        <message>
            <source>The register was saved as {name}.</source>
            <translation>The register was saved as {name}.</translation>
        </message>
        <message>
            <source>Register of processing activities</source>
            <translation>Register of processing activities</translation>
        </message>
    </context>
    <context>
        <name>GoalEditDialog</name>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Goal:</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>Re&amp;view on:</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>Change the goal</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Say what the goal is.</translation>
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
            <translation>Guides of your roles</translation>
        </message>
    </context>
    <context>
        <name>HandoffDialog</name>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Why:</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Hand off to the social assistant</translation>
        </message>
        <message>
            <source>The social assistant of {site} will find this among their follow-ups. You will not see their case file; only that it was handed on.</source>
            <translation>The social assistant of {site} will find this among their follow-ups. You will not see their case file; only that it was handed on.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History of a {what}</source>
            <translation>History of a {what}</translation>
        </message>
        <message>
            <source>Asking the server for every version…</source>
            <translation>Asking the server for every version…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Text of the selected version</source>
            <translation>Text of the selected version</translation>
        </message>
        <message>
            <source>The server has no earlier version of this record yet (it has not been synchronised).</source>
            <translation>The server has no earlier version of this record yet (it has not been synchronised).</translation>
        </message>
        <message>
            <source>1 version.</source>
            <translation>1 version.</translation>
        </message>
        <message>
            <source>{n} versions, oldest first.</source>
            <translation>{n} versions, oldest first.</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <source>The history is kept on the server, which cannot be reached now. Try again when you are connected.</source>
            <translation>The history is kept on the server, which cannot be reached now. Try again when you are connected.</translation>
        </message>
        <message>
            <source>The history could not be read from the server.</source>
            <translation>The history could not be read from the server.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>This vault is not connected to a server: only the current version is kept.</source>
            <translation>This vault is not connected to a server: only the current version is kept.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsView</name>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>Fin&amp;d:</translation>
        </message>
        <message>
            <source>Name, address or dwelling</source>
            <translation>Name, address or dwelling</translation>
        </message>
        <message>
            <source>Find a household</source>
            <translation>Find a household</translation>
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
            <translation>Case file status</translation>
        </message>
        <message>
            <source>&amp;Whose:</source>
            <translation>&amp;Whose:</translation>
        </message>
        <message>
            <source>Whose case files</source>
            <translation>Whose case files</translation>
        </message>
        <message>
            <source>My case files, everyone's on my sites, those with nobody yet, or a colleague's I stand in for. A name typed in Find searches every household of my sites.</source>
            <translation>My case files, everyone's on my sites, those with nobody yet, or a colleague's I stand in for. A name typed in Find searches every household of my sites.</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>New &amp;candidate tenant…</source>
            <translation>New &amp;candidate tenant…</translation>
        </message>
        <message>
            <source>A household without a dwelling yet: it gets a case file now, a dwelling when it moves in</source>
            <translation>A household without a dwelling yet: it gets a case file now, a dwelling when it moves in</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>No case file</source>
            <translation>No case file</translation>
        </message>
        <message>
            <source>My case files</source>
            <translation>My case files</translation>
        </message>
        <message>
            <source>Everyone's</source>
            <translation>Everyone's</translation>
        </message>
        <message>
            <source>Nobody's yet</source>
            <translation>Nobody's yet</translation>
        </message>
        <message>
            <source>Of {name}</source>
            <translation>Of {name}</translation>
        </message>
        <message>
            <source>All my sites</source>
            <translation>All my sites</translation>
        </message>
        <message>
            <source>You have none of the case files yet. Whose: Everyone's shows every household of your sites.</source>
            <translation>You have none of the case files yet. Whose: Everyone's shows every household of your sites.</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} households</source>
            <translation>Showing {shown} of {total} households</translation>
        </message>
        <message>
            <source>Households: {total}</source>
            <translation>Households: {total}</translation>
        </message>
    </context>
    <context>
        <name>HousingDialog</name>
        <message>
            <source>Agreed on</source>
            <translation>Agreed on</translation>
        </message>
        <message>
            <source>Owed (€)</source>
            <translation>Owed (€)</translation>
        </message>
        <message>
            <source>Per month (€)</source>
            <translation>Per month (€)</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Where it stands</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>A&amp;greed on:</source>
            <translation>A&amp;greed on:</translation>
        </message>
        <message>
            <source>Amount &amp;owed:</source>
            <translation>Amount &amp;owed:</translation>
        </message>
        <message>
            <source>Per &amp;month:</source>
            <translation>Per &amp;month:</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>S&amp;tep:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Remark:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>O&amp;utcome:</translation>
        </message>
        <message>
            <source>O&amp;n:</source>
            <translation>O&amp;n:</translation>
        </message>
        <message>
            <source>Right to housing: arrears, eviction, outcome</source>
            <translation>Right to housing: arrears, eviction, outcome</translation>
        </message>
        <message>
            <source>Arrears plans</source>
            <translation>Arrears plans</translation>
        </message>
        <message>
            <source>&amp;Add the arrears plan</source>
            <translation>&amp;Add the arrears plan</translation>
        </message>
        <message>
            <source>Paid o&amp;ff</source>
            <translation>Paid o&amp;ff</translation>
        </message>
        <message>
            <source>&amp;Not kept</source>
            <translation>&amp;Not kept</translation>
        </message>
        <message>
            <source>Eviction procedure</source>
            <translation>Eviction procedure</translation>
        </message>
        <message>
            <source>Add the ste&amp;p</source>
            <translation>Add the ste&amp;p</translation>
        </message>
        <message>
            <source>Outcome for the right to housing</source>
            <translation>Outcome for the right to housing</translation>
        </message>
        <message>
            <source>Re&amp;cord the outcome</source>
            <translation>Re&amp;cord the outcome</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>C&amp;hange…</translation>
        </message>
        <message>
            <source>Change the arrears plan</source>
            <translation>Change the arrears plan</translation>
        </message>
        <message>
            <source>D&amp;elete…</source>
            <translation>D&amp;elete…</translation>
        </message>
        <message>
            <source>Delete the arrears plan</source>
            <translation>Delete the arrears plan</translation>
        </message>
        <message>
            <source>Change the &amp;step…</source>
            <translation>Change the &amp;step…</translation>
        </message>
        <message>
            <source>De&amp;lete the step…</source>
            <translation>De&amp;lete the step…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Change the outcome</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete the outcome</source>
            <translation>Delete the outcome</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>No outcome recorded yet.</translation>
        </message>
        <message>
            <source>Recorded: {outcome} on {day}</source>
            <translation>Recorded: {outcome} on {day}</translation>
        </message>
        <message>
            <source>Select the arrears plan first.</source>
            <translation>Select the arrears plan first.</translation>
        </message>
        <message>
            <source>Select a line first.</source>
            <translation>Select a line first.</translation>
        </message>
        <message>
            <source>Delete the arrears plan agreed on {day} ({owed} € owed)? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Delete the arrears plan agreed on {day} ({owed} € owed)? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</translation>
        </message>
        <message>
            <source>Delete the step</source>
            <translation>Delete the step</translation>
        </message>
        <message>
            <source>Delete "{what}" of {day}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Delete "{what}" of {day}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsReport</name>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Social service — supervision</source>
            <translation>Social service — supervision</translation>
        </message>
        <message>
            <source>Indicators of social action</source>
            <translation>Indicators of social action</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Synced records of the team, counted on the supervisor's laptop</source>
            <translation>Synced records of the team, counted on the supervisor's laptop</translation>
        </message>
        <message>
            <source>Summary by strategic axis</source>
            <translation>Summary by strategic axis</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Axis {n}</source>
            <translation>Axis {n}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>By operational objective</source>
            <translation>By operational objective</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.pdf</source>
            <translation>indicators-{start}-{end}.pdf</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Case notes by operational objective</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Actions by strategic axis</translation>
        </message>
        <message>
            <source>Nothing recorded in this period.</source>
            <translation>Nothing recorded in this period.</translation>
        </message>
        <message>
            <source>Objectives: the one written on each case note; other actions count towards the objective their kind of work serves (home visits and follow-ups 2.3, welcome 2.2, referrals 4.2, inventories 1.2, help needed 2.1, interventions by category). Referrals appear twice (by destination and by outcome).</source>
            <translation>Objectives: the one written on each case note; other actions count towards the objective their kind of work serves (home visits and follow-ups 2.3, welcome 2.2, referrals 4.2, inventories 1.2, help needed 2.1, interventions by category). Referrals appear twice (by destination and by outcome).</translation>
        </message>
        <message>
            <source>FieldApp — indicators {start} – {end}</source>
            <translation>FieldApp — indicators {start} – {end}</translation>
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
            <translation>Category</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Operational objectives</source>
            <translation>Operational objectives</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Show (F5)</source>
            <translation>Show (F5)</translation>
        </message>
        <message>
            <source>PDF report (Ctrl+P)</source>
            <translation>PDF report (Ctrl+P)</translation>
        </message>
        <message>
            <source>CSV (Ctrl+E)</source>
            <translation>CSV (Ctrl+E)</translation>
        </message>
        <message>
            <source>Anonymised CSV for the region (Ctrl+Shift+E)</source>
            <translation>Anonymised CSV for the region (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>DMBSH…</source>
            <translation>DMBSH…</translation>
        </message>
        <message>
            <source>The anonymised DMBSH report across housing companies (Ctrl+Shift+D)</source>
            <translation>The anonymised DMBSH report across housing companies (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>DMBSH report across housing companies</source>
            <translation>DMBSH report across housing companies</translation>
        </message>
        <message>
            <source>No names, no ids; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</source>
            <translation>No names, no ids; every count below 5 shown as "&lt;5" and cells that would reveal one hidden as "x"</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Actions counted: %1</source>
            <translation>Actions counted: %1</translation>
        </message>
        <message>
            <source>Actions by strategic axis</source>
            <translation>Actions by strategic axis</translation>
        </message>
        <message>
            <source>Axis %1</source>
            <translation>Axis %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Case notes by operational objective</source>
            <translation>Case notes by operational objective</translation>
        </message>
        <message>
            <source>Show the indicators first (F5).</source>
            <translation>Show the indicators first (F5).</translation>
        </message>
        <message>
            <source>Save the PDF report</source>
            <translation>Save the PDF report</translation>
        </message>
        <message>
            <source>indicators-anonymised-{start}-{end}.csv</source>
            <translation>indicators-anonymised-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>indicators-{start}-{end}.csv</source>
            <translation>indicators-{start}-{end}.csv</translation>
        </message>
        <message>
            <source>Save the CSV file</source>
            <translation>Save the CSV file</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>InfoSessionsDialog</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Answered by</translation>
        </message>
        <message>
            <source>Folder for the invitations</source>
            <translation>Folder for the invitations</translation>
        </message>
        <message>
            <source>Information sessions</source>
            <translation>Information sessions</translation>
        </message>
        <message>
            <source>&amp;Plan the session</source>
            <translation>&amp;Plan the session</translation>
        </message>
        <message>
            <source>Print the &amp;invitations…</source>
            <translation>Print the &amp;invitations…</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Households present</translation>
        </message>
        <message>
            <source>Staff and contractors present</source>
            <translation>Staff and contractors present</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Name — Enter adds</translation>
        </message>
        <message>
            <source>&amp;Save who came</source>
            <translation>&amp;Save who came</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>Households &amp;present:</translation>
        </message>
        <message>
            <source>Staff and &amp;contractors:</source>
            <translation>Staff and &amp;contractors:</translation>
        </message>
        <message>
            <source>Questions and answers</source>
            <translation>Questions and answers</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>(not said)</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(nobody yet)</translation>
        </message>
        <message>
            <source>&amp;Add the question</source>
            <translation>&amp;Add the question</translation>
        </message>
        <message>
            <source>&amp;Edit the chosen question</source>
            <translation>&amp;Edit the chosen question</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <source>Asked &amp;by:</source>
            <translation>Asked &amp;by:</translation>
        </message>
        <message>
            <source>A&amp;nswer:</source>
            <translation>A&amp;nswer:</translation>
        </message>
        <message>
            <source>Answered b&amp;y:</source>
            <translation>Answered b&amp;y:</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Save the &amp;minutes</source>
            <translation>Save the &amp;minutes</translation>
        </message>
        <message>
            <source>Minutes (P&amp;DF)…</source>
            <translation>Minutes (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Plan and invite</source>
            <translation>Plan and invite</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Who came</translation>
        </message>
        <message>
            <source>Session planned; %1 households invited.</source>
            <translation>Session planned; %1 households invited.</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>Saved who came.</translation>
        </message>
        <message>
            <source>Question added.</source>
            <translation>Question added.</translation>
        </message>
        <message>
            <source>Question changed.</source>
            <translation>Question changed.</translation>
        </message>
        <message>
            <source>Choose a question in the list first.</source>
            <translation>Choose a question in the list first.</translation>
        </message>
        <message>
            <source>&amp;Save the change</source>
            <translation>&amp;Save the change</translation>
        </message>
        <message>
            <source>Stop &amp;editing</source>
            <translation>Stop &amp;editing</translation>
        </message>
        <message>
            <source>Minutes saved.</source>
            <translation>Minutes saved.</translation>
        </message>
        <message>
            <source>Invitations printed: %1, each in the household's language.</source>
            <translation>Invitations printed: %1, each in the household's language.</translation>
        </message>
        <message>
            <source>PDF saved: %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>Minutes of the information session</source>
            <translation>Minutes of the information session</translation>
        </message>
    </context>
    <context>
        <name>InitiativesView</name>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>Carried by</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>Support given</translation>
        </message>
        <message>
            <source>&amp;Initiative:</source>
            <translation>&amp;Initiative:</translation>
        </message>
        <message>
            <source>Carried &amp;by (a group):</source>
            <translation>Carried &amp;by (a group):</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Since:</translation>
        </message>
        <message>
            <source>Kind of su&amp;pport:</source>
            <translation>Kind of su&amp;pport:</translation>
        </message>
        <message>
            <source>&amp;What (no names):</source>
            <translation>&amp;What (no names):</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Neighbourhood:</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Tenants' initiatives</source>
            <translation>Tenants' initiatives</translation>
        </message>
        <message>
            <source>A new initiative</source>
            <translation>A new initiative</translation>
        </message>
        <message>
            <source>&amp;Add the initiative</source>
            <translation>&amp;Add the initiative</translation>
        </message>
        <message>
            <source>&amp;Record the support</source>
            <translation>&amp;Record the support</translation>
        </message>
        <message>
            <source>Running a&amp;gain</source>
            <translation>Running a&amp;gain</translation>
        </message>
        <message>
            <source>It has &amp;ended</source>
            <translation>It has &amp;ended</translation>
        </message>
        <message>
            <source>Choose an initiative, or add one.</source>
            <translation>Choose an initiative, or add one.</translation>
        </message>
    </context>
    <context>
        <name>InternalAnswerDialog</name>
        <message>
            <source>Facts:</source>
            <translation>Facts:</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Answer:</translation>
        </message>
        <message>
            <source>Answered &amp;on:</source>
            <translation>Answered &amp;on:</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Request to a department</translation>
        </message>
        <message>
            <source>To {department}, asked on {asked}, answer wanted by {due}.</source>
            <translation>To {department}, asked on {asked}, answer wanted by {due}.</translation>
        </message>
        <message>
            <source>Request &amp;slip (PDF)…</source>
            <translation>Request &amp;slip (PDF)…</translation>
        </message>
        <message>
            <source>Request slip</source>
            <translation>Request slip</translation>
        </message>
    </context>
    <context>
        <name>InternalRequestDialog</name>
        <message>
            <source>&amp;Department:</source>
            <translation>&amp;Department:</translation>
        </message>
        <message>
            <source>&amp;Answer wanted by:</source>
            <translation>&amp;Answer wanted by:</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>&amp;Facts:</translation>
        </message>
        <message>
            <source>Request to a department</source>
            <translation>Request to a department</translation>
        </message>
        <message>
            <source>Facts only: the department is not bound by professional secrecy. Write what it needs to act (dates, amounts, the defect, the request), never what the household confided to you.</source>
            <translation>Facts only: the department is not bound by professional secrecy. Write what it needs to act (dates, amounts, the defect, the request), never what the household confided to you.</translation>
        </message>
    </context>
    <context>
        <name>InterventionDialog</name>
        <message>
            <source>W&amp;hen:</source>
            <translation>W&amp;hen:</translation>
        </message>
        <message>
            <source>&amp;Met:</source>
            <translation>&amp;Met:</translation>
        </message>
        <message>
            <source>What was &amp;done:</source>
            <translation>What was &amp;done:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Photos:</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Log an intervention</translation>
        </message>
        <message>
            <source>A &amp;follow-up is needed</source>
            <translation>A &amp;follow-up is needed</translation>
        </message>
        <message>
            <source>&amp;Close the request</source>
            <translation>&amp;Close the request</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>Add &amp;photos…</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Add photos</translation>
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
            <translation>Rooms</translation>
        </message>
        <message>
            <source>Elements</source>
            <translation>Elements</translation>
        </message>
        <message>
            <source>Kind of room</source>
            <translation>Kind of room</translation>
        </message>
        <message>
            <source>Add &amp;room</source>
            <translation>Add &amp;room</translation>
        </message>
        <message>
            <source>Room name — Enter renames</source>
            <translation>Room name — Enter renames</translation>
        </message>
        <message>
            <source>Room name</source>
            <translation>Room name</translation>
        </message>
        <message>
            <source>Remove room</source>
            <translation>Remove room</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Key {key}</translation>
        </message>
        <message>
            <source>Remarks on this element — Enter saves</source>
            <translation>Remarks on this element — Enter saves</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Add &amp;photos…</source>
            <translation>Add &amp;photos…</translation>
        </message>
        <message>
            <source>&amp;Take photo…</source>
            <translation>&amp;Take photo…</translation>
        </message>
        <message>
            <source>Photos of the element and the room</source>
            <translation>Photos of the element and the room</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Restored from your unsaved draft.</translation>
        </message>
        <message>
            <source>Signed: this inventory is frozen. Record later changes as an addendum (Attendees and signatures).</source>
            <translation>Signed: this inventory is frozen. Record later changes as an addendum (Attendees and signatures).</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>Inventory shown</source>
            <translation>Inventory shown</translation>
        </message>
        <message>
            <source>Start the pre-works &amp;inventory</source>
            <translation>Start the pre-works &amp;inventory</translation>
        </message>
        <message>
            <source>Start the post-works &amp;check</source>
            <translation>Start the post-works &amp;check</translation>
        </message>
        <message>
            <source>P&amp;DF…</source>
            <translation>P&amp;DF…</translation>
        </message>
        <message>
            <source>Compare before/after (PDF)…</source>
            <translation>Compare before/after (PDF)…</translation>
        </message>
        <message>
            <source>No inventory yet for this dwelling.</source>
            <translation>No inventory yet for this dwelling.</translation>
        </message>
        <message>
            <source>Signed · fingerprint {short}…</source>
            <translation>Signed · fingerprint {short}…</translation>
        </message>
        <message>
            <source>Draft — not signed yet</source>
            <translation>Draft — not signed yet</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF saved: {name}</translation>
        </message>
        <message>
            <source>Print the inventory</source>
            <translation>Print the inventory</translation>
        </message>
        <message>
            <source>Print the comparison</source>
            <translation>Print the comparison</translation>
        </message>
    </context>
    <context>
        <name>LockedOfflinePage</name>
        <message>
            <source>Connect to synchronise</source>
            <translation>Connect to synchronise</translation>
        </message>
        <message>
            <source>This laptop has not reached the server for more than {n} days. Connect to the network and synchronise: your case files open again as soon as it succeeds. Nothing you wrote is lost.</source>
            <translation>This laptop has not reached the server for more than {n} days. Connect to the network and synchronise: your case files open again as soon as it succeeds. Nothing you wrote is lost.</translation>
        </message>
        <message>
            <source>&amp;Synchronise now</source>
            <translation>&amp;Synchronise now</translation>
        </message>
        <message>
            <source>Synchronise now</source>
            <translation>Synchronise now</translation>
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
            <translation>Kind</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>&amp;Log an activity (Ctrl+J)</source>
            <translation>&amp;Log an activity (Ctrl+J)</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activities of the year</translation>
        </message>
        <message>
            <source>{year}: {count} activities, {people} participants in all.</source>
            <translation>{year}: {count} activities, {people} participants in all.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Record the project first (Ctrl+1).</translation>
        </message>
        <message>
            <source>Named (with consent):</source>
            <translation>Named (with consent):</translation>
        </message>
        <message>
            <source>Trainer:</source>
            <translation>Trainer:</translation>
        </message>
        <message>
            <source>Facilitators:</source>
            <translation>Facilitators:</translation>
        </message>
        <message>
            <source>Closing individual session:</source>
            <translation>Closing individual session:</translation>
        </message>
        <message>
            <source>Feedback:</source>
            <translation>Feedback:</translation>
        </message>
        <message>
            <source>New questions:</source>
            <translation>New questions:</translation>
        </message>
        <message>
            <source>Follow-up offered:</source>
            <translation>Follow-up offered:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
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
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About FieldApp</source>
            <translation>&amp;About FieldApp</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Colleagues' &amp;keys…</source>
            <translation>Colleagues' &amp;keys…</translation>
        </message>
        <message>
            <source>Compare safety numbers with a colleague before sharing with them</source>
            <translation>Compare safety numbers with a colleague before sharing with them</translation>
        </message>
        <message>
            <source>&amp;Areas</source>
            <translation>&amp;Areas</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Case file</source>
            <translation>&amp;Case file</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Households</source>
            <translation>&amp;Households</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Follow-ups</translation>
        </message>
        <message>
            <source>&amp;Search notes</source>
            <translation>&amp;Search notes</translation>
        </message>
        <message>
            <source>&amp;Welcome sessions</source>
            <translation>&amp;Welcome sessions</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Office hours</source>
            <translation>&amp;Office hours</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>&amp;New note</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up…</source>
            <translation>Plan a &amp;follow-up…</translation>
        </message>
        <message>
            <source>Add a &amp;referral…</source>
            <translation>Add a &amp;referral…</translation>
        </message>
        <message>
            <source>Plan a home &amp;visit…</source>
            <translation>Plan a home &amp;visit…</translation>
        </message>
        <message>
            <source>&amp;Close case file</source>
            <translation>&amp;Close case file</translation>
        </message>
        <message>
            <source>S&amp;ynchronise now</source>
            <translation>S&amp;ynchronise now</translation>
        </message>
        <message>
            <source>Send your changes and fetch the team's (F5)</source>
            <translation>Send your changes and fetch the team's (F5)</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Synchronisation state</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>&amp;Present (one a line: name; organisation):</source>
            <translation>&amp;Present (one a line: name; organisation):</translation>
        </message>
        <message>
            <source>&amp;Apologies (one a line):</source>
            <translation>&amp;Apologies (one a line):</translation>
        </message>
        <message>
            <source>&amp;Minutes:</source>
            <translation>&amp;Minutes:</translation>
        </message>
        <message>
            <source>D&amp;ecisions:</source>
            <translation>D&amp;ecisions:</translation>
        </message>
        <message>
            <source>Meeting of the follow-up committee</source>
            <translation>Meeting of the follow-up committee</translation>
        </message>
    </context>
    <context>
        <name>MeetingPanel</name>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>Comes &amp;from:</source>
            <translation>Comes &amp;from:</translation>
        </message>
        <message>
            <source>Department or &amp;colleague:</source>
            <translation>Department or &amp;colleague:</translation>
        </message>
        <message>
            <source>Fu&amp;nction:</source>
            <translation>Fu&amp;nction:</translation>
        </message>
        <message>
            <source>Na&amp;me (if they agree):</source>
            <translation>Na&amp;me (if they agree):</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>T&amp;opic:</translation>
        </message>
        <message>
            <source>What was &amp;said:</source>
            <translation>What was &amp;said:</translation>
        </message>
        <message>
            <source>&amp;Decided:</source>
            <translation>&amp;Decided:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Who:</translation>
        </message>
        <message>
            <source>&amp;By:</source>
            <translation>&amp;By:</translation>
        </message>
        <message>
            <source>Hou&amp;sehold:</source>
            <translation>Hou&amp;sehold:</translation>
        </message>
        <message>
            <source>Named &amp;as:</source>
            <translation>Named &amp;as:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;How:</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Sent on:</translation>
        </message>
        <message>
            <source>&amp;Households:</source>
            <translation>&amp;Households:</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>On the &amp;day</source>
            <translation>On the &amp;day</translation>
        </message>
        <message>
            <source>Minu&amp;tes</source>
            <translation>Minu&amp;tes</translation>
        </message>
        <message>
            <source>Topics of the agenda</source>
            <translation>Topics of the agenda</translation>
        </message>
        <message>
            <source>Add a topic</source>
            <translation>Add a topic</translation>
        </message>
        <message>
            <source>Add the to&amp;pic</source>
            <translation>Add the to&amp;pic</translation>
        </message>
        <message>
            <source>Save the topic c&amp;hanges</source>
            <translation>Save the topic c&amp;hanges</translation>
        </message>
        <message>
            <source>&amp;Remove the topic</source>
            <translation>&amp;Remove the topic</translation>
        </message>
        <message>
            <source>&amp;Invitations (PDF)…</source>
            <translation>&amp;Invitations (PDF)…</translation>
        </message>
        <message>
            <source>One page per household of the neighbourhood, in its language</source>
            <translation>One page per household of the neighbourhood, in its language</translation>
        </message>
        <message>
            <source>Dutch and French on every page</source>
            <translation>Dutch and French on every page</translation>
        </message>
        <message>
            <source>Households &amp;present:</source>
            <translation>Households &amp;present:</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Households present</translation>
        </message>
        <message>
            <source>&amp;Record who came</source>
            <translation>&amp;Record who came</translation>
        </message>
        <message>
            <source>Staff present</source>
            <translation>Staff present</translation>
        </message>
        <message>
            <source>Agrees to be named in the minutes</source>
            <translation>Agrees to be named in the minutes</translation>
        </message>
        <message>
            <source>Add sta&amp;ff</source>
            <translation>Add sta&amp;ff</translation>
        </message>
        <message>
            <source>Save staff c&amp;hanges</source>
            <translation>Save staff c&amp;hanges</translation>
        </message>
        <message>
            <source>Remove from the &amp;list</source>
            <translation>Remove from the &amp;list</translation>
        </message>
        <message>
            <source>What was said and decided</source>
            <translation>What was said and decided</translation>
        </message>
        <message>
            <source>Sa&amp;ve the topic</source>
            <translation>Sa&amp;ve the topic</translation>
        </message>
        <message>
            <source>Actions (open ones of earlier meetings too)</source>
            <translation>Actions (open ones of earlier meetings too)</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Add the a&amp;ction</source>
            <translation>Add the a&amp;ction</translation>
        </message>
        <message>
            <source>Done / open a&amp;gain</source>
            <translation>Done / open a&amp;gain</translation>
        </message>
        <message>
            <source>A tenant who spoke and agrees to be named</source>
            <translation>A tenant who spoke and agrees to be named</translation>
        </message>
        <message>
            <source>Name in the minutes</source>
            <translation>Name in the minutes</translation>
        </message>
        <message>
            <source>&amp;Issue the minutes</source>
            <translation>&amp;Issue the minutes</translation>
        </message>
        <message>
            <source>Minutes (&amp;PDF)…</source>
            <translation>Minutes (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Distribution of the minutes</source>
            <translation>Distribution of the minutes</translation>
        </message>
        <message>
            <source>&amp;Log the distribution</source>
            <translation>&amp;Log the distribution</translation>
        </message>
        <message>
            <source>&amp;Undo for the ticked households</source>
            <translation>&amp;Undo for the ticked households</translation>
        </message>
        <message>
            <source>The minutes did not go to the ticked households this way: take the lines back</source>
            <translation>The minutes did not go to the ticked households this way: take the lines back</translation>
        </message>
        <message>
            <source>Plan it again</source>
            <translation>Plan it again</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Cancel the meeting</translation>
        </message>
        <message>
            <source>Choose a meeting, or plan one.</source>
            <translation>Choose a meeting, or plan one.</translation>
        </message>
        <message>
            <source>The minutes are not issued yet.</source>
            <translation>The minutes are not issued yet.</translation>
        </message>
        <message>
            <source>Minutes issued on {day}; received by {n} of {m} households.</source>
            <translation>Minutes issued on {day}; received by {n} of {m} households.</translation>
        </message>
        <message>
            <source>done {day}</source>
            <translation>done {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>by {day}</source>
            <translation>by {day}</translation>
        </message>
        <message>
            <source>(meeting of {day})</source>
            <translation>(meeting of {day})</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>issued; {n} of {m} households</source>
            <translation>issued; {n} of {m} households</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Households present</source>
            <translation>Households present</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood:</source>
            <translation>&amp;Neighbourhood:</translation>
        </message>
        <message>
            <source>Tenants' meetings</source>
            <translation>Tenants' meetings</translation>
        </message>
        <message>
            <source>Plan a tenants' meeting</source>
            <translation>Plan a tenants' meeting</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Plan the &amp;meeting</source>
            <translation>Plan the &amp;meeting</translation>
        </message>
        <message>
            <source>No neighbourhood yet: a supervisor groups the sites into neighbourhoods in the registry.</source>
            <translation>No neighbourhood yet: a supervisor groups the sites into neighbourhoods in the registry.</translation>
        </message>
        <message>
            <source>Sites: {sites} · {n} households</source>
            <translation>Sites: {sites} · {n} households</translation>
        </message>
    </context>
    <context>
        <name>MoveInDialog</name>
        <message>
            <source>&amp;Dwelling:</source>
            <translation>&amp;Dwelling:</translation>
        </message>
        <message>
            <source>&amp;Moved in on:</source>
            <translation>&amp;Moved in on:</translation>
        </message>
        <message>
            <source>The candidate moves in</source>
            <translation>The candidate moves in</translation>
        </message>
        <message>
            <source>No dwelling of this site is free in the register.</source>
            <translation>No dwelling of this site is free in the register.</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>Correct the name</source>
            <translation>Correct the name</translation>
        </message>
        <message>
            <source>The name the organisation's laptops show for this person. The server keeps none: it goes to your colleagues, sealed, at the next sync, and the person's own laptop takes it too.</source>
            <translation>The name the organisation's laptops show for this person. The server keeps none: it goes to your colleagues, sealed, at the next sync, and the person's own laptop takes it too.</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>E-mail address:</translation>
        </message>
        <message>
            <source>Name now:</source>
            <translation>Name now:</translation>
        </message>
        <message>
            <source>Correct &amp;name:</source>
            <translation>Correct &amp;name:</translation>
        </message>
        <message>
            <source>none on this laptop yet: shown by the e-mail address</source>
            <translation>none on this laptop yet: shown by the e-mail address</translation>
        </message>
        <message>
            <source>Correct name</source>
            <translation>Correct name</translation>
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
            <translation>Today's round</translation>
        </message>
        <message>
            <source>My week</source>
            <translation>My week</translation>
        </message>
        <message>
            <source>Asked along</source>
            <translation>Asked along</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Work areas</translation>
        </message>
        <message>
            <source>&amp;Neighbourhood</source>
            <translation>&amp;Neighbourhood</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>Log an intervention</source>
            <translation>Log an intervention</translation>
        </message>
        <message>
            <source>Pass a defect on</source>
            <translation>Pass a defect on</translation>
        </message>
        <message>
            <source>Hand off to the social assistant</source>
            <translation>Hand off to the social assistant</translation>
        </message>
        <message>
            <source>Ctrl+N new request · Ctrl+T in/out of today's round · Ctrl+I intervention · Ctrl+D defect · Ctrl+H hand-off</source>
            <translation>Ctrl+N new request · Ctrl+T in/out of today's round · Ctrl+I intervention · Ctrl+D defect · Ctrl+H hand-off</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>New note</translation>
        </message>
        <message>
            <source>Restored from your unsaved draft.</source>
            <translation>Restored from your unsaved draft.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Confi&amp;dentiality:</source>
            <translation>Confi&amp;dentiality:</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objective:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation>&amp;Save note</translation>
        </message>
        <message>
            <source>Save note (Ctrl+S)</source>
            <translation>Save note (Ctrl+S)</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>Name a co&amp;lleague…</source>
            <translation>Name a co&amp;lleague…</translation>
        </message>
        <message>
            <source>Let a colleague you name read your restricted notes of this site</source>
            <translation>Let a colleague you name read your restricted notes of this site</translation>
        </message>
        <message>
            <source>Kind of note</source>
            <translation>Kind of note</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Date of the contact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Operational objective</source>
            <translation>Operational objective</translation>
        </message>
        <message>
            <source>Who can read this note</source>
            <translation>Who can read this note</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Note text</translation>
        </message>
        <message>
            <source>Readable by the social assistants of this site and the supervisors.</source>
            <translation>Readable by the social assistants of this site and the supervisors.</translation>
        </message>
        <message>
            <source>the author</source>
            <translation>the author</translation>
        </message>
        <message>
            <source>the supervisors (names known after the next synchronisation)</source>
            <translation>the supervisors (names known after the next synchronisation)</translation>
        </message>
        <message>
            <source>Readable only by %1 (author), the supervisors %2 and the colleagues named: %3.</source>
            <translation>Readable only by %1 (author), the supervisors %2 and the colleagues named: %3.</translation>
        </message>
        <message>
            <source>Readable only by %1 (author) and the supervisors %2; no colleague named.</source>
            <translation>Readable only by %1 (author) and the supervisors %2; no colleague named.</translation>
        </message>
        <message>
            <source>Not yet for %1: compare safety numbers with them first (Sync → Colleagues' keys…).</source>
            <translation>Not yet for %1: compare safety numbers with them first (Sync → Colleagues' keys…).</translation>
        </message>
        <message>
            <source>No colleague is known on this laptop yet; synchronise first.</source>
            <translation>No colleague is known on this laptop yet; synchronise first.</translation>
        </message>
        <message>
            <source>Name a colleague</source>
            <translation>Name a colleague</translation>
        </message>
        <message>
            <source>This colleague will be able to read all your restricted notes of this site:</source>
            <translation>This colleague will be able to read all your restricted notes of this site:</translation>
        </message>
    </context>
    <context>
        <name>OfficeHoursView</name>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Quick question</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>What about</source>
            <translation>What about</translation>
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
            <translation>Office-hours sessions</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <source>Add the &amp;session</source>
            <translation>Add the &amp;session</translation>
        </message>
        <message>
            <source>Who came to the selected session</source>
            <translation>Who came to the selected session</translation>
        </message>
        <message>
            <source>Contacts of the session</source>
            <translation>Contacts of the session</translation>
        </message>
        <message>
            <source>Someone came</source>
            <translation>Someone came</translation>
        </message>
        <message>
            <source>&amp;Case file:</source>
            <translation>&amp;Case file:</translation>
        </message>
        <message>
            <source>&amp;Or who (no case file):</source>
            <translation>&amp;Or who (no case file):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Referred to:</translation>
        </message>
        <message>
            <source>What a&amp;bout:</source>
            <translation>What a&amp;bout:</translation>
        </message>
        <message>
            <source>A first name or a few words, e.g. neighbour from block B</source>
            <translation>A first name or a few words, e.g. neighbour from block B</translation>
        </message>
        <message>
            <source>Facts only, in a few words</source>
            <translation>Facts only, in a few words</translation>
        </message>
        <message>
            <source>&amp;Quick question</source>
            <translation>&amp;Quick question</translation>
        </message>
        <message>
            <source>Add the c&amp;ontact</source>
            <translation>Add the c&amp;ontact</translation>
        </message>
        <message>
            <source>Ch&amp;ange…</source>
            <translation>Ch&amp;ange…</translation>
        </message>
        <message>
            <source>Change the session</source>
            <translation>Change the session</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>Dele&amp;te…</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Delete the session</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation>Chan&amp;ge…</translation>
        </message>
        <message>
            <source>Change the contact</source>
            <translation>Change the contact</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>Delete the contact</source>
            <translation>Delete the contact</translation>
        </message>
        <message>
            <source>(no case file)</source>
            <translation>(no case file)</translation>
        </message>
        <message>
            <source>Delete the office-hours session</source>
            <translation>Delete the office-hours session</translation>
        </message>
        <message>
            <source>Delete the session of {when} and the {n} contact(s) recorded in it? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Delete the session of {when} and the {n} contact(s) recorded in it? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</translation>
        </message>
        <message>
            <source>Delete the office-hours contact</source>
            <translation>Delete the office-hours contact</translation>
        </message>
        <message>
            <source>Delete the contact with {who}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</source>
            <translation>Delete the contact with {who}? Use this only for something entered by mistake: it disappears on every laptop at the next sync.</translation>
        </message>
    </context>
    <context>
        <name>ParticipationView</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Selected</translation>
        </message>
        <message>
            <source>Granted (€)</source>
            <translation>Granted (€)</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <source>Call te&amp;xt:</source>
            <translation>Call te&amp;xt:</translation>
        </message>
        <message>
            <source>Coun&amp;cil:</source>
            <translation>Coun&amp;cil:</translation>
        </message>
        <message>
            <source>Met o&amp;n:</source>
            <translation>Met o&amp;n:</translation>
        </message>
        <message>
            <source>Su&amp;bject:</source>
            <translation>Su&amp;bject:</translation>
        </message>
        <message>
            <source>Ad&amp;vice:</source>
            <translation>Ad&amp;vice:</translation>
        </message>
        <message>
            <source>&amp;Applicant is:</source>
            <translation>&amp;Applicant is:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation>&amp;Project:</translation>
        </message>
        <message>
            <source>A&amp;mount asked:</source>
            <translation>A&amp;mount asked:</translation>
        </message>
        <message>
            <source>Deci&amp;sion:</source>
            <translation>Deci&amp;sion:</translation>
        </message>
        <message>
            <source>Amount &amp;granted:</source>
            <translation>Amount &amp;granted:</translation>
        </message>
        <message>
            <source>C&amp;oaching on:</source>
            <translation>C&amp;oaching on:</translation>
        </message>
        <message>
            <source>Disc&amp;ussed:</source>
            <translation>Disc&amp;ussed:</translation>
        </message>
        <message>
            <source>&amp;Report received on:</source>
            <translation>&amp;Report received on:</translation>
        </message>
        <message>
            <source>Report summar&amp;y:</source>
            <translation>Report summar&amp;y:</translation>
        </message>
        <message>
            <source>Amount spen&amp;t:</source>
            <translation>Amount spen&amp;t:</translation>
        </message>
        <message>
            <source>Calls for projects</source>
            <translation>Calls for projects</translation>
        </message>
        <message>
            <source>Call for projects</source>
            <translation>Call for projects</translation>
        </message>
        <message>
            <source>&amp;Publish a call</source>
            <translation>&amp;Publish a call</translation>
        </message>
        <message>
            <source>Save c&amp;hanges</source>
            <translation>Save c&amp;hanges</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete this call, entered by mistake</source>
            <translation>Delete this call, entered by mistake</translation>
        </message>
        <message>
            <source>Follow-up of the application</source>
            <translation>Follow-up of the application</translation>
        </message>
        <message>
            <source>Coaching contacts</source>
            <translation>Coaching contacts</translation>
        </message>
        <message>
            <source>Add the coaching contact</source>
            <translation>Add the coaching contact</translation>
        </message>
        <message>
            <source>Record the final report</source>
            <translation>Record the final report</translation>
        </message>
        <message>
            <source>Tenants' council and committees</source>
            <translation>Tenants' council and committees</translation>
        </message>
        <message>
            <source>Council meetings</source>
            <translation>Council meetings</translation>
        </message>
        <message>
            <source>Record the &amp;meeting</source>
            <translation>Record the &amp;meeting</translation>
        </message>
        <message>
            <source>App&amp;lications:</source>
            <translation>App&amp;lications:</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>New application</translation>
        </message>
        <message>
            <source>Add the applica&amp;tion</source>
            <translation>Add the applica&amp;tion</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Record the dec&amp;ision</source>
            <translation>Record the dec&amp;ision</translation>
        </message>
        <message>
            <source>Decision l&amp;etter (PDF)…</source>
            <translation>Decision l&amp;etter (PDF)…</translation>
        </message>
        <message>
            <source>To the group that applied, in Dutch or French</source>
            <translation>To the group that applied, in Dutch or French</translation>
        </message>
        <message>
            <source>Choose a call for projects, or publish one.</source>
            <translation>Choose a call for projects, or publish one.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt; — {n} applications, {k} selected, {euros} € granted</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt; — {n} applications, {k} selected, {euros} € granted</translation>
        </message>
        <message>
            <source>Final report: once the project is selected.</source>
            <translation>Final report: once the project is selected.</translation>
        </message>
        <message>
            <source>Final report: not received yet.</source>
            <translation>Final report: not received yet.</translation>
        </message>
        <message>
            <source>Final report received on {day}: {spent} € spent of {granted} € granted.</source>
            <translation>Final report received on {day}: {spent} € spent of {granted} € granted.</translation>
        </message>
        <message>
            <source>asks {euros} €</source>
            <translation>asks {euros} €</translation>
        </message>
        <message>
            <source>Delete the call</source>
            <translation>Delete the call</translation>
        </message>
        <message>
            <source>Delete “{title}” with its {n} applications? This cannot be undone.</source>
            <translation>Delete “{title}” with its {n} applications? This cannot be undone.</translation>
        </message>
        <message>
            <source>Decision letter</source>
            <translation>Decision letter</translation>
        </message>
    </context>
    <context>
        <name>PartiesView</name>
        <message>
            <source>People present</source>
            <translation>People present</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Present as</translation>
        </message>
        <message>
            <source>Name — Enter adds</source>
            <translation>Name — Enter adds</translation>
        </message>
        <message>
            <source>Name of the person present</source>
            <translation>Name of the person present</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Add person</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Sign…</translation>
        </message>
        <message>
            <source>Refuses to sign…</source>
            <translation>Refuses to sign…</translation>
        </message>
        <message>
            <source>Add an a&amp;ddendum…</source>
            <translation>Add an a&amp;ddendum…</translation>
        </message>
        <message>
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <source>Addenda after signing:</source>
            <translation>Addenda after signing:</translation>
        </message>
        <message>
            <source>The first signature or refusal freezes the inventory: its content fingerprint is fixed and printed on the PDF. Add everyone present before signing.</source>
            <translation>The first signature or refusal freezes the inventory: its content fingerprint is fixed and printed on the PDF. Add everyone present before signing.</translation>
        </message>
        <message>
            <source>Frozen · fingerprint {fp}</source>
            <translation>Frozen · fingerprint {fp}</translation>
        </message>
        <message>
            <source>Refusal to sign</source>
            <translation>Refusal to sign</translation>
        </message>
        <message>
            <source>Why does {name} refuse to sign?</source>
            <translation>Why does {name} refuse to sign?</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind of service:</source>
            <translation>&amp;Kind of service:</translation>
        </message>
        <message>
            <source>&amp;Services:</source>
            <translation>&amp;Services:</translation>
        </message>
        <message>
            <source>&amp;Contact person:</source>
            <translation>&amp;Contact person:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Languages spoken:</source>
            <translation>&amp;Languages spoken:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Partner of the social map</source>
            <translation>Partner of the social map</translation>
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
            <translation>Kind of service</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partners of the area</translation>
        </message>
        <message>
            <source>New &amp;partner (Ctrl+Shift+P)</source>
            <translation>New &amp;partner (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Change…</translation>
        </message>
        <message>
            <source>Social map as P&amp;DF…</source>
            <translation>Social map as P&amp;DF…</translation>
        </message>
        <message>
            <source>Social map as &amp;CSV…</source>
            <translation>Social map as &amp;CSV…</translation>
        </message>
        <message>
            <source>{count} partners in the directory.</source>
            <translation>{count} partners in the directory.</translation>
        </message>
        <message>
            <source>Social map</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The social map was saved as {name}.</source>
            <translation>The social map was saved as {name}.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short: at least {n} characters</source>
            <translation>Too short: at least {n} characters</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Very strong</source>
            <translation>Very strong</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>&amp;Household:</source>
            <translation>&amp;Household:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Starts at:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Pu&amp;rpose:</source>
            <translation>Pu&amp;rpose:</translation>
        </message>
        <message>
            <source>Plan an appointment</source>
            <translation>Plan an appointment</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Office appointment</translation>
        </message>
        <message>
            <source>The household's address</source>
            <translation>The household's address</translation>
        </message>
        <message>
            <source>Office, meeting room…</source>
            <translation>Office, meeting room…</translation>
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
            <translation>Sector objective</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;New action (Ctrl+N)</source>
            <translation>&amp;New action (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark as &amp;done</source>
            <translation>Mark as &amp;done</translation>
        </message>
        <message>
            <source>Actions of the plan</source>
            <translation>Actions of the plan</translation>
        </message>
        <message>
            <source>Plan {year}: {count} actions.</source>
            <translation>Plan {year}: {count} actions.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Record the project first (Ctrl+1).</translation>
        </message>
        <message>
            <source>PSC objective:</source>
            <translation>PSC objective:</translation>
        </message>
        <message>
            <source>Sector objective:</source>
            <translation>Sector objective:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
    </context>
    <context>
        <name>PlanVisitDialog</name>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Planned on:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Starts at:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>&amp;Who goes:</source>
            <translation>&amp;Who goes:</translation>
        </message>
        <message>
            <source>Plan a home visit</source>
            <translation>Plan a home visit</translation>
        </message>
    </context>
    <context>
        <name>PlannedActions</name>
        <message>
            <source>Res&amp;chedule…</source>
            <translation>Res&amp;chedule…</translation>
        </message>
        <message>
            <source>C&amp;ancel…</source>
            <translation>C&amp;ancel…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>De&amp;lete…</translation>
        </message>
        <message>
            <source>Another day, time or place</source>
            <translation>Another day, time or place</translation>
        </message>
        <message>
            <source>Cancel with a reason, kept in the case's timeline</source>
            <translation>Cancel with a reason, kept in the case's timeline</translation>
        </message>
        <message>
            <source>Only for something entered by mistake (Del); its earlier versions stay in the history</source>
            <translation>Only for something entered by mistake (Del); its earlier versions stay in the history</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New renovation project</source>
            <translation>New renovation project</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>Works &amp;start:</source>
            <translation>Works &amp;start:</translation>
        </message>
        <message>
            <source>Works &amp;end:</source>
            <translation>Works &amp;end:</translation>
        </message>
        <message>
            <source>&amp;Project manager:</source>
            <translation>&amp;Project manager:</translation>
        </message>
        <message>
            <source>&amp;Contractor:</source>
            <translation>&amp;Contractor:</translation>
        </message>
        <message>
            <source>Sur&amp;veyor:</source>
            <translation>Sur&amp;veyor:</translation>
        </message>
    </context>
    <context>
        <name>ProjectPage</name>
        <message>
            <source>&amp;Name of the project:</source>
            <translation>&amp;Name of the project:</translation>
        </message>
        <message>
            <source>Language of its &amp;documents:</source>
            <translation>Language of its &amp;documents:</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>A&amp;greement:</translation>
        </message>
        <message>
            <source>&amp;Housing companies (one a line):</source>
            <translation>&amp;Housing companies (one a line):</translation>
        </message>
        <message>
            <source>Non-&amp;profit:</source>
            <translation>Non-&amp;profit:</translation>
        </message>
        <message>
            <source>M&amp;unicipality:</source>
            <translation>M&amp;unicipality:</translation>
        </message>
        <message>
            <source>Peri&amp;meter (one site a line: name; reference):</source>
            <translation>Peri&amp;meter (one site a line: name; reference):</translation>
        </message>
        <message>
            <source>&amp;Referent (housing company):</source>
            <translation>&amp;Referent (housing company):</translation>
        </message>
        <message>
            <source>&amp;Coordinator (non-profit):</source>
            <translation>&amp;Coordinator (non-profit):</translation>
        </message>
        <message>
            <source>Rooms &amp;lent (common-room register):</source>
            <translation>Rooms &amp;lent (common-room register):</translation>
        </message>
        <message>
            <source>&amp;Other premises:</source>
            <translation>&amp;Other premises:</translation>
        </message>
        <message>
            <source>Local ob&amp;jectives (one a line):</source>
            <translation>Local ob&amp;jectives (one a line):</translation>
        </message>
        <message>
            <source>Local d&amp;iagnosis:</source>
            <translation>Local d&amp;iagnosis:</translation>
        </message>
        <message>
            <source>from – to</source>
            <translation>from – to</translation>
        </message>
        <message>
            <source>Agreement starts</source>
            <translation>Agreement starts</translation>
        </message>
        <message>
            <source>Agreement ends</source>
            <translation>Agreement ends</translation>
        </message>
        <message>
            <source>drawn up on</source>
            <translation>drawn up on</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Local diagnosis</translation>
        </message>
        <message>
            <source>New referent or coordinator…</source>
            <translation>New referent or coordinator…</translation>
        </message>
        <message>
            <source>Notice to the co-signatories…</source>
            <translation>Notice to the co-signatories…</translation>
        </message>
        <message>
            <source>&amp;Save the project (Ctrl+S)</source>
            <translation>&amp;Save the project (Ctrl+S)</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>(ended)</source>
            <translation>(ended)</translation>
        </message>
        <message>
            <source>No room of the register is lent to the project yet: the collective assistant lends one.</source>
            <translation>No room of the register is lent to the project yet: the collective assistant lends one.</translation>
        </message>
        <message>
            <source>The project is saved.</source>
            <translation>The project is saved.</translation>
        </message>
    </context>
    <context>
        <name>PscNotice</name>
        <message>
            <source>Change of contact person</source>
            <translation>Change of contact person</translation>
        </message>
        <message>
            <source>To the co-signatories of the social cohesion project</source>
            <translation>To the co-signatories of the social cohesion project</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}, who takes over from {old}.</source>
            <translation>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}, who takes over from {old}.</translation>
        </message>
        <message>
            <source>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}.</source>
            <translation>As the agreement asks, we inform you that from {day} the role of {role} in the project {project} is held by {new}.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Kind regards,</source>
            <translation>Kind regards,</translation>
        </message>
        <message>
            <source>psc-contact-change-{day}.pdf</source>
            <translation>psc-contact-change-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <source>Open questions</source>
            <translation>Open questions</translation>
        </message>
        <message>
            <source>The tenant's question — Enter adds it</source>
            <translation>The tenant's question — Enter adds it</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>&amp;Add question</source>
            <translation>&amp;Add question</translation>
        </message>
        <message>
            <source>Answer (optional)</source>
            <translation>Answer (optional)</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Mark &amp;answered</source>
            <translation>Mark &amp;answered</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <source>Reassign case files</source>
            <translation>Reassign case files</translation>
        </message>
        <message>
            <source>Case files to reassign: %1. They go to the worker you choose; the site's team sees the change after the next sync.</source>
            <translation>Case files to reassign: %1. They go to the worker you choose; the site's team sees the change after the next sync.</translation>
        </message>
        <message>
            <source>&amp;To worker:</source>
            <translation>&amp;To worker:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>R&amp;eason:</translation>
        </message>
        <message>
            <source>&amp;Cover ends:</source>
            <translation>&amp;Cover ends:</translation>
        </message>
        <message>
            <source>on this day</source>
            <translation>on this day</translation>
        </message>
        <message>
            <source>e.g. leave cover</source>
            <translation>e.g. leave cover</translation>
        </message>
        <message>
            <source>Worker who takes over</source>
            <translation>Worker who takes over</translation>
        </message>
        <message>
            <source>Last day of the cover</source>
            <translation>Last day of the cover</translation>
        </message>
        <message>
            <source>Nobody else holds a key to the sites of these case files. Give a colleague access to the sites first (Team and keys), then sync.</source>
            <translation>Nobody else holds a key to the sites of these case files. Give a colleague access to the sites first (Team and keys), then sync.</translation>
        </message>
    </context>
    <context>
        <name>RecordVisitDialog</name>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Done on:</translation>
        </message>
        <message>
            <source>&amp;Objective:</source>
            <translation>&amp;Objective:</translation>
        </message>
        <message>
            <source>&amp;Visit note:</source>
            <translation>&amp;Visit note:</translation>
        </message>
        <message>
            <source>Record a home visit</source>
            <translation>Record a home visit</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>RecoveredDraftsDialog</name>
        <message>
            <source>Unsaved text kept for you</source>
            <translation>Unsaved text kept for you</translation>
        </message>
        <message>
            <source>FieldApp did not close properly last time. What you were typing was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>FieldApp did not close properly last time. What you were typing was kept encrypted on this laptop: open it to finish it, or discard it.</translation>
        </message>
        <message>
            <source>You left text unsaved last time. It was kept encrypted on this laptop: open it to finish it, or discard it.</source>
            <translation>You left text unsaved last time. It was kept encrypted on this laptop: open it to finish it, or discard it.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Discard…</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <source>Unsaved texts</source>
            <translation>Unsaved texts</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Unsaved text</translation>
        </message>
        <message>
            <source>{what}, kept {when}</source>
            <translation>{what}, kept {when}</translation>
        </message>
        <message>
            <source>Discard unsaved text</source>
            <translation>Discard unsaved text</translation>
        </message>
        <message>
            <source>Delete this unsaved text for good? It cannot be brought back.</source>
            <translation>Delete this unsaved text for good? It cannot be brought back.</translation>
        </message>
    </context>
    <context>
        <name>RectifyDialog</name>
        <message>
            <source>Correct register data</source>
            <translation>Correct register data</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>&amp;Why (recorded):</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Referred to:</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Add a referral</source>
            <translation>Add a referral</translation>
        </message>
        <message>
            <source>(no partner named)</source>
            <translation>(no partner named)</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportDialog</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Import the tenant register</source>
            <translation>Import the tenant register</translation>
        </message>
        <message>
            <source>&amp;File (.csv or .xlsx):</source>
            <translation>&amp;File (.csv or .xlsx):</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Read the file</source>
            <translation>&amp;Read the file</translation>
        </message>
        <message>
            <source>Column &amp;mapping:</source>
            <translation>Column &amp;mapping:</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <source>Save &amp;as:</source>
            <translation>Save &amp;as:</translation>
        </message>
        <message>
            <source>Name to save it as</source>
            <translation>Name to save it as</translation>
        </message>
        <message>
            <source>Name of the mapping to save</source>
            <translation>Name of the mapping to save</translation>
        </message>
        <message>
            <source>Sa&amp;ve mapping</source>
            <translation>Sa&amp;ve mapping</translation>
        </message>
        <message>
            <source>Add &amp;sites that are not in the register yet</source>
            <translation>Add &amp;sites that are not in the register yet</translation>
        </message>
        <message>
            <source>Refused &amp;lines:</source>
            <translation>Refused &amp;lines:</translation>
        </message>
        <message>
            <source>Refused lines</source>
            <translation>Refused lines</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Built-in (French and Dutch headers)</source>
            <translation>Built-in (French and Dutch headers)</translation>
        </message>
        <message>
            <source>As set below</source>
            <translation>As set below</translation>
        </message>
        <message>
            <source>(no column)</source>
            <translation>(no column)</translation>
        </message>
        <message>
            <source>The mapping “{name}” is saved.</source>
            <translation>The mapping “{name}” is saved.</translation>
        </message>
        <message>
            <source>Choose the register export</source>
            <translation>Choose the register export</translation>
        </message>
        <message>
            <source>Register exports (*.csv *.txt *.xlsx)</source>
            <translation>Register exports (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Checking the lines…</source>
            <translation>Checking the lines…</translation>
        </message>
        <message>
            <source>Imported. Households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out. People: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused}.</source>
            <translation>Imported. Households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out. People: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused}.</translation>
        </message>
        <message>
            <source>This import would change households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out; people: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused} (they are left out; the others are imported).</source>
            <translation>This import would change households: {added} added, {updated} updated, {unchanged} unchanged, {moved} moved out; people: {p_added} added, {p_updated} updated, {p_unchanged} unchanged, {p_removed} removed. Refused lines: {refused} (they are left out; the others are imported).</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import the tenant &amp;register…</source>
            <translation>Import the tenant &amp;register…</translation>
        </message>
    </context>
    <context>
        <name>ReloginDialog</name>
        <message>
            <source>Log in again</source>
            <translation>Log in again</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Enter your passphrase to log in again; your work on this computer is kept.</source>
            <translation>Your session on the server has ended. Enter your passphrase to log in again; your work on this computer is kept.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
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
            <translation>&amp;New project…</translation>
        </message>
        <message>
            <source>Add d&amp;wellings…</source>
            <translation>Add d&amp;wellings…</translation>
        </message>
        <message>
            <source>Information &amp;session…</source>
            <translation>Information &amp;session…</translation>
        </message>
        <message>
            <source>Project &amp;overview (PDF)…</source>
            <translation>Project &amp;overview (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Close out (works ended)…</source>
            <translation>&amp;Close out (works ended)…</translation>
        </message>
        <message>
            <source>Works sc&amp;hedule…</source>
            <translation>Works sc&amp;hedule…</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Project</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Attendees and signatures</source>
            <translation>Attendees and signatures</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>Help needed</source>
            <translation>Help needed</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>Contact log</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Open questions</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Works</translation>
        </message>
        <message>
            <source>Jobs and time</source>
            <translation>Jobs and time</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovation project</translation>
        </message>
        <message>
            <source>Dwellings of the project</source>
            <translation>Dwellings of the project</translation>
        </message>
        <message>
            <source>Work on the dwelling</source>
            <translation>Work on the dwelling</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archived)</translation>
        </message>
        <message>
            <source>Archived on %1 when the works ended: read-only. Its open items went to the site assistant.</source>
            <translation>Archived on %1 when the works ended: read-only. Its open items went to the site assistant.</translation>
        </message>
        <message>
            <source>Choose a dwelling of the project.</source>
            <translation>Choose a dwelling of the project.</translation>
        </message>
        <message>
            <source>Information session recorded.</source>
            <translation>Information session recorded.</translation>
        </message>
        <message>
            <source>PDF saved: {name}</source>
            <translation>PDF saved: {name}</translation>
        </message>
        <message>
            <source>Print the project overview</source>
            <translation>Print the project overview</translation>
        </message>
        <message>
            <source>Project archived; open items handed to the site assistant: {count}.</source>
            <translation>Project archived; open items handed to the site assistant: {count}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>Figures per objective</source>
            <translation>Figures per objective</translation>
        </message>
        <message>
            <source>Self-&amp;evaluation of the objective:</source>
            <translation>Self-&amp;evaluation of the objective:</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Self-evaluation</translation>
        </message>
        <message>
            <source>&amp;Save the self-evaluation</source>
            <translation>&amp;Save the self-evaluation</translation>
        </message>
        <message>
            <source>Yearly report as &amp;PDF… (Ctrl+P)</source>
            <translation>Yearly report as &amp;PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Yearly report {year}, built from the plan and the activity log. Write the self-evaluation of each objective below.</source>
            <translation>Yearly report {year}, built from the plan and the activity log. Write the self-evaluation of each objective below.</translation>
        </message>
        <message>
            <source>Record the project first (Ctrl+1).</source>
            <translation>Record the project first (Ctrl+1).</translation>
        </message>
        <message>
            <source>The self-evaluation is saved.</source>
            <translation>The self-evaluation is saved.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Yearly report with self-evaluation</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>The yearly report was saved as {name}.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Building:</translation>
        </message>
        <message>
            <source>&amp;Entrance:</source>
            <translation>&amp;Entrance:</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>&amp;Floor:</translation>
        </message>
        <message>
            <source>D&amp;welling:</source>
            <translation>D&amp;welling:</translation>
        </message>
        <message>
            <source>&amp;Reported by:</source>
            <translation>&amp;Reported by:</translation>
        </message>
        <message>
            <source>&amp;Urgency:</source>
            <translation>&amp;Urgency:</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <source>A few words: what, since when</source>
            <translation>A few words: what, since when</translation>
        </message>
        <message>
            <source>(whole site)</source>
            <translation>(whole site)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Starts at:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Reschedule</source>
            <translation>Reschedule</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Review notes (supervisors only)</source>
            <translation>Review notes (supervisors only)</translation>
        </message>
        <message>
            <source>Only supervisors see these notes; the worker does not.</source>
            <translation>Only supervisors see these notes; the worker does not.</translation>
        </message>
        <message>
            <source>Add review note (Ctrl+Enter)</source>
            <translation>Add review note (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>New review note</source>
            <translation>New review note</translation>
        </message>
        <message>
            <source>Review notes</source>
            <translation>Review notes</translation>
        </message>
        <message>
            <source>Reassigned from %1 to %2</source>
            <translation>Reassigned from %1 to %2</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>until %1</translation>
        </message>
    </context>
    <context>
        <name>RoomsView</name>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Keys out</source>
            <translation>Keys out</translation>
        </message>
        <message>
            <source>Next booking</source>
            <translation>Next booking</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>House r&amp;ules:</source>
            <translation>House r&amp;ules:</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>S&amp;tart:</source>
            <translation>S&amp;tart:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;For (a group or activity):</source>
            <translation>&amp;For (a group or activity):</translation>
        </message>
        <message>
            <source>&amp;Held by:</source>
            <translation>&amp;Held by:</translation>
        </message>
        <message>
            <source>What happ&amp;ened (not who):</source>
            <translation>What happ&amp;ened (not who):</translation>
        </message>
        <message>
            <source>&amp;Which PSC:</source>
            <translation>&amp;Which PSC:</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>Fr&amp;om:</translation>
        </message>
        <message>
            <source>Until (empt&amp;y: open):</source>
            <translation>Until (empt&amp;y: open):</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Common rooms</translation>
        </message>
        <message>
            <source>&amp;Add the room</source>
            <translation>&amp;Add the room</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>Save &amp;changes</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Delete this room, entered by mistake</source>
            <translation>Delete this room, entered by mistake</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Bookings</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation>&amp;Book</translation>
        </message>
        <message>
            <source>Cancel the booking</source>
            <translation>Cancel the booking</translation>
        </message>
        <message>
            <source>Keys lent out</source>
            <translation>Keys lent out</translation>
        </message>
        <message>
            <source>&amp;Lend a key</source>
            <translation>&amp;Lend a key</translation>
        </message>
        <message>
            <source>Key &amp;returned</source>
            <translation>Key &amp;returned</translation>
        </message>
        <message>
            <source>The holder's name is erased</source>
            <translation>The holder's name is erased</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Record the inc&amp;ident</source>
            <translation>Record the inc&amp;ident</translation>
        </message>
        <message>
            <source>Dealt with / open a&amp;gain</source>
            <translation>Dealt with / open a&amp;gain</translation>
        </message>
        <message>
            <source>Lent to a social cohesion project (PSC)</source>
            <translation>Lent to a social cohesion project (PSC)</translation>
        </message>
        <message>
            <source>No social cohesion project on this laptop: the supervisor gives you the PSC's key.</source>
            <translation>No social cohesion project on this laptop: the supervisor gives you the PSC's key.</translation>
        </message>
        <message>
            <source>Until (empty: open)</source>
            <translation>Until (empty: open)</translation>
        </message>
        <message>
            <source>Lend to the PSC</source>
            <translation>Lend to the PSC</translation>
        </message>
        <message>
            <source>The PSC's community worker sees the room, its site and the dates</source>
            <translation>The PSC's community worker sees the room, its site and the dates</translation>
        </message>
        <message>
            <source>End the loan</source>
            <translation>End the loan</translation>
        </message>
        <message>
            <source>On the day given in Until, or today</source>
            <translation>On the day given in Until, or today</translation>
        </message>
        <message>
            <source>Choose a room, or add one.</source>
            <translation>Choose a room, or add one.</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>dealt with {day}</source>
            <translation>dealt with {day}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>given {given}, returned {back}</source>
            <translation>given {given}, returned {back}</translation>
        </message>
        <message>
            <source>{holder} since {given}</source>
            <translation>{holder} since {given}</translation>
        </message>
        <message>
            <source>Delete the room</source>
            <translation>Delete the room</translation>
        </message>
        <message>
            <source>Delete “{name}” with its bookings, keys and incidents? This cannot be undone.</source>
            <translation>Delete “{name}” with its bookings, keys and incidents? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>RoundReport</name>
        <message>
            <source>Round of {day}</source>
            <translation>Round of {day}</translation>
        </message>
        <message>
            <source>Requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Requests: {n} · sites: {sites} · about {km} km</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (no building)</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>No request in this round.</source>
            <translation>No request in this round.</translation>
        </message>
        <message>
            <source>round-{day}.pdf</source>
            <translation>round-{day}.pdf</translation>
        </message>
    </context>
    <context>
        <name>RoundView</name>
        <message>
            <source>Print / export PDF… (Ctrl+P)</source>
            <translation>Print / export PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <source>One page, sites in visiting order</source>
            <translation>One page, sites in visiting order</translation>
        </message>
        <message>
            <source>Today's round by site and building</source>
            <translation>Today's round by site and building</translation>
        </message>
        <message>
            <source>Round of {day} · requests: {n} · sites: {sites} · about {km} km</source>
            <translation>Round of {day} · requests: {n} · sites: {sites} · about {km} km</translation>
        </message>
        <message>
            <source>Nothing in today's round yet: pick requests in the triage (Ctrl+T).</source>
            <translation>Nothing in today's round yet: pick requests in the triage (Ctrl+T).</translation>
        </message>
        <message>
            <source>Site (no building)</source>
            <translation>Site (no building)</translation>
        </message>
        <message>
            <source>Export the round</source>
            <translation>Export the round</translation>
        </message>
        <message>
            <source>The round was exported as a PDF.</source>
            <translation>The round was exported as a PDF.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Works schedule</source>
            <translation>Works schedule</translation>
        </message>
        <message>
            <source>Phases of the works</source>
            <translation>Phases of the works</translation>
        </message>
        <message>
            <source>The workers need to come &amp;inside</source>
            <translation>The workers need to come &amp;inside</translation>
        </message>
        <message>
            <source>&amp;Add the phase</source>
            <translation>&amp;Add the phase</translation>
        </message>
        <message>
            <source>&amp;Remove the chosen phase</source>
            <translation>&amp;Remove the chosen phase</translation>
        </message>
        <message>
            <source>Print the &amp;notices for every household…</source>
            <translation>Print the &amp;notices for every household…</translation>
        </message>
        <message>
            <source>Folder for the notices</source>
            <translation>Folder for the notices</translation>
        </message>
        <message>
            <source>&amp;Works:</source>
            <translation>&amp;Works:</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>W&amp;here:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Details:</translation>
        </message>
        <message>
            <source>Notices printed: %1, one per household, each in its language.</source>
            <translation>Notices printed: %1, one per household, each in its language.</translation>
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
            <translation>Household</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Found in the note</source>
            <translation>Found in the note</translation>
        </message>
        <message>
            <source>&amp;Search notes:</source>
            <translation>&amp;Search notes:</translation>
        </message>
        <message>
            <source>Words from any note, in any case file</source>
            <translation>Words from any note, in any case file</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Search notes</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message>
            <source>Type to search; Enter opens the first result.</source>
            <translation>Type to search; Enter opens the first result.</translation>
        </message>
        <message>
            <source>No note matches.</source>
            <translation>No note matches.</translation>
        </message>
        <message>
            <source>Notes found: {total}; the best {n} are listed. Add a word to narrow the search.</source>
            <translation>Notes found: {total}; the best {n} are listed. Add a word to narrow the search.</translation>
        </message>
        <message>
            <source>Notes found: {n}. Press Enter or double-click to open the case file.</source>
            <translation>Notes found: {n}. Press Enter or double-click to open the case file.</translation>
        </message>
    </context>
    <context>
        <name>ServerAccountPage</name>
        <message>
            <source>Connect to your organisation's server</source>
            <translation>Connect to your organisation's server</translation>
        </message>
        <message>
            <source>Log in on this laptop</source>
            <translation>Log in on this laptop</translation>
        </message>
        <message>
            <source>Enter the server address and the enrolment code your administrator gave you. Your passphrase opens the encrypted vault on this computer and your account on the server.</source>
            <translation>Enter the server address and the enrolment code your administrator gave you. Your passphrase opens the encrypted vault on this computer and your account on the server.</translation>
        </message>
        <message>
            <source>You already use FieldApp on another laptop: log in with the same e-mail address and passphrase. Your case files are then brought to this laptop.</source>
            <translation>You already use FieldApp on another laptop: log in with the same e-mail address and passphrase. Your case files are then brought to this laptop.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Server address:</translation>
        </message>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>&amp;E-mail address:</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Enrolment &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Con&amp;firm passphrase:</source>
            <translation>Con&amp;firm passphrase:</translation>
        </message>
        <message>
            <source>&amp;Device name:</source>
            <translation>&amp;Device name:</translation>
        </message>
        <message>
            <source>The name your colleagues see. Only their laptops read it: the server keeps none.</source>
            <translation>The name your colleagues see. Only their laptops read it: the server keeps none.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirm passphrase</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Device name</translation>
        </message>
        <message>
            <source>Connect and create the &amp;vault</source>
            <translation>Connect and create the &amp;vault</translation>
        </message>
        <message>
            <source>&amp;Log in and create the vault</source>
            <translation>&amp;Log in and create the vault</translation>
        </message>
        <message>
            <source>&amp;Back: a vault on this computer only</source>
            <translation>&amp;Back: a vault on this computer only</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Passphrase strength</translation>
        </message>
        <message>
            <source>This address is not encrypted (http://). Use the https:// address your administrator gave you; http:// only works for a server on this computer.</source>
            <translation>This address is not encrypted (http://). Use the https:// address your administrator gave you; http:// only works for a server on this computer.</translation>
        </message>
        <message>
            <source>Enter the server address, starting with https://.</source>
            <translation>Enter the server address, starting with https://.</translation>
        </message>
        <message>
            <source>Enter your e-mail address.</source>
            <translation>Enter your e-mail address.</translation>
        </message>
        <message>
            <source>Enter your name as your colleagues should see it.</source>
            <translation>Enter your name as your colleagues should see it.</translation>
        </message>
        <message>
            <source>Enter the enrolment code from your administrator.</source>
            <translation>Enter the enrolment code from your administrator.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {n} characters.</source>
            <translation>The passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Give this computer a name (for example its label).</source>
            <translation>Give this computer a name (for example its label).</translation>
        </message>
        <message>
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
    </context>
    <context>
        <name>SessionEditDialog</name>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <source>Change the office-hours session</source>
            <translation>Change the office-hours session</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Sync server</source>
            <translation>Sync server</translation>
        </message>
        <message>
            <source>Organisation's C&amp;A bundle:</source>
            <translation>Organisation's C&amp;A bundle:</translation>
        </message>
        <message>
            <source>Only when your IT department says so: the file of the certificate authority that signed the sync server's certificate. It then decides alone which server this computer trusts.</source>
            <translation>Only when your IT department says so: the file of the certificate authority that signed the sync server's certificate. It then decides alone which server this computer trusts.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Lock automatically after &amp;idle time of:</source>
            <translation>Lock automatically after &amp;idle time of:</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>C&amp;urrent passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>Con&amp;firm new passphrase:</source>
            <translation>Con&amp;firm new passphrase:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hange passphrase</translation>
        </message>
        <message>
            <source>The new passphrase must have at least {n} characters.</source>
            <translation>The new passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <source>The two new passphrases are not the same.</source>
            <translation>The two new passphrases are not the same.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>The passphrase has been changed.</source>
            <translation>The passphrase has been changed.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>Send a collective signal</source>
            <translation>Send a collective signal</translation>
        </message>
        <message>
            <source>Tell the collective assistants that a theme concerns a building. The signal carries the site, the building and the theme only: never a name or a case.</source>
            <translation>Tell the collective assistants that a theme concerns a building. The signal carries the site, the building and the theme only: never a name or a case.</translation>
        </message>
        <message>
            <source>&amp;Site:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>&amp;Building:</source>
            <translation>&amp;Building:</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Theme:</translation>
        </message>
        <message>
            <source>(the whole site)</source>
            <translation>(the whole site)</translation>
        </message>
    </context>
    <context>
        <name>SignalsView</name>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Taken up</source>
            <translation>Taken up</translation>
        </message>
        <message>
            <source>Themes the site assistants noticed in their casework, per building. A signal never carries a name or a case.</source>
            <translation>Themes the site assistants noticed in their casework, per building. A signal never carries a name or a case.</translation>
        </message>
        <message>
            <source>Signals from casework</source>
            <translation>Signals from casework</translation>
        </message>
        <message>
            <source>&amp;Take up the signal</source>
            <translation>&amp;Take up the signal</translation>
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
            <translation>Signature box</translation>
        </message>
        <message>
            <source>Sign in the white box with a finger, a pen or the mouse.</source>
            <translation>Sign in the white box with a finger, a pen or the mouse.</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Clear</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Sign</translation>
        </message>
    </context>
    <context>
        <name>SitesPage</name>
        <message>
            <source>&amp;PSC (social cohesion project):</source>
            <translation>&amp;PSC (social cohesion project):</translation>
        </message>
        <message>
            <source>&amp;Associations:</source>
            <translation>&amp;Associations:</translation>
        </message>
        <message>
            <source>FTE of the &amp;housing company:</source>
            <translation>FTE of the &amp;housing company:</translation>
        </message>
        <message>
            <source>FTE seconded by the &amp;DMBSH:</source>
            <translation>FTE seconded by the &amp;DMBSH:</translation>
        </message>
        <message>
            <source>FTE of the PSC's &amp;non-profit:</source>
            <translation>FTE of the PSC's &amp;non-profit:</translation>
        </message>
        <message>
            <source>An A&amp;RHUU (tenants' advisory council) is active</source>
            <translation>An A&amp;RHUU (tenants' advisory council) is active</translation>
        </message>
        <message>
            <source>Its name; empty if there is none</source>
            <translation>Its name; empty if there is none</translation>
        </message>
        <message>
            <source>&amp;Save the state of play (Ctrl+Return)</source>
            <translation>&amp;Save the state of play (Ctrl+Return)</translation>
        </message>
        <message>
            <source>State of play per site</source>
            <translation>State of play per site</translation>
        </message>
        <message>
            <source>Choose a site in the table</source>
            <translation>Choose a site in the table</translation>
        </message>
        <message>
            <source>State of play of %1 in %2</source>
            <translation>State of play of %1 in %2</translation>
        </message>
    </context>
    <context>
        <name>SocialClauseView</name>
        <message>
            <source>Job</source>
            <translation>Job</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Spent on</source>
            <translation>Spent on</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Jobs offered</source>
            <translation>Jobs offered</translation>
        </message>
        <message>
            <source>&amp;Offer the job</source>
            <translation>&amp;Offer the job</translation>
        </message>
        <message>
            <source>Set the outcome of the c&amp;hosen job</source>
            <translation>Set the outcome of the c&amp;hosen job</translation>
        </message>
        <message>
            <source>Accompaniment time</source>
            <translation>Accompaniment time</translation>
        </message>
        <message>
            <source>Add the &amp;time</source>
            <translation>Add the &amp;time</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Job:</translation>
        </message>
        <message>
            <source>&amp;Employer:</source>
            <translation>&amp;Employer:</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;For:</translation>
        </message>
        <message>
            <source>&amp;Start – end:</source>
            <translation>&amp;Start – end:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>O&amp;utcome:</translation>
        </message>
        <message>
            <source>Tenant the job is for</source>
            <translation>Tenant the job is for</translation>
        </message>
        <message>
            <source>Time spent</source>
            <translation>Time spent</translation>
        </message>
        <message>
            <source>Day of the accompaniment</source>
            <translation>Day of the accompaniment</translation>
        </message>
        <message>
            <source>Start of the job</source>
            <translation>Start of the job</translation>
        </message>
        <message>
            <source>End of the job</source>
            <translation>End of the job</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>Ti&amp;me spent:</source>
            <translation>Ti&amp;me spent:</translation>
        </message>
        <message>
            <source>S&amp;pent on:</source>
            <translation>S&amp;pent on:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Social clause: jobs offered&lt;/b&gt;</source>
            <translation>&lt;b&gt;Social clause: jobs offered&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Accompaniment time&lt;/b&gt;</source>
            <translation>&lt;b&gt;Accompaniment time&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(the household)</source>
            <translation>(the household)</translation>
        </message>
        <message>
            <source>Time spent with this household: %1</source>
            <translation>Time spent with this household: %1</translation>
        </message>
    </context>
    <context>
        <name>SocialMap</name>
        <message>
            <source>Social map</source>
            <translation>Social map</translation>
        </message>
        <message>
            <source>Partners of the area</source>
            <translation>Partners of the area</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
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
            <translation>Languages</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Kind of service</source>
            <translation>Kind of service</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
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
            <translation>No partner in the directory yet.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Printed on {day}</translation>
        </message>
        <message>
            <source>social-map-{day}.pdf</source>
            <translation>social-map-{day}.pdf</translation>
        </message>
        <message>
            <source>social-map-{day}.csv</source>
            <translation>social-map-{day}.csv</translation>
        </message>
    </context>
    <context>
        <name>StepEditDialog</name>
        <message>
            <source>O&amp;utcome:</source>
            <translation>O&amp;utcome:</translation>
        </message>
        <message>
            <source>S&amp;tep:</source>
            <translation>S&amp;tep:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Remark:</translation>
        </message>
        <message>
            <source>Change the outcome</source>
            <translation>Change the outcome</translation>
        </message>
        <message>
            <source>Change the step of the eviction procedure</source>
            <translation>Change the step of the eviction procedure</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccessDialog</name>
        <message>
            <source>Subject access export</source>
            <translation>Subject access export</translation>
        </message>
        <message>
            <source>Everything held about this household on this computer, as a PDF and a JSON file. Names of other people are left out: other households, and colleagues other than the worker of the case file. The export is logged.</source>
            <translation>Everything held about this household on this computer, as a PDF and a JSON file. Names of other people are left out: other households, and colleagues other than the worker of the case file. The export is logged.</translation>
        </message>
        <message>
            <source>Also blan&amp;k out:</source>
            <translation>Also blan&amp;k out:</translation>
        </message>
        <message>
            <source>e.g. a neighbour's nickname, a landlord</source>
            <translation>e.g. a neighbour's nickname, a landlord</translation>
        </message>
        <message>
            <source>Names the register does not know, separated by commas: they are replaced by […] wherever they appear.</source>
            <translation>Names the register does not know, separated by commas: they are replaced by […] wherever they appear.</translation>
        </message>
        <message>
            <source>&amp;Language of the PDF:</source>
            <translation>&amp;Language of the PDF:</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Include &amp;restricted notes (every author's)</source>
            <translation>Include &amp;restricted notes (every author's)</translation>
        </message>
        <message>
            <source>Include my &amp;restricted notes</source>
            <translation>Include my &amp;restricted notes</translation>
        </message>
        <message>
            <source>&amp;Why (recorded):</source>
            <translation>&amp;Why (recorded):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Folder for the export</source>
            <translation>Folder for the export</translation>
        </message>
        <message>
            <source>Choose a folder for the export.</source>
            <translation>Choose a folder for the export.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Say why restricted notes are included; the reason is recorded.</translation>
        </message>
        <message>
            <source>Collecting everything held…</source>
            <translation>Collecting everything held…</translation>
        </message>
        <message>
            <source>Written: {pdf} and {json} ({n} records).</source>
            <translation>Written: {pdf} and {json} ({n} records).</translation>
        </message>
    </context>
    <context>
        <name>SupervisedCasePage</name>
        <message>
            <source>Review notes (supervisors only)…</source>
            <translation>Review notes (supervisors only)…</translation>
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
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Agreement until</source>
            <translation>Agreement until</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Committee meetings</source>
            <translation>Committee meetings</translation>
        </message>
        <message>
            <source>Rooms lent</source>
            <translation>Rooms lent</translation>
        </message>
        <message>
            <source>The social cohesion projects of the organisation, kept by their community workers: this year's work in numbers (participants are counted, never named), and below the partner directory that every field role reads.</source>
            <translation>The social cohesion projects of the organisation, kept by their community workers: this year's work in numbers (participants are counted, never named), and below the partner directory that every field role reads.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Social cohesion projects</source>
            <translation>Social cohesion projects</translation>
        </message>
        <message>
            <source>Yearly &amp;report as PDF…</source>
            <translation>Yearly &amp;report as PDF…</translation>
        </message>
        <message>
            <source>No social cohesion project yet: the community workers record it on their laptops.</source>
            <translation>No social cohesion project yet: the community workers record it on their laptops.</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation</source>
            <translation>Yearly report with self-evaluation</translation>
        </message>
        <message>
            <source>The yearly report was saved as {name}.</source>
            <translation>The yearly report was saved as {name}.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWorkspace</name>
        <message>
            <source>Caseload</source>
            <translation>Caseload</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Team and keys</source>
            <translation>Team and keys</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Data protection</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Work areas</translation>
        </message>
        <message>
            <source>Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · Ctrl+W close the case file</source>
            <translation>Ctrl+1 caseload · Ctrl+2 indicators · Ctrl+3 team · Ctrl+W close the case file</translation>
        </message>
        <message>
            <source>Super&amp;vision</source>
            <translation>Super&amp;vision</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Caseload</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicators</translation>
        </message>
        <message>
            <source>&amp;Team and keys</source>
            <translation>&amp;Team and keys</translation>
        </message>
        <message>
            <source>&amp;Data protection</source>
            <translation>&amp;Data protection</translation>
        </message>
        <message>
            <source>C&amp;lose the case file</source>
            <translation>C&amp;lose the case file</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>&amp;Access log</source>
            <translation>&amp;Access log</translation>
        </message>
        <message>
            <source>Evaluation table</source>
            <translation>Evaluation table</translation>
        </message>
        <message>
            <source>&amp;Evaluation table</source>
            <translation>&amp;Evaluation table</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Collective work</translation>
        </message>
        <message>
            <source>C&amp;ollective work</source>
            <translation>C&amp;ollective work</translation>
        </message>
        <message>
            <source>Community work and social map</source>
            <translation>Community work and social map</translation>
        </message>
        <message>
            <source>Co&amp;mmunity work and social map</source>
            <translation>Co&amp;mmunity work and social map</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
    </context>
    <context>
        <name>SupportPlanDialog</name>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Review on</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>Where it stands</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>&amp;Confidentiality:</source>
            <translation>&amp;Confidentiality:</translation>
        </message>
        <message>
            <source>Situation &amp;analysis:</source>
            <translation>Situation &amp;analysis:</translation>
        </message>
        <message>
            <source>Intake analysis and support plan</source>
            <translation>Intake analysis and support plan</translation>
        </message>
        <message>
            <source>Social rights checked</source>
            <translation>Social rights checked</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Goal r&amp;eached</source>
            <translation>Goal r&amp;eached</translation>
        </message>
        <message>
            <source>Goal dr&amp;opped</source>
            <translation>Goal dr&amp;opped</translation>
        </message>
        <message>
            <source>C&amp;hange the goal…</source>
            <translation>C&amp;hange the goal…</translation>
        </message>
        <message>
            <source>De&amp;lete the goal…</source>
            <translation>De&amp;lete the goal…</translation>
        </message>
        <message>
            <source>New &amp;goal:</source>
            <translation>New &amp;goal:</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>Re&amp;view on:</translation>
        </message>
        <message>
            <source>A&amp;dd the goal</source>
            <translation>A&amp;dd the goal</translation>
        </message>
        <message>
            <source>This plan is restricted to its author, who shared it with you: you can read it, not change it.</source>
            <translation>This plan is restricted to its author, who shared it with you: you can read it, not change it.</translation>
        </message>
        <message>
            <source>Read by you, the supervisors and the colleagues you share your restricted notes of this site with. The review follow-ups say only "review".</source>
            <translation>Read by you, the supervisors and the colleagues you share your restricted notes of this site with. The review follow-ups say only "review".</translation>
        </message>
        <message>
            <source>Read by the site's social assistants and the supervisors.</source>
            <translation>Read by the site's social assistants and the supervisors.</translation>
        </message>
        <message>
            <source>Delete the goal</source>
            <translation>Delete the goal</translation>
        </message>
        <message>
            <source>Delete the goal "{goal}" and its review follow-up? It goes when you save the plan with OK.</source>
            <translation>Delete the goal "{goal}" and its review follow-up? It goes when you save the plan with OK.</translation>
        </message>
        <message>
            <source>Review of the support plan (restricted)</source>
            <translation>Review of the support plan (restricted)</translation>
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
            <translation>A record was changed on two computers: decide which version to keep.</translation>
        </message>
        <message>
            <source>Security warning</source>
            <translation>Security warning</translation>
        </message>
        <message>
            <source>Nothing was changed on this computer. Tell your administrator today; synchronisation will keep refusing the data until it is repaired.</source>
            <translation>Nothing was changed on this computer. Tell your administrator today; synchronisation will keep refusing the data until it is repaired.</translation>
        </message>
        <message>
            <source>A colleague's key changed</source>
            <translation>A colleague's key changed</translation>
        </message>
        <message>
            <source>The server now gives another key for: %1. Nothing is shared with them until you compare safety numbers again.</source>
            <translation>The server now gives another key for: %1. Nothing is shared with them until you compare safety numbers again.</translation>
        </message>
        <message>
            <source>This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Ask them, in person or on a number you know, whether they re-enrolled.</source>
            <translation>This happens when someone re-enrols after a forgotten passphrase — or when someone tries to read what is meant for them. Ask them, in person or on a number you know, whether they re-enrolled.</translation>
        </message>
        <message>
            <source>Compare safety numbers…</source>
            <translation>Compare safety numbers…</translation>
        </message>
        <message>
            <source>This device was withdrawn</source>
            <translation>This device was withdrawn</translation>
        </message>
        <message>
            <source>This device was withdrawn from your organisation's server and the data on it has been removed. If this is a mistake, contact your administrator; you can then connect again.</source>
            <translation>This device was withdrawn from your organisation's server and the data on it has been removed. If this is a mistake, contact your administrator; you can then connect again.</translation>
        </message>
    </context>
    <context>
        <name>SyncMessages</name>
        <message>
            <source>Too many attempts. Wait a few minutes and try again.</source>
            <translation>Too many attempts. Wait a few minutes and try again.</translation>
        </message>
        <message>
            <source>This enrolment code is not right, was already used or has expired. Check it, or ask your administrator for a new one.</source>
            <translation>This enrolment code is not right, was already used or has expired. Check it, or ask your administrator for a new one.</translation>
        </message>
        <message>
            <source>The e-mail address or the passphrase is not right.</source>
            <translation>The e-mail address or the passphrase is not right.</translation>
        </message>
        <message>
            <source>This account has been disabled. Contact your administrator.</source>
            <translation>This account has been disabled. Contact your administrator.</translation>
        </message>
        <message>
            <source>The server refused the request ({code}). Contact your administrator.</source>
            <translation>The server refused the request ({code}). Contact your administrator.</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified, so nothing was sent. Check the address; if it is right, tell your administrator (where the organisation has its own certificate authority, its CA bundle is set in Settings).</source>
            <translation>The server's certificate could not be verified, so nothing was sent. Check the address; if it is right, tell your administrator (where the organisation has its own certificate authority, its CA bundle is set in Settings).</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and that this computer is connected to the network.</source>
            <translation>The server cannot be reached. Check the address and that this computer is connected to the network.</translation>
        </message>
        <message>
            <source>The server's answer did not pass its security check; nothing was set up.</source>
            <translation>The server's answer did not pass its security check; nothing was set up.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>{n} min ago</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>{n} h ago</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>yesterday</translation>
        </message>
        <message>
            <source>{n} days ago</source>
            <translation>{n} days ago</translation>
        </message>
        <message>
            <source>Locked — synchronisation resumes after unlocking</source>
            <translation>Locked — synchronisation resumes after unlocking</translation>
        </message>
        <message>
            <source>Offline — not connected to a server</source>
            <translation>Offline — not connected to a server</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronising…</translation>
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
            <translation>All changes sent</translation>
        </message>
        <message>
            <source>1 change waiting</source>
            <translation>1 change waiting</translation>
        </message>
        <message>
            <source>{n} changes waiting</source>
            <translation>{n} changes waiting</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>1 conflict to decide</source>
            <translation>1 conflict to decide</translation>
        </message>
        <message>
            <source>{n} conflicts to decide</source>
            <translation>{n} conflicts to decide</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min behind the server's</source>
            <translation>This computer's clock is {n} min behind the server's</translation>
        </message>
        <message>
            <source>This computer's clock is {n} min ahead of the server's</source>
            <translation>This computer's clock is {n} min ahead of the server's</translation>
        </message>
        <message>
            <source>Set the right date and time in the system settings. Your work is kept.</source>
            <translation>Set the right date and time in the system settings. Your work is kept.</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Synchronisation state</translation>
        </message>
        <message>
            <source>Open the conflicts to decide</source>
            <translation>Open the conflicts to decide</translation>
        </message>
        <message>
            <source>Key changed: {names} — nothing is shared with them</source>
            <translation>Key changed: {names} — nothing is shared with them</translation>
        </message>
        <message>
            <source>The server gives another key for this person than the one you checked. Compare safety numbers with them again before anything is shared.</source>
            <translation>The server gives another key for this person than the one you checked. Compare safety numbers with them again before anything is shared.</translation>
        </message>
        <message>
            <source>Sharing waits for a key check: {names}</source>
            <translation>Sharing waits for a key check: {names}</translation>
        </message>
        <message>
            <source>Compare safety numbers with them (Sync → Colleagues' keys…); what waits is then shared at the next synchronisation.</source>
            <translation>Compare safety numbers with them (Sync → Colleagues' keys…); what waits is then shared at the next synchronisation.</translation>
        </message>
        <message>
            <source>Open the colleagues' keys</source>
            <translation>Open the colleagues' keys</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>Site social assistant</source>
            <translation>Site social assistant</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Renovation-site assistant</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Neighbourhood agent</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Collective social assistant</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Community worker (PSC)</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Mobile mental-health team (DMBSH)</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Server administrator</source>
            <translation>Server administrator</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>Housing company</translation>
        </message>
        <message>
            <source>DMBSH (seconded)</source>
            <translation>DMBSH (seconded)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Key code</source>
            <translation>Key code</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Wipe</source>
            <translation>Wipe</translation>
        </message>
        <message>
            <source>Wipe ordered</source>
            <translation>Wipe ordered</translation>
        </message>
        <message>
            <source>Revoked only</source>
            <translation>Revoked only</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collection</translation>
        </message>
        <message>
            <source>Members of the organisation</source>
            <translation>Members of the organisation</translation>
        </message>
        <message>
            <source>Devices of my team</source>
            <translation>Devices of my team</translation>
        </message>
        <message>
            <source>Correct the &amp;name… (F2)</source>
            <translation>Correct the &amp;name… (F2)</translation>
        </message>
        <message>
            <source>The name colleagues see for this person: the server keeps none</source>
            <translation>The name colleagues see for this person: the server keeps none</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Re&amp;voke…</translation>
        </message>
        <message>
            <source>The device can no longer sync; what it holds stays on it</source>
            <translation>The device can no longer sync; what it holds stays on it</translation>
        </message>
        <message>
            <source>Revoke and &amp;wipe…</source>
            <translation>Revoke and &amp;wipe…</translation>
        </message>
        <message>
            <source>The device can no longer sync and erases its vault the next time it reaches the server</source>
            <translation>The device can no longer sync and erases its vault the next time it reaches the server</translation>
        </message>
        <message>
            <source>Renovation &amp;close-outs…</source>
            <translation>Renovation &amp;close-outs…</translation>
        </message>
        <message>
            <source>Archived renovation projects: whom this laptop removed from them, and when</source>
            <translation>Archived renovation projects: whom this laptop removed from them, and when</translation>
        </message>
        <message>
            <source>A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. The devices of administrators and other supervisors stay with the server administrator. When the person leaves the team, also remove them from your collections.</source>
            <translation>A lost or stolen laptop of a field worker: revoke it, or revoke and wipe it. The devices of administrators and other supervisors stay with the server administrator. When the person leaves the team, also remove them from your collections.</translation>
        </message>
        <message>
            <source>Name saved: colleagues see it after the next sync.</source>
            <translation>Name saved: colleagues see it after the next sync.</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2 and order it wiped? Its sessions end now: it can no longer sync. The next time it reaches the server it erases its vault: everything on it that was not synced yet is lost. This cannot be undone; the person can log in again on another device.</source>
            <translation>Revoke the device “%1” of %2 and order it wiped? Its sessions end now: it can no longer sync. The next time it reaches the server it erases its vault: everything on it that was not synced yet is lost. This cannot be undone; the person can log in again on another device.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <source>Revoke the device “%1” of %2? Its sessions end now: it can no longer sync. What it already holds stays on it, locked by its passphrase; choose “Revoke and wipe” if it may be in the wrong hands.</source>
            <translation>Revoke the device “%1” of %2? Its sessions end now: it can no longer sync. What it already holds stays on it, locked by its passphrase; choose “Revoke and wipe” if it may be in the wrong hands.</translation>
        </message>
        <message>
            <source>Device revoked. It erases its vault the next time it reaches the server.</source>
            <translation>Device revoked. It erases its vault the next time it reaches the server.</translation>
        </message>
        <message>
            <source>Device revoked.</source>
            <translation>Device revoked.</translation>
        </message>
        <message>
            <source>Server audit log (metadata only)</source>
            <translation>Server audit log (metadata only)</translation>
        </message>
        <message>
            <source>Check code and &amp;grant… (Ctrl+G)</source>
            <translation>Check code and &amp;grant… (Ctrl+G)</translation>
        </message>
        <message>
            <source>Re&amp;move from my collections</source>
            <translation>Re&amp;move from my collections</translation>
        </message>
        <message>
            <source>Their access ends at once and the keys rotate</source>
            <translation>Their access ends at once and the keys rotate</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>My code: %1</source>
            <translation>My code: %1</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Not connected to a sync server: connect this vault to manage the team.</source>
            <translation>Not connected to a sync server: connect this vault to manage the team.</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>Asking the server…</translation>
        </message>
        <message>
            <source>Connected. Check a member's code in person before granting anything.</source>
            <translation>Connected. Check a member's code in person before granting anything.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>This person has not enrolled yet: there is no key to check.</translation>
        </message>
        <message>
            <source>Remove from my collections</source>
            <translation>Remove from my collections</translation>
        </message>
        <message>
            <source>Remove %1 from every collection you manage? Their access ends at once and the keys rotate.</source>
            <translation>Remove %1 from every collection you manage? Their access ends at once and the keys rotate.</translation>
        </message>
        <message>
            <source>Removed from collections: %1; their keys rotated.</source>
            <translation>Removed from collections: %1; their keys rotated.</translation>
        </message>
        <message>
            <source>this person</source>
            <translation>this person</translation>
        </message>
        <message>
            <source>Revoke and wipe</source>
            <translation>Revoke and wipe</translation>
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Moved by hand</source>
            <translation>Moved by hand</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Automatic place</source>
            <translation>Automatic place</translation>
        </message>
        <message>
            <source>In/out of today's round</source>
            <translation>In/out of today's round</translation>
        </message>
        <message>
            <source>Open requests, most pressing first</source>
            <translation>Open requests, most pressing first</translation>
        </message>
        <message>
            <source>{n} open requests · {late} overdue · {round} in today's round</source>
            <translation>{n} open requests · {late} overdue · {round} in today's round</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>First organisation</source>
            <translation>First organisation</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>You work for several organisations: each has its own vault and keys on this laptop; the passphrase opens the one you choose.</source>
            <translation>You work for several organisations: each has its own vault and keys on this laptop; the passphrase opens the one you choose.</translation>
        </message>
        <message>
            <source>FieldApp is locked</source>
            <translation>FieldApp is locked</translation>
        </message>
        <message>
            <source>Enter your passphrase to open your vault.</source>
            <translation>Enter your passphrase to open your vault.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Add an &amp;organisation…</source>
            <translation>Add an &amp;organisation…</translation>
        </message>
        <message>
            <source>Seconded to another housing company: connect to its server with the enrolment code of its administrator. Its data and keys stay in a vault of their own.</source>
            <translation>Seconded to another housing company: connect to its server with the enrolment code of its administrator. Its data and keys stay in a vault of their own.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Please enter your passphrase.</source>
            <translation>Please enter your passphrase.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
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
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>Follow up a referral</source>
            <translation>Follow up a referral</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed this week</source>
            <translation>Closed this week</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>By site</source>
            <translation>By site</translation>
        </message>
        <message>
            <source>Requests by category</source>
            <translation>Requests by category</translation>
        </message>
        <message>
            <source>Requests by site</source>
            <translation>Requests by site</translation>
        </message>
        <message>
            <source>Week of {start} to {end}: {logged} requests logged, {closed} closed, {interventions} interventions. Still open: {open}.</source>
            <translation>Week of {start} to {end}: {logged} requests logged, {closed} closed, {interventions} interventions. Still open: {open}.</translation>
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
            <translation>Households present</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
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
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Welcome sessions</translation>
        </message>
        <message>
            <source>Plan a welcome session</source>
            <translation>Plan a welcome session</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Day of the session</source>
            <translation>Day of the session</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Starts at</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>Plan the sessio&amp;n</source>
            <translation>Plan the sessio&amp;n</translation>
        </message>
        <message>
            <source>New tenants to invite</source>
            <translation>New tenants to invite</translation>
        </message>
        <message>
            <source>&amp;Moved in within the last (months):</source>
            <translation>&amp;Moved in within the last (months):</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Months</translation>
        </message>
        <message>
            <source>Invitation &amp;letters (PDF)…</source>
            <translation>Invitation &amp;letters (PDF)…</translation>
        </message>
        <message>
            <source>One letter per ticked household, in its language, for the session selected</source>
            <translation>One letter per ticked household, in its language, for the session selected</translation>
        </message>
        <message>
            <source>A&amp;ttendance list (PDF)…</source>
            <translation>A&amp;ttendance list (PDF)…</translation>
        </message>
        <message>
            <source>Record who attended</source>
            <translation>Record who attended</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation>&amp;Held on:</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Attended:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Households that attended</source>
            <translation>Households that attended</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <source>&amp;Record session</source>
            <translation>&amp;Record session</translation>
        </message>
        <message>
            <source>moved in {day}</source>
            <translation>moved in {day}</translation>
        </message>
        <message>
            <source>Invitation letters</source>
            <translation>Invitation letters</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Attendance list</translation>
        </message>
    </context>
    <context>
        <name>WorksTab</name>
        <message>
            <source>Works at this dwelling</source>
            <translation>Works at this dwelling</translation>
        </message>
        <message>
            <source>&amp;Notice of the works (PDF)…</source>
            <translation>&amp;Notice of the works (PDF)…</translation>
        </message>
        <message>
            <source>%1 printed on %2 (%3)</source>
            <translation>%1 printed on %2 (%3)</translation>
        </message>
        <message>
            <source>No letter printed yet.</source>
            <translation>No letter printed yet.</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Notice of the works</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Welcome sessions</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Office hours</source>
            <translation>Office hours</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>Work areas</translation>
        </message>
        <message>
            <source>Send a collective &amp;signal…</source>
            <translation>Send a collective &amp;signal…</translation>
        </message>
        <message>
            <source>Consult the &amp;mental-health team…</source>
            <translation>Consult the &amp;mental-health team…</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
    </context>
    <context>
        <name>YearlyReport</name>
        <message>
            <source>psc-yearly-report-{year}.pdf</source>
            <translation>psc-yearly-report-{year}.pdf</translation>
        </message>
        <message>
            <source>Social cohesion project — community work</source>
            <translation>Social cohesion project — community work</translation>
        </message>
        <message>
            <source>Yearly report with self-evaluation {year}</source>
            <translation>Yearly report with self-evaluation {year}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>Housing company referent</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Co-signatories</source>
            <translation>Co-signatories</translation>
        </message>
        <message>
            <source>Perimeter</source>
            <translation>Perimeter</translation>
        </message>
        <message>
            <source>Premises lent</source>
            <translation>Premises lent</translation>
        </message>
        <message>
            <source>since {start}</source>
            <translation>since {start}</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Common to every PSC</source>
            <translation>Common to every PSC</translation>
        </message>
        <message>
            <source>Local objectives</source>
            <translation>Local objectives</translation>
        </message>
        <message>
            <source>Local diagnosis</source>
            <translation>Local diagnosis</translation>
        </message>
        <message>
            <source>drawn up on {day}</source>
            <translation>drawn up on {day}</translation>
        </message>
        <message>
            <source>Action plan {year}</source>
            <translation>Action plan {year}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>PSC objective</source>
            <translation>PSC objective</translation>
        </message>
        <message>
            <source>Sector objective</source>
            <translation>Sector objective</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Activities of the year</source>
            <translation>Activities of the year</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Workshop series</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>Facilitators</translation>
        </message>
        <message>
            <source>Closing individual session</source>
            <translation>Closing individual session</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>New questions</source>
            <translation>New questions</translation>
        </message>
        <message>
            <source>Follow-up offered</source>
            <translation>Follow-up offered</translation>
        </message>
        <message>
            <source>Local follow-up committee</source>
            <translation>Local follow-up committee</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Present (organisations)</source>
            <translation>Present (organisations)</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>The committee did not meet this year.</source>
            <translation>The committee did not meet this year.</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Self-evaluation</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>Actions: {actions} (done: {done}) · activities: {activities} · participants: {participants}</source>
            <translation>Actions: {actions} (done: {done}) · activities: {activities} · participants: {participants}</translation>
        </message>
        <message>
            <source>No self-evaluation written.</source>
            <translation>No self-evaluation written.</translation>
        </message>
        <message>
            <source>Nothing planned for this year.</source>
            <translation>Nothing planned for this year.</translation>
        </message>
        <message>
            <source>No activity logged this year.</source>
            <translation>No activity logged this year.</translation>
        </message>
        <message>
            <source>Participants are counted; nobody is named in this report.</source>
            <translation>Participants are counted; nobody is named in this report.</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Printed on {day}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
    </context>
    <context>
        <name>areas</name>
        <message>
            <source>Casework</source>
            <translation>Casework</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Renovation</source>
            <translation>Renovation</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <source>Community work</source>
            <translation>Community work</translation>
        </message>
        <message>
            <source>Collective work</source>
            <translation>Collective work</translation>
        </message>
        <message>
            <source>Mental-health consultations</source>
            <translation>Mental-health consultations</translation>
        </message>
    </context>
    <context>
        <name>community</name>
        <message>
            <source>Develop or strengthen social bonds</source>
            <translation>Develop or strengthen social bonds</translation>
        </message>
        <message>
            <source>Improve communication between residents, and with the housing company, the municipality and other bodies</source>
            <translation>Improve communication between residents, and with the housing company, the municipality and other bodies</translation>
        </message>
        <message>
            <source>Encourage residents' participation and living together in harmony</source>
            <translation>Encourage residents' participation and living together in harmony</translation>
        </message>
        <message>
            <source>Inform residents of their rights and duties and of the means to have them respected</source>
            <translation>Inform residents of their rights and duties and of the means to have them respected</translation>
        </message>
        <message>
            <source>Regional housing company (SLRB/BGHM)</source>
            <translation>Regional housing company (SLRB/BGHM)</translation>
        </message>
        <message>
            <source>Housing company</source>
            <translation>Housing company</translation>
        </message>
        <message>
            <source>Non-profit</source>
            <translation>Non-profit</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Permanence</source>
            <translation>Permanence</translation>
        </message>
        <message>
            <source>Coffee moment</source>
            <translation>Coffee moment</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Workshop series</source>
            <translation>Workshop series</translation>
        </message>
        <message>
            <source>Housing company referent</source>
            <translation>Housing company referent</translation>
        </message>
        <message>
            <source>Coordinator (non-profit)</source>
            <translation>Coordinator (non-profit)</translation>
        </message>
        <message>
            <source>CPAS / OCMW</source>
            <translation>CPAS / OCMW</translation>
        </message>
        <message>
            <source>General welfare centre (CAW)</source>
            <translation>General welfare centre (CAW)</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Mental health</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Debt help</translation>
        </message>
        <message>
            <source>Food and clothing</source>
            <translation>Food and clothing</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Legal aid</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Work and training</source>
            <translation>Work and training</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Youth</translation>
        </message>
        <message>
            <source>Seniors</source>
            <translation>Seniors</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turkish</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanish</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polish</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Romanian</translation>
        </message>
    </context>
    <context>
        <name>drafts</name>
        <message>
            <source>A case note</source>
            <translation>A case note</translation>
        </message>
        <message>
            <source>A remark in an inventory</source>
            <translation>A remark in an inventory</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>A review note</translation>
        </message>
        <message>
            <source>A follow-up</source>
            <translation>A follow-up</translation>
        </message>
        <message>
            <source>A referral</source>
            <translation>A referral</translation>
        </message>
        <message>
            <source>The outcome of a referral</source>
            <translation>The outcome of a referral</translation>
        </message>
        <message>
            <source>A planned home visit</source>
            <translation>A planned home visit</translation>
        </message>
        <message>
            <source>A home-visit note</source>
            <translation>A home-visit note</translation>
        </message>
        <message>
            <source>An intervention</source>
            <translation>An intervention</translation>
        </message>
        <message>
            <source>A hand-off to the social assistant</source>
            <translation>A hand-off to the social assistant</translation>
        </message>
        <message>
            <source>A request</source>
            <translation>A request</translation>
        </message>
        <message>
            <source>A refusal to sign</source>
            <translation>A refusal to sign</translation>
        </message>
        <message>
            <source>An addendum to an inventory</source>
            <translation>An addendum to an inventory</translation>
        </message>
        <message>
            <source>A refused access</source>
            <translation>A refused access</translation>
        </message>
        <message>
            <source>An information session</source>
            <translation>An information session</translation>
        </message>
        <message>
            <source>A self-evaluation</source>
            <translation>A self-evaluation</translation>
        </message>
        <message>
            <source>A form</source>
            <translation>A form</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>This arrears plan was not found.</source>
            <translation>This arrears plan was not found.</translation>
        </message>
        <message>
            <source>This step was not found.</source>
            <translation>This step was not found.</translation>
        </message>
        <message>
            <source>Give the date.</source>
            <translation>Give the date.</translation>
        </message>
        <message>
            <source>This date is in the future: record what happened once it has.</source>
            <translation>This date is in the future: record what happened once it has.</translation>
        </message>
        <message>
            <source>Give the amount owed, in euro (more than zero).</source>
            <translation>Give the amount owed, in euro (more than zero).</translation>
        </message>
        <message>
            <source>Give the monthly instalment, in euro (more than zero).</source>
            <translation>Give the monthly instalment, in euro (more than zero).</translation>
        </message>
        <message>
            <source>The monthly instalment is more than the amount owed.</source>
            <translation>The monthly instalment is more than the amount owed.</translation>
        </message>
        <message>
            <source>Choose where the arrears plan stands.</source>
            <translation>Choose where the arrears plan stands.</translation>
        </message>
        <message>
            <source>Choose a step or an outcome.</source>
            <translation>Choose a step or an outcome.</translation>
        </message>
        <message>
            <source>This text is too long: at most {max_len} characters.</source>
            <translation>This text is too long: at most {max_len} characters.</translation>
        </message>
        <message>
            <source>Unknown access-log action '{action}'.</source>
            <translation>Unknown access-log action '{action}'.</translation>
        </message>
        <message>
            <source>This case file was not found. It may have been removed; refresh the list.</source>
            <translation>This case file was not found. It may have been removed; refresh the list.</translation>
        </message>
        <message>
            <source>This note was not found. It may have been deleted.</source>
            <translation>This note was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <translation>A note needs some text.</translation>
        </message>
        <message>
            <source>Unknown theme '{theme}'.</source>
            <translation>Unknown theme '{theme}'.</translation>
        </message>
        <message>
            <source>Unknown case status '{status}'.</source>
            <translation>Unknown case status '{status}'.</translation>
        </message>
        <message>
            <source>Choose what kind of contact this note records.</source>
            <translation>Choose what kind of contact this note records.</translation>
        </message>
        <message>
            <source>Choose a confidentiality level: team or restricted.</source>
            <translation>Choose a confidentiality level: team or restricted.</translation>
        </message>
        <message>
            <source>'{objective}' is not one of the 17 operational objectives.</source>
            <translation>'{objective}' is not one of the 17 operational objectives.</translation>
        </message>
        <message>
            <source>A note needs a date.</source>
            <translation>A note needs a date.</translation>
        </message>
        <message>
            <source>A note can't be dated in the future.</source>
            <translation>A note can't be dated in the future.</translation>
        </message>
        <message>
            <source>A draft needs a short key.</source>
            <translation>A draft needs a short key.</translation>
        </message>
        <message>
            <source>This follow-up was not found.</source>
            <translation>This follow-up was not found.</translation>
        </message>
        <message>
            <source>Say what needs to be followed up.</source>
            <translation>Say what needs to be followed up.</translation>
        </message>
        <message>
            <source>A follow-up needs a due date.</source>
            <translation>A follow-up needs a due date.</translation>
        </message>
        <message>
            <source>The due date {due_on} is in the past. Choose today or a later date.</source>
            <translation>The due date {due_on} is in the past. Choose today or a later date.</translation>
        </message>
        <message>
            <source>This vault has no user profile.</source>
            <translation>This vault has no user profile.</translation>
        </message>
        <message>
            <source>A setting needs a short name.</source>
            <translation>A setting needs a short name.</translation>
        </message>
        <message>
            <source>This referral was not found.</source>
            <translation>This referral was not found.</translation>
        </message>
        <message>
            <source>Unknown referral status '{status}'.</source>
            <translation>Unknown referral status '{status}'.</translation>
        </message>
        <message>
            <source>This referral was cancelled; add a new one instead.</source>
            <translation>This referral was cancelled; add a new one instead.</translation>
        </message>
        <message>
            <source>This partner is no longer in the directory.</source>
            <translation>This partner is no longer in the directory.</translation>
        </message>
        <message>
            <source>Choose where the household is referred to.</source>
            <translation>Choose where the household is referred to.</translation>
        </message>
        <message>
            <source>Give the reason for the referral.</source>
            <translation>Give the reason for the referral.</translation>
        </message>
        <message>
            <source>This household was not found. It may have been removed; refresh the list.</source>
            <translation>This household was not found. It may have been removed; refresh the list.</translation>
        </message>
        <message>
            <source>This household already lives in a dwelling: it is not a candidate tenant.</source>
            <translation>This household already lives in a dwelling: it is not a candidate tenant.</translation>
        </message>
        <message>
            <source>This dwelling is on another site than the candidate's case file. Choose a dwelling of the same site, or ask a supervisor to move the case file.</source>
            <translation>This dwelling is on another site than the candidate's case file. Choose a dwelling of the same site, or ask a supervisor to move the case file.</translation>
        </message>
        <message>
            <source>This site was not found.</source>
            <translation>This site was not found.</translation>
        </message>
        <message>
            <source>Choose Dutch or French.</source>
            <translation>Choose Dutch or French.</translation>
        </message>
        <message>
            <source>Give at least one member of the household: a first or a last name.</source>
            <translation>Give at least one member of the household: a first or a last name.</translation>
        </message>
        <message>
            <source>Give the day they moved in: today or earlier.</source>
            <translation>Give the day they moved in: today or earlier.</translation>
        </message>
        <message>
            <source>A site needs a name.</source>
            <translation>A site needs a name.</translation>
        </message>
        <message>
            <source>This request was not found.</source>
            <translation>This request was not found.</translation>
        </message>
        <message>
            <source>Choose the site of the request.</source>
            <translation>Choose the site of the request.</translation>
        </message>
        <message>
            <source>This building was not found.</source>
            <translation>This building was not found.</translation>
        </message>
        <message>
            <source>The building and dwelling must belong to the chosen site.</source>
            <translation>The building and dwelling must belong to the chosen site.</translation>
        </message>
        <message>
            <source>Choose where the request came from.</source>
            <translation>Choose where the request came from.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <source>Choose an urgency.</source>
            <translation>Choose an urgency.</translation>
        </message>
        <message>
            <source>Describe the request in a few words.</source>
            <translation>Describe the request in a few words.</translation>
        </message>
        <message>
            <source>This dwelling was not found.</source>
            <translation>This dwelling was not found.</translation>
        </message>
        <message>
            <source>A household needs a name.</source>
            <translation>A household needs a name.</translation>
        </message>
        <message>
            <source>Unknown household relation '{relation}'.</source>
            <translation>Unknown household relation '{relation}'.</translation>
        </message>
        <message>
            <source>A person needs a name.</source>
            <translation>A person needs a name.</translation>
        </message>
        <message>
            <source>This home visit was not found.</source>
            <translation>This home visit was not found.</translation>
        </message>
        <message>
            <source>A visit can't be planned in the past ({planned_on}).</source>
            <translation>A visit can't be planned in the past ({planned_on}).</translation>
        </message>
        <message>
            <source>This visit was cancelled; plan a new one instead.</source>
            <translation>This visit was cancelled; plan a new one instead.</translation>
        </message>
        <message>
            <source>A visit that took place can't be cancelled.</source>
            <translation>A visit that took place can't be cancelled.</translation>
        </message>
        <message>
            <source>Tick at least one household that attended.</source>
            <translation>Tick at least one household that attended.</translation>
        </message>
        <message>
            <source>This welcome session was not found.</source>
            <translation>This welcome session was not found.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Your saved work is safe; please try again.</source>
            <translation>Something went wrong ({kind}). Your saved work is safe; please try again.</translation>
        </message>
        <message>
            <source>This file is not an image that can be read.</source>
            <translation>This file is not an image that can be read.</translation>
        </message>
        <message>
            <source>This image is too large: at most {max_mb} MB.</source>
            <translation>This image is too large: at most {max_mb} MB.</translation>
        </message>
        <message>
            <source>This photo or signature was not found.</source>
            <translation>This photo or signature was not found.</translation>
        </message>
        <message>
            <source>The encrypted file of this photo or signature is missing from the vault folder.</source>
            <translation>The encrypted file of this photo or signature is missing from the vault folder.</translation>
        </message>
        <message>
            <source>This defect report was not found.</source>
            <translation>This defect report was not found.</translation>
        </message>
        <message>
            <source>Describe the defect.</source>
            <translation>Describe the defect.</translation>
        </message>
        <message>
            <source>Say in a few words why social support is needed.</source>
            <translation>Say in a few words why social support is needed.</translation>
        </message>
        <message>
            <source>At most {n} photos.</source>
            <translation>At most {n} photos.</translation>
        </message>
        <message>
            <source>Say when the intervention was.</source>
            <translation>Say when the intervention was.</translation>
        </message>
        <message>
            <source>An intervention cannot be logged in the future.</source>
            <translation>An intervention cannot be logged in the future.</translation>
        </message>
        <message>
            <source>Choose an outcome.</source>
            <translation>Choose an outcome.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <translation>Say what was done.</translation>
        </message>
        <message>
            <source>A request that needs a follow-up stays open: untick "follow-up is needed" or "close the request".</source>
            <translation>A request that needs a follow-up stays open: untick "follow-up is needed" or "close the request".</translation>
        </message>
        <message>
            <source>A request that was not resolved, or where nobody was present, stays open: choose another outcome or untick "close the request".</source>
            <translation>A request that was not resolved, or where nobody was present, stays open: choose another outcome or untick "close the request".</translation>
        </message>
        <message>
            <source>This appointment was not found.</source>
            <translation>This appointment was not found.</translation>
        </message>
        <message>
            <source>An appointment cannot be planned in the past.</source>
            <translation>An appointment cannot be planned in the past.</translation>
        </message>
        <message>
            <source>Give the reason the tenant refused access.</source>
            <translation>Give the reason the tenant refused access.</translation>
        </message>
        <message>
            <source>Record that access was given or refused.</source>
            <translation>Record that access was given or refused.</translation>
        </message>
        <message>
            <source>Unknown checklist item '{item}'.</source>
            <translation>Unknown checklist item '{item}'.</translation>
        </message>
        <message>
            <source>Unknown checklist status '{status}'.</source>
            <translation>Unknown checklist status '{status}'.</translation>
        </message>
        <message>
            <source>Compare a pre-works inventory with a post-works check of the same dwelling.</source>
            <translation>Compare a pre-works inventory with a post-works check of the same dwelling.</translation>
        </message>
        <message>
            <source>This contact was not found.</source>
            <translation>This contact was not found.</translation>
        </message>
        <message>
            <source>Choose the kind of contact.</source>
            <translation>Choose the kind of contact.</translation>
        </message>
        <message>
            <source>Unknown contact status '{status}'.</source>
            <translation>Unknown contact status '{status}'.</translation>
        </message>
        <message>
            <source>Write what the tenant asked or reported.</source>
            <translation>Write what the tenant asked or reported.</translation>
        </message>
        <message>
            <source>A contact cannot be dated in the future.</source>
            <translation>A contact cannot be dated in the future.</translation>
        </message>
        <message>
            <source>This inventory was not found.</source>
            <translation>This inventory was not found.</translation>
        </message>
        <message>
            <source>This room was not found.</source>
            <translation>This room was not found.</translation>
        </message>
        <message>
            <source>This element was not found.</source>
            <translation>This element was not found.</translation>
        </message>
        <message>
            <source>This inventory has been signed and can no longer be changed. Record the change as an addendum instead.</source>
            <translation>This inventory has been signed and can no longer be changed. Record the change as an addendum instead.</translation>
        </message>
        <message>
            <source>Unknown condition '{condition}'.</source>
            <translation>Unknown condition '{condition}'.</translation>
        </message>
        <message>
            <source>Unknown kind of inventory '{kind}'.</source>
            <translation>Unknown kind of inventory '{kind}'.</translation>
        </message>
        <message>
            <source>Unknown kind of room '{room_type}'.</source>
            <translation>Unknown kind of room '{room_type}'.</translation>
        </message>
        <message>
            <source>Unknown element '{element_type}'.</source>
            <translation>Unknown element '{element_type}'.</translation>
        </message>
        <message>
            <source>This room no longer exists.</source>
            <translation>This room no longer exists.</translation>
        </message>
        <message>
            <source>This booking no longer exists.</source>
            <translation>This booking no longer exists.</translation>
        </message>
        <message>
            <source>This key is no longer listed.</source>
            <translation>This key is no longer listed.</translation>
        </message>
        <message>
            <source>This incident no longer exists.</source>
            <translation>This incident no longer exists.</translation>
        </message>
        <message>
            <source>Choose the site of the room.</source>
            <translation>Choose the site of the room.</translation>
        </message>
        <message>
            <source>Give the room a name.</source>
            <translation>Give the room a name.</translation>
        </message>
        <message>
            <source>Choose the kind of room.</source>
            <translation>Choose the kind of room.</translation>
        </message>
        <message>
            <source>Give the day of the booking.</source>
            <translation>Give the day of the booking.</translation>
        </message>
        <message>
            <source>Give the start as a time of day.</source>
            <translation>Give the start as a time of day.</translation>
        </message>
        <message>
            <source>A booking lasts between a few minutes and a day.</source>
            <translation>A booking lasts between a few minutes and a day.</translation>
        </message>
        <message>
            <source>Say what the room is booked for (a group or an activity, not a name).</source>
            <translation>Say what the room is booked for (a group or an activity, not a name).</translation>
        </message>
        <message>
            <source>The room is already booked at that time.</source>
            <translation>The room is already booked at that time.</translation>
        </message>
        <message>
            <source>Say who holds the key.</source>
            <translation>Say who holds the key.</translation>
        </message>
        <message>
            <source>Give the day the key was given.</source>
            <translation>Give the day the key was given.</translation>
        </message>
        <message>
            <source>A key cannot come back before it was given.</source>
            <translation>A key cannot come back before it was given.</translation>
        </message>
        <message>
            <source>Give the day of the incident.</source>
            <translation>Give the day of the incident.</translation>
        </message>
        <message>
            <source>Say what happened (not who).</source>
            <translation>Say what happened (not who).</translation>
        </message>
        <message>
            <source>An incident cannot be dealt with before it happened.</source>
            <translation>An incident cannot be dealt with before it happened.</translation>
        </message>
        <message>
            <source>Do the pre-works inventory first: the post-works check is compared with it.</source>
            <translation>Do the pre-works inventory first: the post-works check is compared with it.</translation>
        </message>
        <message>
            <source>This renovation project was not found.</source>
            <translation>This renovation project was not found.</translation>
        </message>
        <message>
            <source>This dwelling is not part of the project.</source>
            <translation>This dwelling is not part of the project.</translation>
        </message>
        <message>
            <source>This project is archived: it can no longer be changed.</source>
            <translation>This project is archived: it can no longer be changed.</translation>
        </message>
        <message>
            <source>A project is archived by its close-out, when the works end.</source>
            <translation>A project is archived by its close-out, when the works end.</translation>
        </message>
        <message>
            <source>This social cohesion project no longer exists.</source>
            <translation>This social cohesion project no longer exists.</translation>
        </message>
        <message>
            <source>Give the project a name.</source>
            <translation>Give the project a name.</translation>
        </message>
        <message>
            <source>The project's documents are in Dutch or French.</source>
            <translation>The project's documents are in Dutch or French.</translation>
        </message>
        <message>
            <source>The agreement ends before it starts.</source>
            <translation>The agreement ends before it starts.</translation>
        </message>
        <message>
            <source>Choose what kind of co-signatory this is.</source>
            <translation>Choose what kind of co-signatory this is.</translation>
        </message>
        <message>
            <source>Each site of the perimeter needs a name.</source>
            <translation>Each site of the perimeter needs a name.</translation>
        </message>
        <message>
            <source>That is already the person in this role.</source>
            <translation>That is already the person in this role.</translation>
        </message>
        <message>
            <source>Give the name of the new person.</source>
            <translation>Give the name of the new person.</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>Unknown role.</translation>
        </message>
        <message>
            <source>The works cannot have ended after today.</source>
            <translation>The works cannot have ended after today.</translation>
        </message>
        <message>
            <source>The works cannot end before they start.</source>
            <translation>The works cannot end before they start.</translation>
        </message>
        <message>
            <source>This laptop may not yet pass items on to the site's social assistant. Ask a supervisor to grant you the site's hand-offs, sync, then close out again: nothing was changed.</source>
            <translation>This laptop may not yet pass items on to the site's social assistant. Ask a supervisor to grant you the site's hand-offs, sync, then close out again: nothing was changed.</translation>
        </message>
        <message>
            <source>A dwelling of the project has no site in the register: its open items cannot be handed on.</source>
            <translation>A dwelling of the project has no site in the register: its open items cannot be handed on.</translation>
        </message>
        <message>
            <source>Unknown project status '{status}'.</source>
            <translation>Unknown project status '{status}'.</translation>
        </message>
        <message>
            <source>This person was not found on the inventory.</source>
            <translation>This person was not found on the inventory.</translation>
        </message>
        <message>
            <source>Unknown role '{role}'.</source>
            <translation>Unknown role '{role}'.</translation>
        </message>
        <message>
            <source>Give the name of the person present.</source>
            <translation>Give the name of the person present.</translation>
        </message>
        <message>
            <source>This person has already signed or refused to sign.</source>
            <translation>This person has already signed or refused to sign.</translation>
        </message>
        <message>
            <source>Give the reason for the refusal to sign.</source>
            <translation>Give the reason for the refusal to sign.</translation>
        </message>
        <message>
            <source>The signature is empty: sign in the box first.</source>
            <translation>The signature is empty: sign in the box first.</translation>
        </message>
        <message>
            <source>Write what the addendum records.</source>
            <translation>Write what the addendum records.</translation>
        </message>
        <message>
            <source>This inventory is not signed yet: change it directly instead of adding an addendum.</source>
            <translation>This inventory is not signed yet: change it directly instead of adding an addendum.</translation>
        </message>
        <message>
            <source>The period must end on or after its first day.</source>
            <translation>The period must end on or after its first day.</translation>
        </message>
        <message>
            <source>Enter the name as this person's colleagues should see it: it cannot be empty.</source>
            <translation>Enter the name as this person's colleagues should see it: it cannot be empty.</translation>
        </message>
        <message>
            <source>Only a supervisor can do this.</source>
            <translation>Only a supervisor can do this.</translation>
        </message>
        <message>
            <source>Choose the worker who takes over the case files.</source>
            <translation>Choose the worker who takes over the case files.</translation>
        </message>
        <message>
            <source>Choose at least one case file to reassign.</source>
            <translation>Choose at least one case file to reassign.</translation>
        </message>
        <message>
            <source>A review note needs some text.</source>
            <translation>A review note needs some text.</translation>
        </message>
        <message>
            <source>The end of the cover can't be before today.</source>
            <translation>The end of the cover can't be before today.</translation>
        </message>
        <message>
            <source>This conflict no longer exists.</source>
            <translation>This conflict no longer exists.</translation>
        </message>
        <message>
            <source>This share was not found. It may have ended.</source>
            <translation>This share was not found. It may have ended.</translation>
        </message>
        <message>
            <source>Your restricted notes are already yours to read.</source>
            <translation>Your restricted notes are already yours to read.</translation>
        </message>
        <message>
            <source>This colleague is not known on this laptop yet; synchronise first.</source>
            <translation>This colleague is not known on this laptop yet; synchronise first.</translation>
        </message>
        <message>
            <source>Only the author or a supervisor can decide about restricted notes.</source>
            <translation>Only the author or a supervisor can decide about restricted notes.</translation>
        </message>
        <message>
            <source>The decision about restricted notes is recorded in the name of the person making the export.</source>
            <translation>The decision about restricted notes is recorded in the name of the person making the export.</translation>
        </message>
        <message>
            <source>Only a supervisor can include other authors' restricted notes.</source>
            <translation>Only a supervisor can include other authors' restricted notes.</translation>
        </message>
        <message>
            <source>Say why restricted notes are included; the reason is recorded.</source>
            <translation>Say why restricted notes are included; the reason is recorded.</translation>
        </message>
        <message>
            <source>Unknown language '{language}'.</source>
            <translation>Unknown language '{language}'.</translation>
        </message>
        <message>
            <source>This person or household was not found in the register of this vault.</source>
            <translation>This person or household was not found in the register of this vault.</translation>
        </message>
        <message>
            <source>This appointment was not found. It may have been deleted.</source>
            <translation>This appointment was not found. It may have been deleted.</translation>
        </message>
        <message>
            <source>Choose a start time between 00:00 and 23:59.</source>
            <translation>Choose a start time between 00:00 and 23:59.</translation>
        </message>
        <message>
            <source>A duration is between 5 minutes and 12 hours.</source>
            <translation>A duration is between 5 minutes and 12 hours.</translation>
        </message>
        <message>
            <source>This can't be planned in the past ({day}).</source>
            <translation>This can't be planned in the past ({day}).</translation>
        </message>
        <message>
            <source>Only what is still planned can be rescheduled or cancelled.</source>
            <translation>Only what is still planned can be rescheduled or cancelled.</translation>
        </message>
        <message>
            <source>Say why it is cancelled.</source>
            <translation>Say why it is cancelled.</translation>
        </message>
        <message>
            <source>A place is at most 200 characters.</source>
            <translation>A place is at most 200 characters.</translation>
        </message>
        <message>
            <source>A welcome session that took place can't be deleted from the agenda.</source>
            <translation>A welcome session that took place can't be deleted from the agenda.</translation>
        </message>
        <message>
            <source>This person is not in the organisation's directory. Sync, then choose again.</source>
            <translation>This person is not in the organisation's directory. Sync, then choose again.</translation>
        </message>
        <message>
            <source>This person's account is no longer active. Choose someone else.</source>
            <translation>This person's account is no longer active. Choose someone else.</translation>
        </message>
        <message>
            <source>This person has no access to this site's case files. A supervisor can give it (Team and keys, Check code and grant), and after the next sync you can choose them.</source>
            <translation>This person has no access to this site's case files. A supervisor can give it (Team and keys, Check code and grant), and after the next sync you can choose them.</translation>
        </message>
        <message>
            <source>This person was not found.</source>
            <translation>This person was not found.</translation>
        </message>
        <message>
            <source>This case file was not found.</source>
            <translation>This case file was not found.</translation>
        </message>
        <message>
            <source>Unknown erasure scope '{scope}'.</source>
            <translation>Unknown erasure scope '{scope}'.</translation>
        </message>
        <message>
            <source>'{field}' can't be corrected here.</source>
            <translation>'{field}' can't be corrected here.</translation>
        </message>
        <message>
            <source>Say why the data is corrected; the reason is recorded.</source>
            <translation>Say why the data is corrected; the reason is recorded.</translation>
        </message>
        <message>
            <source>A restricted note can only go into a report made by its author.</source>
            <translation>A restricted note can only go into a report made by its author.</translation>
        </message>
        <message>
            <source>Choose a year from 2000 up to this year.</source>
            <translation>Choose a year from 2000 up to this year.</translation>
        </message>
        <message>
            <source>Choose an axis or an operational objective of the sector vision.</source>
            <translation>Choose an axis or an operational objective of the sector vision.</translation>
        </message>
        <message>
            <source>A target is a whole number of actions from 0 to 100000, or empty for no target.</source>
            <translation>A target is a whole number of actions from 0 to 100000, or empty for no target.</translation>
        </message>
        <message>
            <source>Targets are set per operational objective, not per axis.</source>
            <translation>Targets are set per operational objective, not per axis.</translation>
        </message>
        <message>
            <source>Full-time equivalents are a number from 0 to 100 (for example 1.5).</source>
            <translation>Full-time equivalents are a number from 0 to 100 (for example 1.5).</translation>
        </message>
        <message>
            <source>This site no longer exists.</source>
            <translation>This site no longer exists.</translation>
        </message>
        <message>
            <source>An organisation's key is made of lower-case letters, digits and dashes (for example ovm-anneessens).</source>
            <translation>An organisation's key is made of lower-case letters, digits and dashes (for example ovm-anneessens).</translation>
        </message>
        <message>
            <source>Give the activity a title.</source>
            <translation>Give the activity a title.</translation>
        </message>
        <message>
            <source>Choose what kind of activity this was.</source>
            <translation>Choose what kind of activity this was.</translation>
        </message>
        <message>
            <source>A number of participants is 0 or more.</source>
            <translation>A number of participants is 0 or more.</translation>
        </message>
        <message>
            <source>Participants are named only with their consent: tick that they agreed, or leave the names out and give the number only.</source>
            <translation>Participants are named only with their consent: tick that they agreed, or leave the names out and give the number only.</translation>
        </message>
        <message>
            <source>More participants are named ({named}) than were counted ({count}).</source>
            <translation>More participants are named ({named}) than were counted ({count}).</translation>
        </message>
        <message>
            <source>Sessions, a trainer and a closing session belong to a workshop series.</source>
            <translation>Sessions, a trainer and a closing session belong to a workshop series.</translation>
        </message>
        <message>
            <source>Note who attended the meeting.</source>
            <translation>Note who attended the meeting.</translation>
        </message>
        <message>
            <source>Give the partner's name.</source>
            <translation>Give the partner's name.</translation>
        </message>
        <message>
            <source>Choose what kind of service the partner offers.</source>
            <translation>Choose what kind of service the partner offers.</translation>
        </message>
        <message>
            <source>Unknown language '{code}'.</source>
            <translation>Unknown language '{code}'.</translation>
        </message>
        <message>
            <source>This action is no longer in the plan.</source>
            <translation>This action is no longer in the plan.</translation>
        </message>
        <message>
            <source>Give the action a title.</source>
            <translation>Give the action a title.</translation>
        </message>
        <message>
            <source>Choose one of the project's objectives.</source>
            <translation>Choose one of the project's objectives.</translation>
        </message>
        <message>
            <source>Choose one of the sector's objectives.</source>
            <translation>Choose one of the sector's objectives.</translation>
        </message>
        <message>
            <source>Unknown status of an action.</source>
            <translation>Unknown status of an action.</translation>
        </message>
        <message>
            <source>The plan's year must lie between 2000 and 2100.</source>
            <translation>The plan's year must lie between 2000 and 2100.</translation>
        </message>
        <message>
            <source>Only the assistant who asked the agent along can change or call off this request.</source>
            <translation>Only the assistant who asked the agent along can change or call off this request.</translation>
        </message>
        <message>
            <source>Choose the day of the visit: today or later.</source>
            <translation>Choose the day of the visit: today or later.</translation>
        </message>
        <message>
            <source>Choose the time of the visit.</source>
            <translation>Choose the time of the visit.</translation>
        </message>
        <message>
            <source>Give the address where the agent should come.</source>
            <translation>Give the address where the agent should come.</translation>
        </message>
        <message>
            <source>This request was already declined or called off.</source>
            <translation>This request was already declined or called off.</translation>
        </message>
        <message>
            <source>Say why the visit is cancelled: the agent reads it.</source>
            <translation>Say why the visit is cancelled: the agent reads it.</translation>
        </message>
        <message>
            <source>This internal request was not found.</source>
            <translation>This internal request was not found.</translation>
        </message>
        <message>
            <source>Choose the department the request goes to.</source>
            <translation>Choose the department the request goes to.</translation>
        </message>
        <message>
            <source>Write the facts the department needs.</source>
            <translation>Write the facts the department needs.</translation>
        </message>
        <message>
            <source>Choose the date an answer is wanted by: today or later.</source>
            <translation>Choose the date an answer is wanted by: today or later.</translation>
        </message>
        <message>
            <source>Write what the department answered.</source>
            <translation>Write what the department answered.</translation>
        </message>
        <message>
            <source>The answer's date is between the request's date and today.</source>
            <translation>The answer's date is between the request's date and today.</translation>
        </message>
        <message>
            <source>This office-hours session was not found.</source>
            <translation>This office-hours session was not found.</translation>
        </message>
        <message>
            <source>An office-hours session ends after it starts, on the same day.</source>
            <translation>An office-hours session ends after it starts, on the same day.</translation>
        </message>
        <message>
            <source>This case file belongs to another site than the office-hours session. Choose a household of the session's site, or leave the case file empty.</source>
            <translation>This case file belongs to another site than the office-hours session. Choose a household of the session's site, or leave the case file empty.</translation>
        </message>
        <message>
            <source>Say who came: choose their case file, or write a first name or a description.</source>
            <translation>Say who came: choose their case file, or write a first name or a description.</translation>
        </message>
        <message>
            <source>This office-hours contact was not found.</source>
            <translation>This office-hours contact was not found.</translation>
        </message>
        <message>
            <source>Choose where the office hours are held.</source>
            <translation>Choose where the office hours are held.</translation>
        </message>
        <message>
            <source>Give the day of the session.</source>
            <translation>Give the day of the session.</translation>
        </message>
        <message>
            <source>Choose the theme.</source>
            <translation>Choose the theme.</translation>
        </message>
        <message>
            <source>Choose where the person was referred to.</source>
            <translation>Choose where the person was referred to.</translation>
        </message>
        <message>
            <source>This support plan is restricted to its author: you can read it, not change it.</source>
            <translation>This support plan is restricted to its author: you can read it, not change it.</translation>
        </message>
        <message>
            <source>This goal was not found.</source>
            <translation>This goal was not found.</translation>
        </message>
        <message>
            <source>The rights checklist is not valid.</source>
            <translation>The rights checklist is not valid.</translation>
        </message>
        <message>
            <source>Say what the goal is.</source>
            <translation>Say what the goal is.</translation>
        </message>
        <message>
            <source>A goal is reviewed today or later: choose a review date.</source>
            <translation>A goal is reviewed today or later: choose a review date.</translation>
        </message>
        <message>
            <source>Write the analysis, check a right or add a goal before saving.</source>
            <translation>Write the analysis, check a right or add a goal before saving.</translation>
        </message>
        <message>
            <source>Choose where the goal stands.</source>
            <translation>Choose where the goal stands.</translation>
        </message>
        <message>
            <source>This request to come along was not found.</source>
            <translation>This request to come along was not found.</translation>
        </message>
        <message>
            <source>The assistant called this visit off: there is nothing to answer.</source>
            <translation>The assistant called this visit off: there is nothing to answer.</translation>
        </message>
        <message>
            <source>Say in a word why you cannot come, or suggest another time.</source>
            <translation>Say in a word why you cannot come, or suggest another time.</translation>
        </message>
        <message>
            <source>Choose the households to invite.</source>
            <translation>Choose the households to invite.</translation>
        </message>
        <message>
            <source>An action names a tenant who did not agree to be named: say who acts by department or function.</source>
            <translation>An action names a tenant who did not agree to be named: say who acts by department or function.</translation>
        </message>
        <message>
            <source>Topic {n} names a tenant who did not agree to be named: take the name out, or record that they agreed.</source>
            <translation>Topic {n} names a tenant who did not agree to be named: take the name out, or record that they agreed.</translation>
        </message>
        <message>
            <source>Issue the minutes first.</source>
            <translation>Issue the minutes first.</translation>
        </message>
        <message>
            <source>This meeting no longer exists.</source>
            <translation>This meeting no longer exists.</translation>
        </message>
        <message>
            <source>This topic no longer exists.</source>
            <translation>This topic no longer exists.</translation>
        </message>
        <message>
            <source>This action no longer exists.</source>
            <translation>This action no longer exists.</translation>
        </message>
        <message>
            <source>This participant is no longer listed.</source>
            <translation>This participant is no longer listed.</translation>
        </message>
        <message>
            <source>Record who came first: minutes are issued for a meeting that was held.</source>
            <translation>Record who came first: minutes are issued for a meeting that was held.</translation>
        </message>
        <message>
            <source>This meeting was cancelled.</source>
            <translation>This meeting was cancelled.</translation>
        </message>
        <message>
            <source>Give the start of the meeting as a time of day.</source>
            <translation>Give the start of the meeting as a time of day.</translation>
        </message>
        <message>
            <source>Give the day of the meeting.</source>
            <translation>Give the day of the meeting.</translation>
        </message>
        <message>
            <source>Say where the meeting takes place.</source>
            <translation>Say where the meeting takes place.</translation>
        </message>
        <message>
            <source>A meeting lasts between a few minutes and eight hours.</source>
            <translation>A meeting lasts between a few minutes and eight hours.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are issued: it took place.</source>
            <translation>The minutes of this meeting are issued: it took place.</translation>
        </message>
        <message>
            <source>Give the topic a title.</source>
            <translation>Give the topic a title.</translation>
        </message>
        <message>
            <source>Say where the topic comes from.</source>
            <translation>Say where the topic comes from.</translation>
        </message>
        <message>
            <source>Name the department or colleague the topic comes from.</source>
            <translation>Name the department or colleague the topic comes from.</translation>
        </message>
        <message>
            <source>Give the function or department of the member of staff.</source>
            <translation>Give the function or department of the member of staff.</translation>
        </message>
        <message>
            <source>Tick the household as present before naming a speaker.</source>
            <translation>Tick the household as present before naming a speaker.</translation>
        </message>
        <message>
            <source>Say what will be done.</source>
            <translation>Say what will be done.</translation>
        </message>
        <message>
            <source>Say who will do it (a department or a function).</source>
            <translation>Say who will do it (a department or a function).</translation>
        </message>
        <message>
            <source>Issue the minutes before logging their distribution.</source>
            <translation>Issue the minutes before logging their distribution.</translation>
        </message>
        <message>
            <source>Choose how the minutes were distributed.</source>
            <translation>Choose how the minutes were distributed.</translation>
        </message>
        <message>
            <source>The minutes cannot be sent before the meeting.</source>
            <translation>The minutes cannot be sent before the meeting.</translation>
        </message>
        <message>
            <source>Tick the households the minutes went to.</source>
            <translation>Tick the households the minutes went to.</translation>
        </message>
        <message>
            <source>Tick households whose distribution by this channel was logged.</source>
            <translation>Tick households whose distribution by this channel was logged.</translation>
        </message>
        <message>
            <source>This signal no longer exists.</source>
            <translation>This signal no longer exists.</translation>
        </message>
        <message>
            <source>Choose the site the signal is about.</source>
            <translation>Choose the site the signal is about.</translation>
        </message>
        <message>
            <source>Choose the building the signal is about.</source>
            <translation>Choose the building the signal is about.</translation>
        </message>
        <message>
            <source>Choose the theme of the signal.</source>
            <translation>Choose the theme of the signal.</translation>
        </message>
        <message>
            <source>This neighbourhood no longer exists.</source>
            <translation>This neighbourhood no longer exists.</translation>
        </message>
        <message>
            <source>Give the neighbourhood a name.</source>
            <translation>Give the neighbourhood a name.</translation>
        </message>
        <message>
            <source>A neighbourhood needs at least one site.</source>
            <translation>A neighbourhood needs at least one site.</translation>
        </message>
        <message>
            <source>This information session was not found.</source>
            <translation>This information session was not found.</translation>
        </message>
        <message>
            <source>This question was not found.</source>
            <translation>This question was not found.</translation>
        </message>
        <message>
            <source>Write the question that was asked.</source>
            <translation>Write the question that was asked.</translation>
        </message>
        <message>
            <source>Give a time between 00:00 and 23:59.</source>
            <translation>Give a time between 00:00 and 23:59.</translation>
        </message>
        <message>
            <source>Choose the role of each person present.</source>
            <translation>Choose the role of each person present.</translation>
        </message>
        <message>
            <source>Give the name of each person present.</source>
            <translation>Give the name of each person present.</translation>
        </message>
        <message>
            <source>Only households of the project's dwellings can be invited or present.</source>
            <translation>Only households of the project's dwellings can be invited or present.</translation>
        </message>
        <message>
            <source>A session cannot be planned in the past.</source>
            <translation>A session cannot be planned in the past.</translation>
        </message>
        <message>
            <source>This phase of the works was not found.</source>
            <translation>This phase of the works was not found.</translation>
        </message>
        <message>
            <source>Choose what the works of this phase are.</source>
            <translation>Choose what the works of this phase are.</translation>
        </message>
        <message>
            <source>A phase cannot end before it starts.</source>
            <translation>A phase cannot end before it starts.</translation>
        </message>
        <message>
            <source>This building has no dwelling in the project.</source>
            <translation>This building has no dwelling in the project.</translation>
        </message>
        <message>
            <source>A phase concerns the whole project, one building or one dwelling — not several.</source>
            <translation>A phase concerns the whole project, one building or one dwelling — not several.</translation>
        </message>
        <message>
            <source>Unknown kind of letter '{kind}'.</source>
            <translation>Unknown kind of letter '{kind}'.</translation>
        </message>
        <message>
            <source>This job placement was not found.</source>
            <translation>This job placement was not found.</translation>
        </message>
        <message>
            <source>Say which job was offered.</source>
            <translation>Say which job was offered.</translation>
        </message>
        <message>
            <source>Say who the employer is.</source>
            <translation>Say who the employer is.</translation>
        </message>
        <message>
            <source>Choose how the placement turned out.</source>
            <translation>Choose how the placement turned out.</translation>
        </message>
        <message>
            <source>A job cannot end before it starts.</source>
            <translation>A job cannot end before it starts.</translation>
        </message>
        <message>
            <source>This person does not live in the dwelling.</source>
            <translation>This person does not live in the dwelling.</translation>
        </message>
        <message>
            <source>Give the time spent: between 5 minutes and 12 hours.</source>
            <translation>Give the time spent: between 5 minutes and 12 hours.</translation>
        </message>
        <message>
            <source>Choose what the time was spent on.</source>
            <translation>Choose what the time was spent on.</translation>
        </message>
        <message>
            <source>Time cannot be recorded for a day to come.</source>
            <translation>Time cannot be recorded for a day to come.</translation>
        </message>
        <message>
            <source>This campaign no longer exists.</source>
            <translation>This campaign no longer exists.</translation>
        </message>
        <message>
            <source>Choose the theme of the campaign.</source>
            <translation>Choose the theme of the campaign.</translation>
        </message>
        <message>
            <source>Give the campaign a title.</source>
            <translation>Give the campaign a title.</translation>
        </message>
        <message>
            <source>Give the start of the campaign.</source>
            <translation>Give the start of the campaign.</translation>
        </message>
        <message>
            <source>The campaign cannot end before it starts.</source>
            <translation>The campaign cannot end before it starts.</translation>
        </message>
        <message>
            <source>Tick the buildings the campaign covers.</source>
            <translation>Tick the buildings the campaign covers.</translation>
        </message>
        <message>
            <source>Give the number of posters hung (0 if none).</source>
            <translation>Give the number of posters hung (0 if none).</translation>
        </message>
        <message>
            <source>Choose a door of the campaign's buildings.</source>
            <translation>Choose a door of the campaign's buildings.</translation>
        </message>
        <message>
            <source>Say what happened at the door.</source>
            <translation>Say what happened at the door.</translation>
        </message>
        <message>
            <source>Give the day of the visit.</source>
            <translation>Give the day of the visit.</translation>
        </message>
        <message>
            <source>This call for projects no longer exists.</source>
            <translation>This call for projects no longer exists.</translation>
        </message>
        <message>
            <source>This application no longer exists.</source>
            <translation>This application no longer exists.</translation>
        </message>
        <message>
            <source>This initiative no longer exists.</source>
            <translation>This initiative no longer exists.</translation>
        </message>
        <message>
            <source>Give the year of the call.</source>
            <translation>Give the year of the call.</translation>
        </message>
        <message>
            <source>Give the call a title.</source>
            <translation>Give the call a title.</translation>
        </message>
        <message>
            <source>Say who applies: an association, a cohesion project or a tenant group.</source>
            <translation>Say who applies: an association, a cohesion project or a tenant group.</translation>
        </message>
        <message>
            <source>Name the group that applies.</source>
            <translation>Name the group that applies.</translation>
        </message>
        <message>
            <source>Give the project a title.</source>
            <translation>Give the project a title.</translation>
        </message>
        <message>
            <source>Give the amount asked in whole euros.</source>
            <translation>Give the amount asked in whole euros.</translation>
        </message>
        <message>
            <source>Choose the decision.</source>
            <translation>Choose the decision.</translation>
        </message>
        <message>
            <source>Give the amount granted in whole euros.</source>
            <translation>Give the amount granted in whole euros.</translation>
        </message>
        <message>
            <source>A selected project is granted an amount.</source>
            <translation>A selected project is granted an amount.</translation>
        </message>
        <message>
            <source>Give the day of the contact.</source>
            <translation>Give the day of the contact.</translation>
        </message>
        <message>
            <source>Say what was discussed with the group.</source>
            <translation>Say what was discussed with the group.</translation>
        </message>
        <message>
            <source>Only a selected project hands in a final report.</source>
            <translation>Only a selected project hands in a final report.</translation>
        </message>
        <message>
            <source>Give the day the final report came in.</source>
            <translation>Give the day the final report came in.</translation>
        </message>
        <message>
            <source>Sum up what the final report says.</source>
            <translation>Sum up what the final report says.</translation>
        </message>
        <message>
            <source>Give the amount spent in whole euros.</source>
            <translation>Give the amount spent in whole euros.</translation>
        </message>
        <message>
            <source>Choose the council or committee.</source>
            <translation>Choose the council or committee.</translation>
        </message>
        <message>
            <source>Say what the meeting was about.</source>
            <translation>Say what the meeting was about.</translation>
        </message>
        <message>
            <source>Give the initiative a title.</source>
            <translation>Give the initiative a title.</translation>
        </message>
        <message>
            <source>Say which group carries the initiative (not a tenant's name).</source>
            <translation>Say which group carries the initiative (not a tenant's name).</translation>
        </message>
        <message>
            <source>Give the start of the initiative.</source>
            <translation>Give the start of the initiative.</translation>
        </message>
        <message>
            <source>Choose the kind of support.</source>
            <translation>Choose the kind of support.</translation>
        </message>
        <message>
            <source>Give the day of the support.</source>
            <translation>Give the day of the support.</translation>
        </message>
        <message>
            <source>Choose the state of the initiative.</source>
            <translation>Choose the state of the initiative.</translation>
        </message>
        <message>
            <source>This election no longer exists.</source>
            <translation>This election no longer exists.</translation>
        </message>
        <message>
            <source>This candidate is no longer listed.</source>
            <translation>This candidate is no longer listed.</translation>
        </message>
        <message>
            <source>This election is validated: its roll is purged.</source>
            <translation>This election is validated: its roll is purged.</translation>
        </message>
        <message>
            <source>Give the day of the vote.</source>
            <translation>Give the day of the vote.</translation>
        </message>
        <message>
            <source>Give the number of seats of the council (1 to 50).</source>
            <translation>Give the number of seats of the council (1 to 50).</translation>
        </message>
        <message>
            <source>Give the candidate's name as on the notice.</source>
            <translation>Give the candidate's name as on the notice.</translation>
        </message>
        <message>
            <source>List the candidates first.</source>
            <translation>List the candidates first.</translation>
        </message>
        <message>
            <source>Give each candidate's votes as a whole number.</source>
            <translation>Give each candidate's votes as a whole number.</translation>
        </message>
        <message>
            <source>Count the votes before validating the election.</source>
            <translation>Count the votes before validating the election.</translation>
        </message>
        <message>
            <source>Only a member of the council has a mandate to end.</source>
            <translation>Only a member of the council has a mandate to end.</translation>
        </message>
        <message>
            <source>A mandate cannot end before it began.</source>
            <translation>A mandate cannot end before it began.</translation>
        </message>
        <message>
            <source>Record the decision before printing the letter.</source>
            <translation>Record the decision before printing the letter.</translation>
        </message>
        <message>
            <source>This consultation no longer exists.</source>
            <translation>This consultation no longer exists.</translation>
        </message>
        <message>
            <source>Write the question for the team.</source>
            <translation>Write the question for the team.</translation>
        </message>
        <message>
            <source>Write the team's advice.</source>
            <translation>Write the team's advice.</translation>
        </message>
        <message>
            <source>Choose an age band.</source>
            <translation>Choose an age band.</translation>
        </message>
        <message>
            <source>Choose the kind of household.</source>
            <translation>Choose the kind of household.</translation>
        </message>
        <message>
            <source>Choose the concerns from the list.</source>
            <translation>Choose the concerns from the list.</translation>
        </message>
        <message>
            <source>Choose how urgent it is.</source>
            <translation>Choose how urgent it is.</translation>
        </message>
        <message>
            <source>Tick at least one concern.</source>
            <translation>Tick at least one concern.</translation>
        </message>
        <message>
            <source>This consultation is closed.</source>
            <translation>This consultation is closed.</translation>
        </message>
        <message>
            <source>The text names someone of the household. The team must not be able to recognise the person: write it without names.</source>
            <translation>The text names someone of the household. The team must not be able to recognise the person: write it without names.</translation>
        </message>
        <message>
            <source>The text gives the household's street. Write it without the address.</source>
            <translation>The text gives the household's street. Write it without the address.</translation>
        </message>
        <message>
            <source>The text holds a phone number. Leave it out: the team answers you, not the tenant.</source>
            <translation>The text holds a phone number. Leave it out: the team answers you, not the tenant.</translation>
        </message>
        <message>
            <source>The text holds an e-mail address. Leave it out.</source>
            <translation>The text holds an e-mail address. Leave it out.</translation>
        </message>
        <message>
            <source>The text holds a national register number. Leave it out.</source>
            <translation>The text holds a national register number. Leave it out.</translation>
        </message>
        <message>
            <source>The text holds a full date, which can be a date of birth. Give an age band instead.</source>
            <translation>The text holds a full date, which can be a date of birth. Give an age band instead.</translation>
        </message>
        <message>
            <source>This file is not a figures file for the DMBSH report.</source>
            <translation>This file is not a figures file for the DMBSH report.</translation>
        </message>
        <message>
            <source>This figures file holds a count below 5: it was changed by hand, so it is not used.</source>
            <translation>This figures file holds a count below 5: it was changed by hand, so it is not used.</translation>
        </message>
        <message>
            <source>Give the housing company's name.</source>
            <translation>Give the housing company's name.</translation>
        </message>
        <message>
            <source>Add the figures file of at least one housing company.</source>
            <translation>Add the figures file of at least one housing company.</translation>
        </message>
        <message>
            <source>Two figures files are of the same housing company and period.</source>
            <translation>Two figures files are of the same housing company and period.</translation>
        </message>
        <message>
            <source>This laptop already has an organisation of that name.</source>
            <translation>This laptop already has an organisation of that name.</translation>
        </message>
        <message>
            <source>An office-hours session is not cancelled: move it to another day, or delete it if it will not take place.</source>
            <translation>An office-hours session is not cancelled: move it to another day, or delete it if it will not take place.</translation>
        </message>
        <message>
            <source>Count the votes before printing the results.</source>
            <translation>Count the votes before printing the results.</translation>
        </message>
        <message>
            <source>This loan of premises no longer exists.</source>
            <translation>This loan of premises no longer exists.</translation>
        </message>
        <message>
            <source>Give the day the loan starts.</source>
            <translation>Give the day the loan starts.</translation>
        </message>
        <message>
            <source>The loan ends before it starts.</source>
            <translation>The loan ends before it starts.</translation>
        </message>
        <message>
            <source>The room is already lent to this project then.</source>
            <translation>The room is already lent to this project then.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Office hours</source>
            <translation>Office hours</translation>
        </message>
        <message>
            <source>Office interview</source>
            <translation>Office interview</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>Letter / e-mail</source>
            <translation>Letter / e-mail</translation>
        </message>
        <message>
            <source>Finances / debt</source>
            <translation>Finances / debt</translation>
        </message>
        <message>
            <source>Rent arrears</source>
            <translation>Rent arrears</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>Administrative</translation>
        </message>
        <message>
            <source>Health / mental health</source>
            <translation>Health / mental health</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Restricted (author and supervisors)</source>
            <translation>Restricted (author and supervisors)</translation>
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
            <translation>Mental-health service</translation>
        </message>
        <message>
            <source>Debt help</source>
            <translation>Debt help</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Reliable knowledge of social realities through diagnosis tools</source>
            <translation>Reliable knowledge of social realities through diagnosis tools</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Branch office</source>
            <translation>Branch office</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>Not referred</source>
            <translation>Not referred</translation>
        </message>
        <message>
            <source>A department of the company</source>
            <translation>A department of the company</translation>
        </message>
        <message>
            <source>With a case file</source>
            <translation>With a case file</translation>
        </message>
        <message>
            <source>Without a case file</source>
            <translation>Without a case file</translation>
        </message>
        <message>
            <source>Quick question</source>
            <translation>Quick question</translation>
        </message>
        <message>
            <source>Income / allowances (unemployment, sickness, pension, disability)</source>
            <translation>Income / allowances (unemployment, sickness, pension, disability)</translation>
        </message>
        <message>
            <source>Family allowance</source>
            <translation>Family allowance</translation>
        </message>
        <message>
            <source>Social tariffs (energy, water, telephone, transport)</source>
            <translation>Social tariffs (energy, water, telephone, transport)</translation>
        </message>
        <message>
            <source>OCMW / CPAS (living wage, help)</source>
            <translation>OCMW / CPAS (living wage, help)</translation>
        </message>
        <message>
            <source>Health insurance (increased reimbursement)</source>
            <translation>Health insurance (increased reimbursement)</translation>
        </message>
        <message>
            <source>Rent allowance / rent reduction</source>
            <translation>Rent allowance / rent reduction</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Legal aid</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>Not checked yet</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>To apply for</source>
            <translation>To apply for</translation>
        </message>
        <message>
            <source>Applied for</source>
            <translation>Applied for</translation>
        </message>
        <message>
            <source>Not entitled</source>
            <translation>Not entitled</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Reached</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <source>Accounting / rent</source>
            <translation>Accounting / rent</translation>
        </message>
        <message>
            <source>Technical department</source>
            <translation>Technical department</translation>
        </message>
        <message>
            <source>Rental management</source>
            <translation>Rental management</translation>
        </message>
        <message>
            <source>Legal department</source>
            <translation>Legal department</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Paid off</source>
            <translation>Paid off</translation>
        </message>
        <message>
            <source>Not kept</source>
            <translation>Not kept</translation>
        </message>
        <message>
            <source>Formal notice</source>
            <translation>Formal notice</translation>
        </message>
        <message>
            <source>Summons to the justice of the peace</source>
            <translation>Summons to the justice of the peace</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Hearing</translation>
        </message>
        <message>
            <source>Judgment</source>
            <translation>Judgment</translation>
        </message>
        <message>
            <source>Bailiff's notice</source>
            <translation>Bailiff's notice</translation>
        </message>
        <message>
            <source>Eviction date set</source>
            <translation>Eviction date set</translation>
        </message>
        <message>
            <source>Procedure stopped</source>
            <translation>Procedure stopped</translation>
        </message>
        <message>
            <source>Housing kept</source>
            <translation>Housing kept</translation>
        </message>
        <message>
            <source>Moved to a more suitable dwelling</source>
            <translation>Moved to a more suitable dwelling</translation>
        </message>
        <message>
            <source>Left of their own accord</source>
            <translation>Left of their own accord</translation>
        </message>
        <message>
            <source>Evicted</source>
            <translation>Evicted</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Printed</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>Searched notes</source>
            <translation>Searched notes</translation>
        </message>
        <message>
            <source>Viewed the history</source>
            <translation>Viewed the history</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Welcome session</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Renovation project</source>
            <translation>Renovation project</translation>
        </message>
        <message>
            <source>Letter to a household (renovation)</source>
            <translation>Letter to a household (renovation)</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Defect report</source>
            <translation>Defect report</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>Day sheet</translation>
        </message>
        <message>
            <source>Access log</source>
            <translation>Access log</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Internal request</source>
            <translation>Internal request</translation>
        </message>
        <message>
            <source>Tenants' meeting</source>
            <translation>Tenants' meeting</translation>
        </message>
        <message>
            <source>Head of household</source>
            <translation>Head of household</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Other household member</source>
            <translation>Other household member</translation>
        </message>
        <message>
            <source>Buildings and infrastructure</source>
            <translation>Buildings and infrastructure</translation>
        </message>
        <message>
            <source>Strengthen social support</source>
            <translation>Strengthen social support</translation>
        </message>
        <message>
            <source>Positive dynamic in the neighbourhood</source>
            <translation>Positive dynamic in the neighbourhood</translation>
        </message>
        <message>
            <source>Interaction between actors</source>
            <translation>Interaction between actors</translation>
        </message>
        <message>
            <source>Transversal</source>
            <translation>Transversal</translation>
        </message>
        <message>
            <source>Inventory and monitor problems and needs of buildings and spaces</source>
            <translation>Inventory and monitor problems and needs of buildings and spaces</translation>
        </message>
        <message>
            <source>Constructive consultation in construction and renovation projects</source>
            <translation>Constructive consultation in construction and renovation projects</translation>
        </message>
        <message>
            <source>Better use of and respect for buildings through information and training</source>
            <translation>Better use of and respect for buildings through information and training</translation>
        </message>
        <message>
            <source>Performance and versatility of buildings</source>
            <translation>Performance and versatility of buildings</translation>
        </message>
        <message>
            <source>Better design of collective spaces</source>
            <translation>Better design of collective spaces</translation>
        </message>
        <message>
            <source>Dynamic management of collective spaces</source>
            <translation>Dynamic management of collective spaces</translation>
        </message>
        <message>
            <source>Proactive approach of vulnerable groups</source>
            <translation>Proactive approach of vulnerable groups</translation>
        </message>
        <message>
            <source>Framework for collective reception, information, awareness and exchange</source>
            <translation>Framework for collective reception, information, awareness and exchange</translation>
        </message>
        <message>
            <source>Reception, follow-up and individual support to keep the right to housing</source>
            <translation>Reception, follow-up and individual support to keep the right to housing</translation>
        </message>
        <message>
            <source>Put the beneficiary at the centre of all activities</source>
            <translation>Put the beneficiary at the centre of all activities</translation>
        </message>
        <message>
            <source>Join and strengthen local dynamics</source>
            <translation>Join and strengthen local dynamics</translation>
        </message>
        <message>
            <source>Role in territorial development</source>
            <translation>Role in territorial development</translation>
        </message>
        <message>
            <source>Help residents appropriate their living space</source>
            <translation>Help residents appropriate their living space</translation>
        </message>
        <message>
            <source>Identify and activate local actors</source>
            <translation>Identify and activate local actors</translation>
        </message>
        <message>
            <source>Learn to cooperate</source>
            <translation>Learn to cooperate</translation>
        </message>
        <message>
            <source>Build the network with residents</source>
            <translation>Build the network with residents</translation>
        </message>
        <message>
            <source>Take part in or start network dynamics</source>
            <translation>Take part in or start network dynamics</translation>
        </message>
        <message>
            <source>Tenant call</source>
            <translation>Tenant call</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Social assistant</source>
            <translation>Social assistant</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>Own observation</translation>
        </message>
        <message>
            <source>Neighbour conflict</source>
            <translation>Neighbour conflict</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Noise</translation>
        </message>
        <message>
            <source>Dumped bulky waste</source>
            <translation>Dumped bulky waste</translation>
        </message>
        <message>
            <source>Squatters</source>
            <translation>Squatters</translation>
        </message>
        <message>
            <source>Vandalism</source>
            <translation>Vandalism</translation>
        </message>
        <message>
            <source>Took place</source>
            <translation>Took place</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Colleague</translation>
        </message>
        <message>
            <source>Tenants</source>
            <translation>Tenants</translation>
        </message>
        <message>
            <source>Letterbox</source>
            <translation>Letterbox</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Hall notice</source>
            <translation>Hall notice</translation>
        </message>
        <message>
            <source>Waste sorting</source>
            <translation>Waste sorting</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Energy saving</source>
            <translation>Energy saving</translation>
        </message>
        <message>
            <source>Neighbour disputes</source>
            <translation>Neighbour disputes</translation>
        </message>
        <message>
            <source>Common rooms</source>
            <translation>Common rooms</translation>
        </message>
        <message>
            <source>Cleanliness of common parts</source>
            <translation>Cleanliness of common parts</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Isolation of older tenants</source>
            <translation>Isolation of older tenants</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Leaflet left</source>
            <translation>Leaflet left</translation>
        </message>
        <message>
            <source>Bike storage</source>
            <translation>Bike storage</translation>
        </message>
        <message>
            <source>Garden</source>
            <translation>Garden</translation>
        </message>
        <message>
            <source>Meeting room</source>
            <translation>Meeting room</translation>
        </message>
        <message>
            <source>Other room</source>
            <translation>Other room</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Social cohesion project</source>
            <translation>Social cohesion project</translation>
        </message>
        <message>
            <source>Tenant group</source>
            <translation>Tenant group</translation>
        </message>
        <message>
            <source>Selected</source>
            <translation>Selected</translation>
        </message>
        <message>
            <source>Not selected</source>
            <translation>Not selected</translation>
        </message>
        <message>
            <source>Tenants' advisory council (ARHUU)</source>
            <translation>Tenants' advisory council (ARHUU)</translation>
        </message>
        <message>
            <source>Tenants' committee</source>
            <translation>Tenants' committee</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>A room lent</source>
            <translation>A room lent</translation>
        </message>
        <message>
            <source>Coaching contact</source>
            <translation>Coaching contact</translation>
        </message>
        <message>
            <source>Help with funding</source>
            <translation>Help with funding</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Other support</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>In preparation</translation>
        </message>
        <message>
            <source>Votes counted</source>
            <translation>Votes counted</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validated</translation>
        </message>
        <message>
            <source>Technical defect</source>
            <translation>Technical defect</translation>
        </message>
        <message>
            <source>Youth / prevention</source>
            <translation>Youth / prevention</translation>
        </message>
        <message>
            <source>Accompanying staff</source>
            <translation>Accompanying staff</translation>
        </message>
        <message>
            <source>Immediate</source>
            <translation>Immediate</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>When possible</source>
            <translation>When possible</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Partly resolved</source>
            <translation>Partly resolved</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Not resolved</translation>
        </message>
        <message>
            <source>Nobody present</source>
            <translation>Nobody present</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Passed on</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Works in progress</source>
            <translation>Works in progress</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Archived (works ended)</source>
            <translation>Archived (works ended)</translation>
        </message>
        <message>
            <source>To plan</source>
            <translation>To plan</translation>
        </message>
        <message>
            <source>Appointment planned</source>
            <translation>Appointment planned</translation>
        </message>
        <message>
            <source>Access given</source>
            <translation>Access given</translation>
        </message>
        <message>
            <source>Access refused</source>
            <translation>Access refused</translation>
        </message>
        <message>
            <source>Pre-works inventory</source>
            <translation>Pre-works inventory</translation>
        </message>
        <message>
            <source>Post-works check</source>
            <translation>Post-works check</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Worn</source>
            <translation>Worn</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Tenant</translation>
        </message>
        <message>
            <source>Project manager</source>
            <translation>Project manager</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>Contractor</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Surveyor</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Renovation-site assistant</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Not signed yet</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Refused to sign</source>
            <translation>Refused to sign</translation>
        </message>
        <message>
            <source>Moving furniture</source>
            <translation>Moving furniture</translation>
        </message>
        <message>
            <source>Clearing full rooms or storage</source>
            <translation>Clearing full rooms or storage</translation>
        </message>
        <message>
            <source>Temporary rehousing</source>
            <translation>Temporary rehousing</translation>
        </message>
        <message>
            <source>Vulnerable occupant</source>
            <translation>Vulnerable occupant</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Pets</translation>
        </message>
        <message>
            <source>Contact with a non-profit or neighbourhood house</source>
            <translation>Contact with a non-profit or neighbourhood house</translation>
        </message>
        <message>
            <source>To assess</source>
            <translation>To assess</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>Not needed</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Needed</translation>
        </message>
        <message>
            <source>Arranged</source>
            <translation>Arranged</translation>
        </message>
        <message>
            <source>Handed to the site assistant</source>
            <translation>Handed to the site assistant</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Damage</source>
            <translation>Damage</translation>
        </message>
        <message>
            <source>Noise or dust</source>
            <translation>Noise or dust</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Access to the dwelling</translation>
        </message>
        <message>
            <source>Water, gas or electricity cut</source>
            <translation>Water, gas or electricity cut</translation>
        </message>
        <message>
            <source>Site set-up and scaffolding</source>
            <translation>Site set-up and scaffolding</translation>
        </message>
        <message>
            <source>Asbestos removal</source>
            <translation>Asbestos removal</translation>
        </message>
        <message>
            <source>Roof</source>
            <translation>Roof</translation>
        </message>
        <message>
            <source>Facade and insulation</source>
            <translation>Facade and insulation</translation>
        </message>
        <message>
            <source>Windows and doors</source>
            <translation>Windows and doors</translation>
        </message>
        <message>
            <source>Heating</source>
            <translation>Heating</translation>
        </message>
        <message>
            <source>Electricity</source>
            <translation>Electricity</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>Plumbing</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Kitchen</translation>
        </message>
        <message>
            <source>Bathroom</source>
            <translation>Bathroom</translation>
        </message>
        <message>
            <source>Common parts</source>
            <translation>Common parts</translation>
        </message>
        <message>
            <source>Other works</source>
            <translation>Other works</translation>
        </message>
        <message>
            <source>Notice of the works</source>
            <translation>Notice of the works</translation>
        </message>
        <message>
            <source>Invitation to the information session</source>
            <translation>Invitation to the information session</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Offered</translation>
        </message>
        <message>
            <source>Refused by the tenant</source>
            <translation>Refused by the tenant</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <source>Hired afterwards</source>
            <translation>Hired afterwards</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Stopped early</translation>
        </message>
        <message>
            <source>At the office</source>
            <translation>At the office</translation>
        </message>
        <message>
            <source>Help with moving or clearing</source>
            <translation>Help with moving or clearing</translation>
        </message>
        <message>
            <source>Accompanying to an appointment</source>
            <translation>Accompanying to an appointment</translation>
        </message>
        <message>
            <source>Paperwork</source>
            <translation>Paperwork</translation>
        </message>
        <message>
            <source>Case notes by kind</source>
            <translation>Case notes by kind</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>Home visits</translation>
        </message>
        <message>
            <source>Referrals by destination</source>
            <translation>Referrals by destination</translation>
        </message>
        <message>
            <source>Referrals by outcome</source>
            <translation>Referrals by outcome</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Follow-ups due</translation>
        </message>
        <message>
            <source>Welcome sessions</source>
            <translation>Welcome sessions</translation>
        </message>
        <message>
            <source>Households at welcome sessions</source>
            <translation>Households at welcome sessions</translation>
        </message>
        <message>
            <source>Inventories signed</source>
            <translation>Inventories signed</translation>
        </message>
        <message>
            <source>Help-needed items</source>
            <translation>Help-needed items</translation>
        </message>
        <message>
            <source>Renovation information sessions</source>
            <translation>Renovation information sessions</translation>
        </message>
        <message>
            <source>Households at information sessions</source>
            <translation>Households at information sessions</translation>
        </message>
        <message>
            <source>Social-clause jobs offered to tenants</source>
            <translation>Social-clause jobs offered to tenants</translation>
        </message>
        <message>
            <source>Renovation accompaniment (minutes)</source>
            <translation>Renovation accompaniment (minutes)</translation>
        </message>
        <message>
            <source>Interventions by category</source>
            <translation>Interventions by category</translation>
        </message>
        <message>
            <source>Office-hours sessions by place</source>
            <translation>Office-hours sessions by place</translation>
        </message>
        <message>
            <source>Office-hours contacts</source>
            <translation>Office-hours contacts</translation>
        </message>
        <message>
            <source>Office-hours contacts by theme</source>
            <translation>Office-hours contacts by theme</translation>
        </message>
        <message>
            <source>Office-hours contacts referred to</source>
            <translation>Office-hours contacts referred to</translation>
        </message>
        <message>
            <source>Support plans made</source>
            <translation>Support plans made</translation>
        </message>
        <message>
            <source>Support-plan goals reviewed</source>
            <translation>Support-plan goals reviewed</translation>
        </message>
        <message>
            <source>Requests to the company's departments</source>
            <translation>Requests to the company's departments</translation>
        </message>
        <message>
            <source>Arrears plans agreed</source>
            <translation>Arrears plans agreed</translation>
        </message>
        <message>
            <source>Eviction procedure steps</source>
            <translation>Eviction procedure steps</translation>
        </message>
        <message>
            <source>Right to housing: outcomes</source>
            <translation>Right to housing: outcomes</translation>
        </message>
        <message>
            <source>Tenants' meetings held</source>
            <translation>Tenants' meetings held</translation>
        </message>
        <message>
            <source>Attendance at tenants' meetings</source>
            <translation>Attendance at tenants' meetings</translation>
        </message>
        <message>
            <source>Minutes sent to the tenants</source>
            <translation>Minutes sent to the tenants</translation>
        </message>
        <message>
            <source>Actions of tenants' meetings</source>
            <translation>Actions of tenants' meetings</translation>
        </message>
        <message>
            <source>Door-to-door coverage</source>
            <translation>Door-to-door coverage</translation>
        </message>
        <message>
            <source>Call for projects: applications and grants</source>
            <translation>Call for projects: applications and grants</translation>
        </message>
        <message>
            <source>Common rooms booked</source>
            <translation>Common rooms booked</translation>
        </message>
        <message>
            <source>Mental-health team consultations</source>
            <translation>Mental-health team consultations</translation>
        </message>
        <message>
            <source>Done on time</source>
            <translation>Done on time</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Done late</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Not done yet</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>No objective given</source>
            <translation>No objective given</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Within 14 days</source>
            <translation>Within 14 days</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>Not visited</source>
            <translation>Not visited</translation>
        </message>
        <message>
            <source>Selected (granted)</source>
            <translation>Selected (granted)</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation>Not urgent</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Individual social work</source>
            <translation>Individual social work</translation>
        </message>
        <message>
            <source>Collective social work</source>
            <translation>Collective social work</translation>
        </message>
        <message>
            <source>Community social work</source>
            <translation>Community social work</translation>
        </message>
    </context>
    <context>
        <name>mentalhealth</name>
        <message>
            <source>Age not given</source>
            <translation>Age not given</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Under 18</translation>
        </message>
        <message>
            <source>18 to 29</source>
            <translation>18 to 29</translation>
        </message>
        <message>
            <source>30 to 44</source>
            <translation>30 to 44</translation>
        </message>
        <message>
            <source>45 to 64</source>
            <translation>45 to 64</translation>
        </message>
        <message>
            <source>65 or older</source>
            <translation>65 or older</translation>
        </message>
        <message>
            <source>Household not described</source>
            <translation>Household not described</translation>
        </message>
        <message>
            <source>Lives alone</source>
            <translation>Lives alone</translation>
        </message>
        <message>
            <source>Couple without children</source>
            <translation>Couple without children</translation>
        </message>
        <message>
            <source>Single parent with children</source>
            <translation>Single parent with children</translation>
        </message>
        <message>
            <source>Couple with children</source>
            <translation>Couple with children</translation>
        </message>
        <message>
            <source>Other household</source>
            <translation>Other household</translation>
        </message>
        <message>
            <source>Isolation, withdrawal</source>
            <translation>Isolation, withdrawal</translation>
        </message>
        <message>
            <source>Hoarding, neglect of the dwelling</source>
            <translation>Hoarding, neglect of the dwelling</translation>
        </message>
        <message>
            <source>Conflicts with neighbours</source>
            <translation>Conflicts with neighbours</translation>
        </message>
        <message>
            <source>Addiction</source>
            <translation>Addiction</translation>
        </message>
        <message>
            <source>Psychological distress</source>
            <translation>Psychological distress</translation>
        </message>
        <message>
            <source>Suspected psychiatric disorder</source>
            <translation>Suspected psychiatric disorder</translation>
        </message>
        <message>
            <source>Refuses care or help</source>
            <translation>Refuses care or help</translation>
        </message>
        <message>
            <source>Other concern</source>
            <translation>Other concern</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Waiting for the team</source>
            <translation>Waiting for the team</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>This person is already listed on line {other} of the same household.</source>
            <translation>This person is already listed on line {other} of the same household.</translation>
        </message>
        <message>
            <source>Characters of this line can't be read in the file's encoding. Export the register again as UTF-8 or Windows-1252.</source>
            <translation>Characters of this line can't be read in the file's encoding. Export the register again as UTF-8 or Windows-1252.</translation>
        </message>
        <message>
            <source>This field is empty; it is needed to place the person.</source>
            <translation>This field is empty; it is needed to place the person.</translation>
        </message>
        <message>
            <source>No dwelling: the line can't be placed. Fill in the dwelling.</source>
            <translation>No dwelling: the line can't be placed. Fill in the dwelling.</translation>
        </message>
        <message>
            <source>No building and no street: the dwelling can't be placed.</source>
            <translation>No building and no street: the dwelling can't be placed.</translation>
        </message>
        <message>
            <source>The person has no last name and no first name.</source>
            <translation>The person has no last name and no first name.</translation>
        </message>
        <message>
            <source>This is not a date: write it as dd/mm/yyyy.</source>
            <translation>This is not a date: write it as dd/mm/yyyy.</translation>
        </message>
        <message>
            <source>This is not a whole number.</source>
            <translation>This is not a whole number.</translation>
        </message>
        <message>
            <source>This is not a valid national register number (11 digits with correct check digits).</source>
            <translation>This is not a valid national register number (11 digits with correct check digits).</translation>
        </message>
        <message>
            <source>The move-out date is before the move-in date.</source>
            <translation>The move-out date is before the move-in date.</translation>
        </message>
        <message>
            <source>Unknown site code: add the site first, or allow new sites to be created from the file.</source>
            <translation>Unknown site code: add the site first, or allow new sites to be created from the file.</translation>
        </message>
        <message>
            <source>The same national register number is already on line {other}.</source>
            <translation>The same national register number is already on line {other}.</translation>
        </message>
        <message>
            <source>This national register number belongs to a person of another household in the register.</source>
            <translation>This national register number belongs to a person of another household in the register.</translation>
        </message>
        <message>
            <source>Site code</source>
            <translation>Site code</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Floor</source>
            <translation>Floor</translation>
        </message>
        <message>
            <source>Bedrooms</source>
            <translation>Bedrooms</translation>
        </message>
        <message>
            <source>Household reference</source>
            <translation>Household reference</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Move-in date</source>
            <translation>Move-in date</translation>
        </message>
        <message>
            <source>Move-out date</source>
            <translation>Move-out date</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>National register number</source>
            <translation>National register number</translation>
        </message>
        <message>
            <source>The file has no column for '{field}' ({headers}). Choose the column in the mapping, or export the register with that column.</source>
            <translation>The file has no column for '{field}' ({headers}). Choose the column in the mapping, or export the register with that column.</translation>
        </message>
        <message>
            <source>There is no saved column mapping named '{name}'.</source>
            <translation>There is no saved column mapping named '{name}'.</translation>
        </message>
        <message>
            <source>A column mapping needs a name of at most 60 characters.</source>
            <translation>A column mapping needs a name of at most 60 characters.</translation>
        </message>
        <message>
            <source>The file can't be read ({reason}).</source>
            <translation>The file can't be read ({reason}).</translation>
        </message>
        <message>
            <source>This file is not a register export: choose a .csv or .xlsx file with one line per person and a header line.</source>
            <translation>This file is not a register export: choose a .csv or .xlsx file with one line per person and a header line.</translation>
        </message>
        <message>
            <source>The file holds no header line and no data.</source>
            <translation>The file holds no header line and no data.</translation>
        </message>
        <message>
            <source>The file is larger than {mb} MB; split the export.</source>
            <translation>The file is larger than {mb} MB; split the export.</translation>
        </message>
        <message>
            <source>The Excel file can't be opened; save it again as .xlsx or export the register as CSV.</source>
            <translation>The Excel file can't be opened; save it again as .xlsx or export the register as CSV.</translation>
        </message>
    </context>
    <context>
        <name>renovation</name>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Reason for refusing</source>
            <translation>Reason for refusing</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Question or complaint</source>
            <translation>Question or complaint</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>Present as</source>
            <translation>Present as</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Condition now</source>
            <translation>Condition now</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Open contacts</source>
            <translation>Open contacts</translation>
        </message>
        <message>
            <source>Open questions</source>
            <translation>Open questions</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Add photos</translation>
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
            <translation>Site social assistant</translation>
        </message>
        <message>
            <source>Renovation-site assistant</source>
            <translation>Renovation-site assistant</translation>
        </message>
        <message>
            <source>Neighbourhood agent</source>
            <translation>Neighbourhood agent</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Community worker (PSC)</source>
            <translation>Community worker (PSC)</translation>
        </message>
        <message>
            <source>Collective social assistant</source>
            <translation>Collective social assistant</translation>
        </message>
        <message>
            <source>Mobile mental-health team (DMBSH)</source>
            <translation>Mobile mental-health team (DMBSH)</translation>
        </message>
    </context>
    <context>
        <name>schedule</name>
        <message>
            <source>Whole project</source>
            <translation>Whole project</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Dwelling</source>
            <translation>Dwelling</translation>
        </message>
        <message>
            <source>needed</source>
            <translation>needed</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Works</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Access to the dwelling</source>
            <translation>Access to the dwelling</translation>
        </message>
        <message>
            <source>Notice saved: {name}</source>
            <translation>Notice saved: {name}</translation>
        </message>
    </context>
    <context>
        <name>sync</name>
        <message>
            <source>Everything is synchronised.</source>
            <translation>Everything is synchronised.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your work is kept here and sent later.</source>
            <translation>The server cannot be reached. Your work is kept here and sent later.</translation>
        </message>
        <message>
            <source>The server had a problem. Your work is kept here; sync is retried later.</source>
            <translation>The server had a problem. Your work is kept here; sync is retried later.</translation>
        </message>
        <message>
            <source>This computer's clock is more than 5 minutes off the server's. Set the right date and time.</source>
            <translation>This computer's clock is more than 5 minutes off the server's. Set the right date and time.</translation>
        </message>
        <message>
            <source>This device was removed from your account and its data has been erased.</source>
            <translation>This device was removed from your account and its data has been erased.</translation>
        </message>
        <message>
            <source>This device or account has been disabled. Contact your administrator.</source>
            <translation>This device or account has been disabled. Contact your administrator.</translation>
        </message>
        <message>
            <source>Your session has ended. Log in again.</source>
            <translation>Your session has ended. Log in again.</translation>
        </message>
        <message>
            <source>This device has not reached the server for too long. Connect to the network to unlock it.</source>
            <translation>This device has not reached the server for too long. Connect to the network to unlock it.</translation>
        </message>
        <message>
            <source>Data from the server did not pass its security check and was refused.</source>
            <translation>Data from the server did not pass its security check and was refused.</translation>
        </message>
        <message>
            <source>A synchronisation is already running.</source>
            <translation>A synchronisation is already running.</translation>
        </message>
        <message>
            <source>Synchronisation stopped.</source>
            <translation>Synchronisation stopped.</translation>
        </message>
        <message>
            <source>This vault is not connected to a server.</source>
            <translation>This vault is not connected to a server.</translation>
        </message>
        <message>
            <source>The server refused to change or delete an entry of the access log: the access log can only be added to. The change was not kept.</source>
            <translation>The server refused to change or delete an entry of the access log: the access log can only be added to. The change was not kept.</translation>
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
            <translation>Case file</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>Office appointment</source>
            <translation>Office appointment</translation>
        </message>
        <message>
            <source>Reassignment</source>
            <translation>Reassignment</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Welcome session</source>
            <translation>Welcome session</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Colleague's name</source>
            <translation>Colleague's name</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Reason for cancelling</source>
            <translation>Reason for cancelling</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planned on</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Referred on</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>The code you typed is not the code of this person's keys. Nothing was granted. Check that you are looking at their screen and read it again; if it still differs, do not grant access and tell the administrator.</source>
            <translation>The code you typed is not the code of this person's keys. Nothing was granted. Check that you are looking at their screen and read it again; if it still differs, do not grant access and tell the administrator.</translation>
        </message>
        <message>
            <source>This person has not enrolled yet: there is no key to check.</source>
            <translation>This person has not enrolled yet: there is no key to check.</translation>
        </message>
        <message>
            <source>Only the server administrator can revoke this device: it belongs to an administrator or another supervisor, or it is no longer on the server. Ask the administrator to revoke and wipe it.</source>
            <translation>Only the server administrator can revoke this device: it belongs to an administrator or another supervisor, or it is no longer on the server. Ask the administrator to revoke and wipe it.</translation>
        </message>
        <message>
            <source>Their access ended at once. The new key of some collections waits: it is wrapped only for colleagues whose keys you verified. Compare safety numbers with the remaining members (Sync → Colleagues' keys…); the key then rotates at the next synchronisation.</source>
            <translation>Their access ended at once. The new key of some collections waits: it is wrapped only for colleagues whose keys you verified. Compare safety numbers with the remaining members (Sync → Colleagues' keys…); the key then rotates at the next synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</translation>
        </message>
        <message>
            <source>This vault is tied to the keyring of the computer it was created on, and that secret is not available here. A copied vault can't be opened on another device.</source>
            <translation>This vault is tied to the keyring of the computer it was created on, and that secret is not available here. A copied vault can't be opened on another device.</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, and your organisation requires one to protect the vault. Ask IT to enable the keyring.</source>
            <translation>No system keyring is available on this computer, and your organisation requires one to protect the vault. Ask IT to enable the keyring.</translation>
        </message>
        <message>
            <source>The vault's header file is damaged or was altered, so the vault can't be opened. Restore it from a backup or ask IT for help.</source>
            <translation>The vault's header file is damaged or was altered, so the vault can't be opened. Restore it from a backup or ask IT for help.</translation>
        </message>
        <message>
            <source>There is no vault in this folder.</source>
            <translation>There is no vault in this folder.</translation>
        </message>
        <message>
            <source>A vault already exists in this folder; unlock it instead.</source>
            <translation>A vault already exists in this folder; unlock it instead.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it with your passphrase first.</source>
            <translation>The vault is locked. Unlock it with your passphrase first.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min_length} characters.</source>
            <translation>Choose a passphrase of at least {min_length} characters.</translation>
        </message>
        <message>
            <source>No system keyring was found on this computer, so the vault is protected by your passphrase alone: a copy of the vault folder could be attacked offline. Use a long passphrase, or ask IT to enable the keyring.</source>
            <translation>No system keyring was found on this computer, so the vault is protected by your passphrase alone: a copy of the vault folder could be attacked offline. Use a long passphrase, or ask IT to enable the keyring.</translation>
        </message>
        <message>
            <source>The database file does not match its header or is damaged, so it can't be opened. Restore the vault folder from a backup.</source>
            <translation>The database file does not match its header or is damaged, so it can't be opened. Restore the vault folder from a backup.</translation>
        </message>
    </context>
</TS>
