"""`mobilaze-training --self-test` from the source tree: a real child process, as a person
(or packaging/README.md) runs it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mobilaze_training.gui import selftest

CHECKS = [
    "Qt starts",
    "shipped resources found",
    "interface translation loads",
    "main window shown, database opened in a temporary folder",
    "administrator created and standard modules installed",
    "trainee created, enrolled and assigned a module",
    "trainee logs in through the login screen",
    "exam taken, every question answered, submitted and passed",
    "certificate issued and its PDF rendered",
    "certificate PDF verified",
    "audit log intact",
]


@pytest.mark.slow
def test_self_test_passes_every_check_and_leaves_no_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "MOBILAZE_DATA_DIR", "PYTEST_CURRENT_TEST")
    }
    # A user's folders of its own: the self-test must not write there (nor in the real ones).
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "mobilaze_training.gui.app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("MOBILAZE Training ") and "(source tree" in lines[0]
    for label in CHECKS:
        assert any(line.strip().startswith(f"OK      {label}") for line in lines), label
    assert "FAILED" not in done.stdout
    assert lines[-1] == f"Self-test passed: all {len(CHECKS)} checks OK."
    assert 'platform "offscreen"' in done.stdout  # forced although no platform was asked for
    assert "legal-migration-and-data" in done.stdout or "document-examination" in done.stdout
    assert list(home.rglob("*")) == []  # no data folder, log or settings in the user's home
    assert list(tmp_path.glob("mobilaze-self-test-*")) == []  # its temporary folder is gone


def test_a_failed_check_is_printed_and_stops_the_run() -> None:
    out = io.StringIO()
    report = selftest._Report(out)
    report.check("first", lambda: "fine")

    def broken() -> str:
        raise RuntimeError("missing font resources/fonts/DejaVuSans.ttf")

    with pytest.raises(selftest._Stop):
        report.check("second", broken)
    assert out.getvalue().splitlines() == [
        "  OK      first: fine",
        "  FAILED  second: RuntimeError: missing font resources/fonts/DejaVuSans.ttf",
    ]
    assert (report.passed, report.failed) == (1, ["second"])
