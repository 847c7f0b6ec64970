"""Entry script frozen into the bundle's `mobilaze-training` executable (the desktop program).

With ``MOBILAZE_REPORT_SHOWN=1`` in the environment it also prints when the first window is
shown, for ``bench/bundle_start.py``; it does so the way ``bench/startup.py`` times the source
tree: a zero timer posted before the real entry point runs is delivered once that entry point
has shown its window and entered the event loop. It then prints ``SHOWN <epoch seconds>
<peak KiB>``, waits until the login button is enabled (the database is open), prints
``READY ...`` and quits. Without the variable nothing of this runs.
"""

import os
import sys


def _report_when_shown() -> None:
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report(what: str) -> None:
        try:
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        except ImportError:  # Windows
            peak = 0
        print(f"{what} {time.time():.6f} {peak}", flush=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def shown() -> None:
        windows = [w for w in app.topLevelWidgets() if w.isVisible()]
        report("SHOWN")
        shell = next((w for w in windows if hasattr(w, "current_screen")), None)

        def ready() -> None:
            screen = shell.current_screen() if shell is not None else None
            button = getattr(screen, "login_button", None)
            if button is None or button.isEnabled():
                report("READY")
                app.quit()
            else:
                QTimer.singleShot(5, ready)

        ready()

    QTimer.singleShot(0, shown)


if __name__ == "__main__":
    if os.environ.get("MOBILAZE_REPORT_SHOWN"):
        _report_when_shown()

    from mobilaze_training.gui.app import main

    sys.exit(main())
