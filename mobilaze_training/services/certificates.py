"""Certificates: issuing (single and by cohort), the register, revocation, verification,
and the centre's signing key.

A certificate of a module that states learning outcomes stores, when it is issued, the outcomes
the holder had achieved then (column ``outcomes``, see
:mod:`mobilaze_training.certificates.annex`); its PDF prints them on annex pages, the same every
time it is printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mobilaze_training import paths
from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.certificates import pdf, signing
from mobilaze_training.certificates.annex import AnnexOutcome, OutcomeAnnex
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError, PermissionDenied
from mobilaze_training.services import practical
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.scope import require_cohort_scope, require_user_scope
from mobilaze_training.services.users import get_user
from mobilaze_training.store import models as m

CENTRE_KEY = "centre-signing-key.pem"
TRUSTED_DIR = "trusted-centres"
Progress = Callable[[int, int, str], None]


# ---- keys --------------------------------------------------------------------------------


def centre_key_path(ctx: AppContext) -> Path:
    return paths.keys_dir(ctx.data_dir) / CENTRE_KEY


def ensure_centre_key(ctx: AppContext) -> str:
    """Create the centre's signing key when missing; returns its key id."""
    path = centre_key_path(ctx)
    if not path.exists():
        signing.save_private_key(signing.generate_key(), path)
    return signing.key_id(signing.load_private_key(path))


def _centre_key(ctx: AppContext) -> Ed25519PrivateKey:
    ensure_centre_key(ctx)
    return signing.load_private_key(centre_key_path(ctx))


def export_public_key(ctx: AppContext, actor: Principal) -> str:
    """The centre's public key as one line of text, for other centres to trust."""
    require(actor, "keys.manage")
    key = _centre_key(ctx)
    label = "-".join(ctx.settings.centre_name.split()) or "centre"
    return f"mobilaze-ed25519 {signing.public_key_b64(key)} {label}\n"


def _trusted_dir(ctx: AppContext) -> Path:
    folder = paths.keys_dir(ctx.data_dir) / TRUSTED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def import_trusted_key(ctx: AppContext, actor: Principal, text: str) -> str:
    """Trust another centre's public key (one-line text or PEM); returns its key id."""
    require(actor, "keys.manage")
    line = text.strip()
    if line.startswith("mobilaze-ed25519 "):
        parts = line.split()
        if len(parts) < 2:
            raise InvalidInput("The key line must be 'mobilaze-ed25519 <key> <label>'.")
        key = signing.load_public_key(parts[1])
    else:
        key = signing.load_public_key(line)
    kid = signing.key_id(key)
    (_trusted_dir(ctx) / f"{kid}.pub").write_text(
        f"mobilaze-ed25519 {signing.public_key_b64(key)} {kid}\n", encoding="utf-8"
    )
    with ctx.db.transaction() as s:
        audit.append(s, actor, "keys.trust", kid)
    return kid


def trusted_keys(ctx: AppContext) -> dict[str, Ed25519PublicKey]:
    own = _centre_key(ctx).public_key()
    keys = [own]
    for file in sorted(_trusted_dir(ctx).glob("*.pub")):
        parts = file.read_text(encoding="utf-8").split()
        if len(parts) >= 2:
            keys.append(signing.load_public_key(parts[1]))
    return signing.trusted_keys(keys)


# ---- issuing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateInfo:
    serial: str
    username: str
    full_name: str
    module_id: str
    module_version: str
    issued: date
    expires: date | None
    revoked: bool
    revoked_reason: str | None
    code: str


def _info(cert: m.Certificate, username: str) -> CertificateInfo:
    return CertificateInfo(
        cert.serial,
        username,
        cert.full_name,
        cert.module_id,
        cert.module_version,
        cert.issued_at.date(),
        cert.expires_at.date() if cert.expires_at else None,
        cert.revoked_at is not None,
        cert.revoked_reason,
        cert.payload,
    )


def _eligibility(s: Session, user: m.User, module_id: str) -> tuple[m.ModuleVersion, str | None]:
    """The module and, when the user may not have its certificate yet, the reason."""
    mv = current_module(s, module_id)
    rule = mv.manifest.get("certificate")
    if not rule:
        return mv, "the module gives no certificate"
    passed = set(
        s.scalars(
            select(m.Attempt.assessment_id).where(
                m.Attempt.user_id == user.id,
                m.Attempt.module_id == module_id,
                m.Attempt.passed.is_(True),
            )
        )
    )
    missing = [a for a in rule["requires"] if a not in passed]
    if missing:
        return mv, "not yet passed: " + ", ".join(missing)
    return mv, None


def _next_serial(s: Session, year: int) -> str:
    prefix = f"MT-{year}-"
    last = s.scalar(
        select(func.max(m.Certificate.serial)).where(m.Certificate.serial.startswith(prefix))
    )
    number = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return signing.format_serial(year, number)


