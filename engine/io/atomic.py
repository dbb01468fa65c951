"""Files written whole or not at all (checkpoints, MIDI files, the chorales' cache): a full disk, a crash or a
killed process leaves any earlier file at the path untouched and no half file behind, and the one reason a user
can act on ("the disk is full") is said in words the window translates."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from engine.messages import Message


@contextlib.contextmanager
def written_whole(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write that becomes `path` only when the block ends without an error: written beside it under
    a unique temporary name, flushed to the disk, moved over `path`, then the folder synced.

    Raises:
        OSError: it could not be written or moved; the temporary file is removed.
    """
    path = Path(path)
    partial = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial"
    try:
        # Not mkstemp: it makes the file 0600; this lets the umask decide, as for any saved file.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
        _fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)  # gone once moved into place; a half file otherwise


def failure(exc: OSError) -> Message | str:
    """Why a write failed, in words: "the disk is full" (a quota too), else the system's own words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message("the disk is full")
    return exc.strerror or str(exc)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system lets a folder be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
