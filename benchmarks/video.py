"""Video render speed and memory, three ways in one run (ratios, not a timed test):

  (a) ctk: build the frames' layers with Pillow, one ffmpeg filter graph (pan, text fade, concat), one encode
  (b) a hand-written single ffmpeg command doing the same composition (the encoder's practical floor)
  (c) the textbook moviepy composition: CompositeVideoClip of ImageClips and TextClips, write_videofile

Same 15 s plan (3 scenes x 5 s, 1080x1920, 30 fps, H.264 veryfast, AAC). Peak RSS is measured per child
process with wait4. moviepy pins Pillow < 12, so (c) runs in its own venv (benchmarks/.venv-moviepy, made
on first use from PyPI); --no-moviepy skips it. --quick renders 3 s per scene... for CI.

Run: .venv/bin/python benchmarks/video.py            (full)
     .venv/bin/python benchmarks/video.py --quick    (reduced: shorter, no moviepy)
Floors from the issue: (a) <= 1.3x (b); (a) >= 8x faster than (c); peak RSS of (a) < 600 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MOVIEPY_SCRIPT = r'''
import sys
from moviepy import ImageClip, TextClip, CompositeVideoClip, concatenate_videoclips
bgs, texts, dur, font, out = sys.argv[1].split(","), sys.argv[2].split("|"), float(sys.argv[3]), sys.argv[4], sys.argv[5]
clips = []
for bg, text in zip(bgs, texts):
    img = ImageClip(bg).with_duration(dur).resized(lambda t: 1 + 0.04 * t / dur).with_position("center")
    txt = (TextClip(text=text, font=font, font_size=80, color="white", stroke_color="black", stroke_width=3,
                    method="caption", size=(880, None)).with_duration(dur).with_position(("center", 250)))
    clips.append(CompositeVideoClip([img, txt], size=(1080, 1920)).with_duration(dur))
concatenate_videoclips(clips).write_videofile(out, fps=30, codec="libx264", preset="veryfast", audio=False,
                                              logger=None, threads=2)
'''


def run(cmd: list[str], env=None) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the process tree's largest member) for one command."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"failed: {' '.join(cmd[:3])}...: {p.stderr.read().decode()[-400:]}")
    import resource
    child_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(ru.ru_maxrss, 0) / 1024 if ru.ru_maxrss else child_max / 1024


def moviepy_python() -> Path | None:
    venv = ROOT / "benchmarks" / ".venv-moviepy"
    py = venv / "bin" / "python"
    if not py.exists():
        print("creating benchmarks/.venv-moviepy (moviepy pins Pillow < 12)...", flush=True)
        r = subprocess.run([sys.executable, "-m", "venv", str(venv)])
        r = r.returncode == 0 and subprocess.run([str(py), "-m", "pip", "install", "-q", "moviepy>=2.1,<3"]).returncode == 0
        if not r:
            return None
    return py


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="3 s scenes and no moviepy (CI)")
    ap.add_argument("--no-moviepy", action="store_true")
    ap.add_argument("--runs", type=int, default=2)
    a = ap.parse_args()
    from toolkit.creative import load_image, render_scene
    from toolkit.markets import load_market
    from toolkit.video import ScenePlan, build_command
    dur = 3.0 if a.quick else 5.0
    tmp = Path(tempfile.mkdtemp(prefix="ctk-vbench-"))
    import atexit
    import shutil
    atexit.register(shutil.rmtree, tmp, True)
    m = load_market("us")
    img = load_image(str(ROOT / "examples/images/glowlab-serum.jpg"), "bench")
    texts = ["Your new favorite serum?", "Light and fresh", "Tap to shop"]

    # (a) ctk, as the pipeline does it: draw layers, then one ffmpeg graph (layer drawing is inside the timing)
    ctk_script = tmp / "ctk_run.py"
    ctk_script.write_text(f"""
