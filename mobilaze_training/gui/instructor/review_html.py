"""An attempt's per-question review as simple HTML for a QTextBrowser (all text escaped)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from mobilaze_training.courses.localise import pick
from mobilaze_training.gui.models.formatting import local_datetime, percent
from mobilaze_training.services.attempts import QuestionView, Review


def _words() -> dict[str, str]:
    """The review's words, translated (written out so that lupdate finds each one)."""
    return {
        "(no answer)": QCoreApplication.translate("AttemptReview", "(no answer)"),
        "Correct answer": QCoreApplication.translate("AttemptReview", "Correct answer"),
        "Checklist item": QCoreApplication.translate("AttemptReview", "Checklist item"),
        "Note": QCoreApplication.translate("AttemptReview", "Note"),
        "critical": QCoreApplication.translate("AttemptReview", "critical"),
        "met": QCoreApplication.translate("AttemptReview", "met"),
        "not met": QCoreApplication.translate("AttemptReview", "not met"),
        "Explanation": QCoreApplication.translate("AttemptReview", "Explanation"),
        "False": QCoreApplication.translate("AttemptReview", "False"),
        "Grader comment": QCoreApplication.translate("AttemptReview", "Grader comment"),
        "No per-question review for this attempt.": QCoreApplication.translate(
            "AttemptReview", "No per-question review for this attempt."
        ),
        "Question": QCoreApplication.translate("AttemptReview", "Question"),
        "Response": QCoreApplication.translate("AttemptReview", "Response"),
        "Result": QCoreApplication.translate("AttemptReview", "Result"),
        "Rubric": QCoreApplication.translate("AttemptReview", "Rubric"),
        "True": QCoreApplication.translate("AttemptReview", "True"),
        "correct": QCoreApplication.translate("AttemptReview", "correct"),
        "not correct": QCoreApplication.translate("AttemptReview", "not correct"),
        "not passed": QCoreApplication.translate("AttemptReview", "not passed"),
        "partly correct": QCoreApplication.translate("AttemptReview", "partly correct"),
        "passed": QCoreApplication.translate("AttemptReview", "passed"),
        "submitted": QCoreApplication.translate("AttemptReview", "submitted"),
        "waiting for grading": QCoreApplication.translate("AttemptReview", "waiting for grading"),
    }


def _w(text: str) -> str:
    return _words()[text]


def _text(value: Any, lang: str, default: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return pick(value, lang, default)
    return str(value)


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) or "&nbsp;"


def format_response(question: QuestionView, response: Any, lang: str, default: str) -> str:
    """A response (or an answer key) in words, as HTML."""
    if response is None or response in ("", [], {}):
        return f"<i>{escape(_w('(no answer)'))}</i>"
    content = question.content
    kind = question.type
    if kind in ("single_choice", "multiple_choice"):
        texts = {o["id"]: _text(o.get("text"), lang, default) for o in content.get("options", [])}
        chosen = response if isinstance(response, list) else [response]
        return "<br>".join(f"• {escape(texts.get(str(c), str(c)))}" for c in chosen)
    if kind == "true_false":
        return escape(_w("True") if response is True else _w("False"))
    if kind == "matching" and isinstance(response, dict):
        rights = {r["id"]: _text(r.get("text"), lang, default) for r in content.get("rights", [])}
        lines = []
        for left in content.get("lefts", []):
            right = response.get(left["id"])
            right_text = rights.get(right, _w("(no answer)")) if right else _w("(no answer)")
            lines.append(f"{escape(_text(left.get('text'), lang, default))} → {escape(right_text)}")
        return "<br>".join(lines)
    if kind == "ordering" and isinstance(response, list):
        items = {i["id"]: _text(i.get("text"), lang, default) for i in content.get("items", [])}
        return "<br>".join(
            f"{n}. {escape(items.get(str(i), str(i)))}" for n, i in enumerate(response, 1)
        )
    return _paragraphs(str(response))


