"""The bundle being edited: composed off the UI thread, its scenes, caption, findings and one-click fixes, the
product facts panel, and undoable edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QUndoCommand
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from .. import direction
from ..i18n import tr
from ..workers import Job

SEV_MARK = {"error": "⛔", "warning": "⚠", "info": "ℹ"}


def finding_text(f, market: str) -> str:
    """A finding's line: the interface's words, with the market's own words (the matched term) and the catalog's
    (the segment) isolated in their direction, so an Arabic excerpt reads right inside an English message."""
    text = f"{SEV_MARK[f.severity]} {f.code} · {f.where}: {direction.quoted(f.message)}"
    if f.term:
        text += f"  «{direction.excerpt(f.term, market)}»"
    if f.segment:
        text += f"  «{direction.source_excerpt(f.segment)}»"
    if f.fixed:
        text += f"  [auto-fixed: {f.fixed}]"
    return text


class EditCommand(QUndoCommand):
    """One manual edit of one field of one bundle; undo restores the previous value (or the generated text)."""

    def __init__(self, window, market: str, product: str, field: str, old, new):
        super().__init__(f"{field} ({market}/{product})")
        self.w, self.market, self.product, self.field, self.old, self.new = window, market, product, field, old, new

    def redo(self):
        self.w.project.set_edit(self.market, self.product, self.field, self.new)
        self.w.edits_changed(self.market, self.product)

    def undo(self):
        self.w.project.set_edit(self.market, self.product, self.field, self.old)
        self.w.edits_changed(self.market, self.product)


class EditorMixin:
    # ---- compose + preview (off the UI thread, debounced) ------------------------------------------
    def refresh(self):
        product = self.product()
        if product is None:
            return
        if self._preview_job is not None:
            self._pending_refresh = True       # one at a time; the newest state wins
            return
        from toolkit.pipeline import preview
        opts = self.options(markets=[self.market], video=False)
        job = Job(preview, product, self.market, opts)
        job.signals.done.connect(lambda res, m=self.market, pid=product.id: self._composed(res, m, pid))
        job.signals.failed.connect(self._preview_failed)
        self._preview_job = job
        self._start(job)

    def _preview_failed(self, msg):
        self._preview_job = None
        self.show_error(msg)

    def _composed(self, result, market, pid):
        from shiboken6 import isValid
        if not isValid(self) or not isValid(self.scenes):      # the window closed while the bundle was composed
            return
        self._preview_job = None
        if self._pending_refresh:
            self._pending_refresh = False
            self.refresh()
            return
        c, cover = result
        self.composed = c
        self._filling = True
        self._show_market_text(c, market)
        self._filling = False
        self.findings.clear()
        order = {"error": 0, "warning": 1, "info": 2}
        for f in sorted(c.findings, key=lambda f: order[f.severity]):
            it = QListWidgetItem(finding_text(f, market))
            it.setData(Qt.UserRole, f)
            it.setToolTip((f.fix or "") + ("\n" + f.source if f.source else ""))
            self.findings.addItem(it)
        errors = sum(1 for f in c.findings if f.severity == "error" and not f.fixed)
        warnings = sum(1 for f in c.findings if f.severity == "warning")
        self.error_count, self.warning_count = errors, warnings
        self.problem_counts[(market, pid)] = errors + warnings
        self.findings_label.setText(tr("Findings") + f": {errors} " + tr("errors") + f", {warnings} " + tr("warnings"))
        self._update_fix_button()
        self._show_facts(c)
        img = cover.convert("RGB").resize((360, 640))
        qimg = QImage(img.tobytes(), img.width, img.height, img.width * 3, QImage.Format_RGB888).copy()
        self.preview.setPixmap(QPixmap.fromImage(qimg))
        self.composed_ready.emit()

    def _show_market_text(self, c, market):
        """Scenes, caption, ad text and subtitles, each in the market's direction and alignment."""
        from toolkit.markets import load_market
        from toolkit.subtitles import build_cues, to_srt
        for w in (self.scenes, self.caption, self.subtitles, self.ad_text):
            direction.apply(w, market)
        self.scenes.blockSignals(True)
        self.scenes.setRowCount(len(c.script.scenes))
        for r, sc in enumerate(c.script.scenes):
            sec = QTableWidgetItem(f"{sc.duration:.1f}")
            sec.setFlags(sec.flags() & ~Qt.ItemIsEditable)
            self.scenes.setItem(r, 0, sec)
            self.scenes.setItem(r, 1, QTableWidgetItem(sc.screen))
            self.scenes.setItem(r, 2, QTableWidgetItem(sc.voice))
        self.scenes.blockSignals(False)
        self.scenes.resizeRowsToContents()
        self.variant_box.clear()
        self.variant_box.addItem(f"{c.script.generator} (chosen)", None)
        for alt in c.alternatives:
            # with a learned model (render --learned) the results' expectation sits next to the rule score
            lr = (alt.get("parts") or {}).get("learned")
            extra = self.tr(" · learned {uplift} ({lo} to {hi})").format(
                uplift=f"{lr['uplift']:+.0%}", lo=f"{lr['lo']:+.0%}", hi=f"{lr['hi']:+.0%}") if lr else ""
            self.variant_box.addItem(f"{alt['source']} · score {alt['score']}{extra}", alt)
        if direction.edited_text(self.caption) != c.caption.text:
            cur = self.caption.textCursor().position()
            shown = direction.display(c.caption.text)
            self.caption.setPlainText(shown)
            tc = self.caption.textCursor()
            tc.setPosition(min(cur, len(shown)))
            self.caption.setTextCursor(tc)
        self.ad_text.setText(direction.display(c.text.ad_text or ""))
        self.ad_text.setCursorPosition(0)
        self.subtitles.setPlainText(direction.display_srt(to_srt(build_cues(c.script, load_market(market).script))))

    # ---- product facts -----------------------------------------------------------------------------
    def _show_facts(self, c):
        import json as _json
        k = c.facts.knowledge
        used = {i for s in c.script.scenes for i in s.facts}
        self.type_label.setText(tr("Type") + f": {k.type_id or '?'}  ({c.facts.category})  · " +
                                tr("name on screen") + f": {c.facts.name}")
        self.facts_table.setRowCount(len(k.facts))
        for r, f in enumerate(k.facts):
            val = f.value if not isinstance(f.value, (list, dict)) else _json.dumps(f.value, ensure_ascii=False)
            src = "✎ " + tr("your correction") if f.origin == "user" else (
                f"{f.source.field}: “{f.source.text}”" if f.source else "")
            cells = [f.attr, f"{val}{' ' + f.unit if f.unit else ''}", "✓" if f.id in used else "–", src]
            for col, text in enumerate(cells):
                it = QTableWidgetItem(str(text))
                it.setData(Qt.UserRole, f.id)
                it.setData(Qt.UserRole + 1, (f.attr, f.value))
                self.facts_table.setItem(r, col, it)
        self.unknown_label.setText((tr("Unknown terms") + ": " + ", ".join(k.unknown)) if k.unknown else "")

    def correct_fact(self, correction: dict):
        """Keep a marketer's correction in the project and compose again (every market uses it)."""
        if not self.product_id:
            return
        self.project.correct_fact(self.product_id, correction)
        self.setWindowModified(True)
        self.refresh()

    def remove_selected_fact(self):
        row = self.facts_table.currentRow()
        item = self.facts_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        attr, value = item.data(Qt.UserRole + 1)
        self.correct_fact({"op": "remove", "attr": attr, "value": value})

    def add_fact_from_field(self):
        from toolkit.errors import CtkError
        from toolkit.knowledge import parse_correction
        try:
            corr = parse_correction(self.fact_add.text())
        except CtkError as exc:
            self.show_error(f"{exc} ({exc.hint})" if getattr(exc, "hint", None) else str(exc))
            return
        self.fact_add.clear()
        self.correct_fact(corr)

    # ---- editing --------------------------------------------------------------------------------
    def current_edit(self, field: str):
        return self.project.edits.get(f"{self.market}/{self.product_id}", {}).get(field)

    def edit_field(self, field: str, value: str):
        """Push an undoable edit of a field of the current bundle."""
        old = self.current_edit(field)
        if old == value:
            return
        self.undo.push(EditCommand(self, self.market, self.product_id, field, old, value))

    def edits_changed(self, market: str, product: str):
        self.setWindowModified(True)
        self.edit_made()
        if market == self.market and product == self.product_id:
            self.refresh()

    def _commit_caption(self):
        if self.composed is None or self._filling:
            return
        text = direction.edited_text(self.caption)
        if text != self.composed.caption.text:
            self.edit_field("caption", text)

    def _scene_edited(self, item: QTableWidgetItem):
        if self._filling or item.column() == 0 or self.composed is None:
            return
        idx = self.composed.script.scenes[item.row()].index
        field = f"scene {idx} on-screen text" if item.column() == 1 else f"scene {idx} voice-over"
        self.edit_field(field, item.text())

    def _variant_chosen(self, idx: int):
        """Switch to another scored variant: its lines become edits of this bundle (undoable as one step)."""
        alt = self.variant_box.itemData(idx)
        if not alt or self.composed is None:
            return
        self.undo.beginMacro(tr("Variant"))
        for sc in alt["scenes"]:
            self.edit_field(f"scene {sc['index']} on-screen text", sc["screen"])
            self.edit_field(f"scene {sc['index']} voice-over", sc["voice"])
        self.undo.endMacro()

    # ---- findings ---------------------------------------------------------------------------------
    def _finding_clicked(self, item: QListWidgetItem):
        import re
        f = item.data(Qt.UserRole)
        if f.where == "caption":
            self.caption.setFocus()
            text = self.caption.toPlainText()
            pos = text.lower().find((f.term or "").lower()) if f.term else -1
            tc = self.caption.textCursor()
            if pos >= 0:
                tc.setPosition(pos)
                tc.setPosition(pos + len(f.term), tc.MoveMode.KeepAnchor)
            self.caption.setTextCursor(tc)
        m = re.match(r"scene (\d+) (on-screen text|voice-over)", f.where or "")
        if m and self.composed:
            row = next((r for r, s in enumerate(self.composed.script.scenes) if s.index == int(m.group(1))), None)
            if row is not None:
                self.scenes.setCurrentCell(row, 1 if m.group(2) == "on-screen text" else 2)
                self.scenes.setFocus()
        self._update_fix_button()

    def _update_fix_button(self):
        it = self.findings.currentItem()
        self.fix_btn.setEnabled(bool(it and self._fix_for(it.data(Qt.UserRole))))

    def _fix_for(self, finding):
        from toolkit.markets import load_market
        from toolkit.pipeline import quick_fix
        if self.composed is None:
            return None
        return quick_fix(finding, self.composed, load_market(self.market))

    def apply_fix(self):
        it = self.findings.currentItem()
        fix = self._fix_for(it.data(Qt.UserRole)) if it else None
        if fix:
            self.edit_field(*fix)
