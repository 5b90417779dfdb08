"""WooCommerce exports whose headers are in the shop admin's language (locales/_shared/woocommerce_headers.toml).

The translated headers below are copied from WooCommerce's own .po files (translate.wordpress.org), the same
ones the TOML was built from, so these tests check the reader against the real strings, not against the TOML.
"""

import csv
from decimal import Decimal

import pytest

from toolkit.errors import InputError
from toolkit.importers import detect_format, load_catalog
from toolkit.importers import woocommerce

COLUMNS = ["ID", "Type", "SKU", "Name", "Published", "Short description", "Description", "Sale price",
           "Regular price", "Categories", "Stock", "Parent", "Attribute 1 name", "Attribute 1 value(s)",
           "Attribute 1 visible", "Attribute 1 global", "Attribute 2 name", "Attribute 2 value(s)"]

# English header -> the language's header (numbered ones written with %d), from the newest .po of each language
LANGS = {
    "pt-BR": {
        "ID": "ID", "Type": "Tipo", "SKU": "SKU", "Name": "Nome", "Published": "Publicado",
        "Short description": "Descrição curta", "Description": "Descrição", "Sale price": "Preço promocional",
        "Regular price": "Preço", "Categories": "Categorias", "Stock": "Estoque", "Parent": "Ascendente",
        "Attribute %d name": "Nome do atributo %d", "Attribute %d value(s)": "Valores do atributo %d",
        "Attribute %d visible": "Visibilidade do atributo %d", "Attribute %d global": "Atributo global %d",
    },
    "es": {
        "ID": "ID", "Type": "Tipo", "SKU": "SKU", "Name": "Nombre", "Published": "Publicado",
        "Short description": "Descripción corta", "Description": "Descripción", "Sale price": "Precio rebajado",
        "Regular price": "Precio normal", "Categories": "Categorías", "Stock": "Inventario", "Parent": "Superior",
        "Attribute %d name": "Nombre del atributo %d", "Attribute %d value(s)": "Valor(es) del atributo %d",
        "Attribute %d visible": "Atributo visible %d", "Attribute %d global": "Atributo global %d",
    },
    "de": {
        "ID": "ID", "Type": "Typ", "SKU": "Artikelnummer", "Name": "Name", "Published": "Veröffentlicht",
        "Short description": "Kurzbeschreibung", "Description": "Beschreibung", "Sale price": "Angebotspreis",
        "Regular price": "Regulärer Preis", "Categories": "Kategorien", "Stock": "Lager",
        "Parent": "Übergeordnetes Produkt", "Attribute %d name": "Attribut %d Name",
        "Attribute %d value(s)": "Attribut %d Wert(e)", "Attribute %d visible": "Attribut %d Sichtbar",
        "Attribute %d global": "Attribut %d Global",
    },
    "fr": {
        "ID": "ID", "Type": "Type", "SKU": "UGS", "Name": "Nom", "Published": "Publié",
        "Short description": "Description courte", "Description": "Description", "Sale price": "Tarif promo",
        "Regular price": "Tarif régulier", "Categories": "Catégories", "Stock": "Stock", "Parent": "Parent",
        "Attribute %d name": "Nom de l’attribut %d", "Attribute %d value(s)": "Valeur(s) de l’attribut %d",
        "Attribute %d visible": "Attribut %d visible", "Attribute %d global": "Attribut %d global",
    },
    "it": {
        "ID": "ID", "Type": "Tipo", "SKU": "SKU", "Name": "Nome", "Published": "Pubblicato",
        "Short description": "Breve descrizione", "Description": "Descrizione", "Sale price": "Prezzo in offerta",
        "Regular price": "Prezzo di listino", "Categories": "Categorie", "Stock": "Magazzino", "Parent": "Genitore",
        "Attribute %d name": "Attributo %d nome", "Attribute %d value(s)": "Attributo %d valuta(e)",
        "Attribute %d visible": "Attributo %d visibile", "Attribute %d global": "Attributo %d globale",
    },
    "ja": {
        "ID": "ID", "Type": "タイプ", "SKU": "SKU", "Name": "名前", "Published": "公開済み",
        "Short description": "簡単な説明", "Description": "説明", "Sale price": "セール価格",
        "Regular price": "標準価格", "Categories": "カテゴリー", "Stock": "在庫", "Parent": "親",
        "Attribute %d name": "属性 %d の名前", "Attribute %d value(s)": "属性 %d の値",
        "Attribute %d visible": "属性 %d を表示", "Attribute %d global": "属性 %d のグローバル",
    },
    "zh-CN": {
        "ID": "ID", "Type": "类型", "SKU": "SKU", "Name": "名称", "Published": "已发布",
        "Short description": "简短描述", "Description": "描述", "Sale price": "促销价格",
        "Regular price": "常规售价", "Categories": "分类", "Stock": "库存", "Parent": "父级",
        "Attribute %d name": "属性 %d 名称", "Attribute %d value(s)": "属性 %d 值",
        "Attribute %d visible": "属性 %d 可见", "Attribute %d global": "属性 %d  的全局",
    },
    "pl": {     # pl (added 2026-11): woocommerce-pl_PL.po, PO-Revision-Date 2023-03-31 (Laos22/show.net)
        "ID": "ID", "Type": "Typ", "SKU": "SKU", "Name": "Nazwa", "Published": "Opublikowano",
        "Short description": "Krótki opis", "Description": "Opis", "Sale price": "Cena promocyjna",
        "Regular price": "Cena", "Categories": "Kategorie", "Stock": "Stan magazynowy", "Parent": "Element nadrzędny",
        "Attribute %d name": "Nazwa atrybutu %d", "Attribute %d value(s)": "Wartości atrybutu %d",
        "Attribute %d visible": "Atrybut %d widoczny", "Attribute %d global": "Atrybut %d: globalny",
    },
}
# the same headers as an older WooCommerce (3.4, 2018) wrote them, where the translation changed since
OLD = {
    "pt-BR": {"SKU": "REF", "Parent": "Produto ascendente"},
    "it": {"SKU": "COD"},
    "fr": {"Attribute %d name": "Nom de l'attribut %d", "Attribute %d value(s)": "Valeur(s) de l'attribut %d"},
    "pl": {"Published": "Opublikowany", "Stock": "Magazyn", "Parent": "Rodzic"},     # woocommerce-pl_PL.po of 2018
}

