"""Claim-next for every agent pressing it at once: the claims that arrive together are served by one statement per
filter set, and commit together with their audit entries.

A claim that finds no batch running starts one at the next turn of the event loop, so a lone agent waits for no
one; the claims arriving meanwhile (the same turn, or while a batch is in flight) make up the next batch. A batch
runs in its own transaction, on a connection of its own (`Database.apart`): the audit log's lock, then one
`claim_statement` per filter set (an agent's desks and languages: agents of the same desks and languages share
one), then the audit entries and the webhook events of the requests moved to review, then one commit. Each
caller gets its request (or None) once the batch has committed, so a claim never stands without its audit
entry, whatever the caller's own transaction does afterwards. What a caller gets is a plain record
(`queue.Claimed`), read from the statement's own rows: no object of the ORM is built for a claim, in the batch
or in the caller's session (the webhook events load the requests they describe, when a target wants them).

The audit log's lock comes first, as in core.assignment: the claims' foreign-key checks take a share lock on the
agents' rows, which a push desk locks after taking the audit lock; the other order could deadlock with it.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.audit import service as audit
from core.audit.models import Action
from core.batches import Batches
from core.db import AnyRow, Database, dialect_name, utcnow
from core.queue import service as queue
from core.queue.service import Claimed
from core.requests.models import Request
from core.requests.statuses import Status
from core.staff.models import StaffUser
from core.webhooks import service as webhooks
from core.webhooks.schemas import Event

# What agents claim from: their desks, their languages (none: every language), the interpreter wait.
FilterSet = tuple[tuple[str, ...], tuple[str, ...], timedelta]


@dataclass
class _Call:
    """One agent's press of "claim next", waiting for its batch."""

    staff_id: int
    filters: FilterSet
    via: str


class Claims:
    """Claim-next for one process: gathers the claims that arrive together and serves them in batches."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._batches: Batches[_Call, Claimed | None] = Batches(self._claim)

    async def claim_next(
        self, *, session: AsyncSession, staff: StaffUser, interpreter_after: timedelta, via: str
    ) -> Claimed | None:
        """Gives this agent the most urgent, oldest unclaimed request they can take, audited (`via`: the edge);
        None when nothing waits for them. The request comes back as a plain record, not in the caller's session.

        An agent who lists languages takes requests in those languages, and any other once nobody on its desk
        reads its language or it has waited `interpreter_after` (the console marks it as needing an interpreter):
        a request in a language nobody speaks is never stranded. A request still 'received' moves to review, with
        its status event, the citizen's notification and the webhook events. Two agents never get the same request.
        On PostgreSQL the claim has committed when this returns, so the caller must not hold the audit log's lock
        (`audit.hold`) while it waits: the batch takes it; on SQLite (one writer) the claim is made in the caller's
        session and holds once the caller commits.
        """
        if dialect_name(session) != "postgresql":
            return await _claim_in_session(session, staff, interpreter_after, via)
        return await self._batches.ask(_Call(staff.id, _filters(staff.desks, staff.languages, interpreter_after), via))

    async def warm(self) -> None:
        """Readies the batches' connection and statements before the first agent presses claim-next (PostgreSQL;
        called once at start-up): the connection is opened, and the statement of each filter set the active agents
        press with runs for no agent, which compiles and prepares it and claims nothing. Nothing is locked or
        written. Without it the first batch after a start paid for all that (bench/RESULTS.md, target 3)."""
        if self._db.is_sqlite:
            return
        async with self._db.apart() as session:
            agents = await session.execute(
                select(StaffUser.desks, StaffUser.languages).where(StaffUser.active.is_(True))
            )
            filters = {_filters(desks, languages, timedelta(0)) for desks, languages in agents}  # the wait: any
            await _claim_groups(session, {group: [] for group in filters}, utcnow())
            await webhooks.subscribed(session=session, event=Event.STATUS_CHANGED)
            await session.rollback()

    async def _claim(self, batch: Sequence[_Call]) -> list[Claimed | None]:
        """One transaction for the batch: each filter set's statement, the audit entries, the webhook events."""
        got: list[Claimed | None] = [None] * len(batch)
        groups: dict[FilterSet, list[int]] = defaultdict(list)
        for place, call in enumerate(batch):
            groups[call.filters].append(place)
        moved: list[int] = []
        async with self._db.apart() as session:
            await audit.hold(session=session)
            now = utcnow()
            staff_ids = {group: [batch[place].staff_id for place in places] for group, places in groups.items()}
            for group, rows in (await _claim_groups(session, staff_ids, now)).items():
                mine: dict[int | None, list[Claimed]] = defaultdict(list)
                for *columns, was in rows:
                    claimed = Claimed(*columns)
                    mine[claimed.assignee_id].append(claimed)
                    if was == Status.RECEIVED:
                        moved.append(claimed.id)
                for place in groups[group]:  # an agent in the group twice got two requests: one each
                    if mine[batch[place].staff_id]:
                        got[place] = mine[batch[place].staff_id].pop()
            entries = [
                audit.Entry(call.staff_id, Action.CLAIM, claimed.reference, {"via": call.via})
                for call, claimed in zip(batch, got, strict=True)
                if claimed is not None
            ]
            await audit.record_all(session=session, entries=entries)
            if moved and (targets := await webhooks.subscribed(session=session, event=Event.STATUS_CHANGED)):
                told = (await session.execute(select(Request).where(Request.id.in_(moved)))).scalars()
                loaded = {request.id: request for request in told}
                await webhooks.emit_each(
                    session=session,
                    event=Event.STATUS_CHANGED,
                    requests=[loaded[request_id] for request_id in moved],
                    previous_status=Status.RECEIVED,
                    now=now,
                    targets=targets,
                )
        return got


def _filters(desks: Sequence[str], languages: Sequence[str] | None, interpreter_after: timedelta) -> FilterSet:
    return tuple(sorted(desks)), tuple(sorted(languages or ())), interpreter_after


async def _claim_groups(
    session: AsyncSession, staff_ids: dict[FilterSet, list[int]], now: datetime
) -> dict[FilterSet, Sequence[AnyRow]]:
    """Each filter set's `claim_statement` for its agents (in the order they pressed): the rows it claimed, each
    `Claimed`'s columns and then the status the request had."""
    by_language = {desk for desks, languages, _ in staff_ids if languages for desk in desks}
    read = await queue.readers(session=session, desks=sorted(by_language)) if by_language else []
    claimed: dict[FilterSet, Sequence[AnyRow]] = {}
    for (desks, languages, interpreter_after), ids in staff_ids.items():
        values: dict[str, Any] = {
            "desks": list(desks),
            "languages": list(languages),
            "stranded_before": now - interpreter_after,
            "read": read,  # pairs of other desks than these never match a request of these
            "staff_ids": ids,
            "now": now,
        }
        statement = queue.claim_statement(by_language=bool(languages))
        claimed[desks, languages, interpreter_after] = (await session.execute(statement, values)).all()
    return claimed


async def _claim_in_session(
    session: AsyncSession, staff: StaffUser, interpreter_after: timedelta, via: str
) -> Claimed | None:
    """The claim and its audit entry in the caller's session (SQLite)."""
    values = await queue.what_one_takes(session=session, staff=staff, interpreter_after=interpreter_after)
    request = await queue.claim_in_session(session=session, staff=staff, values=values, now=utcnow())
    if request is None:
        return None
    await audit.record(
        session=session, staff_id=staff.id, action=Action.CLAIM, target=request.reference, details={"via": via}
    )
    return Claimed.of(request)
