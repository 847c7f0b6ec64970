"""The Qt desktop application: the only package that imports PySide6."""

from mobilaze_training.gui._none_refcount import keep_none_alive

keep_none_alive()
