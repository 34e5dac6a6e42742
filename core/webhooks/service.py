"""Webhook targets (an admin's), and the events written for them in the same transaction as their cause.

`emit` (`emit_each` for several requests) is the one way an event is recorded: one delivery row per active target
subscribed to it, with a body that names no one unless the target is allowed personal data, and never carries the
words a person wrote. The worker (core.webhooks.worker) sends the rows; they are never lost (written with their
cause) and never doubled for a receiver that deduplicates on the event id, which every attempt repeats.
"""

import asyncio
import ipaddress
import secrets
import socket
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.db import Driver, rows_matched, utcnow
from core.errors import InvalidInput, NotFound
from core.requests.models import Request
from core.webhooks.models import DeliveryState, WebhookDelivery, WebhookTarget
from core.webhooks.schemas import Event, Person, RequestData, Safeguarding, WebhookBody

MAX_URL = 2000
LOG_SIZE = 50  # deliveries the console shows per target


def new_secret() -> str:
    """A fresh signing secret (shown to the admin once, stored sealed)."""
    return f"whsec_{secrets.token_urlsafe(32)}"


async def check_url(url: str, *, allow_private: bool) -> str:
    """The URL if events may be sent there: http(s), a host, and (unless allowed) no loopback or private address.

    The host is resolved, so a name pointing inside the city's network is refused too; the worker checks again
    before each send, since a name can be pointed elsewhere later.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InvalidInput("error-webhook-url-invalid") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > MAX_URL or parts.username:
        raise InvalidInput("error-webhook-url-invalid")
    if not allow_private and not await is_public(parts.hostname, port or (443 if parts.scheme == "https" else 80)):
        raise InvalidInput("error-webhook-url-private")
    return url


async def is_public(host: str, port: int) -> bool:
    """Whether every address the host resolves to is a public one (a name that does not resolve is not)."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    for *_, address in found:
        ip = ipaddress.ip_address(str(address[0]).split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            return False
    return bool(found)


def _events(events: Collection[str]) -> list[str]:
    chosen: list[str] = [e.value for e in Event if e.value in set(events)]
    if not chosen or len(chosen) != len(set(events)):
        raise InvalidInput("error-webhook-events-invalid")
    return chosen


async def create_target(
    *,
    session: AsyncSession,
    url: str,
    events: Collection[str],
    personal_data: bool,
    staff_id: int | None,
    allow_private: bool,
) -> tuple[WebhookTarget, str]:
    """Adds an active target; returns it with its signing secret (the only time the secret is shown)."""
    chosen = _events(events)
    target = WebhookTarget(
        url=await check_url(url, allow_private=allow_private),
        events=chosen,
        personal_data=personal_data,
        active=True,
        secret=new_secret(),
        created_by=staff_id,
        created_at=utcnow(),
    )
    session.add(target)
    await session.flush()
    return target, target.secret


async def list_targets(*, session: AsyncSession) -> list[WebhookTarget]:
    """Every target, oldest first."""
    return list((await session.execute(select(WebhookTarget).order_by(WebhookTarget.id))).scalars())


async def get_target(*, session: AsyncSession, target_id: int) -> WebhookTarget:
    """The target with this id, or NotFound."""
    target = await session.get(WebhookTarget, target_id)
    if target is None:
        raise NotFound("error-webhook-unknown")
    return target


def rotate_secret(*, target: WebhookTarget) -> str:
    """Gives the target a new signing secret and returns it (deliveries not yet sent are signed with it)."""
    target.secret = new_secret()
    return target.secret


async def delete_target(*, session: AsyncSession, target: WebhookTarget) -> None:
    """Removes the target and its delivery log (what was not sent yet is never sent)."""
    await session.execute(delete(WebhookDelivery).where(WebhookDelivery.target_id == target.id))
    await session.delete(target)


async def emit(
    *,
    session: AsyncSession,
    event: Event,
    request: Request,
    previous_status: str | None = None,
    now: datetime | None = None,
) -> int:
    """Records `event` about `request` for every active target subscribed to it, in the caller's transaction.

    Returns how many deliveries it wrote. Callers: request creation and status changes (core.requests.service,
    and the grouped claims in core.queue.claims, through `emit_each`), safeguarding flags
    (core.safeguarding.service), SLA breaches (core.requests.sla, once per request).
    """
    return await emit_each(session=session, event=event, requests=[request], previous_status=previous_status, now=now)


_TARGETS = WebhookTarget.__table__
# What an event's deliveries need of each active target (none of its sealed columns: nothing to open). Read on the
# driver: every request made and every status change asks, and through the ORM's session the question cost a
# third of making a request (bench/RESULTS.md, issue 18).
_ACTIVE_COLUMNS = (_TARGETS.c.id, _TARGETS.c.personal_data, _TARGETS.c.events)
_ACTIVE = "SELECT id, personal_data, events FROM webhook_targets WHERE active"


@dataclass(frozen=True, slots=True)
class Subscriber:
    """An active target subscribed to an event: where its deliveries go, and whether they may name the person."""

    id: int
    personal_data: bool


async def subscribed(*, session: AsyncSession, event: Event) -> list[Subscriber]:
    """The active targets subscribed to this event."""
    driver = await Driver.of(session)
    targets = [driver.read_all(_ACTIVE_COLUMNS, row) for row in await driver.fetch(_ACTIVE)]
    return [Subscriber(t["id"], bool(t["personal_data"])) for t in targets if event.value in t["events"]]


async def emit_each(
    *,
    session: AsyncSession,
    event: Event,
    requests: Sequence[Request],
    previous_status: str | None = None,
    now: datetime | None = None,
    targets: Sequence[Subscriber] | None = None,
) -> int:
    """`emit` for each of these requests (all coming from `previous_status`), reading the targets once (`targets`:
    as `subscribed` read them in this transaction already)."""
    if not requests:
        return 0
    if targets is None:
        targets = await subscribed(session=session, event=event)
    if not targets:
        return 0
    if any(request.id is None for request in requests):
        await session.flush()
    now = now or utcnow()
    for request in requests:
        body = WebhookBody(
            id=str(uuid.uuid4()), event=event, occurred_at=now, request=_data(event, request, previous_status)
        ).model_dump(mode="json", exclude_none=True)
        person = _person(request)
        for target in targets:
            session.add(
                WebhookDelivery(
                    target_id=target.id,
                    request_id=request.id,
                    event=event.value,
                    event_id=body["id"],
                    body=body,
                    person=person if target.personal_data else None,
                    state=DeliveryState.PENDING,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    return len(targets) * len(requests)


def _data(event: Event, request: Request, previous_status: str | None) -> RequestData:
    """What the body says of the request: what the city counts by, never who it is or what they wrote."""
    return RequestData(
        reference=request.reference,
        programme=request.programme,
        desk=request.desk,
        kind=request.kind,
        status=request.status,
        previous_status=previous_status,
        language=request.language,
        created_at=request.created_at,
        updated_at=request.updated_at,
        sla_due_at=request.sla_due_at,
        sla_breached_at=request.sla_breached_at,
        closed_at=request.closed_at,
        safeguarding=Safeguarding(
            state=request.safeguarding or "",
            count=len(request.safeguarding_categories or ()),
            categories=list(request.safeguarding_categories or ()),
        )
        if event == Event.SAFEGUARDING_FLAGGED
        else None,
    )


def _person(request: Request) -> dict[str, Any] | None:
    """The person's name and phone, for a target allowed personal data (None once erased)."""
    if request.erased_at is not None:
        return None
    person = Person(full_name=(request.answers or {}).get("full_name") or None, phone=request.phone)
    return person.model_dump(exclude_none=True) or None


async def deliveries(*, session: AsyncSession, target_id: int, limit: int = LOG_SIZE) -> list[WebhookDelivery]:
    """The target's latest deliveries, newest first."""
    result = await session.execute(
        select(WebhookDelivery)
        .where(WebhookDelivery.target_id == target_id)
        .order_by(WebhookDelivery.id.desc())
        .limit(limit)
    )
    return list(result.scalars())


async def redeliver(*, session: AsyncSession, target_id: int, delivery_id: int) -> bool:
    """Puts a dead delivery (or one waiting after a failure) back in line now, with its attempts afresh.

    False when it is not the target's, or was delivered, or is being sent. The event id stays the same.
    """
    result = await session.execute(
        update(WebhookDelivery)
        .where(
            WebhookDelivery.id == delivery_id,
            WebhookDelivery.target_id == target_id,
            WebhookDelivery.state.in_([DeliveryState.DEAD.value, DeliveryState.PENDING.value]),
        )
        .values(state=DeliveryState.PENDING, next_attempt_at=utcnow(), attempts=0, claimed_by=None)
    )
    return bool(rows_matched(result))
