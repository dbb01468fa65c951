"""The latent explorer driven as a user would (clicks, keys), against the real generator of a small run."""

from __future__ import annotations

import imageio.v3 as iio
import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QSlider, QSpinBox
from qt_helpers import WAIT, click

from engine.config import ExplorerConfig
from engine.families.dcgan.latents import latent_for_seed
from engine.io.images import cell_at
from gui.worker.protocol import State

EXPLORER = ExplorerConfig(pca_samples=512, walk_frames=10, image_scale=4)


def trained_window(qtbot, make_window, steps: int = 5):
    """A paused run `steps` iterations in (a grid frame at the current iteration), explorer tab open."""
    window = make_window(explorer=EXPLORER)
    click(qtbot, window, "stepButton")  # a new run, one iteration, paused
    qtbot.waitUntil(lambda: window.iteration == 1 and window.state == State.PAUSED, timeout=WAIT)
    for n in range(2, steps + 1):
        click(qtbot, window, "stepButton")
        qtbot.waitUntil(lambda n=n: window.iteration == n, timeout=WAIT)
    qtbot.waitUntil(lambda: window.samples.frames[-1].iteration == steps, timeout=WAIT)
    window.tabs.setCurrentWidget(window.explorer)
    settled(qtbot, window.explorer)
    return window


def settled(qtbot, panel) -> None:
    """Wait until the newest render is on screen and no direction computation is outstanding."""
    qtbot.waitUntil(lambda: panel.shown_token == panel.token and panel.pca is not None
                    and not panel.computing, timeout=WAIT)


def image(qtbot, panel) -> np.ndarray:
    settled(qtbot, panel)
    return panel.image.array().copy()


def type_number(qtbot, box: QSpinBox, value: int) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def click_grid_cell(qtbot, window, cell: int, button=Qt.MouseButton.LeftButton) -> None:
    grid = window.samples.grid
    rect, (h, w) = grid.image_rect(), grid.array().shape
    # The centre of the cell in image pixels, found by scanning with the same function the grid uses.
    pixels = [(x, y) for y in range(h) for x in range(w) if cell_at(x, y, 16) == cell]
    x, y = np.mean(pixels, axis=0) + 0.5
    qtbot.mouseClick(grid, button, pos=QPoint(int(rect.x() + x * rect.width() / w),
                                                int(rect.y() + y * rect.height() / h)))


def test_objectnames(qtbot, make_window):
    window = make_window(explorer=EXPLORER)
    for name in ("latentPanel", "latentImage", "seedBox", "interpolationSlider",
                 *(f"latentSlider{k}" for k in range(EXPLORER.directions))):
        assert window.findChild(object, name) is not None, name
    assert window.findChild(QSlider, f"latentSlider{EXPLORER.directions}") is None
    assert not window.explorer.isEnabled()  # nothing to explore before a run exists


def test_a_clicked_grid_cell_shows_that_seed_and_the_same_seed_gives_the_same_image(qtbot, make_window):
    window = trained_window(qtbot, make_window)
    panel = window.explorer
    window.tabs.setCurrentIndex(0)
    click_grid_cell(qtbot, window, 7)
    assert window.tabs.currentWidget() is panel and panel.seed_box.value() == 7
    seven = image(qtbot, panel)
    assert np.array_equal(panel.latent(), latent_for_seed(7, 100))
    # The grid rendered cell 7 from the same latent at this iteration (in a batch of 16, not of 8:
    # the float sums may differ in the last bit, so one grey level of rounding is allowed).
    grid_cell = window.samples.frames[-1].images[7].astype(int)
    assert np.abs(seven.astype(int) - grid_cell).max() <= 1

    type_number(qtbot, panel.seed_box, 12345)
    assert panel.seed_box.value() == 12345
    other = image(qtbot, panel)
    assert not np.array_equal(other, seven)
    type_number(qtbot, panel.seed_box, 7)
    assert np.array_equal(image(qtbot, panel), seven)

    click(qtbot, panel, "randomSeedButton")
    assert panel.seed_box.value() != 7
    assert np.array_equal(panel.latent(), latent_for_seed(panel.seed_box.value(), 100))


def test_moving_a_slider_changes_the_image_and_moving_it_back_restores_it(qtbot, make_window):
    window = trained_window(qtbot, make_window)
    panel = window.explorer
    before = image(qtbot, panel)
    for k in (0, 3):
        slider = panel.findChild(QSlider, f"latentSlider{k}")
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
        assert panel.amounts[k] == 2 * slider.pageStep() / 1000 * EXPLORER.slider_range
        moved = image(qtbot, panel)
        # Five iterations in, images are still mostly grey: count changed pixels, not grey levels.
        assert np.count_nonzero(moved != before) >= 20, f"PC{k + 1} did not change the image"
        assert np.allclose(panel.latent() - latent_for_seed(0, 100),
                           panel.amounts[k] * panel.directions.vectors[k], atol=1e-6)
        qtbot.keyClick(slider, Qt.Key.Key_PageDown)
        qtbot.keyClick(slider, Qt.Key.Key_PageDown)
        assert np.array_equal(image(qtbot, panel), before)

    panel.sliders[1].setValue(700)
    assert not np.array_equal(image(qtbot, panel), before)
    click(qtbot, panel, "resetLatentButton")
    assert np.array_equal(image(qtbot, panel), before) and not panel.amounts.any()


