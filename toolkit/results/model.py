"""Which creative features change a rate (CTR, completion, conversion), per market and pooled across
markets and products, with the uncertainty of every answer.

A hierarchical logistic regression on aggregated cells (observations grouped by market, product and
feature vector: successes of trials):

    logit p = a_market + u_product + sum_f (b_f + d_f,market) x_f
    a_market ~ N(mu, 1)   b_f ~ N(0, 1)   d_f,market ~ N(0, tau)   u_product ~ N(0, 1)   mu ~ N(0, 10)

`b` is the pooled effect, `d` a market's departure from it: a market with little data stays near the
pooled effect, one whose data differ shows it. tau (one per column: markets may agree on one feature
and not on another) is learned by empirical Bayes. The posterior mode is found by Newton's method (product intercepts eliminated
by their Schur complement, so a thousand products cost little), and the posterior is its Laplace
approximation. Creative-level noise beyond the binomial (overdispersion) is estimated from the Pearson
residuals and widens the intervals. numpy only, imported inside the functions."""
from __future__ import annotations

import math

from ..errors import InputError
from .design import INTERACTIONS, Table, build_columns, count_levels, encode
from .fitted import Fitted
from .records import METRICS

TAU_START, EM_ROUNDS = 0.2, 40
TAU_PRIOR = (3.0, 0.2)           # inverse-gamma (shape, scale) on tau^2: with no evidence tau is about 0.22
SIGMA_A, SIGMA_B, SIGMA_U, SIGMA_MU = 1.0, 1.0, 1.0, 10.0

__all__ = ["Fitted", "fit", "fit_all", "cells"]


def cells(observations, metric: str, interactions=INTERACTIONS, products: bool = True):
    """Observations with trials of `metric`, encoded and grouped into cells (by market, product unless
    products=False, and feature vector): returns a dict of arrays and the design (columns, baselines,
    markets, products, counts per feature value and market)."""
    import numpy as np
    if metric not in METRICS:
        raise InputError(f"unknown metric '{metric}'", hint="use one of " + ", ".join(METRICS))
    obs = [o for o in observations if o.outcome.trials(metric)[1] > 0]
    if not obs:
        num, den = METRICS[metric]
        raise InputError(f"no results with {den} to learn {metric} from",
                         hint=f"import reports that have {den} and {num} (ctk results import FILE)")
    table = Table([o.creative.features or {} for o in obs])
    columns, baselines, kinds = build_columns(table, interactions)
    X = encode(columns, table)
    st = np.array([o.outcome.trials(metric) for o in obs], dtype=float)
    markets = sorted({o.creative.market for o in obs})
    product_ids = sorted({o.creative.product_id for o in obs})
    mi = {m: i for i, m in enumerate(markets)}
    pi = {p: i for i, p in enumerate(product_ids)}
    m_idx = np.array([mi[o.creative.market] for o in obs], dtype=float)
    p_idx = np.array([pi[o.creative.product_id] if products else 0 for o in obs], dtype=float)
    key = np.column_stack([m_idx, p_idx, X])
    uniq, inv = np.unique(key, axis=0, return_inverse=True)
    inv = inv.ravel()
    data = {"m": uniq[:, 0].astype(int), "p": uniq[:, 1].astype(int), "X": uniq[:, 2:],
            "y": np.bincount(inv, st[:, 0], len(uniq)), "n": np.bincount(inv, st[:, 1], len(uniq)),
            "inv": inv, "obs_y": st[:, 0], "obs_n": st[:, 1]}
    design = {"columns": columns, "baselines": baselines, "kinds": kinds, "markets": markets,
              "products": product_ids, "counts": count_levels([o.creative.market for o in obs], table, kinds)}
    return data, design


