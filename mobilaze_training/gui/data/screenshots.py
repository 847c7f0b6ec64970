"""The data screens in the screenshot registry (mobilaze_training.gui.screenshots).

Before any screen is taken, a second cohort of twelve trainees sits the main module's exam on
paper (some strong, some weak), so that the item analysis has numbers to show.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import screenshots
from mobilaze_training.gui.certificates.screenshots import exam_questions, wait
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import cohorts, grading, printing, users

Register = Callable[[str], Callable[[Builder], Builder]]
COHORT = "Sərhəd-2026/2"
PEOPLE = (
    ("quliyeva.gunel", "Quliyeva Günel"),
    ("ismayilov.ilkin", "İsmayılov İlkin"),
    ("huseynova.sevinj", "Hüseynova Sevinc"),
    ("petrova.olga", "Петрова Ольга Сергеевна"),
    ("babayev.rashad", "Babayev Rəşad"),
    ("nasirova.aygun", "Nəsirova Aygün"),
    ("sidorov.pavel", "Сидоров Павел"),
    ("mammadli.orkhan", "Məmmədli Orxan"),
    ("kerimova.leyla", "Kərimova Leyla"),
    ("agayev.tural", "Ağayev Tural"),
    ("smirnova.anna", "Смирнова Анна"),
    ("rzayev.elvin", "Rzayev Elvin"),
)
GIFT = """\
// Sənəd yoxlaması: Moodle-dan köçürülmüş suallar
::Paytaxt::Azərbaycanın paytaxtı hansı şəhərdir? {=Bakı =Baku}

::MRZ::Pasportun maşınla oxunan zonası neçə sətirdən ibarətdir? {=iki ~bir ~üç}

::Qeyd::Bu bölmədə sənədin mühafizə elementləri təsvir olunur.

::İl::Azərbaycan Xalq Cümhuriyyəti hansı ildə yaradılıb? {#1918:0 # düzgün}

::Şəkil::[html]<p>Bu möhür hansı ölkənindir? <img src="stamp.png"></p>{=Gürcüstan ~Türkiyə}
"""
BROKEN = """\
::Yaxşı::Sənəd etibarlıdırmı? {TRUE}

::Sınıq::Çatışmayan nədir? {=a ~b

::Növbəti::Başqa sual? {=x ~y}
"""


def _answer(question: dict[str, Any], rng: random.Random, skill: float) -> Any:
    if question["type"] == "essay":
        return None  # unanswered: scored 0, so the attempt needs no grading
    if rng.random() < skill:
        return correct_response(question)
    if question["type"] == "true_false":
        return not question["answer"]
    if question["type"] == "single_choice":
        return rng.choice([o["id"] for o in question["options"]])
    return None


@screenshots.extend_world
def add_paper_exams(env: ScreenshotEnv) -> None:
    password = "screenshot-pass"
    for username, name in PEOPLE:
        users.add_user(env.ctx, SYSTEM, username, name, "trainee", password, "az")
    cohorts.create_cohort(env.ctx, SYSTEM, COHORT, env.instructor.username)
    cohorts.enrol(env.ctx, SYSTEM, COHORT, [p[0] for p in PEOPLE])
    cohorts.assign(env.ctx, SYSTEM, COHORT, env.module_id)
    exam, questions = exam_questions(env.module_id)
    rng = random.Random(2026)
    for i, (username, _name) in enumerate(PEOPLE):
        skill = 0.3 + 0.06 * i
        paper = printing.draw_paper(env.ctx, SYSTEM, env.module_id, exam)
        responses = {
            qid: answer
            for qid in paper.questions
            if (answer := _answer(questions[qid], rng, skill)) is not None
        }
        grading.record_paper(
            env.ctx, SYSTEM, username, env.module_id, exam, responses, paper.paper_id
        )
    folder = env.ctx.data_dir.parent / "files"  # removed with the demonstration world
    folder.mkdir(exist_ok=True)
    (folder / "sərhəd-sualları.gift").write_text(GIFT, encoding="utf-8")
    (folder / "köhnə-bank.gift").write_text(BROKEN, encoding="utf-8")
    env.extra["data_folder"] = folder
    env.extra["exam"] = exam


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.data.export_results import ExportResultsScreen
    from mobilaze_training.gui.data.import_questions import ImportQuestionsScreen
    from mobilaze_training.gui.data.item_analysis import ItemAnalysisScreen

    def importing(env: ScreenshotEnv, name: str) -> None:
        screen = env.show(env.instructor, lambda: ImportQuestionsScreen(env.shell))
        assert isinstance(screen, ImportQuestionsScreen)
        folder: Path = env.extra["data_folder"]
        screen.set_source(folder / name)
        screen.out_edit.setText(str(folder / "imported.yaml"))
        screen.run_import()
        wait(lambda: screen.working is None)

    @register("import-questions")
    def _import(env: ScreenshotEnv) -> None:
        importing(env, "sərhəd-sualları.gift")

    @register("import-questions-errors")
    def _import_errors(env: ScreenshotEnv) -> None:
        importing(env, "köhnə-bank.gift")

    @register("export-results")
    def _export(env: ScreenshotEnv) -> None:
        screen = env.show(env.admin, lambda: ExportResultsScreen(env.shell))
        assert isinstance(screen, ExportResultsScreen)
        screen.cohort_combo.setCurrentIndex(screen.cohort_combo.findData(COHORT))
        screen.since_check.setChecked(True)
        screen.out_edit.setText(str(env.extra["data_folder"] / "nəticələr.csv"))
        screen.run_export()
        wait(lambda: screen.working is None)

    @register("item-analysis")
    def _items(env: ScreenshotEnv) -> None:
        screen = env.show(env.instructor, lambda: ItemAnalysisScreen(env.shell, env.module_id))
        assert isinstance(screen, ItemAnalysisScreen)
        screen.assessment_combo.setCurrentIndex(screen.assessment_combo.findData(env.extra["exam"]))
        screen.analyse()
        wait(lambda: screen.working is None)


register_screenshots(screenshots.register)
