"""The demo's sample: a working day of İzmir's social services (sample.toml), made through the services.

Everything goes through the services a real day goes through (contacts with consent, requests.create, the staff
actions, the citizen's answers), in one transaction, so the invariants hold: sealed columns, status events, outbox
rows, webhooks, audit entries (marked `via: sample`). Only the times are the sample's: a request is created at its
own time (`requests.create(now=...)`), and what each step writes (messages, status events, the request's times) is
set back to the step's time right after it, in the same transaction. Audit entries keep the time they were written:
the audit chain covers them, and the log should say when the sample was loaded.
"""

import secrets
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.tr import tckimlik

from bot.webchat import CHANNEL as WEBCHAT
from core.canned import service as canned
from core.canned.models import CannedReply
from core.catalogue import Catalogue
from core.contacts import service as contacts
from core.context import CoreContext
from core.db import utcnow
from core.errors import NotFound
from core.requests import actions
from core.requests import service as requests
from core.requests.actions import Via
from core.requests.models import Message, Request, StatusEvent
from core.requests.schemas import RequestIn
from core.requests.statuses import FINAL, Status
from core.staff import service as staff
from core.staff.models import StaffUser

SAMPLE = Path(__file__).with_name("sample.toml")


class NotFresh(Exception):
    """The demo already holds the sample, or requests of its own: the sample is not loaded."""


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    desks: list[str]
    password: str


@dataclass(frozen=True)
class Loaded:
    accounts: list[Account]
    requests: int
    canned: int


def read() -> dict[str, Any]:
    """The sample's people, canned replies and requests."""
    return tomllib.loads(SAMPLE.read_text(encoding="utf-8"))


async def load(ctx: CoreContext, *, now: datetime | None = None) -> Loaded:
    """Loads the sample into a demo that has no request yet; raises NotFresh otherwise (never loads it twice)."""
    sample, now = read(), now or utcnow()
    async with ctx.db.transaction() as session:
        await _ensure_fresh(session, ctx.catalogue, sample)
        team: dict[str, StaffUser] = {}
        accounts = []
        for person in sample["staff"]:
            password = secrets.token_urlsafe(12)
            team[person["username"]] = await staff.create_user(
                session=session,
                username=person["username"],
                password=password,
                role=person["role"],
                desks=person["desks"],
                languages=person["languages"],
                display_name=person["name"],
            )
            accounts.append(Account(person["username"], person["role"], person["desks"], password))
        replies: dict[tuple[str, str], CannedReply] = {}
        for entry in sample["canned"]:
            for desk in entry["desks"]:
                replies[entry["code"], desk] = await canned.create(
                    session=session,
                    desk=desk,
                    title=entry["title"],
                    texts=entry["texts"],
                    default_locale=ctx.catalogue.city.default_locale,
                )
        for number, entry in enumerate(sample["requests"], start=1):
            await _request(session, ctx, entry, number=number, now=now, team=team, replies=replies)
    return Loaded(accounts, len(sample["requests"]), len(replies))


async def _ensure_fresh(session: AsyncSession, catalogue: Catalogue, sample: dict[str, Any]) -> None:
    for person in sample["staff"]:
        try:
            await staff.get_by_username(session=session, username=person["username"])
        except NotFound:
            continue
        raise NotFresh(f"staff user {person['username']!r} exists: the sample is loaded already")
    _, total = await requests.search(session=session, desks=catalogue.desks, limit=1)
    if total:
        raise NotFresh(f"the database holds {total} request(s): the sample fills only a fresh demo")


