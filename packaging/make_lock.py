"""Write the exact versions the bundle is built from (`make lock`).

Walks the requirements of ``mobilaze-training[bundle]`` (the program's dependencies plus
PyInstaller) through the packages installed in the running environment and prints one
``name==version`` line for each, sorted. The program itself is left out (it is built from
the source tree, not installed from the index), and so are the development tools that share
the virtual environment. Run with the virtual environment's Python::

    .venv/bin/python packaging/make_lock.py > packaging/requirements-lock.txt
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = "mobilaze-training"
EXTRAS = ("bundle",)


def closure(project: str, extras: tuple[str, ...]) -> dict[str, str]:
    """Installed name -> version of everything `project[extras]` needs here."""
    found: dict[str, str] = {}
    queue: list[tuple[str, tuple[str, ...]]] = [(project, extras)]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    while queue:
        name, wanted = queue.pop()
        if (canonicalize_name(name), wanted) in seen:
            continue
        seen.add((canonicalize_name(name), wanted))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            sys.exit(f"{name} is required but not installed: run `make lock` (it installs it).")
        missing = set(wanted) - set(dist.metadata.get_all("Provides-Extra") or [])
        if missing:
            sys.exit(f"{name} has no extra {sorted(missing)} installed: run `make lock`.")
        found[canonicalize_name(dist.metadata["Name"])] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            for extra in ("", *wanted):
                environment = {**default_environment(), "extra": extra}
                if req.marker is None or req.marker.evaluate(environment):
                    queue.append((req.name, tuple(sorted(req.extras))))
                    break
    found.pop(canonicalize_name(project), None)
    return found


def main() -> int:
    pins = closure(PROJECT, EXTRAS)
    print("# Exact versions the offline bundle is built from: `make bundle` installs them with")
    print("# `pip install -r`. Regenerate with `make lock` after changing pyproject.toml.")
    print(
        f"# Made on {platform.system()} {platform.machine()} with Python "
        f"{platform.python_version()}; other platforms may add their own dependencies."
    )
    for name in sorted(pins):
        print(f"{name}=={pins[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
