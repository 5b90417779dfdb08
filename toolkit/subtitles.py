"""Subtitles timed to the scenes, in SRT and WebVTT, following timed-text habits:
at most 2 lines per event, about 42 Latin (16 CJK) characters a line, at least 5/6 s per event."""

from __future__ import annotations

from dataclasses import dataclass

from .linebreak import break_words
from .model import Script

MIN_EVENT = 5 / 6


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]


_CLAUSE_END = tuple(",.;:!?、。，；：！？،؛؟")


def _greedy(tokens: list[str], width: int) -> list[str]:
    """Fill lines up to `width`; break after a clause's punctuation where that costs no extra line."""
    plain = _fill(tokens, width, False)
    clause = _fill(tokens, width, True)
    return clause if len(clause) <= len(plain) else plain


def _fill(tokens: list[str], width: int, at_clauses: bool) -> list[str]:
    """Fill lines up to `width`; with `at_clauses`, a line that must break breaks after its last clause
    punctuation if that leaves it at least half full ("Misst 8,4 mal 3,8, | wiegt 96 Gramm")."""
    lines: list[str] = []
    cur: list[str] = []
    for tok in tokens:
        if cur and len(("".join(cur) + tok).strip()) > width:
            cut = len(cur)
            for i in range(len(cur) - 1, 0, -1) if at_clauses else ():
                if cur[i - 1].rstrip().endswith(_CLAUSE_END) and len("".join(cur[:i]).strip()) >= width * 0.5:
                    cut = i
                    break
            lines.append("".join(cur[:cut]).strip())
            cur = cur[cut:]
            if cur:
                cur[0] = cur[0].lstrip()
            cur.append(tok.lstrip() if not cur else tok)
        else:
            cur.append(tok)
    if "".join(cur).strip():
        lines.append("".join(cur).strip())
    return lines


# a number stays with what it counts or measures: "7,5 cm", "16 dollars", "2 pairs", "฿ 889"
_NUM_GLUE = __import__("re").compile(r"(\d)[ ](?=[^\W\d_]|[%€$£¥₩฿])")


# a size system or a protection label stays with its number: "US 6–10", "EU 35–41", "SPF 50+"
_LABEL_GLUE = __import__("re").compile(r"\b(US|EU|UK|JP|SPF|LSF|FPS|UPF|IP)[ ](?=\d)")


def _keep_terms(tokens: list[str], terms) -> list[str]:
    """No break inside one of the product's own words written without spaces (ja "うるおい保湿", th
    "ไฮยาลูรอนิก"): BudouX and PyThaiNLP cut a word they do not know; the market's data knows it."""
    text = "".join(tokens)
    inside: set[int] = set()
    for term in terms:
        if term and " " not in term.strip() and 2 <= len(term) <= 16:
            i = text.find(term)
            while i >= 0:
                inside |= set(range(i + 1, i + len(term)))
                i = text.find(term, i + 1)
    out: list[str] = []
    pos = 0
    for tok in tokens:
        if out and pos in inside:
            out[-1] += tok
        else:
            out.append(tok)
        pos += len(tok)
    return out


