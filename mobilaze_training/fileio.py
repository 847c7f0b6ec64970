"""Writing files so that a crash or power cut never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path | str, data: bytes | str) -> Path:
    """Write `data` to a hidden file beside `path`, flush it to disk, then rename it over
    `path` (UTF-8 for text)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with tmp.open("wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
