"""One ffmpeg process per video: a single filter graph pans each scene's background, fades its text layer in,
joins the scenes and encodes H.264 (yuv420p) with the moov atom first, and an AAC track: silent, the music, or
the voice-over mixed over the music and loudness-normalized (toolkit/voice/mix.py)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .errors import CtkError

FPS = 30


@dataclass(frozen=True)
class ScenePlan:
    background: Path      # RGB PNG, at least 1080x1920 (larger = room to pan)
    text: Path            # RGBA PNG, 1080x1920
    duration: float


@dataclass(frozen=True)
class VoiceTrack:
    wav: Path             # mono WAV as long as the video (toolkit/voice/track.py)
    measured: dict        # the first loudnorm pass over the mix (toolkit/voice/mix.py measure)
    name: str             # the voice's name, written into the MP4 as a synthetic-voice label


def ffmpeg_path() -> str | None:
    return shutil.which("ffmpeg")


def ffprobe_path() -> str | None:
    return shutil.which("ffprobe")


TEXT_IN = 0.35     # seconds the text animation takes
MOTION_PX = 28     # how far text moves while it enters; text zones keep this much room inside the safe zone


def _text_motion(animation: str) -> tuple[str, str]:
    """Overlay x/y expressions for the text layer's entrance (t is the scene's time): toolkit/animations.py,
    ctk's own (fade, slide, pop) and those installed packages add."""
    from .animations import motion
    return motion(animation, TEXT_IN, MOTION_PX)


def build_command(scenes: list[ScenePlan], out: Path, *, width: int = 1080, height: int = 1920,
                  preset: str = "veryfast", crf: int = 23, animation: str = "fade",
                  music: str | None = None, voice: VoiceTrack | None = None) -> list[str]:
    exe = ffmpeg_path()
    if not exe:
        raise CtkError("ffmpeg is not installed", hint="run 'make setup' (or apt-get install ffmpeg), or render with --no-video")
    cmd = [exe, "-hide_banner", "-loglevel", "error", "-y"]
    parts = []
    labels = []
    total = 0.0
    for i, s in enumerate(scenes):
        frames = max(1, round(s.duration * FPS))
        d = frames / FPS
        total += d
        # each still is decoded once and repeated in memory by the loop filter (the image2 demuxer's
        # -loop would decode the PNG again for every frame)
        cmd += ["-framerate", str(FPS), "-i", str(s.background)]
        cmd += ["-framerate", str(FPS), "-i", str(s.text)]
        bi, ti = 2 * i, 2 * i + 1
        x = f"(iw-{width})*t/{d:.4f}" if i % 2 == 0 else f"(iw-{width})*(1-t/{d:.4f})"
        y = f"(ih-{height})*(0.5+0.4*t/{d:.4f})" if i % 2 == 0 else f"(ih-{height})*(0.9-0.4*t/{d:.4f})"
        loop = f"loop=loop={frames - 1}:size=1:start=0,setpts=N/{FPS}/TB"
        # convert once, before the loop, so every repeated frame is already in the encoder's pixel format
        parts.append(f"[{bi}:v]format=yuv420p,{loop},crop={width}:{height}:x='{x}':y='{y}',setsar=1[b{i}]")
        parts.append(f"[{ti}:v]format=yuva420p,{loop},fade=t=in:st=0:d={TEXT_IN}:alpha=1[t{i}]")
        fade_out = f",fade=t=out:st={max(0.0, d - 0.2):.3f}:d=0.2" if i < len(scenes) - 1 else ""
        ox, oy = _text_motion(animation)
        place = f"x='{ox}':y='{oy}':eval=frame" if animation != "fade" else "0:0"   # per-frame only when moving
        parts.append(f"[b{i}][t{i}]overlay={place}:format=yuv420,fade=t=in:st=0:d=0.2{fade_out},"
                     f"trim=end_frame={frames},setpts=PTS-STARTPTS[s{i}]")
        labels.append(f"[s{i}]")
    parts.append("".join(labels) + f"concat=n={len(scenes)}:v=1:a=0,format=yuv420p[v]")
    audio_index = 2 * len(scenes)
    audio = ["-c:a", "aac", "-b:a", "96k"]
    meta = ["-metadata", "comment=rendered by ctk"]
    if voice is not None:
        from .voice.mix import graph
        cmd += ["-i", str(voice.wav)]
        if music:
            cmd += ["-stream_loop", "-1", "-i", str(music)]
        parts.append(graph(f"{audio_index}:a", f"{audio_index + 1}:a" if music else None, total,
                           measured=voice.measured))
        amap = "[a]"
        audio = ["-c:a", "aac", "-b:a", "128k", "-ar", "48000"]
        meta = ["-metadata", f"comment=rendered by ctk; synthetic voice: {voice.name}",
                "-metadata", f"description=synthetic voice: {voice.name}"]
    elif music:
        # the user's track, looped to length, a little quieter, faded in and out (no voice-over to duck under)
        cmd += ["-stream_loop", "-1", "-i", str(music)]
        parts.append(f"[{audio_index}:a]atrim=0:{total:.4f},asetpts=N/SR/TB,volume=0.8,afade=t=in:d=0.5,"
                     f"afade=t=out:st={max(0.0, total - 1.0):.3f}:d=1.0,aresample=44100[a]")
        amap = "[a]"
    else:
        cmd += ["-f", "lavfi", "-t", f"{total:.4f}", "-i", "anullsrc=r=44100:cl=stereo"]
        amap = f"{audio_index}:a"
    cmd += ["-filter_complex", ";".join(parts), "-map", "[v]", "-map", amap,
            "-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p", "-r", str(FPS),
            *audio, "-t", f"{total:.4f}", "-movflags", "+faststart", *meta, "-threads", "0", str(out)]
    return cmd


