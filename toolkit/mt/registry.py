"""Installed models: models/manifest.toml (or $CTK_MODELS/manifest.toml) says what each folder serves."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, CtkError

KINDS = ("marian", "nllb", "m2m100", "causal-lm")
CAUSAL = {"gpt2", "llama", "qwen2", "qwen3", "mistral", "gemma", "gemma2", "gemma3", "phi", "phi3", "smollm3", "olmo2"}
# our language codes -> NLLB-200 codes (FLORES-200)
NLLB = {"en": "eng_Latn", "de": "deu_Latn", "fr": "fra_Latn", "es": "spa_Latn", "it": "ita_Latn", "pt": "por_Latn",
        "ja": "jpn_Jpan", "ko": "kor_Hang", "zh": "zho_Hans", "id": "ind_Latn", "ms": "zsm_Latn", "th": "tha_Thai",
        "vi": "vie_Latn", "ar": "arb_Arab", "hi": "hin_Deva", "ru": "rus_Cyrl", "tr": "tur_Latn", "nl": "nld_Latn"}


def models_dir() -> Path:
    """The user's installed models and their manifest: $CTK_MODELS, else the user data folder (never the
    repository or site-packages; the repository's models/ only documents the manifest's format)."""
    env = os.environ.get("CTK_MODELS")
    if env:
        return Path(env)
    from ..paths import data_dir
    return data_dir() / "models"


@dataclass
class ModelEntry:
    name: str
    kind: str
    path: Path
    pairs: list[str] = field(default_factory=list)       # "en-de"; many-to-many models list languages instead
    languages: list[str] = field(default_factory=list)

    def serves(self, src: str, tgt: str) -> bool:
        if self.kind == "causal-lm":
            return False
        if self.kind == "marian":
            return f"{src}-{tgt}" in self.pairs
        langs = self.languages or list(NLLB)
        return src in langs and tgt in langs and src != tgt

    def version(self) -> str:
        """Changes when the weights or config change (part of the translation-memory key)."""
        h = hashlib.sha256()
        for f in sorted(self.path.glob("*")):
            if f.suffix in (".json", ".safetensors", ".bin", ".spm", ".model"):
                st = f.stat()
                h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
        return h.hexdigest()[:12]

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "path": str(self.path), "pairs": self.pairs,
                "languages": self.languages}


def _manifest_path() -> Path:
    return models_dir() / "manifest.toml"


def load_registry() -> list[ModelEntry]:
    path = _manifest_path()
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path), hint="fix the syntax or remove the entry") from None
    out = []
    for i, m in enumerate(data.get("model", []), start=1):
        if m.get("kind") not in KINDS:
            raise ConfigError(f"model {i}: kind must be one of {', '.join(KINDS)}", file=str(path), hint="fix 'kind'")
        p = Path(m.get("path", ""))
        if not p.is_absolute():
            p = path.parent / p
        out.append(ModelEntry(name=m.get("name") or p.name, kind=m["kind"], path=p, pairs=list(m.get("pairs", [])),
                              languages=list(m.get("languages", []))))
    return out


def _detect(path: Path) -> tuple[str, list[str], list[str]]:
    cfg_path = path / "config.json"
    if not cfg_path.exists():
        raise CtkError("no config.json in the folder: not a transformers model", file=str(path),
                       hint="pass the folder that holds config.json and the weights")
    cfg = json.loads(cfg_path.read_text("utf-8"))
    mt = cfg.get("model_type", "")
    meta = {}
    if (path / "ctk.json").exists():
        meta = json.loads((path / "ctk.json").read_text("utf-8"))
    if mt == "marian":
        pairs = meta.get("pairs") or []
        if not pairs:
            m = re.search(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})$", path.name)
            if m:
                pairs = [f"{m.group(1)}-{m.group(2)}"]
        return "marian", pairs, []
    if mt == "m2m_100":
        kind = "nllb" if "nllb" in path.name.lower() or (path / "sentencepiece.bpe.model").exists() and \
            "nllb" in json.dumps(cfg).lower() else "m2m100"
        return kind, [], list(meta.get("languages", []))
    if mt in CAUSAL:
        return "causal-lm", [], []
    raise CtkError(f"model type '{mt}' is not a supported model", file=str(path),
                   hint="supported: MarianMT, NLLB-200, M2M100 (translation), causal LMs such as Qwen2.5 (generation)")


def add_model(path: str | Path, name: str | None = None, pairs: list[str] | None = None) -> ModelEntry:
    path = Path(path).resolve()
    if not path.is_dir():
        raise CtkError("not a folder", file=str(path), hint="pass the model's folder")
    kind, detected, langs = _detect(path)
    pairs = pairs or detected
    if kind == "marian" and not pairs:
        raise CtkError("cannot tell which language pair this Marian model serves", file=str(path),
                       hint="pass --pair SRC-TGT, e.g. --pair zh-en")
    entry = ModelEntry(name=name or path.name, kind=kind, path=path, pairs=pairs, languages=langs)
    entries = [e for e in load_registry() if e.name != entry.name] + [entry]
    _write(entries)
    return entry


def _write(entries: list[ModelEntry]) -> None:
    from ..fsutil import atomic_write_text
    lines = ["# Installed local models (written by `ctk models add`). Weights stay out of git.", ""]
    for e in entries:
        lines += ["[[model]]", f'name = "{e.name}"', f'kind = "{e.kind}"', f'path = "{e.path}"']
        if e.pairs:
            lines.append("pairs = [" + ", ".join(f'"{p}"' for p in e.pairs) + "]")
        if e.languages:
            lines.append("languages = [" + ", ".join(f'"{x}"' for x in e.languages) + "]")
        lines.append("")
    path = _manifest_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, "\n".join(lines))


def pull(name: str, dest: Path | None = None) -> Path:
    """Download a model from the Hugging Face hub (only ever when asked; never at render time)."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise CtkError("downloading needs huggingface_hub", hint="pip install huggingface_hub") from None
    dest = dest or models_dir() / name.split("/")[-1]
    try:
        snapshot_download(repo_id=name, local_dir=str(dest), allow_patterns=["*.json", "*.safetensors", "*.spm",
                                                                         "*.model", "*.txt"], etag_timeout=10)
    except Exception as exc:  # noqa: BLE001 - offline, refused, unknown repo: one clear line
        raise CtkError(f"cannot download '{name}' ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})",
                       hint="check the network, or copy the model folder here and run 'ctk models add PATH'") from None
    return dest
