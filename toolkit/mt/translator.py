"""The model-backed Translator: segment, look up the memory, protect, route to the best installed model
(a direct Marian pair, else a many-to-many model, else a pivot through English with two Marian models,
else the phrasebook), restore, check the script, store in the memory."""

from __future__ import annotations

from ..markets import MarketProfile
from ..model import Finding
from ..textutil import fits_script
from ..translate import PhrasebookTranslator, Translation, same_language, split_segments
from .backends import get_model
from .glossary import Glossary, protect, restore
from .memory import Memory
from .registry import ModelEntry, load_registry


def _lang(code: str) -> str:
    return code.split("-")[0].split("_")[0].lower()


class Route:
    def __init__(self, hops: list[ModelEntry]):
        self.hops = hops

    @property
    def name(self) -> str:
        return "+".join(h.name for h in self.hops)

    def version(self) -> str:
        return "+".join(h.version() for h in self.hops)


def route(src: str, tgt: str, entries: list[ModelEntry], only: str | None = None) -> Route | None:
    cands = [e for e in entries if not only or e.name == only]
    direct = [e for e in cands if e.kind == "marian" and e.serves(src, tgt)]
    if direct:
        return Route([direct[0]])
    many = [e for e in cands if e.kind in ("nllb", "m2m100") and e.serves(src, tgt)]
    if many:
        return Route([many[0]])
    if src != "en" and tgt != "en":
        a = [e for e in cands if e.kind == "marian" and e.serves(src, "en")]
        b = [e for e in cands if e.kind == "marian" and e.serves("en", tgt)]
        if a and b:
            return Route([a[0], b[0]])
    return None


class ModelTranslator:
    """Translator backed by local models; falls back to the phrasebook for pairs no model serves."""

    def __init__(self, only: str | None = None, glossary: Glossary | None = None, memory: Memory | None = None):
        self.entries = load_registry()
        self.only = only
        self.name = only or "auto"
        self.glossary = glossary or Glossary()
        self.memory = memory
        self.fallback = PhrasebookTranslator()
        self.calls = 0           # segments actually sent to a model (for tests and the benchmark)

    def available(self) -> tuple[bool, str]:
        if not self.entries:
            return False, "no model installed (ctk models add PATH)"
        return True, ", ".join(e.name for e in self.entries)

    def learn(self, source: str, target: str, src: str, market: MarketProfile) -> None:
        """A human translation (a title:<market> or description:<market> column, an editor edit) goes into the
        memory with priority over machine output."""
        if source and target and not same_language(src, market.language):
            self._mem().add_human(source.strip(), target.strip(), _lang(src), _lang(market.language))

    def _mem(self) -> Memory:
        if self.memory is None:
            self.memory = Memory()
        return self.memory

    def translate(self, text: str, src: str, market: MarketProfile, extra_protect: tuple[str, ...] = ()) -> Translation:
        text = (text or "").strip()
        src, tgt = _lang(src), _lang(market.language)
        if not text or same_language(src, tgt):
            return Translation(text, True, [], self.name)
        r = route(src, tgt, self.entries, self.only)
        if r is None:
            tr = self.fallback.translate(text, src, market)
            tr.findings = [Finding(code="translate.no_model", severity="info", where="translation",
                                   message=f"no installed model translates {src}->{tgt}; the phrasebook was used",
                                   fix="ctk models add PATH (a Marian, NLLB or M2M100 folder)")]
            return tr
        segments = split_segments(text, src)
        out = self.translate_segments(segments, src, market, r, extra_protect)
        return out

    def translate_segments(self, segments: list[str], src: str, market: MarketProfile, r: Route,
                           extra_protect: tuple[str, ...] = ()) -> Translation:
        tgt = _lang(market.language)
        findings: list[Finding] = []
        human = self._mem().get_human(segments, src, tgt)
        masked, tables = [], []
        for seg in segments:
            m, table = protect(seg, self.glossary, market.code, tgt, extra_protect)
            masked.append(m)
            tables.append(table)
        mem = self._mem()
        key = (src, tgt, r.name, r.version(), self.glossary.version)
        hits = mem.get_many(masked, *key)
        todo = [m for seg, m in dict.fromkeys(zip(segments, masked)) if m not in hits and seg not in human]
        if todo:
            cur, lang = todo, src
            for hop in r.hops:
                nxt = "en" if hop is not r.hops[-1] else tgt
                cur = get_model(hop).translate(cur, lang, nxt)
                lang = nxt
            self.calls += len(todo)
            new = dict(zip(todo, cur))
            mem.put_many(new, *key)
            hits.update(new)
        outs, untranslated = [], []
        for seg, m, table in zip(segments, masked, tables):
            if seg in human:
                outs.append(human[seg])
                continue
            t, missing = restore(hits[m], table)
            for orig in missing:
                findings.append(Finding(code="translate.protected_lost", severity="warning", where="translation",
                                        message=f"the protected term '{orig}' went missing in the translation",
                                        segment=seg, fix="check the translation, or add the term to the glossary"))
            if not fits_script(t, market.script, extra_protect):
                findings.append(Finding(code="translate.wrong_script", severity="warning", where="translation",
                                        message=f"the translation is not in {market.script}", segment=seg,
                                        fix="check the model serves this language pair"))
                untranslated.append(seg)
                continue
            outs.append(t)
        sep = "" if tgt in ("ja", "zh", "th") else " "
        tr = Translation(sep.join(outs), not untranslated, untranslated, r.name)
        tr.findings = findings
        return tr
