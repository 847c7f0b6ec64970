"""Benchmark: the offline bundle's start against the source tree's, and the bundle's size.

When ``dist/mobilaze-training`` exists (``make bundle``), prepares a data folder in use the way
``bench/startup.py`` does (its ``prepare``: an administrator and the standard modules), then
starts each program on the offscreen platform and times from just before the spawn to the
login window shown, the way ``bench/startup.py`` does: with ``MOBILAZE_REPORT_SHOWN=1`` the
entry script (``packaging/launchers/mobilaze_training_gui.py``, the one frozen into the
bundle) posts a zero timer before the real entry point runs and prints ``SHOWN <time>`` when
it is delivered, once the window is shown and the event loop runs; then ``READY <time>`` when
the login button is enabled (the database open).

- bundle: ``dist/mobilaze-training/mobilaze-training``;
- source: the same entry script run by this virtual environment's Python.

Median of 7 runs each, alternating (after one each to warm the file cache). Targets:
bundle/source <= 1.5, unpacked size <= 250 MB. Without a bundle it says so and exits 0.
Run: ``python bench/bundle_start.py`` (``make bundle-check`` builds the bundle first).
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "mobilaze-training"
EXECUTABLE = BUNDLE / ("mobilaze-training.exe" if os.name == "nt" else "mobilaze-training")
LAUNCHER = ROOT / "packaging" / "launchers" / "mobilaze_training_gui.py"
RUNS = 7
TARGET_RATIO = 1.5
TARGET_SIZE_MB = 250.0


def _startup_bench() -> object:
    """bench/startup.py as a module, for its `prepare` (the same data folder in use)."""
    spec = importlib.util.spec_from_file_location("bench_startup", ROOT / "bench" / "startup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_child(command: list[str]) -> tuple[float, float, float]:
    """Seconds from spawn to the window shown, peak memory in MB then, seconds to usable."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOBILAZE_REPORT_SHOWN="1")
    start = time.time()
    out = subprocess.run(
        command, capture_output=True, text=True, env=env, check=True, timeout=120
    ).stdout
    lines = out.splitlines()
    shown = next(x for x in lines if x.startswith("SHOWN ")).split()
    ready = next(x for x in lines if x.startswith("READY ")).split()
    return float(shown[1]) - start, int(shown[2]) / 1024, float(ready[1]) - start


def measure(*commands: list[str]) -> list[tuple[float, float, float]]:
    """Medians for each command; their runs alternate, so that a busy machine slows them
    alike."""
    for command in commands:
        run_child(command)  # warm the file cache once
    runs: list[list[tuple[float, float, float]]] = [[] for _ in commands]
    for _ in range(RUNS):
        for results, command in zip(runs, commands, strict=True):
            results.append(run_child(command))
    return [
        (
            statistics.median(r[0] for r in results),
            statistics.median(r[1] for r in results),
            statistics.median(r[2] for r in results),
        )
        for results in runs
    ]


def folder_size_mb(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return total / (1024 * 1024)


def main() -> int:
    if not EXECUTABLE.is_file():
        print(f"no bundle at {BUNDLE}: build it with `make bundle`; nothing measured")
        return 0
    size = folder_size_mb(BUNDLE)
    with tempfile.TemporaryDirectory(prefix="mobilaze-bench-") as tmp:
        data = _startup_bench().prepare(Path(tmp))  # type: ignore[attr-defined]
        args = ["--data-dir", str(data)]
        source, bundle = measure([sys.executable, str(LAUNCHER), *args], [str(EXECUTABLE), *args])
    ratio = bundle[0] / source[0]
    print(f"bundle size (unpacked):       {size:7.1f} MB  ({BUNDLE})")
    for name, (shown, mb, ready) in (("source tree", source), ("bundle", bundle)):
        print(
            f"{name + ':':13} login shown {shown * 1000:7.1f} ms  {mb:6.1f} MB, "
            f"usable {ready * 1000:7.1f} ms"
        )
    print(f"ratio bundle / source (shown): {ratio:.2f}  (median of {RUNS} runs)")
    print(f"target ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    print(f"target size <= {TARGET_SIZE_MB:.0f} MB: {'OK' if size <= TARGET_SIZE_MB else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
