"""The pipeline both faces call: catalog in, one bundle per product and market out.

    localize (facts, Translator) -> script (ScriptGenerator) -> caption + subtitles -> checks
    -> cover + scene frames (Pillow) -> video (ffmpeg) -> bundle folder, written atomically

The stages live in their own modules; this one names the entry points the CLI, the editor and the
benchmarks use:

- `toolkit/settings.py`: RenderOptions, resolved once from defaults, project and flags;
- `toolkit/bundle.py`: one bundle (compose, checks, write) and the festival that themes a market;
- `toolkit/gen/choose.py`: script variants scored, the best one chosen;
- `toolkit/edits.py`: the editor's field references, edits, one-click fixes and live preview;
- `toolkit/keys.py`: bundle keys (what changes a bundle);
- `toolkit/batch.py`: the batch run (plan, pool or Dask, manifest, resume) and lint;
- `toolkit/report.py`: the Markdown report of a bundle and the HTML index of a run.

Progress and cancellation cross the boundary as plain callables, so the CLI can draw a Rich bar and
the GUI can emit Qt signals without the core knowing either.
"""

from __future__ import annotations

from .batch import BundleResult, RunResult, default_jobs, lint_catalog, render_catalog
from .bundle import Blocked, Composed, Progress, bundle_text, compose, market_festival, render_bundle
from .edits import EDITABLE, apply_edits, field_text, preview, quick_fix
from .gen.choose import _banned_terms, choose_script
from .keys import BUNDLE_FILES, bundle_key
from .report import _md_escape, report_markdown
from .settings import RenderOptions

__all__ = ["BUNDLE_FILES", "EDITABLE", "Blocked", "BundleResult", "Composed", "Progress", "RenderOptions",
           "RunResult", "_banned_terms", "_md_escape", "apply_edits", "bundle_key", "bundle_text", "choose_script",
           "compose", "default_jobs", "field_text", "lint_catalog", "market_festival", "preview", "quick_fix",
           "render_bundle", "render_catalog", "report_markdown"]
