"""Style transfer (engine.style): real transfers of the shipped example pictures, each method's steps, the
scales, bad pictures and writes, the command line, and the window's tab clicked as a user would."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from conftest import ROOT, run_main
from engine.config.fields import ConfigError
from engine.style.pictures import StylePictureError, read_pictures, write_picture
from engine.style.settings import METHODS, StyleConfig

EXAMPLES = ROOT / "resources" / "style"
CONTENT, STYLE = EXAMPLES / "chelsea.jpg", EXAMPLES / "swirls.jpg"


def blur(picture: np.ndarray, factor: int = 8) -> np.ndarray:
    h, w = (s // factor * factor for s in picture.shape[:2])
    return picture[:h, :w].astype(np.float64).reshape(h // factor, factor, w // factor, factor, 3).mean(axis=(1, 3))


def colour_distance(a: np.ndarray, b: np.ndarray, bins: int = 8) -> float:
    """Total variation between the two pictures' 8x8x8 colour histograms: 0 the same palette, 1 disjoint."""
    def histogram(p):
        counts = np.histogramdd(p.reshape(-1, 3), bins=bins, range=[(0, 256)] * 3)[0]
        return counts / counts.sum()
    return 0.5 * float(np.abs(histogram(a) - histogram(b)).sum())


def test_the_default_method_paints_the_style_and_keeps_the_content():
    from engine.style.transfer import Stylization

    config = StyleConfig(size=96, steps=120)
    content, style = read_pictures(CONTENT, STYLE, config)
    assert content.shape == (64, 96, 3) and max(style.shape[:2]) == 96
    transfer = Stylization(content, style, config)
    seen = []
    result = transfer.run(seen.append)
    assert [p.step for p in seen] == list(range(1, 121)) and seen[-1].scale == seen[-1].scales == len(transfer.scales)
    assert result.shape == content.shape and result.dtype == np.uint8
    # The palette is the style's: a tabby cat's browns become night blues and yellows.
    assert colour_distance(result, style) < 0.5 * colour_distance(content, style)
    # The forms are the content's: the blurred result follows the blurred cat (its eyes, nose, fur's shading)
    # far more than a mirrored cat (the same palette and forms, elsewhere).
    lum = [blur(p).mean(axis=-1).ravel() for p in (result, content, content[:, ::-1])]
    kept, mirrored = np.corrcoef(lum[0], lum[1])[0, 1], np.corrcoef(lum[0], lum[2])[0, 1]
    assert kept > 0.5 and kept > mirrored + 0.3, (kept, mirrored)


@pytest.mark.parametrize("method", METHODS)
def test_every_method_paints_finite_pictures(method):
    from engine.style.transfer import Stylization

    config = StyleConfig(method=method, size=64, steps=12, seed=3)
    content, style = read_pictures(CONTENT, STYLE, config)
    transfer = Stylization(content, style, config)
    result = transfer.run()
    assert np.isfinite(transfer.progress.loss) and result.shape == content.shape
    assert np.abs(result.astype(int) - content).mean() > 1.0  # it painted something


@pytest.mark.parametrize("method", METHODS)
def test_a_thin_style_leaves_every_method_room(method, tmp_path):
    """A style 40 times wider than high is 6 px high at size 256; its scales never go below the method's window."""
    from engine.style.transfer import Stylization

    Image.fromarray(np.asarray(Image.open(STYLE).convert("RGB"))[:12]).save(tmp_path / "strip.png")
    config = StyleConfig(method=method, size=96, steps=10)
    content, style = read_pictures(CONTENT, tmp_path / "strip.png", config)
    assert style.shape[0] < 9
    assert np.isfinite(Stylization(content, style, config).run().astype(float)).all()


def test_the_registry_serves_every_declared_method():
    from engine.style.methods import REGISTRY
    from engine.style.objective import Method

    assert list(REGISTRY) == list(METHODS) and all(issubclass(cls, Method) for cls in REGISTRY.values())


def test_scales_run_coarse_to_fine_ending_at_the_picture():
    from engine.style.transfer import scales

    assert scales(170, 256, 64) == [(72, 108), (96, 144), (128, 192), (170, 256)]
    assert scales(40, 300, 64) == [(40, 300)]  # narrower than the coarsest: one scale


