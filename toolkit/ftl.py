"""Native copy in Project Fluent: `locales/<market>/content.ftl`, one message per variant.

A message id names the scene it writes and the variant (`hook-1`, `intro-brand`, `offer-discount-2`,
`benefit-apparel-1`, `caption-3`); its value is the voice-over line (the caption text for `caption-*`), its
`.screen` attribute the on-screen text and `.requires` the facts a product needs for it (space-separated).
`label-sale`, `label-new`, `label-price_from` are the cover labels, `label-some_variants` the note on a reduction
that holds for some variants only, and `hashtags` the market's standing
hashtags. Lines inflect with selectors on the grammar of the product's word (`$gender`, `$number`,
`$initial`, `$classifier`, `$counter`, from the market's facts.toml [types]) and with CLDR plural categories
of counts (`$color_count -> [two] ...`); `JOSA($name, "을/를")` and `INDEF($name)` add a Korean particle or
the English a/an. `lint()` checks a market's file against what the pipeline fills in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

# section -> message id prefix; benefit-<group> for any other benefit id is a category group
SECTIONS = {"hook": "hook", "intro": "intro", "benefit_material": "benefit-material",
            "benefit_colors": "benefit-colors", "benefit_sizes": "benefit-sizes", "benefit_generic": "benefit-generic",
            "offer_discount": "offer-discount", "offer_from": "offer-from", "offer": "offer", "cta": "cta",
            "caption": "caption"}
OPTIONAL = {"offer_from"}          # a market without them says the lowest price plainly
NEEDS_SCREEN = set(SECTIONS) - {"caption"}
LABELS = ("sale", "new", "price_from", "some_variants")
# what the pipeline passes to every message (Facts.fluent_args)
VARIABLES = {"name", "brand", "category", "colors", "colors_or", "color_count", "material", "sizes", "price",
             "old_price", "discount", "hook_line", "hook_fact",
             "gender", "number", "initial", "classifier", "counter", "named", "pack"}
INITIALS = ("vowel", "h", "s_cons", "consonant", "other")
FUNCTIONS = {"JOSA", "INDEF", "NUMBER"}
GRAMMAR_SELECTORS = {"gender", "number", "initial"}


def _josa(word, pair="을/를"):
    from .grammar import PARTICLES, korean_particle
    text = str(word)
    parts = tuple(str(pair).split("/"))
    if not text or len(parts) != 2 or parts not in PARTICLES:
        return text
    return text + korean_particle(text, *parts)


def _indef(word, case="a"):
    from .grammar import english_article
    text = str(word)
    if not text:
        return ""
    art = english_article(text)
    return f"{art.capitalize() if str(case) == 'A' else art} {text}"


@dataclass(frozen=True)
class FluentText:
    """One pattern of a market's content.ftl (a message value or attribute), formatted with a product's values."""
    bundle: object
    msg_id: str
    attr: str | None
    source: str                  # the pattern as written, for the editor and error messages

    def format(self, values: dict) -> str:
        msg = self.bundle.get_message(self.msg_id)
        pattern = msg.attributes[self.attr] if self.attr else msg.value
        args = {k: v for k, v in values.items() if v is not None}
        text, _errors = self.bundle.format_pattern(pattern, args)
        return text

    def __str__(self) -> str:
        return self.source

    def __add__(self, other) -> str:          # code that joins two templates for a search gets the source text
        return self.source + str(other)

    def __radd__(self, other) -> str:
        return str(other) + self.source


def _section(msg_id: str) -> tuple[str, str] | None:
    """(section, category group or '') for a message id, or None."""
    for sec, prefix in sorted(SECTIONS.items(), key=lambda kv: -len(kv[1])):
        if msg_id.startswith(prefix + "-"):
            return sec, ""
    m = re.fullmatch(r"benefit-([a-z_]+)-[A-Za-z0-9_-]+", msg_id)
    if m:
        return "benefit_category", m.group(1)
    return None


def _serialize(node) -> str:
    from fluent.syntax import FluentSerializer
    from fluent.syntax.ast import Message
    from fluent.syntax.ast import Identifier
    text = FluentSerializer().serialize_entry(Message(Identifier("x"), node))
    return text.split("=", 1)[1].strip()


@dataclass
class Content:
    sections: dict            # section -> list[Line]
    categories: dict          # group -> list[Line]
    captions: list
    hashtags: list
    labels: dict


def load_content(path: Path, locale: str, line_cls, requires_ok) -> Content:
    """Parse and validate a market's content.ftl; every problem is a ConfigError naming the file and message."""
    from fluent.runtime import FluentBundle, FluentResource
    from fluent.syntax import parse
    from fluent.syntax import ast as fa
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file is missing", file=str(path),
                          hint="every market folder needs market.toml, phrasebook.toml and content.ftl "
                               "(see locales/README.md)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the file ({exc})", file=str(path), hint="save it as UTF-8") from None
    res = parse(text)
    for e in res.body:
        if isinstance(e, fa.Junk):
            line = text[:e.span.start].count("\n") + 1
            why = "; ".join(a.message for a in e.annotations) or "syntax error"
            raise ConfigError(f"line {line}: {why}: {e.content.strip()[:60]!r}", file=str(path),
                              hint="Fluent syntax: id = text, attributes on indented lines (.screen = ...), "
                                   "variables as { $name }; see locales/README.md")
    bundle = FluentBundle([locale.replace("_", "-")], use_isolating=False,
                          functions={"JOSA": _josa, "INDEF": _indef})
    bundle.add_resource(FluentResource(text))
    sections: dict[str, list] = {s: [] for s in SECTIONS}
    categories: dict[str, list] = {}
    hashtags: list[str] = []
    labels: dict[str, str] = {}
    for e in res.body:
        if not isinstance(e, fa.Message):
            continue
        mid = e.id.name
        attrs = {a.id.name: a.value for a in e.attributes}
        if mid == "hashtags":
            hashtags = _plain(e.value, path, mid).split()
            if not hashtags or not all(t.startswith("#") for t in hashtags):
                raise ConfigError("'hashtags' must list hashtags separated by spaces", file=str(path),
                                  hint="e.g. hashtags = #TikTokShop #fyp")
            continue
        if mid.startswith("label-"):
            if e.value is None:
                raise ConfigError(f"message '{mid}' has no text", file=str(path), hint=f"write {mid} = SALE")
            _check_pattern(e.value, path, mid)
            # a label is drawn as it is; `{ $price }` stays a slot the cover fills ("ab {price}")
            labels[mid[len("label-"):]] = FluentText(bundle, mid, None, "").format({"price": "{price}"})
            continue
        where = _section(mid)
        if where is None:
            raise ConfigError(f"unknown message '{mid}'", file=str(path),
                              hint="ids start with the scene they write: " + ", ".join(
                                  p + "-…" for p in SECTIONS.values()) + ", benefit-<group>-…, label-…, hashtags")
        sec, group = where
        if e.value is None:
            raise ConfigError(f"message '{mid}' has no text", file=str(path), hint=f"write {mid} = <the voice-over line>")
        if sec in NEEDS_SCREEN or sec == "benefit_category":
            if "screen" not in attrs:
                raise ConfigError(f"message '{mid}' has no .screen attribute", file=str(path),
                                  hint="add an indented line: .screen = <the on-screen text>")
        unknown_attr = set(attrs) - {"screen", "requires"}
        if unknown_attr:
            raise ConfigError(f"message '{mid}' has an unknown attribute '.{sorted(unknown_attr)[0]}'",
                              file=str(path), hint="attributes are .screen and .requires")
        req = tuple(_plain(attrs["requires"], path, mid).split()) if "requires" in attrs else ()
        bad = [r for r in req if not requires_ok(r)]
        if bad:
            raise ConfigError(f"message '{mid}': unknown requirement '{bad[0]}'", file=str(path),
                              hint="allowed: discount, brand, colors, material, sizes, pitch, typed, from, many_colors, feature:<id>, "
                                   "attr:<attribute>, type:<id>, group:<id>")
        for pat in [e.value] + [a.value for a in e.attributes if a.id.name == "screen"]:
            _check_pattern(pat, path, mid)
        voice = FluentText(bundle, mid, None, _serialize(e.value))
        screen = FluentText(bundle, mid, "screen", _serialize(attrs["screen"])) if "screen" in attrs else voice
        line = line_cls(screen=screen, voice=voice, requires=req)
        if sec == "benefit_category":
            categories.setdefault(group, []).append(line)
        else:
            sections[sec].append(line)
    for sec, lines in sections.items():
        if not lines and sec not in OPTIONAL:
            raise ConfigError(f"no '{SECTIONS[sec]}-…' message", file=str(path),
                              hint=f"add at least one variant, e.g. {SECTIONS[sec]}-1 = …")
    missing = [k for k in LABELS if k not in labels]
    if missing:
        raise ConfigError(f"missing message 'label-{missing[0]}'", file=str(path),
                          hint="labels: label-sale, label-new, label-price_from (with { $price }), "
                               "label-some_variants (a reduction on some variants only)")
    captions = sections.pop("caption")
    return Content(sections=sections, categories=categories, captions=captions, hashtags=hashtags, labels=labels)


