"""Staff accounts, their API tokens and their console sessions."""

import asyncio
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.crypto import token_digest
from core.db import dialect_name, rows_matched, utcnow
from core.errors import Busy, Forbidden, InvalidInput, NotFound
from core.staff.models import ApiToken, Role, SignInThrottle, StaffSession, StaffUser

T = TypeVar("T")

# Console sessions end after this long without activity, and after SESSION_ABSOLUTE whatever happens.
SESSION_IDLE = timedelta(minutes=30)
SESSION_ABSOLUTE = timedelta(hours=12)
_SESSION_TOUCH_EVERY = timedelta(minutes=1)  # how stale last_seen_at may get before it is written again
MIN_PASSWORD = 12
TOKEN_LIFETIME = timedelta(days=90)  # an API token's, unless issued for longer or shorter
# Sign-in attempts for one username from one address within a window; past that, that pair is refused until the
# window ends. Any username counts alike, known or not, so the answer never tells which exist.
MAX_ATTEMPTS = 5
SIGN_IN_WINDOW = timedelta(minutes=15)
# Attempts for one username from everywhere within a window; past that, each further one (from any address) takes
# the username's next slot, one every SLOW_INTERVAL: guessing from many addresses slows down, nobody is locked out.
SLOW_AFTER = 20
SLOW_INTERVAL = timedelta(seconds=10)
# Password hashes running or waiting in this process (one runs at a time: ~50-100 ms of CPU and 64 MiB each);
# a sign-in beyond them is turned away at once instead of queueing without end.
HASHES_QUEUED = 4
_hasher = PasswordHasher()
_one_hash_at_a_time = threading.Lock()
_hashes = {"queued": 0}
# Per argon2 parameters, the hash an unknown username's password is checked against.
_unknown_hashes: dict[tuple[int, int, int], str] = {}


async def _argon2(work: Callable[..., T], *args: str) -> T:
    """Runs a hash or a check in a thread, one at a time, with at most HASHES_QUEUED waiting; raises Busy beyond.

    On the event loop argon2 stalled every webhook meanwhile, and two at once doubled the memory. The caller
    holds no database connection while it waits (a sign-in checks its password between two transactions).
    """
    if _hashes["queued"] >= HASHES_QUEUED:
        raise Busy()

    def alone() -> T:
        with _one_hash_at_a_time:
            return work(*args)

    _hashes["queued"] += 1
    try:
        return await asyncio.to_thread(alone)
    finally:
        _hashes["queued"] -= 1


def check_password_policy(*, password: str, username: str) -> None:
    """Refuses a password that is short, one repeated piece, a run of neighbouring characters, or the username."""
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("error-password-too-short", minimum=MIN_PASSWORD)
    folded = password.casefold()
    steps = sum(abs(ord(b) - ord(a)) <= 1 for a, b in pairwise(folded))
    name = username.strip().casefold()
    if (
        len(set(folded)) < 5
        or re.fullmatch(r"(.+?)\1+", folded)
        or steps >= len(folded) - 3
        or (
            len(name) >= 3
            and (name in folded or any(part in folded for part in re.split(r"[._-]", name) if len(part) >= 4))
        )
    ):
        raise InvalidInput("error-password-weak")


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
    if role not in list(Role):
        raise InvalidInput("error-role-unknown", role=role)
    check_password_policy(password=password, username=username)
    user = StaffUser(
        username=username.strip().lower(),
        display_name=display_name or username,
        role=role,
        password_hash=await _argon2(_hasher.hash, password),
        desks=desks,
        languages=languages,
        active=True,
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


@dataclass(frozen=True)
class SignInAttempt:
    """A sign-in as recorded before its password is checked."""

    pair_key: str  # this username from this address
    user_id: int | None  # None for a username no account has
    password_hash: str  # the account's, or one an unknown username is checked against: the same work either way
    refusal: str | None  # a message key when refused before any check (too many attempts)


def _throttle_key(username: str, address: str) -> str:
    return token_digest(f"{username}\x00{address}")


async def _count_attempt(session: AsyncSession, key: str, now: datetime) -> int:
    """Counts one more attempt under `key` in its window, atomically (parallel attempts each get their own number)."""
    table = SignInThrottle.__table__
    insert = (postgresql_insert if dialect_name(session) == "postgresql" else sqlite_insert)(table)
    expired = table.c.window_start <= now - SIGN_IN_WINDOW
    statement = (
        insert.values(key=key, attempts=1, window_start=now)
        .on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "attempts": case((expired, 1), else_=table.c.attempts + 1),
                "window_start": case((expired, now), else_=table.c.window_start),
            },
        )
        .returning(table.c.attempts)
    )
    attempts: int = (await session.execute(statement)).scalar_one()
    return attempts


