import gzip
import shutil

import numpy as np
import pytest

from engine.io import data, idx
from engine.io.data import DatasetError
from engine.io.idx import load_fashion_mnist


def test_real_files_load_with_the_right_shapes(dataset):
    assert dataset.train_images.shape == (60000, 28, 28) and dataset.train_images.dtype == np.uint8
    assert dataset.test_images.shape == (10000, 28, 28)
    assert np.bincount(dataset.train_labels).tolist() == [6000] * 10
    assert np.bincount(dataset.test_labels).tolist() == [1000] * 10
    assert dataset.train_images.max() == 255 and dataset.train_images.min() == 0


def _copy_dataset(dst):
    for stem in idx.FILES.values():
        shutil.copy(idx.DEBIAN_DIR / f"{stem}.gz", dst / f"{stem}.gz")


def test_search_order_prefers_explicit_dir_then_env(tmp_path, monkeypatch):
    _copy_dataset(tmp_path)
    monkeypatch.setenv(idx.ENV_VAR, str(tmp_path))
    assert load_fashion_mnist(allow_download=False).source == tmp_path
    monkeypatch.setenv(idx.ENV_VAR, str(tmp_path / "nowhere"))
    assert load_fashion_mnist(allow_download=False).source == idx.DEBIAN_DIR
    assert load_fashion_mnist(tmp_path).source == tmp_path


def test_uncompressed_files_are_accepted(tmp_path):
    for stem in idx.FILES.values():
        with gzip.open(idx.DEBIAN_DIR / f"{stem}.gz") as src, open(tmp_path / stem, "wb") as dst:
            shutil.copyfileobj(src, dst)
    loaded = load_fashion_mnist(tmp_path)
    assert loaded.train_images.shape == (60000, 28, 28)


def test_missing_dataset_message_says_where_and_how(tmp_path):
    with pytest.raises(DatasetError) as err:
        load_fashion_mnist(tmp_path / "empty")
    assert str(tmp_path / "empty") in str(err.value)
    assert "apt install dataset-fashion-mnist" in str(err.value) and "--data-dir" in str(err.value)


def test_truncated_file_is_reported(tmp_path):
    _copy_dataset(tmp_path)
    target = tmp_path / "train-labels-idx1-ubyte.gz"
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises(DatasetError, match="train-labels-idx1-ubyte.gz is corrupt or truncated"):
        load_fashion_mnist(tmp_path)


def test_foreign_file_is_reported(tmp_path):
    _copy_dataset(tmp_path)
    with gzip.open(tmp_path / "t10k-images-idx3-ubyte.gz", "wb") as fh:
        fh.write(b"\x00\x00\x08\x01" + (10000).to_bytes(4, "big") + bytes(10000))  # a label file
    with pytest.raises(DatasetError, match="magic number"):
        load_fashion_mnist(tmp_path)


def test_short_data_is_reported(tmp_path):
    _copy_dataset(tmp_path)
    raw = gzip.open(idx.DEBIAN_DIR / "t10k-labels-idx1-ubyte.gz").read()
    with gzip.open(tmp_path / "t10k-labels-idx1-ubyte.gz", "wb") as fh:
        fh.write(raw[:-5])
    with pytest.raises(DatasetError, match="truncated or padded"):
        load_fashion_mnist(tmp_path)


def test_epoch_order_is_seeded_and_reshuffled():
    a0, a1 = data.epoch_order(1, 0, 1000), data.epoch_order(1, 1, 1000)
    assert np.array_equal(a0, data.epoch_order(1, 0, 1000))
    assert not np.array_equal(a0, a1)
    assert sorted(a0.tolist()) == list(range(1000))
    assert not np.array_equal(a0, data.epoch_order(2, 0, 1000))


def test_batches_cover_each_epoch_once_keeping_the_last_partial_batch():
    n, b = 100, 32
    assert data.batches_per_epoch(n, b) == 4
    batches = [data.batch_indices(5, it, n, b) for it in range(4)]
    assert [len(x) for x in batches] == [32, 32, 32, 4]
    assert sorted(np.concatenate(batches).tolist()) == list(range(n))
