"""The render queue: bundles rendered in the background through the same core as `ctk render`."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QProgressBar, QWidget

from ..i18n import tr
from ..workers import Job


class RenderMixin:
    # ---- rendering --------------------------------------------------------------------------------
    def render_current(self):
        p = self.product()
        if p is None:
            return None
        return self._render([p], [self.market], f"{self.market}/{p.id}")

    def render_all(self):
        if self.catalog:
            self._render(list(self.catalog.products), list(self.project.markets),
                         f"{len(self.catalog.products)} × {len(self.project.markets)}")

    def _render(self, products, markets, label):
        import copy

        from toolkit.pipeline import render_catalog
        cat = copy.copy(self.catalog)
        cat.products = products
        opts = self.options(markets=markets, video=True)
        job = Job(render_catalog, str(cat.path), opts, catalog=cat, wants_progress=True)
        item = QListWidgetItem(f"{label} · " + tr("Rendering…"))
        bar = QProgressBar(maximum=0)
        self.queue.addItem(item)
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(160, 0, 4, 0)
        hl.addWidget(bar)
        item.setSizeHint(holder.sizeHint())
        self.queue.setItemWidget(item, holder)
        # the bar says which bundle and which step is running ("de/p1 · voice-over")
        job.signals.progress.connect(lambda d, t, m: (bar.setMaximum(max(1, t)), bar.setValue(d),
                                                      bar.setFormat(f"%v/%m · {m}")))
        job.signals.done.connect(lambda res: self._render_done(job, item, bar, res))
        job.signals.failed.connect(lambda msg: self._render_failed(job, item, bar, msg))
        self.jobs.append(job)
        self.cancel_btn.setEnabled(True)
        self._start(job)
        return job

    def _render_done(self, job, item, bar, result):
        bar.setMaximum(1)
        bar.setValue(1)
        counts = {}
        for b in result.bundles:
            counts[b.status] = counts.get(b.status, 0) + 1
        item.setText(item.text().split(" · ")[0] + " · " + tr("Done") + " " +
                     ", ".join(f"{v} {k}" for k, v in counts.items()))
        self.last_output = result.manifest_path.parent
        self.open_btn.setEnabled(True)
        self.load_video()                 # the player shows the current bundle's video once it is rendered
        self._job_ended(job)
        self.render_finished.emit("done")

    def _render_failed(self, job, item, bar, msg):
        bar.setMaximum(1)
        item.setText(item.text().split(" · ")[0] + " · " + (tr("Cancelled") if msg == "cancelled" else tr("Failed")))
        self._job_ended(job)
        if msg != "cancelled":
            self.show_error(msg)
        self.render_finished.emit(msg)

    def _job_ended(self, job):
        if job in self.jobs:
            self.jobs.remove(job)
        self.cancel_btn.setEnabled(bool(self.jobs))

    def cancel_render(self):
        for job in list(self.jobs):
            job.cancel()

    def open_output(self):
        folder = getattr(self, "last_output", None)
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
