"""Tiny real translation models built and trained in seconds by the tests (no download): a MarianMT
pair with its SentencePiece tokenizer, and a many-to-many M2M100 with its tokenizer. They memorise a
small parallel corpus exactly, which is enough to prove loading, batching, routing, protection and memory."""

from __future__ import annotations

import json
from pathlib import Path

EN_DE = [
    ("Soft silk scarf.", "Weicher Seidenschal."),
    ("A gift for your mother.", "Ein Geschenk für deine Mutter."),
    ("Made from organic cotton.", "Aus Bio-Baumwolle."),
    ("Light and warm.", "Leicht und warm."),
    ("Handmade in small batches.", "In kleinen Serien handgemacht."),
    ("Machine washable.", "Maschinenwaschbar."),
    ("Perfect for every day.", "Ideal für jeden Tag."),
    ("Available in three colours.", "In drei Farben erhältlich."),
    ("The brand ZZ0 is loved.", "Die Marke ZZ0 ist beliebt."),
    ("Now only ZZ0 euros.", "Jetzt nur ZZ0 Euro."),
    ("A ZZ0 for cold days.", "Ein ZZ0 für kalte Tage."),
    ("Cozy wool hat.", "Gemütliche Wollmütze."),
    ("Cozy wool hat", "Gemütliche Wollmütze"),
    ("The brand ZZ0 is loved", "Die Marke ZZ0 ist beliebt"),
]
ES_EN = [
    ("Sombrero de lana acogedor.", "Cozy wool hat."),
    ("Ligero y cálido.", "Light and warm."),
    ("Lavable a máquina.", "Machine washable."),
]
EN_FR = [
    ("Soft silk scarf.", "Foulard en soie douce."),
    ("Light and warm.", "Léger et chaud."),
    ("Machine washable.", "Lavable en machine."),
    ("A gift for your mother.", "Un cadeau pour ta mère."),
]


def _spm(corpus: list[str], prefix: Path, vocab: int = 200) -> None:
    import sentencepiece as spm
    txt = prefix.with_suffix(".txt")
    txt.write_text("\n".join(corpus) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(txt), model_prefix=str(prefix), vocab_size=vocab, character_coverage=1.0,
                                   model_type="unigram", bos_id=-1, eos_id=1, unk_id=2, pad_id=0, pad_piece="<pad>",
                                   eos_piece="</s>", unk_piece="<unk>", hard_vocab_limit=False, minloglevel=2,
                                   user_defined_symbols=["ZZ0", "ZZ1", "ZZ2"])
    txt.unlink()


def _train(model, batch, steps: int, lr: float = 3e-3):
    import torch
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        loss = model(**batch).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    return float(loss.detach())


def build_marian(out: Path, pairs=EN_DE, src="en", tgt="de", steps: int = 320) -> Path:
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer
    out.mkdir(parents=True, exist_ok=True)
    _spm([p[0] for p in pairs], out / "source")
    _spm([p[1] for p in pairs], out / "target")
    (out / "source.model").rename(out / "source.spm")
    (out / "target.model").rename(out / "target.spm")
    import sentencepiece as spm
    vocab: dict[str, int] = {}
    for name in ("source", "target"):
        sp = spm.SentencePieceProcessor(model_file=str(out / f"{name}.spm"))
        for i in range(sp.get_piece_size()):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json"),
                          source_lang=src, target_lang=tgt)
    cfg = MarianConfig(vocab_size=len(vocab), d_model=64, encoder_layers=1, decoder_layers=1,
                       encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128,
                       max_position_embeddings=64, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                       decoder_start_token_id=tok.pad_token_id, forced_eos_token_id=tok.eos_token_id)
    torch.manual_seed(0)
    model = MarianMTModel(cfg)
    batch = tok([p[0] for p in pairs], text_target=[p[1] for p in pairs], return_tensors="pt", padding=True)
    batch["labels"][batch["labels"] == tok.pad_token_id] = -100
    _train(model, batch, steps)
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    (out / "ctk.json").write_text(json.dumps({"pairs": [f"{src}-{tgt}"]}))
    return out


