"""This database's machine id (the `meta` table's "machine_id"), in the caller's session."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mobilaze_training.store.models import KeyValue

MACHINE_ID = "machine_id"


def machine_id(s: Session) -> str:
    """The machine id, created on first use; safe when two workstations race to create it."""
    row = s.get(KeyValue, MACHINE_ID)
    if row is not None:
        return row.value
    try:
        with s.begin_nested():  # another workstation of a central database may win the race
            s.add(KeyValue(key=MACHINE_ID, value=str(uuid.uuid4())))
    except IntegrityError:
        pass
    row = s.get(KeyValue, MACHINE_ID, populate_existing=True)
    assert row is not None
    return row.value
