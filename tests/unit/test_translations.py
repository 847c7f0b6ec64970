"""The interface translations: complete in az, ru and en, placeholders kept, loadable."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("az", "ru", "en")
_PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|<[^>]+>")


def _messages(lang: str) -> list[tuple[str, str, list[str], bool]]:
    root = ET.parse(TS_DIR / f"mobilaze_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            out.append((name, source, forms, unfinished))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 100, "the .ts file looks empty: run `make ts`"
    missing = [
        f"{c}: {s!r}" for c, s, forms, unfinished in messages if unfinished or not all(forms)
    ]
    assert missing == [], f"{len(missing)} untranslated in {lang}: {missing[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders(lang: str) -> None:
    problems = []
    for context, source, forms, _ in _messages(lang):
        expected = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            if not form:
                continue
            got = sorted(_PLACEHOLDER.findall(form))
            if "%n" in expected and "%n" not in got and len(forms) > 1:
                got.append("%n")  # a singular form may spell the number out
                got.sort()
            if got != expected:
                problems.append(f"{context}: {source!r} -> {form!r}")
    assert problems == [], problems[:10]


def test_the_sources_are_current() -> None:
    """Every translatable string of the code and forms is in the .ts files."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    repo = TS_DIR.parents[1]
    fresh = TS_DIR.parent.parent / ".pytest-fresh.ts"
    try:
        subprocess.run(
            [
                lupdate,
                "-silent",
                "-extensions",
                "py,ui",
                "-locations",
                "none",
                "mobilaze_training/gui",
                "ui",
                "-ts",
                str(fresh),
            ],
            cwd=repo,
            check=True,
            capture_output=True,
        )
        root = ET.parse(fresh).getroot()
        current = {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }
    finally:
        fresh.unlink(missing_ok=True)
    known = {(c, s) for c, s, _f, _u in _messages("az")}
    missing = sorted(current - known)
    assert missing == [], f"run `make ts` and translate: {missing[:10]}"
