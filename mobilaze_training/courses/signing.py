"""Module signatures (course-module-format.md, "Signatures").

The ``SIGNATURE`` file at a module's root is one line::

    mobilaze-module-signature/1 <key id> <base64url Ed25519 signature>

The signature covers ``b"mobilaze-module-signature/1\\n"`` followed by the module's canonical
listing (:meth:`ModuleFiles.listing`: every file but SIGNATURE with its SHA-256), so changing,
adding or removing any file after signing breaks it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mobilaze_training.courses.source import SIGNATURE, ModuleFiles, read_module_files
from mobilaze_training.courses.validate import validate_files
from mobilaze_training.errors import InvalidInput
from mobilaze_training.sync.keyfile import (
    PublicKeyLine,
    b64url,
    key_id,
    read_private_key,
    unb64url,
)

FORMAT = "mobilaze-module-signature/1"


class SignatureRefused(InvalidInput):
    """The module's signature is missing, unknown, malformed or does not match its files."""


@dataclass(frozen=True)
class ModuleSignature:
    key_id: str
    signature: bytes


@dataclass(frozen=True)
class SignatureCheck:
    signed_by: str | None  # key id of the trusted publisher whose valid signature it carries
    warning: str | None = None


@dataclass(frozen=True)
class SignResult:
    path: Path
    key_id: str
    files: int


def signed_message(files: ModuleFiles) -> bytes:
    return (FORMAT + "\n" + files.listing()).encode("utf-8")


def signature_text(files: ModuleFiles, key: Ed25519PrivateKey) -> str:
    return f"{FORMAT} {key_id(key)} {b64url(key.sign(signed_message(files)))}\n"


def read_signature(files: ModuleFiles) -> ModuleSignature | None:
    """The module's SIGNATURE, or None when it has none; SignatureRefused when malformed."""
    data = files.files.get(SIGNATURE)
    if data is None:
        return None
    where = files.where(SIGNATURE)
    try:
        parts = data.decode("ascii").split()
    except UnicodeDecodeError:
        raise SignatureRefused(f"{where}: not a module signature (not ASCII text).") from None
    if len(parts) != 3 or parts[0] != FORMAT or len(parts[1]) != 16:
        raise SignatureRefused(f"{where}: not a module signature ('{FORMAT} <key id> <sig>').")
    try:
        signature = unb64url(parts[2])
    except ValueError:
        raise SignatureRefused(f"{where}: the signature is not base64url text.") from None
    if len(signature) != 64:
        raise SignatureRefused(f"{where}: an Ed25519 signature has 64 bytes.")
    return ModuleSignature(parts[1].lower(), signature)


def check_signature(
    files: ModuleFiles, trusted: Mapping[str, Ed25519PublicKey], *, required: bool
) -> SignatureCheck:
    """Check a module's signature against the trusted publisher keys (by key id).

    A signature by a trusted key that does not match the files is always refused (the module
    was altered after signing). Without a signature, or with one by an unknown key, the module
    is refused when signatures are `required` and accepted as unsigned otherwise.
    """
    found = read_signature(files)
    if found is None:
        if required:
            raise SignatureRefused(
                f"{files.display}: the module is not signed, and this installation accepts only "
                "modules signed by a trusted publisher (setting require_signed_modules)."
            )
        return SignatureCheck(None)
    public = trusted.get(found.key_id)
    if public is None:
        message = (
            f"{files.display}: signed by key {found.key_id}, which is not a trusted publisher "
            "key here (import it with `mobilaze-admin key import FILE --publisher`)."
        )
        if required:
            raise SignatureRefused(message)
        return SignatureCheck(None, message + " Installed as unsigned.")
    if not PublicKeyLine(public, "").verify(found.signature, signed_message(files)):
        raise SignatureRefused(
            f"{files.display}: the signature by publisher key {found.key_id} does not match the "
            "files: the module was altered after it was signed. Nothing was installed."
        )
    return SignatureCheck(found.key_id)


def sign_module(folder: Path, key_path: Path) -> SignResult:
    """Validate the module folder and write its SIGNATURE with the private key at `key_path`."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: sign a module folder (a zip can't be signed in place).")
    key = read_private_key(key_path)
    files = read_module_files(folder)
    validate_files(files)  # raises ValidationFailed: an invalid module is not signed
    target = folder / SIGNATURE
    tmp = folder / f".{SIGNATURE}.tmp"
    tmp.write_text(signature_text(files, key), encoding="ascii")
    os.replace(tmp, target)
    count = len([p for p in files.files if p != SIGNATURE])
    return SignResult(target, key_id(key), count)
