"""The bulk merge: a bundle's rows are checked and converted a column at a time, the stored
records they name are looked up in bulk and the new ones written together (on SQLite with
the driver's executemany). It gives the database that merging row by row through
SQLAlchemy Core gives, refuses the same rows with messages naming table, line and column,
and keeps the order of rows that name the same record twice."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, delete, insert, select, text

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import keys, sync
from mobilaze_training.store import models as m
from mobilaze_training.sync import bundle, codec, keyfile, rules, store
from mobilaze_training.sync.bundle import BundleRefused
from mobilaze_training.sync.codec import RowError, column_codec, json_values
from tests.unit.sync.sites import Site, Sites, classroom, counts, dump, take_exam

T0 = m.utcnow() + timedelta(days=1)  # after anything the sites wrote while set up
Change = Callable[[dict[str, list[Any]]], dict[str, bytes] | None]


def _lines(rows: list[Any]) -> bytes:
    return b"".join(json.dumps(r, sort_keys=True).encode() + b"\n" for r in rows)


def _resigned(post: Site, source: Path, target: Path, change: Change) -> Path:
    """`source` with its tables changed by `change` (on the parsed rows; it may return raw
    file bodies instead), signed again with the post's machine key, as a post would."""
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read(bundle.MANIFEST))
        tables = {
            f["table"]: [json.loads(line) for line in archive.read(f["name"]).splitlines()]
            for f in manifest["files"]
        }
    blobs = change(tables) or {}
    files = []
    for item in manifest["files"]:
        blob = blobs.get(item["table"], _lines(tables[item["table"]]))
        rows = blob.count(b"\n")
        files.append({**item, "rows": rows, "sha256": hashlib.sha256(blob).hexdigest()})
        blobs[item["table"]] = blob
    manifest["files"] = files
    manifest_bytes = json.dumps(manifest).encode()
    key = keys.machine_key(post.ctx)
    message = bundle.SIG_FORMAT.encode("ascii") + b"\n" + manifest_bytes
    signature = keyfile.b64url(key.sign(message))
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(bundle.MANIFEST, manifest_bytes)
        archive.writestr(
            bundle.SIGNATURE, f"{bundle.SIG_FORMAT} {keyfile.key_id(key)} {signature}\n"
        )
        for item in files:
            archive.writestr(item["name"], blobs[item["table"]])
    return target


@pytest.fixture
def exported(sites: Sites, tmp_path: Path) -> tuple[Site, Site, Path]:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    take_exam(post, classroom(post, "aliyev.hasan"))
    take_exam(post, classroom(post, "mammadova.leyla"), submit=False)
    return post, hq, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "bundle.zip").path


def _set(table: str, line: int, column: str, value: Any) -> Change:
    def change(tables: dict[str, list[Any]]) -> None:
        tables[table][line - 1][column] = value

    return change


def _drop(table: str, line: int, column: str) -> Change:
    def change(tables: dict[str, list[Any]]) -> None:
        del tables[table][line - 1][column]

    return change


def _not_an_object(tables: dict[str, list[Any]]) -> None:
    tables["answers"][1] = [1, 2]


def _two_values_on_a_line(tables: dict[str, list[Any]]) -> dict[str, bytes]:
    rows = tables["answers"]
    first = json.dumps(rows[0]) + " " + json.dumps(rows[1])
    return {"answers": (first + "\n" + _lines(rows[2:]).decode()).encode()}


def _value_across_lines(tables: dict[str, list[Any]]) -> dict[str, bytes]:
    """Line 1 holds a whole row and the start of the next, whose response (a list) ends on
    line 2: joined with a comma the two lines would read as two valid rows."""
    rows = tables["answers"]
    second = dict(rows[1], response=["__SPLIT__", {"x": 1}])
    text_ = json.dumps(second, sort_keys=True)
    head, tail = text_.split('"__SPLIT__", ')
    line1 = json.dumps(rows[0], sort_keys=True) + "," + head + '"__SPLIT__"'
    return {"answers": (line1 + "\n" + tail + "\n" + _lines(rows[2:]).decode()).encode()}


