"""What a render adds for the results: ids in script.json (the chosen script and each variant), the features of
each, the ad name file and the id-named video a seller uploads; and the run's creatives registered in the store.

Registration happens in the process that owns the run (the workers only return their creatives), in a few
transactions per run; a store that cannot be written is a warning, never a failed render."""
from __future__ import annotations

import os
from pathlib import Path

from .features import features
from .ids import ad_name, creative_id
from .records import Creative

AD_NAME_FILE = "ad_name.txt"


def stamp(doc: dict, product_id: str, market: str) -> str:
    """Put the creative ids and features into a bundle's script.json dict (top level and every alternative)."""
    cid = creative_id(product_id, market, doc.get("scenes") or [])
    doc["creative_id"] = cid
    doc["variant"] = 0
    doc["ad_name"] = ad_name(product_id, market, cid)
    doc["features"] = features(doc)
    for i, alt in enumerate(doc.get("alternatives") or [], start=1):
        body = alt.get("script") or alt
        scenes = body.get("scenes") or []
        alt["creative_id"] = creative_id(product_id, market, scenes)
        alt["variant"] = i
        alt["features"] = features(doc, scenes)
    return cid


def creatives_of(doc: dict) -> list[Creative]:
    """The Creative records of a stamped script.json dict: the chosen script first, then its variants."""
    pid, market = str(doc.get("product")), str(doc.get("market"))
    out = [Creative(doc["creative_id"], market, pid, 0, dict(doc.get("features") or {}))]
    for alt in doc.get("alternatives") or []:
        if alt.get("creative_id"):
            out.append(Creative(alt["creative_id"], market, pid, int(alt.get("variant") or 0),
                                dict(alt.get("features") or {})))
    return out


def write_upload_names(work: Path, doc: dict) -> None:
    """ad_name.txt (the name to paste as the ad name) and the 9:16 video under that name, as a hard link to
    video.mp4 (no second copy on disk; where links are not possible ad_name.txt alone carries the id)."""
    from ..fsutil import atomic_write_text
    atomic_write_text(work / AD_NAME_FILE, doc["ad_name"] + "\n")
    video = work / "video.mp4"
    if video.exists():
        try:
            os.link(video, work / f"{doc['ad_name']}.mp4")
        except OSError:
            pass


class Registrar:
    """Collects a run's creatives and writes them to the results store in batches (`flush`); the first failure
    to open or write the store is kept as `warning` and the rest of the run goes on without the store."""

    def __init__(self, path: str | Path | None, tm: str | None = None):
        from .store import default_path
        self.path = path or default_path(tm)
        self.pending: list[tuple[Creative, str | None, str | None]] = []
        self.count = 0
        self.warning: str | None = None
        self._store = None

    def add(self, creatives, bundle: str | None = None) -> list:
        """Queue a bundle's creatives; returns an empty list for the caller to keep instead (memory of long runs)."""
        for c in creatives or ():
            self.pending.append((c, ad_name(c.product_id, c.market, c.creative_id) if c.variant == 0 else None,
                                 bundle if c.variant == 0 else None))
        return []

    def flush(self) -> None:
        if not self.pending or self.warning:
            self.pending.clear()
            return
        batch, self.pending = self.pending, []
        try:
            if self._store is None:
                from .store import ResultsStore
                self._store = ResultsStore(self.path)
            self.count += self._store.register([c for c, _, _ in batch],
                                               ad_names={c.creative_id: n for c, n, _ in batch if n},
                                               bundles={c.creative_id: b for c, _, b in batch if b})
        except Exception as exc:  # noqa: BLE001 - the store is a side line of the render, never its failure
            from ..i18n import _
            self.warning = _("the creatives of this run were not registered in the results store: {error}",
                             error=str(exc))

    def close(self) -> None:
        self.flush()
        if self._store is not None:
            self._store.close()
