"""Pausing Python's cycle collector around bulk work.

Loading a module, exporting a million rows or merging a results bundle allocates hundreds of
thousands of small objects that are in no reference cycle (reference counting frees them);
the cycle collector's passes over the growing heap find nothing to free and cost a sixth to a
third of the time. Memory is still freed as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector paused for the block, and as it was before afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
