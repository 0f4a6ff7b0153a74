"""The evaluation table's exports off the UI thread: build the PDF or the CSV in the
language chosen for it, write the file, then record the export in the access log."""

from __future__ import annotations

from collections.abc import Callable

from fieldapp.audit import access_log
from fieldapp.supervision.evaluation import EvaluationTable
from fieldapp.supervision.evaluation_export import evaluation_csv
from fieldapp.supervision.evaluation_pdf import evaluation_pdf
from ui.context import AppContext
from ui.document_export import document_translate
from ui.files import write_atomically

SUFFIX = {"pdf": ".pdf", "csv": ".csv"}


def export(ctx: AppContext, kind: str, table: EvaluationTable, path: str, *, language: str,
           on_done: Callable[[str], None], on_failure: Callable[[BaseException], None]) -> None:
    target = path if path.lower().endswith(SUFFIX[kind]) else path + SUFFIX[kind]
    printed_on = ctx.today()

    def work() -> str:
        tr = document_translate(language)
        data = (evaluation_pdf(table, printed_on=printed_on, language=language, translate=tr)
                if kind == "pdf" else evaluation_csv(table, translate=tr).encode("utf-8"))
        write_atomically(target, data)
        return target

    def written(result: str) -> None:
        ctx.call(lambda s: access_log.record_access(
            s, actor_id=ctx.actor_id, action="print" if kind == "pdf" else "export",
            object_type="evaluation", object_id=str(table.year)),
            on_success=lambda _r: on_done(result), on_failure=on_failure)

    ctx.runner.run(work, on_success=written, on_failure=on_failure)
