"""Fill the <translation> elements of the nl and fr .ts files from translations_data.

    .venv/bin/python -m ui.tools.fill_translations        (after `python3 dev.py i18n`)

A message is looked up by (context, source) first, then by source alone. The English file
gets the source text itself, so all three are complete. Prints what is still missing and
exits 1 if anything is; a unit test checks the same.
"""

from __future__ import annotations

import importlib
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.tools.translations_data import BY_CONTEXT, BY_SOURCE
from ui.tools.translations_domain import ERRORS, LABELS, VAULT

DOMAIN = {"labels": LABELS, "errors": ERRORS, "vault": VAULT}


def _area_modules() -> None:
    """Merge every ui/tools/translations_<area>.py (BY_CONTEXT, BY_SOURCE) of the areas."""
    for path in sorted(Path(__file__).parent.glob("translations_*.py")):
        if path.stem in ("translations_data", "translations_domain"):
            continue
        module = importlib.import_module(f"ui.tools.{path.stem}")
        BY_CONTEXT.update(getattr(module, "BY_CONTEXT", {}))
        BY_SOURCE.update(getattr(module, "BY_SOURCE", {}))


_area_modules()

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
COLUMN = {"nl": 0, "fr": 1}


def lookup(lang: str, context: str, source: str) -> str | None:
    if lang == "en":
        return source
    pair = (BY_CONTEXT.get((context, source)) or DOMAIN.get(context, {}).get(source)
            or BY_SOURCE.get(source))
    return None if pair is None else pair[COLUMN[lang]]


def fill(lang: str) -> list[tuple[str, str]]:
    path = TRANSLATIONS / f"fieldapp_{lang}.ts"
    tree = ET.parse(path)  # noqa: S314 (our own .ts files, not untrusted input)
    root = tree.getroot()
    root.set("language", {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}[lang])
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue  # not a message of Qt Linguist's format
            text = lookup(lang, name, source)
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def main() -> int:
    status = 0
    for lang in ("nl", "fr", "en"):
        for context, source in fill(lang):
            status = 1
            print(f"{lang}: missing [{context}] {source!r}")
    return status


if __name__ == "__main__":
    sys.exit(main())
