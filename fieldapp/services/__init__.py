"""The use cases: the only way the UI reads and changes data (DESIGN.md §2).

Conventions
-----------
* Every function takes a SQLAlchemy ``Session`` first and keyword-only arguments after it.
  Get the session from ``with vault.session() as s:`` (one per user action); it commits when
  the block ends and rolls back on error. Services only ``flush()``; they never commit.
  Write sessions are serialised (BEGIN IMMEDIATE, waiting their turn); for pure reads that
  may run beside a writer (lists, search) ``vault.session(read_only=True)`` also works.
* Ids are UUID strings. Dates are ``datetime.date``; "today" is always passed in
  (``today=``), a use case never reads the wall clock for business dates. Record
  timestamps (created_at/updated_at) come from ``session.info["clock"]`` (a callable
  returning an aware UTC datetime) when set, else the system clock.
* ``actor_id`` is the id of the local user (``local.get_profile(s).id``); it is written to
  created_by / updated_by / author and to the access log.
* Errors: ``fieldapp.services.errors.ValidationError`` / ``NotFound`` (both ``ServiceError``)
  with ``.message`` (English source, translate with
  ``QCoreApplication.translate(exc.context, exc.message).format(**exc.params)``) and
  ``.params`` (never personal data). ``str(exc)`` is the formatted English text.
* Codes and their English labels (for combo boxes): ``fieldapp.services.labels`` —
  ``NOTE_KINDS``, ``THEMES``, ``CASE_STATUSES``, ``CONFIDENTIALITY``,
  ``REFERRAL_DESTINATIONS``, ``REFERRAL_STATUSES``, ``VISIT_STATUSES``, ``AXES``,
  ``OBJECTIVES`` (dict code -> label, ordered), each label written as
  ``QT_TRANSLATE_NOOP("labels", "...")``; translate with context ``"labels"``.
* Every returned row is a frozen dataclass from ``fieldapp.services.views``.

Public functions (module -> function -> return)
------------------------------------------------
local (fieldapp.services.local)
    get_profile(s) -> ProfileView           the local user: id, display_name, role, organisation,
                                            sites
    get_setting(s, *, key, default=None) -> Any
    set_setting(s, *, key, value) -> None   JSON-able value, e.g. "idle_lock_minutes",
                                            "language", "show_sensitive_fields" (SENSITIVE_FIELDS:
                                            national register number / health shown when True)
registry (fieldapp.services.registry)
    list_sites(s) -> list[SiteRow]
    search_households(s, *, site_id=None, text="", case_status=None, limit=200, offset=0)
        -> list[HouseholdRow]   text: words matched (accent-free) in household + member names;
                                case_status: a CASE_STATUSES code, or "none" = no case file
    count_households(s, *, site_id=None, text="", case_status=None) -> int
    household_detail(s, *, household_id) -> HouseholdDetail        raises NotFound
    add_site / add_building / add_dwelling / add_household / add_person(s, *, ..., actor_id)
        -> str (new id)         used by sync, the demo seeder and tests
casework (fieldapp.services.casework)
    open_case_file(s, *, household_id, actor_id, today) -> CaseView
        writes an access-log entry ("open"); creates the case file (status "open") if none
    get_case(s, *, case_id) -> CaseView
    update_case(s, *, case_id, actor_id, status=None, themes=None, assigned_worker=None,
                today=None) -> CaseView
    timeline(s, *, case_id) -> list[TimelineEntry]                  newest first
    add_note(s, *, case_id, kind, text, occurred_on, actor_id, confidentiality="team",
             objective=None, today=None) -> NoteView   with today: occurred_on may not be later
    edit_note(s, *, note_id, actor_id, text=None, kind=None, occurred_on=None,
              confidentiality=None, objective=None, clear_objective=False, today=None)
        -> NoteView
    delete_note(s, *, note_id, actor_id) -> None    tombstone (kept for sync), hidden everywhere
    get_note(s, *, note_id) -> NoteView
search (fieldapp.services.search)
    search_notes(s, *, query, limit=50, site_id=None) -> list[SearchHit]
        FTS5 over all note text, best first; diacritics-insensitive; the last word is a prefix;
        any input is safe (quotes, *, AND(, empty -> []). Snippet marks hits with [ and ].
followups (fieldapp.services.followups)
    add_followup(s, *, case_id, due_on, text, actor_id, today) -> FollowUpView
        due_on < today -> ValidationError
    complete_followup(s, *, followup_id, actor_id, today) -> FollowUpView
    reopen_followup(s, *, followup_id, actor_id) -> FollowUpView
    followup_overview(s, *, today, site_id=None) -> FollowUpOverview
        .today / .overdue / .this_week (due in the 6 days after today): tuples of FollowUpView
referrals (fieldapp.services.referrals)
    add_referral(s, *, case_id, destination, reason, referred_on, actor_id,
                 status="proposed") -> ReferralView
    update_referral(s, *, referral_id, actor_id, status=None, outcome=None, reason=None)
        -> ReferralView
    open_referrals(s, *, site_id=None) -> list[ReferralView]
visits (fieldapp.services.visits)
    plan_visit(s, *, case_id, planned_on, purpose, actor_id, today) -> VisitView
        planned_on < today -> ValidationError
    record_visit(s, *, visit_id, done_on, actor_id, note_text=None, objective=None) -> VisitView
        marks it done; with note_text also writes a "home_visit" case note
    cancel_visit(s, *, visit_id, actor_id) -> VisitView
    planned_visits(s, *, from_day, to_day, site_id=None) -> list[VisitView]
welcome (fieldapp.services.welcome)
    record_welcome_session(s, *, site_id, held_on, attendee_household_ids, actor_id, notes="")
        -> WelcomeSessionView
    list_welcome_sessions(s, *, site_id=None) -> list[WelcomeSessionView]
drafts (fieldapp.services.drafts)
    save_draft(s, *, key, text) -> None     key e.g. "note:<case_id>"; blank text discards
    load_draft(s, *, key) -> str | None
    discard_draft(s, *, key) -> None
    list_drafts(s) -> list[DraftView]
access_log (fieldapp.services.access_log)
    record_access(s, *, actor_id, action, object_type, object_id) -> None
        action: "open" | "print" | "export"
    list_access(s, *, object_type=None, object_id=None, limit=200) -> list[AccessLogView]
neighbourhood agents (fieldapp.services.neighbourhood_*; role "neighbourhood_agent"; records in
`neighbourhood:<org>`; views in neighbourhood_views, codes in neighbourhood_labels: SOURCES,
CATEGORIES, URGENCIES, OUTCOMES). `now` is an aware datetime passed in (overdue marking).
These modules never read case files, notes, follow-ups or hand-offs (a test checks it).
    neighbourhood_requests.log_request(s, *, source, category, site_id, urgency, description,
        actor_id, now, building_id=None, entrance="", floor="", dwelling_id=None, reporter="")
        -> RequestRow
    neighbourhood_requests.get_request / close_request / reopen_request -> RequestRow
    neighbourhood_triage.triage(s, *, now) -> list[RequestRow]   open ones, most pressing first
    neighbourhood_triage.rerank(s, *, request_id, to_index, actor_id, now) -> list[RequestRow]
        persisted hand ranking; clear_rank(...) puts it back in its automatic place
    neighbourhood_triage.set_in_round(s, *, request_id, day | None, actor_id) -> None
    neighbourhood_rounds.plan_round(s, *, day, now, start=None) -> RoundPlan
        grouped by site and building; sites by nearest neighbour + 2-opt from `start`
    neighbourhood_interventions.log_intervention(s, *, request_id, occurred_at, actions,
        outcome, actor_id, now, today, met="", photos=(), follow_up_needed=False, close=False)
        -> InterventionView;   list_interventions(s, *, request_id) -> list[InterventionView]
        photos: image bytes, stored encrypted through attachments (ids in .photos)
    neighbourhood_defects.report_defect(s, *, request_id, actor_id, today, description=None,
        photos=()) -> DefectReportView   (with the photos of the request's interventions);
        defect_text(view, translate) -> str (e-mail text); defect_photos(s, *, report_id)
        -> list[bytes] (medium JPEGs); PDF: fieldapp.reports.defect_pdf.build_defect_pdf(
        view, path, translate=, photos=[bytes])
    neighbourhood_handoff.hand_off(s, *, request_id, summary, actor_id, today) -> HandoffReceipt
        writes a Handoff into `casework:<site>`; the assistant sees it in
        followups.followup_overview as a FollowUpView with origin "handoff" (case_id may be "")
    neighbourhood_week.week_summary(s, *, today, actor_id) -> WeekSummary
    Round PDF: fieldapp.reports.round_pdf.build_round_pdf(plan, path, translate=) (one page)
renovation-site assistants (fieldapp.services.renovation_*; role "renovation_assistant"; records
in `renovation:<project_id>`; views in renovation_views, codes in renovation_labels: CONDITIONS,
PARTY_ROLES, HELP_ITEMS, HELP_STATUSES, CONTACT_CATEGORIES, ACCESS_STATUSES, ...; rooms and
elements from resources/templates/inventory_<id>.json via renovation_templates, nl/fr/en).
    renovation_projects.create_project(s, *, name, actor_id, site_id=None, description="",
        starts_on=None, ends_on=None, project_manager="", contractor="", surveyor="")
        -> ProjectView;  update_project(s, *, project_id, actor_id, **fields);  list_projects(s)
    renovation_projects.add_dwellings(s, *, project_id, dwelling_ids, actor_id) -> list[str]
        (project-dwelling ids, each dwelling once);  available_dwellings(s, *, site_id=None)
    renovation_projects.dwelling_statuses(s, *, project_id) -> list[DwellingStatusRow]
        access, next appointment, pre/post inventory state (none/draft/signed), help, contacts
    renovation_access.record_info_session(s, *, project_id, held_on, attendee_household_ids,
        actor_id, place="", questions="");  plan_access(s, *, project_dwelling_id, planned_at,
        actor_id, now);  record_access(s, *, appointment_id, outcome "granted"|"refused"|
        "cancelled", actor_id, refusal_reason="", follow_up="")
    renovation_inventory.start_inventory(s, *, project_dwelling_id, held_on, actor_id,
        kind="pre"|"post", language=None (household's), room_types=None) -> InventoryView
        (post copies the rooms of the pre-works one);  add_room / rename_room / remove_room /
        add_element / set_element(condition=, remarks=) / set_general_remarks / add_photo(
        owner_id=element or room id, image=bytes|PreparedImage) / remove_photo;
        every edit of a frozen (signed) inventory -> ValidationError ("... addendum instead")
    renovation_signatures.add_party(s, *, inventory_id, role, name, actor_id);  sign(s, *,
        party_id, signature_png, actor_id);  refuse(s, *, party_id, reason, actor_id)
        the first signature/refusal freezes: fingerprint = SHA-256 of the canonical JSON
        (canonical_content); verify(s, *, inventory_id) -> FingerprintCheck;
        add_addendum(s, *, inventory_id, text, written_on, actor_id, element_id=None,
        condition="") (signed inventories only)
    renovation_checklist.checklist / set_help_item;  renovation_contacts.log_contact(...,
        today) / update_contact / contact_log;  renovation_comparison.compare(s, *, pre_id,
        post_id) -> ComparisonView (.rows, .changes: ElementChange with changed/worse)
    attachments (photos, signatures): prepare_image(bytes) / prepare_many(paths) (thread-safe
        CPU work) -> PreparedImage; store_image; read_image(s, *, attachment_id,
        variant="original"|"medium"|"thumb"); files encrypted in <vault folder>/attachments
    PDFs: fieldapp.reports.inventory_pdf.inventory_pdf(s, *, inventory_id, printed_on),
        comparison_pdf.comparison_pdf(s, *, pre_id, post_id, printed_on),
        overview_pdf.overview_pdf(s, *, project_id, printed_on, language="nl") -> bytes
    demo_renovation.seed_renovation_demo(s, *, today, seed=2026) -> project id
supervisors (fieldapp.services.supervision*, indicators*; role "supervisor"; review notes and
reassignments in `supervision:<org>`; views in supervision_views, codes and the objective each
kind of action counts towards in supervision_labels). Everything is computed locally from
the synced records; `today` / the period are passed in.
    supervision_caseload.caseload(s, *, today, group_by="worker"|"site", site_id=None,
        worker=None) -> list[CaseloadRow]   open cases, notes (30 days), overdue follow-ups,
        open referrals, visits planned / done (30 days); per site also inventories not yet
        signed and open neighbourhood requests. workers(s) -> list[str]
    supervision_caseload.case_list(s, *, today, worker=None, site_id=None,
        include_closed=False) -> list[CaseloadCase]      the case files behind a row
    supervision.open_case(s, *, case_id, actor_id, today) -> CaseView   access-logged "open"
    supervision.reassign_cases(s, *, case_ids, to_worker, actor_id, today, reason="",
        until=None) -> list[ReassignmentView]   new case-file revisions + records;
        reassignments(s, *, case_id=None); case_ids_of(s, *, worker)
    supervision.add_review_note(s, *, case_id, text, actor_id, today) -> ReviewNoteView;
        review_notes(s, *, case_id)   (ValidationError unless the local user is a supervisor)
    indicators.indicators(s, *, start, end, site_id=None) -> IndicatorReport  (.facts of
        IndicatorFact(indicator, category, objective, count); .total / .by_category /
        .by_objective / .by_axis)
    indicators_anonymised.anonymise(report) -> list[AnonymisedCell]  "<5" below 5, "x" for
        complementary cells (the module docstring explains why totals can't reveal them)
    reports: indicators_csv.indicators_csv(report, translate=) / anonymised_csv(report, cells,
        translate=) -> str;  indicators_pdf.indicators_pdf(report, *, printed_on,
        language="nl", translate=) -> bytes
    team and keys: sync/team.py (Team over a SyncClient; messages in supervision_team)
demo (fieldapp.services.demo)   (no session: makes its own vault)
    seed_demo(vault_folder, passphrase, *, households=200, notes_per_household=10, seed=2026,
              kdf_params=None (real defaults), secret_store=None, today=None) -> DemoStats

sync_records (fieldapp.services.sync_records)   (pure, no session; used by sync.engine)
    to_payload(model, row) -> dict        every column but the sync metadata, plus "_table"
    from_payload(model, payload) -> dict  column values; unknown fields ignored
    model_for_table(name) -> model | None (over SYNCED_MODELS); content_hash(payload) -> str
merge (fieldapp.services.merge)   (pure)
    three_way(base, mine, theirs) -> MergeResult(merged, conflicts: tuple[FieldConflict(field,
        base, mine, theirs)], mine_changed, theirs_changed)   one-side changes merge silently
    apply_choices(merged, conflicts, choices: field -> "mine"|"theirs"|custom value) -> dict

Views (fieldapp.services.views)
-------------------------------
ProfileView(id, display_name, role, organisation, sites: tuple[str, ...])
SiteRow(id, code, name, municipality, latitude, longitude, household_count)
HouseholdRow(id, name, site_id, site_name, building_name, address, dwelling_label,
             member_count, case_id | None, case_status | None)
PersonView(id, first_name, last_name, relation, birth_date, phone, email,
           national_register_number | None, health_notes | None)
           (the last two are None unless the "show_sensitive_fields" setting is True)
HouseholdDetail(id, name, site: SiteRow, building_name, address, dwelling_label, floor,
                bedrooms, moved_in_on, language, people: tuple[PersonView, ...],
                case: CaseView | None)
CaseView(id, household_id, household_name, site_id, status, themes: tuple[str, ...],
         assigned_worker, opened_on, closed_on)
NoteView(id, case_id, kind, occurred_on, text, confidentiality, objective, author_id,
         updated_at)
TimelineEntry(kind: "note"|"followup"|"referral"|"visit"|"welcome", id, on: date,
              subkind (note kind | referral destination | "followup" | "visit" | "welcome"),
              text, status (follow-up "open"/"done", referral status, visit status, ""),
              done: bool, confidentiality, objective)
FollowUpView(id, case_id, household_id, household_name, due_on, text, done, done_on)
FollowUpOverview(today, overdue, this_week)
ReferralView(id, case_id, household_name, destination, reason, status, outcome, referred_on)
VisitView(id, case_id, household_name, planned_on, purpose, status, done_on, note_id)
WelcomeSessionView(id, site_id, held_on, notes, attendee_household_ids: tuple[str, ...])
SearchHit(note_id, case_id, household_id, household_name, site_id, kind, occurred_on,
          confidentiality, snippet)
DraftView(key, text, updated_at)
AccessLogView(id, actor_id, action, object_type, object_id, at)
DemoStats(households, notes, seconds)
"""
