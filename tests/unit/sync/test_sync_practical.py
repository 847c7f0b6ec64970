"""An observed practical test travels in a results bundle like any attempt."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import courses, practical, sync
from mobilaze_training.store import models as m
from tests.unit.sync.sites import MODULE_ID, Sites, classroom, write_module

PRACTICAL = """\
outcomes:
  - id: lo-respect
    text: "Treats travellers with respect"
    level: 4
    fundamental_rights: true
  - id: lo-check
    text: "Checks a document step by step"
    level: 4
  - id: booth
    title: "Simulated booth check"
    kind: practical
    pass_mark_percent: 75
    checklist:
      - {id: c1, text: "Greets the traveller", outcomes: [lo-respect]}
      - {id: c2, text: "Checks the data page", points: 2, outcomes: [lo-check]}
      - {id: c3, text: "Explains any refusal", critical: true, outcomes: [lo-respect]}
"""


def _with_practical(root: Path) -> Path:
    folder = write_module(root, "1.1.0")
    manifest = folder / "module.yaml"
    outcomes, _, assessment = PRACTICAL.partition("  - id: booth\n")
    text = manifest.read_text(encoding="utf-8").replace(
        "assessments:\n", "assessments:\n  - id: booth\n" + assessment
    )
    manifest.write_text(text + outcomes, encoding="utf-8")
    return folder


def test_a_practical_result_reaches_headquarters(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    folder = _with_practical(tmp_path / "v11")
    for site in (post, hq):
        courses.install(site.ctx, SYSTEM, folder)
    classroom(post, "aliyev.hasan")
    observed = {"c1": {"met": True}, "c2": {"met": True, "note": "Əla"}, "c3": {"met": False}}
    result = practical.record_practical(
        post.ctx, SYSTEM, "aliyev.hasan", MODULE_ID, "booth", observed
    )
    assert result.passed is False and result.critical_missed == ["c3"]

    exported = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "post.zip")
    assert exported.counts["attempts"] == 1 and exported.counts["answers"] == 3
    sync.import_bundle(hq.ctx, SYSTEM, exported.path)
    with hq.ctx.db.transaction() as s:
        attempt = s.get(m.Attempt, result.attempt_id)
        assert attempt is not None
        assert (attempt.kind, attempt.source, attempt.passed) == ("practical", "observed", False)
        notes = {
            a.question_id: (a.score, a.response)
            for a in s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt.id))
        }
        assert notes["c2"] == (2.0, {"met": True, "note": "Əla"})
        assert notes["c3"] == (0.0, {"met": False, "note": None})
    profile = practical.trainee_outcome_profile(hq.ctx, SYSTEM, "aliyev.hasan", MODULE_ID)
    shares = {o.id: o.share for o in profile.outcomes}
    assert shares == {"lo-respect": 0.5, "lo-check": 1.0}
