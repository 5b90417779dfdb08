"""Script generation: a tiny causal LM built and trained here proves the real loading, chat template,
generation and parsing path; a local OpenAI-compatible HTTP server proves the HTTP backend."""

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import tinymodels as tm  # noqa: E402

from conftest import EXAMPLES  # noqa: E402

pytestmark = [pytest.mark.mt]

ANSWER = json.dumps({"hook": {"screen": "Meet your new tee", "voice": "Meet your new everyday tee."},
                     "scenes": [{"role": "intro", "screen": "Organic Cotton Everyday Tee", "voice": "Soft and relaxed."},
                                {"role": "benefit", "screen": "GOTS certified cotton", "voice": "Certified by GOTS."},
                                {"role": "benefit", "screen": "White or black", "voice": "Pick white or black."},
                                {"role": "offer", "screen": "Only $24.00", "voice": "Only $24.00."},
                                {"role": "cta", "screen": "Tap to shop", "voice": "Tap the link to shop."}]})


def _facts_and_prompt():
    from toolkit.facts import build_facts
    from toolkit.gen.prompt import build_messages
    from toolkit.importers import load_catalog
    from toolkit.markets import load_market
    from toolkit.money import load_fx
    from toolkit.pipeline import RenderOptions, _banned_terms
    from toolkit.translate import PhrasebookTranslator
    cat = load_catalog(EXAMPLES / "catalog.csv")
    p = next(x for x in cat.products if x.id == "northfield-organic-tee")
    m = load_market("us")
    facts = build_facts(p, m, PhrasebookTranslator(), load_fx())
    opts = RenderOptions(markets=["us"], out=Path("."), campaign_date="2026-06-01")
    msgs = build_messages(facts, m, None, _banned_terms(m, opts.day()))
    return p, facts, m, msgs


@pytest.fixture(scope="module")
def tiny_lm(tmp_path_factory):
    p, facts, m, msgs = _facts_and_prompt()
    prompt = "".join(f"<{x['role']}>{x['content']}\n" for x in msgs) + "<assistant>"
    return tm.cached(tm.build_causal_lm, tmp_path_factory.mktemp("lm") / "tiny-writer", prompt, ANSWER)


def test_local_lm_generates_parses_and_removes_invented_facts(tiny_lm, tmp_path, ctk):
    env = {"CTK_MODELS": str(tmp_path / "reg")}
    r = ctk("models", "add", tiny_lm, env=env)
    assert r.returncode == 0 and "causal-lm" in r.stdout
    out = tmp_path / "o"
    r = ctk("render", EXAMPLES / "catalog.csv", "-m", "us", "-o", out, "--no-video", "--quiet", "--date", "2026-06-01",
            "--products", "northfield-organic-tee", "--generator", "tiny-writer", "--variants", "1", env=env)
    assert r.returncode == 0, r.stderr
    folder = out / "us" / "northfield-organic-tee"
    script = json.loads((folder / "script.json").read_text())
    all_scenes = [s for alt in script["alternatives"] for s in alt["scenes"]] + script["scenes"]
    sources = {a["source"] for a in script["alternatives"]} | {script["generator"]}
    assert "tiny-writer" in sources                               # the model's script was a real candidate
    lines = " ".join(s["screen"] + s["voice"] for s in all_scenes)
    assert "Meet your new tee" in lines and "GOTS" not in lines  # generated, and the invented claim removed
    rep = json.loads((folder / "report.json").read_text())
    assert any(f["code"] == "gen.invented_fact" and "GOTS" in f["segment"] for f in rep["findings"])
    assert all("score" in a for a in script["alternatives"])


class Server:
    def __init__(self, mode: str):
        self.mode, self.calls = mode, 0
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                outer.calls += 1
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                assert body["messages"][0]["role"] == "system"
                if outer.mode == "slow":
                    import time
                    time.sleep(2)
                if outer.mode == "down":
                    self.send_response(503)
                    self.end_headers()
                    return
                content = {"good": ANSWER, "garbage": "Sure! Here is a great script for you.",
                           "slow": ANSWER}.get(outer.mode, "")
                doc = {"choices": [{"message": {"role": "assistant", "content": content}}]}
                if outer.mode == "malformed":
                    doc = {"oops": True}
                data = json.dumps(doc).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()


@pytest.mark.parametrize("mode", ["good", "garbage", "malformed", "down", "slow"])
def test_http_backend(mode):
    from toolkit.errors import CtkError
    from toolkit.gen.backends import HTTPLM
    srv = Server(mode)
    try:
        llm = HTTPLM(srv.url, "m", timeout=0.5, retries=1, backoff=0.05)
        if mode == "good":
            assert json.loads(llm.chat([{"role": "system", "content": "x"}])) == json.loads(ANSWER)
        elif mode == "garbage":
            assert "great script" in llm.chat([{"role": "system", "content": "x"}])
        else:
            with pytest.raises(CtkError) as e:
                llm.chat([{"role": "system", "content": "x"}])
            msg = str(e.value)
            assert srv.url in msg and ("not a chat completion" in msg if mode == "malformed" else "did not answer" in msg)
            if mode in ("down", "slow"):
                assert srv.calls == 2                              # one retry, with backoff
    finally:
        srv.close()


