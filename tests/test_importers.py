from decimal import Decimal

import pytest

from toolkit.errors import InputError
from toolkit.importers import load_catalog
from toolkit.importers.common import FieldError, parse_price

from conftest import EXAMPLES

FORMATS = EXAMPLES / "formats"


def test_shopify_rows_group_by_handle_with_variants_options_images():
    cat = load_catalog(FORMATS / "shopify_products.csv")
    assert cat.format == "shopify"
    shirt = next(p for p in cat.products if p.id == "linen-shirt")
    assert [v.sku for v in shirt.variants] == ["CV-LS-W-S", "CV-LS-W-M", "CV-LS-B-M"]
    assert shirt.options == ["Color", "Size"]
    assert shirt.variants[2].options == {"Color": "Black", "Size": "M"}
    assert shirt.variants[0].compare_at_price == Decimal("65.00")
    assert shirt.variants[1].stock == 8
    assert "<" not in shirt.description and "Relaxed fit" in shirt.description and "linen" in shirt.description
    assert shirt.brand == "Casa Verde" and shirt.category == "Shirt"
    refs = [i.ref for i in shirt.images]
    assert len(refs) == 3 and refs[-1].startswith("https://")
    assert [i.ok for i in shirt.images] == [True, True, False]
    assert "network" in shirt.images[-1].problem
    lamp = next(p for p in cat.products if p.id == "desk-lamp")
    assert lamp.options == []          # Shopify's "Title / Default Title" is not a real option
    assert any(f.code == "image.unusable" for f in lamp.findings)


def test_woocommerce_variable_variation_grouped_external():
    cat = load_catalog(FORMATS / "woocommerce_products.csv")
    assert cat.format == "woocommerce"
    by = {p.id: p for p in cat.products}
    hoodie = by["hoodie"]
    assert len(hoodie.variants) == 2                   # linked by "id:10" and by parent SKU
    assert hoodie.options == ["Color", "Size"]
    navy = next(v for v in hoodie.variants if v.sku == "HOODIE-NVY-M")
    assert navy.price == Decimal("45") and navy.compare_at_price == Decimal("55")
    assert by["mug-01"].attributes["material"] == "Ceramic"
    assert by["mug-01"].category == "Kitchen"
    assert by["spk-ext"].variants[0].price == Decimal("79")
    gift = by["gift-set"]
    assert {v.sku for v in gift.variants} == {"MUG-01", "SPK-EXT"}
    assert not cat.problems


def test_generic_yaml_with_variants_and_overrides():
    cat = load_catalog(FORMATS / "generic_products.yaml")
    p = cat.products[0]
    assert p.currency == "EUR" and len(p.variants) == 2
    assert p.variants[1].compare_at_price == Decimal("19.90")
    assert p.overrides["de"]["title"].startswith("Bambus")


def test_example_catalog_generic_csv_with_market_columns():
    cat = load_catalog(EXAMPLES / "catalog.csv")
    assert len(cat.products) >= 10 and not cat.problems
    by = {p.id: p for p in cat.products}
    assert by["lumi-silk-scarf"].source_lang == "zh"
    assert by["northfield-organic-tee"].source_lang == "en"
    assert by["northfield-organic-tee"].overrides["de"]["price"] == "22.90"
    assert all(all(i.ok for i in p.images) for p in cat.products)


def test_gbk_and_bom_and_xlsx(tmp_path):
    text = "id,title,price,category\nscarf,桑蚕丝丝巾,39.00,丝巾\nmug,陶瓷马克杯,12.5,马克杯\n"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.encode("gbk"))
    cat = load_catalog(gbk, currency="CNY")
    assert cat.encoding == "gb18030" and cat.products[0].title == "桑蚕丝丝巾"
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    cat = load_catalog(bom, currency="CNY")
    assert cat.products[1].title == "陶瓷马克杯" and cat.format == "generic"
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in text.strip().split("\n"):
        vals = row.split(",")
        ws.append([float(v) if v.replace(".", "").isdigit() else v for v in vals])
    x = tmp_path / "cat.xlsx"
    wb.save(x)
    cat = load_catalog(x, currency="CNY")
    assert cat.encoding == "xlsx" and [p.id for p in cat.products][0] == "scarf"
    assert cat.products[1].variants[0].price == Decimal("12.5")


