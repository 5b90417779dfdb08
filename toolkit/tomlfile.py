"""One TOML reader for config and data files: a missing or broken file is one clear ConfigError naming it."""
from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import ConfigError


def read_toml(path: Path | str, *, missing: str = "file not found", missing_hint: str = "check the path",
              syntax_hint: str = "fix the syntax", optional: bool = False) -> dict:
    """The file's tables; `optional` files that do not exist read as {}."""
    try:
        return tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        if optional:
            return {}
        raise ConfigError(missing, file=str(path), hint=missing_hint) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint=syntax_hint) from None