def test_strength_zero_keeps_the_content_closer_than_strength_one():
    from engine.style.transfer import Stylization

    results = {}
    for strength in (0.0, 1.0):
        config = StyleConfig(size=64, steps=40, strength=strength)
        content, style = read_pictures(CONTENT, STYLE, config)
        results[strength] = Stylization(content, style, config).run()
    far = [np.abs(blur(results[s], 4) - blur(content, 4)).mean() for s in (0.0, 1.0)]
    assert far[0] < 0.7 * far[1], far


def test_bad_pictures_say_which_and_why(tmp_path):
    config = StyleConfig()
    (tmp_path / "notes.png").write_text("not a picture")
    with pytest.raises(StylePictureError, match="The content picture .*notes.png cannot be used: unreadable"):
        read_pictures(tmp_path / "notes.png", STYLE, config)
    with pytest.raises(StylePictureError, match="The style picture .*missing.jpg cannot be used"):
        read_pictures(CONTENT, tmp_path / "missing.jpg", config)
    Image.new("RGB", (2000, 40)).save(tmp_path / "strip.png")
    with pytest.raises(StylePictureError, match="too narrow: at size 256 its shorter side is 5 pixels"):
        read_pictures(tmp_path / "strip.png", STYLE, config)
    with pytest.raises(ConfigError, match="strength"):
        StyleConfig(strength=1.5)


def test_the_result_is_written_whole_or_not_at_all(tmp_path):
    picture = np.random.default_rng(0).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    write_picture(tmp_path / "out.png", picture)
    assert np.array_equal(np.asarray(Image.open(tmp_path / "out.png")), picture)
    with pytest.raises(StylePictureError, match="Could not write .*out.png"):
        write_picture(tmp_path / "no-such-folder" / "out.png", picture)
    assert list(tmp_path.iterdir()) == [tmp_path / "out.png"]


def test_stylize_command(tmp_path):
    out = tmp_path / "cat.png"
    done = run_main("stylize", str(CONTENT), str(STYLE), str(out), "--size", "80", "--steps", "30")
    assert done.returncode == 0, done.stderr
    assert np.asarray(Image.open(out)).shape == (53, 80, 3) and f"Wrote {out}" in done.stderr
    bad = run_main("stylize", str(CONTENT), str(tmp_path / "none.png"), str(out), "--steps", "30")
    assert bad.returncode == 2 and "The style picture" in bad.stderr and "Traceback" not in bad.stderr
    bounds = run_main("stylize", str(CONTENT), str(STYLE), str(out), "--size", "2000")
    assert bounds.returncode == 2 and "size" in bounds.stderr and "Traceback" not in bounds.stderr


def test_the_style_tab(qtbot, make_window, answers, tmp_path):
    from qt_helpers import WAIT, click

    state, asked = answers
    window = make_window()
    panel = window.style_panel
    window.tabs.setCurrentWidget(panel)
    assert panel.content_view.array() is not None and panel.style_view.array() is not None  # the examples' previews
    panel.boxes["size"].setValue(64)
    panel.boxes["steps"].setValue(40)
    click(qtbot, panel, "stylizeButton")
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert panel.caption.text().startswith("Done in") and panel.progress_bar.value() == 40
    painted = panel.picture()
    assert painted.shape == read_pictures(CONTENT, STYLE, panel.config())[0].shape
    state["save"] = str(tmp_path / "painted.png")
    click(qtbot, panel, "saveStyleButton")
    assert np.array_equal(np.asarray(Image.open(tmp_path / "painted.png")), painted)

    # Stop: the picture so far stays, and says where it stopped.
    panel.boxes["steps"].setValue(5000)
    click(qtbot, panel, "stylizeButton")
    qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=WAIT)
    click(qtbot, panel, "stopStylizeButton")
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT)
    assert panel.caption.text().startswith("Stopped at step") and panel.save_button.isEnabled()

    # A bad picture: the worker's message names it; the tab can start again.
    (tmp_path / "notes.png").write_text("not a picture")
    panel.content_field.edit.setText(str(tmp_path / "notes.png"))
    click(qtbot, panel, "stylizeButton")
    qtbot.waitUntil(lambda: bool(asked["critical"]), timeout=WAIT)
    title, message = asked["critical"][-1]
    assert title == "Could not stylize" and "notes.png cannot be used" in message
    assert not panel.running and panel.stylize_button.isEnabled()

    # Closing the window mid-painting ends the worker's thread (the fixture checks it stopped).
    panel.content_field.edit.setText(str(CONTENT))
    click(qtbot, panel, "stylizeButton")
    qtbot.waitUntil(lambda: panel.running and panel.progress_bar.value() > 0, timeout=WAIT)
    window.close()
    assert not window.thread.isRunning()
