"""Voice engines behind one interface: `synth(text, out_wav)` writes a WAV file, `version()` names what
made it (it enters the bundle key and the audio cache key). eSpeak NG is the draft voice every market has;
a VITS checkpoint folder (MMS-TTS style, transformers) is a natural local voice, loaded lazily and from
local files only; an OpenAI-compatible speech endpoint is in voice/http.py."""

from __future__ import annotations

import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

from ..errors import CtkError

ESPEAK_WPM = 165          # eSpeak NG's words per minute at speed 1.0 (its default, 175, rushes a sales line)
GENDER_VARIANT = {"female": "f3", "male": "m3"}


class Voice:
    """A voice: a name, the language it speaks, a gender, a speed factor (1.0 = the engine's pace)."""

    kind = "?"
    synthetic = True

    def __init__(self, name: str, language: str, gender: str = "", speed: float = 1.0):
        self.name, self.language, self.gender, self.speed = name, language, gender, float(speed)
        self.calls = 0                     # how many lines this object synthesized (tests, benchmarks)

    def version(self) -> str:
        raise NotImplementedError

    def synth(self, text: str, out: Path, speed: float | None = None) -> None:
        raise NotImplementedError

    def key(self) -> str:
        """What the bundle key holds of this voice."""
        return f"{self.kind}:{self.name}:{self.version()}:{self.speed:g}"

    def label(self) -> str:
        return f"{self.name} ({self.kind}, {self.language})"


def espeak_path() -> str | None:
    return shutil.which("espeak-ng")


@lru_cache(maxsize=1)
def espeak_version() -> str:
    exe = espeak_path()
    if not exe:
        return "missing"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()
    return out.split("Data")[0].replace("eSpeak NG text-to-speech:", "").strip() or out[:40]


class EspeakVoice(Voice):
    """eSpeak NG through its command line, to a WAV file (22.05 kHz mono): robotic, always there, a draft."""

    kind = "espeak"

    def __init__(self, voice_id: str, language: str, gender: str = "female", speed: float = 1.0,
                 name: str | None = None):
        super().__init__(name or f"draft-{voice_id}", language, gender, speed)
        self.voice_id = voice_id

    def version(self) -> str:
        return f"espeak-ng {espeak_version()} {self.voice_id}+{GENDER_VARIANT.get(self.gender, '')}"

    def synth(self, text: str, out: Path, speed: float | None = None) -> None:
        exe = espeak_path()
        if not exe:
            raise CtkError("the draft voice needs eSpeak NG, which is not installed",
                           hint="apt-get install espeak-ng (or run 'make setup'), or render with --voice none")
        variant = GENDER_VARIANT.get(self.gender)
        voice = f"{self.voice_id}+{variant}" if variant else self.voice_id
        wpm = str(int(round(ESPEAK_WPM * (speed or self.speed))))
        # the text goes through stdin: a line that starts with "-" is no option
        r = subprocess.run([exe, "-v", voice, "-s", wpm, "-b", "1", "-w", str(out), "--stdin"], input=text.encode(),
                           capture_output=True)
        self.calls += 1
        if r.returncode != 0 or not out.exists() or out.stat().st_size <= 44:
            msg = r.stderr.decode(errors="replace").strip().splitlines()
            raise CtkError(f"eSpeak NG could not say the line with voice '{voice}'"
                           + (f": {msg[-1]}" if msg else ""),
                           hint="check the [voice] espeak id in the market's market.toml ('espeak-ng --voices')")


_LOCK = threading.Lock()
_LOADED: dict = {}


class VitsVoice(Voice):
    """A VITS checkpoint folder (config.json, weights, tokenizer files; e.g. facebook/mms-tts-*), through
    transformers' VitsModel and VitsTokenizer: loaded on the first line it says, from local files only."""

    kind = "vits"

    def __init__(self, name: str, path: Path, language: str, gender: str = "", speed: float = 1.0, seed: int = 0):
        super().__init__(name, language, gender, speed)
        self.path, self.seed = Path(path), seed

    def version(self) -> str:
        import hashlib
        h = hashlib.sha256()
        for f in sorted(self.path.glob("*")):
            if f.is_file() and f.suffix in (".json", ".safetensors", ".bin"):
                st = f.stat()
                h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
        return h.hexdigest()[:12]

    def loaded(self) -> bool:
        return str(self.path) in _LOADED

    def _load(self):
        with _LOCK:
            hit = _LOADED.get(str(self.path))
            if hit:
                return hit
            try:
                from transformers import VitsModel, VitsTokenizer
            except ImportError:
                raise CtkError("a VITS voice needs torch and transformers",
                               hint="pip install torch==2.13.0 transformers, or render with --voice draft") from None
            if not (self.path / "config.json").is_file():
                raise CtkError(f"the voice '{self.name}' has no config.json", file=str(self.path),
                               hint="pass the folder that holds config.json, the weights and vocab.json")
            try:
                tok = VitsTokenizer.from_pretrained(str(self.path), local_files_only=True)
                model = VitsModel.from_pretrained(str(self.path), local_files_only=True)
            except (OSError, ValueError) as exc:
                raise CtkError(f"cannot load the voice '{self.name}' ({str(exc).splitlines()[0][:160]})",
                               file=str(self.path), hint="check the folder, or run 'ctk voices list'") from None
            model.eval()
            _LOADED[str(self.path)] = (tok, model)
            return tok, model

    def synth(self, text: str, out: Path, speed: float | None = None) -> None:
        import torch
        tok, model = self._load()
        if getattr(tok, "is_uroman", False) and not text.isascii():
            raise CtkError(f"the voice '{self.name}' reads romanized text only (uroman)",
                           hint="choose a voice for the market's script, or render with --voice draft")
        enc = tok(text, return_tensors="pt")
        if enc["input_ids"].shape[-1] == 0:
            raise CtkError(f"the voice '{self.name}' knows none of the characters of '{text[:40]}'",
                           hint="choose a voice trained on the market's language")
        model.speaking_rate = float(speed or self.speed)
        torch.manual_seed(self.seed)               # VITS samples its durations and noise: same seed, same audio
        with torch.no_grad():
            wav = model(**enc).waveform[0].float().numpy()
        self.calls += 1
        write_wav(out, wav, int(model.config.sampling_rate))


def write_wav(path: Path, samples, rate: int) -> None:
    """Float samples in [-1, 1] (a numpy array) as a 16-bit mono WAV."""
    import wave

    import numpy as np
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
