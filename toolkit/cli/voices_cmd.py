"""`ctk voices`: the voices a voice-over can use (draft eSpeak NG per market, installed VITS folders and
HTTP speech servers), adding them, and hearing a line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, app

voices_app = typer.Typer(help="Voice-over voices: draft (eSpeak NG), local VITS folders, HTTP speech servers.",
                         no_args_is_help=True)
app.add_typer(voices_app, name="voices")


@voices_app.command("list")
def voices_list(as_json: bool = typer.Option(False, "--json"),
                market: Optional[str] = typer.Option(None, "--market", "-m", help="Only this market.")):
    """Installed voices, and the voice each market gets with --voice auto and --voice draft."""
    try:
        from toolkit.markets import available_markets, load_market
        from toolkit.voice.registry import draft_voice, load_voices, pick, voices_file
        entries = load_voices()
        codes = [market.lower()] if market else available_markets()
        rows = []
        for code in codes:
            m = load_market(code)
            auto = pick("auto", m)
            rows.append({"market": code, "language": m.language, "auto": auto.name if auto else None,
                         "draft": draft_voice(m).label()})
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps({"installed": [e.__dict__ for e in entries], "markets": rows}, indent=2,
                              ensure_ascii=False))
        return
    if not entries:
        typer.echo(f"no natural voice installed ({voices_file()}): --voice auto renders silent videos. "
                   "Add one with 'ctk voices add FOLDER|URL --language xx'.")
    for e in entries:
        where = e.path if e.kind == "vits" else f"{e.url} model={e.model} voice={e.voice}"
        typer.echo(f"{e.name:24} {e.kind:5} {e.language:5} {where}")
    typer.echo("")
    for r in rows:
        typer.echo(f"{r['market']:3} ({r['language']}): auto -> {r['auto'] or 'none (silent)'}; draft -> {r['draft']}")


@voices_app.command("add")
def voices_add(source: str = typer.Argument(..., help="A VITS checkpoint folder, or an OpenAI-compatible speech "
                                                      "server's base URL (http://HOST:PORT/v1)."),
               language: str = typer.Option(..., "--language", "-l", help="The language it speaks: en, de, ja..."),
               name: Optional[str] = typer.Option(None, "--name"),
               model: str = typer.Option("tts-1", "--model", help="HTTP: the model field."),
               voice: str = typer.Option("alloy", "--voice", help="HTTP: the voice field."),
               gender: str = typer.Option("", "--gender", help="female | male (informational)."),
               speed: float = typer.Option(1.0, "--speed", help="0.5-2.0")):
    """Register a natural voice; --voice auto then uses it for the markets of its language."""
    try:
        from toolkit.voice.registry import add_voice
        e = add_voice(source, language=language.lower(), name=name, model=model, voice=voice, gender=gender,
                      speed=speed)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"added {e.name} ({e.kind}, {e.language})")


@voices_app.command("remove")
def voices_remove(name: str = typer.Argument(...)):
    """Forget an installed voice (its files stay where they are)."""
    try:
        from toolkit.voice.registry import remove_voice
        remove_voice(name)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"removed {name}")


@voices_app.command("pull")
def voices_pull(name: str = typer.Argument(..., help="A voice id, e.g. facebook/mms-tts-eng, or a local folder.")):
    """Install a voice: from a local folder (copied into the user data folder); ctk never downloads one."""
    try:
        from toolkit.errors import CtkError
        p = Path(name).expanduser()
        if not p.is_dir():
            raise CtkError(f"'{name}' is not a local folder, and ctk reaches no model hub",
                           hint="download the checkpoint folder on a machine with the network (e.g. "
                                "huggingface-cli download facebook/mms-tts-eng --local-dir mms-tts-eng), copy it "
                                "here, then 'ctk voices pull FOLDER' or 'ctk voices add FOLDER --language en'")
        import json as _json
        import shutil

        from toolkit.paths import data_dir
        from toolkit.voice.registry import add_voice
        lang = _json.loads((p / "ctk.json").read_text("utf-8")).get("language") if (p / "ctk.json").is_file() else None
        if not lang:
            raise CtkError("the folder does not say its language (ctk.json)", file=str(p),
                           hint="use 'ctk voices add FOLDER --language xx' instead")
        dest = data_dir() / "voices" / p.resolve().name
        if not dest.exists():
            shutil.copytree(p, dest)
        e = add_voice(str(dest), language=lang)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"installed {e.name} ({e.kind}, {e.language}) into {dest}")


@voices_app.command("say")
def voices_say(text: str = typer.Argument(..., help="The line to say."),
               market: str = typer.Option("us", "--market", "-m"),
               voice: str = typer.Option("draft", "--voice", help="draft, auto or an installed voice name."),
               out: Path = typer.Option(Path("voice.wav"), "--out", "-o", help="WAV file to write."),
               show: bool = typer.Option(False, "--show-text", help="Print the text the voice is given.")):
    """Say a line as a market's voice-over would (normalized text, cached audio) into a WAV file."""
    try:
        import shutil

        from toolkit.errors import CtkError
        from toolkit.markets import load_market
        from toolkit.voice.normalize import normalize
        from toolkit.voice.registry import pick
        from toolkit.voice.track import clip
        m = load_market(market.lower())
        v = pick(voice, m)
        if v is None:
            raise CtkError(f"no voice for market '{m.code}' with --voice {voice}",
                           hint="use --voice draft, or add a natural voice with 'ctk voices add'")
        spoken = normalize(text, m)
        path, secs = clip(v, spoken)
        shutil.copyfile(path, out)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if show:
        typer.echo(spoken)
    typer.echo(f"{out}: {secs:.2f} s, {v.label()}")
