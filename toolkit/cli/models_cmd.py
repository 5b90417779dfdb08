"""`ctk models`, `ctk tm` and `ctk translate`: local translation models and the translation memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .common import _fail, app

models_app = typer.Typer(help="Local translation models (Marian, NLLB-200, M2M100).", no_args_is_help=True)
tm_app = typer.Typer(help="Translation memory (SQLite; TMX 1.4 import/export).", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.add_typer(tm_app, name="tm")


@models_app.command("list")
def models_list(as_json: bool = typer.Option(False, "--json")):
    """Installed models and the language pairs they cover."""
    try:
        from toolkit.mt.registry import load_registry, models_dir
        entries = load_registry()
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if as_json:
        typer.echo(json.dumps([e.to_dict() for e in entries], indent=2))
        return
    if not entries:
        typer.echo(f"no model installed in {models_dir()}: the built-in phrasebook is used. "
                   "Add one with 'ctk models add PATH'.")
    for e in entries:
        cover = (", ".join(e.pairs) if e.kind == "marian" else "script generation" if e.kind == "causal-lm"
                 else "many-to-many: " + (", ".join(e.languages) or "all"))
        typer.echo(f"{e.name:28} {e.kind:8} {cover}   ({e.path})")


@models_app.command("add")
def models_add(path: Path = typer.Argument(..., help="A local model folder (config.json + weights + tokenizer)."),
               name: Optional[str] = typer.Option(None, "--name"),
               pair: Optional[list[str]] = typer.Option(None, "--pair", help="SRC-TGT a Marian model serves (repeatable).")):
    """Register a local model folder."""
    try:
        from toolkit.mt.registry import add_model
        e = add_model(path, name, pair)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"added {e.name} ({e.kind}) " + (", ".join(e.pairs) or "many-to-many"))


@models_app.command("pull")
def models_pull(name: str = typer.Argument(..., help="Hugging Face repo id, e.g. Helsinki-NLP/opus-mt-zh-en."),
                pair: Optional[list[str]] = typer.Option(None, "--pair")):
    """Download a model (needs the network; rendering never does) and register it."""
    try:
        from toolkit.mt.registry import add_model, pull
        dest = pull(name)
        e = add_model(dest, None, pair)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"downloaded and added {e.name}")


@app.command()
def translate(text: Optional[str] = typer.Argument(None, help="Text to translate."),
              src: str = typer.Option(..., "--from", help="Source language, e.g. zh."),
              dst: str = typer.Option(..., "--to", help="Target market or language, e.g. de."),
              model: str = typer.Option("auto", "--model", help="auto, phrasebook or an installed model."),
              file: Optional[Path] = typer.Option(None, "--file", help="Translate a text file, line by line."),
              glossary: Optional[Path] = typer.Option(None, "--glossary")):
    """Translate text with the same machinery as render (memory, glossary, routing)."""
    try:
        from toolkit.markets import available_markets, load_market
        from toolkit.translate import get_translator
        code = dst.lower()
        if code not in available_markets():
            by_lang = [m for m in available_markets() if load_market(m).language == code]
            if not by_lang:
                raise typer.BadParameter(f"no market speaks '{dst}'")
            code = by_lang[0]
        market = load_market(code)
        tr = get_translator(model, str(glossary) if glossary else None)
        lines = file.read_text("utf-8").splitlines() if file else [text or ""]
        failed = False
        for line in lines:
            out = tr.translate(line, src.lower(), market)
            typer.echo(out.text if out.complete else (out.text + ("  " if out.text else "") +
                                                     "[untranslated: " + " | ".join(out.untranslated) + "]"))
            for f in out.findings:
                typer.echo(f"{f.severity}: {f.message}", err=True)
            failed |= not out.complete
    except typer.BadParameter:
        raise
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    raise typer.Exit(1 if failed else 0)


@tm_app.command("export")
def tm_export(path: Path = typer.Argument(...), tm: Optional[Path] = typer.Option(None, "--tm")):
    """Write the memory as TMX 1.4."""
    try:
        from toolkit.mt.memory import Memory
        n = Memory(tm).export_tmx(path)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"exported {n} segment(s) to {path}")


@tm_app.command("import")
def tm_import(path: Path = typer.Argument(...), tm: Optional[Path] = typer.Option(None, "--tm")):
    """Read a TMX file into the memory (as human translations, which win over machine output)."""
    try:
        from toolkit.mt.memory import Memory
        n = Memory(tm).import_tmx(path)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(f"imported {n} segment(s) from {path}")
