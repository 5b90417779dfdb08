"""A fitted results model (model.py fits it): effects with their uncertainty, predictions, posterior
draws for Thompson sampling, and a JSON form a render reads without refitting."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .design import Column, encode, level_key

Z90 = 1.6448536269514722
SIGMA_A, SIGMA_B = 1.0, 1.0
NAMES = {"ctr": "CTR", "completion": "completion", "conversion": "conversion"}


def _sig(x):
    import numpy as np
    return 1 / (1 + np.exp(-x))


def pct(ratio: float) -> str:
    """A rate ratio as a change: 1.38 -> '+38%', 0.8 -> '−20%' (the plan and the report say it the same way)."""
    return f"{(ratio - 1) * 100:+.0f}%".replace("-", "\u2212")

@dataclass
class Effect:
    """What `value` of one feature does to the rate against `baseline` (a value, or "other": the mix of
    the feature's other values), in one market or pooled."""
    metric: str
    feature: str
    value: str
    baseline: str
    market: str | None
    ratio: float                 # rate with the value / rate against the baseline (posterior mean)
    ratio_lo: float              # its 90% interval
    ratio_hi: float
    pp: float                    # the change in percentage points
    pp_lo: float
    pp_hi: float
    p_positive: float            # the probability that the value raises the rate
    n: int                       # observations with the value behind it (in the market, or in all markets)
    logit: float                 # the change on the log-odds scale with its 90% interval
    logit_lo: float
    logit_hi: float
    base_rate: float             # the rate of a baseline creative there
    tried: bool = True           # False: no observation has the value; the answer is the prior's

    def text(self) -> str:
        """'+38% CTR (90%: +12% to +70%, 9 creatives)'."""
        name = NAMES.get(self.metric, self.metric)
        if not self.tried:
            return f"not yet tried ({name} anywhere from {pct(self.ratio_lo)} to {pct(self.ratio_hi)})"
        return (f"{pct(self.ratio)} {name} (90%: {pct(self.ratio_lo)} to {pct(self.ratio_hi)}, "
                f"{self.n} creative{'s' if self.n != 1 else ''})")

    def to_dict(self) -> dict:
        return {k: (round(v, 5) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class Fitted:
    metric: str
    markets: list
    columns: list
    baselines: dict
    kinds: dict                  # feature -> cat | bool | num
    theta: object                # numpy vector: mu, a (markets), b (columns), d (markets x columns)
    cov: object                  # its posterior covariance (Laplace)
    taus: list                   # how far markets spread around the pooled effect, per column
    rho: float = 0.0             # creative-level overdispersion (Williams; 0: binomial)
    phi: float = 1.0             # the variance inflation of a typical creative, 1 + (n - 1) rho
    counts: dict = field(default_factory=dict)     # market -> feature -> level -> creatives (design.count_levels)
    n_obs: int = 0
    n_products: int = 0
    rate: float = 0.0            # the pooled raw rate
    _chol: object = field(default=None, repr=False)

    # ---- the linear predictor ------------------------------------------------------------------------
    @property
    def F(self) -> int:
        return len(self.columns)

    def _vec(self, features: dict, market: str | None):
        """The parameter weights of one creative's log-odds, its encoded row, and whether the market is new."""
        import numpy as np
        M, F = len(self.markets), self.F
        x = encode(self.columns, [features or {}])[0]
        v = np.zeros(1 + M + F + M * F)
        v[1 + M:1 + M + F] = x
        if market in self.markets:
            m = self.markets.index(market)
            v[1 + m] = 1
            v[1 + M + F + m * F:1 + M + F + (m + 1) * F] = x
            return v, x, False
        v[0] = 1
        return v, x, market is not None

    def _joint(self, dicts: list, market):
        """Mean and covariance of the log-odds of several creatives in one market."""
        import numpy as np
        rows = [self._vec(f, market) for f in dicts]
        V = np.stack([r[0] for r in rows])
        mean, cov = V @ self.theta, V @ self.cov @ V.T
        if rows[0][2]:           # a market without data: its intercept and departures are drawn from the prior
            Xs = np.stack([r[1] for r in rows])
            cov = cov + SIGMA_A ** 2 + (Xs * np.asarray(self.taus) ** 2) @ Xs.T
        return mean, cov

    def predict(self, features: dict, market: str | None = None) -> tuple[float, float, float]:
        """The expected rate of a creative with these features in a market (a typical product), and its
        90% interval."""
        mean, cov = self._joint([features], market)
        m, s = float(mean[0]), math.sqrt(max(float(cov[0, 0]), 0.0))
        return (float(_sig(m / math.sqrt(1 + math.pi * s * s / 8))), float(_sig(m - Z90 * s)),
                float(_sig(m + Z90 * s)))

    # ---- answers -------------------------------------------------------------------------------------
    def effect(self, feature: str, value, market: str | None = None, *, given: dict | None = None,
               against=None, draws: int = 4000) -> Effect:
        """What `value` does against `against`: by default, for a categorical feature the mix of its other
        values as creatives used them there ("question hooks against the other hooks"), for a yes/no one
        no, for a number the mean. `given` holds other features (e.g. {"festival_in_window": True}).
        market=None: pooled across markets."""
        import numpy as np
        kind = self.kinds.get(feature, "bool" if isinstance(value, bool) else "cat")
        if against is None and kind == "cat":
            others = self._mix(feature, value, market)
            label = "other" if len(others) > 1 else others[0][0]
        else:
            base = against if against is not None else \
                (False if kind == "bool" else self.baselines.get(feature, "none"))
            others, label = [(base, 1.0)], str(base)
        w = np.array([wt for _, wt in others])
        w = w / w.sum()
        dicts = [{**(given or {}), feature: value}] + [{**(given or {}), feature: lv} for lv, _ in others]
        mean, cov = self._joint(dicts, market)
        untried = kind != "num" and self._n(feature, value, None) == 0 and \
            all(level_key(kind, value) != level_key(kind, lv) for lv, _ in others)
        if untried:              # a value no observation has: its effect is the prior's
            cov = cov.copy()
            cov[0, 0] += self._prior_var(market)
        c = np.r_[1.0, -w]
        dl, sl = float(c @ mean), math.sqrt(max(float(c @ cov @ c), 0.0))
        z = np.random.default_rng(0).multivariate_normal(mean, cov, size=draws, method="eigh")
        p = _sig(z)
        p1, p0 = p[:, 0], p[:, 1:] @ w
        r, d = p1 / p0, (p1 - p0) * 100
        q = [5, 95]
        return Effect(self.metric, feature, str(value), label, market, float(r.mean()),
                      *map(float, np.percentile(r, q)), float(d.mean()), *map(float, np.percentile(d, q)),
                      float((p1 > p0).mean()), self._n(feature, value, market), dl, dl - Z90 * sl, dl + Z90 * sl,
                      float(p0.mean()), tried=not untried)

    def _mix(self, feature: str, value, market) -> list:
        """The other values of a categorical feature with how often creatives used them in the market (all
        markets when it has none)."""
        own = level_key("cat", value)
        for scope in ([market] if market in self.counts else []) + [None]:
            tally: dict = {}
            for m in ([scope] if scope else self.markets):
                for lv, n in self.counts.get(m, {}).get(feature, {}).items():
                    if lv != own:
                        tally[lv] = tally.get(lv, 0) + n
            if tally:
                return sorted(tally.items())
        return [(self.baselines.get(feature, "none"), 1.0)]

    def _n(self, feature: str, value, market) -> int:
        """Creatives with the value (in the market, or in every market) behind an answer."""
        kind = self.kinds.get(feature, "cat")
        key = level_key(kind, value)
        return sum(self.counts[m].get(feature, {}).get(key, 0)
                   for m in ([market] if market else self.markets) if m in self.counts)

    def _prior_var(self, market) -> float:
        """The log-odds variance of a value nobody has tried: the pooled prior, plus a market's spread."""
        import numpy as np
        return SIGMA_B ** 2 + (float(np.median(self.taus)) ** 2 if market and self.taus else 0.0)

    def effects(self, market: str | None = None, given: dict | None = None) -> list[Effect]:
        """Every categorical and yes/no column's effect (numbers: one standard deviation up)."""
        out = []
        for c in self.columns:
            if c.kind == "cat":
                out.append(self.effect(c.feature, c.level, market, given=given))
            elif c.kind == "bool":
                out.append(self.effect(c.feature, True, market, given=given))
            elif c.kind == "num":
                out.append(self.effect(c.feature, round(c.mean + c.sd, 3), market, given=given))
        return out

    def sample(self, rng) -> "Draw":
        """One posterior draw (Thompson sampling): a model without uncertainty."""
        import numpy as np
        if self._chol is None:
            w, U = np.linalg.eigh(self.cov)
            self._chol = U * np.sqrt(np.clip(w, 0, None))
        return Draw(self, self.theta + self._chol @ rng.standard_normal(self.theta.size), rng)

    # ---- JSON ----------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        import numpy as np
        w, U = np.linalg.eigh(self.cov)
        L = np.linalg.cholesky(self.cov + np.eye(len(w)) * max(0.0, -w.min()) + np.eye(len(w)) * 1e-12)
        return {"metric": self.metric, "markets": self.markets, "columns": [c.to_dict() for c in self.columns],
                "baselines": self.baselines, "theta": [float(f"{t:.8g}") for t in self.theta],
                "chol": [[float(f"{v:.8g}") for v in L[i, :i + 1]] for i in range(len(L))],
                "kinds": self.kinds, "taus": [round(t, 6) for t in self.taus], "rho": float(f"{self.rho:.6g}"), "phi": round(self.phi, 4), "counts": self.counts, "n_obs": self.n_obs,
                "n_products": self.n_products, "rate": self.rate}

    @staticmethod
    def from_dict(d: dict) -> "Fitted":
        import numpy as np
        K = len(d["theta"])
        L = np.zeros((K, K))
        for i, row in enumerate(d["chol"]):
            L[i, :len(row)] = row
        return Fitted(metric=d["metric"], markets=list(d["markets"]),
                      columns=[Column.from_dict(c) for c in d["columns"]], baselines=dict(d["baselines"]),
                      kinds=dict(d["kinds"]), theta=np.array(d["theta"], dtype=float), cov=L @ L.T,
                      taus=[float(t) for t in d["taus"]],
                      rho=float(d.get("rho", 0.0)), phi=float(d.get("phi", 1.0)), counts=d.get("counts", {}), n_obs=int(d.get("n_obs", 0)),
                      n_products=int(d.get("n_products", 0)), rate=float(d.get("rate", 0.0)))


class Draw:
    """One posterior draw of a Fitted model. A market without data gets its own draw of intercept and
    departures (from the prior), kept for the draw's life."""

    def __init__(self, fitted: Fitted, theta, rng):
        self.fitted, self.theta, self.rng, self._new = fitted, theta, rng, {}

    def eta(self, features: dict, market: str | None = None) -> float:
        import numpy as np
        f = self.fitted
        v, x, new = f._vec(features, market)
        e = float(v @ self.theta)
        if new:
            if market not in self._new:
                self._new[market] = (SIGMA_A * self.rng.standard_normal(),
                                     np.asarray(f.taus) * self.rng.standard_normal(f.F))
            a, d = self._new[market]
            e += a + float(d @ x)
        return e

    def rate(self, features: dict, market: str | None = None) -> float:
        return float(_sig(self.eta(features, market)))


def save(models: dict, path) -> Path:
    """Write {metric: Fitted} as one JSON file (ctk render --learned reads it)."""
    path = Path(path)
    doc = {"kind": "ctk-learned", "version": 1, "models": {m: f.to_dict() for m, f in models.items()}}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def load(path) -> dict:
    """{metric: Fitted} from a file `save` wrote; a clear one-line error naming the file otherwise."""
    path = Path(path)
    write = "write one with `ctk learn -o MODEL.json`"
    not_model = ConfigError(f"not a ctk model file: {path}; {write}")
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))     # a model an editor saved with a BOM still reads
    except FileNotFoundError:
        raise ConfigError("learned model not found", file=str(path), hint=write) from None
    except (OSError, UnicodeDecodeError, ValueError):                  # a CSV, a spreadsheet, a folder
        raise not_model from None
    if not isinstance(doc, dict) or doc.get("kind") != "ctk-learned" or not isinstance(doc.get("models"), dict):
        raise not_model
    try:
        return {m: Fitted.from_dict(d) for m, d in doc["models"].items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"the learned model is damaged ({type(exc).__name__}: {exc})", file=str(path),
                          hint=write.replace("write one", "write it again")) from None
