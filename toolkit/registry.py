"""Extension points: a package adds an importer, a rule kind or a rule pack without editing ctk, through
Python entry points (declared in its pyproject.toml). ctk's own ones are registered the same way in code.

    [project.entry-points."ctk.importers"]      name = "pkg.module"          # detect(header), parse(table, ctx)
    [project.entry-points."ctk.rule_kinds"]     name = "pkg.module:check"    # check(rule, bundle_text, autofix)
    [project.entry-points."ctk.rule_packs"]     name = "pkg.module:pack_path" # () -> path of a rules TOML
    [project.entry-points."ctk.translators"]    name = "pkg.module:factory"   # (glossary=, memory=) -> Translator
    [project.entry-points."ctk.generators"]     name = "pkg.module:factory"   # () -> backend with .chat(messages) -> str
    [project.entry-points."ctk.voices"]         name = "pkg.module:factory"   # (market) -> toolkit.voice Voice or None

`examples/plugins/ctk-example-plugin` is a working example; tests/test_plugins.py installs it. A plugin that
fails to load is one clear error naming the plugin and its package, never a traceback.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import ConfigError

GROUPS = ("ctk.importers", "ctk.rule_kinds", "ctk.rule_packs", "ctk.translators", "ctk.generators", "ctk.voices")


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


def clear_cache() -> None:
    plugins.cache_clear()
