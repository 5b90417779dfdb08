"""Creative ids that survive posting: short, stable, findable in whatever text a platform report gives back.

An id is "c" and 7 base32 letters (a-z, 2-7) from a hash of the catalog's product id, the market and the
script's text (every scene's on-screen text and voice-over line, in order). So the same product and script
rendered again keeps its id, an edited or regenerated script gets a new one, and a variant the editor picks
later keeps the id it had as an alternative (its text is what it was). The variant index is recorded next to
the id, not hashed into it: the same text is the same creative whichever slot it sat in.

`find_ids` pulls ids out of an ad name, a video title or a caption. Ordinary words can look like ids
("campaign" is c + 7 letters), so the importer keeps only the ids the results store knows."""
from __future__ import annotations

import base64
import hashlib
import re

ID_RE = re.compile(r"(?<![0-9a-z])(c[a-z2-7]{7})(?![0-9a-z])", re.IGNORECASE)


def script_text(scenes) -> str:
    """The text that makes a creative: each scene's on-screen text and voice-over (Scene objects or dicts)."""
    parts = []
    for s in scenes or ():
        screen = s.get("screen", "") if isinstance(s, dict) else getattr(s, "screen", "")
        voice = s.get("voice", "") if isinstance(s, dict) else getattr(s, "voice", "")
        parts.append(f"{screen or ''}\x1f{voice or ''}")
    return "\x1e".join(parts)


def creative_id(product_id: str, market: str, scenes) -> str:
    """'c' + 7 base32 characters (35 bits): the id of one script of one product in one market."""
    key = "\x1d".join((str(product_id), str(market).lower(), script_text(scenes)))
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return "c" + base64.b32encode(digest[:5]).decode("ascii").lower()[:7]


def is_id(text: str) -> bool:
    return bool(ID_RE.fullmatch(text or ""))


def find_ids(text: str) -> list[str]:
    """Every id-shaped token in a text, lower-cased, in order, without repeats."""
    return list(dict.fromkeys(m.group(1).lower() for m in ID_RE.finditer(text or "")))


def ad_name(product_id: str, market: str, cid: str) -> str:
    """The name a seller pastes as the ad name (ad_name.txt): readable, and the id joins the report back."""
    return f"{product_id}_{market}_{cid}"


def tag_caption(caption, cid: str, hashtags_max: int, caption_max: int) -> str | None:
    """Append the id to a caption (render --tag-captions): as a hashtag when the market's hashtag limit has room,
    else as the last word. Changes `caption` in place; returns the form used, or None when it does not fit."""
    from ..textutil import utf16_len
    as_tag = len(caption.hashtags) < hashtags_max
    suffix = f" #{cid}" if as_tag else f" {cid}"
    text = caption.text.rstrip() + suffix
    if utf16_len(text) > caption_max:
        return None
    caption.text = text
    if as_tag:
        caption.hashtags = [*caption.hashtags, f"#{cid}"]
    caption.length_utf16 = utf16_len(text)
    return "hashtag" if as_tag else "word"
