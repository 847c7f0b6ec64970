"""The per-question review after an attempt, as HTML for a QTextBrowser."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mobilaze_training.gui.trainee.texts import esc, loc
from mobilaze_training.services.attempts import QuestionView, Review


def tr(text: str, n: int = -1) -> str:
    # lupdate files the literal strings of module-level tr() calls under the empty context
    return QCoreApplication.translate("", text, "", n)


class ReviewRenderer:
    def __init__(self, lang: str, default: str) -> None:
        self.lang = lang
        self.default = default

    def text(self, value: Any) -> str:
        return esc(loc(value, self.lang, self.default))

    def html(self, review: Review) -> str:
        questions = {q.id: q for q in review.attempt.questions}
        blocks = [
            self.item(n, item, questions.get(item["id"])) for n, item in enumerate(review.items, 1)
        ]
        return "<html><body>" + "".join(blocks) + "</body></html>"

    def item(self, n: int, item: dict[str, Any], q: QuestionView | None) -> str:
        if q is None:
            return ""
        if q.type == "checklist":
            return self.checklist_item(n, item, q)
        score, points = item.get("score"), float(item.get("points", q.points))
        if q.type == "essay" and score is None:
            mark, verdict = "○", tr("not marked yet")
        elif item.get("correct"):
            mark, verdict = "✓", tr("correct")
        elif score:
            mark, verdict = "◐", tr("partly correct")
        else:
            mark, verdict = "✗", tr("not correct")
        points_text = (
            tr("%1 of %2 points").replace("%1", _num(score)).replace("%2", _num(points))
            if score is not None
            else tr("%n point(s)", int(points))
        )
        title = tr("Question %1").replace("%1", str(n))
        head = (
            f"<h3>{mark} {esc(title)}"
            f" <span style='font-weight:normal'>— {esc(verdict)}, {esc(points_text)}</span></h3>"
        )
        rows = [
            (tr("Your answer"), self.response(q, item.get("response"))),
        ]
        if q.type == "essay":
            if item.get("comment"):
                rows.append((tr("Instructor's comment"), esc(str(item["comment"]))))
        elif not item.get("correct"):
            rows.append((tr("Correct answer"), self.response(q, item.get("key"))))
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{esc(label)}:</b></td><td>{value}</td></tr>"
            for label, value in rows
        )
        prompt = f"<p>{self.text(q.content.get('prompt'))}</p>"
        explanation = (
            f"<p style='color:#3d4a57'><i>{self.text(item['explanation'])}</i></p>"
            if item.get("explanation")
            else ""
        )
        return f"{head}{prompt}<table cellspacing='2'>{table}</table>{explanation}<hr/>"

    def checklist_item(self, n: int, item: dict[str, Any], q: QuestionView) -> str:
        """An item of a practical test's checklist: met or not met, and the instructor's note."""
        score, points = item.get("score"), float(item.get("points", q.points))
        met = bool(item.get("correct"))
        mark, verdict = ("✓", tr("met")) if met else ("✗", tr("not met"))
        points_text = tr("%1 of %2 points").replace("%1", _num(score or 0.0))
        points_text = points_text.replace("%2", _num(points))
        critical = ""
        if item.get("critical"):
            word = tr("critical item")
            critical = f" <span style='color:#8a1010'>⚠ {esc(word)}</span>"
        title = tr("Item %1").replace("%1", str(n))
        head = (
            f"<h3>{mark} {esc(title)}"
            f" <span style='font-weight:normal'>— {esc(verdict)}, {esc(points_text)}</span>"
            f"{critical}</h3>"
        )
        prompt = f"<p>{self.text(q.content.get('prompt'))}</p>"
        note = ""
        if item.get("comment"):
            label = esc(tr("Instructor's note"))
            text = esc(str(item["comment"])).replace("\n", "<br/>")
            note = f"<p><b>{label}:</b> {text}</p>"
        return f"{head}{prompt}{note}<hr/>"

    def response(self, q: QuestionView, value: Any) -> str:
        """A response (or answer key) in words."""
        if value in (None, "", [], {}):
            nothing = tr("no answer")
            return f"<i>{esc(nothing)}</i>"
        content = q.content
        if q.type in ("single_choice", "multiple_choice"):
            options = {o["id"]: o["text"] for o in content.get("options", [])}
            ids = value if isinstance(value, list) else [value]
            return "; ".join(self.text(options.get(i, i)) for i in ids)
        if q.type == "true_false":
            return esc(tr("True") if value is True else tr("False"))
        if q.type == "matching" and isinstance(value, dict):
            lefts = {x["id"]: x["text"] for x in content.get("lefts", [])}
            rights = {x["id"]: x["text"] for x in content.get("rights", [])}
            return "<br/>".join(
                f"{self.text(lefts.get(left, left))} → "
                + (self.text(rights[right]) if right in rights else "—")
                for left, right in value.items()
            )
        if q.type == "ordering" and isinstance(value, list):
            items = {x["id"]: x["text"] for x in content.get("items", [])}
            return "<br/>".join(
                f"{i}. {self.text(items.get(v, v))}" for i, v in enumerate(value, 1)
            )
        if isinstance(value, float):
            return esc(_num(value))
        return esc(str(value)).replace("\n", "<br/>")


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{round(value, 2):g}"