def _newton(data, M, P, F, taus, weight, start=None, use_products=True, iters=60):
    """The posterior mode given the market spread of each column (taus), and the Schur-complement Hessian
    of the non-product parameters (its inverse is their posterior covariance)."""
    import numpy as np
    X, y, n, mc, pc = data["X"], data["y"] * weight, data["n"] * weight, data["m"], data["p"]
    K = 1 + M + F + M * F
    starts = np.searchsorted(mc, np.arange(M + 1))        # cells are sorted by market, then product
    if start is None:
        theta = np.zeros(K)
        theta[:1 + M] = math.log((y.sum() + 0.5) / (n.sum() - y.sum() + 0.5))
        u = np.zeros(P if use_products else 0)
    else:
        theta, u = start[0].copy(), start[1].copy()
    prec = np.concatenate([[1 / SIGMA_MU ** 2], np.zeros(M), np.full(F, 1 / SIGMA_B ** 2),
                           np.tile(1 / np.asarray(taus) ** 2, M)])

    def unpack(t):
        return t[0], t[1:1 + M], t[1 + M:1 + M + F], t[1 + M + F:].reshape(M, F)

    def eta(t, uu):
        mu, a, b, d = unpack(t)
        e = a[mc] + X @ b + np.einsum("ij,ij->i", X, d[mc])
        return e + uu[pc] if use_products else e

    def nlp(t, uu):
        mu, a, *_ = unpack(t)
        e = eta(t, uu)
        lik = -(y * e - n * np.logaddexp(0, e)).sum()
        pri = 0.5 * (prec * t * t).sum() + 0.5 * ((a - mu) ** 2).sum() / SIGMA_A ** 2
        return lik + pri + (0.5 * (uu * uu).sum() / SIGMA_U ** 2 if use_products else 0.0)

    cur = nlp(theta, u)
    for _ in range(iters):
        mu, a, b, d = unpack(theta)
        e = eta(theta, u)
        p = 1 / (1 + np.exp(-e))
        r = y - n * p
        w = n * p * (1 - p)
        g = prec * theta
        g[1:1 + M] += (a - mu) / SIGMA_A ** 2
        g[0] -= (a - mu).sum() / SIGMA_A ** 2
        H = np.diag(prec)
        H[0, 0] += M / SIGMA_A ** 2
        B = np.zeros((K, P)) if use_products else None
        for m in range(M):
            s = slice(starts[m], starts[m + 1])
            Xs, ws, rs = X[s], w[s], r[s]
            ia, idx = 1 + m, 1 + M + F + m * F + np.arange(F)
            ib = 1 + M + np.arange(F)
            g[ia] -= rs.sum()
            xr = Xs.T @ rs
            g[ib] -= xr
            g[idx] -= xr
            G = Xs.T @ (Xs * ws[:, None])
            gv = Xs.T @ ws
            H[ia, ia] += ws.sum() + 1 / SIGMA_A ** 2
            H[0, ia] = H[ia, 0] = -1 / SIGMA_A ** 2
            for rows in (ib, idx):
                H[ia, rows] += gv
                H[rows, ia] += gv
            H[np.ix_(ib, ib)] += G
            H[np.ix_(idx, idx)] += G
            H[np.ix_(ib, idx)] += G
            H[np.ix_(idx, ib)] += G
            if use_products and s.stop > s.start:
                ps = pc[s]
                runs = np.flatnonzero(np.r_[True, ps[1:] != ps[:-1]])
                who = ps[runs]
                B[ia, who] += np.add.reduceat(ws, runs)
                wx = np.add.reduceat(Xs * ws[:, None], runs, axis=0).T
                B[np.ix_(ib, who)] += wx
                B[np.ix_(idx, who)] += wx
        if use_products:
            gu = -np.bincount(pc, r, P) + u / SIGMA_U ** 2
            D = np.bincount(pc, w, P) + 1 / SIGMA_U ** 2
            BD = B / D
            S = H - BD @ B.T
            step = np.linalg.solve(S, -g + BD @ gu)
            step_u = (-gu - B.T @ step) / D
        else:
            S, D = H, np.ones(0)
            step, step_u = np.linalg.solve(S, -g), np.zeros(0)
        t = 1.0
        while True:
            new_theta, new_u = theta + t * step, u + t * step_u
            new = nlp(new_theta, new_u)
            if new <= cur + 1e-9 or t < 1e-4:
                break
            t /= 2
        theta, u, done = new_theta, new_u, max(np.abs(step).max(), np.abs(step_u).max() if step_u.size else 0) * t < 1e-7
        cur = new
        if done:
            break
    return theta, u, S


