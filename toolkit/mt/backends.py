"""transformers backends, loaded from a local folder lazily and once per process. No network:
local_files_only is always on; trust_remote_code stays off; safetensors are preferred."""

from __future__ import annotations

import re
import threading

from ..errors import CtkError
from .registry import NLLB, ModelEntry

_LOADED: dict[str, "HFModel"] = {}
_LOCK = threading.Lock()


def device() -> str:
    import torch
    return "cuda" if torch.cuda.is_available() else "cpu"


class HFModel:
    def __init__(self, entry: ModelEntry):
        self.entry = entry
        self._model = None
        self._tok = None

    def _load(self):
        if self._model is not None:
            return
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError:
            raise CtkError("model translation needs torch, transformers and sentencepiece",
                           hint="pip install torch==2.13.0 transformers sentencepiece") from None
        path = str(self.entry.path)
        try:
            self._tok = AutoTokenizer.from_pretrained(path, local_files_only=True, trust_remote_code=False)
            self._model = AutoModelForSeq2SeqLM.from_pretrained(path, local_files_only=True, trust_remote_code=False,
                                                                use_safetensors=any(self.entry.path.glob("*.safetensors")) or None)
        except (OSError, ValueError) as exc:
            raise CtkError(f"cannot load the model '{self.entry.name}' ({str(exc).splitlines()[0][:160]})",
                           file=path, hint="check the folder, or run 'ctk models list'") from None
        self._model.eval()
        self._model.to(device())

    def translate(self, segments: list[str], src: str, tgt: str, batch_size: int = 16) -> list[str]:
        """Translate segments in batches with model.generate."""
        import torch
        with _LOCK:
            self._load()
        tok, model = self._tok, self._model
        gen_kw = {"max_new_tokens": 256, "num_beams": 1}
        if self.entry.kind == "nllb":
            tok.src_lang = NLLB.get(src, src)
            gen_kw["forced_bos_token_id"] = tok.convert_tokens_to_ids(NLLB.get(tgt, tgt))
        elif self.entry.kind == "m2m100":
            tok.src_lang = src
            gen_kw["forced_bos_token_id"] = tok.get_lang_id(tgt)
        out: list[str] = []
        for i in range(0, len(segments), batch_size):
            batch = segments[i:i + batch_size]
            enc = tok(batch, return_tensors="pt", padding=True, truncation=True, max_length=256).to(model.device)
            with torch.no_grad():
                ids = model.generate(**enc, **gen_kw)
            out.extend(_strip_lang(t) for t in tok.batch_decode(ids, skip_special_tokens=True))
        return out


_LANG_TOKEN = re.compile(r"^\s*(?:__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3})\s*")


def _strip_lang(text: str) -> str:
    """Many-to-many models start their output with the target-language token; some tokenizers keep it."""
    return _LANG_TOKEN.sub("", text).strip()


def get_model(entry: ModelEntry) -> HFModel:
    with _LOCK:
        m = _LOADED.get(entry.name)
        if m is None or m.entry.path != entry.path:
            m = _LOADED[entry.name] = HFModel(entry)
        return m
