"""The data exchange and keys screens in the screenshot registry.

Before any screen is taken, a "post" data folder (beside the demonstration world) gets the
main module and a few paper exams, and exports a results bundle. Headquarters' real import is
done into a scratch copy of headquarters (so the demonstration world keeps its data); its
summary is what the import screenshot shows. The world only gains two trusted keys.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import screenshots
from mobilaze_training.gui.certificates.screenshots import exam_questions, wait
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, settle
from mobilaze_training.paths import resource_path
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import courses, grading, keys, printing, sync, users
from mobilaze_training.services.context import AppContext, open_app

Register = Callable[[str], Callable[[Builder], Builder]]
POST_TRAINEES = (
    ("quliyev.eldar", "Quliyev Eldar Rauf oğlu"),
    ("sadigova.nigar", "Sadıqova Nigar"),
    ("kuznetsov.oleg", "Кузнецов Олег Петрович"),
)


def _post_with_results(ctx: AppContext, module_id: str) -> None:
    courses.install(ctx, SYSTEM, resource_path("courses", module_id))
    exam, questions = exam_questions(module_id)
    rng = random.Random(7)
    for username, name in POST_TRAINEES:
        users.add_user(ctx, SYSTEM, username, name, "trainee", "post-pass-123", "az")
        paper = printing.draw_paper(ctx, SYSTEM, module_id, exam)
        responses = {
            qid: correct_response(questions[qid]) if rng.random() < 0.7 else None
            for qid in paper.questions
            if questions[qid]["type"] != "essay"
        }
        answered = {k: v for k, v in responses.items() if v is not None}
        grading.record_paper(ctx, SYSTEM, username, module_id, exam, answered, paper.paper_id)


@screenshots.extend_world
def add_post_bundle(env: ScreenshotEnv) -> None:
    root = env.ctx.data_dir.parent / "exchange"  # removed with the demonstration world
    usb = root / "usb"
    usb.mkdir(parents=True, exist_ok=True)
    post, scratch = open_app(root / "post"), open_app(root / "scratch-hq")
    try:
        post.settings.centre_name = "Astara sərhəd postu"
        _post_with_results(post, env.module_id)
        courses.install(scratch, SYSTEM, resource_path("courses", env.module_id))
        line = keys.export_machine_key(post, SYSTEM)
        for hq in (env.ctx, scratch):
            keys.import_key(hq, SYSTEM, line.text(), "machine")
        bundle = sync.export_bundle(post, SYSTEM, usb / "results-astara-2026-05-04.zip").path
        env.extra["sync_import"] = sync.import_bundle(scratch, SYSTEM, bundle)
        data = bytearray(bundle.read_bytes())
        data[len(data) // 3] ^= 0xFF
        tampered = usb / "results-damaged.zip"
        tampered.write_bytes(bytes(data))
        try:
            sync.import_bundle(scratch, SYSTEM, tampered)
        except MobilazeError as exc:
            env.extra["sync_refusal"] = str(exc)
        publisher = keys.generate_publisher_key(
            env.ctx, SYSTEM, root / "publisher.pem", "MOBILAZE kurs qrupu"
        )
        keys.import_key(env.ctx, SYSTEM, publisher.text(), "publisher")
        env.extra["sync_usb"] = usb
    finally:
        post.close()
        scratch.close()


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.sync.exchange import DataExchangeScreen, ExchangeState
    from mobilaze_training.gui.sync.keys import KeysScreen

    def exchange(env: ScreenshotEnv, state: ExchangeState | None = None) -> DataExchangeScreen:
        state = state or ExchangeState(folder=str(env.extra.get("sync_usb", "")))
        screen = env.show(env.admin, lambda: DataExchangeScreen(env.shell, state))
        assert isinstance(screen, DataExchangeScreen)
        return screen

    @register("sync-exchange")
    def _exchange(env: ScreenshotEnv) -> None:
        exchange(env)

    @register("sync-exchange-export")
    def _export(env: ScreenshotEnv) -> None:
        screen = exchange(env)
        screen.full_check.setChecked(True)
        screen.export_results()
        wait(lambda: screen.working is None)

    @register("sync-exchange-import")
    def _import(env: ScreenshotEnv) -> None:
        state = ExchangeState(str(env.extra.get("sync_usb", "")), last=env.extra["sync_import"])
        exchange(env, state)

    @register("sync-exchange-refused")
    def _refused(env: ScreenshotEnv) -> QWidget:
        screen = exchange(env)
        screen.say(screen.tr("The bundle was refused; nothing was imported."), "error")
        box = screen.refused(env.extra.get("sync_refusal", "?"))
        settle()
        return box

    @register("sync-keys")
    def _keys(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: KeysScreen(env.shell))

    @register("sync-keys-import-dialog")
    def _import_dialog(env: ScreenshotEnv) -> QWidget:
        screen = env.show(env.admin, lambda: KeysScreen(env.shell))
        assert isinstance(screen, KeysScreen)
        dialog = screen.import_key()
        dialog.file_edit.setText(str(env.extra.get("sync_usb", "")) + "/computer-astara.pub")
        settle()
        return dialog

    @register("sync-keys-generate-dialog")
    def _generate_dialog(env: ScreenshotEnv) -> QWidget:
        screen = env.show(env.admin, lambda: KeysScreen(env.shell))
        assert isinstance(screen, KeysScreen)
        dialog = screen.generate_key()
        dialog.label_edit.setText("MOBILAZE kurs qrupu")
        settle()
        return dialog


register_screenshots(screenshots.register)
