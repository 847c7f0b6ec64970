"""Keys: this machine's signing key, and the public keys this database trusts.

The machine key signs the bundles this machine exports. It is created on first use in the
data folder's ``keys/`` (PEM, mode 0600). Headquarters registers each post's public key
(kind "machine"), a post registers the headquarters' key, and an administrator trusts the
keys of module publishers (kind "publisher").
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from mobilaze_training import paths
from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.courses import signing
from mobilaze_training.courses.signing import SignResult
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import TrustedKey
from mobilaze_training.sync import identity, keyfile
from mobilaze_training.sync.keyfile import PublicKeyLine

KeyKind = Literal["machine", "publisher"]
KINDS: tuple[KeyKind, ...] = ("machine", "publisher")
MACHINE_KEY_FILE = "machine-ed25519.pem"
_MACHINE_LABEL = re.compile(r"^machine:([0-9A-Za-z._-]{1,64})(?:\s|$)")


@dataclass(frozen=True)
class KeyInfo:
    kind: str
    key_id: str
    label: str
    machine_id: str | None
    public_key: str
    added_at: datetime

    @classmethod
    def of(cls, row: TrustedKey) -> KeyInfo:
        return cls(row.kind, row.key_id, row.label, row.machine_id, row.public_key, row.added_at)


def machine_id(ctx: AppContext) -> str:
    """This database's machine id, created on first use."""
    with ctx.db.transaction() as s:
        return identity.machine_id(s)


def machine_key_path(ctx: AppContext) -> Path:
    return paths.keys_dir(ctx.data_dir) / MACHINE_KEY_FILE


def machine_key(ctx: AppContext) -> Ed25519PrivateKey:
    """This machine's signing key, created on first use."""
    path = machine_key_path(ctx)
    if not path.exists():
        with contextlib.suppress(ConflictError):  # another process made it first: use that
            keyfile.write_private_key(Ed25519PrivateKey.generate(), path)
    return keyfile.read_private_key(path)


def machine_public_key(ctx: AppContext, actor: Principal) -> PublicKeyLine:
    """This machine's public key line, labelled ``machine:<machine id> <centre name>``."""
    require(actor, "keys.manage")
    label = f"machine:{machine_id(ctx)} {ctx.settings.centre_name}"
    return keyfile.public_line(machine_key(ctx), label)


def export_machine_key(ctx: AppContext, actor: Principal, out: Path | None = None) -> PublicKeyLine:
    """This machine's public key, written to `out` when given (for `key export`)."""
    line = machine_public_key(ctx, actor)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(line.text(), encoding="utf-8")
    return line


def generate_publisher_key(
    ctx: AppContext, actor: Principal, out: Path, label: str
) -> PublicKeyLine:
    """A new publisher key pair: `out` (private PEM, 0600) and `out`'s stem + ".pub"."""
    require(actor, "keys.manage")
    line = keyfile.generate_key_pair(out, label)
    with ctx.db.transaction() as s:
        audit.append(s, actor, "key.generate", line.key_id, {"label": line.label})
    return line


def import_key(
    ctx: AppContext,
    actor: Principal,
    source: Path | str,
    kind: KeyKind,
    *,
    label: str | None = None,
    machine: str | None = None,
) -> KeyInfo:
    """Trust a public key given as a file or as its one-line text.

    A machine key is bound to a machine id: `machine`, else the ``machine:<id>`` label that
    `key export` writes. Importing a trusted key again updates its label.
    """
    require(actor, "keys.manage")
    if kind not in KINDS:
        raise InvalidInput(f"Unknown key kind '{kind}': use machine or publisher.")
    line = (
        keyfile.read_public_file(source)
        if isinstance(source, Path)
        else keyfile.parse_public_line(source)
    )
    text_label = keyfile.clean_label(label) if label is not None else line.label
    bound: str | None = None
    if kind == "machine":
        found = _MACHINE_LABEL.match(line.label)
        bound = machine or (found.group(1) if found else None)
        if not bound:
            raise InvalidInput(
                "A machine key needs its machine id: give --machine ID, or import the file "
                "that `mobilaze-admin key export` wrote on that machine."
            )
        if bound == machine_id(ctx):
            raise InvalidInput("That is this machine's own key; register it on the other machine.")
    with ctx.db.transaction() as s:
        row = s.get(TrustedKey, (kind, line.key_id))
        if row is not None and row.machine_id != bound:
            raise ConflictError(
                f"Key {line.key_id} is registered for machine {row.machine_id}, not {bound}; "
                "remove it first if the machine was reinstalled."
            )
        if row is None:
            row = TrustedKey(
                kind=kind,
                key_id=line.key_id,
                public_key=line.b64,
                label=text_label,
                machine_id=bound,
                added_by=actor.user_id,
            )
            s.add(row)
        else:
            row.label = text_label
        s.flush()
        audit.append(
            s,
            actor,
            "key.trust",
            line.key_id,
            {"kind": kind, "label": text_label, "machine": bound},
        )
        return KeyInfo.of(row)


def list_keys(ctx: AppContext, actor: Principal, kind: KeyKind | None = None) -> list[KeyInfo]:
    require(actor, "keys.manage")
    with ctx.db.transaction() as s:
        query = select(TrustedKey).order_by(TrustedKey.kind, TrustedKey.label, TrustedKey.key_id)
        if kind:
            query = query.where(TrustedKey.kind == kind)
        return [KeyInfo.of(row) for row in s.scalars(query)]


def remove_key(
    ctx: AppContext, actor: Principal, key_id: str, kind: KeyKind | None = None
) -> list[KeyInfo]:
    """Stop trusting a key (of the given kind, or of every kind it is trusted as)."""
    require(actor, "keys.manage")
    wanted = key_id.strip().lower()
    with ctx.db.transaction() as s:
        query = select(TrustedKey).where(TrustedKey.key_id == wanted)
        if kind:
            query = query.where(TrustedKey.kind == kind)
        rows = list(s.scalars(query))
        if not rows:
            raise NotFoundError(f"No trusted key {wanted}; `key list` shows the trusted keys.")
        removed = [KeyInfo.of(row) for row in rows]
        for row in rows:
            s.delete(row)
        s.flush()
        audit.append(s, actor, "key.remove", wanted, {"kinds": [r.kind for r in removed]})
        return removed


def sign_module(folder: Path, key: Path) -> SignResult:
    """`course sign DIR --key KEY`: validate the module folder and write its SIGNATURE.

    Needs no database: a publisher signs on any machine with the private key file.
    """
    return signing.sign_module(folder, key)


def trusted_publishers(s: Session) -> dict[str, Ed25519PublicKey]:
    """Publisher keys trusted here, by key id (in the caller's transaction)."""
    rows = s.scalars(select(TrustedKey).where(TrustedKey.kind == "publisher"))
    return {row.key_id: keyfile.public_from_b64(row.public_key) for row in rows}


def machine_key_row(s: Session, key_id: str) -> TrustedKey | None:
    return s.get(TrustedKey, ("machine", key_id))