@pytest.mark.usefixtures("store_kind")
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("answers", 2, "attempt_id", "not-a-uuid"), r"answers line 2: attempt_id: "),
        (_set("answers", 3, "flagged", 1), r"answers line 3: flagged: expected true or false"),
        (
            _set("attempts", 1, "started_at", "2024-01-01T10:00:00"),
            r"attempts line 1: started_at: the time has no time zone",
        ),
        (_set("attempts", 2, "submitted_at", "2024-02-30T10:00:00+00:00"), r"attempts line 2: "),
        (_set("answers", 4, "extra", 1), r"answers line 4: unknown column\(s\) extra"),
        (_drop("answers", 1, "question_id"), r"answers line 1: missing column\(s\) question_id"),
        (_set("answers", 5, "question_id", "q" * 65), r"answers line 5: question_id: longer"),
        (_set("answers", 2, "score", "1.5"), r"answers line 2: score: expected a number"),
        (_set("users", 1, "id", None), r"users line 1: id: a value is required"),
        (_not_an_object, r"answers line 2: expected a JSON object"),
        (_two_values_on_a_line, r"answers.jsonl line 1: Extra data"),
        (_value_across_lines, r"answers.jsonl line 1: "),
    ],
)
def test_a_row_that_does_not_fit_is_named_and_nothing_is_written(
    exported: tuple[Site, Site, Path], tmp_path: Path, change: Change, message: str
) -> None:
    post, hq, path = exported
    before = counts(hq.ctx)
    with pytest.raises(BundleRefused, match=message):
        sync.import_bundle(hq.ctx, SYSTEM, _resigned(post, path, tmp_path / "bad.zip", change))
    assert counts(hq.ctx) == before


def test_lines_ending_in_crlf_and_rows_in_another_order_of_keys_are_read(
    exported: tuple[Site, Site, Path], tmp_path: Path, sites: Sites
) -> None:
    post, hq, path = exported

    def crlf(tables: dict[str, list[Any]]) -> dict[str, bytes]:
        rows = [dict(reversed(r.items())) for r in tables["answers"]]
        return {"answers": b"".join(json.dumps(r).encode() + b"\r\n" for r in rows)}

    report = sync.import_bundle(hq.ctx, SYSTEM, _resigned(post, path, tmp_path / "c.zip", crlf))
    assert report.tables["answers"]["inserted"] == 6
    twin = sites.new("twin")
    twin.trust(post)
    sync.import_bundle(twin.ctx, SYSTEM, path)
    assert dump(hq.ctx)["answers"] == dump(twin.ctx)["answers"]


def test_the_stores_give_the_same_bundle_and_the_same_database(
    exported: tuple[Site, Site, Path], sites: Sites, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    post, hq, path = exported
    core_hq = sites.copy(hq, "core-hq")
    monkeypatch.setattr(store, "BULK_SQLITE", False)
    core_path = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "core.zip", full=True).path
    for _ in range(2):  # the second time changes nothing
        sync.import_bundle(core_hq.ctx, SYSTEM, path)
    monkeypatch.setattr(store, "BULK_SQLITE", True)
    for _ in range(2):
        sync.import_bundle(hq.ctx, SYSTEM, path)
    assert dump(hq.ctx, skip_tables=frozenset({"audit_log", "imported_bundles"})) == dump(
        core_hq.ctx, skip_tables=frozenset({"audit_log", "imported_bundles"})
    )
    with zipfile.ZipFile(path) as bulk, zipfile.ZipFile(core_path) as core:
        for name in ("users", "attempts", "answers", "certificates"):
            assert bulk.read(f"{name}.jsonl") == core.read(f"{name}.jsonl"), name


def _answers(site: Site) -> dict[tuple[str, str], tuple[Any, ...]]:
    table = m.Answer.__table__
    with site.ctx.db.transaction() as s:
        rows = s.execute(
            select(
                table.c.id,
                table.c.attempt_id,
                table.c.question_id,
                table.c.response,
                table.c.updated_at,
            )
        ).all()
    return {(str(r.attempt_id), r.question_id): (str(r.id), r.response, r.updated_at) for r in rows}


