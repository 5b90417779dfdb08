"""Which voice a market gets. Installed voices are listed in voices.json in the user data folder (written by
`ctk voices add`); the draft voice of each market is data: locales/<m>/market.toml [voice] (espeak id, gender).

The render option `voice` is auto | none | draft | NAME, or per market ({"us": "NAME", "*": "draft"}):
auto = the first installed natural (VITS or HTTP) voice of the market's language, then a package's voice
(entry point group "ctk.voices": factory(market) -> Voice or None), else none."""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError, CtkError

KINDS = ("vits", "http")
CHOICES = ("auto", "none", "draft")


def voices_file() -> Path:
    from ..paths import data_dir
    return data_dir() / "voices.json"


@dataclass
class VoiceEntry:
    name: str
    kind: str                   # vits | http
    language: str               # BCP-47 language the voice speaks (a market's `language`)
    path: str = ""              # vits: the checkpoint folder
    url: str = ""               # http: the server's base URL, e.g. http://127.0.0.1:8880/v1
    model: str = "tts-1"        # http: the model field
    voice: str = "alloy"        # http: the voice field
    gender: str = ""
    speed: float = 1.0
    version: str = ""           # http: bump it when the server's voice changes

    def make(self):
        if self.kind == "vits":
            from .engines import VitsVoice
            return VitsVoice(self.name, Path(self.path), self.language, self.gender, self.speed)
        from .http import HTTPVoice
        return HTTPVoice(self.name, self.url, self.language, self.model, self.voice, self.gender, self.speed,
                         version=self.version)


def load_voices() -> list[VoiceEntry]:
    path = voices_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return []
    return list(_load(str(path), stamp))


@lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> tuple[VoiceEntry, ...]:
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"voices.json is not valid JSON ({exc})", file=path,
                          hint="fix it, or remove it and add the voices again with 'ctk voices add'") from None
    out = []
    for i, v in enumerate(doc.get("voices", []) if isinstance(doc, dict) else [], start=1):
        if not isinstance(v, dict) or v.get("kind") not in KINDS or not v.get("name") or not v.get("language"):
            raise ConfigError(f"voice {i}: needs a name, a language and a kind ({' or '.join(KINDS)})", file=path,
                              hint="fix the entry, or remove it with 'ctk voices remove NAME'")
        known = {k: v[k] for k in VoiceEntry.__dataclass_fields__ if k in v}
        out.append(VoiceEntry(**known))
    return tuple(out)


def _write(entries: list[VoiceEntry]) -> None:
    from ..fsutil import atomic_write_text
    path = voices_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps({"voices": [asdict(e) for e in entries]}, indent=2, ensure_ascii=False) + "\n")


def add_voice(source: str, *, language: str, name: str | None = None, model: str = "tts-1", voice: str = "alloy",
              gender: str = "", speed: float = 1.0) -> VoiceEntry:
    """Register a VITS folder or an HTTP speech server (a source starting with http:// or https://)."""
    if not language or not language.replace("-", "").isalpha():
        raise CtkError(f"'{language}' is not a language code", hint="pass --language, e.g. en, de, ja, th")
    if not 0.5 <= speed <= 2.0:
        raise CtkError(f"speed {speed} is out of range", hint="pass --speed between 0.5 and 2.0")
    if source.startswith(("http://", "https://")):
        entry = VoiceEntry(name=name or f"http-{voice}-{language}", kind="http", language=language, url=source,
                           model=model, voice=voice, gender=gender, speed=speed)
    else:
        path = Path(source).expanduser().resolve()
        cfg = path / "config.json"
        if not cfg.is_file():
            raise CtkError("not a voice folder (no config.json)", file=str(path),
                           hint="pass a VITS checkpoint folder (config.json, model.safetensors, vocab.json)")
        try:
            model_type = json.loads(cfg.read_text("utf-8")).get("model_type")
        except ValueError:
            model_type = None
        if model_type != "vits":
            raise CtkError(f"model type '{model_type}' is not a VITS voice", file=str(cfg),
                           hint="ctk reads VITS checkpoints (e.g. facebook/mms-tts-*); serve others over HTTP")
        entry = VoiceEntry(name=name or path.name, kind="vits", language=language, path=str(path), gender=gender,
                           speed=speed)
    if entry.name in CHOICES:
        raise CtkError(f"'{entry.name}' is a reserved word", hint="pass another --name")
    _write([e for e in load_voices() if e.name != entry.name] + [entry])
    return entry


def remove_voice(name: str) -> None:
    entries = load_voices()
    if name not in {e.name for e in entries}:
        raise CtkError(f"no installed voice '{name}'", hint="see 'ctk voices list'")
    _write([e for e in entries if e.name != name])


@lru_cache(maxsize=64)
def market_voice_data(folder: str) -> dict:
    """The market's [voice] table (market.toml): espeak id, gender."""
    path = Path(folder) / "market.toml"
    try:
        return tomllib.loads(path.read_text("utf-8")).get("voice", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def draft_voice(market):
    from .engines import EspeakVoice
    data = market_voice_data(str(market.folder))
    vid = data.get("espeak")
    if not vid:
        raise ConfigError(f"market '{market.code}' has no draft voice", file=str(market.folder / "market.toml"),
                          hint='add [voice] espeak = "<id>" (see espeak-ng --voices)')
    return EspeakVoice(vid, market.language, data.get("gender", "female"), float(data.get("speed", 1.0)))


def choice_for(choice, market_code: str) -> str:
    if isinstance(choice, dict):
        return str(choice.get(market_code, choice.get("*", "auto")))
    return str(choice or "auto")


def pick(choice, market):
    """The voice a market gets for the `voice` option, or None (a silent video)."""
    c = choice_for(choice, market.code)
    if c == "none":
        return None
    if c == "draft":
        return draft_voice(market)
    entries = load_voices()
    if c == "auto":
        for e in entries:
            if e.language.split("-")[0] == market.language.split("-")[0]:
                return e.make()
        return next((v for _, v in _plugin_voices(market)), None)
    for name, v in _plugin_voices(market):
        if name == c:
            return v
    for e in entries:
        if e.name == c:
            if e.language.split("-")[0] != market.language.split("-")[0]:
                raise ConfigError(f"the voice '{c}' speaks {e.language}, market '{market.code}' {market.language}",
                                  hint=f"choose per market, e.g. --voice {market.code}=draft,*={c}")
            return e.make()
    raise ConfigError(f"unknown voice '{c}'", hint="use auto, none, draft or a name from 'ctk voices list'")


def _plugin_voices(market) -> list:
    from ..registry import plugins
    out = []
    for name, factory in plugins("ctk.voices"):
        v = factory(market)
        if v is not None:
            out.append((name, v))
    return out


def check_choice(choice) -> None:
    """A voice option naming no installed voice is one clear error before any work starts."""
    from ..registry import plugins
    names = {e.name for e in load_voices()} | {name for name, _ in plugins("ctk.voices")}
    for c in (choice.values() if isinstance(choice, dict) else [choice]):
        if str(c) == "draft":
            from .engines import espeak_path
            if not espeak_path():
                raise ConfigError("--voice draft needs eSpeak NG, which is not installed",
                                  hint="apt-get install espeak-ng (or run 'make setup'), or use --voice none")
        if str(c) not in CHOICES and str(c) not in names:
            raise ConfigError(f"unknown voice '{c}'", hint="use auto, none, draft or a name from 'ctk voices list'")
