"""`mobilaze-training`: start the desktop application."""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mobilaze_training import __version__, paths
from mobilaze_training.syscheck import check as system_check

if TYPE_CHECKING:
    from mobilaze_training.services.context import AppContext


def setup_logging(data_dir_path: str | None) -> None:
    folder = paths.log_dir(paths.data_dir(data_dir_path))
    handler = logging.handlers.RotatingFileHandler(
        folder / "mobilaze-training.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


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


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mobilaze-training")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (env MOBILAZE_DATA_DIR)")
    parser.add_argument("--database-url", metavar="URL", help="env MOBILAZE_DATABASE_URL")
    parser.add_argument("--language", choices=["az", "ru", "en"], help="interface language")
    known, _qt_args = parser.parse_known_args(argv)
    return known


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = system_check()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging(args.data_dir)
    from PySide6.QtWidgets import QApplication

    from mobilaze_training.gui.dialogs import install_excepthook, show_error
    from mobilaze_training.gui.i18n import LanguageManager
    from mobilaze_training.gui.startup import start

    _qt_messages_to_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MOBILAZE Training")
    app.setOrganizationName("MOBILAZE")
    install_excepthook()
    languages = LanguageManager()
    languages.set_language(args.language or _saved_language(args.data_dir))

    def open_context() -> AppContext:
        from mobilaze_training.services.context import open_app

        return open_app(args.data_dir, args.database_url)

    def failed(exc: BaseException) -> None:
        logging.getLogger(__name__).error("cannot open the database: %s", exc)
        show_error(None, exc)
        app.exit(1)

    window = start(open_context, languages, failed)
    window.show()
    code = app.exec()
    if window.ctx is not None:
        window.ctx.close()
    return int(code)


def _saved_language(data_dir: str | None) -> str:
    """The centre's default language, read without loading the settings model (start-up)."""
    try:
        raw = json.loads((paths.data_dir(data_dir) / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "az"
    value = raw.get("default_language") if isinstance(raw, dict) else None
    return value if value in ("az", "ru", "en") else "az"


if __name__ == "__main__":
    sys.exit(main())
