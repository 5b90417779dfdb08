"""What the results taught, in variant scoring: `ctk render --learned MODEL.json [--explore 0.2]`.

Each candidate script gets the features the model learned about (the same ones the results store records
for a rendered creative, `features.py`), and the learned expected uplift of orders per impression against
the bundle's other variants, with its 90% interval; `generator.score` adds it to the rule score in points
(explore.learned_terms). Without a model nothing changes."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

@lru_cache(maxsize=8)
def _load(path: str, mtime: int, size: int) -> dict:
    from .fitted import load
    return load(path)


def load_learned(path) -> dict:
    """{metric: Fitted} from a learned-model file, read once per process (a changed file is read again)."""
    from .fitted import load
    p = Path(path)
    if not p.is_file():
        return load(p)                        # the clear "not found" error
    st = p.stat()
    return _load(str(p.resolve()), st.st_mtime_ns, st.st_size)


def candidate_features(script, market, facts, festival, opts) -> dict:
    """The features of one candidate script, as the results store records them for a rendered bundle."""
    doc = {"market": market.code, "style": opts.style,
           "facts": {"discount": getattr(facts, "discount", None),
                     "discount_fraction": getattr(facts, "discount_fraction", None)},
           "festival": {"id": festival.id} if festival is not None else None,
           "voice": {"on": True} if opts.voice != "none" else None}
    scenes = [s.to_dict() for s in script.scenes]
    from .features import features              # the results store's own reading of a creative
    return features(doc, scenes)


def learned_for(scripts: list, market, facts, festival, opts, product_id: str) -> list[dict] | None:
    """Per candidate: {"uplift", "lo", "hi", "p_better", "metric", "points"[, "explored"]}, or None when
    the run has no learned model."""
    if not getattr(opts, "learned", None) or len(scripts) < 1:
        return None
    from .explore import learned_terms
    models = load_learned(opts.learned)
    feats = [candidate_features(s, market, facts, festival, opts) for s in scripts]
    return learned_terms(feats, models, market.code, explore=float(getattr(opts, "explore", 0.0) or 0.0),
                         seed=opts.seed, product=product_id)
