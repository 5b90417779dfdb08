"""The creative and video engine: styles and brand kits change the frames, text animation, formats,
RTL mirroring, music, ctk verify on real bundles, the contact sheet, and the benchmark's reduced mode."""

import json
import subprocess
import sys

import numpy
import pytest
from PIL import Image, ImageChops

from conftest import EXAMPLES, ROOT, ffprobe

pytestmark = [pytest.mark.slow]


def frame(video, t, out):
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", str(t), "-i", str(video), "-frames:v", "1", str(out)], check=True)
    return Image.open(out).convert("RGB")


@pytest.fixture(scope="module")
def engine_out(tmp_path_factory):
    from conftest import run_ctk
    base = tmp_path_factory.mktemp("engine")
    music = base / "music.m4a"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-c:a", "aac",
                    str(music)], check=True)
    out = {}
    for style in ("clean", "bold", "editorial"):
        o = base / style
        r = run_ctk("render", EXAMPLES / "catalog.csv", "-m", "de,jp,th,sa" if style == "clean" else "us",
                    "-o", o, "--products", "glowlab-vitamin-c-serum", "--quality", "draft", "--quiet",
                    "--style", style, "--date", "2026-06-01",
                    *(["--formats", "9:16,1:1,16:9", "--music", music] if style == "bold" else []),
                    *(["--brand-kit", EXAMPLES / "brand" / "lumi.toml"] if style == "editorial" else []))
        assert r.returncode == 0, r.stderr
        out[style] = o
    return out


def test_verify_passes_on_jp_th_sa_de_and_fails_on_a_broken_bundle(ctk, engine_out, tmp_path):
    r = ctk("verify", engine_out["clean"])
    assert r.returncode == 0 and "4 of 4 bundle(s) pass" in r.stdout, r.stdout
    import shutil
    broken = tmp_path / "b"
    shutil.copytree(engine_out["clean"] / "de" / "glowlab-vitamin-c-serum", broken)
    Image.open(broken / "cover.jpg").resize((720, 1280)).save(broken / "cover.jpg")
    r = ctk("verify", broken)
    assert r.returncode == 1 and "cover size" in r.stdout and "720x1280" in r.stdout


def test_styles_and_brand_kit_change_the_frames(engine_out):
    covers = {s: Image.open(engine_out[s] / ("us" if s != "clean" else "de") / "glowlab-vitamin-c-serum" / "cover.jpg")
              for s in engine_out}
    # bold: yellow hook panel; editorial: cream gradient backdrop; clean: dark translucent panel
    top = lambda im: im.convert("RGB").crop((200, 200, 880, 420)).resize((1, 1)).getpixel((0, 0))  # noqa: E731
    r, g, b = top(covers["bold"])
    assert r > 150 and g > 130 and b < 110, (r, g, b)
    assert sum(top(covers["clean"])) < 300
    corner = covers["editorial"].convert("RGB").getpixel((30, 1880))
    assert min(corner) > 120                                   # light gradient, not a dark blurred photo
    script = json.loads((engine_out["editorial"] / "us" / "glowlab-vitamin-c-serum" / "script.json").read_text())
    assert script["style"] == "editorial"
    logo_box = script["text_boxes"]["cover"][0]                 # the brand kit logo comes first, inside the zone
    z = script["safe_zone"]
    assert z["left"] <= logo_box[0] and logo_box[2] <= z["right"] and logo_box[1] >= z["top"]


