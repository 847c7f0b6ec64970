"""The certificate screens in the screenshot registry (mobilaze_training.gui.screenshots).

Before any screen is taken, the demonstration world gets a few certificates: the trainee
passed another module's exam on paper and Иванов passed the main one; one certificate is
revoked. Every step goes through the services.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QWidget

from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.certificates import signing
from mobilaze_training.gui import screenshots
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, settle
from mobilaze_training.paths import resource_path
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import certificates, courses, grading, practical, printing

Register = Callable[[str], Callable[[Builder], Builder]]
ESSAY = "Sənədi saxlayıram, növbətçi zabitə məlumat verirəm və yazılı hesabat hazırlayıram."


def wait(done: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let background work finish (its results arrive as events on this thread)."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        settle(1)
        time.sleep(0.01)
    settle()


def exam_questions(module_id: str) -> tuple[str, dict[str, dict[str, Any]]]:
    """A shipped module's exam and every question it may hold, with the answer keys (read
    from the module's folder)."""
    loaded = courses.validate(resource_path("courses", module_id))
    manifest = loaded.manifest.model_dump(mode="json", by_alias=True, exclude_none=True)
    exam = next(a for a in manifest["assessments"] if a["kind"] == "exam")
    pool: set[str] = set()
    for section in exam.get("sections", []):
        pool |= set(section.get("questions") or [])
        if "draw" not in section:
            continue
        source = section.get("from") or {}
        tags = set(source.get("tags") or [])
        pool |= {
            qid
            for qid, (bank, question) in loaded.questions.items()
            if source.get("bank") in (None, bank) and tags <= set(question.tags or [])
        }
    questions = {
        qid: question.model_dump(mode="json", exclude_none=True)
        for qid, (_bank, question) in loaded.questions.items()
        if qid in pool
    }
    return str(exam["id"]), questions


def pass_on_paper(env: ScreenshotEnv, who: Principal, module_id: str) -> None:
    """Enter a paper exam with every answer right and grade its essays in full."""
    exam, questions = exam_questions(module_id)
    paper = printing.draw_paper(env.ctx, SYSTEM, module_id, exam)
    responses = {
        qid: ESSAY if questions[qid]["type"] == "essay" else correct_response(questions[qid])
        for qid in paper.questions
    }
    grading.record_paper(env.ctx, SYSTEM, who.username, module_id, exam, responses, paper.paper_id)
    for essay in grading.pending_essays(env.ctx, SYSTEM):
        if essay.username == who.username and essay.module_id == module_id:
            grading.grade_essay(env.ctx, SYSTEM, essay.attempt_id, essay.question_id, essay.points)
    for test in practical.practical_tests(env.ctx, SYSTEM, module_id):
        observed = {item.id: True for item in test.items}
        practical.record_practical(
            env.ctx, SYSTEM, who.username, module_id, test.assessment_id, observed
        )


