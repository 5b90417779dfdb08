"""What every `ctk` command shares: the Typer app, one-line errors, catalog loading and option parsing."""

from __future__ import annotations

from pathlib import Path

import typer

from toolkit import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="ctk: product data in, TikTok-ready bundles per product and market out.")

QUALITY = {"draft": ("ultrafast", 28), "standard": ("veryfast", 23), "high": ("medium", 20)}


def esc(text: str) -> str:
    """User data printed through Rich: brackets are text, not markup."""
    from rich.markup import escape
    return escape(text)


def _version(value: bool):
    if value:
        typer.echo(f"ctk {__version__}")
        raise typer.Exit()


def _lang(value):
    if value:
        from toolkit.i18n import set_language
        try:
            set_language(value)
        except Exception as exc:  # noqa: BLE001 - one line, never a traceback
            _fail(exc)
    return value


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit."),
         lang: str = typer.Option(None, "--lang", callback=_lang, envvar="CTK_LANG",
                                  help="The language of the fit matrix, the run summary and the fit findings: en or zh-CN (also CTK_LANG).")):
    """Local social-commerce content and localization toolkit."""


def _fail(exc: Exception) -> None:
    from toolkit.errors import CtkError
    if isinstance(exc, CtkError):
        typer.echo(f"error: {_printable(str(exc))}", err=True)
        raise typer.Exit(exc.exit_code)
    import traceback
    log = _crash_log(traceback.format_exc())
    where = f"details in {log}; " if log else ""
    typer.echo(f"error: unexpected {type(exc).__name__}: {_printable(str(exc))[:300]} ({where}please report it)",
               err=True)
    raise typer.Exit(3)


def _printable(text: str) -> str:
    """No terminal escapes or control characters from a message (it may quote a catalog cell)."""
    return "".join(ch if ch.isprintable() or ch == " " else "?" for ch in text)


def _crash_log(text: str) -> Path | None:
    """A fresh file (never a fixed name in a shared temp folder, never through a symlink) in the user's state
    folder: $XDG_STATE_HOME/ctk or ~/.local/state/ctk."""
    import os
    import tempfile
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "ctk"
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(prefix="crash-", suffix=".log", dir=base)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return Path(name)
    except OSError:
        return None


def _load_or_fail(input, source_lang, currency, columns: str | None = None):
    """Load the catalog; when no product survives, the first problem is the one-line error (exit 2)."""
    from toolkit.errors import InputError
    from toolkit.importers import load_catalog, parse_columns
    cat = load_catalog(input, source_lang=source_lang, currency=currency,
                       columns=columns if isinstance(columns, dict) else parse_columns(columns))
    if not cat.products and cat.problems:
        p = cat.problems[0]
        more = f" (and {len(cat.problems) - 1} more problem(s))" if len(cat.problems) > 1 else ""
        raise InputError(p.message + more, file=p.file, row=p.row, column=p.column, hint=p.hint)
    return cat


def _select(catalog, products, limit, input):
    from toolkit.errors import CtkError
    if products:
        wanted = [x.strip() for x in products.split(",") if x.strip()]
        unknown = [w for w in wanted if w not in {p.id for p in catalog.products}]
        if unknown:
            raise CtkError(f"no product with id '{unknown[0]}' in {input}", hint="see the ids with 'ctk check INPUT'")
        catalog.products = [p for p in catalog.products if p.id in wanted]
    if limit is not None:
        catalog.products = catalog.products[: max(0, limit)]
    return catalog


def _formats(value: str) -> tuple:
    from toolkit.errors import CtkError
    fm = tuple(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))
    bad = [f for f in fm if f not in ("9:16", "1:1", "16:9")]
    if bad or not fm:
        raise CtkError(f"unknown format '{bad[0] if bad else value}'", hint="use 9:16, 1:1 and/or 16:9")
    return fm


def _music(path):
    from toolkit.errors import CtkError
    if path is None:
        return None
    if not Path(path).is_file():
        raise CtkError("music file not found", file=str(path), hint="pass an audio file (mp3, m4a, wav...)")
    return str(Path(path).resolve())


def _check_date(date):
    from toolkit.errors import CtkError
    if date:
        import datetime
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise CtkError(f"--date '{date}' is not a date", hint="write it as YYYY-MM-DD") from None


def _lexicons(files: list[str]) -> list[str]:
    """Validate user lexicons up front: a broken file is one clear error before any work starts."""
    from toolkit.knowledge.lexicon import load_lexicon
    if files:
        load_lexicon(tuple(files))
    return files


# a flag's name -> the setting it sets (toolkit/settings.py); flags not listed only steer this run
FLAG_SETTINGS = {"markets": "markets", "out": "out", "date": "campaign_date", "sponsored": "sponsored",
                 "translator": "translator", "glossary": "glossary", "tm": "tm", "fx": "fx",
                 "source_lang": "source_lang", "currency": "currency", "quality": "quality", "style": "style",
                 "brand_kit": "brand_kit", "formats": "formats", "music": "music", "seed": "seed",
                 "generator": "generator", "variants": "variants", "learned": "learned", "explore": "explore",
                 "force": "force", "festival": "festival",
                 "calendar": "calendar", "allow_findings": "allow_findings", "retry_failed": "retry_failed",
                 "executor": "executor", "scheduler": "scheduler", "columns": "columns", "lexicon": "lexicon",
                 "voice": "voice", "fit": "fit", "fit_rules": "fit_rules", "responsible_person": "responsible_person", "brief": "brief",
                 "tag_captions": "tag_captions", "results_db": "results_db"}


def explicit_flags(ctx: typer.Context) -> dict:
    """The options the user typed (or set through the environment), whatever their value."""
    out = {}
    for name, value in ctx.params.items():
        src = ctx.get_parameter_source(name)
        # compared by name: Typer may bring its own copy of click's ParameterSource
        if name in FLAG_SETTINGS and getattr(src, "name", "") in ("COMMANDLINE", "ENVIRONMENT"):
            out[name] = value
    return out


def settings_from_flags(flags: dict) -> dict:
    """Flag values in the form of the settings: 'us,de' -> a list, --no-video -> video, paths -> text."""
    from toolkit.importers import parse_columns
    out = {}
    for name, value in flags.items():
        key = FLAG_SETTINGS[name]
        if key == "markets":
            value = [c for c in str(value).split(",") if c.strip()]
        elif key == "columns":
            value = parse_columns(value)
        elif key == "lexicon":
            value = tuple(str(p) for p in (value or ()))
        elif key in ("festival", "voice") and "=" in str(value):
            value = dict(part.split("=", 1) for part in str(value).split(",") if "=" in part)
            value = {k.strip().lower(): v.strip() for k, v in value.items()}
        elif isinstance(value, Path):
            value = str(value)
        out[key] = value
    return out


def _resolve(ctx: typer.Context, input: Path, **fixed):
    """Settings for this run: ctk's defaults < the project (if INPUT is one) < the flags typed < what the
    command fixes itself (`ctk preview` and `ctk lint` never encode video)."""
    from toolkit.settings import resolve
    flags = settings_from_flags(explicit_flags(ctx))
    if ctx.params.get("no_video"):
        flags["video"] = False
    flags.update(fixed)
    project = None
    if Path(input).suffix == ".ctkproj":
        from toolkit.project import load_project
        project = load_project(input)
        input = project.input_path()
    return resolve(flags, project), input
