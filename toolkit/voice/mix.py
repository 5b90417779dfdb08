"""The one audio track of a voiced video, as an ffmpeg filter graph: the mono voice centred, the music (if
any) looped under it and ducked while the voice speaks (sidechaincompress), loudness normalized to
-14 LUFS integrated with the true peak at most -1 dBTP (EBU R128 `loudnorm`, two passes: `measure` runs
the graph once on the audio alone, the video encode applies the measured values), 48 kHz stereo."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from ..errors import CtkError

TARGET_I = -14.0
TARGET_TP = -2.0         # a margin under -1 dBTP for the AAC encoder's overshoot and the limiter
TARGET_LRA = 11.0
RATE = 48000


def graph(voice: str, music: str | None, total: float, out: str = "a", measured: dict | None = None) -> str:
    """Filter graph from the voice input label (e.g. '0:a') and the music's, to [out]."""
    parts = [f"[{voice}]aresample={RATE},aformat=channel_layouts=mono,"
             "highpass=f=70,acompressor=threshold=0.1:ratio=3:attack=5:release=120:makeup=2,"
             "pan=stereo|c0=c0|c1=c0[vo]"]
    if music:
        parts.append(f"[{music}]atrim=0:{total:.4f},asetpts=N/SR/TB,aresample={RATE},"
                     "aformat=channel_layouts=stereo,volume=0.5,afade=t=in:d=0.5,"
                     f"afade=t=out:st={max(0.0, total - 1.0):.3f}:d=1.0[mu]")
        parts.append("[vo]asplit=2[vmix][vkey]")
        # the music dips about 12 dB under the voice and comes back within half a second
        parts.append("[mu][vkey]sidechaincompress=threshold=0.02:ratio=8:attack=15:release=400:makeup=1[duck]")
        parts.append("[vmix][duck]amix=inputs=2:duration=first:normalize=0[mix]")
        src = "[mix]"
    else:
        src = "[vo]"
    ln = f"loudnorm=I={TARGET_I}:TP={TARGET_TP}:LRA={TARGET_LRA}"
    if measured:
        ln += (f":measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
               f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
               f":offset={measured['target_offset']}:linear=true")
    else:
        ln += ":print_format=json"
    parts.append(f"{src}{ln},aresample={RATE},atrim=0:{total:.4f}[{out}]")
    return ";".join(parts)


def measure(voice_wav: Path, music: str | None, total: float) -> dict:
    """The first loudnorm pass: the mix's integrated loudness, true peak, range and threshold."""
    from ..video import ffmpeg_path
    exe = ffmpeg_path()
    if not exe:
        raise CtkError("ffmpeg is not installed", hint="run 'make setup' (or apt-get install ffmpeg)")
    cmd = [exe, "-hide_banner", "-nostats", "-i", str(voice_wav)]
    if music:
        cmd += ["-stream_loop", "-1", "-i", str(music)]
    cmd += ["-filter_complex", graph("0:a", "1:a" if music else None, total), "-map", "[a]", "-f", "null", "-"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", r.stderr)
    if r.returncode != 0 or not m:
        msg = r.stderr.strip().splitlines()
        raise CtkError("measuring the voice-over's loudness failed: " + (msg[-1] if msg else "no loudnorm report"),
                       hint="check the music file, or render with --voice none")
    doc = json.loads(m.group(0))
    if doc.get("input_i") in ("-inf", None):           # a silent track: nothing to normalize
        raise CtkError("the voice-over is silent", hint="check the voice with 'ctk voices say'")
    return doc


def loudness(path: Path) -> dict:
    """Integrated loudness (LUFS), loudness range and true peak (dBTP) of a media file (ffmpeg ebur128)."""
    from ..video import ffmpeg_path
    r = subprocess.run([ffmpeg_path() or "ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-map", "0:a:0",
                        "-af", "ebur128=peak=true", "-f", "null", "-"], capture_output=True, text=True)
    summary = r.stderr[r.stderr.rfind("Summary:"):]
    i = re.search(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)
    tp = re.search(r"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    lra = re.search(r"LRA:\s+(-?[\d.]+) LU", summary)
    if not i or not tp:
        raise CtkError("could not measure the loudness", file=str(path), hint="is there an audio stream?")
    return {"integrated_lufs": float(i.group(1)), "true_peak_dbtp": float(tp.group(1)),
            "lra_lu": float(lra.group(1)) if lra else None}
