"""What works on this machine, and how to fix what does not."""

from __future__ import annotations


def run_checks() -> list[tuple[str, bool, str]]:
    out: list[tuple[str, bool, str]] = []
    from .video import ffmpeg_path, ffprobe_path
    out.append(("ffmpeg", bool(ffmpeg_path()), ffmpeg_path() or "not found: apt-get install ffmpeg (or run 'make setup')"))
    out.append(("ffprobe", bool(ffprobe_path()), ffprobe_path() or "not found: apt-get install ffmpeg"))
    from .layout import missing_fonts
    miss = missing_fonts()
    out.append(("fonts", not miss, "Latin, CJK, Thai, Arabic, Devanagari, Hebrew found" if not miss else
                "no font for " + ", ".join(miss) + ": apt-get install fonts-noto-core fonts-noto-cjk"))
    from PIL import features
    out.append(("text shaping (raqm)", bool(features.check("raqm")),
                "Pillow has raqm" if features.check("raqm") else "Pillow lacks raqm: apt-get install libraqm0, reinstall Pillow"))
    from .markets import available_markets, load_market
    bad = []
    for code in available_markets():
        try:
            load_market(code)
        except Exception as exc:  # noqa: BLE001
            bad.append(str(exc))
    out.append(("locales", not bad, f"{len(available_markets())} markets valid" if not bad else bad[0]))
    if not bad:
        from .ftl import lint_market
        lint = [f"{code}: {p}" for code in available_markets() for p in lint_market(load_market(code))]
        out.append(("copy templates (grammar lint)", not lint, "every market's content.ftl and [types] grammar "
                    "agree" if not lint else f"{len(lint)} problem(s), first: {lint[0]}"))
    try:
        import pythainlp  # noqa: F401
        out.append(("Thai line breaking (pythainlp)", True, "installed"))
    except ImportError:
        out.append(("Thai line breaking (pythainlp)", False, "pip install pythainlp"))
    out += voice_checks()
    import importlib.util
    for mod, what in (("transformers", "translation/generation models"), ("torch", "model runtime")):
        have = importlib.util.find_spec(mod) is not None
        out.append((f"optional: {what} ({mod})", have, "installed" if have else
                    f"not installed: the built-in phrasebook backend is used (pip install {mod})"))
    out.append(_plugins())
    return out


def _plugins() -> tuple[str, bool, str]:
    """What installed packages add (toolkit/registry.py), each group loaded as a run would load it."""
    from .errors import ConfigError
    from .registry import GROUPS, plugins
    found = []
    for group in GROUPS:
        try:
            names = [name for name, _ in plugins(group)]
        except ConfigError as exc:
            return "plugins", False, str(exc)
        if names:
            found.append(f"{group.removeprefix('ctk.')} {', '.join(names)}")
    return "plugins", True, "; ".join(found) if found else "none installed (docs/plugins.md)"


def voice_checks() -> list[tuple[str, bool, str]]:
    """eSpeak NG for the draft voice, and per market the voice --voice auto and --voice draft would give."""
    from .markets import available_markets, load_market
    from .voice.engines import espeak_path, espeak_version
    from .voice.registry import draft_voice, pick
    out = [("optional: draft voice (espeak-ng)", bool(espeak_path()),
            f"eSpeak NG {espeak_version()}" if espeak_path() else "not installed: apt-get install espeak-ng "
            "(or 'make setup'); --voice draft needs it")]
    for code in available_markets():
        try:
            m = load_market(code)
            auto = pick("auto", m)
            draft = draft_voice(m)
            out.append((f"optional: voice {code} ({m.language})", auto is not None or bool(espeak_path()),
                        f"auto -> {auto.label() if auto else 'none (silent; ctk voices add)'}; "
                        f"draft -> {draft.label()}"))
        except Exception as exc:  # noqa: BLE001 - a broken voice entry is reported, not raised
            out.append((f"optional: voice {code}", False, str(exc)))
    return out
