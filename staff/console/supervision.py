"""Supervising desks: the team's load and late requests, the live alert, the CSV export, reassigning, erasing a
person, undelivered notifications and the audit log."""

import csv
import io
import re
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from core.assignment import service as assignment
from core.audit import service as audit
from core.audit.models import Action
from core.db import utcnow
from core.outbox import service as outbox
from core.queue import service as queue
from core.requests import actions
from core.requests import service as requests
from core.requests.models import Request as RequestRow
from core.requests.statuses import FINAL, Status
from core.safeguarding import service as safeguarding
from core.staff import service as staff_service
from staff.common import clean_text, csv_cell, sla_state
from staff.console.context import ConsoleDep, ConsoleRoute, Notice, Supervisor, SupervisorPoster, redirect, refuse
from staff.console.views import queue_rows
from staff.http import Db

router = APIRouter(prefix="/console", route_class=ConsoleRoute)
VIA = actions.Via.CONSOLE
EXPORT_COLUMNS = (
    "reference",
    "programme",
    "desk",
    "status",
    "status_label",
    "language",
    "channel",
    "district",
    "created_at",
    "sla_due_at",
    "sla_state",
    "assignee",
)
DUE_SOON = timedelta(hours=1)  # the alert and the team page name open requests due this soon


@router.get("/team")
async def team(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    labels = console.labels(request)
    translator = console.translator
    now = utcnow()
    desks = list(me.user.desks)
    summary = await queue.waiting_summary(session=session, desks=desks, now=now)
    on_shift = set(await queue.readers(session=session, desks=desks, on_shift_at=now))
    unread = [w for w in summary if f"{w.desk}:{w.language}" not in on_shift]
    held = await queue.held_requests(session=session, desks=desks)
    late = await queue.due(session=session, desks=desks, before=now)
    soon = await queue.due(session=session, desks=desks, since=now, before=now + DUE_SOON)
    people = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in held + late + soon])
    team = [u for u in await staff_service.list_users(session=session) if u.active and set(u.desks) & set(desks)]
    holding = await queue.open_counts(session=session, staff_ids=[u.id for u in team])
    settings = await assignment.desk_settings(session=session, desks={d for u in team for d in u.desks})
    groups: dict[int, list[RequestRow]] = {}
    for row in held:
        groups.setdefault(row.assignee_id or 0, []).append(row)
    return console.render(
        request,
        "team.html",
        now=now,
        summary=[
            {
                "desk": labels.desk(w.desk),
                "language": labels.language(w.language),
                "code": w.language,
                "dir": labels.direction(w.language),
                "waiting": w.waiting,
                "unassigned": w.unassigned,
                "oldest": labels.duration(now - w.oldest) if w.oldest else "",
                "breached": w.breached,
                "unread": w in unread,
            }
            for w in summary
        ],
        unread_count=sum(w.waiting for w in unread),
        holders=[
            {
                "name": people[i].display_name if i in people else str(i),
                "rows": queue_rows(rows, labels, translator, people, now),
            }
            for i, rows in groups.items()
        ],
        late=queue_rows(late, labels, translator, people, now),
        soon=queue_rows(soon, labels, translator, people, now),
        agents=[
            {
                "username": u.username,
                "name": u.display_name,
                "available": u.available,
                "holding": holding[u.id],
                "capacity": assignment.capacity_of(u, settings),
            }
            for u in team
        ],
    )


@router.get("/alerts")
async def alerts(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The supervisors' live alert, a fragment their pages fetch every few seconds (empty when all is well):
    safeguarding flags of their desks waiting for a decision, open requests past their due time or due within the hour.
    """
    desks = me.user.desks
    unseen = await safeguarding.count_unseen(session=session, desks=desks)
    late, soon = await queue.sla_counts(session=session, desks=desks, now=utcnow(), within=DUE_SOON)
    return console.render(request, "_alerts.html", unseen=unseen, late=late, soon=soon)


@router.get("/team/export.csv")
async def export(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The open requests of my desks as CSV, without personal data; the export is audited."""
    rows, total = await requests.search(
        session=session,
        desks=list(me.user.desks),
        statuses=[s.value for s in Status if s not in FINAL],
        limit=10_000,
    )
    people = await staff_service.users_by_id(session=session, ids=[r.assignee_id for r in rows])
    labels = console.labels(request)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    for r in rows:
        values = (
            r.reference,
            r.programme,
            r.desk,
            r.status,
            labels.status(r.status),
            r.language,
            r.channel,
            r.district or "",
            r.created_at.isoformat(),
            r.sla_due_at.isoformat(),
            sla_state(r),
            people[r.assignee_id].username if r.assignee_id in people else "",
        )
        writer.writerow([csv_cell(v) for v in values])
    await audit.record(
        session=session,
        staff_id=me.user.id,
        action=Action.EXPORT,
        details={"rows": len(rows), "of": total, "desks": list(me.user.desks)},
    )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="hemsehri-open-requests.csv"'},
    )