async def _take_slow_slot(session: AsyncSession, key: str, now: datetime) -> bool:
    """Takes the username's next slot of the slow path; False when another attempt took it less than an interval ago."""
    result = await session.execute(
        update(SignInThrottle)
        .where(
            SignInThrottle.key == key, or_(SignInThrottle.next_slot_at.is_(None), SignInThrottle.next_slot_at <= now)
        )
        .values(next_slot_at=now + SLOW_INTERVAL)
    )
    return bool(rows_matched(result))


def _unknown_hash() -> str:
    parameters = (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism)
    if parameters not in _unknown_hashes:
        _unknown_hashes[parameters] = _hasher.hash(secrets.token_urlsafe(16))
    return _unknown_hashes[parameters]


async def begin_sign_in(
    *, session: AsyncSession, username: str, address: str, now: datetime | None = None
) -> SignInAttempt:
    """Counts the attempt (per username and address, and per username) and finds the account; checks nothing yet.

    Commit before checking the password: parallel attempts then see each other's count, and no database
    connection is held while argon2 runs.
    """
    now = now or utcnow()
    name = username.strip().lower()[:64]
    pair_key, name_key = _throttle_key(name, address), _throttle_key(name, "*")
    refusal = None
    if await _count_attempt(session, pair_key, now) > MAX_ATTEMPTS:
        refusal = "error-login-locked"
    elif await _count_attempt(session, name_key, now) > SLOW_AFTER and not await _take_slow_slot(
        session, name_key, now
    ):
        refusal = "error-login-slow"
    user = (await session.execute(select(StaffUser).where(StaffUser.username == name))).scalar_one_or_none()
    password_hash = user.password_hash if user is not None else await asyncio.to_thread(_unknown_hash)
    return SignInAttempt(
        pair_key=pair_key, user_id=user.id if user else None, password_hash=password_hash, refusal=refusal
    )


