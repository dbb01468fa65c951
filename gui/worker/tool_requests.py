"""What the training worker draws for the window's tools with the run's networks: the latent explorer's
images, directions and walks, the discriminator's view of a grid cell, the sketch pad's translations
and test edges, the melody pad's harmonisations and melodies (with the shipped composer when the run is not
a composer's), and the style tab's transfers (painted a few steps at a time between training's). A part of
TrainingWorker (one of its bases), served in its thread like every request."""

from __future__ import annotations

import time
from pathlib import Path

from engine.config import TrainConfig
from engine.io.data import load_for_run
from engine.io.export import write_walk_gif
from engine.io.score import MELODY
from engine.io.score_files import DEFAULT_TEMPO, read_melody
from gui.i18n import translate
from gui.worker import protocol as p

PAINT_SECONDS = 0.15  # of style transfer between the loop's turns: the window's requests wait no longer
STYLE_PROGRESS_SECONDS = 0.3  # between the pictures sent to the style tab


class ToolRequests:
    """TrainingWorker's methods for the explorer, the discriminator's view and the sketch and melody pads; each
    does nothing when the run's family has not that tool (engine.families.family.Family)."""

    def _discriminator_cell(self, r: p.DiscriminatorCell) -> None:
        """Map D's saliency on another grid cell (of the newest frame)."""
        self._saliency_cell = r.cell
        t = self._trainer
        if t is not None and t.frames and t.info.discriminator_view:
            self.discriminatorReady.emit(t.discriminator_view(r.cell))

    def _renderable(self) -> tuple[type, ...]:
        """The kinds of render served now: a melody's harmonisation always (by the shipped composer when the run
        is not a composer's), the others once there is a generator (a family without that tool drops them)."""
        return (p.Harmonise, p.RenderLatents, p.Translate) if self._trainer is not None else (p.Harmonise,)

    def _render_newest(self) -> None:
        """The newest explorer render, sketch translation and harmonisation waiting, each if the run's family draws
        that kind."""
        t = self._trainer
        for render in self._queue.take_renders(self._renderable()):
            if isinstance(render, p.Harmonise):
                composer = self._composer()
                shipped = composer.shipped is not None
                self.harmonised.emit(p.Harmonised(render.token, composer.harmonise_melody(render.melody, render.seed),
                                                  composer.shipped.card.get("iterations", 0) if shipped
                                                  else composer.iteration, shipped))
            elif isinstance(render, p.RenderLatents) and t.info.explorer:
                self.latentRendered.emit(render.token, t.generate(render.latents, render.classes))
            elif isinstance(render, p.Translate) and t.info.sketch:
                if render.sketch.shape == t.dataset.image_shape[:2]:  # else drawn for the run before, of another
                    self.translationReady.emit(render.token, t.translate(render.sketch)[0])  # size: the pad asks again

    def _composer(self):
        """The run's trainer when it is a composer's, else the shipped composer (engine.io.shipped), built once at
        the melody pad's first request (a few seconds: the chorales, the networks, a traced harmonise).

        Raises:
            engine.io.shipped.ShippedError: its file is missing or damaged.
        """
        if self._trainer is not None and self._trainer.info.melody_pad:
            return self._trainer
        if self._shipped_composer is None:
            from engine.io.shipped import SHIPPED_COMPOSER

            config = TrainConfig().replace(family="composer")
            self._shipped_composer = self._Trainer.from_shipped(load_for_run(config.run), SHIPPED_COMPOSER)
        return self._shipped_composer

    def _held_out_melody(self, r: p.HeldOutMelody) -> None:
        held_out = self._composer().dataset.test_images
        index = r.index % len(held_out)
        self.melodyLoaded.emit(p.LoadedMelody(held_out[index, :, MELODY], "", [], DEFAULT_TEMPO, index=index,
                                              count=len(held_out)))

    def _open_melody(self, r: p.OpenMelody) -> None:
        melody = read_melody(r.path)
        self.melodyLoaded.emit(p.LoadedMelody(melody.pitches, Path(r.path).name, melody.notes, melody.tempo,
                                              melody.beats_per_bar, melody.beat_unit))

    def _test_edges(self, r: p.TestEdges) -> None:
        if self._trainer is not None and self._trainer.info.sketch:
            self.testEdgesReady.emit(self._trainer.test_edges(r.index))

    def _directions(self, r: p.Directions) -> None:
        if self._trainer is not None and self._trainer.info.explorer:
            self.directionsReady.emit(self._trainer.latent_directions(r.count, r.samples, r.cls))

    def _walk(self, r: p.Walk) -> None:
        if self._trainer is None or not self._trainer.info.explorer:
            raise ValueError(translate("Worker", "There is no generator to walk yet."))
        count = write_walk_gif(r.path, self._trainer.generate(r.latents, r.classes), r.labels, r.frame_ms, r.scale)
        self.exported.emit(r.path, count)

    def _stylize(self, r: p.Stylize) -> None:
        """Read the two pictures (a bad one: the failure's message says which and why) and start painting."""
        from engine.style.pictures import read_pictures
        from engine.style.transfer import Stylization

        self._stylization = None  # a new transfer replaces the one under way, also when its pictures are bad
        content, style = read_pictures(r.content, r.style, r.config)
        self._stylization, self._style_request = Stylization(content, style, r.config), r
        self._style_started = time.monotonic()
        self._style_shown = 0.0
        self._send_style(finished=False)

    def _stop_stylize(self, r: p.StopStylize) -> None:
        if self._stylization is not None:
            self._send_style(finished=True)
            self._stylization = None

    def _paint(self) -> None:
        """Steps of the transfer under way for about PAINT_SECONDS (then the loop serves the window and trains),
        the picture sent at most every STYLE_PROGRESS_SECONDS and when it is done. A failing step ends it."""
        transfer, self._stylization = self._stylization, None
        until = time.monotonic() + PAINT_SECONDS
        while not transfer.finished and time.monotonic() < until:
            transfer.step()
        self._stylization = transfer
        if transfer.finished or time.monotonic() - self._style_shown >= STYLE_PROGRESS_SECONDS:
            self._send_style(finished=transfer.finished)
        if transfer.finished:
            self._stylization = None

    def _send_style(self, finished: bool) -> None:
        transfer, now = self._stylization, time.monotonic()
        self._style_shown = now
        progress = transfer.progress
        self.styleProgress.emit(p.Stylized(self._style_request.token, transfer.picture(), progress.step,
                                           progress.steps, progress.scale, progress.scales,
                                           now - self._style_started, finished))