def _localised(value: Any, default: str) -> dict[str, str]:
    """A module text as {language: text}; a bare string is in the module's first language."""
    if isinstance(value, str):
        return {default: value}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str) and v.strip()}
    return {}


def _outcome_annex(s: Session, user: m.User, mv: m.ModuleVersion) -> dict[str, Any] | None:
    """The outcomes `user` has achieved in the module now, as stored with a certificate;
    None when the module states no outcomes."""
    if not mv.manifest.get("outcomes"):
        return None
    profile = practical.profile_of(s, user, mv.module_id)
    default = mv.manifest["languages"][0]
    achieved = tuple(
        AnnexOutcome(
            id=o.id,
            text=_localised(o.text, default) or {default: o.id},
            level=o.level,
            fundamental_rights=o.fundamental_rights,
            points=o.points,
            max_points=o.max_points,
        )
        for o in profile.achieved
    )
    annex = OutcomeAnnex(achieved, len(profile.outcomes), practical.ACHIEVED_SHARE)
    return annex.to_record()


def _issue(
    ctx: AppContext, s: Session, actor: Principal, user: m.User, module_id: str
) -> m.Certificate:
    mv, reason = _eligibility(s, user, module_id)
    if reason:
        raise ConflictError(f"{user.full_name} ({user.username}) cannot be certified: {reason}.")
    existing = s.scalar(
        select(m.Certificate).where(
            m.Certificate.user_id == user.id,
            m.Certificate.module_id == module_id,
            m.Certificate.module_version == mv.version,
            m.Certificate.revoked_at.is_(None),
        )
    )
    if existing is not None:
        return existing
    key = _centre_key(ctx)
    now = m.utcnow()
    months = (mv.manifest.get("certificate") or {}).get("validity_months")
    expires = signing.expiry_date(now.date(), int(months) if months else None)
    serial = _next_serial(s, now.year)
    payload = signing.CertificatePayload(
        serial=serial,
        name=user.full_name,
        module_id=module_id,
        module_version=mv.version,
        issued=now.date(),
        expires=expires,
        key_id=signing.key_id(key),
    )
    code = signing.sign(payload, key)
    cert = m.Certificate(
        id=uuid.uuid4(),
        serial=serial,
        user_id=user.id,
        module_id=module_id,
        module_version=mv.version,
        full_name=user.full_name,
        issued_at=now,
        expires_at=None
        if expires is None
        else now.replace(year=expires.year, month=expires.month, day=expires.day),
        payload=code,
        signature=code.rsplit(".", 1)[1],
        key_id=payload.key_id,
        issued_by=actor.user_id,
    )
    outcomes = _outcome_annex(s, user, mv)
    if outcomes is not None:  # otherwise SQL NULL: no annex
        cert.outcomes = outcomes
    s.add(cert)
    s.flush()
    audit.append(
        s, actor, "certificate.issue", serial, {"user": user.username, "module": module_id}
    )
    return cert


def issue(ctx: AppContext, actor: Principal, username: str, module_id: str) -> CertificateInfo:
    """Issue (or return the existing valid) certificate of a module to a trainee."""
    require(actor, "certificate.issue")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        require_user_scope(s, actor, user.id)
        cert = _issue(ctx, s, actor, user, module_id)
        return _info(cert, user.username)