@pytest.mark.usefixtures("store_kind")
def test_rows_naming_one_record_twice_merge_as_one_after_the_other(
    sites: Sites, tmp_path: Path
) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    attempt = take_exam(post, classroom(post, "aliyev.hasan"), submit=False)
    first = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "first.zip").path
    sync.import_bundle(hq.ctx, SYSTEM, first)
    stored = _answers(hq)
    key1, key2 = (str(attempt), "q1"), (str(attempt), "q2")
    new_id, new_id7 = str(uuid.uuid4()), str(uuid.UUID(int=7))

    def at(hours: int) -> str:
        return (T0 + timedelta(hours=hours)).isoformat(timespec="microseconds")

    def twice(tables: dict[str, list[Any]]) -> None:
        rows = {(r["attempt_id"], r["question_id"]): r for r in tables["answers"]}
        q1, q2 = rows[key1], rows[key2]
        tables["answers"] = [
            dict(q1, response="b", updated_at=at(1)),  # one record three times: updated,
            dict(q1, response="c", updated_at=at(3)),  # updated again,
            dict(q1, response="d", updated_at=at(2)),  # older than that: kept as it is
            dict(q2, id=new_id, response=False, updated_at=at(1)),  # q2 under another id,
            dict(q2, id=new_id, response=True, updated_at=at(2)),  # that id again: q2
            dict(q2, id=new_id7, question_id="q9", response="new"),  # a new record,
            dict(q2, id=new_id7, question_id="q9", response="again", updated_at=at(1)),
        ]

    report = sync.import_bundle(
        hq.ctx, SYSTEM, _resigned(post, first, tmp_path / "twice.zip", twice)
    )
    answers = report.tables["answers"]
    assert answers == {
        "received": 7,
        "inserted": 1,
        "updated": 5,
        "unchanged": 0,
        "kept_local": 1,
        "conflicts": 0,
    }
    after = _answers(hq)
    assert after[key1][0] == stored[key1][0] and after[key1][1] == "c"
    assert after[key2][0] == stored[key2][0] and after[key2][1] is True  # the id stayed
    assert after[(str(attempt), "q9")][:2] == (new_id7, "again")
    assert len(after) == len(stored) + 1


@pytest.mark.usefixtures("store_kind")
def test_a_record_deleted_here_comes_back_with_the_bundle(
    exported: tuple[Site, Site, Path],
) -> None:
    _post, hq, path = exported
    sync.import_bundle(hq.ctx, SYSTEM, path)
    before = dump(hq.ctx)
    with hq.ctx.db.transaction() as s:
        gone = s.scalar(select(m.Answer.id).order_by(m.Answer.id).limit(1))
        s.execute(delete(m.Answer).where(m.Answer.id == gone))
    report = sync.import_bundle(hq.ctx, SYSTEM, path)
    assert report.tables["answers"]["inserted"] == 1
    after = dump(hq.ctx)
    assert after["answers"] == before["answers"]
    assert after["sync_origins"] == before["sync_origins"]


def test_records_come_back_in_a_table_whose_rowids_ran_out(
    exported: tuple[Site, Site, Path], sites: Sites
) -> None:
    """SQLite numbers new rows after the largest rowid; at the largest possible one it picks
    free rowids at random, and the sync_origins rows are then written from the ids."""
    _post, hq, path = exported
    sync.import_bundle(hq.ctx, SYSTEM, path)
    with hq.ctx.db.transaction() as s:
        kept = s.scalar(select(m.Answer.id).order_by(m.Answer.id).limit(1))
        s.execute(delete(m.Answer).where(m.Answer.id != kept))
        s.execute(
            text("UPDATE answers SET rowid = :last WHERE id = :id"),
            {"last": 2**63 - 1, "id": kept.hex},
        )
    twin = sites.copy(hq, "twin")
    report = sync.import_bundle(hq.ctx, SYSTEM, path)
    assert report.tables["answers"]["inserted"] == 5
    saved, store.BULK_SQLITE = store.BULK_SQLITE, False
    try:
        sync.import_bundle(twin.ctx, SYSTEM, path)
    finally:
        store.BULK_SQLITE = saved
    tables = frozenset({"audit_log", "imported_bundles"})
    assert dump(hq.ctx, skip_tables=tables) == dump(twin.ctx, skip_tables=tables)


