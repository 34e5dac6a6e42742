"""Outgoing webhooks, an admin's: targets (add, disable, delete, new secret), their delivery log, redelivery."""

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request, Response

from core.audit import service as audit
from core.audit.models import Action
from core.webhooks import service as webhooks
from core.webhooks.models import DeliveryState, WebhookTarget
from core.webhooks.schemas import Event
from staff.console.context import Admin, AdminPoster, ConsoleDep, ConsoleRoute, Notice, redirect
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
EVENTS = [event.value for event in Event]
REDELIVERABLE = (DeliveryState.DEAD.value, DeliveryState.PENDING.value)


def _audited(target: WebhookTarget) -> dict[str, object]:
    """What the audit log keeps of a target: where (host only), which events, whether personal data may go."""
    return {"host": urlsplit(target.url).hostname, "events": target.events, "personal_data": target.personal_data}


@router.get("/webhooks")
async def webhook_list(request: Request, console: ConsoleDep, session: Db, me: Admin) -> Response:
    return console.render(
        request, "webhooks.html", targets=await webhooks.list_targets(session=session), events=EVENTS, target=None
    )


@router.post("/webhooks")
async def webhook_create(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: AdminPoster,
    url: Annotated[str, Form(max_length=4000)] = "",
    events: Annotated[list[str] | None, Form()] = None,
    personal_data: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = "/console/webhooks"
    target, secret = await webhooks.create_target(
        session=session,
        url=url,
        events=events or [],
        personal_data=personal_data == "1",
        staff_id=me.user.id,
        allow_private=console.ctx.settings.webhooks_allow_private,
    )
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.WEBHOOK_CREATE,
        target=f"webhook:{target.id}",
        details=_audited(target),
    )
    return await _target_page(request, console, session, target, secret=secret)


@router.get("/webhooks/{target_id}")
async def webhook_view(request: Request, console: ConsoleDep, session: Db, me: Admin, target_id: int) -> Response:
    target = await webhooks.get_target(session=session, target_id=target_id)
    return await _target_page(request, console, session, target)


async def _target_page(
    request: Request, console: ConsoleDep, session: Db, target: WebhookTarget, *, secret: str | None = None
) -> Response:
    """A target, its latest deliveries and what can be done; `secret` shown once, just after it was made."""
    return console.render(
        request,
        "webhooks.html",
        target=target,
        secret=secret,
        deliveries=await webhooks.deliveries(session=session, target_id=target.id),
        redeliverable=REDELIVERABLE,
        events=EVENTS,
    )


@router.post("/webhooks/{target_id}/active")
async def webhook_active(
    request: Request, session: Db, me: AdminPoster, target_id: int, active: Annotated[str, Form()] = ""
) -> Response:
    request.state.back = f"/console/webhooks/{target_id}"
    target = await webhooks.get_target(session=session, target_id=target_id)
    target.active = active == "1"
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.WEBHOOK_UPDATE,
        target=f"webhook:{target.id}",
        details={"active": target.active},
    )
    return redirect(f"/console/webhooks/{target.id}", Notice.WEBHOOK_UPDATED)


@router.post("/webhooks/{target_id}/rotate")
async def webhook_rotate(
    request: Request, console: ConsoleDep, session: Db, me: AdminPoster, target_id: int
) -> Response:
    request.state.back = f"/console/webhooks/{target_id}"
    target = await webhooks.get_target(session=session, target_id=target_id)
    secret = webhooks.rotate_secret(target=target)
    await audit.record(
        session=session, staff_id=me.user.id, action=Action.WEBHOOK_ROTATE, target=f"webhook:{target.id}"
    )
    return await _target_page(request, console, session, target, secret=secret)


@router.post("/webhooks/{target_id}/delete")
async def webhook_delete(request: Request, session: Db, me: AdminPoster, target_id: int) -> Response:
    request.state.back = f"/console/webhooks/{target_id}"
    target = await webhooks.get_target(session=session, target_id=target_id)
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.WEBHOOK_DELETE,
        target=f"webhook:{target.id}",
        details=_audited(target),
    )
    await webhooks.delete_target(session=session, target=target)
    return redirect("/console/webhooks", Notice.WEBHOOK_DELETED)


@router.post("/webhooks/{target_id}/deliveries/{delivery_id}/redeliver")
async def webhook_redeliver(
    request: Request, session: Db, me: AdminPoster, target_id: int, delivery_id: int
) -> Response:
    request.state.back = f"/console/webhooks/{target_id}"
    if await webhooks.redeliver(session=session, target_id=target_id, delivery_id=delivery_id):
        await audit.record(
            session=session,
            staff_id=me.user.id,
            action=Action.WEBHOOK_REDELIVER,
            target=f"webhook:{target_id}",
            details={"delivery": delivery_id},
        )
    return redirect(f"/console/webhooks/{target_id}", Notice.WEBHOOK_REDELIVERED)
