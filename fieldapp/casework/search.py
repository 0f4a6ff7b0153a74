"""Full-text search over every case note, inside words too.

Two FTS5 indexes over the note text: a trigram index (`note_trigram`, diacritics removed)
finds any part of a word — "achterstand" finds "huurachterstand", Dutch compounds being
what they are — and serves every query whose words have three letters or more, newest
notes first (ranking every substring match would cost more than the 50 ms budget); the
word index (`note_fts`, unicode61) serves shorter words as prefixes ("OC" finds "OCMW"),
best matches first.

User input is never passed to FTS5 as syntax: it is cut into words, each word is quoted,
so `"`, `*`, `AND(` or an empty box can't raise. `search()` also counts every match, so a
screen can say when there are more than it lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.casework.views import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
SNIPPET_TOKENS = 16
TRIGRAM = 3  # the trigram index needs words of three characters or more
SNIPPET_CHARS = 90

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


_TRIGRAM_SQL = """
SELECT n.id, n.case_id, c.household_id, h.name, c.site_id, n.kind, n.occurred_on,
       n.confidentiality, n.text
FROM (
    SELECT rowid AS rid FROM note_trigram WHERE note_trigram MATCH :match
    ORDER BY rowid DESC LIMIT :limit
) AS hits
JOIN case_notes n ON n.rowid = hits.rid
JOIN case_files c ON c.id = n.case_id
JOIN households h ON h.id = c.household_id
WHERE n.deleted = 0 {site_filter}
ORDER BY hits.rid DESC
"""

# Tombstoned notes are indexed with empty text and never match, so without a site filter
# the index alone counts (no join over every match).
_COUNT_SQL = "SELECT count(*) FROM {index} WHERE {index} MATCH :match"
_COUNT_SITE_SQL = """
SELECT count(*) FROM {index} AS f
JOIN case_notes n ON n.rowid = f.rowid
JOIN case_files c ON c.id = n.case_id
WHERE {index} MATCH :match AND c.site_id = :site_id
"""


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    total: int  # every matching note; more than len(hits) when the list was cut


def trigram_expression(query: str) -> str | None:
    """Safe MATCH string for the trigram index (each word anywhere in the text), or None
    when the query has no word or a word too short for trigrams."""
    words = _WORD.findall(query or "")[:MAX_TERMS]
    if not words or any(len(w) < TRIGRAM for w in words):
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (so positions carry over)."""
    return "".join((unicodedata.normalize("NFKD", ch)[:1] or ch).lower() for ch in text)


def snippet(text: str, words: list[str], width: int = SNIPPET_CHARS) -> str:
    """A window of the note around the first word found, each found word marked [so]."""
    folded = _fold(text)
    spans = []
    for word in {_fold(w) for w in words if w}:
        start = folded.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    out, at = [], lo
    for start, end in spans:
        if start < at or end > hi:
            continue
        out += [text[at:start], "[", text[start:end], "]"]
        at = end
    out.append(text[at:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def search(
    session: Session, *, query: str, limit: int = 50, site_id: str | None = None
) -> SearchResult:
    """Best matches first, at most `limit`, with the number of all matches."""
    tri = trigram_expression(query)
    match = tri or match_expression(query)
    if match is None:
        return SearchResult([], 0)
    site_filter = "AND c.site_id = :site_id" if site_id else ""
    params = {"match": match, "site_id": site_id}
    count_sql = _COUNT_SITE_SQL if site_id else _COUNT_SQL
    total = int(session.execute(text(count_sql.format(
        index="note_trigram" if tri else "note_fts")), params).scalar() or 0)
    if tri is None:
        return SearchResult(search_notes(session, query=query, limit=limit, site_id=site_id),
                            total)
    fetch = limit * 4 if site_id else limit
    words = _WORD.findall(query)[:MAX_TERMS]
    rows = session.execute(text(_TRIGRAM_SQL.format(site_filter=site_filter)),
                           {**params, "limit": fetch}).all()
    hits = [
        SearchHit(
            note_id=r[0], case_id=r[1], household_id=r[2], household_name=r[3], site_id=r[4],
            kind=r[5], occurred_on=r[6] if isinstance(r[6], date) else date.fromisoformat(r[6]),
            confidentiality=r[7], snippet=snippet(r[8] or "", words),
        )
        for r in rows
    ]
    return SearchResult(hits[:limit], total)


def search_notes(
    session: Session, *, query: str, limit: int = 50, site_id: str | None = None
) -> list[SearchHit]:
    """Best matches first; hits are marked [like this] in the snippet."""
    if trigram_expression(query) is not None:
        return search(session, query=query, limit=limit, site_id=site_id).hits
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


# The trigram index keeps a removed note's 3-grams in its segments until they merge (the
# word index forgets them at once: secure-delete, vault migration 1499). Secure-delete on
# the trigram index would cost about 7 ms for every edited note pulled (1.8 s for the
# 100-change round at a year's scale), so the index is merged instead, only when a note
# became a tombstone — rare, and a few hundred milliseconds at a year's scale.
MERGE_TRIGRAMS = "INSERT INTO note_trigram(note_trigram) VALUES ('optimize')"


def forget_deleted_words(session: Session) -> None:
    """After notes were deleted (here or by a colleague): no 3-gram of their text stays
    in the search index (issue 14, deleted means gone)."""
    session.flush()
    session.execute(text(MERGE_TRIGRAMS))
