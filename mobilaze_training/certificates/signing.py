"""Signed certificate codes: Ed25519 keys, the signed payload and offline verification.

A certificate carries a compact code (printed as a QR code and in the PDF metadata)::

    MT1.<base64url(canonical payload)>.<base64url(Ed25519 signature)>

base64url without padding. The canonical payload is UTF-8 text::

    MT1|serial|name|module_id|module_version|issued|expires|key_id

with ``\\`` and ``|`` inside fields escaped by a backslash, dates as ``YYYY-MM-DD`` and an empty
``expires`` for a certificate that does not expire. The signature covers exactly those bytes.
``key_id`` is the first 16 hex digits of SHA-256 of the raw 32-byte public key, so a verifier
picks the right public key among those it trusts.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import contextlib
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mobilaze_training.errors import ConflictError, InvalidInput

FORMAT = "MT1"
CODE_PREFIX = FORMAT + "."
MAX_CODE_LENGTH = 2000
SIGNATURE_LENGTH = 64
_FIELD_COUNT = 8
_KEY_ID = re.compile(r"[0-9a-f]{16}")
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Status = Literal["valid", "tampered", "unknown_key", "revoked", "expired", "malformed"]


class MalformedCode(InvalidInput):
    """The text is not a certificate code of this program (or is damaged beyond reading)."""


# --------------------------------------------------------------------------------------------
# Keys


def generate_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def save_private_key(
    key: Ed25519PrivateKey, path: str | os.PathLike[str], password: bytes | None = None
) -> Path:
    """Write the private key as PKCS#8 PEM to a new file readable by its owner only (0o600).

    Refuses to overwrite an existing file (ConflictError). With ``password`` the PEM is
    encrypted.
    """
    target = Path(path)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:
        raise ConflictError(
            f"{target} already exists; a signing key is never overwritten. "
            "Move the old key away first if you really mean to replace it."
        ) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target


def load_private_key(
    path: str | os.PathLike[str], password: bytes | None = None
) -> Ed25519PrivateKey:
    """Read a PEM private key written by :func:`save_private_key`."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"signing key {source} does not exist") from None
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(f"{source} is not a readable private key: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"{source} is not an Ed25519 key")
    return key


def _public(key: Ed25519PrivateKey | Ed25519PublicKey) -> Ed25519PublicKey:
    return key.public_key() if isinstance(key, Ed25519PrivateKey) else key


def public_key_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32 bytes of the public key."""
    return _public(key).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The raw public key as base64url without padding (43 characters)."""
    return b64encode(public_key_raw(key))


def public_key_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The public key as SubjectPublicKeyInfo PEM text."""
    pem = _public(key).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return pem.decode("ascii")


def load_public_key(text: str | bytes) -> Ed25519PublicKey:
    """A public key from PEM text or from the raw key in base64url (as :func:`public_key_b64`)."""
    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    data = data.strip()
    if data.startswith(b"-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(data)
        except ValueError as exc:
            raise InvalidInput(f"not a readable public key: {exc}") from None
        if not isinstance(key, Ed25519PublicKey):
            raise InvalidInput("the public key is not an Ed25519 key")
        return key
    try:
        raw = b64decode(data.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("a public key must be PEM text or 43 base64url characters") from None
    if len(raw) != 32:
        raise InvalidInput(f"a raw Ed25519 public key has 32 bytes, this one has {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def key_id(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """First 16 hex digits of SHA-256 of the raw public key."""
    return hashlib.sha256(public_key_raw(key)).hexdigest()[:16]


def trusted_keys(keys: Iterable[Ed25519PublicKey]) -> dict[str, Ed25519PublicKey]:
    """The ``trusted`` mapping :func:`verify_code` expects, keyed by :func:`key_id`."""
    return {key_id(k): k for k in keys}


# --------------------------------------------------------------------------------------------
# Payload


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict base64url without padding: only the canonical spelling of some bytes is accepted."""
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error:
        raise ValueError("not base64url") from None
    if b64encode(data) != text:
        raise ValueError("not canonical base64url")
    return data


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace("|", "\\|")


def _split(text: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, None)
            if nxt not in ("\\", "|"):
                raise MalformedCode("the code's content has an invalid escape sequence.")
            current.append(nxt)
        elif ch == "|":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _check_text(label: str, value: str) -> None:
    if not value or value != value.strip():
        raise ValueError(f"{label} must not be empty or start or end with spaces")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
        raise ValueError(f"{label} must not contain control characters")


@dataclass(frozen=True, slots=True)
class CertificatePayload:
    """What a certificate code asserts. The name is kept in Unicode NFC form."""

    serial: str
    name: str
    module_id: str
    module_version: str
    issued: date
    expires: date | None
    key_id: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", unicodedata.normalize("NFC", self.name))
        _check_text("serial", self.serial)
        _check_text("name", self.name)
        _check_text("module_id", self.module_id)
        _check_text("module_version", self.module_version)
        if not _KEY_ID.fullmatch(self.key_id):
            raise ValueError("key_id must be 16 lower-case hex digits")
        if self.expires is not None and self.expires < self.issued:
            raise ValueError("expires must not be before issued")

    def canonical(self) -> bytes:
        """The exact bytes that are signed."""
        fields = (
            FORMAT,
            self.serial,
            self.name,
            self.module_id,
            self.module_version,
            self.issued.isoformat(),
            self.expires.isoformat() if self.expires else "",
            self.key_id,
        )
        return "|".join(_escape(f) for f in fields).encode("utf-8")

    @classmethod
    def from_canonical(cls, data: bytes) -> CertificatePayload:
        """Parse :meth:`canonical` bytes; anything else raises :class:`MalformedCode`."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedCode("the code's content is not valid UTF-8 text.") from None
        fields = _split(text)
        if len(fields) != _FIELD_COUNT or fields[0] != FORMAT:
            raise MalformedCode(
                f"the code's content must have {_FIELD_COUNT} fields starting with {FORMAT}."
            )
        _, serial, name, module_id, version, issued, expires, kid = fields
        try:
            payload = cls(
                serial=serial,
                name=name,
                module_id=module_id,
                module_version=version,
                issued=_parse_date(issued),
                expires=_parse_date(expires) if expires else None,
                key_id=kid,
            )
        except ValueError as exc:
            raise MalformedCode(f"the code's content is invalid: {exc}.") from None
        if payload.canonical() != data:
            raise MalformedCode("the code's content is not in canonical form.")
        return payload


def _parse_date(text: str) -> date:
    if not _ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a YYYY-MM-DD date")
    return date.fromisoformat(text)


def format_serial(year: int, number: int, prefix: str = "MT") -> str:
    """``MT-2026-000123``: the printed serial number of the ``number``-th certificate of a year."""
    if not 1 <= number <= 999_999 or not 1000 <= year <= 9999:
        raise ValueError(f"no serial for year {year}, number {number}")
    return f"{prefix}-{year:04d}-{number:06d}"


def expiry_date(issued: date, validity_months: int | None) -> date | None:
    """The last valid day for a certificate valid ``validity_months`` (None: never expires).

    Same day of the month, ``validity_months`` later; a day the month does not have becomes
    the month's last day (issued 2024-02-29, 12 months: 2025-02-28).
    """
    if validity_months is None:
        return None
    if validity_months < 1:
        raise ValueError("validity_months must be at least 1")
    months = issued.year * 12 + issued.month - 1 + validity_months
    year, month = divmod(months, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(issued.day, last_day))


# --------------------------------------------------------------------------------------------
# Codes


def sign(payload: CertificatePayload, private_key: Ed25519PrivateKey) -> str:
    """The certificate code for ``payload`` signed with ``private_key``.

    ``payload.key_id`` must be the key id of ``private_key`` (ValueError otherwise).
    """
    if payload.key_id != key_id(private_key):
        raise ValueError(
            f"payload names key {payload.key_id} but the signing key is {key_id(private_key)}"
        )
    body = payload.canonical()
    signature = private_key.sign(body)
    return f"{CODE_PREFIX}{b64encode(body)}.{b64encode(signature)}"


def normalise_code(code: str) -> str:
    """The code without the white space a scanner, a copy from a PDF or typing may add."""
    return "".join(code.split())


def _split_code(code: str) -> tuple[bytes, bytes]:
    text = normalise_code(code)
    if not text:
        raise MalformedCode("the code is empty.")
    if len(text) > MAX_CODE_LENGTH:
        raise MalformedCode(f"the code is longer than {MAX_CODE_LENGTH} characters.")
    parts = text.split(".")
    if len(parts) != 3 or parts[0] != FORMAT:
        raise MalformedCode(
            f"a certificate code has three parts separated by dots and starts with {CODE_PREFIX}"
        )
    try:
        body = b64decode(parts[1])
        signature = b64decode(parts[2])
    except ValueError:
        raise MalformedCode("the code contains characters that are not valid base64url.") from None
    if len(signature) != SIGNATURE_LENGTH:
        raise MalformedCode(
            f"the signature has {len(signature)} bytes instead of {SIGNATURE_LENGTH}."
        )
    return body, signature


def parse_code(code: str) -> tuple[CertificatePayload, bytes]:
    """The payload and signature in ``code``, not yet verified. Raises :class:`MalformedCode`."""
    body, signature = _split_code(code)
    return CertificatePayload.from_canonical(body), signature


@dataclass(frozen=True, slots=True)
class VerificationResult:
    """Outcome of :func:`verify_code`.

    ``payload`` is what the code claims (None when malformed); only when ``status`` is
    ``"valid"`` (or ``"expired"``/``"revoked"``, which are genuine but no longer valid) does it
    come from a trusted signer. ``message`` is one plain English sentence for the user.
    """

    status: Status
    payload: CertificatePayload | None
    message: str

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    @property
    def genuine(self) -> bool:
        """Signed by a trusted key, whether or not still valid."""
        return self.status in ("valid", "revoked", "expired")


def _describe(p: CertificatePayload) -> str:
    return f"issued to {p.name} for {p.module_id} {p.module_version} on {p.issued.isoformat()}"


def verify_code(
    code: str,
    trusted: Mapping[str, Ed25519PublicKey],
    revoked: Mapping[str, str | None],
    today: date,
) -> VerificationResult:
    """Check a certificate code offline.

    ``trusted`` maps key ids to public keys; ``revoked`` maps revoked serial numbers to the
    reason (may be empty or None). Checks, in this order: malformed, unknown key, tampered
    (signature does not match), revoked, expired (``today`` after ``expires``), valid.
    """
    try:
        body, signature = _split_code(code)
        payload = CertificatePayload.from_canonical(body)
    except MalformedCode as exc:
        return VerificationResult(
            "malformed", None, f"Malformed: this is not a readable certificate code; {exc}"
        )
    public_key = trusted.get(payload.key_id)
    if public_key is None:
        return VerificationResult(
            "unknown_key",
            payload,
            f"Unknown key: the certificate {payload.serial} was signed with key "
            f"{payload.key_id}, which is not among the trusted keys, so it cannot be checked "
            "here.",
        )
    try:
        public_key.verify(signature, body)
    except InvalidSignature:
        return VerificationResult(
            "tampered",
            payload,
            "Tampered: the signature does not match the content, so the certificate has been "
            "altered or forged; do not rely on anything it says.",
        )
    if payload.serial in revoked:
        reason = (revoked[payload.serial] or "").strip().rstrip(".")
        because = f" (reason: {reason})" if reason else ""
        return VerificationResult(
            "revoked",
            payload,
            f"Revoked: the certificate {payload.serial} {_describe(payload)} "
            f"has been revoked{because}.",
        )
    if payload.expires is not None and today > payload.expires:
        return VerificationResult(
            "expired",
            payload,
            f"Expired: the certificate {payload.serial} {_describe(payload)} "
            f"was valid until {payload.expires.isoformat()}.",
        )
    until = (
        f"valid until {payload.expires.isoformat()}"
        if payload.expires is not None
        else "with no expiry date"
    )
    return VerificationResult(
        "valid",
        payload,
        f"Valid: {_describe(payload)}, {until} (serial {payload.serial}).",
    )
