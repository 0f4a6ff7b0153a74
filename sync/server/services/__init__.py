"""The server's use cases as plain functions: push, pull, grants, accounts.

Each takes a SQLAlchemy session (opened and committed by the caller: the request scope in
production, a test directly), the authenticated :class:`~.context.Caller` and the request's
:class:`~.context.Audit`, and raises :class:`~sync.server.errors.ApiError`. Routes only
parse, authorise and answer; they import services, never each other.
"""
