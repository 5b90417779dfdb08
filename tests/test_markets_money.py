from decimal import Decimal

import pytest

from toolkit import markets as mk
from toolkit.errors import ConfigError
from toolkit.importers import load_catalog
from toolkit.money import format_price, load_fx, market_price

from conftest import EXAMPLES

REQUIRED = {"us", "gb", "de", "fr", "es", "it", "br", "jp", "kr", "id", "th", "vn", "my", "sa", "ae", "mx", "nl", "pl", "ph", "sg", "tr"}


def test_all_required_markets_load_and_validate():
    codes = set(mk.available_markets())
    assert REQUIRED <= codes
    for code in codes:
        m = mk.load_market(code)
        assert m.disclosure["label"] and m.disclosure["source"]
        assert len(m.content["hook"]) >= 3 and len(m.content["cta"]) >= 2
        assert m.direction == ("rtl" if code in ("sa", "ae") else "ltr")


def test_market_list_parsing_is_case_insensitive_and_knows_all():
    assert mk.parse_market_list("US, De,jp") == ["us", "de", "jp"]
    assert set(mk.parse_market_list("all")) >= REQUIRED
    with pytest.raises(ConfigError) as e:
        mk.parse_market_list("us,xx")
    assert "unknown market 'xx'" in str(e.value) and "known markets" in str(e.value)


@pytest.fixture
def broken_locales(locales_copy):
    return locales_copy


def test_invalid_profile_names_file_and_key(broken_locales):
    p = broken_locales / "de" / "market.toml"
    p.write_text(p.read_text().replace('direction = "ltr"', 'direction = "sideways"'))
    with pytest.raises(ConfigError) as e:
        mk.load_market("de")
    assert "market.toml" in str(e.value) and "direction" in str(e.value)


def test_missing_phrasebook_word_names_concept(broken_locales):
    p = broken_locales / "fr" / "phrasebook.toml"
    p.write_text(p.read_text().replace('\nmug = ', '\n# mug = '))
    with pytest.raises(ConfigError) as e:
        mk.load_market("fr")
    assert "phrasebook.toml" in str(e.value) and "'mug'" in str(e.value)


def test_unknown_placeholder_in_content_is_refused(broken_locales):
    p = broken_locales / "jp" / "content.ftl"
    text = p.read_text()
    p.write_text(text.replace("{ $price }", "{ $prize }", 1))
    with pytest.raises(ConfigError) as e:
        mk.load_market("jp")
    assert "content.ftl" in str(e.value) and "$prize" in str(e.value) and "offer-" in str(e.value)


@pytest.mark.parametrize("market,amount,expected", [
    ("us", "19.99", "$19.99"), ("de", "19.99", "19,99\u00a0€"), ("fr", "1299.5", "1\u202f299,50\u00a0€"),
    ("jp", "1300", "￥1,300"), ("kr", "25000", "₩25,000"), ("br", "49.9", "R$\u00a049,90"),
    ("id", "129000", "Rp129.000"), ("vn", "250000", "250.000\u00a0₫"), ("gb", "5", "£5.00"),
    ("mx", "1299", "$1,299.00"), ("mx", "499.5", "$499.50"),
])
def test_price_formatting_per_market(market, amount, expected):
    m = mk.load_market(market)
    got = format_price(Decimal(amount), m.currency, m.locale, m.price_decimals)
    assert got.replace("\u00a0", " ").replace("\u202f", " ") == expected.replace("\u00a0", " ").replace("\u202f", " ")


def test_fx_conversion_is_a_finding_and_overrides_win():
    cat = load_catalog(EXAMPLES / "catalog.csv")
    tee = next(p for p in cat.products if p.id == "northfield-organic-tee")
    fx = load_fx()
    de = market_price(tee, mk.load_market("de"), fx)
    assert de.price == Decimal("22.90") and not de.converted and not de.findings
    jp = market_price(tee, mk.load_market("jp"), fx)
    assert jp.converted and jp.price % 1 == 0 and any(f.code == "price.fx_shipped" for f in jp.findings)
    assert int(jp.price) == pytest.approx(24 * 152, rel=0.02)


def test_custom_fx_file(tmp_path):
    f = tmp_path / "fx.toml"
    f.write_text('date = "2026-11-20"\n[rates]\nUSD = 1.0\nEUR = 0.5\n')
    fx = load_fx(f)
    assert fx.convert(Decimal(10), "USD", "EUR") == Decimal(5)
    bad = tmp_path / "bad.toml"
    bad.write_text("[rates]\nUSD = -1\n")
    with pytest.raises(ConfigError) as e:
        load_fx(bad)
    assert "bad.toml" in str(e.value)


def test_converted_prices_land_on_the_market_grid_with_the_sellers_discount():
    """Converted prices end the way the market's sellers price (data: [price_points]); the "was" price is
    derived from the seller's own reduction and rounded up, so every market shows the same percentage and
    never a smaller reduction than the one stated."""
    from decimal import Decimal
    from toolkit.model import Product, Variant
    from toolkit.money import load_fx, market_price
    from toolkit.markets import load_market
    fx = load_fx()
    p = Product(id="x", title="x", currency="CNY",
                variants=[Variant(sku="a", price=Decimal("268"), compare_at_price=Decimal("335"))])
    endings = {"de": lambda v: str(v).endswith(".99"), "fr": lambda v: str(v).endswith((".9", ".90")),
               "jp": lambda v: v % 100 == 80, "kr": lambda v: v % 1000 == 900, "th": lambda v: v % 10 == 9,
               "vn": lambda v: v % 1000 == 0, "sa": lambda v: v == v.to_integral(),
               "ae": lambda v: v == v.to_integral()}
    for code, ok in endings.items():
        mp = market_price(p, load_market(code), fx)
        assert ok(mp.price), (code, mp.price)
        assert abs(mp.discount - 0.2) < 1e-9                                  # the seller's 20 %, everywhere
        shown = 1 - mp.price / mp.compare_at                                  # and the pair of prices says so
        assert Decimal("0.2") <= shown <= Decimal("0.205"), (code, mp.price, mp.compare_at)   # within half a point
    own = Product(id="y", title="y", currency="CNY", overrides={"jp": {"price": "2999"}},
                  variants=[Variant(sku="a", price=Decimal("100"))])
    assert market_price(own, load_market("jp"), fx).price == Decimal("2999")   # the seller's column wins


def test_a_sample_variant_is_no_from_price():
    """A perfume sold as 50 ml and 100 ml with a 2 ml sample: the video sells the bottle, so its price starts at the
    50 ml, and with one bottle size left there is no "from" price at all."""
    from toolkit.model import Product, Variant
    from toolkit.money import full_variants

    def perfume(*sizes):
        vs = [Variant(sku=s, options={"Size": s}, price=Decimal(p)) for s, p in sizes]
        return Product(id="p", title="Eau de parfum", description="", options=["Size"], variants=vs, currency="USD")
    p = perfume(("Sample 2ml", "5"), ("50ml", "60"), ("100ml", "95"))
    assert [v.sku for v in full_variants(p)] == ["50ml", "100ml"]
    assert market_price(p, mk.load_market("us"), load_fx()).price == Decimal("60")
    only = perfume(("Échantillon 2 ml", "5"))
    assert [v.sku for v in full_variants(only)] == ["Échantillon 2 ml"]         # all there is: kept
    from toolkit.facts import build_facts
    from toolkit.translate import get_translator
    one = perfume(("小样 2ml", "5"), ("50ml", "60"))
    f = build_facts(one, mk.load_market("us"), get_translator("phrasebook"), load_fx())
    assert not f.price_varies and "60" in f.price
