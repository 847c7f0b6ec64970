"""Work around a PySide6 reference-count bug that aborts the program on Python 3.11.

PySide6 6.12 drops one reference to ``None`` each time a call made from Python returns
``None`` (``parent()``, ``findChild()`` finding nothing, ``property()`` of an unset
property, an empty QVariant...). Before Python 3.12 ``None`` is an ordinary object, so after
a few thousand such calls its count reaches zero and CPython aborts with "Fatal Python error:
none_dealloc: deallocating None" -- in the middle of an exam as easily as at exit. Giving
``None`` a very large number of references that are never released keeps it alive. From
Python 3.12 ``None`` is immortal and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 40


def keep_none_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if getattr(sys, "_mobilaze_none_pinned", False):
        return
    # ob_refcnt is the first field of every object in a release build of CPython
    ctypes.c_ssize_t.from_address(id(None)).value += _EXTRA
    sys._mobilaze_none_pinned = True  # type: ignore[attr-defined]
