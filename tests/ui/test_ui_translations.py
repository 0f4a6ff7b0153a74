"""nl and fr are complete: no unfinished or empty message, and the placeholders survive."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ui.i18n import TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(lang: str):
    root = ET.parse(TRANSLATIONS_DIR / f"fieldapp_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_message_is_translated(lang):
    problems = []
    count = 0
    for context, message in messages(lang):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete") or not text.strip():
            problems.append(f"[{context}] {source!r}: not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
    assert count > 250
    assert problems == []


def test_the_ts_files_hold_the_domain_messages_too():
    contexts = {context for context, _ in messages("fr")}
    assert {"errors", "labels", "vault", "MainWindow", "CaseFileView"} <= contexts