def _plain(pattern, path: Path, mid: str) -> str:
    from fluent.syntax import ast as fa
    if pattern is None or not all(isinstance(el, fa.TextElement) for el in pattern.elements):
        raise ConfigError(f"message '{mid}': hashtags and .requires are plain text", file=str(path),
                          hint="no { } inside them")
    return "".join(el.value for el in pattern.elements).strip()


def _check_pattern(pattern, path: Path, mid: str) -> None:
    """Variables, functions and selectors the pipeline knows; grammar selectors have only the keys it passes."""
    from fluent.syntax import ast as fa
    from fluent.syntax.visitor import Visitor

    class V(Visitor):
        def visit_VariableReference(self, node):
            if node.id.name not in VARIABLES:
                raise ConfigError(f"message '{mid}': unknown variable '${node.id.name}'", file=str(path),
                                  hint="variables: " + ", ".join("$" + v for v in sorted(VARIABLES)))

        def visit_FunctionReference(self, node):
            if node.id.name not in FUNCTIONS:
                raise ConfigError(f"message '{mid}': unknown function '{node.id.name}'", file=str(path),
                                  hint="functions: JOSA($name, \"을/를\"), INDEF($name), NUMBER($color_count)")
            if node.id.name == "JOSA":
                from .grammar import PARTICLES
                args = [a.value for a in node.arguments.positional if isinstance(a, fa.StringLiteral)]
                if len(args) != 1 or tuple(args[0].split("/")) not in PARTICLES:
                    raise ConfigError(f"message '{mid}': JOSA needs a particle pair such as \"을/를\"",
                                      file=str(path), hint="JOSA($name, \"을/를\"), \"이/가\", \"은/는\", \"과/와\", "
                                                           "\"으로/로\", \"이에요/예요\"")
            self.generic_visit(node)

        def visit_MessageReference(self, node):
            raise ConfigError(f"message '{mid}': message references are not used in content.ftl", file=str(path),
                              hint="write the text in place")

        def visit_SelectExpression(self, node):
            sel = node.selector
            if isinstance(sel, fa.VariableReference) and sel.id.name == "initial":
                bad = [v.key.name for v in node.variants if isinstance(v.key, fa.Identifier)
                       and v.key.name not in INITIALS]
                if bad:
                    raise ConfigError(f"message '{mid}': $initial has no value '{bad[0]}'", file=str(path),
                                      hint="values: " + ", ".join(INITIALS))
            if isinstance(sel, fa.VariableReference) and sel.id.name == "named":
                bad = [v.key.name for v in node.variants if isinstance(v.key, fa.Identifier)
                       and v.key.name not in ("type", "title", "work")]
                if bad:
                    raise ConfigError(f"message '{mid}': $named has no value '{bad[0]}'", file=str(path),
                                      hint="values: type (the name starts with the type word), title, work (a "
                                           "title of a work, 'Maya and the Rainbow Unicorn': no article)")
            if isinstance(sel, fa.VariableReference) and sel.id.name == "number":
                bad = [v.key.name for v in node.variants if isinstance(v.key, fa.Identifier)
                       and v.key.name not in ("sg", "pl", "other")]
                if bad:
                    raise ConfigError(f"message '{mid}': $number has no value '{bad[0]}'", file=str(path),
                                      hint="values: sg, pl")
            self.generic_visit(node)

    V().visit(pattern)