def _verdict(item: dict[str, Any]) -> str:
    score, points = item.get("score"), float(item.get("points") or 0)
    if score is None:
        return f"✎ {_w('waiting for grading')}"
    if abs(score - points) < 1e-9:
        return f"✔ {_w('correct')}"
    if score <= 0:
        return f"✘ {_w('not correct')}"
    return f"◐ {_w('partly correct')}"


def _checklist_item(
    n: int, item: dict[str, Any], question: QuestionView, lang: str, default: str
) -> str:
    """A practical test's checklist item: met or not met, critical or not, the note."""
    score = float(item.get("score") or 0.0)
    points = float(item.get("points") or 0)
    verdict = f"✔ {_w('met')}" if item.get("correct") else f"✘ {_w('not met')}"
    critical = f" — <b>⚠ {escape(_w('critical'))}</b>" if item.get("critical") else ""
    parts = [
        "<hr>",
        f"<p><b>{escape(_w('Checklist item'))} {n}</b> ({escape(item['id'])}) — "
        f"{round(score, 2):g} / {points:g} — {escape(verdict)}{critical}</p>",
        f"<p>{_paragraphs(_text(question.content.get('prompt'), lang, default))}</p>",
    ]
    if item.get("comment"):
        note = _paragraphs(str(item["comment"]))
        parts.append(f"<p><b>{escape(_w('Note'))}:</b> {note}</p>")
    return "".join(parts)


def review_html(review: Review, lang: str) -> str:
    view = review.attempt
    default = view.language
    questions = {q.id: q for q in view.questions}
    parts = [
        "<html><body style='font-size: 100%;'>",
        f"<p><b>{escape(_text(view.assessment_title, lang, default))}</b> — "
        f"{escape(_w('submitted'))} {escape(local_datetime(view.submitted_at))}<br>",
    ]
    if view.percent is not None:
        result = f"{_w('Result')}: {percent(view.percent)}"
        if view.score is not None:
            result += f" ({round(view.score, 2):g} / {round(view.max_score, 2):g})"
        if view.passed is not None:
            result += " — " + (_w("passed") if view.passed else _w("not passed"))
        parts.append(escape(result))
    parts.append("</p>")
    if not review.items:
        parts.append(f"<p><i>{escape(_w('No per-question review for this attempt.'))}</i></p>")
    for n, item in enumerate(review.items, 1):
        question = questions.get(item["id"])
        if question is None:
            continue
        if question.type == "checklist":
            parts.append(_checklist_item(n, item, question, lang, default))
            continue
        score = item.get("score")
        points = float(item.get("points") or 0)
        shown = "–" if score is None else f"{round(score, 2):g}"
        parts.append("<hr>")
        parts.append(
            f"<p><b>{escape(_w('Question'))} {n}</b> ({escape(item['id'])}) — "
            f"{escape(shown)} / {points:g} — {escape(_verdict(item))}</p>"
        )
        prompt = _text(question.content.get("prompt"), lang, default)
        parts.append(f"<p>{_paragraphs(prompt)}</p>")
        response = format_response(question, item.get("response"), lang, default)
        parts.append(f"<p><b>{escape(_w('Response'))}:</b><br>{response}</p>")
        if question.type != "essay":
            key = format_response(question, item.get("key"), lang, default)
            parts.append(f"<p><b>{escape(_w('Correct answer'))}:</b><br>{key}</p>")
        else:
            rubric = _text(item.get("rubric"), lang, default)
            if rubric:
                parts.append(f"<p><b>{escape(_w('Rubric'))}:</b><br>{_paragraphs(rubric)}</p>")
            if item.get("comment"):
                comment = _paragraphs(str(item["comment"]))
                parts.append(f"<p><b>{escape(_w('Grader comment'))}:</b><br>{comment}</p>")
        explanation = _text(item.get("explanation"), lang, default)
        if explanation:
            parts.append(f"<p><i>{escape(_w('Explanation'))}:</i> {_paragraphs(explanation)}</p>")
    parts.append("</body></html>")
    return "".join(parts)
