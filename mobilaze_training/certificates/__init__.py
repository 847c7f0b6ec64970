"""Certificates: signed codes (:mod:`.signing`) and printable PDFs (:mod:`.pdf`).

Pure domain code: no database and no Qt. Services issue, store and revoke certificates and
call into these modules.
"""

from mobilaze_training.certificates.pdf import (
    CertificateData,
    extract_code_from_pdf,
    render_certificate,
    render_certificates_batch,
)
from mobilaze_training.certificates.signing import (
    CertificatePayload,
    MalformedCode,
    VerificationResult,
    expiry_date,
    format_serial,
    generate_key,
    key_id,
    load_private_key,
    load_public_key,
    parse_code,
    public_key_b64,
    public_key_pem,
    save_private_key,
    sign,
    verify_code,
)

__all__ = [
    "CertificateData",
    "CertificatePayload",
    "MalformedCode",
    "VerificationResult",
    "expiry_date",
    "extract_code_from_pdf",
    "format_serial",
    "generate_key",
    "key_id",
    "load_private_key",
    "load_public_key",
    "parse_code",
    "public_key_b64",
    "public_key_pem",
    "render_certificate",
    "render_certificates_batch",
    "save_private_key",
    "sign",
    "verify_code",
]