def _wrap(text: str, script: str, language: str, terms=()) -> list[str]:
    """Lines of at most the script's width, balanced in pairs so no cue ends on a one-word line."""
    from .writing import script_info
    width = int(script_info(script).get("line_chars", 42))     # locales/_shared/scripts.toml
    tokens = _keep_terms(break_words(text, language), terms)
    lines = _greedy(tokens, width)
    n = len(lines)
    if n < 2:
        return lines
    best = lines
    for w in range(width - 1, max(4, width // 2) - 1, -1):   # narrowest width that keeps the line count
        trial = _greedy(tokens, w)
        if len(trial) != n:
            break
        best = trial
    return best


def _clock(text: str, t0: float, t1: float, gaps: tuple):
    """Character offset in a spoken line -> when it is said: linear between anchors; a clause's punctuation is
    anchored at the start of the voice's pause nearest to where it would fall, the character after it at the
    pause's end (the speech between two anchors is taken as even)."""
    n = len(text) or 1
    anchors = [(0, t0)]
    for i, ch in enumerate(text[:-1]):
        if ch in _CLAUSE_END and gaps:
            c0, a0 = anchors[-1]
            est = a0 + (t1 - a0) * (i + 1 - c0) / max(1, n - c0)
            g0, g1 = min(gaps, key=lambda g: abs((g[0] + g[1]) / 2 - est))
            if abs((g0 + g1) / 2 - est) < 0.6 and a0 < g0 and g1 < t1 and i + 1 > c0:
                anchors += [(i + 1, g0), (i + 2, g1)]
    anchors.append((n, t1))

    def at(c: int) -> float:
        for (c0, a0), (c1, a1) in zip(anchors, anchors[1:]):
            if c <= c1:
                return a0 + (a1 - a0) * (c - c0) / max(1, c1 - c0)
        return t1
    return at


def build_cues(script: Script, market_script: str, speech: dict | None = None) -> list[Cue]:
    """Cues per scene, over the scene's time; with a voice-over, `speech` maps a scene's index to when its line
    is said (start, end, pauses) and the scene's cues share that span instead, each changing in the pause of
    the voice nearest to where its share of the text ends, so each shows while it is heard."""
    cues: list[Cue] = []
    for start, scene in zip(script.starts(), script.scenes):
        text = _LABEL_GLUE.sub("\\1\u00a0", _NUM_GLUE.sub("\\1\u00a0", scene.voice))
        lines = _wrap(text, market_script, script.language, getattr(script, "terms", ()))
        events = [tuple(lines[i:i + 2]) for i in range(0, len(lines), 2)] or [()]
        total_chars = sum(len("".join(e)) for e in events) or 1
        t = start
        end_scene = start + scene.duration
        span = scene.duration
        gaps: tuple = ()
        if speech and scene.index in speech:
            t, end_scene, *rest = speech[scene.index]
            span, gaps = end_scene - t, (rest[0] if rest else ())
        done = 0
        clock = _clock("".join("".join(e) for e in events), t, end_scene, gaps) if speech else None
        for j, ev in enumerate(events):
            share = span * len("".join(ev)) / total_chars
            end = end_scene if j == len(events) - 1 else min(end_scene, t + max(MIN_EVENT, share))
            if clock is not None and j < len(events) - 1:
                done += len("".join(ev))
                end = min(end_scene, max(t + MIN_EVENT, clock(done)))
            if ev:
                cues.append(Cue(round(t, 3), round(end - 0.001 if end == end_scene else end, 3), ev))
            t = end
    return cues


def _ts(t: float, sep: str) -> str:
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def srt_text(line: str) -> str:
    """SRT has no escapes: players read <i>/<font> tags and a cue ends at "-->" or a blank line, so a
    product title's angle brackets become ‹ › and an arrow stays an arrow."""
    return line.replace("-->", "→").replace("<", "‹").replace(">", "›").strip() or "…"


def vtt_text(line: str) -> str:
    """WebVTT cue text: &, < and > as character references (which also keeps "-->" out of a cue)."""
    return (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).strip() or "…"


def to_srt(cues: list[Cue]) -> str:
    out = []
    for i, c in enumerate(cues, start=1):
        out.append(f"{i}\n{_ts(c.start, ',')} --> {_ts(c.end, ',')}\n" + "\n".join(srt_text(x) for x in c.lines) + "\n")
    return "\n".join(out)


def to_vtt(cues: list[Cue], language: str, rtl: bool = False) -> str:
    out = [f"WEBVTT\nLanguage: {language}\n"]
    for c in cues:
        settings = " align:right" if rtl else ""
        out.append(f"{_ts(c.start, '.')} --> {_ts(c.end, '.')}{settings}\n" + "\n".join(vtt_text(x) for x in c.lines)
                   + "\n")
    return "\n".join(out)
