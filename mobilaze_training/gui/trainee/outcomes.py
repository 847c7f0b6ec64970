"""A trainee's learning-outcome profile in one module: each outcome's level and achieved share.

The trainee opens their own from the module page; an instructor or administrator opens a
trainee's from the practical-test screen or the attempts of a trainee.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mobilaze_training.gui.instructor.base import FormScreen, setup_table
from mobilaze_training.gui.models.formatting import localised, percent
from mobilaze_training.gui.models.outcomes import (
    ACHIEVED_ROLE,
    RIGHTS_MARK,
    SHARE_ROLE,
    OutcomeProfileModel,
)
from mobilaze_training.gui.screen import show_text
from mobilaze_training.services import courses, practical
from mobilaze_training.services.practical import ACHIEVED_SHARE, OutcomeProfile

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

ACHIEVED_COLOUR = "#3a8a55"
NOT_YET_COLOUR = "#c98a1b"
TRACK_COLOUR = "#ffffff"
BORDER_COLOUR = "#8d9aa8"
SHARE_WIDTH = 230


class ShareBarDelegate(QStyledItemDelegate):
    """The achieved share as a bar with the percent beside it, and a tick at the threshold."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(SHARE_ROLE)
        if share is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        metrics = opt.fontMetrics
        text_width = metrics.horizontalAdvance("100.0%") + 10
        area = opt.rect.adjusted(8, 0, -8, 0)
        height = min(area.height() - 8, metrics.height())
        bar = QRect(area.left(), area.center().y() - height // 2, area.width() - text_width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(BORDER_COLOUR), 1))
        painter.setBrush(QColor(TRACK_COLOUR))
        painter.drawRoundedRect(bar, 3, 3)
        filled = round(bar.width() * max(0.0, min(1.0, float(share))))
        if filled > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            colour = ACHIEVED_COLOUR if index.data(ACHIEVED_ROLE) else NOT_YET_COLOUR
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(QRect(bar.left(), bar.top(), filled, bar.height()), 3, 3)
        mark = bar.left() + int(bar.width() * ACHIEVED_SHARE)
        painter.setPen(QPen(QColor("#16324f"), 2))
        painter.drawLine(mark, bar.top() - 3, mark, bar.bottom() + 3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        box = QRect(bar.right() + 4, opt.rect.top(), text_width - 4, opt.rect.height())
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), SHARE_WIDTH), hint.height())


class OutcomeProfileScreen(FormScreen):
    """The profile of the signed-in trainee (username None) or of a trainee seen by staff."""

    form_name = "outcome_profile"

    def __init__(
        self, shell: Shell, module_id: str, username: str | None = None, full_name: str = ""
    ) -> None:
        super().__init__(shell)
        self.module_id = module_id
        self.username = username
        self.full_name = full_name
        self.profile: OutcomeProfile | None = None
        summary = self.call(courses.get_module, self.ctx, self.principal, module_id)
        self.default = summary.languages[0] if summary and summary.languages else "en"
        self.module_title = (
            localised(summary.title, self.lang, self.default) if summary else module_id
        )
        self.model = OutcomeProfileModel(self.lang, self.default, self)
        self.view = self.find(QTableView, "outcomeView")
        setup_table(self.view, self.model, stretch_last=False)
        self.view.setWordWrap(True)
        self.view.setItemDelegateForColumn(
            OutcomeProfileModel.COL_SHARE, ShareBarDelegate(self.view)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutcomeProfileModel.COL_OUTCOME, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the table is as tall as its rows (the room left stays below the buttons)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_height)
        rows.sectionResized.connect(self._fit_later)
        self.view.horizontalHeader().sectionResized.connect(self._fit_later)
        self.view.viewport().installEventFilter(self)
        layout = self.form.layout()
        if isinstance(layout, QBoxLayout):
            layout.setStretchFactor(self.view, 100)  # the table first, up to its rows' height
            layout.addStretch(1)
        self.summary_label = self.find(QLabel, "summaryLabel")
        self.empty_label = self.find(QLabel, "emptyLabel")
        self.find(QPushButton, "refreshButton").clicked.connect(self.refresh)
        self._fill_texts()
        self.refresh()
        self.focus_first(self.view)

    def screen_title(self) -> str:
        return self.tr("Learning outcomes")

    def _fill_texts(self) -> None:
        self.find(QLabel, "headingLabel").setText(self.module_title)
        who = self.find(QLabel, "whoLabel")
        threshold = percent(ACHIEVED_SHARE * 100)
        if self.username is None:
            show_text(who, "")
            intro = self.tr(
                "For each learning outcome: the share of the points you achieved on the "
                "questions and checklist items that assess it, counting your latest attempt at "
                "each assessment. An outcome is achieved from %1."
            )
        else:
            name = self.full_name or self.username
            show_text(who, self.tr("%1 (%2)").replace("%1", name).replace("%2", self.username))
            intro = self.tr(
                "For each learning outcome: the share of the points the trainee achieved on the "
                "questions and checklist items that assess it, counting the latest attempt at "
                "each assessment. An outcome is achieved from %1."
            )
        self.find(QLabel, "introLabel").setText(intro.replace("%1", threshold))
        legend = self.tr(
            "%1 Fundamental rights: assessed in every practical test. Level: the qualification "
            "level of the outcome (1 to 8, EQF/SQF scale). The bar's mark shows %2."
        )
        legend = legend.replace("%1", RIGHTS_MARK).replace("%2", threshold)
        self.find(QLabel, "legendLabel").setText(legend)

    def refresh(self) -> None:
        if self.username is None:
            profile = self.call(
                practical.my_outcome_profile, self.ctx, self.principal, self.module_id
            )
        else:
            profile = self.call(
                practical.trainee_outcome_profile,
                self.ctx,
                self.principal,
                self.username,
                self.module_id,
            )
        self.show_profile(profile)

    def show_profile(self, profile: OutcomeProfile | None) -> None:
        self.profile = profile
        outcomes = profile.outcomes if profile else []
        self.model.set_rows(outcomes)
        self.view.setVisible(bool(outcomes))
        self.empty_label.setVisible(profile is not None and not outcomes)
        self.find(QLabel, "legendLabel").setVisible(bool(outcomes))
        if not outcomes:
            show_text(self.summary_label, "")
            return
        text = self.tr("Outcomes achieved: %1 of %2.")
        text = text.replace("%1", str(self.model.achieved_count()))
        text = text.replace("%2", str(len(outcomes)))
        pending = self.model.pending_count()
        if pending:
            text += " " + self.tr("%n answer(s) still wait for grading.", "", pending)
        show_text(self.summary_label, text)
        self.view.setColumnHidden(OutcomeProfileModel.COL_PENDING, not pending)
        self.view.setCurrentIndex(self.model.index(0, 0))  # Tab lands on the first outcome
        self.view.clearSelection()

    def initial_focus(self) -> QWidget | None:
        return self.view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_later()
        return super().eventFilter(watched, event)

    def _fit_later(self, *_args: object) -> None:
        self._fit_timer.start(0)

    def _fit_height(self) -> None:
        view = self.view
        view.resizeRowsToContents()
        height = view.verticalHeader().length() + 2 * view.frameWidth()
        if not view.horizontalHeader().isHidden():
            height += view.horizontalHeader().height()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().height()
        view.setMaximumHeight(max(height, 80))