# per language: currency, decimal comma?, hoodie title, mug title, colour and size attribute names and values
EN_DATA = ("USD", False, "Everyday Hoodie", "Stoneware Mug", "Color", ["Grey", "Navy"], "Size", ["S", "M"])
DATA = {
    "pt-BR": ("BRL", True, "Moletom Básico", "Caneca de Cerâmica", "Cor", ["Cinza", "Azul"], "Tamanho", ["P", "M"]),
    "es": ("EUR", True, "Sudadera Básica", "Taza de Cerámica", "Color", ["Gris", "Azul"], "Talla", ["S", "M"]),
    "de": ("EUR", True, "Kapuzenpullover", "Keramiktasse", "Farbe", ["Grau", "Blau"], "Größe", ["S", "M"]),
    "fr": ("EUR", True, "Sweat à capuche", "Tasse en céramique", "Couleur", ["Gris", "Bleu"], "Taille", ["S", "M"]),
    "it": ("EUR", True, "Felpa con cappuccio", "Tazza in ceramica", "Colore", ["Grigio", "Blu"], "Taglia", ["S", "M"]),
    "ja": ("JPY", False, "定番パーカー", "陶器のマグカップ", "色", ["グレー", "ネイビー"], "サイズ", ["S", "M"]),
    "zh-CN": ("CNY", False, "经典连帽衫", "陶瓷马克杯", "颜色", ["灰色", "藏青色"], "尺码", ["S", "M"]),
    "pl": ("PLN", True, "Bluza z kapturem", "Kubek ceramiczny", "Kolor", ["Szary", "Granatowy"], "Rozmiar", ["S", "M"]),
}


def _header(lang: str, old: bool = False) -> list[str]:
    names = {**LANGS.get(lang, {}), **(OLD.get(lang, {}) if old else {})}
    names = {**{c: c for c in COLUMNS}, **{f"Attribute %d {k}": f"Attribute %d {k}"
                                           for k in ("name", "value(s)", "visible", "global")}, **names}
    out = []
    for col in COLUMNS:
        if col.startswith("Attribute "):
            n = col.split()[1]
            out.append(names[col.replace(f" {n} ", " %d ")].replace("%d", n))
        else:
            out.append(names[col])
    return out