import sys; sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from toolkit.creative import load_image, render_scene
from toolkit.markets import load_market
from toolkit.video import ScenePlan, encode
m = load_market("us"); img = load_image({str(ROOT / 'examples/images/glowlab-serum.jpg')!r}, "bench")
plans = []
for i, text in enumerate({texts!r}):
    bg, layer = render_scene(m, img, text, "hook" if i == 0 else "benefit", scale=1.08)
    bp, tp = Path({str(tmp)!r}) / f"a-bg{{i}}.bmp", Path({str(tmp)!r}) / f"a-t{{i}}.png"
    bg.save(bp); layer.img.save(tp, compress_level=1)
    plans.append(ScenePlan(bp, tp, {dur}))
encode(plans, Path({str(tmp / 'ctk.mp4')!r}))
""")
    # (b) the hand-written single command: same stills, same overlays, written out by hand
    plans = []
    for i, text in enumerate(texts):
        bg, layer = render_scene(m, img, text, "hook" if i == 0 else "benefit", scale=1.08)
        bg.save(tmp / f"bg{i}.bmp")
        layer.img.save(tmp / f"t{i}.png", compress_level=1)
        bg.save(tmp / f"bg{i}.png", compress_level=1)          # for moviepy
        plans.append(ScenePlan(tmp / f"bg{i}.bmp", tmp / f"t{i}.png", dur))
    n = int(dur * 30)
    inputs, graph = [], []
    for i in range(3):
        inputs += ["-i", str(tmp / f"bg{i}.bmp"), "-i", str(tmp / f"t{i}.png")]
        graph.append(f"[{2*i}:v]format=yuv420p,loop={n - 1}:1:0,setpts=N/30/TB,"
                     f"crop=1080:1920:'(iw-1080)*t/{dur}':'(ih-1920)/2'[b{i}];"
                     f"[{2*i+1}:v]format=yuva420p,loop={n - 1}:1:0,setpts=N/30/TB,fade=in:0:10:alpha=1[t{i}];"
                     f"[b{i}][t{i}]overlay=format=yuv420[s{i}]")
    hand = (["ffmpeg", "-v", "error", "-y"] + inputs + ["-f", "lavfi", "-t", str(3 * dur), "-i", "anullsrc=r=44100:cl=stereo",
            "-filter_complex", ";".join(graph) + ";[s0][s1][s2]concat=n=3:v=1:a=0[v]", "-map", "[v]", "-map", "6:a",
            "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
            "-movflags", "+faststart", str(tmp / "hand.mp4")])

    def best(cmd, env=None):
        res = [run(cmd, env) for _ in range(a.runs)]
        return min(r[0] for r in res), max(r[1] for r in res)
    ta, ra = best([sys.executable, str(ctk_script)])
    tb, rb = best(hand)
    print(f"{3 * dur:.0f} s of 1080x1920 @30 fps, 3 scenes, veryfast; best of {a.runs}")
    print(f"  (a) ctk (layers + one ffmpeg graph)   {ta:7.2f} s   {3 * dur / ta:5.2f}x real time   peak RSS {ra:6.0f} MB")
    print(f"  (b) hand-written single ffmpeg        {tb:7.2f} s   {3 * dur / tb:5.2f}x real time   peak RSS {rb:6.0f} MB")
    print(f"  ratio (a)/(b)                         {ta / tb:7.2f}   (floor: at most 1.3)")
    if not (a.quick or a.no_moviepy):
        py = moviepy_python()
        if py is None:
            print("  (c) moviepy: could not create its venv; skipped")
        else:
            font = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
            cmd = [str(py), "-c", MOVIEPY_SCRIPT, ",".join(str(tmp / f"bg{i}.png") for i in range(3)), "|".join(texts),
                   str(dur), font, str(tmp / "moviepy.mp4")]
            tc, rc = run(cmd)
            print(f"  (c) moviepy CompositeVideoClip        {tc:7.2f} s   {3 * dur / tc:5.2f}x real time   peak RSS {rc:6.0f} MB")
            print(f"  speed-up (c)/(a)                      {tc / ta:7.2f}x  (floor: at least 8)")


if __name__ == "__main__":
    main()
