"""Text layout for every script: font fallback by script run, line breaking that respects each script,
auto-fit into a box, and drawing with Pillow's raqm layout (shaping, script, language). Bidi levels come from
python-bidi (the Unicode bidi algorithm), honouring the marks in the text; lines are split into runs of one
level and one font, and the runs drawn in visual order.

Characters that no installed font can draw are dropped and reported, so no tofu box reaches a frame.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from unicodedata import bidirectional

from .linebreak import NO_START, break_words
from .textutil import char_script

from .paths import assets_dir

ASSETS = assets_dir()

# invisible characters dropped before layout (zero-width space and joiners, BOM, emoji presentation selector)
IGNORABLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\ufe0f"}
# bidi marks (LRM, RLM, ALM): strong characters that steer the order and stay in their run's text (a mark's
# level always has its own direction, so the shaper sees what the bidi algorithm saw); they draw nothing
BIDI_MARKS = {"\u200e", "\u200f", "\u061c"}
# embeddings, overrides and isolates: their scope is in the levels; they never reach the shaper, which would
# apply them a second time inside a run
BIDI_CONTROLS = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
# bidi classes that can lift a character above level 0 in a left-to-right paragraph
_NOT_LTR = {"R", "AL", "AN", "LRE", "RLE", "LRO", "RLO", "LRI", "RLI", "FSI", "PDF", "PDI"}
_LEVEL = re.compile(r"Level\(\s*(\d+)")


# ---- fonts ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _font_table() -> dict:
    with open(ASSETS / "fonts.toml", "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=64)
def _cmap(path: str, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTCollection, TTFont
    if path.lower().endswith(".ttc"):
        coll = TTCollection(path, lazy=True)
        font = coll.fonts[index]
    else:
        font = TTFont(path, lazy=True)
    cmap = font.getBestCmap() or {}
    return frozenset(cmap.keys())


@dataclass(frozen=True)
class FontFace:
    path: str
    index: int
    script: str

    def covers(self, ch: str) -> bool:
        return ord(ch) in _cmap(self.path, self.index)

    def get(self, size: int):
        return _pil_font(self.path, self.index, size)


@lru_cache(maxsize=512)
def _pil_font(path: str, index: int, size: int):
    from PIL import ImageFont
    return ImageFont.truetype(path, size=size, index=index, layout_engine=ImageFont.Layout.RAQM)


def _first_existing(paths: list[str]) -> str | None:
    for p in paths:
        if Path(p).exists():
            return p
    return None


@lru_cache(maxsize=64)
def font_chain(language: str, weight: str = "bold", latin_font: str = "") -> tuple[FontFace, ...]:
    """Fonts in fallback order for a market language: its own script first, then the rest. A style or
    brand kit's Latin font comes before the default Latin font."""
    table = _font_table()
    faces = table.get(weight) or table["bold"]
    idx = table.get("cjk_index", {})
    cjk_index = int(idx.get(language.split("-")[0], idx.get("default", 0)))
    from .writing import language_info, script_info
    # the language's script (languages.toml) draws with its fonts key (scripts.toml), then every other font
    primary = script_info(language_info(language).get("script", "Latn")).get("fonts", "Latn")
    order = [primary] + [s for s in faces if s != primary]
    chain = []
    for s in order:
        if s == "Latn" and latin_font and Path(latin_font).exists():
            chain.append(FontFace(latin_font, 0, "Latn"))
        path = _first_existing(faces.get(s, []))
        if path:
            chain.append(FontFace(path, cjk_index if s == "CJK" else 0, s))
    return tuple(chain)


def missing_fonts() -> list[str]:
    """Scripts with no installed font (for `ctk doctor`)."""
    table = _font_table()
    return [s for s, paths in table["bold"].items() if not _first_existing(paths)]


# ---- runs ---------------------------------------------------------------------