def test_directions_are_orthonormal_variance_ordered_and_follow_the_generator(qtbot, make_window):
    window = trained_window(qtbot, make_window)
    panel = window.explorer
    directions = panel.directions
    assert directions.iteration == 5 and len(directions) == EXPLORER.directions
    assert np.allclose(directions.vectors @ directions.vectors.T, np.eye(EXPLORER.directions), atol=1e-5)
    assert np.all(np.diff(directions.explained) <= 0)
    assert panel.slider_names[0].text().startswith("PC1") and "%" in panel.slider_names[0].text()

    click(qtbot, window, "stepButton")  # the generator changes: the directions are now stale
    qtbot.waitUntil(lambda: window.iteration == 6, timeout=WAIT)
    assert "since" in panel.directions_status.text()
    click(qtbot, panel, "recomputeDirectionsButton")
    qtbot.waitUntil(lambda: panel.pca is not None and panel.pca.iteration == 6, timeout=WAIT)
    assert "since" not in panel.directions_status.text()
    assert not np.array_equal(panel.pca.vectors, directions.vectors)

    qtbot.mouseClick(panel.findChild(QCheckBox, "rawCoordinatesToggle"), Qt.MouseButton.LeftButton)
    assert panel.directions.raw and panel.slider_names[2].text() == "z[2]"
    panel.sliders[2].setValue(500)
    assert np.allclose(panel.latent() - latent_for_seed(0, 100), 0.5 * EXPLORER.slider_range * np.eye(100)[2])

    type_number(qtbot, panel.findChild(QSpinBox, "directionCountBox"), 3)
    assert len(panel.sliders) == 3 and panel.findChild(QSlider, "latentSlider3") is None


def test_interpolation_ends_on_the_two_chosen_latents(qtbot, make_window):
    window = trained_window(qtbot, make_window)
    panel = window.explorer
    click_grid_cell(qtbot, window, 2)
    click_grid_cell(qtbot, window, 9, Qt.MouseButton.RightButton)
    assert (panel.seed_box.value(), panel.seed_box_b.value()) == (2, 9)
    a = image(qtbot, panel)
    assert np.array_equal(panel.latent(), latent_for_seed(2, 100))

    slider = panel.findChild(QSlider, "interpolationSlider")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert np.array_equal(panel.latent(), latent_for_seed(9, 100))
    b = image(qtbot, panel)
    slider.setValue(500)
    middle = image(qtbot, panel)
    assert not np.array_equal(middle, a) and not np.array_equal(middle, b)

    slider.setValue(0)
    assert np.array_equal(image(qtbot, panel), a)
    type_number(qtbot, panel.seed_box, 9)  # A = 9 shows exactly what the walk's far end showed
    assert np.array_equal(image(qtbot, panel), b)


def test_moves_faster_than_renders_are_coalesced_and_the_last_one_wins(qtbot, make_window):
    window = trained_window(qtbot, make_window)
    panel = window.explorer
    renders = []
    window.worker.latentRendered.connect(lambda token, images: renders.append(token))
    slider = panel.sliders[0]
    for value in range(0, 1000, 20):  # 50 moves with no event processing in between: a fast drag
        slider.setValue(value)
    final = panel.token
    qtbot.waitUntil(lambda: panel.shown_token == final, timeout=WAIT)
    # The counting lambda is called in its own turn (not necessarily before the panel's slot).
    qtbot.waitUntil(lambda: bool(renders) and renders[-1] == final, timeout=WAIT)
    assert len(renders) < 25
    last = panel.image.array().copy()
    slider.setValue(0)
    image(qtbot, panel)
    slider.setValue(980)
    assert np.array_equal(image(qtbot, panel), last)


def test_png_and_walk_gifs_have_the_expected_frames(qtbot, make_window, answers, tmp_path):
    state, asked = answers
    window = trained_window(qtbot, make_window)
    panel = window.explorer

    state["save"] = str(tmp_path / "latent")  # the suffix is added
    click(qtbot, panel, "latentPngButton")
    png = iio.imread(tmp_path / "latent.png")
    assert png.shape == (28 * 4, 28 * 4) and np.array_equal(png[::4, ::4], panel.image.array())

    for choice, name in ((0, "interpolation.gif"), (1, "sweep.gif")):
        panel.walk_choice.setCurrentIndex(choice)
        state["save"] = str(tmp_path / name)
        with qtbot.waitSignal(window.worker.exported, timeout=WAIT) as done:
            click(qtbot, panel, "latentWalkButton")
        assert done.args == [state["save"], EXPLORER.walk_frames]
        frames = iio.imread(tmp_path / name, index=None)
        assert frames.shape[0] == EXPLORER.walk_frames and frames.shape[2] == 28 * 4
        assert not np.array_equal(frames[0], frames[-1])
    assert not asked["critical"]

    state["save"] = str(tmp_path / "no-such-folder" / "x.png")
    click(qtbot, panel, "latentPngButton")
    assert asked["critical"] and asked["critical"][-1][0] == "Could not save the image"
