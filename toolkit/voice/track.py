"""The voice-over of one bundle: each scene's line said (from the audio cache when it was said before), the
scenes lengthened to hold their line and a breath, and one mono 48 kHz WAV with every line at its scene's
start, which the video encode mixes in (voice/mix.py)."""

from __future__ import annotations

import hashlib
import json
import math
import os
import subprocess
import wave
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CtkError
from ..model import Finding

RATE = 48000
LEAD = 0.10          # the line starts this long after the scene's cut
BREATH = 0.25        # and the scene holds this long after it
HOOK = 3.0           # the hook is said within the first 3 s where possible
MAX_HOOK_SPEEDUP = 1.2
FPS = 30


def audio_cache() -> Path:
    from ..paths import cache_dir
    return cache_dir() / "voice"


def clip_key(voice, text: str, speed: float) -> str:
    doc = [text, voice.kind, voice.name, voice.version(), round(float(speed), 4)]
    return hashlib.sha256(json.dumps(doc, ensure_ascii=False).encode()).hexdigest()[:32]


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def _finish(raw: Path, out: Path) -> None:
    """The engine's WAV as 48 kHz mono 16-bit, with the silence before and after the speech cut off (10 ms
    kept): the clip's length is the speech's."""
    from array import array

    from ..video import ffmpeg_path
    exe = ffmpeg_path()
    if not exe:
        raise CtkError("ffmpeg is not installed", hint="run 'make setup' (or apt-get install ffmpeg)")
    r = subprocess.run([exe, "-hide_banner", "-loglevel", "error", "-i", str(raw), "-ac", "1", "-ar", str(RATE),
                        "-f", "s16le", "-c:a", "pcm_s16le", "-"], capture_output=True)
    if r.returncode != 0:
        msg = r.stderr.decode(errors="replace").strip().splitlines()
        raise CtkError("the voice's audio could not be read: " + (msg[-1] if msg else f"exit {r.returncode}"),
                       hint="check the voice with 'ctk voices say'")
    pcm = array("h")
    pcm.frombytes(r.stdout[: len(r.stdout) // 2 * 2])
    floor = 60                                    # about -55 dBFS
    first = next((i for i, x in enumerate(pcm) if abs(x) > floor), len(pcm))
    last = next((i for i in range(len(pcm) - 1, first - 1, -1) if abs(pcm[i]) > floor), first)
    keep = RATE // 100
    speech = pcm[max(0, first - keep): min(len(pcm), last + keep)] if last > first else array("h")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(speech.tobytes())


def clip(voice, text: str, speed: float | None = None) -> tuple[Path, float]:
    """The line said by the voice, from the cache when the same voice said the same text at the same speed
    before; processes rendering in parallel say each line once (a lock per line)."""
    import fcntl
    sp = float(speed or voice.speed)
    key = clip_key(voice, text, sp)
    folder = audio_cache() / key[:2]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.wav"
    if path.exists():
        return path, wav_seconds(path)
    with open(folder / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.exists():
                raw = folder / f".{key}.{os.getpid()}.raw.wav"
                tmp = folder / f".{key}.{os.getpid()}.wav"
                try:
                    voice.synth(text, raw, sp)
                    _finish(raw, tmp)
                    if wav_seconds(tmp) < 0.05:
                        raise CtkError(f"the voice '{voice.name}' said nothing for '{text[:40]}'",
                                       hint="check the line's language and the voice ('ctk voices say')")
                    tmp.replace(path)
                finally:
                    raw.unlink(missing_ok=True)
                    tmp.unlink(missing_ok=True)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path, wav_seconds(path)


def pauses(path: Path, min_gap: float = 0.12) -> tuple[tuple[float, float], ...]:
    """The silences inside the speech, (start, end) in seconds into the clip: where a voice breathes between
    clauses and sentences, and where a subtitle cue can change."""
    from array import array
    with wave.open(str(path), "rb") as w:
        rate = w.getframerate()
        pcm = array("h")
        pcm.frombytes(w.readframes(w.getnframes()))
    win = rate // 100                                              # 10 ms windows
    quiet = [max(map(abs, pcm[i:i + win]), default=0) < 330 for i in range(0, len(pcm), win)]   # ~ -40 dBFS
    out, run = [], 0
    for k, q in enumerate(quiet + [False]):
        if q:
            run += 1
            continue
        if run * 0.01 >= min_gap and k - run > 0 and k < len(quiet):
            out.append((round((k - run) * 0.01, 3), round(k * 0.01, 3)))
        run = 0
    return tuple(out)


@dataclass
class Line:
    scene: int
    text: str            # what the engine was given
    clip: Path
    seconds: float
    start: float = 0.0   # in the video
    speed: float = 1.0
    pauses: tuple = ()   # in the video: where the speech pauses

    @property
    def end(self) -> float:
        return self.start + self.seconds


@dataclass
class VoiceOver:
    voice: object
    lines: list[Line]
    findings: list[Finding] = field(default_factory=list)
    loudness: dict | None = None
    track: object = None          # the video.VoiceTrack the encode mixes in

    def speech(self) -> dict[int, tuple[float, float]]:
        """Scene index -> when its line is said in the video: (start, end, the pauses inside it)."""
        return {ln.scene: (ln.start, ln.end, ln.pauses) for ln in self.lines}

    def write_track(self, path: Path, total: float) -> Path:
        """One mono WAV as long as the video, each line at its place."""
        n = int(round(total * RATE))
        buf = bytearray(2 * n)
        for ln in self.lines:
            with wave.open(str(ln.clip), "rb") as w:
                data = w.readframes(w.getnframes())
            at = 2 * int(round(ln.start * RATE))
            data = data[: max(0, len(buf) - at)]
            buf[at:at + len(data)] = data
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(bytes(buf))
        return path

    def to_dict(self) -> dict:
        v = self.voice
        return {"name": v.name, "kind": v.kind, "language": v.language, "version": v.version(), "synthetic": True,
                "label": f"synthetic voice: {v.name}", "loudness": self.loudness,
                "lines": [{"scene": ln.scene, "text": ln.text, "start": round(ln.start, 3), "end": round(ln.end, 3),
                           "speed": ln.speed} for ln in self.lines]}


def _frames_up(seconds: float) -> float:
    return math.ceil(seconds * FPS - 1e-6) / FPS


def voice_over(script, market, voice, prices: tuple = ()) -> VoiceOver:
    """Say every scene's line with `voice` and retime the script's scenes (in place) to the audio: each scene
    lasts at least its line plus a breath; the hook is sped up a little (at most 1.2x) to land in 3 s."""
    from .normalize import normalize
    lines: list[Line] = []
    findings: list[Finding] = []
    for i, s in enumerate(script.scenes):
        text = normalize(s.voice, market, prices)
        if not text:
            continue
        path, secs = clip(voice, text)
        speed = voice.speed
        if i == 0 and LEAD + secs > HOOK:
            factor = (secs / (HOOK - LEAD - 0.02))
            if factor <= MAX_HOOK_SPEEDUP:
                speed = round(voice.speed * factor + 0.005, 3)
                path, secs = clip(voice, text, speed)
            if LEAD + secs > HOOK:
                findings.append(Finding(code="voice.hook_late", severity="info", where=f"scene {s.index} voice-over",
                                        message=f"the hook takes {secs:.1f} s to say; it ends after the first 3 s",
                                        fix="shorten the hook line"))
        s.duration = round(max(s.duration, _frames_up(LEAD + secs + BREATH)), 4)
        lines.append(Line(scene=s.index, text=text, clip=path, seconds=secs, speed=speed))
    starts = dict(zip((s.index for s in script.scenes), script.starts()))
    for ln in lines:
        ln.start = round(starts[ln.scene] + LEAD, 4)
        ln.pauses = tuple((round(ln.start + a, 3), round(ln.start + b, 3)) for a, b in pauses(ln.clip))
    return VoiceOver(voice, lines, findings)
