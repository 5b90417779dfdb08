"""Prompts are data (locales/_shared/prompts/script.toml, overridable per market)."""

from __future__ import annotations

import json
import tomllib

from ..errors import ConfigError
from ..markets import MarketProfile, locales_dir

SCHEMA = {"hook": {"screen": "str", "voice": "str"},
          "scenes": [{"role": "intro|benefit|offer|cta", "screen": "str", "voice": "str"}]}


def load_prompt(market: MarketProfile) -> dict:
    for path in (market.folder / "prompts" / "script.toml", locales_dir() / "_shared" / "prompts" / "script.toml"):
        if path.exists():
            try:
                data = tomllib.loads(path.read_text("utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint="fix the syntax") from None
            if not isinstance(data.get("system"), str) or not isinstance(data.get("user"), str):
                raise ConfigError("the prompt needs 'system' and 'user' strings", file=str(path), hint="see the shared prompt")
            return data
    raise ConfigError("no prompt file", file=str(locales_dir() / "_shared" / "prompts" / "script.toml"),
                      hint="restore locales/_shared/prompts/script.toml")


def facts_text(facts) -> str:
    d = {"name": facts.name, "brand": facts.brand, "category": facts.category, "material": facts.material,
         "colors": facts.colors, "sizes": facts.sizes, "price": facts.price, "old_price": facts.old_price,
         "discount": facts.discount,
         # the product's own facts, already worded for the market: state them, each scene at least one
         "selling_points": [{"id": mf.ids[0], "fact": mf.value or mf.short or mf.screen, "say": mf.voice}
                            for mf in getattr(facts, "pitch", [])[:8]]}
    return json.dumps({k: v for k, v in d.items() if v}, ensure_ascii=False)


def build_messages(facts, market: MarketProfile, festival=None, banned: list[str] = ()) -> list[dict]:
    p = load_prompt(market)
    slots = {
        "market": market.name, "language": market.language, "tone": market.tone.get("notes", ""),
        "festival": festival.name if festival else "none", "facts": facts_text(facts),
        "limits": f"hook screen <= 40 chars, 3-6 scenes, reading speed {market.limit('reading_cps', 15)} chars/s",
        "banned": ", ".join(banned) or "none", "schema": json.dumps(SCHEMA, separators=(",", ":")),
    }
    fill = lambda t: t.format_map(slots)  # noqa: E731
    return [{"role": "system", "content": fill(p["system"])}, {"role": "user", "content": fill(p["user"])}]
