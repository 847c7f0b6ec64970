"""Sites for the bundle tests: data folders ("posts", "headquarters") on real SQLite files,
driven through the services, with a small module that has an essay to grade."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.services import attempts, cohorts, courses, grading, keys, users
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.services.setup import machine_id
from mobilaze_training.store.models import Base

MODULE_ID = "sync-test"
PASSWORD = "trainee-pass-1"

MANIFEST = """\
format: mobilaze-module/1
id: sync-test
version: {version}
languages: [en]
title: "Checking documents (bundle test)"
lessons:
  - id: basics
    title: "Basics"
    file: lessons/basics
assessments:
  - id: exam
    title: "Examination"
    kind: exam
    pass_mark_percent: 50
    feedback: after_submit
    sections:
      - questions: [q1, q2, q-essay]
"""

BANK = """\
bank: core
questions:
  - id: q1
    type: single_choice
    prompt: "Which document has a TD3 zone?"
    options:
      - {id: a, text: "Passport", correct: true}
      - {id: b, text: "Identity card"}
  - id: q2
    type: true_false
    prompt: "The MRZ has check digits."
    answer: true
  - id: q-essay
    type: essay
    points: 2
    prompt: "Describe how you refer a doubtful document."
"""

LESSON = "# Basics\n\nA data page:\n\n![Page](media/page.svg)\n"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="9"/></svg>\n'


def write_module(root: Path, version: str = "1.0.0") -> Path:
    folder = root / f"{MODULE_ID}-{version}"
    (folder / "lessons").mkdir(parents=True)
    (folder / "questions").mkdir()
    (folder / "media").mkdir()
    (folder / "module.yaml").write_text(MANIFEST.format(version=version), encoding="utf-8")
    (folder / "questions" / "core.yaml").write_text(BANK, encoding="utf-8")
    (folder / "lessons" / "basics.en.md").write_text(LESSON, encoding="utf-8")
    (folder / "media" / "page.svg").write_text(SVG, encoding="utf-8")
    return folder


@dataclass
class Site:
    """One data folder: a post or headquarters."""

    name: str
    data_dir: Path
    ctx: AppContext

    @property
    def machine_id(self) -> str:
        return machine_id(self.ctx)

    def trust(self, other: Site) -> None:
        """Register `other`'s machine key here (as an administrator does)."""
        line = keys.export_machine_key(other.ctx, SYSTEM)
        keys.import_key(self.ctx, SYSTEM, line.text(), "machine")

    def reopen(self) -> None:
        self.ctx.close()
        self.ctx = open_app(self.data_dir)


class Sites:
    def __init__(self, root: Path, module: Path) -> None:
        self.root = root
        self.module = module
        self.opened: list[Site] = []

    def new(self, name: str, *, module: bool = True, url: str | None = None) -> Site:
        """A new site (its database at `url`, or SQLite in its data folder)."""
        data = self.root / name
        site = Site(name, data, open_app(data, url))
        if module:
            courses.install(site.ctx, SYSTEM, self.module)
        self.opened.append(site)
        return site

    def copy(self, site: Site, name: str) -> Site:
        """A copy of a site's data folder (same machine id, same database)."""
        site.ctx.close()
        shutil.copytree(site.data_dir, self.root / name)
        site.ctx = open_app(site.data_dir)
        twin = Site(name, self.root / name, open_app(self.root / name))
        self.opened.append(twin)
        return twin

    def close(self) -> None:
        for site in self.opened:
            site.ctx.close()


@pytest.fixture
def module_path(tmp_path: Path) -> Path:
    return write_module(tmp_path / "modules")


@pytest.fixture
def sites(tmp_path: Path, module_path: Path) -> Iterator[Sites]:
    made = Sites(tmp_path / "sites", module_path)
    yield made
    made.close()


def classroom(site: Site, trainee: str, cohort: str = "Group 1") -> Principal:
    """A trainee with a password, in a cohort that has the test module; returns the trainee."""
    ctx = site.ctx
    users.add_user(ctx, SYSTEM, trainee, f"Trainee {trainee}", "trainee", PASSWORD, "en")
    if cohort not in {c.name for c in cohorts.list_cohorts(ctx, SYSTEM)}:
        cohorts.create_cohort(ctx, SYSTEM, cohort)
        cohorts.assign(ctx, SYSTEM, cohort, MODULE_ID)
    cohorts.enrol(ctx, SYSTEM, cohort, [trainee])
    return users.login(ctx, trainee, PASSWORD)


def take_exam(
    site: Site, who: Principal, *, submit: bool = True, essay: str = "I refer it."
) -> uuid.UUID:
    view = attempts.start_attempt(site.ctx, who, MODULE_ID, "exam", "en")
    attempts.save_answer(site.ctx, who, view.id, "q1", "a")
    attempts.save_answer(site.ctx, who, view.id, "q2", True)
    attempts.save_answer(site.ctx, who, view.id, "q-essay", essay)
    if submit:
        attempts.submit_attempt(site.ctx, who, view.id)
    return view.id


def grade(site: Site, attempt_id: uuid.UUID, score: float = 1.5) -> None:
    grading.grade_essay(site.ctx, SYSTEM, attempt_id, "q-essay", score, "fair")


def dump(
    ctx: AppContext,
    skip_tables: frozenset[str] = frozenset({"audit_log"}),
    skip_columns: dict[str, set[str]] | None = None,
) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, for comparing two databases."""
    skip_columns = skip_columns or {"imported_bundles": {"imported_at"}}
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ctx.db.transaction() as s:
        names = set(inspect(s.connection()).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name in skip_tables or table.name not in names:
                continue
            columns = [
                c for c in table.columns if c.name not in skip_columns.get(table.name, set())
            ]
            rows = s.execute(select(*columns)).all()
            out[table.name] = sorted(tuple(repr(v) for v in row) for row in rows)
    return out


def counts(ctx: AppContext) -> dict[str, int]:
    return {name: len(rows) for name, rows in dump(ctx, frozenset()).items()}