def encode(scenes: list[ScenePlan], out: Path, *, preset: str = "veryfast", crf: int = 23, cancelled=None,
           animation: str = "fade", size: tuple[int, int] = (1080, 1920), music: str | None = None,
           voice: VoiceTrack | None = None) -> None:
    """Run the one ffmpeg process; `cancelled()` is polled a few times a second and stops it."""

    from .errors import Cancelled
    cmd = build_command(scenes, out, preset=preset, crf=crf, animation=animation, width=size[0], height=size[1],
                        music=music, voice=voice)
    from .fsutil import die_with_parent
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=die_with_parent)
    while True:
        try:
            _, stderr = proc.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if cancelled is not None and cancelled():
                proc.kill()
                proc.wait()
                raise Cancelled() from None
    if proc.returncode != 0:
        msg = (stderr or "").strip().splitlines()
        raise CtkError("ffmpeg failed: " + (msg[-1] if msg else f"exit code {proc.returncode}"),
                       hint="run 'ctk doctor'")


def probe(path: Path) -> dict:
    """Streams and format of a media file, via ffprobe (JSON)."""
    import json
    exe = ffprobe_path()
    if not exe:
        raise CtkError("ffprobe is not installed", hint="apt-get install ffmpeg")
    out = subprocess.run([exe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def moov_before_mdat(path: Path) -> bool:
    """True when the MP4's moov atom precedes mdat (faststart)."""
    with open(path, "rb") as fh:
        pos = 0
        size_total = Path(path).stat().st_size
        while pos < size_total:
            fh.seek(pos)
            hdr = fh.read(16)
            if len(hdr) < 8:
                return False
            size = int.from_bytes(hdr[:4], "big")
            kind = hdr[4:8]
            if size == 1:
                size = int.from_bytes(hdr[8:16], "big")
            if kind == b"moov":
                return True
            if kind == b"mdat":
                return False
            if size < 8:
                return False
            pos += size
    return False