@router.post("/requests/{reference}/reassign")
async def reassign(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    reference: str,
    staff_id: Annotated[str, Form()] = "",
) -> Response:
    request.state.back = f"/console/requests/{reference}"
    if not staff_id.isdigit():
        await refuse(session, me.user, reference, "error-staff-unknown")
    row = await actions.reassign(
        session=session,
        staff=me.user,
        reference=reference,
        to_staff_id=int(staff_id),
        via=VIA,
        interpreter_after=console.ctx.settings.interpreter_after,
    )
    return redirect(f"/console/requests/{row.reference}", Notice.REASSIGNED)


@router.post("/requests/{reference}/erase")
async def erase(
    request: Request,
    console: ConsoleDep,
    session: Db,
    me: SupervisorPoster,
    reference: str,
    reason: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    """Erases the person behind this request (their KVKK request made at a desk or by phone)."""
    request.state.back = f"/console/requests/{reference}"
    if confirm != "yes":
        await refuse(session, me.user, reference, "error-erase-needs-reason")
    await actions.erase_person(
        session=session,
        staff=me.user,
        reference=reference,
        reason=clean_text(reason),
        privacy=console.ctx.privacy,
        via=VIA,
    )
    return redirect("/console", Notice.PERSON_ERASED)


@router.get("/deliveries")
async def deliveries(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """Notifications that could not be delivered, with the reason, each retryable (a supervisor: their desks')."""
    dead = await outbox.list_dead_letters(session=session, limit=200, desks=None if me.user.is_admin else me.user.desks)
    return console.render(request, "deliveries.html", dead=dead)


@router.post("/deliveries/{item_id}/retry")
async def delivery_retry(request: Request, session: Db, me: SupervisorPoster, item_id: int) -> Response:
    request.state.back = "/console/deliveries"
    if await outbox.retry_dead(session=session, item_id=item_id, desks=None if me.user.is_admin else me.user.desks):
        await audit.record(
            session=session, staff_id=me.user.id, action=Action.RETRY_DELIVERY, target=f"outbox:{item_id}"
        )
    return redirect("/console/deliveries", Notice.DELIVERY_RETRIED)


@router.get("/audit")
async def audit_log(request: Request, console: ConsoleDep, session: Db, me: Supervisor) -> Response:
    """The audit log, read-only, fifty entries a page; a supervisor reads their desks' people's entries only."""
    page = request.query_params.get("page", "1")
    number = int(page) if page.isdigit() and 0 < int(page) < 100_000 else 1
    action = request.query_params.get("action", "")
    action = action if re.fullmatch(r"[a-z_0-9]{1,32}", action) else ""
    entries = []  # an action no entry can have lists nothing
    if not action or action in list(Action):
        staff_ids = None  # an admin reads it all; a supervisor what they and the accounts they manage did
        if not me.user.is_admin:
            users = await staff_service.list_users(session=session)
            staff_ids = [u.id for u in users if staff_service.manages(user=me.user, other=u)]
        entries = await audit.list_entries(
            session=session,
            limit=51,
            offset=(number - 1) * 50,
            action=Action(action) if action else None,
            staff_ids=staff_ids,
        )
    people = await staff_service.users_by_id(session=session, ids=[e.staff_id for e in entries])
    return console.render(
        request,
        "audit.html",
        entries=entries[:50],
        people=people,
        page=number,
        more=len(entries) > 50,
        action=action,
    )
