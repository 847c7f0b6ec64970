"""The bundle file: a zip with a signed manifest and one JSON-lines file per table.

::

    manifest.json   {"format": "mobilaze-bundle/1", "kind", "bundle_id", "machine_id",
                     "key_id", "created_at", ..., "files": [{"name", "table", "rows", "sha256"}]}
    SIGNATURE       mobilaze-bundle-signature/1 <key id> <base64url Ed25519 signature>
    <table>.jsonl   one JSON object per line

The signature covers ``b"mobilaze-bundle-signature/1\\n"`` and the manifest's exact bytes; the
manifest holds each table file's SHA-256 and row count, so altering, removing or adding
anything is detected. Reading happens in two steps: :func:`open_bundle` reads the zip and the
manifest, the caller picks the public key named by the manifest, :meth:`SignedBundle.verify`
checks the signature, and only then :meth:`SignedBundle.tables` parses the rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mobilaze_training.errors import InvalidInput
from mobilaze_training.sync.codec import Row, json_values
from mobilaze_training.sync.keyfile import PublicKeyLine, b64url, key_id, unb64url

FORMAT = "mobilaze-bundle/1"
SIG_FORMAT = "mobilaze-bundle-signature/1"
MANIFEST = "manifest.json"
SIGNATURE = "SIGNATURE"
MAX_ENTRIES = 64
MAX_ENTRY_BYTES = 1 << 30
MAX_TOTAL_BYTES = 4 << 30
PARSE_BYTES = 1 << 21  # of JSON lines parsed at a time


class BundleRefused(InvalidInput):
    """The file is not an intact, signed bundle; nothing was imported."""


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    bundle_id: str
    key_id: str
    counts: dict[str, int]
    size: int


def _signed_message(manifest_bytes: bytes) -> bytes:
    return SIG_FORMAT.encode("ascii") + b"\n" + manifest_bytes


# one row a line: sorted keys, no spaces, UTF-8 (one encoder for all rows)
_LINE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _jsonl(rows: list[Row]) -> bytes:
    if not rows:
        return b""
    return ("\n".join(map(_LINE.encode, rows)) + "\n").encode("utf-8")


def write_bundle(
    out: Path, key: Ed25519PrivateKey, header: dict[str, Any], tables: dict[str, list[Row]]
) -> WrittenBundle:
    """Write the signed bundle to `out` (via a temporary file, so `out` is never partial)."""
    blobs = {f"{table}.jsonl": _jsonl(rows) for table, rows in tables.items()}
    manifest = {
        **header,
        "format": FORMAT,
        "key_id": key_id(key),
        "files": [
            {
                "name": f"{table}.jsonl",
                "table": table,
                "rows": len(rows),
                "sha256": hashlib.sha256(blobs[f"{table}.jsonl"]).hexdigest(),
            }
            for table, rows in tables.items()
        ],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    signature = key.sign(_signed_message(manifest_bytes))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    # the fastest deflate level: a bundle is written often and copied once (level 6 would
    # make it some 15 % smaller in three times the time)
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, f"{SIG_FORMAT} {key_id(key)} {b64url(signature)}\n")
        for name, blob in blobs.items():
            archive.writestr(name, blob)
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    partial.replace(out)
    counts = {table: len(rows) for table, rows in tables.items()}
    return WrittenBundle(out, str(header["bundle_id"]), key_id(key), counts, out.stat().st_size)


@dataclass
class SignedBundle:
    """A bundle read from disk whose signature is not yet checked."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    key_id: str
    signature: bytes
    entries: dict[str, bytes]
    verified: bool = False

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    def field(self, name: str) -> str:
        value = self.manifest.get(name)
        if not isinstance(value, str) or not value:
            raise BundleRefused(f"{self.path}: the manifest has no '{name}'.")
        return value

    def verify(self, public: Ed25519PublicKey) -> None:
        if not PublicKeyLine(public, "").verify(
            self.signature, _signed_message(self.manifest_bytes)
        ):
            raise BundleRefused(
                f"{self.path}: the signature does not match: the bundle was altered after it "
                "was made. Nothing was imported."
            )
        files = self.manifest.get("files")
        if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
            raise BundleRefused(f"{self.path}: the manifest lists no files.")
        listed = {str(f.get("name")) for f in files}
        extra = sorted(set(self.entries) - listed - {MANIFEST, SIGNATURE})
        if extra:
            raise BundleRefused(f"{self.path}: unexpected file(s) added: {', '.join(extra)}.")
        for item in files:
            name = str(item.get("name"))
            blob = self.entries.get(name)
            if blob is None:
                raise BundleRefused(f"{self.path}: {name} is missing from the bundle.")
            if hashlib.sha256(blob).hexdigest() != item.get("sha256"):
                raise BundleRefused(f"{self.path}: {name} was altered after the bundle was made.")
        self.verified = True

    def tables(self) -> dict[str, list[Any]]:
        """Each table's rows as parsed JSON (only after :meth:`verify`)."""
        if not self.verified:
            raise RuntimeError("verify the bundle before reading its tables")
        out: dict[str, list[Any]] = {}
        for item in self.manifest["files"]:
            name, table = str(item["name"]), str(item.get("table"))
            blob = self.entries[name]
            rows = _json_lines(blob)
            if rows is None:  # some line is not one JSON value: find it
                rows = []
                for number, line in enumerate(blob.splitlines(), 1):
                    try:
                        rows.append(json.loads(line))
                    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                        raise BundleRefused(f"{self.path}: {name} line {number}: {exc}") from None
            if len(rows) != item.get("rows"):
                raise BundleRefused(f"{self.path}: {name} holds {len(rows)} rows, not as listed.")
            out[table] = rows
        return out