# ---- conversions ---------------------------------------------------------------------------

NOW = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
SAMPLES: dict[tuple[str, str], list[Any]] = {
    ("answers", "id"): [str(uuid.UUID(int=n)) for n in range(5)] + [str(uuid.uuid4())],
    ("answers", "graded_by"): [
        str(uuid.uuid4()).upper(),
        "{" + str(uuid.UUID(int=3)) + "}",
        uuid.uuid4().hex,
        None,
    ],
    ("answers", "created_at"): [
        NOW.isoformat(timespec="microseconds"),
        "2024-02-29T23:59:59.000001+00:00",
        "0999-01-01T00:00:00.000000+00:00",
    ],
    ("answers", "graded_at"): [
        "2024-02-29T23:59:59+04:00",
        "2024-02-29T23:59:59.5Z",
        NOW.isoformat(),
        None,
    ],
    ("answers", "response"): ["a", 'é\u2028"x"', {"b": [1, 2.5, None]}, [], None, 3, True],
    ("answers", "flagged"): [True, False, True],
    ("answers", "score"): [1, 2.5, None, -0.0, 1e300],
    ("answers", "question_id"): ["q1", "ğ" * 64, ""],
    ("answers", "grader_comment"): ["x" * 5000, None, "Ə"],
    ("users", "failed_logins"): [0, 12, 2**40],
    ("attempts", "percent"): ["50.00", "0.5", None],
}
BAD: dict[tuple[str, str], list[Any]] = {
    ("answers", "id"): ["not-a-uuid", 5, None, str(uuid.uuid4())[:-1] + "g"],
    ("answers", "created_at"): ["2024-01-01T10:00:00", "yesterday", 1, "2024-13-01T00:00:00Z"],
    ("answers", "flagged"): [1, None, "true"],
    ("answers", "score"): ["1", True],
    ("answers", "question_id"): ["q" * 65, 7],
    ("users", "failed_logins"): [1.5, True],
    ("attempts", "percent"): ["abc", 1.5],
}


def _column(table: str, name: str) -> Column[Any]:
    return m.Base.metadata.tables[table].c[name]


@pytest.mark.parametrize("where", sorted(SAMPLES))
def test_columns_are_converted_as_sqlalchemy_stores_them(
    sites: Sites, where: tuple[str, str]
) -> None:
    site = sites.new("site", module=False)
    column = _column(*where)
    values = SAMPLES[where]
    decode = column_codec(column).decode
    with site.ctx.db.transaction() as s:
        bulk = store.SQLiteRowStore(s)
        dialect = s.get_bind().dialect
        bind = column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda v: v)
        expected = [bind(decode(v)) for v in values]
        assert bulk.column(column, values) == expected
        assert bulk.column(column, values * 3) == expected * 3  # whole columns go another way
        assert store.RowStore(s).column(column, values) == [decode(v) for v in values]


@pytest.mark.parametrize("where", sorted(BAD))
def test_a_value_that_does_not_fit_is_refused_with_its_column(
    sites: Sites, where: tuple[str, str]
) -> None:
    site = sites.new("site", module=False)
    column = _column(*where)
    with site.ctx.db.transaction() as s:
        for value in BAD[where]:
            good = [v for v in SAMPLES[where] if v is not None]
            for store_ in (store.SQLiteRowStore(s), store.RowStore(s)):
                with pytest.raises(RowError, match=f"^{column.name}: "):
                    store_.column(column, [*good, value, *good])


