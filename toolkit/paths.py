"""Where ctk's files live.

- Shipped data (`locales/`, `assets/`): the repository's folders in a checkout; inside the installed package
  (`toolkit/locales`, `toolkit/assets`, put there by the wheel) otherwise. `$CTK_LOCALES` overrides.
- The user's state (installed models and voices, the translation memory with its human translations):
  platformdirs' data folder, `$CTK_DATA` overrides. Never the repository or site-packages.
- Caches that can be rebuilt: platformdirs' cache folder, `$CTK_CACHE` overrides.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    checkout = _HERE.parent / name                 # a source checkout (or an editable install)
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("toolkit").joinpath(name)))


def locales_dir() -> Path:
    env = os.environ.get("CTK_LOCALES")
    return Path(env) if env else _shipped("locales")


def assets_dir() -> Path:
    return _shipped("assets")


def data_dir() -> Path:
    env = os.environ.get("CTK_DATA")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("ctk", appauthor=False))


def cache_dir() -> Path:
    env = os.environ.get("CTK_CACHE")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_cache_dir("ctk", appauthor=False))
