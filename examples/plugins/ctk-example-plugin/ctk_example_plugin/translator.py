"""A translator backend: the seller's own translations from a CSV (source,lang,text), say exported from a
translation agency's memory; anything not in it is left untranslated (and ctk reports it)."""

from __future__ import annotations

import csv
import os

from toolkit.translate import Translation


class CsvTranslator:
    name = "example-csv"

    def __init__(self, glossary=None, memory=None):
        path = os.environ.get("CTK_EXAMPLE_TRANSLATIONS", "")
        self.table: dict[tuple[str, str], str] = {}
        if path and os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    self.table[(row["source"].strip(), row["lang"].strip())] = row["text"].strip()

    def available(self) -> tuple[bool, str]:
        return bool(self.table), f"{len(self.table)} translations"

    def translate(self, text, src, market, extra_protect=()) -> Translation:
        lang = market.language.split("-")[0]
        hit = self.table.get((text.strip(), lang))
        if hit:
            return Translation(hit, True, backend=self.name)
        return Translation(text, False, untranslated=[text], backend=self.name)


def factory(glossary=None, memory=None) -> CsvTranslator:
    return CsvTranslator(glossary=glossary, memory=memory)
