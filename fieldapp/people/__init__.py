"""The organisation's people as accounts (issue 16): the only choices for a case worker,
a follow-up's assignee, a visit's worker; free-text names from before mapped to them."""
