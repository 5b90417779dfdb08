"""Extension points: a package adds an importer, a rule kind, a rule pack, a translator, a writing backend, a
festival motif, a text animation or a visual style without editing ctk, through Python entry points (declared in
its pyproject.toml). ctk's own ones sit in the same tables, in code; on a name clash ctk's own one wins.

    [project.entry-points."ctk.importers"]      name = "pkg.module"          # detect(header), parse(table, ctx)
    [project.entry-points."ctk.rule_kinds"]     name = "pkg.module:check"    # check(rule, bundle_text, autofix)
    [project.entry-points."ctk.rule_packs"]     name = "pkg.module:pack_path" # () -> path of a rules TOML
    [project.entry-points."ctk.translators"]    name = "pkg.module:factory"   # (glossary=, memory=) -> Translator
    [project.entry-points."ctk.generators"]     name = "pkg.module:factory"   # () -> backend with .chat(messages) -> str
    [project.entry-points."ctk.voices"]         name = "pkg.module:factory"   # (market) -> toolkit.voice Voice or None
    [project.entry-points."ctk.motifs"]         name = "pkg.module:draw"      # draw(layer, palette, rnd): festival art
    [project.entry-points."ctk.animations"]     name = "pkg.module:motion"    # (text_in, motion_px) -> (x_expr, y_expr)
    [project.entry-points."ctk.styles"]         name = "pkg.module:style"     # a style TOML's path, or a dict (or a
                                                                              # function returning either)

Motifs are toolkit/motifs.py, animations toolkit/animations.py, styles toolkit/style.py; each validates names
against its own table plus the plugins', and loads the plugins only for a name that is not its own.

`examples/plugins/ctk-example-plugin` is a working example; tests/test_plugins.py installs it. A plugin that
fails to load is one clear error naming the plugin and its package, never a traceback.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import ConfigError

GROUPS = ("ctk.importers", "ctk.rule_kinds", "ctk.rule_packs", "ctk.translators", "ctk.generators", "ctk.motifs",
          "ctk.animations", "ctk.styles", "ctk.voices")


@lru_cache(maxsize=None)
def plugins(group: str) -> tuple[tuple[str, object], ...]:
    """(name, loaded object) of every installed entry point of a group, by name."""
    from importlib.metadata import entry_points
    out = []
    for ep in sorted(entry_points(group=group), key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin is the user's to fix, named clearly
            dist = getattr(getattr(ep, "dist", None), "name", "?")
            raise ConfigError(f"the plugin '{ep.name}' ({group}, package {dist}) does not load: "
                              f"{type(exc).__name__}: {exc}", hint=f"fix or uninstall {dist}") from None
        out.append((ep.name, obj))
    return tuple(out)


def merged(group: str, own: dict) -> dict:
    """ctk's own entries and those installed packages add to a group; ctk's own win a name clash."""
    return {**{name: obj for name, obj in plugins(group) if name not in own}, **own}


@lru_cache(maxsize=None)
def _packages(group: str) -> dict[str, str]:
    from importlib.metadata import entry_points
    return {ep.name: getattr(getattr(ep, "dist", None), "name", "?") for ep in entry_points(group=group)}


def who(group: str, name: str) -> str:
    """How an error names a plugin: "the plugin 'x' (ctk.motifs, package ctk-foo)"."""
    return f"the plugin '{name}' ({group}, package {_packages(group).get(name, '?')})"


def clear_cache() -> None:
    plugins.cache_clear()
    _packages.cache_clear()
