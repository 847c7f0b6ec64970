"""Installing modules into a real SQLite database: the version rules, nothing stored on a
refusal, and the `mobilaze-admin course` commands run in-process."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mobilaze_training.auth.permissions import SYSTEM, Principal, Role
from mobilaze_training.cli import main
from mobilaze_training.errors import ConflictError, PermissionDenied, ValidationFailed
from mobilaze_training.services import courses
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-module"
MODULE_ID = "passport-data-page"
TABLES = (m.ModuleVersion, m.Question, m.Lesson, m.AssessmentDef, m.MediaFile, m.AuditEntry)


@pytest.fixture
def app(tmp_data: Path) -> Iterator[AppContext]:
    """A new, migrated database in the test's data folder."""
    ctx = open_app(tmp_data)
    yield ctx
    ctx.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of the documentation's example module, free to edit."""
    return Path(shutil.copytree(EXAMPLE, tmp_path / "example-module"))


def _set_version(folder: Path, version: str) -> Path:
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("version:"))
    manifest.write_text(text.replace(old, f"version: {version}"), encoding="utf-8")
    return folder


def _edit_lesson(folder: Path) -> None:
    lesson = folder / "lessons" / "data-page.en.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nOne more sentence.\n", "utf-8")


def _break(folder: Path) -> Path:
    bank = folder / "questions" / "data-page.yaml"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace("correct: true", "correct: false", 1), "utf-8"
    )
    return folder


def _counts(app: AppContext) -> dict[str, int]:
    with app.db.transaction() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def _versions(app: AppContext) -> list[tuple[str, bool]]:
    with app.db.transaction() as s:
        rows = s.execute(
            select(m.ModuleVersion.version, m.ModuleVersion.is_current)
            .where(m.ModuleVersion.module_id == MODULE_ID)
            .order_by(m.ModuleVersion.installed_at)
        )
        return [(version, current) for version, current in rows]


# ---- the version rules ---------------------------------------------------------------------


def test_install_stores_the_whole_module(app: AppContext, source: Path) -> None:
    result, warnings = courses.install(app, SYSTEM, source)
    assert (result.module_id, result.version, result.outcome) == (MODULE_ID, "1.0.0", "installed")
    assert result.previous is None
    assert warnings == []
    assert _counts(app) == {
        "module_versions": 1,
        "questions": 8,
        "lessons": 1,
        "assessments": 3,
        "media_files": 1,
        "audit_log": 1,
    }
    [summary] = courses.list_modules(app, SYSTEM)
    assert (summary.module_id, summary.version, summary.questions) == (MODULE_ID, "1.0.0", 8)
    assert summary.title["az"] == "Pasportun məlumat səhifəsinin yoxlanılması"
    [lesson] = courses.lessons(app, SYSTEM, MODULE_ID)
    assert lesson.bodies["az"].startswith("# Məlumat səhifəsi")
    svg = courses.media(app, SYSTEM, MODULE_ID, "media/td3-data-page.svg")
    assert svg == (EXAMPLE / "media" / "td3-data-page.svg").read_bytes()


def test_same_version_same_content_is_unchanged(app: AppContext, source: Path) -> None:
    courses.install(app, SYSTEM, source)
    before = _counts(app)
    result, _ = courses.install(app, SYSTEM, source)
    assert (result.outcome, result.previous) == ("unchanged", "1.0.0")
    assert _counts(app) == before  # not even an audit entry


def test_same_content_from_a_zip_is_unchanged(
    app: AppContext, source: Path, tmp_path: Path
) -> None:
    courses.install(app, SYSTEM, source)
    archive = tmp_path / "module.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(source).as_posix())
    assert courses.install(app, SYSTEM, archive)[0].outcome == "unchanged"


def test_same_version_different_content_is_refused(app: AppContext, source: Path) -> None:
    courses.install(app, SYSTEM, source)
    before = _counts(app)
    _edit_lesson(source)
    with pytest.raises(ConflictError) as caught:
        courses.install(app, SYSTEM, source)
    assert "already installed with different content" in str(caught.value)
    assert "Raise the version" in str(caught.value)
    assert _counts(app) == before


def test_a_higher_version_becomes_current_and_the_old_one_is_kept(
    app: AppContext, source: Path
) -> None:
    first, _ = courses.install(app, SYSTEM, source)
    _edit_lesson(_set_version(source, "1.1.0"))
    result, _ = courses.install(app, SYSTEM, source)
    assert (result.outcome, result.previous, result.version) == ("upgraded", "1.0.0", "1.1.0")
    assert _versions(app) == [("1.0.0", False), ("1.1.0", True)]
    assert _counts(app)["questions"] == 16  # each version keeps its own questions
    assert courses.get_module(app, SYSTEM, MODULE_ID).version == "1.1.0"
    with app.db.transaction() as s:
        assert s.get(m.ModuleVersion, first.module_version_id) is not None


def test_a_release_is_higher_than_its_pre_release(app: AppContext, source: Path) -> None:
    courses.install(app, SYSTEM, _set_version(source, "2.0.0-rc.1"))
    _edit_lesson(_set_version(source, "2.0.0"))
    assert courses.install(app, SYSTEM, source)[0].outcome == "upgraded"


def test_a_lower_version_is_refused_unless_forced(app: AppContext, source: Path) -> None:
    courses.install(app, SYSTEM, _set_version(source, "2.0.0"))
    _edit_lesson(_set_version(source, "1.5.0"))
    before = _counts(app)
    with pytest.raises(ConflictError) as caught:
        courses.install(app, SYSTEM, source)
    assert "lower than the installed 2.0.0" in str(caught.value)
    assert "--force" in str(caught.value)
    assert _counts(app) == before
    result, _ = courses.install(app, SYSTEM, source, force=True)
    assert (result.outcome, result.previous) == ("downgraded", "2.0.0")
    assert _versions(app) == [("2.0.0", False), ("1.5.0", True)]


