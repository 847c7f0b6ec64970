"""Accounts: creating and managing users, logging in with lockout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.passwords import hash_password, needs_rehash, verify_password
from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import User, utcnow

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
_USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None
    failed_logins: int
    last_login_at: datetime | None
    language: str | None

    @classmethod
    def of(cls, user: User) -> UserInfo:
        return cls(
            user.id,
            user.username,
            user.full_name,
            user.role,
            user.active,
            user.locked_until,
            user.failed_logins,
            user.last_login_at,
            user.language,
        )

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


class LoginFailed(InvalidInput):
    pass


def principal_of(user: User | UserInfo) -> Principal:
    return Principal(user.id, user.username, Role(user.role))


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= _USERNAME_CHARS:
        raise InvalidInput(
            f"Username '{username}': use 2 to 64 letters a-z, digits, dots, dashes or underscores."
        )
    return name


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFoundError(f"There is no user '{username}'.")
    return user


def add_user(
    ctx: AppContext,
    actor: Principal,
    username: str,
    full_name: str,
    role: str,
    password: str | None = None,
    language: str | None = None,
) -> UserInfo:
    require(actor, "user.add")
    name = normalise_username(username)
    full = " ".join(full_name.split())
    if not full:
        raise InvalidInput("The full name must not be empty.")
    try:
        role_value = Role(role)
    except ValueError:
        raise InvalidInput(f"Unknown role '{role}': use trainee, instructor or admin.") from None
    hashed = hash_password(password) if password else None
    with ctx.db.transaction() as s:
        if s.scalar(select(User.id).where(User.username == name)) is not None:
            raise ConflictError(f"The username '{name}' is taken.")
        user = User(
            username=name,
            full_name=full,
            role=role_value.value,
            password_hash=hashed,
            language=language,
            password_changed_at=utcnow() if hashed else None,
        )
        s.add(user)
        s.flush()
        audit.append(s, actor, "user.add", name, {"role": role_value.value})
        return UserInfo.of(user)


def list_users(ctx: AppContext, actor: Principal, role: str | None = None) -> list[UserInfo]:
    require(actor, "user.list")
    with ctx.db.transaction() as s:
        query = select(User).order_by(User.username)
        if role:
            query = query.where(User.role == role)
        return [UserInfo.of(u) for u in s.scalars(query)]


def count_admins(ctx: AppContext) -> int:
    """How many active administrators exist (first-run detection needs no actor)."""
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).where(User.role == "admin", User.active)) or 0


def set_role(ctx: AppContext, actor: Principal, username: str, role: str) -> UserInfo:
    require(actor, "user.set_role")
    try:
        new_role = Role(role)
    except ValueError:
        raise InvalidInput(f"Unknown role '{role}': use trainee, instructor or admin.") from None
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        if user.role == Role.ADMIN and new_role != Role.ADMIN:
            _keep_an_admin(s, user)
        old = user.role
        user.role = new_role.value
        audit.append(s, actor, "user.set_role", user.username, {"from": old, "to": new_role.value})
        return UserInfo.of(user)


def _keep_an_admin(s: Session, user: User) -> None:
    others = s.scalar(
        select(func.count()).where(User.role == "admin", User.active, User.id != user.id)
    )
    if not others:
        raise ConflictError("This is the last active administrator; make another one first.")


def reset_password(ctx: AppContext, actor: Principal, username: str, password: str) -> None:
    require(actor, "user.reset_password")
    hashed = hash_password(password)
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        user.password_hash = hashed
        user.password_changed_at = utcnow()
        user.failed_logins = 0
        user.locked_until = None
        audit.append(s, actor, "user.reset_password", user.username)


def change_own_password(ctx: AppContext, actor: Principal, old: str, new: str) -> None:
    require(actor, "user.change_own_password")
    hashed = hash_password(new)
    with ctx.db.transaction() as s:
        user = s.get(User, actor.user_id)
        if user is None or not verify_password(user.password_hash, old):
            raise InvalidInput("The current password is not right.")
        user.password_hash = hashed
        user.password_changed_at = utcnow()
        audit.append(s, actor, "user.change_password", user.username)


def set_active(ctx: AppContext, actor: Principal, username: str, active: bool) -> UserInfo:
    require(actor, "user.deactivate")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        if not active and user.role == Role.ADMIN:
            _keep_an_admin(s, user)
        user.active = active
        action = "user.activate" if active else "user.deactivate"
        audit.append(s, actor, action, user.username)
        return UserInfo.of(user)


def unlock(ctx: AppContext, actor: Principal, username: str) -> UserInfo:
    require(actor, "user.unlock")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        user.failed_logins = 0
        user.locked_until = None
        audit.append(s, actor, "user.unlock", user.username)
        return UserInfo.of(user)


def login(ctx: AppContext, username: str, password: str) -> Principal:
    """Check a password; five failures lock the account for five minutes.

    A failed attempt is recorded (and committed) before the refusal is raised.
    """
    now = utcnow()
    wrong = "The username or password is not right."
    refusal: str | None = None
    with ctx.db.transaction() as s:
        # Locked so that failed logins on several workstations at once are all counted
        # (PostgreSQL; SQLite's write lock already serialises the transactions).
        user = s.scalar(
            select(User).where(User.username == username.strip().lower()).with_for_update()
        )
        if user is None:
            stranger = Principal(None, username.strip().lower()[:64] or "?", Role.TRAINEE)
            audit.append(s, stranger, "login.unknown_user", username.strip()[:200])
            refusal = wrong
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            refusal = (
                f"This account is locked after {MAX_FAILED_LOGINS} failed logins. "
                f"Try again in {minutes} minute(s) or ask an administrator to unlock it."
            )
        elif not user.active:
            refusal = "This account is deactivated; ask an administrator."
        elif not verify_password(user.password_hash, password):
            user.failed_logins += 1
            details: dict[str, object] = {"failed_logins": user.failed_logins}
            action = "login.failed"
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                details["locked_until"] = user.locked_until.isoformat()
                action = "login.locked"
            audit.append(s, principal_of(user), action, user.username, details)
            refusal = wrong
        else:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            if user.password_hash and needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            audit.append(s, principal_of(user), "login.ok", user.username)
            return principal_of(user)
    raise LoginFailed(refusal)