# --- lint: the grammar the templates ask for exists for every word ---------------------------------------------

def referenced_keys(pattern, variable: str) -> set[str]:
    """Variant keys a pattern selects on for one variable (e.g. the genders the templates expect)."""
    from fluent.syntax import ast as fa
    from fluent.syntax.visitor import Visitor
    keys: set[str] = set()

    class V(Visitor):
        def visit_SelectExpression(self, node):
            if isinstance(node.selector, fa.VariableReference) and node.selector.id.name == variable:
                keys.update(v.key.name for v in node.variants if isinstance(v.key, fa.Identifier) and not v.default)
            self.generic_visit(node)

    V().visit(pattern)
    return keys


def bare_name_uses(text: str, article_words: list[str], guard_number: bool = True) -> list[str]:
    """Where `{ $name }` stands wrong in a language with articles:
    - outside any selector, after a word (not a colon, a quote or the start of the line) that is not one of
      the market's articles or words that take a bare noun (`[grammar] bare_after`): "Voici { $name }";
    - inside a `$gender`/`$number` variant (an article chosen for the type word) but not inside a
      `$named -> [type]` variant: the name may be a seller's own title, which the article does not fit
      (`guard_number=False` for a language without genders, where "these"/"the" fit any plural title)."""
    from fluent.syntax import parse
    from fluent.syntax import ast as fa
    out: list[str] = []
    allowed = {w.lower() for w in article_words}

    def walk(pattern, mid: str, ctx: frozenset) -> None:
        prev = ""
        for el in pattern.elements:
            if isinstance(el, fa.TextElement):
                prev += el.value
                continue
            exp = el.expression
            if isinstance(exp, fa.VariableReference) and exp.id.name == "name":
                before = prev.rstrip()
                word = re.search(r"(\w+)'?$", before)
                if ("gender" in ctx or "number" in ctx) and "named:type" not in ctx:
                    out.append(f"{mid}: an article chosen by $gender/$number before {{ $name }} without "
                               "$named -> [type] (a seller's title may be any noun)")
                elif not ctx and before and word and not before.endswith((":", "：", "«", "\"", "“", "„", "‘")) \
                        and word.group(1).lower() not in allowed:
                    out.append(f"{mid}: a bare name where the language needs an article: "
                               f"'…{before[-20:]} {{ $name }}' (select on $gender / $number, or put the name after a "
                               "colon)")
            elif isinstance(exp, fa.SelectExpression):
                sel = exp.selector.id.name if isinstance(exp.selector, fa.VariableReference) else ""
                for v in exp.variants:
                    key = v.key.name if isinstance(v.key, fa.Identifier) else str(getattr(v.key, "value", ""))
                    extra = set()
                    if (sel == "gender" or sel == "number" and guard_number) and not v.default:
                        extra.add(sel)
                    if sel == "named" and key == "type":
                        extra.add("named:type")
                    if sel and sel not in ("gender", "number", "named"):
                        extra.add("other-selector")
                    walk(v.value, mid, ctx | extra)
            prev += "X"

    for e in parse(text).body:
        if isinstance(e, fa.Message):
            for pat in [e.value] + [a.value for a in e.attributes]:
                if pat is not None:
                    walk(pat, e.id.name, frozenset())
    return out


