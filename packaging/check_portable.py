"""Check portable mode on the built bundle (part of `make bundle-check`).

Copies ``dist/mobilaze-training`` to a temporary "USB stick", puts a ``portable`` file beside
the executables, and runs both programs there with a temporary, empty home folder:
``mobilaze-admin init`` (an administrator, the standard modules) and the desktop program up to
its login window (offscreen). Passes when everything they wrote is in the copy's ``data/``
folder and nothing is in the home folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "mobilaze-training"
EXE = ".exe" if os.name == "nt" else ""


def main() -> int:
    if not (BUNDLE / f"mobilaze-admin{EXE}").is_file():
        print(f"no bundle at {BUNDLE}: build it with `make bundle`", file=sys.stderr)
        return 1
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="mobilaze-portable-") as tmp:
        stick = Path(tmp) / "usb" / "mobilaze-training"
        shutil.copytree(BUNDLE, stick, symlinks=True)
        (stick / "portable").write_text("", encoding="utf-8")
        home = Path(tmp) / "home"
        home.mkdir()
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("MOBILAZE_", "XDG_")) and k not in ("APPDATA", "LOCALAPPDATA")
        }
        env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
        init = subprocess.run(
            [
                *(str(stick / f"mobilaze-admin{EXE}"), "--json", "init", "--admin", "admin"),
                *("--name", "Administrator", "--password-stdin"),
            ],
            input="portable-pass-1\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        if init.returncode != 0:
            failures.append(f"mobilaze-admin init failed: {init.stderr.strip()}")
        else:
            folder = Path(json.loads(init.stdout)["data_dir"])
            print(f"  mobilaze-admin init: data folder {folder}")
            if folder.resolve() != (stick / "data").resolve():
                failures.append(f"the data folder is {folder}, not {stick / 'data'}")
        gui = subprocess.run(
            [str(stick / f"mobilaze-training{EXE}")],
            capture_output=True,
            text=True,
            env={**env, "MOBILAZE_REPORT_SHOWN": "1"},
            timeout=300,
            check=False,
        )
        if gui.returncode != 0 or "READY" not in gui.stdout:
            failures.append(f"mobilaze-training did not start: {gui.stderr.strip()[-500:]}")
        expected = ["mobilaze.sqlite3", "settings.json", "keys", "logs/mobilaze-training.log"]
        for name in expected:
            if not (stick / "data" / name).exists():
                failures.append(f"{stick / 'data' / name} is missing")
        print(f"  in the bundle's data/: {sorted(p.name for p in (stick / 'data').iterdir())}")
        outside = [str(p) for p in home.rglob("*")]
        print(f"  in the home folder: {outside or 'nothing'}")
        if outside:
            failures.append("files were written to the home folder: " + ", ".join(outside))
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    print("Portable mode: " + ("FAILED" if failures else "OK (all data inside the bundle)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
