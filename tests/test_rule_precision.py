"""The rule packs' false-positive rate on real-format catalogs (the example catalog, the Shopify, WooCommerce and
generic exports in examples/formats, a Chinese seller's Shopify export) in every market, on a festival date and an
ordinary one. None of these catalogs makes a banned claim, shows a taboo number by choice, or breaks a platform
limit, so every finding of those rule kinds is a false positive and the rate must stay 0. The price-reduction and
disclosure rules are not counted: a 'was' price without a price history is a true finding."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from conftest import EXAMPLES
from toolkit.importers import load_catalog
from toolkit.markets import available_markets
from toolkit.pipeline import RenderOptions, lint_catalog
from toolkit.rules import all_rules

CATALOGS = [(EXAMPLES / "catalog.csv", None), (EXAMPLES / "formats" / "shopify_products.csv", None),
            (EXAMPLES / "formats" / "woocommerce_products.csv", None),
            (EXAMPLES / "formats" / "generic_products.yaml", None),
            (EXAMPLES.parent / "tests" / "data" / "zh_shopify.csv", "CNY")]
COUNTED = {"terms", "taboo_number", "caption_length", "hashtags", "ad_text", "script"}


# the festival date checks every variant the render weighs (3 scripts a bundle); the ordinary date, the seasonal
# rules on the chosen script only (a quarter of the time)
@pytest.mark.parametrize("day,variants", [("2026-12-01", 3), ("2026-06-16", 1)])
def test_no_rule_pack_fires_on_clean_real_format_catalogs(day, variants):
    kinds = {r.id: r.kind for r in all_rules()}
    counted = {rid for rid, k in kinds.items() if k in COUNTED}
    fired: dict[str, list] = collections.defaultdict(list)
    checked = collections.Counter()
    for path, currency in CATALOGS:
        catalog = load_catalog(path, currency=currency) if currency else load_catalog(path)
        opts = RenderOptions(markets=sorted(available_markets()), out=Path("."), campaign_date=day, video=False,
                             variants=variants)
        for p, m, findings in lint_catalog(catalog, opts):
            for rid in counted:
                checked[rid] += 1
            for f in findings:
                if f.code in counted:
                    fired[f.code].append(f"{path.name} {m.code}/{p.id}: {f.segment or ''} {f.message}")
    rates = {rid: len(fired[rid]) / checked[rid] for rid in sorted(counted)}
    assert checked and min(checked.values()) >= 300, checked         # every pack ran on every bundle
    assert not any(fired.values()), {rid: (f"{rates[rid]:.1%}", v[:5]) for rid, v in fired.items() if v}