def test_text_enters_with_its_animation(tmp_path):
    """The slide animation moves the text layer up into place while it fades in; the fade animation keeps it in
    place. Measured on a plain scene (white background, one black bar of text at y=900..960) by the centre of
    the dark pixels, which the fade's alpha does not move."""
    from toolkit.video import ScenePlan, encode
    bg, txt = tmp_path / "bg.png", tmp_path / "txt.png"
    Image.new("RGB", (1080, 1920), "white").save(bg)
    layer = Image.new("RGBA", (1080, 1920), (0, 0, 0, 0))
    layer.paste((0, 0, 0, 255), (200, 900, 880, 960))
    layer.save(txt)

    def centre(video, t):
        g = frame(video, t, tmp_path / f"f{t}.png").convert("L").crop((0, 700, 1080, 1200))
        w = [255 - v for v in g.tobytes()]
        rows = [sum(w[y * 1080:(y + 1) * 1080]) for y in range(500)]
        base = min(rows)                        # the whole frame fades in from black too: only the bar counts
        rows = [r - base for r in rows]
        return 700 + sum(y * r for y, r in enumerate(rows)) / max(1, sum(rows))
    moved = {}
    for anim in ("slide", "fade"):
        out = tmp_path / f"{anim}.mp4"
        encode([ScenePlan(bg, txt, 2.0)], out, preset="ultrafast", animation=anim)
        moved[anim] = centre(out, 0.1) - centre(out, 1.5)
    assert moved["slide"] > 6, moved              # 0.1 s in, the text is still ~14 px below its place
    assert abs(moved["fade"]) < 2, moved          # fading text does not move


def test_formats_rtl_mirroring_and_music(engine_out, tmp_path):
    folder = engine_out["bold"] / "us" / "glowlab-vitamin-c-serum"
    for name, size in (("video.mp4", (1080, 1920)), ("video-1x1.mp4", (1080, 1080)), ("video-16x9.mp4", (1920, 1080))):
        v = next(s for s in ffprobe(folder / name)["streams"] if s["codec_type"] == "video")
        assert (v["width"], v["height"]) == size
    for name, size in (("cover-1x1.jpg", (1080, 1080)), ("cover-16x9.jpg", (1920, 1080))):
        assert Image.open(folder / name).size == size
    vol = subprocess.run(["ffmpeg", "-v", "info", "-i", str(folder / "video.mp4"), "-af", "volumedetect", "-f", "null",
                          "-"], capture_output=True, text=True).stderr
    mean = float(vol.split("mean_volume:")[1].split("dB")[0])
    assert mean > -40                                            # the music is there
    silent = engine_out["clean"] / "de" / "glowlab-vitamin-c-serum" / "video.mp4"
    vol = subprocess.run(["ffmpeg", "-v", "info", "-i", str(silent), "-af", "volumedetect", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    assert float(vol.split("mean_volume:")[1].split("dB")[0]) < -80
    # right-to-left: the product card sits on the right in 16:9 for sa, on the left for us
    from toolkit.creative import load_image, render_cover
    from toolkit.markets import load_market
    img = load_image(str(EXAMPLES / "images" / "glowlab-serum.jpg"), "x")
    us, _ = render_cover(load_market("us"), img, "Hook", "Name", "$1", None, None, size=(1920, 1080))
    sa, _ = render_cover(load_market("sa"), img, "مرحبا", "اسم", "1", None, None, size=(1920, 1080))
    white = lambda im, x0, x1: (numpy.asarray(im.crop((x0, 100, x1, 980)).resize((60, 60)).convert("RGB")).min(axis=2) > 230).sum()  # noqa: E731
    assert white(us, 0, 960) > white(us, 960, 1920) and white(sa, 960, 1920) > white(sa, 0, 960)


def test_contact_sheet(ctk, tmp_path):
    out = tmp_path / "sheet.png"
    r = ctk("preview", EXAMPLES / "catalog.csv", "-m", "us,th,sa", "-o", out, "--date", "2027-01-20")
    assert r.returncode == 0, r.stderr
    im = Image.open(out)
    assert im.height == 3 * (320 + 8) + 8 and im.width > 6 * 188
    row = lambda i: im.crop((208, 8 + i * 328, 208 + 180, 8 + i * 328 + 320))  # noqa: E731
    assert ImageChops.difference(row(0), row(1)).getbbox() is not None


def test_video_benchmark_quick_mode_runs():
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "video.py"), "--quick", "--runs", "1"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    ratio = float(r.stdout.split("ratio (a)/(b)")[1].split()[0])
    assert 0.2 < ratio < 5 and "peak RSS" in r.stdout
