"""What a voice-over costs, in ratios against a baseline measured in the same run:

  (1) render one bundle (us, one product, 9:16, --quality draft) three ways: silent (--voice none, the
      baseline), with the draft voice and an empty audio cache, and again with the cache warm
  (2) synthesis speed per backend that runs here: seconds of synthesis per second of speech (real-time factor)
      for eSpeak NG, a tiny random-weight VITS checkpoint (the code path, not a real model's speed) and the
      HTTP voice against a local stub server (the protocol's overhead)

Times are wall clock and CPU (user+sys of the child processes: steadier on a shared machine).
Run: .venv/bin/python benchmarks/voice.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

LINES = ["Still doing your Christmas shopping?", "So this is the mulberry silk scarf.",
         "The material? It's one hundred percent mulberry silk.", "A nice gift idea for friends and family.",
         "Which color are you going for: white, red, or navy?", "It was 49 dollars, now it's 39 dollars."]


def render(out: Path, voice: str, env: dict) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "toolkit.cli.main", "render", str(ROOT / "examples" / "catalog.csv"), "--markets",
           "us", "--products", "lumi-silk-scarf", "--out", str(out), "--voice", voice, "--quality", "draft",
           "--date", "2026-12-01", "--force", "--quiet", "-j", "1"]
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"render --voice {voice} failed: {p.stderr.read().decode()[-400:]}")
    return wall, ru.ru_utime + ru.ru_stime


def rtf(voice, tmp: Path) -> tuple[float, float]:
    """(seconds of synthesis, seconds of speech) over LINES, straight from the engine (no cache)."""
    import wave
    synth = speech = 0.0
    for i, text in enumerate(LINES):
        out = tmp / f"{voice.kind}-{i}.wav"
        t = time.perf_counter()
        voice.synth(text, out)
        synth += time.perf_counter() - t
        with wave.open(str(out)) as w:
            speech += w.getnframes() / w.getframerate()
    return synth, speech


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ctk-bench-voice-"))
    env = dict(os.environ, CTK_DATA=str(tmp / "data"), CTK_CACHE=str(tmp / "cache"))
    print("(1) one bundle, us, 9:16, --quality draft; best of", args.repeat)
    rows = {}
    for label, voice, cold in (("silent (baseline)", "none", False), ("draft voice, cold cache", "draft", True),
                               ("draft voice, warm cache", "draft", False)):
        best = None
        for _ in range(args.repeat):
            if cold:
                shutil.rmtree(tmp / "cache" / "voice", ignore_errors=True)
            r = render(tmp / "out", voice, env)
            best = r if best is None or r[0] < best[0] else best
        rows[label] = best
    base = rows["silent (baseline)"]
    for label, (wall, cpu) in rows.items():
        print(f"  {label:26} wall {wall:6.2f} s ({wall / base[0]:.2f}x)   cpu {cpu:6.2f} s ({cpu / base[1]:.2f}x)")

    print("(2) synthesis seconds per second of speech (real-time factor; lower is faster)")
    from toolkit.markets import load_market
    from toolkit.voice.registry import draft_voice
    s, sp = rtf(draft_voice(load_market("us")), tmp)
    print(f"  eSpeak NG (draft-en-us)     {s / sp:.3f}  ({s:.2f} s for {sp:.1f} s of speech)")
    try:
        from tinyvoice import build_vits

        from toolkit.voice.engines import VitsVoice
        v = VitsVoice("tiny", build_vits(tmp / "vits"), "en")
        t = time.perf_counter()
        v.synth("warm up", tmp / "w.wav")
        load = time.perf_counter() - t
        s, sp = rtf(v, tmp)
        print(f"  VITS, tiny random weights   {s / sp:.3f}  ({s:.2f} s for {sp:.1f} s; first line with loading "
              f"{load:.2f} s) - the code path only, a real MMS-TTS model is ~100x larger")
    except ImportError:
        print("  VITS: skipped (torch/transformers not installed)")
    import threading

    from test_voice import _wav_bytes
    import http.server

    class H(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            data = _wav_bytes(2.0)
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    from toolkit.voice.http import HTTPVoice
    s, sp = rtf(HTTPVoice("stub", f"http://127.0.0.1:{srv.server_address[1]}/v1", "en"), tmp)
    srv.shutdown()
    print(f"  HTTP, local stub server     {s / sp:.4f}  (protocol overhead only: {s / len(LINES) * 1000:.1f} ms a line)")
    print("  Piper ONNX: not supported (onnxruntime is not installed here); serve Piper over HTTP instead")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