@dataclass
class BatchReport:
    issued: list[CertificateInfo] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def issue_batch(
    ctx: AppContext,
    actor: Principal,
    cohort_name: str,
    module_id: str,
    out_dir: Path | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Certify everyone eligible in a cohort; list the others with the reason."""
    require(actor, "certificate.issue")
    report = BatchReport()
    with ctx.db.transaction() as s:
        cohort = s.scalar(select(m.Cohort).where(m.Cohort.name == cohort_name))
        if cohort is None:
            raise NotFoundError(f"There is no cohort '{cohort_name}'.")
        require_cohort_scope(s, actor, cohort)
        people = s.scalars(
            select(m.User)
            .join(m.Enrolment, m.Enrolment.user_id == m.User.id)
            .where(m.Enrolment.cohort_id == cohort.id)
            .order_by(m.User.full_name)
        ).all()
        for i, user in enumerate(people):
            _mv, reason = _eligibility(s, user, module_id)
            if reason:
                report.skipped.append((user.username, reason))
            else:
                report.issued.append(_info(_issue(ctx, s, actor, user, module_id), user.username))
            if progress:
                progress(i + 1, len(people) * (2 if out_dir else 1), user.username)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        for j, info in enumerate(report.issued):
            target = out_dir / f"{info.serial}.pdf"
            render(ctx, actor, info.serial, target)
            report.files.append(target)
            if progress:
                progress(len(report.issued) + j + 1, 2 * len(report.issued), info.serial)
    return report


def _data(
    ctx: AppContext, s: Session, cert: m.Certificate, language: str | None
) -> pdf.CertificateData:
    mv = s.scalar(
        select(m.ModuleVersion).where(
            m.ModuleVersion.module_id == cert.module_id,
            m.ModuleVersion.version == cert.module_version,
        )
    )
    manifest: dict[str, Any] = mv.manifest if mv else {"languages": ["en"], "title": cert.module_id}
    default = manifest["languages"][0]
    rule = manifest.get("certificate") or {}
    title = rule.get("title") or manifest.get("title") or cert.module_id
    titles = {default: title} if isinstance(title, str) else dict(title)
    user = s.get(m.User, cert.user_id)
    lang = language or (user.language if user and user.language else None)
    if lang not in ("az", "ru", "en"):
        lang = default if default in ("az", "ru", "en") else "en"
    annex = None
    if cert.outcomes is not None:
        try:
            annex = OutcomeAnnex.from_record(cert.outcomes)
        except ValueError as exc:
            raise InvalidInput(
                f"Certificate {cert.serial}: the stored list of learning outcomes "
                f"(column outcomes) cannot be read: {exc}."
            ) from None
    return pdf.CertificateData(
        full_name=cert.full_name,
        module_title=titles,
        module_id=cert.module_id,
        module_version=cert.module_version,
        language=lang,
        issued=cert.issued_at.date(),
        expires=cert.expires_at.date() if cert.expires_at else None,
        centre_name=ctx.settings.centre_name,
        serial=cert.serial,
        code=cert.payload,
        annex=annex,
    )


def render(
    ctx: AppContext, actor: Principal, serial: str, out: Path, language: str | None = None
) -> Path:
    """Write a certificate's PDF (trainees: their own; staff: those they may see)."""
    with ctx.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == serial))
        if cert is None:
            raise NotFoundError(f"There is no certificate {serial}.")
        if cert.user_id == actor.user_id:
            require(actor, "certificate.view_own")
        else:
            require(actor, "certificate.list")
            require_user_scope(s, actor, cert.user_id)
        if cert.revoked_at is not None:
            raise ConflictError(f"Certificate {serial} is revoked: {cert.revoked_reason}.")
        data = _data(ctx, s, cert, language)
    pdf.render_certificate(out, data)
    return out


def register(
    ctx: AppContext, actor: Principal, module_id: str | None = None
) -> list[CertificateInfo]:
    """Issued certificates: all for an administrator, own cohorts for an instructor,
    own for a trainee."""
    with ctx.db.transaction() as s:
        query = select(m.Certificate, m.User.username).join(
            m.User, m.User.id == m.Certificate.user_id
        )
        if module_id:
            query = query.where(m.Certificate.module_id == module_id)
        if actor.role == Role.TRAINEE:
            require(actor, "certificate.view_own")
            query = query.where(m.Certificate.user_id == actor.user_id)
        else:
            require(actor, "certificate.list")
        out = []
        for cert, username in s.execute(query.order_by(m.Certificate.serial)).all():
            if actor.role == Role.INSTRUCTOR:
                try:
                    require_user_scope(s, actor, cert.user_id)
                except PermissionDenied:
                    continue
            out.append(_info(cert, username))
        return out


def revoke(ctx: AppContext, actor: Principal, serial: str, reason: str) -> CertificateInfo:
    require(actor, "certificate.revoke")
    if not reason.strip():
        raise InvalidInput("Give the reason for revoking the certificate.")
    with ctx.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == serial))
        if cert is None:
            raise NotFoundError(f"There is no certificate {serial}.")
        if cert.revoked_at is None:
            cert.revoked_at = m.utcnow()
            cert.revoked_reason = reason.strip()
            audit.append(s, actor, "certificate.revoke", serial, {"reason": reason.strip()})
        user = s.get(m.User, cert.user_id)
        return _info(cert, user.username if user else "?")


def verify(
    ctx: AppContext, actor: Principal, file_or_code: str, today: date | None = None
) -> signing.VerificationResult:
    """Verify a certificate PDF or code offline against the trusted keys and revocations."""
    require(actor, "certificate.verify")
    code = file_or_code.strip()
    candidate = Path(code)
    if not code.startswith(signing.CODE_PREFIX) and candidate.suffix.lower() == ".pdf":
        if not candidate.is_file():
            raise InvalidInput(f"{candidate}: no such file.")
        found = pdf.extract_code_from_pdf(candidate)
        if found is None:
            raise InvalidInput(f"{candidate}: this PDF holds no MOBILAZE certificate code.")
        code = found
    with ctx.db.transaction() as s:
        revoked = {
            serial: reason
            for serial, reason in s.execute(
                select(m.Certificate.serial, m.Certificate.revoked_reason).where(
                    m.Certificate.revoked_at.is_not(None)
                )
            ).all()
        }
    return signing.verify_code(code, trusted_keys(ctx), revoked, today or m.utcnow().date())