@dataclass
class Run:
    text: str
    face: FontFace
    rtl: bool
    language: str
    level: int = 0


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels for one line, one per character, by the Unicode bidi algorithm (UAX #9) as python-bidi
    runs it (the Rust unicode-bidi crate), with the paragraph direction given. It honours the marks a user or a
    template put in the text: LRM, RLM and ALM, embeddings and overrides (LRE, RLE, LRO, RLO, PDF) and isolates
    (LRI, RLI, FSI, PDI).

    python-bidi's API is get_display() and get_base_level(): it reorders a string but has no call that returns
    the levels, which ctk needs (runs are split by level and by font, then Pillow/raqm shapes each run). Its
    documented way to see them is get_display(debug=True), the crate's BidiInfo printed with one level per
    UTF-8 byte; that is read here. Reordering with get_display() itself would not do: raqm must get runs in
    logical order to shape them, and the visual string loses which run a character belongs to. A line with no
    right-to-left letter, number context or control in a left-to-right paragraph is all level 0 without asking."""
    if not text:
        return []
    if not rtl and not any(ord(c) >= 0x590 and bidirectional(c) in _NOT_LTR for c in text):
        return [0] * len(text)
    return list(_levels(text, rtl))


@lru_cache(maxsize=4096)
def _levels(text: str, rtl: bool) -> tuple[int, ...]:
    from bidi import get_display
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    per_byte = [int(x) for x in _LEVEL.findall(info.partition("levels:")[2].partition("paragraphs:")[0])]
    out, b = [], 0
    for ch in text:
        out.append(per_byte[b] if b < len(per_byte) else (1 if rtl else 0))
        b += len(ch.encode("utf-8"))
    if len(per_byte) != b:
        raise RuntimeError(f"python-bidi gave {len(per_byte)} levels for {b} bytes: its debug output changed")
    return tuple(out)


def visual_order(runs: list[Run]) -> list[Run]:
    """Rule L2 on runs: reverse every sequence at or above each odd level, highest first."""
    if not runs:
        return runs
    order = list(runs)
    top = max(r.level for r in order)
    low_odd = min((r.level for r in order if r.level % 2), default=None)
    if low_odd is None:
        return order
    for lvl in range(top, low_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level >= lvl:
                j = i
                while j < len(order) and order[j].level >= lvl:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def segment_runs(text: str, chain: tuple[FontFace, ...], language: str, rtl: bool = False) -> tuple[list[Run], list[str]]:
    """Split a line into runs of one bidi level and one font. Returns runs (logical order) and the
    characters no installed font covers (dropped, so no tofu reaches a frame)."""
    text = "".join(ch for ch in text if ch not in IGNORABLE)
    levels = bidi_levels(text, rtl)
    runs: list[Run] = []
    dropped: list[str] = []
    cur_face: FontFace | None = None
    cur_level = None
    cur = ""
    for ch, lvl in zip(text, levels):
        if ch in BIDI_CONTROLS:
            continue
        common = char_script(ch) is None
        if lvl == cur_level and common and cur_face is not None and (ch in BIDI_MARKS or cur_face.covers(ch)):
            cur += ch
            continue
        face = (cur_face or next(iter(chain), None)) if ch in BIDI_MARKS else next((f for f in chain if f.covers(ch)), None)
        if face is None:
            dropped.append(ch)
            continue
        if face != cur_face or lvl != cur_level:
            if cur:
                runs.append(_mk_run(cur, cur_face, language, cur_level))
            cur, cur_face, cur_level = ch, face, lvl
        else:
            cur += ch
    if cur:
        runs.append(_mk_run(cur, cur_face, language, cur_level))
    return runs, dropped


def _mk_run(text: str, face: FontFace, language: str, level: int = 0) -> Run:
    rtl = level % 2 == 1
    if face.script == "CJK":
        lang = language if language in ("ja", "ko", "zh") else "ja"
    elif face.script == "Latn":
        lang = language if language not in ("ar", "th", "ja", "ko", "zh", "hi", "he") else "en"
    else:
        from .writing import script_info
        lang = script_info(face.script).get("implies", language)
    return Run(text, face, rtl, lang, level)


def run_width(run: Run, size: int) -> float:
    return run.face.get(size).getlength(run.text, direction="rtl" if run.rtl else "ltr", language=run.language)


# ---- fitting -------------------------------------------------------------------------

@dataclass
class TextLayout:
    size: int
    lines: list[list[Run]]
    widths: list[float]
    line_height: int
    ascent: int
    rtl: bool
    dropped: list[str] = field(default_factory=list)
    truncated: bool = False
    descent: int = 0

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)

    def text(self) -> str:
        return "\n".join("".join(r.text for r in ln) for ln in self.lines)


def _measure_line(text: str, chain, language, size, rtl: bool = False) -> tuple[list[Run], float, list[str]]:
    runs, dropped = segment_runs(text.strip(), chain, language, rtl)
    return runs, sum(run_width(r, size) for r in runs), dropped


def _split_wide(tokens: list[str], width: float, chain, language, size) -> list[str]:
    """A token wider than the box (a very long word or URL) is split into pieces that fit."""
    out: list[str] = []
    for tok in tokens:
        if len(tok) > 1 and _measure_line(tok, chain, language, size)[1] > width:
            piece = ""
            for ch in tok:
                # a closing mark hangs at the line's end rather than start the next line (kinsoku, burasage)
                if piece and ch not in NO_START and _measure_line(piece + ch, chain, language, size)[1] > width:
                    out.append(piece)
                    piece = ch
                else:
                    piece += ch
            if piece:
                out.append(piece)
        else:
            out.append(tok)
    return out


def _greedy(tokens: list[str], width: float, chain, language, size) -> list[str]:
    tokens = _split_wide(tokens, width, chain, language, size)
    lines: list[str] = []
    cur = ""
    for tok in tokens:
        trial = cur + tok
        if cur and _measure_line(trial, chain, language, size)[1] > width:
            lines.append(cur)
            cur = tok
        else:
            cur = trial
    if cur.strip():
        lines.append(cur)
    return [ln.strip() for ln in lines if ln.strip()]


def fit_text(text: str, box_w: int, box_h: int, language: str, *, max_size: int = 96, min_size: int = 36,
             max_lines: int = 4, weight: str = "bold", rtl: bool = False, balance: bool = True,
             latin_font: str = "") -> TextLayout:
    """The largest size (down to min_size) at which text fits the box in max_lines balanced lines."""
    chain = font_chain(language, weight, latin_font)
    paragraphs = [p for p in text.split("\n") if p.strip()] or [""]
    tokens_per_par = [break_words(p, language) for p in paragraphs]
    size = max_size
    while True:
        line_h = int(size * 1.32)
        lines: list[str] = []
        for toks in tokens_per_par:
            lines.extend(_greedy(toks, box_w, chain, language, size))
        fits = len(lines) <= max_lines and line_h * len(lines) <= box_h and all(
            _measure_line(ln, chain, language, size)[1] <= box_w for ln in lines)
        if fits or size <= min_size:
            break
        size = max(min_size, int(size * 0.92))
    truncated = False
    if not fits:
        keep = max(1, min(max_lines, box_h // line_h))
        if len(lines) > keep:
            lines = lines[:keep]
            lines[-1] = lines[-1].rstrip() + "…"
            truncated = True
    if balance and len(lines) > 1 and len(paragraphs) == 1 and not truncated:
        lines = _balance(tokens_per_par[0], len(lines), box_w, chain, language, size) or lines
    out_lines, widths, dropped = [], [], []
    for ln in lines:
        runs, w, d = _measure_line(ln, chain, language, size, rtl)
        if w > box_w:    # a single unbreakable word wider than the box: squeeze by shrinking this layout
            truncated = True
        out_lines.append(runs)
        widths.append(w)
        dropped.extend(d)
    faces = {r.face for ln in out_lines for r in ln} or {chain[0]}
    ascent = max(f.get(size).getmetrics()[0] for f in faces)
    descent = max(f.get(size).getmetrics()[1] for f in faces)
    # tall scripts (Arabic, Thai marks) get a little more room, but not their full font box, which is
    # much taller than the glyphs a marketing line actually uses
    line_h = max(int(size * 1.32), int((ascent + descent) * 0.92))
    return TextLayout(size=size, lines=out_lines, widths=widths, line_height=line_h, ascent=ascent,
                      rtl=rtl, dropped=dropped, truncated=truncated, descent=descent)


def _balance(tokens, n, box_w, chain, language, size) -> list[str] | None:
    lo, hi = box_w * 0.4, box_w
    best = None
    for _ in range(8):
        mid = (lo + hi) / 2
        lines = _greedy(tokens, mid, chain, language, size)
        if len(lines) <= n and all(_measure_line(ln, chain, language, size)[1] <= box_w for ln in lines):
            best, hi = lines, mid
        else:
            lo = mid
    return best


def draw_layout(draw, layout: TextLayout, box: tuple[int, int, int, int], *, align: str = "center",
                valign: str = "middle", fill=(255, 255, 255, 255), stroke: int | None = None,
                stroke_fill=(0, 0, 0, 200)) -> tuple[int, int, int, int]:
    """Draw the laid-out lines into box (x0, y0, x1, y1). Returns the bounding box of what was drawn."""
    x0, y0, x1, y1 = box
    if valign == "top":
        y = y0
    elif valign == "bottom":
        y = y1 - layout.height
    else:
        y = y0 + (y1 - y0 - layout.height) // 2
    sw = stroke if stroke is not None else max(2, layout.size // 16)
    bounds = [x1, y1, x0, y0]
    for runs, width in zip(layout.lines, layout.widths):
        if align == "center":
            x = x0 + (x1 - x0 - width) / 2
        elif align == "right" or (align == "start" and layout.rtl):
            x = x1 - width
        else:
            x = x0
        baseline = y + int((layout.line_height - layout.ascent - layout.descent) / 2) + layout.ascent
        visual = visual_order(runs)
        for r in visual:
            font = r.face.get(layout.size)
            direction = "rtl" if r.rtl else "ltr"
            draw.text((x, baseline), r.text, font=font, fill=fill, anchor="ls", direction=direction,
                      language=r.language, stroke_width=sw, stroke_fill=stroke_fill)
            bb = draw.textbbox((x, baseline), r.text, font=font, anchor="ls", direction=direction,
                               language=r.language, stroke_width=sw)
            bounds = [min(bounds[0], bb[0]), min(bounds[1], bb[1]), max(bounds[2], bb[2]), max(bounds[3], bb[3])]
            x += run_width(r, layout.size)
        y += layout.line_height
    return tuple(int(b) for b in bounds)
