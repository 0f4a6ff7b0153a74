"""Full-text search over every case note (FTS5, `unicode61 remove_diacritics 2`).

User input is never passed to FTS5 as syntax: it is cut into words, each word is quoted,
and the last one becomes a prefix query, so `"`, `*`, `AND(` or an empty box can't raise.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.services.views import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
SNIPPET_TOKENS = 16

_SQL = """
SELECT n.id, n.case_id, c.household_id, h.name, c.site_id, n.kind, n.occurred_on,
       n.confidentiality, hits.snip
FROM (
    SELECT rowid AS rid, snippet(note_fts, 0, '[', ']', '…', :tokens) AS snip
    FROM note_fts WHERE note_fts MATCH :match ORDER BY rank LIMIT :limit
) AS hits
JOIN case_notes n ON n.rowid = hits.rid
JOIN case_files c ON c.id = n.case_id
JOIN households h ON h.id = c.household_id
WHERE n.deleted = 0 {site_filter}
"""


def match_expression(query: str) -> str | None:
    """Safe FTS5 MATCH string for `query`, or None when it holds no word."""
    words = _WORD.findall(query or "")[:MAX_TERMS]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_notes(
    session: Session, *, query: str, limit: int = 50, site_id: str | None = None
) -> list[SearchHit]:
    """Best matches first; hits are marked [like this] in the snippet."""
    match = match_expression(query)
    if match is None:
        return []
    site_filter = "AND c.site_id = :site_id" if site_id else ""
    # over-fetch a little: tombstoned notes are indexed with empty text and never match,
    # but a site filter is applied after ranking
    fetch = limit * 4 if site_id else limit
    rows = session.execute(
        text(_SQL.format(site_filter=site_filter)),
        {"match": match, "limit": fetch, "tokens": SNIPPET_TOKENS, "site_id": site_id},
    ).all()
    hits = [
        SearchHit(
            note_id=r[0], case_id=r[1], household_id=r[2], household_name=r[3], site_id=r[4],
            kind=r[5], occurred_on=r[6] if isinstance(r[6], date) else date.fromisoformat(r[6]),
            confidentiality=r[7], snippet=r[8],
        )
        for r in rows
    ]
    return hits[:limit]
