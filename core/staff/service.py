"""Staff accounts, API tokens and the audit log."""

import secrets
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.crypto import token_digest
from core.db import utcnow
from core.errors import Forbidden, InvalidInput, NotFound
from core.staff.models import ApiToken, AuditEntry, StaffUser

ROLES = ("agent", "supervisor", "admin")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
_hasher = PasswordHasher()


async def create_user(
    *,
    session: AsyncSession,
    username: str,
    password: str,
    role: str,
    desks: list[str],
    languages: list[str],
    display_name: str | None = None,
) -> StaffUser:
    """Adds a staff account with an argon2 password hash."""
    if role not in ROLES:
        raise InvalidInput("error-role-unknown", role=role)
    if len(password) < 12:
        raise InvalidInput("error-password-too-short", minimum=12)
    user = StaffUser(
        username=username.strip().lower(), display_name=display_name or username, role=role,
        password_hash=_hasher.hash(password), desks=desks, languages=languages, active=True, failed_logins=0,
    )
    session.add(user)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError:
        raise InvalidInput("error-username-taken", username=username) from None
    return user


async def get_by_username(*, session: AsyncSession, username: str) -> StaffUser:
    user = (
        await session.execute(select(StaffUser).where(StaffUser.username == username.strip().lower()))
    ).scalar_one_or_none()
    if user is None:
        raise NotFound("error-staff-unknown", username=username)
    return user


async def authenticate(*, session: AsyncSession, username: str, password: str) -> StaffUser:
    """Checks a password; repeated failures lock the account for a while. Raises Forbidden."""
    user = (
        await session.execute(select(StaffUser).where(StaffUser.username == username.strip().lower()))
    ).scalar_one_or_none()
    now = utcnow()
    if user is None:
        _hasher.hash(password)  # the same work as for a real account, so timing does not tell usernames
        raise Forbidden("error-login-failed")
    if user.locked_until is not None and user.locked_until > now:
        raise Forbidden("error-login-locked")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
        raise Forbidden("error-login-failed") from None
    if not user.active:
        raise Forbidden("error-login-failed")
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


async def issue_token(*, session: AsyncSession, user: StaffUser) -> str:
    """Creates an API token for this user; only its digest is stored, so it is shown once."""
    token = "hms_" + secrets.token_urlsafe(32)
    session.add(ApiToken(staff_id=user.id, token_hash=token_digest(token)))
    return token


async def user_for_token(*, session: AsyncSession, token: str) -> StaffUser:
    """Returns the active user holding this API token, or raises Forbidden."""
    row = (
        await session.execute(
            select(ApiToken, StaffUser)
            .join(StaffUser, StaffUser.id == ApiToken.staff_id)
            .where(ApiToken.token_hash == token_digest(token), ApiToken.revoked_at.is_(None))
        )
    ).one_or_none()
    if row is None or not row.StaffUser.active:
        raise Forbidden("error-token-invalid")
    row.ApiToken.last_used_at = utcnow()
    return row.StaffUser


def audit(
    *, session: AsyncSession, staff_id: int | None, action: str, target: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Appends to the audit log (no code path edits or deletes it)."""
    session.add(AuditEntry(staff_id=staff_id, action=action, target=target, details=details or {}))
