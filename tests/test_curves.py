import numpy as np

from engine.families import FAMILIES
from gui.panels.curves import EMA_ALPHA, CurvePlot, EpochAxis

LOSS_SERIES = FAMILIES["dcgan"].losses


def _plotted(plot, key):
    y = plot.curves[key].getOriginalDataset()[1]  # None when the curve is empty
    return np.asarray([] if y is None else y)


def test_nan_values_are_kept_and_do_not_poison_the_smoothing(qtbot):
    plot = CurvePlot("t", LOSS_SERIES)
    qtbot.addWidget(plot)
    plot.clear_data(batches_per_epoch=10)
    plot.append(1, np.array([[1.0, 2.0], [np.nan, 2.0], [3.0, np.inf]], np.float32))
    qtbot.waitUntil(lambda: _plotted(plot, "g_loss").size == 3, timeout=1000)  # at the next redraw
    raw = _plotted(plot, "g_loss")
    assert raw[0] == 1 and np.isnan(raw[1]) and raw[2] == 3
    plot.set_smoothing(True)
    ema = _plotted(plot, "g_loss")
    assert ema[0] == 1 and ema[1] == 1  # a NaN leaves the average where it was
    assert np.isclose(ema[2], (1 - EMA_ALPHA) * 1 + EMA_ALPHA * 3)
    assert np.isfinite(_plotted(plot, "d_loss")).all()
    plot.repaint()  # drawing a NaN curve must not raise


def test_growing_buffers_and_hover_values(qtbot):
    plot = CurvePlot("t", LOSS_SERIES)
    qtbot.addWidget(plot)
    plot.clear_data(batches_per_epoch=235)
    rows = np.random.default_rng(0).random((25_000, 2)).astype(np.float32)
    drawn = []
    plot.curves["d_loss"].sigPlotChanged.connect(lambda item: drawn.append(len(plot)))
    for start in range(0, 25_000, 1000):
        plot.append(start + 1, rows[start:start + 1000])
    assert drawn == []  # 25 updates in a burst are drawn once, at the next redraw
    qtbot.waitUntil(lambda: drawn == [25_000], timeout=1000)
    assert len(plot) == 25_000 and np.array_equal(_plotted(plot, "d_loss"), rows[:, 1])
    assert plot.values_at(12_345) == {"g_loss": float(rows[12_344, 0]), "d_loss": float(rows[12_344, 1])}
    assert plot.values_at(25_001) is None
    plot.clear_data(batches_per_epoch=235)
    assert len(plot) == 0 and _plotted(plot, "g_loss").size == 0