def test_stored_values_are_exported_as_sqlalchemy_reads_them(sites: Sites) -> None:
    """Values SQLAlchemy did not write (other time formats, JSON text over several lines)
    are read through its result processing."""
    post = sites.new("post")
    take_exam(post, classroom(post, "aliyev.hasan"))
    table = rules.ANSWERS.table
    with post.ctx.db.transaction() as s:
        attempt_id, user_id = s.execute(select(m.Attempt.id, m.Attempt.user_id)).one()
        s.execute(
            insert(table),
            [
                {"attempt_id": attempt_id, "question_id": f"x{n}", "response": {"n": n}}
                for n in range(4)
            ],
        )
        odd = {
            "x0": "graded_at = '2024-01-02 03:04:05', response = '[1,\n 2]'",
            "x1": "updated_at = '2024-01-02 03:04:05.5', response = '\"é\"'",
            "x2": f"graded_by = '{user_id.hex}', flagged = 1, response = 'null'",
            "x3": "response = NULL, score = 2",
        }
        for question, assignments in odd.items():
            s.execute(text(f"UPDATE answers SET {assignments} WHERE question_id = '{question}'"))
    with post.ctx.db.transaction() as s:
        for spec in (rules.ANSWERS, rules.ATTEMPTS, rules.RESULT_USERS):
            bulk = store.SQLiteRowStore(s).export_rows(spec.table, spec.carried())
            core = store.RowStore(s).export_rows(spec.table, spec.carried())
            assert bulk == core
            assert json.dumps(bulk, sort_keys=True) == json.dumps(core, sort_keys=True)
    rows = {r["question_id"]: r for r in bulk_answers(post)}
    assert rows["x0"]["response"] == [1, 2] and rows["x0"]["graded_at"].startswith("2024-01-02T")
    assert rows["x2"]["flagged"] is True and rows["x2"]["response"] is None
    assert rows["x3"]["score"] == 2.0 and isinstance(rows["x3"]["score"], float)


def bulk_answers(site: Site) -> list[dict[str, Any]]:
    with site.ctx.db.transaction() as s:
        return store.SQLiteRowStore(s).export_rows(rules.ANSWERS.table, rules.ANSWERS.carried())


@pytest.mark.parametrize(
    ("text_", "expected"),
    [
        ("", []),
        ('{"a":1}\n', [{"a": 1}]),
        ('{"a":1}\n[2]\n"x"\nnull\n', [{"a": 1}, [2], "x", None]),
        ('{"a":1}\r\n{"b":2}', [{"a": 1}, {"b": 2}]),
        (' {"a":1} \n', [{"a": 1}]),
        ('{"a":1} {"b":2}\n', None),  # two values on a line
        ('{"a":1},{"b":2}\n{"c":3}\n', None),
        ('{"a":[1\n,2]}\n{"c":3}\n', None),  # one value over two lines
        ('{"a":1}\n\n{"b":2}\n', None),  # an empty line
        ('{"a":"x\n"}\n', None),
        ('{"a":1}\n{"b":\n', None),
    ],
)
def test_json_lines_are_parsed_together_only_when_each_holds_one_value(
    text_: str, expected: list[Any] | None
) -> None:
    assert json_values(text_) == expected


def test_rows_round_trip_through_the_codec() -> None:
    table = rules.ATTEMPTS.table
    row = {
        "id": uuid.uuid4(),
        "started_at": NOW,
        "percent": codec.decode_value(table.c.percent, "12.50"),
        "snapshot": {"questions": [{"id": "q1"}]},
        "passed": None,
    }
    encoded = codec.encode_row(table, row, row)
    assert encoded == {
        "id": str(row["id"]),
        "started_at": NOW.isoformat(timespec="microseconds"),
        "percent": "12.50",
        "snapshot": row["snapshot"],
        "passed": None,
    }
    decoded = codec.decode_row(table, encoded, encoded, ())
    assert decoded == row
    assert base64.b64decode(codec.encode_value(m.MediaFile.__table__.c.data, b"\x00\xff"))
