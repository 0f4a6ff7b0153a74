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

Each module says what it holds; its functions and their signatures are the reference
(no hand-kept index here, which drifted from the code).
"""
