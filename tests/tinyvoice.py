"""A tiny VITS voice (MMS-TTS layout) built in seconds with random weights: config.json, model.safetensors
and a character vocabulary for VitsTokenizer. It says noise, not words, which is enough to prove the loading
(local files only, lazily), the tokenizer, the sample rate, the speed and the cache."""

from __future__ import annotations

import json
from pathlib import Path

CHARS = list(" abcdefghijklmnopqrstuvwxyz'.,?!-")


def build_vits(out: Path, language: str = "en", rate: int = 16000) -> Path:
    import torch
    from transformers import VitsConfig, VitsModel, VitsTokenizer
    out.mkdir(parents=True, exist_ok=True)
    vocab = {c: i for i, c in enumerate(["<pad>"] + CHARS)}
    (out / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    tok = VitsTokenizer(str(out / "vocab.json"), language=language, add_blank=True, normalize=True,
                        phonemize=False)
    cfg = VitsConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     window_size=2, ffn_dim=16, flow_size=8, spectrogram_bins=17, upsample_initial_channel=16,
                     upsample_rates=[8, 8, 4], upsample_kernel_sizes=[16, 16, 8], resblock_kernel_sizes=[3],
                     resblock_dilation_sizes=[[1, 3]], prior_encoder_num_flows=1, prior_encoder_num_wavenet_layers=1,
                     posterior_encoder_num_wavenet_layers=1, duration_predictor_filter_channels=16,
                     depth_separable_num_layers=1, duration_predictor_flow_bins=4, duration_predictor_num_flows=1,
                     sampling_rate=rate, use_stochastic_duration_prediction=False)
    torch.manual_seed(0)
    VitsModel(cfg).save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return out
