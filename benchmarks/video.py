"""Video render speed as ratios inside one run (not a timed test).

Renders the same 15 s, 3-scene plan (1080x1920, 30 fps) two ways and compares with the encoder's floor:
  (a) ctk's filter graph (pan + text fade + concat, one ffmpeg process)
  (b) the textbook still-image command: `ffmpeg -loop 1 -i frame.png` for 15 s, same preset (it decodes the PNG every frame)
Run: .venv/bin/python benchmarks/video.py [--preset veryfast]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toolkit.creative import load_image, render_scene  # noqa: E402
from toolkit.markets import load_market  # noqa: E402
from toolkit.video import ScenePlan, build_command  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", default="veryfast")
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    tmp = Path(tempfile.mkdtemp())
    m = load_market("us")
    img = load_image(str(root / "examples/images/glowlab-serum.jpg"), "bench")
    plans = []
    for i, text in enumerate(["Your new favorite serum?", "Made for every day", "Tap to shop"]):
        bg, layer = render_scene(m, img, text, "hook" if i == 0 else "benefit", scale=1.08)
        bg.save(tmp / f"bg{i}.png", compress_level=1)
        layer.img.save(tmp / f"t{i}.png", compress_level=1)
        plans.append(ScenePlan(tmp / f"bg{i}.png", tmp / f"t{i}.png", 5.0))
    ctk_cmd = build_command(plans, tmp / "ctk.mp4", preset=args.preset)
    bg, layer = render_scene(m, img, "Static", "hook")
    frame = bg.convert("RGBA")
    frame.alpha_composite(layer.img)
    frame.convert("RGB").save(tmp / "static.png")
    floor_cmd = ["ffmpeg", "-v", "error", "-y", "-loop", "1", "-framerate", "30", "-t", "15", "-i", str(tmp / "static.png"),
                 "-c:v", "libx264", "-preset", args.preset, "-pix_fmt", "yuv420p", str(tmp / "floor.mp4")]

    def timed(cmd):
        best = float("inf")
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True)
            best = min(best, time.perf_counter() - t)
        return best

    a = timed(ctk_cmd)
    b = timed(floor_cmd)
    print(f"preset {args.preset}, 15 s of 1080x1920 @30fps, best of {args.runs}")
    print(f"  ctk filter graph     {a:6.2f} s  ({15 / a:.2f}x real time)")
    print(f"  still image, -loop 1{b:6.2f} s  ({15 / b:.2f}x real time)")
    print(f"  ratio ctk / still   {a / b:6.2f}")


if __name__ == "__main__":
    main()
