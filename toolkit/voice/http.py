"""A voice on an OpenAI-compatible speech server (`POST {url}/audio/speech`: model, input, voice,
response_format wav, speed), e.g. a local Kokoro, Piper or XTTS server: a timeout, retries with backoff,
and one clear error when it is down, slow or answers with something that is not audio."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..errors import CtkError
from .engines import Voice


class HTTPVoice(Voice):
    kind = "http"

    def __init__(self, name: str, url: str, language: str, model: str = "tts-1", voice: str = "alloy",
                 gender: str = "", speed: float = 1.0, api_key_env: str = "CTK_TTS_API_KEY",
                 timeout: float = 60.0, retries: int = 2, backoff: float = 0.5, version: str = ""):
        super().__init__(name, language, gender, speed)
        self.url = url.rstrip("/")
        self.model, self.voice = model, voice
        self.api_key_env = api_key_env
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._version = version

    def version(self) -> str:
        # the server's weights are out of sight: the entry's own version string (bump it when the server changes)
        return f"{self.url}|{self.model}|{self.voice}|{self._version}"

    def synth(self, text: str, out: Path, speed: float | None = None) -> None:
        body = json.dumps({"model": self.model, "input": text, "voice": self.voice, "response_format": "wav",
                           "speed": float(speed or self.speed)}).encode()
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env, "")
        if key:
            headers["Authorization"] = f"Bearer {key}"
        last = None
        data = b""
        for attempt in range(self.retries + 1):
            try:
                req = urllib.request.Request(self.url + "/audio/speech", data=body, headers=headers)
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    data = resp.read()
                last = None
                break
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code}"
                if exc.code < 500:
                    break
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                last = "timed out" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else str(reason)
            if attempt < self.retries:
                time.sleep(self.backoff * (2 ** attempt))
        if last is not None:
            raise CtkError(f"the speech server of voice '{self.name}' at {self.url} did not answer ({last})",
                           hint="start the server, check the voice's url with 'ctk voices list', "
                                "or render with --voice draft / --voice none")
        if not (len(data) > 44 and data[:4] == b"RIFF" and data[8:12] == b"WAVE"):
            raise CtkError(f"the speech server of voice '{self.name}' at {self.url} sent {len(data)} bytes that are "
                           "not WAV audio", hint="check that it speaks the OpenAI /audio/speech protocol and "
                                                  "supports response_format 'wav'")
        self.calls += 1
        out.write_bytes(data)