def test_going_back_to_a_kept_version_needs_force(app: AppContext, source: Path) -> None:
    old = shutil.copytree(source, source.parent / "old")
    courses.install(app, SYSTEM, source)
    _edit_lesson(_set_version(source, "1.1.0"))
    courses.install(app, SYSTEM, source)
    with pytest.raises(ConflictError):
        courses.install(app, SYSTEM, old)
    result, _ = courses.install(app, SYSTEM, old, force=True)
    assert result.outcome == "downgraded"
    assert _versions(app) == [("1.0.0", True), ("1.1.0", False)]
    assert _counts(app)["module_versions"] == 2  # the kept version is reused, not copied


def test_a_kept_higher_version_comes_back_without_force(app: AppContext, source: Path) -> None:
    old = shutil.copytree(source, source.parent / "old")
    courses.install(app, SYSTEM, source)
    _edit_lesson(_set_version(source, "1.1.0"))
    courses.install(app, SYSTEM, source)
    courses.install(app, SYSTEM, old, force=True)  # back to 1.0.0
    result, _ = courses.install(app, SYSTEM, source)  # 1.1.0 again: an upgrade
    assert (result.outcome, result.previous) == ("upgraded", "1.0.0")
    assert _versions(app) == [("1.0.0", False), ("1.1.0", True)]


def test_nothing_is_stored_from_an_invalid_module(app: AppContext, source: Path) -> None:
    before = _counts(app)
    with pytest.raises(ValidationFailed) as caught:
        courses.install(app, SYSTEM, _break(source))
    assert "single_choice needs exactly one correct option, found 0" in str(
        caught.value.problems[0]
    )
    assert _counts(app) == before == dict.fromkeys(before, 0)


def test_an_invalid_upgrade_leaves_the_installed_version(app: AppContext, source: Path) -> None:
    courses.install(app, SYSTEM, source)
    before = _counts(app)
    with pytest.raises(ValidationFailed):
        courses.install(app, SYSTEM, _break(_set_version(source, "1.1.0")))
    assert _counts(app) == before
    assert _versions(app) == [("1.0.0", True)]


def test_only_an_administrator_installs(app: AppContext, source: Path) -> None:
    instructor = Principal(None, "ines", Role.INSTRUCTOR)
    with pytest.raises(PermissionDenied):
        courses.install(app, instructor, source)
    assert _counts(app)["module_versions"] == 0


# ---- mobilaze-admin course ... -------------------------------------------------------------


def test_cli_validate_a_valid_module(
    source: Path, tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_data), "course", "validate", str(source)]) == 0
    out, err = capsys.readouterr()
    assert out == (
        f"{source}: valid: {MODULE_ID} 1.0.0, 1 lessons, 8 questions, 3 assessments, 0 warning(s)\n"
    )
    assert err == ""


def test_cli_validate_a_broken_module(
    source: Path, tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = source / "questions" / "data-page.yaml"
    assert main(["--data-dir", str(tmp_data), "course", "validate", str(_break(source))]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"{bank}:15: questions[0].options: single_choice needs exactly one correct option, found 0",
        f"{source}: INVALID, 1 problem(s)",
    ]


def test_cli_validate_reports_each_path(
    source: Path, tmp_path: Path, tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _break(Path(shutil.copytree(source, tmp_path / "broken")))
    argv = ["--data-dir", str(tmp_data), "--json", "course", "validate", str(source), str(broken)]
    assert main(argv) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(r["path"], r["valid"]) for r in report] == [(str(source), True), (str(broken), False)]
    assert report[0]["questions"] == 8
    assert len(report[1]["problems"]) == 1


def test_cli_install_and_list(
    source: Path, tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_data), "course"]
    assert main([*base, "install", str(source)]) == 0
    assert capsys.readouterr().out == f"{MODULE_ID} 1.0.0: installed\n"
    _edit_lesson(_set_version(source, "1.1.0"))
    assert main([*base, "install", str(source)]) == 0
    assert capsys.readouterr().out == f"{MODULE_ID} 1.1.0: upgraded (was 1.0.0)\n"
    assert main(["--json", *base, "list"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["id"], listed["version"], listed["questions"]) == (MODULE_ID, "1.1.0", 8)
    assert listed["assessments"] == ["practice", "final-exam", "booth-check"]


def test_cli_install_refusals_exit_1_with_the_reason(
    source: Path, tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_data), "course", "install"]
    assert main([*base, str(source)]) == 0
    capsys.readouterr()
    _edit_lesson(source)
    assert main([*base, str(source)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Raise the version in module.yaml" in err
    assert main([*base, str(_break(_set_version(source, "1.2.0")))]) == 1
    err = capsys.readouterr().err
    assert "single_choice needs exactly one correct option" in err
    assert "1 problem(s) found; nothing was stored." in err


@pytest.mark.parametrize(
    "argv",
    [
        ["course"],
        ["course", "validate"],
        ["course", "frobnicate", "x"],
        ["course", "install", "--force"],
        ["--no-such-option", "course", "list"],
    ],
)
def test_cli_usage_errors_exit_2(
    argv: list[str], tmp_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_data), *argv])
    assert caught.value.code == 2
    assert "usage: mobilaze-admin" in capsys.readouterr().err
