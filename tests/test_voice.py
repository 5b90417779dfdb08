"""Voice-over without video: text for speech per language, the voice registry and option, the audio cache,
scenes and subtitle cues timed to the speech, the HTTP voice against a local server."""

from __future__ import annotations

import http.server
import io
import json
import math
import threading
import time
import wave
from pathlib import Path

import pytest

from toolkit.errors import ConfigError, CtkError
from toolkit.markets import load_market
from toolkit.voice.normalize import normalize

from conftest import EXAMPLES, run_ctk

espeak = pytest.mark.skipif(__import__("shutil").which("espeak-ng") is None, reason="espeak-ng not installed")


# ---- text for speech ------------------------------------------------------------------------------------

@pytest.mark.parametrize("code,text,said,gone", [
    ("us", "10000mAh power bank, 90×90 cm", ["10000 milliamp-hour", "90 by 90 centimeters"], ["mAh", "×"]),
    ("gb", "Only £24.99 😍 → Glowlab", ["Glow Lab"], ["😍", "→"]),
    ("de", "Nur 5,3 cm, 50 % günstiger, 10000mAh", ["5,3 Zentimeter", "50 Prozent", "Milliamperestunden"], ["%"]),
    ("fr", "Kiln & Co, 50 % de réduction", ["Kiln et Co", "pour cent"], ["&", "%"]),
    ("jp", "軽くて暖かい。10,000mAh、5.3cm、4,480円", ["かるくてあたたかい", "いちまん", "ごてんさん", "よんせんよんひゃくはちじゅう"],
     ["軽", "10,000", "5.3", "しひゃく"]),
    ("kr", "50% 할인, 5.3cm", ["50 퍼센트", "5 점 3", "센티"], ["%", "5.3"]),
    ("th", "ลด 50% เหลือ 990 บาท", ["ห้าสิบ เปอร์เซ็นต์", "เก้าร้อยเก้าสิบ บาท"], ["%", "990"]),
    ("sa", "خصم 50% على Glowlab", ["50 بالمئة", "جلو لاب"], ["%", "Glowlab"]),
    ("my", "Bateri 10,000mAh", ["10000 miliampere jam"], ["10,000"]),
    ("vn", "Giảm 50% ✨", ["50 phần trăm"], ["%", "✨"]),
    ("pl", "Minus 20%, 10000mAh, 40 × 30 cm", ["20 procent", "miliamperogodzin", "40 na 30 centymetrów"], ["%", "mAh", "×"]),
])
def test_lines_are_said_in_words_the_engine_reads(code, text, said, gone):
    out = normalize(text, load_market(code))
    for s in said:
        assert s in out, (out, s)
    for g in gone:
        assert g not in out, (out, g)


def test_a_price_is_said_with_the_currency_word():
    assert "24 dollars and 99 cents" in normalize("Only $24.99 today", load_market("us"), ("$24.99",))


def test_the_users_own_pronunciations_extend_the_markets(tmp_path, monkeypatch):
    monkeypatch.setenv("CTK_DATA", str(tmp_path))
    (tmp_path / "pronunciation").mkdir()
    (tmp_path / "pronunciation" / "us.toml").write_text('[words]\nZyxo = "Zeye-ko"\n', "utf-8")
    out = normalize("Meet Zyxo by Glowlab", load_market("us"))
    assert "Zeye-ko" in out and "Glow Lab" in out
    (tmp_path / "pronunciation" / "us.toml").write_text('[words]\nZyxo = 3\n', "utf-8")
    with pytest.raises(ConfigError) as e:
        normalize("Zyxo", load_market("us"))
    assert "us.toml" in str(e.value.file)


# ---- voices and the option --------------------------------------------------------------------------------

def test_the_voice_option_says_which_voice_a_market_gets(tmp_path, monkeypatch):
    from toolkit.voice.registry import add_voice, pick
    monkeypatch.setenv("CTK_DATA", str(tmp_path))
    us, de = load_market("us"), load_market("de")
    assert pick("auto", us) is None and pick("none", us) is None       # no natural voice: silent
    assert pick("draft", de).kind == "espeak" and pick("draft", de).voice_id == "de"
    add_voice("http://127.0.0.1:9/v1", language="en", name="studio")
    assert pick("auto", us).name == "studio" and pick("auto", de) is None
    assert pick({"us": "studio", "*": "draft"}, de).kind == "espeak"
    with pytest.raises(ConfigError, match="speaks en"):
        pick("studio", de)
    with pytest.raises(ConfigError, match="unknown voice 'nosuch'"):
        pick("nosuch", us)


def test_the_silent_bundle_key_is_unchanged_and_a_voice_changes_it(tmp_path, monkeypatch):
    from toolkit.importers import load_catalog
    from toolkit.keys import bundle_key
    from toolkit.settings import resolve
    monkeypatch.setenv("CTK_DATA", str(tmp_path))
    p = load_catalog(EXAMPLES / "catalog.csv").products[0]
    m = load_market("us")
    keys = {v: bundle_key(p, m, resolve({"voice": v})) for v in ("auto", "none", "draft")}
    assert keys["auto"] == keys["none"] != keys["draft"]
    no_video = {v: bundle_key(p, m, resolve({"voice": v, "video": False})) for v in ("none", "draft")}
    assert no_video["draft"] == no_video["none"]                                        # no video, no voice


