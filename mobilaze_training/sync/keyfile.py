"""Ed25519 key files.

A private key is a PKCS#8 PEM file readable by its owner only (mode 0600). A public key is
one line of text::

    mobilaze-ed25519 <base64url of the raw 32-byte key, no padding> <label>

The label is free text (it may hold spaces). A key is named by its key id: the first 16 hex
digits of SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mobilaze_training.certificates.signing import save_private_key
from mobilaze_training.errors import ConflictError, InvalidInput

PUBLIC_PREFIX = "mobilaze-ed25519"
MAX_LABEL = 200


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    """Strict base64url without padding; raises ValueError."""
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None
    if b64url(data) != text:
        raise ValueError("not canonical base64url")
    return data


def raw_public(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


@dataclass(frozen=True)
class PublicKeyLine:
    """A public key with its label, as exchanged between machines."""

    key: Ed25519PublicKey
    label: str

    @property
    def key_id(self) -> str:
        return key_id(self.key)

    @property
    def b64(self) -> str:
        return b64url(raw_public(self.key))

    def text(self) -> str:
        return f"{PUBLIC_PREFIX} {self.b64} {self.label}".rstrip() + "\n"

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            self.key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


def public_line(key: Ed25519PrivateKey | Ed25519PublicKey, label: str) -> PublicKeyLine:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return PublicKeyLine(public, clean_label(label))


def clean_label(label: str) -> str:
    text = " ".join(label.split())
    if len(text) > MAX_LABEL:
        raise InvalidInput(f"A key label has at most {MAX_LABEL} characters.")
    return text


def public_from_b64(text: str) -> Ed25519PublicKey:
    try:
        raw = unb64url(text)
    except ValueError:
        raise InvalidInput("the public key is not base64url text") from None
    if len(raw) != 32:
        raise InvalidInput(f"an Ed25519 public key has 32 bytes, this one has {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def parse_public_line(text: str, source: str = "public key") -> PublicKeyLine:
    """Read 'mobilaze-ed25519 <key> <label>' (the first non-empty line of `text`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) != 1:
        raise InvalidInput(f"{source}: expected one line '{PUBLIC_PREFIX} <key> <label>'.")
    parts = lines[0].split(maxsplit=2)
    if len(parts) < 2 or parts[0] != PUBLIC_PREFIX:
        raise InvalidInput(f"{source}: not a public key line ('{PUBLIC_PREFIX} <key> <label>').")
    try:
        key = public_from_b64(parts[1])
    except InvalidInput as exc:
        raise InvalidInput(f"{source}: {exc}") from None
    return PublicKeyLine(key, clean_label(parts[2] if len(parts) == 3 else ""))


def read_public_file(path: Path) -> PublicKeyLine:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: cannot read the public key ({exc}).") from None
    return parse_public_line(text, str(path))


def write_private_key(key: Ed25519PrivateKey, path: Path) -> Path:
    """Write `key` as PEM to a new file of mode 0600; never overwrites (ConflictError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return save_private_key(key, path)


def read_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path}: there is no such key file.") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the key ({exc}).") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(f"{path}: not a readable private key (PEM) ({exc}).") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"{path}: not an Ed25519 private key.")
    return key


def generate_key_pair(private_path: Path, label: str) -> PublicKeyLine:
    """A new key: the private PEM at `private_path` (0600), the public line beside it (.pub)."""
    key = Ed25519PrivateKey.generate()
    line = public_line(key, label)
    public_path = public_path_for(private_path)
    if public_path.exists():
        raise ConflictError(f"{public_path} exists already; choose another name.")
    write_private_key(key, private_path)
    public_path.write_text(line.text(), encoding="utf-8")
    return line


def public_path_for(private_path: Path) -> Path:
    return private_path.with_name(private_path.stem + ".pub")
