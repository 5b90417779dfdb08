"""`ctk verify BUNDLE`: check a bundle against the platform spec with ffprobe and Pillow."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from .errors import CtkError
from .markets import locales_dir


def verify_bundle(folder: str | Path) -> list[tuple[str, bool, str]]:
    """(check, ok, detail) for one bundle folder."""
    folder = Path(folder)
    if not (folder / "script.json").exists():
        raise CtkError("not a bundle folder (no script.json)", file=str(folder),
                       hint="pass OUT/<market>/<product-id>/ of a render")
    spec = tomllib.loads((locales_dir() / "_shared" / "platforms.toml").read_text("utf-8"))["tiktok"]
    script = json.loads((folder / "script.json").read_text("utf-8"))
    fmt = script.get("format", "9:16")
    want_w, want_h = {"9:16": (spec["width"], spec["height"]), "1:1": (1080, 1080), "16:9": (1920, 1080)}[fmt]
    out: list[tuple[str, bool, str]] = []
    for name in ("caption.txt", "subtitles.srt", "subtitles.vtt", "report.json", "cover.jpg"):
        p = folder / name
        out.append((f"file {name}", p.is_file() and p.stat().st_size > 0, "present" if p.is_file() else "missing"))
    from PIL import Image
    try:
        with Image.open(folder / "cover.jpg") as im:
            out.append(("cover size", im.size == (want_w, want_h), f"{im.size[0]}x{im.size[1]} (want {want_w}x{want_h})"))
            out.append(("cover format", im.format == "JPEG", im.format or "?"))
    except OSError as exc:
        out.append(("cover size", False, f"unreadable ({exc})"))
    from .textutil import utf16_len
    cap = (folder / "caption.txt").read_text("utf-8").rstrip("\n") if (folder / "caption.txt").exists() else ""
    out.append(("caption length", utf16_len(cap) <= spec["caption_max_utf16"],
                f"{utf16_len(cap)} UTF-16 units (max {spec['caption_max_utf16']})"))
    video = folder / "video.mp4"
    if not video.exists():
        out.append(("video", True, "no video in this bundle (--no-video)"))
        return out
    from .video import moov_before_mdat, probe
    info = probe(video)
    v = next((s for s in info["streams"] if s.get("codec_type") == "video"), None)
    a = next((s for s in info["streams"] if s.get("codec_type") == "audio"), None)
    if v is None:
        out.append(("video stream", False, "none"))
        return out
    out.append(("resolution", (v["width"], v["height"]) == (want_w, want_h), f"{v['width']}x{v['height']}"))
    num, den = (int(x) for x in v.get("r_frame_rate", "0/1").split("/"))
    fps = num / den if den else 0
    out.append(("frame rate", 23 <= fps <= 60, f"{fps:g} fps (23-60)"))
    out.append(("video codec", v.get("codec_name") == "h264", v.get("codec_name", "?")))
    out.append(("pixel format", v.get("pix_fmt") == "yuv420p", v.get("pix_fmt", "?")))
    out.append(("audio", a is not None and a.get("codec_name") == "aac", a.get("codec_name", "none") if a else "none"))
    dur = float(info["format"].get("duration", 0))
    out.append(("duration", spec["min_seconds"] <= dur and abs(dur - script["duration"]) < 0.2,
                f"{dur:.2f} s (script {script['duration']:.2f} s, at least {spec['min_seconds']} s)"))
    out.append(("faststart", moov_before_mdat(video), "moov before mdat" if moov_before_mdat(video) else "moov at the end"))
    return out
