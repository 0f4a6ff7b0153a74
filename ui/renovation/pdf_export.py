"""Print a renovation PDF to the file chosen in the export dialog (ui/document_export.py), off
the UI thread, logged as "print"."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from fieldapp.audit import access_log
from ui.context import AppContext
from ui.files import write_atomically


def export_pdf(ctx: AppContext, *, path: str, object_type: str, object_id: str,
               build: Callable[[Session], bytes], on_done: Callable[[str], None],
               on_failure: Callable[[BaseException], None]) -> None:
    """Build the PDF in a vault session, write it, record the print in the access log."""
    target = path if path.lower().endswith(".pdf") else path + ".pdf"

    def work(s: Session) -> str:
        data = build(s)
        write_atomically(target, data)
        access_log.record_access(s, actor_id=ctx.actor_id, action="print",
                                 object_type=object_type, object_id=object_id)
        return target

    ctx.call(work, on_success=on_done, on_failure=on_failure)
