"""Staff accounts, API tokens, console sessions, canned replies and the audit log."""

import asyncio
import secrets
import threading
from collections.abc import Callable, Collection, Iterable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.crypto import token_digest
from core.db import utcnow
from core.errors import Forbidden, InvalidInput, NotFound
from core.i18n import parents
from core.staff.models import ApiToken, AuditEntry, CannedReply, StaffSession, StaffUser

T = TypeVar("T")

ROLES = ("agent", "supervisor", "admin")
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# Console sessions end after this long without activity, and after SESSION_ABSOLUTE whatever happens.
SESSION_IDLE = timedelta(minutes=30)
SESSION_ABSOLUTE = timedelta(hours=12)
_SESSION_TOUCH_EVERY = timedelta(minutes=1)  # how stale last_seen_at may get before it is written again
_hasher = PasswordHasher()
_one_hash_at_a_time = threading.Lock()


async def _argon2(work: Callable[..., T], *args: str) -> T:
    """Runs a hash or a check in a thread, one at a time: each takes ~50-100 ms of CPU and 64 MiB (argon2-cffi's
    default, RFC 9106's second recommendation), which on the event loop stalled every webhook meanwhile, and two
    sign-ins at once doubled the memory."""

    def alone() -> T:
        with _one_hash_at_a_time:
            return work(*args)

    return await asyncio.to_thread(alone)


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
        password_hash=await _argon2(_hasher.hash, password), desks=desks, languages=languages, active=True,
        failed_logins=0,
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
        await _argon2(_hasher.hash, password)  # the same work as for a real account: timing does not tell usernames
        raise Forbidden("error-login-failed")
    if user.locked_until is not None and user.locked_until > now:
        raise Forbidden("error-login-locked")
    try:
        await _argon2(_hasher.verify, user.password_hash, password)
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
        user.password_hash = await _argon2(_hasher.hash, password)
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


async def get_user(*, session: AsyncSession, staff_id: int) -> StaffUser:
    """Returns the staff user with this id or raises NotFound."""
    user = await session.get(StaffUser, staff_id)
    if user is None:
        raise NotFound("error-staff-unknown", username=str(staff_id))
    return user


async def list_users(*, session: AsyncSession) -> list[StaffUser]:
    """Every staff account, active ones first, then by username."""
    result = await session.execute(select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.username))
    return list(result.scalars())


async def users_by_id(*, session: AsyncSession, ids: Iterable[int | None]) -> dict[int, StaffUser]:
    """The staff users with these ids (for naming authors and assignees)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    result = await session.execute(select(StaffUser).where(StaffUser.id.in_(wanted)))
    return {user.id: user for user in result.scalars()}


def update_user(
    *,
    user: StaffUser,
    role: str | None = None,
    desks: list[str] | None = None,
    languages: list[str] | None = None,
    display_name: str | None = None,
    console_locale: str | None = None,
) -> None:
    """Changes an account's role, desks, languages, name or console language (None leaves a value as it is)."""
    if role is not None:
        if role not in ROLES:
            raise InvalidInput("error-role-unknown", role=role)
        user.role = role
    if desks is not None:
        user.desks = list(desks)
    if languages is not None:
        user.languages = list(languages)
    if display_name is not None:
        if not display_name.strip():
            raise InvalidInput("error-field-missing", field="display_name")
        user.display_name = display_name.strip()
    if console_locale is not None:
        user.console_locale = console_locale


async def set_active(*, session: AsyncSession, user: StaffUser, active: bool) -> None:
    """Enables or disables an account; disabling ends all its console sessions at once."""
    user.active = active
    if not active:
        await end_all_sessions(session=session, staff_id=user.id)


