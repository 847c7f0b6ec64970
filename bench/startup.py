"""Benchmark: time from process start to the login window shown, and memory at that point.

Prepares a data folder (an administrator and the standard modules installed, as on a
laptop in use), then starts child processes, each on the offscreen platform:

- app:   runs the real entry point (``mobilaze_training.gui.app.main``) on that folder and
         prints a timestamp when the login screen is shown (a ``QTimer.singleShot(0)`` posted
         before, delivered once the window is shown and the event loop runs), with its peak
         resident memory (``ru_maxrss``);
- floor: a bare PySide6 process that shows an empty QWidget, timed the same way.

Start time is taken in the parent just before each child is spawned; floor and app runs
alternate, and the median of 11 runs of each is reported with the ratio app / floor.
Targets: ratio <= 1.5, memory <= 150 MB.
Run: ``python bench/startup.py``.

The children keep their compiled bytecode in a private cache (``PYTHONPYCACHEPREFIX``),
written by the first, unmeasured run of each: an installed program has its modules
compiled (pip and PyInstaller ship bytecode), so with ``PYTHONDONTWRITEBYTECODE`` set in
the environment the app would otherwise be timed compiling its own modules at every run,
which no user's start does (the floor imports only precompiled modules either way).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
TARGET_RATIO = 1.5
TARGET_MEMORY_MB = 150.0

_REPORT = """
import resource, sys, time
def report(what="SHOWN"):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kib = rss // 1024 if sys.platform == "darwin" else rss
    print(f"{what} {time.time():.6f} {kib}", flush=True)
"""

APP = (
    _REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def shown():
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    screens = [type(w.current_screen()).__name__ for w in windows if hasattr(w, "current_screen")]
    assert screens == ["LoginScreen"], screens
    report()
    shell = windows[0]
    def ready():
        screen = shell.current_screen()
        if type(screen).__name__ == "LoginScreen" and screen.login_button.isEnabled():
            report("READY")
            app.quit()
        else:
            QTimer.singleShot(5, ready)
    ready()
# Posted now, delivered once the real entry point below shows its window and runs exec().
QTimer.singleShot(0, shown)
from mobilaze_training.gui.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
)

FLOOR = (
    _REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1100, 720)
window.show()
def shown():
    report()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
)


PREPARE = """
import sys
from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import setup, users
from mobilaze_training.services.context import open_app
ctx = open_app(sys.argv[1])
users.add_user(ctx, SYSTEM, "admin", "Administrator", "admin", "bench-password")
setup.initialise(ctx, SYSTEM)
ctx.close()
"""


def prepare(folder: Path) -> Path:
    """A data folder in use. Done in a child: on Linux a child's ru_maxrss starts from its
    parent's peak, so this parent must stay small."""
    data = folder / "data"
    subprocess.run([sys.executable, "-c", PREPARE, str(data)], check=True, timeout=300)
    return data


def run_child(script: str, *args: str, bytecode: Path) -> tuple[float, float, float | None]:
    """Seconds from spawn to the window shown, peak memory in MB then, and seconds to the
    login being usable (the database open; None for the floor)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(bytecode))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("SHOWN "))
    _, stamp, kib = line.split()
    ready = next((x for x in out.splitlines() if x.startswith("READY ")), None)
    ready_s = float(ready.split()[1]) - start if ready else None
    return float(stamp) - start, int(kib) / 1024, ready_s


def _medians(results: list[tuple[float, float, float | None]]) -> tuple[float, float, float | None]:
    readies = [r[2] for r in results if r[2] is not None]
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        statistics.median(readies) if readies else None,
    )


def measure_both(
    data: Path, bytecode: Path
) -> tuple[tuple[float, float, float | None], tuple[float, float, float | None]]:
    """Floor and app runs alternate, so a slow spell of the machine weighs on both alike."""
    run_child(FLOOR, bytecode=bytecode)  # warm the file and bytecode caches once
    run_child(APP, str(data), bytecode=bytecode)
    floor, app = [], []
    for _ in range(RUNS):
        floor.append(run_child(FLOOR, bytecode=bytecode))
        app.append(run_child(APP, str(data), bytecode=bytecode))
    return _medians(floor), _medians(app)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mobilaze-bench-") as tmp:
        data = prepare(Path(tmp))
        bytecode = Path(tmp) / "bytecode"
        (floor_s, floor_mb, _), (app_s, app_mb, ready_s) = measure_both(data, bytecode)
    ratio = app_s / floor_s
    print(f"floor (empty PySide6 window): {floor_s * 1000:7.1f} ms  {floor_mb:6.1f} MB")
    print(f"login window shown:           {app_s * 1000:7.1f} ms  {app_mb:6.1f} MB")
    if ready_s is not None:
        print(
            f"login usable (database open): {ready_s * 1000:7.1f} ms  (opened off the GUI thread)"
        )
    print(f"ratio to floor: {ratio:.2f}  (median of {RUNS} runs)")
    print(f"target ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    memory_ok = app_mb <= TARGET_MEMORY_MB
    print(f"target memory <= {TARGET_MEMORY_MB:.0f} MB: {'OK' if memory_ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