def _rows(lang: str) -> list[list[str]]:
    _, comma, hoodie, mug, color, colors, size, sizes = DATA.get(lang, EN_DATA)

    def money(v: str) -> str:
        return v.replace(".", ",") if comma else v

    rows = [
        # ID, Type, SKU, Name, Published, Short description, Description, Sale price, Regular price, Categories,
        # Stock, Parent, Attribute 1 name, value(s), visible, global, Attribute 2 name, value(s)
        ["10", "variable", "HOODIE", hoodie, "1", "", f"<p>{hoodie}</p>", "", "", "Roupas > Moletons", "", "",
         color, ", ".join(colors), "1", "0", size, ", ".join(sizes)],
        ["11", "variation", "HOODIE-1", f"{hoodie} - {colors[0]}, {sizes[0]}", "1", "", "", "", money("55.00"), "",
         "7", "id:10", color, colors[0], "", "0", size, sizes[0]],
        ["12", "variation", "HOODIE-2", f"{hoodie} - {colors[1]}, {sizes[1]}", "1", "", "", money("45.00"),
         money("55.00"), "", "3", "HOODIE", color, colors[1], "", "0", size, sizes[1]],
        ["20", "simple", "MUG-01", mug, "1", "", f"{mug}.", money("17.90"), money("19.50"), "Casa > Cozinha", "40",
         "", "Material", "Cerâmica", "1", "0", "", ""],
    ]
    return rows


