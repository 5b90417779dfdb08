"""Language-model backends: a local causal LM (transformers, loaded lazily once, chat template from the
tokenizer, CPU by default and a GPU when present) and an OpenAI-compatible HTTP server (llama.cpp
server, Ollama, vLLM) with a timeout, retries with backoff and a clear error when it is down."""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.request

from ..errors import CtkError

_LOCK = threading.Lock()
_LOADED: dict = {}


class LocalLM:
    def __init__(self, entry):
        self.entry = entry
        self.name = entry.name

    def _load(self):
        with _LOCK:
            hit = _LOADED.get(str(self.entry.path))
            if hit:
                return hit
            try:
                import torch
                from transformers import AutoModelForCausalLM, AutoTokenizer
            except ImportError:
                raise CtkError("local generation needs torch and transformers",
                               hint="pip install torch==2.13.0 transformers") from None
            path = str(self.entry.path)
            try:
                tok = AutoTokenizer.from_pretrained(path, local_files_only=True, trust_remote_code=False)
                model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, trust_remote_code=False)
            except (OSError, ValueError) as exc:
                raise CtkError(f"cannot load the model '{self.entry.name}' ({str(exc).splitlines()[0][:160]})",
                               file=path, hint="check the folder, or run 'ctk models list'") from None
            model.eval()
            model.to("cuda" if torch.cuda.is_available() else "cpu")
            _LOADED[path] = (tok, model)
            return tok, model

    def chat(self, messages: list[dict], *, seed: int = 0, temperature: float = 0.0, max_new_tokens: int = 400) -> str:
        import torch
        tok, model = self._load()
        if getattr(tok, "chat_template", None):
            prompt = tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        else:
            prompt = "\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\nassistant: "
        enc = tok(prompt, return_tensors="pt").to(model.device)
        kw = {"max_new_tokens": max_new_tokens, "pad_token_id": tok.pad_token_id or tok.eos_token_id}
        if temperature > 0:
            torch.manual_seed(seed)
            kw.update(do_sample=True, temperature=temperature, top_p=0.95)
        else:
            kw.update(do_sample=False)
        with torch.no_grad():
            out = model.generate(**enc, **kw)
        return tok.decode(out[0][enc["input_ids"].shape[1]:], skip_special_tokens=True)


class HTTPLM:
    """OpenAI-compatible chat completions. Base URL, model and key from the environment:
    CTK_LLM_URL (e.g. http://127.0.0.1:8080/v1), CTK_LLM_MODEL, CTK_LLM_API_KEY."""

    name = "http"

    def __init__(self, base_url: str | None = None, model: str | None = None, api_key: str | None = None,
                 timeout: float = 30.0, retries: int = 2, backoff: float = 0.5):
        self.base_url = (base_url or os.environ.get("CTK_LLM_URL") or "").rstrip("/")
        self.model = model or os.environ.get("CTK_LLM_MODEL", "default")
        self.api_key = api_key or os.environ.get("CTK_LLM_API_KEY", "")
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        if not self.base_url:
            raise CtkError("no LLM server configured", hint="set CTK_LLM_URL, e.g. http://127.0.0.1:8080/v1")

    def chat(self, messages: list[dict], *, seed: int = 0, temperature: float = 0.0, max_new_tokens: int = 400) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": temperature, "seed": seed,
                           "max_tokens": max_new_tokens}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last = None
        for attempt in range(self.retries + 1):
            try:
                req = urllib.request.Request(self.base_url + "/chat/completions", data=body, headers=headers)
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    doc = json.loads(resp.read().decode("utf-8"))
                return doc["choices"][0]["message"]["content"]
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code}"
                if exc.code < 500:
                    break
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last = str(getattr(exc, "reason", exc))
            except (ValueError, KeyError, IndexError, TypeError):
                raise CtkError(f"the LLM server at {self.base_url} sent a reply that is not a chat completion",
                               hint="check that it speaks the OpenAI chat-completions protocol") from None
            if attempt < self.retries:
                time.sleep(self.backoff * (2 ** attempt))
        raise CtkError(f"the LLM server at {self.base_url} did not answer ({last})",
                       hint="start it (llama.cpp server, Ollama, vLLM) or render with --generator template")


def get_backend(name: str):
    if name == "http":
        return HTTPLM()
    from ..registry import plugins
    for pname, factory in plugins("ctk.generators"):      # a package's writing backend
        if pname == name:
            return factory()
    from ..mt.registry import load_registry
    for e in load_registry():
        if e.name == name and e.kind == "causal-lm":
            return LocalLM(e)
    raise CtkError(f"unknown generator '{name}'",
                   hint="use template, auto, http, or a causal-LM model added with 'ctk models add'")


def auto_backend():
    """The first installed causal LM, or the HTTP server when CTK_LLM_URL is set, else None."""
    from ..mt.registry import load_registry
    for e in load_registry():
        if e.kind == "causal-lm":
            return LocalLM(e)
    if os.environ.get("CTK_LLM_URL"):
        return HTTPLM()
    return None