def lint_market(market) -> list[str]:
    """The template lint of one market: every [types] word carries the grammar its language needs
    (`[grammar] needs`), the genders content.ftl selects on are the language's, and where nouns take articles
    no `{ $name }` stands bare after a word that needs one."""
    from .knowledge.nouns import check_types
    from .knowledge.render import market_facts_data
    g = market.grammar or {}
    path = market.folder / "content.ftl"
    problems = [f"facts.toml {p}" for p in check_types(market_facts_data(market).get("types", {}),
                                                       g.get("genders", []), g.get("needs", []),
                                                       market.folder / "facts.toml")]
    from fluent.syntax import parse
    from fluent.syntax import ast as fa
    text = path.read_text(encoding="utf-8")
    genders = set(g.get("genders", []))
    for e in parse(text).body:
        if isinstance(e, fa.Message):
            for pat in [e.value] + [a.value for a in e.attributes]:
                if pat is None:
                    continue
                keys = referenced_keys(pat, "gender")
                if keys and not genders:
                    problems.append(f"content.ftl {e.id.name}: selects on $gender but market.toml [grammar] "
                                    "lists no genders")
                elif keys - genders:
                    problems.append(f"content.ftl {e.id.name}: gender '{sorted(keys - genders)[0]}' is not one of "
                                    f"{sorted(genders)}")
    # a product ctk can only call by its group word gets a caption that names nothing (caption.py)
    if not any("from" not in c.requires and "$name" not in str(c.screen) and "$category" not in str(c.screen)
               for c in market.captions):
        problems.append("content.ftl: no caption for a product without a name: add one without $name and "
                        "$category (e.g. `caption-20 = { $hook_line } … { $price } …` with `.requires = unnamed`)")
    if g.get("articles"):
        problems += [f"content.ftl {u}" for u in dict.fromkeys(bare_name_uses(text, g.get("bare_after", []),
                                                                             guard_number=bool(genders)))]
    return problems
