"""Voice-over with real audio: the draft voice (eSpeak NG) in all 14 markets, voiced videos per script
(Latin, CJK, Thai, Arabic) measured with ffprobe and ebur128, the music ducked under the voice, and a silent
render unchanged by the voice machinery."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from toolkit.markets import available_markets, load_market

from conftest import EXAMPLES, ffprobe, run_ctk

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")]
PRODUCT = "lumi-silk-scarf"


@pytest.fixture(scope="module")
def product():
    from toolkit.importers import load_catalog
    return next(p for p in load_catalog(EXAMPLES / "catalog.csv").products if p.id == PRODUCT)


def test_every_market_has_a_draft_voice_that_holds_its_scenes(product, tmp_path, monkeypatch):
    from toolkit.bundle import compose
    from toolkit.money import load_fx
    from toolkit.settings import RenderOptions
    from toolkit.subtitles import build_cues
    from toolkit.translate import PhrasebookTranslator
    from toolkit.voice.registry import pick
    from toolkit.voice.track import BREATH, voice_over
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    assert len(available_markets()) >= 15
    for code in available_markets():
        m = load_market(code)
        opts = RenderOptions(markets=[code], out=tmp_path, campaign_date="2026-12-01", voice="draft")
        c = compose(product, m, opts, translator=PhrasebookTranslator(), fx=load_fx())
        assert any(f.code == "disclosure.synthetic_voice" for f in c.findings), code
        silent = build_cues(c.script, m.script)
        voice = pick("draft", m)
        vo = voice_over(c.script, m, voice, (c.facts.price, c.facts.old_price))
        assert len(vo.lines) == len(c.script.scenes) and voice.calls >= len(set(ln.text for ln in vo.lines))
        spans = vo.speech()
        for sc, start in zip(c.script.scenes, c.script.starts()):
            a, b, _ = spans[sc.index]
            assert b - a > 0.3, (code, sc.index)                                   # something was said
            assert start < a and b + BREATH <= start + sc.duration + 1e-6, (code, sc.index)
        cues = build_cues(c.script, m.script, spans)
        assert [c.lines for c in cues] == [c.lines for c in silent]                 # the same text, retimed
        for cue in cues:
            assert any(a - 1e-3 <= cue.start < cue.end <= b + 1e-3 for a, b, _ in spans.values()), (code, cue)


@pytest.fixture(scope="module")
def voiced(tmp_path_factory):
    out = tmp_path_factory.mktemp("voiced")
    r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us,jp,th,sa", "--out", out, "--products", PRODUCT,
                "--voice", "draft", "--quality", "draft", "--date", "2026-12-01", "--quiet", "-j", "2")
    assert r.returncode == 0, r.stderr + r.stdout
    return out


def _loudness(path: Path) -> tuple[float, float]:
    r = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-map", "0:a:0", "-af",
                        "ebur128=peak=true", "-f", "null", "-"], capture_output=True, text=True)
    tail = r.stderr[r.stderr.rfind("Summary:"):]
    i = float(re.search(r"I:\s+(-?[\d.]+) LUFS", tail).group(1))
    tp = float(re.search(r"True peak:\s+Peak:\s+(-?[\d.]+) dBFS", tail).group(1))
    return i, tp


@pytest.mark.parametrize("code", ["us", "jp", "th", "sa"])
def test_a_voiced_video_is_loud_enough_and_timed_to_its_speech(voiced, code):
    b = voiced / code / PRODUCT
    doc = json.loads((b / "script.json").read_text("utf-8"))
    info = ffprobe(b / "video.mp4")
    audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert audio["codec_name"] == "aac" and audio["sample_rate"] == "48000"
    assert abs(float(info["format"]["duration"]) - doc["duration"]) < 0.1
    tags = info["format"]["tags"]
    assert tags["description"] == f"synthetic voice: {doc['voice']['name']}" and doc["voice"]["synthetic"]
    i, tp = _loudness(b / "video.mp4")
    assert abs(i - (-14.0)) <= 1.0, i
    assert tp <= -1.0, tp
    lines = {ln["scene"]: (ln["start"], ln["end"]) for ln in doc["voice"]["lines"]}
    starts = [0.0]
    for sc in doc["scenes"]:
        a, e = lines[sc["index"]]
        assert starts[-1] < a and e + 0.25 <= starts[-1] + sc["duration"] + 1e-3
        starts.append(starts[-1] + sc["duration"])
    assert lines[1][1] <= 3.0 or any(f["code"] == "voice.hook_late"
                                     for f in json.loads((b / "report.json").read_text("utf-8"))["findings"])
    for cue in doc["subtitles"]:
        assert any(a - 2e-3 <= cue["start"] < cue["end"] <= e + 2e-3 for a, e in lines.values()), cue
    report = json.loads((b / "report.json").read_text("utf-8"))
    assert any(f["code"] == "disclosure.synthetic_voice" for f in report["findings"])
    assert not any(f["code"] == "pace.voice_too_long" for f in report["findings"])      # the scenes hold their lines


def test_a_silent_render_is_the_same_with_voice_auto_and_none(tmp_path):
    outs = {}
    for v in ("auto", "none"):
        out = tmp_path / v
        r = run_ctk("render", EXAMPLES / "catalog.csv", "--markets", "us", "--out", out, "--products", PRODUCT,
                    "--voice", v, "--quality", "draft", "--date", "2026-12-01", "--quiet")
        assert r.returncode == 0, r.stderr
        outs[v] = out / "us" / PRODUCT
    for f in ("video.mp4", "subtitles.srt", "script.json"):
        assert (outs["auto"] / f).read_bytes() == (outs["none"] / f).read_bytes(), f
    assert "voice" not in json.loads((outs["none"] / "script.json").read_text("utf-8"))
    assert "synthetic" not in json.dumps(ffprobe(outs["none"] / "video.mp4")["format"].get("tags", {}))


def _band_rms(path: Path, start: float, end: float, freq: int) -> float:
    r = subprocess.run(["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af",
                        f"atrim={start}:{end},bandpass=f={freq}:width_type=q:w=8,astats=measure_overall=RMS_level"
                        ":measure_perchannel=none", "-f", "null", "-"], capture_output=True, text=True)
    return float(re.findall(r"RMS level dB:\s+(-?[\d.]+)", r.stderr)[-1])


def test_music_is_ducked_under_the_voice_and_the_mix_is_normalized(tmp_path):
    from toolkit.voice.mix import graph, loudness, measure
    voice, music, out = tmp_path / "voice.wav", tmp_path / "music.wav", tmp_path / "mix.wav"
    # the "voice": 2 s of silence, then 2 s of a 1 kHz tone; the "music": a steady 200 Hz tone
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=1000:d=2", "-af",
                    "adelay=2000,apad=whole_dur=4", "-ar", "48000", "-ac", "1", str(voice)], check=True)
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=200:d=4", "-ar", "44100", str(music)],
                   check=True)
    measured = measure(voice, str(music), 4.0)
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(voice), "-stream_loop", "-1", "-i", str(music),
                    "-filter_complex", graph("0:a", "1:a", 4.0, measured=measured), "-map", "[a]", str(out)],
                   check=True)
    alone, under = _band_rms(out, 0.6, 1.4, 200), _band_rms(out, 2.6, 3.4, 200)
    assert alone - under >= 6.0, (alone, under)                 # the music dips at least 6 dB under the voice
    lv = loudness(out)
    assert abs(lv["integrated_lufs"] + 14) <= 1.0 and lv["true_peak_dbtp"] <= -1.0, lv


def test_the_render_says_which_step_a_bundle_is_in(tmp_path):
    """One process (the editor's render queue, the CLI's progress): the voice-over and video steps of a bundle are
    reported as they start, after the bundle's name."""
    from toolkit.batch import render_catalog
    from toolkit.settings import RenderOptions
    seen = []
    from toolkit.importers import load_catalog
    cat = load_catalog(EXAMPLES / "catalog.csv")
    cat.products = cat.products[:1]
    opts = RenderOptions(markets=["us"], out=tmp_path / "o", campaign_date="2026-12-01", voice="draft",
                         preset="ultrafast")
    res = render_catalog(EXAMPLES / "catalog.csv", opts, catalog=cat, progress=lambda d, t, m: seen.append(m))
    assert [b.status for b in res.bundles] == ["rendered"], res.bundles
    steps = [m.split(" · ")[1] for m in seen if " · " in m]
    assert steps[:2] == ["voice-over", "video"], seen
    assert all(m.startswith("us/") for m in seen if " · " in m)
