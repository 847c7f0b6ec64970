"""The lesson reader: Markdown with tables and the module's own images, zoom, next/previous.

Images come only from the module's stored media (services.courses.media), registered on the
document as resources; any other resource (a remote URL, a file on disk) resolves to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QWidget

from mobilaze_training.courses.localise import pick_lang
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import theme
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.screen import Screen, show_text
from mobilaze_training.gui.trainee.media import is_remote, load_image
from mobilaze_training.gui.trainee.texts import loc
from mobilaze_training.services import cohorts, courses
from mobilaze_training.services.courses import LessonContent

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250)
LANGUAGE_NAMES = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}


@dataclass
class ReaderState:
    module_id: str
    index: int
    zoom: int = 100  # percent of the normal text size


class LessonDocument(QTextDocument):
    """A document that resolves only the images registered on it."""

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return QImage()


class LessonReader(Screen):
    form_name = "lesson_reader"

    def __init__(self, shell: Shell, state: ReaderState) -> None:
        super().__init__(shell)
        self.state = state
        self.lang = shell.languages.current
        self.browser = self.find(QTextBrowser, "textBrowser")
        self.previous_button = self.find(QPushButton, "previousButton")
        self.next_button = self.find(QPushButton, "nextButton")
        self.read_label = self.find(QLabel, "readLabel")
        self.lessons: list[LessonContent] = []
        self.default = "en"
        self.shown_language: str | None = None
        principal = shell.principal
        assert principal is not None
        try:
            module = courses.get_module(shell.ctx, principal, state.module_id)
            self.default = module.languages[0]
            self.lessons = courses.lessons(shell.ctx, principal, state.module_id)
        except MobilazeError as exc:
            show_error(self, exc)
        state.index = max(0, min(state.index, len(self.lessons) - 1))
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(self._next_or_finish)
        self.find(QPushButton, "zoomInButton").clicked.connect(lambda: self.zoom(+1))
        self.find(QPushButton, "zoomOutButton").clicked.connect(lambda: self.zoom(-1))
        self.find(QPushButton, "zoomResetButton").clicked.connect(lambda: self.zoom(0))
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, +1),
            (QKeySequence("Ctrl+="), +1),
            (QKeySequence.StandardKey.ZoomOut, -1),
            (QKeySequence("Ctrl+0"), 0),
        ):
            QShortcut(keys, self, activated=lambda s=step: self.zoom(s))
        self._apply_zoom()
        if self.lessons:
            self.show_lesson()

    @property
    def lesson(self) -> LessonContent | None:
        return self.lessons[self.state.index] if self.lessons else None

    def screen_title(self) -> str:
        lesson = self.lesson
        return loc(lesson.title, self.lang, self.default) if lesson else self.tr("Lesson")

    def initial_focus(self) -> QWidget:
        return self.browser

    # ---- showing ----------------------------------------------------------------------
    def show_lesson(self) -> None:
        lesson = self.lesson
        assert lesson is not None
        chosen = pick_lang(list(lesson.bodies), self.lang, self.default)
        self.shown_language = chosen
        body = lesson.bodies.get(chosen or "", "")
        self.browser.setDocument(self.build_document(body))
        note = ""
        if chosen and chosen != self.lang:
            note = self.tr("This lesson is not available in your language; it is shown in %1.")
            note = note.replace("%1", LANGUAGE_NAMES.get(chosen, chosen))
        show_text(self.find(QLabel, "languageNote"), note)
        self.find(QLabel, "positionLabel").setText(
            self.tr("Lesson %1 of %2")
            .replace("%1", str(self.state.index + 1))
            .replace("%2", str(len(self.lessons)))
        )
        self.previous_button.setEnabled(self.state.index > 0)
        last = self.state.index == len(self.lessons) - 1
        self.next_button.setText(
            self.tr("&Back to the module") if last else self.tr("&Next lesson →")
        )
        self._mark_read(lesson)

    def build_document(self, markdown: str) -> LessonDocument:
        document = LessonDocument(self.browser)
        # setMarkdown clears the document's resources: register the images afterwards.
        document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        principal = self.shell.principal
        for path in dict.fromkeys(_IMAGE.findall(markdown)):
            if is_remote(path) or principal is None:
                continue  # never fetched; the document resolves it to nothing
            image = load_image(self.shell.ctx, principal, self.state.module_id, path)
            if image is not None:
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(path), image)
        _style_blocks(document)
        document.setDocumentMargin(16)
        return document

    def _mark_read(self, lesson: LessonContent) -> None:
        principal = self.shell.principal
        if principal is None:
            return
        try:
            cohorts.open_lesson(self.shell.ctx, principal, self.state.module_id, lesson.lesson_id)
        except MobilazeError as exc:
            self.read_label.setText(str(exc))
            return
        self.read_label.setText(self.tr("✓ Marked as read"))

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:
            self.browser.setToolTip(self.tr("Links to other places are not opened here."))

    # ---- navigation and zoom ----------------------------------------------------------
    def go(self, step: int) -> None:
        target = self.state.index + step
        if 0 <= target < len(self.lessons):
            self.state.index = target
            shell, state = self.shell, self.state
            shell.replace_screen(lambda: LessonReader(shell, state))

    def _next_or_finish(self) -> None:
        if self.state.index >= len(self.lessons) - 1:
            self.shell.back()
        else:
            self.go(+1)

    def zoom(self, step: int) -> None:
        if step == 0:
            self.state.zoom = 100
        else:
            steps = list(ZOOM_STEPS)
            current = min(range(len(steps)), key=lambda i: abs(steps[i] - self.state.zoom))
            self.state.zoom = steps[max(0, min(len(steps) - 1, current + step))]
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        scale = self.shell.ctx.settings.font_scale_percent / 100
        points = theme.BASE_POINTS * scale * self.state.zoom / 100
        # The widget's own style sheet wins over the application's font size.
        self.browser.setStyleSheet(f"QTextBrowser {{ font-size: {points:.1f}pt; }}")
        self.find(QPushButton, "zoomResetButton").setText(f"{self.state.zoom} %")


def _style_blocks(document: QTextDocument) -> None:
    """Comfortable line spacing, and tables with visible cell borders and padding."""
    spacing = QTextBlockFormat()
    spacing.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spacing)
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            fmt = frame.format()
            fmt.setBorder(1)
            fmt.setBorderCollapse(True)
            fmt.setCellPadding(6)
            fmt.setCellSpacing(0)
            frame.setFormat(fmt)