def build_m2m100(out: Path, pairs=EN_FR, src="en", tgt="fr", steps: int = 320) -> Path:
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer
    out.mkdir(parents=True, exist_ok=True)
    _spm([s for p in pairs for s in p], out / "spm", vocab=160)
    import sentencepiece as spm
    sp = spm.SentencePieceProcessor(model_file=str(out / "spm.model"))
    vocab = {sp.id_to_piece(i): i for i in range(sp.get_piece_size())}
    for special in ("<s>",):
        vocab.setdefault(special, len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out / "spm.model").rename(out / "sentencepiece.bpe.model")
    tok = M2M100Tokenizer(str(out / "vocab.json"), str(out / "sentencepiece.bpe.model"), src_lang=src, tgt_lang=tgt)
    size = max([len(tok)] + list(tok.lang_code_to_id.values())) + 1     # language tokens sit after the vocabulary
    cfg = M2M100Config(vocab_size=size, d_model=64, encoder_layers=1, decoder_layers=1,
                       encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128,
                       max_position_embeddings=64, pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id,
                       bos_token_id=tok.bos_token_id, decoder_start_token_id=tok.eos_token_id)
    torch.manual_seed(0)
    model = M2M100ForConditionalGeneration(cfg)
    batch = tok([p[0] for p in pairs], text_target=[p[1] for p in pairs], return_tensors="pt", padding=True)
    batch["labels"][batch["labels"] == tok.pad_token_id] = -100
    _train(model, batch, steps)
    model.config.forced_bos_token_id = None
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    (out / "ctk.json").write_text(json.dumps({"languages": [src, tgt]}))
    return out


def build_causal_lm(out: Path, prompt_text: str, answer: str, steps: int = 300) -> Path:
    """A GPT-2-style model with a byte-level BPE tokenizer and a chat template, trained for seconds to reply
    to one exact chat prompt with one exact JSON answer."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
    out.mkdir(parents=True, exist_ok=True)
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    tk.train_from_iterator([prompt_text, answer], trainers.BpeTrainer(
        vocab_size=600, special_tokens=["<|endoftext|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok = PreTrainedTokenizerFast(tokenizer_object=tk, eos_token="<|endoftext|>", pad_token="<|endoftext|>")
    tok.chat_template = ("{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}\n{% endfor %}"
                         "{% if add_generation_prompt %}<assistant>{% endif %}")
    cfg = GPT2Config(vocab_size=len(tok), n_positions=1024, n_embd=64, n_layer=2, n_head=4,
                     bos_token_id=tok.eos_token_id, eos_token_id=tok.eos_token_id)
    torch.manual_seed(0)
    model = GPT2LMHeadModel(cfg)
    p_ids = tok(prompt_text)["input_ids"]
    a_ids = tok(answer)["input_ids"] + [tok.eos_token_id]
    ids = torch.tensor([p_ids + a_ids])
    labels = torch.tensor([[-100] * len(p_ids) + a_ids])
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(steps):
        loss = model(input_ids=ids, labels=labels).loss
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    model.save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return out


def cached(builder, out: Path, *args, **kw) -> Path:
    """`builder(out, *args, **kw)` built once per source of this file and arguments, then copied from the
    test cache (~/.cache/ctk-tests/models, or $CTK_TEST_MODELS): training is the slow part of the suite and
    its result is a pure function of this file, the arguments and the pinned library versions."""
    import hashlib
    import os
    import shutil

    import torch
    import transformers
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(repr((builder.__name__, args, sorted(kw.items()), torch.__version__, transformers.__version__)).encode())
    root = Path(os.environ.get("CTK_TEST_MODELS") or Path.home() / ".cache" / "ctk-tests" / "models")
    entry = root / h.hexdigest()[:16]
    root.mkdir(parents=True, exist_ok=True)
    import fcntl
    # one builder per model across parallel test workers (pytest -n): the others wait, then copy its result
    with open(root / f".{entry.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (entry / "done").exists():
            tmp = root / f".{entry.name}.{os.getpid()}"
            shutil.rmtree(tmp, ignore_errors=True)
            built = builder(tmp / "m", *args, **kw)
            assert built == tmp / "m"
            (tmp / "done").write_text("ok")
            shutil.rmtree(entry, ignore_errors=True)
            tmp.rename(entry)
        shutil.copytree(entry / "m", out)
    return out
