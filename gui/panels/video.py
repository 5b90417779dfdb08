"""The video preview: the bundle's rendered video.mp4 played with its subtitles.srt (QMediaPlayer + QVideoWidget,
from PySide6-Addons), a jump to a scene from the scene table, and a background render of the current bundle after
an edit, in the render queue (so the queue's Cancel stops it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import (QCheckBox, QDockWidget, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout,
                               QWidget)

from .. import direction
from ..i18n import tr

try:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget
    MULTIMEDIA = True
except ImportError:          # PySide6-Essentials alone: the panel says what to install
    MULTIMEDIA = False

_TIME = re.compile(r"(\d+):(\d+):(\d+)[,.](\d+) --> (\d+):(\d+):(\d+)[,.](\d+)")


def parse_srt(text: str) -> list[tuple[int, int, str]]:
    """(start ms, end ms, text) per cue."""
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        for i, ln in enumerate(lines):
            m = _TIME.match(ln.strip())
            if m:
                g = [int(x) for x in m.groups()]
                start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
                end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
                cues.append((start, end, "\n".join(lines[i + 1:])))
                break
    return cues


def scene_starts(bundle: Path) -> list[int]:
    """Each scene's start in the rendered video (ms), from the bundle's script.json (the voice-over may have
    lengthened scenes, so the editor's estimate is not used)."""
    doc = json.loads((bundle / "script.json").read_text("utf-8"))
    t, out = 0.0, []
    for sc in doc.get("scenes", []):
        out.append(int(round(t * 1000)))
        t += float(sc.get("duration", 0))
    return out


class VideoMixin:
    def _init_video(self):
        self.video_path: Path | None = None
        self.video_cues: list[tuple[int, int, str]] = []
        self.video_scene_starts: list[int] = []
        self._video_job = None
        self.player = None
        if MULTIMEDIA:
            self.player = QMediaPlayer(self)
            self.audio = None                   # made on the first play: no audio device is opened before
            self.player.positionChanged.connect(self._video_position)
            self.player.mediaStatusChanged.connect(self._video_status)
        self.video_timer = QTimer(self, singleShot=True, interval=1500)
        self.video_timer.timeout.connect(self.render_video_preview)

    def _build_video_dock(self):
        w = QWidget()
        v = QVBoxLayout(w)
        if MULTIMEDIA:
            self.video_widget = QVideoWidget()
            self.video_widget.setMinimumSize(180, 320)
            self.video_widget.setAccessibleName(tr("Video"))
            self.player.setVideoOutput(self.video_widget)
            v.addWidget(self.video_widget, 1)
        else:
            self.video_widget = None
            v.addWidget(QLabel(tr("Video preview needs Qt Multimedia: pip install PySide6-Addons"), wordWrap=True))
        self.video_sub = QLabel("", objectName="video-subtitle", wordWrap=True)
        self.video_sub.setAccessibleName(tr("Subtitles"))
        self.video_sub.setMinimumHeight(48)
        v.addWidget(self.video_sub)
        row = QHBoxLayout()
        self.video_play_btn = QPushButton(tr("Play"), objectName="video-play", enabled=False,
                                          clicked=self.toggle_play)
        self.video_play_btn.setAccessibleName(tr("Play video"))
        self.video_slider = QSlider(Qt.Horizontal)
        self.video_slider.setAccessibleName(tr("Position"))
        self.video_slider.sliderMoved.connect(lambda ms: self.player and self.player.setPosition(ms))
        row.addWidget(self.video_play_btn)
        row.addWidget(self.video_slider, 1)
        v.addLayout(row)
        self.jump_btn = QPushButton(tr("Jump to scene"), objectName="jump-scene", clicked=self.jump_to_current_scene)
        self.jump_btn.setAccessibleName(tr("Jump to scene"))
        v.addWidget(self.jump_btn)
        self.auto_video = QCheckBox(tr("Render the video after each edit"), objectName="auto-video")
        self.auto_video.setAccessibleName(tr("Render the video after each edit"))
        v.addWidget(self.auto_video)
        self.video_state = QLabel(tr("No video rendered yet"), wordWrap=True)
        v.addWidget(self.video_state)
        self.scenes.cellDoubleClicked.connect(lambda r, _c: self.seek_scene(r))
        self.video_dock = QDockWidget(tr("Video"), self, objectName="video-dock")
        self.video_dock.setWidget(w)
        return self.video_dock

    # ---- loading and playing --------------------------------------------------------------------
    def bundle_folder(self) -> Path | None:
        if not self.product_id:
            return None
        return Path(self.options(markets=[self.market], video=True).out) / self.market / self.product_id

    def load_video(self, folder: Path | None = None) -> bool:
        """Load the bundle's video.mp4 and subtitles.srt (the current bundle's, unless a folder is given)."""
        folder = folder or self.bundle_folder()
        mp4 = folder / "video.mp4" if folder else None
        if not mp4 or not mp4.exists():
            self.video_state.setText(tr("No video rendered yet"))
            return False
        self.video_path = mp4
        srt = folder / "subtitles.srt"
        self.video_cues = parse_srt(srt.read_text("utf-8")) if srt.exists() else []
        self.video_scene_starts = scene_starts(folder) if (folder / "script.json").exists() else []
        direction.apply(self.video_sub, self.market)
        self.video_sub.setAlignment(direction.alignment(self.market))
        self.video_state.setText(f"{self.market}/{self.product_id}: {mp4}")
        self.video_play_btn.setEnabled(self.player is not None)
        if self.player is not None:
            self.player.setSource(QUrl())                 # a re-rendered file at the same path is loaded afresh
            self.player.setSource(QUrl.fromLocalFile(str(mp4)))
        return True

    def _video_status(self, status):
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self.video_slider.setMaximum(int(self.player.duration()))
            self.video_loaded.emit(str(self.video_path))

    def _video_position(self, ms: int):
        self.video_slider.blockSignals(True)
        self.video_slider.setValue(ms)
        self.video_slider.blockSignals(False)
        text = next((t for s, e, t in self.video_cues if s <= ms < e), "")
        self.video_sub.setText(direction.display(text))

    def toggle_play(self):
        if self.player is None or self.video_path is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
            self.video_play_btn.setText(tr("Play"))
        else:
            if self.audio is None:
                self.audio = QAudioOutput(self)
                self.player.setAudioOutput(self.audio)
            self.player.play()
            self.video_play_btn.setText(tr("Pause"))

    def stop_video(self):
        if self.player is not None:
            self.player.stop()

    def seek_scene(self, row: int) -> int | None:
        """Jump the player to a scene of the table (its start in the rendered video); the cue shows at once."""
        if not self.video_scene_starts or not 0 <= row < len(self.video_scene_starts):
            return None
        ms = self.video_scene_starts[row] + 1
        if self.player is not None:
            self.player.setPosition(ms)
        self._video_position(ms)
        self.video_dock.raise_()
        return ms

    def jump_to_current_scene(self):
        self.seek_scene(max(0, self.scenes.currentRow()))

    # ---- background render after an edit ----------------------------------------------------------
    def edit_made(self):
        """Called after an edit: with 'render after each edit' on, render this bundle's video shortly after."""
        if self.auto_video.isChecked():
            self.video_timer.start()

    def render_video_preview(self):
        """Render the current bundle (video included) in the queue; a newer request cancels an older one."""
        if self._video_job is not None:
            self._video_job.cancel()
        job = self.render_current()
        if job is None:
            return None
        self._video_job = job
        job.signals.done.connect(lambda *_: self._video_rendered(job))
        return job

    def _video_rendered(self, job):
        if self._video_job is job:          # the queue's done handler has loaded the new video already
            self._video_job = None
