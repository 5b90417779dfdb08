"""Script choice: template and model variants, each checked by the rules and scored; the best one wins."""

from __future__ import annotations



from ..caption import build_caption
from ..markets import MarketProfile
from ..model import Finding, Product
from ..rules import run_rules
from ..settings import RenderOptions


def _banned_terms(market: MarketProfile, day) -> list[str]:
    from ..rules import rules_for
    lang = market.language.split("-")[0]
    out: list[str] = []
    for r in rules_for(market.code, day):
        if r.kind == "terms" and r.severity == "error":
            out += r.params.get("terms", {}).get(lang, [])[:6]
    return out

def choose_script(facts, product: Product, market: MarketProfile, images: list[str], opts: RenderOptions, festival):
    """Template variants and model variants, each checked by the rules and scored; the best one wins and the
    others are kept (with their scores) so the editor can switch."""
    from ..bundle import bundle_text
    from .backends import auto_backend, get_backend
    from .generator import Candidate, LLMGenerator, score, template_variants
    findings: list[Finding] = []
    cands = [Candidate(s, "template") for s in template_variants(facts, market, images, seed=opts.seed,
                                                                 n=max(1, opts.variants), product_id=product.id,
                                                                 festival=festival)]
    if opts.generator != "template":
        backend = auto_backend() if opts.generator == "auto" else get_backend(opts.generator)
        if backend is None:
            findings.append(Finding(code="gen.no_model", severity="info", where="script",
                                    message="no generation model installed or configured; template variants only",
                                    fix="ctk models add PATH (a causal LM) or set CTK_LLM_URL"))
        else:
            gen = LLMGenerator(backend, getattr(backend, "name", opts.generator))
            banned = _banned_terms(market, opts.day())
            for v in range(max(1, opts.variants)):
                sc, fs = gen.propose(facts, product, market, images, festival=festival, seed=opts.seed, variant=v,
                                     banned=banned)
                findings += fs
                if sc is not None:
                    cands.append(Candidate(sc, gen.name, fs))
    learned = None
    if getattr(opts, "learned", None) and len(cands) > 1:     # what the results taught (ctk render --learned)
        from ..results.scoring import learned_for
        learned = learned_for([c.script for c in cands], market, facts, festival, opts, product.id)
    for i, c in enumerate(cands):
        cap, _ = build_caption(facts, c.script, market, sponsored=opts.sponsored, seed=opts.seed,
                               product_id=product.id, festival=festival)
        bt = bundle_text(facts, c.script, cap, market, opts, None)
        rf, _ = run_rules(bt, autofix=False)
        errors = sum(1 for f in rf if f.severity == "error" and f.code != "disclosure.label")
        c.score, c.parts = score(c.script, market, facts, errors, learned[i] if learned else None)
    best = max(range(len(cands)), key=lambda i: (cands[i].score, -i))
    chosen = cands[best]
    lp = chosen.parts.get("learned")
    taught = (f"; learned {lp['uplift']:+.0%} {lp['metric']} against the other variants (90%: {lp['lo']:+.0%} to "
              f"{lp['hi']:+.0%}{', an exploration pick' if lp.get('explored') else ''})") if lp else ""
    findings.append(Finding(code="gen.chosen", severity="info", where="script",
                            message=f"script from {chosen.source} chosen among {len(cands)} variant(s), "
                                    f"score {chosen.score:.2f}{taught}"))
    return chosen.script, findings, [c.to_dict() for i, c in enumerate(cands) if i != best]