def test_epoch_axis_ticks_fall_on_epoch_boundaries():
    axis = EpochAxis()
    axis.batches_per_epoch = 235
    (spacing, values), = axis.tickValues(0, 235 * 100, 600)
    assert spacing % 235 == 0 and all(v % 235 == 0 for v in values)
    assert 3 <= len(values) <= 12
    assert axis.tickStrings(values[:2], 1, spacing) == ["0", str(int(spacing // 235))]


def test_axes_move_only_when_the_data_outgrow_them_and_leave_a_users_zoom_alone(qtbot):
    plot = CurvePlot("t", LOSS_SERIES)
    qtbot.addWidget(plot)
    plot.clear_data(batches_per_epoch=10)
    vb = plot.getPlotItem().vb
    moves = []
    vb.sigRangeChanged.connect(lambda *args: moves.append(vb.viewRange()))
    plot.append(1, np.array([[1.0, 2.0]] * 100, np.float32))
    plot.flush()
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 == 0 and 100 < x1 <= 130 and y0 < 1 and y1 > 2  # all the data shown, a little room ahead
    moves.clear()
    for i in range(101, 121):  # 20% more iterations within the old values: nothing moves
        plot.append(i, np.array([[1.5, 1.5]], np.float32))
        plot.flush()
    # 20 updates, one move: x steps out once (past 120, to 150); y does not move at all
    assert {tuple(x) for x, _ in moves} == {(0.0, 150.0)} and all(y == [y0, y1] for _, y in moves)
    moves.clear()
    plot.append(121, np.array([[5.0, 1.0]], np.float32))  # a value above the y range widens it
    plot.flush()
    assert vb.viewRange()[1][1] > 5 and vb.viewRange()[1][0] < 1
    vb.setXRange(10, 50, padding=0)  # the user zooms in: the plot no longer follows the run
    plot.append(122, np.array([[1.0, 1.0]] * 500, np.float32))
    plot.flush()
    assert np.allclose(vb.viewRange()[0], [10, 50])
    plot.clear_data(batches_per_epoch=10)  # a new run follows again
    plot.append(1, np.array([[1.0, 2.0]] * 1000, np.float32))
    plot.flush()
    assert vb.viewRange()[0][1] >= 1000


def test_the_log_scale_plot_frames_its_positive_values(qtbot):
    GRAD_SERIES = FAMILIES["dcgan"].gradients

    plot = CurvePlot("t", GRAD_SERIES)
    qtbot.addWidget(plot)
    plot.getPlotItem().setLogMode(y=True)
    plot.clear_data(batches_per_epoch=10)
    plot.append(1, np.array([[0.01, 100.0], [0.0, 1.0]], np.float32))  # a zero norm is not on a log axis
    plot.flush()
    low, high = plot.getPlotItem().vb.viewRange()[1]
    assert low < -2 < 2 < high < 3  # log10 units: 0.01 .. 100 and a margin


def test_a_log_axis_labels_only_the_ticks_that_fit(qtbot):
    """The gradient-norm plot over 0.55..9.5 (as in a run): on a short plot the labels of 1..9 x 10^k
    would print over each other; every label kept is a label's height from the next, and a tall plot
    gets all nine per decade."""
    plot = CurvePlot("t", LOSS_SERIES)
    qtbot.addWidget(plot)
    plot.getPlotItem().setLogMode(y=True)
    axis = plot.getPlotItem().getAxis("left")
    low, high = np.log10(0.55), np.log10(9.5)
    for height, least in ((150, 4), (1200, 11)):
        labelled = sorted(v for _, values in axis.tickValues(low, high, height) for v in values)
        pixels = np.diff(labelled) * height / (high - low)
        assert len(labelled) >= least and pixels.min() >= axis.label_gap() - 1e-6, (height, labelled)
    assert len(labelled) == 13  # 0.6 .. 0.9, 1 .. 9 at 1,200 pixels


def test_a_long_runs_new_points_are_drawn_once_they_fill_a_pixel_column(qtbot):
    """25,000 points across ~900 pixels: a few more do not redraw the plot at the next tick (they would
    land in the last pixel column), enough to fill a column do, and so do waiting MAX_UNDRAWN_SECONDS
    and a value that moves the y axis; a short run's every new point shows."""
    from gui.panels import curves

    plot = CurvePlot("t", LOSS_SERIES)
    qtbot.addWidget(plot)
    plot.resize(980, 300)
    plot.show()
    qtbot.waitExposed(plot)
    plot.clear_data(batches_per_epoch=235)
    rng = np.random.default_rng(0)
    plot.append(1, rng.uniform(1, 2, (25_000, 2)).astype(np.float32))
    plot.flush()
    drawn = []
    plot.curves["g_loss"].sigPlotChanged.connect(lambda item: drawn.append(len(plot)))
    (x0, x1), width = plot.getPlotItem().vb.viewRange()[0], plot.getPlotItem().vb.width()
    per_column = int(np.ceil((x1 - x0) / width))
    assert per_column >= 10  # the premise: many iterations share a pixel column

    plot.append(25_001, rng.uniform(1, 2, (per_column // 2, 2)).astype(np.float32))
    plot._tick()
    assert drawn == []
    plot.append(25_001 + per_column // 2, rng.uniform(1, 2, (per_column, 2)).astype(np.float32))
    plot._tick()
    assert drawn == [25_000 + per_column // 2 + per_column]

    plot.append(len(plot) + 1, rng.uniform(1, 2, (1, 2)).astype(np.float32))
    plot._tick()
    assert len(drawn) == 1
    plot._drawn_at -= curves.MAX_UNDRAWN_SECONDS  # as if that long had passed
    plot._tick()
    assert drawn[-1] == len(plot)

    y_range = plot.getPlotItem().vb.viewRange()[1]
    plot.append(len(plot) + 1, np.array([[5.0, 1.5]], np.float32))  # a spike above the y axis: it moves
    plot._tick()
    assert drawn[-1] == len(plot) and plot.getPlotItem().vb.viewRange()[1][1] > max(y_range[1], 5.0)

    plot.clear_data(batches_per_epoch=235)  # a new run: a few points span the whole view
    plot.append(1, rng.uniform(1, 2, (10, 2)).astype(np.float32))
    plot.flush()
    plot.append(11, rng.uniform(1, 2, (1, 2)).astype(np.float32))
    plot._tick()
    assert drawn[-1] == 11