def _write(path, header, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _check(cat, lang):
    currency, _, hoodie_title, mug_title, color, colors, size, sizes = DATA.get(lang, EN_DATA)
    assert cat.format == "woocommerce"
    assert not cat.problems, [str(p) for p in cat.problems]
    by = {p.id: p for p in cat.products}
    assert set(by) == {"hoodie", "mug-01"}
    hoodie, mug = by["hoodie"], by["mug-01"]
    assert hoodie.title == hoodie_title and mug.title == mug_title
    assert hoodie.origin["format"] == "woocommerce" and mug.origin["format"] == "woocommerce"
    assert hoodie.currency == currency
    assert hoodie.options == [color, size]
    assert [v.sku for v in hoodie.variants] == ["HOODIE-1", "HOODIE-2"]
    v1, v2 = hoodie.variants
    assert v1.options == {color: colors[0], size: sizes[0]} and v2.options == {color: colors[1], size: sizes[1]}
    assert v1.price == Decimal("55") and v1.compare_at_price is None and v1.stock == 7
    assert v2.price == Decimal("45") and v2.compare_at_price == Decimal("55") and v2.stock == 3
    assert hoodie.category == "Moletons"
    (m,) = mug.variants
    assert m.sku == "MUG-01" and m.price == Decimal("17.90") and m.compare_at_price == Decimal("19.50")
    assert m.stock == 40
    assert mug.attributes["material"] == "Cerâmica"
    assert mug.description == f"{mug_title}."


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_translated_export_reads_like_the_english_one(tmp_path, lang):
    path = _write(tmp_path / f"wc-product-export-{lang}.csv", _header(lang), _rows(lang))
    assert woocommerce.normalize_header(_header(lang)) == COLUMNS
    cat = load_catalog(path, currency=DATA[lang][0])
    _check(cat, lang)


@pytest.mark.parametrize("lang", sorted(OLD))
def test_older_woocommerce_translations_still_read(tmp_path, lang):
    header = _header(lang, old=True)
    assert header != _header(lang)
    cat = load_catalog(_write(tmp_path / "old.csv", header, _rows(lang)), currency=DATA[lang][0])
    _check(cat, lang)


def test_untranslated_columns_fall_back_to_english_and_plugin_columns_are_kept():
    # WordPress shows the English msgid for a string its language has no translation for yet
    header = _header("pt-BR") + ["GTIN, UPC, EAN, or ISBN", "Peso (kg)", "Metadado: _yoast_title", "Meu campo"]
    out = woocommerce.normalize_header(header)
    assert out == COLUMNS + ["GTIN, UPC, EAN, or ISBN", "Weight (kg)", "Meta: _yoast_title", "Meu campo"]


def test_french_no_break_space_and_spacing_variants():
    header = _header("fr") + ["En stock\u00a0?", "En stock ?", "Poids (kg)"]
    assert woocommerce.normalize_header(header)[-3:] == ["In stock?", "In stock?", "Weight (kg)"]


def test_problem_names_the_column_as_the_file_writes_it(tmp_path):
    rows = _rows("pt-BR")
    rows[3][7] = rows[3][8] = ""                 # the mug has no price
    cat = load_catalog(_write(tmp_path / "p.csv", _header("pt-BR"), rows), currency="BRL")
    assert [p.id for p in cat.products] == ["hoodie"]
    (problem,) = cat.problems
    assert problem.column == "Preço" and problem.row == 5
    assert "Preço" in problem.hint and "Regular price" not in problem.hint


def test_mixed_languages_are_not_read_as_woocommerce(tmp_path):
    # Portuguese, Spanish and Italian words that each are a WooCommerce header, but in no one language's export
    header = ["ID", "Tipo", "SKU", "Nombre", "Preço", "Preço promocional", "Descripción", "Magazzino",
              "Nome do atributo 1", "Valor(es) del atributo 1"]
    assert woocommerce.normalize_header(header) is None
    assert not woocommerce.detect(header)
    assert detect_format(header) != "woocommerce"
    rows = [["1", "simple", "A-1", "Camiseta", "19,90", "", "Algodón", "3", "Cor", "Azul"]]
    with pytest.raises(InputError, match="unknown catalog format"):
        load_catalog(_write(tmp_path / "mixed.csv", header, rows))
    # a one-language header with too few WooCommerce columns is not taken for an export either
    assert woocommerce.normalize_header(["Tipo", "Nome", "Preço"]) is None


def test_english_export_still_works_without_loading_the_translations(tmp_path):
    woocommerce._languages.cache_clear()
    header = _header("en")
    assert header == COLUMNS
    cat = load_catalog(_write(tmp_path / "en.csv", header, _rows("en")), currency="USD")
    _check(cat, "en")
    assert woocommerce._languages.cache_info().currsize == 0      # the TOML was never read


def test_builder_reads_po_files(tmp_path):
    import importlib.util
    from pathlib import Path

    import tomllib

    spec = importlib.util.spec_from_file_location(
        "build_woo_headers", Path(__file__).resolve().parent.parent / "tools" / "build_woo_headers.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    po = tmp_path / "po" / "woocommerce-pt_BR.po"
    po.parent.mkdir()
    po.write_text('''msgid ""
msgstr ""
"PO-Revision-Date: 2025-02-12 12:30:05+0000\\n"
"Language: pt_BR\\n"

#: includes/export/class-wc-product-csv-exporter.php:139
msgid "Regular price"
msgstr "Preço"

msgctxt "Product type"
msgid "Type"
msgstr "Categoria"

msgid "Type"
msgstr "Tipo"

#. translators: %s: attribute number
msgid "Attribute %d name"
msgstr ""
"Nome do "
"atributo %1$d"

#, fuzzy
msgid "Sale price"
msgstr "Preço de venda"

msgid "Parent"
msgid_plural "Parents"
msgstr[0] "Pai"
msgstr[1] "Pais"

msgid "Not a header"
msgstr "Não"
''', "utf-8")
    out = tmp_path / "h.toml"
    assert tool.main([str(po.parent), "-o", str(out), "--source", "pt_BR=owner/repo@abc:woocommerce-pt_BR.po"]) == 0
    data = tomllib.loads(out.read_text("utf-8"))
    assert data["pt-BR"]["headers"] == {"Preço": "Regular price", "Tipo": "Type"}
    assert data["pt-BR"]["patterns"] == {"Nome do atributo %d": "Attribute %d name"}
    assert data["pt-BR"]["sources"] == ["owner/repo@abc:woocommerce-pt_BR.po"]
    assert "GPL-2.0-or-later" in out.read_text("utf-8")
