"""The one place that knows every folder the program uses.

Order of precedence for the data folder: an explicit argument (``--data-dir``), the
``MOBILAZE_DATA_DIR`` environment variable, portable mode (a file named ``portable`` beside
the program), then the platform's user data folder. Resources shipped with the program
(forms, translations, fonts, standard courses) are found through :func:`resource_path` only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mobilaze_training import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent
_RESOURCE_ROOTS = ("ui", "resources", "courses")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("ui", "login.ui")``.

    In an installed wheel the resources live in ``mobilaze_training/_data``; in a source
    checkout (editable install) they are the top-level folders of the repository; in a
    PyInstaller bundle they sit under ``sys._MEIPASS``.
    """
    if not parts or parts[0] not in _RESOURCE_ROOTS:
        raise ValueError(f"resource must start with one of {_RESOURCE_ROOTS}: {parts!r}")
    candidates = [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle))
    for root in candidates:
        if (root / parts[0]).is_dir():
            return root.joinpath(*parts)
    return candidates[-1].joinpath(*parts)


def program_dir() -> Path:
    """Folder holding the running program (the executable when frozen)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def is_portable(directory: Path | None = None) -> bool:
    return ((directory or program_dir()) / "portable").is_file()


def _guard_real_home(path: Path) -> Path:
    """Under test, refuse to touch the real user folders."""
    if "PYTEST_CURRENT_TEST" in os.environ:
        import platformdirs

        home = Path.home().resolve()
        real = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()
        if path.resolve() == real or path.resolve() == home:
            raise RuntimeError(f"tests must not use the real data folder {path}")
    return path


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, created when missing."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get("MOBILAZE_DATA_DIR"):
        path = Path(os.environ["MOBILAZE_DATA_DIR"])
    elif is_portable():
        path = program_dir() / "data"
    else:
        import platformdirs  # only here: not needed when the folder is given (start-up)

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = _guard_real_home(path.expanduser())
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(data: Path) -> Path:
    path = data / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir(data: Path) -> Path:
    path = data / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def keys_dir(data: Path) -> Path:
    path = data / "keys"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def database_url(data: Path, explicit: str | None = None) -> str:
    """``--database-url``, else ``MOBILAZE_DATABASE_URL``, else SQLite in the data folder."""
    url = explicit or os.environ.get("MOBILAZE_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data / 'mobilaze.sqlite3'}"
