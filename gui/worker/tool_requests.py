"""What the training worker draws for the window's tools with the run's networks: the latent explorer's
images, directions and walks, the discriminator's view of a grid cell, and the sketch pad's translations
and test edges. A part of TrainingWorker (one of its bases), served in its thread like every request."""

from __future__ import annotations

from engine.io.export import write_walk_gif
from gui.i18n import translate
from gui.worker import protocol as p


class ToolRequests:
    """TrainingWorker's methods for the explorer, the discriminator's view and the sketch pad; each does
    nothing when the run's family has not that tool (engine.families.family.Family)."""

    def _discriminator_cell(self, r: p.DiscriminatorCell) -> None:
        """Map D's saliency on another grid cell (of the newest frame)."""
        self._saliency_cell = r.cell
        t = self._trainer
        if t is not None and t.frames and t.info.discriminator_view:
            self.discriminatorReady.emit(t.discriminator_view(r.cell))

    def _render_newest(self) -> None:
        """The newest explorer render or sketch translation, if the run's family draws that kind."""
        t = self._trainer
        if t is None:
            return  # kept until there is a generator to draw with
        render = self._queue.take_render()
        if isinstance(render, p.RenderLatents) and t.info.explorer:
            self.latentRendered.emit(render.token, t.generate(render.latents, render.classes))
        elif isinstance(render, p.Translate) and t.info.sketch:
            if render.sketch.shape == t.dataset.image_shape[:2]:  # else drawn for the run before, of another size:
                self.translationReady.emit(render.token, t.translate(render.sketch)[0])  # the pad asks again

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