async def check_password(*, attempt: SignInAttempt, password: str) -> tuple[bool, str | None]:
    """Whether the password matches (False for a refused attempt, unchecked), and its new hash when the
    account's parameters are out of date. Raises Busy when too many checks are waiting."""
    if attempt.refusal is not None:
        return False, None
    try:
        await _argon2(_hasher.verify, attempt.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False, None
    if attempt.user_id is None or not _hasher.check_needs_rehash(attempt.password_hash):
        return attempt.user_id is not None, None
    return True, await _argon2(_hasher.hash, password)


async def finish_sign_in(
    *, session: AsyncSession, attempt: SignInAttempt, matches: bool, new_hash: str | None = None
) -> StaffUser:
    """The signed-in account, its attempts from this address forgotten; raises Forbidden with the reason."""
    if attempt.refusal is not None:
        raise Forbidden(attempt.refusal)
    user = await session.get(StaffUser, attempt.user_id) if matches and attempt.user_id is not None else None
    if user is None or not user.active or user.password_hash != attempt.password_hash:
        raise Forbidden("error-login-failed")
    await session.execute(delete(SignInThrottle).where(SignInThrottle.key == attempt.pair_key))
    if new_hash is not None:
        user.password_hash = new_hash
    return user


async def set_password(*, session: AsyncSession, user: StaffUser, password: str) -> None:
    """Gives an account a new password; its console sessions and API tokens end."""
    check_password_policy(password=password, username=user.username)
    user.password_hash = await _argon2(_hasher.hash, password)
    await end_all_sessions(session=session, staff_id=user.id)
    await revoke_tokens(session=session, user=user)


async def issue_token(*, session: AsyncSession, user: StaffUser, lifetime: timedelta = TOKEN_LIFETIME) -> str:
    """Creates an API token for this user, valid for `lifetime`; only its digest is stored, so it is shown once."""
    token = "hms_" + secrets.token_urlsafe(32)
    now = utcnow()
    session.add(ApiToken(staff_id=user.id, token_hash=token_digest(token), created_at=now, expires_at=now + lifetime))
    return token


async def revoke_tokens(*, session: AsyncSession, user: StaffUser) -> int:
    """Ends every API token of this user at once; returns how many were still valid."""
    result = await session.execute(
        update(ApiToken)
        .where(ApiToken.staff_id == user.id, ApiToken.revoked_at.is_(None), ApiToken.expires_at > utcnow())
        .values(revoked_at=utcnow())
    )
    return rows_matched(result)


async def user_for_token(*, session: AsyncSession, token: str) -> StaffUser:
    """Returns the active user holding this API token (neither revoked nor expired), or raises Forbidden."""
    row = (
        await session.execute(
            select(ApiToken, StaffUser)
            .join(StaffUser, StaffUser.id == ApiToken.staff_id)
            .where(
                ApiToken.token_hash == token_digest(token),
                ApiToken.revoked_at.is_(None),
                ApiToken.expires_at > utcnow(),
            )
        )
    ).one_or_none()
    if row is None:
        raise Forbidden("error-token-invalid")
    api_token, user = row
    if not user.active:
        raise Forbidden("error-token-invalid")
    api_token.last_used_at = utcnow()
    return user


def manages(*, user: StaffUser, other: StaffUser) -> bool:
    """Admins manage everyone; supervisors themselves and the non-admins whose desks are all theirs."""
    if user.is_admin or user.id == other.id:
        return True
    return user.supervises and not other.is_admin and set(other.desks) <= set(user.desks)


def ensure_supervisor(user: StaffUser) -> None:
    """Raises Forbidden unless this staff member is a supervisor or an admin."""
    if not user.supervises:
        raise Forbidden("error-supervisor-only")


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
        if role not in list(Role):
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
    """Enables or disables an account; disabling ends all its console sessions and API tokens at once
    (enabling it again revives none of them)."""
    user.active = active
    if not active:
        await end_all_sessions(session=session, staff_id=user.id)
        await revoke_tokens(session=session, user=user)


async def start_session(
    *, session: AsyncSession, user: StaffUser, now: datetime | None = None, lifetime: timedelta = SESSION_ABSOLUTE
) -> tuple[str, StaffSession]:
    """Opens a console session; returns the token for the cookie (only its digest is stored) and the row."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    row = StaffSession(
        token_hash=token_digest(token),
        staff_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + lifetime,
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


async def purge_sessions(*, session: AsyncSession, idle: timedelta = SESSION_IDLE, now: datetime | None = None) -> None:
    """Deletes the sessions that ended by time, and sign-in counts whose window has passed."""
    now = now or utcnow()
    await session.execute(
        delete(StaffSession).where((StaffSession.expires_at <= now) | (StaffSession.last_seen_at <= now - idle))
    )
    await session.execute(
        delete(SignInThrottle).where(
            SignInThrottle.window_start <= now - SIGN_IN_WINDOW,
            or_(SignInThrottle.next_slot_at.is_(None), SignInThrottle.next_slot_at <= now),
        )
    )