def _overdispersion(data, theta, u, M, F, use_products) -> float:
    """Williams' rho: a creative's variance is n p (1 - p) (1 + (n - 1) rho) when creatives vary beyond
    what their features explain. 0 when the Pearson statistic is within 2 sd of binomial noise; otherwise
    the rho that brings it to its degrees of freedom."""
    import numpy as np
    a, b, d = theta[1:1 + M], theta[1 + M:1 + M + F], theta[1 + M + F:].reshape(M, F)
    X, mc = data["X"], data["m"]
    e = a[mc] + X @ b + np.einsum("ij,ij->i", X, d[mc]) + (u[data["p"]] if use_products else 0.0)
    p = (1 / (1 + np.exp(-e)))[data["inv"]]
    oy, on = data["obs_y"], data["obs_n"]
    z2 = (oy - on * p) ** 2 / np.maximum(on * p * (1 - p), 1e-12)
    k = theta.size + (u.size if use_products else 0)
    df = max(len(oy) - k, len(oy) // 2)
    if len(oy) <= k + 5 or z2.sum() <= df * (1 + 2 * math.sqrt(2 / df)):
        return 0.0
    lo, hi = 0.0, 1.0
    for _ in range(50):                     # the statistic falls as rho grows: bisect
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if (z2 / (1 + (on - 1) * mid)).sum() > df else (lo, mid)
    return (lo + hi) / 2


def _reweight(data, rho: float) -> None:
    """Cells of weighted counts: a creative with n trials counts as n / (1 + (n - 1) rho) (the likelihood
    stays a sum over cells, so the fit still aggregates)."""
    import numpy as np
    w = 1 / (1 + (data["obs_n"] - 1) * rho)
    data["y"] = np.bincount(data["inv"], w * data["obs_y"], len(data["y"]))
    data["n"] = np.bincount(data["inv"], w * data["obs_n"], len(data["n"]))


def fit(observations, metric: str = "ctr", *, tau: float | str = "auto", products: bool = True,
        dispersion: bool = True, interactions=INTERACTIONS) -> Fitted:
    """The posterior of `metric` given creative features. tau="auto": how far markets differ is learned per
    column (empirical Bayes, EM on the Laplace posterior, with a weak prior that favours pooling); a number
    fixes it for every column (smaller pools harder). products=False drops the product intercepts.
    dispersion=False trusts the binomial (no creative-level noise)."""
    import numpy as np
    data, design = cells(observations, metric, interactions, products)
    M, P, F = len(design["markets"]), len(design["products"]), len(design["columns"])
    use_p = products and P > 1
    taus = np.full(F, TAU_START if tau == "auto" else float(tau))
    rho, start = 0.0, None
    if dispersion:
        for _ in range(3):                  # rho and the fit settle each other in a few rounds
            t0, u0, _ = _newton(data, M, P, F, taus, 1.0, start=start, use_products=use_p)
            start = (t0, u0)
            new = _overdispersion(data, t0, u0, M, F, use_p)
            if new == 0 or abs(new - rho) < 0.05 * new:
                rho = new
                break
            rho = new
            _reweight(data, rho)
    for _ in range(EM_ROUNDS if tau == "auto" and F else 1):
        theta, u, S = _newton(data, M, P, F, taus, 1.0, start=start, use_products=use_p)
        start = (theta, u)
        cov = np.linalg.inv(S)
        if tau != "auto" or not F:
            break
        d = theta[1 + M + F:].reshape(M, F)
        var = np.diag(cov)[1 + M + F:].reshape(M, F)
        new = np.sqrt((TAU_PRIOR[1] + 0.5 * (d * d + var).sum(axis=0)) / (TAU_PRIOR[0] + 1 + M / 2))
        done = np.abs(new - taus).max() < 1e-3
        taus = new
        if done:
            theta, u, S = _newton(data, M, P, F, taus, 1.0, start=start, use_products=use_p)
            cov = np.linalg.inv(S)
            break
    cov = (cov + cov.T) / 2
    return Fitted(metric=metric, markets=design["markets"], columns=design["columns"],
                  baselines=design["baselines"], kinds=design["kinds"], theta=theta, cov=cov,
                  taus=[float(t) for t in taus], rho=rho,
                  phi=1 + (float(np.median(data["obs_n"])) - 1) * rho, counts=design["counts"], n_obs=len(data["obs_y"]),
                  n_products=P, rate=float(data["y"].sum() / data["n"].sum()))


def fit_all(observations, metrics=None, **kw) -> dict:
    """A fitted model for every metric the results have trials of (the others are left out)."""
    out = {}
    for metric in metrics or METRICS:
        try:
            out[metric] = fit(observations, metric, **kw)
        except InputError:
            if metrics:
                raise
    if not out:
        raise InputError("no results to learn from", hint="import platform reports first (ctk results import FILE)")
    return out
