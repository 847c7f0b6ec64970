"""Certificates through the services: eligibility, issue, register, revoke, verify; printed
exam papers entered with their paper id; the cohort report."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mobilaze_training import cli
from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.errors import ConflictError, InvalidInput, PermissionDenied
from mobilaze_training.paths import resource_path
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import (
    attempts,
    certificates,
    cohorts,
    courses,
    practical,
    printing,
    users,
)
from mobilaze_training.services.context import AppContext, open_app

MODULE = "document-examination"
EXAM = "doc-final-exam"
PASSWORD = "pass-word-123"
PEOPLE = {"hasan": "Əliyev Həsən Ülvi oğlu", "ivan": "Иванов Иван Иванович", "anna": "Anna Smith"}


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = open_app(tmp_path / "data")
    courses.install(context, SYSTEM, resource_path("courses", MODULE))
    users.add_user(context, SYSTEM, "teacher", "Teacher", "instructor", PASSWORD)
    for username, name in PEOPLE.items():
        users.add_user(context, SYSTEM, username, name, "trainee", PASSWORD, "az")
    cohorts.create_cohort(context, SYSTEM, "Post 7", "teacher")
    cohorts.enrol(context, SYSTEM, "Post 7", list(PEOPLE))
    cohorts.assign(context, SYSTEM, "Post 7", MODULE)
    yield context
    context.close()


def _take_exam(ctx: AppContext, username: str, right: bool) -> None:
    who = users.login(ctx, username, PASSWORD)
    view = attempts.start_attempt(ctx, who, MODULE, EXAM, "az")
    review_questions = _snapshot(ctx, view.id)
    for question in view.questions:
        full = review_questions[question.id]
        if full["type"] == "essay":
            response: Any = "Mən sənədi UV işığında yoxlayardım."
        else:
            response = correct_response(full) if right else None
        if response is not None:
            attempts.save_answer(ctx, who, view.id, question.id, response)
    attempts.submit_attempt(ctx, who, view.id)
    if right:  # the certificate also needs the practical test, observed by the instructor
        for test in practical.practical_tests(ctx, SYSTEM, MODULE):
            observed = {item.id: True for item in test.items}
            practical.record_practical(ctx, SYSTEM, username, MODULE, test.assessment_id, observed)


def _snapshot(ctx: AppContext, attempt_id: Any) -> dict[str, dict[str, Any]]:
    from mobilaze_training.store.models import Attempt

    with ctx.db.transaction() as s:
        attempt = s.get(Attempt, attempt_id)
        assert attempt is not None
        return dict(attempt.snapshot["questions"])


def _grade_essays(ctx: AppContext) -> None:
    from mobilaze_training.services import grading

    teacher = users.login(ctx, "teacher", PASSWORD)
    for essay in grading.pending_essays(ctx, teacher):
        grading.grade_essay(ctx, teacher, essay.attempt_id, essay.question_id, essay.points)


def test_issue_requires_a_passed_exam_and_verifies_offline(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ConflictError, match="not yet passed"):
        certificates.issue(ctx, SYSTEM, "hasan", MODULE)
    _take_exam(ctx, "hasan", right=True)
    _grade_essays(ctx)
    info = certificates.issue(ctx, SYSTEM, "hasan", MODULE)
    assert info.serial.startswith(f"MT-{date.today().year}-")
    assert info.full_name == PEOPLE["hasan"]
    assert info.expires is not None and info.expires > info.issued
    again = certificates.issue(ctx, SYSTEM, "hasan", MODULE)
    assert again.serial == info.serial, "a valid certificate is not issued twice"

    pdf_path = certificates.render(ctx, SYSTEM, info.serial, tmp_path / "hasan.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert PEOPLE["hasan"] in text
    result = certificates.verify(ctx, SYSTEM, str(pdf_path))
    assert result.status == "valid", result.message
    assert certificates.verify(ctx, SYSTEM, info.code).status == "valid"
    later = date(info.expires.year + 1, 1, 1)
    assert certificates.verify(ctx, SYSTEM, info.code, today=later).status == "expired"

    certificates.revoke(ctx, SYSTEM, info.serial, "issued by mistake")
    assert certificates.verify(ctx, SYSTEM, str(pdf_path)).status == "revoked"
    with pytest.raises(ConflictError, match="revoked"):
        certificates.render(ctx, SYSTEM, info.serial, tmp_path / "again.pdf")


def test_batch_issues_to_the_eligible_and_lists_the_rest(ctx: AppContext, tmp_path: Path) -> None:
    _take_exam(ctx, "hasan", right=True)
    _take_exam(ctx, "ivan", right=True)
    _take_exam(ctx, "anna", right=False)
    _grade_essays(ctx)
    teacher = users.login(ctx, "teacher", PASSWORD)
    report = certificates.issue_batch(ctx, teacher, "Post 7", MODULE, tmp_path / "batch")
    assert sorted(i.username for i in report.issued) == ["hasan", "ivan"]
    assert [s[0] for s in report.skipped] == ["anna"]
    assert len(report.files) == 2 and all(f.stat().st_size > 10_000 for f in report.files)
    names = {PdfReader(f).pages[0].extract_text() for f in report.files}
    assert any(PEOPLE["ivan"] in n for n in names)
    register = certificates.register(ctx, teacher, MODULE)
    assert {c.username for c in register} == {"hasan", "ivan"}
    own = certificates.register(ctx, users.login(ctx, "ivan", PASSWORD))
    assert [c.username for c in own] == ["ivan"]


def test_trainee_renders_only_their_own(ctx: AppContext, tmp_path: Path) -> None:
    _take_exam(ctx, "hasan", right=True)
    _grade_essays(ctx)
    info = certificates.issue(ctx, SYSTEM, "hasan", MODULE)
    hasan = users.login(ctx, "hasan", PASSWORD)
    ivan = users.login(ctx, "ivan", PASSWORD)
    assert certificates.render(ctx, hasan, info.serial, tmp_path / "mine.pdf").exists()
    with pytest.raises(PermissionDenied):
        certificates.render(ctx, ivan, info.serial, tmp_path / "theirs.pdf")
    with pytest.raises(PermissionDenied):
        certificates.issue(ctx, hasan, "hasan", MODULE)


def test_unknown_key_until_trusted(ctx: AppContext, tmp_path: Path) -> None:
    _take_exam(ctx, "hasan", right=True)
    _grade_essays(ctx)
    code = certificates.issue(ctx, SYSTEM, "hasan", MODULE).code
    other = open_app(tmp_path / "other-centre")
    try:
        assert certificates.verify(ctx, SYSTEM, code).status == "valid"
        assert certificates.verify(other, SYSTEM, code).status == "unknown_key"
        certificates.import_trusted_key(other, SYSTEM, certificates.export_public_key(ctx, SYSTEM))
        assert certificates.verify(other, SYSTEM, code).status == "valid"
    finally:
        other.close()


def test_centre_key_is_private_to_its_owner(ctx: AppContext) -> None:
    certificates.ensure_centre_key(ctx)
    mode = certificates.centre_key_path(ctx).stat().st_mode & 0o777
    assert mode == 0o600


def test_printed_paper_is_entered_by_its_id(ctx: AppContext, tmp_path: Path) -> None:
    papers = printing.print_papers(ctx, SYSTEM, MODULE, EXAM, 2, tmp_path / "papers", "ru")
    assert len({p.paper_id for p in papers}) == 2
    paper = papers[0]
    reader = PdfReader(paper.path)
    text = "".join(page.extract_text() for page in reader.pages)
    assert paper.paper_id in text and "Бланк ответов" in text
    questions = _bank(ctx)
    responses = {
        qid: correct_response(questions[qid])
        for qid in paper.questions
        if questions[qid]["type"] != "essay"
    }
    file = tmp_path / "responses.json"
    file.write_text(json.dumps(responses), encoding="utf-8")
    argv = ["--data-dir", str(ctx.data_dir), "--json", "attempt", "record", "--user", "hasan"]
    argv += ["--module", MODULE, "--assessment", EXAM, "--responses", str(file)]
    assert cli.main([*argv, "--paper-id", paper.paper_id]) == 0
    not_on_paper = next(q for q in questions if q not in paper.questions)
    file.write_text(json.dumps({not_on_paper: None}), encoding="utf-8")
    with pytest.raises(InvalidInput, match="not on paper"):
        from mobilaze_training.services import grading

        grading.record_paper(
            ctx, SYSTEM, "hasan", MODULE, EXAM, {not_on_paper: None}, paper.paper_id
        )


def _bank(ctx: AppContext) -> dict[str, dict[str, Any]]:
    from sqlalchemy import select

    from mobilaze_training.store.models import ModuleVersion, Question

    with ctx.db.transaction() as s:
        mv = s.scalar(select(ModuleVersion).where(ModuleVersion.module_id == MODULE))
        assert mv is not None
        rows = s.scalars(select(Question).where(Question.module_version_id == mv.id))
        return {q.question_id: q.content for q in rows}


def test_cohort_report_shows_names_and_pass_rate(ctx: AppContext, tmp_path: Path) -> None:
    _take_exam(ctx, "ivan", right=True)
    _grade_essays(ctx)
    teacher = users.login(ctx, "teacher", PASSWORD)
    out = printing.cohort_report(ctx, teacher, "Post 7", tmp_path / "report.pdf", "az")
    text = PdfReader(out).pages[0].extract_text()
    assert PEOPLE["ivan"] in text and PEOPLE["hasan"] in text
    assert "33%" in text  # one of three trainees passed
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "r")], check=True)
        assert (tmp_path / "r-1.png").stat().st_size > 1000


def test_instructor_cannot_certify_outside_their_cohorts(ctx: AppContext) -> None:
    users.add_user(ctx, SYSTEM, "stranger", "Other Teacher", "instructor", PASSWORD)
    stranger: Principal = users.login(ctx, "stranger", PASSWORD)
    with pytest.raises(PermissionDenied):
        certificates.issue(ctx, stranger, "hasan", MODULE)