def _json_lines(blob: bytes) -> list[Any] | None:
    """The values of a JSON-lines file, or None when it is not plain UTF-8 with one value a
    line (the caller then parses it line by line). Lines are parsed some megabytes at a
    time: each piece's text goes where the one before was, instead of a file-sized text
    in fresh memory each time."""
    rows: list[Any] = []
    start = 0
    while start < len(blob):
        end = blob.find(b"\n", start + PARSE_BYTES)
        end = len(blob) if end < 0 else end + 1
        try:
            values = json_values(blob[start:end].decode("utf-8"))
        except UnicodeDecodeError:
            return None
        if values is None:
            return None
        rows += values
        start = end
    return rows


def _damaged(path: Path, why: object) -> BundleRefused:
    return BundleRefused(
        f"{path}: the bundle is damaged or incomplete ({why}); it may have been copied only in "
        "part. Copy it again from the machine that made it. Nothing was imported."
    )


def open_bundle(path: Path) -> SignedBundle:
    """Read a bundle's entries, manifest and signature line; nothing is trusted yet."""
    if not path.is_file():
        raise BundleRefused(f"{path}: there is no such file.")
    entries: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise BundleRefused(f"{path}: {len(infos)} entries; not a bundle.")
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                raise BundleRefused(f"{path}: too large to be a bundle.")
            for info in infos:
                if info.is_dir() or "/" in info.filename or "\\" in info.filename:
                    raise BundleRefused(f"{path}: unexpected entry {info.filename!r}.")
                with archive.open(info) as stream:
                    data = stream.read(min(info.file_size, MAX_ENTRY_BYTES) + 1)
                if len(data) != info.file_size or len(data) > MAX_ENTRY_BYTES:
                    raise _damaged(path, f"{info.filename} has the wrong size")
                entries[info.filename] = data
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _damaged(path, exc) from None
    except OSError as exc:
        raise BundleRefused(f"{path}: cannot read the bundle ({exc}).") from None
    if MANIFEST not in entries:
        raise BundleRefused(f"{path}: not a MOBILAZE Training bundle (no {MANIFEST}).")
    if SIGNATURE not in entries:
        raise BundleRefused(f"{path}: the bundle is not signed. Nothing was imported.")
    try:
        manifest = json.loads(entries[MANIFEST])
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, f"manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused(f"{path}: not a bundle of this program's format ({FORMAT}).")
    try:
        parts = entries[SIGNATURE].decode("ascii").split()
        if len(parts) != 3 or parts[0] != SIG_FORMAT:
            raise ValueError("not a bundle signature")
        signature = unb64url(parts[2])
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused(f"{path}: the signature is unreadable ({exc}).") from None
    if parts[1] != manifest.get("key_id"):
        raise BundleRefused(f"{path}: the signature's key does not match the manifest.")
    return SignedBundle(path, manifest, entries[MANIFEST], parts[1], signature, entries)
