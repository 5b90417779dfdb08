"""The natural-voice path: a VITS checkpoint folder (here a tiny one with random weights, built by the test)
registered with `ctk voices add`, picked by --voice auto, loaded lazily from local files only."""

from __future__ import annotations

import subprocess
import sys
import wave

import pytest

from toolkit.errors import CtkError
from toolkit.markets import load_market

from conftest import ROOT, run_ctk
from tinyvoice import build_vits

pytestmark = pytest.mark.mt
pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def vits_folder(tmp_path_factory):
    return build_vits(tmp_path_factory.mktemp("voice") / "tiny-vits-en")


def test_a_vits_folder_becomes_the_markets_voice(vits_folder, tmp_path, monkeypatch):
    from toolkit.voice.registry import add_voice, pick
    from toolkit.voice.track import clip, voice_over
    monkeypatch.setenv("CTK_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("CTK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    add_voice(str(vits_folder), language="en", name="tiny")
    v = pick("auto", load_market("us"))
    assert v.kind == "vits" and v.name == "tiny" and pick("auto", load_market("de")) is None
    assert not v.loaded()                                   # nothing is loaded until a line is said
    raw = tmp_path / "raw.wav"
    v.synth("hello there, only five dollars.", raw)
    assert v.loaded()
    with wave.open(str(raw)) as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1 and w.getsampwidth() == 2
        n = w.getnframes()
    assert n > 16000 * 0.2
    fast = tmp_path / "fast.wav"
    v.synth("hello there, only five dollars.", fast, speed=2.0)
    with wave.open(str(fast)) as w:
        assert w.getnframes() < n * 0.75                    # speaking_rate 2: shorter
    path, secs = clip(v, "hello there.")
    with wave.open(str(path)) as w:
        assert w.getframerate() == 48000
    from toolkit.model import Scene, Script
    s = Script(market="us", language="en", scenes=[Scene(index=1, role="hook", duration=2.0, screen="x",
                                                          voice="Soft and warm.", visual="")])
    calls = v.calls
    vo = voice_over(s, load_market("us"), v)
    vo2 = voice_over(s, load_market("us"), v)
    assert v.calls == calls + 1 and vo.lines[0].clip == vo2.lines[0].clip


def test_a_broken_folder_is_one_clear_error(vits_folder, tmp_path):
    from toolkit.voice.engines import VitsVoice
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(vits_folder, broken)
    (broken / "model.safetensors").unlink()
    with pytest.raises(CtkError) as e:
        VitsVoice("broken", broken, "en").synth("hello", tmp_path / "x.wav")
    assert "cannot load the voice 'broken'" in e.value.message and e.value.file == str(broken)


def test_characters_the_voice_does_not_know_are_a_clear_error(vits_folder, tmp_path):
    from toolkit.voice.engines import VitsVoice
    with pytest.raises(CtkError, match="knows none of the characters"):
        VitsVoice("tiny", vits_folder, "en").synth("ทดสอบ", tmp_path / "x.wav")


def test_the_cli_adds_lists_and_says_with_the_vits_voice(vits_folder, tmp_path):
    env = {"CTK_DATA": str(tmp_path / "d"), "CTK_CACHE": str(tmp_path / "c"), "HF_HUB_OFFLINE": "1"}
    r = run_ctk("voices", "add", vits_folder, "--language", "en", "--name", "tiny", env=env)
    assert r.returncode == 0 and "added tiny (vits, en)" in r.stdout, r.stderr
    r = run_ctk("voices", "list", "--market", "us", env=env)
    assert "tiny" in r.stdout and "auto -> tiny" in r.stdout
    r = run_ctk("voices", "say", "hello there", "--market", "us", "--voice", "tiny", "--out", tmp_path / "h.wav",
                env=env)
    assert r.returncode == 0 and (tmp_path / "h.wav").stat().st_size > 1000, r.stderr


def test_the_voice_modules_load_no_torch():
    code = ("import sys, toolkit.voice, toolkit.voice.registry, toolkit.voice.engines, toolkit.voice.track, "
            "toolkit.voice.normalize; print(any(m in sys.modules for m in ('torch', 'transformers', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    assert out == "False"
