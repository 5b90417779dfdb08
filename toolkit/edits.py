"""The editor's edit model: fields addressed as "caption", "scene N on-screen text", "scene N voice-over";
manual edits applied over a composed bundle, one-click fixes, and the live preview."""

from __future__ import annotations


from typing import TYPE_CHECKING

from .errors import CtkError
from .markets import MarketProfile, load_market
from .model import Finding, Product
from .settings import RenderOptions

if TYPE_CHECKING:
    from .bundle import Composed


EDITABLE = ("caption", "scene N on-screen text", "scene N voice-over")

def apply_edits(script, caption, edits: dict) -> None:
    """A marketer's edits (from the desktop editor or a project file) replace generated text; the rules
    then run on the edited text. Keys: 'caption', 'scene N on-screen text', 'scene N voice-over'."""
    import re
    for key, value in edits.items():
        if key == "caption":
            caption.text = value
            caption.hashtags = re.findall(r"(?<!\w)#[^\s#]+", value)
            continue
        m = re.fullmatch(r"scene (\d+) (on-screen text|voice-over)", key)
        if not m:
            raise CtkError(f"unknown edit field '{key}'", hint="editable: " + ", ".join(EDITABLE))
        for sc in script.scenes:
            if sc.index == int(m.group(1)):
                sc.facts = []                 # what an edited line states is read from its text again
                sc.line = None                # and it is no longer the template line it came from
                if m.group(2) == "on-screen text":
                    sc.screen = value
                else:
                    sc.voice = value

def field_text(c: Composed, where: str) -> str | None:
    import re
    if where == "caption":
        return c.caption.text
    m = re.fullmatch(r"scene (\d+) (on-screen text|voice-over)", where)
    if m:
        for sc in c.script.scenes:
            if sc.index == int(m.group(1)):
                return sc.screen if m.group(2) == "on-screen text" else sc.voice
    return None

def quick_fix(finding: Finding, c: Composed, market: MarketProfile) -> tuple[str, str] | None:
    """A one-click fix as an edit (field, new text), or None when a person has to decide."""
    import re
    if finding.fixed:
        return None
    current = field_text(c, finding.where)
    if current is None:
        return None
    if finding.code == "disclosure.label":
        return finding.where, f"{market.disclosure['label']} {current}"
    if finding.code == "platform.hashtags":
        limit = market.limit("hashtags_max", 5)
        tags = re.findall(r"(?<!\w)#[^\s#]+", current)
        new = current
        for t in tags[limit:]:
            new = re.sub(r"\s?" + re.escape(t) + r"(?!\S)", "", new, count=1)
        return finding.where, new
    if finding.term:
        new = re.sub(r"\s*" + re.escape(finding.term) + r"\b" if finding.term[-1:].isalnum() else re.escape(finding.term),
                     "", current, count=1, flags=re.I)
        new = re.sub(r"\s{2,}", " ", new).strip()
        if new != current:
            return finding.where, new
    return None

def preview(product: Product, market_code: str, opts: RenderOptions):
    """Compose one bundle and draw its cover, for the editor's live preview: (Composed, PIL image)."""
    from .batch import _worker_tools
    from .bundle import compose, market_festival
    from .creative import load_image, render_cover
    market = load_market(market_code)
    translator, fx = _worker_tools(opts)
    festival, mfind = market_festival(market, opts)
    c = compose(product, market, opts, translator=translator, fx=fx, festival=festival, market_findings=mfind)
    images = c.images
    hero = load_image(images[0] if images else None, product.id)
    from .style import load_style
    cover, layer = render_cover(market, hero, c.script.scenes[0].screen, c.facts.name, c.facts.price,
                                c.facts.old_price if c.facts.discount else None,
                                market.labels.get("sale") if c.facts.discount else None, theme=festival,
                                style=load_style(opts.style, opts.brand_kit))
    c.findings.extend(layer.findings)
    return c, cover
