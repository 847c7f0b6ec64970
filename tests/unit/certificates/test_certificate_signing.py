"""Signed certificate codes: keys, canonical payload, parsing and offline verification."""

from __future__ import annotations

import base64
import hashlib
import os
import stat
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from hypothesis import given, settings
from hypothesis import strategies as st

from mobilaze_training.certificates.signing import (
    CertificatePayload,
    MalformedCode,
    b64encode,
    expiry_date,
    format_serial,
    generate_key,
    key_id,
    load_private_key,
    load_public_key,
    parse_code,
    public_key_b64,
    public_key_pem,
    public_key_raw,
    save_private_key,
    sign,
    trusted_keys,
    verify_code,
)
from mobilaze_training.errors import ConflictError, InvalidInput

Trusted = dict[str, Ed25519PublicKey]
ISSUED = date(2026, 11, 20)
EXPIRES = date(2028, 11, 20)
TODAY = date(2027, 3, 1)


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return generate_key()


@pytest.fixture(scope="module")
def trusted(key: Ed25519PrivateKey) -> dict[str, Ed25519PublicKey]:
    return trusted_keys([key.public_key()])


def make_payload(key: Ed25519PrivateKey, **changes: Any) -> CertificatePayload:
    fields: dict[str, Any] = {
        "serial": "MT-2026-000123",
        "name": "Əliyev Həsən",
        "module_id": "document-examination",
        "module_version": "1.0.0",
        "issued": ISSUED,
        "expires": EXPIRES,
        "key_id": key_id(key),
    }
    fields.update(changes)
    return CertificatePayload(**fields)


def split(code: str) -> tuple[bytes, str]:
    prefix, body, signature = code.split(".")
    assert prefix == "MT1"
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)), signature


def join(body: bytes, signature: str) -> str:
    return f"MT1.{b64encode(body)}.{signature}"


# -- keys ---------------------------------------------------------------------------------------


def test_key_id_is_first_16_hex_of_sha256_of_raw_public_key(key: Ed25519PrivateKey) -> None:
    raw = public_key_raw(key)
    assert len(raw) == 32
    assert key_id(key) == hashlib.sha256(raw).hexdigest()[:16]
    assert key_id(key.public_key()) == key_id(key)


def test_public_key_exports_load_back(key: Ed25519PrivateKey) -> None:
    b64 = public_key_b64(key)
    assert len(b64) == 43 and "=" not in b64
    pem = public_key_pem(key)
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
    assert key_id(load_public_key(b64)) == key_id(key)
    assert key_id(load_public_key(pem)) == key_id(key)
    assert key_id(load_public_key(pem.encode())) == key_id(key)


@pytest.mark.parametrize("text", ["", "not a key", b64encode(b"short"), "-----BEGIN nonsense"])
def test_load_public_key_refuses_garbage(text: str) -> None:
    with pytest.raises(InvalidInput):
        load_public_key(text)


