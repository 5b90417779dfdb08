"""The records shared by the results store, the importers and the model.

A *creative* is one posted video (a bundle's chosen script or one of its variants) in one market; its
`features` are what the model learns about (hook type, festival theme, style, scene count, price shown,
discount size, voice, facts used...: `features.py`). An *outcome* is what the platform reported for it,
summed over the report rows that joined to its id. The model reads `Observation`s: pairs of the two."""
from __future__ import annotations

from dataclasses import dataclass, field

# the rates the model learns, each a binomial (successes of trials) over an outcome's counts
METRICS: dict[str, tuple[str, str]] = {
    "ctr": ("clicks", "impressions"),           # click-through
    "completion": ("views_6s", "views"),        # watched 6 s of those who started
    "conversion": ("orders", "clicks"),         # ordered of those who clicked
}


@dataclass(frozen=True)
class Creative:
    creative_id: str                        # short, stable (ids.py): in script.json, manifest, file name
    market: str
    product_id: str
    variant: int = 0                        # 0: the chosen script; 1..: alternatives
    features: dict = field(default_factory=dict, hash=False, compare=False)   # name -> str | float


@dataclass
class Outcome:
    creative_id: str
    impressions: int = 0
    views: int = 0
    views_2s: int = 0
    views_6s: int = 0
    watch_time_s: float = 0.0               # total seconds watched (average x views)
    clicks: int = 0
    add_to_cart: int = 0
    orders: int = 0
    gmv: float = 0.0
    cost: float = 0.0
    first_day: str | None = None            # ISO dates the rows cover
    last_day: str | None = None
    # metric -> (successes, trials) over the days whose reports had both counts (the store fills it: a day whose
    # report had clicks but no Impressions column adds to neither side of CTR); None: the counts above are whole
    pairs: dict | None = None

    def trials(self, metric: str) -> tuple[int, int]:
        """(successes, trials) of one of METRICS, clipped so successes never exceed trials."""
        if self.pairs is not None and metric in self.pairs:
            s, n = (int(v) for v in self.pairs[metric])
            return min(s, n), n
        num, den = METRICS[metric]
        n = int(getattr(self, den))
        return min(int(getattr(self, num)), n), n


@dataclass
class Observation:
    creative: Creative
    outcome: Outcome
