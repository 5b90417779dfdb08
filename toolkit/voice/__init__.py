"""Voice-over: voices behind one interface (engines.py, http.py), which voice a market gets (registry.py),
the text a voice is given (normalize.py), the audio cache and the scenes timed to the speech (track.py),
and the mix into the video's one audio track (mix.py). Nothing here loads torch until a VITS voice speaks."""

from __future__ import annotations

from pathlib import Path

FPS = 30


def _voice(opts, market):
    if not opts.video:
        return None
    from .registry import pick
    return pick(opts.voice, market)


def voice_name(opts, market) -> str | None:
    """The name of the synthetic voice a market's videos get with these options, or None (silent)."""
    v = _voice(opts, market)
    return v.name if v else None


def voice_key(opts, market) -> str | None:
    """What the bundle key holds of the voice: None when the video is silent (the key stays as it was)."""
    v = _voice(opts, market)
    return v.key() if v else None


def prepare(script, market, opts, prices: tuple, work: Path):
    """Say the script's lines, retime its scenes to the speech and write the voice track into `work`;
    None when the market's video is silent. The returned VoiceOver carries `.track` for the encode."""
    from ..video import VoiceTrack
    from .mix import TARGET_I, TARGET_TP, measure
    from .registry import pick
    from .track import voice_over
    voice = pick(opts.voice, market)
    if voice is None:
        return None
    vo = voice_over(script, market, voice, prices)
    total = sum(max(1, round(s.duration * FPS)) for s in script.scenes) / FPS
    wav = vo.write_track(work / ".voice.wav", total)
    measured = measure(wav, opts.music, total)
    vo.loudness = {"target_lufs": TARGET_I, "target_true_peak_dbtp": TARGET_TP,
                   "mix_before_lufs": float(measured["input_i"]), "mix_before_true_peak": float(measured["input_tp"])}
    vo.track = VoiceTrack(wav, measured, voice.name)
    return vo