async def _request(
    session: AsyncSession,
    ctx: CoreContext,
    entry: dict[str, Any],
    *,
    number: int,
    now: datetime,
    team: dict[str, StaffUser],
    replies: dict[tuple[str, str], CannedReply],
) -> None:
    """One person's request as they made it, then what staff (and the person) did with it since."""
    created = now - timedelta(hours=entry["hours_ago"])
    language = entry["language"]
    chat = secrets.token_hex(16)  # a web chat code, as a browser makes one
    person = await contacts.get_or_create(
        session=session,
        channel=WEBCHAT,
        platform_user_id=chat,
        chat_id=chat,
        language=language,
        language_source="chosen",
    )
    contacts.record_consent(contact=person, notice_version=ctx.catalogue.city.privacy_notice_version, locale=language)
    person.created_at = person.consent_at = created
    request = await requests.create(
        session=session,
        contact=person,
        request_in=RequestIn(
            programme=entry["programme"],
            language=language,
            full_name=entry.get("name"),
            phone=entry.get("phone"),
            national_id=_identity_number(number, citizen=language == "tr"),
            district=entry.get("district"),
            neighbourhood=entry.get("neighbourhood"),
            household_size=entry.get("household"),
            description=entry.get("text"),
            answers={code: _answer(value, now) for code, value in entry.get("answers", {}).items()},
        ),
        catalogue=ctx.catalogue,
        vault=ctx.vault,
        now=created,
    )
    steps = entry.get("steps", [])
    for index, (action, *text) in enumerate(steps, start=1):
        at = created + (now - timedelta(minutes=10) - created) * index / len(steps)
        since = utcnow()
        await _act(session, ctx, request, action, text[0] if text else None, team.get(entry.get("by", "")), replies)
        await _set_back(session, request, since=since, at=at, claimed=action == "claim")


async def _act(
    session: AsyncSession,
    ctx: CoreContext,
    request: Request,
    action: str,
    text: str | None,
    by: StaffUser | None,
    replies: dict[tuple[str, str], CannedReply],
) -> None:
    """One step of the sample's day: a staff action in `by`'s name (audited as the sample's), or the person's answer."""
    if action == "answer":
        await requests.add_citizen_message(session=session, request=request, text=text, language=request.language)
        return
    if by is None:
        raise ValueError(f"sample.toml: the step {action!r} of a {request.programme} request needs `by`")
    reference, after = request.reference, ctx.settings.interpreter_after
    if action == "claim":
        await actions.claim(session=session, staff=by, reference=reference, interpreter_after=after, via=Via.SAMPLE)
    elif action == "reply":
        await actions.reply(session=session, staff=by, reference=reference, text=text or "", via=Via.SAMPLE)
    elif action == "canned":
        await actions.reply_canned(
            session=session,
            staff=by,
            reference=reference,
            canned_id=replies[text or "", request.desk].id,
            default_locale=ctx.catalogue.city.default_locale,
            via=Via.SAMPLE,
            interpreter_after=after,
        )
    elif action == "note":
        await actions.add_note(session=session, staff=by, reference=reference, text=text or "")
    else:
        await actions.change_status(
            session=session,
            staff=by,
            reference=reference,
            to=Status(action),
            public_note=text,
            internal_note=None,
            via=Via.SAMPLE,
            interpreter_after=after,
        )


async def _set_back(session: AsyncSession, request: Request, *, since: datetime, at: datetime, claimed: bool) -> None:
    """Dates what the last step wrote (from `since` on) at the step's time in the sample's day."""
    await session.flush()
    messages = select(Message).where(Message.request_id == request.id, Message.created_at >= since)
    events = select(StatusEvent).where(StatusEvent.request_id == request.id, StatusEvent.created_at >= since)
    for row in [*await session.scalars(messages), *await session.scalars(events)]:
        row.created_at = at
    request.updated_at = at
    if claimed:
        request.claimed_at = at
    if Status(request.status) in FINAL:
        request.closed_at = at


def _identity_number(number: int, *, citizen: bool) -> str:
    """An invented identity number that passes the checksum: 100000xxx.. for citizens, 99000xxxx.. for foreigners."""
    base = f"100000{number:03d}" if citizen else f"99000{number:04d}"
    return base + tckimlik.calc_check_digits(base)


def _answer(value: Any, now: datetime) -> Any:
    """A programme's answer as the sample writes it: a date `{ months_ago = n }` becomes that date."""
    if isinstance(value, list):
        return [_answer(item, now) for item in value]
    if isinstance(value, dict) and "months_ago" in value:
        return (now - timedelta(days=30.44 * value["months_ago"])).date().isoformat()
    return value
