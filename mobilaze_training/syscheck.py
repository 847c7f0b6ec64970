"""Before the GUI starts on Linux: are the system libraries Qt's xcb plugin needs present?

Run as ``python -m mobilaze_training.syscheck``; exits 1 naming the missing libraries and the
apt command that installs them, so ``make run`` stops with a clear message instead of a
cryptic Qt platform-plugin error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: library name for ctypes.util.find_library -> Debian/Ubuntu package that provides it
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}

#: the shared-object name each library has on Debian and Ubuntu (loading it is quick; the
#: general lookup of ctypes.util runs ldconfig or gcc, ~10 ms a library)
SONAMES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-image": "libxcb-image.so.0",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-randr": "libxcb-randr.so.0",
    "xcb-render-util": "libxcb-render-util.so.0",
    "xcb-shape": "libxcb-shape.so.0",
    "xcb-xfixes": "libxcb-xfixes.so.0",
    "xcb-xkb": "libxcb-xkb.so.1",
    "xkbcommon": "libxkbcommon.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
    "EGL": "libEGL.so.1",
    "GL": "libGL.so.1",
    "fontconfig": "libfontconfig.so.1",
    "dbus-1": "libdbus-1.so.3",
}


def _bundled(lib: str) -> bool:
    """In the PyInstaller bundle the libraries shipped inside it count as present."""
    folder: str | None = getattr(sys, "_MEIPASS", None)
    return folder is not None and any(Path(folder).glob(f"lib{lib}.so*"))


def _loadable(lib: str) -> bool:
    import ctypes

    soname = SONAMES.get(lib)
    if soname:
        try:
            ctypes.CDLL(soname)
            return True
        except OSError:
            pass
    import ctypes.util  # the general lookup: another soname, another distribution

    return ctypes.util.find_library(lib) is not None


def missing_libraries() -> list[tuple[str, str]]:
    return [
        (lib, pkg) for lib, pkg in XCB_LIBRARIES.items() if not _bundled(lib) and not _loadable(lib)
    ]


def check() -> str | None:
    """A message when the GUI cannot start here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if platform.startswith("wayland") and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "No display found (DISPLAY is not set). Start MOBILAZE Training from a desktop "
            "session, or run it headless with QT_QPA_PLATFORM=offscreen."
        )
    missing = missing_libraries()
    if not missing:
        return None
    names = ", ".join(f"lib{lib}" for lib, _ in missing)
    packages = " ".join(sorted({pkg for _, pkg in missing}))
    return (
        f"Qt needs system libraries that are missing: {names}.\n"
        f"Install them with:\n    sudo apt-get install {packages}\n"
        "then run `make run` again."
    )


def main() -> int:
    message = check()
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