def test_bad_voice_settings_are_one_clear_error(tmp_path, catalog_copy):
    r = run_ctk("render", catalog_copy / "catalog.csv", "--out", tmp_path / "o", "--voice", "nosuch", "--no-video")
    assert r.returncode == 2 and "unknown voice 'nosuch'" in r.stderr and "ctk voices list" in r.stderr
    assert "Traceback" not in r.stderr
    r = run_ctk("voices", "add", tmp_path, "--language", "en")
    assert r.returncode == 2 and "no config.json" in r.stderr
    r = run_ctk("voices", "pull", "facebook/mms-tts-eng")
    assert r.returncode == 2 and "no model hub" in r.stderr


def test_a_project_keeps_its_voice(tmp_path):
    from toolkit.project import Project, load_project
    from toolkit.settings import resolve
    proj = Project(input=str(EXAMPLES / "catalog.csv"), voice={"us": "draft", "*": "none"})
    path = proj.save(tmp_path / "p.ctkproj")
    assert resolve({}, load_project(path)).voice == {"us": "draft", "*": "none"}
    assert resolve({"voice": "none"}, load_project(path)).voice == "none"          # a flag wins


# ---- the audio cache --------------------------------------------------------------------------------------

class ToneVoice:
    """A voice that 'says' a line as a tone, 60 ms per character; it counts what it synthesized."""
    kind, name, language, gender, speed = "tone", "tone", "en", "", 1.0

    def version(self):
        return "1"

    def key(self):
        return "tone:1"

    def __init__(self, comma_pause=0.0):
        self.calls = 0
        self.texts: list[str] = []
        self.comma_pause = comma_pause          # seconds of silence after each comma

    def synth(self, text, out, speed=None):
        self.calls += 1
        self.texts.append(text)
        frames = []
        for part in text.split(","):
            n = int(16000 * 0.06 * len(part) / (speed or 1.0))
            frames.append(b"".join(int(8000 * math.sin(i / 8)).to_bytes(2, "little", signed=True) for i in range(n)))
            frames.append(b"\0\0" * int(16000 * self.comma_pause))
        with wave.open(str(out), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes(b"".join(frames[:-1]))


def _script(lines, code="us"):
    from toolkit.model import Scene, Script
    return Script(market=code, language=load_market(code).language, scenes=[
        Scene(index=i + 1, role="hook" if i == 0 else "benefit", duration=2.0, screen="x", voice=t, visual="")
        for i, t in enumerate(lines)])


def test_a_rerun_synthesizes_nothing_and_an_edit_only_its_line(tmp_path, monkeypatch):
    from toolkit.voice.track import voice_over
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    m = load_market("us")
    v = ToneVoice()
    lines = ["Soft silk scarf.", "Light and warm.", "A gift for your mother.", "Light and warm."]
    voice_over(_script(lines), m, v)
    assert v.calls == 3                                   # each distinct line once, the repeated one from the cache
    voice_over(_script(lines), m, v)
    assert v.calls == 3                                   # a rerun: nothing
    voice_over(_script(lines[:2] + ["A present for your dad."] + lines[3:]), m, v)
    assert v.calls == 4 and v.texts[-1] == "A present for your dad."


def test_scenes_hold_their_line_and_cues_sit_inside_the_speech(tmp_path, monkeypatch):
    from toolkit.subtitles import build_cues
    from toolkit.voice.track import BREATH, voice_over
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    long = "Which colour are you going for today: white, red, navy, green or the classic black one?"
    s = _script(["Still cold?", long, "Tap the cart."])
    vo = voice_over(s, load_market("us"), ToneVoice())
    spans = vo.speech()
    for sc, start in zip(s.scenes, s.starts()):
        a, b, _ = spans[sc.index]
        assert start <= a and b + BREATH <= start + sc.duration + 1e-6
    assert s.scenes[1].duration > 5                            # the long line lengthened its scene
    cues = build_cues(s, "Latn", spans)
    assert len(cues) >= 3
    for c in cues:
        assert any(a - 1e-3 <= c.start < c.end <= b + 1e-3 for a, b, _ in spans.values()), c


def test_cues_follow_the_pauses_of_the_voice(tmp_path, monkeypatch):
    """A line with two long pauses at its commas: the cue that ends mid-clause ends when its last word is
    said (anchored at the pause before), not where an even share of the characters would put it."""
    from toolkit.subtitles import build_cues
    from toolkit.voice.track import voice_over
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    parts = ["Soft and warm mulberry silk for cold winter days", " a gift your mother will love to wear",
             " now in three colours"]
    s = _script(["Hi.", ",".join(parts)])
    vo = voice_over(s, load_market("us"), ToneVoice(comma_pause=1.2))
    start, end, gaps = vo.speech()[2]
    assert len(gaps) == 2                                          # two commas, two pauses found
    cues = [c for c in build_cues(s, "Latn", vo.speech()) if c.start >= start - 1e-3]
    assert len(cues) == 2 and cues[0].lines[-1].endswith("will")
    said = start + 0.06 * len(parts[0]) + 1.2 + 0.06 * len(" a gift your mother will")   # when "will" ends
    assert abs(cues[0].end - said) < 0.12, (cues[0].end, said)
    even = build_cues(s, "Latn", {k: (a, b, ()) for k, (a, b, _) in vo.speech().items()})
    assert abs(even[1].end - said) > 0.3                           # the even share would be off


def test_a_long_hook_is_said_a_little_faster_to_land_in_three_seconds(tmp_path, monkeypatch):
    from toolkit.voice.track import voice_over
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    hook = "Still looking for a warm winter scarf?"                  # 38 chars: 2.3 s as a tone
    s = _script([hook + " Yes!!"])                                   # 44 chars: 2.64 s, 2.74 with the lead-in
    vo = voice_over(s, load_market("us"), ToneVoice())
    assert vo.lines[0].end <= 3.0 and not vo.findings
    s = _script([hook * 3])
    vo = voice_over(s, load_market("us"), ToneVoice())
    assert vo.lines[0].end > 3.0 and vo.findings[0].code == "voice.hook_late"


@espeak
def test_the_draft_voice_says_a_line(tmp_path, monkeypatch):
    from toolkit.voice.registry import draft_voice
    from toolkit.voice.track import clip
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    v = draft_voice(load_market("us"))
    path, secs = clip(v, "Soft silk scarf, only thirty nine dollars.")
    with wave.open(str(path)) as w:
        assert w.getframerate() == 48000 and w.getnchannels() == 1
    assert 1.0 < secs < 5.0 and v.calls == 1
    fast, secs2 = clip(v, "Soft silk scarf, only thirty nine dollars.", 1.5)
    assert secs2 < secs * 0.85 and v.calls == 2


# ---- the HTTP voice ---------------------------------------------------------------------------------------

def _wav_bytes(seconds=0.5, rate=24000):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(int(6000 * math.sin(i / 5)).to_bytes(2, "little", signed=True)
                               for i in range(int(rate * seconds))))
    return buf.getvalue()