def test_private_key_saved_owner_only_and_loads_back(
    tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    path = save_private_key(key, tmp_path / "signing.pem")
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert key_id(load_private_key(path)) == key_id(key)


def test_private_key_is_never_overwritten(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = tmp_path / "signing.pem"
    path.write_text("keep me")
    with pytest.raises(ConflictError):
        save_private_key(key, path)
    assert path.read_text() == "keep me"


def test_private_key_with_password(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = save_private_key(key, tmp_path / "signing.pem", password=b"correct horse")
    assert b"ENCRYPTED" in path.read_bytes()
    assert key_id(load_private_key(path, password=b"correct horse")) == key_id(key)
    with pytest.raises(InvalidInput):
        load_private_key(path, password=b"wrong")
    with pytest.raises(InvalidInput):
        load_private_key(tmp_path / "missing.pem")


# -- payload ------------------------------------------------------------------------------------


def test_canonical_serialisation_is_compact_and_exact(key: Ed25519PrivateKey) -> None:
    payload = make_payload(key)
    expected = (
        f"MT1|MT-2026-000123|Əliyev Həsən|document-examination|1.0.0|2026-11-20|2028-11-20|"
        f"{key_id(key)}"
    )
    assert payload.canonical() == expected.encode("utf-8")
    assert (
        make_payload(key, expires=None).canonical().endswith(f"|2026-11-20||{key_id(key)}".encode())
    )


def test_separator_and_backslash_are_escaped(key: Ed25519PrivateKey) -> None:
    payload = make_payload(key, name="A|B\\C", serial="S\\|")
    assert b"A\\|B\\\\C" in payload.canonical()
    assert CertificatePayload.from_canonical(payload.canonical()) == payload


def test_name_is_kept_in_nfc(key: Ed25519PrivateKey) -> None:
    decomposed = "U\u0308lvi"  # U + combining diaeresis
    assert make_payload(key, name=decomposed).name == "Ülvi"


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"name": " padded"},
        {"name": "line\nbreak"},
        {"serial": ""},
        {"key_id": "ABCDEF0123456789"},
        {"key_id": "abc"},
        {"expires": ISSUED - timedelta(days=1)},
    ],
)
def test_invalid_payload_is_refused(key: Ed25519PrivateKey, changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        make_payload(key, **changes)


_HYPOTHESIS_KEY = generate_key()
_name_chars = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"))


@settings(database=None, max_examples=150, deadline=None)
@given(
    name=st.text(_name_chars, min_size=1, max_size=80).filter(lambda s: s == s.strip() and s),
    serial=st.text(_name_chars, min_size=1, max_size=20).filter(lambda s: s == s.strip() and s),
    expires=st.none() | st.dates(min_value=ISSUED, max_value=date(2100, 1, 1)),
)
def test_any_payload_round_trips_through_a_code(
    name: str, serial: str, expires: date | None
) -> None:
    signing_key = _HYPOTHESIS_KEY
    payload = make_payload(signing_key, name=name, serial=serial, expires=expires)
    code = sign(payload, signing_key)
    parsed, signature = parse_code(code)
    assert parsed == payload and len(signature) == 64
    result = verify_code(code, trusted_keys([signing_key.public_key()]), {}, ISSUED)
    assert result.status == "valid"


# -- codes and verification ---------------------------------------------------------------------


def test_code_shape(key: Ed25519PrivateKey) -> None:
    code = sign(make_payload(key), key)
    parts = code.split(".")
    assert len(parts) == 3 and parts[0] == "MT1"
    assert "=" not in code and code.isascii()
    payload, signature = parse_code(code)
    assert payload == make_payload(key)
    assert len(signature) == 64


def test_sign_refuses_payload_naming_another_key(key: Ed25519PrivateKey) -> None:
    other = generate_key()
    with pytest.raises(ValueError):
        sign(make_payload(other), key)


def test_genuine_code_verifies_offline(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    code = sign(make_payload(key), key)
    result = verify_code(code, trusted, {}, TODAY)
    assert result.status == "valid" and result.ok and result.genuine
    assert result.payload == make_payload(key)
    assert result.message == (
        "Valid: issued to Əliyev Həsən for document-examination 1.0.0 on 2026-11-20, "
        "valid until 2028-11-20 (serial MT-2026-000123)."
    )


def test_code_without_expiry_is_valid_forever(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    code = sign(make_payload(key, expires=None), key)
    result = verify_code(code, trusted, {}, date(2099, 1, 1))
    assert result.status == "valid"
    assert "with no expiry date" in result.message


def test_white_space_from_scanning_or_typing_is_ignored(
    key: Ed25519PrivateKey, trusted: Trusted
) -> None:
    code = sign(make_payload(key), key)
    spaced = " " + code[:40] + "\n" + code[40:90] + "  " + code[90:] + "\n"
    assert verify_code(spaced, trusted, {}, TODAY).status == "valid"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Əliyev".encode(), "Əliyav".encode()),  # one byte of the name
        (b"MT-2026-000123", b"MT-2026-000124"),  # serial
        (b"1.0.0", b"2.0.0"),  # module version
        (b"2028-11-20", b"2029-11-20"),  # expiry
        (b"document-examination", b"document-examinatioN"),  # module id
    ],
)
def test_one_changed_byte_in_the_payload_is_tampered(
    key: Ed25519PrivateKey, trusted: Trusted, old: bytes, new: bytes
) -> None:
    body, signature = split(sign(make_payload(key), key))
    changed = body.replace(old, new, 1)
    assert changed != body
    assert sum(a != b for a, b in zip(changed, body, strict=True)) == 1
    result = verify_code(join(changed, signature), trusted, {}, TODAY)
    assert result.status == "tampered" and not result.ok and not result.genuine
    assert result.message.startswith("Tampered: the signature does not match the content")


def test_changed_signature_is_tampered(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    body, signature = split(sign(make_payload(key), key))
    raw = bytearray(base64.urlsafe_b64decode(signature + "=="))
    raw[10] ^= 0x01
    result = verify_code(join(body, b64encode(bytes(raw))), trusted, {}, TODAY)
    assert result.status == "tampered"


def test_tampering_is_reported_before_revocation(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    body, signature = split(sign(make_payload(key), key))
    changed = body.replace(b"1.0.0", b"1.0.1")
    result = verify_code(join(changed, signature), trusted, {"MT-2026-000123": "x"}, TODAY)
    assert result.status == "tampered"


def test_revoked_serial_is_revoked(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    code = sign(make_payload(key), key)
    result = verify_code(code, trusted, {"MT-2026-000123": "issued in error."}, TODAY)
    assert result.status == "revoked" and result.genuine and not result.ok
    assert result.message.startswith("Revoked: the certificate MT-2026-000123 issued to Əliyev")
    assert result.message.endswith("has been revoked (reason: issued in error).")
    plain = verify_code(code, trusted, {"MT-2026-000123": None}, TODAY)
    assert plain.status == "revoked" and plain.message.endswith("has been revoked.")


def test_revocation_is_reported_before_expiry(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    code = sign(make_payload(key), key)
    late = EXPIRES + timedelta(days=30)
    assert verify_code(code, trusted, {"MT-2026-000123": ""}, late).status == "revoked"


def test_unknown_key(key: Ed25519PrivateKey) -> None:
    code = sign(make_payload(key), key)
    stranger = trusted_keys([generate_key().public_key()])
    result = verify_code(code, stranger, {}, TODAY)
    assert result.status == "unknown_key"
    assert key_id(key) in result.message
    assert verify_code(code, {}, {}, TODAY).status == "unknown_key"


def test_changed_key_id_is_unknown_key(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    body, signature = split(sign(make_payload(key), key))
    kid = key_id(key).encode()
    other = (b"0" if kid[:1] != b"0" else b"1") + kid[1:]
    result = verify_code(join(body.replace(kid, other), signature), trusted, {}, TODAY)
    assert result.status == "unknown_key"


def test_expired(key: Ed25519PrivateKey, trusted: Trusted) -> None:
    code = sign(make_payload(key), key)
    assert verify_code(code, trusted, {}, EXPIRES).status == "valid"  # last valid day
    result = verify_code(code, trusted, {}, EXPIRES + timedelta(days=1))
    assert result.status == "expired" and result.genuine
    assert result.message.endswith("was valid until 2028-11-20.")


def _bad_codes() -> list[str]:
    key = generate_key()
    good = sign(make_payload(key), key)
    body, signature = split(good)
    sig = signature
    return [
        "",
        "   ",
        "hello",
        "MT1.",
        "MT1..",
        "MT2." + good[4:],
        good + ".extra",
        good + "x",  # signature one character too long
        good[:-3],  # signature too short
        "MT1.!!!!." + sig,
        join(b"\xff\xfe\x00", sig),  # not UTF-8
        join(b"MT1|only|three", sig),  # wrong field count
        join(body.replace(b"2026-11-20", b"2026-13-40"), sig),  # impossible date
        join(body.replace(b"2026-11-20", b"20261120"), sig),  # not YYYY-MM-DD
        join(body + b"\\", sig),  # dangling escape
        join(body.replace(b"MT1|", b"MT9|", 1), sig),
        "MT1." + b64encode(body) + "=." + sig,  # padding is not allowed
        "x" * 5000,
    ]


@pytest.mark.parametrize("code", _bad_codes())
def test_garbage_is_malformed(code: str, trusted: Trusted) -> None:
    result = verify_code(code, trusted, {}, TODAY)
    assert result.status == "malformed"
    assert result.payload is None
    assert result.message.startswith("Malformed: ")
    assert result.message.endswith(".")
    with pytest.raises(MalformedCode):
        parse_code(code)


# -- serials and expiry -------------------------------------------------------------------------


def test_format_serial() -> None:
    assert format_serial(2026, 123) == "MT-2026-000123"
    with pytest.raises(ValueError):
        format_serial(2026, 0)
    with pytest.raises(ValueError):
        format_serial(2026, 1_000_000)


@pytest.mark.parametrize(
    ("issued", "months", "expected"),
    [
        (date(2026, 11, 20), 24, date(2028, 11, 20)),
        (date(2026, 11, 20), None, None),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_expiry_date(issued: date, months: int | None, expected: date | None) -> None:
    assert expiry_date(issued, months) == expected
