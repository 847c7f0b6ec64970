"""A populated data folder, built once through the services and copied for each test.

Building costs a few argon2 hashes and a module install; copying the SQLite file costs a
millisecond, so every test still gets a fresh database of its own.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from mobilaze_training.auth.permissions import SYSTEM, Principal, Role
from mobilaze_training.services import (
    attempts,
    backup,
    certificates,
    cohorts,
    courses,
    grading,
    keys,
    sync,
    users,
)
from mobilaze_training.services.context import AppContext, open_app
from tests.helpers.modules import AUTO_QUESTIONS, MODULE_ID, RIGHT, write_module

PASSWORD = "correct-horse-1"
DB_FILE = "mobilaze.sqlite3"
COHORT_A = "Cohort A"  # instructor ins1: trainees t1, t2, t4
COHORT_B = "Cohort B"  # instructor ins2: trainee t3
PEOPLE: dict[str, Role] = {
    "admin": Role.ADMIN,
    "ins1": Role.INSTRUCTOR,
    "ins2": Role.INSTRUCTOR,
    "t1": Role.TRAINEE,
    "t2": Role.TRAINEE,
    "t3": Role.TRAINEE,
    "t4": Role.TRAINEE,
}


@dataclass(frozen=True)
class World:
    """What the template database holds; ids stay valid in every copy."""

    root: Path
    data_dir: Path
    module_path: Path
    user_ids: dict[str, uuid.UUID]
    open_attempt: uuid.UUID  # t1, final-exam, in progress (timed)
    pending_attempt: uuid.UUID  # t2, essay-exam, submitted, essay not graded yet
    other_cohort_attempt: uuid.UUID  # t3 (cohort B), practice, submitted
    backup_file: Path
    certificates: dict[str, str]  # t1 and t2 passed final-exam on paper: serial by username
    certificate_code: str  # t1's certificate code, for verification
    publisher_key: str  # a module publisher's public key line, trusted here
    publisher_key_id: str
    post_bundle: Path  # a results bundle made on another machine whose key is registered here

    def principal(self, username: str) -> Principal:
        return Principal(self.user_ids[username], username, PEOPLE[username])


def build_world(root: Path) -> World:
    """Create the template data folder under `root` through the services."""
    module_path = write_module(root / "modules")
    data_dir = root / "data"
    ctx = open_app(data_dir)
    try:
        ids = {
            name: users.add_user(ctx, SYSTEM, name, f"Person {name}", role.value, PASSWORD).id
            for name, role in PEOPLE.items()
        }
        courses.install(ctx, SYSTEM, module_path)
        for cohort, instructor, trainees in (
            (COHORT_A, "ins1", ["t1", "t2", "t4"]),
            (COHORT_B, "ins2", ["t3"]),
        ):
            cohorts.create_cohort(ctx, SYSTEM, cohort, instructor)
            cohorts.enrol(ctx, SYSTEM, cohort, trainees)
            cohorts.assign(ctx, SYSTEM, cohort, MODULE_ID)

        def who(name: str) -> Principal:
            return Principal(ids[name], name, PEOPLE[name])

        open_attempt = attempts.start_attempt(ctx, who("t1"), MODULE_ID, "final-exam").id
        pending = attempts.start_attempt(ctx, who("t2"), MODULE_ID, "essay-exam").id
        for qid in ("q-single", "q-essay"):
            attempts.save_answer(ctx, who("t2"), pending, qid, RIGHT[qid])
        attempts.submit_attempt(ctx, who("t2"), pending)
        other = attempts.start_attempt(ctx, who("t3"), MODULE_ID, "practice").id
        attempts.save_answer(ctx, who("t3"), other, "q-single", "a")
        attempts.submit_attempt(ctx, who("t3"), other)
        serials: dict[str, str] = {}
        for name in ("t1", "t2"):
            paper = {**{q: RIGHT[q] for q in AUTO_QUESTIONS}, "p-a1": "x", "p-a2": "x"}
            grading.record_paper(ctx, SYSTEM, name, MODULE_ID, "final-exam", paper)
            serials[name] = certificates.issue(ctx, SYSTEM, name, MODULE_ID).serial
        code = certificates.register(ctx, SYSTEM)[0].code
        publisher = keys.generate_publisher_key(ctx, SYSTEM, root / "publisher.pem", "Publisher")
        keys.import_key(ctx, SYSTEM, publisher.text(), "publisher")
        post_bundle = root / "post-results.bundle"
        post = open_app(root / "post")  # another machine, whose results come here
        try:
            keys.import_key(ctx, SYSTEM, keys.machine_public_key(post, SYSTEM).text(), "machine")
            sync.export_results(post, SYSTEM, post_bundle)
        finally:
            post.close()
        backup_file = root / "backup.zip"
        backup.create_backup(ctx, SYSTEM, backup_file)
    finally:
        ctx.close()
    return World(
        root,
        data_dir,
        module_path,
        ids,
        open_attempt,
        pending,
        other,
        backup_file,
        serials,
        code,
        publisher.text(),
        publisher.key_id,
        post_bundle,
    )


def copy_database(source_dir: Path, target_dir: Path) -> None:
    """Copy a closed SQLite data folder's database (with any WAL files) into `target_dir`."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = source_dir / (DB_FILE + suffix)
        if src.exists():
            shutil.copyfile(src, target_dir / src.name)


def open_copy(world: World, target_dir: Path) -> AppContext:
    """A fresh copy of the world's data folder (database and keys), opened as the app does."""
    copy_database(world.data_dir, target_dir)
    shutil.copytree(world.data_dir / "keys", target_dir / "keys", dirs_exist_ok=True)
    return open_app(target_dir)