async def start_session(
    *, session: AsyncSession, user: StaffUser, now: datetime | None = None, lifetime: timedelta = SESSION_ABSOLUTE
) -> tuple[str, StaffSession]:
    """Opens a console session; returns the token for the cookie (only its digest is stored) and the row."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    row = StaffSession(
        token_hash=token_digest(token), staff_id=user.id, csrf_token=secrets.token_urlsafe(32),
        created_at=now, last_seen_at=now, expires_at=now + lifetime,
    )
    session.add(row)
    await session.flush()
    return token, row


async def resume_session(
    *,
    session: AsyncSession,
    token: str,
    idle: timedelta = SESSION_IDLE,
    now: datetime | None = None,
    touch: bool = True,
) -> tuple[StaffUser, StaffSession]:
    """Returns the active user and session for a cookie's token, or raises Forbidden when unknown or expired.

    `touch=False` is for what the page does by itself (live updates), which must not keep an idle
    session alive.
    """
    now = now or utcnow()
    row = (
        await session.execute(
            select(StaffSession, StaffUser)
            .join(StaffUser, StaffUser.id == StaffSession.staff_id)
            .where(StaffSession.token_hash == token_digest(token))
        )
    ).one_or_none()
    if row is None or not row.StaffUser.active:
        raise Forbidden("error-session-invalid")
    staff_session = row.StaffSession
    if now >= staff_session.expires_at or now - staff_session.last_seen_at >= idle:
        raise Forbidden("error-session-expired")
    if touch and now - staff_session.last_seen_at >= _SESSION_TOUCH_EVERY:
        staff_session.last_seen_at = now
    return row.StaffUser, staff_session


async def end_session(*, session: AsyncSession, token: str) -> None:
    """Deletes the session of this token (signing out)."""
    await session.execute(delete(StaffSession).where(StaffSession.token_hash == token_digest(token)))


async def end_all_sessions(*, session: AsyncSession, staff_id: int) -> None:
    """Deletes every console session of this user."""
    await session.execute(delete(StaffSession).where(StaffSession.staff_id == staff_id))


async def purge_sessions(
    *, session: AsyncSession, idle: timedelta = SESSION_IDLE, now: datetime | None = None
) -> None:
    """Deletes the sessions that ended by time, so the table holds only live ones."""
    now = now or utcnow()
    await session.execute(
        delete(StaffSession).where((StaffSession.expires_at <= now) | (StaffSession.last_seen_at <= now - idle))
    )


async def list_canned_replies(
    *, session: AsyncSession, desks: Collection[str], include_inactive: bool = False
) -> list[CannedReply]:
    """The canned replies of these desks, by desk and title."""
    statement = select(CannedReply).where(CannedReply.desk.in_(list(desks)))
    if not include_inactive:
        statement = statement.where(CannedReply.active.is_(True))
    result = await session.execute(statement.order_by(CannedReply.desk, CannedReply.title, CannedReply.id))
    return list(result.scalars())


async def get_canned_reply(*, session: AsyncSession, canned_id: int) -> CannedReply:
    """Returns the canned reply or raises NotFound."""
    reply = await session.get(CannedReply, canned_id)
    if reply is None:
        raise NotFound("error-canned-unknown")
    return reply


def _clean_texts(texts: dict[str, str], default_locale: str) -> dict[str, str]:
    cleaned = {locale: text.strip() for locale, text in texts.items() if text and text.strip()}
    if not cleaned.get(default_locale):
        raise InvalidInput("error-canned-default-missing", locale=default_locale)
    return cleaned


async def create_canned_reply(
    *, session: AsyncSession, desk: str, title: str, texts: dict[str, str], default_locale: str
) -> CannedReply:
    """Adds a canned reply; it needs a title and at least the text in the default language."""
    if not title.strip():
        raise InvalidInput("error-field-missing", field="title")
    reply = CannedReply(desk=desk, title=title.strip(), texts=_clean_texts(texts, default_locale), active=True)
    session.add(reply)
    await session.flush()
    return reply


def update_canned_reply(
    *, reply: CannedReply, title: str, texts: dict[str, str], active: bool, default_locale: str
) -> None:
    """Replaces a canned reply's title, texts and whether it is offered."""
    if not title.strip():
        raise InvalidInput("error-field-missing", field="title")
    reply.title = title.strip()
    reply.texts = _clean_texts(texts, default_locale)
    reply.active = active


def canned_text(reply: CannedReply, locale: str, default_locale: str) -> tuple[str, str]:
    """The version of a canned reply to send to someone reading `locale`, and its locale.

    A missing translation falls back to the more general language (fa-AF -> fa), then to the default.
    """
    for candidate in [*parents(locale), default_locale]:
        if reply.texts.get(candidate):
            return candidate, reply.texts[candidate]
    raise InvalidInput("error-canned-default-missing", locale=default_locale)


async def list_audit(
    *, session: AsyncSession, limit: int = 100, offset: int = 0, action: str | None = None,
    staff_id: int | None = None,
) -> list[AuditEntry]:
    """The audit log, newest first, optionally of one action or one staff member."""
    statement = select(AuditEntry)
    if action:
        statement = statement.where(AuditEntry.action == action)
    if staff_id is not None:
        statement = statement.where(AuditEntry.staff_id == staff_id)
    result = await session.execute(
        statement.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit).offset(offset)
    )
    return list(result.scalars())
