"""The toolbar's settings (markets, date, festival per market, style, brand kit) and the tabs they drive; one
settings resolution with the CLI (toolkit/settings.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ..i18n import tr


class SettingsMixin:
    # ---- settings ---------------------------------------------------------------------------------
    def ask_brand_kit(self):
        path, _ = QFileDialog.getOpenFileName(self, tr("Brand kit…"), "", "Brand kits (*.toml)")
        self.set_brand_kit(path or None)

    def set_brand_kit(self, path: str | None):
        """Use a brand kit (logo, colours, font); a broken file is shown as the CLI's message."""
        from toolkit.errors import CtkError
        from toolkit.style import load_style
        try:
            if path:
                load_style(self.style_box.currentData() or "clean", path)
        except CtkError as exc:
            self.show_error(str(exc))
            return
        self.project.brand_kit = path
        self.act_kit.setText(tr("Brand kit…") + (f" ({Path(path).stem})" if path else ""))
        self.refresh()

    def _sync_settings_to_project(self):
        checked = [c for c, a in self.market_actions.items() if a.isChecked()]
        kept = [c for c in self.project.markets if c in checked]          # keep the tab order
        self.project.markets = (kept + [c for c in checked if c not in kept]) or ["us"]
        self.project.campaign_date = self.date_edit.date().toString("yyyy-MM-dd")
        self.project.sponsored = self.sponsored_box.isChecked()
        self.project.style = self.style_box.currentData() or "clean"
        # the festival is chosen per market: the box lists the current market's calendar
        fid = self.festival_box.currentData() or "auto"
        fest = self.project.festival if isinstance(self.project.festival, dict) else \
            {"*": self.project.festival} if self.project.festival not in ("auto", None) else {}
        if fid == "auto":
            fest.pop(self.market, None)
        else:
            fest[self.market] = fid
        self.project.festival = fest or "auto"
        vid = self.voice_box.currentData() or "auto"
        voice = dict(self.project.voice) if isinstance(self.project.voice, dict) else \
            {"*": self.project.voice} if self.project.voice not in ("auto", None) else {}
        if vid == "auto":
            voice.pop(self.market, None)
        else:
            voice[self.market] = vid
        self.project.voice = voice or None

    def options(self, markets=None, video=True):
        """The same settings `ctk render project.ctkproj` resolves (toolkit/settings.py), for this door."""
        from toolkit.settings import resolve
        self._sync_settings_to_project()
        explicit = {"video": video}
        if markets:
            explicit["markets"] = list(markets)
        if not self.project.path:             # an unsaved project's folders are the editor's own
            explicit["out"] = self.project.out_path()
        return resolve(explicit, self.project)

    def _markets_changed(self, *_):
        self._sync_settings_to_project()
        self._rebuild_tabs()
        self._fit_follow()

    def _settings_changed(self, *_):
        self.refresh()
        self._fit_follow()

    def _fit_follow(self):
        """The market fit view, when shown, follows the campaign date, the markets and the settings."""
        if getattr(self, "views", None) is not None and self.views.currentIndex() == 2:
            self.refresh_fit()

    def _rebuild_tabs(self):
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for code in self.project.markets:
            self.tabs.addTab(code)
        idx = self.project.markets.index(self.market) if self.market in self.project.markets else 0
        self.market = self.project.markets[idx]
        self.tabs.setCurrentIndex(idx)
        self.tabs.blockSignals(False)
        self._fill_festivals()
        self._fill_voices()
        self.refresh()

    def _fill_festivals(self):
        from toolkit import festivals
        self.festival_box.blockSignals(True)
        f = self.project.festival
        current = f.get(self.market, f.get("*", "auto")) if isinstance(f, dict) else f
        self.festival_box.clear()
        self.festival_box.addItem(tr("auto"), "auto")
        self.festival_box.addItem(tr("none"), "none")
        day = dt.date.fromisoformat(self.date_edit.date().toString("yyyy-MM-dd"))
        try:
            occs = festivals.occurrences(self.market, day, day + dt.timedelta(days=200))
        except Exception:  # noqa: BLE001 - a broken calendar file shows up in the findings instead
            occs = []
        seen = set()
        for o in occs:
            if o.id not in seen:
                seen.add(o.id)
                self.festival_box.addItem(f"{o.name} ({o.start})", o.id)
        i = self.festival_box.findData(current)
        self.festival_box.setCurrentIndex(max(0, i))
        self.festival_box.blockSignals(False)

    def _fill_voices(self):
        """The current market's voice: auto, none, draft, and the installed voices of its language."""
        from toolkit.markets import load_market
        from toolkit.voice.registry import choice_for, load_voices
        self.voice_box.blockSignals(True)
        current = choice_for(self.project.voice, self.market)
        self.voice_box.clear()
        for label, data in ((tr("auto"), "auto"), (tr("none"), "none"), (tr("draft (eSpeak NG)"), "draft")):
            self.voice_box.addItem(label, data)
        try:
            lang = load_market(self.market).language.split("-")[0]
            for e in load_voices():
                if e.language.split("-")[0] == lang:
                    self.voice_box.addItem(f"{e.name} ({e.kind})", e.name)
        except Exception as exc:  # noqa: BLE001 - a broken voices.json is shown, the box keeps the built-ins
            self.show_error(str(exc))
        self.voice_box.setCurrentIndex(max(0, self.voice_box.findData(current)))
        self.voice_box.blockSignals(False)

    def play_line(self):
        """Say the selected scene's voice-over line with the market's voice (the draft voice when the market's
        choice is auto without a natural voice, or none) and open the WAV in the system's player."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from toolkit.errors import CtkError
        from toolkit.markets import load_market
        from toolkit.voice.normalize import normalize
        from toolkit.voice.registry import pick
        from toolkit.voice.track import clip
        row = max(0, self.scenes.currentRow())
        item = self.scenes.item(row, 2)
        if item is None or not item.text().strip():
            return
        self._sync_settings_to_project()
        try:
            m = load_market(self.market)
            v = pick(self.project.voice or "auto", m) or pick("draft", m)
            path, secs = clip(v, normalize(item.text(), m))
        except CtkError as exc:
            self.show_error(str(exc))
            return
        self.last_line_audio = path
        self.statusBar().showMessage(tr("Play line") + f": {v.label()}, {secs:.1f} s")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def select_market(self, code: str):
        if code in self.project.markets:
            self.tabs.setCurrentIndex(self.project.markets.index(code))

    def _tab_changed(self, idx: int):
        if 0 <= idx < len(self.project.markets):
            self.market = self.project.markets[idx]
            self._fill_festivals()
            self._fill_voices()
            self.refresh()
            if self.views.currentIndex() == 3:         # the results view follows the market
                self.refresh_results()

    def _product_selected(self, item, _prev=None):
        self.product_id = item.data(Qt.UserRole) if item else None
        self.refresh()
        if self.views.currentIndex() == 1:
            self.refresh_grid()
        elif self.views.currentIndex() == 3:           # and the product
            self.refresh_results()

    def _filter_products(self, *_):
        q = self.search.text().strip().lower()
        only = self.only_problems.isChecked()
        for i in range(self.product_list.count()):
            it = self.product_list.item(i)
            pid = it.data(Qt.UserRole)
            p = next((x for x in (self.catalog.products if self.catalog else []) if x.id == pid), None)
            text_ok = not q or q in it.text().lower() or q in pid
            probs = sum(n for (m, k), n in self.problem_counts.items() if k == pid)
            prob_ok = not only or (p is not None and (any(f.severity != "info" for f in p.findings) or probs > 0))
            it.setHidden(not (text_ok and prob_ok))