@pytest.fixture
def speech_server():
    state = {"mode": "good", "requests": []}

    class H(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state["requests"].append((self.path, body))
            if state["mode"] == "slow":
                time.sleep(1.5)
            data = _wav_bytes() if state["mode"] in ("good", "slow") else b"<html>oops</html>"
            code = 500 if state["mode"] == "error" else 200
            self.send_response(code)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except OSError:
                pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    state["url"] = f"http://127.0.0.1:{srv.server_address[1]}/v1"
    yield state
    srv.shutdown()
    srv.server_close()


def test_the_http_voice_speaks_openai_speech(speech_server, tmp_path, monkeypatch):
    from toolkit.voice.http import HTTPVoice
    from toolkit.voice.track import clip
    monkeypatch.setenv("CTK_CACHE", str(tmp_path))
    v = HTTPVoice("studio", speech_server["url"], "en", model="kokoro", voice="af_bella", timeout=5, retries=0)
    path, secs = clip(v, "Hello there.")
    assert abs(secs - 0.5) < 0.05
    route, body = speech_server["requests"][0]
    assert route == "/v1/audio/speech"
    assert body == {"model": "kokoro", "input": "Hello there.", "voice": "af_bella", "response_format": "wav",
                    "speed": 1.0}


@pytest.mark.parametrize("mode,message", [("slow", "timed out"), ("garbage", "not WAV audio"),
                                          ("error", "HTTP 500"), ("down", "did not answer")])
def test_the_http_voice_fails_clearly(speech_server, tmp_path, mode, message):
    from toolkit.voice.http import HTTPVoice
    url = speech_server["url"]
    if mode == "down":
        import socket
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/v1"          # a port nobody listens on
        s.close()
    speech_server["mode"] = mode
    v = HTTPVoice("studio", url, "en", timeout=0.5, retries=1, backoff=0.05)
    t = time.monotonic()
    with pytest.raises(CtkError) as e:
        v.synth("Hello.", tmp_path / "x.wav")
    assert message in e.value.message and "studio" in e.value.message and e.value.hint
    assert time.monotonic() - t < 5
    if mode == "error":
        assert len(speech_server["requests"]) == 2                    # a server error is retried once


def test_a_package_can_bring_a_voice(tmp_path, monkeypatch):
    """Entry point group ctk.voices: factory(market) -> a voice for that market, or None."""
    import toolkit.registry as reg
    from toolkit.settings import resolve
    from toolkit.voice.registry import pick
    monkeypatch.setenv("CTK_DATA", str(tmp_path))
    real = reg.plugins
    tone = ToneVoice()
    monkeypatch.setattr(reg, "plugins", lambda g: (("tone", lambda m: tone if m.language == "en" else None),)
                        if g == "ctk.voices" else real(g))
    assert pick("auto", load_market("us")) is tone and pick("tone", load_market("us")) is tone
    assert pick("auto", load_market("de")) is None
    assert resolve({"voice": "tone"}).voice == "tone"            # a plugin's name is a valid choice
