"""The layering rules of ARCHITECTURE.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mobilaze_training"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _python_files(exclude: str | None = None) -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert files, "the package has no source files"
    return [f for f in files if exclude is None or exclude not in f.relative_to(PACKAGE).parts]


def test_no_qt_outside_gui() -> None:
    offenders = [
        str(f.relative_to(PACKAGE))
        for f in _python_files(exclude="gui")
        if any(name.split(".")[0] == "PySide6" for name in _imports(f))
    ]
    assert offenders == [], f"PySide6 imported outside mobilaze_training/gui/: {offenders}"


def test_gui_and_cli_do_not_touch_the_store() -> None:
    """The GUI and the command line call services only."""
    callers = [*sorted((PACKAGE / "cli").rglob("*.py")), *sorted((PACKAGE / "gui").rglob("*.py"))]
    offenders = [
        str(f.relative_to(PACKAGE))
        for f in callers
        if any(name.startswith(("mobilaze_training.store", "sqlalchemy")) for name in _imports(f))
    ]
    assert offenders == [], f"these reach past the services into the store: {offenders}"


def test_domain_does_not_import_services() -> None:
    """Imports point downward: domain packages never depend on services, CLI or GUI."""
    domain = ("courses", "quiz", "certificates", "interop", "sync", "auth", "store")
    offenders = []
    for f in _python_files():
        parts = f.relative_to(PACKAGE).parts
        if parts[0] not in domain:
            continue
        for name in _imports(f):
            if name.startswith(("mobilaze_training.services", "mobilaze_training.gui")) or (
                name == "mobilaze_training.cli"
            ):
                offenders.append(f"{'/'.join(parts)} imports {name}")
    assert offenders == []


def test_every_module_imports_on_its_own() -> None:
    """No import cycle hides behind the order in which the tests happen to import modules."""
    import subprocess
    import sys

    names = sorted(
        ".".join(("mobilaze_training", *f.relative_to(PACKAGE).with_suffix("").parts))
        for f in _python_files(exclude="gui")
        if f.name not in ("__init__.py", "__main__.py") and "migrations" not in f.parts
    )
    script = (
        "import importlib, sys, traceback\n"
        "for n in sys.argv[1:]:\n"
        "    for k in [k for k in sys.modules if k.startswith('mobilaze_training')]:\n"
        "        del sys.modules[k]\n"
        "    try:\n"
        "        importlib.import_module(n)\n"
        "    except Exception as e:\n"
        "        print(f'{n}: {type(e).__name__}: {e}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", script, *names],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""