def test_invalid_json_twice_falls_back_to_template_with_a_finding():
    from toolkit.gen.backends import HTTPLM
    from toolkit.gen.generator import LLMGenerator
    p, facts, m, _ = _facts_and_prompt()
    srv = Server("garbage")
    try:
        gen = LLMGenerator(HTTPLM(srv.url, "m", timeout=2, retries=0), "http")
        script, findings = gen.propose(facts, p, m, [], seed=0)
        assert script is None and srv.calls == 2                  # the retry carried the validation error
        assert any(f.code == "gen.invalid" for f in findings)
    finally:
        srv.close()
    srv = Server("good")
    try:
        script, findings = LLMGenerator(HTTPLM(srv.url, "m", timeout=2), "http").propose(facts, p, m, [], seed=0)
        assert script is not None and script.scenes[0].screen == "Meet your new tee"
        assert not any("GOTS" in s.screen for s in script.scenes)
        assert 9 <= script.duration <= 34.01
    finally:
        srv.close()


def test_scoring_weighs_each_property_it_names():
    """Each term of the score moves it the right way on its own: compliance errors, coverage of the product's
    facts, a hook inside the first 3 seconds, scene count and length within the platform's shape, readability."""
    from toolkit.gen.generator import score
    from toolkit.model import Scene, Script
    p, facts, m, _ = _facts_and_prompt()

    def mk(lines, durs=None):
        durs = durs or [3.0] * len(lines)
        return Script("us", "en", [Scene(i + 1, "benefit", d, t, t, "x") for i, (t, d) in enumerate(zip(lines, durs))])
    base_lines = ["Your new tee", "Organic cotton", "Only $24.00", "Tap to shop"]
    base, parts = score(mk(base_lines), m, facts, errors=0)
    assert score(mk(base_lines), m, facts, errors=1)[0] < base                      # compliance
    fact_line = next((mf.screen for mf in facts.pitch), None)
    if fact_line:                                                                  # coverage
        richer, rp = score(mk(base_lines[:1] + [fact_line] + base_lines[2:]), m, facts, errors=0)
        poorer, pp = score(mk(["Your new tee", "So good", "Only $24.00", "Tap to shop"]), m, facts, errors=0)
        assert rp["coverage"] > pp["coverage"] and richer > poorer
    late, lp = score(mk(base_lines, [4.5, 3, 3, 3]), m, facts, errors=0)            # hook in the first 3 s
    assert lp["hook"] == 0 and parts["hook"] == 1 and late < base
    short, sp = score(mk(base_lines[:2], [3, 3]), m, facts, errors=0)               # shape: 3-8 scenes, 9-34 s
    assert sp["fits"] == 0 and short < base
    crammed, cp = score(mk(["x" * 120] + base_lines[1:]), m, facts, errors=0)      # readable at the market's cps
    assert cp["readable"] < parts["readable"] and crammed < base


def test_same_seed_same_scripts(ctk, tmp_path):
    args = ["render", EXAMPLES / "catalog.csv", "-m", "us,th", "--no-video", "--quiet", "--limit", "3", "--variants", "3",
            "--seed", "5", "--generator", "auto"]
    env = {"CTK_MODELS": str(tmp_path / "none"), "CTK_LLM_URL": ""}
    assert ctk(*args, "-o", tmp_path / "a", env=env).returncode == 0
    assert ctk(*args, "-o", tmp_path / "b", env=env).returncode == 0
    for f in (tmp_path / "a").rglob("script.json"):
        assert f.read_bytes() == (tmp_path / "b" / f.relative_to(tmp_path / "a")).read_bytes()
    r = ctk(*args[:-4], "--seed", "6", "-o", tmp_path / "c", env=env)
    assert r.returncode == 0
    a = [json.loads(f.read_text())["scenes"][0]["screen"] for f in sorted((tmp_path / "a").rglob("script.json"))]
    c = [json.loads(f.read_text())["scenes"][0]["screen"] for f in sorted((tmp_path / "c").rglob("script.json"))]
    assert a != c


def test_model_gets_the_facts_and_its_unsupported_claims_are_removed():
    """The prompt carries the product's selling points in the market's words; a model line that claims what no
    fact supports ('so light', 'you asked for it') is removed like an invented number."""
    from toolkit.gen.generator import fact_check
    p, facts, m, msgs = _facts_and_prompt()
    user = msgs[1]["content"]
    assert "selling_points" in user and "material:organic_cotton" in user
    doc = {"hook": {"screen": "You asked for it", "voice": "You asked for it so often."},
           "scenes": [{"role": "benefit", "screen": "Organic cotton", "voice": "Made of organic cotton."},
                      {"role": "benefit", "screen": "So light", "voice": "It's so light you forget it."},
                      {"role": "cta", "screen": "Tap to shop", "voice": "Tap the link."}]}
    out, findings = fact_check(doc, facts, p, m)
    kept = " ".join(s["screen"] for s in out["scenes"])
    assert "Organic cotton" in kept and "So light" not in kept and not out["hook"]["screen"]
    assert sum(1 for f in findings if f.code == "gen.invented_fact" and "unsupported claim" in f.message) == 2
