<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <source>Dwelling {label}</source>
            <translation>Dwelling {label}</translation>
        </message>
        <message>
            <source>Tenant since {date}</source>
            <translation>Tenant since {date}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileView</name>
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
            <source>&amp;Timeline</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
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
            <source>At least {n} characters. A few unrelated words make a strong passphrase.</source>
            <translation>At least {n} characters. A few unrelated words make a strong passphrase.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Create vault</translation>
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
            <source>Plan a follow-up</source>
            <translation>Plan a follow-up</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
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
            <source>Households</source>
            <translation>Households</translation>
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
            <source>All my sites</source>
            <translation>All my sites</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
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
            <source>Synchronisation is not set up yet.</source>
            <translation>Synchronisation is not set up yet.</translation>
        </message>
        <message>
            <source>Offline — not connected to a server</source>
            <translation>Offline — not connected to a server</translation>
        </message>
        <message>
            <source>Synchronisation state</source>
            <translation>Synchronisation state</translation>
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
            <source>Note text</source>
            <translation>Note text</translation>
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
        <name>PlanVisitDialog</name>
        <message>
            <source>&amp;Planned on:</source>
            <translation>&amp;Planned on:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>Plan a home visit</source>
            <translation>Plan a home visit</translation>
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
        <name>ReferralDialog</name>
        <message>
            <source>&amp;Referred to:</source>
            <translation>&amp;Referred to:</translation>
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
            <source>Notes found: {n}. Press Enter or double-click to open the case file.</source>
            <translation>Notes found: {n}. Press Enter or double-click to open the case file.</translation>
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
        <name>UnlockPage</name>
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
            <source>Welcome sessions held</source>
            <translation>Welcome sessions held</translation>
        </message>
        <message>
            <source>Record a welcome session</source>
            <translation>Record a welcome session</translation>
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
            <source>Work areas</source>
            <translation>Work areas</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Case file</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
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
            <source>This site was not found.</source>
            <translation>This site was not found.</translation>
        </message>
        <message>
            <source>A site needs a name.</source>
            <translation>A site needs a name.</translation>
        </message>
        <message>
            <source>This building was not found.</source>
            <translation>This building was not found.</translation>
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
            <source>Something went wrong ({kind}). Your saved work is safe; please try again.</source>
            <translation>Something went wrong ({kind}). Your saved work is safe; please try again.</translation>
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
