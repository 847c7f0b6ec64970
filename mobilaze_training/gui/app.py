"""`mobilaze-training`: start the desktop application.

Start-up is measured (bench/startup.py): before the login window shows, only what it needs
is imported and done. The log file, the full error dialogs and the database (opened off the
GUI thread, see gui/startup.py) come in the first turns of the event loop.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from mobilaze_training import __version__, paths

if TYPE_CHECKING:
    import argparse

    from mobilaze_training.services.context import AppContext

LOG_FILE = "mobilaze-training.log"


class _EarlyRecords(logging.Handler):
    """Keeps what is logged before the log file is opened, to be written to it then."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _early_handlers() -> list[_EarlyRecords]:
    return [h for h in logging.getLogger().handlers if isinstance(h, _EarlyRecords)]


def start_logging() -> None:
    """Log at INFO from now on; the records wait in memory until :func:`setup_logging`."""
    root = logging.getLogger()
    if not _early_handlers():
        root.addHandler(_EarlyRecords())
    root.setLevel(logging.INFO)


def setup_logging(data_dir_path: str | None) -> None:
    """Log to a rotating file in the data folder, starting with what was logged before."""
    import logging.handlers  # imports sockets, pickle, queues: not before the window shows

    folder = paths.log_dir(paths.data_dir(data_dir_path))
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for early in _early_handlers():
        root.removeHandler(early)
        for record in early.records:
            if record.levelno >= root.level:
                handler.handle(record)
    root.addHandler(handler)


def _qt_messages_to_logging() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.INFO), message)

    qInstallMessageHandler(handler)


def _install_excepthook() -> None:
    """Uncaught exceptions as dialogs (gui/dialogs.py), that module imported on first use."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from mobilaze_training.gui.dialogs import install_excepthook

        install_excepthook()  # replaces this hook with the real one
        sys.excepthook(kind, value, tb)

    sys.excepthook = hook


class Options(NamedTuple):
    data_dir: str | None = None
    database_url: str | None = None
    language: str | None = None
    self_test: bool = False


_VALUED = {"--data-dir": "data_dir", "--database-url": "database_url", "--language": "language"}
LANGUAGES = ("az", "ru", "en")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="mobilaze-training")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (env MOBILAZE_DATA_DIR)")
    parser.add_argument("--database-url", metavar="URL", help="env MOBILAZE_DATABASE_URL")
    parser.add_argument("--language", choices=LANGUAGES, help="interface language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works, on a temporary folder; exit 0 when it does",
    )
    return parser


def _parse_plain(argv: Sequence[str]) -> Options | None:
    """The usual command lines without argparse (its import costs ~15 ms of the start);
    None for anything else (help, version, a mistake, Qt's own options): argparse decides."""
    found: dict[str, str | bool] = {}
    items = list(argv)
    while items:
        token = items.pop(0)
        name, eq, value = token.partition("=")
        if token == "--self-test":
            found["self_test"] = True
        elif name in _VALUED and (eq or items):
            found[_VALUED[name]] = value if eq else items.pop(0)
        else:
            return None
    if found.get("language") not in (None, *LANGUAGES):
        return None
    return Options(**found)  # type: ignore[arg-type]


def parse_args(argv: Sequence[str] | None) -> Options:
    """Our options; anything else is left for Qt (e.g. ``-platform``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    plain = _parse_plain(argv)
    if plain is not None:
        return plain
    known, _qt_args = build_parser().parse_known_args(argv)
    return Options(known.data_dir, known.database_url, known.language, known.self_test)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from mobilaze_training.gui.selftest import run_self_test

        return run_self_test()
    from mobilaze_training.syscheck import check as system_check

    problem = system_check()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    start_logging()
    try:
        return _run(args)
    finally:
        if _early_handlers():  # ended before the log file was opened: keep what was logged
            setup_logging(args.data_dir)


def _run(args: Options) -> int:
    """Show the login window at once, then run the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mobilaze_training.gui.i18n import LanguageManager
    from mobilaze_training.gui.startup import start

    _qt_messages_to_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MOBILAZE Training")
    app.setOrganizationName("MOBILAZE")
    _install_excepthook()
    from mobilaze_training.gui.theme import apply_theme

    saved = _saved_settings(args.data_dir)
    languages = LanguageManager()
    languages.set_language(args.language or saved.language)
    if isinstance(app, QApplication):  # before the window shows: no unstyled first frame
        apply_theme(app, saved)

    def open_context() -> AppContext:
        from mobilaze_training.services.context import open_app

        return open_app(args.data_dir, args.database_url)

    def failed(exc: BaseException) -> None:
        from mobilaze_training.gui.dialogs import show_error

        logging.getLogger(__name__).error("cannot open the database: %s", exc)
        show_error(None, exc)
        app.exit(1)

    # Posted first: the log file opens in the first turn of the event loop, before the
    # database is opened (posted by start()), once the window is shown.
    QTimer.singleShot(0, lambda: setup_logging(args.data_dir))
    window = start(open_context, languages, failed)
    window.show()
    code = app.exec()
    if window.ctx is not None:
        window.ctx.close()
    return int(code)


class _SavedLook(NamedTuple):
    """What the start needs of the saved settings, read without loading the settings model."""

    language: str = "az"
    high_contrast: bool = False
    font_scale_percent: int = 100


def _saved_settings(data_dir: str | None) -> _SavedLook:
    """The centre's language and look from settings.json (start-up: Qt's JSON reader, as
    Python's json package and the pydantic settings model cost more to import than to use)."""
    from PySide6.QtCore import QByteArray, QJsonDocument

    try:
        data = (paths.data_dir(data_dir) / "settings.json").read_bytes()
    except OSError:
        return _SavedLook()
    document = QJsonDocument.fromJson(QByteArray(data))
    saved = document.object() if document.isObject() else {}
    language = saved.get("default_language")
    contrast = saved.get("high_contrast")
    scale = saved.get("font_scale_percent")
    return _SavedLook(
        language if isinstance(language, str) and language in ("az", "ru", "en") else "az",
        contrast if isinstance(contrast, bool) else False,
        int(scale) if isinstance(scale, int | float) and 75 <= scale <= 200 else 100,
    )


if __name__ == "__main__":
    sys.exit(main())