def test_bad_row_is_reported_and_others_survive(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,title,price\na,Alpha,10\nb,Beta,ten euros\nc,Gamma,3,5\n", encoding="utf-8")
    cat = load_catalog(f)
    assert [p.id for p in cat.products] == ["a", "c"]
    assert len(cat.problems) == 1
    prob = cat.problems[0]
    assert prob.row == 3 and prob.column == "price" and "not a number" in prob.message
    assert str(f) in str(prob)


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"%PDF-1.7\n...", "binary"),
    (b"sku;colour\nA;red\n", "unknown catalog format"),
    (b"id,name\nx,Thing\n", "missing required column 'price'"),
    (b"id,title,price\n", "no products"),
    (b"\xff\xfe\xfa\xfb\x81", "encoding could not be recognised"),
])
def test_unreadable_inputs_raise_one_line_errors(tmp_path, content, needle):
    f = tmp_path / "in.csv"
    f.write_bytes(content)
    with pytest.raises(InputError) as e:
        load_catalog(f)
    msg = str(e.value)
    assert needle in msg and str(f) in msg and "\n" not in msg


@pytest.mark.parametrize("raw,expected", [
    ("19.99", "19.99"), ("19,99", "19.99"), ("1,299.00", "1299.00"), ("1.299,00", "1299.00"),
    ("$19.99", "19.99"), ("¥199", "199"), ("1 299,50 €", "1299.50"), ("1,299", "1299"),
])
def test_price_parsing(raw, expected):
    assert parse_price(raw, "price") == Decimal(expected)


@pytest.mark.parametrize("raw", ["abc", "-3", "--", "12abc34x.5.6.7"])
def test_price_parsing_rejects(raw):
    with pytest.raises(FieldError):
        parse_price(raw, "price")


def test_windows_1252_semicolon_export_and_unknown_currency(tmp_path):
    f = tmp_path / "fr.csv"
    f.write_bytes("id;title;price;currency\nc1;Bougie parfumée à la lavande;12,50;EUR\nc2;Crème;8,90;XYZ\n"
                  .encode("cp1252"))
    cat = load_catalog(f)
    assert cat.encoding == "cp1252" and cat.products[0].title == "Bougie parfumée à la lavande"
    assert cat.products[0].variants[0].price == Decimal("12.50")
    assert len(cat.problems) == 1 and "XYZ" in cat.problems[0].message and cat.problems[0].column == "currency"
    with pytest.raises(InputError) as e:
        load_catalog(f, currency="ABC")
    assert "--currency" in str(e.value)


def test_ids_that_slugify_alike_stay_separate_products(tmp_path):
    f = tmp_path / "ids.csv"
    f.write_text("id,title,price\nx,First,10\n../../x,Second,11\nA B,Third,5\na-b,Fourth,6\nx,First,12\n",
                 encoding="utf-8")
    cat = load_catalog(f)
    by = {p.title: p for p in cat.products}
    assert set(by) == {"First", "Second", "Third", "Fourth"}
    assert len({p.id for p in cat.products}) == 4 and len(by["First"].variants) == 2
    assert all("/" not in p.id and ".." not in p.id for p in cat.products)


def test_title_and_description_languages_are_read_separately(tmp_path):
    """An English title over a Chinese or French description stays English; the description keeps its own
    language (used as it is in its own market, translated or left out elsewhere); a title that says nothing by
    itself takes the language of a description in the same script."""
    from toolkit.importers import load_catalog
    f = tmp_path / "c.csv"
    f.write_text("id,title,description,price,currency\n"
                 "a,Portable Neck Fan Bladeless,这款挂脖风扇采用无叶设计，三档风速。,19.99,USD\n"
                 "b,Foam Roller for Muscle Recovery,Rouleau de massage en mousse haute densité pour le sport.,24.99,USD\n"
                 "c,Sac Lumi,Un sac en toile pour tous les jours et pour la plage.,24.99,EUR\n", "utf-8")
    cat = load_catalog(f)
    got = {p.id: (p.source_lang, p.desc_lang()) for p in cat.products}
    assert got == {"a": ("en", "zh"), "b": ("en", "fr"), "c": ("fr", "fr")}, got


def test_sentence_case_leaves_abbreviations_alone():
    from toolkit.caption import sentence_case
    assert sentence_case("adding this at 2 a.m. grab it. 👉 now") == "adding this at 2 a.m. Grab it. 👉 Now"
    assert sentence_case("grab the Bird™ for $5") == "grab the Bird™ for $5"