@screenshots.extend_world
def add_certificates(env: ScreenshotEnv) -> None:
    modules = [m.module_id for m in courses.list_modules(env.ctx, env.admin)]
    other = next((m for m in modules if m != env.module_id), env.module_id)
    pass_on_paper(env, env.trainee, other)
    pass_on_paper(env, env.other_trainee, env.module_id)
    pass_on_paper(env, env.other_trainee, other)
    mine = certificates.issue(env.ctx, env.admin, env.trainee.username, other)
    certificates.issue(env.ctx, env.admin, env.other_trainee.username, env.module_id)
    wrong = certificates.issue(env.ctx, env.admin, env.other_trainee.username, other)
    certificates.revoke(env.ctx, env.admin, wrong.serial, "the name was misspelt; reissued")
    folder = env.ctx.data_dir.parent / "certificates"  # removed with the demonstration world
    env.extra["certificate_folder"] = folder
    env.extra["certificate"] = mine
    env.extra["batch_report"] = certificates.issue_batch(
        env.ctx, env.admin, env.cohort, env.module_id, folder
    )


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.certificates.dialogs import (
        BatchIssueDialog,
        BatchSummaryDialog,
        IssueDialog,
        RevokeDialog,
    )
    from mobilaze_training.gui.certificates.documents import CohortReportDialog, PrintPapersDialog
    from mobilaze_training.gui.certificates.mine import MyCertificatesScreen
    from mobilaze_training.gui.certificates.register import CertificatesScreen
    from mobilaze_training.gui.certificates.verify import VerifyScreen
    from mobilaze_training.services import cohorts, users

    @register("my-certificates")
    def _mine(env: ScreenshotEnv) -> None:
        env.show(env.trainee, lambda: MyCertificatesScreen(env.shell))

    @register("trainee-module-certificate")
    def _module_page(env: ScreenshotEnv) -> None:
        from mobilaze_training.gui.trainee.module_page import ModulePage

        module_id = env.extra["certificate"].module_id
        env.show(env.trainee, lambda: ModulePage(env.shell, module_id))

    def register_screen(env: ScreenshotEnv, who: Principal | None = None) -> CertificatesScreen:
        screen = env.show(who or env.admin, lambda: CertificatesScreen(env.shell))
        assert isinstance(screen, CertificatesScreen)
        return screen

    @register("certificate-register")
    def _register(env: ScreenshotEnv) -> None:
        register_screen(env)

    @register("certificate-register-instructor")
    def _register_instructor(env: ScreenshotEnv) -> None:
        register_screen(env, env.instructor)

    def dialog(env: ScreenshotEnv, make: Callable[[CertificatesScreen], QWidget]) -> QWidget:
        screen = register_screen(env)
        shown = make(screen)
        shown.open()  # type: ignore[attr-defined]
        settle()
        return shown

    @register("certificate-issue-dialog")
    def _issue(env: ScreenshotEnv) -> QWidget:
        def make(screen: CertificatesScreen) -> QWidget:
            trainees = users.list_users(env.ctx, env.admin, "trainee")
            return IssueDialog(
                screen, env.ctx, env.admin, trainees, list(screen.modules.values()), screen.lang
            )

        return dialog(env, make)

    @register("certificate-batch-dialog")
    def _batch(env: ScreenshotEnv) -> QWidget:
        def make(screen: CertificatesScreen) -> QWidget:
            found = cohorts.list_cohorts(env.ctx, env.admin)
            return BatchIssueDialog(
                screen, env.ctx, env.admin, found, list(screen.modules.values()), screen.lang
            )

        return dialog(env, make)

    @register("certificate-batch-summary")
    def _summary(env: ScreenshotEnv) -> QWidget:
        report, folder = env.extra["batch_report"], env.extra["certificate_folder"]
        people = users.list_users(env.ctx, env.admin, "trainee")
        names = {p.username: p.full_name for p in people}

        def make(screen: CertificatesScreen) -> QWidget:
            titles = screen.assessment_titles(env.module_id)
            return BatchSummaryDialog(screen, report, folder, names, titles)

        return dialog(env, make)

    @register("certificate-revoke-dialog")
    def _revoke(env: ScreenshotEnv) -> QWidget:
        info = env.extra["certificate"]

        def make(screen: CertificatesScreen) -> QWidget:
            screen.refresh(select=info.serial)
            shown = screen.revoke_selected()
            assert isinstance(shown, RevokeDialog)
            return shown

        return dialog(env, make)

    @register("certificate-papers-dialog")
    def _papers(env: ScreenshotEnv) -> QWidget:
        def make(screen: CertificatesScreen) -> QWidget:
            modules = list(screen.modules.values())
            return PrintPapersDialog(
                screen, env.ctx, env.admin, modules, screen.lang, env.module_id
            )

        return dialog(env, make)

    @register("certificate-report-dialog")
    def _report(env: ScreenshotEnv) -> QWidget:
        def make(screen: CertificatesScreen) -> QWidget:
            found = cohorts.list_cohorts(env.ctx, env.admin)
            return CohortReportDialog(screen, env.ctx, env.admin, found, screen.lang)

        return dialog(env, make)

    def verify(env: ScreenshotEnv, who: Principal | None, code: str) -> None:
        screen = env.show(who, lambda: VerifyScreen(env.shell))
        assert isinstance(screen, VerifyScreen)
        screen.code_edit.setPlainText(code)
        screen.check_code()
        wait(lambda: screen.checking is None)

    @register("verify-valid")
    def _valid(env: ScreenshotEnv) -> None:
        verify(env, env.admin, env.extra["certificate"].code)

    @register("verify-tampered")
    def _tampered(env: ScreenshotEnv) -> None:
        payload, signature = signing.parse_code(env.extra["certificate"].code)
        body = replace(payload, name="Hacıyev Saxta").canonical()
        forged = f"{signing.CODE_PREFIX}{signing.b64encode(body)}.{signing.b64encode(signature)}"
        verify(env, env.trainee, forged)

    @register("verify-before-login")
    def _before_login(env: ScreenshotEnv) -> None:
        revoked = next(c for c in certificates.register(env.ctx, env.admin) if c.revoked)
        verify(env, None, revoked.code)


register_screenshots(screenshots.register)
