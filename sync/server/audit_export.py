"""`fieldapp-server audit-export --from --to`: the server's audit log for a time window, for
a breach notification (art. 33) or the DPO. Metadata only — who (account and device ids),
what action on which ids, when, with what outcome — as CSV (default) or JSON lines.

Times: ``--from`` included, ``--to`` excluded; a date or an ISO date-time (UTC unless it
says otherwise). ``--organisation`` limits it to one organisation.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from sync.server import db as server_db
from sync.server.models import AuditEntry

COLUMNS = ("id", "at", "organisation_id", "user_id", "device_id", "action", "collection_id",
           "item_id", "blob_id", "target_id", "outcome")
BATCH = 5_000


def moment(text: str) -> float:
    """Unix seconds of a date (midnight UTC) or an ISO date-time (UTC when naive)."""
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def add_parser(sub: Any, with_db: Any) -> None:
    p = with_db(sub.add_parser("audit-export",
                               help="the audit log of a time window as CSV or JSON lines"))
    p.add_argument("--from", dest="start", required=True, type=moment,
                   help="start (included): 2026-12-01 or 2026-12-01T08:00:00+01:00")
    p.add_argument("--to", dest="end", required=True, type=moment, help="end (excluded)")
    p.add_argument("--organisation", default=None, help="only this organisation's entries")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="file to write (default: stdout)")


def export(url: str, *, start: float, end: float, out: TextIO, fmt: str = "csv",
           organisation_id: str | None = None) -> int:
    """Write the entries with start <= at < end, oldest first; returns how many."""
    engine = server_db.make_engine(url, pool_size=1)
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(COLUMNS)
    count, last_id = 0, -1
    try:
        with engine.connect() as conn:
            while True:
                query = (select(*(getattr(AuditEntry, c) for c in COLUMNS))
                         .where(AuditEntry.at >= start, AuditEntry.at < end,
                                AuditEntry.id > last_id)
                         .order_by(AuditEntry.id).limit(BATCH))
                if organisation_id is not None:
                    query = query.where(AuditEntry.organisation_id == organisation_id)
                rows = conn.execute(query).all()
                if not rows:
                    break
                for row in rows:
                    record = dict(zip(COLUMNS, row, strict=True))
                    record["at"] = datetime.fromtimestamp(float(record["at"]), UTC).isoformat()
                    if writer is not None:
                        writer.writerow([record[c] if record[c] is not None else ""
                                         for c in COLUMNS])
                    else:
                        out.write(json.dumps(record) + "\n")
                    count += 1
                last_id = rows[-1][0]
    finally:
        engine.dispose()
    return count


def run(args: argparse.Namespace) -> int:
    if args.end <= args.start:
        print("--to must be after --from", file=sys.stderr)
        return 2
    if args.out is None:
        n = export(args.database_url, start=args.start, end=args.end, out=sys.stdout,
                   fmt=args.format, organisation_id=args.organisation)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            n = export(args.database_url, start=args.start, end=args.end, out=f,
                       fmt=args.format, organisation_id=args.organisation)
    print(f"{n} audit entries", file=sys.stderr)
    return 0
