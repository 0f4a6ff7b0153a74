"""Indicator exports off the UI thread (ui/tasks.py): build in the background, write the
file, then record the export in the access log (DESIGN §7)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale

from fieldapp.audit import access_log
from fieldapp.supervision.indicators_anonymised import anonymise
from fieldapp.supervision.indicators_csv import anonymised_csv, indicators_csv
from fieldapp.supervision.indicators_pdf import indicators_pdf
from fieldapp.supervision.views import IndicatorReport
from ui.context import AppContext
from ui.document_export import document_translate
from ui.files import write_atomically

KINDS = ("pdf", "csv", "anonymised")
SUFFIX = {"pdf": ".pdf", "csv": ".csv", "anonymised": ".csv"}


def ui_language() -> str:
    language = QLocale().name()[:2]
    return language if language in ("nl", "fr", "en") else "nl"


def build(kind: str, report: IndicatorReport, *, printed_on: date, language: str) -> bytes:
    tr = document_translate(language)
    if kind == "pdf":
        return indicators_pdf(report, printed_on=printed_on, language=language, translate=tr)
    if kind == "csv":
        return indicators_csv(report, translate=tr).encode("utf-8")
    return anonymised_csv(report, anonymise(report), translate=tr).encode("utf-8")


def export(ctx: AppContext, kind: str, report: IndicatorReport, path: str, *,
           on_done: Callable[[str], None], on_failure: Callable[[BaseException], None],
           on_progress: Callable[[int, int], None] | None = None,
           language: str | None = None) -> None:
    """Written in `language`, by default the app's (an internal document)."""
    target = path if path.lower().endswith(SUFFIX[kind]) else path + SUFFIX[kind]
    printed_on, language = ctx.today(), language or ui_language()

    def work(progress: Callable[[int, int], None]) -> str:
        progress(0, 2)
        data = build(kind, report, printed_on=printed_on, language=language)
        progress(1, 2)
        write_atomically(target, data)
        progress(2, 2)
        return target

    def written(result: str) -> None:
        ctx.call(lambda s: access_log.record_access(
            s, actor_id=ctx.actor_id, action="print" if kind == "pdf" else "export",
            object_type="indicators", object_id=report.site_id or "all"),
            on_success=lambda _r: on_done(result), on_failure=on_failure)

    ctx.runner.run(work, on_success=written, on_failure=on_failure, on_progress=on_progress)
